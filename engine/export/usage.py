"""How to use an export, in one paragraph: the input's name, type and shape, the output's.

The window shows it when an export is written (File ▸ Export Weights), so a user knows what
the file takes before opening it elsewhere; the README's Exports table says the same at
length. Built from the export's own ``NetworkParts``, so it names exactly what was written.
"""

from __future__ import annotations

from engine.export.parts import NetworkParts
from engine.text import translate


def outputs_note(parts: NetworkParts) -> str:
    """The outputs in order: the classes (one output: the second class's probability)."""
    k = parts.units[-1]
    if parts.class_names is None:
        if k == 1:
            return translate("Export", "1 output aᴸ")
        return translate("Export", "{k} outputs aᴸ").format(k=k)
    if k == 1:
        if parts.activations[-1] == "step":
            return translate("Export", "1 step output, 1 for {second} and 0 for {first}").format(
                second=parts.class_names[1], first=parts.class_names[0])
        return translate("Export", "1 output, the probability of {second} ({first} below "
                         "0.5)").format(second=parts.class_names[1], first=parts.class_names[0])
    return translate("Export", "{k} outputs, one per class in the order {names}; the largest "
                     "wins").format(k=k, names=_listed(parts.class_names))


#: a note names this many columns or classes, then "…" (784 pixel names made the ONNX
#: export's message taller than the screen, tester)
NAMES_LISTED = 10


def _listed(names) -> str:
    names = list(names)
    return ", ".join(names[:NAMES_LISTED]) + (", …" if len(names) > NAMES_LISTED else "")


def _raw(parts: NetworkParts) -> str:
    if parts.encoding is not None:
        return translate("Export", "rows of {n} raw values ({names}; text as text)").format(
            n=len(parts.encoding.columns), names=_listed(parts.encoding.raw_names))
    names = "" if parts.feature_names is None or parts.features is not None else (
        " (" + _listed(parts.feature_names) + ")")
    return translate("Export", "(N, {n}) raw features{names}").format(n=parts.raw_inputs,
                                                                      names=names)


def onnx_inputs_note(parts: NetworkParts) -> str:
    """The ONNX model's inputs in the reader's words (``onnx_model.input_doc`` says the same in
    English inside the file, where it is metadata, not a message)."""
    from engine.export.onnx_model import INPUT_NAME, TEXT_INPUT_NAME

    encoding = parts.encoding
    if encoding is None:
        if parts.feature_names is None:
            return translate("Export", "{x}: float32 (N, {n}), raw features").format(
                x=INPUT_NAME, n=parts.raw_inputs)
        return translate("Export", "{x}: float32 (N, {n}), raw features ({names})").format(
            x=INPUT_NAME, n=parts.raw_inputs, names=_listed(parts.feature_names))
    numeric = [encoding.columns[i].name for i in encoding.numeric_columns]
    text = [encoding.columns[i].name for i in encoding.text_columns]
    described = []
    if numeric:
        described.append(translate(
            "Export", "{x}: float32 (N, {n}), the numeric raw columns ({names})").format(
                x=INPUT_NAME, n=len(numeric), names=_listed(numeric)))
    described.append(translate(
        "Export", "{x}: string (N, {n}), the text raw columns ({names}), each value one of its "
        "categories, one-hot encoded inside").format(
            x=TEXT_INPUT_NAME, n=len(text), names=_listed(text)))
    return translate("Export", "; ").join(described)


def untrained_note(history) -> str:
    """A warning for weights no epoch has trained ("" once one has): exported straight after
    ``new`` or a fit, a model said nothing of being random (tester); nor after Reset Weights,
    which begins a new run with no epochs while the earlier runs stay in the history."""
    if not len(history):
        return translate("Export", "No epoch has been trained: these are the network's starting "
                         "weights (or ones typed in), not a trained model.")
    if history.last_epoch() == 0:
        return translate("Export", "No epoch has been trained since the weights were reset or "
                         "the network or its data changed: these weights are not a trained "
                         "model.")
    return ""


def usage_note(fmt: str, parts: NetworkParts) -> str:
    """What the file of format ``fmt`` takes and gives, in one paragraph; for a target read
    divided (``parts.target``), what its outputs are in and how to get the target's own."""
    note = _takes_and_gives(fmt, parts)
    return note if parts.target is None else f"{note} {_target_note(parts.target, fmt)}"


def _takes_and_gives(fmt: str, parts: NetworkParts) -> str:
    from engine.export.onnx_model import OUTPUT_NAME

    outputs = outputs_note(parts)
    if fmt == "onnx":
        return translate("Export", "ONNX inputs: {inputs}. Output {y}: float32 (N, {k}), "
                         "{outputs}.").format(inputs=onnx_inputs_note(parts), y=OUTPUT_NAME,
                                              k=parts.units[-1], outputs=outputs)
    if fmt == "py":
        if parts.class_names is None:
            return translate("Export", "predict(X) takes {raw} and returns {dtype} (N, {k}): "
                             "{outputs}.").format(raw=_raw(parts), dtype=parts.dtype,
                                                  k=parts.units[-1], outputs=outputs)
        return translate("Export", "predict(X) takes {raw} and returns {dtype} (N, {k}): "
                         "{outputs}; predict_class(X) the class names.").format(
                             raw=_raw(parts), dtype=parts.dtype, k=parts.units[-1],
                             outputs=outputs)
    if fmt == "torch":
        takes = translate("Export", "a float64 tensor (N, {d}) of the encoded features "
                          "(encode(rows) makes it; predict(rows) takes {raw})").format(
                              d=parts.encoded_inputs, raw=_raw(parts)) \
            if parts.encoding is not None else translate(
                "Export", "a float64 tensor {raw}").format(raw=_raw(parts))
        return translate("Export", "model(x) takes {takes} and returns {outputs}. To go on "
                         "training on the program's trajectory: the rows TRAINING_ROWS in the "
                         "order epoch_order(k), BATCH_SIZE rows per update (the file's "
                         "docstring has the loop).").format(takes=takes, outputs=outputs)
    return translate("Export", "W1, b1, … (Wˡ of shape (Nₗ, Nₗ₋₁)) with the normalisation; "
                     "the network takes {n} features; {outputs}.").format(
                         n=parts.n_inputs, outputs=outputs)


def _target_note(target, fmt: str) -> str:
    """That the outputs are ``target``'s divided name (a ``TargetScale``), and how to get
    the target's own units (the ``.py`` predictor, ``fmt`` "py", gives them itself)."""
    from engine.datasets.csv_reader import divisor_text

    if not target.divided:
        return translate("Export", "The output is {target}.").format(target=target.name)
    if fmt == "py":
        return translate("Export", "The outputs are {divided}; predict_target(X) and the "
                         "script's command line give {target} itself.").format(
                             divided=target.divided_name(), target=target.name)
    return translate("Export", "The outputs are {divided}: multiply them by {divisor} for "
                     "{target} itself.").format(divided=target.divided_name(),
                                                divisor=divisor_text(target.divisor),
                                                target=target.name)
