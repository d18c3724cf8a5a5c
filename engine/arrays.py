"""Checks on the arrays a caller hands the engine: inputs X and targets Y.

Each check turns what it is given into a C-ordered 2-D array of the network's dtype (without
a copy when it already is one) or raises ``DataError`` naming the array, row or column at
fault. Finiteness is checked in slabs of rows, so checking a large data set never allocates
more than a few megabytes of temporaries.
"""

import numpy as np

from engine.errors import DataError, SpecError
from engine.text import translate

_ROWS_PER_SLAB = 8192


def as_dtype(dtype):
    """numpy's float32 or float64 for ``dtype``; a SpecError for anything else."""
    try:
        resolved = np.dtype(dtype)
    except TypeError:
        resolved = None
    if resolved not in (np.dtype(np.float32), np.dtype(np.float64)):
        raise SpecError(translate(
            "Data", "dtype must be 'float64' or 'float32', not {dtype}").format(dtype=repr(dtype)))
    return resolved


def as_matrix(values, n_columns, dtype, name, what):
    """``values`` as an (n, n_columns) C-ordered array of ``dtype``, checked finite."""
    try:
        array = np.asarray(values)
    except (TypeError, ValueError) as exc:
        raise DataError(translate(
            "Data", "{name} cannot be read as numbers: {exc}").format(
                name=name, exc=exc)) from None
    if array.ndim == 1 and n_columns == 1:
        array = array.reshape(-1, 1)
    if array.ndim != 2:
        raise DataError(
            translate(
                "Data", "{name} must be a table of rows (n, {n_columns}), one row per sample, "
                "but it has shape {shape}").format(
                    name=name, n_columns=n_columns, shape=array.shape)
        )
    if array.shape[1] != n_columns:
        template = (translate("Data", "{name} has {shape} columns but the network has "
                              "{n_columns} inputs") if what == "inputs" else
                    translate("Data", "{name} has {shape} columns but the network has "
                              "{n_columns} outputs"))
        raise DataError(template.format(name=name, shape=array.shape[1], n_columns=n_columns))
    if array.dtype.kind not in "biuf":
        raise DataError(translate(
            "Data", "{name} must hold numbers, not {dtype} values").format(
                name=name, dtype=array.dtype))
    array = np.ascontiguousarray(array, dtype=dtype)
    check_finite(array, name)
    return array


def check_finite(array, name):
    """Raise DataError naming the first row and column of ``array`` that is NaN or infinite.

    A row's sum is finite when every value in it is (a NaN or an infinity makes it NaN or
    infinite), so one matrix-vector product with a column of ones screens every row at the
    speed of BLAS, a few times faster than testing each value; only when some sum is not
    finite (a bad value, or finite values whose sum overflows) are the values looked at one
    by one, to name the first bad one or find there is none.
    """
    if array.ndim == 2 and array.size and array.dtype.kind == "f":
        with np.errstate(all="ignore"):
            sums = array @ np.ones(array.shape[1], array.dtype)
        if np.isfinite(sums).all():
            return
    for start in range(0, len(array), _ROWS_PER_SLAB):
        slab = array[start:start + _ROWS_PER_SLAB]
        finite = np.isfinite(slab)
        if not finite.all():
            row, col = np.argwhere(~finite)[0]
            raise DataError(
                translate(
                    "Data", "{name} row {start}, column {col} is {slab}: every value must be a "
                    "finite number").format(
                        name=name, start=start + row, col=col, slab=slab[row, col])
            )


def as_inputs(X, n_inputs, dtype, name="X"):
    """The inputs X as an (n, n_inputs) array of the network's dtype."""
    return as_matrix(X, n_inputs, dtype, name, "inputs")


def as_targets(Y, n_outputs, dtype, cost, n_rows=None, name="Y"):
    """The targets Y as an (n, n_outputs) array, checked against the ``cost`` and row count."""
    Y = as_matrix(Y, n_outputs, dtype, name, "outputs")
    if n_rows is not None and len(Y) != n_rows:
        raise DataError(translate(
            "Data", "{name} has {n_Y} rows but the inputs have {n_rows}: give one target row per "
            "sample").format(name=name, n_Y=len(Y), n_rows=n_rows))
    return cost.targets(Y)
