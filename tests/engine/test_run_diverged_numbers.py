"""A run that diverges mid-epoch keeps the weights from before the update that exploded;
the numbers the views show at its end are those weights', not the last epoch's end's (the
confusion matrix said 47 of 120 right beside weights that gave 43: tester)."""

import numpy as np
import pytest

from engine import TrainingDiverged, datasets
from engine.project.starting import new_project, project_training_data
from engine.session import Session
from engine.session.derived import Derived


def test_the_final_numbers_of_a_run_that_diverged_mid_epoch_are_its_kept_weights():
    ds = datasets.load("moons", n_samples=200, seed=0)
    project = new_project(ds, hidden=[8], activation="relu")
    session = Session(project, project_training_data(project))
    session.set_config(epochs=20, mode="minibatch", batch_size=32, learning_rate=200,
                       optimizer="adam")
    run = session.start_run(confusion=True)
    with pytest.raises(TrainingDiverged):
        for _report in run.reports():
            pass
    assert run.epochs_finished >= 1  # it diverged after an epoch's end, past its report
    final = run.derived(final=True)
    fresh = Derived(final.network, run.data, run.normaliser, *run.view,
                    features=run.features)
    np.testing.assert_array_equal(final.confusion, fresh.confusion)
    assert final.evaluation.cost == pytest.approx(fresh.evaluation.cost, rel=1e-12)
    assert final.evaluation.metrics == pytest.approx(fresh.evaluation.metrics, rel=1e-12)
