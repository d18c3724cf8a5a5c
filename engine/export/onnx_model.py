"""A trained network as an ONNX graph, built node by node with the ``onnx`` package's helpers.

The graph takes *raw* features: the input normalisation ``(x − shift) / scale`` is folded
in as its first two nodes (Sub, Div), so a user of onnxruntime, or of any other runtime,
does not need to know the statistics. Each layer is one ``Gemm`` with ``transB=1``, because
Gemm computes A·Bᵀ + C and our Wˡ already has the notes' shape (Nₗ, Nₗ₋₁): the matrix goes
in as it is, with no transposing copy. Everything is float32, the type runtimes expect.
With input features (x₁², sin x₁, … of the raw x₁, x₂) the graph takes the raw x₁, x₂ and
computes the features first (Split, one node per feature from its one definition in
``engine.datasets.features``, Concat), then normalises them. With the text columns of a
table (an ``Encoding``), the graph takes the raw columns: the numeric ones as ``x``
(float32), the text ones as ``x_text`` (strings), each in the table's order; every text
column goes through ai.onnx.ml's OneHotEncoder with its categories (an unknown category is
an error, as in the ``.py`` predictor), and the pieces are put back in the table's order.

``onnx`` is imported inside the functions: it is slow to import and only exports need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from engine.text import translate

OPSET = 17
IR_VERSION = 8  # the oldest IR that carries opset 17, so older runtimes load the file too
INPUT_NAME = "x"
TEXT_INPUT_NAME = "x_text"
OUTPUT_NAME = "y"
ML_OPSET = 1  # ai.onnx.ml: OneHotEncoder
LEAKY_RELU_SLOPE = 0.01


def build_onnx_model(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
                     activations: Sequence[str], *, shift: np.ndarray | None = None,
                     scale: np.ndarray | None = None, leaky_slope: float = LEAKY_RELU_SLOPE,
                     doc: str = "", metadata: dict[str, str] | None = None,
                     features: Any = None, encoding: Any = None) -> Any:
    """The checked ``onnx.ModelProto`` computing ``predict`` of the layers given.

    ``weights[l-1]`` is Wˡ of shape (Nₗ, Nₗ₋₁), ``activations[l-1]`` the name of σ in layer
    l; ``shift``/``scale`` (one number per input) are the normalisation, or None for raw
    inputs. ``features`` (a FeatureMap) makes the graph take the raw x₁, x₂ and compute
    the features inside; ``encoding`` (an Encoding with text columns) makes it take the
    raw columns as ``x`` and ``x_text`` and one-hot encode the text inside. Raises
    ValueError for an activation ONNX cannot express here.
    """
    import onnx
    from onnx import TensorProto, helper

    n_inputs = int(weights[0].shape[1])
    nodes: list[Any] = []
    initializers: list[Any] = []
    current = INPUT_NAME
    inputs = [helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["N", n_inputs])]
    if encoding is not None:
        current, inputs = _encoding_nodes(encoding, nodes, initializers)
    if features is not None:
        current = _feature_nodes(current, features, nodes)
        if encoding is None:
            inputs = [helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["N", 2])]
    if shift is not None and scale is not None:
        current = _normalisation_nodes(current, shift, scale, nodes, initializers)
    for l, (W, b, activation) in enumerate(zip(weights, biases, activations, strict=True),
                                           start=1):
        z = f"z{l}"
        initializers += [_tensor(f"W{l}", W), _tensor(f"b{l}", b)]
        nodes.append(helper.make_node("Gemm", [current, f"W{l}", f"b{l}"], [z], name=f"layer{l}",
                                      transB=1))
        current = f"a{l}" if l < len(weights) else OUTPUT_NAME
        nodes += _activation_nodes(activation, z, current, l, leaky_slope, initializers)
    n_outputs = int(weights[-1].shape[0])
    graph = helper.make_graph(
        nodes, "backprop_studio_network", inputs,
        [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["N", n_outputs])],
        initializer=initializers,
    )
    opsets = [helper.make_opsetid("", OPSET)]
    if encoding is not None:
        opsets.append(helper.make_opsetid("ai.onnx.ml", ML_OPSET))
    model = helper.make_model(graph, producer_name="Backprop Studio", opset_imports=opsets,
                              doc_string=doc)
    model.ir_version = IR_VERSION
    helper.set_model_props(model, dict(metadata or {}))
    onnx.checker.check_model(model, full_check=True)
    return model


def input_doc(parts: Any) -> str:
    """The inputs of the ONNX model of ``parts`` in words: names, types, shapes, columns."""
    encoding = parts.encoding
    if encoding is None:
        return (f"{INPUT_NAME}: float32 (N, {parts.raw_inputs}), raw features"
                + ("" if parts.feature_names is None
                   else f" ({', '.join(parts.feature_names)})"))
    numeric = [encoding.columns[i].name for i in encoding.numeric_columns]
    text = [encoding.columns[i].name for i in encoding.text_columns]
    described = []
    if numeric:
        described.append(f"{INPUT_NAME}: float32 (N, {len(numeric)}), the numeric raw columns "
                         f"({', '.join(numeric)})")
    described.append(f"{TEXT_INPUT_NAME}: string (N, {len(text)}), the text raw columns "
                     f"({', '.join(text)}), each value one of its categories, one-hot encoded "
                     "inside")
    return "; ".join(described)


def _encoding_nodes(encoding: Any, nodes: list[Any], initializers: list[Any]):
    """The encoded features (N, d) of the raw ``x`` and ``x_text``: runs of numeric columns
    gathered, text columns one-hot, concatenated in the table's order; and the inputs."""
    from onnx import TensorProto, helper, numpy_helper

    numeric, text = encoding.numeric_columns, encoding.text_columns
    pieces: list[str] = []
    run: list[int] = []

    def close_run() -> None:
        if run:
            k = len(pieces)
            initializers.append(numpy_helper.from_array(
                np.array([numeric.index(i) for i in run], dtype=np.int64), f"columns{k}"))
            nodes.append(helper.make_node("Gather", [INPUT_NAME, f"columns{k}"],
                                          [f"piece{k}"], name=f"numeric{k}", axis=1))
            pieces.append(f"piece{k}")
            run.clear()

    for i, column in enumerate(encoding.columns):
        if not column.is_text:
            run.append(i)
            continue
        close_run()
        k = len(pieces)
        initializers.append(numpy_helper.from_array(np.array(text.index(i), dtype=np.int64),
                                                    f"column{k}"))
        nodes += [helper.make_node("Gather", [TEXT_INPUT_NAME, f"column{k}"], [f"text{k}"],
                                   name=f"text{k}", axis=1),
                  helper.make_node("OneHotEncoder", [f"text{k}"], [f"piece{k}"],
                                   name=f"one_hot{k}", domain="ai.onnx.ml",
                                   cats_strings=list(column.categories), zeros=0)]
        pieces.append(f"piece{k}")
    close_run()
    nodes.append(helper.make_node("Concat", pieces, ["encoded"], name="encoded", axis=1))
    inputs = []
    if numeric:
        inputs.append(helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT,
                                                    ["N", len(numeric)]))
    inputs.append(helper.make_tensor_value_info(TEXT_INPUT_NAME, TensorProto.STRING,
                                                ["N", len(text)]))
    return "encoded", inputs


def _feature_nodes(name: str, features: Any, nodes: list[Any]) -> str:
    """The input features of the raw (N, 2) input, as one (N, k) tensor."""
    from onnx import helper

    from engine.datasets.features import ONNX_OPS

    raw = ["raw_x1", "raw_x2"]
    nodes.append(helper.make_node("Split", [name], raw, name="raw_columns", axis=1))
    columns = []
    for k, feature in enumerate(features.features, start=1):
        out = f"feature{k}"
        nodes.append(helper.make_node(ONNX_OPS[feature.op], [raw[c] for c in feature.columns],
                                      [out], name=f"feature{k}_{feature.op}"))
        columns.append(out)
    nodes.append(helper.make_node("Concat", columns, ["features"], name="features", axis=1))
    return "features"


def _normalisation_nodes(name: str, shift: np.ndarray, scale: np.ndarray, nodes: list[Any],
                         initializers: list[Any]) -> str:
    from onnx import helper

    initializers += [_tensor("norm_shift", shift), _tensor("norm_scale", scale)]
    nodes += [helper.make_node("Sub", [name, "norm_shift"], ["x_centred"], name="normalise_shift"),
              helper.make_node("Div", ["x_centred", "norm_scale"], ["a0"], name="normalise_scale")]
    return "a0"


def _activation_nodes(activation: str, z: str, out: str, l: int, leaky_slope: float,
                      initializers: list[Any]) -> list[Any]:
    """σ of layer l as ONNX nodes from ``z`` to ``out``."""
    from onnx import TensorProto, helper

    simple = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "linear": "Identity"}
    name = f"{activation}{l}"
    if activation in simple:
        return [helper.make_node(simple[activation], [z], [out], name=name)]
    if activation == "leaky_relu":
        return [helper.make_node("LeakyRelu", [z], [out], name=name, alpha=float(leaky_slope))]
    if activation == "softmax":
        return [helper.make_node("Softmax", [z], [out], name=name, axis=-1)]
    if activation == "step":
        # The notes' step is 1 where z ≥ 0 and 0 elsewhere: a comparison, cast to a number.
        initializers.append(_tensor(f"zero{l}", np.zeros((), dtype=np.float32)))
        return [helper.make_node("GreaterOrEqual", [z, f"zero{l}"], [f"fires{l}"], name=name),
                helper.make_node("Cast", [f"fires{l}"], [out], name=f"{name}_cast",
                                 to=TensorProto.FLOAT)]
    raise ValueError(translate(
        "Export", "the activation {activation} has no ONNX form in this program").format(
            activation=repr(activation)))


def _tensor(name: str, array: np.ndarray) -> Any:
    from onnx import numpy_helper

    return numpy_helper.from_array(np.asarray(array, dtype=np.float32), name=name)
