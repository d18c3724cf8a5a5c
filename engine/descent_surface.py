"""Descent on a surface: the notes' gradient descent θᵗ⁺¹ = θᵗ − η∇C(θᵗ) drawn where it walks.

The model is one neuron with one input, a = σ(w x + b), so its cost C(θ) over a handful of
samples is a function of θ = {θ₁, θ₂} = (w, b) only, and can be drawn as a contour plot with
the path of every update on it. Everything is the engine's own: the network is a 1-1
``Network`` (weights [[w]], bias [b]), the surface is ``engine.costs``' per-sample cost of
``engine.activations``' σ, the gradients are backpropagation's (``Network.gradients``), the
updates are ``engine.optimizers``' (torch.optim's rules), and a path has diverged by
``engine.divergence``'s rule.

The paths, one update per step, all from the same θ⁰ and with the same η (the notes' ⑤⑥⑦):

- ``batch``:      every sample in each update: the true ∇C, a smooth path;
- ``stochastic``: one sample per update (a new order each epoch, from a seeded
                  ``numpy.random.Generator``): a noisy path;
- ``minibatch``:  m samples per update, in between;
- ``momentum``, ``adam``: every sample, with the engine's momentum and Adam updates.

    problem = example_problem("linear_mse", seed=0)
    surface = problem.surface(resolution=121)       # C over a grid of (w, b)
    path = Descent(problem, (-2.0, 3.0), "batch", learning_rate=0.1)
    path.run(50)
    path.thetas, path.costs, path.gradient_norms, path.diverged
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine import activations, costs, divergence, optimizers
from engine.config import TrainConfig
from engine.errors import SpecError
from engine.network import Network
from engine.spec import LayerSpec, NetworkSpec
from engine.text import translate

#: the models on offer: (σ, C)
MODELS = {
    "linear_mse": ("linear", "mse"),
    "sigmoid_bce": ("sigmoid", "bce"),
    "sigmoid_mse": ("sigmoid", "mse"),
}
#: the paths, in the order they are drawn and listed
METHODS = ("batch", "stochastic", "minibatch", "momentum", "adam")
#: each path's batching and update rule
_RULES = {
    "batch": ("batch", "sgd"),
    "stochastic": ("stochastic", "sgd"),
    "minibatch": ("minibatch", "sgd"),
    "momentum": ("batch", "momentum"),
    "adam": ("batch", "adam"),
}
#: how many window-sizes from the window's centre θ may go before its path has diverged
FAR = 20.0
#: the (w, b) window each model's surface is drawn over, around its data's minimum
_WINDOWS = {
    "linear_mse": (-2.0, 5.0, -3.5, 3.5),
    "sigmoid_bce": (-4.0, 8.0, -6.0, 6.0),
    "sigmoid_mse": (-6.0, 10.0, -8.0, 8.0),
}


@dataclass(frozen=True)
class Surface:
    """C(w, b) on a grid: ``costs[i, j]`` is C at (``ws[j]``, ``bs[i]``), rows along b."""

    ws: np.ndarray
    bs: np.ndarray
    costs: np.ndarray

    @property
    def minimum(self) -> tuple[float, float, float]:
        """(w, b, C) at the grid point of least cost."""
        i, j = np.unravel_index(int(np.argmin(self.costs)), self.costs.shape)
        return float(self.ws[j]), float(self.bs[i]), float(self.costs[i, j])

    def levels(self, count: int = 14) -> np.ndarray:
        """Contour levels spaced evenly in log(C − C_min): many near the bottom of the bowl,
        fewer up its walls, as a contour plot of a cost reads best."""
        low, high = float(np.min(self.costs)), float(np.max(self.costs))
        span = high - low
        if not span > 0:
            return np.array([low])
        return low + np.geomspace(span * 2e-3, span * 0.9, count)


class DescentProblem:
    """One neuron a = σ(w x + b) with one input, on 1-D data ``x``, ``y`` (n samples)."""

    def __init__(self, x, y, activation="linear", loss="mse", window=(-4.0, 4.0, -4.0, 4.0)):
        self.x = np.asarray(x, dtype=np.float64).reshape(-1)
        self.y = np.asarray(y, dtype=np.float64).reshape(-1)
        if self.x.shape != self.y.shape or self.x.size == 0:
            raise SpecError(translate(
                "DescentSurface", "the data need as many targets as inputs, at least one of each"))
        self.spec = NetworkSpec(n_inputs=1, layers=[LayerSpec(units=1, activation=activation)],
                                loss=loss)
        self.activation = activations.get(activation)
        self.cost_function = costs.get(loss)
        self.X = self.x.reshape(-1, 1)
        self.Y = self.cost_function.targets(self.y.reshape(-1, 1))
        self.window = tuple(float(v) for v in window)
        self._network = self.network((0.0, 0.0))

    def near(self, theta) -> bool:
        """θ is within ``FAR`` window-sizes of the window's centre, in both coordinates."""
        w0, w1, b0, b1 = self.window
        return bool(abs(theta[0] - (w0 + w1) / 2) <= FAR * (w1 - w0)
                    and abs(theta[1] - (b0 + b1) / 2) <= FAR * (b1 - b0))

    @property
    def n_samples(self) -> int:
        return self.x.size

    def network(self, theta) -> Network:
        """The engine's 1-1 network with weights [[w]] and bias [b]."""
        w, b = (float(v) for v in theta)
        return Network.from_arrays(self.spec, [np.array([[w]])], [np.array([b])])

    def _at(self, theta) -> Network:
        net = self._network
        net.weights[0][0, 0], net.biases[0][0] = theta[0], theta[1]
        return net

    def cost(self, theta, rows=None) -> float:
        """C(θ) over all the samples (or the ``rows`` given)."""
        X, Y = (self.X, self.Y) if rows is None else (self.X[rows], self.Y[rows])
        with np.errstate(all="ignore"):
            return float(self._at(theta).loss(X, Y))

    def gradient(self, theta, rows=None) -> np.ndarray:
        """∇C(θ) = (∂C/∂w, ∂C/∂b) by backpropagation, over all samples (or ``rows``)."""
        X, Y = (self.X, self.Y) if rows is None else (self.X[rows], self.Y[rows])
        with np.errstate(all="ignore"):
            nabla_w, nabla_b = self._at(theta).gradients(X, Y)
        return np.array([nabla_w[0][0, 0], nabla_b[0][0]])

    def predict(self, theta, x) -> np.ndarray:
        """a = σ(w x + b) for each of the inputs ``x`` (1-D), by the engine's network."""
        with np.errstate(all="ignore"):
            return self.network(theta).predict(np.asarray(x, float).reshape(-1, 1))[:, 0]

    def surface(self, resolution: int = 121, window=None) -> Surface:
        """C over a ``resolution`` × ``resolution`` grid of the window (w₀, w₁, b₀, b₁)."""
        w0, w1, b0, b1 = self.window if window is None else window
        ws, bs = np.linspace(w0, w1, resolution), np.linspace(b0, b1, resolution)
        W, B = np.meshgrid(ws, bs)                                  # (rows b, columns w)
        z = (W[..., None] * self.x + B[..., None]).reshape(-1, 1)   # every grid point's zᴸ
        y = np.broadcast_to(self.y, W.shape + self.x.shape).reshape(-1, 1)
        with np.errstate(all="ignore"):
            per_sample = self.cost_function.per_sample(z, self.activation.fn(z), y)
        grid = per_sample.reshape(W.shape + self.x.shape).mean(axis=-1)
        return Surface(ws, bs, grid)


def example_problem(model: str = "linear_mse", n_samples: int = 8, seed: int = 0
                    ) -> DescentProblem:
    """A handful of 1-D samples drawn from ``seed`` for one of ``MODELS``.

    linear: y = 1.5x − 0.5 plus noise, a least-squares bowl; sigmoid: labels 1 where
    x + noise > −0.3, else 0, with the classes overlapping (if the draw left them separable,
    the two samples either side of the gap swap labels), so the minimum is finite: separable
    labels would send w to infinity.
    """
    try:
        activation, loss = MODELS[model]
    except KeyError:
        raise SpecError(translate(
            "DescentSurface", "unknown model {model}: choose one of {names}").format(
                model=repr(model), names=', '.join(MODELS))) from None
    if isinstance(n_samples, bool) or not isinstance(n_samples, int) or n_samples < 2:
        raise SpecError(translate(
            "DescentSurface", "the data need at least 2 samples, not {n_samples}").format(
                n_samples=repr(n_samples)))
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-2.0, 2.0, n_samples))
    if activation == "linear":
        y = 1.5 * x - 0.5 + rng.normal(0.0, 0.6, n_samples)
    else:
        y = (x + rng.normal(0.0, 0.6, n_samples) > -0.3).astype(float)
        y = _overlapping(y)
    return DescentProblem(x, y, activation, loss, _WINDOWS[model])


def _overlapping(y):
    """Labels ``y`` of samples in order of x, made not separable by one threshold on x."""
    y = y.copy()
    n = y.size
    if np.all(y == y[0]):
        y[: n // 2], y[n // 2:] = 0.0, 1.0
    steps = np.flatnonzero(np.diff(y))
    if steps.size == 1:  # one change of class along x: separable; swap the pair at the gap
        k = steps[0]
        y[k], y[k + 1] = y[k + 1], y[k]
    return y


@dataclass
class Descent:
    """One path of gradient descent on ``problem`` from ``start``, one update per ``step()``.

    ``thetas[t]`` is θᵗ, ``costs[t]`` is C(θᵗ) over every sample and ``gradient_norms[t]`` is
    ‖∇C(θᵗ)‖ (the full gradient, whichever samples the update used). Once a step diverges
    (by ``engine.divergence``'s rule: a non-finite number, a cost a million times its start,
    or |z| a million times its start; or, on a surface, θ ``FAR`` window-sizes from the
    window's centre, where a saturated sigmoid's flat cost would hide a runaway) the path
    keeps its last good θ and steps no further.
    """

    problem: DescentProblem
    start: tuple
    method: str = "batch"
    learning_rate: float = 0.1
    seed: int = 0
    batch_size: int = 2
    momentum: float = 0.9
    thetas: list = field(init=False)
    costs: list = field(init=False)
    gradient_norms: list = field(init=False)
    diverged: bool = field(init=False, default=False)
    #: the refused θ of the step that diverged, when it is finite (the view draws the path
    #: heading off towards it), else None
    escape: np.ndarray | None = field(init=False, default=None)

    def __post_init__(self):
        if self.method not in _RULES:
            raise SpecError(translate(
                "DescentSurface", "unknown method {method}: choose one of {names}").format(
                    method=repr(self.method), names=', '.join(METHODS)))
        if not (isinstance(self.learning_rate, (int, float)) and self.learning_rate > 0
                and math.isfinite(self.learning_rate)):
            raise SpecError(translate(
                "DescentSurface", "η must be a number greater than 0, not {learning_rate}").format(
                    learning_rate=repr(self.learning_rate)))
        self.mode, optimizer = _RULES[self.method]
        self.config = TrainConfig(optimizer=optimizer, learning_rate=float(self.learning_rate),
                                  momentum=self.momentum, mode=self.mode,
                                  batch_size=self.batch_size, seed=self.seed)
        self.optimizer = optimizers.make(optimizer, 2, np.float64, self.config)
        self.rng = np.random.default_rng(self.seed)
        self._order = np.empty(0, dtype=int)
        theta = np.array([float(v) for v in self.start])
        if theta.shape != (2,) or not np.all(np.isfinite(theta)):
            raise SpecError(translate(
                "DescentSurface", "θ⁰ must be two finite numbers (w, b), not {start}").format(
                    start=repr(self.start)))
        p = self.problem
        self.limits = divergence.limits(p.network(theta), p.X, p.Y)
        self.thetas = [theta]
        self.costs = [p.cost(theta)]
        self.gradient_norms = [float(np.linalg.norm(p.gradient(theta)))]

    @property
    def steps(self) -> int:
        """t, the number of updates taken."""
        return len(self.thetas) - 1

    @property
    def theta(self) -> np.ndarray:
        return self.thetas[-1]

    def rows(self):
        """The samples the next update uses (None: all of them)."""
        if self.mode == "batch":
            return None
        size = 1 if self.mode == "stochastic" else min(self.batch_size, self.problem.n_samples)
        if self._order.size < size:  # a new epoch: a new order of every sample
            self._order = np.concatenate([self._order,
                                          self.rng.permutation(self.problem.n_samples)])
        rows, self._order = self._order[:size], self._order[size:]
        return rows

    def step(self) -> bool:
        """θᵗ⁺¹ = θᵗ − η∇C(θᵗ) (or the path's optimizer); False once the path has diverged."""
        if self.diverged:
            return False
        p, theta = self.problem, self.theta
        grad = p.gradient(theta, self.rows())
        new = np.empty(2)
        with np.errstate(all="ignore"):
            self.optimizer.update(theta, grad, new, self.learning_rate)
            cost = p.cost(new) if np.all(np.isfinite(new)) else math.inf
            top = float(np.max(np.abs(new[0] * p.x + new[1])))
        if not (math.isfinite(cost) and math.isfinite(top) and cost <= self.limits.loss
                and top <= self.limits.z and self.problem.near(new)):
            self.diverged = True
            if np.all(np.isfinite(new)):
                self.escape = new
            return False
        self.thetas.append(new)
        self.costs.append(cost)
        self.gradient_norms.append(float(np.linalg.norm(p.gradient(new))))
        return True

    def run(self, steps: int) -> Descent:
        """Take up to ``steps`` updates (fewer if the path diverges)."""
        for _ in range(steps):
            if not self.step():
                break
        return self

    def path(self) -> np.ndarray:
        """Every θ so far, (t + 1, 2)."""
        return np.array(self.thetas)


def descend(problem, start, method="batch", learning_rate=0.1, steps=50, **options) -> Descent:
    """A path of ``steps`` updates (fewer if it diverges)."""
    return Descent(problem, start, method, learning_rate, **options).run(steps)
