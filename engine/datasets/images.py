"""``read_image_folder``: one sub-folder per class, each image made a small grey square.

Pillow is imported inside the loader, not at module import, so the GUI starts without it.
Every file with an image extension must open; one that does not stops the load with a
DataError naming it, because silently skipping images would change the class balance.
Files with other extensions (thumbnails databases, notes) and hidden entries are ignored.
"""

from __future__ import annotations

import numbers
import os
import warnings
from pathlib import Path

import numpy as np

from engine.datasets.dataset import Dataset, one_hot
from engine.datasets.files import absolute, as_path
from engine.datasets.split import check_split
from engine.errors import DataError
from engine.text import translate

IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif"})
MIN_SIZE, MAX_SIZE = 8, 28


def _class_folders(root: Path) -> list[Path]:
    try:
        if not root.is_dir():
            raise DataError(translate(
                "Data", "{path}: is not a folder; choose a folder with one sub-folder per class"
            ).format(path=root))
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError as error:
        raise DataError(_unreadable(root, error)) from error
    if len(folders) < 2:
        raise DataError((translate(
            "Data", "{path}: has {n} class folder; put the images of each class in its own "
            "sub-folder (at least two classes)") if len(folders) == 1 else translate(
            "Data", "{path}: has {n} class folders; put the images of each class in its own "
            "sub-folder (at least two classes)")).format(path=root, n=len(folders)))
    return folders


def _image_files(folder: Path) -> list[Path]:
    try:
        files = sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() in IMAGE_EXTENSIONS and not p.name.startswith(".") and p.is_file()
        )
    except OSError as error:
        raise DataError(_unreadable(folder, error)) from error
    if not files:
        raise DataError(translate(
            "Data", "{path}: class folder holds no images ({extensions})").format(
                path=folder, extensions=", ".join(sorted(IMAGE_EXTENSIONS))))
    return files


def _pixels(path: Path, size: int) -> np.ndarray:
    """One image as grey values in [0, 1], resized (stretched) to size × size."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # Pillow's other warnings are about conversion details of valid files, not for the
            # user; an enormous image (a decompression bomb) is refused, not decoded.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                grey = image.convert("L").resize((size, size), Image.Resampling.LANCZOS)
                return np.asarray(grey, dtype=np.float64) / 255.0
    # Pillow's format plugins raise many kinds of exception on damaged files (OSError,
    # SyntaxError, ValueError, struct.error, EOFError, DecompressionBombError, ...): whatever
    # the cause, the user's answer is the same, so all of them become one DataError.
    except Exception as error:
        raise DataError(translate("Data", "{path}: cannot be read as an image ({error})").format(
            path=path, error=error)) from error


def _unreadable(path, error: OSError) -> str:
    return translate("Data", "{path}: cannot be read ({reason})").format(
        path=path, reason=error.strerror or error)


def read_image_folder(
    path: str | os.PathLike[str],
    size: int = 16,
    *,
    validation_share: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """Images sorted into class sub-folders as a classification Dataset.

    Each PNG, JPEG, BMP or GIF is converted to grey, resized to a ``size`` × ``size`` square
    (8 to 28 pixels; aspect ratio is not kept) and scaled to [0, 1]; the folder names are the
    class names. ``image_shape`` is (size, size) so views can draw samples as pictures.
    """
    if (
        not isinstance(size, numbers.Integral)
        or isinstance(size, bool)
        or not MIN_SIZE <= size <= MAX_SIZE
    ):
        raise DataError(translate(
            "Data", "image size must be a whole number from {low} to {high}, not {size}").format(
                low=MIN_SIZE, high=MAX_SIZE, size=repr(size)))
    check_split(validation_share, seed)
    root = as_path(path)
    folders = _class_folders(root)
    images, codes = [], []
    for code, folder in enumerate(folders):
        for file in _image_files(folder):
            images.append(_pixels(file, int(size)).reshape(-1))
            codes.append(code)
    return Dataset(
        X=np.stack(images),
        Y=one_hot(np.asarray(codes), len(folders)),
        task="classification",
        class_names=tuple(folder.name for folder in folders),
        feature_names=tuple(f"pixel_{r}_{c}" for r in range(size) for c in range(size)),
        target_names=("class",),
        image_shape=(int(size), int(size)),
        name=root.name,
        source={
            "kind": "image_folder",
            "path": absolute(root),
            "options": {
                "size": int(size),
                "validation_share": float(validation_share),
                "seed": int(seed),
            },
        },
        validation_share=float(validation_share),
        seed=int(seed),
    )
