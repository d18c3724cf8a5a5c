'''A trained network as a PyTorch module: a ``.py`` that builds it, and its weights beside it.

``export --format torch --out model.py`` writes two files:

* ``model.safetensors``: every tensor of the module's state dict (``layer1.weight`` = W¹ of
  shape (N₁, N₀), ``layer1.bias`` = b¹, …, and the buffers ``shift`` and ``scale`` of the input
  normalisation), exact, in the network's dtype (float64 by default; the normalisation is
  always float64). It is written with numpy alone, in the safetensors layout (an 8-byte
  little-endian header length, a JSON header naming each tensor's dtype, shape and byte
  range, then the raw little-endian bytes), so exporting needs neither torch nor the
  safetensors package. ``safetensors.torch.load_file`` reads it; the script reads it itself
  with plain Python and ``torch.frombuffer``, so using it needs only torch.
* ``model.py``: imported, it gives ``model``, the network as a ``torch.nn.Module`` built of
  ``nn.Linear`` layers and the matching activations (step as a Heaviside step whose gradient
  is 0, softmax on the output over each row), that takes *raw* features (the input features
  and the normalisation are inside) and returns the network's outputs aᴸ, exactly what the
  engine's ``Network.predict`` gives after them; ``CLASS_NAMES``, ``FEATURE_NAMES``,
  ``predict(X)``, ``predict_class(X)``, ``predict_target(X)``, ``loss_fn(output, target)``
  (the project's cost, the mean over the rows of ½‖y − aᴸ‖², or of the cross-entropy summed
  over the outputs) and, when the training settings are given, ``optimizer``: the matching
  ``torch.optim`` optimizer.
  With the text columns of a table (an ``Encoding``), ``model`` takes the encoded features
  (tensors hold no strings: FEATURE_NAMES, text one-hot), and ``encode(rows)``,
  ``predict(rows)`` and ``predict_class(rows)`` take rows of raw values, strings included
  (``engine.export.encoding_code``, the same code as the ``.py`` predictor's).
'''

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from typing import Any

import numpy as np

from engine.export.parts import NetworkParts
from engine.export.python_script import output_doc
from engine.text import translate

#: the module's activation of each engine activation (``Heaviside`` is defined in the script)
_ACTIVATIONS = {
    "step": "Heaviside()",
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(LEAKY_SLOPE)",
    "linear": "nn.Identity()",
    "softmax": "nn.Softmax(dim=-1)",
}

_LOSSES = {
    "mse": "0.5 * ((target - output) ** 2).sum() / n",
    "bce": "nn.functional.binary_cross_entropy(output, target, reduction=\"sum\") / n",
    "cce": "-torch.xlogy(target, output).sum() / n",
}

#: ``encode`` in the torch module: the shared encoding, as a tensor
TENSOR_ENCODE = '''def encode(rows):
    """Rows of raw values as the encoded features FEATURE_NAMES, a float64 tensor (n, N)
    that ``model`` takes (see ``_encoded_lists``)."""
    return torch.tensor(_encoded_lists(rows), dtype=torch.float64)


'''
_SAFETENSORS_DTYPES = {"float64": "F64", "float32": "F32", "int64": "I64"}
#: the weights file's tensor of the data's rows training took (``TRAINING_ROWS``)
TRAINING_ROWS_KEY = "training_rows"

_TEMPLATE = '''"""{title}

Exported by Backprop Studio {version}. Needs PyTorch. The weights are read from
{weights_file} beside this file (the safetensors layout; the safetensors package
is not needed).

    import torch
    from {module} import model, predict, {class_import}FEATURE_NAMES
    X = torch.tensor(rows, dtype=torch.float64)   # {model_input}, shape (n, {n_inputs})
    Y = model(X)             # the network's outputs, shape (n, {n_outputs}), {dtype}
    Y = predict(rows)        # the same from any array-like, without gradients
{class_line}
model(x) takes {model_input}:
{inputs_doc}
Then layer l computes aˡ = σ(Wˡ aˡ⁻¹ + bˡ): ``layerl`` is nn.Linear with weight Wˡ of shape
(Nₗ, Nₗ₋₁), ``sigmal`` its activation.

FEATURE_NAMES names the features, in the order of x's columns; {classes_doc}{target_doc}

To go on training: ``loss_fn(model(x), y)`` is the project's cost {loss} (the mean over the
rows), so ``loss_fn(model(x), y).backward()`` gives the same gradients as Backprop Studio.
{optimizer_doc}
The same trajectory as the program's next epochs takes its rows in its order: the rows
TRAINING_ROWS of the data (the rest were its validation rows), visited in each epoch k
after a start in the order epoch_order(k), BATCH_SIZE rows per update:

    rows = X[TRAINING_ROWS]; targets = Y[TRAINING_ROWS]   # the data as the program read them
    for k in range(epochs):
        order = epoch_order(k)
        for start in range(0, len(order), BATCH_SIZE or len(order)):
            batch = order[start:start + (BATCH_SIZE or len(order))]
            ...  # loss_fn(model(rows[batch]), targets[batch]) and a step
"""

import json
import os
import struct

import torch
from torch import nn

DTYPE = torch.{dtype}
WEIGHTS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), {weights_file!r})
UNITS = {units!r}
ACTIVATIONS = {activations!r}
LOSS = {loss!r}
LEAKY_SLOPE = {leaky_slope!r}
NORMALISATION = {normalisation!r}
CLASS_NAMES = {class_names!r}
FEATURE_NAMES = {feature_names!r}
TARGET_NAME = {target_name!r}  # the target the outputs are, divided by TARGET_DIVISOR
TARGET_DIVISOR = {target_divisor!r}
{encoding_constants}{features_constant}

class _HeavisideFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, z):
        return torch.heaviside(z, torch.ones((), dtype=z.dtype))

    @staticmethod
    def backward(ctx, grad):
        return torch.zeros_like(grad)


class Heaviside(nn.Module):
    """The step H(z): 1 for z >= 0, else 0. Its derivative is taken as 0, as in the program."""

    def forward(self, z):
        return _HeavisideFunction.apply(z)


class Network(nn.Module):
    """{architecture} network taking {model_input}: {short_inputs}."""

    def __init__(self):
        super().__init__()
        self.register_buffer("shift", torch.zeros(UNITS[0], dtype=torch.float64))
        self.register_buffer("scale", torch.ones(UNITS[0], dtype=torch.float64))
{layers}

    def inputs(self, x):
        """What the first layer takes (a⁰): {short_inputs}."""
        x = torch.as_tensor(x, dtype=torch.float64)
        return (({inputs} - self.shift) / self.scale).to(DTYPE)

    def forward(self, x):
        a = self.inputs(x)
        for l in range(1, len(ACTIVATIONS) + 1):
            a = getattr(self, "sigma" + str(l))(getattr(self, "layer" + str(l))(a))
        return a

{features_function}
{encode_function}{table_function}def load_weights(path=WEIGHTS_FILE):
    """The state dict stored in the safetensors file ``path``, as tensors."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise FileNotFoundError(
            "the weights of this model are not at %s: the .py and its .safetensors file were "
            "written together; keep them in one folder" % path) from None
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    header.pop("__metadata__", None)
    dtypes = {{"F64": torch.float64, "F32": torch.float32, "I64": torch.int64}}
    state = {{}}
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        raw = bytearray(data[8 + size + begin:8 + size + end])
        state[name] = torch.frombuffer(raw, dtype=dtypes[entry["dtype"]]).reshape(entry["shape"])
    return state


def predict(X):
    """The network's outputs aᴸ for raw features X (n, {n_inputs}), as a tensor."""
    X = _by_column_names(X)
    if ENCODING is not None:
        X = encode(_rows(X))
    x = torch.as_tensor(X, dtype=torch.float64)
    if x.ndim == 1:
        x = x.reshape(1, -1)
    if x.ndim != 2 or x.shape[1] != {n_inputs}:
        raise ValueError("expected rows of {n_inputs} features, got shape " + repr(tuple(x.shape)))
    gaps = torch.nonzero(~torch.isfinite(x))
    if len(gaps):  # NaN is a missing value: no output would be right for it
        r, k = gaps[0].tolist()
        raise ValueError("row %d, feature %s: %r is missing or not a finite number"
                         % (r + 1, repr(FEATURE_NAMES[k]) if FEATURE_NAMES
                            and len(FEATURE_NAMES) == x.shape[1] else k + 1, float(x[r, k])))
    with torch.no_grad():
        return model(x)


def predict_target(X):
    """The outputs in the target's own units: predict(X) times TARGET_DIVISOR (the network
    learnt TARGET_NAME divided by it; 1.0 when it learnt the target as it is)."""
    return predict(X) * TARGET_DIVISOR


def predict_class(X):
    """The name of the winning class of each row of raw features X: with one output, the
    second class where it is at least 0.5, else the first; with more, the largest output's."""
    if CLASS_NAMES is None:
        raise ValueError("this model has no class names (a regression, or exported "
                         "without them): predict(X) gives its outputs")
    Y = predict(X)
    winners = (Y[:, 0] >= 0.5).long() if Y.shape[1] == 1 else torch.argmax(Y, dim=1)
    return [CLASS_NAMES[k] for k in winners.tolist()]


def loss_fn(output, target):
    """The project's cost {loss}: {loss_doc}."""
    n = output.shape[0]
    return {loss_expression}


model = Network()
_STATE = load_weights()
#: the rows of the data the program trained on (the others were its validation rows),
#: in its order: train on X[TRAINING_ROWS] to follow it (None: not recorded)
TRAINING_ROWS = (_STATE.pop("training_rows").tolist() if "training_rows" in _STATE
                 else None)
model.load_state_dict(_STATE)
del _STATE
SEED = {seed!r}  # the project's seed: the order of the rows in each epoch
SHUFFLE = {shuffle!r}  # whether each epoch visits them in a new order
BATCH_SIZE = {batch_size!r}  # the rows of each update (None: all of them)


def epoch_order(epoch, n=None):
    """The order (positions into TRAINING_ROWS, or into ``n`` rows) in which the program's
    ``epoch``-th epoch after a start (0: the first; a start is each ``train`` command or
    press of Train) visits the training rows: a new permutation from numpy's
    default_rng(SEED) each epoch when SHUFFLE, else in order."""
    import numpy as np

    n = len(TRAINING_ROWS) if n is None else n
    if not SHUFFLE:
        return np.arange(n)
    rng = np.random.default_rng(SEED)
    for _ in range(epoch):
        rng.permutation(n)
    return rng.permutation(n)

{optimizer}'''


def torch_weights(parts: NetworkParts) -> dict[str, np.ndarray]:
    """The module's state dict as numpy arrays, in the order the file stores them."""
    state: dict[str, np.ndarray] = {"shift": parts.shift.astype(np.float64),
                                    "scale": parts.scale.astype(np.float64)}
    for l, (W, b) in enumerate(zip(parts.weights, parts.biases, strict=True), start=1):
        state[f"layer{l}.weight"] = np.asarray(W)
        state[f"layer{l}.bias"] = np.asarray(b)
    return state


def safetensors_bytes(arrays: dict[str, np.ndarray], metadata: dict[str, str]) -> bytes:
    """``arrays`` in the safetensors layout (float32/float64 only), with string ``metadata``."""
    header: dict[str, Any] = {"__metadata__": dict(metadata)}
    blobs, offset = [], 0
    for name, array in arrays.items():
        kind = _SAFETENSORS_DTYPES.get(np.asarray(array).dtype.name)
        if kind is None:
            raise ValueError(translate(
                "Export", "{name} is {dtype}; only float32, float64 and int64 are written").format(
                    name=name, dtype=np.asarray(array).dtype))
        blob = np.ascontiguousarray(array, dtype=np.asarray(array).dtype.newbyteorder("<"))
        data = blob.tobytes()
        header[name] = {"dtype": kind, "shape": list(blob.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the data start on an 8-byte boundary
    return struct.pack("<Q", len(text)) + text + b"".join(blobs)


def torch_module_source(parts: NetworkParts, *, title: str, version: str, module: str,
                        weights_file: str, leaky_slope: float = 0.01,
                        config: Any = None) -> str:
    """The text of the module script for ``parts`` (see the module doc); ``config`` (a
    TrainConfig) adds ``optimizer``."""
    unknown = sorted(set(parts.activations) - set(_ACTIVATIONS))
    if unknown:
        raise ValueError(translate(
            "Export", "no PyTorch form for the activation(s) {names}").format(
                names=', '.join(unknown)))
    if parts.loss not in _LOSSES:
        raise ValueError(translate(
            "Export", "no PyTorch form for the cost {loss}").format(loss=repr(parts.loss)))
    units = [parts.n_inputs, *parts.units]
    layers = "\n".join(
        f"        self.layer{l} = nn.Linear({units[l - 1]}, {units[l]}, dtype=DTYPE)\n"
        f"        self.sigma{l} = {_ACTIVATIONS[activation]}"
        for l, activation in enumerate(parts.activations, start=1))
    features = parts.feature_map()
    inputs, features_constant, features_function = "x", "", ""
    short_inputs = "(x − shift) / scale"
    if features is not None:
        # the torch line of each feature is its one numpy definition, with torch's namesakes
        columns = ", ".join(feature.python().replace("np.", "torch.")
                            for feature in features.features)
        features_constant = f"FEATURES = {list(features.names)!r}\n"
        features_function = ("def input_features(x):\n"
                             '    """The input features FEATURES of raw rows x = (x1, x2)."""\n'
                             "    x1, x2 = x[:, 0], x[:, 1]\n"
                             f"    return torch.stack([{columns}], dim=1)\n\n")
        inputs = "input_features(x)"
        short_inputs = f"the input features {', '.join(features.names)} of x1, x2, normalised"
    inputs_doc = (f"the input features FEATURES ({', '.join(features.names)}) are computed\n"
                  f"from the raw x1, x2, then normalised as (x − shift) / scale "
                  f"({parts.normalisation})." if features is not None else
                  f"they are normalised as (x − shift) / scale ({parts.normalisation}).")
    encode_function = ""
    if parts.encoding is not None:
        from engine.export.encoding_code import ENCODE_FUNCTION

        # here, a float64 tensor: a list of floats made ``torch.tensor(encode(rows))``
        # float32, 4e-8 from the program's outputs (tester)
        encode_function = ENCODE_FUNCTION.replace(
            "def encode(rows):", "def _encoded_lists(rows):", 1) + TENSOR_ENCODE
        inputs_doc = (f"FEATURE_NAMES, {parts.encoded_inputs} numbers: each text column of "
                      "RAW_COLUMNS one-hot,\none per category of ENCODING (encode(rows) makes "
                      "them from rows of raw values;\npredict(rows) and predict_class(rows) "
                      "take raw rows); " + inputs_doc)
    optimizer, optimizer_doc = _optimizer(config)
    from engine.export.encoding_code import TABLE_FUNCTION, encoding_constants

    raw_width = 2 if features is not None else parts.encoded_inputs
    target = parts.target
    return _TEMPLATE.format(
        target_doc="" if target is None else (
            f"\nThe output is TARGET_NAME ({target.name!r})." if not target.divided else
            f"\nThe network learnt TARGET_NAME ({target.name!r}) divided by TARGET_DIVISOR "
            f"({target.divisor:g}): its\noutputs are {target.divided_name()}; times "
            f"TARGET_DIVISOR they are {target.name} itself (predict_target(X) gives them)."),
        target_name=None if target is None else target.name,
        target_divisor=1.0 if target is None else float(target.divisor),
        encode_function=encode_function, table_function=TABLE_FUNCTION,
        encoding_constants=encoding_constants(parts.encoding, parts.feature_names, raw_width),
        model_input="raw features" if parts.encoding is None else "the encoded features",
        title=title, version=version, module=module, weights_file=weights_file,
        n_inputs=parts.encoded_inputs, n_outputs=parts.units[-1], inputs_doc=inputs_doc,
        dtype=parts.dtype, **_class_lines(parts),
        loss=parts.loss,
        optimizer_doc=optimizer_doc, units=units, activations=list(parts.activations),
        leaky_slope=float(leaky_slope), normalisation=parts.normalisation,
        class_names=_names(parts.class_names), feature_names=_names(parts.feature_names),
        features_constant=features_constant, architecture=f"The {parts.architecture()}",
        short_inputs=short_inputs, layers=layers, inputs=inputs,
        features_function=features_function, loss_doc=_LOSS_DOCS[parts.loss],
        loss_expression=_LOSSES[parts.loss], optimizer=optimizer, **_order(config),
    )


def _order(config: Any) -> dict[str, Any]:
    """The template's SEED, SHUFFLE and BATCH_SIZE: how the program visits the training
    rows (``engine.batching``): batch mode all rows in order, the perceptron rule and
    stochastic mode one at a time, mini-batches of ``batch_size``."""
    if config is None:
        return {"seed": 0, "shuffle": False, "batch_size": None}
    batch = {"batch": None, "stochastic": 1, "perceptron": 1}.get(config.mode,
                                                                    int(config.batch_size))
    return {"seed": int(config.seed), "shuffle": bool(config.shuffle and config.mode != "batch"),
            "batch_size": batch}


def _class_lines(parts) -> dict[str, str]:
    """The docstring's lines about classes, only when the export knows them."""
    if parts.class_names is None:
        return {"class_import": "", "class_line": "",
                "classes_doc": "CLASS_NAMES is None:\nno classes are known (a regression's "
                               "outputs are its values)."}
    return {"class_import": "predict_class, CLASS_NAMES, ",
            "class_line": "    names = predict_class(rows)   # the winning class's name of "
                          "each row\n",
            "classes_doc": "CLASS_NAMES what the\noutputs stand for:\n"
                           + output_doc(parts.units[-1], parts.activations[-1]) + "."}


_LOSS_DOCS = {
    "mse": "the mean over the rows of ½‖y − aᴸ‖²",
    "bce": "the mean over the rows of −Σⱼ[yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]",
    "cce": "the mean over the rows of −Σⱼ yⱼ ln aⱼ; ``target`` is one-hot, (N, k) like "
           "``output`` (for class indices c: torch.nn.functional.one_hot(c, k).double())",
}


def _names(names: Sequence[str] | None) -> list[str] | None:
    return None if names is None else list(names)


_PERCEPTRON_STEP = '''optimizer = None  # the perceptron rule is no gradient step


@torch.no_grad()
def perceptron_step(x, y, eta={lr!r}):
    """The perceptron rule on one row of raw features ``x`` with its 0/1 target ``y``, as the
    project trained: a = H(W a⁰ + b) and, where it is wrong, W ← W + η(y − a)(a⁰)ᵀ and
    b ← b + η(y − a), in place; returns y − a."""
    x = torch.as_tensor(x, dtype=torch.float64).reshape(1, -1)
    a0 = model.inputs(x)
    error = torch.as_tensor(y, dtype=a0.dtype).reshape(1, -1) - model(x)
    model.layer1.weight += eta * error.T @ a0
    model.layer1.bias += eta * error[0]
    return error[0]
'''

_PERCEPTRON_DOC = (
    "\n``optimizer`` is None: the project trains by the perceptron rule, which is no "
    "gradient step\n(the step's gradient is 0, so ``loss_fn(...).backward()`` gives "
    "zeros); ``perceptron_step(x, y)``\napplies the rule to one row, as the "
    "program does, row by row in the order below.\n")


def _optimizer(config: Any) -> tuple[str, str]:
    """(the line that makes ``optimizer``, its paragraph in the doc) for a TrainConfig."""
    if config is None:
        return "", ""
    lr, decay = float(config.learning_rate), float(config.weight_decay)
    if config.mode == "perceptron":
        return _PERCEPTRON_STEP.format(lr=lr), _PERCEPTRON_DOC
    kind = config.optimizer
    if kind == "sgd":
        call = f"torch.optim.SGD(model.parameters(), lr={lr!r}, weight_decay={decay!r})"
    elif kind in ("momentum", "nesterov"):
        call = (f"torch.optim.SGD(model.parameters(), lr={lr!r}, "
                f"momentum={float(config.momentum)!r}, nesterov={kind == 'nesterov'}, "
                f"weight_decay={decay!r})")
    elif kind == "rmsprop":
        call = (f"torch.optim.RMSprop(model.parameters(), lr={lr!r}, "
                f"alpha={float(config.rmsprop_alpha)!r}, eps={float(config.eps)!r}, "
                f"weight_decay={decay!r})")
    elif kind == "adam":
        call = (f"torch.optim.Adam(model.parameters(), lr={lr!r}, "
                f"betas=({float(config.adam_beta1)!r}, {float(config.adam_beta2)!r}), "
                f"eps={float(config.eps)!r}, weight_decay={decay!r})")
    else:
        return "", ""
    batch = "all rows" if config.mode == "batch" else (
        "one row" if config.mode == "stochastic" else f"{config.batch_size} rows")
    notes = [f"the project trained in {config.mode} mode ({batch} per update)"]
    if config.l1:
        notes.append(f"its L1 penalty ({config.l1:g}) is not part of torch.optim: add "
                     "l1 * Σ|w| of the weights to the loss")
    if config.schedule != "constant":
        notes.append(f"its {config.schedule} learning-rate schedule is not included")
    doc = ("\n``optimizer`` is the project's {kind} optimizer with its settings, fresh (no\n"
           "moments yet), over model.parameters():\n" + ";\n".join(notes) + ".\n").replace(
               "{kind}", kind)
    return f"optimizer = {call}\n", doc
