"""Exports of a trained network, and weights imported back from the program's own files.

    export_network(net, path, "npz" | "json" | "csv" | "onnx" | "py", normaliser=None,
                   features=None)
    export_npz / export_json / export_csv / export_onnx / export_python(net, path, normaliser,
                                                                        features)
    import_weights(path, spec=None) -> NetworkParts   (.npz or .json; .network() builds a Network)

Every writer is atomic (a failure leaves no partial file) and raises ProjectError naming
the file; the onnx package is imported only when an ONNX file is written.
"""

from engine.export.exporters import (
    FORMATS,
    export_csv,
    export_json,
    export_network,
    export_npz,
    export_onnx,
    export_python,
)
from engine.export.importing import import_weights
from engine.export.parts import NetworkParts, parts_of

__all__ = [
    "FORMATS",
    "NetworkParts",
    "export_csv",
    "export_json",
    "export_network",
    "export_npz",
    "export_onnx",
    "export_python",
    "import_weights",
    "parts_of",
]
