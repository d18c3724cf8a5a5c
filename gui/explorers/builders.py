"""The views hidden at the program's start, each built (and its module imported) by one of
these when its dock is first shown or soon after the window is up
(``MainWindow._add_waiting_dock``): a third of the window's build is theirs."""


def optimizer_race(window):
    from gui.explorers.optimizer_race import OptimizerRace

    return OptimizerRace(window.document, window)


def descent_surface(window):
    from gui.explorers.descent_surface import DescentSurface

    return DescentSurface(window)


def neuron_explorer(window):
    from gui.explorers.neuron_explorer import NeuronExplorer

    return NeuronExplorer(window)


def activation_gallery(window):
    from gui.explorers.activation_gallery import ActivationGallery

    return ActivationGallery(window)
