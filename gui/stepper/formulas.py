"""LaTeX rendered as mathematics, with matplotlib's mathtext (no TeX installation needed).

matplotlib is imported the first time a formula is drawn (the stepper's first stage), not when
the program starts: it costs about a second to load. Pictures are cached by text, size and
colour, so stepping back and forth draws each formula once. Classroom mode's larger type
(``gui.style.CanvasScale``) draws them larger too.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PySide6.QtGui import QImage

from gui import style

POINT_SIZE = 13.0
COLOUR = "#1f2328"


def formula_image(latex: str, point_size: float = POINT_SIZE, colour: str = COLOUR,
                  scale: float = 1.0) -> QImage:
    """``latex`` (without the $…$) as a picture with a transparent background, drawn at
    ``scale`` × the screen's resolution (its device pixel ratio is set to match), its type
    as large as the canvas's labels are (classroom mode)."""
    return _formula_image(latex, style.canvas_text(point_size), colour, scale)


@lru_cache(maxsize=512)
def _formula_image(latex: str, point_size: float, colour: str, scale: float) -> QImage:
    from matplotlib import mathtext
    from matplotlib.font_manager import FontProperties

    buffer = io.BytesIO()
    mathtext.math_to_image(f"${latex}$", buffer, prop=FontProperties(size=point_size),
                           dpi=96 * scale, format="png", color=colour)
    image = QImage.fromData(buffer.getvalue(), "PNG")
    image.setDevicePixelRatio(scale)
    return image
