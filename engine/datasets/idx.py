"""``read_idx``: MNIST-format IDX image and label files, gzipped or not, read with numpy.

The format is a 4-byte magic number (two zero bytes, a type code, the number of dimensions),
one big-endian 32-bit size per dimension, then the values. Images are 0x00000803 (unsigned
bytes, count × rows × columns), labels 0x00000801 (unsigned bytes, count). Sizes are checked
against the file's length before any array is made, so a damaged header cannot ask for
gigabytes.
"""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

import numpy as np

from engine.datasets.dataset import Dataset, one_hot
from engine.datasets.files import absolute, as_path, read_bytes
from engine.datasets.split import check_split
from engine.errors import DataError
from engine.text import translate

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801
_GZIP_MAGIC = b"\x1f\x8b"
_KINDS = {IMAGES_MAGIC: "images", LABELS_MAGIC: "labels"}


def _contents(path: Path) -> bytes:
    """The file's bytes, decompressed when they start with gzip's magic (whatever the name)."""
    data = read_bytes(path)
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise DataError(translate(
            "Data", "{path}: is a truncated or damaged gzip file ({error})").format(
                path=path, error=error)) from error


def _array(path: Path, magic: int) -> np.ndarray:
    """The values of an IDX file whose magic number must be ``magic``, shaped by its header."""
    data = _contents(path)
    images = magic == IMAGES_MAGIC
    if len(data) < 4:
        raise DataError((translate("Data", "{path}: is too short to be an IDX images file "
                                   "({n} bytes)") if images else
                         translate("Data", "{path}: is too short to be an IDX labels file "
                                   "({n} bytes)")).format(path=path, n=len(data)))
    found = int.from_bytes(data[:4], "big")
    if found != magic:
        template = (translate("Data", "{path}: wrong magic number {found} for IDX images; "
                              "expected {magic}") if images else
                    translate("Data", "{path}: wrong magic number {found} for IDX labels; "
                              "expected {magic}"))
        if found in _KINDS:
            template = (translate("Data", "{path}: wrong magic number {found} for IDX images; "
                                  "expected {magic} (that is an IDX labels file)") if images else
                        translate("Data", "{path}: wrong magic number {found} for IDX labels; "
                                  "expected {magic} (that is an IDX images file)"))
        raise DataError(template.format(path=path, found=f"0x{found:08x}",
                                        magic=f"0x{magic:08x}"))
    n_dims = magic & 0xFF
    header = 4 + 4 * n_dims
    if len(data) < header:
        raise DataError(translate(
            "Data", "{path}: is truncated inside its header ({n} bytes)").format(
                path=path, n=len(data)))
    shape = tuple(int(d) for d in np.frombuffer(data, dtype=">u4", count=n_dims, offset=4))
    expected = header + int(np.prod(shape, dtype=object))
    if len(data) != expected:
        template = (translate("Data", "{path}: is truncated: its header promises {shape} values "
                              "({expected} bytes) but the file holds {n} bytes")
                    if len(data) < expected else
                    translate("Data", "{path}: has extra bytes after its data: its header "
                              "promises {shape} values ({expected} bytes) but the file holds "
                              "{n} bytes"))
        raise DataError(template.format(path=path, shape=" × ".join(map(str, shape)),
                                        expected=expected, n=len(data)))
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(shape)


def read_idx(
    images: str | os.PathLike[str],
    labels: str | os.PathLike[str],
    *,
    validation_share: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """MNIST-style images and labels as a classification Dataset.

    Pixels are scaled from 0..255 to [0, 1] and flattened row by row; ``image_shape`` keeps
    (rows, columns). Classes are the distinct label values, sorted, named by their number.
    """
    check_split(validation_share, seed)
    images_path, labels_path = as_path(images, "images"), as_path(labels, "labels")
    pixels = _array(images_path, IMAGES_MAGIC)
    label_values = _array(labels_path, LABELS_MAGIC)
    n, rows, cols = pixels.shape
    if n != label_values.shape[0]:
        raise DataError(translate(
            "Data", "{images} holds {n} images but {labels} holds {m} labels; they must be the "
            "same count").format(images=images_path, n=n, labels=labels_path,
                                 m=label_values.shape[0]))
    if n == 0 or rows == 0 or cols == 0:
        raise DataError(translate(
            "Data", "{path}: holds no pixels ({n} images of {rows} × {cols})").format(
                path=images_path, n=n, rows=rows, cols=cols))
    classes, codes = np.unique(label_values, return_inverse=True)
    if len(classes) < 2:
        raise DataError(translate(
            "Data", "{path}: every label is {label}; a classifier needs two").format(
                path=labels_path, label=classes[0]))
    return Dataset(
        X=pixels.reshape(n, rows * cols).astype(np.float64) / 255.0,
        Y=one_hot(codes.reshape(-1), len(classes)),
        task="classification",
        class_names=tuple(str(int(c)) for c in classes),
        feature_names=tuple(f"pixel_{r}_{c}" for r in range(rows) for c in range(cols)),
        target_names=("label",),
        image_shape=(rows, cols),
        name=images_path.name,
        source={
            "kind": "idx",
            "images": absolute(images_path),
            "labels": absolute(labels_path),
            "options": {"validation_share": float(validation_share), "seed": int(seed)},
        },
        validation_share=float(validation_share),
        seed=int(seed),
    )
