"""Projects described in the notes' words, for ``info`` and the one-line summaries.

"2-4-1, shallow (1 hidden layer), L = 2 layers, 17 parameters": the input is layer 0, a
net's number of layers is its number of weight matrices L, one hidden layer is shallow and
two or more are deep.
"""

from __future__ import annotations

from typing import Any

LOSS_NAMES = {"mse": "mean squared error ½‖y − aᴸ‖²", "bce": "binary cross-entropy",
              "cce": "categorical cross-entropy"}


def plural(n: int, word: str) -> str:
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word}es" if word.endswith("s") else f"{n} {word}s"


def architecture(spec: Any) -> str:
    """"2-4-1, shallow (1 hidden layer), L = 2 layers, 17 parameters"."""
    hidden = spec.n_layers - 1
    if hidden == 0:
        depth = "no hidden layer"
    elif hidden == 1:
        depth = "shallow (1 hidden layer)"
    else:
        depth = f"deep ({hidden} hidden layers)"
    shape = "-".join(str(n) for n in spec.sizes)
    return (f"{shape}, {depth}, L = {plural(spec.n_layers, 'layer')}, "
            f"{plural(spec.n_parameters, 'parameter')}")


def layer_lines(spec: Any) -> list[str]:
    """One line per layer, input first."""
    lines = [f"layer 0 (input): {plural(spec.n_inputs, 'input')}"]
    for l, layer in enumerate(spec.layers, start=1):
        role = "output" if l == spec.n_layers else "hidden"
        lines.append(f"layer {l} ({role}): {plural(layer.units, 'neuron')}, {layer.activation}")
    lines.append(f"loss: {spec.loss} ({LOSS_NAMES.get(spec.loss, spec.loss)})")
    return lines


def data_source(source: dict[str, Any] | None) -> str:
    """Where the project's data comes from, from its ``Dataset.source`` description."""
    if not source:
        return "none chosen"
    kind = source.get("kind")
    if kind == "builtin":
        params = ", ".join(f"{k}={v}" for k, v in source.get("params", {}).items())
        return f"built-in {source.get('name')!r}" + (f" ({params})" if params else "")
    options = source.get("options", {})
    if kind == "csv":
        target = options.get("target")
        divisor = options.get("divide_target")
        if target and isinstance(divisor, int | float) and divisor != 1:
            from engine.datasets.csv_reader import divided_name

            target = divided_name(str(target), divisor)
        text_encoding = options.get("text_encoding")
        return (f"CSV file {source.get('path')}" + (f", target {target}" if target else "")
                + (f", text encoding {text_encoding}" if text_encoding else ""))
    if kind == "image_folder":
        return f"image folder {source.get('path')}"
    if kind == "idx":
        return f"IDX files {source.get('images')} and {source.get('labels')}"
    if kind == "arrays":
        return f"{plural(len(source.get('X', [])), 'point')} given by hand"
    return str(kind)


def encoding(source: dict[str, Any] | None) -> str | None:
    """How a CSV project's raw columns become the network's inputs, from its data choice
    alone; None when its features are the numbers as they are."""
    from engine.datasets.encoding import encoding_of

    options = (source or {}).get("options", {})
    found = encoding_of(source) if isinstance(options, dict) else None
    parts = []
    if found is not None and found.has_text:
        parts.append("text one-hot: " + "; ".join(
            f"{c.name} → {', '.join(c.feature_names)}" for c in found.columns if c.is_text))
    if isinstance(options, dict) and options.get("ignore"):
        parts.append("ignored: " + ", ".join(map(str, options["ignore"])))
    if isinstance(options, dict) and options.get("drop_missing"):
        parts.append("rows with a missing value dropped")
    return "; ".join(parts) or None


def dataset(ds: Any) -> str:
    """"spirals: 500 samples × 2 features, 2 classes"."""
    what = (plural(ds.n_classes, "class") if ds.task == "classification"
            else f"regression, {plural(ds.n_outputs, 'target')}")
    size = f"{plural(ds.n_samples, 'sample')} × {plural(ds.n_features, 'feature')}"
    text = f"{ds.name or 'data'}: {size}, {what}"
    encoding = getattr(ds, "encoding", None)
    if encoding is not None and encoding.has_text:
        text += "; one-hot " + ", ".join(
            f"{c.name} ({plural(c.width, 'feature')})" for c in encoding.columns if c.is_text)
    if getattr(ds, "dropped_rows", 0):
        text += f"; {plural(ds.dropped_rows, 'row')} with a missing value dropped"
    return text


def training(config: Any) -> str:
    """"minibatch (batch 32), adam, learning rate 0.01, 100 epochs, seed 0"."""
    mode = f"minibatch (batch {config.batch_size})" if config.mode == "minibatch" else config.mode
    parts = [mode, config.optimizer, f"learning rate {config.learning_rate:g}",
             plural(config.epochs, "epoch"), f"seed {config.seed}"]
    if config.weight_decay:
        parts.append(f"weight decay {config.weight_decay:g}")
    if config.l1:
        parts.append(f"L1 {config.l1:g}")
    if config.patience is not None:
        parts.append(f"early stopping after {plural(config.patience, 'epoch')} without progress")
    if config.schedule != "constant":
        parts.append(f"{config.schedule} schedule")
    return ", ".join(parts)


def history(history: Any) -> str:
    """The last epoch's losses and metrics, or that there is none yet."""
    if len(history) == 0:
        return "not trained yet"
    runs = len(history.run_ids())
    earlier = f" (the latest of {runs} runs)" if runs > 1 else ""
    parts = [f"{plural(history.epoch[-1], 'epoch')} trained{earlier}; last loss "
             f"{history.train_loss[-1]:.6g}"]
    if history.val_loss[-1] is not None:
        parts[0] += f" (validation {history.val_loss[-1]:.6g})"
    for name, values in history.metrics.items():
        if values and values[-1] is not None:
            parts.append(f"{name.replace('_', ' ')} {values[-1]:.4g}")
    if history.stop_reason:
        parts.append(f"stopped by {history.stop_reason.replace('_', ' ')}")
    return "; ".join(parts)
