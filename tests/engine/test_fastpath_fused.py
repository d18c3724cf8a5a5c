"""Plain SGD's update inside the gradient's products (``engine.fastpath.FusedStep``): the same
trajectory as the written-out update, to the last bit or two, and the same divergence rule."""

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, TrainConfig, Trainer, TrainingDiverged
from engine.fastpath import FastPath, FusedStep

COMBOS = [("tanh", "sigmoid", "bce"), ("relu", "softmax", "cce"), ("sigmoid", "linear", "mse"),
          ("leaky_relu", "tanh", "mse")]


def problem(hidden, output, loss, n=37, seed=0, dtype="float64", width=(6, 5)):
    rng = np.random.default_rng(seed)
    n_out = 3
    spec = NetworkSpec(4, [LayerSpec(width[0], hidden), LayerSpec(width[1], hidden),
                           LayerSpec(n_out, output)], loss)
    X = rng.normal(0, 1, (n, 4))
    if loss == "cce":
        Y = np.eye(n_out)[rng.integers(0, n_out, n)]
    elif loss == "bce":
        Y = rng.integers(0, 2, (n, n_out)).astype(float)
    else:
        Y = rng.normal(0, 1, (n, n_out))
    return Network(spec, seed=seed, dtype=dtype), X, Y


@pytest.fixture
def fused_always(monkeypatch):
    """Every net takes the fused update, however small."""
    monkeypatch.setattr(FusedStep, "MIN_PARAMETERS", 0)


@pytest.fixture
def count_fused(monkeypatch):
    calls = []
    original = FusedStep.weights

    def counting(self, l, delta, a_prev):
        calls.append(l)
        return original(self, l, delta, a_prev)

    monkeypatch.setattr(FusedStep, "weights", counting)
    return calls


def written_out(monkeypatch):
    monkeypatch.setattr(FastPath, "_fused_step", lambda self: None)


def train(net, X, Y, config):
    Trainer(net, config).fit(X, Y)
    return net


@pytest.mark.parametrize("combo", COMBOS)
@pytest.mark.parametrize("config", [
    TrainConfig(batch_size=5, learning_rate=0.3, epochs=6, seed=3),
    TrainConfig(mode="stochastic", learning_rate=0.05, epochs=3),
    TrainConfig(mode="batch", learning_rate=0.5, epochs=20),
    TrainConfig(batch_size=8, learning_rate=0.2, epochs=4, shuffle=False,
                schedule="step", decay_every=2),
])
def test_the_fused_update_gives_the_written_out_trajectory(combo, config, fused_always,
                                                           count_fused, monkeypatch):
    net, X, Y = problem(*combo)
    twin = net.copy()
    train(net, X, Y, config)
    assert count_fused, "the fused update was not taken"
    written_out(monkeypatch)
    count_fused.clear()
    train(twin, X, Y, config)
    assert not count_fused
    for mine, theirs in zip(net.weights + net.biases, twin.weights + twin.biases, strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=1e-13, atol=1e-15)


def test_float32_differs_by_a_rounding_at_most(fused_always, monkeypatch):
    net, X, Y = problem("tanh", "sigmoid", "bce", dtype="float32")
    twin = net.copy()
    config = TrainConfig(batch_size=6, learning_rate=0.2, epochs=5)
    train(net, X, Y, config)
    written_out(monkeypatch)
    train(twin, X, Y, config)
    assert net.weights[0].dtype == np.float32
    for mine, theirs in zip(net.weights + net.biases, twin.weights + twin.biases, strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=2e-6, atol=1e-7)


@pytest.mark.parametrize("config", [
    TrainConfig(optimizer="momentum", learning_rate=0.1, epochs=2),
    TrainConfig(optimizer="nesterov", learning_rate=0.1, epochs=2),
    TrainConfig(optimizer="adam", learning_rate=0.01, epochs=2),
    TrainConfig(optimizer="rmsprop", learning_rate=0.01, epochs=2),
    TrainConfig(learning_rate=0.1, epochs=2, weight_decay=0.01),
    TrainConfig(learning_rate=0.1, epochs=2, l1=0.001),
])
def test_every_other_update_is_written_out_bit_for_bit_as_before(config, fused_always,
                                                                 count_fused):
    net, X, Y = problem("relu", "softmax", "cce")
    train(net, X, Y, config)
    assert not count_fused  # only plain SGD is fused: the rest keep their exact arithmetic


def test_large_nets_fuse_by_default_and_small_ones_do_not(count_fused):
    small, X, Y = problem("tanh", "sigmoid", "bce")
    assert small.n_parameters < FusedStep.MIN_PARAMETERS
    train(small, X, Y, TrainConfig(epochs=1))
    assert not count_fused
    large, X, Y = problem("relu", "softmax", "cce", width=(160, 120))
    assert large.n_parameters >= FusedStep.MIN_PARAMETERS
    train(large, X, Y, TrainConfig(epochs=1, batch_size=8))
    assert count_fused


def test_switching_optimizer_mid_run_leaves_and_rejoins_the_fused_path(fused_always,
                                                                       count_fused,
                                                                       monkeypatch):
    net, X, Y = problem("tanh", "linear", "mse")
    twin = net.copy()
    config = TrainConfig(batch_size=4, learning_rate=0.05, epochs=6, report_every=3)

    def run(network):
        trainer = Trainer(network, config)
        for number, _report in enumerate(trainer.run(X, Y)):
            if number == 2:
                trainer.update(optimizer="momentum")
            elif number == 5:
                trainer.update(optimizer="sgd", learning_rate=0.02)

    run(net)
    fused = len(count_fused)
    written_out(monkeypatch)
    run(twin)
    assert fused > 0
    for mine, theirs in zip(net.weights + net.biases, twin.weights + twin.biases, strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=1e-13, atol=1e-15)


def test_a_diverging_fused_run_keeps_the_weights_before_the_exploding_update(fused_always,
                                                                             count_fused):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2))
    Y = 3 * X[:, :1] + 1
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse")
    net = Network(spec, seed=0)
    config = TrainConfig(batch_size=8, learning_rate=1e12, epochs=50, report_every=1)
    snapshots = {0: [w.copy() for w in net.weights + net.biases]}
    with pytest.raises(TrainingDiverged) as caught:
        for report in Trainer(net, config).run(X, Y):
            snapshots[report.iteration] = [w.copy() for w in net.weights + net.biases]
    assert count_fused
    kept = net.weights + net.biases
    assert all(np.isfinite(w).all() for w in kept)
    for mine, before in zip(kept, snapshots[caught.value.kept_after], strict=True):
        np.testing.assert_array_equal(mine, before)


def test_fused_sgd_follows_torch_to_1e13_in_float64(fused_always, count_fused):
    torch = pytest.importorskip("torch")
    net, X, Y = problem("relu", "softmax", "cce", n=40)
    start_w = [w.copy() for w in net.weights]
    start_b = [b.copy() for b in net.biases]
    train(net, X, Y, TrainConfig(batch_size=8, learning_rate=0.3, epochs=4, shuffle=False))
    assert count_fused
    layers = []
    for i, (W, b) in enumerate(zip(start_w, start_b, strict=True)):
        linear = torch.nn.Linear(W.shape[1], W.shape[0], dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(W))
            linear.bias.copy_(torch.from_numpy(b))
        layers.append(linear)
        if i < len(start_w) - 1:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.3)
    inputs, labels = torch.from_numpy(X), torch.from_numpy(Y.argmax(axis=1))
    for _ in range(4):
        for start in range(0, len(X), 8):
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(inputs[start:start + 8]),
                                                     labels[start:start + 8])
            loss.backward()
            optimizer.step()
    theirs = [m for m in model if isinstance(m, torch.nn.Linear)]
    for mine, linear in zip(net.weights, theirs, strict=True):
        np.testing.assert_allclose(mine, linear.weight.detach().numpy(), rtol=1e-13, atol=1e-13)
    for mine, linear in zip(net.biases, theirs, strict=True):
        np.testing.assert_allclose(mine, linear.bias.detach().numpy(), rtol=1e-13, atol=1e-13)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_the_gemm_is_numpys_own_product_to_the_bit(dtype):
    from engine.fastpath import numpy_gemm

    gemm = numpy_gemm(dtype)
    if gemm is None:
        pytest.skip("this numpy is not built on its own OpenBLAS: the update is written out")
    rng = np.random.default_rng(1)
    D = rng.normal(size=(128, 40)).astype(dtype)
    A = rng.normal(size=(128, 70)).astype(dtype)
    W = np.zeros((40, 70), dtype)
    gemm(-1.0, D, A, W)
    np.testing.assert_array_equal(W, -np.dot(D.T, A))


def test_without_numpys_blas_the_update_is_written_out(monkeypatch, fused_always, count_fused):
    import engine.fastpath as fastpath

    monkeypatch.setattr(fastpath, "numpy_gemm", lambda dtype: None)
    net, X, Y = problem("tanh", "sigmoid", "bce")
    twin = net.copy()
    config = TrainConfig(batch_size=5, learning_rate=0.3, epochs=3)
    train(net, X, Y, config)
    assert not count_fused
    written_out(monkeypatch)
    train(twin, X, Y, config)
    for mine, theirs in zip(net.weights + net.biases, twin.weights + twin.biases, strict=True):
        np.testing.assert_array_equal(mine, theirs)


def test_the_bound_on_the_parameters_holds_and_spares_reading_them(fused_always, monkeypatch):
    """``FusedStep.finite`` proves the new parameters finite from a bound on max |θ|: the bound
    must never be below the truth, and the parameters are read one by one only when the
    proof cannot be made (at the start of each stretch of training)."""
    import engine.fastpath as fastpath

    checked, proved = [], []
    original_finite, original_all_finite = FusedStep.finite, fastpath.all_finite

    def finite(self, flat):
        result = original_finite(self, flat)
        assert result
        assert self.bound >= np.abs(flat).max()
        proved.append(self.bound)
        return result

    def all_finite(vector):
        checked.append(len(vector))
        return original_all_finite(vector)

    monkeypatch.setattr(FusedStep, "finite", finite)
    monkeypatch.setattr(fastpath, "all_finite", all_finite)
    net, X, Y = problem("relu", "softmax", "cce", n=60)
    train(net, X, Y, TrainConfig(batch_size=6, learning_rate=0.5, epochs=5, seed=1))
    assert len(proved) == 50
    assert len(checked) <= 5  # once per stretch between reports, not once per iteration


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_an_update_that_overflows_is_caught_though_its_inputs_are_finite(dtype):
    """Finite δ and a whose product overflows: the bound cannot prove the new weights
    finite, so they are read, and the infinity is found."""
    step = FusedStep.make((200, 100, 1), dtype)
    if step is None:
        pytest.skip("numpy's BLAS cannot be called")
    huge = np.finfo(dtype).max
    params, kept = _parameters((200, 100, 1), dtype), _parameters((200, 100, 1), dtype)
    params.weights[0][:] = huge / 2
    step.start(params, kept, eta=1.0)
    delta = np.full((3, 100), -np.sqrt(huge) / 2, dtype)
    a_prev = np.full((3, 200), np.sqrt(huge) / 2, dtype)
    step.bound = huge / 2
    step.weights(0, delta, a_prev)
    assert np.isinf(params.weights[0]).any()
    assert not step.finite(params.flat)
    assert step.bound == np.inf


def test_a_nan_norm_sends_the_check_to_the_parameters():
    step = FusedStep.make((200, 100, 1), "float64")
    if step is None:
        pytest.skip("numpy's BLAS cannot be called")
    params = _parameters((200, 100, 1), "float64")
    step.start(params, _parameters((200, 100, 1), "float64"), eta=0.1)
    step.bound = 1.0
    step._grow(np.nan, 4.0, 3)
    step._grow(1.0, 4.0, 3)  # a later finite norm does not hide the NaN
    assert np.isnan(step.growth)
    params.flat[7] = np.nan
    assert not step.finite(params.flat)
    params.flat[7] = 2.5
    assert step.finite(params.flat) and step.bound == 2.5


def _parameters(sizes, dtype):
    from engine.fastpath import Parameters

    return Parameters(sizes, np.dtype(dtype))


def test_restoring_kept_weights_leaves_no_step_to_undo_and_no_bound(fused_always):
    """The best epoch's weights put back (``restore_best``): the spare no longer holds the
    weights before the update that made these, and the fused step's bound is not theirs."""
    from engine import optimizers

    net, _, _ = problem("relu", "softmax", "cce", n=30)
    kernel = FastPath(net)
    kept = kernel.current.flat * 3
    kernel.optimizer = optimizers.make("sgd", kernel.grad.flat.size, kernel.dtype,
                                       TrainConfig())
    step = kernel._fused_step()
    step.bound, kernel.log = 1.0, [(0, 0.1)]
    assert kernel.previous_good
    kernel.restore(kept)
    np.testing.assert_array_equal(kernel.current.flat, kept)
    assert not kernel.previous_good and step.bound == np.inf


@pytest.mark.parametrize("every", [1, 3, 1000])
def test_a_rollback_replays_the_updates_since_the_last_copy_to_the_bit(fused_always,
                                                                       monkeypatch, every):
    """The fused step copies the weights aside only every CHECKPOINT_EVERY updates; a
    divergence puts the copy back and replays the updates since, which must give the very
    weights the run had before its exploding update (compared with a run reporting, and
    so copying, at every iteration)."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(64, 2))
    Y = 3 * X[:, :1] + 1
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse")
    # a learning rate that takes a few dozen updates to explode (45, in the first epoch)
    config = TrainConfig(batch_size=1, learning_rate=0.5, epochs=50, report_every=1, seed=2)
    snapshots = {}
    net = Network(spec, seed=0)
    with pytest.raises(TrainingDiverged) as first:
        for report in Trainer(net, config).run(X, Y):
            snapshots[report.iteration] = [w.copy() for w in net.weights + net.biases]
    monkeypatch.setattr(FastPath, "CHECKPOINT_EVERY", every)
    twin = Network(spec, seed=0)
    quiet = TrainConfig(batch_size=1, learning_rate=0.5, epochs=50, seed=2)
    with pytest.raises(TrainingDiverged) as second:
        Trainer(twin, quiet).fit(X, Y)
    assert second.value.iteration == first.value.iteration > 20
    assert second.value.kept_after == first.value.kept_after
    for mine, before in zip(twin.weights + twin.biases, snapshots[second.value.kept_after],
                            strict=True):
        np.testing.assert_array_equal(mine, before)


def test_an_update_found_not_finite_is_undone_by_replaying_the_log(fused_always,
                                                                   monkeypatch):
    """When an update's weights are not all finite it is not kept: the copy comes back and
    the updates before it are replayed, leaving the weights after the one before (here the
    check is made to fail at the 30th update, so the weights are finite and comparable)."""
    rng = np.random.default_rng(1)
    X = rng.normal(size=(64, 2))
    Y = np.tanh(X[:, :1])
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse")
    snapshots = {}
    net = Network(spec, seed=0)
    config = TrainConfig(batch_size=1, learning_rate=0.05, epochs=1, report_every=1, seed=3)
    for report in Trainer(net, config).run(X, Y):
        snapshots[report.iteration] = [w.copy() for w in net.weights + net.biases]
    calls = []
    original = FusedStep.finite

    def failing_at_30(self, flat):
        calls.append(1)
        return original(self, flat) and len(calls) != 30

    monkeypatch.setattr(FusedStep, "finite", failing_at_30)
    twin = Network(spec, seed=0)
    with pytest.raises(TrainingDiverged, match="infinite or NaN") as caught:
        Trainer(twin, TrainConfig(batch_size=1, learning_rate=0.05, epochs=1, seed=3)).fit(X, Y)
    assert caught.value.iteration == 30 and caught.value.kept_after == 29
    for mine, before in zip(twin.weights + twin.biases, snapshots[29], strict=True):
        np.testing.assert_array_equal(mine, before)
