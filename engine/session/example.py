"""The project the program opens with: XOR on a shallow 2-4-1 tanh net with raw 0/1 inputs,
the smallest problem that needs a hidden layer, with numbers small enough to follow by hand."""

from __future__ import annotations

from engine import datasets
from engine.config import TrainConfig
from engine.project import Project
from engine.project.starting import new_project

EXAMPLE_SEED = 0


def example_project() -> Project:
    config = TrainConfig(mode="batch", optimizer="adam", learning_rate=0.05, epochs=500)
    return new_project(datasets.load("xor"), hidden=[4], activation="tanh", seed=EXAMPLE_SEED,
                       normalisation="none", config=config)
