"""The perceptron learning rule, for the notes' M-P neurons: one layer of step neurons.

Gradient descent cannot train a step neuron (its derivative is 0), but Rosenblatt's rule
can: show it one sample at a time, and when its output a = H(w·x + b) (H the Heaviside step,
the notes' sgn) is wrong, move the
weights towards the right answer, w ← w + η(y − a)x and b ← b + η(y − a). If a straight line
(a hyperplane) separates the classes, this stops making mistakes after finitely many updates
(Novikoff's theorem): an epoch without a single update means it has converged.

If no such line exists, as for XOR, it never stops. With the samples in a fixed order
(``shuffle=False``) the rule is then deterministic, and once its weights at the start of an
epoch repeat an earlier start exactly (every bit of w, b and η) it is going round in a cycle
forever: that is proof the data are not linearly separable, and the run stops saying so.
Nothing is rounded: weights that differ only in the seventh digit are different weights
(separable data with small features move w by less than that in an epoch, and still
converge). The starts are kept as 128-bit digests, so a long run costs 16 bytes an epoch.
With shuffling, or before a cycle shows, the last report says the rule did not converge and
why that probably is.
"""

import hashlib
import math
import time

import numpy as np

from engine import activations
from engine.batching import epoch_order
from engine.errors import DataError, SpecError
from engine.reports import Report
from engine.text import QT_TRANSLATE_NOOP, translate, translate_stored

#: the runs' endings in words (English, translated where a report is made)
NOT_SEPARABLE = QT_TRANSLATE_NOOP(
    "Perceptron",
    "the perceptron rule keeps cycling through the same weights: no straight line (hyperplane) "
    "separates these classes, they are not linearly separable (XOR is the classic case). "
    "Add a hidden layer of sigmoid or tanh neurons and train with gradient descent")
NOT_CONVERGED = QT_TRANSLATE_NOOP(
    "Perceptron",
    "the perceptron rule did not converge in {epochs} epochs: the classes are probably not "
    "linearly separable (like XOR). Add a hidden layer of sigmoid or tanh neurons and train "
    "with gradient descent, or allow more epochs")


def perceptron_step(w, b, x, y, eta):
    """One sample of the perceptron rule for one M-P neuron, as a pure function.

    ``w`` (n,), ``b``, ``x`` (n,), ``y`` (0 or 1) and ``eta`` go in; nothing is changed in
    place. Returns ``(w_new, b_new, a, error)``: the output a = H(w·x + b) before the update,
    error = y − a, and the weights after w ← w + η(y − a)x, b ← b + η(y − a) (the same
    weights when the neuron was right).
    """
    w = np.array(w, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    if w.ndim != 1 or x.shape != w.shape:
        raise DataError(translate(
            "Perceptron", "the perceptron step needs w and x of one length, not shapes {shape} "
            "and {shape2}").format(shape=w.shape, shape2=x.shape))
    z = np.float64(w @ x) + np.float64(b)
    a = float(activations.get("step").fn(z))  # H(z): 1 for z ≥ 0, as training computes it
    error = float(y) - a
    if error:
        w = w + eta * error * x
        b = float(b) + eta * error
    return w, float(b), a, error


def _hidden_layers(count: int) -> str:
    """"1 hidden layer", "2 hidden layers"."""
    if count == 1:
        return translate("Perceptron", "1 hidden layer")
    return translate("Perceptron", "{count} hidden layers").format(count=count)


def _descent_modes() -> str:
    """The gradient-descent modes as the Mode box names them ("Mini-batch (m)", … in the
    user's language; the message read 'minibatch', the code's word, tester)."""
    from engine.config import MODE_TITLES

    return translate("Perceptron", "“{a}”, “{b}” or “{c}”").format(
        a=MODE_TITLES["minibatch"], b=MODE_TITLES["batch"], c=MODE_TITLES["stochastic"])


def check_trainable(spec):
    """The rule trains one layer of step neurons: refuse anything else, saying what to do."""
    if spec.n_layers != 1:
        if any(layer.activation == "step" for layer in spec.layers):
            raise SpecError(
                translate(
                    "Perceptron", "the perceptron rule trains a single layer of step neurons, "
                    "but this net has {hidden}: train it with gradient descent (mode {modes}) "
                    "and sigmoid instead of step").format(
                        hidden=_hidden_layers(spec.n_layers - 1), modes=_descent_modes())
            )
        raise SpecError(
            translate(
                "Perceptron", "the perceptron rule trains a single layer of step neurons, but "
                "this net has {hidden} and no step neuron: train it with gradient descent "
                "(mode {modes})").format(hidden=_hidden_layers(spec.n_layers - 1),
                                         modes=_descent_modes())
        )
    if spec.output_activation != "step":
        raise SpecError(
            translate(
                "Perceptron", "the perceptron rule trains step neurons, but the output layer "
                "uses {output_activation}: choose step, or train with gradient descent").format(
                    output_activation=spec.output_activation)
        )


def rule_applies(mode: str, spec) -> bool:
    """Whether training in ``mode`` trains a net of ``spec`` by the perceptron rule (the
    stepper then walks through the rule, not gradient descent)."""
    if mode != "perceptron":
        return False
    try:
        check_trainable(spec)
    except SpecError:
        return False
    return True


class _Run:
    """Marks a perceptron run as under way, for ``Trainer.update``; settings are read live."""

    def __init__(self, config):
        self.config_at_start = config

    def configure(self, config):
        pass


def train(trainer, data):
    """The perceptron rule as a generator of ``Report``s, like gradient descent's."""
    if not np.isin(data.Y, (0, 1)).all():
        raise DataError(translate(
            "Perceptron", "the perceptron rule needs targets of 0 or 1, one per step neuron"))
    return _train(trainer, data)


def _train(trainer, data):
    run = _Run(trainer.config)
    trainer._run = run
    try:
        yield from _epochs(trainer, data)
    finally:
        if trainer._run is run:
            trainer._run = None


def _epochs(trainer, data):
    net, X, Y = trainer.net, data.X, data.Y
    w, b = net.weights[0], net.biases[0]
    rng = np.random.default_rng(trainer.config.seed)
    n = len(X)
    seen_starts = set()
    epoch, iteration, elapsed = 0, 0, 0.0
    while epoch < trainer.config.epochs:
        config = trainer.config
        started = time.perf_counter()
        if config.shuffle:
            seen_starts.clear()  # a shuffled epoch between two starts breaks the proof
        else:
            state = _state(w, b, config.learning_rate)
            if state in seen_starts:
                yield _final(trainer, data, epoch, iteration, elapsed, "not_separable",
                             translate_stored("Perceptron", NOT_SEPARABLE))
                return
            seen_starts.add(state)
        errors = squared = 0.0
        order = epoch_order(rng, n, config.shuffle)
        for count, k in enumerate(order, start=1):
            x, y = X[k], Y[k]
            a = (w @ x + b >= 0).astype(w.dtype)
            error = y - a
            if error.any():
                eta = trainer.config.learning_rate
                w += eta * np.outer(error, x)
                b += eta * error
                errors += 1
                squared += float(error @ error)
            iteration += 1
            every = trainer.config.report_every
            if every and iteration % every == 0 and count < n:
                elapsed += time.perf_counter() - started
                yield _report(trainer, data, epoch, iteration, elapsed, squared, errors, count,
                              False)
                started = time.perf_counter()
        elapsed += time.perf_counter() - started
        epoch += 1
        last = epoch >= trainer.config.epochs
        stop = "converged" if errors == 0 else ("epochs" if last else None)
        if stop == "epochs":
            # the run ends on weights the last epoch's mistakes do not describe (each one
            # moved them): the last report scores those weights on every sample
            yield _final(trainer, data, epoch, iteration, elapsed, stop,
                         translate_stored("Perceptron", NOT_CONVERGED).format(epochs=epoch))
            return
        yield _report(trainer, data, epoch - 1, iteration, elapsed, squared, errors, n, True,
                      stop)
        if stop:
            return


def _state(w, b, learning_rate):
    """The exact state an epoch starts from: a digest of every bit of w, b and η."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (w, b, np.float64(learning_rate)):
        digest.update(np.ascontiguousarray(part).tobytes())
    return digest.digest()


def _report(trainer, data, epoch, iteration, elapsed, squared, errors, count, epoch_done,
            stop_reason=None, message=None):
    """A report on the samples of this epoch so far: each error costs C_x = ½‖y − a‖²."""
    scores = {"accuracy": 1 - errors / count, "errors": float(errors)}
    val_loss = None
    if data.X_val is not None:
        val_squared, val_wrong = _score(trainer.net, data.X_val, data.Y_val)
        val_loss = 0.5 * val_squared / len(data.X_val)
        scores["val_accuracy"] = 1 - val_wrong / len(data.X_val)
    return Report(
        epoch=epoch + 1, epochs=trainer.config.epochs, iteration=iteration,
        iterations_per_epoch=len(data.X), epoch_done=epoch_done,
        train_loss=0.5 * squared / count, val_loss=val_loss, metrics=scores,
        learning_rate=trainer.config.learning_rate, elapsed=elapsed,
        samples_per_second=count / elapsed if elapsed > 0 else math.inf,
        stop_reason=stop_reason, message=message)


def _score(net, X, Y):
    """(Σ‖y − a‖², number of samples with a wrong output) at the current weights."""
    wrong = net.predict(X) != Y
    return float(np.sum(wrong)), float(np.sum(np.any(wrong, axis=1)))


def _final(trainer, data, epoch, iteration, elapsed, stop_reason, message):
    """The last report of a run stopped between epochs (a cycle found, or the epochs run
    out without converging): the current weights scored on every sample."""
    squared, wrong = _score(trainer.net, data.X, data.Y)
    return _report(trainer, data, epoch - 1, iteration, elapsed, squared, wrong, len(data.X),
                   True, stop_reason, message)
