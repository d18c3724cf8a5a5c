"""Text feature columns one-hot encoded, missing values, ignored columns, the encoding kept in
the data's source and the project, on small files the tests write."""

import json

import numpy as np
import pytest

from engine import DataError, MissingValues, datasets
from engine.datasets.encoding import MAX_CATEGORIES, Encoding, RawColumn, encoding_of

PENGUINS = (
    "species;island;bill;sex;note\n"
    'Adelie;Torgersen;39.1;male;"said ""hi""; twice"\n'
    "Adelie;Biscoe;NA;female;x\n"
    "Gentoo;Dream;46.5;;x\n"
    "Gentoo;Biscoe;47.0;male;x\n"
    "Chinstrap;Dream;49.0;female;x\n"
    "Chinstrap;Torgersen;?;male;x\n"
)


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_columns_become_one_feature_per_category_in_sorted_order(tmp_path):
    ds = datasets.read_csv(write(tmp_path, PENGUINS), target="species", drop_missing=True)
    assert ds.feature_names == ("island=Biscoe", "island=Dream", "island=Torgersen", "bill",
                                "sex=female", "sex=male", 'note=said "hi"; twice', "note=x")
    assert ds.dropped_rows == 3
    np.testing.assert_array_equal(ds.X, [[0, 0, 1, 39.1, 0, 1, 1, 0],
                                         [1, 0, 0, 47.0, 0, 1, 0, 1],
                                         [0, 1, 0, 49.0, 1, 0, 0, 1]])
    assert ds.class_names == ("Adelie", "Chinstrap", "Gentoo")
    assert ds.encoding.columns[0] == RawColumn("island", ("Biscoe", "Dream", "Torgersen"))
    assert ds.encoding.columns[1] == RawColumn("bill")
    assert ds.source["options"]["encoding"] == ds.encoding.to_dict()


def test_missing_values_are_refused_with_row_and_column_unless_dropped(tmp_path):
    path = write(tmp_path, PENGUINS)
    with pytest.raises(DataError) as caught:
        datasets.read_csv(path, target="species")
    assert str(caught.value) == (
        f"{path}: row 3, column 'bill': the value is missing (3 rows have a missing value)")
    # the way out (a flag, a check box, a keyword) is the caller's to add: it depends on
    # where the reader is
    assert "drop_missing" not in str(caught.value)
    assert isinstance(caught.value, MissingValues)
    assert (caught.value.row, caught.value.column, caught.value.count) == (3, "bill", 3)


def test_a_single_missing_value_reads_as_one_whole_sentence(tmp_path):
    path = write(tmp_path, "a,b,label\n1,2,x\n3,NA,y\n5,6,x\n")
    with pytest.raises(MissingValues) as caught:
        datasets.read_csv(path, target="label")
    assert str(caught.value) == (
        f"{path}: row 3, column 'b': the value is missing (the only row with a missing value)")


def test_ignored_columns_and_a_column_of_one_value(tmp_path):
    text = "id,colour,size,label\na1,red,1,yes\na2,red,2,no\na3,red,3,yes\na4,red,4,no\n"
    ds = datasets.read_csv(write(tmp_path, text), ignore=["id"])
    assert ds.feature_names == ("colour=red", "size")
    np.testing.assert_array_equal(ds.X[:, 0], 1.0)
    assert ds.encoding.ignored == ("id",)
    again = datasets.from_source(json.loads(json.dumps(ds.source)))
    np.testing.assert_array_equal(again.X, ds.X)
    assert again.encoding == ds.encoding


def test_a_headerless_file_with_text_is_named_by_column_number(tmp_path):
    ds = datasets.read_csv(write(tmp_path, "1.5,north,0\n2.5,south,1\n3.5,north,0\n"))
    assert ds.feature_names == ("column 1", "column 2=north", "column 2=south")
    np.testing.assert_array_equal(ds.X, [[1.5, 1, 0], [2.5, 0, 1], [3.5, 1, 0]])


def test_quoted_fields_and_spaces_around_text(tmp_path):
    text = 'x,city,label\n1,"New York, NY",a\n2, Paris ,b\n3,"New York, NY",a\n'
    ds = datasets.read_csv(write(tmp_path, text))
    assert ds.feature_names == ("x", "city=New York, NY", "city=Paris")


def test_a_word_among_numbers_is_an_error_not_a_category(tmp_path):
    path = write(tmp_path, "x,y,label\n1,2,a\n3,abc,b\n4,5,a\n")
    with pytest.raises(DataError) as caught:
        datasets.read_csv(path)
    assert str(caught.value) == f"{path}: row 3, column 'y': 'abc' is not a number"


def test_a_semicolon_file_of_decimal_commas_is_read_as_numbers(tmp_path):
    """As a spreadsheet set to German or French saves CSV: "2,5" is 2.5, a gap and all."""
    path = write(tmp_path, "x;y;label\n1;2,5;a\n3;-4,25e1;b\n5;;a\n7;0,5;b\n")
    ds = datasets.read_csv(path, drop_missing=True)
    assert ds.X.tolist() == [[1, 2.5], [3, -42.5], [7, 0.5]] and ds.dropped_rows == 1
    assert ds.class_names == ("a", "b")


def test_decimal_commas_without_a_header_and_in_a_regression_target(tmp_path):
    # every cell of the first row has a comma: numbers, not the columns' names
    path = write(tmp_path, "5,1;3,5;0,2\n4,9;3,0;0,4\n7,0;3,2;1,5\n6,4;;1,3\n")
    ds = datasets.read_csv(path, drop_missing=True)
    assert ds.feature_names == ("column 1", "column 2") and ds.task == "regression"
    assert ds.X.tolist() == [[5.1, 3.5], [4.9, 3.0], [7.0, 3.2]]
    assert ds.Y[:, 0].tolist() == [0.2, 0.4, 1.5]
    from engine.datasets.csv_preview import peek

    assert peek(path).names == ("column 1", "column 2", "column 3")


def test_a_dot_among_decimal_commas_is_refused_saying_how_the_file_writes_them(tmp_path):
    path = write(tmp_path, "x;y;label\n1;2,5;a\n3;4,25;b\n" + "5;1,5;a\n" * 25 + "6;2.5;b\n")
    with pytest.raises(DataError) as caught:
        datasets.read_csv(path)
    assert str(caught.value) == (f"{path}: row 29, column 'y': '2.5' is not a number (this "
                                 "file writes its decimals with a comma: write this one so too)")


def test_thousands_commas_in_a_file_of_tabs_are_refused_with_the_hint(tmp_path):
    """In a file of tabs "2,500" may as well be a thousand: refused, not read as 2.5 (a
    decimal comma no thousands separator writes, "2,5", is read: test_csv_text_encodings)."""
    path = write(tmp_path, "x\ty\tlabel\n1\t2,500\ta\n3\t4,250\tb\n")
    with pytest.raises(DataError) as caught:
        datasets.read_csv(path)
    assert str(caught.value) == (f"{path}: row 2, column 'y': '2,500' is not a number (use a "
                                 "dot for decimals)")


def test_too_many_categories_is_refused_naming_the_column_each_caller_its_way_out(
        tmp_path, capsys):
    """The engine names the problem and the column; the command line adds its --ignore (the
    CSV dialog its tick box, ``tests/gui/test_data_panel_imports.py``)."""
    from engine import TooManyCategories

    rows = "".join(f"{i},name{i},{i % 2}\n" for i in range(MAX_CATEGORIES + 1))
    path = write(tmp_path, "x,name,label\n" + rows)
    with pytest.raises(TooManyCategories) as caught:
        datasets.read_csv(path)
    assert str(caught.value) == (
        f"{path}: column 'name' has {MAX_CATEGORIES + 1} distinct text values, more than the "
        f"{MAX_CATEGORIES} a text feature may have (one input each): an identifier or free "
        "text, which the network cannot take as a feature")
    assert caught.value.column == "name" and isinstance(caught.value, DataError)
    assert datasets.read_csv(path, ignore="name").feature_names == ("x",)
    import main

    assert main.main(["new", "--csv", str(path), "--target", "label", "--out",
                      str(tmp_path / "p.json")]) == 2
    assert "; leave it out with --ignore name" in capsys.readouterr().err


def test_a_fixed_encoding_keeps_the_inputs_and_refuses_a_new_category(tmp_path):
    path = write(tmp_path, "size,colour,label\n1,red,a\n2,blue,b\n3,red,a\n")
    first = datasets.read_csv(path)
    assert first.feature_names == ("size", "colour=blue", "colour=red")
    source = json.loads(json.dumps(first.source))
    path.write_text("size,colour,label\n1,red,a\n3,red,b\n", encoding="utf-8")  # no blue left
    again = datasets.from_source(source)
    assert again.feature_names == first.feature_names
    np.testing.assert_array_equal(again.X, [[1, 0, 1], [3, 0, 1]])
    path.write_text("size,colour,label\n1,red,a\n2,green,b\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        datasets.from_source(source)
    assert str(caught.value) == (
        f"{path.absolute()}: row 3, column 'colour': 'green' is not one of the column's "
        "categories (blue, red), which the data's encoding fixed")
    path.write_text("size,shade,label\n1,red,a\n2,blue,b\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"feature columns \(size, shade\) are no longer"):
        datasets.from_source(source)


def test_encoding_dict_round_trip_and_damage():
    encoding = Encoding((RawColumn("bill"), RawColumn("island", ("Biscoe", "Dream"))),
                        ("id",), True)
    assert Encoding.from_dict(json.loads(json.dumps(encoding.to_dict()))) == encoding
    assert encoding.feature_names == ("bill", "island=Biscoe", "island=Dream")
    np.testing.assert_array_equal(encoding.encode_rows([[1.5, "Dream"], ["2", " Biscoe "]]),
                                  [[1.5, 0, 1], [2, 1, 0]])
    with pytest.raises(DataError, match="row 1, column 'island': 'Torgersen' is not one of"):
        encoding.encode_rows([[1.0, "Torgersen"]])
    with pytest.raises(DataError, match="row 1, column 'bill': 'long' is not a number"):
        encoding.encode_rows([["long", "Dream"]])
    for damaged in ({"columns": "x"}, {"columns": [{"name": 3}]},
                    {"columns": [{"name": "a", "categories": ["b", "b"]}]}, []):
        with pytest.raises(DataError, match="encoding of the data is damaged"):
            Encoding.from_dict(damaged)
    assert encoding_of({"kind": "builtin", "name": "xor"}) is None


def test_numeric_files_keep_their_source_as_before(tmp_path):
    ds = datasets.read_csv(write(tmp_path, "x,y,label\n1,2,a\n3,4,b\n"))
    assert "encoding" not in ds.source["options"]
    assert ds.encoding == Encoding((RawColumn("x"), RawColumn("y")))


def test_true_and_false_are_words_not_numbers(tmp_path):
    ds = datasets.read_csv(write(tmp_path, "x,flag,label\n1,True,False\n2,False,True\n"
                                            "3,True,True\n"))
    assert ds.feature_names == ("x", "flag=False", "flag=True")
    assert ds.class_names == ("False", "True")


def test_the_input_features_refusal_counts_raw_columns_not_one_hot_inputs(tmp_path):
    """Penguins' 6 columns were "9" (island=Biscoe, … each counted, tester)."""
    from engine.datasets.features import FeatureMap, features_problem, raw_feature_count

    path = write(tmp_path, "bill,island,species\n" + "".join(
        f"{30 + i},{('Biscoe', 'Dream', 'Torgersen')[i % 3]},{'AG'[i % 2]}\n"
        for i in range(12)))
    ds = datasets.read_csv(path, target="species")
    assert ds.n_features == 4 and raw_feature_count(ds) == 2
    problem = features_problem(ds, FeatureMap.of(["x1", "x1^2"]))
    assert problem is not None and problem.endswith("has 2")


def test_thousands_grouped_by_dots_beside_decimal_commas(tmp_path):
    """A German spreadsheet's "4.500" beside "94,9" is four thousand five hundred, and
    "1.368.237" a price; refused, it was "'94,9' is not a number (use a dot …)" (tester)."""
    path = write(tmp_path, "Fläche;Grundstück;Preis\n94,9;4.500;407.857\n120,5;12.000;"
                           "1.368.237\n80,0;300;250.000\n")
    ds = datasets.read_csv(path, target="Preis", task="regression")
    assert ds.X.tolist() == [[94.9, 4500], [120.5, 12000], [80, 300]]
    assert ds.Y[:, 0].tolist() == [407857, 1368237, 250000]
    # with a decimal dot too ("2.50" groups no thousands) the file is read with dots, and
    # its first decimal comma refused
    bad = write(tmp_path, "a;b;label\n94,9;4.500;x\n1,5;2.50;y\n", name="bad.csv")
    with pytest.raises(DataError, match="row 2, column 'a': '94,9' is not a number"):
        datasets.read_csv(bad)


def test_a_column_that_mixes_decimal_commas_and_dots_says_so(tmp_path):
    """One "77.5" among decimal commas made the file one of dots, and the first comma was
    told to "use a dot" (tester): the message names the dot it was read by."""
    path = write(tmp_path, "Stadt;Fläche;Klasse\nKöln;111,7;a\nBonn;80,5;b\nKöln;77.5;a\n"
                           "Bonn;60,1;b\nKöln;70,2;a\n")
    with pytest.raises(DataError, match=r"row 2, column 'Fläche': '111,7' is not a number "
                                         r"\(the column writes decimals with a comma here and "
                                         r"with a dot elsewhere, as '77.5'"):
        datasets.read_csv(path)
