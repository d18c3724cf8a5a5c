"""Specs: architectures that cannot work are refused with what to choose; dicts round-trip."""

import pytest

from engine import LayerSpec, NetworkSpec, SpecError


def spec(*layers, loss="mse", n_inputs=2):
    return NetworkSpec(n_inputs=n_inputs, layers=[LayerSpec(u, a) for u, a in layers], loss=loss)


def test_contract_example_builds_and_describes_itself():
    s = spec((4, "tanh"), (1, "sigmoid"), loss="bce")
    assert s.sizes == (2, 4, 1)
    assert s.n_layers == 2 and s.n_outputs == 1
    assert s.n_parameters == 2 * 4 + 4 + 4 + 1
    assert str(s) == "2-4-1 (tanh, sigmoid; bce)"
    assert repr(s) == ("NetworkSpec(n_inputs=2, layers=[LayerSpec(units=4, activation='tanh'), "
                       "LayerSpec(units=1, activation='sigmoid')], loss='bce')")
    assert isinstance(s.layers, tuple)


def test_specs_are_immutable_and_comparable():
    s = spec((3, "relu"), (2, "softmax"), loss="cce")
    with pytest.raises(AttributeError):
        s.loss = "mse"
    assert s == spec((3, "relu"), (2, "softmax"), loss="cce")


def test_big_and_deep_nets_are_allowed():
    s = NetworkSpec(784, [LayerSpec(512, "relu")] * 7 + [LayerSpec(10, "softmax")], "cce")
    assert s.n_layers == 8


@pytest.mark.parametrize(("layers", "loss", "advice"), [
    ([(3, "softmax"), (1, "sigmoid")], "bce", "only makes sense on the output layer"),
    ([(1, "softmax")], "cce", "always 1"),
    ([(3, "softmax")], "mse", "need the cce loss"),
    ([(1, "tanh")], "bce", "bce needs sigmoid outputs"),
    ([(3, "sigmoid")], "cce", "cce needs softmax outputs"),
    ([(1, "step")], "bce", "choose sigmoid"),
])
def test_impossible_combinations_say_what_to_choose(layers, loss, advice):
    with pytest.raises(SpecError, match=advice):
        spec(*layers, loss=loss)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"units": 0}, "at least 1"),
    ({"units": 2.5}, "whole number"),
    ({"units": True}, "whole number"),
    ({"units": 2, "activation": "swish"}, "unknown activation"),
    ({"units": 2, "init": "orthogonal"}, "unknown initialisation"),
    ({"units": 2, "init": "he", "init_scale": 0.5}, "means nothing"),
    ({"units": 2, "init": "uniform", "init_scale": -1.0}, "positive"),
])
def test_bad_layers_are_refused(kwargs, message):
    with pytest.raises(SpecError, match=message):
        LayerSpec(**kwargs)


def test_bad_networks_are_refused():
    with pytest.raises(SpecError, match="at least one layer"):
        NetworkSpec(2, [], "mse")
    with pytest.raises(SpecError, match="number of inputs"):
        NetworkSpec(0, [LayerSpec(1)], "mse")
    with pytest.raises(SpecError, match="must be a LayerSpec"):
        NetworkSpec(2, [4], "mse")
    with pytest.raises(SpecError, match="unknown loss"):
        NetworkSpec(2, [LayerSpec(1)], "hinge")


def test_dicts_round_trip_and_are_checked():
    s = NetworkSpec(3, [LayerSpec(5, "relu", init="uniform", init_scale=0.1),
                        LayerSpec(2, "softmax")], "cce")
    assert NetworkSpec.from_dict(s.to_dict()) == s
    with pytest.raises(SpecError, match="unknown settings 'colour'"):
        LayerSpec.from_dict({"units": 2, "colour": "red"})
    with pytest.raises(SpecError, match="needs the setting"):
        NetworkSpec.from_dict({"layers": []})
    with pytest.raises(SpecError, match="dict"):
        NetworkSpec.from_dict([1, 2])
