"""Drawing a hidden view for the first time only when it is needed, so the window opens sooner.

Building pyqtgraph plots costs a few milliseconds each, and the views behind the matrix
dock's other tabs are not on screen when the window opens. Such a view is created at once
(it exists, with its objectName, and listens to the document), but its first drawing waits
until it is shown, or the document changes, or its plot items are asked for (its attributes,
its scene, its items, its layout), or the window has had a moment to open
(``BACKGROUND_DELAY_MS``): whichever comes first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

BACKGROUND_DELAY_MS = 250


class DrawnOnDemand:
    """Mixin for a view (before its Qt base class) whose ``refresh`` makes its plot items.

    ``DRAWN_ATTRIBUTES`` names the attributes the first refresh creates; reading one
    earlier draws the view at once, so nobody ever sees it half made.
    """

    DRAWN_ATTRIBUTES: frozenset[str] = frozenset()

    def refresh(self) -> None:  # pragma: no cover - every view defines its own
        raise NotImplementedError

    def refresh_now_or_later(self, defer: bool) -> None:
        """``refresh()`` now, or (``defer``) at the first of the moments above."""
        if defer:
            self.__dict__["_first_refresh"] = _FirstRefresh(self)
        else:
            self.refresh()

    def draw_now(self) -> None:
        """Draw the view now if its first refresh is still waiting (cheap otherwise)."""
        waiting = self.__dict__.get("_first_refresh")
        if waiting is not None:
            waiting.run()

    def __getattr__(self, name: str):
        # Only reached for attributes not made yet: a waiting view makes them now.
        if name in type(self).DRAWN_ATTRIBUTES and self.__dict__.get("_first_refresh"):
            self.draw_now()
            return object.__getattribute__(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class _FirstRefresh(QObject):
    """Refreshes its view once: on the view's first Show event or when the timer runs out.

    Signals that reach the view earlier refresh it directly; this one is then redundant.
    """

    def __init__(self, view):
        super().__init__(view)
        self._view = view
        self._pending = True
        view.installEventFilter(self)
        QTimer.singleShot(BACKGROUND_DELAY_MS, self, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.run()
        return False

    def run(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self._view.__dict__["_first_refresh"] = None
        self._view.removeEventFilter(self)
        self.deleteLater()
        self._view.refresh()
