"""Columns that cannot help (one value in every row, a row number) are pointed out, once
each, with a wide file's many blank columns named by the first few."""

import numpy as np
import pytest

from engine import datasets
from engine.datasets import CsvFile
from engine.datasets.column_hints import uninformative_columns


def test_a_constant_column_and_a_row_number_are_named(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,island,bill,year,species\n" + "".join(
        f"{i + 1},{'BD'[i % 2]},{30 + i % 4},2008,{'AG'[i % 3 == 0]}\n" for i in range(10)),
        encoding="utf-8")
    hints = uninformative_columns(datasets.read_csv(path, target="species"))
    assert hints == ["'year': the same value in every row, which tells the network nothing",
                     "'id': counts the rows (1, 2, 3, …), the row's place in the file and not "
                     "something about the sample"]


def test_a_shuffled_id_column_is_named_too(tmp_path):
    """Ids 1 … N in a shuffled file's order still name the rows; a measured quantity in
    whole units (a bill length, which repeats) is not taken for one."""
    order = np.random.default_rng(0).permutation(40) + 1
    path = tmp_path / "p.csv"
    path.write_text("id,bill,species\n" + "".join(
        f"{k},{30 + i % 7},{'AG'[i % 3 == 0]}\n" for i, k in enumerate(order)), encoding="utf-8")
    ds = datasets.read_csv(path, target="species")
    assert uninformative_columns(ds) == [
        "'id': a different whole number in every row, as an id: it names the row and tells "
        "nothing about the sample"]
    assert CsvFile(path).likely_target() == 2  # and no target either


def test_ordinary_data_have_no_hints_and_wide_ones_are_counted():
    for name in ("iris", "moons", "spirals", "circles"):
        assert uninformative_columns(datasets.load(name)) == []
    digits = datasets.load("digits")
    blank = [name for j, name in enumerate(digits.feature_names)
             if np.all(digits.X[:, j] == digits.X[0, j])]
    (hint,) = uninformative_columns(digits)
    assert hint.startswith(", ".join(repr(name) for name in blank[:3]))
    assert len(blank) <= 3 or f"and {len(blank) - 3} more" in hint


@pytest.mark.parametrize(("text", "target"), [
    ("a,b,kind,year\n" + "".join(f"{i},{i % 3},{'xy'[i % 2]},2008\n" for i in range(12)),
     "kind"),
    ("label,p1,p2\n" + "".join(f"{i % 10},{i % 3},0\n" for i in range(12)), "label"),
    ("id,a,b,row\n" + "".join(f"{i},{i % 4},{'xy'[i % 2]},{i + 1}\n" for i in range(12)), "b"),
    ("a,b\n" + "".join(f"{i % 3},{i % 2}\n" for i in range(12)), "b"),
    ("a,b\n" + "".join("1,2\n" for _ in range(12)), "b"),  # nothing tells: the last
])
def test_the_likely_target_is_the_last_column_unless_it_says_nothing(tmp_path, text, target):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    csv = CsvFile(path)
    assert csv.names[csv.likely_target()] == target


def _named_birds(tmp_path):
    """Penguins with a name each, in the last column (where a new file's target is
    offered): 60 rows, 3 species, 60 names."""
    path = tmp_path / "birds.csv"
    path.write_text("bill,species,name\n" + "".join(
        f"{30 + i % 7},{'ACG'[i % 3]},bird{i}\n" for i in range(60)), encoding="utf-8")
    return path


def test_a_column_of_names_is_not_offered_as_the_target(tmp_path):
    csv = CsvFile(_named_birds(tmp_path))
    assert csv.names[csv.likely_target()] == "bill"  # the first that can be one, as for MNIST


def test_a_column_of_names_is_refused_as_a_target_saying_why(tmp_path):
    """176 one-row classes were taken for a classifier's target without a word (tester)."""
    from engine.errors import DataError

    with pytest.raises(DataError, match=r"60 distinct labels in 60 rows.*name or an identifier"):
        datasets.read_csv(_named_birds(tmp_path), target="name")
    # many classes of several rows each are classes
    path = tmp_path / "many.csv"
    path.write_text("x,k\n" + "".join(f"{i},c{i % 30}\n" for i in range(90)), encoding="utf-8")
    assert len(datasets.read_csv(path, target="k").class_names) == 30


def test_a_text_column_of_a_value_per_row_is_pointed_out(tmp_path):
    """A customer name or a date, one-hot: one input per row, learnt by heart (within the
    50 categories a text column may have, so it is not refused)."""
    from engine import datasets
    from engine.datasets.column_hints import uninformative_columns

    path = tmp_path / "churn.csv"
    path.write_text("customer,day,plan,a,churn\n" + "".join(
        f"C{1000 + i},2024-01-{i + 1:02d},{'ab'[i % 2]},{i % 5},{i % 2}\n" for i in range(30)),
        encoding="utf-8")
    ds = datasets.read_csv(path, target="churn")
    hints = uninformative_columns(ds)
    assert len(hints) == 1 and hints[0].startswith("'customer', 'day': a different text")


def test_two_columns_of_one_name_are_told_apart_in_the_notes(tmp_path):
    """Two notes about "'a'" read as one column said two things of (tester)."""
    from engine import datasets
    from engine.datasets.column_hints import uninformative_columns

    path = tmp_path / "dup.csv"
    path.write_text("a,a,y\n" + "".join(f"{i + 1},7,{'uv'[i % 2]}\n" for i in range(8)),
                    encoding="utf-8")
    hints = uninformative_columns(datasets.read_csv(path, target="y"))
    assert hints[0].startswith("'a (feature 2)': the same value in every row")
    assert hints[1].startswith("'a (feature 1)': counts the rows")
