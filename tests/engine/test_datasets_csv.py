"""read_csv on small files the tests write: good layouts, tasks, and every kind of bad file."""

import json
import re

import numpy as np
import pytest

from engine import DataError, datasets


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_and_header_are_detected(tmp_path, delimiter):
    rows = [["x", "y", "label"], ["1", "2.5", "cat"], ["3", "-4e-1", "dog"], ["5", "6", "cat"]]
    path = write(tmp_path, "\n".join(delimiter.join(r) for r in rows) + "\n")
    ds = datasets.read_csv(path, target="label")
    assert ds.feature_names == ("x", "y") and ds.target_names == ("label",)
    np.testing.assert_array_equal(ds.X, [[1, 2.5], [3, -0.4], [5, 6]])
    assert ds.task == "classification" and ds.class_names == ("cat", "dog")
    assert ds.Y.tolist() == [[0.0], [1.0], [0.0]]
    assert ds.source["options"]["delimiter"] == delimiter and ds.source["options"]["header"]


def test_no_header_last_column_is_the_default_target(tmp_path):
    ds = datasets.read_csv(write(tmp_path, "1,2,0\n3,4,1\n5,6,2\n"))
    assert ds.feature_names == ("column 1", "column 2")
    assert ds.class_names == ("0", "1", "2") and ds.Y.shape == (3, 3)
    assert ds.labels().tolist() == [0, 1, 2]
    assert ds.source["options"]["header"] is False


def test_target_by_index_name_and_explicit_header(tmp_path):
    path = write(tmp_path, "label,a,b\nyes,1,2\nno,3,4\n")
    by_index = datasets.read_csv(path, target=0)
    by_name = datasets.read_csv(path, target="label", header=True)
    np.testing.assert_array_equal(by_index.X, by_name.X)
    assert by_index.class_names == ("no", "yes")
    forced = datasets.read_csv(write(tmp_path, "1,2,3\n4,5,6\n7,8,9\n", "n.csv"), header=True)
    assert forced.feature_names == ("1", "2") and forced.n_samples == 2


def test_string_labels_are_one_hot_with_names_kept(tmp_path):
    text = "a,b,species\n" + "".join(f"{i},{i},{s}\n" for i, s in enumerate("xyzxyz"))
    ds = datasets.read_csv(write(tmp_path, text))
    assert ds.class_names == ("x", "y", "z")
    np.testing.assert_array_equal(ds.Y, np.eye(3)[[0, 1, 2, 0, 1, 2]])


def test_numeric_labels_sort_numerically_and_merge(tmp_path):
    ds = datasets.read_csv(write(tmp_path, "1,10\n2,9\n3,9.0\n4,2\n"))
    assert ds.class_names == ("2", "9", "10")
    assert ds.labels().tolist() == [2, 1, 1, 0]


def test_task_inference_rule(tmp_path):
    many = "".join(f"{i},{i}\n" for i in range(30))
    assert datasets.read_csv(write(tmp_path, many, "many.csv")).task == "regression"
    fractions = datasets.read_csv(write(tmp_path, "1,0.5\n2,1.5\n", "f.csv"))
    assert fractions.task == "regression" and fractions.Y.tolist() == [[0.5], [1.5]]
    assert datasets.read_csv(write(tmp_path, "1,1\n2,0\n", "b.csv")).task == "classification"
    forced = datasets.read_csv(write(tmp_path, "1,1\n2,0\n3,1\n", "r.csv"), task="regression")
    assert forced.task == "regression" and forced.Y.shape == (3, 1)


def test_several_targets(tmp_path):
    onehot = datasets.read_csv(
        write(tmp_path, "x,a,b,c\n1,1,0,0\n2,0,0,1\n"), target=["a", "b", "c"]
    )
    assert onehot.task == "classification" and onehot.class_names == ("a", "b", "c")
    assert onehot.labels().tolist() == [0, 2]
    regress = datasets.read_csv(write(tmp_path, "x,u,v\n1,0.5,2\n2,3,4\n", "r.csv"), target=[1, 2])
    assert regress.task == "regression" and regress.Y.tolist() == [[0.5, 2], [3, 4]]
    with pytest.raises(DataError, match="one-hot"):
        datasets.read_csv(
            write(tmp_path, "x,u,v\n1,1,1\n2,0,0\n", "n.csv"), target=[1, 2], task="classification"
        )


def test_quoted_fields_blank_lines_bom_and_crlf(tmp_path):
    text = '\ufeff"x";"y";"who"\r\n\r\n1;2;"Smith; J"\r\n3;4;"Doe\nA"\r\n'
    ds = datasets.read_csv(write(tmp_path, text))
    assert ds.feature_names == ("x", "y")
    assert ds.class_names == ("Doe\nA", "Smith; J")


def test_ignored_columns(tmp_path):
    ds = datasets.read_csv(write(tmp_path, "id,x,y\nA,1,0\nB,2,1\n"), ignore="id")
    assert ds.feature_names == ("x",) and ds.source["options"]["ignore"] == ["id"]


def test_drop_missing_reports_the_count(tmp_path):
    text = "x,y,label\n1,,a\n2,3,b\n4,NA,a\n5,6,\n7,8,a\n9,1,b\n"
    path = write(tmp_path, text)
    with pytest.raises(DataError, match=r"data\.csv: row 2, column 'y'.*\(3 rows have a missing"):
        datasets.read_csv(path)
    ds = datasets.read_csv(path, drop_missing=True)
    assert ds.dropped_rows == 3 and ds.X.tolist() == [[2, 3], [7, 8], [9, 1]]


def test_first_missing_cell_in_reading_order(tmp_path):
    with pytest.raises(DataError, match="row 3, column 'label'"):
        datasets.read_csv(write(tmp_path, "x,y,label\n1,2,a\n3,4,\n5,,b\n"))


BAD_FILES = {
    "non-numeric value": (
        "x,y,label\n1,2,a\n3,abc,b\n",
        r"row 3, column 'y': 'abc' is not a number",
    ),
    "thousands comma in a file of tabs": ("x\ty\tlabel\n1\t2,500\ta\n3\t4\tb\n", "use a dot"),
    "infinite value": ("x,y,label\n1,2,a\n3,-inf,b\n", "row 3, column 'y'.*not a finite number"),
    "ragged row": ("x,y,label\n1,2,a\n3,4\n", "row 3 has 2 values but the first row has 3"),
    "long row": ("1,2,a\n3,4,b\n5,6,a,7\n", "row 3 has 4 values"),
    "empty file": ("", "is empty"),
    "blank lines only": ("\n \n\t\n", "is empty"),
    "header only": ("x,y,label\n", "header row but no data rows"),
    "one column": ("x\n1\n2\n", "single column"),
    "one class": ("x,label\n1,a\n2,a\n", "fewer than two classes"),
    "non-numeric regression target": ("x,y\n1,0.5\n2,abc\n", None),
    "NUL byte": (b"x,y\n1,2\x00\n", "row 2 contains a NUL byte"),
    "not UTF-8": (b"x,y,label\n1,2,a\n3,4,\xe9t\xe9\n", "row 3 is not UTF-8"),
    "unclosed quote": ('x,y,label\n1,2,"a\n3,4,b\n', "not valid CSV|values"),
    "missing value": ("x,y,label\n1,2,a\n,4,b\n", "row 3, column 'x'.*missing"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_malformed_files_raise_data_error_naming_the_file(tmp_path, case):
    text, fragment = BAD_FILES[case]
    path = write(tmp_path, text, name="broken.csv")
    task = "regression" if case == "non-numeric regression target" else None
    with pytest.raises(DataError) as caught:
        datasets.read_csv(path, task=task)
    message = str(caught.value)
    assert str(path) in message
    if fragment:
        assert re.search(fragment, message), message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DataError, match=r"nope\.csv: cannot be read"):
        datasets.read_csv(tmp_path / "nope.csv")
    with pytest.raises(DataError, match="cannot be read"):
        datasets.read_csv(tmp_path)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"target": "nope"}, "no column named 'nope'; its columns are 'x', 'y', 'label'"),
        ({"target": 7}, "column index 7 is out of range"),
        ({"target": 1.5}, "by name or index"),
        ({"target": ["x", "x"]}, "same column"),
        ({"target": "x", "ignore": ["x"]}, "column 'x' is the target and cannot also be ignored"),
        ({"ignore": ["x", "y"]}, "no feature columns are left: 'x', 'y' ignored and 'label' "
                                 "the target"),
        ({"task": "clustering"}, "task must be"),
        ({"delimiter": ":"}, "delimiter must be"),
        ({"header": "yes"}, "header must be"),
        ({"drop_missing": 1}, "drop_missing"),
        ({"validation_share": 1.0}, "validation share"),
        ({"seed": -3}, "seed"),
    ],
)
def test_bad_options(tmp_path, kwargs, fragment):
    path = write(tmp_path, "x,y,label\n1,2,a\n3,4,b\n")
    with pytest.raises(DataError, match=fragment):
        datasets.read_csv(path, **kwargs)


def test_duplicate_column_names_need_an_index(tmp_path):
    path = write(tmp_path, "x,x,label\n1,2,a\n3,4,b\n")
    with pytest.raises(DataError, match="2 columns are named 'x'"):
        datasets.read_csv(path, target="x")


def test_too_many_classes_is_refused(tmp_path):
    text = "x,name\n" + "".join(f"{i},id{i}\n" for i in range(datasets.MAX_CLASSES + 1))
    with pytest.raises(DataError, match="distinct labels"):
        datasets.read_csv(write(tmp_path, text))


def test_large_block_with_bad_value_far_down(tmp_path):
    """The error row is right past the first block of rows converted at once."""
    rows = [f"{i},{i * 2},{i % 3}" for i in range(5000)]
    rows[4321] = "1,oops,2"
    with pytest.raises(DataError, match="row 4322, column 'column 2'"):
        datasets.read_csv(write(tmp_path, "\n".join(rows)))


def test_source_records_the_choice(tmp_path):
    path = write(tmp_path, "x,y,label\n1,2,a\n3,4,b\n")
    ds = datasets.read_csv(path, target="label", validation_share=0.5, seed=4)
    assert ds.source == {
        "kind": "csv",
        "path": str(path.absolute()),
        "options": {
            "target": "label",
            "task": "classification",
            "header": True,
            "delimiter": ",",
            "drop_missing": False,
            "ignore": [],
            "validation_share": 0.5,
            "seed": 4,
        },
    }
    assert ds.name == "data.csv" and ds.validation_share == 0.5 and ds.seed == 4


def test_source_is_json_even_with_numpy_arguments(tmp_path):
    path = write(tmp_path, "x,y,label\n1,2,a\n3,4,b\n")
    ds = datasets.read_csv(path, target=np.int64(2), ignore=[np.int64(0)], seed=np.int64(1))
    options = json.loads(json.dumps(ds.source))["options"]
    assert (options["target"], options["ignore"], options["seed"]) == (2, [0], 1)


def test_a_large_file_whose_blocks_disagree_is_read_as_one_column(tmp_path):
    """pandas parses a large file in blocks: a gap (or a word) only in the last block must
    still be found, on the right row, as in a small file."""
    rows = 300_000
    lines = ["size,gap,y"] + [f"2.5,{i % 7},{i % 2}" for i in range(rows - 1)] + ["2.5,NA,1"]
    path = tmp_path / "large.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError, match=rf"row {rows + 1}, column 'gap'"):
        datasets.read_csv(path, target="y")
    ds = datasets.read_csv(path, target="y", drop_missing=True)
    assert ds.dropped_rows == 1 and ds.X.shape == (rows - 1, 2)
    assert ds.X[:, 1].tolist()[:8] == [0, 1, 2, 3, 4, 5, 6, 0]


def test_a_short_row_is_named_even_when_its_missing_cells_read_as_empty(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("a,b,y\n1,2,0\n3,4\n5,6,1\n")
    with pytest.raises(DataError, match="row 3"):
        datasets.read_csv(path, target="y")


def _large(tmp_path, last_line: bytes, rows: int = 40_000, ending: bytes = b"\n",
           start: bytes = b"", columns: bytes = b"size,kind,y") -> object:
    """A file larger than the head the layout reads (so pandas reads it from the disk and
    its whole bytes are read only when needed), ``last_line`` its last record."""
    body = ending.join(b"%d.5,cat,%d" % (i % 9, i % 2) for i in range(rows - 1))
    path = tmp_path / "large.csv"
    path.write_bytes(start + columns + ending + body + ending + last_line + ending)
    assert path.stat().st_size > datasets.csv_layout.HEAD_BYTES
    return path


@pytest.mark.parametrize("last_line, message", [
    (b"1.5\x00,cat,1", r"row 40001 contains a NUL byte"),
    (b"1.5,c\x00t,1", r"row 40001 contains a NUL byte"),
    (b"1.5,cat,1\x00", r"row 40001 contains a NUL byte"),
    (b"1.5,d\xe9g,1", r"row 40001 is not UTF-8 text \(byte 0xe9\)"),
    (b"1.5,cat,\xe9", r"row 40001 is not UTF-8 text"),
])
def test_a_large_files_bad_bytes_far_down_are_named_as_in_a_small_file(tmp_path, last_line,
                                                                         message):
    path = _large(tmp_path, last_line)
    with pytest.raises(DataError, match=message):
        datasets.read_csv(path, target="y")


def test_a_nul_in_an_ignored_column_of_a_large_file_is_still_refused(tmp_path):
    path = _large(tmp_path, b"1.5,c\x00t,1")
    with pytest.raises(DataError, match=r"row 40001 contains a NUL byte"):
        datasets.read_csv(path, target="y", ignore=["kind"])


@pytest.mark.parametrize("start, ending", [(b"\xef\xbb\xbf", b"\r\n"), (b"", b"\r"),
                                           (b"\xef\xbb\xbf", b"\n")])
def test_a_large_file_with_a_byte_order_mark_or_carriage_returns(tmp_path, start, ending):
    path = _large(tmp_path, b"8.5,dog,1", start=start, ending=ending)
    ds = datasets.read_csv(path, target="y")
    assert ds.feature_names == ("size", "kind=cat", "kind=dog")
    assert ds.X.shape == (40_000, 3) and ds.X[:3, 0].tolist() == [0.5, 1.5, 2.5]
    assert ds.X[-1].tolist() == [8.5, 0, 1] and ds.X[:-1, 2].sum() == 0
    with pytest.raises(DataError, match="row 40002, column 'size': 'x' is not a number"):
        datasets.read_csv(_large(tmp_path, b"x,dog,1", start=start, ending=ending,
                                 rows=40_001), target="y")


def test_a_large_file_without_a_header_keeps_its_first_row(tmp_path):
    path = _large(tmp_path, b"8.5,dog,1", columns=b"7.5,dog,0", start=b"\xef\xbb\xbf")
    ds = datasets.read_csv(path)
    assert ds.X.shape == (40_001, 3) and ds.X[0].tolist() == [7.5, 0, 1]


def test_numeric_columns_of_one_block_and_apart_make_the_same_matrix():
    """``Encoding.encode`` copies columns that abut in memory (one block's rows) as the
    block's transpose and tiles the rest: every mix gives the matrix the columns make
    stacked."""
    from engine.datasets.encoding import Encoding, RawColumn

    rng = np.random.default_rng(0)
    block = rng.integers(0, 256, (6, 1500))
    apart = [rng.standard_normal(1500) for _ in range(70)]
    codes = rng.integers(0, 3, 1500)
    values = [*apart[:3], *block[:4], apart[3], block[5], block[3], block[1], codes,
              *apart[4:], block[0][::-1].copy()]
    columns = [RawColumn(f"c{i}") for i in range(len(values))]
    columns[11] = RawColumn("kind", ("a", "b", "c"))
    X = Encoding(tuple(columns)).encode(values)
    expected = [*values[:11], codes == 0, codes == 1, codes == 2, *values[12:]]
    np.testing.assert_array_equal(X, np.stack(expected, axis=1))
    assert X.flags.c_contiguous and X.dtype == np.float64
    from engine.datasets.encoding import _block_runs

    def runs(columns):
        return [(first, stop, view is not None) for first, stop, view in _block_runs(columns)]

    assert runs([*block[:4], apart[0]]) == [(0, 4, True), (4, 5, False)]
    # rows of a block taken apart or backwards are tiled: a view over them would span
    # memory that is not theirs (numpy's overlap check then recursed without end)
    assert runs([block[0], block[2], block[4]]) == [(0, 3, False)]
    assert runs([block[3], block[2], block[1]]) == [(0, 3, False)]
    far = np.zeros(10_000_000, np.int64)
    assert runs([far[:1500], far[-1500:]]) == [(0, 2, False)]


def test_a_first_line_longer_than_the_head_is_read_whole(tmp_path):
    """A header of thousands of names, longer than the head the layout reads at first:
    the layout takes all of it (the head would cut it, even inside a character)."""
    columns = 30_000
    header = ",".join(f"größe{i}" for i in range(columns)) + ",y"
    row = ",".join("1" for _ in range(columns)) + ",0"
    path = tmp_path / "wide.csv"
    path.write_text("\n".join([header, row, row.replace(",0", ",1")]) + "\n", encoding="utf-8")
    assert len(header.encode()) > datasets.csv_layout.HEAD_BYTES
    ds = datasets.read_csv(path, target="y")
    assert ds.X.shape == (2, columns) and ds.feature_names[-1] == f"größe{columns - 1}"


def test_a_csv_file_read_with_several_choices_parses_once(tmp_path, monkeypatch):
    """``CsvFile.read`` gives what ``read_csv`` gives for each choice, errors included,
    from one parse."""
    from engine.datasets import csv_reader

    path = write(tmp_path, "id,kind,x,y\n1,a,0.5,0\n2,b,,1\n3,a,1.5,0\n4,c,2.5,1\n")
    parses = []
    real = csv_reader.read_table
    monkeypatch.setattr(csv_reader, "read_table", lambda *a, **k: parses.append(1) or real(
        *a, **k))
    opened = datasets.CsvFile(path)
    assert parses == []  # the layout is found on the head; the values wait for a reading
    choices = [dict(target="y", drop_missing=True), dict(target="y", ignore=["kind"],
                                                         drop_missing=True),
               dict(target="kind", ignore="id", drop_missing=True),
               dict(target=[2, 3], drop_missing=True)]
    for choice in choices:
        ds = opened.read(**choice)
        expected = datasets.read_csv(path, **choice)
        assert ds.feature_names == expected.feature_names and ds.source == expected.source
        np.testing.assert_array_equal(ds.X, expected.X)
        np.testing.assert_array_equal(ds.Y, expected.Y)
    with pytest.raises(DataError, match="row 3, column 'x': the value is missing"):
        opened.read(target="y")
    with pytest.raises(DataError, match="has no column named 'z'"):
        opened.read(target="z")
    assert len(parses) == 1 + len(choices)  # once for CsvFile, once for each read_csv


def test_a_regression_target_can_be_read_divided_and_rebuilds_so(tmp_path):
    from engine.datasets.sources import from_source

    path = write(tmp_path, "area,price\n" + "".join(f"{i},{100000.5 + 1000 * i}\n"
                                                   for i in range(12)))
    ds = datasets.read_csv(path, target="price", divide_target=100000)
    assert ds.target_names == ("price ÷ 100,000",)
    np.testing.assert_allclose(ds.Y[:, 0], [(100000.5 + 1000 * i) / 100000 for i in range(12)])
    again = from_source(ds.source)
    assert again.target_names == ds.target_names
    np.testing.assert_array_equal(again.Y, ds.Y)
    assert "divide_target" not in datasets.read_csv(path, target="price").source["options"]


@pytest.mark.parametrize("divisor, fragment", [
    (0, "divide_target must be a finite number greater than 0"),
    (float("nan"), "divide_target must be a finite number greater than 0"),
    (True, "divide_target must be"),
])
def test_a_bad_divisor_is_refused(tmp_path, divisor, fragment):
    path = write(tmp_path, "x,y\n1,200.5\n2,300.5\n")
    with pytest.raises(DataError, match=fragment):
        datasets.read_csv(path, target="y", divide_target=divisor)


def test_a_class_target_cannot_be_divided(tmp_path):
    path = write(tmp_path, "x,label\n1,a\n2,b\n3,a\n")
    with pytest.raises(DataError, match="'label' holds classes; only a numeric"):
        datasets.read_csv(path, target="label", divide_target=10)


def test_a_word_in_a_target_read_as_numbers_is_named_a_word_with_the_way_out(tmp_path):
    """A text target read as numbers said 'Adelie' "is not a finite number" and told the
    user to "pass task='classification'", Python's words in the window (tester)."""
    path = tmp_path / "birds.csv"
    path.write_text("x,species\n1,Adelie\n2,Gentoo\n", encoding="utf-8")
    with pytest.raises(DataError) as refused:
        datasets.read_csv(path, target="species", task="regression")
    message = str(refused.value)
    assert "row 2, column 'species': 'Adelie' is not a number;" in message
    assert "read it as classes (classification)" in message and "task=" not in message
    path.write_text("x,v\n1,2\n2,inf\n", encoding="utf-8")
    with pytest.raises(DataError, match="row 3, column 'v': 'inf' is not a finite number"):
        datasets.read_csv(path, target="v", task="regression")


def test_a_moved_file_saved_with_another_separator_is_read_there(tmp_path):
    """A project records its file's separator; its file saved again with semicolons (a
    spreadsheet in another locale) and located was refused as "a single column" (tester)."""
    from engine.datasets.sources import from_source, moved_to

    first = write(tmp_path, "x,y,label\n1,2,cat\n3,4,dog\n5,6,cat\n", name="first.csv")
    ds = datasets.read_csv(first, target="label")
    again = write(tmp_path, "x;y;label\n1;2;cat\n3;4;dog\n5;6;cat\n", name="again.csv")
    moved = moved_to(ds.source, str(again))
    assert moved["path"] == str(again) and "delimiter" not in moved["options"]
    assert ds.source["options"]["delimiter"] == ","  # the original is left as it was
    np.testing.assert_array_equal(from_source(moved).X, ds.X)


def test_a_column_named_in_other_capitals_is_pointed_at(tmp_path):
    """--target Species listed every column and said nothing of species (tester)."""
    path = write(tmp_path, "x,species\n1,a\n2,b\n3,a\n")
    with pytest.raises(DataError, match="did you mean 'species'"):
        datasets.read_csv(path, target="Species")


def test_rows_of_empty_cells_are_blank_rows_not_missing_values(tmp_path):
    """Excel writes ",," for rows whose cells were once formatted: skipped as an empty line
    is, here and in the preview; a real gap is still named by its own line."""
    from engine.datasets.csv_preview import peek

    path = tmp_path / "excel.csv"
    path.write_text("a,b,label\r\n1,2,x\r\n,,\r\n3,4,y\r\n , ,\r\n5,6,x\r\n,,\r\n,,\r\n",
                    encoding="utf-8")
    ds = datasets.read_csv(path)
    assert ds.n_samples == 3 and ds.dropped_rows == 0
    assert ds.X.tolist() == [[1, 2], [3, 4], [5, 6]]
    assert peek(path).lines == (2, 4, 6)
    path.write_text("a,b,label\n1,2,x\n,,\n3,,y\n5,6,x\n7,8,y\n,,\n", encoding="utf-8")
    with pytest.raises(DataError, match="row 4, column 'b': the value is missing"):
        datasets.read_csv(path)
    assert datasets.read_csv(path, drop_missing=True).dropped_rows == 1
