"""Every export of a network trained on a CSV with text columns, run on rows of raw values
(strings included), against ``Network.predict`` of the encoded, normalised inputs; and the
encoding's way through the project file."""

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from engine import BackpropStudioError, ProjectError, datasets
from engine.datasets.encoding import encoding_of
from engine.export import export_network
from engine.project import load_project, save_project
from engine.project.starting import new_project, project_training_data

CSV = ("island,bill,sex,species\n"
       + "".join(f"{isl},{bill},{sex},{sp}\n" for isl, bill, sex, sp in [
           ("Torgersen", 39.1, "male", "Adelie"), ("Biscoe", 37.8, "female", "Adelie"),
           ("Dream", 46.5, "female", "Chinstrap"), ("Dream", 50.0, "male", "Chinstrap"),
           ("Biscoe", 47.0, "male", "Gentoo"), ("Biscoe", 49.1, "female", "Gentoo"),
           ("Torgersen", 36.0, "NA", "Adelie"), ("Dream", 45.2, "male", "Chinstrap"),
       ]))
ROWS = [["Dream", 45.0, "male"], ["Torgersen", 39.5, "female"], ["Biscoe", 48.2, "male"]]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    folder = tmp_path_factory.mktemp("encoded")
    path = folder / "penguins.csv"
    path.write_text(CSV, encoding="utf-8")
    ds = datasets.read_csv(path, target="species", drop_missing=True)
    project = new_project(ds, [5], seed=4)
    expected = project.network.predict(
        project.normaliser.apply(ds.encoding.encode_rows(ROWS)))
    return folder, ds, project, expected


def export(trained, fmt, name):
    folder, ds, project, _ = trained
    out = folder / name
    export_network(project.network, out, fmt, project.normaliser,
                   class_names=ds.class_names, feature_names=ds.feature_names,
                   config=project.config, encoding=ds.encoding)
    return out


def test_onnx_takes_numbers_and_strings_and_refuses_an_unknown_category(trained):
    ort = pytest.importorskip("onnxruntime")
    out = export(trained, "onnx", "penguins.onnx")
    session = ort.InferenceSession(str(out))
    inputs = {i.name: (i.type, i.shape) for i in session.get_inputs()}
    assert inputs == {"x": ("tensor(float)", ["N", 1]), "x_text": ("tensor(string)", ["N", 2])}
    feed = {"x": np.array([[row[1]] for row in ROWS], dtype=np.float32),
            "x_text": np.array([[row[0], row[2]] for row in ROWS], dtype=object)}
    y = session.run(["y"], feed)[0]
    np.testing.assert_allclose(y, trained[3], atol=1e-5)
    import onnx

    metadata = {p.key: p.value for p in onnx.load(str(out)).metadata_props}
    assert json.loads(metadata["encoding"]) == trained[1].encoding.to_dict()
    assert json.loads(metadata["feature_names"])[:3] == ["island=Biscoe", "island=Dream",
                                                         "island=Torgersen"]
    assert "x_text: string (N, 2), the text raw columns (island, sex)" in metadata["input"]
    feed["x_text"] = np.array([["Mars", "male"]] * 3, dtype=object)
    with pytest.raises(Exception, match="Unknown Category"):
        session.run(["y"], feed)


def test_the_python_predictor_takes_raw_rows_in_a_fresh_process(trained):
    folder = trained[0]
    export(trained, "py", "penguin_predictor.py")
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(folder)!r})
        import pandas as pd
        from penguin_predictor import (predict, predict_class, encode, RAW_COLUMNS,
                                       FEATURE_NAMES)
        rows = {ROWS!r}
        frame = pd.DataFrame(rows, columns=["island", "bill", "sex"])
        frame.insert(0, "id", ["a1", "a2", "a3"])  # a column the model does not take
        same = (encode(frame) == encode(rows) == encode(frame.to_dict("records"))
                and encode(rows[0]) == encode(rows)[:1])
        print(json.dumps([predict(rows).tolist(), predict_class(rows), RAW_COLUMNS,
                          FEATURE_NAMES, predict(rows[0]).tolist(), same]))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, cwd=folder)
    assert result.returncode == 0, result.stderr
    Y, classes, raw, features, one, encodes_tables = json.loads(result.stdout)
    assert encodes_tables  # encode(), as predict(), reads a DataFrame by its column names
    np.testing.assert_allclose(Y, trained[3], rtol=0, atol=1e-12)
    np.testing.assert_allclose(one, trained[3][:1], rtol=0, atol=1e-12)
    assert raw == ["island", "bill", "sex"] and features == list(trained[1].feature_names)
    assert classes == [trained[1].class_names[k] for k in trained[3].argmax(axis=1)]
    rows_file = folder / "rows.csv"
    rows_file.write_text("island,bill,sex\n" + "".join(f"{a},{b},{c}\n" for a, b, c in ROWS),
                         encoding="utf-8")
    run = subprocess.run([sys.executable, "penguin_predictor.py", "rows.csv"],
                         capture_output=True, text=True, timeout=60, cwd=folder)
    assert run.returncode == 0, run.stderr
    printed = [[float(v) for v in line.split(",")] for line in run.stdout.split()]
    np.testing.assert_allclose(printed, trained[3], rtol=0, atol=1e-12)
    rows_file.write_text("Mars,40,male\n", encoding="utf-8")
    bad = subprocess.run([sys.executable, "penguin_predictor.py", "rows.csv"],
                         capture_output=True, text=True, timeout=60, cwd=folder)
    assert bad.returncode == 2 and "'Mars' is not one of its categories" in bad.stderr


def test_the_torch_module_takes_encoded_features_and_encodes_raw_rows(trained):
    torch = pytest.importorskip("torch")
    folder = trained[0]
    export(trained, "torch", "penguin_torch.py")
    sys.path.insert(0, str(folder))
    try:
        import penguin_torch
    finally:
        sys.path.remove(str(folder))
    encoded = penguin_torch.encode(ROWS)
    # a float64 tensor: ``torch.tensor`` of a list of floats had made float32 (tester)
    assert encoded.dtype == torch.float64
    np.testing.assert_array_equal(encoded.numpy(), trained[1].encoding.encode_rows(ROWS))
    y = penguin_torch.model(encoded).detach().numpy()
    np.testing.assert_allclose(y, trained[3], rtol=0, atol=1e-12)
    np.testing.assert_allclose(penguin_torch.predict(ROWS).numpy(), trained[3], atol=1e-12)
    assert "model(x) takes the encoded features" in penguin_torch.__doc__


@pytest.mark.parametrize(("fmt", "name"), [("npz", "w.npz"), ("json", "w.json")])
def test_weight_files_name_the_encoded_features(trained, fmt, name):
    out = export(trained, fmt, name)
    if fmt == "npz":
        with np.load(out, allow_pickle=False) as arrays:
            names = arrays["feature_names"].tolist()
    else:
        names = json.loads(out.read_text())["feature_names"]
    assert names == list(trained[1].feature_names)


@pytest.mark.parametrize(("fmt", "name"), [("npz", "e.npz"), ("json", "e.json")])
def test_weight_files_hold_the_encoding_and_read_it_back(trained, fmt, name):
    from engine.export import import_weights

    out = export(trained, fmt, name)
    if fmt == "npz":
        with np.load(out, allow_pickle=False) as arrays:
            stored = json.loads(str(arrays["encoding"]))
    else:
        stored = json.loads(out.read_text())["encoding"]
    assert stored == trained[1].encoding.to_dict()
    parts = import_weights(out)
    assert parts.encoding == trained[1].encoding
    assert parts.raw_inputs == 3  # island, bill, sex: the predictor's raw columns


def test_a_weights_file_whose_encoding_does_not_fit_is_refused(trained, tmp_path):
    from engine.export import import_weights

    document = json.loads(export(trained, "json", "fit.json").read_text())
    document["encoding"]["columns"] = document["encoding"]["columns"][:2]
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectError, match="its encoding makes 4 features of the raw columns; "
                                           "the network takes 6"):
        import_weights(damaged)
    document["encoding"] = {"columns": "island"}
    damaged.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectError, match="stored encoding of the data is damaged"):
        import_weights(damaged)


def test_the_csv_export_says_which_column_and_category_each_feature_is(trained):
    import zipfile

    out = export(trained, "csv", "weights.zip")
    with zipfile.ZipFile(out) as archive:
        table = archive.read("encoding.csv").decode("utf-8").splitlines()
        readme = archive.read("README.txt").decode("utf-8")
    assert table == ["feature,column,category", "1,island,Biscoe", "2,island,Dream",
                     "3,island,Torgersen", "4,bill,", "5,sex,female", "6,sex,male"]
    assert "encoding.csv says how the rows of the raw table become the features" in readme


def test_an_encoding_that_does_not_fit_the_network_is_refused(trained, tmp_path):
    _, ds, project, _ = trained
    wrong = ds.encoding.to_dict()
    wrong["columns"] = wrong["columns"][:2]
    with pytest.raises(ProjectError, match="encoding makes 4 features but the network takes"):
        export_network(project.network, tmp_path / "x.onnx", "onnx", project.normaliser,
                       encoding=wrong)


def test_the_project_keeps_the_encoding_and_reopens_identically(trained, tmp_path):
    _, ds, project, _ = trained
    save_project(project, tmp_path / "p.bps.json")
    reopened = load_project(tmp_path / "p.bps.json")
    assert encoding_of(reopened.data) == ds.encoding
    np.testing.assert_array_equal(project_training_data(reopened).dataset.X, ds.X)
    document = json.loads((tmp_path / "p.bps.json").read_text())
    document["data"]["options"]["encoding"]["columns"][0]["categories"] = "Biscoe"
    (tmp_path / "bad.bps.json").write_text(json.dumps(document))
    with pytest.raises(BackpropStudioError, match="encoding of the data is damaged"):
        load_project(tmp_path / "bad.bps.json")


def test_the_usage_note_names_inputs_types_shapes_and_output_order(trained):
    from engine.export.parts import parts_of
    from engine.export.usage import usage_note

    _, ds, project, _ = trained
    parts = parts_of(project.network, project.normaliser, class_names=ds.class_names,
                     feature_names=ds.feature_names, encoding=ds.encoding)
    onnx_note = usage_note("onnx", parts)
    assert "x: float32 (N, 1), the numeric raw columns (bill)" in onnx_note
    assert "x_text: string (N, 2), the text raw columns (island, sex)" in onnx_note
    assert "Output y: float32 (N, 3), 3 outputs, one per class in the order Adelie, " \
           "Chinstrap, Gentoo; the largest wins." in onnx_note
    assert "rows of 3 raw values (island, bill, sex; text as text)" in usage_note("py", parts)
    assert "float64 tensor (N, 6) of the encoded features" in usage_note("torch", parts)
    plain = parts_of(project.network, project.normaliser)
    assert usage_note("onnx", plain).startswith("ONNX inputs: x: float32 (N, 6), raw features")


def test_the_python_predictor_calls_a_missing_text_value_missing(trained):
    """A DataFrame's NaN (pd.read_csv's "NA") or None in a text column read "'nan' is not
    one of its categories (female, male)" where a number's said "missing" (tester)."""
    folder = trained[0]
    export(trained, "py", "penguin_predictor.py")
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(folder)!r})
        import pandas as pd
        from penguin_predictor import predict
        said = []
        for sex in (float("nan"), None, "NA"):
            try:
                predict(pd.DataFrame([["Dream", 40.0, sex]], columns=["island", "bill", "sex"]))
            except ValueError as error:
                said.append(str(error))
        print(json.dumps(said))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, cwd=folder)
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout)
    assert len(said) == 3 and all("column 'sex'" in s and "is missing" in s for s in said), said


def test_the_usage_note_of_an_image_model_lists_a_few_pixel_names():
    """784 pixel names made the ONNX export's message taller than the screen (tester)."""
    from engine import LayerSpec, Network, NetworkSpec
    from engine.export.parts import parts_of
    from engine.export.usage import NAMES_LISTED, usage_note

    spec = NetworkSpec(784, [LayerSpec(10, "softmax")], "cce")
    names = tuple(f"pixel_{r}_{c}" for r in range(28) for c in range(28))
    parts = parts_of(Network(spec, seed=0), None, class_names=tuple(str(d) for d in range(10)),
                     feature_names=names)
    for fmt in ("onnx", "py", "torch"):
        note = usage_note(fmt, parts)
        assert "pixel_0_9" in note or fmt != "onnx"
        assert "pixel_27_27" not in note and len(note) < 900, (fmt, len(note))
    assert NAMES_LISTED == 10
