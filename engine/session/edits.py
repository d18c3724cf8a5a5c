"""Every edit a user can make to a session, each one undoable command or one ``Refused``.

An edit is checked first, on the current state, and raises ``Refused`` with the reason before
anything changes (and before a running training is stopped). Then ``about_to_edit`` is
announced, so a training run is stopped and recorded, and the command is built from the state
as it is then and pushed. Layers are numbered as in the notes: 0 is the input, L the output;
neuron indices are 0-based here and 1-based on screen.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from engine import architecture as arch
from engine import datasets
from engine.config import TrainConfig
from engine.datasets import features as input_features
from engine.datasets.sources import display_name
from engine.errors import BackpropStudioError, Refused
from engine.network import Network
from engine.perceptron import rule_applies
from engine.project.starting import fit_problem, fitted_training_data
from engine.session import design_commands as design
from engine.session.fitting import DataDoesNotFit, fitted_network, fitted_spec
from engine.session.state_commands import (
    ClearEarlierRuns,
    DataState,
    ReplaceParameters,
    SetConfig,
    SetData,
    copy_parameters,
)
from engine.spec import LayerSpec, NetworkSpec
from engine.text import QT_TRANSLATE_NOOP, translate

#: the seed every edit's new weights are drawn from, with the edit's number
EDIT_SEED = 0


def _the_data() -> str:
    """What a message calls data that have no name."""
    return translate("Session", "the data")


def refusing(trial):
    """``trial()``'s result; any error it raises a user can cause becomes ``Refused``."""
    try:
        return trial()
    except Refused:
        raise
    except BackpropStudioError as error:
        raise Refused(str(error)) from error


class Edits:
    """The edits of ``Session`` (a mixin: the state, the undo history and the events are the
    session's)."""

    _edit_count = 0

    # -- designing the network -----------------------------------------------------------------

    def add_neuron(self, layer: int, index: int | None = None) -> None:
        """Hidden layer ``layer`` gains a neuron at ``index`` (default: at the end)."""
        self._edit(lambda: arch.insert_neuron(self.network, layer, index, rng=0),
                   lambda: design.AddNeuron(self, layer, index, self._seed()))

    def remove_neuron(self, layer: int, index: int) -> None:
        self._edit(lambda: arch.remove_neuron(self.network, layer, index),
                   lambda: design.RemoveNeuron(self, layer, index))

    def move_neuron(self, layer: int, index: int, to_layer: int,
                    to_index: int | None = None) -> None:
        """Neuron ``index`` of hidden ``layer`` goes to ``to_index`` of hidden ``to_layer``."""
        if (to_layer, to_index) == (layer, index):
            raise Refused(translate("Session", "the neuron is already there"))
        self._edit(
            lambda: arch.move_neuron(self.network, layer, index, to_layer, to_index, rng=0),
            lambda: design.MoveNeuron(self, layer, index, to_layer, to_index, self._seed()))

    def add_hidden_layer(self, position: int, units: int = 1,
                         activation: str | None = None) -> None:
        """A new hidden layer of ``units`` neurons becomes layer ``position`` (1..L); its
        activation defaults to that of the hidden layers around it, else tanh."""
        layer = refusing(lambda: LayerSpec(units, activation
                                           or self._neighbour_activation(position)))
        self._edit(lambda: arch.insert_hidden_layer(self.network, position, layer, rng=0),
                   lambda: design.AddLayer(self, position, layer, self._seed()))

    def remove_hidden_layer(self, layer: int) -> None:
        self._edit(lambda: arch.remove_hidden_layer(self.network, layer, rng=0),
                   lambda: design.RemoveLayer(self, layer, self._seed()))

    def set_activation(self, layer: int, activation: str) -> None:
        self._edit(lambda: arch.set_activation(self.network, layer, activation),
                   lambda: design.SetChoices(self, {layer: activation}, None,
                                             QT_TRANSLATE_NOOP(
                                                 "Commands", "Set layer {l}'s activation to {a}"),
                                             {"l": layer, "a": activation}))

    def set_loss(self, loss: str) -> None:
        self._edit(lambda: arch.set_loss(self.network, loss),
                   lambda: design.SetChoices(
                       self, {}, loss, QT_TRANSLATE_NOOP("Commands", "Set the cost to {c}"),
                       {"c": loss}))

    def set_output(self, activation: str, loss: str) -> None:
        """The output activation and the cost together, for pairs reachable only at once
        (sigmoid with bce → softmax with cce)."""
        output = self.spec.n_layers
        self._edit(lambda: arch.with_choices(self.network, {output: activation}, loss),
                   lambda: design.SetChoices(self, {output: activation}, loss,
                                             QT_TRANSLATE_NOOP(
                                                 "Commands",
                                                 "Set the output to {a} with the {c} cost"),
                                             {"a": activation, "c": loss}))

    def set_initialisation(self, init: str, init_scale: float | None = None) -> None:
        """Draw every weight anew by the rule ``init`` (for all layers) from the training
        seed; the rule is kept for later resets and new neurons."""
        seed = self.config.seed
        self._edit(lambda: arch.reinitialise(self.network, init, init_scale, seed),
                   lambda: design.Reinitialise(self, init, init_scale, seed))

    def set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """wᵢⱼˡ = ``value``: from neuron j of layer l-1 to neuron i of layer l (the value it
        has already: nothing to do, no undo step, the project not marked changed)."""
        edited = refusing(lambda: arch.set_weight(self.network, layer, i, j, value))
        if edited.weights[layer - 1][i, j] == self.network.weights[layer - 1][i, j]:
            return
        self._edit(lambda: edited, lambda: design.SetWeight(self, layer, i, j, value))

    def set_bias(self, layer: int, i: int, value: float) -> None:
        """bᵢˡ = ``value``, so the threshold θ = −b (the value it has already: nothing to
        do; Enter in the bias field marked the project changed, tester)."""
        edited = refusing(lambda: arch.set_bias(self.network, layer, i, value))
        if edited.biases[layer - 1][i] == self.network.biases[layer - 1][i]:
            return
        self._edit(lambda: edited, lambda: design.SetBias(self, layer, i, value))

    # -- all the weights at once -------------------------------------------------------------

    def replace_parameters(self, weights, biases, text: str = "Import Weights") -> None:
        """Every weight and bias set at once (weights imported from a file); a new run."""
        after = refusing(lambda: Network.from_arrays(self.spec, weights, biases,
                                                     dtype=self.network.dtype))
        self._edit(lambda: None, lambda: ReplaceParameters(
            self, copy_parameters(self.network), copy_parameters(after), text))

    def reset_weights(self) -> None:
        """New initial weights drawn from the training seed by each layer's rule; a new run."""
        fresh = self._initial_network(self.spec)
        self.replace_parameters(fresh.weights, fresh.biases, "Reset Weights")

    def _initial_network(self, spec) -> Network:
        """A network of ``spec`` with the weights Reset Weights draws: from the training
        seed, by each layer's rule, in the current network's dtype."""
        return Network(spec, seed=self.config.seed, dtype=self.network.dtype)

    def clear_earlier_runs(self) -> None:
        """Forget every run of the history but the current one (undoable)."""
        if not self.history.earlier_runs():
            raise Refused(translate("Session", "there are no earlier runs to clear"))
        self._edit(lambda: None, lambda: ClearEarlierRuns(self), stops_training=False)

    # -- training settings -------------------------------------------------------------------

    def set_config(self, **changes) -> None:
        """Change training settings (a running training takes them from its next iteration);
        a setting that cannot work is refused with TrainConfig's reason."""
        new = refusing(lambda: dataclasses.replace(self.config, **changes))
        if new == self.config:
            return
        self._edit(lambda: None, lambda: SetConfig(self, self.config, new, frozenset(changes)),
                   stops_training=False)

    def set_lesson(self, lesson) -> None:
        """Save ``lesson`` (an ``engine.project.lesson.LessonPreset``) with the project, or
        take the project's away (None): the window the project opens in follows it."""
        from engine.project.lesson import LessonPreset
        from engine.session.lesson_command import SetLesson

        if lesson is not None and not isinstance(lesson, LessonPreset):
            raise Refused("a lesson preset must be a LessonPreset")
        if lesson == self.lesson:
            return
        self._edit(lambda: None, lambda: SetLesson(self, self.lesson, lesson),
                   stops_training=False)

    # -- data ------------------------------------------------------------------------------

    @property
    def normalisation(self) -> str:
        """The input normalisation in use: "none", "standardise" or "minmax"."""
        return self.normaliser.method if self.normaliser is not None else "none"

    def data_fit_problem(self, dataset) -> str | None:
        """Why the current network cannot learn ``dataset``, in words; None when it can."""
        return fit_problem(self.spec, dataset, self._features_for(dataset))

    # -- input features --------------------------------------------------------------------

    @property
    def input_feature_names(self) -> tuple[str, ...]:
        """The names of the network's inputs: the chosen input features ("x1^2", …), or the
        raw features ("x1", "x2", …) when none are chosen."""
        return input_features.names_of(self.features, self.dataset.n_features)

    def set_input_features(self, names) -> None:
        """The network takes the input features ``names`` ("x1", "x2", "x1^2", "x2^2",
        "x1*x2", "sin(x1)", "sin(x2)"; for data with two raw features) computed from the raw
        x₁, x₂: the first layer's weights from features kept stay, new ones are drawn from
        the training seed, the normaliser is refitted on the features; a new run begins."""
        dataset = self.dataset
        if dataset.n_features != input_features.RAW_FEATURES:
            raise Refused(translate(
                "Session", "input features such as x₁² are for data with 2 raw features "
                "(x₁, x₂); {name} has {n}").format(
                    name=display_name(dataset) or _the_data(),
                    n=input_features.raw_feature_count(dataset)))
        features = refusing(lambda: input_features.chosen(
            input_features.FeatureMap.of(names)))
        if features == self.features:
            return
        spec = NetworkSpec(input_features.input_width(dataset, features), self.spec.layers,
                           self.spec.loss)
        normaliser, training = refusing(lambda: fitted_training_data(
            dataset, spec, self.normalisation, where=display_name(dataset) or _the_data(),
            features=features))
        old = input_features.names_of(self.features)
        columns = [old.index(name) if name in old else None
                   for name in input_features.names_of(features)]
        shown = ", ".join(feature.display for feature in
                          (features or input_features.FeatureMap(input_features.RAW)).features)

        def command():
            rng = np.random.default_rng([self.config.seed, *self._seed()])
            network = arch.with_inputs(self.network, columns, rng)
            before = DataState(self.dataset, self.normaliser, self.training, self.network,
                               self.features)
            after = DataState(dataset, normaliser, training, network, features)
            return SetData(self, before, after,
                           QT_TRANSLATE_NOOP("Commands", "Use the input features {names}"),
                           {"names": shown})

        self._edit(lambda: None, command)

    def _features_for(self, dataset):
        """The input features new data keep: the current ones while the data have two raw
        features, else none."""
        return self.features if dataset.n_features == input_features.RAW_FEATURES else None

    def set_data(self, dataset, normalisation: str | None = None, *, fit_network: bool = False,
                 stroke: int | None = None, fresh_weights: bool = False) -> None:
        """Make ``dataset`` the data, normalised by ``normalisation`` (default: as now).

        Refused (as ``DataDoesNotFit``, which keeps the dataset for the one-click fix) when
        the network does not fit and ``fit_network`` is False, or when the data cannot be
        normalised. Commands with the same ``stroke`` merge into one undo step.
        ``fresh_weights``: the network starts afresh (as Reset Weights draws them) in the
        same undo step, as a user taking other data in expects: weights trained on the old
        data (a target in other units) start the new run far off. (The one-click fix for
        data that do not fit, ``fit_network_to_data``, takes ``fresh_weights`` too.)
        """
        self._set_data(dataset, normalisation, fit_network, stroke,
                       QT_TRANSLATE_NOOP("Commands", "Use the data {name}"),
                       {"name": dataset.name}, fresh_weights)

    def set_normalisation(self, method: str) -> None:
        """Normalise the current data by ``method`` instead (refitted on the training split)."""
        if method != self.normalisation:
            self._set_data(self.dataset, method, False, None,
                           QT_TRANSLATE_NOOP("Commands", "Normalise by {m}"), {"m": method})

    def fit_network_to_data(self, dataset, normalisation: str | None = None, *,
                            fresh_weights: bool = False) -> None:
        """The one-click fix: use ``dataset`` and resize the network's input and output layers
        to it, keeping the hidden layers and every weight whose connection still exists; with
        ``fresh_weights``, the hidden layers' sizes and activations only, the weights drawn
        afresh as Reset Weights draws them (other data: a weight that fed the old data's
        third feature would feed the new data's, which means nothing)."""
        self._set_data(dataset, normalisation, True, None,
                       QT_TRANSLATE_NOOP("Commands", "Fit the network to {name}"),
                       {"name": dataset.name}, fresh_weights)

    def set_painted_points(self, X, y, *, task: str = "classification", class_names=None,
                           stroke: int | None = None) -> None:
        """Points painted on the plane become the data (kept in the project file itself).

        ``y`` holds class indices into ``class_names``, or target values for regression. The
        network is fitted to them when it must be (a third class needs a softmax output), and
        the split keeps the current painted set's validation share and seed.
        """
        source = self.dataset.source
        options = source.get("options", {}) if source.get("kind") == "arrays" else {}
        dataset = refusing(lambda: datasets.from_arrays(
            X, y, task=task, class_names=class_names, name="painted",
            validation_share=float(options.get("validation_share", 0.2)),
            seed=int(options.get("seed", 0))))
        self._set_data(dataset, None, True, stroke,
                       QT_TRANSLATE_NOOP("Commands", "Paint points"), {})

    def _set_data(self, dataset, normalisation, fit_network, stroke, template, args,
                  fresh_weights: bool = False) -> None:
        method = normalisation or self.normalisation
        features = self._features_for(dataset)
        problem = fit_problem(self.spec, dataset, features)
        if problem is not None and not fit_network:
            raise DataDoesNotFit(problem, dataset, method)
        spec = self.spec if problem is None else fitted_spec(self.spec, dataset, features)
        normaliser, training = refusing(lambda: fitted_training_data(
            dataset, spec, method, where=display_name(dataset) or _the_data(), features=features))

        def command():
            network = None
            if fresh_weights:  # drawn from the training seed, as Reset Weights draws them
                network = self._initial_network(spec)
            elif problem is not None:  # fitted now: a training run stopped may have moved it
                self._data_edit_count += 1
                network = fitted_network(self.network, dataset, seed=self._data_edit_count,
                                         features=features)
            # a perceptron fitted to data its rule cannot train (a softmax output now) trains
            # by gradient descent, in the same step: left in the perceptron mode, Train was
            # refused (tester)
            config = None
            if self.config.mode == "perceptron" and not rule_applies("perceptron", spec):
                config = dataclasses.replace(self.config, mode=TrainConfig().mode)
            before = DataState(self.dataset, self.normaliser, self.training,
                               self.network if network is not None else None, self.features,
                               self.config if config is not None else None)
            after = DataState(dataset, normaliser, training, network, features, config)
            return SetData(self, before, after, template, args, stroke)

        self._edit(lambda: None, command)

    _data_edit_count = 0

    # -- helpers ---------------------------------------------------------------------------

    def _edit(self, trial, make_command, stops_training: bool = True) -> None:
        """``trial()`` checks the edit on the current state (for design edits it returns the
        edited network, which must still fit the data); then the command is made and pushed."""
        result = refusing(trial)
        if isinstance(result, Network):
            problem = fit_problem(result.spec, self.dataset, self.features)
            if problem is not None:
                raise Refused(translate(
                    "Session", "the data would no longer fit the network: {problem}").format(
                        problem=problem))
        if stops_training:
            self.about_to_edit.emit()
        self.undo_history.push(make_command())

    def _seed(self) -> list[int]:
        """A fresh seed per edit, reproducible within a session, for the weights it draws."""
        self._edit_count += 1
        return [EDIT_SEED, self._edit_count]

    def _neighbour_activation(self, position: int) -> str:
        hidden = self.spec.layers[:-1]
        for layer in (position - 1, position):
            if 1 <= layer <= len(hidden):
                return hidden[layer - 1].activation
        return "tanh"
