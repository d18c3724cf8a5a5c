"""The exported predictor's command line, run as a user runs it (a fresh Python process):
it reads ";"- and tab-separated files as the program does, and a missing value is reported
with its line, or left out with --skip-missing, instead of stopping at an unhelpful count."""

import subprocess
import sys

import pytest

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.export import export_network

TRAINING = ("island,bill,species\nDream,40,A\nBiscoe,50,B\nDream,41,A\nBiscoe,NA,B\n"
            "Dream,42,A\nBiscoe,52,B\n")


@pytest.fixture
def encoded(tmp_path):
    """A predictor of rows of raw values (a text column and a number)."""
    (tmp_path / "train.csv").write_text(TRAINING, encoding="utf-8")
    ds = datasets.read_csv(tmp_path / "train.csv", target="species", drop_missing=True)
    net = Network(NetworkSpec(ds.n_features, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")],
                              "bce"), seed=0)
    export_network(net, tmp_path / "pred.py", "py", None, None, class_names=ds.class_names,
                   feature_names=ds.feature_names, encoding=ds.encoding)
    return tmp_path


@pytest.fixture
def plain(tmp_path):
    """A predictor of two numbers a row."""
    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
                  seed=0)
    export_network(net, tmp_path / "pred.py", "py", None, None, feature_names=["x1", "x2"])
    return tmp_path, net


def run(folder, *args):
    return subprocess.run([sys.executable, "pred.py", *args], cwd=folder, capture_output=True,
                          text=True, timeout=60)


def test_semicolon_and_tab_files_are_read_as_the_program_reads_them(plain):
    folder, net = plain
    (folder / "semi.csv").write_text("x1;x2\n0.5;1.5\n-1;2\n", encoding="utf-8")
    (folder / "tab.csv").write_text("0.5\t1.5\n-1\t2\n", encoding="utf-8")
    (folder / "comma.csv").write_text("0.5,1.5\n-1,2\n", encoding="utf-8")
    outputs = [run(folder, name) for name in ("semi.csv", "tab.csv", "comma.csv")]
    assert all(r.returncode == 0 for r in outputs), [r.stderr for r in outputs]
    assert outputs[0].stdout == outputs[1].stdout == outputs[2].stdout
    expected = net.predict([[0.5, 1.5], [-1, 2]])[:, 0]
    got = [float(line) for line in outputs[0].stdout.split()]
    assert got == pytest.approx(expected.tolist(), abs=1e-12)


def test_a_semicolon_file_of_decimal_commas_is_read_as_the_program_reads_it(plain):
    folder, net = plain
    (folder / "de.csv").write_text("x1;x2\n0,5;1,5\n-1;2,25\n", encoding="utf-8")
    (folder / "headless.csv").write_text("0,5;1,5\n-1;2,25\n", encoding="utf-8")
    outputs = [run(folder, name) for name in ("de.csv", "headless.csv")]
    assert all(r.returncode == 0 for r in outputs), [r.stderr for r in outputs]
    expected = net.predict([[0.5, 1.5], [-1, 2.25]])[:, 0]
    for result in outputs:
        got = [float(line) for line in result.stdout.split()]
        assert got == pytest.approx(expected.tolist(), abs=1e-12)


def test_decimal_commas_beside_a_text_column(encoded):
    """A text column's categories stay as they are; the numbers' commas are decimal marks."""
    (encoded / "de.csv").write_text("island;bill\nDream;40,5\nBiscoe;51,25\n",
                                    encoding="utf-8")
    (encoded / "same.csv").write_text("island,bill\nDream,40.5\nBiscoe,51.25\n",
                                      encoding="utf-8")
    german = run(encoded, "de.csv")
    assert german.returncode == 0 and german.stdout == run(encoded, "same.csv").stdout


def test_a_delimiter_can_be_named_and_a_wrong_one_is_explained(encoded):
    (encoded / "f.csv").write_text("island;bill\nDream;40\nBiscoe;51\n", encoding="utf-8")
    (encoded / "same.csv").write_text("island,bill\nDream,40\nBiscoe,51\n", encoding="utf-8")
    named = run(encoded, "f.csv", "--delimiter", "semicolon")
    assert named.returncode == 0 and named.stdout == run(encoded, "same.csv").stdout
    assert len(named.stdout.split()) == 2
    wrong = run(encoded, "f.csv", "--delimiter", ",")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "line 1 has 1 values; expected 2 (island, bill)" in wrong.stderr


def test_a_missing_value_is_reported_with_its_line_or_left_out(encoded):
    (encoded / "f.csv").write_text("island;bill\nDream;40\nBiscoe;NA\nBiscoe;51\n",
                                   encoding="utf-8")
    refused = run(encoded, "f.csv", "--classes")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip() == (
        "pred.py: f.csv: line 3, column 'bill': the value is missing (rows with a missing "
        "value: 1); leave such rows out with --skip-missing")
    skipped = run(encoded, "f.csv", "--skip-missing")
    (encoded / "kept.csv").write_text("island;bill\nDream;40\nBiscoe;51\n", encoding="utf-8")
    assert skipped.returncode == 0 and skipped.stdout == run(encoded, "kept.csv").stdout
    assert len(skipped.stdout.split()) == 2
    assert "left out the rows with a missing value (line 3)" in skipped.stderr


def test_a_plain_predictor_reports_a_word_where_a_number_belongs(plain):
    folder, _ = plain
    (folder / "f.csv").write_text("1,2\n3,abc\n", encoding="utf-8")
    result = run(folder, "f.csv")
    assert result.returncode == 2
    assert result.stderr.strip() == "pred.py: f.csv: line 2, column 'x2': 'abc' is not a number"


def test_columns_are_found_by_the_header_s_names_in_any_order_others_left_out(encoded):
    """A file with the training CSV's columns (the target among them) or in another order
    is read by name; a header that lacks a column says which."""
    (encoded / "same.csv").write_text("island,bill\nDream,40\nBiscoe,51\n", encoding="utf-8")
    (encoded / "wider.csv").write_text("species,bill,id,island\nA,40,7,Dream\nB,51,8,Biscoe\n",
                                       encoding="utf-8")
    (encoded / "lacking.csv").write_text("island,length\nDream,40\n", encoding="utf-8")
    (encoded / "ragged.csv").write_text("bill,id,island\n40,7,Dream\n51,Biscoe\n",
                                        encoding="utf-8")
    expected = run(encoded, "same.csv")
    assert expected.returncode == 0, expected.stderr
    wider = run(encoded, "wider.csv")
    assert wider.returncode == 0 and wider.stdout == expected.stdout, wider.stderr
    lacking = run(encoded, "lacking.csv")
    assert lacking.returncode == 2
    assert "the header has no column named 'bill'" in lacking.stderr
    ragged = run(encoded, "ragged.csv")
    assert ragged.returncode == 2 and "line 3 has 2 values" in ragged.stderr


def test_a_bad_value_is_named_by_its_line_in_the_file(encoded):
    (encoded / "f.csv").write_text("island,bill\nDream,40\nMars,51\n", encoding="utf-8")
    result = run(encoded, "f.csv")
    assert result.returncode == 2
    assert "line 3, column 'island': 'Mars' is not one of its categories" in result.stderr


def _module(folder):
    import importlib.util

    spec = importlib.util.spec_from_file_location("pred", folder / "pred.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nan_is_refused_not_given_a_confident_class(encoded):
    """NaN is a missing value: in rows handed to ``predict`` it is refused, named."""
    module = _module(encoded)
    with pytest.raises(ValueError, match="row 1, feature 'bill': nan is missing"):
        module.predict([["Dream", float("nan")]])
    with pytest.raises(ValueError, match="row 1, feature 'bill'"):
        module.predict_class([["Dream", float("nan")]])


def test_an_infinite_feature_is_refused_by_a_plain_predictor(plain):
    module = _module(plain[0])
    with pytest.raises(ValueError, match="row 2, feature 'x2': inf is missing or not a finite"):
        module.predict([[0.5, 1.0], [0.5, float("inf")]])


def test_help_says_how_the_file_is_read(encoded):
    result = run(encoded, "--help")
    assert result.returncode == 0 and "usage: python pred.py FEATURES.csv" in result.stdout
    assert "--skip-missing" in result.stdout and "header's names" in result.stdout


def test_a_reader_that_stops_early_is_no_error(encoded):
    """``python pred.py big.csv | head -1``: no traceback when the pipe closes."""
    import os

    (encoded / "big.csv").write_text("island,bill\n" + "Dream,40\n" * 200_000, encoding="utf-8")
    reader, writer = os.pipe()
    with subprocess.Popen([sys.executable, "pred.py", "big.csv"], cwd=encoded,
                          stdout=writer, stderr=subprocess.PIPE, text=True) as process:
        os.close(writer)
        with os.fdopen(reader) as pipe:
            pipe.readline()
        _, err = process.communicate(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_a_header_naming_two_columns_alike_is_read_in_their_order(tmp_path):
    (tmp_path / "dup.csv").write_text("x,x,cls\n1,2,a\n2,1,b\n3,3,a\n", encoding="utf-8")
    ds = datasets.read_csv(tmp_path / "dup.csv", target="cls")
    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
                  seed=0)
    export_network(net, tmp_path / "pred.py", "py", None, None, class_names=ds.class_names,
                   feature_names=ds.feature_names)
    (tmp_path / "moved.csv").write_text("cls,x,x\na,1,2\n", encoding="utf-8")
    (tmp_path / "short.csv").write_text("x,cls\n1,a\n", encoding="utf-8")
    same, moved, short = (run(tmp_path, name) for name in ("dup.csv", "moved.csv", "short.csv"))
    assert same.returncode == 0 and moved.returncode == 0, (same.stderr, moved.stderr)
    got = [float(line) for line in same.stdout.split()]
    assert got == pytest.approx(net.predict(ds.X)[:, 0].tolist(), abs=1e-12)
    assert float(moved.stdout) == pytest.approx(got[0], abs=1e-12)
    assert short.returncode != 0 and "no column named a second 'x'" in short.stderr


def test_the_output_columns_are_named_classes_or_the_target(tmp_path):
    """Beside the numbers (on stderr, so what a program reads stays numbers) the command line
    says what each column is: the classes of a softmax, the target in its own units for a
    regression learnt divided."""
    from engine.export.parts import TargetScale

    classes = Network(NetworkSpec(2, [LayerSpec(3, "softmax")], "cce"), seed=0)
    export_network(classes, tmp_path / "pred.py", "py", None, None,
                   class_names=["Adelie", "Chinstrap", "Gentoo"], feature_names=["a", "b"])
    (tmp_path / "f.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = run(tmp_path, "f.csv")
    assert "pred.py: the columns are Adelie, Chinstrap, Gentoo" in result.stderr
    assert sum(map(float, result.stdout.split(","))) == pytest.approx(1.0)
    prices = Network(NetworkSpec(2, [LayerSpec(1, "linear")], "mse"), seed=0)
    export_network(prices, tmp_path / "pred.py", "py", None, None, feature_names=["a", "b"],
                   target=TargetScale("price", 100_000.0))
    result = run(tmp_path, "f.csv")
    assert "pred.py: each line is price" in result.stderr
    assert float(result.stdout) == pytest.approx(prices.predict([[1, 2]])[0, 0] * 100_000)


def test_a_file_not_in_utf_8_is_said_with_its_line_as_the_program_says_it(plain):
    folder, _net = plain
    (folder / "latin1.csv").write_bytes("x1,x2\n0.5,1.5\n-1,2 # Köln\n".encode("latin-1"))
    result = run(folder, "latin1.csv")
    assert result.returncode == 2
    assert "line 3 is not UTF-8 text (byte 0xf6); give the text encoding" in result.stderr
    assert "--text-encoding" in result.stderr and "save it as UTF-8" in result.stderr


def test_a_file_in_another_text_encoding_is_read_when_it_is_named(encoded):
    """German Excel's Windows-1252, named with --text-encoding; Excel's UTF-16 "Unicode
    text" (tab-separated) recognised by its byte-order mark: read as the UTF-8 file is."""
    rows = "island,bill,Bemerkung\nDream,40.5,schön\nBiscoe,51,groß\n"
    (encoded / "utf8.csv").write_text(rows, encoding="utf-8")
    (encoded / "cp1252.csv").write_bytes(rows.encode("cp1252"))
    german = rows.replace(",", "\t").replace("40.5", "40,5")  # and its decimal commas
    (encoded / "unicode.txt").write_bytes(german.encode("utf-16"))
    expected = run(encoded, "utf8.csv")
    assert expected.returncode == 0, expected.stderr
    named = run(encoded, "cp1252.csv", "--text-encoding", "cp1252")
    assert named.returncode == 0, named.stderr
    assert named.stdout == expected.stdout
    marked = run(encoded, "unicode.txt")
    assert marked.returncode == 0, marked.stderr
    assert marked.stdout == expected.stdout
    wrong = run(encoded, "utf8.csv", "--text-encoding", "klingon")
    assert wrong.returncode == 2 and "'klingon' is not a text encoding" in wrong.stderr


def test_thousands_grouped_by_dots_beside_decimal_commas(plain):
    """As a German spreadsheet writes them: "1.500,5" is 1500.5; a file with a decimal dot
    too is read with dots, as the program reads it, and its decimal comma refused."""
    folder, net = plain
    (folder / "de.csv").write_text("x1;x2\n1.500,5;0,25\n-1;2.000\n", encoding="utf-8")
    result = run(folder, "de.csv")
    assert result.returncode == 0, result.stderr
    expected = net.predict([[1500.5, 0.25], [-1, 2000]])[:, 0]
    assert [float(v) for v in result.stdout.split()] == pytest.approx(expected.tolist(),
                                                                      abs=1e-12)
    (folder / "mixed.csv").write_text("x1;x2\n1,5;0,25\n2.5;1\n", encoding="utf-8")
    mixed = run(folder, "mixed.csv")
    assert mixed.returncode == 2 and "'1,5' is not a number" in mixed.stderr
