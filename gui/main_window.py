"""The main window: the canvas in the middle, panels and plots in docks, menus over them.

Every part is a view of ``self.document``. The window remembers its geometry and dock layout
with QSettings. Actions whose features are not in this version are disabled and say so.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from engine import __version__, notation
from engine.datasets.sources import display_name
from gui.actions import ActionInfo, make_action, undo_redo_actions
from gui.canvas import NetworkCanvas
from gui.canvas.edit_actions import EditActions
from gui.canvas.live_numbers import LiveNumbers
from gui.classroom import install as install_classroom
from gui.data.panel import DataPanel
from gui.document import Document
from gui.explorers import builders, placement
from gui.explorers.history_scrubber import HistoryScrubber
from gui.file_actions import EXPORT_FORMATS, FileActions
from gui.language_menu import LanguageMenu, switch_language
from gui.lessons import LessonsHelp
from gui.panels.inspector import InspectorPanel
from gui.panels.palette import NeuronPalette
from gui.panels.training_panel import TrainingPanel
from gui.plots.activation_heatmaps import ActivationHeatmaps
from gui.plots.confusion_matrix import ConfusionMatrix
from gui.plots.decision_boundary import DecisionBoundary
from gui.plots.layer_diagnostics import LayerDiagnostics
from gui.plots.loss_plot import LossPanel
from gui.plots.weight_heatmaps import WeightHeatmaps
from gui.plots.weight_images import WeightImages
from gui.status_bar import StatusBar
from gui.stepper.panel import BackpropStepper
from gui.training.actions import TrainingActions, TrainingStatus
from gui.training.controller import State, TrainingController
from gui.wheel_guard import guard_wheel
from gui.window_layout import FIRST_SIZE, LAYOUT_VERSION, WindowLayout
from resources import example_projects

APP_NAME = "Backprop Studio"
#: the menu's names of the shipped examples (translated where shown, context MainWindow)
EXAMPLE_TITLES = {
    "backprop_by_hand.bps.json": QT_TRANSLATE_NOOP(
        "MainWindow", "Backpropagation by Hand (2-2-2, one sample)"),
    "one_neuron.bps.json": QT_TRANSLATE_NOOP(
        "MainWindow", "One Sigmoid Neuron (the notes' worked example)"),
}


def scrollable(widget: QWidget) -> QScrollArea:
    """A tall panel in a scroll area, so it never forces the window's minimum height; it
    scrolls up and down only (its text wraps to the dock's width, nothing is cut at the
    right)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area

SETTINGS_NEURON_MAPS = "canvas/neuronOutputMaps"
SETTINGS_LIVE_NUMBERS = "canvas/numbersOnNeurons"
#: how long after the program's window opens the explorers hidden at start are built
HIDDEN_VIEWS_AFTER_MS = 300
SK = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    #: the dock layout's version for saveState/restoreState (``gui.language_menu`` reads it)
    layout_version = LAYOUT_VERSION

    def __init__(self, parent: QWidget | None = None, restore_layout: bool = True,
                 document: Document | None = None, defer_hidden_views: bool = False):
        """``document``: an open document to show (a change of language builds the window
        again around the same one), else a new one with the example project.
        ``defer_hidden_views``: the explorers hidden at start are built once shown, or
        ``HIDDEN_VIEWS_AFTER_MS`` after the window is (the program's start: a third of the
        window's build is theirs); otherwise at once, with the rest."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        if document is None:
            document = Document(self)
        else:
            document.setParent(self)
        self.document = document
        self.files = FileActions(self, self.document)
        self.training = TrainingController(self.document, self)
        self.canvas = NetworkCanvas(self.document, self)
        self.training.add_preparer(self.canvas.scene().map_pictures.prepare)
        self.training.add_preparer(self.canvas.scene().edge_pictures.prepare)
        self.setCentralWidget(self.canvas)
        self.docks: dict[str, QDockWidget] = {}
        #: views not built yet, by dock (``_add_waiting_dock``)
        self._waiting_views: dict = {}
        self._create_actions()
        self._create_docks()
        self.classroom, self.presets = install_classroom(self, LAYOUT_VERSION)
        self._create_menus()
        self._size_docks()
        self._create_status_bar()
        self.live_numbers.refresh()
        guard_wheel(self)
        self.document.modifiedChanged.connect(self.setWindowModified)
        self.document.pathChanged.connect(self._update_title)
        self._update_title()
        self.resize(*FIRST_SIZE)
        self.layout_keeper = WindowLayout(self, remembers=restore_layout)
        if restore_layout:
            self.layout_keeper.restore()
            self.classroom.restore_remembered()
        if defer_hidden_views:
            QTimer.singleShot(HIDDEN_VIEWS_AFTER_MS, self, self.build_waiting_views)
        else:
            self.build_waiting_views()

    # ---- actions and menus -------------------------------------------------------------
    def _create_actions(self) -> None:
        self.action_new = make_action(self, ActionInfo(
            "actionNew", self.tr("&New"), SK.New,
            self.tr("Start a new project from the example network")))
        self.action_new.triggered.connect(self.files.new)
        self.action_open = make_action(self, ActionInfo(
            "actionOpen", self.tr("&Open…"), SK.Open, self.tr("Open a project file")))
        self.action_open.triggered.connect(self.files.open)
        self.action_save = make_action(self, ActionInfo(
            "actionSave", self.tr("&Save"), SK.Save, self.tr("Save the project")))
        self.action_save.triggered.connect(self.files.save)
        self.action_save_as = make_action(self, ActionInfo(
            "actionSaveAs", self.tr("Save &As…"), SK.SaveAs,
            self.tr("Save the project in a new file")))
        self.action_save_as.triggered.connect(self.files.save_as)
        self.export_actions = []
        for fmt, text, _, _ in EXPORT_FORMATS:
            # marked for lupdate where the table is written (QT_TRANSLATE_NOOP)
            action = make_action(self, ActionInfo(
                f"actionExport_{fmt}", QCoreApplication.translate("FileActions", text)))
            action.triggered.connect(lambda _=False, fmt=fmt: self.files.export(fmt))
            self.export_actions.append(action)
        self.example_actions = []
        for path in example_projects():
            title = EXAMPLE_TITLES.get(path.name, path.name.removesuffix(".bps.json"))
            action = make_action(self, ActionInfo(f"actionExample_{path.name.split('.')[0]}",
                                                  QCoreApplication.translate("MainWindow", title)))
            action.triggered.connect(lambda _=False, path=path: self.files.open_example(path))
            self.example_actions.append(action)
        self.action_import_weights = make_action(self, ActionInfo(
            "actionImportWeights", self.tr("&Import Weights…"), None,
            self.tr("Load weights exported as .npz or .json into this network")))
        self.action_import_weights.triggered.connect(self.files.import_weights)
        self.action_quit = make_action(self, ActionInfo("actionQuit", self.tr("&Quit"), SK.Quit))
        self.action_quit.triggered.connect(self.close)

        self.action_undo, self.action_redo = undo_redo_actions(self, self.document)

        self.edit_actions = EditActions(self.document, self.canvas.scene().edit_bias, self)
        self.action_fit = make_action(self, ActionInfo(
            "actionFitView", self.tr("&Fit Network to View"), "Ctrl+0",
            self.tr("Show the whole network")))
        self.action_fit.triggered.connect(self.canvas.fit_to_view)
        self.action_neuron_maps = make_action(self, ActionInfo(
            "actionNeuronMaps", self.tr("Neuron &Output Maps"), None,
            self.tr("Fill each neuron with its output over the plane of the two inputs")))
        self.action_neuron_maps.setCheckable(True)
        self.action_neuron_maps.setChecked(
            QSettings().value(SETTINGS_NEURON_MAPS, True, type=bool))
        self.action_neuron_maps.toggled.connect(self._show_neuron_maps)
        self.document.dataChanged.connect(self._update_neuron_maps_action)
        self.canvas.scene().set_maps_shown(self.action_neuron_maps.isChecked())
        self._update_neuron_maps_action()
        self._stepping = False
        self.live_numbers = LiveNumbers(self.document, self)
        self.live_numbers.overlayChanged.connect(self._live_overlay)
        self.live_numbers_group = QActionGroup(self)
        remembered = QSettings().value(SETTINGS_LIVE_NUMBERS, "", type=str)
        for quantity, text, tip in (
                ("", self.tr("&None"), self.tr("No numbers on the neurons")),
                ("a", self.tr("&Activations aᵢˡ"),
                 self.tr("Each neuron's output for the inspector's sample, live while training")),
                ("z", self.tr("&Weighted Inputs zᵢˡ"),
                 self.tr("Each neuron's zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ for the inspector's sample")),
                ("delta", self.tr("&Errors δᵢˡ"),
                 self.tr("Each neuron's δᵢˡ = ∂Cₓ/∂zᵢˡ for the inspector's sample: "
                         "backpropagation, live"))):
            action = make_action(self, ActionInfo(f"actionNumbers_{quantity or 'none'}", text,
                                                  None, tip))
            action.setCheckable(True)
            action.setData(quantity)
            action.setChecked(quantity == remembered)
            self.live_numbers_group.addAction(action)
        self.live_numbers_group.triggered.connect(self._choose_live_numbers)
        self.live_numbers.quantity = remembered or None
        self.action_reset_layout = make_action(
            self, ActionInfo("actionResetLayout", self.tr("&Reset Layout")))
        self.action_reset_layout.triggered.connect(self.reset_layout)

        self.action_stepper = make_action(self, ActionInfo(
            "actionStepper", self.tr("Step Through &Backpropagation"), "Ctrl+B",
            self.tr("The notes' backpropagation algorithm for one sample, stage by stage, "
                    "with its numbers on the canvas (Ctrl+B)")))
        self.action_stepper.triggered.connect(self.show_stepper)
        self.training_ui = TrainingActions(self, self.training)
        self.training_actions = self.training_ui.actions
        (self.action_train, self.action_pause, self.action_stop, self.action_step,
         self.action_step_epoch, self.action_reset_weights) = self.training_actions

        self.action_about = make_action(
            self, ActionInfo("actionAbout", self.tr("&About Backprop Studio")))
        self.action_about.triggered.connect(self.show_about)
        self.action_about_qt = make_action(self, ActionInfo("actionAboutQt", self.tr("About &Qt")))
        self.action_about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions([self.action_new, self.action_open])
        self.recent_menu = self.files.recent_menu(file_menu)
        file_menu.addMenu(self.recent_menu)
        examples = file_menu.addMenu(self.tr("Open &Example"))
        examples.setObjectName("menuExamples")
        for action in self.example_actions:
            examples.addAction(action)
        file_menu.addActions([self.action_save, self.action_save_as])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export Weights"))
        export_menu.setObjectName("menuExport")
        export_menu.addActions(self.export_actions)
        file_menu.addAction(self.action_import_weights)
        file_menu.addSeparator()
        file_menu.addMenu(self.presets.menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addActions(self.edit_actions.actions)
        edit_menu.addMenu(self.edit_actions.cost_menu(edit_menu))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menuView")
        view_menu.addAction(self.action_fit)
        view_menu.addAction(self.action_neuron_maps)
        numbers = view_menu.addMenu(self.tr("Numbers on Ne&urons"))
        numbers.setObjectName("menuNumbers")
        numbers.addActions(self.live_numbers_group.actions())
        view_menu.addSeparator()
        for dock in self.docks.values():
            # the explorers are in their own menu, which opens them over the window: their
            # plain toggles would dock them into the crowded right-hand column
            if not dock.property("hiddenByDefault"):
                view_menu.addAction(dock.toggleViewAction())
        docks_end = view_menu.addSeparator()
        self.explorers_menu = view_menu.addMenu(self.tr("E&xplorers"))
        self.explorers_menu.setObjectName("menuExplorers")
        self.action_descent_surface = make_action(self, ActionInfo(
            "actionDescentSurface", self.tr("&Descent on a Surface"), None,
            self.tr("Gradient descent on the cost of one neuron's w and b, as a contour plot")))
        self.action_descent_surface.triggered.connect(
            lambda: self.show_explorer("descentSurfaceDock"))
        self.explorers_menu.addAction(self.action_descent_surface)
        for name, dock, text, tip in (
                ("actionNeuronExplorer", "neuronExplorerDock", self.tr("&Neuron Explorer"),
                 self.tr("One neuron a = σ(wx + b) on sliders, and the M-P neuron's line "
                         "stepped by the perceptron rule over AND, OR and XOR")),
                ("actionActivationGallery", "activationGalleryDock",
                 self.tr("&Activation Gallery"),
                 self.tr("Every activation with its derivative, range and saturation, and "
                         "why a non-linearity is needed")),
                ("actionOptimizerRace", "optimizerRaceDock", self.tr("&Optimizer Race"),
                 self.tr("The network trained from the same weights with several modes and "
                         "optimizers side by side; adopt the best run's weights")),
                ("actionHistoryScrubber", "historyScrubberDock", self.tr("&History Scrubber"),
                 self.tr("A slider over the epochs trained: the canvas, heatmaps, decision "
                         "boundary and inspector show the network as it was then"))):
            action = make_action(self, ActionInfo(name, text, None, tip))
            action.triggered.connect(lambda _=False, dock=dock: self.show_explorer(dock))
            self.explorers_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.action_reset_layout)
        view_menu.addSeparator()
        self.classroom.add_to(view_menu)
        self.language_menu = LanguageMenu(view_menu)
        self.language_menu.chosen.connect(self.choose_language)
        view_menu.addMenu(self.language_menu)
        train_menu = bar.addMenu(self.tr("&Train"))
        train_menu.setObjectName("menuTrain")
        train_menu.addActions(self.training_actions)
        train_menu.addSeparator()
        train_menu.addAction(self.action_stepper)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        self.lessons = LessonsHelp(self)
        # the guide among the panels too: closed, it was found again only under Help (tester)
        view_menu.insertAction(docks_end, self.lessons.action_guide)
        help_menu.addMenu(self.lessons.menu)
        help_menu.addAction(self.lessons.action_shortcuts)
        help_menu.addSeparator()
        help_menu.addActions([self.action_about, self.action_about_qt])

    # ---- docks -------------------------------------------------------------------------
    def _create_docks(self) -> None:
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea,
                               Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        palette = NeuronPalette(self.document)
        training = TrainingPanel(self.document, self.training_actions, self.training)
        self._add_dock("paletteDock", self.tr("Palette"), palette, left)
        self._add_dock("trainingDock", self.tr("Training"), training, left)
        self._add_dock("inspectorDock", self.tr("Inspector"), InspectorPanel(self.document), right)
        boundary = DecisionBoundary(self.document)
        self.training.add_preparer(boundary.pictures.prepare)
        self._add_dock("decisionDock", self.tr("Decision Boundary"), boundary, right)
        data = self._add_dock("dataDock", self.tr("Data"), scrollable(DataPanel(
            self.document, self.docks["decisionDock"].widget())), right)
        self.tabifyDockWidget(self.docks["inspectorDock"], data)
        self.docks["inspectorDock"].raise_()
        # The loss and the stepper share one dock as tabs (stepping through, the loss can
        # wait); a QTabWidget, since tabified docks in a split area leave a stray tab bar.
        self.stepper = BackpropStepper(self.document)
        self.stepper.overlayChanged.connect(self._stepper_overlay)
        self.training.stateChanged.connect(
            lambda state: self.stepper.set_running(state is State.RUNNING))
        self.loss_tabs = QTabWidget(self)
        self.loss_tabs.setObjectName("lossTabs")
        self.loss_tabs.setDocumentMode(True)
        self.loss_tabs.addTab(LossPanel(self.document), self.tr("Loss"))
        self.loss_tabs.addTab(self.stepper, self.tr("Backpropagation Step by Step"))
        loss = self._add_dock("lossDock", self.tr("Loss and Backpropagation"), self.loss_tabs,
                              bottom)
        self.loss_tabs.currentChanged.connect(self._stepper_shown_or_not)
        loss.visibilityChanged.connect(self._stepper_shown_or_not)
        # The matrix views share one dock as tabs of a QTabWidget: tabified docks leave a
        # stray tab bar on screen in Qt 6.11 when the area is also split.
        self.matrix_tabs = QTabWidget(self)
        self.matrix_tabs.setObjectName("matrixTabs")
        self.matrix_tabs.setDocumentMode(True)
        self.matrix_tabs.addTab(WeightHeatmaps(self.document), self.tr("Weights Wˡ"))
        # The tabs behind it draw themselves once shown (or soon after the window opens).
        for title, view in ((self.tr("Activations aˡ"), ActivationHeatmaps),
                            (self.tr("Gradients per Layer"), LayerDiagnostics),
                            (self.tr("Weight Images"), WeightImages),
                            (self.tr("Confusion Matrix"), ConfusionMatrix)):
            self.matrix_tabs.addTab(view(self.document, defer=True), title)
        weights = self._add_dock("weightsDock", self.tr("Weights and Activations"),
                                 self.matrix_tabs, bottom)
        self.splitDockWidget(loss, weights, Qt.Orientation.Horizontal)
        # Explorers: hidden until asked for (View ▸ Explorers), then floating over the window.
        for name, title, view in (
                ("descentSurfaceDock", self.tr("Descent on a Surface"),
                 builders.descent_surface),
                ("neuronExplorerDock", self.tr("Neuron Explorer"), builders.neuron_explorer),
                ("activationGalleryDock", self.tr("Activation Gallery"),
                 builders.activation_gallery)):
            explorer = self._add_waiting_dock(name, title, view, right)
            explorer.setProperty("hiddenByDefault", True)
            explorer.hide()
        race = self._add_waiting_dock("optimizerRaceDock", self.tr("Optimizer Race"),
                                      builders.optimizer_race, right)
        race.setProperty("hiddenByDefault", True)
        race.hide()
        scrubber = self._add_dock("historyScrubberDock", self.tr("History Scrubber"),
                                  HistoryScrubber(self.document, self), right)
        scrubber.setProperty("hiddenByDefault", True)
        scrubber.hide()

    def _size_docks(self) -> None:
        """The docks' first sizes, once every dock is made (the lesson guide's column, made
        with the Help menu, took half the inspector's width when sized before it)."""
        docks = self.docks
        self.resizeDocks([docks["lossDock"], docks["weightsDock"]], [640, 640],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([docks["paletteDock"], docks["inspectorDock"]], [275, 300],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([docks["lossDock"]], [230], Qt.Orientation.Vertical)
        self.resizeDocks([docks["paletteDock"]], [120], Qt.Orientation.Vertical)
        # the inspector's numbers and fields above the plane, which needs less height
        self.resizeDocks([docks["inspectorDock"], docks["decisionDock"]], [420, 260],
                         Qt.Orientation.Vertical)

    def show_explorer(self, name: str) -> None:
        """Show and raise an explorer's dock; one not on screen floats beside the canvas
        (``gui.explorers.placement``)."""
        dock = self.docks[name]
        self.build_view(name)  # its size tells where it goes
        if not dock.isVisible():
            placement.place(self, dock, name)
            dock.show()
        dock.raise_()
        dock.activateWindow()

    def _add_waiting_dock(self, name: str, title: str, make, area) -> QDockWidget:
        """A dock whose view ``make(window)`` is built when ``build_view`` asks: when the
        dock is first shown, or with the other waiting views (see ``__init__``)."""
        dock = self._add_dock(name, title, QWidget(), area)
        self._waiting_views[name] = make
        dock.visibilityChanged.connect(
            lambda visible, name=name: self.build_view(name) if visible else None)
        return dock

    def build_view(self, name: str) -> QWidget:
        """Dock ``name``'s view, built now if it was waiting."""
        dock = self.docks[name]
        make = self._waiting_views.pop(name, None)
        if make is not None:
            placeholder = dock.widget()
            dock.setWidget(make(self))
            guard_wheel(dock.widget())  # (built after the window guarded its fields)
            placeholder.deleteLater()
        return dock.widget()

    @property
    def optimizer_race(self):
        """The optimizer race (``gui.explorers.optimizer_race``), built now if it was
        waiting: a quarter of the window's build, for a view hidden at start."""
        return self.build_view("optimizerRaceDock")

    def stop_race(self) -> None:
        """Stop the optimizer race's runs, if it was ever built (else none are running)."""
        if "optimizerRaceDock" not in self._waiting_views:
            self.optimizer_race.stop()

    def build_waiting_views(self) -> None:
        for name in list(self._waiting_views):
            self.build_view(name)

    def _add_dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = self._make_dock(name, title, widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.docks[name] = dock
        return dock

    def _create_status_bar(self) -> None:
        self.setStatusBar(StatusBar(self))
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.training_status = TrainingStatus(self.statusBar(), self.training)
        self.statusBar().showMessage(self.tr("Ready"))
        for signal in (self.document.editRefused, self.canvas.scene().message,
                       self.edit_actions.message):
            signal.connect(lambda text: self.statusBar().showMessage(
                notation.sentence(text), 10000))
        self.document.specChanged.connect(self._update_status)
        self.document.dataChanged.connect(self._update_status)
        self._update_status()

    def _update_status(self) -> None:
        data = self.document.dataset
        n = len(data.X)
        self.status_label.setText(
            self.tr("data: {name} · 1 sample").format(name=display_name(data)) if n == 1 else
            self.tr("data: {name} · {n} samples").format(name=display_name(data), n=n))

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified)

    # ---- commands ----------------------------------------------------------------------
    def open_project(self, path) -> None:
        """Open ``path``; its ProjectError or DataError propagates (the command line reports
        it in one line)."""
        self.document.load(path)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Backprop Studio"), self.tr(
            "<h3>Backprop Studio {version}</h3>"
            "<p>Design small feedforward neural networks by hand, train them live, watch the "
            "error signals δ of backpropagation and export the trained weights.</p>"
            "<p>Python, PySide6, numpy and pyqtgraph.</p>").format(version=__version__))

    def show_stepper(self) -> None:
        """Bring the backpropagation stepper up (its tab, its dock)."""
        self.docks["lossDock"].show()
        self.docks["lossDock"].raise_()
        self.loss_tabs.setCurrentWidget(self.stepper)

    def _stepper_shown_or_not(self, *_) -> None:
        self.stepper.set_on_screen(self.docks["lossDock"].isVisible()
                                   and self.loss_tabs.currentWidget() is self.stepper)

    def _stepper_overlay(self, overlay) -> None:
        """The stepper's stage takes the canvas's numbers over while its tab is up."""
        self._stepping = overlay is not None
        self.canvas.scene().show_overlay(overlay if self._stepping
                                         else self.live_numbers.overlay())

    def _live_overlay(self, overlay) -> None:
        if not self._stepping:
            self.canvas.scene().show_overlay(overlay)

    def _choose_live_numbers(self, action) -> None:
        quantity = action.data() or None
        QSettings().setValue(SETTINGS_LIVE_NUMBERS, quantity or "")
        self.live_numbers.set_quantity(quantity)

    def _show_neuron_maps(self, shown: bool) -> None:
        self.canvas.scene().set_maps_shown(shown)
        QSettings().setValue(SETTINGS_NEURON_MAPS, bool(shown))

    def _update_neuron_maps_action(self) -> None:
        """The maps exist for data with two inputs only; otherwise the item says why."""
        two_inputs = self.document.dataset.X.shape[1] == 2
        self.action_neuron_maps.setEnabled(two_inputs)
        self.action_neuron_maps.setStatusTip(
            self.tr("Fill each neuron with its output over the plane of the two inputs")
            if two_inputs else
            self.tr("Neuron output maps are drawn for data with two inputs"))

    def choose_language(self, language: str) -> None:
        """View ▸ Language: the window is built again in ``language`` (``gui.language_menu``)."""
        switch_language(self, language)

    def reset_layout(self) -> None:
        """View ▸ Reset Layout (``WindowLayout.reset``)."""
        self.layout_keeper.reset(self.docks.values(), self.classroom, self.lessons)

    # ---- where the window is (gui.window_layout) ---------------------------------------
    def show_on_screen(self) -> None:
        self.layout_keeper.show_on_screen()

    @property
    def remembers_layout(self) -> bool:
        """Whether closing saves the geometry and dock layout (not a screenshot's window)."""
        return self.layout_keeper.remembers

    def take_layout(self, geometry: QByteArray, state: QByteArray, remembers: bool) -> None:
        self.layout_keeper.take(geometry, state, remembers)

    def save_layout(self) -> None:
        self.layout_keeper.save(self.classroom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        keeper = getattr(self, "layout_keeper", None)  # (made after the window's first sizes)
        if keeper is not None:
            keeper.resized(event, self.classroom)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Asks first while training (Cancel goes on training), then stops what is left.
        if not self.files.may_close():
            event.ignore()
            return
        self.training.stop()
        self.stop_race()
        self.files.window_closed()
        if self.remembers_layout:
            self.save_layout()
        self.classroom.window_closed()
        event.accept()

