"""The canvas's neuron pictures are made by the training worker, on its thread: the main
thread, asking for the same plane, finds them made and only paints them."""

import threading

from engine import datasets
from engine.session import Session
from gui.canvas.neuron_maps import MapPictures
from gui.training.controller import State


def test_pictures_made_on_another_thread_are_found_not_made_again(qapp, monkeypatch):
    session = Session()
    session.set_data(datasets.load("moons", n_samples=60), fit_network=True)
    derived = session.derived
    pictures = MapPictures()
    pictures.prepare(derived)
    assert pictures.images(derived.plane) is not None  # not wanted: made only when asked
    pictures = MapPictures()
    pictures.wanted = True
    worker = threading.Thread(target=pictures.prepare, args=(derived,))
    worker.start()
    worker.join()
    import gui.canvas.neuron_maps as maps

    made = []
    monkeypatch.setattr(maps, "map_images", lambda plane: made.append(plane))
    images = pictures.images(derived.plane)
    assert made == [] and len(images) == len(session.network.spec.layers) + 1
    assert pictures.images(None) is None


def test_a_live_run_hands_the_canvas_pictures_made_by_the_worker(qtbot, window):
    scene = window.canvas.scene()
    window.document.set_data(datasets.load("moons", n_samples=60), fit_network=True)
    assert scene.map_pictures.wanted
    made_on = []
    prepare = scene.map_pictures.prepare

    def watched(derived):
        made_on.append(threading.current_thread() is threading.main_thread())
        prepare(derived)

    window.training.preparers[:] = [watched]
    window.training.step("epoch")
    try:
        qtbot.waitUntil(lambda: window.training.state is State.PAUSED, timeout=10_000)
    finally:
        window.training.stop()
    assert made_on and not any(made_on)
    item = scene.neurons[1][0]
    assert item.output_map is not None
