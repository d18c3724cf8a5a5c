"""Projects of step neurons (engine.project.starting) and a seed for every built-in data set."""

import numpy as np
import pytest

from engine import DataError, SpecError, TrainConfig, Trainer, datasets
from engine.project.starting import (
    new_project,
    output_costs,
    output_layer,
    output_mode,
    project_training_data,
)


def test_the_costs_each_output_can_take_come_from_the_spec_rule():
    assert output_costs("step", 1) == ["mse"]
    assert output_costs("sigmoid", 1) == ["mse", "bce"]
    assert output_costs("softmax", 3) == ["cce"]
    assert output_costs("softmax", 1) == []  # softmax over one output is always 1
    assert output_costs("linear", 2) == ["mse"]


def test_a_step_output_has_one_neuron_per_target_column_and_mse():
    layer, loss = output_layer(datasets.load("and"), activation="step")
    assert (layer.units, layer.activation, loss) == (1, "step", "mse")
    layer, loss = output_layer(datasets.load("iris"), activation="step")
    assert (layer.units, layer.activation, loss) == (3, "step", "mse")
    with pytest.raises(SpecError, match="regression set"):
        output_layer(datasets.load("plane"), activation="step")
    # the data's usual output is unchanged
    assert output_layer(datasets.load("and"))[0].activation == "sigmoid"


def test_a_step_project_trains_by_the_perceptron_rule_to_convergence():
    project = new_project(datasets.load("and"), hidden=[], activation="step")
    assert project.network.spec.output_activation == "step"
    assert project.config.mode == "perceptron"
    data = project_training_data(project)
    config = TrainConfig(mode=project.config.mode, learning_rate=0.5, epochs=50)
    history = Trainer(project.network, config).fit(data.X, data.Y)
    assert history.stop_reason == "converged"
    np.testing.assert_array_equal(project.network.predict(data.X), data.Y)


def test_a_given_config_keeps_its_settings_and_takes_the_perceptron_mode():
    config = TrainConfig(learning_rate=0.25, epochs=7)
    project = new_project(datasets.load("or"), hidden=[], activation="step", config=config)
    assert project.config.mode == "perceptron"
    assert project.config.learning_rate == 0.25 and project.config.epochs == 7


def test_no_mode_trains_step_neurons_with_hidden_layers():
    with pytest.raises(SpecError, match="single layer of step neurons"):
        new_project(datasets.load("xor"), hidden=[4], activation="step")


def test_the_mode_rule_is_the_trainers():
    sigmoid = new_project(datasets.load("and"), hidden=[]).network.spec
    assert output_mode(sigmoid, "minibatch") == "minibatch"
    with pytest.raises(SpecError, match="the output layer uses sigmoid"):
        output_mode(sigmoid, "perceptron")
    step = new_project(datasets.load("and"), hidden=[], activation="step").network.spec
    assert output_mode(step, "minibatch") == "perceptron"


@pytest.mark.parametrize("name", datasets.names())
def test_every_built_in_takes_a_seed(name):
    ds = datasets.load(name, seed=3)
    assert len(ds.X) > 0


@pytest.mark.parametrize("name", ["and", "or", "nand", "xor"])
def test_a_truth_table_checks_its_seed_and_ignores_it(name):
    plain, seeded = datasets.load(name), datasets.load(name, seed=12345)
    np.testing.assert_array_equal(plain.X, seeded.X)
    np.testing.assert_array_equal(plain.Y, seeded.Y)
    assert seeded.source == plain.source  # nothing to remember: the seed changes nothing
    with pytest.raises(DataError, match="seed"):
        datasets.load(name, seed=-1)
    with pytest.raises(DataError, match="unknown parameter 'noise'"):
        datasets.load(name, seed=1, noise=0.1)
