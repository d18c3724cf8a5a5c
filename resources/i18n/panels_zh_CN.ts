<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Activation σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold θ = −b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a over (x₁, x₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SettingFields</source>
        <comment>{setting} needs a value</comment>
        <extracomment>QDoubleSpinBox rounds every value to this many decimals: as many as a double has how much one step of a log-scaled field multiplies its value by</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SettingFields</source>
        <comment>{setting} must be {kind} {range}, not {text}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SettingFields</source>
        <comment>{reason}; kept {value}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network on the data (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training; Train resumes it (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one iteration (one batch), then pause (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one epoch, then pause (Shift+F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new initial weights from the seed (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <comment>as fast as possible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <comment>{n} iteration/s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <comment>{n} iterations/s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <comment>{n} epoch/s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <comment>{n} epochs/s</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} samples · {d} features · {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {k} rows with missing values dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>numeric target from {lo:.3g} to {hi:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the network to the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the input and output layers for these data, keeping the hidden layers and the weights of the connections that remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX / MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} samples × {d} features · {what}&lt;br&gt;training {t} · validation {v}&lt;br&gt;network: {i} → {o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnormalised, {why}: tanh and sigmoid units saturate and learn slowly. Standardising the features (zero mean, unit variance) helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The network does not fit these data.&lt;/b&gt; {why}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted to these data the network has {n} parameters (about {mb} MB of weights); training it will be slow. Build it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with one folder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX images (e.g. train-images-idx3-ubyte.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX labels (e.g. train-labels-idx1-ubyte.gz)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdxDialog</name>
    <message>
        <source>Import IDX Files — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFolderDialog</name>
    <message>
        <source>Import Image Folder — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize to a square of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageImportDialog</name>
    <message>
        <source>Use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} images of {h} × {w} pixels · {k} classes&lt;br&gt;{c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitialisationBox</name>
    <message>
        <source>Initial weights</source>
        <extracomment>uniform&apos;s a at its lowest value stands for &quot;none given&quot;: a = 1/√(fan-in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a rule draws every weight anew from the seed (undoable); Reset Weights draws them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/√fan-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform&apos;s a: weights and biases drawn from (−a, a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFeaturesBox</name>
    <message>
        <source>Input features</source>
        <extracomment>an input feature switched on reads at a glance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed the network {f}, computed from the raw x₁ and x₂ (normalised like the other inputs)</source>
        <extracomment>feature name → its toggle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each switched-on feature is one input neuron; x₁² and x₂² separate circles with no hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features are for data with 2 raw features (x₁, x₂); these data have {d}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>The cost C the training lowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} is not possible here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>Type a new bias and press Enter (an undoable edit)</source>
        <extracomment>the inspector&apos;s output map&apos;s size on screen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample of the data whose forward and backward pass is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron&apos;s output over the plane of x₁ and x₂ (red positive, blue negative); the ring is the sample x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a neuron on the canvas (or use the arrow keys) to see its weights, bias and the numbers of one sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron {i} of layer {l} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in: {W} row {i}. Double-click a value to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input x{j}: the input feature {f}, computed from the raw x₁ and x₂. Inputs have no weights in and no bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input x{j}: the feature “{name}”. Inputs have no weights in and no bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = ({x}), y = ({y})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron {j} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{t}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronPalette</name>
    <message>
        <source>Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a hidden layer to add it there, or between two layers to start a new hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it between two layers: a new hidden layer of {n} neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a tile onto the canvas: a &lt;b&gt;Neuron&lt;/b&gt; onto a hidden layer, a &lt;b&gt;Layer&lt;/b&gt; between two layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Drag a &lt;b&gt;Neuron&lt;/b&gt; onto a hidden layer to add it there, or between two layers to start a new hidden layer; drag a &lt;b&gt;Layer&lt;/b&gt; between two layers.&lt;/p&gt;&lt;p&gt;Drag a hidden neuron to another hidden layer to move it; drag it off the canvas, press Delete or right-click it to remove it.&lt;/p&gt;&lt;p&gt;− and + under a hidden layer resize it (1 to 64 neurons; up to 6 hidden layers).&lt;/p&gt;&lt;p&gt;Click a layer&apos;s title to choose its activation σ, and the cost chip for the cost C.&lt;/p&gt;&lt;p&gt;Double-click a connection or a neuron to type a weight wᵢⱼˡ or a bias bᵢˡ.&lt;/p&gt;&lt;p&gt;Arrow keys walk the neurons; Enter edits the bias; the menu key opens the neuron&apos;s menu; Ctrl+Z undoes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaintBox</name>
    <message>
        <source>Paint your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint on the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the Decision Boundary plot to add points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every painted point, leaving one seed point per class to paint around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many classes to paint; 0 paints numeric values (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add a point · drag or right-drag to erase · each stroke is one Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast training runs: from one iteration a second, so a class can follow each update, to as fast as the machine goes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Gradient descent</source>
        <extracomment>the learning-rate slider covers the usual rates, on a log scale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffle each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η on a log scale, the usual rates from 10⁻⁵ to 10; type any other in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay λ₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 λ₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at loss ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs, and keep the best weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping needs validation data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Training finished: {k} epochs, to epoch {p}</source>
        <extracomment>what the status bar says when a run ends for a reason of its own (the report&apos;s stop_reason)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at epoch {p}: the loss reached the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early at epoch {p}: the validation loss stopped improving; the best weights are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged at epoch {p}: every sample is classified right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {p} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {p} · iteration {i} of {m} · C = {loss} · {speed} samples/s · {eta} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused at epoch {p} · iteration {i} of {m} · C = {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training at {pace}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped at epoch {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {p} · C = {loss}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
