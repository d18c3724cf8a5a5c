"""Test-wide settings: Qt renders offscreen, so the suite runs on a machine with no screen.

Nothing here imports Qt: the engine tests must pass where Qt is not installed. The GUI
fixtures live in ``tests/gui/conftest.py``.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
