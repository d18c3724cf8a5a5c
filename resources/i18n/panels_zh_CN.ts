<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuiltinForm</name>
    <message>
        <source>This set has no settings: its points are fixed.</source>
        <extracomment>in the parameters&apos; room when a set has none (the room is kept: ``_keep_room``)</extracomment>
        <translation>这个数据集没有可调的设置：它的点是固定的。</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV — {name}</source>
        <extracomment>how many rows of encoded features the second table shows how many feature columns the tick list shows before it scrolls the summary&apos;s lines kept free below the tables, so that no box above moves as it changes rows of the file&apos;s preview in view (``csv_preview.PREVIEW_ROWS`` are read) the height a window manager&apos;s title bar and frame may take above and below the dialog on a screen shorter than this, both tables show a row fewer: at 1280 × 800 the summary&apos;s last line (the classes&apos; colours) was below the fold (tester)</extracomment>
        <translation>导入 CSV — {name}</translation>
    </message>
    <message>
        <source>Inferred from its values</source>
        <translation>按其取值推断</translation>
    </message>
    <message>
        <source>Classes (classification)</source>
        <translation>类别（分类）</translation>
    </message>
    <message>
        <source>Numbers (regression)</source>
        <translation>数值（回归）</translation>
    </message>
    <message>
        <source>Inferred: a target with a value that is not a number, or of whole numbers with at most {k} distinct values, is classes; any other is numbers to predict. Choose when that guess is wrong (ratings, counts).</source>
        <translation>推断：目标中有不是数的值，或全是整数且不同取值至多 {k} 个，则为类别；否则为要预测的数值。推断错误时（评分、计数）请在此选择。</translation>
    </message>
    <message>
        <source>The columns the network takes as features. Text columns are one-hot encoded: one input per value, named column=value. Untick identifiers and free text.</source>
        <translation>网络用作特征的列。文本列采用独热编码：每个取值一个输入，名为“列=取值”。请取消勾选编号列和自由文本列。</translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation>丢弃有缺失值的行</translation>
    </message>
    <message>
        <source>Empty cells, NA, NaN, null and ? are missing values. Ticked: the rows holding one are left out (and counted); unticked: the file is refused at the first, naming its row and column.</source>
        <translation>空单元格、NA、NaN、null 和 ? 都算缺失值。勾选：含缺失值的行被略去（并计数）；不勾选：遇到第一个缺失值即拒绝该文件，并指出其行和列。</translation>
    </message>
    <message>
        <source>A network&apos;s outputs start near 0: a target in the thousands (a price in dollars) makes its weights grow until its hidden neurons saturate, and it hardly learns. Divided by a power of ten, the target is within reach; the target&apos;s name says so, and every prediction is in those units.</source>
        <translation>网络的输出从 0 附近开始：成千上万的目标（例如以元计的价格）会让权重不断增大，直到隐藏神经元饱和，网络几乎学不会。目标除以 10 的幂后就在可及范围内；目标的名称会注明这一点，所有预测也都使用这个单位。</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <source>Found by the file&apos;s first rows. Tick it when the columns&apos; names are numbers (years); untick it when the first row holds values, not names.</source>
        <translation>由文件的前几行判断。列名是数字（如年份）时请勾选；第一行是数值而不是列名时请取消勾选。</translation>
    </message>
    <message>
        <source>The encoding the file&apos;s text was saved in. Spreadsheets save CSV in the system&apos;s: Excel in Western Europe in Windows-1252, in China in GBK. Wrong, names such as “Köln” or “Zürich” come out garbled in the first rows above.</source>
        <translation>文件文本保存时所用的编码。电子表格按系统的编码保存 CSV：西欧的 Excel 用 Windows-1252，中国的用 GBK。选错时，上面前几行中的“北京”或“Köln”等名称会显示为乱码。</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>使用这些数据</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>表头：</translation>
    </message>
    <message>
        <source>Target column:</source>
        <translation>目标列：</translation>
    </message>
    <message>
        <source>The target is:</source>
        <translation>目标是：</translation>
    </message>
    <message>
        <source>Feature columns:</source>
        <translation>特征列：</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>缺失值：</translation>
    </message>
    <message>
        <source>Target scale:</source>
        <translation>目标尺度：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>First rows of &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 的前几行：</translation>
    </message>
    <message>
        <source>What the network takes (text columns one-hot), and in bold the target it learns to give:</source>
        <translation>网络的输入（文本列独热编码），粗体为网络要学会给出的目标：</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>the target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation>{name}（目标）</translation>
    </message>
    <message>
        <source>Divide the target by {factor} (it reaches {largest})</source>
        <translation>目标除以 {factor}（它达到 {largest}）</translation>
    </message>
    <message>
        <source>Read as {encoding}, the file has {k} columns instead of {n}: choose another text encoding</source>
        <translation>按 {encoding} 读取时，文件有 {k} 列而不是 {n} 列：请选择另一种文本编码</translation>
    </message>
    <message>
        <source>Not UTF-8 text: read as {encoding}. If the names above look garbled, choose the text encoding it was saved in.</source>
        <translation>不是 UTF-8 文本：已按 {encoding} 读取。如果上面的名称显示为乱码，请选择文件保存时所用的文本编码。</translation>
    </message>
    <message>
        <source>{message}. Tick “Drop rows with missing values” to leave these rows out.</source>
        <translation>{message}。勾选“丢弃有缺失值的行”即可略去这些行。</translation>
    </message>
    <message>
        <source>{message}. Untick “{column}” among the feature columns to leave it out.</source>
        <translation>{message}。在特征列中取消勾选“{column}”即可不用它。</translation>
    </message>
    <message>
        <source>{message}. If the first row names the columns, tick “The first row names the columns”.</source>
        <translation>{message}。如果第一行是列名，请勾选“第一行是列名”。</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>{n} samples · 1 feature · {task}</source>
        <translation>{n} 个样本 · 1 个特征 · {task}</translation>
    </message>
    <message>
        <source>{n} samples · {d} features · {task}</source>
        <translation>{n} 个样本 · {d} 个特征 · {task}</translation>
    </message>
    <message>
        <source> · 1 row with a missing value dropped</source>
        <translation> · 已丢弃 1 个有缺失值的行</translation>
    </message>
    <message>
        <source> · {k} rows with missing values dropped</source>
        <translation> · 已丢弃 {k} 个有缺失值的行</translation>
    </message>
    <message>
        <source>One-hot: {columns}</source>
        <translation>独热编码：{columns}</translation>
    </message>
    <message>
        <source>{name} ({k} values)</source>
        <translation>{name}（{k} 个取值）</translation>
    </message>
    <message>
        <source>Note: {hint}; untick it?</source>
        <translation>注意：{hint}；取消勾选它？</translation>
    </message>
    <message>
        <source>Note: the class “{name}” is the first row&apos;s alone: if that row names the columns, tick “The first row names the columns”.</source>
        <translation>注意：类别“{name}”只出现在第一行：如果这一行是列名，请勾选“第一行是列名”。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>None (raw values)</source>
        <extracomment>the normalisations offered; the texts are marked for lupdate here and translated where the combo box is filled, in the DataPanel&apos;s context</extracomment>
        <translation>无（原始值）</translation>
    </message>
    <message>
        <source>Standardise (mean 0, sd 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>Min–max (to [0, 1])</source>
        <translation>最小–最大（缩放到 [0, 1]）</translation>
    </message>
    <message>
        <source>Current data</source>
        <extracomment>what to say once the pending data are in use (``_normalisation_for``) what to do once the pending data are in use (``import_csv``&apos;s ``on_used``)</extracomment>
        <translation>当前数据</translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation>归一化：</translation>
    </message>
    <message>
        <source>Standardise the features</source>
        <translation>标准化特征</translation>
    </message>
    <message>
        <source>one-hot: {columns}</source>
        <translation>独热编码：{columns}</translation>
    </message>
    <message>
        <source>{name} ({k} values)</source>
        <translation>{name}（{k} 个取值）</translation>
    </message>
    <message>
        <source>1 row with a missing value dropped</source>
        <translation>已丢弃 1 个有缺失值的行</translation>
    </message>
    <message>
        <source>{k} rows with missing values dropped</source>
        <translation>已丢弃 {k} 个有缺失值的行</translation>
    </message>
    <message>
        <source>Fit the network to the data</source>
        <translation>让网络适配数据</translation>
    </message>
    <message>
        <source>Resize the input and output layers for these data, keeping the hidden layers and the weights of the connections that remain</source>
        <translation>按这些数据调整输入层和输出层的大小，保留隐含层以及仍然存在的连接的权重</translation>
    </message>
    <message>
        <source>Keep the current data</source>
        <translation>保留当前数据</translation>
    </message>
    <message>
        <source>Built-in data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>使用这些数据</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>自己的数据</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>图像文件夹…</translation>
    </message>
    <message>
        <source>IDX / MNIST…</source>
        <translation>IDX / MNIST…</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>{k} classes</source>
        <translation>{k} 个类别</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>{samples} × {features} · {what}&lt;br&gt;training {t} · validation {v}&lt;br&gt;network: {i} → {o}</source>
        <translation>{samples} × {features} · {what}&lt;br&gt;训练集 {t} · 验证集 {v}&lt;br&gt;网络：{i} → {o}</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 个样本</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} 个样本</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} 个特征</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 个输入</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} 个输入</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>1 个输出</translation>
    </message>
    <message>
        <source>{n} outputs</source>
        <translation>{n} 个输出</translation>
    </message>
    <message>
        <source>Unnormalised, {why}: tanh and sigmoid units saturate and learn slowly. Standardising the features (zero mean, unit variance) helps.</source>
        <translation>未归一化，{why}：tanh 和 sigmoid 神经元会饱和，学习缓慢。将特征标准化（均值为零、方差为一）会有帮助。</translation>
    </message>
    <message>
        <source>{problem}: the CSV dialog&apos;s “Target scale” box does it when the file is imported again</source>
        <translation>{problem}：重新导入该文件时，CSV 对话框中的“目标尺度”选项可以做到</translation>
    </message>
    <message>
        <source>Built-in data (not in use)</source>
        <translation>内置数据（未使用）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The network does not fit these data.&lt;/b&gt; {why}. Nothing was changed.</source>
        <translation>&lt;b&gt;网络与这些数据不匹配。&lt;/b&gt;{why}。未做任何更改。</translation>
    </message>
    <message>
        <source>The weights start afresh for these data (Undo brings back the trained ones).</source>
        <translation>权重为这些数据重新初始化（撤销可恢复训练过的权重）。</translation>
    </message>
    <message>
        <source>The features are standardised (zero mean, unit variance): unnormalised, {why}.</source>
        <translation>特征已标准化（均值为零、方差为一）：不归一化的话，{why}。</translation>
    </message>
    <message>
        <source>A large network</source>
        <translation>大型网络</translation>
    </message>
    <message>
        <source>Fitted to these data the network has {n} parameters (about {mb} MB of weights); training it will be slow. Build it?</source>
        <translation>适配这些数据后，网络将有 {n} 个参数（权重约 {mb} MB）；训练会很慢。仍要构建吗？</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder with one folder per class</source>
        <translation>选择文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>IDX images (e.g. train-images-idx3-ubyte.gz)</source>
        <translation>IDX 图像文件（如 train-images-idx3-ubyte.gz）</translation>
    </message>
    <message>
        <source>IDX labels (e.g. train-labels-idx1-ubyte.gz)</source>
        <translation>IDX 标签文件（如 train-labels-idx1-ubyte.gz）</translation>
    </message>
    <message>
        <source>numeric target from {lo} to {hi}</source>
        <translation>数值目标，从 {lo} 到 {hi}</translation>
    </message>
    <message>
        <source>numeric target {name} from {lo} to {hi}</source>
        <translation>数值目标 {name}，从 {lo} 到 {hi}</translation>
    </message>
</context>
<context>
    <name>IdxDialog</name>
    <message>
        <source>Import IDX Files — {name}</source>
        <translation>导入 IDX 文件 — {name}</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>ImageFolderDialog</name>
    <message>
        <source>Import Image Folder — {name}</source>
        <translation>导入图像文件夹 — {name}</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Resize to a square of:</source>
        <translation>缩放为正方形，边长：</translation>
    </message>
</context>
<context>
    <name>ImageImportDialog</name>
    <message>
        <source>Use this data</source>
        <translation>使用这些数据</translation>
    </message>
    <message>
        <source>{n} images of {h} × {w} pixels · {k} classes&lt;br&gt;{c}</source>
        <translation>{n} 张 {h} × {w} 像素的图像 · {k} 个类别&lt;br&gt;{c}</translation>
    </message>
</context>
<context>
    <name>InitialisationBox</name>
    <message>
        <source>Auto: Glorot or He</source>
        <extracomment>(rule, its name, what it draws); the texts are marked for lupdate here and translated where they are shown, in the InitialisationBox&apos;s context</extracomment>
        <translation>自动：Glorot 或 He</translation>
    </message>
    <message>
        <source>Glorot for σ and tanh layers, He for ReLU layers</source>
        <translation>σ 层和 tanh 层用 Glorot，ReLU 层用 He</translation>
    </message>
    <message>
        <source>Glorot (Xavier)</source>
        <translation>Glorot (Xavier)</translation>
    </message>
    <message>
        <source>wᵢⱼ uniform in (−r, r), r = √(6 / (fan-in + fan-out)); b = 0</source>
        <translation>wᵢⱼ 在 (−r, r) 内均匀分布，r = √(6 / (fan-in + fan-out))；b = 0</translation>
    </message>
    <message>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <source>wᵢⱼ normal with standard deviation √(2 / fan-in); b = 0</source>
        <translation>wᵢⱼ 服从正态分布，标准差 √(2 / fan-in)；b = 0</translation>
    </message>
    <message>
        <source>Uniform(−a, a)</source>
        <translation>均匀分布 (−a, a)</translation>
    </message>
    <message>
        <source>every weight and bias uniform in (−a, a)</source>
        <translation>每个权重和偏置都在 (−a, a) 内均匀分布</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>all zero: every hidden neuron of a layer stays the same</source>
        <translation>全部为零：同一隐含层的所有神经元始终完全相同</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <extracomment>uniform&apos;s a at its lowest value stands for &quot;none given&quot;: a = 1/√(fan-in)</extracomment>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>Choosing a rule draws every weight anew from the seed (undoable); Reset Weights draws them again</source>
        <translation>选择规则会用随机种子重新抽取所有权重（可撤销）；“重置权重”会再抽取一次</translation>
    </message>
    <message>
        <source>1/√fan-in</source>
        <translation>1/√fan-in</translation>
    </message>
    <message>
        <source>Uniform&apos;s a: weights and biases drawn from (−a, a)</source>
        <translation>均匀分布的 a：权重和偏置从 (−a, a) 中抽取</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>InputFeaturesBox</name>
    <message>
        <source>Input features</source>
        <extracomment>an input feature switched on reads at a glance</extracomment>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Feed the network {f}, computed from the raw x₁ and x₂ (normalised like the other inputs)</source>
        <extracomment>feature name → its toggle</extracomment>
        <translation>把 {f} 输入网络，由原始的 x₁ 和 x₂ 计算（与其他输入一样归一化）</translation>
    </message>
    <message>
        <source>Each switched-on feature is one input neuron; x₁² and x₂² separate circles with no hidden layer.</source>
        <translation>每个打开的特征是一个输入神经元；有了 x₁² 和 x₂²，无需隐含层即可分开圆环。</translation>
    </message>
    <message>
        <source>Input features are for data with 2 raw features (x₁, x₂); these data have {d}.</source>
        <translation>输入特征只用于有 2 个原始特征 (x₁, x₂) 的数据；这些数据有 {d} 个。</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>The cost C the training lowers</source>
        <translation>训练所要降低的代价函数 C</translation>
    </message>
    <message>
        <source>Layer l</source>
        <translation>层 l</translation>
    </message>
    <message>
        <source>Activation σ</source>
        <translation>激活函数 σ</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Cost C</source>
        <translation>代价函数 C</translation>
    </message>
    <message>
        <source>0 · input</source>
        <translation>0 · 输入层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐含层</translation>
    </message>
    <message>
        <source>{c} is not possible here: {why}</source>
        <translation>此处不能用 {c}：{why}</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>Type a new bias and press Enter (an undoable edit)</source>
        <extracomment>the inspector&apos;s output map&apos;s size on screen the table property that keeps the rows ``fit_table_height`` was last asked to show</extracomment>
        <translation>输入新的偏置并按 Enter（可撤销）</translation>
    </message>
    <message>
        <source>The sample of the data whose forward and backward pass is shown</source>
        <translation>显示其前向传播和反向传播的数据样本</translation>
    </message>
    <message>
        <source>The neuron&apos;s output over the plane of x₁ and x₂ (red positive, blue negative); the ring is the sample x</source>
        <translation>神经元在 x₁、x₂ 平面上的输出（红色为正，蓝色为负）；圆环是样本 x</translation>
    </message>
    <message>
        <source>Activation σ</source>
        <translation>激活函数 σ</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>Threshold θ = −b</source>
        <translation>阈值 θ = −b</translation>
    </message>
    <message>
        <source>Sample x</source>
        <translation>样本 x</translation>
    </message>
    <message>
        <source>a over (x₁, x₂)</source>
        <translation>a 在 (x₁, x₂) 上</translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation> / {n}</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Click a neuron on the canvas (or use the arrow keys) to see its weights, bias and the numbers of one sample.</source>
        <translation>在画布上点击一个神经元（或用方向键）查看它的权重、偏置和一个样本的数值。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐含层</translation>
    </message>
    <message>
        <source>Neuron {i} of layer {l} ({kind})</source>
        <translation>第 {l} 层第 {i} 个神经元（{kind}）</translation>
    </message>
    <message>
        <source>Weights in: {W} row {i}. Double-click a value to change it.</source>
        <translation>输入权重：{W} 的第 {i} 行。双击数值即可修改。</translation>
    </message>
    <message>
        <source>Input x{j}: the input feature {f}, computed from the raw x₁ and x₂. Inputs have no weights in and no bias.</source>
        <translation>输入 x{j}：输入特征 {f}，由原始的 x₁ 和 x₂ 计算。输入没有输入权重，也没有偏置。</translation>
    </message>
    <message>
        <source>Input x{j}: the feature “{name}”. Inputs have no weights in and no bias.</source>
        <translation>输入 x{j}：特征“{name}”。输入没有输入权重，也没有偏置。</translation>
    </message>
    <message>
        <source>x = ({x}), y = {y}</source>
        <translation>x = ({x}), y = {y}</translation>
    </message>
    <message>
        <source>x = ({x}), y = ({y})</source>
        <translation>x = ({x}), y = ({y})</translation>
    </message>
    <message>
        <source>normalised: a⁰ = ({a})</source>
        <translation>归一化后：a⁰ = ({a})</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>neuron {j} of layer {l}</source>
        <translation>第 {l} 层第 {j} 个神经元</translation>
    </message>
    <message>
        <source>“{t}” is not a number.</source>
        <translation>“{t}”不是数字。</translation>
    </message>
</context>
<context>
    <name>NeuronPalette</name>
    <message>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Drop it on a hidden layer to add it there, or between two layers to start a new hidden layer.</source>
        <translation>放到隐含层上即加入该层；放到两层之间则新建一个隐含层。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Drop it between two layers: a new hidden layer of {n} neurons.</source>
        <translation>放到两层之间：新建一个含 {n} 个神经元的隐含层。</translation>
    </message>
    <message>
        <source>Drag a tile onto the canvas: a &lt;b&gt;Neuron&lt;/b&gt; onto a hidden layer, a &lt;b&gt;Layer&lt;/b&gt; between two layers.</source>
        <translation>把图块拖到画布上：&lt;b&gt;神经元&lt;/b&gt;拖到隐含层上，&lt;b&gt;层&lt;/b&gt;拖到两层之间。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drag a &lt;b&gt;Neuron&lt;/b&gt; onto a hidden layer to add it there, or between two layers to start a new hidden layer; drag a &lt;b&gt;Layer&lt;/b&gt; between two layers.&lt;/p&gt;&lt;p&gt;Drag a hidden neuron to another hidden layer to move it; drag it off the canvas, press Delete or right-click it to remove it.&lt;/p&gt;&lt;p&gt;− and + under a hidden layer resize it (1 to 64 neurons; up to 6 hidden layers).&lt;/p&gt;&lt;p&gt;Click a layer&apos;s title to choose its activation σ, and the cost chip for the cost C.&lt;/p&gt;&lt;p&gt;Double-click a connection or a neuron to type a weight wᵢⱼˡ or a bias bᵢˡ.&lt;/p&gt;&lt;p&gt;Arrow keys walk the neurons; Enter edits the bias; the menu key opens the neuron&apos;s menu; Ctrl+Z undoes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;把&lt;b&gt;神经元&lt;/b&gt;拖到隐含层上即加入该层，拖到两层之间则新建一个隐含层；把&lt;b&gt;层&lt;/b&gt;拖到两层之间。&lt;/p&gt;&lt;p&gt;把隐含层神经元拖到另一个隐含层即可移动它；把它拖出画布、按 Delete 或右键单击即可删除。&lt;/p&gt;&lt;p&gt;隐含层下方的 − 和 + 调整该层大小（1 到 64 个神经元；最多 6 个隐含层）。&lt;/p&gt;&lt;p&gt;点击层的标题选择其激活函数 σ，点击代价标签选择代价函数 C。&lt;/p&gt;&lt;p&gt;双击连接或神经元可输入权重 wᵢⱼˡ 或偏置 bᵢˡ。&lt;/p&gt;&lt;p&gt;方向键在神经元之间移动；Enter 编辑偏置；菜单键打开神经元的菜单；Ctrl+Z 撤销。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>{n} iteration/s</source>
        <translation>{n} 次迭代/秒</translation>
    </message>
    <message>
        <source>{n} iterations/s</source>
        <translation>{n} 次迭代/秒</translation>
    </message>
    <message>
        <source>{n} epoch/s</source>
        <translation>{n} 期/秒</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} 期/秒</translation>
    </message>
</context>
<context>
    <name>PaintBox</name>
    <message>
        <source>Paint your own data</source>
        <translation>绘制自己的数据</translation>
    </message>
    <message>
        <source>Paint on the plane</source>
        <translation>在平面上绘制</translation>
    </message>
    <message>
        <source>Click the Decision Boundary plot to add points</source>
        <translation>在决策边界图上单击即可添加点</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Remove every painted point, leaving one seed point per class to paint around</source>
        <translation>清除所有绘制的点，每个类别只留一个种子点，以便围绕它重新绘制</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>How many classes to paint; 0 paints numeric values (regression)</source>
        <translation>要绘制的类别数；0 表示绘制数值（回归）</translation>
    </message>
    <message>
        <source>Click or drag to add points · right-drag (or the eraser) to erase · each stroke is one Undo</source>
        <translation>单击或拖动添加点 · 右键拖动（或用橡皮擦）擦除 · 每一笔可一次撤销</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Paint:</source>
        <translation>绘制：</translation>
    </message>
</context>
<context>
    <name>SettingFields</name>
    <message>
        <source>“{typed}” cannot be typed into {setting}, which takes {kind} {range}; it reads {value}.</source>
        <extracomment>QDoubleSpinBox rounds every value to this many decimals: as many as a double has how much one step of a log-scaled field multiplies its value by</extracomment>
        <translation>“{typed}”不能输入到“{setting}”中，它只接受{kind}（{range}）；框中现为 {value}。</translation>
    </message>
    <message>
        <source>{setting} needs a value</source>
        <translation>“{setting}”需要一个值</translation>
    </message>
    <message>
        <source>{setting} must be {kind} {range}, not {text}</source>
        <translation>“{setting}”必须是{kind}（{range}），不能是 {text}</translation>
    </message>
    <message>
        <source>{reason}; it reads {value}.</source>
        <translation>{reason}；框中现为 {value}。</translation>
    </message>
    <message>
        <source>{reason}; kept {value}.</source>
        <translation>{reason}；保留 {value}。</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>How fast training runs: from one iteration a second, so a class can follow each update, to as fast as the machine goes</source>
        <translation>训练的速度：从每秒一次迭代（课堂上能看清每次更新）到机器所能达到的最快速度</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <source>Train the network on the data (F5)</source>
        <translation>用数据训练网络 (F5)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training; Train resumes it (F6)</source>
        <translation>暂停训练；“训练”可继续 (F6)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop training (Shift+F5)</source>
        <translation>停止训练 (Shift+F5)</translation>
    </message>
    <message>
        <source>Step &amp;Iteration</source>
        <translation>单步迭代(&amp;I)</translation>
    </message>
    <message>
        <source>Train one iteration (one batch), then pause (F10)</source>
        <translation>训练一次迭代（一个批量），然后暂停 (F10)</translation>
    </message>
    <message>
        <source>Step &amp;Epoch</source>
        <translation>单步一期(&amp;E)</translation>
    </message>
    <message>
        <source>Train one epoch, then pause (Shift+F10)</source>
        <translation>训练一期，然后暂停 (Shift+F10)</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Draw new initial weights from the seed (undoable)</source>
        <translation>用随机种子重新抽取初始权重（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <extracomment>an accelerator written after the words, as Chinese menus write it: &quot;训练(&amp;T)&quot;</extracomment>
        <translation>训练(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>{error}. Edit ▸ Undo Train puts back the weights from before the run</source>
        <extracomment>settings the worker keeps for itself while it runs (it tunes how often it reports) the latest Report of the run (epoch, iteration, loss, speed…) a run ended: None, or the reason it could not go on (divergence, a refused setting) a message for the user that does not end the run (a setting refused while training) the pace training keeps changed (a Pace) how fast training goes (the speed control&apos;s choice); as fast as possible until set the last run ended because the document was about to be edited functions the worker calls with each snapshot&apos;s derived numbers, on its thread, to make the views&apos; pictures of them there (``add_preparer``)</extracomment>
        <translation>{error}。“编辑 ▸ 撤销 训练”可恢复训练前的权重</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>shuffle each epoch</source>
        <translation>每期打乱样本顺序</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Batch size m</source>
        <translation>批量大小 m</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>更新规则</translation>
    </message>
    <message>
        <source>Learning rate η on a log scale, the usual rates from 10⁻⁵ to 10; type any other in the field</source>
        <translation>学习率 η（对数刻度），常用范围 10⁻⁵ 到 10；其他值请在输入框中键入</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Constant</source>
        <extracomment>the learning-rate slider covers the usual rates, on a log scale</extracomment>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>RMSprop α</source>
        <translation>RMSprop α</translation>
    </message>
    <message>
        <source>Regularisation and schedule</source>
        <translation>正则化与学习率调度</translation>
    </message>
    <message>
        <source>Weight decay λ₂</source>
        <translation>权重衰减 λ₂</translation>
    </message>
    <message>
        <source>L1 λ₁</source>
        <translation>L1 正则化 λ₁</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Decay every</source>
        <translation>衰减间隔</translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>at loss ≤</source>
        <translation>代价 ≤</translation>
    </message>
    <message>
        <source>patience</source>
        <translation>耐心</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs, and keep the best weights</source>
        <translation>验证集代价连续这么多期没有改善时停止，并保留最佳权重</translation>
    </message>
    <message>
        <source>Early stopping needs validation data</source>
        <translation>提前停止需要验证数据</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>The training process ended unexpectedly (exit code {code}); the weights are the last it sent</source>
        <extracomment>how often the relay looks at the pipe when nothing comes (and for a stop that hangs) how long a stopped child may take to send its end before it is killed the training process&apos;s id, once it is started</extracomment>
        <translation>训练进程意外结束（退出码 {code}）；权重为它最后发送的值</translation>
    </message>
    <message>
        <source>The training process did not stop within {seconds:g} s and was ended; the weights are the last it sent</source>
        <translation>训练进程未在 {seconds:g} 秒内停止，已被终止；权重为它最后发送的值</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Training finished: {k} epochs</source>
        <extracomment>what the status bar says when a run ends for a reason of its own (the report&apos;s stop_reason)</extracomment>
        <translation>训练完成：训练了 {k} 期</translation>
    </message>
    <message>
        <source>Training finished: {k} more epochs, now at epoch {p}</source>
        <translation>训练完成：又训练了 {k} 期，现在是第 {p} 期</translation>
    </message>
    <message>
        <source>Stopped at epoch {p}: the loss reached the target</source>
        <translation>在第 {p} 期停止：代价已达到目标</translation>
    </message>
    <message>
        <source>Stopped early at epoch {p}: the validation loss stopped improving; the best weights are kept</source>
        <translation>在第 {p} 期提前停止：验证集代价不再改善；已保留最佳权重</translation>
    </message>
    <message>
        <source>Converged at epoch {p}: every sample is classified right</source>
        <translation>在第 {p} 期收敛：每个样本都分类正确</translation>
    </message>
    <message>
        <source>epoch {p} of {n}</source>
        <extracomment>the message of a run an edit stopped outlives that edit&apos;s own signals</extracomment>
        <translation>第 {p}/{n} 期</translation>
    </message>
    <message>
        <source>epoch {p} · iteration {i} of {m} · C = {loss} · {speed} samples/s · {eta} left</source>
        <translation>第 {p} 期 · 第 {i}/{m} 次迭代 · C = {loss} · {speed} 样本/秒 · 剩余 {eta}</translation>
    </message>
    <message>
        <source>paused at epoch {p} · iteration {i} of {m} · C = {loss}</source>
        <translation>暂停于第 {p} 期 · 第 {i}/{m} 次迭代 · C = {loss}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Training as fast as possible…</source>
        <translation>正在全速训练…</translation>
    </message>
    <message>
        <source>Training at {pace}…</source>
        <translation>正在以 {pace} 训练…</translation>
    </message>
    <message>
        <source>Training stopped at epoch {p} for your edit (Undo undoes only the edit)</source>
        <translation>为进行你的修改，训练在第 {p} 期停止（撤销只撤回该修改）</translation>
    </message>
    <message>
        <source>Training stopped at epoch {p}</source>
        <translation>训练在第 {p} 期停止</translation>
    </message>
    <message>
        <source>Training stopped at epoch {p} and undone: the weights are back where the run started (Redo brings the run back)</source>
        <translation>训练在第 {p} 期停止并已撤销：权重回到了这次训练开始时的样子（重做可恢复这次训练）</translation>
    </message>
    <message>
        <source>a new run: no epochs yet</source>
        <translation>新的一次训练：还没有训练过一期</translation>
    </message>
    <message>
        <source>no epochs yet</source>
        <translation>还没有训练过一期</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <source>epoch {p} · C = {loss}</source>
        <translation>第 {p} 期 · C = {loss}</translation>
    </message>
    <message>
        <source> · edited since: C = {now}</source>
        <translation> · 之后有编辑：C = {now}</translation>
    </message>
</context>
</TS>
