"""The perceptron from the command line: ``new --activation step --hidden none`` makes one
layer of M-P neurons and ``train`` trains it by the perceptron rule; the combinations no mode
can train are refused in one line with exit code 2."""

import numpy as np
import pytest

import cli
from engine.project import load_project
from engine.project.starting import project_training_data


def run_main(capsys, *args):
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(code, stderr, *fragments):
    assert code == 2
    assert "Traceback" not in stderr
    lines = [line for line in stderr.strip().split("\n") if "error:" in line]
    assert len(lines) == 1, stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def test_new_with_step_makes_a_perceptron_and_train_converges_on_and(capsys, tmp_path):
    project = tmp_path / "and.bps.json"
    code, out, err = run_main(capsys, "new", "--dataset", "and", "--activation", "step",
                              "--hidden", "", "--out", project)
    assert code == 0, err
    assert "2-1, no hidden layer" in out
    made = load_project(project)
    spec = made.network.spec
    assert spec.sizes == (2, 1)
    assert spec.output_activation == "step" and spec.loss == "mse"
    assert made.config.mode == "perceptron"  # the one mode that trains it, saved with it

    code, out, err = run_main(capsys, "train", project, "--mode", "perceptron", "--epochs", "50",
                              "--lr", "0.5")
    assert code == 0, err
    assert "converged" in out
    trained = load_project(project)
    data = project_training_data(trained)
    np.testing.assert_array_equal(data.Y.ravel(), [0, 0, 0, 1])
    assert trained.network.predict(data.X).ravel().tolist() == [0, 0, 0, 1]
    assert trained.history.train_loss[-1] == 0


def test_the_saved_perceptron_trains_without_naming_the_mode(capsys, tmp_path):
    project = tmp_path / "or.bps.json"
    assert run_main(capsys, "new", "--dataset", "or", "--activation", "step", "--hidden",
                    "none", "--out", project)[0] == 0
    code, out, err = run_main(capsys, "train", project, "--epochs", "30")
    assert code == 0, err
    assert "converged" in out


def test_step_neurons_for_several_classes_one_per_class(capsys, tmp_path):
    project = tmp_path / "iris.bps.json"
    code, _, err = run_main(capsys, "new", "--dataset", "iris", "--activation", "step",
                            "--hidden", "none", "--out", project)
    assert code == 0, err
    spec = load_project(project).network.spec
    assert spec.sizes == (4, 3) and spec.output_activation == "step"
    code, _, err = run_main(capsys, "train", project, "--epochs", "3")
    assert code == 0, err


def test_info_says_a_step_output_is_zero_or_one(capsys, tmp_path):
    project = tmp_path / "and.bps.json"
    run_main(capsys, "new", "--dataset", "and", "--activation", "step", "--hidden", "none",
             "--out", project)
    code, out, _ = run_main(capsys, "info", project)
    assert code == 0
    assert "1 for 1, 0 for 0 (a step neuron)" in out
    assert "training: perceptron" in out


def test_step_with_hidden_layers_is_refused_in_one_line(capsys, tmp_path):
    project = tmp_path / "deep.bps.json"
    code, _, err = run_main(capsys, "new", "--dataset", "and", "--activation", "step",
                            "--hidden", "3", "--out", project)
    one_line_error(code, err, "the perceptron rule trains a single layer of step neurons",
                   "sigmoid instead of step")
    assert not project.exists()


def test_step_on_regression_data_is_refused(capsys, tmp_path):
    code, _, err = run_main(capsys, "new", "--dataset", "plane", "--activation", "step",
                            "--hidden", "none", "--out", tmp_path / "p.bps.json")
    one_line_error(code, err, "step outputs are 0 or 1", "regression")


def test_a_cost_a_step_output_cannot_take_is_refused(capsys, tmp_path):
    code, _, err = run_main(capsys, "new", "--dataset", "and", "--activation", "step",
                            "--hidden", "none", "--loss", "bce", "--out", tmp_path / "p.json")
    one_line_error(code, err, "bce needs sigmoid outputs", "not step")


def test_perceptron_mode_on_a_sigmoid_output_is_refused(capsys, tmp_path):
    project = tmp_path / "sig.bps.json"
    assert run_main(capsys, "new", "--dataset", "and", "--hidden", "none", "--out",
                    project)[0] == 0
    before = project.read_bytes()
    code, _, err = run_main(capsys, "train", project, "--mode", "perceptron")
    one_line_error(code, err, "the perceptron rule trains step neurons",
                   "the output layer uses sigmoid")
    assert project.read_bytes() == before


@pytest.mark.parametrize("mode", ["minibatch", "batch", "stochastic"])
def test_gradient_modes_on_a_perceptron_are_refused(capsys, tmp_path, mode):
    project = tmp_path / "and.bps.json"
    run_main(capsys, "new", "--dataset", "and", "--activation", "step", "--hidden", "none",
             "--out", project)
    before = project.read_bytes()
    code, _, err = run_main(capsys, "train", project, "--mode", mode)
    one_line_error(code, err, "step activation, which gradient descent cannot train",
                   "perceptron rule")
    assert project.read_bytes() == before


def test_every_built_in_takes_a_seed_from_the_command_line(capsys, tmp_path):
    code, _, err = run_main(capsys, "new", "--dataset", "xor", "--param", "seed=3", "--out",
                            tmp_path / "x.bps.json")
    assert code == 0, err


def test_gradient_descent_on_step_neurons_names_the_option_not_the_menu(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    main = str(Path(__file__).parents[1] / "main.py")
    project = str(tmp_path / "x.json")
    made = subprocess.run([sys.executable, main, "new", "--dataset", "xor", "--activation",
                           "step", "--hidden", "none", "--out", project],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([sys.executable, main, "train", project, "--mode", "batch"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.rstrip().endswith("give --mode perceptron") and "“" not in done.stderr


def test_a_perceptron_cannot_solve_xor_from_a_four_row_csv(tmp_path, capsys):
    """A file this small is all for training: a fifth set aside for validation left three
    rows a line separates, and the perceptron "solved" XOR."""
    import cli

    path = tmp_path / "xor.csv"
    path.write_text("a,b,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", encoding="utf-8")
    project = tmp_path / "x.json"
    assert cli.main(["new", "--csv", str(path), "--target", "label", "--activation", "step",
                     "--hidden", "none", "--out", str(project)]) == 0
    assert cli.main(["train", str(project), "--epochs", "50"]) == 0
    said = capsys.readouterr().out
    assert "accuracy 1;" not in said and "converged" not in said and "val" not in said


def test_the_perceptron_mode_on_a_net_without_step_neurons_says_so(capsys, tmp_path):
    project = tmp_path / "xor.bps.json"
    run_main(capsys, "new", "--dataset", "xor", "--hidden", "4", "--out", project)
    code, _, err = run_main(capsys, "train", project, "--mode", "perceptron")
    one_line_error(code, err, "1 hidden layer and no step neuron", "gradient descent")
    assert "instead of step" not in err
