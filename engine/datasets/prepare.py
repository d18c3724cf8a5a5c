"""From a data set to the four arrays training needs, in the one order that avoids leaks.

Split first, fit the normaliser on the training part only, then apply it to both parts:
the order matters, so it lives in one function rather than in every caller.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.datasets.dataset import Dataset
from engine.datasets.normalise import Normaliser
from engine.datasets.split import train_validation_split


@dataclass(frozen=True, eq=False)
class PreparedData:
    """Normalised training and validation parts, and the normaliser to reuse on new inputs."""

    train: Dataset
    validation: Dataset
    normaliser: Normaliser


def prepare(
    ds: Dataset,
    normalisation: str = "none",
    validation_share: float | None = None,
    seed: int | None = None,
) -> PreparedData:
    """Split ``ds`` (its own share and seed unless given), fit ``normalisation`` on train.

    ``normalisation`` is ``"none"``, ``"standardise"`` or ``"minmax"``.
    """
    share = ds.validation_share if validation_share is None else validation_share
    train, validation = train_validation_split(ds, share, ds.seed if seed is None else seed)
    normaliser = Normaliser.fit(train.X, normalisation)
    return PreparedData(
        train.with_inputs(normaliser.apply(train.X)),
        validation.with_inputs(normaliser.apply(validation.X)),
        normaliser,
    )
