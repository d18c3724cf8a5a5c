"""Data for the networks: built-in sets, the user's files, splitting and normalisation.

::

    from engine import datasets
    ds = datasets.load("spirals", n_samples=500, noise=0.1, seed=0)
    ds = datasets.read_csv("data.csv", target="label", ignore=["id"], drop_missing=True)
    ds.encoding          # how its raw columns became ds.X (text columns one-hot)
    train, validation = ds.split()
    prepared = datasets.prepare(ds, normalisation="standardise")

Every loader validates its input completely and raises ``engine.DataError`` — never another
exception — with a message naming the file and what is wrong. scikit-learn and Pillow are
imported only when a loader needs them, so importing this package is cheap.
"""

from engine.datasets.builtin import BuiltinInfo, info, load, names
from engine.datasets.csv_reader import CsvFile, read_csv
from engine.datasets.dataset import TASKS, Dataset, labels_of, one_hot
from engine.datasets.encoding import MAX_CATEGORIES, Encoding, RawColumn
from engine.datasets.idx import read_idx
from engine.datasets.images import read_image_folder
from engine.datasets.labels import MAX_CLASSES, MAX_INFERRED_CLASSES
from engine.datasets.normalise import METHODS as NORMALISATIONS
from engine.datasets.normalise import Normaliser, fit_normaliser
from engine.datasets.params import ParamSpec
from engine.datasets.prepare import PreparedData, prepare
from engine.datasets.sources import SOURCE_KINDS, from_arrays, from_source
from engine.datasets.split import train_validation_split
from engine.errors import DataError

__all__ = [
    "MAX_CATEGORIES",
    "MAX_CLASSES",
    "MAX_INFERRED_CLASSES",
    "NORMALISATIONS",
    "SOURCE_KINDS",
    "TASKS",
    "BuiltinInfo",
    "CsvFile",
    "DataError",
    "Dataset",
    "Encoding",
    "Normaliser",
    "ParamSpec",
    "PreparedData",
    "RawColumn",
    "fit_normaliser",
    "from_arrays",
    "from_source",
    "info",
    "labels_of",
    "load",
    "names",
    "one_hot",
    "prepare",
    "read_csv",
    "read_idx",
    "read_image_folder",
    "train_validation_split",
]
