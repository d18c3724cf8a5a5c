<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activations</name>
    <message>
        <source>H(z) = 1 if z ≥ 0 else 0 (the Heaviside step; the notes&apos; sgn)</source>
        <extracomment>σ and σ&apos; as a user reads them (in English; ``formula`` is in the user&apos;s language) False only for softmax, whose σ&apos; is a matrix rather than one number per neuron.</extracomment>
        <translation>H(z) = 1（z ≥ 0 时），否则为 0（Heaviside 阶跃函数；讲义中的 sgn）</translation>
    </message>
    <message>
        <source>H&apos;(z) = 0 (undefined at z = 0)</source>
        <translation>H&apos;(z) = 0（在 z = 0 处无定义）</translation>
    </message>
    <message>
        <source>ReLU&apos;(z) = 1 if z &gt; 0 else 0</source>
        <translation>ReLU&apos;(z) = 1（z &gt; 0 时），否则为 0</translation>
    </message>
    <message>
        <source>LeakyReLU(z) = z if z &gt; 0 else 0.01 z</source>
        <translation>LeakyReLU(z) = z（z &gt; 0 时），否则为 0.01 z</translation>
    </message>
    <message>
        <source>LeakyReLU&apos;(z) = 1 if z &gt; 0 else 0.01</source>
        <translation>LeakyReLU&apos;(z) = 1（z &gt; 0 时），否则为 0.01</translation>
    </message>
    <message>
        <source>softmax has no derivative of one number per neuron: every output depends on every input, so its derivative is a matrix. Use backprop() (the Jacobian product), or the cce cost, whose δᴸ = aᴸ − y needs no derivative at all.</source>
        <translation>softmax 的导数不是每个神经元一个数：每个输出都依赖于每个输入，所以它的导数是一个矩阵。请使用 backprop()（雅可比矩阵乘积），或使用 cce 代价函数，其 δᴸ = aᴸ − y 完全不需要导数。</translation>
    </message>
    <message>
        <source>Step H</source>
        <extracomment>each activation&apos;s name as a user reads it, translated when read</extracomment>
        <translation>阶跃函数 H</translation>
    </message>
    <message>
        <source>Sigmoid σ</source>
        <translation>Sigmoid 函数 σ</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>双曲正切 tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>The M-P neuron&apos;s threshold: 1 for z ≥ 0, else 0. Its derivative is 0, so gradient descent cannot train it; the perceptron rule can.</source>
        <extracomment>what each activation does, translated when read</extracomment>
        <translation>M-P 神经元的阈值函数：z ≥ 0 时为 1，否则为 0。它的导数为 0，所以梯度下降无法训练它；感知机规则可以。</translation>
    </message>
    <message>
        <source>Squashes z into (0, 1); for large |z| it saturates and its gradient vanishes.</source>
        <translation>把 z 压缩到 (0, 1)；|z| 很大时会饱和，梯度消失。</translation>
    </message>
    <message>
        <source>Squashes z into (−1, 1), centred on 0; it saturates like the sigmoid.</source>
        <translation>把 z 压缩到 (−1, 1)，以 0 为中心；它和 sigmoid 一样会饱和。</translation>
    </message>
    <message>
        <source>max(z, 0): no saturation above 0, but a neuron stuck below 0 stops learning.</source>
        <translation>max(z, 0)：大于 0 时不饱和，但一直停在 0 以下的神经元会停止学习。</translation>
    </message>
    <message>
        <source>Like ReLU with a slope of 0.01 below 0, so every neuron keeps a gradient.</source>
        <translation>与 ReLU 相同，但在 0 以下保留 0.01 的斜率，所以每个神经元都有梯度。</translation>
    </message>
    <message>
        <source>a = z, unchanged: for the outputs of a regression.</source>
        <translation>a = z，不作变换：用于回归的输出。</translation>
    </message>
    <message>
        <source>For a classifier&apos;s output layer: one probability per class, summing to 1 (with the cce cost).</source>
        <translation>用于分类器的输出层：每个类别一个概率，总和为 1（配合 cce 代价函数）。</translation>
    </message>
    <message>
        <source>unknown activation {name}: choose one of {choices}</source>
        <translation>未知的激活函数 {name}：请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <source>a layer number must be a whole number, not {value}</source>
        <translation>层号必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>layer 0 is the input: it has one neuron per feature of the data ({n}), so its size follows the data, not the designer</source>
        <translation>第 0 层是输入层：数据的每个特征对应一个神经元（{n} 个），所以它的大小由数据决定，不能在设计中修改</translation>
    </message>
    <message>
        <source>layer {L} is the output: it has one neuron per target of the data ({n}), so its size follows the data, not the designer</source>
        <translation>第 {L} 层是输出层：数据的每个目标对应一个神经元（{n} 个），所以它的大小由数据决定，不能在设计中修改</translation>
    </message>
    <message>
        <source>there is no layer {layer}: this net has layers 0 (input) to {L} (output)</source>
        <translation>没有第 {layer} 层：这个网络有第 0 层（输入层）到第 {L} 层（输出层）</translation>
    </message>
    <message>
        <source>hidden layer {layer} is full: a hidden layer holds at most {most} neurons</source>
        <translation>隐含层 {layer} 已满：一个隐含层最多有 {most} 个神经元</translation>
    </message>
    <message>
        <source>hidden layer {layer} has a single neuron and a layer needs at least one: remove the whole layer instead</source>
        <translation>隐含层 {layer} 只有一个神经元，而每层至少需要一个：请改为删除整个隐含层</translation>
    </message>
    <message>
        <source>a layer position must be a whole number, not {value}</source>
        <translation>层的位置必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>this net already has {most} hidden layers, the most the designer allows: remove one first</source>
        <translation>这个网络已有 {most} 个隐含层，这是设计器允许的最多层数：请先删除一层</translation>
    </message>
    <message>
        <source>a new hidden layer goes between the input (layer 0) and the output (layer {L}), so its number is 1 to {L}, not {position}</source>
        <translation>新的隐含层位于输入层（第 0 层）和输出层（第 {L} 层）之间，所以它的层号是 1 到 {L}，而不是 {position}</translation>
    </message>
    <message>
        <source>hidden layer {l} (inserting)</source>
        <translation>隐含层 {l}（插入时）</translation>
    </message>
    <message>
        <source>a network needs at least one input</source>
        <translation>网络至少需要一个输入</translation>
    </message>
    <message>
        <source>the inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>layer {layer} has no activation: the input is layer 0 and layers 1 to {L} hold neurons</source>
        <translation>第 {layer} 层没有激活函数：输入是第 0 层，第 1 到第 {L} 层才有神经元</translation>
    </message>
    <message>
        <source>layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not {value}</source>
        <translation>权重必须是有限的数，而不是 {value}</translation>
    </message>
    <message>
        <source>a bias must be a finite number, not {value}</source>
        <translation>偏置必须是有限的数，而不是 {value}</translation>
    </message>
    <message>
        <source>hidden layer {l}</source>
        <translation>隐含层 {l}</translation>
    </message>
    <message>
        <source>layer {layer} has no weights: the input is layer 0 and layers 1 to {L} hold neurons</source>
        <translation>第 {layer} 层没有权重：输入是第 0 层，第 1 到第 {L} 层才有神经元</translation>
    </message>
    <message>
        <source>a neuron index must be a whole number, not {value}</source>
        <translation>神经元序号必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{where} has no neuron {i}: its neurons are 1 to {count}</source>
        <translation>{where} 没有第 {i} 个神经元：它的神经元是第 1 到第 {count} 个</translation>
    </message>
    <message>
        <source>{where} has no neurons</source>
        <translation>{where} 没有神经元</translation>
    </message>
    <message>
        <source>a hidden layer holds at most {most} neurons, not {units}</source>
        <translation>一个隐含层最多有 {most} 个神经元，而不是 {units} 个</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add a neuron to layer {l}</source>
        <extracomment>True when the edit changes the architecture (layers, sizes, activations, cost).</extracomment>
        <translation>向第 {l} 层添加神经元</translation>
    </message>
    <message>
        <source>Remove neuron {i} of layer {l}</source>
        <translation>删除第 {l} 层的第 {i} 个神经元</translation>
    </message>
    <message>
        <source>Move neuron {i} of layer {l} to layer {m}</source>
        <translation>把第 {l} 层的第 {i} 个神经元移到第 {m} 层</translation>
    </message>
    <message>
        <source>Add hidden layer {l} ({n} × {act})</source>
        <translation>添加隐含层 {l}（{n} × {act}）</translation>
    </message>
    <message>
        <source>Remove hidden layer {l}</source>
        <translation>删除隐含层 {l}</translation>
    </message>
    <message>
        <source>Initialise the weights: {rule}</source>
        <translation>初始化权重：{rule}</translation>
    </message>
    <message>
        <source>Set {w} = {v}</source>
        <translation>设置 {w} = {v}</translation>
    </message>
    <message>
        <source>Set {b} = {v}</source>
        <translation>设置 {b} = {v}</translation>
    </message>
    <message>
        <source>Set layer {l}&apos;s activation to {a}</source>
        <translation>把第 {l} 层的激活函数设为 {a}</translation>
    </message>
    <message>
        <source>Set the cost to {c}</source>
        <translation>把代价函数设为 {c}</translation>
    </message>
    <message>
        <source>Set the output to {a} with the {c} cost</source>
        <translation>把输出设为 {a}，代价函数设为 {c}</translation>
    </message>
    <message>
        <source>Use the input features {names}</source>
        <translation>使用输入特征 {names}</translation>
    </message>
    <message>
        <source>Use the data {name}</source>
        <translation>使用数据 {name}</translation>
    </message>
    <message>
        <source>Normalise by {m}</source>
        <translation>按 {m} 归一化</translation>
    </message>
    <message>
        <source>Fit the network to {name}</source>
        <translation>让网络适配 {name}</translation>
    </message>
    <message>
        <source>Paint points</source>
        <translation>绘制数据点</translation>
    </message>
    <message>
        <source>Remove Lesson Preset</source>
        <translation>移除课程预设</translation>
    </message>
    <message>
        <source>Attach Lesson Preset</source>
        <translation>附加课程预设</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>the parts whose change ends a look at an earlier epoch (``show_epoch``) every change: a ``Change`` naming the parts before an edit of the architecture, the weights or the data (stop training now) the epoch the views show and its network, while the history is scrubbed the current run&apos;s start measured (``run_start_evaluation``): what from, the numbers backpropagation&apos;s signal per layer through the training runs (not saved) a live run has shown weights since the last save (``is_modified``) ``mark_unsaved`` since the last save or the project&apos;s opening (``is_modified``)</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>Change {names}</source>
        <translation>更改{names}</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>清除先前的训练记录</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>bce needs targets between 0 and 1, but row {row}, column {col} holds {value}; rescale the targets or choose mse</source>
        <extracomment>The output activation this cost requires, or None when any elementwise one will do.</extracomment>
        <translation>bce 需要 0 到 1 之间的目标值，但第 {row} 行第 {col} 列是 {value}；请重新缩放目标值，或选择 mse</translation>
    </message>
    <message>
        <source>cce needs one-hot targets (or probabilities), but row {row} holds values outside 0..1</source>
        <extracomment>how far from 1 a cce target row may sum and still be read as a distribution (its values are then divided by their sum); rows further off are refused</extracomment>
        <translation>cce 需要独热编码的目标（或概率），但第 {row} 行有超出 0..1 的值</translation>
    </message>
    <message>
        <source>cce needs one-hot targets (each row sums to 1), but row {row} sums to {total}; for several labels per sample choose sigmoid outputs with bce</source>
        <translation>cce 需要独热编码的目标（每行之和为 1），但第 {row} 行之和为 {total}；若每个样本有多个标签，请选择 sigmoid 输出并使用 bce</translation>
    </message>
    <message>
        <source>Mean squared error (MSE)</source>
        <extracomment>each cost&apos;s name as a user reads it, translated when read</extracomment>
        <translation>均方误差 (MSE)</translation>
    </message>
    <message>
        <source>Binary cross-entropy (BCE)</source>
        <translation>二元交叉熵 (BCE)</translation>
    </message>
    <message>
        <source>Categorical cross-entropy (CCE)</source>
        <translation>多类交叉熵 (CCE)</translation>
    </message>
    <message>
        <source>The mean over the samples of ½‖y − aᴸ‖²: for regression, or any output.</source>
        <extracomment>what each cost is for, translated when read</extracomment>
        <translation>对所有样本取 ½‖y − aᴸ‖² 的平均：用于回归，或任何输出。</translation>
    </message>
    <message>
        <source>Cross-entropy of sigmoid outputs, one yes/no per output: for two classes or several labels.</source>
        <translation>sigmoid 输出的交叉熵，每个输出一个是/否：用于二分类或多标签。</translation>
    </message>
    <message>
        <source>Cross-entropy of a softmax output layer, one class per sample: for three or more classes.</source>
        <translation>softmax 输出层的交叉熵，每个样本属于一个类别：用于三类及以上。</translation>
    </message>
    <message>
        <source>unknown loss {name}: choose one of {choices}</source>
        <translation>未知的代价函数 {name}：请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>dtype must be &apos;float64&apos; or &apos;float32&apos;, not {dtype}</source>
        <translation>dtype 必须是 &apos;float64&apos; 或 &apos;float32&apos;，而不是 {dtype}</translation>
    </message>
    <message>
        <source>{name} cannot be read as numbers: {exc}</source>
        <translation>{name} 无法读取为数值：{exc}</translation>
    </message>
    <message>
        <source>{name} must be a table of rows (n, {n_columns}), one row per sample, but it has shape {shape}</source>
        <translation>{name} 必须是 (n, {n_columns}) 的表格，每个样本一行，但它的形状是 {shape}</translation>
    </message>
    <message>
        <source>{name} has {shape} columns but the network has {n_columns} inputs</source>
        <translation>{name} 有 {shape} 列，但网络有 {n_columns} 个输入</translation>
    </message>
    <message>
        <source>{name} has {shape} columns but the network has {n_columns} outputs</source>
        <translation>{name} 有 {shape} 列，但网络有 {n_columns} 个输出</translation>
    </message>
    <message>
        <source>{name} must hold numbers, not {dtype} values</source>
        <translation>{name} 必须包含数值，而不是 {dtype} 类型的值</translation>
    </message>
    <message>
        <source>{name} row {start}, column {col} is {slab}: every value must be a finite number</source>
        <translation>{name} 第 {start} 行第 {col} 列是 {slab}：每个值都必须是有限的数</translation>
    </message>
    <message>
        <source>{name} has {n_Y} rows but the inputs have {n_rows}: give one target row per sample</source>
        <translation>{name} 有 {n_Y} 行，但输入有 {n_rows} 行：每个样本需要一行目标值</translation>
    </message>
    <message>
        <source> (this file writes its decimals with a comma: write this one so too)</source>
        <extracomment>a column&apos;s first problem: (record, message); the reader adds the file, row and column</extracomment>
        <translation>（此文件以逗号作小数点：这个数也请这样写）</translation>
    </message>
    <message>
        <source> (the column writes decimals with a comma here and with a dot elsewhere, as {dot}: write them all one way)</source>
        <translation>（这一列此处用逗号、别处用点写小数，如 {dot}：请统一写法）</translation>
    </message>
    <message>
        <source> (use a dot for decimals)</source>
        <translation>（小数请用点号）</translation>
    </message>
    <message>
        <source>{value!r} is not a number{hint}</source>
        <translation>{value!r} 不是数{hint}</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} 不是有限的数</translation>
    </message>
    <message>
        <source>{value!r} is not a number (use a dot for decimals)</source>
        <translation>{value!r} 不是数（小数请用点号）</translation>
    </message>
    <message>
        <source>{path}: column index {key} is out of range; the file has {n_names} columns (0 to {n_names2})</source>
        <translation>{path}：列序号 {key} 超出范围；文件有 {n_names} 列（0 到 {n_names2}）</translation>
    </message>
    <message>
        <source>{path}: {n_matches} columns are named {key}; choose one by index</source>
        <translation>{path}：有 {n_matches} 列名为 {key}；请按序号选择其中一列</translation>
    </message>
    <message>
        <source>{path}: has no column named {key}; its columns are {shown}</source>
        <translation>{path}：没有名为 {key} 的列；它的列是 {shown}</translation>
    </message>
    <message>
        <source>{path}: a column is chosen by name or index, not {key}</source>
        <translation>{path}：列按名称或序号选择，而不是 {key}</translation>
    </message>
    <message>
        <source>{path}: the same column is chosen twice in {value}</source>
        <translation>{path}：{value} 中同一列被选了两次</translation>
    </message>
    <message>
        <source>delimiter must be None (detect it), &apos;,&apos;, &apos;;&apos;, &apos;\t&apos; or &apos;|&apos;, not {delimiter}</source>
        <translation>delimiter 必须是 None（自动识别）、&apos;,&apos;、&apos;;&apos;、&apos;\t&apos; 或 &apos;|&apos;，而不是 {delimiter}</translation>
    </message>
    <message>
        <source>task must be None (infer it), {names}, not {task}</source>
        <translation>任务必须是 None（自动推断）或 {names}，而不是 {task}</translation>
    </message>
    <message>
        <source>header must be None (detect it), True or False, not {header}</source>
        <translation>header 必须是 None（自动检测）、True 或 False，而不是 {header}</translation>
    </message>
    <message>
        <source>{path}: has no column named {key}; did you mean {near}? (names are matched exactly, capitals too)</source>
        <translation>{path}：没有名为 {key} 的列；是指 {near} 吗？（列名须完全一致，大小写也算）</translation>
    </message>
    <message>
        <source>{path}: has no column named {key}; its columns are {shown}: its first row was read as values, not names (numbers such as years look like values)</source>
        <translation>{path}：没有名为 {key} 的列；它的列是 {shown}：它的第一行被读作数值而不是列名（年份这样的数字看起来像数值）</translation>
    </message>
    <message>
        <source>divide_target must be a finite number greater than 0, not {value}</source>
        <translation>divide_target 必须是大于 0 的有限数，而不是 {value}</translation>
    </message>
    <message>
        <source>drop_missing must be True or False, not {drop_missing}</source>
        <translation>drop_missing 必须是 True 或 False，而不是 {drop_missing}</translation>
    </message>
    <message>
        <source>{file}: row {first_line} has a single column; a data set needs feature columns and a target column</source>
        <translation>{file}：第 {first_line} 行只有一列；数据集需要特征列和目标列</translation>
    </message>
    <message>
        <source>{file}: has a header row but no data rows</source>
        <translation>{file}：有表头行但没有数据行</translation>
    </message>
    <message>
        <source>{file}: row {value}, column {names}: {what}</source>
        <translation>{file}：第 {value} 行，列 {names}：{what}</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column!r}: the value is missing (the only row with a missing value)</source>
        <translation>{file}：第 {row} 行，列 {column!r}：缺少值（只有这一行缺少值）</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column!r}: the value is missing ({count} rows have a missing value)</source>
        <translation>{file}：第 {row} 行，列 {column!r}：缺少值（共有 {count} 行缺少值）</translation>
    </message>
    <message>
        <source>{file}: every row has a missing value; nothing is left to train on</source>
        <translation>{file}：每一行都有缺失值；没有剩下可训练的数据</translation>
    </message>
    <message>
        <source>{file}: its feature columns ({columns}) are no longer the ones the data&apos;s encoding was made with ({expected}); choose the data again</source>
        <translation>{file}：它的特征列（{columns}）已不是数据编码时所用的列（{expected}）；请重新选择数据</translation>
    </message>
    <message>
        <source>{file}: column {column!r} is the target and cannot also be ignored</source>
        <extracomment>the text encoding the file is read in (UTF-16 when its byte-order mark says so)</extracomment>
        <translation>{file}：列 {column!r} 是目标列，不能同时被忽略</translation>
    </message>
    <message>
        <source>{file}: no feature columns are left: {ignored} ignored and {target} the target; keep at least one column as a feature</source>
        <translation>{file}：没有剩下特征列：{ignored} 被忽略，{target} 是目标列；请至少保留一列作为特征</translation>
    </message>
    <message>
        <source>{file}: no feature columns are left once the target is taken out</source>
        <translation>{file}：去掉目标列后没有剩下特征列</translation>
    </message>
    <message>
        <source>{file}: the target {name} holds classes; only a numeric (regression) target can be divided</source>
        <translation>{file}：目标 {name} 是类别；只有数值（回归）目标可以除以一个数</translation>
    </message>
    <message>
        <source>task must be one of {choices}, not {task}</source>
        <translation>任务必须是 {choices} 之一，而不是 {task}</translation>
    </message>
    <message>
        <source>X and Y must be 2-D with one row per sample; got {x} and {y}</source>
        <translation>X 和 Y 必须是二维的，每个样本一行；实际为 {x} 和 {y}</translation>
    </message>
    <message>
        <source>{names} feature names for {n} features</source>
        <translation>{n} 个特征却有 {names} 个特征名</translation>
    </message>
    <message>
        <source>{names} class names do not fit Y with {n} columns</source>
        <translation>{names} 个类别名与 {n} 列的 Y 不符</translation>
    </message>
    <message>
        <source>image shape {shape} does not hold {n} pixels</source>
        <translation>图像形状 {shape} 容纳不了 {n} 个像素</translation>
    </message>
    <message>
        <source>{name} is a regression set: it has no classes</source>
        <translation>{name} 是回归数据集：没有类别</translation>
    </message>
    <message>
        <source>this data set</source>
        <translation>这个数据集</translation>
    </message>
    <message>
        <source>{where}: column {column!r} has {count} distinct text values, more than the {limit} a text feature may have (one input each): an identifier or free text, which the network cannot take as a feature</source>
        <translation>{where}：列 {column!r} 有 {count} 个不同的文本值，超过了文本特征允许的 {limit} 个（每个值一个输入）：这是标识符或自由文本，网络不能把它当作特征</translation>
    </message>
    <message>
        <source>row {row} has {count} values; the encoding takes {width} raw columns ({names})</source>
        <translation>第 {row} 行有 {count} 个值；编码需要 {width} 个原始列（{names}）</translation>
    </message>
    <message>
        <source>row {row}, column {column!r}: {value!r} is not a number</source>
        <translation>第 {row} 行，列 {column!r}：{value!r} 不是数</translation>
    </message>
    <message>
        <source>row {row}, column {column!r}: {problem}</source>
        <translation>第 {row} 行，列 {column!r}：{problem}</translation>
    </message>
    <message>
        <source>the stored encoding of the data is damaged: {what}</source>
        <translation>保存的数据编码已损坏：{what}</translation>
    </message>
    <message>
        <source>it needs a list of columns</source>
        <translation>它需要一个列的列表</translation>
    </message>
    <message>
        <source>its columns, ignored columns or missing-value choice</source>
        <translation>它的列、被忽略的列或缺失值选项</translation>
    </message>
    <message>
        <source>{value!r} is not one of the column&apos;s categories ({categories}), which the data&apos;s encoding fixed</source>
        <translation>{value!r} 不是该列的类别之一（{categories}），这些类别由数据编码确定</translation>
    </message>
    <message>
        <source>{what} must be a file path, not {path}</source>
        <translation>{what} 必须是文件路径，而不是 {path}</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: is not a usable file path ({error})</source>
        <translation>{path}：不是可用的文件路径（{error}）</translation>
    </message>
    <message>
        <source>{path}: is a truncated or damaged gzip file ({error})</source>
        <translation>{path}：是不完整或已损坏的 gzip 文件（{error}）</translation>
    </message>
    <message>
        <source>{path}: is too short to be an IDX images file ({n} bytes)</source>
        <translation>{path}：太短，不是 IDX 图像文件（{n} 字节）</translation>
    </message>
    <message>
        <source>{path}: is too short to be an IDX labels file ({n} bytes)</source>
        <translation>{path}：太短，不是 IDX 标签文件（{n} 字节）</translation>
    </message>
    <message>
        <source>{path}: wrong magic number {found} for IDX images; expected {magic}</source>
        <translation>{path}：IDX 图像文件的魔数 {found} 不对；应为 {magic}</translation>
    </message>
    <message>
        <source>{path}: wrong magic number {found} for IDX labels; expected {magic}</source>
        <translation>{path}：IDX 标签文件的魔数 {found} 不对；应为 {magic}</translation>
    </message>
    <message>
        <source>{path}: wrong magic number {found} for IDX images; expected {magic} (that is an IDX labels file)</source>
        <translation>{path}：IDX 图像文件的魔数 {found} 不对；应为 {magic}（这是 IDX 标签文件）</translation>
    </message>
    <message>
        <source>{path}: wrong magic number {found} for IDX labels; expected {magic} (that is an IDX images file)</source>
        <translation>{path}：IDX 标签文件的魔数 {found} 不对；应为 {magic}（这是 IDX 图像文件）</translation>
    </message>
    <message>
        <source>{path}: is truncated inside its header ({n} bytes)</source>
        <translation>{path}：文件头不完整（{n} 字节）</translation>
    </message>
    <message>
        <source>{path}: is truncated: its header promises {shape} values ({expected} bytes) but the file holds {n} bytes</source>
        <translation>{path}：文件不完整：文件头声明 {shape} 个值（{expected} 字节），但文件只有 {n} 字节</translation>
    </message>
    <message>
        <source>{path}: has extra bytes after its data: its header promises {shape} values ({expected} bytes) but the file holds {n} bytes</source>
        <translation>{path}：数据之后有多余字节：文件头声明 {shape} 个值（{expected} 字节），但文件有 {n} 字节</translation>
    </message>
    <message>
        <source>{images} holds {n} images but {labels} holds {m} labels; they must be the same count</source>
        <translation>{images} 有 {n} 张图像，但 {labels} 有 {m} 个标签；两者数量必须相同</translation>
    </message>
    <message>
        <source>{path}: holds no pixels ({n} images of {rows} × {cols})</source>
        <translation>{path}：没有像素（{n} 张 {rows} × {cols} 的图像）</translation>
    </message>
    <message>
        <source>{path}: every label is {label}; a classifier needs two</source>
        <translation>{path}：所有标签都是 {label}；分类器至少需要两个类别</translation>
    </message>
    <message>
        <source>{path}: is not a folder; choose a folder with one sub-folder per class</source>
        <translation>{path}：不是文件夹；请选择一个每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>{path}: has {n} class folder; put the images of each class in its own sub-folder (at least two classes)</source>
        <translation>{path}：只有 {n} 个类别文件夹；请把每个类别的图像放在各自的子文件夹中（至少两个类别）</translation>
    </message>
    <message>
        <source>{path}: has {n} class folders; put the images of each class in its own sub-folder (at least two classes)</source>
        <translation>{path}：有 {n} 个类别文件夹；请把每个类别的图像放在各自的子文件夹中（至少两个类别）</translation>
    </message>
    <message>
        <source>{path}: class folder holds no images ({extensions})</source>
        <translation>{path}：类别文件夹中没有图像（{extensions}）</translation>
    </message>
    <message>
        <source>{path}: cannot be read as an image ({error})</source>
        <translation>{path}：无法读取为图像（{error}）</translation>
    </message>
    <message>
        <source>image size must be a whole number from {low} to {high}, not {size}</source>
        <translation>图像尺寸必须是 {low} 到 {high} 之间的整数，而不是 {size}</translation>
    </message>
    <message>
        <source>{where} has fewer than two classes (every label is {label}); a classifier needs at least two</source>
        <extracomment>past ``MAX_INFERRED_CLASSES`` classes, fewer rows than this per class on average is a column of names or identifiers picked as the target (a penguin&apos;s name: 176 classes of one row each, which the new file&apos;s default target column was, tester), not classes to learn a number with its thousands grouped by dots, as a file of decimal commas writes them (&quot;4.500&quot;, &quot;1.368.237&quot;, &quot;9.490,5&quot;)</extracomment>
        <translation>{where} 的类别少于两个（所有标签都是 {label}）；分类器至少需要两个类别</translation>
    </message>
    <message>
        <source>{where} has fewer than two classes; a classifier needs at least two</source>
        <translation>{where} 的类别少于两个；分类器至少需要两个类别</translation>
    </message>
    <message>
        <source>{where} has {n} distinct labels; at most {most} classes are supported (is it the right column, or is it a regression target?)</source>
        <translation>{where} 有 {n} 个不同的标签；最多支持 {most} 个类别（是不是选错了列，或者它是回归目标？）</translation>
    </message>
    <message>
        <source>{where} has {n} distinct labels in {rows} rows, most on a row of their own: a name or an identifier rather than classes (choose another target column)</source>
        <translation>{where} 的 {rows} 行中有 {n} 个不同的标签，大多各占一行：这是名称或编号，而不是类别（请选择另一个目标列）</translation>
    </message>
    <message>
        <source>task must be {choices}, not {task}</source>
        <translation>任务必须是 {choices}，而不是 {task}</translation>
    </message>
    <message>
        <source>{name}: the values are not a table of numbers ({error})</source>
        <translation>{name}：这些值不是数值表格（{error}）</translation>
    </message>
    <message>
        <source>{name}: X must be (n, d) and y have n rows; got {x} and {y}</source>
        <translation>{name}：X 必须是 (n, d)，y 必须有 n 行；实际为 {x} 和 {y}</translation>
    </message>
    <message>
        <source>{name}: every value must be a finite number</source>
        <translation>{name}：每个值都必须是有限的数</translation>
    </message>
    <message>
        <source>{name}: a classifier needs at least two class names</source>
        <translation>{name}：分类器至少需要两个类别名</translation>
    </message>
    <message>
        <source>{name}: {names} feature names for {n} columns</source>
        <translation>{name}：{n} 列却有 {names} 个特征名</translation>
    </message>
    <message>
        <source>{name}: labels must be class indices ({error})</source>
        <translation>{name}：标签必须是类别序号（{error}）</translation>
    </message>
    <message>
        <source>{name}: labels must be whole numbers from 0 to {last}</source>
        <translation>{name}：标签必须是 0 到 {last} 之间的整数</translation>
    </message>
    <message>
        <source>data source: {key} is missing or of the wrong type in {source}</source>
        <translation>数据来源：{source} 中缺少 {key} 或其类型不对</translation>
    </message>
    <message>
        <source>data source must be a dict whose &apos;kind&apos; is one of {kinds}; got {source}</source>
        <translation>数据来源必须是 &apos;kind&apos; 为 {kinds} 之一的字典；实际为 {source}</translation>
    </message>
    <message>
        <source>data source {kind} has an option that does not fit: {error}</source>
        <translation>数据来源 {kind} 有一个不合适的选项：{error}</translation>
    </message>
    <message>
        <source>validation share must be a number from 0 up to (not including) 1, not {value}</source>
        <translation>验证集比例必须是从 0 到 1（不含 1）的数，而不是 {value}</translation>
    </message>
    <message>
        <source>seed must be a whole number ≥ 0, not {seed}</source>
        <translation>随机种子必须是 ≥ 0 的整数，而不是 {seed}</translation>
    </message>
    <message>
        <source>{path}: row {line} contains a NUL byte; this is a binary file, not CSV text</source>
        <extracomment>the delimiters whose files may write decimals with a comma (``detect_decimal``): a semicolon file&apos;s decimal commas are taken as such; a file of tabs or bars needs one that no thousands separator writes thousands grouped twice or more (&quot;1.368.237&quot;): no number with a decimal point a number English writes with thousands commas (&quot;1,234&quot;, &quot;12,345.5&quot;): in a file of tabs or bars, no evidence of a decimal comma</extracomment>
        <translation>{path}：第 {line} 行含有 NUL 字节；这是二进制文件，不是 CSV 文本</translation>
    </message>
    <message>
        <source>{path}: row 1 has a single column (no comma, semicolon, tab or |); a data set needs feature columns and a target column</source>
        <translation>{path}：第 1 行只有一列（没有逗号、分号、制表符或 |）；数据集需要特征列和目标列</translation>
    </message>
    <message>
        <source>{path}: row {line_num} is not valid CSV ({error})</source>
        <translation>{path}：第 {line_num} 行不是有效的 CSV（{error}）</translation>
    </message>
    <message>
        <source>{path}: row {line} has {n_fields} values but the first row has {width} columns</source>
        <translation>{path}：第 {line} 行有 {n_fields} 个值，但第一行有 {width} 列</translation>
    </message>
    <message>
        <source>{file}: is empty; a CSV file needs rows of values</source>
        <extracomment>the text encoding it was read in (UTF-16 when its byte-order mark says so) whether its first row names the columns</extracomment>
        <translation>{file}：文件是空的；CSV 文件需要有数据行</translation>
    </message>
    <message>
        <source>{path}: has a header row but no data rows</source>
        <translation>{path}：有表头行但没有数据行</translation>
    </message>
    <message>
        <source>{path}: is too large to read into memory</source>
        <translation>{path}：文件太大，无法读入内存</translation>
    </message>
    <message>
        <source>{path}: is not valid CSV ({names})</source>
        <translation>{path}：不是有效的 CSV（{names}）</translation>
    </message>
    <message>
        <source>{path}: row {value} has {shape} values but the first row has {width} columns</source>
        <translation>{path}：第 {value} 行有 {shape} 个值，但第一行有 {width} 列</translation>
    </message>
    <message>
        <source>a target to predict as numbers (regression) must hold numbers; a column of words is classes: read it as classes (classification)</source>
        <extracomment>why a text target cannot be read as numbers, in the words both the CSV dialog (&quot;The target is: Classes&quot;) and the command line (--task classification) use</extracomment>
        <translation>作为数值预测（回归）的目标必须是数；一列文字是类别：请把它读作类别（分类）</translation>
    </message>
    <message>
        <source>{path}: row {row}, column {column}: {cell} is not a number; {why}</source>
        <extracomment>the file&apos;s decimal mark (&quot;2,5&quot; in a file of decimal commas is a number)</extracomment>
        <translation>{path}：第 {row} 行，列 {column}：{cell} 不是数；{why}</translation>
    </message>
    <message>
        <source>{path}: row {row}, column {column}: {cell} is not a finite number; a target to predict must be finite numbers</source>
        <translation>{path}：第 {row} 行，列 {column}：{cell} 不是有限的数；要预测的目标必须是有限的数</translation>
    </message>
    <message>
        <source>several target columns must hold numbers</source>
        <translation>多个目标列必须是数值</translation>
    </message>
    <message>
        <source>{path}: several target columns for classification must be one-hot: every value 0 or 1 and exactly one 1 in each row</source>
        <translation>{path}：用于分类的多个目标列必须是独热编码：每个值为 0 或 1，且每行恰好有一个 1</translation>
    </message>
    <message>
        <source>a class label must be a finite number or a word</source>
        <translation>类别标签必须是有限的数或一个词</translation>
    </message>
    <message>
        <source>{names}: the same value in every row, which tells the network nothing</source>
        <translation>{names}：每一行都是同一个值，对网络没有任何信息</translation>
    </message>
    <message>
        <source>{names}: counts the rows (1, 2, 3, …), the row&apos;s place in the file and not something about the sample</source>
        <translation>{names}：在给行计数（1, 2, 3, …），表示的是该行在文件中的位置，而不是样本本身的特征</translation>
    </message>
    <message>
        <source>{names}: a different whole number in every row, as an id: it names the row and tells nothing about the sample</source>
        <translation>{names}：每一行一个不同的整数，像编号（id）：它只标出是哪一行，对样本本身什么也没说</translation>
    </message>
    <message>
        <source>{names}: a different text in nearly every row, as a name, an identifier or a date: one-hot, the network learns the rows by heart, and a new row&apos;s value is one it never saw</source>
        <translation>{names}：几乎每行都是不同的文本，像名字、编号或日期：独热编码后，网络会死记这些行，而新行的值是它从未见过的</translation>
    </message>
    <message>
        <source>{names} and {k} more</source>
        <translation>{names} 等另外 {k} 列</translation>
    </message>
    <message>
        <source>{name} (feature {k})</source>
        <translation>{name}（第 {k} 个特征）</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>{name} has changed since the project was saved: {then} rows then, {now} now. The weights were trained on the rows as they were; training goes on with the rows as they are now, and saving the project accepts them.</source>
        <translation>{name} 自项目保存以来已改变：当时 {then} 行，现在 {now} 行。权值是在原来的那些行上训练的；训练将在现在的行上继续，保存项目即接受这些数据。</translation>
    </message>
    <message>
        <source>{name} has changed since the project was saved: the same {rows} rows, other values. The weights were trained on the values as they were; training goes on with the values as they are now, and saving the project accepts them.</source>
        <translation>{name} 自项目保存以来已改变：同样 {rows} 行，数值不同。权值是在原来的数值上训练的；训练将在现在的数值上继续，保存项目即接受这些数据。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <extracomment>the encodings the CSV dialog offers, in its order, with their names for a user (any other codec Python knows may be given to ``read_csv`` and on the command line)</extracomment>
        <translation>H(z) = 1（z ≥ 0 时），否则为 0（单位阶跃函数；讲义中的 sgn）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese, simplified)</source>
        <translation>GBK / GB18030（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS（日文）</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250（中欧）</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1（Latin-1）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16（Excel 的 Unicode 文本）</translation>
    </message>
    <message>
        <source>text_encoding must be the name of a text encoding such as utf-8, cp1252 or gb18030, not {name}</source>
        <translation>text_encoding 必须是文本编码的名称，例如 utf-8、cp1252 或 gb18030，而不是 {name}</translation>
    </message>
    <message>
        <source>{name} is not a text encoding Python knows; for example utf-8, cp1252 (Windows, Western European) or gb18030 (Chinese)</source>
        <translation>{name} 不是 Python 认识的文本编码；例如 utf-8、cp1252（Windows 西欧）或 gb18030（中文）</translation>
    </message>
    <message>
        <source>{path}: row {line} is not UTF-8 text (byte 0x{byte}); the file was saved in another text encoding (Windows-1252 by Excel in Western Europe, GBK in China): give that one, or save the file as UTF-8</source>
        <translation>{path}：第 {line} 行不是 UTF-8 文本（字节 0x{byte}）；该文件以另一种文本编码保存（西欧的 Excel 用 Windows-1252，中国的用 GBK）：请指定该编码，或将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>{path}: row {line} is not {encoding} text (byte 0x{byte}); choose the text encoding the file was saved in</source>
        <translation>{path}：第 {line} 行不是 {encoding} 文本（字节 0x{byte}）；请选择该文件保存时所用的文本编码</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>outer</source>
        <extracomment>the words built-in data name their classes and features with, as the interface shows them (the data, projects and exports keep the English: a model exported in the Chinese interface names its classes as one exported in English does); see ``sources.shown_names``</extracomment>
        <translation>外圈</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>内圈</translation>
    </message>
    <message>
        <source>setosa</source>
        <translation>山鸢尾</translation>
    </message>
    <message>
        <source>versicolor</source>
        <translation>变色鸢尾</translation>
    </message>
    <message>
        <source>virginica</source>
        <translation>维吉尼亚鸢尾</translation>
    </message>
    <message>
        <source>sepal length (cm)</source>
        <translation>萼片长度 (cm)</translation>
    </message>
    <message>
        <source>sepal width (cm)</source>
        <translation>萼片宽度 (cm)</translation>
    </message>
    <message>
        <source>petal length (cm)</source>
        <translation>花瓣长度 (cm)</translation>
    </message>
    <message>
        <source>petal width (cm)</source>
        <translation>花瓣宽度 (cm)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>AND truth table</source>
        <extracomment>the gates&apos; titles and descriptions, one whole sentence each for the translators</extracomment>
        <translation>AND 真值表</translation>
    </message>
    <message>
        <source>The four points of the AND gate on inputs 0/1; one neuron separates it.</source>
        <translation>AND 门在输入 0/1 上的四个点；一个神经元就能把它分开。</translation>
    </message>
    <message>
        <source>OR truth table</source>
        <translation>OR 真值表</translation>
    </message>
    <message>
        <source>The four points of the OR gate on inputs 0/1; one neuron separates it.</source>
        <translation>OR 门在输入 0/1 上的四个点；一个神经元就能把它分开。</translation>
    </message>
    <message>
        <source>NAND truth table</source>
        <translation>NAND 真值表</translation>
    </message>
    <message>
        <source>The four points of the NAND gate on inputs 0/1; one neuron separates it.</source>
        <translation>NAND 门在输入 0/1 上的四个点；一个神经元就能把它分开。</translation>
    </message>
    <message>
        <source>XOR truth table</source>
        <translation>XOR 真值表</translation>
    </message>
    <message>
        <source>The four points of the XOR gate on inputs 0/1; no single neuron can separate it.</source>
        <translation>XOR 门在输入 0/1 上的四个点；单个神经元无法把它分开。</translation>
    </message>
    <message>
        <source>Noisy XOR</source>
        <translation>带噪声的 XOR</translation>
    </message>
    <message>
        <source>Gaussian clouds around the four corners of the unit square, labelled by XOR.</source>
        <translation>围绕单位正方形四个角的高斯点云，按 XOR 标记类别。</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>A small circle inside a large one (scikit-learn&apos;s make_circles, factor 0.5).</source>
        <translation>大圆里套一个小圆（scikit-learn 的 make_circles，factor 0.5）。</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <source>Two interleaving half-moons (scikit-learn&apos;s make_moons).</source>
        <translation>两个交错的半月形（scikit-learn 的 make_moons）。</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <source>Two interleaved spirals, as in TensorFlow Playground; needs a deep-ish network.</source>
        <translation>两条交织的螺旋线，与 TensorFlow Playground 中相同；需要较深的网络。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类团</translation>
    </message>
    <message>
        <source>Gaussian blobs, one per class (scikit-learn&apos;s make_blobs); noise is their spread.</source>
        <translation>高斯团，每个类别一团（scikit-learn 的 make_blobs）；噪声即它们的分散程度。</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分散程度</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>Points on [−1, 1]² coloured by a 4 × 4 checkerboard.</source>
        <translation>[−1, 1]² 上的点，按 4 × 4 棋盘格着色。</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>y = (x₁ + x₂) / 2 on [−1, 1]²: a single linear neuron fits it.</source>
        <translation>[−1, 1]² 上的 y = (x₁ + x₂) / 2：单个线性神经元即可拟合。</translation>
    </message>
    <message>
        <source>Gaussian bump</source>
        <translation>高斯峰</translation>
    </message>
    <message>
        <source>y = exp(−‖x‖² / 0.32) on [−1, 1]²: a bump that needs a hidden layer.</source>
        <translation>[−1, 1]² 上的 y = exp(−‖x‖² / 0.32)：一个需要隐含层才能拟合的峰。</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>正弦曲线</translation>
    </message>
    <message>
        <source>y = sin(πx) on [−1, 1]: one input, one output, a curve to fit.</source>
        <translation>[−1, 1] 上的 y = sin(πx)：一个输入、一个输出、一条要拟合的曲线。</translation>
    </message>
    <message>
        <source>Digits (8×8)</source>
        <translation>手写数字 (8×8)</translation>
    </message>
    <message>
        <source>scikit-learn&apos;s 1,797 handwritten digits, 8 × 8 pixels in [0, 1], 10 classes.</source>
        <translation>scikit-learn 的 1,797 个手写数字，8 × 8 像素，取值 [0, 1]，10 个类别。</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>Fisher&apos;s 150 iris flowers, 4 measurements in cm, 3 species.</source>
        <translation>Fisher 的 150 朵鸢尾花，4 项以厘米计的测量值，3 个品种。</translation>
    </message>
    <message>
        <source>unknown built-in data set {name}; choose one of {choices}</source>
        <translation>未知的内置数据集 {name}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>{dataset}: {name} must be an int from {low} to {high}, not {value}</source>
        <extracomment>the label in English; ``label`` reads it in the user&apos;s language</extracomment>
        <translation>{dataset}：{name} 必须是 {low} 到 {high} 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{dataset}: {name} must be a float from {low} to {high}, not {value}</source>
        <translation>{dataset}：{name} 必须是 {low} 到 {high} 之间的数，而不是 {value}</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{dataset}: unknown parameter {names}; allowed: {allowed}</source>
        <translation>{dataset}：未知参数 {names}；允许的参数：{allowed}</translation>
    </message>
    <message>
        <source>painted points</source>
        <extracomment>the kinds whose data live in files outside the project, which may move or go what painted points are called where the interface names the data</extracomment>
        <translation>绘制的点</translation>
    </message>
    <message>
        <source>one sample by hand</source>
        <extracomment>the data of the examples shipped with the program (File ▸ Open Example), named in the interface&apos;s language (&quot;one sample by hand&quot; stayed English in the Chinese one, tester)</extracomment>
        <translation>手算的一个样本</translation>
    </message>
    <message>
        <source>one neuron</source>
        <translation>一个神经元</translation>
    </message>
</context>
<context>
    <name>DescentSurface</name>
    <message>
        <source>the data need as many targets as inputs, at least one of each</source>
        <extracomment>the paths, in the order they are drawn and listed each path&apos;s batching and update rule how many window-sizes from the window&apos;s centre θ may go before its path has diverged the (w, b) window each model&apos;s surface is drawn over, around its data&apos;s minimum</extracomment>
        <translation>数据的目标数必须与输入数相同，且各至少一个</translation>
    </message>
    <message>
        <source>unknown model {model}: choose one of {names}</source>
        <translation>未知的模型 {model}：请从 {names} 中选择</translation>
    </message>
    <message>
        <source>the data need at least 2 samples, not {n_samples}</source>
        <translation>数据至少需要 2 个样本，而不是 {n_samples} 个</translation>
    </message>
    <message>
        <source>unknown method {method}: choose one of {names}</source>
        <extracomment>the refused θ of the step that diverged, when it is finite (the view draws the path heading off towards it), else None</extracomment>
        <translation>未知的方法 {method}：请从 {names} 中选择</translation>
    </message>
    <message>
        <source>η must be a number greater than 0, not {learning_rate}</source>
        <translation>η 必须是大于 0 的数，而不是 {learning_rate}</translation>
    </message>
    <message>
        <source>θ⁰ must be two finite numbers (w, b), not {start}</source>
        <translation>θ⁰ 必须是两个有限的数 (w, b)，而不是 {start}</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>δ is 0 in every layer: there is no error signal to carry back (a step output&apos;s σ&apos;(z) is 0 wherever it is defined, so gradient descent cannot train it; or every output is exactly right).</source>
        <extracomment>the error signal has vanished when the first layer gets this little of the output&apos;s the cost was made for the output activation (bce after sigmoid, cce after softmax): δᴸ = aᴸ − y, so a saturated output layer does not stop δ</extracomment>
        <translation>每一层的 δ 都是 0：没有误差信号可以向后传（阶跃输出的 σ&apos;(z) 在有定义处都为 0，所以梯度下降无法训练它；或者每个输出都恰好正确）。</translation>
    </message>
    <message>
        <source>The error signal vanishes on its way back: layer 1 gets {ratio} of what the output layer gets, so the first layers barely learn (vanishing gradients).</source>
        <translation>误差信号在反向传播中逐渐消失：第 1 层得到的只有输出层的 {ratio}，所以前面的层几乎学不到东西（梯度消失）。</translation>
    </message>
    <message>
        <source>The error signal grows on its way back: layer 1 gets {ratio} times the output layer&apos;s (exploding gradients): lower η.</source>
        <translation>误差信号在反向传播中不断放大：第 1 层得到的是输出层的 {ratio} 倍（梯度爆炸）：请降低 η。</translation>
    </message>
    <message>
        <source>The error signal reaches every layer: layer 1&apos;s mean |δ| is within a factor {factor} of the output layer&apos;s (a vanishing signal is {far} times smaller or more).</source>
        <translation>误差信号能传到每一层：第 1 层的平均 |δ| 与输出层相差不到 {factor} 倍（误差信号消失时要小 {far} 倍以上）。</translation>
    </message>
    <message>
        <source>{share} of the output layer&apos;s units are near 0 or 1. With this cost δᴸ = aᴸ − y, so that does not stop δ: it is small only where the outputs are right.</source>
        <translation>输出层中 {share} 的神经元接近 0 或 1。使用这个代价函数时 δᴸ = aᴸ − y，所以这不会使 δ 停止传播：只有输出正确的地方 δ 才小。</translation>
    </message>
    <message>
        <source>{share} of layer {l}&apos;s units are saturated: σ&apos;(z) ≈ 0 there, so δ stops (try smaller weights, normalised inputs, or ReLU).</source>
        <translation>第 {l} 层有 {share} 的神经元已饱和：那里 σ&apos;(z) ≈ 0，所以 δ 传不过去（试试更小的权重、归一化的输入或 ReLU）。</translation>
    </message>
    <message>
        <source>{share} of layer {l}&apos;s ReLU units are dead: no sample activates them, so they will not learn again (try a smaller η or leaky ReLU).</source>
        <translation>第 {l} 层有 {share} 的 ReLU 神经元已“死亡”：没有样本能激活它们，所以它们不会再学习（试试更小的 η 或 Leaky ReLU）。</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>a million</source>
        <extracomment>the same in words (English; translated where a message says it)</extracomment>
        <translation>一百万</translation>
    </message>
</context>
<context>
    <name>Explorers</name>
    <message>
        <source>{name} is not one function of one number: one neuron cannot use it</source>
        <extracomment>σ′ below this counts as saturated (sigmoid beyond |z| ≈ 3.9, tanh beyond |z| ≈ 2.6)</extracomment>
        <translation>{name} 不是单变量的函数：单个神经元无法使用它</translation>
    </message>
    <message>
        <source>unknown gate {gate}: choose one of {names}</source>
        <extracomment>a start that is wrong for every gate, from which AND and OR converge in four epochs at η = 0.5 and XOR is seen cycling in four</extracomment>
        <translation>未知的逻辑门 {gate}：请从 {names} 中选择</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot import weights from {path}: choose a .npz or .json file exported by Backprop Studio</source>
        <extracomment>the longest ``encoding`` string a .npz may hold: its JSON, for every raw column&apos;s name and categories (far more than the most inputs a network may have could ever need)</extracomment>
        <translation>无法从 {path} 导入权重：请选择由 Backprop Studio 导出的 .npz 或 .json 文件</translation>
    </message>
    <message>
        <source>weights file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>cannot import weights from {path}: {problem}</source>
        <translation>无法从 {path} 导入权重：{problem}</translation>
    </message>
    <message>
        <source>layer {l} is {theirs} in the file, {ours} here</source>
        <translation>第 {l} 层在文件中是 {theirs}，这里是 {ours}</translation>
    </message>
    <message>
        <source>the inputs&apos; normalisation is {theirs} in the file, {ours} here{same}</source>
        <translation>输入的归一化在文件中是 {theirs}，这里是 {ours}{same}</translation>
    </message>
    <message>
        <source> (with other numbers)</source>
        <translation>（数值不同）</translation>
    </message>
    <message>
        <source>the target is divided by {theirs} in the file, by {ours} here</source>
        <translation>目标在文件中除以 {theirs}，这里除以 {ours}</translation>
    </message>
    <message>
        <source>the file holds a {names} network with {n_found} layers; this network is {names2} with {n_sizes}</source>
        <translation>文件中是 {n_found} 层的 {names} 网络；而这个网络是 {n_sizes} 层的 {names2}</translation>
    </message>
    <message>
        <source>W{l} has shape {shape} and b{l} {shape2}, but this network needs {value} and {value2}</source>
        <translation>W{l} 的形状是 {shape}，b{l} 是 {shape2}，但这个网络需要 {value} 和 {value2}</translation>
    </message>
    <message>
        <source>it is not a readable .npz file ({error})</source>
        <translation>它不是可读的 .npz 文件（{error}）</translation>
    </message>
    <message>
        <source>cannot import weights from {path}: {strerror}</source>
        <translation>无法从 {path} 导入权重：{strerror}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is larger than the {most} bytes this program reads</source>
        <translation>文件超过了本程序可读取的 {most} 字节</translation>
    </message>
    <message>
        <source>it holds {filename}, which is not a numpy array</source>
        <translation>其中包含 {filename}，它不是 numpy 数组</translation>
    </message>
    <message>
        <source>{filename} uses .npy version {version}, not 1.0/2.0</source>
        <translation>{filename} 使用 .npy 版本 {version}，而不是 1.0/2.0</translation>
    </message>
    <message>
        <source>{filename} holds Python objects, which are never loaded</source>
        <translation>{filename} 包含 Python 对象，这类对象从不加载</translation>
    </message>
    <message>
        <source>it declares {n_layers} layers; between 1 and {most} are allowed</source>
        <translation>它声明了 {n_layers} 层；允许 1 到 {most} 层</translation>
    </message>
    <message>
        <source>it has {names} but only {n_layers} activation names</source>
        <translation>它有 {names}，但只有 {n_layers} 个激活函数名</translation>
    </message>
    <message>
        <source>W{l} has shape {headers} and b{l} {headers2}; after {previous} neurons they must be ({units}, {previous}) and ({units},)</source>
        <translation>W{l} 的形状是 {headers}，b{l} 是 {headers2}；在 {previous} 个神经元之后它们必须是 ({units}, {previous}) 和 ({units},)</translation>
    </message>
    <message>
        <source>{name} has shape {headers}, not ({n_inputs},)</source>
        <translation>{name} 的形状是 {headers}，而不是 ({n_inputs},)</translation>
    </message>
    <message>
        <source>it has no array {name}; is it a Backprop Studio weights file?</source>
        <translation>其中没有数组 {name}；这是 Backprop Studio 的权重文件吗？</translation>
    </message>
    <message>
        <source>{name} is a {n_shape}-D {dtype} array; expected {ndim}-D of kind {kinds}</source>
        <translation>{name} 是 {n_shape} 维 {dtype} 数组；应为类型 {kinds} 的 {ndim} 维数组</translation>
    </message>
    <message>
        <source>{name} is {dtype}; only float32 and float64 are read</source>
        <translation>{name} 是 {dtype}；只读取 float32 和 float64</translation>
    </message>
    <message>
        <source>{name} holds names longer than {MAX_NAME_CHARS} characters</source>
        <translation>{name} 中有超过 {MAX_NAME_CHARS} 个字符的名称</translation>
    </message>
    <message>
        <source>its format is {value}, not {WEIGHTS_FORMAT}</source>
        <translation>它的格式是 {value}，而不是 {WEIGHTS_FORMAT}</translation>
    </message>
    <message>
        <source>it is weights format version {value}; this program reads version {WEIGHTS_VERSION}</source>
        <translation>它是权重格式版本 {value}；本程序读取版本 {WEIGHTS_VERSION}</translation>
    </message>
    <message>
        <source>n_inputs says {value} but W1 has {n_inputs} columns</source>
        <translation>n_inputs 为 {value}，但 W1 有 {n_inputs} 列</translation>
    </message>
    <message>
        <source>the weights mix dtypes {names}</source>
        <translation>权重混用了 dtype {names}</translation>
    </message>
    <message>
        <source>W{l} or b{l} contains NaN or infinite numbers</source>
        <translation>W{l} 或 b{l} 含有 NaN 或无穷大的数</translation>
    </message>
    <message>
        <source>its encoding is not JSON ({error})</source>
        <translation>其编码不是 JSON（{error}）</translation>
    </message>
    <message>
        <source>1 output aᴸ</source>
        <translation>1 个输出 aᴸ</translation>
    </message>
    <message>
        <source>{k} outputs aᴸ</source>
        <translation>{k} 个输出 aᴸ</translation>
    </message>
    <message>
        <source>1 step output, 1 for {second} and 0 for {first}</source>
        <translation>1 个阶跃输出，{second} 为 1，{first} 为 0</translation>
    </message>
    <message>
        <source>1 output, the probability of {second} ({first} below 0.5)</source>
        <translation>1 个输出，即 {second} 的概率（低于 0.5 为 {first}）</translation>
    </message>
    <message>
        <source>{k} outputs, one per class in the order {names}; the largest wins</source>
        <translation>{k} 个输出，每个类别一个，顺序为 {names}；最大者获胜</translation>
    </message>
    <message>
        <source>rows of {n} raw values ({names}; text as text)</source>
        <extracomment>a note names this many columns or classes, then &quot;…&quot; (784 pixel names made the ONNX export&apos;s message taller than the screen, tester)</extracomment>
        <translation>每行 {n} 个原始值（{names}；文本保持为文本）</translation>
    </message>
    <message>
        <source>(N, {n}) raw features{names}</source>
        <translation>形状为 (N, {n}) 的原始特征{names}</translation>
    </message>
    <message>
        <source>{x}: float32 (N, {n}), raw features</source>
        <translation>{x}：float32 (N, {n})，原始特征</translation>
    </message>
    <message>
        <source>{x}: float32 (N, {n}), raw features ({names})</source>
        <translation>{x}：float32 (N, {n})，原始特征（{names}）</translation>
    </message>
    <message>
        <source>{x}: float32 (N, {n}), the numeric raw columns ({names})</source>
        <translation>{x}：float32 (N, {n})，数值型原始列（{names}）</translation>
    </message>
    <message>
        <source>{x}: string (N, {n}), the text raw columns ({names}), each value one of its categories, one-hot encoded inside</source>
        <translation>{x}：string (N, {n})，文本型原始列（{names}），每个值是该列的一个类别，在模型内部做独热编码</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No epoch has been trained: these are the network&apos;s starting weights (or ones typed in), not a trained model.</source>
        <translation>还没有训练任何一期：这是网络的初始权重（或手动输入的权重），不是训练好的模型。</translation>
    </message>
    <message>
        <source>No epoch has been trained since the weights were reset or the network or its data changed: these weights are not a trained model.</source>
        <translation>自权值重置或网络、数据改变以来尚未训练任何轮次：这些权值不是训练好的模型。</translation>
    </message>
    <message>
        <source>ONNX inputs: {inputs}. Output {y}: float32 (N, {k}), {outputs}.</source>
        <translation>ONNX 输入：{inputs}。输出 {y}：float32 (N, {k})，{outputs}。</translation>
    </message>
    <message>
        <source>predict(X) takes {raw} and returns {dtype} (N, {k}): {outputs}.</source>
        <translation>predict(X) 接受{raw}，返回 {dtype} (N, {k})：{outputs}。</translation>
    </message>
    <message>
        <source>predict(X) takes {raw} and returns {dtype} (N, {k}): {outputs}; predict_class(X) the class names.</source>
        <translation>predict(X) 接受{raw}，返回 {dtype} (N, {k})：{outputs}；predict_class(X) 返回类别名。</translation>
    </message>
    <message>
        <source>a float64 tensor (N, {d}) of the encoded features (encode(rows) makes it; predict(rows) takes {raw})</source>
        <translation>编码后特征的 float64 张量 (N, {d})（由 encode(rows) 生成；predict(rows) 接受{raw}）</translation>
    </message>
    <message>
        <source>a float64 tensor {raw}</source>
        <translation>一个 float64 张量，{raw}</translation>
    </message>
    <message>
        <source>model(x) takes {takes} and returns {outputs}. To go on training on the program&apos;s trajectory: the rows TRAINING_ROWS in the order epoch_order(k), BATCH_SIZE rows per update (the file&apos;s docstring has the loop).</source>
        <translation>model(x) 接受{takes}，返回 {outputs}。要沿程序的轨迹继续训练：按 epoch_order(k) 的顺序取 TRAINING_ROWS 中的行，每次更新 BATCH_SIZE 行（文件的文档字符串中有完整循环）。</translation>
    </message>
    <message>
        <source>W1, b1, … (Wˡ of shape (Nₗ, Nₗ₋₁)) with the normalisation; the network takes {n} features; {outputs}.</source>
        <translation>W1, b1, …（Wˡ 的形状为 (Nₗ, Nₗ₋₁)）及归一化参数；网络接受 {n} 个特征；{outputs}。</translation>
    </message>
    <message>
        <source>The output is {target}.</source>
        <translation>输出是 {target}。</translation>
    </message>
    <message>
        <source>The outputs are {divided}; predict_target(X) and the script&apos;s command line give {target} itself.</source>
        <translation>输出是 {divided}；predict_target(X) 和脚本的命令行给出 {target} 本身。</translation>
    </message>
    <message>
        <source>The outputs are {divided}: multiply them by {divisor} for {target} itself.</source>
        <translation>输出是 {divided}：乘以 {divisor} 即得 {target} 本身。</translation>
    </message>
    <message>
        <source>the file holds {kind}, not a weights object</source>
        <translation>文件中是 {kind}，而不是权重对象</translation>
    </message>
    <message>
        <source>it is not a Backprop Studio weights file (its &quot;format&quot; is {value}, not {WEIGHTS_FORMAT})</source>
        <translation>它不是 Backprop Studio 的权重文件（其 &quot;format&quot; 是 {value}，而不是 {WEIGHTS_FORMAT}）</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number, not {version}</source>
        <translation>它的 &quot;version&quot; 必须是整数，而不是 {version}</translation>
    </message>
    <message>
        <source>it is weights format version {version}; this program reads version {WEIGHTS_VERSION}. Update Backprop Studio to open it</source>
        <translation>它是权重格式版本 {version}；本程序读取版本 {WEIGHTS_VERSION}。请更新 Backprop Studio 后再打开</translation>
    </message>
    <message>
        <source>&quot;n_inputs&quot; must be a whole number, not {kind}</source>
        <translation>&quot;n_inputs&quot; 必须是整数，而不是 {kind}</translation>
    </message>
    <message>
        <source>&quot;layers&quot; must be a list of 1 to {MAX_LAYERS} layers</source>
        <translation>&quot;layers&quot; 必须是 1 到 {MAX_LAYERS} 层的列表</translation>
    </message>
    <message>
        <source>&quot;dtype&quot; must be float64 or float32, not {dtype}</source>
        <translation>&quot;dtype&quot; 必须是 float64 或 float32，而不是 {dtype}</translation>
    </message>
    <message>
        <source>&quot;loss&quot; must be a name, not {kind}</source>
        <translation>&quot;loss&quot; 必须是名称，而不是 {kind}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of names, not {kind}</source>
        <translation>&quot;{key}&quot; 必须是名称列表，而不是 {kind}</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be a list of names, not {kind}</source>
        <translation>&quot;features&quot; 必须是名称列表，而不是 {kind}</translation>
    </message>
    <message>
        <source>it lists {n_value} input feature(s) for {n_inputs} inputs</source>
        <translation>它为 {n_inputs} 个输入列出了 {n_value} 个输入特征</translation>
    </message>
    <message>
        <source>its encoding makes {count} features of the raw columns; the network takes {n_inputs}</source>
        <translation>其编码由原始列得到 {count} 个特征；网络接收 {n_inputs} 个</translation>
    </message>
    <message>
        <source>the normalisation {method} is unknown; known are {names}</source>
        <translation>未知的归一化方法 {method}；已知的有 {names}</translation>
    </message>
    <message>
        <source>the normalisation needs finite shifts and positive scales</source>
        <translation>归一化需要有限的平移量和正的缩放量</translation>
    </message>
    <message>
        <source>&quot;normalisation&quot; must be an object with method, shift and scale</source>
        <translation>&quot;normalisation&quot; 必须是含 method、shift 和 scale 的对象</translation>
    </message>
    <message>
        <source>layer {l} must be an object, not {kind}</source>
        <translation>第 {l} 层必须是对象，而不是 {kind}</translation>
    </message>
    <message>
        <source>layer {l}&apos;s &quot;{key}&quot; is {value}, which is not valid</source>
        <translation>第 {l} 层的 &quot;{key}&quot; 是 {value}，这是无效的</translation>
    </message>
    <message>
        <source>{where} must be a list of {rows} rows to fit the architecture</source>
        <translation>{where} 必须是 {rows} 行的列表才符合网络结构</translation>
    </message>
    <message>
        <source>{where} must be a list of {length} numbers; it is {found}</source>
        <translation>{where} 必须是 {length} 个数的列表；实际是 {found}</translation>
    </message>
    <message>
        <source>{where} holds something that is not a finite number</source>
        <translation>{where} 中有不是有限数的内容</translation>
    </message>
    <message>
        <source>unknown export format {format}: choose one of {names}</source>
        <translation>未知的导出格式 {format}：请从 {names} 中选择</translation>
    </message>
    <message>
        <source>cannot export to {path}: the PyTorch module is a .py file (its weights go beside it in a .safetensors file)</source>
        <translation>无法导出到 {path}：PyTorch 模块是 .py 文件（其权重放在旁边的 .safetensors 文件中）</translation>
    </message>
    <message>
        <source>cannot export: {error}</source>
        <translation>无法导出：{error}</translation>
    </message>
    <message>
        <source>the activation {activation} has no ONNX form in this program</source>
        <translation>激活函数 {activation} 在本程序中没有 ONNX 形式</translation>
    </message>
    <message>
        <source>the target&apos;s scale must give its name and its divisor, not {value}</source>
        <translation>目标的缩放须给出其名称和除数，而不是 {value}</translation>
    </message>
    <message>
        <source>the target&apos;s divisor must be a positive number, not {value}</source>
        <translation>目标的除数须为正数，而不是 {value}</translation>
    </message>
    <message>
        <source>the normaliser has {shape} features but the network takes {n_inputs} inputs</source>
        <translation>归一化参数有 {shape} 个特征，但网络接受 {n_inputs} 个输入</translation>
    </message>
    <message>
        <source>the input features {features} are {n_features} but the network takes {n_inputs} inputs</source>
        <translation>输入特征 {features} 共 {n_features} 个，但网络接受 {n_inputs} 个输入</translation>
    </message>
    <message>
        <source>the data&apos;s encoding makes {n_features} features but the network takes {encoded}</source>
        <translation>数据编码生成 {n_features} 个特征，但网络接受 {encoded}</translation>
    </message>
    <message>
        <source>{n_names} class names do not fit {n_outputs} output(s): one output needs two names (it is the probability of the second), more outputs one name each</source>
        <translation>{n_names} 个类别名与 {n_outputs} 个输出不符：一个输出需要两个名称（它是第二个类别的概率），多个输出则每个输出一个名称</translation>
    </message>
    <message>
        <source>{n_names} feature names do not fit the {n_raw} raw features the network takes</source>
        <translation>{n_names} 个特征名与网络接受的 {n_raw} 个原始特征不符</translation>
    </message>
    <message>
        <source>no predictor code for the activation(s) {names}</source>
        <translation>激活函数 {names} 没有预测器代码</translation>
    </message>
    <message>
        <source>{name} is {dtype}; only float32, float64 and int64 are written</source>
        <extracomment>``encode`` in the torch module: the shared encoding, as a tensor the weights file&apos;s tensor of the data&apos;s rows training took (``TRAINING_ROWS``)</extracomment>
        <translation>{name} 是 {dtype}；只写出 float32、float64 和 int64</translation>
    </message>
    <message>
        <source>no PyTorch form for the activation(s) {names}</source>
        <translation>激活函数 {names} 没有 PyTorch 形式</translation>
    </message>
    <message>
        <source>no PyTorch form for the cost {loss}</source>
        <translation>代价函数 {loss} 没有 PyTorch 形式</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>there is no input feature {name}: choose from {choices}</source>
        <extracomment>the ONNX operator of each op (Identity, Mul, Sin: all in every opset the exports use) every feature on offer, in the order the network takes them the names of the raw features, which need no map raw features a data set must have to take input features</extracomment>
        <translation>没有输入特征 {name}：请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>choose at least one input feature (the network needs an input)</source>
        <translation>请至少选择一个输入特征（网络需要输入）</translation>
    </message>
    <message>
        <source>input features are computed from 2 raw features (x₁, x₂); got an array of shape {shape}</source>
        <translation>输入特征由 2 个原始特征 (x₁, x₂) 计算得到；实际得到形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>input features such as x₁² are for data with 2 raw features (x₁, x₂), but {name} has {n}</source>
        <translation>x₁² 这样的输入特征只适用于有 2 个原始特征 (x₁, x₂) 的数据，但 {name} 有 {n} 个</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>GradientCheck</name>
    <message>
        <source>epsilon must be a small positive number, not {epsilon}</source>
        <translation>epsilon 必须是很小的正数，而不是 {epsilon}</translation>
    </message>
</context>
<context>
    <name>Initializers</name>
    <message>
        <source>Automatic (Glorot, or He for ReLU)</source>
        <translation>自动（Glorot，ReLU 用 He）</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot 均匀分布</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态分布</translation>
    </message>
    <message>
        <source>Uniform (−a, a)</source>
        <translation>均匀分布 (−a, a)</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>the a of uniform(−a, a) must be a positive number, not {a}</source>
        <extracomment>The rule &quot;auto&quot; picks for each activation.</extracomment>
        <translation>uniform(−a, a) 中的 a 必须是正数，而不是 {a}</translation>
    </message>
    <message>
        <source>unknown initialisation {name}: choose auto, glorot, he, uniform or zeros</source>
        <translation>未知的初始化方法 {name}：请选择 auto、glorot、he、uniform 或 zeros</translation>
    </message>
    <message>
        <source>init must be a rule&apos;s name or an Initializer, not {init}</source>
        <translation>init 必须是初始化方法的名称或 Initializer，而不是 {init}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>unknown task {task}: choose classification or regression</source>
        <translation>未知的任务 {task}：请选择 classification（分类）或 regression（回归）</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Batch (all N)</source>
        <extracomment>each mode&apos;s name as a user reads it, translated when read</extracomment>
        <translation>批量（全部 N 个）</translation>
    </message>
    <message>
        <source>Stochastic (1)</source>
        <translation>随机（1 个）</translation>
    </message>
    <message>
        <source>Mini-batch (m)</source>
        <translation>小批量（m 个）</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>感知机规则</translation>
    </message>
    <message>
        <source>One update per epoch, from the gradient over all N training samples.</source>
        <extracomment>what each mode does, translated when read</extracomment>
        <translation>每期更新一次，使用全部 N 个训练样本上的梯度。</translation>
    </message>
    <message>
        <source>One update per sample: N updates per epoch, each from one sample&apos;s gradient.</source>
        <translation>每个样本更新一次：每期 N 次更新，每次使用一个样本的梯度。</translation>
    </message>
    <message>
        <source>One update per batch of m samples: ⌈N/m⌉ iterations per epoch, the last batch may be smaller.</source>
        <translation>每 m 个样本的批量更新一次：每期 ⌈N/m⌉ 次迭代，最后一个批量可能较小。</translation>
    </message>
    <message>
        <source>The perceptron learning rule, for one layer of step neurons: w ← w + η(y − a)x.</source>
        <translation>感知机学习规则，用于单层阶跃神经元：w ← w + η(y − a)x。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>a Network is built from a NetworkSpec, not {spec}</source>
        <translation>Network 由 NetworkSpec 构建，而不是 {spec}</translation>
    </message>
    <message>
        <source>seed must be a whole number ≥ 0 (or None), not {seed}</source>
        <translation>随机种子必须是 ≥ 0 的整数（或 None），而不是 {seed}</translation>
    </message>
    <message>
        <source>the spec has {n_layers} layers of neurons, so it needs {n_layers} {what} arrays, not {n_arrays}</source>
        <translation>网络结构有 {n_layers} 层神经元，所以需要 {n_layers} 个 {what} 数组，而不是 {n_arrays} 个</translation>
    </message>
    <message>
        <source>expected {n_parameters} parameters, got shape {shape}</source>
        <translation>应有 {n_parameters} 个参数，实际形状为 {shape}</translation>
    </message>
    <message>
        <source>a network is described by a dict with spec, weights and biases</source>
        <translation>网络由含 spec、weights 和 biases 的字典描述</translation>
    </message>
    <message>
        <source>{name} is not a rectangular table of numbers</source>
        <translation>{name} 不是规整的数值表格</translation>
    </message>
    <message>
        <source>{name} must hold numbers, not {dtype} values</source>
        <translation>{name} 必须包含数值，而不是 {dtype} 类型的值</translation>
    </message>
    <message>
        <source>{name} has shape {shape} but the spec needs {shape2}</source>
        <translation>{name} 的形状是 {shape}，但网络结构需要 {shape2}</translation>
    </message>
    <message>
        <source>{name} holds NaN or infinite values</source>
        <translation>{name} 含有 NaN 或无穷大的值</translation>
    </message>
</context>
<context>
    <name>Normalisation</name>
    <message>
        <source>None (raw values)</source>
        <extracomment>each method&apos;s name as a user reads it, translated when read</extracomment>
        <translation>无（原始值）</translation>
    </message>
    <message>
        <source>Standardise (mean 0, sd 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>Min–max (0 to 1)</source>
        <translation>最小–最大（缩放到 [0, 1]）</translation>
    </message>
    <message>
        <source>normalisation needs at least one row of a 2-D array, got {shape}</source>
        <translation>归一化至少需要二维数组中的一行，实际为 {shape}</translation>
    </message>
    <message>
        <source>the inputs are too large (or not finite) to normalise</source>
        <translation>输入太大（或不是有限值），无法归一化</translation>
    </message>
    <message>
        <source>normaliser was fitted on {n} features; got an array of shape {shape}</source>
        <translation>归一化参数是在 {n} 个特征上拟合的；实际得到形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>normalisation statistics are damaged: {error}</source>
        <translation>归一化统计量已损坏：{error}</translation>
    </message>
    <message>
        <source>normalisation statistics are damaged: shift and scale must be equal-length lists of finite numbers with positive scales</source>
        <translation>归一化统计量已损坏：shift 和 scale 必须是等长的有限数列表，且 scale 为正</translation>
    </message>
    <message>
        <source>normalisation must be one of {choices}, not {method}</source>
        <translation>归一化方法必须是 {choices} 之一，而不是 {method}</translation>
    </message>
    <message>
        <source>the features&apos; ranges differ {ratio}-fold ({wide} spans {wide_spread}, {narrow} {narrow_spread})</source>
        <extracomment>features whose spreads differ more than this many times, or whose values reach beyond ±LARGE_VALUE, saturate tanh and sigmoid units unless they are normalised</extracomment>
        <translation>各特征的取值范围相差 {ratio} 倍（{wide} 的跨度为 {wide_spread}，{narrow} 为 {narrow_spread}）</translation>
    </message>
    <message>
        <source>the features reach {largest}, far outside the range where tanh and sigmoid bend</source>
        <translation>特征值达到 {largest}，远超出 tanh 和 sigmoid 弯曲的范围</translation>
    </message>
    <message>
        <source>the target {name} reaches {largest}, while the network&apos;s outputs start near 0: it may hardly learn at all, its hidden neurons saturating as the weights grow to reach the target. Give the target in larger units (divided by {factor}, say)</source>
        <extracomment>a regression target beyond ±TARGET_LARGE is far from where a network&apos;s outputs start</extracomment>
        <translation>目标 {name} 达到 {largest}，而网络的输出从 0 附近开始：它可能几乎学不会——权重为了够到目标而不断增大，隐藏神经元随之饱和。请用更大的单位给出目标（例如除以 {factor}）</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Plain</source>
        <extracomment>each optimizer&apos;s name as a user reads it, translated when read</extracomment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Plain gradient descent: θ ← θ − η∇C, on the samples the mode takes (torch.optim.SGD).</source>
        <extracomment>what each optimizer does, translated when read</extracomment>
        <translation>普通梯度下降：θ ← θ − η∇C，用所选方式取的样本（即 torch.optim.SGD）。</translation>
    </message>
    <message>
        <source>Gradient descent with a velocity that remembers earlier steps (μ, as torch.optim.SGD).</source>
        <translation>带速度项的梯度下降，记住之前的步伐（μ，与 torch.optim.SGD 相同）。</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the gradient at where the velocity is taking θ.</source>
        <translation>向前看的动量：在速度将把 θ 带到的位置计算梯度。</translation>
    </message>
    <message>
        <source>Divides each step by a running root mean square of its gradients (α).</source>
        <translation>每一步除以梯度的滑动均方根（α）。</translation>
    </message>
    <message>
        <source>Momentum and RMSprop together, bias-corrected (β₁, β₂).</source>
        <translation>动量与 RMSprop 结合，并做偏差修正（β₁, β₂）。</translation>
    </message>
    <message>
        <source>unknown optimizer {name}: choose one of {choices}</source>
        <translation>未知的优化器 {name}：请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>OutputRange</name>
    <message>
        <source>between {low} and {high}</source>
        <extracomment>the values each bounded activation gives (the others reach every real number)</extracomment>
        <translation>介于 {low} 与 {high} 之间</translation>
    </message>
    <message>
        <source>of {low} or more</source>
        <translation>不小于 {low}</translation>
    </message>
    <message>
        <source>the output layer&apos;s activation ({activation}) gives values {span} only, and the target {name} reaches {value}: those targets cannot be learnt. Choose a linear output on the canvas (click the output layer&apos;s activation)</source>
        <translation>输出层的激活函数（{activation}）只给出{span}的值，而目标 {name} 达到 {value}：这些目标无法学到。请在画布上为输出层选择线性激活（点击输出层的激活函数）</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <source>the perceptron rule keeps cycling through the same weights: no straight line (hyperplane) separates these classes, they are not linearly separable (XOR is the classic case). Add a hidden layer of sigmoid or tanh neurons and train with gradient descent</source>
        <extracomment>the runs&apos; endings in words (English, translated where a report is made)</extracomment>
        <translation>感知机规则在相同的权重之间反复循环：没有一条直线（超平面）能分开这些类别，它们不是线性可分的（XOR 是经典例子）。请添加一个 sigmoid 或 tanh 神经元的隐含层，并用梯度下降训练</translation>
    </message>
    <message>
        <source>the perceptron rule did not converge in {epochs} epochs: the classes are probably not linearly separable (like XOR). Add a hidden layer of sigmoid or tanh neurons and train with gradient descent, or allow more epochs</source>
        <translation>感知机规则在 {epochs} 期内没有收敛：这些类别很可能不是线性可分的（如 XOR）。请添加一个 sigmoid 或 tanh 神经元的隐含层并用梯度下降训练，或允许更多期</translation>
    </message>
    <message>
        <source>the perceptron step needs w and x of one length, not shapes {shape} and {shape2}</source>
        <translation>感知机单步需要等长的 w 和 x，而不是形状 {shape} 和 {shape2}</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 个隐含层</translation>
    </message>
    <message>
        <source>{count} hidden layers</source>
        <translation>{count} 个隐含层</translation>
    </message>
    <message>
        <source>“{a}”, “{b}” or “{c}”</source>
        <translation>“{a}”、“{b}”或“{c}”</translation>
    </message>
    <message>
        <source>the perceptron rule trains a single layer of step neurons, but this net has {hidden}: train it with gradient descent (mode {modes}) and sigmoid instead of step</source>
        <translation>感知机规则只训练单层阶跃神经元，但这个网络有{hidden}：请用梯度下降训练（模式{modes}），并用 sigmoid 代替阶跃函数</translation>
    </message>
    <message>
        <source>the perceptron rule trains a single layer of step neurons, but this net has {hidden} and no step neuron: train it with gradient descent (mode {modes})</source>
        <translation>感知机规则只训练单层阶跃神经元，但这个网络有{hidden}，且没有阶跃神经元：请用梯度下降训练（模式{modes}）</translation>
    </message>
    <message>
        <source>the perceptron rule trains step neurons, but the output layer uses {output_activation}: choose step, or train with gradient descent</source>
        <translation>感知机规则训练阶跃神经元，但输出层使用的是 {output_activation}：请选择 step（阶跃函数），或用梯度下降训练</translation>
    </message>
    <message>
        <source>the perceptron rule needs targets of 0 or 1, one per step neuron</source>
        <translation>感知机规则需要 0 或 1 的目标值，每个阶跃神经元一个</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>only float32 and float64 arrays can be stored, not {name}</source>
        <translation>只能保存 float32 和 float64 数组，而不是 {name}</translation>
    </message>
    <message>
        <source>{where} must be an object with dtype, shape and base64, not {kind}</source>
        <translation>{where} 必须是含 dtype、shape 和 base64 的对象，而不是 {kind}</translation>
    </message>
    <message>
        <source>{where} must have exactly the keys dtype, shape and base64; it has {names}</source>
        <translation>{where} 必须恰好有 dtype、shape 和 base64 三个键；实际有 {names}</translation>
    </message>
    <message>
        <source>{where} has dtype {dtype_name}; only float64 and float32 are read</source>
        <translation>{where} 的 dtype 是 {dtype_name}；只读取 float64 和 float32</translation>
    </message>
    <message>
        <source>{where} has shape {shape}; a shape is a list of whole numbers</source>
        <translation>{where} 的形状是 {shape}；形状必须是整数列表</translation>
    </message>
    <message>
        <source>{where} has shape {value} but the architecture needs {value2}</source>
        <translation>{where} 的形状是 {value}，但网络结构需要 {value2}</translation>
    </message>
    <message>
        <source>{where}: base64 must be a string, not {kind}</source>
        <translation>{where}：base64 必须是字符串，而不是 {kind}</translation>
    </message>
    <message>
        <source>{where}: the data is {n_text} base64 characters, but shape {shape} in {name} needs {value}</source>
        <translation>{where}：数据是 {n_text} 个 base64 字符，但 {name} 的形状 {shape} 需要 {value} 个</translation>
    </message>
    <message>
        <source>{where}: the data is not valid base64</source>
        <translation>{where}：数据不是有效的 base64</translation>
    </message>
    <message>
        <source>{where}: the data holds {n_raw} bytes, not {n_bytes}</source>
        <translation>{where}：数据有 {n_raw} 字节，而不是 {n_bytes} 字节</translation>
    </message>
    <message>
        <source>{where} contains NaN or infinite numbers</source>
        <translation>{where} 含有 NaN 或无穷大的数</translation>
    </message>
    <message>
        <source>cannot write {target}: the folder {parent} does not exist</source>
        <translation>无法写入 {target}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>cannot write the folder {target}: a file of that name exists</source>
        <translation>无法写入文件夹 {target}：已存在同名文件</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder, not a file</source>
        <translation>无法写入 {target}：它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot write {target}: the folder {folder} is read-only</source>
        <translation>无法写入 {target}：文件夹 {folder} 是只读的</translation>
    </message>
    <message>
        <source>cannot write {target}: it is read-only</source>
        <translation>无法写入 {target}：它是只读的</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>无法写入 {target}：{reason}</translation>
    </message>
    <message>
        <source>cannot save project {path}: {problem}</source>
        <translation>无法保存项目 {path}：{problem}</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>cannot open project {path}: {problem}</source>
        <translation>无法打开项目 {path}：{problem}</translation>
    </message>
    <message>
        <source>only a Project holding a Network can be saved</source>
        <translation>只能保存含有 Network 的 Project</translation>
    </message>
    <message>
        <source>W{l} or b{l} holds NaN or infinite numbers</source>
        <translation>W{l} 或 b{l} 含有 NaN 或无穷大的数</translation>
    </message>
    <message>
        <source>the history or settings hold something that is not a number ({error})</source>
        <translation>训练历史或设置中有不是数的内容（{error}）</translation>
    </message>
    <message>
        <source>the network declares {n_units} layers; between 1 and {MAX_LAYERS} are allowed</source>
        <extracomment>past this many parameters the window asks before it builds a network (slow, and large) the highest epoch a history may number (runs go on counting; far below int64&apos;s range, so thinning&apos;s grids and the plots never overflow)</extracomment>
        <translation>网络声明了 {n_units} 层；允许 1 到 {MAX_LAYERS} 层</translation>
    </message>
    <message>
        <source>layer {l} declares {n} neurons; between 1 and {MAX_UNITS} are allowed</source>
        <translation>第 {l} 层声明了 {n} 个神经元；允许 1 到 {MAX_UNITS} 个</translation>
    </message>
    <message>
        <source>the network declares {n_inputs} inputs; between 1 and {MAX_INPUTS} are allowed</source>
        <translation>网络声明了 {n_inputs} 个输入；允许 1 到 {MAX_INPUTS} 个</translation>
    </message>
    <message>
        <source>the network declares {parameters} parameters; at most {MAX_PARAMETERS} are allowed</source>
        <translation>网络声明了 {parameters} 个参数；最多允许 {MAX_PARAMETERS} 个</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应有用双引号括起的键名</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应有逗号 ,</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应有冒号 :</translation>
    </message>
    <message>
        <source>Unterminated string starting</source>
        <translation>从此处开始的字符串没有结束</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <translation>无效的控制字符</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>无效的转义序列 \</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: the file is empty</source>
        <translation>无法打开{what} {path}：文件是空的</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: it is a CSV data file, not a project</source>
        <translation>无法打开{what} {path}：它是 CSV 数据文件，不是项目</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: not valid JSON ({msg} at line {lineno}, column {colno}); the file may be truncated or damaged</source>
        <translation>无法打开{what} {path}：不是有效的 JSON（第 {lineno} 行第 {colno} 列：{msg}）；文件可能不完整或已损坏</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: {error}</source>
        <translation>无法打开{what} {path}：{error}</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: the JSON is nested too deeply</source>
        <translation>无法打开{what} {path}：JSON 嵌套太深</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: it is a folder, not a file</source>
        <translation>无法打开{what} {path}：它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: the file is {size} bytes, more than the {most} this program reads</source>
        <translation>无法打开{what} {path}：文件有 {size} 字节，超过了本程序可读取的 {most} 字节</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: no such file</source>
        <translation>无法打开{what} {path}：文件不存在</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: {strerror}</source>
        <translation>无法打开{what} {path}：{strerror}</translation>
    </message>
    <message>
        <source>cannot open {what} {path}: it is not a text (UTF-8 JSON) file; is it the right file?</source>
        <translation>无法打开{what} {path}：它不是文本（UTF-8 JSON）文件；是不是选错了文件？</translation>
    </message>
    <message>
        <source>it contains {name}, which is not a number JSON allows</source>
        <translation>其中包含 {name}，这不是 JSON 允许的数</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>键 {key} 在同一个对象中出现了两次</translation>
    </message>
    <message>
        <source>the training settings are damaged: {error}</source>
        <translation>训练设置已损坏：{error}</translation>
    </message>
    <message>
        <source>&quot;layout&quot; must be an object, not {kind}</source>
        <translation>&quot;layout&quot; 必须是对象，而不是 {kind}</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string, not {kind}</source>
        <translation>&quot;name&quot; 必须是字符串，而不是 {kind}</translation>
    </message>
    <message>
        <source>the file holds {kind}, not a project object</source>
        <translation>文件中是 {kind}，而不是项目对象</translation>
    </message>
    <message>
        <source>it holds a network&apos;s exported weights, not a project: open or make a project and bring the weights in with File ▸ Import Weights…</source>
        <translation>它存的是导出的网络权重，不是项目：请打开或新建一个项目，再用“文件 ▸ 导入权重…”把权重导入</translation>
    </message>
    <message>
        <source>it is not a Backprop Studio project (it has no &quot;format&quot;; a project&apos;s is {FORMAT_NAME})</source>
        <translation>这不是 Backprop Studio 项目（它没有 &quot;format&quot;；项目的 &quot;format&quot; 是 {FORMAT_NAME}）</translation>
    </message>
    <message>
        <source>it is not a Backprop Studio project (its &quot;format&quot; is {value}, not {FORMAT_NAME})</source>
        <translation>它不是 Backprop Studio 项目（其 &quot;format&quot; 是 {value}，而不是 {FORMAT_NAME}）</translation>
    </message>
    <message>
        <source>the lesson preset must be an object, not {kind}</source>
        <extracomment>panel and control names are identifiers (``trainingDock``, ``learning_rate``) Qt&apos;s saveState of a window with a few dozen docks is a few kB; far more is not a layout</extracomment>
        <translation>课程预设必须是对象，而不是 {kind}</translation>
    </message>
    <message>
        <source>the lesson preset has unknown keys {names}</source>
        <translation>课程预设有未知的键 {names}</translation>
    </message>
    <message>
        <source>the lesson preset&apos;s name must be 1 to {MAX_PRESET_NAME} characters, not {name}</source>
        <translation>课程预设的名称必须是 1 到 {MAX_PRESET_NAME} 个字符，而不是 {name}</translation>
    </message>
    <message>
        <source>the lesson preset&apos;s {key} must be a list of at most {MAX_NAMES} names (letters, digits and _)</source>
        <translation>课程预设的 {key} 必须是最多 {MAX_NAMES} 个名称的列表（字母、数字和 _）</translation>
    </message>
    <message>
        <source>the lesson preset&apos;s {key} name one thing twice</source>
        <translation>课程预设的 {key} 中有重复的名称</translation>
    </message>
    <message>
        <source>the lesson preset&apos;s lock_style must be one of {names}, not {value}</source>
        <translation>课程预设的 lock_style 必须是 {names} 之一，而不是 {value}</translation>
    </message>
    <message>
        <source>the lesson preset&apos;s classroom must be true or false, not {classroom}</source>
        <translation>课程预设的 classroom 必须是 true 或 false，而不是 {classroom}</translation>
    </message>
    <message>
        <source>the lesson preset&apos;s window_state must be base64 text of at most {MAX_WINDOW_STATE} characters</source>
        <translation>课程预设的 window_state 必须是最多 {MAX_WINDOW_STATE} 个字符的 base64 文本</translation>
    </message>
    <message>
        <source>lesson preset</source>
        <translation>课程预设</translation>
    </message>
    <message>
        <source>it is not a Backprop Studio lesson preset</source>
        <translation>它不是 Backprop Studio 的课程预设</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number, not {version}</source>
        <translation>它的 &quot;version&quot; 必须是整数，而不是 {version}</translation>
    </message>
    <message>
        <source>it is lesson preset version {version}, written by a newer Backprop Studio; this program reads version {PRESET_VERSION}</source>
        <translation>它是课程预设版本 {version}，由更新版本的 Backprop Studio 写入；本程序读取版本 {PRESET_VERSION}</translation>
    </message>
    <message>
        <source>it must hold format, version and preset only</source>
        <translation>它只能包含 format、version 和 preset</translation>
    </message>
    <message>
        <source>cannot open lesson preset {path}: {problem}</source>
        <translation>无法打开课程预设 {path}：{problem}</translation>
    </message>
    <message>
        <source>it is project format version {version}, written by a newer Backprop Studio; this program reads version {FORMAT_VERSION}</source>
        <translation>它是项目格式版本 {version}，由更新版本的 Backprop Studio 写入；本程序读取版本 {FORMAT_VERSION}</translation>
    </message>
    <message>
        <source>it has unknown top-level keys {names}</source>
        <translation>它有未知的顶层键 {names}</translation>
    </message>
    <message>
        <source>it has no &quot;network&quot;</source>
        <translation>其中没有 &quot;network&quot;</translation>
    </message>
    <message>
        <source>&quot;network&quot; must be an object with spec, dtype, weights and biases</source>
        <translation>&quot;network&quot; 必须是含 spec、dtype、weights 和 biases 的对象</translation>
    </message>
    <message>
        <source>the architecture must list 1 to {MAX_LAYERS} layers</source>
        <translation>网络结构必须列出 1 到 {MAX_LAYERS} 层</translation>
    </message>
    <message>
        <source>the architecture&apos;s n_inputs and units must be whole numbers</source>
        <translation>网络结构的 n_inputs 和 units 必须是整数</translation>
    </message>
    <message>
        <source>the architecture is not valid: {error}</source>
        <translation>网络结构无效：{error}</translation>
    </message>
    <message>
        <source>the network&apos;s dtype is {stored}, not float64 or float32</source>
        <translation>网络的 dtype 是 {stored}，而不是 float64 或 float32</translation>
    </message>
    <message>
        <source>the network needs {n_layers} {key} arrays, one per layer</source>
        <translation>网络需要 {n_layers} 个 {key} 数组，每层一个</translation>
    </message>
    <message>
        <source>the {key} are not all {stored}, the network&apos;s dtype</source>
        <translation>{key} 并非全是网络的 dtype {stored}</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be null or an object whose kind is one of {names}</source>
        <translation>&quot;data&quot; 必须是 null，或 kind 为 {names} 之一的对象</translation>
    </message>
    <message>
        <source>&quot;normalisation&quot; must be null or an object with method, shift and scale</source>
        <translation>&quot;normalisation&quot; 必须是 null，或含 method、shift 和 scale 的对象</translation>
    </message>
    <message>
        <source>the normalisation {key} must be {n_inputs} numbers, one per input</source>
        <translation>归一化的 {key} 必须是 {n_inputs} 个数，每个输入一个</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be a list of feature names, not {kind}</source>
        <translation>&quot;features&quot; 必须是特征名列表，而不是 {kind}</translation>
    </message>
    <message>
        <source>the input features are damaged: {error}</source>
        <translation>输入特征已损坏：{error}</translation>
    </message>
    <message>
        <source>the file lists {features}, but the network takes {inputs}</source>
        <translation>文件列出了{features}，但网络接受{inputs}</translation>
    </message>
    <message>
        <source>&quot;snapshots&quot; must be a list, not {kind}</source>
        <translation>&quot;snapshots&quot; 必须是列表，而不是 {kind}</translation>
    </message>
    <message>
        <source>the file holds {n_stored} weight snapshots; at most {MAX_SNAPSHOTS} are allowed</source>
        <translation>文件中有 {n_stored} 个权重快照；最多允许 {MAX_SNAPSHOTS} 个</translation>
    </message>
    <message>
        <source>{where} must be an object with run, epoch, weights and biases</source>
        <translation>{where} 必须是含 run、epoch、weights 和 biases 的对象</translation>
    </message>
    <message>
        <source>{where}&apos;s run and epoch must be whole numbers from 0</source>
        <translation>{where} 的 run 和 epoch 必须是从 0 开始的整数</translation>
    </message>
    <message>
        <source>{where} needs {n_layers} {key} arrays, one per layer</source>
        <translation>{where} 需要 {n_layers} 个 {key} 数组，每层一个</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} are not all {dtype}, the network&apos;s dtype</source>
        <translation>{where} 的 {key} 并非全是网络的 dtype {dtype}</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} hold NaN or infinite numbers</source>
        <translation>{where} 的 {key} 含有 NaN 或无穷大的数</translation>
    </message>
    <message>
        <source>&quot;history&quot; must be an object, not {kind}</source>
        <translation>&quot;history&quot; 必须是对象，而不是 {kind}</translation>
    </message>
    <message>
        <source>the history has unknown keys {names}</source>
        <translation>训练历史有未知的键 {names}</translation>
    </message>
    <message>
        <source>the history&apos;s metrics must be an object of lists</source>
        <translation>训练历史的 metrics 必须是由列表组成的对象</translation>
    </message>
    <message>
        <source>whole numbers from 0 to {most}</source>
        <translation>从 0 到 {most} 的整数</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>数</translation>
    </message>
    <message>
        <source>the history&apos;s {key} must be a list of {length} {what}</source>
        <translation>训练历史的 {key} 必须是 {length} 个{what}的列表</translation>
    </message>
    <message>
        <source>the history&apos;s {key} is {value}, which is not valid</source>
        <translation>训练历史的 {key} 是 {value}，这是无效的</translation>
    </message>
    <message>
        <source>{where} is nested more than {MAX_DEPTH} levels deep</source>
        <translation>{where} 的嵌套超过了 {MAX_DEPTH} 层</translation>
    </message>
    <message>
        <source>{where} holds {value}, which a project cannot store</source>
        <translation>{where} 中有 {value}，项目无法保存它</translation>
    </message>
    <message>
        <source>{where} has the key {key}; keys must be strings</source>
        <translation>{where} 有键 {key}；键必须是字符串</translation>
    </message>
    <message>
        <source>{where} holds a {name}, which JSON cannot store</source>
        <translation>{where} 中有 {name}，JSON 无法保存它</translation>
    </message>
    <message>
        <source>step outputs are 0 or 1, but {name} is a regression set (numeric targets): choose another activation</source>
        <translation>阶跃函数的输出是 0 或 1，但 {name} 是回归数据集（目标是数值）：请选择其他激活函数</translation>
    </message>
    <message>
        <source>this data</source>
        <translation>这些数据</translation>
    </message>
    <message>
        <source>the loss {loss} is for classes, but {name} is a regression set (numeric targets): choose mse</source>
        <translation>代价函数 {loss} 用于分类，但 {name} 是回归数据集（目标是数值）：请选择 mse</translation>
    </message>
    <message>
        <source>cce needs one softmax output per class, but two-class data has a single 0/1 target column: choose bce (or mse)</source>
        <translation>cce 需要每个类别一个 softmax 输出，但二分类数据只有一列 0/1 目标：请选择 bce（或 mse）</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>the {features} of {name} do not match the network&apos;s {inputs}</source>
        <translation>{name} 的{features}与网络的{inputs}不符</translation>
    </message>
    <message>
        <source>{name} has {features} and needs {outputs}, but the network takes {inputs} and has {n}</source>
        <translation>{name} 有{features}、需要{outputs}，但网络接受{inputs}、有 {n} 个输出单元</translation>
    </message>
    <message>
        <source>{name} has {features}, but the network takes {inputs}</source>
        <translation>{name} 有{features}，但网络接受{inputs}</translation>
    </message>
    <message>
        <source>{name} needs {outputs}, but the network has {n}</source>
        <translation>{name} 需要{outputs}，但网络有 {n} 个</translation>
    </message>
    <message>
        <source>{n} input feature</source>
        <translation> {n} 个输入特征</translation>
    </message>
    <message>
        <source>{n} input features</source>
        <translation> {n} 个输入特征</translation>
    </message>
    <message>
        <source>{n} input feature {names}</source>
        <translation> {n} 个输入特征 {names} </translation>
    </message>
    <message>
        <source>{n} input features {names}</source>
        <translation> {n} 个输入特征 {names} </translation>
    </message>
    <message>
        <source>{n} input</source>
        <translation> {n} 个输入</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation> {n} 个输入</translation>
    </message>
    <message>
        <source>{n} output unit</source>
        <translation> {n} 个输出单元</translation>
    </message>
    <message>
        <source>{n} output units</source>
        <translation> {n} 个输出单元</translation>
    </message>
    <message>
        <source>{problem}: choose smaller hidden layers</source>
        <translation>{problem}：请选择更小的隐含层</translation>
    </message>
    <message>
        <source>{where} has no data to train on; make the project with &apos;new&apos; or choose data in the program</source>
        <extracomment>how a data file differs from the one the project was saved with (None: it does not, or the project did not record it); said when the project opens</extracomment>
        <translation>{where} 没有可训练的数据；请用 &apos;new&apos; 创建项目，或在程序中选择数据</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>a race needs at least one entry: pick a mode and an optimizer</source>
        <extracomment>the modes a race offers (the perceptron rule trains one layer of step neurons only) the training loss after each finished epoch the last finished epoch&apos;s metrics (accuracy or R², and their &quot;val_&quot; twins) seconds spent training (not counting the waits between epochs) why it stopped early: a stop rule (&quot;target_loss&quot;, …), or the divergence&apos;s message</extracomment>
        <translation>比赛至少需要一个参赛项：请选择一种模式和一个优化器</translation>
    </message>
    <message>
        <source>a race trains by {names}, not {mode}</source>
        <translation>比赛按 {names} 训练，而不是 {mode}</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <source>Constant</source>
        <extracomment>each schedule&apos;s name as a user reads it, translated when read</extracomment>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>unknown schedule {name}: choose one of {choices}</source>
        <translation>未知的学习率调度 {name}：请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>the neuron is already there</source>
        <translation>神经元已经在那里了</translation>
    </message>
    <message>
        <source>there are no earlier runs to clear</source>
        <translation>没有可清除的先前训练记录</translation>
    </message>
    <message>
        <source>input features such as x₁² are for data with 2 raw features (x₁, x₂); {name} has {n}</source>
        <translation>x₁² 这样的输入特征只适用于有 2 个原始特征 (x₁, x₂) 的数据；{name} 有 {n} 个</translation>
    </message>
    <message>
        <source>the data would no longer fit the network: {problem}</source>
        <translation>数据将不再适合网络：{problem}</translation>
    </message>
    <message>
        <source>the painted data keep at least one point; paint another point before erasing the last one</source>
        <extracomment>the classes&apos; names when painting goes on from named data (a built-in&apos;s 0–3), else None: A, B, C, … (renaming the data&apos;s classes changed the output neurons&apos; labels)</extracomment>
        <translation>绘制的数据至少要保留一个点；请先再画一个点，然后再擦除最后一个</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{name} must be {kind} {range}, not {value}</source>
        <translation>{name} 必须是{kind}，取值{range}，而不是 {value}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>有限数</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>greater than {low} and at most {high}</source>
        <translation>大于 {low} 且不超过 {high}</translation>
    </message>
    <message>
        <source>at least {low} and less than {high}</source>
        <translation>不小于 {low} 且小于 {high}</translation>
    </message>
    <message>
        <source>greater than {low} and less than {high}</source>
        <translation>大于 {low} 且小于 {high}</translation>
    </message>
    <message>
        <source>greater than {low}</source>
        <translation>大于 {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>不小于 {low}</translation>
    </message>
    <message>
        <source>less than {high}</source>
        <translation>小于 {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>不超过 {high}</translation>
    </message>
    <message>
        <source>finite</source>
        <translation>为有限值</translation>
    </message>
    <message>
        <source>the mode</source>
        <extracomment>Every numeric setting&apos;s range, defined here once: TrainConfig checks it, the window&apos;s fields and sliders offer it, the command line parses with it, and the project reader refuses a file outside it (through TrainConfig). what the settings are called where a user reads them (the undo history: &quot;Change the learning rate η&quot;), translated as they are read</extracomment>
        <translation>模式</translation>
    </message>
    <message>
        <source>the batch size m</source>
        <translation>批量大小 m</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>the learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>RMSprop&apos;s α</source>
        <translation>RMSprop 的 α</translation>
    </message>
    <message>
        <source>Adam&apos;s β₁</source>
        <translation>Adam 的 β₁</translation>
    </message>
    <message>
        <source>Adam&apos;s β₂</source>
        <translation>Adam 的 β₂</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>the weight decay λ₂</source>
        <translation>权重衰减 λ₂</translation>
    </message>
    <message>
        <source>the L1 penalty λ₁</source>
        <translation>L1 惩罚 λ₁</translation>
    </message>
    <message>
        <source>the epochs</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>the shuffling</source>
        <translation>打乱顺序</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>the target loss</source>
        <translation>目标代价</translation>
    </message>
    <message>
        <source>the patience</source>
        <translation>耐心</translation>
    </message>
    <message>
        <source>the least improvement</source>
        <translation>最小改进量</translation>
    </message>
    <message>
        <source>keeping the best weights</source>
        <translation>保留最佳权重</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>the decay interval</source>
        <translation>衰减间隔</translation>
    </message>
    <message>
        <source>the decay rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <source>the reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>{name} must be True or False, not {value}</source>
        <extracomment>settings whose None means &quot;off&quot;</extracomment>
        <translation>{name} 必须是 True 或 False，而不是 {value}</translation>
    </message>
    <message>
        <source>Nesterov momentum needs a momentum greater than 0 (with 0 it would be plain SGD): set the momentum, or choose sgd</source>
        <translation>Nesterov 动量需要大于 0 的动量（为 0 时就是普通 SGD）：请设置动量，或选择 sgd</translation>
    </message>
    <message>
        <source>unknown {name} {value}: choose one of {choices}</source>
        <translation>未知的 {name} {value}：请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>{what} must be a whole number of at least 1, not {value}</source>
        <translation>{what} 必须是不小于 1 的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>a layer&apos;s number of units</source>
        <translation>一层的单元数</translation>
    </message>
    <message>
        <source>unknown initialisation {init}: choose one of {names}</source>
        <translation>未知的初始化方法 {init}：请从 {names} 中选择</translation>
    </message>
    <message>
        <source>init_scale is the a of uniform(−a, a); it means nothing for init={init}: choose init=&apos;uniform&apos; or leave init_scale out</source>
        <translation>init_scale 是 uniform(−a, a) 中的 a；对 init={init} 没有意义：请选择 init=&apos;uniform&apos;，或不设 init_scale</translation>
    </message>
    <message>
        <source>init_scale must be a positive number, not {init_scale}</source>
        <translation>init_scale 必须是正数，而不是 {init_scale}</translation>
    </message>
    <message>
        <source>the number of inputs</source>
        <translation>输入数</translation>
    </message>
    <message>
        <source>layers must be a list of LayerSpec</source>
        <translation>layers 必须是 LayerSpec 的列表</translation>
    </message>
    <message>
        <source>a network needs at least one layer of neurons: its output layer</source>
        <translation>网络至少需要一层神经元：即输出层</translation>
    </message>
    <message>
        <source>layer {number} must be a LayerSpec, not {layer}</source>
        <translation>第 {number} 层必须是 LayerSpec，而不是 {layer}</translation>
    </message>
    <message>
        <source>layer {number} is hidden and uses softmax, which only makes sense on the output layer: choose relu, tanh or sigmoid for hidden layers</source>
        <translation>第 {number} 层是隐含层却使用了 softmax，而 softmax 只适用于输出层：隐含层请选择 relu、tanh 或 sigmoid</translation>
    </message>
    <message>
        <source>softmax over a single output is always 1: for two classes choose one sigmoid output with bce, or two softmax outputs with cce</source>
        <translation>只有一个输出的 softmax 永远等于 1：二分类请选择一个 sigmoid 输出配 bce，或两个 softmax 输出配 cce</translation>
    </message>
    <message>
        <source>softmax outputs need the cce loss (categorical cross-entropy), not {loss}: choose cce, or sigmoid outputs for {loss}</source>
        <translation>softmax 输出需要 cce 代价函数（多类交叉熵），而不是 {loss}：请选择 cce，或为 {loss} 使用 sigmoid 输出</translation>
    </message>
    <message>
        <source>bce needs sigmoid outputs (probabilities between 0 and 1), not {activation}: choose sigmoid for the output layer, or cce with softmax, or mse</source>
        <translation>bce 需要 sigmoid 输出（0 到 1 之间的概率），而不是 {activation}：请为输出层选择 sigmoid，或用 softmax 配 cce，或用 mse</translation>
    </message>
    <message>
        <source>cce needs softmax outputs, not {activation}: choose softmax for the output layer (at least 2 units), or one sigmoid output with bce</source>
        <translation>cce 需要 softmax 输出，而不是 {activation}：请为输出层选择 softmax（至少 2 个单元），或用一个 sigmoid 输出配 bce</translation>
    </message>
    <message>
        <source>a network&apos;s layers must be a list</source>
        <translation>网络的 layers 必须是列表</translation>
    </message>
    <message>
        <source>{what} must be described by a dict, not {name}</source>
        <translation>{what} 必须用字典描述，而不是 {name}</translation>
    </message>
    <message>
        <source>{what} has unknown settings {names}; known ones are {names2}</source>
        <translation>{what} 有未知的设置 {names}；已知的设置有 {names2}</translation>
    </message>
    <message>
        <source>{what} needs the setting(s) {names}</source>
        <translation>{what} 需要设置 {names}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>a weight became infinite or NaN</source>
        <extracomment>below these a batch is certainly within the limits: ``gradient``&apos;s number (times 1/m for mse) and, for mse, ‖zᴸ‖² (see ``set_limits``) the updates that made ``current`` from ``spare`` (see ``_train``): a list of (batch, η), the last one&apos;s batch None when it cannot be replayed (an optimizer&apos;s update, whose ``spare`` is the parameters just before it); None when ``spare`` is no earlier state of ``current`` whether the last failure put those parameters back plain SGD&apos;s update inside the gradient&apos;s products (``FusedStep``); False: never</extracomment>
        <translation>某个权重变成了无穷大或 NaN</translation>
    </message>
    <message>
        <source>the loss became infinite or NaN</source>
        <extracomment>the fused step copies the parameters aside (for a rollback) once in this many updates and logs the others; a rollback puts the copy back and replays the log (a copy of a large net&apos;s weights at every update is 6 % of its epoch)</extracomment>
        <translation>代价变成了无穷大或 NaN</translation>
    </message>
    <message>
        <source>the output layer&apos;s weighted input zᴸ reached {top}, over {growth} times its start: the network has saturated beyond return</source>
        <translation>输出层的带权输入 zᴸ 达到了 {top}，是开始时的{growth}倍以上：网络已饱和，无法恢复</translation>
    </message>
    <message>
        <source>the loss grew to {loss}, over {growth} times its start ({start})</source>
        <translation>代价增长到 {loss}，是开始时（{start}）的{growth}倍以上</translation>
    </message>
    <message>
        <source>a Trainer trains a Network, not {net}</source>
        <translation>Trainer 训练的是 Network，而不是 {net}</translation>
    </message>
    <message>
        <source>training settings must be a TrainConfig, not {config}</source>
        <translation>训练设置必须是 TrainConfig，而不是 {config}</translation>
    </message>
    <message>
        <source>unknown training setting(s) {names}</source>
        <extracomment>the epochs the network was trained before this trainer&apos;s (a project&apos;s run going on): messages count epochs as the project does (&quot;epoch 501&quot;, not &quot;epoch 1&quot;)</extracomment>
        <translation>未知的训练设置 {names}</translation>
    </message>
    <message>
        <source>the seed fixes the order of a whole run: it applies when training starts again, not while it runs</source>
        <translation>随机种子决定整次训练的样本顺序：它在重新开始训练时生效，而不是在训练进行中</translation>
    </message>
    <message>
        <source>switching to or from the perceptron rule applies when training starts again, not while it runs</source>
        <translation>切换到或切换出感知机规则在重新开始训练时生效，而不是在训练进行中</translation>
    </message>
    <message>
        <source>there are no training samples: X has no rows</source>
        <translation>没有训练样本：X 没有行</translation>
    </message>
    <message>
        <source>give both X_val and Y_val for validation, or neither</source>
        <translation>验证需要同时提供 X_val 和 Y_val，或者都不提供</translation>
    </message>
    <message>
        <source>early stopping watches the validation loss: give validation data, or set patience to None</source>
        <translation>提前停止依据验证集上的代价：请提供验证数据，或把 patience 设为 None</translation>
    </message>
    <message>
        <source>layer {number} uses the step activation, which gradient descent cannot train: its derivative is 0 everywhere (and undefined at 0), so no error signal flows back. Choose sigmoid, its smooth version</source>
        <translation>第 {number} 层使用阶跃函数，梯度下降无法训练它：它的导数处处为 0（在 0 处无定义），所以误差信号无法反向传播。请选择它的光滑版本 sigmoid</translation>
    </message>
    <message>
        <source>layer {number} uses the step activation, which gradient descent cannot train: its derivative is 0 everywhere (and undefined at 0), so no error signal flows back. Choose sigmoid, its smooth version, or train this single layer of step neurons by the perceptron rule: choose the mode “{mode}”</source>
        <translation>第 {number} 层使用阶跃函数，梯度下降无法训练它：它的导数处处为 0（在 0 处无定义），所以误差信号无法反向传播。请选择它的光滑版本 sigmoid；或用感知机规则训练这一层阶跃神经元：选择方式“{mode}”</translation>
    </message>
    <message>
        <source>the weights from before the update that made them explode</source>
        <translation>导致发散的那次更新之前的权重</translation>
    </message>
    <message>
        <source>the weights that gave that loss; no update was made from them</source>
        <translation>产生这个代价的权重（没有用它们再做更新）</translation>
    </message>
    <message>
        <source>training diverged in epoch {epoch}, iteration {iteration}, at learning rate {eta}: {failure}. The network keeps {kept}; lower the learning rate (try {lower}) and train again</source>
        <translation>训练在第 {epoch} 期第 {iteration} 次迭代时发散，学习率为 {eta}：{failure}。网络保留{kept}；请降低学习率（试试 {lower}）后重新训练</translation>
    </message>
    <message>
        <source>training made the network worse: the loss ended at {end}, {times} times its start ({start}); the learning rate {eta} is too large, lower it (try {lower}) and train again</source>
        <translation>训练使网络变差了：损失最终为 {end}，是开始时（{start}）的 {times} 倍；学习率 {eta} 太大，请降低它（试试 {lower}）后重新训练</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>the cost on these samples before and after the update</source>
        <translation>这些样本在更新前后的代价</translation>
    </message>
    <message>
        <source>with the {cost} cost and a {activation} output, ∂C/∂a and σ&apos;(z) cancel (for one sigmoid unit: (a − y)/(a(1 − a)) · a(1 − a)), leaving δᴸ = aᴸ − y</source>
        <translation>使用 {cost} 代价函数和 {activation} 输出时，∂C/∂a 与 σ&apos;(z) 相互抵消（对一个 sigmoid 单元：(a − y)/(a(1 − a)) · a(1 − a)），只剩 δᴸ = aᴸ − y。</translation>
    </message>
    <message>
        <source>with the {cost} cost and a softmax output, ∂C/∂aₖ = −yₖ/aₖ, and ∂aₖ/∂zᵢ is aᵢ(1 − aᵢ) for k = i and −aₖaᵢ otherwise: δᵢᴸ = −yᵢ(1 − aᵢ) + Σₖ≠ᵢ yₖaᵢ = aᵢ Σₖ yₖ − yᵢ = aᵢ − yᵢ (the yₖ add up to 1), so δᴸ = aᴸ − y</source>
        <translation>使用 {cost} 代价和 softmax 输出时，∂C/∂aₖ = −yₖ/aₖ，而 ∂aₖ/∂zᵢ 在 k = i 时为 aᵢ(1 − aᵢ)，否则为 −aₖaᵢ：δᵢᴸ = −yᵢ(1 − aᵢ) + Σₖ≠ᵢ yₖaᵢ = aᵢ Σₖ yₖ − yᵢ = aᵢ − yᵢ（各 yₖ 之和为 1），所以 δᴸ = aᴸ − y。</translation>
    </message>
    <message>
        <source>with C = ½‖y − aᴸ‖², ∇ₐC = aᴸ − y (the notes&apos; ‖y − ŷ‖² would double it)</source>
        <translation>由于 C = ½‖y − aᴸ‖²，∇ₐC = aᴸ − y（讲义中的 ‖y − ŷ‖² 会使它加倍）</translation>
    </message>
    <message>
        <source>softmax&apos;s σ&apos; is a matrix (every output depends on every input), so δᴸ is the Jacobian applied to ∇ₐC = aᴸ − y</source>
        <translation>softmax 的 σ&apos; 是一个矩阵（每个输出都依赖于每个输入），所以 δᴸ 是雅可比矩阵作用在 ∇ₐC = aᴸ − y 上的结果</translation>
    </message>
    <message>
        <source>one sigmoid neuron, as in the notes&apos; example: here ∂C/∂w₁ = (σ(Wx + b) − ŷ)(1 − σ)σ x₁, since C = ½‖y − a‖²; the notes&apos; ‖y − ŷ‖² has no ½, so their gradient has a factor 2</source>
        <translation>单个 sigmoid 神经元，与讲义中的例子相同：这里 ∂C/∂w₁ = (σ(Wx + b) − ŷ)(1 − σ)σ x₁，因为 C = ½‖y − a‖²；讲义中的 ‖y − ŷ‖² 没有 ½，所以其梯度多一个因子 2。</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>the mean over the m = {m} samples of the mini-batch, as the notes&apos; mini-batch algorithm averages them</source>
        <translation>对小批量中 m = {m} 个样本取平均，与讲义中小批量算法的做法相同</translation>
    </message>
    <message>
        <source>H is the Heaviside step (the notes&apos; sgn): 1 where z ≥ 0, else 0</source>
        <translation>H 是 Heaviside 阶跃函数（讲义中的 sgn）：z ≥ 0 时为 1，否则为 0。</translation>
    </message>
    <message>
        <source>the neuron was right: y − a = 0, and the rule leaves its weights as they are</source>
        <translation>神经元的输出正确：y − a = 0，规则不改变它的权重</translation>
    </message>
    <message>
        <source>y − a is +1 where the output should have been 1, −1 where it should have been 0</source>
        <translation>输出本应为 1 时 y − a 为 +1，本应为 0 时为 −1。</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule: a wrong neuron&apos;s weights move towards the right answer by η x; gradient descent cannot train a step neuron, whose σ&apos; is 0</source>
        <translation>Rosenblatt 的规则：输出错误的神经元的权重朝正确答案移动 η x；梯度下降无法训练阶跃神经元，因为它的 σ&apos; 为 0。</translation>
    </message>
</context>
</TS>
