"""The gradient-descent family, with exactly torch.optim's update rules.

Every optimizer works on one flat vector holding all of a network's weights and biases, so
one update is a handful of numpy calls however many layers there are. ``update(params, grad,
out, eta)`` writes the new parameters into ``out`` (which may be ``params`` itself): the
trainer writes them into a second buffer so that, should they come out non-finite, the old
ones are still there. ``grad`` is ∂C/∂θ of the mean cost, with any penalty already added by
``add_penalties``; it is only read.

The rules, with g the gradient, η the learning rate and θ the parameters (torch's defaults:
dampening 0, no amsgrad, no centring, no decoupled weight decay):

- sgd:       θ ← θ − η g                       (the notes' w ← w − η ∂C/∂w)
- momentum:  b ← μ b + g;          θ ← θ − η b
- nesterov:  b ← μ b + g;          θ ← θ − η (g + μ b)
- rmsprop:   v ← α v + (1 − α) g²; θ ← θ − η g / (√v + ε)
- adam:      m ← m + (1 − β₁)(g − m);  v ← β₂ v + (1 − β₂) g²;
             θ ← θ − (η / (1 − β₁ᵗ)) m / (√v / √(1 − β₂ᵗ) + ε)

Like torch, the momentum buffer starts at 0, so its first value is g itself.
"""

import math

import numpy as np

from engine.errors import SpecError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate

NAMES = ("sgd", "momentum", "nesterov", "rmsprop", "adam")


def add_penalties(grad, params, weight_decay, l1, scratch):
    """g ← g + λ₂θ + λ₁ sign(θ), in place: L2 as torch's ``weight_decay``, and L1.

    As in torch, the penalties apply to every parameter given, biases included.
    """
    if weight_decay:
        np.multiply(params, weight_decay, out=scratch)
        np.add(grad, scratch, out=grad)
    if l1:
        np.sign(params, out=scratch)
        np.multiply(scratch, l1, out=scratch)
        np.add(grad, scratch, out=grad)


def _average_squares(v, grad, decay, scratch):
    """v ← decay·v + (1 − decay) g², in place: the running mean of squared gradients that
    RMSprop (decay α) and Adam (decay β₂) both divide their steps by."""
    np.multiply(v, decay, out=v)
    np.multiply(grad, grad, out=scratch)
    np.multiply(scratch, 1 - decay, out=scratch)
    np.add(v, scratch, out=v)


class Optimizer:
    """An update rule with its state (buffers as long as the parameter vector)."""

    name = ""

    def __init__(self, n_parameters, dtype, config):
        self.scratch = np.zeros(n_parameters, dtype)
        self.configure(config)

    def configure(self, config):
        """Take new coefficients from ``config`` (a TrainConfig); the state is kept."""

    def update(self, params, grad, out, eta):
        raise NotImplementedError

    @property
    def title(self) -> str:
        """The optimizer's name as a menu shows it, in the user's language."""
        return TITLES[self.name]

    def __repr__(self):
        return f"{type(self).__name__}()"


class SGD(Optimizer):
    name = "sgd"

    def update(self, params, grad, out, eta):
        np.multiply(grad, eta, out=self.scratch)
        np.subtract(params, self.scratch, out=out)


class Momentum(Optimizer):
    """Heavy-ball momentum: the step keeps a fraction μ of the previous step."""

    name = "momentum"

    def __init__(self, n_parameters, dtype, config):
        self.buffer = np.zeros(n_parameters, dtype)
        super().__init__(n_parameters, dtype, config)

    def configure(self, config):
        self.mu = config.momentum

    def update(self, params, grad, out, eta):
        np.multiply(self.buffer, self.mu, out=self.buffer)
        np.add(self.buffer, grad, out=self.buffer)
        np.multiply(self.buffer, eta, out=self.scratch)
        np.subtract(params, self.scratch, out=out)


class Nesterov(Momentum):
    """Nesterov momentum as torch writes it: step along g + μb, a look ahead of heavy-ball."""

    name = "nesterov"

    def update(self, params, grad, out, eta):
        np.multiply(self.buffer, self.mu, out=self.buffer)
        np.add(self.buffer, grad, out=self.buffer)
        np.multiply(self.buffer, self.mu, out=self.scratch)
        np.add(self.scratch, grad, out=self.scratch)
        np.multiply(self.scratch, eta, out=self.scratch)
        np.subtract(params, self.scratch, out=out)


class RMSprop(Optimizer):
    """Divides each step by a running root-mean-square of that parameter's gradients."""

    name = "rmsprop"

    def __init__(self, n_parameters, dtype, config):
        self.square_avg = np.zeros(n_parameters, dtype)
        self.denominator = np.zeros(n_parameters, dtype)
        super().__init__(n_parameters, dtype, config)

    def configure(self, config):
        self.alpha = config.rmsprop_alpha
        self.eps = config.eps

    def update(self, params, grad, out, eta):
        _average_squares(self.square_avg, grad, self.alpha, self.scratch)  # v ← α v + (1 − α) g²
        np.sqrt(self.square_avg, out=self.denominator)
        np.add(self.denominator, self.eps, out=self.denominator)
        np.multiply(grad, eta, out=self.scratch)
        np.divide(self.scratch, self.denominator, out=self.scratch)
        np.subtract(params, self.scratch, out=out)


class Adam(Optimizer):
    """Momentum (m) and RMSprop (v) together, each corrected for starting at zero."""

    name = "adam"

    def __init__(self, n_parameters, dtype, config):
        self.exp_avg = np.zeros(n_parameters, dtype)
        self.exp_avg_sq = np.zeros(n_parameters, dtype)
        self.denominator = np.zeros(n_parameters, dtype)
        self.t = 0
        super().__init__(n_parameters, dtype, config)

    def configure(self, config):
        self.beta1 = config.adam_beta1
        self.beta2 = config.adam_beta2
        self.eps = config.eps

    def update(self, params, grad, out, eta):
        self.t += 1
        np.subtract(grad, self.exp_avg, out=self.scratch)
        np.multiply(self.scratch, 1 - self.beta1, out=self.scratch)
        np.add(self.exp_avg, self.scratch, out=self.exp_avg)
        _average_squares(self.exp_avg_sq, grad, self.beta2, self.scratch)  # v ← β₂ v + (1 − β₂) g²
        step_size = eta / (1 - self.beta1 ** self.t)
        np.sqrt(self.exp_avg_sq, out=self.denominator)
        np.divide(self.denominator, math.sqrt(1 - self.beta2 ** self.t), out=self.denominator)
        np.add(self.denominator, self.eps, out=self.denominator)
        np.divide(self.exp_avg, self.denominator, out=self.scratch)
        np.multiply(self.scratch, step_size, out=self.scratch)
        np.subtract(params, self.scratch, out=out)


_CLASSES = {cls.name: cls for cls in (SGD, Momentum, Nesterov, RMSprop, Adam)}

#: each optimizer's name as a user reads it, translated when read
TITLES = TranslatedNames("Optimizers", {
    # not "SGD": the notes' SGD is stochastic, one sample an update, and this rule is that
    # of every mode (batch, stochastic, mini-batch): "SGD · batch" read as a contradiction
    "sgd": QT_TRANSLATE_NOOP("Optimizers", "Plain"),
    "momentum": QT_TRANSLATE_NOOP("Optimizers", "Momentum"),
    "nesterov": QT_TRANSLATE_NOOP("Optimizers", "Nesterov"),
    "rmsprop": QT_TRANSLATE_NOOP("Optimizers", "RMSprop"),
    "adam": QT_TRANSLATE_NOOP("Optimizers", "Adam"),
})

#: what each optimizer does, translated when read
DESCRIPTIONS = TranslatedNames("Optimizers", {
    "sgd": QT_TRANSLATE_NOOP("Optimizers", "Plain gradient descent: θ ← θ − η∇C, on the "
                                           "samples the mode takes (torch.optim.SGD)."),
    "momentum": QT_TRANSLATE_NOOP(
        "Optimizers",
        "Gradient descent with a velocity that remembers earlier steps (μ, as torch.optim.SGD)."),
    "nesterov": QT_TRANSLATE_NOOP(
        "Optimizers",
        "Momentum that looks ahead: the gradient at where the velocity is taking θ."),
    "rmsprop": QT_TRANSLATE_NOOP(
        "Optimizers",
        "Divides each step by a running root mean square of its gradients (α)."),
    "adam": QT_TRANSLATE_NOOP(
        "Optimizers",
        "Momentum and RMSprop together, bias-corrected (β₁, β₂)."),
})


def make(name, n_parameters, dtype, config):
    """A fresh optimizer called ``name`` for ``n_parameters`` parameters of ``dtype``."""
    try:
        cls = _CLASSES[name]
    except KeyError:
        raise SpecError(translate(
            "Optimizers", "unknown optimizer {name}: choose one of {choices}").format(
                name=repr(name), choices=", ".join(NAMES))) from None
    return cls(n_parameters, dtype, config)
