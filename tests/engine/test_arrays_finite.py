"""engine.arrays.check_finite: row sums screen the data, the values name the first bad one."""

import numpy as np
import pytest

from engine.arrays import check_finite
from engine.errors import DataError


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize(("row", "col"), [(0, 0), (9000, 3), (20_000 - 1, 6)])
def test_any_bad_value_is_named_by_row_and_column(dtype, bad, row, col):
    X = np.ones((20_000, 7), dtype)
    check_finite(X, "X")
    X[row, col] = bad
    with pytest.raises(DataError, match=f"X row {row}, column {col} is "):
        check_finite(X, "X")


def test_the_first_bad_value_in_reading_order_is_named():
    X = np.zeros((10, 3))
    X[7, 0] = np.inf
    X[4, 2] = np.nan
    with pytest.raises(DataError, match="row 4, column 2 is nan"):
        check_finite(X, "X")


def test_finite_values_whose_sums_overflow_pass():
    check_finite(np.full((5, 4), np.finfo(np.float64).max), "X")
    check_finite(np.full((5, 4), np.finfo(np.float32).max, np.float32), "X")


def test_empty_arrays_pass():
    check_finite(np.empty((0, 3)), "X")
    check_finite(np.empty((4, 0)), "X")
