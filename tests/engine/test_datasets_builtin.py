"""Every built-in data set: documented shape, label range, determinism by seed, bad parameters."""

import numpy as np
import pytest

from engine import DataError, datasets

# name -> (n_samples with default parameters, n_features, n_outputs, task)
EXPECTED = {
    "and": (4, 2, 1, "classification"),
    "or": (4, 2, 1, "classification"),
    "nand": (4, 2, 1, "classification"),
    "xor": (4, 2, 1, "classification"),
    "xor_noisy": (200, 2, 1, "classification"),
    "circles": (200, 2, 1, "classification"),
    "moons": (200, 2, 1, "classification"),
    "spirals": (400, 2, 1, "classification"),
    "clusters": (300, 2, 3, "classification"),
    "checkerboard": (400, 2, 1, "classification"),
    "plane": (200, 2, 1, "regression"),
    "gaussian_bump": (300, 2, 1, "regression"),
    "sine": (100, 1, 1, "regression"),
    "digits": (1797, 64, 10, "classification"),
    "iris": (150, 4, 3, "classification"),
}
RANDOM = [name for name in EXPECTED if "seed" in {p.name for p in datasets.info(name).params}]
GENERATED = [name for name in RANDOM if name not in ("digits", "iris")]


def test_names_lists_every_built_in():
    assert datasets.names() == list(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_shape_task_and_dtypes(name):
    ds = datasets.load(name)
    n, d, k, task = EXPECTED[name]
    assert ds.X.shape == (n, d) and ds.Y.shape == (n, k)
    assert ds.X.dtype == np.float64 and ds.Y.dtype == np.float64
    assert ds.task == task == datasets.info(name).task
    assert len(ds.feature_names) == d
    assert np.all(np.isfinite(ds.X)) and np.all(np.isfinite(ds.Y))
    assert ds.source == {"kind": "builtin", "name": name, "params": ds.source["params"]}


@pytest.mark.parametrize("name", [n for n in EXPECTED if EXPECTED[n][3] == "classification"])
def test_classification_targets_are_one_hot_or_a_single_column(name):
    ds = datasets.load(name)
    if ds.n_classes == 2:
        assert ds.Y.shape[1] == 1 and set(np.unique(ds.Y)) <= {0.0, 1.0}
    else:
        assert ds.Y.shape[1] == ds.n_classes and np.all(ds.Y.sum(axis=1) == 1)
    labels = ds.labels()
    assert labels.min() == 0 and labels.max() == ds.n_classes - 1
    assert ds.class_counts().sum() == ds.n_samples


@pytest.mark.parametrize(
    ("name", "expected"),
    [("and", [0, 0, 0, 1]), ("or", [0, 1, 1, 1]), ("nand", [1, 1, 1, 0]), ("xor", [0, 1, 1, 0])],
)
def test_truth_tables(name, expected):
    ds = datasets.load(name)
    assert ds.X.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert ds.labels().tolist() == expected
    assert ds.validation_share == 0.0


@pytest.mark.parametrize("name", RANDOM)
def test_same_seed_same_data_other_seed_other_data(name):
    first, again = datasets.load(name, seed=3), datasets.load(name, seed=3)
    np.testing.assert_array_equal(first.X, again.X)
    np.testing.assert_array_equal(first.Y, again.Y)
    if name in GENERATED:
        assert not np.array_equal(first.X, datasets.load(name, seed=4).X)


@pytest.mark.parametrize("name", GENERATED)
def test_sample_count_and_noise_are_used(name):
    ds = datasets.load(name, n_samples=37, noise=0.0, seed=1)
    assert ds.n_samples == 37
    assert ds.source["params"]["n_samples"] == 37 and ds.source["params"]["noise"] == 0.0


@pytest.mark.parametrize("n_classes", range(2, 9))
def test_clusters_class_count(n_classes):
    ds = datasets.load("clusters", n_classes=n_classes, n_samples=160)
    assert ds.n_classes == n_classes
    assert ds.n_outputs == (1 if n_classes == 2 else n_classes)
    assert set(ds.labels()) == set(range(n_classes))


def test_balanced_two_class_generators():
    for name in ("xor_noisy", "circles", "moons", "spirals"):
        counts = datasets.load(name, n_samples=101).class_counts()
        assert abs(int(counts[0]) - int(counts[1])) <= 1, name


def test_noise_free_generators_follow_their_rule():
    plane = datasets.load("plane", noise=0.0)
    np.testing.assert_allclose(plane.Y[:, 0], plane.X.sum(axis=1) / 2)
    sine = datasets.load("sine", noise=0.0)
    np.testing.assert_allclose(sine.Y[:, 0], np.sin(np.pi * sine.X[:, 0]))
    bump = datasets.load("gaussian_bump", noise=0.0)
    assert bump.Y.max() <= 1.0 and bump.Y.min() > 0.0
    board = datasets.load("checkerboard", noise=0.0)
    tiles = np.floor((board.X + 1) * 2).astype(int)
    np.testing.assert_array_equal(board.labels(), tiles.sum(axis=1) % 2)
    spirals = datasets.load("spirals", noise=0.0)
    assert np.abs(spirals.X).max() <= 1.0


def test_digits_and_iris():
    digits = datasets.load("digits")
    assert digits.image_shape == (8, 8)
    assert digits.X.min() == 0.0 and digits.X.max() == 1.0
    assert digits.class_names == tuple("0123456789")
    iris = datasets.load("iris")
    assert iris.class_names == ("setosa", "versicolor", "virginica")
    assert iris.feature_names[0] == "sepal length (cm)"
    assert iris.class_counts().tolist() == [50, 50, 50]


def test_parameter_metadata_describes_a_form():
    for name in datasets.names():
        about = datasets.info(name)
        assert about.to_dict()["name"] == name and about.title and about.description
        for spec in about.params:
            assert spec.kind in ("int", "float")
            assert spec.minimum <= spec.default <= spec.maximum
        defaults = {spec.name: spec.default for spec in about.params}
        assert datasets.load(name, **defaults).source["params"] == defaults


def test_unknown_name_lists_the_built_ins():
    with pytest.raises(DataError, match="spirals") as caught:
        datasets.load("spiral")
    assert "'spiral'" in str(caught.value)
    with pytest.raises(DataError):
        datasets.info(3)


@pytest.mark.parametrize(
    ("name", "params", "fragment"),
    [
        ("spirals", {"n_samples": 0}, "n_samples must be an int from 4 to 10000"),
        ("spirals", {"n_samples": 12.5}, "n_samples"),
        ("spirals", {"n_samples": True}, "n_samples"),
        ("moons", {"noise": -0.1}, "noise must be a float from 0.0"),
        ("moons", {"noise": float("nan")}, "noise"),
        ("moons", {"noise": "0.1"}, "noise"),
        ("clusters", {"n_classes": 9}, "n_classes must be an int from 2 to 8"),
        ("circles", {"seed": -1}, "seed"),
        ("iris", {"validation_share": 0.95}, "validation_share"),
        ("xor", {"n_samples": 4}, "allowed: none"),  # a seed it takes, and ignores
        ("digits", {"n_samples": 100}, "allowed: seed, validation_share"),
    ],
)
def test_bad_parameters_say_what_is_allowed(name, params, fragment):
    with pytest.raises(DataError, match=fragment):
        datasets.load(name, **params)


def test_repr_is_short():
    assert repr(datasets.load("digits")) == (
        "Dataset('digits', 1797 samples × 64 features, classification, 10 classes, images 8×8)"
    )
    assert "1 target)" in repr(datasets.load("sine"))


def test_regression_set_has_no_labels():
    with pytest.raises(DataError, match="regression"):
        datasets.load("plane").labels()
