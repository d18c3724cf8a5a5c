"""The numbers behind the teaching explorers: one neuron, the M-P neuron's line, the gallery.

Everything here is computed with the engine's own activations (``engine.activations``), the
perceptron rule (``engine.perceptron.perceptron_step``) and ``Network``; the views in
``gui/explorers/`` only draw it. numpy only, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine import activations
from engine.datasets.generators import truth_table
from engine.errors import SpecError
from engine.network import Network
from engine.perceptron import _state, perceptron_step
from engine.spec import LayerSpec, NetworkSpec
from engine.text import translate

#: the activations one neuron can have (softmax needs a whole layer)
EXPLORED = ("step", "sigmoid", "tanh", "relu", "leaky_relu", "linear")
#: σ′ below this counts as saturated (sigmoid beyond |z| ≈ 3.9, tanh beyond |z| ≈ 2.6)
SATURATION = 0.02


# ---- one neuron: a = σ(wx + b) ----------------------------------------------------------
@dataclass(frozen=True)
class NeuronCurve:
    """One neuron's output over its input x: z = wx + b, a = σ(z), σ′(z) and the slope
    da/dx = w·σ′(z) (the chain rule)."""

    x: np.ndarray
    z: np.ndarray
    a: np.ndarray
    derivative: np.ndarray
    slope: np.ndarray


def neuron_curve(name: str, w: float, b: float, x) -> NeuronCurve:
    """a = σ(wx + b) on the grid ``x``, with σ′(wx + b) and da/dx = w·σ′(wx + b)."""
    activation = _elementwise(name)
    x = np.asarray(x, dtype=np.float64)
    z = w * x + b
    a = activation.fn(z)
    derivative = activation.derivative(z, a)
    return NeuronCurve(x=x, z=z, a=a, derivative=derivative, slope=w * derivative)


def _elementwise(name: str):
    activation = activations.get(name)
    if not activation.elementwise:
        raise SpecError(translate(
            "Explorers", "{name} is not one function of one number: one neuron cannot use "
            "it").format(name=name))
    return activation


def curve(name: str, z) -> tuple[np.ndarray, np.ndarray]:
    """(σ(z), σ′(z)) on the grid ``z``, from the engine's activation."""
    activation = _elementwise(name)
    z = np.asarray(z, dtype=np.float64)
    a = activation.fn(z)
    return a, activation.derivative(z, a)


# ---- the gallery's facts ----------------------------------------------------------------
@dataclass(frozen=True)
class ActivationFacts:
    """What the gallery says about one activation: its range, where it has no derivative
    and whether it saturates (σ′ → 0 for large |z|)."""

    name: str
    range: str
    kinks: tuple = ()
    saturates: bool = False


FACTS = {
    "step": ActivationFacts("step", "{0, 1}", (0.0,)),
    "sigmoid": ActivationFacts("sigmoid", "(0, 1)", (), True),
    "tanh": ActivationFacts("tanh", "(−1, 1)", (), True),
    "relu": ActivationFacts("relu", "[0, ∞)", (0.0,)),
    "leaky_relu": ActivationFacts("leaky_relu", "(−∞, ∞)", (0.0,)),
    "linear": ActivationFacts("linear", "(−∞, ∞)"),
}


def regions(z, mask) -> list[tuple[float, float]]:
    """The intervals of the sorted grid ``z`` where ``mask`` holds, as (first, last) z."""
    z = np.asarray(z, dtype=np.float64)
    mask = np.asarray(mask, dtype=bool)
    found = []
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        found.append((float(z[start]), float(z[stop - 1])))
    return found


def saturated_regions(name: str, z, threshold: float = SATURATION) -> list[tuple[float, float]]:
    """Where a saturating activation's σ′(z) (the engine's) is below ``threshold``; none for
    the others (a ReLU's flat side is dead, not saturated: see ``dead_regions``)."""
    if not FACTS[name].saturates:
        return []
    _, derivative = curve(name, z)
    return regions(z, derivative < threshold)


def dead_regions(name: str, z) -> list[tuple[float, float]]:
    """Where σ′(z) is exactly 0 for an activation that elsewhere has a gradient (ReLU's
    z < 0); none for step (0 everywhere) and the rest."""
    _, derivative = curve(name, z)
    if not derivative.any():
        return []
    return regions(z, derivative == 0)


# ---- the M-P neuron with two inputs -------------------------------------------------------
GATES = ("and", "or", "xor")
#: a start that is wrong for every gate, from which AND and OR converge in four epochs at
#: η = 0.5 and XOR is seen cycling in four
START_W, START_B, START_ETA = (-0.5, 1.0), 0.25, 0.5


def decision_line(w, b, box) -> np.ndarray | None:
    """The segment of the line w₁x₁ + w₂x₂ + b = 0 inside ``box`` (x_min, x_max, y_min, y_max)
    as a (2, 2) array of its end points, or None when w = 0 or the line misses the box."""
    return _clip(w, b, box, on_line=True)


def half_plane(w, b, box) -> np.ndarray | None:
    """The polygon (k, 2) of the box's part where w₁x₁ + w₂x₂ + b ≥ 0 (the neuron fires),
    or None where it is empty."""
    return _clip(w, b, box, on_line=False)


def _clip(w, b, box, on_line):
    w1, w2 = (float(v) for v in w)
    b = float(b)
    x0, x1, y0, y1 = box
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    values = [w1 * cx + w2 * cy + b for cx, cy in corners]
    if on_line and w1 == 0 and w2 == 0:
        return None
    points, crossings = [], []
    for k in range(4):
        (px, py), (qx, qy) = corners[k], corners[(k + 1) % 4]
        vp, vq = values[k], values[(k + 1) % 4]
        if vp >= 0:
            points.append((px, py))
        if (vp >= 0) != (vq >= 0):
            t = vp / (vp - vq)
            crossing = (px + t * (qx - px), py + t * (qy - py))
            points.append(crossing)
            crossings.append(crossing)
    if on_line:
        return np.array(crossings[:2]) if len(crossings) >= 2 else None
    return np.array(points) if len(points) >= 3 else None


@dataclass(frozen=True)
class PerceptronStep:
    """One sample shown to the neuron: its index, x, y, z, a, and the weights after."""

    epoch: int
    index: int
    x: np.ndarray
    y: float
    z: float
    a: float
    error: float
    w: np.ndarray
    b: float


@dataclass
class PerceptronDemo:
    """The perceptron rule on a gate's four points, one sample at a time, in order.

    ``status`` is "running", "converged" (an epoch of four samples without a mistake) or
    "not_separable": the weights at the start of an epoch repeat an earlier start exactly
    (a cycle, so it never ends), or ``max_epochs`` epochs passed without converging.
    """

    gate: str = "and"
    w: np.ndarray = field(default_factory=lambda: np.array(START_W))
    b: float = START_B
    eta: float = START_ETA
    max_epochs: int = 30
    epoch: int = 0
    index: int = 0
    errors: int = 0
    status: str = "running"
    reason: str = ""
    last: PerceptronStep | None = None

    def __post_init__(self):
        if self.gate not in GATES:
            raise SpecError(translate(
                "Explorers", "unknown gate {gate}: choose one of {names}").format(
                    gate=repr(self.gate), names=', '.join(GATES)))
        self.X, targets = truth_table(self.gate)
        self.Y = targets.astype(np.float64)
        self.w = np.array(self.w, dtype=np.float64)
        self.b = float(self.b)
        self._starts = {self._state()}

    def _state(self):
        return _state(self.w, np.array([self.b]), self.eta)

    def outputs(self) -> tuple[np.ndarray, np.ndarray]:
        """(z, a) of the four points at the current weights: a = H(z), the engine's step."""
        z = self.X @ self.w + self.b
        return z, activations.get("step").fn(z)

    def step(self) -> PerceptronStep | None:
        """Show the next sample and apply w ← w + η(y − a)x, b ← b + η(y − a); None once
        the run has ended."""
        if self.status != "running":
            return None
        k = self.index
        x, y = self.X[k], self.Y[k]
        z = float(x @ self.w + self.b)
        self.w, self.b, a, error = perceptron_step(self.w, self.b, x, y, self.eta)
        self.errors += error != 0
        self.last = PerceptronStep(self.epoch + 1, k, x, float(y), z, a, error, self.w.copy(),
                                   self.b)
        self.index += 1
        if self.index == len(self.X):
            self._end_epoch()
        return self.last

    def run_epoch(self) -> None:
        """Step to the end of the current epoch (or of the run)."""
        epoch = self.epoch
        while self.status == "running" and self.epoch == epoch:
            self.step()

    def _end_epoch(self):
        self.epoch += 1
        self.index = 0
        if self.errors == 0:
            self.status = "converged"
            self.reason = "converged"
        else:
            state = self._state()
            if state in self._starts:
                self.status, self.reason = "not_separable", "cycle"
            elif self.epoch >= self.max_epochs:
                self.status, self.reason = "not_separable", "epochs"
            self._starts.add(state)
        self.errors = 0


# ---- why a non-linearity: two linear layers are one --------------------------------------
@dataclass(frozen=True)
class LinearCollapse:
    """W²(W¹x + b¹) + b² = Wx + b with W = W²W¹, b = W²b¹ + b², checked by prediction."""

    W1: np.ndarray
    b1: np.ndarray
    W2: np.ndarray
    b2: np.ndarray
    W: np.ndarray
    b: np.ndarray
    X: np.ndarray
    stacked: np.ndarray
    single: np.ndarray
    with_tanh: np.ndarray

    @property
    def largest_difference(self) -> float:
        return float(np.max(np.abs(self.stacked - self.single)))


#: small numbers a class can multiply by hand
EXAMPLE_LAYERS = (
    np.array([[1.0, -2.0], [0.5, 1.0], [-1.0, 3.0]]),  # W¹: 3 neurons, 2 inputs
    np.array([0.5, -1.0, 2.0]),                          # b¹
    np.array([[2.0, -1.0, 0.5]]),                        # W²: 1 output, 3 hidden
    np.array([-0.5]),                                    # b²
)
EXAMPLE_INPUTS = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])


def linear_collapse(W1=None, b1=None, W2=None, b2=None, X=None) -> LinearCollapse:
    """The two-layer linear net and the one layer it equals, both run by ``Network`` on
    ``X``; and the same two layers with tanh between them, which no one layer equals."""
    defaults = EXAMPLE_LAYERS
    W1, b1, W2, b2 = (np.array(given if given is not None else default, dtype=np.float64)
                      for given, default in zip((W1, b1, W2, b2), defaults, strict=True))
    X = np.array(EXAMPLE_INPUTS if X is None else X, dtype=np.float64)
    n_in, n_hidden, n_out = W1.shape[1], W1.shape[0], W2.shape[0]
    W = W2 @ W1
    b = W2 @ b1 + b2

    def net(hidden, weights, biases):
        layers = ([LayerSpec(n_hidden, hidden)] if hidden else []) + [LayerSpec(n_out, "linear")]
        return Network.from_arrays(NetworkSpec(n_in, layers, "mse"), weights, biases)

    stacked = net("linear", [W1, W2], [b1, b2]).predict(X)
    single = net(None, [W], [b]).predict(X)
    with_tanh = net("tanh", [W1, W2], [b1, b2]).predict(X)
    return LinearCollapse(W1, b1, W2, b2, W, b, X, stacked, single, with_tanh)
