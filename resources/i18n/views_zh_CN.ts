<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Single-layer perceptron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shallow network (1 hidden layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep network ({n} hidden layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {sizes} · L = {L} layer · {p} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {sizes} · L = {L} layers · {p} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost C: {c} ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost the net is trained to lower; click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input a⁰ = x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One input per feature of the data: its size follows the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {l}: click to choose its activation σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last neuron of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron to layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer: drop a Neuron or a Layer from the palette here to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} inputs · {h} × {w} image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} neurons, drawn folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{W}: {rows} × {cols} weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour: sign of wᵢⱼˡ (and of bᵢˡ on the ring) · width: its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click a connection or neuron to type a value; drag a hidden neuron to move it, or off the canvas to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a neuron: its output aᵢˡ over the plane of x₁ and x₂ (View ▸ Neuron Output Maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the neuron on a hidden layer to move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hidden layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hidden layer {l} of {n} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a layer between two layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to another hidden layer to move the neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the neuron to layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or press an arrow key on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a neuron of the hidden layer to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected neuron and its connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron after the selected one (or to the last hidden layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hidden &amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected neuron&apos;s layer (or before the output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Hidden Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected neuron&apos;s hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Neuron to &amp;Previous Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected neuron into the hidden layer before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Neuron to Ne&amp;xt Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected neuron into the hidden layer after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Bias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new bias b (threshold θ = −b) for the selected neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mse: mean of ½‖y − aᴸ‖²</source>
        <extracomment>Output activation and cost that belong together, offered as one edit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bce: binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cce: categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} (switches the cost to {c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Choosing it switches the cost to {c} as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} with {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: activation σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and cost together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a hidden layer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a hidden layer after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input x{j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron {i} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bias {b}… (θ = −b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit weight {w}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to 0 (no influence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip its sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} = {v}
from neuron {j} of layer {lp} to neuron {i} of layer {l}
double-click to type a new weight</source>
        <extracomment>A short message for the user (why a drop or a typed value was not taken). (button key, screen position) of the − or + just clicked, for the view numbers written on the picture (the stepper&apos;s stage, live a/z/δ) fill each neuron with its output over the input plane (data with two inputs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input {f}: an input feature computed from the raw x₁ and x₂, then normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x{j}: feature “{name}” of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron {i} of layer {l} · σ = {act}
{b} = {v}   threshold θ = −b = {t}
double-click to type a new bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs have no bias: x{j} is a feature of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%s&quot;&gt;━━&lt;/span&gt; σ(z) &amp;nbsp; &lt;span style=&quot;color:%s&quot;&gt;╍╍&lt;/span&gt; σ′(z) &amp;nbsp; &lt;span style=&quot;background:#dcdcdc&quot;&gt;&amp;nbsp;grey&amp;nbsp;&lt;/span&gt;: saturated, σ′ &amp;lt; %s &amp;nbsp; &lt;span style=&quot;background:#f6d5d5&quot;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt;: dead, σ′ = 0 &amp;nbsp; ○: no derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation functions σ(z) and their derivatives σ′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a, σ′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no σ′ at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturates for |z| &gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead for z &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′ ≤ 0.25 (at z = 0), tiny for large |z|: gradients vanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′ ≤ 1 (at z = 0), tiny for large |z|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′ = 1 for z &gt; 0, 0 for z &lt; 0: a dead neuron learns nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′ = 1 for z &gt; 0, 0.01 for z &lt; 0: never quite 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′ = 1 everywhere, but layers of it collapse into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw other small weights and biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a non-linearity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two layers with the linear σ(z) = z:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are one linear layer &lt;b&gt;a = Wx + b&lt;/b&gt; with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both networks run on the same inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest difference between the two: {0}. However many linear layers are stacked, they compute one Wx + b: depth adds nothing without a non-linear σ. With tanh between the layers (last column) no single W, b gives those outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to see the network as it was at an earlier epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current weights again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore These Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the weights shown the network&apos;s (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network as it was, epoch by epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: the scrubber waits until the run ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network to record its weights epoch by epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 epochs of this run have their weights kept (every early one, then fewer); the slider shows the nearest at or before it. Looking back changes nothing: editing, undoing or training returns to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear (identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neuron&apos;s activation function σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight: changes the steepness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias: shifts the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (the neuron&apos;s input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = σ(wx + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>da/dx = w·σ′(wx + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One neuron: a = σ(wx + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z = wx + b = 0 at x = −b/w = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = 0: z = b for every x, a flat line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;w&lt;/b&gt; = {0} &amp;nbsp; &lt;b&gt;b&lt;/b&gt; = {1} &amp;nbsp; threshold &lt;b&gt;θ = −b&lt;/b&gt; = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (σ has no derivative there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;w: 权重改变 S 形的陡度 (the steepness); b: 平移曲线 (shifts the curve)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four points to separate: AND, OR or XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias; the threshold θ = −b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate η of the perceptron rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptron step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the neuron the next sample and apply w ← w + η(y − a)x, b ← b + η(y − a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the samples until the rule settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the starting weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-P neuron: a = H(w₁x₁ + w₂x₂ + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {0}, sample x = {1}: z = {2}, a = H(z) = {3}, y = {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong: η(y − a) = {0}, so w ← w + {0}·x = ({1}, {2}), b ← b + {0} = {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z = w₁x₁ + w₂x₂ + b&lt;br&gt;θ = −b = {0}&lt;br&gt;&lt;br&gt;&lt;span style=&quot;color:#f08c00&quot;&gt;◯&lt;/span&gt; wrong side&lt;br&gt;◌ the next sample&lt;br&gt;&lt;span style=&quot;color:#d0342c&quot;&gt;■&lt;/span&gt; a = 1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after {0} epoch(s): every point is on its side of the line. {1} is linearly separable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linearly separable: after {0} epochs the weights are back where an earlier epoch began, so the rule goes round for ever. No line puts {1}&apos;s 1s on one side and its 0s on the other: it needs a hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linearly separable, as far as {0} epochs show: the rule has not settled. {1} needs a hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of 4 points on the wrong side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {0}, sample {1} of 4 next; {2} of 4 points on the wrong side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActivationHeatmaps</source>
        <comment>sample</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActivationHeatmaps</source>
        <comment>neuron of layer {l}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom back out to the whole plot, and follow it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |δˡ|</source>
        <extracomment>characters a line of the reading holds (pyqtgraph&apos;s labels do not wrap by themselves)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂C/∂Wˡ‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one layer: nothing to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeightHeatmaps</source>
        <comment>neuron i of layer {l}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeightHeatmaps</source>
        <comment>neuron j of layer {l}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: a⁰ = x</source>
        <extracomment>the largest mini-batch the stepper walks through (its sums stay readable) the sizes of the stage&apos;s formula and of its lines worked out, in points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward, layer {l}: z{s} and a{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output error δ{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward, layer {l}: δ{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient, layer {l}: ∂C/∂W{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update, layer {l}: W{s} ← W{s} − η ∂C/∂W{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample x whose forward and backward pass is shown</source>
        <extracomment>the canvas should show this overlay (None: none) the stepper&apos;s dock is raised: it computes, and the canvas shows its stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m: walk through a mini-batch of m samples from x on; the gradient is then their mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage before (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next stage (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which weight wᵢⱼ of the neuron the gradient and update stages work out: from neuron j of the layer before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from neuron j =</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationCell</name>
    <message>
        <source>σ′ = 0 wherever it exists: no gradient to descend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropStepper</name>
    <message>
        <source>Training runs: the stepper shows the weights of the moment training pauses or ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} of {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron {i} of layer {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the batch&apos;s first sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost on these samples goes from {a} to {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check ∂C/∂{w}&lt;/b&gt;: backpropagation {a}; central difference (C({w} + ε) − C({w} − ε)) / 2ε with ε = {e:g}: {n}; relative difference {r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>true class</source>
        <extracomment>the labels shown now, and every cell&apos;s label (made once per number of classes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confusion matrix is for classification data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} data: {c} of {n} right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <source>test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the validation (test) points, drawn hollow: the network is not trained on them, so they show how it does on data it has not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision boundary is drawn for data with 2 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescentSurface</name>
    <message>
        <source>C(w, b): click to choose θ⁰</source>
        <extracomment>each path&apos;s colour, strong on the pale surface the surface&apos;s colours, low cost to high: pale, so the paths stand out each model&apos;s η to start with: a smooth walk to the minimum in a few dozen steps the slider covers 10⁻³ … 10² in steps of a twentieth of a decade</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = w x + b, mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = σ(w x + b), cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = σ(w x + b), mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate η: the step is η times the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η on a log scale, 0.001 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths from θ⁰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch (all samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic (1 sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum (μ = 0.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch (m = {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mini-batch size m: samples per update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One update of every path: θᵗ⁺¹ = θᵗ − η∇C(θᵗ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step again and again until Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to θ⁰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data, and a(x) at batch θᵗ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>θ = (w, b), a = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} samples (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged: {0}. η = {1} is too large for it; each step overshoots the minimum by more than the last, so the path leaves the plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the plot to choose θ⁰. Batch descent follows the true gradient and walks smoothly downhill; stochastic descent uses one sample per step and zigzags; mini-batch is in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Enter sets the value; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value of {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>cost C</source>
        <extracomment>the earlier runs&apos; faded (training, validation) curves, made as they are needed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the faded curves of the runs before the current one (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subset accuracy (every label right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {e}: C = {c:.5g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, validation {v:.5g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MPNeuron</name>
    <message>
        <source>Press &lt;b&gt;Perceptron step&lt;/b&gt; to show the neuron one sample: w ← w + η(y − a)x, b ← b + η(y − a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>Network canvas</source>
        <extracomment>Fitting may enlarge a small net this much, so a class at the back of the room can read it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys select a neuron, Enter edits its bias, Delete removes it, + adds one, the menu key opens its menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or press an arrow key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimizerRace</name>
    <message>
        <source>SGD</source>
        <extracomment>one colour per entry, in the order of the table the line of each mode: batch smooth and solid, stochastic dashed, mini-batch dotted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run trains at most this many epochs (the project&apos;s epochs, capped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected run&apos;s weights the project&apos;s (one edit: Edit ▸ Undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss C (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer race: the same network, the same initial weights, the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run and Adopt Weights to make its weights the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the {0} Run&apos;s Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry&apos;s learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesPlot</name>
    <message>
        <source>epoch</source>
        <extracomment>earlier runs: the same colours, faded the earlier runs drawn, the latest first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <source>First-layer weights are drawn as pictures
for image data (digits, an image folder, MNIST).
For these data, see the tab Weights Wˡ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W¹ rows as {h}×{w} images: {n} of {N} neurons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>step H (阶跃函数)</source>
        <extracomment>the neuron&apos;s input x, on this grid the plane around the gate&apos;s four points what the y axis shows for bounded and unbounded activations</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
