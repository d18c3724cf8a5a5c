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


class MissingValues(DataError):
    """A CSV file whose rows have missing values (``count`` rows, the first at ``row``,
    ``column``). The message names the problem only: the way out depends on where the reader
    is (``drop_missing=True`` in Python, ``--drop-missing`` on the command line, the CSV
    dialog's "Drop rows with missing values" box in the window), so each caller adds its own."""

    def __init__(self, message: str, *, row: int, column: str, count: int):
        super().__init__(message)
        self.row = row
        self.column = column
        self.count = count


class TooManyCategories(DataError):
    """A text feature column with more distinct values than one-hot encoding allows (an
    identifier, free text): ``column``. As for ``MissingValues`` the message names the problem,
    and each caller adds its way out (``ignore=`` in Python, ``--ignore`` on the command
    line, unticking the column in the CSV dialog)."""

    def __init__(self, message: str, *, column: str):
        super().__init__(message)
        self.column = column


class NotInTextEncoding(DataError):
    """A file whose bytes are not text in the ``encoding`` it was read in (UTF-8 unless
    told), the first such byte on ``row``. The CSV dialog offers another encoding; the
    command line names its ``--text-encoding``."""

    def __init__(self, message: str, *, encoding: str, row: int):
        super().__init__(message)
        self.encoding = encoding
        self.row = row


class NoHeaderFound(DataError):
    """A column asked for by name in a CSV file whose first row was read as values, not
    names (names of numbers, "2019,2020,label"). Each caller adds its way to say the first
    row is a header (``header=True``, ``--header``, the CSV dialog's box)."""


class ProjectError(BackpropStudioError, ValueError):
    """A project or weights file that cannot be read or written."""


class NotAProject(ProjectError):
    """A CSV data file handed over where a project was expected (``path``). The message says
    so; each caller adds its way out (``new --csv`` on the command line; the window imports
    it as data)."""

    def __init__(self, message: str, *, path: str):
        super().__init__(message)
        self.path = path


class TrainingDiverged(BackpropStudioError, ArithmeticError):
    """Training diverged (``engine.divergence`` says when): found in ``epoch`` at
    ``iteration`` (counted over the run), at ``learning_rate``; the network keeps its last good
    weights, those after ``kept_after`` iterations of the run (0: the run's start).
    ``reason``: what showed it (the message's middle part, for a caller that words the rest
    its own way, as the command line does: it saves nothing)."""

    def __init__(self, message: str, *, epoch: int, iteration: int, learning_rate: float,
                 kept_after: int | None = None, reason: str = ""):
        super().__init__(message)
        self.reason = reason
        self.epoch = epoch
        self.iteration = iteration
        self.learning_rate = learning_rate
        self.kept_after = iteration - 1 if kept_after is None else kept_after


class TrainingWorsened(BackpropStudioError, ArithmeticError):
    """A run that ended with the network worse than one that knows nothing (its report's
    ``worsened``, see ``engine.divergence``): raised where such a run is not kept, as on the
    command line, which saves nothing."""


class Refused(BackpropStudioError, ValueError):
    """An edit of the project that cannot be made; the message is the reason, and nothing
    was changed (``engine.session`` raises it for every kind of edit)."""
