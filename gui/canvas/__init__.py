from gui.canvas.view import NetworkCanvas

__all__ = ["NetworkCanvas"]
