"""Training a network: epochs of batches, reports between them, and the stop rules.

``Trainer.run()`` is a generator: it trains until the next report is due, yields it, and
waits. The caller decides what happens between two reports: nothing (``fit()`` just drains
it), a screen refresh, a change of setting (``trainer.update(learning_rate=0.01)``, applied
from the very next iteration), or stopping, by simply not asking for the next report. At
every yield the network holds the current weights, and whatever the caller writes into them
is trained on from there.

The iterations themselves run on ``engine.fastpath``; this module only decides what to run.
"""

import dataclasses
import math
import time

import numpy as np

from engine import divergence, metrics, optimizers, perceptron, schedules
from engine.arrays import as_inputs, as_targets
from engine.batching import EpochPlan, batch_size_for
from engine.config import MODE_TITLES, TrainConfig
from engine.errors import DataError, SpecError, TrainingDiverged
from engine.fastpath import FastPath
from engine.network import Network
from engine.reports import History, Report
from engine.text import translate


class Trainer:
    """Trains ``net`` with the settings of ``config``.

    ``task`` is "classification" or "regression" (None: inferred from the loss and the
    targets, see ``metrics.infer_task``); with ``confusion`` each end-of-epoch report carries
    a confusion matrix (of the validation data when there is some, else the training data).
    """

    def __init__(self, net, config=None, task=None, confusion=False):
        if not isinstance(net, Network):
            raise SpecError(translate(
                "Training", "a Trainer trains a Network, not {net}").format(net=repr(net)))
        config = TrainConfig() if config is None else config
        if not isinstance(config, TrainConfig):
            raise SpecError(translate(
                "Training", "training settings must be a TrainConfig, not {config}").format(
                    config=repr(config)))
        metrics.check_task(task)
        check_trainable(net.spec, config.mode)
        self.net = net
        self.config = config
        #: the epochs the network was trained before this trainer's (a project's run going
        #: on): messages count epochs as the project does ("epoch 501", not "epoch 1")
        self.epochs_before = 0
        self.task = task
        self.confusion = bool(confusion)
        self._run = None

    # -- changing settings -------------------------------------------------------------------

    def update(self, **changes):
        """Change settings, e.g. ``update(learning_rate=0.01, optimizer="adam")``.

        Checked like a new TrainConfig and refused (nothing changed) if it cannot work. While
        a run is under way, the update rule's settings apply from the next iteration (a new
        optimizer starts with fresh state); ``mode``, ``batch_size`` and ``shuffle`` from the
        next epoch; ``epochs`` and the stop rules at the next epoch's end. The ``seed`` and a
        switch to or from the perceptron rule only apply to a new run.
        """
        names = {f.name for f in dataclasses.fields(TrainConfig)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise SpecError(translate(
                "Training", "unknown training setting(s) {names}").format(
                    names=', '.join(unknown)))
        new = dataclasses.replace(self.config, **changes)
        check_trainable(self.net.spec, new.mode)
        if self._run is not None:
            if new.seed != self._run.config_at_start.seed:
                raise SpecError(translate(
                    "Training", "the seed fixes the order of a whole run: it applies when "
                    "training starts again, not while it runs"))
            if (new.mode == "perceptron") != (self._run.config_at_start.mode == "perceptron"):
                raise SpecError(translate(
                    "Training", "switching to or from the perceptron rule applies when training "
                    "starts again, not while it runs"))
        self.config = new
        if self._run is not None:
            self._run.configure(new)

    def set_learning_rate(self, learning_rate):
        """Set η (before any schedule factor); from the next iteration when running."""
        self.update(learning_rate=learning_rate)

    @property
    def learning_rate(self):
        """The η in use now: the configured one times the schedule's factor for the current
        epoch of the run under way (the first epoch's when none is)."""
        run = self._run
        epoch = run.epoch if isinstance(run, _Run) else 0
        return schedules.learning_rate(self.config, epoch)

    # -- training ----------------------------------------------------------------------------

    def run(self, X, Y, X_val=None, Y_val=None):
        """A generator of ``Report``s: one per epoch, and every ``report_every`` iterations.

        The data are checked here, when ``run`` is called, so a bad array raises before any
        training (or any change to the network) happens.
        """
        data = self._prepare(X, Y, X_val, Y_val)
        if self.config.mode == "perceptron":
            return perceptron.train(self, data)
        return self._gradient_descent(data)

    def fit(self, X, Y, X_val=None, Y_val=None):
        """Train to the end and return the ``History`` of the epochs."""
        history = History()
        for report in self.run(X, Y, X_val, Y_val):
            if report.epoch_done:
                history.append(report)
        return history

    def _gradient_descent(self, data):
        run = _Run(self, data)
        self._run = run
        try:
            yield from run.epochs()
        finally:
            if self._run is run:
                self._run = None

    def _prepare(self, X, Y, X_val, Y_val):
        net = self.net
        n_in, n_out, cost = net.spec.n_inputs, net.spec.n_outputs, net.cost
        X = as_inputs(X, n_in, net.dtype)
        if len(X) == 0:
            raise DataError(translate("Training", "there are no training samples: X has no rows"))
        Y = as_targets(Y, n_out, net.dtype, cost, len(X))
        if (X_val is None) != (Y_val is None):
            raise DataError(translate(
                "Training", "give both X_val and Y_val for validation, or neither"))
        if X_val is not None:
            X_val = as_inputs(X_val, n_in, net.dtype, "X_val")
            Y_val = as_targets(Y_val, n_out, net.dtype, cost, len(X_val), "Y_val")
            if len(X_val) == 0:
                X_val = Y_val = None
        if self.config.patience is not None and X_val is None:
            raise SpecError(translate(
                "Training", "early stopping watches the validation loss: give validation data, "
                "or set patience to None"))
        task = self.task or metrics.infer_task(net.spec, Y)
        threshold = metrics.class_threshold(Y) if n_out == 1 else 0.5
        return _Data(X, Y, X_val, Y_val, task, threshold)


def check_trainable(spec, mode):
    """Refuse, with what to choose instead, a net that ``mode`` cannot train."""
    if mode == "perceptron":
        perceptron.check_trainable(spec)
        return
    for number, layer in enumerate(spec.layers, start=1):
        if layer.activation == "step":
            template = translate(
                "Training", "layer {number} uses the step activation, which gradient descent "
                "cannot train: its derivative is 0 everywhere (and undefined at 0), so no error "
                "signal flows back. Choose sigmoid, its smooth version") if spec.n_layers != 1 \
                else translate(
                "Training", "layer {number} uses the step activation, which gradient descent "
                "cannot train: its derivative is 0 everywhere (and undefined at 0), so no error "
                "signal flows back. Choose sigmoid, its smooth version, or train this single "
                "layer of step neurons by the perceptron rule: choose the mode “{mode}”")
            # the mode by the name its menu shows, not the value the code stores
            raise SpecError(template.format(number=number, mode=MODE_TITLES["perceptron"]))


@dataclasses.dataclass
class _Data:
    X: np.ndarray
    Y: np.ndarray
    X_val: np.ndarray | None
    Y_val: np.ndarray | None
    task: str
    threshold: float


class _Clock:
    """Seconds spent inside the generator: the time the caller holds a report is left out."""

    def __init__(self):
        self.total = 0.0
        self.started = time.perf_counter()
        self.at_last_report = 0.0

    def pause(self):
        self.total += time.perf_counter() - self.started

    def resume(self):
        self.started = time.perf_counter()

    def lap(self):
        """Seconds since the previous lap (report)."""
        seconds, self.at_last_report = self.total - self.at_last_report, self.total
        return seconds


class _Run:
    """One run of gradient descent: its fast path, its epoch plan and where it stands."""

    def __init__(self, trainer, data):
        self.trainer, self.net, self.data = trainer, trainer.net, data
        self.config_at_start = trainer.config
        self.kernel = FastPath(self.net)
        self.kernel.set_limits(divergence.limits(self.net, data.X, data.Y))
        self.rng = np.random.default_rng(trainer.config.seed)
        self.output_sigma = self.net.layer_activations[-1]
        self.multilabel = metrics.is_multilabel(self.net.spec)
        self.plan = None
        self.epoch = 0
        self.iteration = 0
        self.best_loss, self.best_epoch, self.best_params, self.waited = math.inf, None, None, 0
        self.configure(trainer.config)

    def configure(self, config):
        """Push the update rule's settings to the fast path, from its next iteration."""
        kernel = self.kernel
        if kernel.optimizer is None or kernel.optimizer.name != config.optimizer:
            kernel.optimizer = optimizers.make(config.optimizer, kernel.grad.flat.size,
                                               kernel.dtype, config)
        else:
            kernel.optimizer.configure(config)
        kernel.weight_decay, kernel.l1 = config.weight_decay, config.l1
        kernel.eta = schedules.learning_rate(config, self.epoch)

    def epochs(self):
        clock = _Clock()
        while self.epoch < self.trainer.config.epochs:
            config = self.trainer.config
            self._plan_epoch(config)
            self.configure(config)
            done = 0
            while done < self.plan.n_batches:
                # read live, so a caller can ask for reports more often mid-epoch
                stop = self._next_report(done, self.trainer.config.report_every)
                failed = self.kernel.train(self.plan.batches, done, stop, self.data.X)
                if failed is not None:
                    self._diverged(self.iteration + failed - done + 1)
                self.iteration += stop - done
                done = stop
                if done < self.plan.n_batches:
                    yield from self._yield(clock, self._report(clock, done, epoch_done=False))
            report = self._end_of_epoch(clock)
            yield from self._yield(clock, report)
            self.epoch += 1
            if report.stop_reason is not None:
                return

    def _plan_epoch(self, config):
        X, Y = self.data.X, self.data.Y
        m = batch_size_for(config.mode, config.batch_size, len(X))
        shuffle = config.shuffle and config.mode != "batch"
        if self.plan is None or (self.plan.m, self.plan.shuffle) != (m, shuffle):
            self.plan = EpochPlan(X, Y, m, shuffle, self.net.sizes, self.net.dtype)
        self.plan.new_epoch(self.rng, X, Y)
        self.rows_counted, self.loss_sum, self.correct = 0, 0.0, 0
        self.rows_reported = 0

    def _next_report(self, done, report_every):
        """The batch index at which the next report falls (or the epoch's end)."""
        stop = self.plan.n_batches
        if report_every:
            stop = min(stop, done + report_every - self.iteration % report_every)
        return stop

    def _yield(self, clock, report):
        """Hand the report over with the network holding the current weights; on resuming,
        take the network's weights back (the caller may have edited them)."""
        self.kernel.store(self.net)
        yield report
        self.kernel.load(self.net)
        clock.resume()

    def _diverged(self, iteration):
        """Raise TrainingDiverged for the batch of ``iteration`` (counted over the run), with
        the network holding the last good weights (see ``engine.divergence``)."""
        kernel = self.kernel
        kernel.store(self.net)
        eta = kernel.eta
        kept_after = iteration - 1 - kernel.rolled_back
        # what the weights kept are, said as it is: the ones before the update that broke
        # them, or (when the batch's loss was caught before its update) the ones that gave
        # that loss, no better than it ("last good" promised what they were not)
        kept = (translate("Training", "the weights from before the update that made them "
                                      "explode")
                if kernel.rolled_back else
                translate("Training", "the weights that gave that loss; no update was made "
                                      "from them"))
        raise TrainingDiverged(
            translate(
                "Training", "training diverged in epoch {epoch}, iteration {iteration}, at "
                "learning rate {eta}: {failure}. The network keeps {kept}; lower the "
                "learning rate (try {lower}) and train again").format(
                    epoch=self.trainer.epochs_before + self.epoch + 1,
                    iteration=iteration - self.epoch * self.plan.n_batches, eta=f"{eta:g}",
                    failure=kernel.failure, kept=kept,
                    lower=f"{divergence.lower_learning_rate(eta):g}"),
            epoch=self.epoch + 1, iteration=iteration, learning_rate=eta,
            kept_after=kept_after, reason=kernel.failure)

    def _train_loss(self, rows):
        """The mean C_x over the first ``rows`` samples of the epoch, from their saved zᴸ,
        counting only the rows not yet counted (the fast path has already checked each
        batch's loss is finite)."""
        plan, start = self.plan, self.rows_counted
        if rows > start:
            z, y = plan.outputs[start:rows], plan.targets[start:rows]
            # softmax keeps the order of its inputs, so the class is the largest zᴸ; the
            # cross-entropies are computed from zᴸ alone.
            a = z if self.output_sigma.name == "softmax" else self.output_sigma.fn(z)
            losses = self.net.cost.per_sample(z, a, y)
            self.loss_sum += float(np.sum(losses, dtype=np.float64))
            if self.data.task == "classification":
                t = self.data.threshold
                self.correct += int(np.sum(metrics.correct_rows(a, y, t, self.multilabel)))
            self.rows_counted = rows
        return self.loss_sum / rows

    def _report(self, clock, done, epoch_done):
        with np.errstate(all="ignore"):  # a diverging loss is reported as TrainingDiverged
            return self._make_report(clock, done, epoch_done)

    def _make_report(self, clock, done, epoch_done):
        rows = self.plan.rows_done(done)
        train_loss = self._train_loss(rows)
        data, task = self.data, self.data.task
        if task == "classification":
            scores = {metrics.accuracy_name(self.net.spec): self.correct / rows}
        else:
            a = self.output_sigma.fn(self.plan.outputs[:rows])
            scores = {"r2": metrics.r2_score(a, self.plan.targets[:rows])}
        val_loss, confusion = None, None
        if data.X_val is not None and epoch_done:
            self.kernel.store(self.net)
            trace = self.net.forward(data.X_val)
            val_loss = self.net.cost.fn(trace.zs[-1], trace.output, data.Y_val)
            for name, value in metrics.evaluate(task, trace.output, data.Y_val,
                                                data.threshold, self.multilabel).items():
                scores["val_" + name] = value
        if self.trainer.confusion and epoch_done and task == "classification":
            outputs, targets = ((trace.output, data.Y_val) if data.X_val is not None else
                                (self.output_sigma.fn(self.plan.outputs), self.plan.targets))
            confusion = metrics.confusion_matrix(outputs, targets, threshold=data.threshold)
        clock.pause()
        seconds = clock.lap()
        samples, self.rows_reported = rows - self.rows_reported, rows
        return Report(
            epoch=self.epoch + 1, epochs=self.trainer.config.epochs, iteration=self.iteration,
            iterations_per_epoch=self.plan.n_batches, epoch_done=epoch_done,
            train_loss=train_loss, val_loss=val_loss, metrics=scores,
            learning_rate=self.kernel.eta, elapsed=clock.total,
            samples_per_second=samples / seconds if seconds > 0 else math.inf,
            best_epoch=self.best_epoch, confusion=confusion)

    def _end_of_epoch(self, clock):
        report = self._report(clock, self.plan.n_batches, epoch_done=True)
        config = self.trainer.config
        stop_reason = None
        if config.patience is not None and self._patience_ran_out(report.val_loss, config):
            stop_reason = "early_stopping"
        elif config.target_loss is not None and report.train_loss <= config.target_loss:
            stop_reason = "target_loss"
        elif self.epoch + 1 >= config.epochs:
            stop_reason = "epochs"
        restored = (stop_reason in ("early_stopping", "epochs")
                    and self.best_params is not None and config.restore_best)
        if restored:
            self.kernel.restore(self.best_params)
        message, worsened = None, False
        limits = self.kernel.limits
        # the best epoch's weights put back are not those the last epoch's loss was made by
        if stop_reason is not None and not restored and limits.worsened(report.train_loss):
            worsened, eta = True, self.kernel.eta
            message = translate(
                "Training", "training made the network worse: the loss ended at {end}, {times} "
                "times its start ({start}); the learning rate {eta} is too large, lower it "
                "(try {lower}) and train again").format(
                    end=f"{report.train_loss:.3g}", start=f"{limits.start_loss:.3g}",
                    times=f"{report.train_loss / max(limits.start_loss, 1e-300):.3g}",
                    eta=f"{eta:g}",
                    lower=f"{divergence.lower_learning_rate(eta):g}")
        return dataclasses.replace(report, stop_reason=stop_reason, best_epoch=self.best_epoch,
                                   message=message, worsened=worsened)

    def _patience_ran_out(self, val_loss, config):
        """Track the best validation loss (and its weights); True once it is ``patience``
        epochs old."""
        if val_loss < self.best_loss - config.min_delta:
            self.best_loss, self.best_epoch, self.waited = val_loss, self.epoch + 1, 0
            if config.restore_best:
                self.best_params = self.kernel.current.flat.copy()
            return False
        self.waited += 1
        return self.waited >= config.patience
