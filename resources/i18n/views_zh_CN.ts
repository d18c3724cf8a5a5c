<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationCell</name>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>a, σ′(z)</source>
        <translation>a, σ′(z)</translation>
    </message>
    <message>
        <source>range {0}</source>
        <translation>值域 {0}</translation>
    </message>
    <message>
        <source>no σ′ at {0}</source>
        <translation>在 {0} 处 σ′ 不存在</translation>
    </message>
    <message>
        <source>saturates for |z| &gt; {0}</source>
        <translation>|z| &gt; {0} 时饱和</translation>
    </message>
    <message>
        <source>dead for z &lt; 0</source>
        <translation>z &lt; 0 时死亡</translation>
    </message>
    <message>
        <source>σ′ = 0 wherever it exists: no gradient to descend</source>
        <translation>σ′ 在有定义处处处为 0：没有可供下降的梯度</translation>
    </message>
    <message>
        <source>σ′ ≤ 0.25 (at z = 0), tiny for large |z|: gradients vanish</source>
        <translation>σ′ ≤ 0.25（在 z = 0 处），|z| 大时极小：梯度消失</translation>
    </message>
    <message>
        <source>σ′ ≤ 1 (at z = 0), tiny for large |z|</source>
        <translation>σ′ ≤ 1（在 z = 0 处），|z| 大时极小</translation>
    </message>
    <message>
        <source>σ′ = 1 for z &gt; 0, 0 for z &lt; 0: a dead neuron learns nothing</source>
        <translation>z &gt; 0 时 σ′ = 1，z &lt; 0 时为 0：死亡的神经元学不到任何东西</translation>
    </message>
    <message>
        <source>σ′ = 1 for z &gt; 0, 0.01 for z &lt; 0: never quite 0</source>
        <translation>z &gt; 0 时 σ′ = 1，z &lt; 0 时为 0.01：永不完全为 0</translation>
    </message>
    <message>
        <source>σ′ = 1 everywhere, but layers of it collapse into one</source>
        <translation>σ′ 处处为 1，但多个线性层会合并成一层</translation>
    </message>
</context>
<context>
    <name>ActivationGallery</name>
    <message>
        <source>&lt;span style=&quot;color:%s&quot;&gt;━━&lt;/span&gt; σ(z) &amp;nbsp; &lt;span style=&quot;color:%s&quot;&gt;╍╍&lt;/span&gt; σ′(z) &amp;nbsp; &lt;span style=&quot;background:#dcdcdc&quot;&gt;&amp;nbsp;grey&amp;nbsp;&lt;/span&gt;: saturated, σ′ &amp;lt; %s &amp;nbsp; &lt;span style=&quot;background:#f6d5d5&quot;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt;: dead, σ′ = 0 &amp;nbsp; ○: no derivative</source>
        <extracomment>the smallest a plot and the explanation column get: three plots and the column fit in an explorer of about 800 px, so narrower windows do not cut the third column (tanh)</extracomment>
        <translation>&lt;span style=&quot;color:%s&quot;&gt;━━&lt;/span&gt; σ(z) &amp;nbsp; &lt;span style=&quot;color:%s&quot;&gt;╍╍&lt;/span&gt; σ′(z) &amp;nbsp; &lt;span style=&quot;background:#dcdcdc&quot;&gt;&amp;nbsp;灰色&amp;nbsp;&lt;/span&gt;：饱和，σ′ &amp;lt; %s &amp;nbsp; &lt;span style=&quot;background:#f6d5d5&quot;&gt;&amp;nbsp;红色&amp;nbsp;&lt;/span&gt;：死亡，σ′ = 0 &amp;nbsp; ○：不可导</translation>
    </message>
    <message>
        <source>Activation functions σ(z) and their derivatives σ′(z)</source>
        <translation>激活函数 σ(z) 及其导数 σ′(z)</translation>
    </message>
</context>
<context>
    <name>ActivationHeatmaps</name>
    <message>
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>neuron of layer {l}</source>
        <translation>第 {l} 层的神经元</translation>
    </message>
    <message>
        <source>neuron</source>
        <translation>神经元</translation>
    </message>
</context>
<context>
    <name>BackpropStepper</name>
    <message>
        <source>Input: a⁰ = x</source>
        <extracomment>the narrowest the list of stages gets (it widens to its longest title) pixels a list row takes besides its title&apos;s text (the item&apos;s margins and the scroll bar) the largest mini-batch the stepper walks through (its sums stay readable) the sizes of the stage&apos;s formula and of its lines worked out, in points a formula wider than the panel is drawn smaller to fit, down to this share of its size (then the panel scrolls): a forward sum&apos;s result was cut off at the panel&apos;s edge pixels the worked-out box and the page keep around a formula how long a resize settles before the formulas are fitted again, in ms</extracomment>
        <translation>输入：a⁰ = x</translation>
    </message>
    <message>
        <source>Forward, layer {l}: z{s} and a{s}</source>
        <translation>前向传播，第 {l} 层：z{s} 和 a{s}</translation>
    </message>
    <message>
        <source>Output error δ{s}</source>
        <translation>输出层误差 δ{s}</translation>
    </message>
    <message>
        <source>Backward, layer {l}: δ{s}</source>
        <translation>反向传播，第 {l} 层：δ{s}</translation>
    </message>
    <message>
        <source>Gradient, layer {l}: ∂C/∂W{s}</source>
        <translation>梯度，第 {l} 层：∂C/∂W{s}</translation>
    </message>
    <message>
        <source>Update, layer {l}: W{s} ← W{s} − η ∂C/∂W{s}</source>
        <translation>更新，第 {l} 层：W{s} ← W{s} − η ∂C/∂W{s}</translation>
    </message>
    <message>
        <source>The sample x whose forward and backward pass is shown</source>
        <extracomment>the canvas should show this overlay (None: none) the stepper&apos;s dock is raised: it computes, and the canvas shows its stage the derived numbers the stages were taken from (``refresh``)</extracomment>
        <translation>展示其前向传播与反向传播的样本 x</translation>
    </message>
    <message>
        <source>m: walk through a mini-batch of m samples from x on; the gradient is then their mean</source>
        <translation>m：从 x 起逐步演示 m 个样本的小批量；梯度取它们的平均</translation>
    </message>
    <message>
        <source>The stage before (←)</source>
        <translation>上一步 (←)</translation>
    </message>
    <message>
        <source>Error y − a{s}</source>
        <translation>误差 y − a{s}</translation>
    </message>
    <message>
        <source>Perceptron rule: W{s} ← W{s} + η(y − a{s})xᵀ</source>
        <translation>感知机规则：W{s} ← W{s} + η(y − a{s})xᵀ</translation>
    </message>
    <message>
        <source>The next stage (→)</source>
        <translation>下一步 (→)</translation>
    </message>
    <message>
        <source>Which weight wᵢⱼ of the neuron the gradient and update stages work out: from neuron j of the layer before</source>
        <translation>梯度与更新两步具体计算该神经元的哪个权重 wᵢⱼ：来自前一层的神经元 j</translation>
    </message>
    <message>
        <source>m =</source>
        <translation>m =</translation>
    </message>
    <message>
        <source>Sample x</source>
        <translation>样本 x</translation>
    </message>
    <message>
        <source>Weight from neuron j =</source>
        <translation>来自神经元 j 的权重，j =</translation>
    </message>
    <message>
        <source>Training runs: the stepper shows the weights of the moment training pauses or ends.</source>
        <translation>正在训练：训练暂停或结束时，分步演示将显示那一刻的权重。</translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation> / {n}</translation>
    </message>
    <message>
        <source>The perceptron rule learns from one sample at a time: m is 1</source>
        <translation>感知机规则每次从一个样本学习：m 为 1</translation>
    </message>
    <message>
        <source>{k} of {n}: {title}</source>
        <translation>第 {k} 步，共 {n} 步：{title}</translation>
    </message>
    <message>
        <source>neuron {i} of layer {l}</source>
        <translation>第 {l} 层第 {i} 个神经元</translation>
    </message>
    <message>
        <source>, the batch&apos;s first sample</source>
        <translation>，批量中的第一个样本</translation>
    </message>
    <message>
        <source>Worked out for {what}</source>
        <translation>具体计算：{what}</translation>
    </message>
    <message>
        <source>The cost on these samples goes from {a} to {b}.</source>
        <translation>这些样本上的代价函数从 {a} 变为 {b}。</translation>
    </message>
    <message>
        <source>The stepper shows this step without taking it: the network keeps its weights (Train ▸ Step Iteration takes a step)</source>
        <translation>逐步演示只展示这一步，并不执行：网络保留原来的权重（训练 ▸ 单步迭代才会执行一步）</translation>
    </message>
    <message>
        <source>The notes&apos; algorithm numbers the input layer 1 (a¹ = x, then l = 2, …, L); here it is layer 0, a⁰ = x, so layer l here is the notes&apos; layer l + 1</source>
        <translation>讲义的算法把输入层记为第 1 层（a¹ = x，再对 l = 2, …, L 计算）；这里输入层是第 0 层，a⁰ = x，所以这里的第 l 层就是讲义的第 l + 1 层</translation>
    </message>
    <message>
        <source>Sample {k} is a validation sample: training never takes its gradient, it only measures the network on it</source>
        <translation>样本 {k} 是验证样本：训练从不使用它的梯度，只用它衡量网络</translation>
    </message>
    <message>
        <source>Samples {k} are validation samples: training never takes their gradients, it only measures the network on them</source>
        <translation>样本 {k} 是验证样本：训练从不使用它们的梯度，只用它们衡量网络</translation>
    </message>
    <message>
        <source>This is the notes&apos; update, plain gradient descent; training uses {optimizer}, which steps by its own rule from the same ∂C/∂W</source>
        <translation>这是讲义中的更新，即普通的梯度下降；训练使用 {optimizer}，它由同样的 ∂C/∂W 按自己的规则更新</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check ∂C/∂{w}&lt;/b&gt;: backpropagation {a}; central difference (C({w} + ε) − C({w} − ε)) / 2ε with ε = {e:g}: {n}; relative difference {r}</source>
        <translation>&lt;b&gt;检验 ∂C/∂{w}&lt;/b&gt;：反向传播得 {a}；中心差分 (C({w} + ε) − C({w} − ε)) / 2ε（ε = {e:g}）得 {n}；相对差 {r}</translation>
    </message>
</context>
<context>
    <name>CanvasDrops</name>
    <message>
        <source>Drop the neuron on a hidden layer to move it there</source>
        <translation>把神经元放到某个隐含层上，即可移到该层</translation>
    </message>
    <message>
        <source>New hidden layer {l}</source>
        <translation>新的隐含层 {l}</translation>
    </message>
    <message>
        <source>New hidden layer {l} of {n} neurons</source>
        <translation>新的隐含层 {l}，含 {n} 个神经元</translation>
    </message>
    <message>
        <source>Drop a layer between two layers</source>
        <translation>请把层放在两层之间</translation>
    </message>
    <message>
        <source>Add a neuron to layer {l}</source>
        <translation>为第 {l} 层添加一个神经元</translation>
    </message>
    <message>
        <source>Drag to another hidden layer to move the neuron</source>
        <translation>拖到另一个隐含层即可移动该神经元</translation>
    </message>
    <message>
        <source>Reorder layer {l}</source>
        <translation>调整第 {l} 层的顺序</translation>
    </message>
    <message>
        <source>Move the neuron to layer {l}</source>
        <translation>把神经元移到第 {l} 层</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <source>mse: mean of ½‖y − aᴸ‖²</source>
        <extracomment>Output activation and cost that belong together, offered as one edit.</extracomment>
        <translation>mse：½‖y − aᴸ‖² 的均值</translation>
    </message>
    <message>
        <source>bce: binary cross-entropy</source>
        <translation>bce：二元交叉熵</translation>
    </message>
    <message>
        <source>cce: categorical cross-entropy</source>
        <translation>cce：多分类交叉熵</translation>
    </message>
    <message>
        <source>{a} (switches the cost to {c})</source>
        <translation>{a}（代价函数改为 {c}）</translation>
    </message>
    <message>
        <source>{why} Choosing it switches the cost to {c} as well.</source>
        <translation>{why} 选择它会同时把代价函数改为 {c}。</translation>
    </message>
    <message>
        <source>{a} with {c}</source>
        <translation>{a} 配 {c}</translation>
    </message>
    <message>
        <source>Output layer {l}: activation σ</source>
        <translation>输出层 {l}：激活函数 σ</translation>
    </message>
    <message>
        <source>Hidden layer {l}: activation σ</source>
        <translation>隐含层 {l}：激活函数 σ</translation>
    </message>
    <message>
        <source>Output and cost together</source>
        <translation>输出与代价函数一起更改</translation>
    </message>
    <message>
        <source>Cost C</source>
        <translation>代价函数 C</translation>
    </message>
    <message>
        <source>Layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>添加一个神经元</translation>
    </message>
    <message>
        <source>Remove the last neuron</source>
        <translation>移除最后一个神经元</translation>
    </message>
    <message>
        <source>Insert a hidden layer before</source>
        <translation>在前面插入一个隐含层</translation>
    </message>
    <message>
        <source>Insert a hidden layer after</source>
        <translation>在后面插入一个隐含层</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>移除这一层</translation>
    </message>
    <message>
        <source>Input x{j}</source>
        <translation>输入 x{j}</translation>
    </message>
    <message>
        <source>Neuron {i} of layer {l}</source>
        <translation>第 {l} 层第 {i} 个神经元</translation>
    </message>
    <message>
        <source>Edit bias {b}… (θ = −b)</source>
        <translation>编辑偏置 {b}…（θ = −b）</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>移除神经元</translation>
    </message>
    <message>
        <source>Move to hidden layer</source>
        <translation>移到隐含层</translation>
    </message>
    <message>
        <source>Add a neuron after this one</source>
        <translation>在其后添加一个神经元</translation>
    </message>
    <message>
        <source>Edit weight {w}…</source>
        <translation>编辑权重 {w}…</translation>
    </message>
    <message>
        <source>Set to 0 (no influence)</source>
        <translation>设为 0（不起作用）</translation>
    </message>
    <message>
        <source>Flip its sign</source>
        <translation>改变符号</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>在输出层前添加一个隐含层</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>true class</source>
        <extracomment>from this many classes on, the off-diagonal cells of no sample are left blank pixels a count or a class name keeps clear of its neighbours the labels shown now, and every cell&apos;s label (made once per number of classes)</extracomment>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>A confusion matrix is for classification data</source>
        <translation>混淆矩阵只用于分类数据</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>{which} data: {c} of {n} right</source>
        <translation>{which}数据：{n} 个中对了 {c} 个</translation>
    </message>
    <message>
        <source>{title} (point at a cell for its count)</source>
        <translation>{title}（鼠标指向格子可看其数目）</translation>
    </message>
    <message>
        <source>true class {true}, predicted {predicted}: {count} of its {row} samples</source>
        <translation>真实类别 {true}，预测为 {predicted}：该类 {row} 个样本中的 {count} 个</translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <source>test data</source>
        <extracomment>how long the view must rest after a zoom, a pan or a resize before its background follows pixels right of the plot for half a tick label (&quot;1.5&quot;) at the plane&apos;s right edge the background&apos;s bytes, made by the training worker while it trains</extracomment>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>Show the validation (test) points, drawn hollow: the network is not trained on them, so they show how it does on data it has not seen</source>
        <translation>显示验证（测试）点，画成空心：网络没有用它们训练，所以它们显示网络在没见过的数据上表现如何</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for data with 2 inputs.</source>
        <extracomment>the plane this view set to what it shows (None: it set none)</extracomment>
        <translation>决策边界只对有 2 个输入的数据绘制。</translation>
    </message>
</context>
<context>
    <name>DescentSurface</name>
    <message>
        <source>C(w, b): click to choose θ⁰</source>
        <extracomment>each path&apos;s colour, strong on the pale surface the surface&apos;s colours, low cost to high: pale, so the paths stand out each model&apos;s η to start with: a smooth walk to the minimum in a few dozen steps the slider covers 10⁻³ … 10² in steps of a twentieth of a decade</extracomment>
        <translation>C(w, b)：单击选择 θ⁰</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>a = w x + b, mean squared error</source>
        <translation>a = w x + b，均方误差</translation>
    </message>
    <message>
        <source>a = σ(w x + b), cross-entropy</source>
        <translation>a = σ(w x + b)，交叉熵</translation>
    </message>
    <message>
        <source>a = σ(w x + b), mean squared error</source>
        <translation>a = σ(w x + b)，均方误差</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>The learning rate η: the step is η times the gradient</source>
        <translation>学习率 η：每步走梯度的 η 倍</translation>
    </message>
    <message>
        <source>η on a log scale, 0.001 to 100</source>
        <translation>对数刻度上的 η，0.001 到 100</translation>
    </message>
    <message>
        <source>η:</source>
        <translation>η：</translation>
    </message>
    <message>
        <source>Paths from θ⁰</source>
        <translation>从 θ⁰ 出发的路径</translation>
    </message>
    <message>
        <source>Batch (all samples)</source>
        <translation>批量（全部样本）</translation>
    </message>
    <message>
        <source>Stochastic (1 sample)</source>
        <translation>随机（1 个样本）</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>Momentum (μ = 0.9)</source>
        <translation>动量（μ = 0.9）</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Mini-batch (m = {0})</source>
        <translation>小批量（m = {0}）</translation>
    </message>
    <message>
        <source>The mini-batch size m: samples per update</source>
        <translation>小批量大小 m：每次更新所用的样本数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One update of every path: θᵗ⁺¹ = θᵗ − η∇C(θᵗ)</source>
        <translation>每条路径更新一次：θᵗ⁺¹ = θᵗ − η∇C(θᵗ)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Step again and again until Pause</source>
        <translation>一步接一步，直到按下“暂停”</translation>
    </message>
    <message>
        <source>Back to θ⁰</source>
        <translation>回到 θ⁰</translation>
    </message>
    <message>
        <source>The data, and a(x) at batch θᵗ</source>
        <translation>数据与批量 θᵗ 的 a(x)</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>θ = (w, b), a = {0}</source>
        <translation>θ = (w, b)，a = {0}</translation>
    </message>
    <message>
        <source>{0} samples (seeded)</source>
        <translation>{0} 个样本（由随机种子生成）</translation>
    </message>
    <message>
        <source>Diverged: {0}. η = {1} is too large for it; each step overshoots the minimum by more than the last, so the path leaves the plot.</source>
        <translation>发散：{0}。η = {1} 对它太大；每一步越过最小值都比上一步更远，路径于是离开了图。</translation>
    </message>
    <message>
        <source>Diverged: {0}. η = {1} is too large for them; each step overshoots the minimum by more than the last, so the paths leave the plot.</source>
        <translation>发散：{0}。η = {1} 对它们太大；每一步越过最小值都比上一步更远，路径于是离开了图。</translation>
    </message>
    <message>
        <source>Click the plot to choose θ⁰. Batch descent follows the true gradient and walks smoothly downhill; stochastic descent uses one sample per step and zigzags; mini-batch is in between.</source>
        <translation>单击图选择 θ⁰。批量梯度下降沿真实梯度平稳下山；随机梯度下降每步只用一个样本，走成锯齿形；小批量介于两者之间。</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Select a neuron first: click it, or press an arrow key on the canvas.</source>
        <translation>请先选中一个神经元：单击它，或在画布上按方向键。</translation>
    </message>
    <message>
        <source>Select a neuron of the hidden layer to remove first.</source>
        <translation>请先选中要移除的隐含层中的一个神经元。</translation>
    </message>
    <message>
        <source>&amp;Delete Neuron</source>
        <translation>删除神经元(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected neuron and its connections</source>
        <translation>移除选中的神经元及其连接</translation>
    </message>
    <message>
        <source>Add &amp;Neuron</source>
        <translation>添加神经元(&amp;N)</translation>
    </message>
    <message>
        <source>Add a neuron after the selected one (or to the last hidden layer)</source>
        <translation>在选中的神经元之后添加一个神经元（或添加到最后一个隐含层）</translation>
    </message>
    <message>
        <source>Add Hidden &amp;Layer</source>
        <translation>添加隐含层(&amp;L)</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected neuron&apos;s layer (or before the output)</source>
        <translation>在选中神经元所在层之后添加一个隐含层（或在输出层之前）</translation>
    </message>
    <message>
        <source>&amp;Remove Hidden Layer</source>
        <translation>移除隐含层(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected neuron&apos;s hidden layer</source>
        <translation>移除选中神经元所在的隐含层</translation>
    </message>
    <message>
        <source>Move Neuron to &amp;Previous Layer</source>
        <translation>把神经元移到前一层(&amp;P)</translation>
    </message>
    <message>
        <source>Move the selected neuron into the hidden layer before it</source>
        <translation>把选中的神经元移到它前面的隐含层</translation>
    </message>
    <message>
        <source>Move Neuron to Ne&amp;xt Layer</source>
        <translation>把神经元移到后一层(&amp;X)</translation>
    </message>
    <message>
        <source>Move the selected neuron into the hidden layer after it</source>
        <translation>把选中的神经元移到它后面的隐含层</translation>
    </message>
    <message>
        <source>Edit &amp;Bias…</source>
        <translation>编辑偏置(&amp;B)…</translation>
    </message>
    <message>
        <source>Type a new bias b (threshold θ = −b) for the selected neuron</source>
        <translation>为选中的神经元输入新的偏置 b（阈值 θ = −b）</translation>
    </message>
    <message>
        <source>&amp;Cost C</source>
        <translation>代价函数 C(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>把数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Zoom back out to the whole plot, and follow it again</source>
        <translation>缩放回整幅图，并重新跟随它</translation>
    </message>
</context>
<context>
    <name>HistoryScrubber</name>
    <message>
        <source>Drag to see the network as it was at an earlier epoch</source>
        <extracomment>the hint is measured for its room once the strip is at least this wide (before it is placed, a hidden dock&apos;s sliver would make it absurdly tall)</extracomment>
        <translation>拖动以查看网络在较早某一期时的样子</translation>
    </message>
    <message>
        <source>Return to Now</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <source>Show the current weights again</source>
        <translation>重新显示当前的权重</translation>
    </message>
    <message>
        <source>Restore These Weights</source>
        <translation>恢复这些权重</translation>
    </message>
    <message>
        <source>Make the weights shown the network&apos;s (undoable)</source>
        <translation>把显示的权重设为网络的权重（可撤销）</translation>
    </message>
    <message>
        <source>The network as it was, epoch by epoch</source>
        <translation>网络在各期的样子</translation>
    </message>
    <message>
        <source>Now: epoch %1</source>
        <translation>现在：第 %1 期</translation>
    </message>
    <message>
        <source>Showing epoch %1 of %2</source>
        <translation>显示第 %1 期（共 %2 期）</translation>
    </message>
    <message>
        <source>Training: the scrubber waits until the run ends.</source>
        <translation>正在训练：训练历史回放等这次训练结束后才可用。</translation>
    </message>
    <message>
        <source>Train the network to record its weights epoch by epoch.</source>
        <translation>训练网络，即可逐期记录它的权重。</translation>
    </message>
    <message>
        <source>%1 epochs of this run have their weights kept (every early one, then fewer); the slider shows the nearest at or before it. Looking back changes nothing: editing, undoing or training returns to now.</source>
        <translation>这次训练保留了 %1 期的权重（早期每期都保留，之后越来越少）；滑块显示所指位置或其前最近的一期。回看不会改变任何东西：编辑、撤销或训练都会回到现在。</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Enter sets the value; Esc cancels</source>
        <translation>Enter 确定数值；Esc 取消</translation>
    </message>
    <message>
        <source>New value of {what}</source>
        <translation>{what} 的新值</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number: type one such as 0.5, −1.2 or 1e-3</source>
        <translation>“{text}”不是有限的数：请输入 0.5、−1.2 或 1e-3 这样的数</translation>
    </message>
</context>
<context>
    <name>LayerDiagnostics</name>
    <message>
        <source>mean |δˡ|</source>
        <extracomment>the reading goes beside the plots when the view is this many times wider than tall the share of the width the reading takes beside the plots pixels the layout keeps around its items and the label around its text the height the plots keep when the reading is below them how far along the colour map the first layer&apos;s colour is (further is too pale on white)</extracomment>
        <translation>|δˡ| 的均值</translation>
    </message>
    <message>
        <source>‖∂C/∂Wˡ‖</source>
        <translation>‖∂C/∂Wˡ‖</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>期</translation>
    </message>
    <message>
        <source>(one layer: nothing to compare)</source>
        <translation>（只有一层：没有可比较的）</translation>
    </message>
    <message>
        <source>(… {n} more: hover here)</source>
        <translation>（……还有 {n} 条：鼠标悬停查看）</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <source>layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
</context>
<context>
    <name>LinearCollapsePanel</name>
    <message>
        <source>New numbers</source>
        <translation>换一组数</translation>
    </message>
    <message>
        <source>Draw other small weights and biases</source>
        <translation>重新抽取一组小的权重和偏置</translation>
    </message>
    <message>
        <source>Why a non-linearity?</source>
        <translation>为什么要非线性？</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>two layers</source>
        <translation>两层</translation>
    </message>
    <message>
        <source>one layer</source>
        <translation>一层</translation>
    </message>
    <message>
        <source>tanh between</source>
        <translation>中间用 tanh</translation>
    </message>
    <message>
        <source>Two layers with the linear σ(z) = z:</source>
        <translation>两层都用线性的 σ(z) = z：</translation>
    </message>
    <message>
        <source>are one linear layer &lt;b&gt;a = Wx + b&lt;/b&gt; with</source>
        <translation>等于一个线性层 &lt;b&gt;a = Wx + b&lt;/b&gt;，其中</translation>
    </message>
    <message>
        <source>Both networks run on the same inputs:</source>
        <translation>两个网络用同样的输入运行：</translation>
    </message>
    <message>
        <source>Largest difference between the two: {0}. However many linear layers are stacked, they compute one Wx + b: depth adds nothing without a non-linear σ. With tanh between the layers (last column) no single W, b gives those outputs.</source>
        <translation>两者的最大差别：{0}。无论叠多少个线性层，它们算的都是一个 Wx + b：没有非线性的 σ，加深网络毫无用处。层间用 tanh 时（最后一列），没有哪一组 W、b 能给出这些输出。</translation>
    </message>
</context>
<context>
    <name>LiveNumbers</name>
    <message>
        <source>sample {n}</source>
        <extracomment>what can be written, and how each is named on a neuron</extracomment>
        <translation>样本 {n}</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>cost C</source>
        <translation>代价函数 C</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>acc.</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>log scale</source>
        <extracomment>the accuracy (or R²) at the same weights, beside it: the cost plot had an epoch 0 and the accuracy plot none (tester)</extracomment>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Training C at epoch k: the mean of Cₓ over the epoch&apos;s samples, each at the weights of its batch before that batch&apos;s update (in batch mode, the cost at the epoch&apos;s start: epoch 1&apos;s is epoch 0&apos;s). Validation C: at the weights after the epoch.</source>
        <translation>第 k 期的训练 C：这一期各样本 Cₓ 的平均值，每个样本都按其批次更新之前的权重计算（批量模式下即这一期开始时的代价：第 1 期的等于第 0 期的）。验证 C：按这一期结束后的权重计算。</translation>
    </message>
    <message>
        <source>Export Plot…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Loss plot as PNG…</source>
        <translation>代价曲线图导出为 PNG…</translation>
    </message>
    <message>
        <source>Loss plot as SVG…</source>
        <translation>代价曲线图导出为 SVG…</translation>
    </message>
    <message>
        <source>Loss history as CSV…</source>
        <translation>代价历史导出为 CSV…</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>清除之前的训练</translation>
    </message>
    <message>
        <source>Forget the faded curves of the runs before the current one (undoable)</source>
        <translation>去掉当前这次训练之前各次训练的淡色曲线（可撤销）</translation>
    </message>
    <message>
        <source>subset accuracy (every label right)</source>
        <translation>子集准确率（每个标签都对）</translation>
    </message>
    <message>
        <source>subset acc.</source>
        <translation>子集准确率</translation>
    </message>
    <message>
        <source>R² below −1: worse than predicting the mean</source>
        <translation>R² 低于 −1：比直接预测均值还差</translation>
    </message>
    <message>
        <source>epoch 0 (the initial weights): C = {c:.5g}</source>
        <translation>第 0 期（初始权重）：C = {c:.5g}</translation>
    </message>
    <message>
        <source>epoch {e}: C = {c:.5g}</source>
        <translation>第 {e} 期：C = {c:.5g}</translation>
    </message>
    <message>
        <source>, validation {v:.5g}</source>
        <translation>，验证 {v:.5g}</translation>
    </message>
</context>
<context>
    <name>MPNeuron</name>
    <message>
        <source>The four points to separate: AND, OR or XOR</source>
        <translation>要分开的四个点：AND、OR 或 XOR</translation>
    </message>
    <message>
        <source>The weight of x₁</source>
        <translation>x₁ 的权重</translation>
    </message>
    <message>
        <source>The weight of x₂</source>
        <translation>x₂ 的权重</translation>
    </message>
    <message>
        <source>The bias; the threshold θ = −b</source>
        <translation>偏置；阈值 θ = −b</translation>
    </message>
    <message>
        <source>The learning rate η of the perceptron rule</source>
        <translation>感知机学习规则的学习率 η</translation>
    </message>
    <message>
        <source>Perceptron step</source>
        <translation>感知机单步</translation>
    </message>
    <message>
        <source>Show the neuron the next sample and apply w ← w + η(y − a)x, b ← b + η(y − a)</source>
        <translation>给神经元看下一个样本，并执行 w ← w + η(y − a)x，b ← b + η(y − a)</translation>
    </message>
    <message>
        <source>Step through the samples until the rule settles</source>
        <translation>逐个样本地走，直到规则不再变化</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the starting weights</source>
        <translation>回到初始权重</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>a = 1</source>
        <translation>a = 1</translation>
    </message>
    <message>
        <source>M-P neuron: a = H(w₁x₁ + w₂x₂ + b)</source>
        <extracomment>the status&apos;s longest text, measured at the panel&apos;s width as it changes (``resizeEvent``): two lines held &quot;… goes round for ever. No line&quot; and no more the same for the update&apos;s two sentences (in Chinese they took four lines, and the second was cut through the middle)</extracomment>
        <translation>M-P 神经元：a = H(w₁x₁ + w₂x₂ + b)</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#f08c00&quot;&gt;◯&lt;/span&gt; wrong side &amp;nbsp; ◌ the next sample &amp;nbsp; &lt;span style=&quot;color:#d0342c&quot;&gt;■&lt;/span&gt; a = 1 side</source>
        <translation>&lt;span style=&quot;color:#f08c00&quot;&gt;◯&lt;/span&gt; 在错误的一侧 &amp;nbsp; ◌ 下一个样本 &amp;nbsp; &lt;span style=&quot;color:#d0342c&quot;&gt;■&lt;/span&gt; a = 1 的一侧</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Perceptron step&lt;/b&gt; to show the neuron one sample: w ← w + η(y − a)x, b ← b + η(y − a).</source>
        <translation>按 &lt;b&gt;感知机单步&lt;/b&gt; 给神经元看一个样本：w ← w + η(y − a)x，b ← b + η(y − a)。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Epoch {0}, sample x = {1}: z = {2}, a = H(z) = {3}, y = {4}.</source>
        <translation>第 {0} 期，样本 x = {1}：z = {2}，a = H(z) = {3}，y = {4}。</translation>
    </message>
    <message>
        <source>Right: nothing changes.</source>
        <translation>正确：什么都不变。</translation>
    </message>
    <message>
        <source>Wrong: η(y − a) = {0}, so w ← w + {0}·x = ({1}, {2}), b ← b + {0} = {3}.</source>
        <translation>错误：η(y − a) = {0}，所以 w ← w + {0}·x = ({1}, {2})，b ← b + {0} = {3}。</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>threshold θ = −b = {0}</source>
        <translation>阈值 θ = −b = {0}</translation>
    </message>
    <message>
        <source>Not linearly separable: after {0} epochs the weights are back where an earlier epoch began, so the rule goes round for ever. No line puts {1}&apos;s 1s on one side and its 0s on the other: it needs a hidden layer.</source>
        <translation>线性不可分：{0} 期后权重回到了之前某一期开始时的值，规则会永远循环下去。没有哪条直线能把 {1} 的 1 和 0 分在两侧：它需要一个隐含层。</translation>
    </message>
    <message>
        <source>Converged after 1 epoch: every point is on its side of the line. {0} is linearly separable.</source>
        <translation>1 期后收敛：每个点都在直线正确的一侧。{0} 是线性可分的。</translation>
    </message>
    <message>
        <source>Converged after {0} epochs: every point is on its side of the line. {1} is linearly separable.</source>
        <translation>{0} 期后收敛：每个点都在直线正确的一侧。{1} 是线性可分的。</translation>
    </message>
    <message>
        <source>Not linearly separable, as far as {0} epochs show: the rule has not settled. {1} needs a hidden layer.</source>
        <translation>就 {0} 期所见，线性不可分：规则没有稳定下来。{1} 需要一个隐含层。</translation>
    </message>
    <message>
        <source>{0} of 4 points on the wrong side.</source>
        <translation>4 个点中有 {0} 个在错误的一侧。</translation>
    </message>
    <message>
        <source>Epoch {0}, sample {1} of 4 next; {2} of 4 points on the wrong side.</source>
        <translation>第 {0} 期，下一个是第 {1} 个样本（共 4 个）；4 个点中有 {2} 个在错误的一侧。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>Network canvas</source>
        <extracomment>Fitting may enlarge a small net this much, so a class at the back of the room can read it. numbers on the neurons that change the drawing&apos;s extent by less than this share of its fitted scale leave it where it is (see ``_scene_grew_or_shrank``) the share of the view a fitted net leaves free at its tightest side, so that a number on a neuron a little wider (the stepper&apos;s next stage) still fits where it is drawn</extracomment>
        <translation>网络画布</translation>
    </message>
    <message>
        <source>Arrow keys select a neuron, Enter edits its bias, Delete removes it, + adds one, the menu key opens its menu</source>
        <translation>方向键选择神经元，Enter 编辑它的偏置，Delete 移除它，+ 添加一个，菜单键打开它的菜单</translation>
    </message>
    <message>
        <source>Select a neuron first: click it, or press an arrow key.</source>
        <extracomment>the scene&apos;s part on screen after the last fit (None: none yet), which numbers on the neurons that still fit in it leave as it is</extracomment>
        <translation>请先选中一个神经元：单击它，或按方向键。</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Single-layer perceptron</source>
        <extracomment>names longer than this are cut short beside the neurons (the whole name is the tooltip) the least room between two layers&apos; cards, in scene units</extracomment>
        <translation>单层感知机</translation>
    </message>
    <message>
        <source>Shallow network (1 hidden layer)</source>
        <translation>浅层神经网络（1 个隐含层）</translation>
    </message>
    <message>
        <source>Deep network ({n} hidden layers)</source>
        <translation>深层神经网络（{n} 个隐含层）</translation>
    </message>
    <message>
        <source>{kind} · {sizes} · L = {L} layer · {p} parameters</source>
        <translation>{kind} · {sizes} · L = {L} 层 · {p} 个参数</translation>
    </message>
    <message>
        <source>{kind} · {sizes} · L = {L} layers · {p} parameters</source>
        <translation>{kind} · {sizes} · L = {L} 层 · {p} 个参数</translation>
    </message>
    <message>
        <source>Cost C: {c} ▾</source>
        <extracomment>how far under the last input neuron&apos;s edge the no-hidden-layer hint starts: below the stepper&apos;s layer band and the − + buttons&apos; row the folded layers&apos; boxes and their bundles of lines, held for the scene&apos;s life the class or target name right of each output neuron (by its index), which the numbers on the neurons push further right (``overlay.OverlayLayer``)</extracomment>
        <translation>代价函数 C：{c} ▾</translation>
    </message>
    <message>
        <source>The cost the net is trained to lower; click to change</source>
        <translation>训练所要降低的代价函数；单击可更改</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>{n} neurons</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} 个特征</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message>
        <source>Input a⁰ = x</source>
        <translation>输入层 a⁰ = x</translation>
    </message>
    <message>
        <source>One input per feature of the data: its size follows the data</source>
        <translation>数据的每个特征对应一个输入：输入层的大小随数据而定</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐含层</translation>
    </message>
    <message>
        <source>Layer {l}: click to choose its activation σ</source>
        <translation>第 {l} 层：单击选择它的激活函数 σ</translation>
    </message>
    <message>
        <source>Remove the last neuron of layer {l}</source>
        <translation>移除第 {l} 层的最后一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron to layer {l}</source>
        <translation>为第 {l} 层添加一个神经元</translation>
    </message>
    <message>
        <source>P({c})</source>
        <translation>P({c})</translation>
    </message>
    <message>
        <source>1 = {c}</source>
        <translation>1 = {c}</translation>
    </message>
    <message>
        <source>No hidden layer: drop a Neuron or a Layer from the palette (View ▸ Palette) here to add one</source>
        <translation>没有隐含层：从组件面板（视图 ▸ 组件）把“神经元”或“层”拖到这里即可添加</translation>
    </message>
    <message>
        <source>{n} inputs · {h} × {w} image</source>
        <translation>{n} 个输入 · {h} × {w} 图像</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} 个输入</translation>
    </message>
    <message>
        <source>{n} neurons, drawn folded</source>
        <translation>{n} 个神经元，折叠显示</translation>
    </message>
    <message>
        <source>{W}: {rows} × {cols} weights</source>
        <translation>{W}：{rows} × {cols} 个权重</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <extracomment>the least room between the cost chip and the legend below it, in scene pixels</extracomment>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation>多分类交叉熵</translation>
    </message>
    <message>
        <source>colour: sign of wᵢⱼˡ (and of bᵢˡ on the ring) · width: its size</source>
        <translation>颜色：wᵢⱼˡ 的符号（圆环上为 bᵢˡ 的符号）· 粗细：它的大小</translation>
    </message>
    <message>
        <source>double-click a connection or neuron to type a value; drag a hidden neuron to move it, or off the canvas to remove it</source>
        <translation>双击连接或神经元可输入数值；拖动隐含层神经元可移动它，拖出画布即可移除</translation>
    </message>
    <message>
        <source>inside a neuron: its output aᵢˡ over the plane of x₁ and x₂ (View ▸ Neuron Output Maps)</source>
        <translation>神经元内部：它的输出 aᵢˡ 在 x₁、x₂ 平面上的分布（视图 ▸ 神经元输出图）</translation>
    </message>
    <message>
        <source>layer {l}&apos;s connections now: the updated weights w{ij}{sup_l} ← w{ij}{sup_l} − η ∂C/∂w{ij}{sup_l}, up to {scale}</source>
        <extracomment>what a layer drawn by another matrix (the stepper&apos;s gradient and update stages) shows, &quot;&quot; when every connection shows its weight the bar and its numbers below it (92 keeps the normal window&apos;s room for the lines)</extracomment>
        <translation>第 {l} 层的连接现在显示：更新后的权重 w{ij}{sup_l} ← w{ij}{sup_l} − η ∂C/∂w{ij}{sup_l}，最大 {scale}</translation>
    </message>
    <message>
        <source>layer {l}&apos;s connections now: the weights after the perceptron rule w{ij}{sup_l} ← w{ij}{sup_l} + η(yᵢ − aᵢ)xⱼ, up to {scale}</source>
        <translation>第 {l} 层的连接现在显示：感知机规则更新后的权重 w{ij}{sup_l} ← w{ij}{sup_l} + η(yᵢ − aᵢ)xⱼ，最大 {scale}</translation>
    </message>
    <message>
        <source>layer {l}&apos;s connections now: sign and size of ∂C/∂w{ij}{sup_l}, up to {scale} (not the weights)</source>
        <translation>第 {l} 层的连接现在显示：∂C/∂w{ij}{sup_l} 的符号和大小，最大 {scale}（不是权重）</translation>
    </message>
    <message>
        <source>{w} = {v}
from neuron {j} of layer {lp} to neuron {i} of layer {l}
double-click to type a new weight</source>
        <extracomment>the stepper&apos;s stages whose matrix is the weights themselves (after the update): drawn on the weights&apos; scale A short message for the user (why a drop or a typed value was not taken). (button key, screen position) of the − or + just clicked, for the view numbers written on the picture (the stepper&apos;s stage, live a/z/δ) fill each neuron with its output over the input plane (data with two inputs) those maps&apos; pictures, made by the training worker while a run is live and the connections&apos; pictures, drawn by the worker too (edge_pictures) the architecture the items were built for (a view that repaints between a new architecture and its rebuild must not recolour the old items with new weights)</extracomment>
        <translation>{w} = {v}
从第 {lp} 层第 {j} 个神经元到第 {l} 层第 {i} 个神经元
双击可输入新的权重</translation>
    </message>
    <message>
        <source>input {f}: an input feature computed from the raw x₁ and x₂, then normalised</source>
        <translation>输入 {f}：由原始的 x₁ 和 x₂ 计算、再经归一化的输入特征</translation>
    </message>
    <message>
        <source>input x{j}: feature “{name}” of the data</source>
        <translation>输入 x{j}：数据的特征“{name}”</translation>
    </message>
    <message>
        <source>neuron {i} of layer {l} · σ = {act}
{b} = {v}   threshold θ = −b = {t}
double-click to type a new bias</source>
        <translation>第 {l} 层第 {i} 个神经元 · σ = {act}
{b} = {v}   阈值 θ = −b = {t}
双击可输入新的偏置</translation>
    </message>
    <message>
        <source>Inputs have no bias: x{j} is a feature of the data.</source>
        <translation>输入没有偏置：x{j} 是数据的一个特征。</translation>
    </message>
</context>
<context>
    <name>NeuronExplorer</name>
    <message>
        <source>step H</source>
        <extracomment>the neuron&apos;s input x, on this grid the plane around the gate&apos;s four points what the y axis shows for bounded and unbounded activations</extracomment>
        <translation>阶跃函数 H</translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation>sigmoid σ</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <source>linear (identity)</source>
        <translation>线性（恒等）</translation>
    </message>
</context>
<context>
    <name>OneNeuron</name>
    <message>
        <source>The neuron&apos;s activation function σ</source>
        <translation>神经元的激活函数 σ</translation>
    </message>
    <message>
        <source>The weight: changes the steepness</source>
        <translation>权重：改变曲线的陡度</translation>
    </message>
    <message>
        <source>The bias: shifts the curve</source>
        <translation>偏置：平移曲线</translation>
    </message>
    <message>
        <source>x (the neuron&apos;s input)</source>
        <translation>x（神经元的输入）</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>z = 0</source>
        <translation>z = 0</translation>
    </message>
    <message>
        <source>a = σ(wx + b)</source>
        <translation>a = σ(wx + b)</translation>
    </message>
    <message>
        <source>da/dx = w·σ′(wx + b)</source>
        <translation>da/dx = w·σ′(wx + b)</translation>
    </message>
    <message>
        <source>One neuron: a = σ(wx + b)</source>
        <translation>一个神经元：a = σ(wx + b)</translation>
    </message>
    <message>
        <source>z = wx + b = 0 at x = −b/w = {0}</source>
        <translation>在 x = −b/w = {0} 处 z = wx + b = 0</translation>
    </message>
    <message>
        <source>w = 0: z = b for every x, a flat line</source>
        <translation>w = 0：对每个 x 都有 z = b，是一条水平线</translation>
    </message>
    <message>
        <source>&lt;b&gt;w&lt;/b&gt; = {0} &amp;nbsp; &lt;b&gt;b&lt;/b&gt; = {1} &amp;nbsp; threshold &lt;b&gt;θ = −b&lt;/b&gt; = {2}</source>
        <translation>&lt;b&gt;w&lt;/b&gt; = {0} &amp;nbsp; &lt;b&gt;b&lt;/b&gt; = {1} &amp;nbsp; 阈值 &lt;b&gt;θ = −b&lt;/b&gt; = {2}</translation>
    </message>
    <message>
        <source> (σ has no derivative there)</source>
        <translation>（σ 在该处不可导）</translation>
    </message>
    <message>
        <source>&lt;i&gt;for the step only the sign of w matters (which side is 1); b moves where it steps&lt;/i&gt;</source>
        <translation>&lt;i&gt;对阶跃函数，只有 w 的符号起作用（哪一侧为 1）；b 移动阶跃的位置&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;w is the line&apos;s slope; b shifts it&lt;/i&gt;</source>
        <translation>&lt;i&gt;w 是直线的斜率；b 平移它&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;w is the slope of the rising side; b shifts the corner&lt;/i&gt;</source>
        <translation>&lt;i&gt;w 是上升一侧的斜率；b 平移拐点&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;w changes how steep the curve is; b shifts it&lt;/i&gt;</source>
        <translation>&lt;i&gt;w：权重改变 S 形的陡度；b：偏置平移曲线&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>OptimizerRace</name>
    <message>
        <source>Batch</source>
        <extracomment>one colour per entry, in the order of the table the line of each mode: batch smooth and solid, stochastic dashed, mini-batch dotted</extracomment>
        <translation>批量</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>训练方式</translation>
    </message>
    <message>
        <source>Each run trains at most this many epochs (the project&apos;s epochs, capped)</source>
        <translation>每次训练最多训练这么多期（即项目的期数，有上限）</translation>
    </message>
    <message>
        <source>Start Race</source>
        <translation>开始比赛</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Adopt Weights</source>
        <translation>采用权重</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s weights the project&apos;s (one edit: Edit ▸ Undo puts them back)</source>
        <translation>把选中那次训练的权重设为项目的权重（一次编辑：编辑 ▸ 撤销可还原）</translation>
    </message>
    <message>
        <source>from the run&apos;s first weights</source>
        <translation>从本次运行的初始权重出发</translation>
    </message>
    <message>
        <source>Race from the weights the current run started with (epoch 0), as training did; unticked, from the weights the project has now</source>
        <translation>从当前运行开始时的权重（第 0 期）出发比赛，与训练时相同；取消勾选则从项目现在的权重出发</translation>
    </message>
    <message>
        <source>Epochs at most:</source>
        <translation>最多期数：</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>期</translation>
    </message>
    <message>
        <source>training loss C (log scale)</source>
        <translation>训练代价 C（对数刻度）</translation>
    </message>
    <message>
        <source>Optimizer race: the same network, the same initial weights, the same data</source>
        <translation>优化器比赛：同一个网络，同样的初始权重，同样的数据</translation>
    </message>
    <message>
        <source>Racing…</source>
        <extracomment>the boxes were ticked by the user: a new project&apos;s settings no longer replace them</extracomment>
        <translation>比赛中…</translation>
    </message>
    <message>
        <source>Select a run and Adopt Weights to make its weights the project&apos;s.</source>
        <translation>选中一次训练，再按“采用权重”，即可把它的权重设为项目的权重。</translation>
    </message>
    <message>
        <source>Adopt the {0} Run&apos;s Weights</source>
        <translation>采用 {0} 训练的权重</translation>
    </message>
    <message>
        <source>This entry&apos;s learning rate η</source>
        <translation>这一项的学习率 η</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Validation {0}</source>
        <translation>验证{0}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>最终代价</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>cannot export a plot to {path}: choose a .png, .svg or .csv file</source>
        <translation>无法把图导出到 {path}：请选择 .png、.svg 或 .csv 文件</translation>
    </message>
    <message>
        <source>cannot export {path}: only line plots have data for a CSV file</source>
        <translation>无法导出 {path}：只有曲线图才有可写入 CSV 文件的数据</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>SeriesPlot</name>
    <message>
        <source>epoch</source>
        <extracomment>the top of the accuracy or R² axis: above 1, so the 1 tick shows over a curve at 100 % pixels of a plot&apos;s height not beside its y axis&apos;s label: the bottom axis, the margins, and the ends of the axis the label does not reach (measured: at 108 px &quot;accuracy&quot; was cut) the lowest R² the plot shows pixels a line of the note under R²&apos;s floor takes at most (it wraps, centred) earlier runs: the same colours, faded how far past the current run&apos;s last epoch the axes follow the earlier runs the earlier runs drawn, the latest first the y axis&apos;s name and its short form for a plot too short for it (set in __init__; a resize comes during it)</extracomment>
        <translation>期</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>the earlier runs&apos; faded (training, validation) curves, made as they are needed</extracomment>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <source>neuron i of layer {l}</source>
        <translation>第 {l} 层的神经元 i</translation>
    </message>
    <message>
        <source>neuron j of layer {l}</source>
        <translation>第 {l} 层的神经元 j</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <source>First-layer weights are drawn as pictures
for image data (digits, an image folder, MNIST).
For these data, see the tab Weights Wˡ.</source>
        <translation>第一层的权重只对图像数据
（手写数字、图像文件夹、MNIST）画成图片。
这些数据请看“权重 Wˡ”标签页。</translation>
    </message>
    <message>
        <source>W¹ rows as {h}×{w} images: {n} of {N} neurons</source>
        <translation>W¹ 的各行画成 {h}×{w} 的图像：{N} 个神经元中的 {n} 个</translation>
    </message>
</context>
</TS>
