"""Exports of a trained network, and weights imported back from the program's own files.

    export_network(net, path, "npz" | "json" | "csv" | "onnx" | "py" | "torch", normaliser=None,
                   features=None, *, class_names=None, feature_names=None, config=None)
    export_npz / export_json / export_csv / export_onnx / export_python / export_torch(
        net, path, normaliser, features, *, class_names=None, feature_names=None)
    data_names(project) -> (class_names, feature_names)   (None, None) when the data are gone
    import_weights(path, spec=None) -> NetworkParts   (.npz or .json; .network() builds a Network)

Every writer is atomic (a failure leaves no partial file) and raises ProjectError naming
the file; the onnx package is imported only when an ONNX file is written, and torch never
(the torch export is text and a safetensors file written with numpy).
"""

from engine.export.exporters import (
    FORMATS,
    export_csv,
    export_json,
    export_network,
    export_npz,
    export_onnx,
    export_python,
    export_torch,
    torch_weights_path,
)
from engine.export.importing import import_weights
from engine.export.names import data_names
from engine.export.parts import NetworkParts, parts_of

__all__ = [
    "FORMATS",
    "NetworkParts",
    "data_names",
    "export_csv",
    "export_json",
    "export_network",
    "export_npz",
    "export_onnx",
    "export_python",
    "export_torch",
    "import_weights",
    "parts_of",
    "torch_weights_path",
]
