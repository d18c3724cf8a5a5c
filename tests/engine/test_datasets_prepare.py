"""Stratified splitting, normalisation fitted on the training part only, and prepare()."""

import json

import numpy as np
import pytest

from engine import DataError, datasets


def test_stratified_split_keeps_class_proportions():
    X = np.arange(200, dtype=float).reshape(-1, 1)
    labels = np.repeat([0, 1, 2], [120, 60, 20])
    ds = datasets.from_arrays(X, labels, validation_share=0.25, seed=3)
    train, validation = ds.split()
    assert validation.n_samples == 50 and train.n_samples == 150
    assert validation.class_counts().tolist() == [30, 15, 5]
    assert train.class_counts().tolist() == [90, 45, 15]
    rows = np.concatenate([train.X[:, 0], validation.X[:, 0]])
    assert sorted(rows.tolist()) == X[:, 0].tolist()


def test_split_is_reproducible_by_seed_and_keeps_order():
    ds = datasets.load("moons", n_samples=100)
    a_train, a_val = datasets.train_validation_split(ds, 0.3, seed=1)
    _, b_val = datasets.train_validation_split(ds, 0.3, seed=1)
    np.testing.assert_array_equal(a_val.X, b_val.X)
    other = datasets.train_validation_split(ds, 0.3, seed=2)[1]
    assert not np.array_equal(a_val.X, other.X)
    assert a_val.n_samples == 30 and a_train.n_samples == 70


def test_regression_split_and_zero_share():
    ds = datasets.load("sine", n_samples=50)
    train, validation = datasets.train_validation_split(ds, 0.2, seed=0)
    assert (train.n_samples, validation.n_samples) == (40, 10)
    train, validation = datasets.train_validation_split(ds, 0.0, seed=0)
    assert (train.n_samples, validation.n_samples) == (50, 0)


def test_every_class_keeps_a_training_sample():
    ds = datasets.from_arrays([[0], [1], [2], [3]], [0, 0, 1, 2], validation_share=0.5)
    train, _ = ds.split()
    assert set(train.labels().tolist()) == {0, 1, 2}


@pytest.mark.parametrize("share", [-0.1, 1.0, "0.2", True])
def test_bad_split_share(share):
    with pytest.raises(DataError, match="validation share"):
        datasets.train_validation_split(datasets.load("xor"), share, 0)


@pytest.mark.parametrize("method", ["standardise", "minmax"])
def test_normaliser_is_fitted_on_train_only(method):
    ds = datasets.load("iris", validation_share=0.3)
    prepared = datasets.prepare(ds, normalisation=method)
    train_raw, validation_raw = ds.split()
    expected = datasets.Normaliser.fit(train_raw.X, method)
    np.testing.assert_allclose(prepared.normaliser.shift, expected.shift)
    np.testing.assert_allclose(prepared.train.X, expected.apply(train_raw.X))
    np.testing.assert_allclose(prepared.validation.X, expected.apply(validation_raw.X))
    everything = datasets.Normaliser.fit(ds.X, method)
    assert not np.allclose(prepared.normaliser.shift, everything.shift)
    if method == "standardise":
        np.testing.assert_allclose(prepared.train.X.mean(axis=0), 0, atol=1e-12)
        np.testing.assert_allclose(prepared.train.X.std(axis=0), 1)
    else:
        assert prepared.train.X.min() == 0 and prepared.train.X.max() == 1


def test_constant_columns_do_not_make_nan():
    X = np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]])
    for method in datasets.NORMALISATIONS:
        out = datasets.fit_normaliser(X, method).apply(X)
        assert np.all(np.isfinite(out)) and np.all(out[:, 1] == (5.0 if method == "none" else 0.0))


def test_normaliser_round_trips_through_json_and_inverts():
    X = np.random.default_rng(0).normal(3, 2, size=(20, 3))
    fitted = datasets.Normaliser.fit(X, "standardise")
    again = datasets.Normaliser.from_dict(json.loads(json.dumps(fitted.to_dict())))
    assert again.method == "standardise" and repr(again) == "Normaliser('standardise', 3 features)"
    np.testing.assert_array_equal(again.apply(X), fitted.apply(X))
    np.testing.assert_allclose(again.invert(again.apply(X)), X)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"method": "zscore", "shift": [0], "scale": [1]},
        {"method": "minmax", "shift": [0, 1], "scale": [1]},
        {"method": "minmax", "shift": [0], "scale": [0]},
        {"method": "minmax", "shift": ["a"], "scale": [1]},
        {"method": "minmax", "shift": [[0]], "scale": [[1]]},
        None,
    ],
)
def test_damaged_statistics_are_refused(data):
    with pytest.raises(DataError):
        datasets.Normaliser.from_dict(data)


def test_normaliser_checks_its_inputs():
    with pytest.raises(DataError, match="normalisation must be one of"):
        datasets.Normaliser.fit(np.ones((2, 2)), "zscore")
    with pytest.raises(DataError, match="at least one row"):
        datasets.Normaliser.fit(np.ones((0, 2)))
    with pytest.raises(DataError, match="fitted on 2 features"):
        datasets.Normaliser.fit(np.ones((2, 2))).apply(np.ones((2, 3)))
    with pytest.raises(DataError, match="too large"):
        datasets.Normaliser.fit(np.array([[1e308], [1e308]]), "standardise")


def test_prepare_uses_the_data_sets_share_and_seed():
    ds = datasets.load("spirals", n_samples=100, validation_share=0.4, seed=7)
    prepared = datasets.prepare(ds)
    assert prepared.validation.n_samples == 40 and prepared.normaliser.method == "none"
    np.testing.assert_array_equal(prepared.validation.X, ds.split()[1].X)
    assert datasets.prepare(ds, validation_share=0.1).validation.n_samples == 10
