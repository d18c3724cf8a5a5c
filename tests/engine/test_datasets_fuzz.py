"""Property tests: whatever bytes a file holds, a loader succeeds or raises DataError.

Random bytes mostly fail early (not UTF-8, wrong magic), so each reader is also fed
near-valid input: CSV-like text from a small alphabet, and IDX headers with random sizes
and bodies, gzipped or not, to reach the deeper checks.
"""

import gzip
import io
import struct

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from engine import DataError, datasets

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CSV_ALPHABET = "0123456789.,;\t\n\r -+eEaxNn\"'?"
csv_text = st.text(alphabet=CSV_ALPHABET, max_size=300)
csv_options = st.fixed_dictionaries(
    {},
    optional={
        "target": st.one_of(st.integers(-4, 4), st.sampled_from(["a", "column 1"])),
        "task": st.sampled_from([None, "classification", "regression"]),
        "header": st.sampled_from([None, True, False]),
        "drop_missing": st.booleans(),
    },
)


def check_dataset(ds):
    assert ds.X.shape[0] == ds.Y.shape[0] > 0
    assert np.all(np.isfinite(ds.X)) and np.all(np.isfinite(ds.Y))
    if ds.task == "classification":
        assert ds.class_counts().sum() == ds.n_samples


def load_or_data_error(load, *args, **kwargs):
    try:
        ds = load(*args, **kwargs)
    except DataError as error:
        assert str(error)
        return
    check_dataset(ds)


@FUZZ
@given(data=st.binary(max_size=400))
def test_csv_random_bytes(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    load_or_data_error(datasets.read_csv, path)


@FUZZ
@given(text=csv_text, options=csv_options)
def test_csv_near_valid_text(tmp_path, text, options):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(text.encode())
    load_or_data_error(datasets.read_csv, path, **options)


cell = st.one_of(
    st.integers(-3, 3),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "x", "NA", "1e999"]),
)


@st.composite
def table(draw):
    """Rows of one width, mostly numbers, with a few holes, words and ragged rows."""
    width = draw(st.integers(2, 4))
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=8))
    if draw(st.integers(0, 9)) == 0:
        rows[-1] = rows[-1][:-1]
    return rows


@FUZZ
@given(rows=table(), delimiter=st.sampled_from([",", ";", "\t"]), drop=st.booleans())
def test_csv_tables_of_numbers(tmp_path, rows, delimiter, drop):
    path = tmp_path / "fuzz.csv"
    path.write_text("\n".join(delimiter.join(map(str, row)) for row in rows))
    load_or_data_error(datasets.read_csv, path, drop_missing=drop)


@FUZZ
@given(images=st.binary(max_size=200), labels=st.binary(max_size=60))
def test_idx_random_bytes(tmp_path, images, labels):
    (tmp_path / "i.idx").write_bytes(images)
    (tmp_path / "l.idx").write_bytes(labels)
    load_or_data_error(datasets.read_idx, tmp_path / "i.idx", tmp_path / "l.idx")


def idx_bytes(draw, magic, shape):
    """An IDX file of ``shape`` whose body may be a byte short or long, maybe gzipped and cut."""
    size = int(np.prod(shape))
    slack = draw(st.sampled_from([0, 0, 0, -1, 1]))
    body = draw(st.binary(min_size=max(size + slack, 0), max_size=max(size + slack, 0)))
    data = struct.pack(">I", magic) + struct.pack(f">{len(shape)}I", *shape) + body
    if draw(st.booleans()):
        data = gzip.compress(data)
        data = data[: len(data) - draw(st.sampled_from([0, 0, 1, 5]))]
    return data


@st.composite
def idx_pair(draw):
    n = draw(st.integers(0, 8))
    n_labels = draw(st.sampled_from([n, n, n, n + 1]))
    shape = (n, draw(st.integers(0, 4)), draw(st.integers(0, 4)))
    return idx_bytes(draw, 0x803, shape), idx_bytes(draw, 0x801, (n_labels,))


@FUZZ
@given(pair=idx_pair())
def test_idx_near_valid_files(tmp_path, pair):
    (tmp_path / "i.idx").write_bytes(pair[0])
    (tmp_path / "l.idx").write_bytes(pair[1])
    load_or_data_error(datasets.read_idx, tmp_path / "i.idx", tmp_path / "l.idx")


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".png", ".jpg", ".gif", ".bmp"]))
def test_image_folder_random_bytes(tmp_path, data, suffix):
    for name in ("a", "b"):
        (tmp_path / name).mkdir(exist_ok=True)
    (tmp_path / "a" / f"x{suffix}").write_bytes(data)
    (tmp_path / "b" / f"x{suffix}").write_bytes(data)
    load_or_data_error(datasets.read_image_folder, tmp_path, size=8)


def image_bytes(fmt):
    buffer = io.BytesIO()
    Image.new("RGB", (9, 7), (10, 200, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


VALID_IMAGES = {fmt: image_bytes(fmt) for fmt in ("PNG", "JPEG", "GIF", "BMP")}


@st.composite
def damaged_image(draw):
    """A valid small image with a few bytes changed and perhaps its tail cut off."""
    fmt = draw(st.sampled_from(sorted(VALID_IMAGES)))
    data = bytearray(VALID_IMAGES[fmt])
    for _ in range(draw(st.integers(0, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.one_of(st.just(len(data)), st.integers(0, len(data))))
    return fmt, bytes(data[:cut])


@FUZZ
@given(image=damaged_image())
def test_image_folder_damaged_images(tmp_path, image):
    fmt, data = image
    suffix = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "BMP": ".bmp"}[fmt]
    for name in ("a", "b"):
        (tmp_path / name).mkdir(exist_ok=True)
        (tmp_path / name / f"x{suffix}").write_bytes(data)
    load_or_data_error(datasets.read_image_folder, tmp_path, size=8)
