"""Optimizers: torch.optim's update rules, checked against hand-written formulas and torch."""

import math

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, SpecError, TrainConfig, Trainer, optimizers

GRADS = [np.array([0.5, -1.0, 0.25, 0.0]), np.array([0.1, -0.3, 0.7, -0.2]),
         np.array([-0.4, 0.2, 0.05, 0.9]), np.array([0.3, 0.3, -0.6, 0.1])]
THETA0 = np.array([1.0, -2.0, 0.5, 0.0])


def reference(name, config, grads, theta0, eta):
    """torch.optim's algorithms as its documentation writes them, one scalar at a time."""
    out = []
    for i, theta in enumerate(theta0):
        buf = m = v = 0.0
        for t, g_all in enumerate(grads, start=1):
            g = g_all[i] + config.weight_decay * theta + config.l1 * np.sign(theta)
            if name == "sgd":
                theta -= eta * g
            elif name in ("momentum", "nesterov"):
                buf = g if t == 1 else config.momentum * buf + g
                step = g + config.momentum * buf if name == "nesterov" else buf
                theta -= eta * step
            elif name == "rmsprop":
                v = config.rmsprop_alpha * v + (1 - config.rmsprop_alpha) * g * g
                theta -= eta * g / (math.sqrt(v) + config.eps)
            else:
                b1, b2 = config.adam_beta1, config.adam_beta2
                m = b1 * m + (1 - b1) * g
                v = b2 * v + (1 - b2) * g * g
                m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
                theta -= eta * m_hat / (math.sqrt(v_hat) + config.eps)
        out.append(theta)
    return np.array(out)


def run_engine(name, config, grads, theta0, eta):
    opt = optimizers.make(name, theta0.size, np.float64, config)
    theta, spare = theta0.copy(), np.empty_like(theta0)
    for g in grads:
        g = g.copy()
        optimizers.add_penalties(g, theta, config.weight_decay, config.l1, np.empty_like(g))
        opt.update(theta, g, spare, eta)
        theta, spare = spare, theta
    return theta


CONFIGS = [TrainConfig(), TrainConfig(momentum=0.5, rmsprop_alpha=0.9, adam_beta1=0.8,
                                      adam_beta2=0.99, eps=1e-3),
           TrainConfig(weight_decay=0.1, l1=0.05)]


@pytest.mark.parametrize("name", optimizers.NAMES)
@pytest.mark.parametrize("config", CONFIGS)
def test_matches_torchs_formulas(name, config):
    np.testing.assert_allclose(run_engine(name, config, GRADS, THETA0, 0.1),
                               reference(name, config, GRADS, THETA0, 0.1),
                               rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_matches_torch_itself(name):
    torch = pytest.importorskip("torch")
    config = TrainConfig(weight_decay=0.01)
    param = torch.nn.Parameter(torch.tensor(THETA0, dtype=torch.float64))
    opt = {
        "sgd": lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.01),
        "momentum": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, weight_decay=0.01),
        "nesterov": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True,
                                              weight_decay=0.01),
        "rmsprop": lambda p: torch.optim.RMSprop(p, lr=0.1, alpha=0.99, eps=1e-8,
                                                 weight_decay=0.01),
        "adam": lambda p: torch.optim.Adam(p, lr=0.1, betas=(0.9, 0.999), eps=1e-8,
                                           weight_decay=0.01),
    }[name]([param])
    for g in GRADS:
        param.grad = torch.tensor(g, dtype=torch.float64)
        opt.step()
    np.testing.assert_allclose(run_engine(name, config, GRADS, THETA0, 0.1),
                               param.detach().numpy(), rtol=1e-12, atol=1e-15)


def test_coefficients_change_between_steps_and_state_is_kept():
    opt = optimizers.make("momentum", 1, np.float64, TrainConfig(momentum=0.9))
    theta, out = np.array([0.0]), np.empty(1)
    opt.update(theta, np.array([1.0]), out, 1.0)  # b = 1
    opt.configure(TrainConfig(momentum=0.5))
    opt.update(out.copy(), np.array([1.0]), out, 1.0)  # b = 0.5·1 + 1
    assert out[0] == pytest.approx(-1.0 - 1.5)


def test_float32_state_stays_float32():
    opt = optimizers.make("adam", 3, np.float32, TrainConfig())
    theta = np.ones(3, np.float32)
    opt.update(theta, np.full(3, 0.5, np.float32), theta, 0.01)
    assert theta.dtype == opt.exp_avg.dtype == np.float32


def test_unknown_optimizer_lists_the_choices():
    with pytest.raises(SpecError, match="sgd, momentum, nesterov, rmsprop, adam"):
        optimizers.make("lbfgs", 3, np.float64, TrainConfig())


def test_nesterov_without_momentum_is_refused_as_torch_does():
    with pytest.raises(SpecError, match="Nesterov momentum needs a momentum greater than 0"):
        TrainConfig(optimizer="nesterov", momentum=0.0)
    with pytest.raises(SpecError, match="Nesterov"):
        Trainer(Network(NetworkSpec(1, [LayerSpec(1, "linear")], "mse"))).update(
            optimizer="nesterov", momentum=0.0)
    TrainConfig(optimizer="momentum", momentum=0.0)  # heavy-ball at 0 is plain SGD, as torch
    try:
        import torch
    except ImportError:
        return
    with pytest.raises(ValueError, match="Nesterov"):
        torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, momentum=0.0,
                        nesterov=True)
