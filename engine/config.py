"""The training settings: how the samples are batched, the update rule, when to stop.

``TrainConfig`` is an immutable dataclass that checks itself when built, so a setting that
cannot work is refused with a ``SpecError`` before training starts. To change a setting while
training runs, hand the trainer a new value (``Trainer.update(learning_rate=0.01)``); it
builds the new config the same way, so it is checked the same way.
"""

import math
from dataclasses import asdict, dataclass, fields

from engine import optimizers, schedules
from engine.errors import SpecError
from engine.spec import checked_dict

MODES = ("batch", "stochastic", "minibatch", "perceptron")


@dataclass(frozen=True)
class TrainConfig:
    """Every training setting, with torch's defaults for the optimizer coefficients.

    Batching: ``mode`` "batch" (all N samples per update), "stochastic" (one), "minibatch"
    (``batch_size``), or "perceptron" (the perceptron learning rule, for a single layer of
    step neurons). ``shuffle`` draws a new order each epoch from ``seed``.

    Update rule: ``optimizer`` with ``learning_rate`` η and its coefficients; ``weight_decay``
    adds λ₂θ and ``l1`` adds λ₁ sign(θ) to every gradient, biases included (as torch).

    Stop rules: ``epochs`` at most; ``target_loss`` stops once an epoch's training loss is at
    or below it; ``patience`` (epochs, None = off) stops when the validation loss has not
    improved by more than ``min_delta`` for that long, and with ``restore_best`` the network
    ends with the weights of its best validation epoch.

    Schedule: "constant", "step" (η·``decay_rate`` every ``decay_every`` epochs) or
    "exponential" (η·``decay_rate``^epoch).

    Reports: once per epoch, and also every ``report_every`` iterations when it is set.
    """

    mode: str = "minibatch"
    batch_size: int = 32
    optimizer: str = "sgd"
    learning_rate: float = 0.1
    momentum: float = 0.9
    rmsprop_alpha: float = 0.99
    adam_beta1: float = 0.9
    adam_beta2: float = 0.999
    eps: float = 1e-8
    weight_decay: float = 0.0
    l1: float = 0.0
    epochs: int = 100
    shuffle: bool = True
    seed: int = 0
    target_loss: float | None = None
    patience: int | None = None
    min_delta: float = 0.0
    restore_best: bool = True
    schedule: str = "constant"
    decay_every: int = 10
    decay_rate: float = 0.5
    report_every: int | None = None

    def __post_init__(self):
        _choice(self.mode, MODES, "mode")
        _choice(self.optimizer, optimizers.NAMES, "optimizer")
        _choice(self.schedule, schedules.NAMES, "schedule")
        _whole(self.batch_size, "batch_size", 1)
        _whole(self.epochs, "epochs", 1)
        _whole(self.seed, "seed", 0)
        _whole(self.decay_every, "decay_every", 1)
        _number(self.learning_rate, "learning_rate", low=0, low_open=True)
        _number(self.momentum, "momentum", low=0, high=1)
        _number(self.rmsprop_alpha, "rmsprop_alpha", low=0, high=1)
        _number(self.adam_beta1, "adam_beta1", low=0, high=1)
        _number(self.adam_beta2, "adam_beta2", low=0, high=1)
        _number(self.eps, "eps", low=0, low_open=True)
        _number(self.weight_decay, "weight_decay", low=0)
        _number(self.l1, "l1", low=0)
        _number(self.min_delta, "min_delta", low=0)
        _number(self.decay_rate, "decay_rate", low=0, low_open=True)
        if self.target_loss is not None:
            _number(self.target_loss, "target_loss", low=0)
        if self.patience is not None:
            _whole(self.patience, "patience", 1)
        if self.report_every is not None:
            _whole(self.report_every, "report_every", 1)
        for name in ("shuffle", "restore_best"):
            if not isinstance(getattr(self, name), bool):
                raise SpecError(f"{name} must be True or False, not {getattr(self, name)!r}")

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        names = tuple(f.name for f in fields(cls))
        return cls(**checked_dict(data, names, "the training settings"))


def _choice(value, choices, name):
    if value not in choices:
        raise SpecError(f"unknown {name} {value!r}: choose one of {', '.join(choices)}")


def _whole(value, name, low):
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise SpecError(f"{name} must be a whole number of at least {low}, not {value!r}")


def _number(value, name, low=None, high=None, low_open=False):
    """Check ``value`` is a finite number with low ≤ value < high (low < value if low_open)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SpecError(f"{name} must be a finite number, not {value!r}")
    if low is not None and (value < low or (low_open and value == low)):
        bound = "greater than" if low_open else "at least"
        raise SpecError(f"{name} must be {bound} {low}, not {value!r}")
    if high is not None and value >= high:
        raise SpecError(f"{name} must be less than {high}, not {value!r}")
