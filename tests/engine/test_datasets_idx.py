"""read_idx on IDX files the tests write: plain, gzipped, and every kind of damage."""

import gzip
import struct

import numpy as np
import pytest

from engine import DataError, datasets


def idx_bytes(array, magic):
    array = np.asarray(array, dtype=np.uint8)
    return struct.pack(">I", magic) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


def write_pair(tmp_path, images, labels, compress=False, names=("images.idx", "labels.idx")):
    paths = []
    for name, data in zip(names, (idx_bytes(images, 0x803), idx_bytes(labels, 0x801)), strict=True):
        path = tmp_path / (name + (".gz" if compress else ""))
        path.write_bytes(gzip.compress(data) if compress else data)
        paths.append(path)
    return paths


@pytest.fixture
def mnist_like():
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, size=(12, 5, 4)), np.arange(12) % 3


@pytest.mark.parametrize("compress", [False, True])
def test_reads_images_and_labels(tmp_path, mnist_like, compress):
    images, labels = mnist_like
    ds = datasets.read_idx(*write_pair(tmp_path, images, labels, compress))
    assert ds.X.shape == (12, 20) and ds.image_shape == (5, 4)
    np.testing.assert_allclose(ds.X, images.reshape(12, 20) / 255.0)
    assert ds.class_names == ("0", "1", "2") and ds.labels().tolist() == labels.tolist()
    assert ds.task == "classification" and ds.Y.shape == (12, 3)
    assert ds.feature_names[5] == "pixel_1_1"
    assert ds.source["kind"] == "idx" and ds.source["options"] == {
        "validation_share": 0.2,
        "seed": 0,
    }


def test_two_classes_make_one_column(tmp_path):
    ds = datasets.read_idx(*write_pair(tmp_path, np.zeros((4, 2, 2)), [3, 7, 3, 7]))
    assert ds.class_names == ("3", "7") and ds.Y.tolist() == [[0], [1], [0], [1]]


def test_gzip_is_recognised_by_content_not_name(tmp_path, mnist_like):
    images, labels = mnist_like
    paths = write_pair(tmp_path, images, labels)
    paths[0].write_bytes(gzip.compress(paths[0].read_bytes()))
    assert datasets.read_idx(*paths).n_samples == 12


def expect_error(images_path, labels_path, named, fragment):
    with pytest.raises(DataError, match=fragment) as caught:
        datasets.read_idx(images_path, labels_path)
    assert str(named) in str(caught.value)


def test_wrong_magic_number(tmp_path, mnist_like):
    images, labels = write_pair(tmp_path, *mnist_like)
    expect_error(
        labels, images, labels, "wrong magic number 0x00000801.*that is an IDX labels file"
    )
    data = bytearray(images.read_bytes())
    data[2] = 0x0D
    images.write_bytes(bytes(data))
    expect_error(images, labels, images, "wrong magic number 0x00000d03")


def test_truncated_file(tmp_path, mnist_like):
    images, labels = write_pair(tmp_path, *mnist_like)
    images.write_bytes(images.read_bytes()[:-7])
    expect_error(images, labels, images, r"is truncated: its header promises 12 × 5 × 4 values")
    images.write_bytes(images.read_bytes()[:10])
    expect_error(images, labels, images, "truncated inside its header")
    images.write_bytes(b"\x00\x00")
    expect_error(images, labels, images, "too short")


def test_extra_bytes(tmp_path, mnist_like):
    images, labels = write_pair(tmp_path, *mnist_like)
    labels.write_bytes(labels.read_bytes() + b"\x00")
    expect_error(images, labels, labels, "extra bytes")


def test_truncated_gzip(tmp_path, mnist_like):
    images, labels = write_pair(tmp_path, *mnist_like, compress=True)
    labels.write_bytes(labels.read_bytes()[:-10])
    expect_error(images, labels, labels, "truncated or damaged gzip")
    labels.write_bytes(b"\x1f\x8b" + b"garbage" * 5)
    expect_error(images, labels, labels, "truncated or damaged gzip")


def test_count_mismatch(tmp_path, mnist_like):
    images, _ = mnist_like
    image_path, label_path = write_pair(tmp_path, images, np.arange(11) % 3)
    expect_error(image_path, label_path, image_path, "holds 12 images but .* holds 11 labels")


def test_empty_and_single_class(tmp_path):
    image_path, label_path = write_pair(tmp_path, np.zeros((0, 3, 3)), np.zeros(0))
    expect_error(image_path, label_path, image_path, "no pixels")
    image_path, label_path = write_pair(tmp_path, np.zeros((2, 3, 3)), [4, 4])
    expect_error(image_path, label_path, label_path, "every label is 4")


def test_missing_files_and_bad_arguments(tmp_path, mnist_like):
    images, labels = write_pair(tmp_path, *mnist_like)
    expect_error(tmp_path / "none.idx", labels, tmp_path / "none.idx", "cannot be read")
    expect_error(images, tmp_path, tmp_path, "cannot be read")
    with pytest.raises(DataError, match="file path"):
        datasets.read_idx(None, labels)
    with pytest.raises(DataError, match="validation share"):
        datasets.read_idx(images, labels, validation_share=-0.1)
