"""The hint to standardise: features on very different scales, or far from 0."""

import numpy as np

from engine.datasets.normalise import scaling_problem


def test_features_on_the_same_small_scale_need_nothing():
    X = np.array([[0, 1], [1, 0], [0.5, 0.2]])
    assert scaling_problem(X) is None


def test_ranges_a_thousand_fold_apart_are_named():
    X = np.array([[0, 0], [1, 1000], [0.5, 10]])
    said = scaling_problem(X, ["petal", "price"])
    assert "1,000-fold" in said and "price spans 1000" in said and "petal 1" in said


def test_large_values_on_one_scale_are_named_too():
    X = np.array([[100.0, 150.0], [120.0, 160.0], [130.0, 140.0]])
    assert "reach 160" in scaling_problem(X)


def test_constant_or_tiny_data_say_nothing():
    assert scaling_problem(np.ones((5, 2))) is None
    assert scaling_problem(np.zeros((1, 2))) is None


def test_a_regression_target_far_from_where_outputs_start_is_named():
    from engine.datasets.normalise import target_scale_problem

    assert target_scale_problem(np.array([[0.5], [-80.0], [99.0]]), ("y",)) is None
    said = target_scale_problem(np.array([[2.0, 2700.0], [1.0, 6307.0]]), ("n", "mass_g"))
    assert "the target mass_g reaches 6307" in said and "divided by 1,000" in said
    assert "y1 reaches -250" in target_scale_problem(np.array([1.0, -250.0]))
    assert target_scale_problem(np.array([[np.nan], [5000.0]])) is None  # refused elsewhere


def test_new_on_the_command_line_says_so_too(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    csv = tmp_path / "mass.csv"
    csv.write_text("a,mass_g\n" + "".join(f"{i % 4},{3000.5 + 40 * i}\n" for i in range(20)),
                   encoding="utf-8")
    done = subprocess.run([sys.executable, str(Path(__file__).parents[2] / "main.py"), "new",
                           "--csv", str(csv), "--target", "mass_g", "--out",
                           str(tmp_path / "p.json")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "note: the target mass_g reaches 3760" in done.stdout
