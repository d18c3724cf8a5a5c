"""The stepper's numbers on the canvas while the project changes under them: a new
architecture arrives before the canvas is rebuilt for it, and nothing may be recoloured with
weights of another shape (a crash dialog, found by a user opening a project)."""

from engine import datasets
from engine.session import Session


def test_a_new_architecture_with_the_stepper_up_raises_nothing(qtbot, window, tmp_path):
    window.resize(1280, 800)
    window.show()
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.isVisible(), timeout=5000)
    window.stepper.next_stage() if hasattr(window.stepper, "next_stage") else None
    other = Session()
    other.set_data(datasets.load("clusters"), fit_network=True)
    other.add_hidden_layer(1, units=3)
    path = tmp_path / "other.bps.json"
    other.save(path)
    window.open_project(path)  # an uncaught exception in a slot fails the test (pytest-qt)
    qtbot.wait(50)
    sizes = tuple(window.document.spec.sizes)
    scene = window.canvas.scene()
    assert scene._built_sizes == sizes
    assert [len(column) for column in scene.neurons][1:] == list(sizes[1:])


def test_the_walk_stays_on_its_step_not_its_number_when_the_layers_change(qtbot, window):
    """On "Backward, layer 1" of 2-2-1, a hidden layer added: the walk stands on that step
    of the new network, not on whatever stage now has the old number."""
    window.resize(1280, 800)
    window.show()
    window.show_stepper()
    stepper = window.stepper
    qtbot.waitUntil(lambda: bool(stepper.stages), timeout=5000)
    backward = next(k for k, stage in enumerate(stepper.stages)
                    if stage.kind == "backward" and stage.layer == 1)
    stepper.go(backward)
    assert window.document.add_hidden_layer(1, units=3)
    qtbot.waitUntil(lambda: len(stepper.stages) > backward + 1, timeout=5000)
    stage = stepper.stages[stepper.index]
    assert (stage.kind, stage.layer) == ("backward", 1)
    assert stepper.index != backward  # the new net's layer 2 comes first
    assert window.document.undo_stack.canUndo()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: stepper.index == backward, timeout=5000)
