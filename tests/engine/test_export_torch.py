"""The PyTorch export: imported with torch, ``model`` is the project's network on raw features.

Projects are made as ``new`` makes them (their input features, their normaliser), trained a
little so the weights are the engine's own; the exported module must give the engine's
``Network.predict`` of the features and the normalisation to 1e-12, and one backward pass of
its ``loss_fn`` the engine's gradients. Exporting needs no torch; using the module does.
"""

import importlib.util
import json
import struct
import subprocess
import sys

import numpy as np
import pytest

from engine import TrainConfig, Trainer, datasets
from engine.datasets.features import network_inputs
from engine.errors import ProjectError
from engine.export import FORMATS, export_network, export_torch, torch_weights_path
from engine.project.starting import new_project

TOLERANCE = 1e-12

PROJECTS = {
    "xor 2-4-1 tanh/sigmoid bce": dict(dataset="xor", hidden=[4], activation="tanh"),
    "iris 4-5-3 softmax cce": dict(dataset="iris", hidden=[5], activation="tanh"),
    "plane regression standardised": dict(dataset="plane", hidden=[6, 3], activation="relu"),
    "circles on x1^2, x2^2": dict(dataset="circles", hidden=[3], activation="sigmoid",
                                  features=["x1^2", "x2^2"]),
    "spirals every feature, leaky relu": dict(dataset="spirals", hidden=[5],
                                              activation="leaky_relu", features="all"),
    "moons linear hidden, mse": dict(dataset="moons", hidden=[3], activation="linear",
                                     loss="mse"),
}


def make_project(dataset, hidden, activation, loss=None, features=None, optimizer="adam"):
    ds = datasets.load(dataset) if dataset in ("xor", "iris") else datasets.load(
        dataset, n_samples=120, seed=3)
    project = new_project(ds, hidden, activation, loss=loss, seed=1, features=features,
                          config=TrainConfig(mode="minibatch", batch_size=16,
                                             optimizer=optimizer, learning_rate=0.01,
                                             epochs=5, seed=0))
    X = network_inputs(ds.X, project.features, project.normaliser)
    Trainer(project.network, project.config).fit(X, ds.Y)
    return ds, project


def export(project, ds, path):
    export_network(project.network, path, "torch", project.normaliser, project.features,
                   class_names=ds.class_names, feature_names=ds.feature_names,
                   config=project.config)
    return path


def import_script(path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def engine_outputs(project, X_raw):
    return project.network.predict(network_inputs(X_raw, project.features, project.normaliser))


def test_exporting_writes_the_script_and_its_weights_without_torch(tmp_path):
    ds, project = make_project(**PROJECTS["iris 4-5-3 softmax cce"])
    script = export(project, ds, tmp_path / "iris_model.py")
    weights = torch_weights_path(script)
    assert weights == tmp_path / "iris_model.safetensors"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["iris_model.py",
                                                          "iris_model.safetensors"]
    data = weights.read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    assert (8 + size) % 8 == 0
    header = json.loads(data[8:8 + size])
    metadata = header.pop("__metadata__")
    assert json.loads(metadata["class_names"]) == ["setosa", "versicolor", "virginica"]
    assert metadata["architecture"] == "4-5-3"
    assert set(header) == {"shift", "scale", "layer1.weight", "layer1.bias", "layer2.weight",
                           "layer2.bias"}
    start = 8 + size
    for name, W in (("layer1.weight", project.network.weights[0]),
                    ("layer2.bias", project.network.biases[1])):
        entry = header[name]
        assert entry["dtype"] == "F64" and entry["shape"] == list(W.shape)
        begin, end = entry["data_offsets"]
        stored = np.frombuffer(data[start + begin:start + end], dtype="<f8").reshape(W.shape)
        assert stored.tobytes() == W.tobytes()
    text = script.read_text(encoding="utf-8")
    compile(text, str(script), "exec")
    assert "CLASS_NAMES = ['setosa', 'versicolor', 'virginica']" in text
    assert "sepal length (cm)" in text
    assert "torch.optim.Adam(model.parameters(), lr=0.01" in text


def test_the_engine_never_imports_torch_to_export(tmp_path):
    code = ("import sys\n"
            "sys.modules['torch'] = None\n"  # any import of torch now fails
            "from engine import datasets\n"
            "from engine.project.starting import new_project\n"
            "from engine.export import export_network\n"
            "ds = datasets.load('xor')\n"
            "p = new_project(ds, [4])\n"
            f"export_network(p.network, {str(tmp_path / 'm.py')!r}, 'torch', p.normaliser,\n"
            "               class_names=ds.class_names, feature_names=ds.feature_names)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "m.safetensors").exists()


@pytest.mark.parametrize("name", PROJECTS)
def test_the_module_gives_the_engines_predictions_on_raw_features(tmp_path, name):
    torch = pytest.importorskip("torch")
    ds, project = make_project(**PROJECTS[name])
    module = import_script(export(project, ds, tmp_path / "model.py"))
    assert isinstance(module.model, torch.nn.Module)
    X_raw = np.concatenate([ds.X, ds.X[:10] * 3 + 0.5])
    with torch.no_grad():
        Y_torch = module.model(torch.tensor(X_raw)).numpy()
    Y_engine = engine_outputs(project, X_raw)
    assert Y_torch.dtype == np.float64
    assert np.max(np.abs(Y_torch - Y_engine)) <= TOLERANCE
    assert np.max(np.abs(module.predict(X_raw).numpy() - Y_engine)) <= TOLERANCE
    for W, linear in zip(project.network.weights,
                         [getattr(module.model, f"layer{l}")
                          for l in range(1, project.network.spec.n_layers + 1)], strict=True):
        assert isinstance(linear, torch.nn.Linear)
        assert linear.weight.detach().numpy().tobytes() == W.tobytes()
    assert list(ds.feature_names) == module.FEATURE_NAMES
    if ds.task == "classification":
        assert list(ds.class_names) == module.CLASS_NAMES
        winners = module.predict_class(X_raw)
        labels = (Y_engine[:, 0] >= 0.5).astype(int) if Y_engine.shape[1] == 1 \
            else np.argmax(Y_engine, axis=1)
        assert winners == [ds.class_names[k] for k in labels]
    else:
        assert module.CLASS_NAMES is None


@pytest.mark.parametrize("name", PROJECTS)
def test_one_backward_pass_gives_the_engines_gradients(tmp_path, name):
    torch = pytest.importorskip("torch")
    ds, project = make_project(**PROJECTS[name])
    module = import_script(export(project, ds, tmp_path / "model.py"))
    X_net = network_inputs(ds.X, project.features, project.normaliser)
    loss = module.loss_fn(module.model(torch.tensor(ds.X)), torch.tensor(ds.Y))
    assert abs(loss.item() - project.network.loss(X_net, ds.Y)) <= TOLERANCE
    loss.backward()
    dW, db = project.network.gradients(X_net, ds.Y)
    for l in range(1, project.network.spec.n_layers + 1):
        layer = getattr(module.model, f"layer{l}")
        assert np.max(np.abs(layer.weight.grad.numpy() - dW[l - 1])) <= TOLERANCE
        assert np.max(np.abs(layer.bias.grad.numpy() - db[l - 1])) <= TOLERANCE


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "rmsprop", "adam"])
def test_the_optimizer_continues_on_the_engines_trajectory(tmp_path, optimizer):
    torch = pytest.importorskip("torch")
    ds, project = make_project(**PROJECTS["iris 4-5-3 softmax cce"], optimizer=optimizer)
    module = import_script(export(project, ds, tmp_path / "model.py"))
    X_net = network_inputs(ds.X, project.features, project.normaliser)
    config = TrainConfig(mode="batch", optimizer=optimizer, learning_rate=0.01, epochs=5,
                         shuffle=False, seed=0)
    Trainer(project.network, config).fit(X_net, ds.Y)
    X, Y = torch.tensor(ds.X), torch.tensor(ds.Y)
    for _ in range(5):
        module.optimizer.zero_grad()
        module.loss_fn(module.model(X), Y).backward()
        module.optimizer.step()
    for l, W in enumerate(project.network.weights, start=1):
        trained = getattr(module.model, f"layer{l}").weight.detach().numpy()
        assert np.max(np.abs(trained - W)) <= 1e-9


def test_a_step_network_runs_and_backpropagates_zero(tmp_path):
    torch = pytest.importorskip("torch")
    from engine import LayerSpec, Network, NetworkSpec

    spec = NetworkSpec(n_inputs=2, layers=[LayerSpec(units=3, activation="step"),
                                           LayerSpec(units=1, activation="sigmoid")],
                       loss="bce")
    net = Network(spec, seed=4)
    module = import_script(export_torch(net, tmp_path / "step.py") or tmp_path / "step.py")
    X = np.random.default_rng(0).normal(size=(50, 2))
    assert np.max(np.abs(module.predict(X).numpy() - net.predict(X))) <= TOLERANCE
    Y = (X[:, :1] > 0).astype(float)
    module.loss_fn(module.model(torch.tensor(X)), torch.tensor(Y)).backward()
    dW, _ = net.gradients(X, Y)
    assert np.all(module.model.layer1.weight.grad.numpy() == 0) and np.all(dW[0] == 0)
    assert module.CLASS_NAMES is None and module.FEATURE_NAMES is None


def test_float32_networks_export_as_float32(tmp_path):
    torch = pytest.importorskip("torch")
    from engine import LayerSpec, Network, NetworkSpec

    spec = NetworkSpec(n_inputs=3, layers=[LayerSpec(units=4, activation="tanh"),
                                           LayerSpec(units=2, activation="linear")], loss="mse")
    net = Network(spec, seed=2, dtype="float32")
    export_torch(net, tmp_path / "f32.py")
    module = import_script(tmp_path / "f32.py")
    X = np.random.default_rng(1).normal(size=(20, 3))
    Y = module.predict(X)
    assert Y.dtype == torch.float32
    assert np.max(np.abs(Y.numpy() - net.predict(X))) <= 1e-6


def test_the_torch_format_is_listed_and_refuses_a_py_less_name_clash(tmp_path):
    from cli.export_command import FORMATS as CLI_FORMATS

    assert "torch" in FORMATS and CLI_FORMATS == FORMATS
    _ds, project = make_project(**PROJECTS["xor 2-4-1 tanh/sigmoid bce"])
    with pytest.raises(ProjectError, match=r"\.py file"):
        export_torch(project.network, tmp_path / "model.safetensors", project.normaliser)
    assert list(tmp_path.iterdir()) == []


def test_a_module_moved_without_its_weights_says_so(tmp_path):
    pytest.importorskip("torch")
    ds, project = make_project(**PROJECTS[next(iter(PROJECTS))])
    script = export(project, ds, tmp_path / "model.py")
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    script.rename(moved / "model.py")
    with pytest.raises(FileNotFoundError, match="keep them in one folder"):
        import_script(moved / "model.py")


def test_predict_refuses_nan_as_the_numpy_predictor_does(tmp_path):
    pytest.importorskip("torch")
    ds, project = make_project(**PROJECTS[next(iter(PROJECTS))])
    module = import_script(export(project, ds, tmp_path / "model.py"))
    row = np.array(ds.X[0], dtype=float)
    row[0] = np.nan
    with pytest.raises(ValueError, match=r"row 1, feature .* nan is missing or not a finite"):
        module.predict(row[None, :])


def _minibatch_project():
    ds = datasets.load("iris")
    project = new_project(ds, [5], "tanh", seed=1,
                          config=TrainConfig(mode="minibatch", batch_size=16, optimizer="adam",
                                             learning_rate=0.01, epochs=3, seed=7))
    return ds, project


def test_training_rows_and_epoch_order_take_torch_along_the_programs_minibatches(tmp_path):
    """Shuffled mini-batches drifted apart (7.9e-2 after 5 epochs, tester): the export keeps
    the rows the program trained on and says their order, and followed, they agree."""
    torch = pytest.importorskip("torch")
    ds, project = _minibatch_project()
    rows = ds.split_rows()[0]
    X_net = network_inputs(ds.X, project.features, project.normaliser)
    path = tmp_path / "model.py"
    export_network(project.network, path, "torch", project.normaliser, project.features,
                   class_names=ds.class_names, feature_names=ds.feature_names,
                   config=project.config, training_rows=rows)
    module = import_script(path)
    assert list(rows) == module.TRAINING_ROWS and module.BATCH_SIZE == 16 and module.SHUFFLE
    Trainer(project.network, project.config).fit(X_net[rows], ds.Y[rows])  # the program
    X, Y = torch.tensor(ds.X[module.TRAINING_ROWS]), torch.tensor(ds.Y[module.TRAINING_ROWS])
    for k in range(3):  # as the module's docstring says
        order = module.epoch_order(k)
        for start in range(0, len(order), module.BATCH_SIZE):
            batch = torch.as_tensor(order[start:start + module.BATCH_SIZE])
            module.optimizer.zero_grad()
            module.loss_fn(module.model(X[batch]), Y[batch]).backward()
            module.optimizer.step()
    for l, W in enumerate(project.network.weights, start=1):
        trained = getattr(module.model, f"layer{l}").weight.detach().numpy()
        assert np.max(np.abs(trained - W)) <= 1e-9


def test_a_perceptron_export_goes_on_by_the_perceptron_rule(tmp_path):
    """The perceptron's export offered an optimizer whose gradients are all 0 (tester): it
    has ``perceptron_step``, the rule as the program applies it, and no optimizer."""
    pytest.importorskip("torch")
    ds = datasets.load("iris")
    project = new_project(ds, [], "step", seed=1)
    assert project.config.mode == "perceptron"
    path = tmp_path / "perceptron.py"
    rows = ds.split_rows()[0]
    export_network(project.network, path, "torch", project.normaliser, project.features,
                   class_names=ds.class_names, config=project.config, training_rows=rows)
    module = import_script(path)
    assert module.optimizer is None and module.BATCH_SIZE == 1
    assert "perceptron_step" in module.__doc__
    X_net = network_inputs(ds.X, project.features, project.normaliser)
    config = TrainConfig(mode="perceptron", learning_rate=project.config.learning_rate,
                         epochs=1, shuffle=project.config.shuffle, seed=project.config.seed)
    Trainer(project.network, config).fit(X_net[rows], ds.Y[rows])
    for position in module.epoch_order(0):
        row = module.TRAINING_ROWS[position]
        module.perceptron_step(ds.X[row], ds.Y[row])
    trained = module.model.layer1.weight.detach().numpy()
    assert np.max(np.abs(trained - project.network.weights[0])) <= 1e-12
    assert np.max(np.abs(module.model.layer1.bias.detach().numpy()
                         - project.network.biases[0])) <= 1e-12
