"""The training settings: how the samples are batched, the update rule, when to stop.

``TrainConfig`` is an immutable dataclass that checks itself when built, so a setting that
cannot work is refused with a ``SpecError`` before training starts. To change a setting while
training runs, hand the trainer a new value (``Trainer.update(learning_rate=0.01)``); it
builds the new config the same way, so it is checked the same way.
"""

from dataclasses import asdict, dataclass, fields

from engine import optimizers, schedules
from engine.bounds import Bounds
from engine.errors import SpecError
from engine.spec import checked_dict
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate

MODES = ("batch", "stochastic", "minibatch", "perceptron")

#: each mode's name as a user reads it, translated when read
MODE_TITLES = TranslatedNames("Modes", {
    "batch": QT_TRANSLATE_NOOP("Modes", "Batch (all N)"),
    "stochastic": QT_TRANSLATE_NOOP("Modes", "Stochastic (1)"),
    "minibatch": QT_TRANSLATE_NOOP("Modes", "Mini-batch (m)"),
    "perceptron": QT_TRANSLATE_NOOP("Modes", "Perceptron rule"),
})

#: what each mode does, translated when read
MODE_DESCRIPTIONS = TranslatedNames("Modes", {
    "batch": QT_TRANSLATE_NOOP(
        "Modes",
        "One update per epoch, from the gradient over all N training samples."),
    "stochastic": QT_TRANSLATE_NOOP(
        "Modes",
        "One update per sample: N updates per epoch, each from one sample's gradient."),
    "minibatch": QT_TRANSLATE_NOOP(
        "Modes",
        "One update per batch of m samples: ⌈N/m⌉ iterations per epoch, the last batch may be "
        "smaller."),
    "perceptron": QT_TRANSLATE_NOOP(
        "Modes",
        "The perceptron learning rule, for one layer of step neurons: w ← w + η(y − a)x."),
})

#: Every numeric setting's range, defined here once: TrainConfig checks it, the window's fields
#: and sliders offer it, the command line parses with it, and the project reader refuses a
#: file outside it (through TrainConfig).
LIMITS: dict[str, Bounds] = {
    "batch_size": Bounds(1, 1_000_000, whole=True),
    "epochs": Bounds(1, 10_000_000, whole=True),
    "seed": Bounds(0, 2**31 - 1, whole=True),
    "learning_rate": Bounds(0, None, low_open=True, usual=(1e-5, 10.0)),
    "momentum": Bounds(0, 1, high_open=True),
    "rmsprop_alpha": Bounds(0, 1, high_open=True),
    "adam_beta1": Bounds(0, 1, high_open=True),
    "adam_beta2": Bounds(0, 1, high_open=True),
    "eps": Bounds(0, 1, low_open=True),
    "weight_decay": Bounds(0, 10),
    "l1": Bounds(0, 10),
    "min_delta": Bounds(0, None),
    "target_loss": Bounds(0, None),
    "patience": Bounds(1, 100_000, whole=True),
    "decay_every": Bounds(1, 1_000_000, whole=True),
    "decay_rate": Bounds(0, 1, low_open=True),
    "report_every": Bounds(1, None, whole=True),
}
#: what the settings are called where a user reads them (the undo history: "Change the
#: learning rate η"), translated as they are read
SETTING_NAMES = TranslatedNames("Settings", {
    "mode": QT_TRANSLATE_NOOP("Settings", "the mode"),
    "batch_size": QT_TRANSLATE_NOOP("Settings", "the batch size m"),
    "optimizer": QT_TRANSLATE_NOOP("Settings", "the optimizer"),
    "learning_rate": QT_TRANSLATE_NOOP("Settings", "the learning rate η"),
    "momentum": QT_TRANSLATE_NOOP("Settings", "the momentum"),
    "rmsprop_alpha": QT_TRANSLATE_NOOP("Settings", "RMSprop's α"),
    "adam_beta1": QT_TRANSLATE_NOOP("Settings", "Adam's β₁"),
    "adam_beta2": QT_TRANSLATE_NOOP("Settings", "Adam's β₂"),
    "eps": QT_TRANSLATE_NOOP("Settings", "ε"),
    "weight_decay": QT_TRANSLATE_NOOP("Settings", "the weight decay λ₂"),
    "l1": QT_TRANSLATE_NOOP("Settings", "the L1 penalty λ₁"),
    "epochs": QT_TRANSLATE_NOOP("Settings", "the epochs"),
    "shuffle": QT_TRANSLATE_NOOP("Settings", "the shuffling"),
    "seed": QT_TRANSLATE_NOOP("Settings", "the seed"),
    "target_loss": QT_TRANSLATE_NOOP("Settings", "the target loss"),
    "patience": QT_TRANSLATE_NOOP("Settings", "the patience"),
    "min_delta": QT_TRANSLATE_NOOP("Settings", "the least improvement"),
    "restore_best": QT_TRANSLATE_NOOP("Settings", "keeping the best weights"),
    "schedule": QT_TRANSLATE_NOOP("Settings", "the schedule"),
    "decay_every": QT_TRANSLATE_NOOP("Settings", "the decay interval"),
    "decay_rate": QT_TRANSLATE_NOOP("Settings", "the decay rate"),
    "report_every": QT_TRANSLATE_NOOP("Settings", "the reports"),
})
#: settings whose None means "off"
OPTIONAL = frozenset({"target_loss", "patience", "report_every"})


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
        for name, bounds in LIMITS.items():
            value = getattr(self, name)
            if value is not None or name not in OPTIONAL:
                bounds.check(value, name)
        for name in ("shuffle", "restore_best"):
            if not isinstance(getattr(self, name), bool):
                raise SpecError(translate(
                    "Settings", "{name} must be True or False, not {value}").format(
                        name=name, value=repr(getattr(self, name))))
        if self.optimizer == "nesterov" and self.momentum == 0:
            raise SpecError(translate(
                "Settings", "Nesterov momentum needs a momentum greater than 0 (with 0 it "
                "would be plain SGD): set the momentum, or choose sgd"))

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        names = tuple(f.name for f in fields(cls))
        return cls(**checked_dict(data, names, "the training settings"))


def _choice(value, choices, name):
    if value not in choices:
        raise SpecError(translate("Settings", "unknown {name} {value}: choose one of {choices}")
                        .format(name=name, value=repr(value), choices=", ".join(choices)))
