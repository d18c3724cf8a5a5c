"""LaTeX rendered as mathematics, with matplotlib's mathtext (no TeX installation needed).

matplotlib is imported the first time a formula is drawn (the stepper's first stage), not when
the program starts: it costs about a second to load. Pictures are cached by text, size and
colour, so stepping back and forth draws each formula once.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PySide6.QtGui import QImage

POINT_SIZE = 13.0
COLOUR = "#1f2328"


@lru_cache(maxsize=512)
def formula_image(latex: str, point_size: float = POINT_SIZE, colour: str = COLOUR,
                  scale: float = 1.0) -> QImage:
    """``latex`` (without the $…$) as a picture with a transparent background, drawn at
    ``scale`` × the screen's resolution (its device pixel ratio is set to match)."""
    from matplotlib import mathtext
    from matplotlib.font_manager import FontProperties

    buffer = io.BytesIO()
    mathtext.math_to_image(f"${latex}$", buffer, prop=FontProperties(size=point_size),
                           dpi=96 * scale, format="png", color=colour)
    image = QImage.fromData(buffer.getvalue(), "PNG")
    image.setDevicePixelRatio(scale)
    return image
