"""``fit_problem``: why a network cannot learn a data set, naming every end that differs."""

from engine import LayerSpec, NetworkSpec, datasets
from engine.project.starting import fit_problem


def spec(n_in, n_out, output="sigmoid", loss="bce"):
    return NetworkSpec(n_in, [LayerSpec(4, "tanh"), LayerSpec(n_out, output)], loss)


def test_a_fitting_network_has_no_problem():
    assert fit_problem(spec(2, 1), datasets.load("xor")) is None


def test_inputs_alone_differ():
    assert fit_problem(spec(3, 1), datasets.load("xor")) == (
        "XOR truth table has 2 input features, but the network takes 3 inputs")


def test_outputs_alone_differ():
    said = fit_problem(spec(4, 2, "softmax", "cce"), datasets.load("iris"))
    assert said == "Iris needs 3 output units, but the network has 2"


def test_both_ends_differ_and_both_are_said():
    said = fit_problem(spec(2, 1), datasets.load("iris"))
    assert said == ("Iris has 4 input features and needs 3 output units, but the network "
                    "takes 2 inputs and has 1")
