"""The Qt program: a view of one document, never the source of a number.

``create_main_window(project_path=None)`` builds the main window (objectName ``MainWindow``)
with its ``document``. The QApplication must exist first; ``gui.app`` makes one.
"""

from __future__ import annotations


def create_main_window(project_path=None, *, restore_layout: bool = True,
                       defer_hidden_views: bool = False):
    """Build the main window; with no project it shows the ready-to-train example.

    ``restore_layout=False`` ignores the remembered geometry and dock layout (screenshots).
    ``defer_hidden_views``: the explorers hidden at start are built when first shown or soon
    after the window is (the program does so: it starts sooner); by default every view is
    built before this returns.
    """
    from gui.app import ensure_application
    from gui.main_window import MainWindow

    ensure_application()
    window = MainWindow(restore_layout=restore_layout, defer_hidden_views=defer_hidden_views)
    if project_path is not None:
        window.open_project(project_path)
    return window


__all__ = ["create_main_window"]
