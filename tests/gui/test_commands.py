"""The document's edits with no view at all: every edit, its undo and its redo leave a valid
spec and keep the untouched weights exactly; refusals change nothing and say why; training's
weights survive an undo of an earlier edit."""

import numpy as np
import pytest

from engine import Network, NetworkSpec
from gui.document import Document
from tests.gui.network_fixtures import use_network


def state(doc):
    return doc.spec, [W.copy() for W in doc.network.weights], [b.copy() for b in doc.network.biases]


def assert_state(doc, expected):
    spec, weights, biases = expected
    assert doc.spec == spec
    for a, b in zip(doc.network.weights + doc.network.biases, weights + biases, strict=True):
        np.testing.assert_array_equal(a, b)


def valid(doc):
    net = doc.network
    assert isinstance(doc.spec, NetworkSpec)
    Network.from_arrays(doc.spec, net.weights, net.biases)  # shapes agree with the spec
    return True


EDITS = {
    "add neuron": (lambda d: d.add_neuron(1, 2), (2, 5, 4, 1)),
    "remove neuron": (lambda d: d.remove_neuron(2, 0), (2, 4, 3, 1)),
    "move neuron": (lambda d: d.move_neuron(1, 3, 2, 0), (2, 3, 5, 1)),
    "reorder neuron": (lambda d: d.move_neuron(1, 0, 1, 3), (2, 4, 4, 1)),
    "add layer": (lambda d: d.add_hidden_layer(2, units=3), (2, 4, 3, 4, 1)),
    "remove layer": (lambda d: d.remove_hidden_layer(1), (2, 4, 1)),
    "activation": (lambda d: d.set_activation(2, "relu"), (2, 4, 4, 1)),
    "cost": (lambda d: d.set_loss("mse"), (2, 4, 4, 1)),
    "weight": (lambda d: d.set_weight(2, 1, 3, 0.5), (2, 4, 4, 1)),
    "bias": (lambda d: d.set_bias(3, 0, -1.25), (2, 4, 4, 1)),
}


@pytest.mark.parametrize("name", EDITS)
def test_edit_undo_redo(doc, name):
    edit, sizes = EDITS[name]
    before = state(doc)
    assert edit(doc) is True
    assert valid(doc) and doc.spec.sizes == sizes
    after = state(doc)
    assert doc.undo_stack.count() == 1 and doc.is_modified
    doc.undo_stack.undo()
    assert valid(doc)
    assert_state(doc, before)
    doc.undo_stack.redo()
    assert_state(doc, after)


def test_untouched_weights_are_kept_exactly(doc):
    W1, W3 = doc.network.weights[0].copy(), doc.network.weights[2].copy()
    doc.add_neuron(2)
    np.testing.assert_array_equal(doc.network.weights[0], W1)
    np.testing.assert_array_equal(doc.network.weights[2][:, :4], W3)
    doc.set_weight(1, 0, 0, 9.0)
    assert doc.network.weights[0][0, 0] == 9.0
    np.testing.assert_array_equal(doc.network.weights[0][1:], W1[1:])


def test_about_to_edit_comes_before_every_change(doc):
    events = []
    for name in ("aboutToEdit", "specChanged", "weightsChanged"):
        getattr(doc, name).connect(lambda name=name: events.append(name))
    doc.add_neuron(1)
    assert events[0] == "aboutToEdit" and events.count("aboutToEdit") == 1
    for step in (doc.undo, doc.redo):  # Edit ▸ Undo and Redo go through the session
        events.clear()
        step()
        assert events[0] == "aboutToEdit" and "specChanged" in events


def test_a_weight_edit_does_not_change_the_spec(doc, qtbot):
    with qtbot.assertNotEmitted(doc.specChanged), qtbot.waitSignal(doc.weightsChanged):
        doc.set_bias(1, 0, 0.5)


@pytest.mark.parametrize("edit, words", [
    (lambda d: d.add_neuron(0), "input"),
    (lambda d: d.add_neuron(3), "output"),
    (lambda d: d.remove_neuron(3, 0), "output"),
    (lambda d: d.add_hidden_layer(1, units=65), "at most 64"),
    (lambda d: d.add_hidden_layer(9), "1 to 3"),
    (lambda d: d.set_activation(3, "softmax"), "single output"),
    (lambda d: d.set_loss("cce"), "softmax"),
    (lambda d: d.set_activation(1, "softmax"), "hidden"),
    (lambda d: d.set_weight(1, 0, 0, float("inf")), "finite"),
    (lambda d: d.set_bias(1, 7, 1.0), "no neuron 8"),
])
def test_refusals_change_nothing_and_say_why(doc, qtbot, edit, words):
    before = state(doc)
    with qtbot.assertNotEmitted(doc.aboutToEdit), \
            qtbot.waitSignal(doc.editRefused) as refused:
        assert edit(doc) is False
    assert words in refused.args[0]
    assert doc.undo_stack.count() == 0 and not doc.is_modified
    assert_state(doc, before)


def test_limits_of_the_designer(doc, qtbot):
    for _ in range(4):
        assert doc.add_hidden_layer(1)
    assert len(doc.spec.layers) - 1 == 6
    with qtbot.waitSignal(doc.editRefused) as refused:
        assert not doc.add_hidden_layer(1)
    assert "6 hidden layers" in refused.args[0]
    use_network(doc, hidden=(63,))
    assert doc.add_neuron(1)
    with qtbot.waitSignal(doc.editRefused) as refused:
        assert not doc.add_neuron(1)
    assert "full" in refused.args[0]
    use_network(doc, hidden=(1, 2))
    with qtbot.waitSignal(doc.editRefused) as refused:
        assert not doc.remove_neuron(1, 0)
    assert "remove the whole layer" in refused.args[0]
    assert not doc.move_neuron(1, 0, 2)


def test_all_hidden_layers_can_go_and_come_back(doc):
    before = state(doc)
    assert doc.remove_hidden_layer(1) and doc.remove_hidden_layer(1)
    assert doc.spec.sizes == (2, 1)
    assert not doc.remove_hidden_layer(1)
    assert doc.add_hidden_layer(1, units=2)
    assert doc.spec.layers[0].activation == "tanh"
    for _ in range(3):
        doc.undo_stack.undo()
    assert_state(doc, before)


def test_output_and_cost_change_together(doc):
    use_network(doc, outputs=3, out="sigmoid", loss="bce")
    assert not doc.set_activation(3, "softmax")
    assert not doc.set_loss("cce")
    assert doc.set_output("softmax", "cce")
    assert (doc.spec.output_activation, doc.spec.loss) == ("softmax", "cce")
    doc.undo_stack.undo()
    assert (doc.spec.output_activation, doc.spec.loss) == ("sigmoid", "bce")


def test_undo_keeps_weights_trained_since_the_edit(doc):
    doc.add_neuron(1)
    trained_w = [W + 0.125 for W in doc.network.weights]
    trained_b = [b - 0.5 for b in doc.network.biases]
    doc.set_parameters(trained_w, trained_b)
    doc.undo_stack.undo()
    np.testing.assert_array_equal(doc.network.weights[0], trained_w[0][:4])
    np.testing.assert_array_equal(doc.network.weights[1], trained_w[1][:, :4])
    np.testing.assert_array_equal(doc.network.weights[2], trained_w[2])
    doc.undo_stack.redo()
    np.testing.assert_array_equal(doc.network.weights[0], trained_w[0])


def test_a_moved_neuron_keeps_its_bias(doc):
    doc.set_bias(1, 3, 0.75)
    doc.move_neuron(1, 3, 2, 1)
    assert doc.network.biases[1][1] == 0.75


def test_selection_follows_the_edits(doc, qtbot):
    doc.select_neuron(1, 0)
    with qtbot.waitSignal(doc.selectionChanged):
        doc.add_neuron(2)
    assert doc.selected_neuron == (2, 4)
    doc.remove_neuron(2, 4)
    assert doc.selected_neuron == (2, 3)
    doc.move_neuron(2, 3, 1, 0)
    assert doc.selected_neuron == (1, 0)
    doc.undo_stack.undo()
    assert doc.selected_neuron == (2, 3)
    doc.remove_hidden_layer(2)
    # the hidden layer before it, so Remove Hidden Layer can be pressed again
    assert doc.selected_neuron == (1, min(3, doc.spec.sizes[1] - 1))


def test_selection_outside_the_net_reads_as_none(doc):
    doc.select_neuron(2, 3)
    use_network(doc, hidden=(2,))
    assert doc.selected_neuron is None


def test_sample_selection_is_clamped(doc, qtbot):
    n = len(doc.dataset.X)
    with qtbot.waitSignal(doc.sampleChanged) as changed:
        doc.select_sample(n + 10)
    assert changed.args == [n - 1] and doc.selected_sample == n - 1
    doc.select_sample(-3)
    assert doc.selected_sample == 0


def test_redo_after_undo_emits_about_to_edit(doc, qtbot):
    doc.remove_hidden_layer(2)
    doc.undo()
    with qtbot.waitSignal(doc.aboutToEdit):
        doc.redo()
    assert doc.spec.sizes == (2, 4, 1)


def test_a_command_for_weights_already_in_place_does_nothing_on_push(qtbot):
    from engine.session.state_commands import ReplaceParameters, copy_parameters

    document = Document()
    before = copy_parameters(document.network)
    after = ([W + 1 for W in before[0]], [b + 1 for b in before[1]])
    document.set_parameters(*after)
    with qtbot.assertNotEmitted(document.weightsChanged):
        document.session.undo_history.push(ReplaceParameters(
            document.session, before, after, "Train", history_before=document.history.copy(),
            history_after=document.history.copy(), already_done=True))
    document.undo_stack.undo()
    np.testing.assert_array_equal(document.network.weights[0], before[0][0])
    document.undo_stack.redo()
    np.testing.assert_array_equal(document.network.weights[0], after[0][0])
