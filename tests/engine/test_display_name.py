"""The data named as the interface says them: a built-in by its title in the interface's
language, painted points so called, a file by its own name (the Chinese status bar read
"数据：spirals", tester)."""

from engine import datasets
from engine.datasets.sources import display_name, from_arrays


def test_a_builtin_by_its_title_painted_points_so_called_a_file_by_its_name(tmp_path):
    assert display_name(datasets.load("xor")) == "XOR truth table"
    assert display_name(datasets.load("spirals", n_samples=40)) == "Spirals"
    painted = from_arrays([[0.0, 0.0], [1.0, 1.0]], [0, 1], name="painted")
    assert display_name(painted) == "painted points"
    (tmp_path / "mine.csv").write_text("x,y,c\n1,2,a\n3,4,b\n5,6,a\n", encoding="utf-8")
    assert display_name(datasets.read_csv(tmp_path / "mine.csv", target="c")) == "mine.csv"

