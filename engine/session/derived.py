"""The derived numbers: what every view shows at one version of the weights and the data.

A view never runs the network. It asks the session's ``Derived`` for what it draws: the probe
samples' forward pass (activation heatmaps), the selected sample's forward and backward pass
(the inspector: zˡ, aˡ, δˡ, ∂C/∂Wˡ, ∂C/∂bˡ), every neuron's output over the 2-D input plane
(the canvas's maps, the decision boundary), the cost and metric at the current weights (the
loss plot's epoch 0) and the confusion counts. Each is computed at most once per version,
when first asked for; the first of probe, sample, plane and cost to be asked for computes all
four in **one** forward pass over their rows stacked, so an edit costs one pass, whichever
view asks first. While training, the worker builds a ``Derived`` of its own network on its own
thread (``precompute``), with the cost, metrics and counts the trainer reported, and ships it
in its snapshot: the main thread only paints.

Raw features enter the network here, once, as training sees them: the project's input
features computed (x₁², sin x₁, …) and then normalised with its normaliser
(``engine.datasets.features.network_inputs``): a view that drew raw features through the
network would show another network. The plane stays in raw x₁ and x₂.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from engine import metrics
from engine.datasets.features import network_inputs
from engine.session.contour import level_segments
from engine.session.plane import (
    Plane,
    activation_levels,
    boundary_level,
    by_winning_class,
    plane_axes,
    plane_points,
    winning_margins,
)

#: the samples the activation heatmaps follow: the data's first rows
PROBE_SAMPLES = 32
#: grid points per side of the input plane (the canvas's neuron maps pool 3 × 3 of them)
PLANE_POINTS = 72
#: rows of the training data the cost at the current weights is measured on: all of a small
#: set, a fixed share of a large one, so it costs little however often the weights change
COST_ROWS = 2048


@dataclass(frozen=True)
class SampleNumbers:
    """One sample x through the network: ``x`` raw and ``y`` its target; per layer l the
    notes' zˡ (``zs[l-1]``), aˡ (``activations[l]``, a⁰ = x normalised), δˡ = ∂Cₓ/∂zˡ
    (``deltas[l-1]``), ∂Cₓ/∂Wˡ = δˡ(aˡ⁻¹)ᵀ and ∂Cₓ/∂bˡ = δˡ; and its cost Cₓ. For δ worked
    out: ``sigma_primes[l-1]`` is σ'(zˡ) (None for softmax) and ``back[l-1]`` what δˡ
    multiplies it by: (Wˡ⁺¹)ᵀδˡ⁺¹ for a hidden layer, ∇ₐC = aᴸ − y for the output (None
    where the cost and the output activation cancel to δᴸ = aᴸ − y)."""

    index: int
    x: np.ndarray
    y: np.ndarray
    zs: list[np.ndarray]
    activations: list[np.ndarray]
    deltas: list[np.ndarray]
    nabla_w: list[np.ndarray]
    nabla_b: list[np.ndarray]
    cost: float
    sigma_primes: list = field(default_factory=list)
    back: list = field(default_factory=list)


@dataclass(frozen=True)
class ProbeNumbers:
    """The forward pass of the probe samples (the data's first rows): ``activations[l]`` is
    Aˡ, one row per sample, A⁰ the normalised inputs; ``zs[l-1]`` is Zˡ."""

    rows: np.ndarray
    zs: list[np.ndarray]
    activations: list[np.ndarray]


@dataclass(frozen=True)
class PlaneNumbers:
    """Every neuron's output over the input plane: ``activations[l]`` is aˡ on the grid of
    ``xs`` × ``ys`` (raw x₁ and x₂), shaped (Nₗ, len(ys), len(xs)) with row 0 at the lowest
    x₂ (a⁰ is the inputs as the network takes them: its input features, normalised);
    ``levels[l]`` is layer l's
    colour range, shared by every view. ``boundary`` is the decision boundary, where the one
    output crosses ``boundary_level``, as segments (M, 2, 2) in raw x₁, x₂ (empty where the
    picture has no one boundary: several outputs, regression)."""

    plane: Plane
    xs: np.ndarray
    ys: np.ndarray
    activations: list[np.ndarray]
    levels: list[tuple[float, float]]
    boundary: np.ndarray = field(default_factory=lambda: np.empty((0, 2, 2)))

    @property
    def output(self) -> np.ndarray:
        """The first output neuron's value over the plane: the decision boundary's picture."""
        return self.activations[-1][0]


@dataclass(frozen=True)
class Evaluation:
    """The cost C and the metrics (``accuracy`` or ``r2``) on the training rows, at the
    weights of this version; while training, the last epoch's as the trainer reported them."""

    cost: float
    metrics: dict


class Derived:
    """The numbers of one version: ``network`` and ``training`` (an engine TrainingData) with
    the ``dataset`` it came from, the ``normaliser`` and the input ``plane`` (None: the data's
    extent). ``sample`` is the selected sample, whose numbers the view pass includes.
    ``features`` are the input features computed from the raw ones (None: the raw ones).

    The network is read, never changed; the owner makes a new ``Derived`` whenever the
    weights, the architecture, the data or the plane change.
    """

    def __init__(self, network, training, normaliser=None, plane: Plane | None = None,
                 sample: int = 0, *, features=None):
        self.network = network
        self.features = features
        self.training = training
        self.dataset = training.dataset
        self.normaliser = normaliser
        self.plane_rect = plane
        self.selected = _clip(sample, len(self.dataset.X))
        self._samples: dict[int, SampleNumbers] = {}
        self._walkthroughs: dict[tuple, list] = {}
        #: forward passes run so far (the tests and the benchmark count them)
        self.passes = 0

    # -- the parts ---------------------------------------------------------------------------

    @cached_property
    def probe(self) -> ProbeNumbers:
        self._view_pass()
        return self.__dict__["probe"]

    @cached_property
    def plane(self) -> PlaneNumbers | None:
        """None unless the data and the network both have two inputs."""
        self._view_pass()
        return self.__dict__["plane"]

    @cached_property
    def evaluation(self) -> Evaluation:
        self._view_pass()
        return self.__dict__["evaluation"]

    def sample(self, index: int | None = None) -> SampleNumbers:
        """Sample ``index`` of the data (default: the selected one) through the network."""
        index = self.selected if index is None else _clip(index, len(self.dataset.X))
        if index not in self._samples:
            if index == self.selected:
                self._view_pass()
            else:
                self._samples[index] = self._sample_numbers(index, self._forward(
                    self._normalise(self.dataset.X[index:index + 1])), 0)
        return self._samples[index]

    @cached_property
    def confusion(self) -> np.ndarray | None:
        """Counts[i, j]: samples of class i the network puts in class j, on the validation
        data when there are some, else the training data; None for regression."""
        training = self.training
        if self.dataset.task != "classification":
            return None
        X, Y = ((training.X_val, training.Y_val) if training.X_val is not None
                else (training.X, training.Y))
        threshold = metrics.class_threshold(Y) if Y.shape[1] == 1 else 0.5
        outputs = self._forward(X).output
        return metrics.confusion_matrix(outputs, Y, n_classes=max(2, Y.shape[1]),
                                        threshold=threshold)

    @property
    def confusion_on(self) -> str:
        """Which data the counts are of: "validation" or "training"."""
        return "validation" if self.training.X_val is not None else "training"

    @cached_property
    def diagnostics(self):
        """Per layer, on the probe samples: mean |δˡ|, ‖∂C/∂Wˡ‖, saturated and dead shares
        (``engine.diagnostics``): backpropagation's signal, layer by layer."""
        from engine.diagnostics import layer_diagnostics

        probe = self.probe
        Y = self.dataset.Y[:len(probe.rows)]
        with np.errstate(all="ignore"):
            grads = self.network.backward(_Trace(probe.zs, probe.activations), Y)
        return layer_diagnostics(self.network, _Trace(probe.zs, probe.activations), grads)

    def walkthrough(self, samples, learning_rate: float, mode: str = "minibatch") -> list:
        """The notes' algorithm for the data's rows ``samples`` (one, or a small mini-batch)
        at learning rate η: ``engine.walkthrough``'s stages, on the inputs normalised; for
        the ``mode`` "perceptron" on one layer of step neurons, the perceptron rule's on the
        first of them (``engine.perceptron_walkthrough``), as training then does."""
        from engine.perceptron import rule_applies

        perceptron = rule_applies(mode, self.network.spec)
        key = (tuple(int(k) for k in samples), float(learning_rate), perceptron)
        if key not in self._walkthroughs:
            from engine.backprop_walkthrough import walkthrough
            from engine.perceptron_walkthrough import perceptron_walkthrough

            rows = list(key[0])
            self.passes += 1 if perceptron else 2  # the pass, and the cost after the update
            self._walkthroughs[key] = (perceptron_walkthrough if perceptron else walkthrough)(
                self.network, self._normalise(self.dataset.X[rows]), self.dataset.Y[rows],
                key[1])
        return self._walkthroughs[key]

    def check_parameter(self, samples, layer: int, i: int, j: int | None = None):
        """∂C/∂wᵢⱼˡ (``j`` None: ∂C/∂bᵢˡ) on the rows ``samples``, by backpropagation and by
        the central difference (``engine.gradient_check.check_one``)."""
        from engine.gradient_check import check_one

        rows = [int(k) for k in samples]
        self.passes += 3
        return check_one(self.network, self._normalise(self.dataset.X[rows]),
                         self.dataset.Y[rows], layer, i, j)

    def known(self, evaluation: Evaluation | None = None,
              confusion: np.ndarray | None = None) -> Derived:
        """Take numbers measured elsewhere (the trainer's, at an epoch's end) instead of
        computing them; returns self."""
        if evaluation is not None:
            self.__dict__["evaluation"] = evaluation
        if confusion is not None:
            self.__dict__["confusion"] = confusion
        return self

    def precompute(self) -> Derived:
        """Compute every view part now (the training worker does, on its thread)."""
        self._view_pass()
        _ = self.diagnostics
        return self

    # -- the one forward pass of the views -----------------------------------------------------

    def _view_pass(self) -> None:
        """Probe, selected sample, plane and cost (those not known yet) in one forward pass."""
        wanted = [name for name in ("probe", "sample", "plane", "evaluation")
                  if name not in self.__dict__ and not (name == "sample"
                                                        and self.selected in self._samples)]
        blocks: list[tuple[str, np.ndarray]] = []
        X = self.dataset.X
        if "probe" in wanted:
            blocks.append(("probe", self._normalise(X[:PROBE_SAMPLES])))
        if "sample" in wanted:
            blocks.append(("sample", self._normalise(X[self.selected:self.selected + 1])))
        grid = self._plane_grid() if "plane" in wanted else None
        if grid is not None:
            blocks.append(("plane", self._normalise(grid[2])))
        elif "plane" in wanted:
            self.__dict__["plane"] = None
        if "evaluation" in wanted:
            blocks.append(("evaluation", self.training.X[:COST_ROWS]))
        if not blocks:
            return
        trace = self._forward(np.concatenate([rows for _, rows in blocks]))
        start = 0
        for name, rows in blocks:
            part = slice(start, start + len(rows))
            start += len(rows)
            zs = [z[part] for z in trace.zs]
            activations = [a[part] for a in trace.activations]
            if name == "probe":
                self.__dict__["probe"] = ProbeNumbers(np.arange(len(rows)), zs, activations)
            elif name == "sample":
                self._samples[self.selected] = self._sample_numbers(self.selected,
                                                                    _Trace(zs, activations), 0)
            elif name == "plane":
                self.__dict__["plane"] = self._plane_numbers(grid, activations)
            else:
                self.__dict__["evaluation"] = self._evaluation(zs, activations)

    def _plane_grid(self):
        X = self.dataset.X
        if X.ndim != 2 or X.shape[1] != 2 or not len(X) or self.network.spec.n_inputs != (
                2 if self.features is None else self.features.n_features):
            return None
        xs, ys = plane_axes(X, PLANE_POINTS, self.plane_rect)
        return xs, ys, plane_points(xs, ys)

    def _plane_numbers(self, grid, activations) -> PlaneNumbers:
        xs, ys, _ = grid
        shape = (len(ys), len(xs))
        layers = [np.asarray(a, dtype=float).T.reshape(-1, *shape) for a in activations]
        kinds = [None] + [layer.activation for layer in self.network.spec.layers]
        levels = [activation_levels(kind, values) for kind, values in zip(kinds, layers,
                                                                           strict=True)]
        rect = (float(xs[0]), float(xs[-1]), float(ys[0]), float(ys[-1]))
        boundary = self._boundary(layers[-1], xs, ys)
        return PlaneNumbers(rect, xs, ys, layers, levels, boundary)

    def _boundary(self, outputs: np.ndarray, xs, ys) -> np.ndarray:
        """The decision boundary: where the one output crosses its middle, or, for softmax
        over several classes, where the winning class changes (each class's margin over the
        best other crossing 0); none for regression or several independent labels."""
        spec = self.network.spec
        # outputs a hair's breadth from the level are read as the samples' classes are
        # (``metrics.decided``): a flat 0.5 ± 1e-10 plane has no boundary to draw
        if by_winning_class(self.dataset.task, spec):
            margins = winning_margins(outputs)
            return np.concatenate([level_segments(metrics.decided(m, 0.0), xs, ys, 0.0)
                                   for m in margins])
        level = boundary_level(self.dataset.task, spec)
        if level is None:
            return np.empty((0, 2, 2))
        return level_segments(metrics.decided(outputs[0], level), xs, ys, level)

    def _sample_numbers(self, index: int, trace, row: int) -> SampleNumbers:
        network = self.network
        y = self.dataset.Y[index:index + 1]
        with np.errstate(all="ignore"):
            grads = network.backward(trace, y)
            cost = float(network.cost.fn(trace.zs[-1], trace.activations[-1],
                                         np.asarray(y, dtype=network.dtype)))
        sigmas, L = network.layer_activations, network.n_layers
        zs, activations = [z[row] for z in trace.zs], [a[row] for a in trace.activations]
        deltas = [d[row] for d in grads.deltas]
        with np.errstate(all="ignore"):
            sigma_primes = [sigma.derivative(z, a) if sigma.elementwise else None
                            for sigma, z, a in zip(sigmas, zs, activations[1:], strict=True)]
        back = [deltas[l + 1] @ network.weights[l + 1] for l in range(L - 1)]
        fused = network.cost.requires_activation is not None
        back.append(None if fused else activations[-1] - np.asarray(y[0], dtype=float))
        return SampleNumbers(
            index=index, x=self.dataset.X[index].copy(), y=self.dataset.Y[index].copy(),
            zs=zs, activations=activations, deltas=deltas, nabla_w=grads.nabla_w,
            nabla_b=grads.nabla_b, cost=cost, sigma_primes=sigma_primes, back=back)

    def _evaluation(self, zs, activations) -> Evaluation:
        network, training = self.network, self.training
        Y = training.Y[:COST_ROWS]
        with np.errstate(all="ignore"):
            cost = float(network.cost.fn(zs[-1], activations[-1],
                                         np.asarray(Y, dtype=network.dtype)))
        threshold = metrics.class_threshold(Y) if Y.shape[1] == 1 else 0.5
        scores = metrics.evaluate(self.dataset.task, activations[-1], Y, threshold,
                                  metrics.is_multilabel(network.spec))
        return Evaluation(cost, scores)

    def _forward(self, X: np.ndarray):
        self.passes += 1
        with np.errstate(all="ignore"):
            return self.network.forward(X)

    def _normalise(self, X_raw: np.ndarray) -> np.ndarray:
        return network_inputs(X_raw, self.features, self.normaliser)

    def __repr__(self) -> str:
        parts = [name for name in ("probe", "plane", "evaluation", "confusion")
                 if name in self.__dict__]
        return f"Derived({self.network!r}, computed: {', '.join(parts) or 'nothing'})"


@dataclass(frozen=True)
class _Trace:
    """A slice of a forward pass, shaped as ``Network.backward`` reads it."""

    zs: list[Any]
    activations: list[Any]

    @property
    def output(self):
        return self.activations[-1]


def _clip(index: int, n: int) -> int:
    return max(0, min(int(index), n - 1))
