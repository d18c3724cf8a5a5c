"""How a view follows the document while a training run is live: the frames go to what is
on screen.

Outside a run a view refreshes on every change it listens to, at once, so whoever reads it
reads the current numbers. While a run is live (snapshots come up to 30 times a second) a
view that is hidden (a tab behind another, a closed dock) waits until it is shown or the run
ends, and a view given an ``interval`` refreshes at most that often, catching up with the
last change when the interval is over: the canvas and the decision boundary animate every
frame, the plots and tables beside them a few times a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer

#: how often the views beside the animation refresh while a run is live
SIDE_VIEW_INTERVAL = 0.1


class LiveRefresh(QObject):
    """Calls ``refresh`` when one of ``signals`` fires, as the module doc says."""

    def __init__(self, view, document, refresh, signals, interval: float = 0.0):
        super().__init__(view)
        self.view, self.document, self.refresh = view, document, refresh
        self.interval = interval
        self.stale = False
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._catch_up)
        for signal in signals:
            signal.connect(self.changed)
        document.liveTrainingChanged.connect(self._live_changed)
        view.installEventFilter(self)

    def changed(self, *_) -> None:
        if self.document.live_training:
            if not self.view.isVisible():
                self.stale = True
                return
            wait = self.interval - (time.monotonic() - self._last)
            if wait > 0:
                self.stale = True
                if not self._timer.isActive():
                    self._timer.start(max(1, round(1000 * wait)))
                return
        self._run()

    def _run(self) -> None:
        self.stale = False
        self._last = time.monotonic()
        self.refresh()

    def _catch_up(self) -> None:
        if self.stale and self.view.isVisible():
            self._run()

    def _live_changed(self, live: bool) -> None:
        if not live and self.stale:
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self._run()
        return False
