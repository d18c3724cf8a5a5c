"""Project files: one versioned JSON document holding everything needed to carry on later.

Saving is atomic (see :mod:`engine.project.atomic`); loading checks every value before
building anything, and any fault is a :class:`engine.ProjectError` naming the file.
"""
