"""Helpers for the tests that train through the window's controller."""

import dataclasses


def configure(document, **changes):
    """Training settings for the test, set directly (not an edit to undo)."""
    document.session.config = dataclasses.replace(document.config, **changes)
