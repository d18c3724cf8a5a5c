"""read_image_folder on folders of small images the tests draw: formats, sizes, bad files."""

import numpy as np
import pytest
from PIL import Image

from engine import DataError, datasets


def draw(path, colour, size=(10, 6), mode="RGB"):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new(mode, size, colour).save(path)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "shapes"
    draw(root / "circle" / "a.png", (255, 255, 255))
    draw(root / "circle" / "b.JPG", (255, 255, 255))
    draw(root / "square" / "c.bmp", (0, 0, 0))
    draw(root / "square" / "d.gif", 0, mode="L")
    draw(root / "triangle" / "e.jpeg", (255, 0, 0))
    (root / "square" / "notes.txt").write_text("ignored")
    (root / ".hidden").mkdir()
    return root


def test_reads_every_format_as_grey_squares(folder):
    ds = datasets.read_image_folder(folder, size=8)
    assert ds.class_names == ("circle", "square", "triangle")
    assert ds.X.shape == (5, 64) and ds.image_shape == (8, 8)
    assert ds.labels().tolist() == [0, 0, 1, 1, 2]
    assert ds.X.min() >= 0.0 and ds.X.max() <= 1.0
    np.testing.assert_allclose(ds.X[0], 1.0, atol=1e-6)
    np.testing.assert_allclose(ds.X[2], 0.0, atol=1e-6)
    red_in_grey = 0.299  # ITU-R 601-2 luma, Pillow's "L" conversion
    np.testing.assert_allclose(ds.X[4], red_in_grey, atol=0.01)
    assert ds.source == {
        "kind": "image_folder",
        "path": str(folder.absolute()),
        "options": {"size": 8, "validation_share": 0.2, "seed": 0},
    }


@pytest.mark.parametrize("size", [8, 17, 28])
def test_size_range(folder, size):
    assert datasets.read_image_folder(folder, size=size).X.shape == (5, size * size)


@pytest.mark.parametrize("size", [7, 29, 16.0, True, "16"])
def test_bad_size(folder, size):
    with pytest.raises(DataError, match="from 8 to 28"):
        datasets.read_image_folder(folder, size=size)


def test_unreadable_image_is_named(folder):
    broken = folder / "circle" / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really a png")
    with pytest.raises(DataError, match="cannot be read as an image") as caught:
        datasets.read_image_folder(folder)
    assert str(broken) in str(caught.value)


def test_truncated_image_is_named(folder):
    whole = folder / "square" / "big.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64), dtype=np.uint8)).save(whole)
    whole.write_bytes(whole.read_bytes()[:200])
    with pytest.raises(DataError) as caught:
        datasets.read_image_folder(folder)
    assert str(whole) in str(caught.value)


def test_folder_problems(tmp_path, folder):
    with pytest.raises(DataError, match="is not a folder") as caught:
        datasets.read_image_folder(tmp_path / "missing")
    assert "missing" in str(caught.value)
    one = tmp_path / "one"
    draw(one / "only" / "a.png", (1, 2, 3))
    with pytest.raises(DataError, match="has 1 class folder;"):
        datasets.read_image_folder(one)
    empty_class = folder / "empty"
    empty_class.mkdir()
    with pytest.raises(DataError, match="class folder holds no images") as caught:
        datasets.read_image_folder(folder)
    assert str(empty_class) in str(caught.value)
    with pytest.raises(DataError, match="has 0 class folders"):
        datasets.read_image_folder(tmp_path / "one" / "only")
