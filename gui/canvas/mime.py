"""What a drag onto the canvas carries: a new neuron or a new layer from the palette, or a
neuron of the canvas being moved. Each has its own MIME type, so the canvas knows what it is
offered before the drop, and nothing else (a text field, say) takes these drags by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData

NEURON_MIME = "application/x-backprop-studio-neuron"
LAYER_MIME = "application/x-backprop-studio-layer"
MOVE_MIME = "application/x-backprop-studio-moved-neuron"
#: How many neurons a Layer dragged from the palette brings.
NEW_LAYER_UNITS = 3


@dataclass(frozen=True)
class Payload:
    """``kind`` is "neuron" (new), "layer" (new, of ``units``) or "move" (neuron ``index`` of
    layer ``layer``)."""

    kind: str
    layer: int = 0
    index: int = 0
    units: int = 0


def new_neuron_data() -> QMimeData:
    data = QMimeData()
    data.setData(NEURON_MIME, QByteArray(b"1"))
    return data


def new_layer_data(units: int = NEW_LAYER_UNITS) -> QMimeData:
    data = QMimeData()
    data.setData(LAYER_MIME, QByteArray(str(units).encode()))
    return data


def moved_neuron_data(layer: int, index: int) -> QMimeData:
    data = QMimeData()
    data.setData(MOVE_MIME, QByteArray(f"{layer},{index}".encode()))
    return data


def read(data: QMimeData | None) -> Payload | None:
    """The payload of a drag, or None when it is nothing the canvas takes (or is garbled)."""
    if data is None:
        return None
    try:
        if data.hasFormat(MOVE_MIME):
            layer, index = bytes(data.data(MOVE_MIME).data()).decode().split(",")
            return Payload("move", layer=int(layer), index=int(index))
        if data.hasFormat(LAYER_MIME):
            units = int(bytes(data.data(LAYER_MIME).data()).decode())
            return Payload("layer", units=units)
    except (ValueError, UnicodeDecodeError):
        return None
    if data.hasFormat(NEURON_MIME):
        return Payload("neuron")
    return None
