"""What every export writes: the layers' arrays and names, and the input normalisation.

Exports read a network through this one small record, so each writer (npz, json, csv,
onnx, py) is a short function of plain arrays and strings, and an imported file comes back
as the same record before it becomes a network again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

WEIGHTS_FORMAT = "backprop-studio-weights"
WEIGHTS_VERSION = 1


@dataclass(frozen=True, eq=False)
class NetworkParts:
    """A network's numbers and names, as an export writes them and an import reads them.

    ``weights[l-1]`` is Wˡ with shape (Nₗ, Nₗ₋₁), ``biases[l-1]`` is bˡ, ``activations[l-1]``
    names σ of layer l. ``shift``/``scale`` are the input normalisation (x − shift) / scale,
    one number per input; ``normalisation`` names how they were fitted.
    """

    n_inputs: int
    activations: tuple[str, ...]
    loss: str
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    shift: np.ndarray
    scale: np.ndarray
    normalisation: str = "none"

    @property
    def units(self) -> tuple[int, ...]:
        """N₁ … N_L, the neurons in each layer."""
        return tuple(int(W.shape[0]) for W in self.weights)

    @property
    def dtype(self) -> str:
        return self.weights[0].dtype.name

    @property
    def n_parameters(self) -> int:
        return sum(W.size + b.size for W, b in zip(self.weights, self.biases, strict=True))

    def architecture(self) -> str:
        """The notes' short form, "2-4-1"."""
        return "-".join(str(n) for n in (self.n_inputs, *self.units))

    def spec(self) -> Any:
        """The engine's NetworkSpec of these layers."""
        from engine import LayerSpec, NetworkSpec

        return NetworkSpec(
            n_inputs=self.n_inputs,
            layers=[LayerSpec(units=n, activation=a)
                    for n, a in zip(self.units, self.activations, strict=True)],
            loss=self.loss,
        )

    def network(self) -> Any:
        """An engine Network holding these weights (in their own dtype)."""
        from engine import Network

        return Network.from_arrays(self.spec(), list(self.weights), list(self.biases))

    def normaliser(self) -> Any:
        """The engine's Normaliser for these statistics."""
        from engine.datasets.normalise import Normaliser

        return Normaliser(self.normalisation, self.shift.astype(np.float64),
                          self.scale.astype(np.float64))

    def normalise(self, X: np.ndarray) -> np.ndarray:
        """Raw features to what the first layer sees, as every export computes it."""
        return (np.asarray(X, dtype=np.float64) - self.shift) / self.scale


def parts_of(network: Any, normaliser: Any = None) -> NetworkParts:
    """The parts of an engine ``Network`` and, optionally, its ``Normaliser``."""
    spec = network.spec
    weights = tuple(np.array(W, copy=True) for W in network.weights)
    n_inputs = int(spec.n_inputs)
    if normaliser is None:
        shift, scale, method = np.zeros(n_inputs), np.ones(n_inputs), "none"
    else:
        shift = np.asarray(normaliser.shift, dtype=np.float64)
        scale = np.asarray(normaliser.scale, dtype=np.float64)
        method = str(normaliser.method)
        if shift.shape != (n_inputs,) or scale.shape != (n_inputs,):
            raise ValueError(f"the normaliser has {shift.shape[0]} features but the network "
                             f"takes {n_inputs} inputs")
    return NetworkParts(
        n_inputs=n_inputs,
        activations=tuple(layer.activation for layer in spec.layers),
        loss=str(spec.loss),
        weights=weights,
        biases=tuple(np.array(b, copy=True) for b in network.biases),
        shift=shift,
        scale=scale,
        normalisation=method,
    )
