"""The session under random sequences of edits, with no Qt: every refused edit changes
nothing, the network always fits the data, and undoing everything restores the first state
exactly, redoing everything the last."""

import dataclasses
import json
from functools import cache

import numpy as np
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from engine import BackpropStudioError, TrainingDiverged, datasets
from engine.project.starting import fit_problem
from engine.session import Refused, Session

ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "step", "softmax")
LOSSES = ("mse", "bce", "cce")
DATASETS = ("xor", "and", "moons", "clusters", "plane", "circles")


@cache
def dataset(name):
    small = {"moons": {"n_samples": 40}, "clusters": {"n_samples": 30, "n_classes": 3},
             "plane": {"n_samples": 30}, "circles": {"n_samples": 40}}
    return datasets.load(name, **small.get(name, {}))


def state(session):
    """Everything an edit may change, in comparable form."""
    net, training = session.network, session.training
    normaliser = session.normaliser
    return {
        "spec": session.spec.to_dict(),
        "parameters": [p.tobytes() for p in net.weights + net.biases],
        "data": json.dumps(session.dataset.source, sort_keys=True, default=str),
        "normaliser": None if normaliser is None else json.dumps(normaliser.to_dict()),
        "training": [a.tobytes() for a in (training.X, training.Y)],
        "config": session.config,
        "history": json.dumps(session.history.to_dict(), default=str),
    }


layers = st.integers(min_value=-1, max_value=5)
indices = st.integers(min_value=-1, max_value=6)
values = st.floats(min_value=-3, max_value=3, allow_nan=False)


class SessionMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.session = Session()
        self.first = state(self.session)
        self.refusals = 0

    def attempt(self, edit):
        """Run ``edit``; a refusal must leave everything as it was."""
        before = state(self.session)
        try:
            edit()
        except Refused:
            self.refusals += 1
            assert state(self.session) == before

    @rule(layer=layers, index=st.none() | indices)
    def add_neuron(self, layer, index):
        self.attempt(lambda: self.session.add_neuron(layer, index))

    @rule(layer=layers, index=indices)
    def remove_neuron(self, layer, index):
        self.attempt(lambda: self.session.remove_neuron(layer, index))

    @rule(layer=layers, index=indices, to_layer=layers, to_index=st.none() | indices)
    def move_neuron(self, layer, index, to_layer, to_index):
        self.attempt(lambda: self.session.move_neuron(layer, index, to_layer, to_index))

    @rule(position=layers, units=st.integers(min_value=0, max_value=5),
          activation=st.none() | st.sampled_from(ACTIVATIONS))
    def add_hidden_layer(self, position, units, activation):
        self.attempt(lambda: self.session.add_hidden_layer(position, units, activation))

    @rule(layer=layers)
    def remove_hidden_layer(self, layer):
        self.attempt(lambda: self.session.remove_hidden_layer(layer))

    @rule(layer=layers, activation=st.sampled_from(ACTIVATIONS))
    def set_activation(self, layer, activation):
        self.attempt(lambda: self.session.set_activation(layer, activation))

    @rule(loss=st.sampled_from(LOSSES))
    def set_loss(self, loss):
        self.attempt(lambda: self.session.set_loss(loss))

    @rule(activation=st.sampled_from(ACTIVATIONS), loss=st.sampled_from(LOSSES))
    def set_output(self, activation, loss):
        self.attempt(lambda: self.session.set_output(activation, loss))

    @rule(layer=layers, i=indices, j=indices, value=values | st.just(float("inf")))
    def set_weight(self, layer, i, j, value):
        self.attempt(lambda: self.session.set_weight(layer, i, j, value))

    @rule(layer=layers, i=indices, value=values)
    def set_bias(self, layer, i, value):
        self.attempt(lambda: self.session.set_bias(layer, i, value))

    @rule(init=st.sampled_from(("auto", "glorot", "he", "uniform", "zeros", "bad")))
    def set_initialisation(self, init):
        self.attempt(lambda: self.session.set_initialisation(init))

    @rule()
    def reset_weights(self):
        self.attempt(self.session.reset_weights)

    @rule(changes=st.sampled_from([
        {"learning_rate": 0.01}, {"learning_rate": 0.0}, {"learning_rate": 0.3},
        {"epochs": 3}, {"epochs": 0}, {"optimizer": "adam"}, {"optimizer": "nope"},
        {"mode": "batch"}, {"mode": "minibatch", "batch_size": 2}, {"momentum": 1.5}]))
    def set_config(self, changes):
        self.attempt(lambda: self.session.set_config(**changes))

    @rule(name=st.sampled_from(DATASETS),
          normalisation=st.sampled_from((None, "none", "standardise", "minmax")),
          fit=st.booleans())
    def set_data(self, name, normalisation, fit):
        self.attempt(lambda: self.session.set_data(dataset(name), normalisation,
                                                   fit_network=fit))

    @rule(points=st.lists(st.tuples(values, values, st.integers(0, 2)), min_size=0,
                          max_size=6))
    def paint(self, points):
        X = [[x, y] for x, y, _ in points]
        y = [k for *_, k in points]
        names = ("A", "B", "C")[:max(y, default=0) + 1] or ("A",)
        self.attempt(lambda: self.session.set_painted_points(X, y, class_names=names))

    @rule(epochs=st.integers(min_value=1, max_value=3))
    def train(self, epochs):
        config = dataclasses.replace(self.session.config, epochs=epochs)
        try:
            run = self.session.start_run(config)
        except BackpropStudioError:
            return  # step layers, say: gradient descent cannot train them
        try:
            for _ in run.reports():
                pass
        except TrainingDiverged:
            pass
        self.session.finish_run(run)

    @precondition(lambda self: len(self.session.history.run_ids()) > 1)
    @rule()
    def clear_earlier_runs(self):
        self.attempt(self.session.clear_earlier_runs)

    @rule(layer=layers, index=indices, sample=indices)
    def look(self, layer, index, sample):
        """What is looked at is not an edit: the state stays, and the numbers still come."""
        before = state(self.session)
        self.session.select_neuron(layer, index)
        self.session.select_sample(sample)
        numbers = self.session.derived.sample(self.session.selected_sample)
        assert len(numbers.deltas) == self.session.spec.n_layers
        assert state(self.session) == before

    @rule()
    def undo_all_then_redo_all(self):
        history = self.session.undo_history
        last = state(self.session)
        while history.can_undo():
            self.session.undo()
        assert state(self.session) == self.first
        while history.can_redo():
            self.session.redo()
        assert state(self.session) == last

    @invariant()
    def network_fits_data(self):
        assert fit_problem(self.session.spec, self.session.dataset) is None
        assert all(np.isfinite(p).all() for p in self.session.network.weights)


TestSession = SessionMachine.TestCase
TestSession.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                suppress_health_check=[HealthCheck.too_slow])
