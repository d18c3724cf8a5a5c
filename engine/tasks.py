"""The two things a target can be, named once: classes to tell apart, or numbers to predict.

numpy-free, so the command line's ``--task`` choices cost no import.
"""

#: a data set's task: classes (an output per class, or one for two) or numbers (regression)
TASKS = ("classification", "regression")
#: a target of whole numbers with at most this many distinct values is inferred to be classes
#: (``engine.datasets.labels.infer_task``); ``task=`` (``--task``, the CSV dialog) overrides it
MAX_INFERRED_CLASSES = 20
