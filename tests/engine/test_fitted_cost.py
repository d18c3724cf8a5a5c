"""The cost a network fitted to other data takes: kept while its output layer stays as it
is (a lesson's sigmoid with mse on new two-class data), the data's usual one when the output
changes kind (a regression's linear mse output fitted to two classes kept mse where ``new``
gives bce: tester)."""

from engine import LayerSpec, NetworkSpec, datasets
from engine.project.starting import output_layer
from engine.session.fitting import fitted_spec


def _spec(activation, loss, units=1):
    return NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(units, activation)], loss)


def test_a_regression_output_fitted_to_two_classes_takes_their_usual_cost():
    classes = datasets.load("moons", n_samples=40)
    spec = fitted_spec(_spec("linear", "mse"), classes)
    usual, loss = output_layer(classes)  # what ``new`` gives these data
    assert (spec.layers[-1].activation, spec.loss) == (usual.activation, loss)
    assert (spec.layers[-1].activation, spec.loss) == ("sigmoid", "bce")


def test_a_chosen_cost_stays_while_the_output_layer_does():
    classes = datasets.load("moons", n_samples=40)
    assert fitted_spec(_spec("sigmoid", "mse"), classes).loss == "mse"  # XOR's lesson cost
    numbers = datasets.load("plane", n_samples=40, seed=0)
    assert fitted_spec(_spec("linear", "mse"), numbers).loss == "mse"
    back = fitted_spec(_spec("sigmoid", "bce"), numbers)
    assert (back.layers[-1].activation, back.loss) == ("linear", "mse")


def test_a_perceptron_fitted_to_data_its_rule_cannot_train_trains_by_gradient_descent():
    """Lesson 1's step neuron fitted to the digits became 64-10 softmax, still in the
    perceptron mode: Train was refused (tester). The mode changes in the same undo step."""
    from engine.project.starting import new_project, project_training_data
    from engine.session import Session

    project = new_project(datasets.load("and"), hidden=[], activation="step")
    session = Session(project, project_training_data(project))
    assert session.config.mode == "perceptron"
    session.fit_network_to_data(datasets.load("iris"))
    assert session.spec.output_activation == "softmax"
    assert session.config.mode == "minibatch"
    session.undo()
    assert session.config.mode == "perceptron" and session.spec.output_activation == "step"
    session.redo()
    assert session.config.mode == "minibatch"

