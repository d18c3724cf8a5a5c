"""The inspector's wrapped lines are as tall as their text the first time a neuron is
chosen (the sample's values and δ worked out were cut through until a later refresh,
tester)."""

from engine import datasets
from gui.panels.neuron_inspector import NeuronInspector


def test_the_sample_and_delta_lines_are_not_cut(qtbot, window, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("island,bill,depth,flipper,mass,sex,species\n" + "".join(
        f"{('Biscoe', 'Dream', 'Torgersen')[i % 3]},{38.9 + i},{18.2 + i % 3},{195 + i},"
        f"{3000 + i * 10},{'mf'[i % 2]},{'ACG'[i % 3]}\n" for i in range(30)), encoding="utf-8")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.document.set_data(datasets.read_csv(path, target="species"), fit_network=True)
    window.docks["inspectorDock"].raise_()
    qtbot.wait(50)
    window.document.select_neuron(len(window.document.spec.layers), 0)
    inspector = window.findChild(NeuronInspector)
    for label in (inspector.sample_text, inspector.delta):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(
            label.width()), timeout=2000)
