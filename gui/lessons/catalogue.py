"""The lessons: one list of them, in the course notes' order, with their titles and files.

A lesson is a project (``resources/lessons/<name>.bps.json``, made by ``tools/make_lessons.py``
through the engine's session) and a guide in each interface language
(``resources/lessons/<name>.<language>.html``). The titles are here, marked for translation,
so that Help ▸ Lessons speaks the interface's language; the guides are whole files because a
guide is a page of rich text, not a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import resources
from engine.project.document import PROJECT_SUFFIX
from gui.languages import ENGLISH

#: where the lessons' projects and guides are: shipped with the ``resources`` package
LESSONS_FOLDER = Path(resources.__file__).resolve().parent / "lessons"


@dataclass(frozen=True)
class Lesson:
    """``name`` is the files' stem; ``title`` and ``summary`` are in the interface language."""

    name: str
    title: str
    summary: str

    @property
    def project(self) -> Path:
        return LESSONS_FOLDER / (self.name + PROJECT_SUFFIX)

    def guide(self, language: str) -> Path:
        """The guide in ``language``, or the English one when there is none in it."""
        path = LESSONS_FOLDER / f"{self.name}.{language}.html"
        return path if path.is_file() else LESSONS_FOLDER / f"{self.name}.{ENGLISH}.html"


def lessons() -> tuple[Lesson, ...]:
    """Every lesson, in the order the notes teach them (titles in the interface language)."""
    return (
        Lesson("one_neuron",
               QCoreApplication.translate("Lessons", "1 · One Neuron and Its Threshold"),
               QCoreApplication.translate(
                   "Lessons", "The M-P neuron: a step neuron with threshold θ computes AND "
                              "and OR; the perceptron rule finds the line")),
        Lesson("xor_hidden_layer",
               QCoreApplication.translate("Lessons", "2 · Why XOR Needs a Hidden Layer"),
               QCoreApplication.translate(
                   "Lessons", "One neuron draws one straight line and stalls on XOR; a "
                              "hidden layer of four solves it")),
        Lesson("step_gradient",
               QCoreApplication.translate(
                   "Lessons", "3 · The Step Function and Gradient Descent"),
               QCoreApplication.translate(
                   "Lessons", "Gradient descent refuses the step function (its derivative "
                              "is 0); the perceptron rule and sigmoid train it")),
        Lesson("vanishing_gradients",
               QCoreApplication.translate(
                   "Lessons", "4 · Sigmoid Saturates: Vanishing Gradients"),
               QCoreApplication.translate(
                   "Lessons", "Five sigmoid hidden layers: the error δ fades on its way "
                              "back; tanh or ReLU carry it")),
        Lesson("batch_sizes",
               QCoreApplication.translate(
                   "Lessons", "5 · Batch, Stochastic and Mini-batch Descent"),
               QCoreApplication.translate(
                   "Lessons", "The same net trained with all N samples, one, or m per "
                              "iteration: iterations, epochs and noise")),
        Lesson("softmax_classes",
               QCoreApplication.translate("Lessons", "6 · Softmax for Several Classes"),
               QCoreApplication.translate(
                   "Lessons", "Four classes, one softmax output each: probabilities that "
                              "add up to 1, trained on the cross-entropy")),
    )


def lesson(name: str) -> Lesson:
    """The lesson called ``name``; KeyError if there is none."""
    for candidate in lessons():
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def interface_language() -> str:
    """The interface's language, as ``gui.i18n`` installed it (English before it has)."""
    from gui import i18n

    return i18n.current_language() or ENGLISH
