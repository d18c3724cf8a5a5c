"""Learning-rate schedules: how η changes from epoch to epoch.

The schedule multiplies the configured learning rate η by a factor that depends only on the
epoch number e (0 for the first epoch), as torch's StepLR and ExponentialLR do when stepped
once per epoch. Changing η while training runs keeps the schedule: the new η is multiplied by
the current factor.

- constant:     ηₑ = η
- step:         ηₑ = η · γ^⌊e / k⌋   (γ = ``decay_rate``, k = ``decay_every`` epochs)
- exponential:  ηₑ = η · γ^e
"""

from engine.errors import SpecError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate

NAMES = ("constant", "step", "exponential")

#: each schedule's name as a user reads it, translated when read
TITLES = TranslatedNames("Schedules", {
    "constant": QT_TRANSLATE_NOOP("Schedules", "Constant"),
    "step": QT_TRANSLATE_NOOP("Schedules", "Step decay"),
    "exponential": QT_TRANSLATE_NOOP("Schedules", "Exponential decay"),
})


def factor(schedule, epoch, decay_rate, decay_every):
    """The multiplier of η in epoch ``epoch`` (counted from 0)."""
    if schedule == "constant":
        return 1.0
    if schedule == "step":
        return decay_rate ** (epoch // decay_every)
    if schedule == "exponential":
        return decay_rate ** epoch
    raise SpecError(translate(
        "Schedules", "unknown schedule {name}: choose one of {choices}").format(
            name=repr(schedule), choices=", ".join(NAMES)))


def learning_rate(config, epoch):
    """ηₑ, the learning rate of ``config`` in epoch ``epoch`` (counted from 0)."""
    return config.learning_rate * factor(config.schedule, epoch, config.decay_rate,
                                         config.decay_every)
