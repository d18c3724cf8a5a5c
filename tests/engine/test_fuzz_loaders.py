"""The loaders a user points at their own files take any bytes: mutated, truncated or random
files end in the loaders' typed errors (a message naming the file), never in another
exception. Seeded, so a failure can be replayed."""

import numpy as np
import pytest

from engine import BackpropStudioError
from engine.datasets import read_csv, read_idx
from engine.project.files import load_project
from engine.session import Session

CASES = 150


def mutations(good: bytes, rng: np.random.Generator):
    """``CASES`` variants of ``good``: bytes flipped, cut, repeated, spliced, or random."""
    for _ in range(CASES):
        data = bytearray(good)
        kind = rng.integers(6)
        if kind == 0 and data:  # flip a few bytes
            for _ in range(int(rng.integers(1, 8))):
                data[int(rng.integers(len(data)))] = int(rng.integers(256))
        elif kind == 1:  # truncate
            data = data[: int(rng.integers(len(data) + 1))]
        elif kind == 2 and data:  # repeat a slice
            a = int(rng.integers(len(data)))
            b = min(len(data), a + int(rng.integers(1, 64)))
            data[a:a] = data[a:b] * int(rng.integers(1, 4))
        elif kind == 3 and data:  # delete a slice
            a = int(rng.integers(len(data)))
            del data[a:a + int(rng.integers(1, 32))]
        elif kind == 4:  # random bytes
            data = bytearray(rng.integers(0, 256, int(rng.integers(0, 400)), dtype=np.uint8))
        else:  # a printable character in a random place
            data.insert(int(rng.integers(len(data) + 1)), int(rng.choice(list(b'{}[]",:0e-.\n'))))
        yield bytes(data)


def only_typed_errors(load, path, variants) -> int:
    """Load every variant; return how many loaded (the rest must raise our errors)."""
    loaded = 0
    for data in variants:
        path.write_bytes(data)
        try:
            load(path)
        except BackpropStudioError as error:
            assert str(error)
        else:
            loaded += 1
    return loaded


def test_mutated_projects_raise_only_project_errors(tmp_path):
    good = tmp_path / "good.bps.json"
    Session().save(good)
    loaded = only_typed_errors(load_project, tmp_path / "bad.bps.json",
                               mutations(good.read_bytes(), np.random.default_rng(1)))
    assert loaded < CASES  # the mutations did break files


def test_mutated_csv_files_raise_only_data_errors(tmp_path):
    rng = np.random.default_rng(2)
    rows = ["x1,x2,label"] + [f"{a:.3f},{b:.3f},{int(a > b)}"
                              for a, b in rng.uniform(0, 1, (40, 2))]
    good = ("\n".join(rows) + "\n").encode()
    only_typed_errors(lambda path: read_csv(path, target="label"), tmp_path / "bad.csv",
                      mutations(good, rng))


def _idx(array: np.ndarray) -> bytes:
    magic = 0x0800 + array.ndim
    header = magic.to_bytes(4, "big") + b"".join(int(n).to_bytes(4, "big")
                                                 for n in array.shape)
    return header + array.astype(np.uint8).tobytes()


@pytest.mark.parametrize("which", ["images", "labels"])
def test_mutated_idx_files_raise_only_data_errors(tmp_path, which):
    rng = np.random.default_rng(3)
    images = _idx(rng.integers(0, 256, (12, 4, 4)))
    labels = _idx(rng.integers(0, 3, 12))
    images_path, labels_path = tmp_path / "images.idx", tmp_path / "labels.idx"
    images_path.write_bytes(images)
    labels_path.write_bytes(labels)
    assert read_idx(images_path, labels_path).n_samples == 12
    good, target = (images, images_path) if which == "images" else (labels, labels_path)

    def load(path):
        return read_idx(images_path, labels_path)

    only_typed_errors(load, target, mutations(good, rng))


def test_a_history_numbering_epochs_past_the_limit_is_refused(tmp_path):
    import json

    from engine.project.limits import MAX_EPOCH

    session = Session()
    session.save(tmp_path / "good.bps.json")
    document = json.loads((tmp_path / "good.bps.json").read_text())
    history = document["history"]
    history.update(epoch=[MAX_EPOCH + 1], train_loss=[0.5], val_loss=[None],
                   learning_rate=[0.1], elapsed=[0.0])
    history.pop("run", None)
    history["metrics"] = {}
    (tmp_path / "bad.bps.json").write_text(json.dumps(document))
    with pytest.raises(BackpropStudioError, match="whole numbers from 0 to"):
        load_project(tmp_path / "bad.bps.json")
