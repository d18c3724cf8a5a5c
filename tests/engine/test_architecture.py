"""Architecture edits: surviving connections keep their exact weights, new ones follow the
layer's rule from a seeded Generator, limits are refused before anything changes, and each
edit's inverse (given what the edit destroyed) gives back the very same network."""

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, SpecError
from engine import architecture as arch


def net_2441(dtype="float64", seed=3):
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(4, "relu"),
                           LayerSpec(1, "sigmoid")], "bce")
    return Network(spec, seed=seed, dtype=dtype)


def assert_same(a: Network, b: Network):
    assert a.spec == b.spec
    for x, y in zip(a.weights + a.biases, b.weights + b.biases, strict=True):
        np.testing.assert_array_equal(x, y)


def snapshot(net):
    return [W.copy() for W in net.weights], [b.copy() for b in net.biases]


def test_insert_neuron_keeps_every_old_weight():
    net = net_2441()
    before = snapshot(net)
    new = arch.insert_neuron(net, 1, index=2, rng=0)
    assert new.spec.sizes == (2, 5, 4, 1)
    W1, W2 = new.weights[0], new.weights[1]
    np.testing.assert_array_equal(np.delete(W1, 2, axis=0), net.weights[0])
    np.testing.assert_array_equal(np.delete(W2, 2, axis=1), net.weights[1])
    np.testing.assert_array_equal(new.weights[2], net.weights[2])
    np.testing.assert_array_equal(np.delete(new.biases[0], 2), net.biases[0])
    for old, kept in zip(before[0], net.weights, strict=True):
        np.testing.assert_array_equal(old, kept)  # the argument is untouched


def test_new_weights_follow_the_layer_rule_and_the_seed():
    net = net_2441()
    a = arch.insert_neuron(net, 1, rng=np.random.default_rng(7))
    b = arch.insert_neuron(net, 1, rng=np.random.default_rng(7))
    assert_same(a, b)
    limit_in = np.sqrt(6 / (2 + 5))  # Glorot for the tanh layer, at its new size
    assert np.all(np.abs(a.weights[0][-1]) <= limit_in)
    assert a.biases[0][-1] == 0.0
    assert np.any(a.weights[1][:, -1] != 0.0)


def test_zeros_rule_gives_zero_weights():
    spec = NetworkSpec(2, [LayerSpec(3, "tanh", init="zeros"), LayerSpec(1, "sigmoid",
                                                                       init="zeros")], "bce")
    new = arch.insert_neuron(Network(spec), 1, rng=1)
    assert not new.weights[0][-1].any() and not new.weights[1][:, -1].any()


def test_remove_then_insert_the_parts_is_the_identity():
    net = net_2441()
    parts = arch.neuron_parts(net, 2, 1)
    removed = arch.remove_neuron(net, 2, 1)
    assert removed.spec.sizes == (2, 4, 3, 1)
    np.testing.assert_array_equal(removed.weights[0], net.weights[0])
    assert_same(arch.insert_neuron(removed, 2, 1, parts), net)


def test_move_between_layers_keeps_the_bias_and_the_others_weights():
    net = net_2441()
    net.biases[0][:] = [0.1, 0.2, 0.3, 0.4]
    moved = arch.move_neuron(net, 1, 2, to_layer=2, to_index=0, rng=0)
    assert moved.spec.sizes == (2, 3, 5, 1)
    assert moved.biases[1][0] == 0.3
    np.testing.assert_array_equal(moved.weights[0], np.delete(net.weights[0], 2, axis=0))
    np.testing.assert_array_equal(moved.weights[2][:, 1:], net.weights[2])


def test_move_within_a_layer_reorders_and_keeps_all():
    net = net_2441()
    moved = arch.move_neuron(net, 1, 0, to_layer=1, to_index=3)
    np.testing.assert_array_equal(moved.weights[0], net.weights[0][[1, 2, 3, 0]])
    np.testing.assert_array_equal(moved.weights[1], net.weights[1][:, [1, 2, 3, 0]])
    assert_same(arch.move_neuron(moved, 1, 3, to_layer=1, to_index=0), net)


def test_insert_and_remove_a_hidden_layer_round_trip():
    net = net_2441()
    bridge = net.weights[1].copy()
    layer = LayerSpec(3, "sigmoid")
    grown = arch.insert_hidden_layer(net, 2, layer, rng=0)
    assert grown.spec.sizes == (2, 4, 3, 4, 1)
    assert grown.spec.layers[1] == layer
    np.testing.assert_array_equal(grown.weights[0], net.weights[0])
    np.testing.assert_array_equal(grown.weights[3], net.weights[2])
    np.testing.assert_array_equal(grown.biases[2], net.biases[1])
    assert_same(arch.remove_hidden_layer(grown, 2, bridge=bridge), net)


def test_remove_layer_then_restore_its_parts():
    net = net_2441()
    parts = arch.layer_parts(net, 1)
    shrunk = arch.remove_hidden_layer(net, 1, rng=0)
    assert shrunk.spec.sizes == (2, 4, 1)
    assert shrunk.weights[0].shape == (4, 2)
    np.testing.assert_array_equal(shrunk.weights[1], net.weights[2])
    bridge = shrunk.weights[0].copy()
    restored = arch.insert_hidden_layer(shrunk, 1, net.spec.layers[0], parts)
    assert_same(restored, net)
    assert_same(arch.remove_hidden_layer(restored, 1, bridge), shrunk)


def test_a_layer_can_go_in_front_of_the_output_and_all_hidden_can_go():
    spec = NetworkSpec(2, [LayerSpec(1, "sigmoid")], "bce")
    net = Network(spec)
    grown = arch.insert_hidden_layer(net, 1, LayerSpec(2, "tanh"), rng=0)
    assert grown.spec.sizes == (2, 2, 1)
    back = arch.remove_hidden_layer(grown, 1, net.weights[0])
    assert_same(back, net)


def test_float32_stays_float32():
    net = net_2441("float32")
    assert arch.insert_neuron(net, 1, rng=0).dtype == np.float32
    assert arch.remove_hidden_layer(net, 2, rng=0).dtype == np.float32


@pytest.mark.parametrize("edit, words", [
    (lambda n: arch.insert_neuron(n, 0), "input"),
    (lambda n: arch.insert_neuron(n, 3), "output"),
    (lambda n: arch.remove_neuron(n, 3, 0), "output"),
    (lambda n: arch.insert_neuron(n, 9), "no layer 9"),
    (lambda n: arch.remove_neuron(n, 1, 4), "no neuron 5"),
    (lambda n: arch.insert_hidden_layer(n, 0, LayerSpec(2)), "1 to 3"),
    (lambda n: arch.insert_hidden_layer(n, 1, LayerSpec(65)), "at most 64"),
    (lambda n: arch.remove_hidden_layer(n, 3), "output"),
    (lambda n: arch.set_weight(n, 1, 0, 0, float("nan")), "finite"),
    (lambda n: arch.set_bias(n, 0, 0, 1.0), "no weights"),
    (lambda n: arch.set_activation(n, 3, "softmax"), "single output"),
    (lambda n: arch.set_loss(n, "cce"), "cce needs softmax"),
    (lambda n: arch.set_activation(n, 1, "softmax"), "hidden"),
])
def test_refusals_say_why(edit, words):
    with pytest.raises(SpecError, match=words):
        edit(net_2441())


def test_a_refusal_is_its_message_and_an_edit_that_goes_through_none():
    net = net_2441()
    assert "output" in arch.refusal(lambda: arch.insert_neuron(net, 3))
    assert arch.refusal(lambda: arch.check_add_neuron(net.spec, 1)) is None


def test_hidden_limits():
    spec = NetworkSpec(2, [LayerSpec(64, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    net = Network(spec)
    with pytest.raises(SpecError, match="full"):
        arch.insert_neuron(net, 1)
    two = Network(NetworkSpec(2, [LayerSpec(3), LayerSpec(64), LayerSpec(1)]))
    with pytest.raises(SpecError, match="full"):
        arch.move_neuron(two, 1, 0, to_layer=2)
    one = Network(NetworkSpec(2, [LayerSpec(1, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    with pytest.raises(SpecError, match="single neuron"):
        arch.remove_neuron(one, 1, 0)
    deep = Network(NetworkSpec(2, [LayerSpec(2)] * 6 + [LayerSpec(1)]))
    with pytest.raises(SpecError, match="6 hidden layers"):
        arch.insert_hidden_layer(deep, 3, LayerSpec(2), rng=0)


def test_moving_the_last_neuron_out_is_refused():
    one = Network(NetworkSpec(2, [LayerSpec(1, "tanh"), LayerSpec(3, "tanh"),
                                  LayerSpec(1, "sigmoid")], "bce"))
    with pytest.raises(SpecError, match="single neuron"):
        arch.move_neuron(one, 1, 0, to_layer=2)
    assert_same(arch.move_neuron(one, 1, 0, to_layer=1), one)


def test_choices_keep_every_weight():
    net = net_2441()
    relu = arch.set_activation(net, 1, "relu")
    assert relu.spec.layers[0].activation == "relu"
    for a, b in zip(relu.weights, net.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    both = arch.with_choices(net, {3: "linear"}, loss="mse")
    assert (both.spec.output_activation, both.spec.loss) == ("linear", "mse")


def test_set_weight_and_bias_change_one_number():
    net = net_2441()
    new = arch.set_weight(net, 2, 3, 1, 0.75)
    assert new.weights[1][3, 1] == 0.75
    diff = new.weights[1] != net.weights[1]
    assert diff.sum() == 1
    biased = arch.set_bias(new, 3, 0, -2.5)
    assert biased.biases[2][0] == -2.5
    np.testing.assert_array_equal(biased.weights[1], new.weights[1])


def test_wrongly_shaped_parts_are_refused():
    net = net_2441()
    with pytest.raises(SpecError, match="shape"):
        arch.insert_neuron(net, 1, 0, arch.NeuronParts(np.zeros(3), 0.0, np.zeros(4)))
    with pytest.raises(SpecError, match="Generator"):
        arch.insert_neuron(net, 1, rng="seed")


def test_reinitialise_draws_every_layer_by_the_new_rule():
    net = Network(NetworkSpec(2, [LayerSpec(3, "relu"), LayerSpec(1, "sigmoid")], "bce"),
                  seed=0, dtype="float32")
    fresh = arch.reinitialise(net, "uniform", 0.1, seed=5)
    assert [layer.init for layer in fresh.spec.layers] == ["uniform", "uniform"]
    assert fresh.spec.sizes == net.spec.sizes and fresh.dtype == net.dtype
    assert all(np.abs(W).max() <= 0.1 for W in fresh.weights)
    again = arch.reinitialise(net, "uniform", 0.1, seed=5)
    np.testing.assert_array_equal(fresh.weights[0], again.weights[0])
    assert net.spec.layers[0].init == "auto"  # the original is untouched
