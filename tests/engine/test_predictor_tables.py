"""The exported predictors take a table as a practitioner has it: a pandas DataFrame (read
with ``pd.read_csv``, the target and an id still in it) or a list of dicts, whose columns are
found by name in any order. A DataFrame used to be read as rows whose first was its header."""

import importlib.util
import sys

import numpy as np
import pandas as pd
import pytest

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.export import export_network

TRAINING = ("id,island,bill,species\n1,Dream,40,A\n2,Biscoe,50,B\n3,Dream,41,A\n"
            "4,Biscoe,52,B\n")


def load_module(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def export(tmp_path, fmt, name, ds, net):
    export_network(net, tmp_path / name, fmt, None, None, class_names=ds.class_names,
                   feature_names=ds.feature_names, encoding=ds.encoding)
    return load_module(tmp_path / name)


@pytest.fixture
def penguins(tmp_path):
    (tmp_path / "train.csv").write_text(TRAINING, encoding="utf-8")
    ds = datasets.read_csv(tmp_path / "train.csv", target="species", ignore=["id"])
    net = Network(NetworkSpec(ds.n_features, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")],
                              "bce"), seed=0)
    return tmp_path, ds, net


def test_the_predictor_reads_a_dataframe_and_dicts_by_their_column_names(penguins):
    tmp_path, ds, net = penguins
    predictor = export(tmp_path, "py", "pred.py", ds, net)
    frame = pd.read_csv(tmp_path / "train.csv")
    expected = net.predict(ds.X)
    assert predictor.INPUT_COLUMNS == ["island", "bill"]
    np.testing.assert_allclose(predictor.predict(frame), expected, rtol=0, atol=1e-12)
    reordered = frame[["species", "bill", "island"]]
    np.testing.assert_allclose(predictor.predict(reordered), expected, rtol=0, atol=1e-12)
    records = frame.to_dict("records")
    assert predictor.predict_class(records) == predictor.predict_class(frame)
    with pytest.raises(ValueError, match="X has no column named 'island'"):
        predictor.predict(frame[["bill"]])
    with pytest.raises(ValueError, match="row 1 has no 'bill'"):
        predictor.predict([{"island": "Dream"}])


def test_the_predictor_takes_one_row_as_a_dict_or_a_series(penguins):
    tmp_path, ds, net = penguins
    predictor = export(tmp_path, "py", "pred.py", ds, net)
    frame = pd.read_csv(tmp_path / "train.csv")
    expected = net.predict(ds.X[1:2])
    np.testing.assert_allclose(predictor.predict(frame.iloc[1]), expected, rtol=0, atol=1e-12)
    one = {"bill": 50, "island": "Biscoe", "id": 2}
    np.testing.assert_allclose(predictor.predict(one), expected, rtol=0, atol=1e-12)
    assert predictor.predict_class(one) == predictor.predict_class(frame)[1:2]
    # a Series naming none of the columns is one row in order
    in_order = pd.Series(["Biscoe", 50.0])
    np.testing.assert_allclose(predictor.predict(in_order), expected, rtol=0, atol=1e-12)
    with pytest.raises(ValueError, match="row 1 has no 'island'"):
        predictor.predict({"bill": 50})


def test_a_numeric_model_takes_a_dataframes_columns_by_name_not_by_place(tmp_path):
    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
                  seed=0)
    export_network(net, tmp_path / "plain.py", "py", None, None, feature_names=["a", "b"])
    predictor = load_module(tmp_path / "plain.py")
    swapped = pd.DataFrame({"b": [2.0, -1.0], "a": [0.5, 3.0]})
    expected = net.predict([[0.5, 2.0], [3.0, -1.0]])
    np.testing.assert_allclose(predictor.predict(swapped), expected, rtol=0, atol=1e-12)
    # a frame naming none of the columns (pd.DataFrame(array)) is taken in order
    unnamed = pd.DataFrame([[0.5, 2.0], [3.0, -1.0]])
    np.testing.assert_allclose(predictor.predict(unnamed), expected, rtol=0, atol=1e-12)


def test_the_torch_module_reads_a_dataframe_by_its_column_names(penguins):
    pytest.importorskip("torch")
    tmp_path, ds, net = penguins
    module = export(tmp_path, "torch", "torch_pred.py", ds, net)
    frame = pd.read_csv(tmp_path / "train.csv")
    np.testing.assert_allclose(module.predict(frame).numpy(), net.predict(ds.X), rtol=0,
                               atol=1e-12)
    np.testing.assert_allclose(module.predict(frame.iloc[2]).numpy(), net.predict(ds.X[2:3]),
                               rtol=0, atol=1e-12)
