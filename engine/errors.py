"""The errors a user can cause, one type per place they come from.

Each carries a message meant for the user: it names the file, row, column, value,
epoch or setting at fault and, where there is one, what to choose instead. The GUI
shows the message as it is; the command line prints it on one line and exits 2.
"""


class BackpropStudioError(Exception):
    """Base of every error the program reports to a user instead of a traceback."""


class SpecError(BackpropStudioError, ValueError):
    """A network architecture or a training setting that cannot work."""


class DataError(BackpropStudioError, ValueError):
    """A data set or data file that cannot be used; the message names the file and the fault."""


class ProjectError(BackpropStudioError, ValueError):
    """A project or weights file that cannot be read or written."""


class TrainingDiverged(BackpropStudioError, ArithmeticError):
    """Training produced a non-finite loss or weight; the network keeps its last finite weights."""

    def __init__(self, message: str, *, epoch: int, iteration: int, learning_rate: float):
        super().__init__(message)
        self.epoch = epoch
        self.iteration = iteration
        self.learning_rate = learning_rate


class Refused(BackpropStudioError, ValueError):
    """An edit of the project that cannot be made; the message is the reason, and nothing
    was changed (``engine.session`` raises it for every kind of edit)."""
