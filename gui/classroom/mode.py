"""Classroom mode (View ▸ Classroom Mode, F11): the window made for a projector.

Larger type and thicker lines (``gui.classroom.look``), only the panels the teacher picked
(View ▸ Panels in Classroom Mode), full screen. Leaving puts back exactly the window there
was: its geometry (maximised or not), its dock layout and every font and line. The mode
changes only how the window looks, so it can be entered and left while a run trains.

QSettings remember whether the mode was on, its panels, its size and the docks' places in it,
and the window as it was before it, so the next start comes back in the mode and leaving it
then still returns to the ordinary window. ``normal_layout()`` is what the main window saves
as its own layout while the mode is on.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu

from gui.actions import ActionInfo, make_action
from gui.canvas_room import has_fields, keep_canvas_room
from gui.classroom.look import ClassroomLook
from gui.lessons.menu import GUIDE_DOCK

SETTINGS_ON = "classroom/on"
SETTINGS_PANELS = "classroom/panels"
SETTINGS_SCALE = "classroom/scale"
SETTINGS_STATE = "classroom/state"
SETTINGS_NORMAL_GEOMETRY = "classroom/normalGeometry"
SETTINGS_NORMAL_STATE = "classroom/normalState"
#: the picture, the run's controls and its loss: a lesson's usual view
DEFAULT_PANELS = ("trainingDock", "lossDock", "decisionDock")
#: the sizes offered, as factors of the normal size
SCALES = (1.25, 1.5, 1.75, 2.0)
DEFAULT_SCALE = 1.5
#: screens narrower than this start at SMALL_SCREEN_SCALE
LARGE_SCREEN = 1600
SMALL_SCREEN_SCALE = 1.25
SHORTCUT = "F11"
#: for so long after leaving the mode, the docks are put back again whenever the window
#: manager gives the window its size back (it does so a moment after full screen ends)
SETTLE_MS = 3000
#: the least share of the window's width and height the canvas keeps in the mode: on a
#: 1280 × 800 screen the panels' larger type took all but 400 × 380 pixels, and a larger
#: type size drew the network smaller still (tester)
CANVAS_SHARE = (0.5, 0.5)


class ClassroomMode(QObject):
    """The classroom mode of ``window`` (a MainWindow with ``docks``; ``layout_version`` is
    its saveState version)."""

    #: the mode was entered (True) or left (False)
    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, layout_version: int):
        super().__init__(window)
        self.window = window
        self.layout_version = layout_version
        self.look = ClassroomLook(window)
        self.active = False
        #: for a moment after leaving: the dock state to put back at each new window size
        self._settling: QByteArray | None = None
        self._widen_when_shown = False
        window.installEventFilter(self)
        #: the window before the mode: geometry and dock state
        self._normal: tuple[QByteArray, QByteArray] | None = None
        settings = QSettings()
        self.panels: tuple[str, ...] = (tuple(_string_list(settings.value(SETTINGS_PANELS)))
                                        if settings.contains(SETTINGS_PANELS)
                                        else DEFAULT_PANELS)
        scale = settings.value(SETTINGS_SCALE, _default_scale(window))
        try:
            self.scale = min(SCALES, key=lambda s: abs(s - float(scale)))
        except (TypeError, ValueError):
            self.scale = _default_scale(window)
        self.action = make_action(window, ActionInfo(
            "actionClassroomMode", self.tr("&Classroom Mode"), SHORTCUT,
            self.tr("Large type and thick lines, only the panels chosen for it, full screen: "
                    "the window for a projector (F11 again to leave)")))
        self.action.setCheckable(True)
        self.action.toggled.connect(self.set_active)
        self.panels_menu = QMenu(self.tr("&Panels in Classroom Mode"), window)
        self.panels_menu.setObjectName("menuClassroomPanels")
        self.panels_menu.aboutToShow.connect(self._fill_panels_menu)
        self.size_menu = QMenu(self.tr("Classroom &Text Size"), window)
        self.size_menu.setObjectName("menuClassroomSize")
        self._sizes = QActionGroup(self)
        for scale in SCALES:
            action = QAction(self.tr("{percent} %").format(percent=round(scale * 100)), self)
            action.setObjectName(f"actionClassroomSize_{round(scale * 100)}")
            action.setCheckable(True)
            action.setChecked(scale == self.scale)
            action.setData(scale)
            self._sizes.addAction(action)
            self.size_menu.addAction(action)
        self._sizes.triggered.connect(lambda action: self.set_scale(action.data()))
        self._fill_panels_menu()

    # ---- the menus -------------------------------------------------------------------------
    def add_to(self, menu: QMenu) -> None:
        """The mode's item and its two submenus, in ``menu`` (View)."""
        menu.addAction(self.action)
        menu.addMenu(self.panels_menu)
        menu.addMenu(self.size_menu)

    def _docks(self) -> dict[str, QDockWidget]:
        return self.window.docks

    def _fill_panels_menu(self) -> None:
        """One item per panel, ticked when it shows in the mode (titles as they are now, so
        another language's titles too)."""
        self.panels_menu.clear()
        for name, dock in self._docks().items():
            action = self.panels_menu.addAction(dock.windowTitle())
            action.setObjectName(f"actionClassroomPanel_{name}")
            action.setCheckable(True)
            action.setChecked(name in self.panels)
            action.toggled.connect(lambda on, name=name: self._toggle_panel(name, on))

    def _toggle_panel(self, name: str, shown: bool) -> None:
        panels = [p for p in self.panels if p != name] + ([name] if shown else [])
        self.set_panels(panels)

    # ---- choices ---------------------------------------------------------------------------
    def set_panels(self, panels) -> None:
        """The panels the mode shows (dock names; unknown ones are left out)."""
        self.panels = tuple(name for name in panels if name in self._docks())
        QSettings().setValue(SETTINGS_PANELS, list(self.panels))
        for action in self.panels_menu.actions():
            action.blockSignals(True)
            action.setChecked(action.objectName().removeprefix("actionClassroomPanel_")
                              in self.panels)
            action.blockSignals(False)
        if self.active:
            self._show_panels()

    def set_scale(self, scale: float) -> None:
        self.scale = float(scale)
        QSettings().setValue(SETTINGS_SCALE, self.scale)
        for action in self._sizes.actions():
            action.setChecked(action.data() == self.scale)
        if self.active:
            self.look.apply(self.scale)
            QTimer.singleShot(0, self, self._keep_canvas_room)

    # ---- on and off ------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        active = bool(active)
        if active == self.active:
            return
        self.active = active
        if active:
            self._enter()
        else:
            self._leave()
        self.action.blockSignals(True)
        self.action.setChecked(active)
        self.action.blockSignals(False)
        QSettings().setValue(SETTINGS_ON, active)
        self.toggled.emit(active)

    def restore_remembered(self) -> None:
        """Come back in the mode if it was on when the program last closed; the ordinary
        window it leaves to is the one remembered from before it."""
        settings = QSettings()
        if not settings.value(SETTINGS_ON, False, type=bool):
            return
        geometry = settings.value(SETTINGS_NORMAL_GEOMETRY)
        state = settings.value(SETTINGS_NORMAL_STATE)
        self.set_active(True)
        if isinstance(geometry, QByteArray) and isinstance(state, QByteArray):
            self._normal = (geometry, state)

    def normal_layout(self) -> tuple[QByteArray, QByteArray] | None:
        """The window's geometry and dock state as they were before the mode (None when the
        mode is off): what the window remembers as its own."""
        return self._normal if self.active else None

    def _enter(self) -> None:
        window = self.window
        self._normal = (window.saveGeometry(), window.saveState(self.layout_version))
        settings = QSettings()
        settings.setValue(SETTINGS_NORMAL_GEOMETRY, self._normal[0])
        settings.setValue(SETTINGS_NORMAL_STATE, self._normal[1])
        state = settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray):
            window.restoreState(state, self.layout_version)
        else:
            self._arrange_for_a_small_screen()
        self._show_panels()
        self._keep_lesson_guide()
        self.look.apply(self.scale)
        if not isinstance(state, QByteArray):
            if window.isVisible():
                self._widen_docks()
            else:  # the docks have their sizes once the window is on screen
                self._widen_when_shown = True
        self._full_screen_if_shown()  # else when it is shown (``eventFilter``)

    def _arrange_for_a_small_screen(self) -> None:
        """On a screen narrower than ``LARGE_SCREEN``, the plots beside the canvas go below
        it, beside the loss: between the training panel and the decision boundary at the
        mode's type the canvas had a third of a 1280-pixel window and drew the network
        smaller than outside the mode, the boundary squeezed into a strip (tester)."""
        window = self.window
        if window.screen().availableGeometry().width() >= LARGE_SCREEN:
            return
        docks = self._docks()
        below = docks.get("lossDock")
        if below is None or below.isFloating() or window.dockWidgetArea(below) not in (
                Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
            return
        for name in ("decisionDock",):
            dock = docks.get(name)
            if dock is None or name not in self.panels or dock.isFloating():
                continue
            if window.dockWidgetArea(dock) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                               Qt.DockWidgetArea.RightDockWidgetArea):
                window.splitDockWidget(below, dock, Qt.Orientation.Horizontal)

    def reset_layout(self, default_state: QByteArray) -> None:
        """View ▸ Reset Layout in the mode: the docks where they first were, but only the
        mode's panels, widened for its type as the first time (every panel came back at the
        large type: cut text, squeezed plots, tester). The layout before the mode stays."""
        window = self.window
        QSettings().remove(SETTINGS_STATE)
        window.restoreState(default_state, self.layout_version)
        self._arrange_for_a_small_screen()
        self._show_panels()
        self._keep_lesson_guide()
        QTimer.singleShot(0, self, self._widen_docks)
        QTimer.singleShot(0, self, self._keep_canvas_room)

    def _leave(self) -> None:
        window = self.window
        QSettings().setValue(SETTINGS_STATE, window.saveState(self.layout_version))
        self.look.restore()
        normal, self._normal = self._normal, None
        if window.isFullScreen():
            window.showNormal()
        if normal is not None:
            self._put_back(*normal)
            # again when the window manager has given the window its size back (the docks'
            # sizes are kept relative to the window's, which it changes a moment later)
            self._settling = normal[1]
            QTimer.singleShot(0, window, lambda: self._put_back(*normal))
            QTimer.singleShot(SETTLE_MS, self, self._settled)
        canvas = getattr(window, "canvas", None)
        if canvas is not None:
            QTimer.singleShot(0, canvas, canvas.fit_to_view)

    def _put_back(self, geometry: QByteArray | None, state: QByteArray) -> None:
        """The window's geometry and docks as they were, after the normal fonts' layouts
        (their smaller minimum sizes) have been worked out."""
        if self.active:
            return  # entered again meanwhile
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.window.restoreState(state, self.layout_version)
        self._keep_lesson_guide()

    def _keep_lesson_guide(self) -> None:
        """A layout from before a lesson opened hides its guide: an open lesson's guide
        stays in view as the mode comes and goes."""
        lessons = getattr(self.window, "lessons", None)
        if lessons is not None:
            lessons.keep_guide_shown()

    def window_closed(self) -> None:
        """The window closes: remember where the docks are in the mode, and give the program
        its normal fonts back (the mode stays remembered as on for the next start)."""
        if self.active:
            QSettings().setValue(SETTINGS_STATE, self.window.saveState(self.layout_version))
        self.look.restore()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show and self.active:
                QTimer.singleShot(0, self, self._full_screen_if_shown)
                if self._widen_when_shown:
                    self._widen_when_shown = False
                    QTimer.singleShot(0, self, self._widen_docks)
            elif event.type() == QEvent.Type.Resize and self.active:
                QTimer.singleShot(0, self, self._keep_canvas_room)
            elif (event.type() == QEvent.Type.Resize and self._settling is not None
                  and not self.active):
                state = self._settling
                QTimer.singleShot(0, self.window, lambda: self._put_back(None, state))
        return False

    def _settled(self) -> None:
        self._settling = None

    def _show_panels(self) -> None:
        for name, dock in self._docks().items():
            if name in self.panels:
                if not dock.isVisibleTo(self.window):
                    dock.setFloating(False)
                    dock.show()
            elif dock.isVisibleTo(self.window):
                dock.hide()

    def _widen_docks(self) -> None:
        """The first time, the panels grow with their type: beside the canvas, those of
        fields (training settings, the inspector, the data) to a third of the screen's width
        at most, so their fields are not cut, plots to a quarter; below it, to a third of its
        height. After that the mode keeps the places the teacher gave them."""
        window = self.window
        screen = window.screen().availableGeometry()
        # the mode's panels, and an open lesson's guide (kept in view: ``_keep_lesson_guide``)
        shown = [dock for name, dock in self._docks().items()
                 if (name in self.panels or (name == GUIDE_DOCK and dock.isVisible()))
                 and not dock.isFloating() and dock.widget() is not None]
        sides = [d for d in shown if window.dockWidgetArea(d) in (
            Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)]
        if sides:  # plots a little wider too, a quarter of the screen at most
            window.resizeDocks(sides, [min(round(d.width() * self.scale), screen.width() // (
                3 if has_fields(d) else 4)) for d in sides], Qt.Orientation.Horizontal)
        down = [d for d in shown if d not in sides]
        if down:  # a third of the screen's height at most, the canvas keeps the rest
            window.resizeDocks(down, [min(round(d.height() * self.scale), screen.height() // 3)
                                      for d in down], Qt.Orientation.Vertical)

    def _keep_canvas_room(self) -> None:
        """The canvas keeps its ``CANVAS_SHARE`` of the window (``gui.canvas_room``)."""
        if self.active:
            keep_canvas_room(self.window, CANVAS_SHARE)

    def _full_screen_if_shown(self) -> None:
        if self.active and self.window.isVisible() and not self.window.isFullScreen():
            self.window.showFullScreen()


def _default_scale(window: QMainWindow) -> float:
    """Half as large again on a projector's 1920 × 1080; a quarter on a smaller screen,
    where larger type would leave the canvas too little room."""
    return DEFAULT_SCALE if window.screen().availableGeometry().width() >= LARGE_SCREEN \
        else SMALL_SCREEN_SCALE


def _string_list(value) -> list[str]:
    """A QSettings list (which reads back as one string when it held one item)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(item) for item in value]
