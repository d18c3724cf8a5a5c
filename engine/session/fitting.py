"""The network made to fit new data: the one-click fix when data and network do not match.

The input layer's size follows the data's features and the output layer's its targets. When
new data do not fit (``engine.project.starting.fit_problem`` says why), the fix keeps
everything the user designed: the hidden layers, their activations, and every weight whose
connection still exists. Only the connections that are new (a new input, a new output unit)
get fresh weights, drawn by their layer's own rule.
"""

from __future__ import annotations

import numpy as np

from engine.errors import Refused, SpecError
from engine.network import Network
from engine.project.starting import output_layer
from engine.spec import NetworkSpec


class DataDoesNotFit(Refused):
    """New data the current network cannot take; nothing was changed. ``reason`` says why
    in words and ``dataset`` is kept so the one-click fix can apply it."""

    def __init__(self, reason: str, dataset, normalisation: str):
        super().__init__(reason)
        self.reason, self.dataset, self.normalisation = reason, dataset, normalisation


def fitted_spec(spec: NetworkSpec, dataset, features=None) -> NetworkSpec:
    """``spec`` with the input and output layers the data need (one input per input feature
    when ``features`` are chosen). The cost is kept while the output layer stays as it is
    (its size, and its activation for that cost: XOR's sigmoid with mse) and the cost suits
    the data; otherwise the data's usual one is chosen (bce for two classes, softmax with
    cce for more, mse for numbers): a regression's linear mse output fitted to two classes
    became sigmoid and kept mse, where ``new`` gives bce."""
    from engine.datasets.features import input_width

    try:
        if dataset.n_outputs != spec.n_outputs:
            raise SpecError("the output layer changes size")
        output, loss = output_layer(dataset, spec.loss)
        if output.activation != spec.layers[-1].activation:
            raise SpecError("the output layer changes kind")
    except SpecError:
        output, loss = output_layer(dataset, None)
    return NetworkSpec(n_inputs=input_width(dataset, features), layers=[*spec.layers[:-1], output],
                       loss=loss)


def fitted_network(network: Network, dataset, seed=0, features=None) -> Network:
    """A network for ``dataset`` with the same hidden layers as ``network``.

    Every Wˡ and bˡ starts as a fresh draw for the new shape (reproducible from ``seed``);
    then the block that both shapes share is copied from the old network, so hidden-to-hidden
    weights are kept exactly and first- and last-layer weights are kept where the neuron
    they connect still exists.
    """
    from engine.project.starting import check_buildable

    spec = fitted_spec(network.spec, dataset, features)
    check_buildable(spec)  # before a single weight of a net too big for any file is drawn
    fresh = Network(spec, seed=seed, dtype=network.dtype)
    weights, biases = [], []
    for W_old, b_old, W_new, b_new in zip(network.weights, network.biases, fresh.weights,
                                         fresh.biases, strict=True):
        rows, cols = min(W_old.shape[0], W_new.shape[0]), min(W_old.shape[1], W_new.shape[1])
        W, b = W_new.copy(), b_new.copy()
        W[:rows, :cols] = W_old[:rows, :cols]
        b[:rows] = b_old[:rows]
        weights.append(W)
        biases.append(b)
    return Network.from_arrays(spec, weights, biases, dtype=network.dtype)


def same_parameters(a: Network, b: Network) -> bool:
    """True when two networks hold identical arrays (for tests and no-op checks)."""
    return a.spec.sizes == b.spec.sizes and all(
        np.array_equal(x, y) for x, y in zip(a.weights + a.biases, b.weights + b.biases,
                                               strict=True))
