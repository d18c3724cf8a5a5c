<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Untitled</source>
        <extracomment>an environment variable naming another data folder (tests, portable installs) how soon after an edit (outside a run) the autosave follows the changes that make a project differ from what is on disk (not what is looked at)</extracomment>
        <translation>未命名</translation>
    </message>
    <message>
        <source>cannot create a lock file in {folder}</source>
        <extracomment>an autosave was written (its path) an autosave could not be written (why, in words); the next tick tries again an edit, new data or a finished run is saved a few seconds later, not up to a minute later (a kill right after loading data and training lost both)</extracomment>
        <translation>无法在 {folder} 中创建锁文件</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <extracomment>True once ``hand_over_to`` gave the autosave to another window&apos;s autosaver</extracomment>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Backprop Studio closed unexpectedly. Restore the unsaved project &apos;{name}&apos; from {time}?</source>
        <translation>Backprop Studio 意外关闭。要恢复 {time} 时未保存的项目“{name}”吗？</translation>
    </message>
    <message>
        <source>Cannot Restore the Project</source>
        <translation>无法恢复项目</translation>
    </message>
    <message>
        <source>The autosaved project could not be opened: {error}
It is kept in {path}.</source>
        <translation>无法打开自动保存的项目：{error}
它仍保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>ClassroomMode</name>
    <message>
        <source>&amp;Classroom Mode</source>
        <extracomment>the picture, the run&apos;s controls and its loss: a lesson&apos;s usual view the sizes offered, as factors of the normal size screens narrower than this start at SMALL_SCREEN_SCALE for so long after leaving the mode, the docks are put back again whenever the window manager gives the window its size back (it does so a moment after full screen ends) the least share of the window&apos;s width and height the canvas keeps in the mode: on a 1280 × 800 screen the panels&apos; larger type took all but 400 × 380 pixels, and a larger type size drew the network smaller still (tester) the mode was entered (True) or left (False) for a moment after leaving: the dock state to put back at each new window size the window before the mode: geometry and dock state</extracomment>
        <translation>课堂模式(&amp;C)</translation>
    </message>
    <message>
        <source>Large type and thick lines, only the panels chosen for it, full screen: the window for a projector (F11 again to leave)</source>
        <translation>大字体、粗线条、只显示选定的面板并全屏：适合投影仪的窗口（再按 F11 退出）</translation>
    </message>
    <message>
        <source>&amp;Panels in Classroom Mode</source>
        <translation>课堂模式中的面板(&amp;P)</translation>
    </message>
    <message>
        <source>Classroom &amp;Text Size</source>
        <translation>课堂文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Import Weights</source>
        <extracomment>the names of two whole-weights edits the window makes (the engine&apos;s own commands mark theirs in the engine), translated like every command&apos;s</extracomment>
        <translation>导入权重</translation>
    </message>
    <message>
        <source>Restore Weights</source>
        <translation>恢复权重</translation>
    </message>
</context>
<context>
    <name>ControlLocks</name>
    <message>
        <source>The learning rate η is locked by the lesson preset</source>
        <extracomment>the translators&apos; context of this file&apos;s texts (written out literally in each QT_TRANSLATE_NOOP, where lupdate can read it) why an edit of it is refused (a whole sentence, for the translators)</extracomment>
        <translation>学习率 η 已被课程预设锁定</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>The optimizer is locked by the lesson preset</source>
        <translation>优化器已被课程预设锁定</translation>
    </message>
    <message>
        <source>Optimizer and its parameters</source>
        <translation>优化器及其参数</translation>
    </message>
    <message>
        <source>The mode and the batch size are locked by the lesson preset</source>
        <translation>方式和批量大小已被课程预设锁定</translation>
    </message>
    <message>
        <source>Mode (batch, stochastic, mini-batch) and batch size m</source>
        <translation>方式（批量、随机、小批量）与批量大小 m</translation>
    </message>
    <message>
        <source>The epochs and early stopping are locked by the lesson preset</source>
        <translation>期数和提前停止已被课程预设锁定</translation>
    </message>
    <message>
        <source>Epochs and early stopping</source>
        <translation>期数与提前停止</translation>
    </message>
    <message>
        <source>Regularisation and the schedule are locked by the lesson preset</source>
        <translation>正则化和学习率调度已被课程预设锁定</translation>
    </message>
    <message>
        <source>Regularisation and learning-rate schedule</source>
        <translation>正则化与学习率调度</translation>
    </message>
    <message>
        <source>The initialisation and the seed are locked by the lesson preset</source>
        <translation>权重初始化和随机种子已被课程预设锁定</translation>
    </message>
    <message>
        <source>Weight initialisation and seed</source>
        <translation>权重初始化与随机种子</translation>
    </message>
    <message>
        <source>The cost function is locked by the lesson preset</source>
        <translation>代价函数已被课程预设锁定</translation>
    </message>
    <message>
        <source>Cost function C</source>
        <translation>代价函数 C</translation>
    </message>
    <message>
        <source>The architecture is locked by the lesson preset</source>
        <translation>网络结构已被课程预设锁定</translation>
    </message>
    <message>
        <source>Architecture: the palette, adding and removing neurons and layers, activations</source>
        <translation>网络结构：组件面板、添加和删除神经元与层、激活函数</translation>
    </message>
    <message>
        <source>Typing or importing weights is locked by the lesson preset</source>
        <translation>输入或导入权重已被课程预设锁定</translation>
    </message>
    <message>
        <source>Weights and biases typed or imported by hand</source>
        <translation>手动输入或导入的权重和偏置</translation>
    </message>
    <message>
        <source>The data are locked by the lesson preset</source>
        <translation>数据已被课程预设锁定</translation>
    </message>
    <message>
        <source>Data: the data set, its normalisation, painting points</source>
        <translation>数据：数据集、归一化、绘制数据点</translation>
    </message>
    <message>
        <source>File ▸ Lesson Presets ▸ Unlock Controls</source>
        <translation>文件 ▸ 课程预设 ▸ 解锁控件</translation>
    </message>
    <message>
        <source>Locked by the lesson preset ({menu_path})</source>
        <translation>已被课程预设锁定（{menu_path}）</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>The details are in {path}.</source>
        <extracomment>past this size the log starts again (the previous one is kept as errors.log.1) (summary, details, log path or &quot;&quot;) from any thread, shown on the main thread</extracomment>
        <translation>详细信息见 {path}。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息无法写入日志文件。</translation>
    </message>
    <message>
        <source>{n} errors so far; the latest: {summary}

The program keeps running. {where}</source>
        <translation>到目前为止共 {n} 个错误；最新的是：{summary}

程序仍在运行。{where}</translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Backprop Studio met an error it did not expect.</source>
        <translation>Backprop Studio 遇到了一个意外错误。</translation>
    </message>
    <message>
        <source>{summary}

The program keeps running and your project is still open; saving it under a new name is a safe step. {where}</source>
        <translation>{summary}

程序仍在运行，项目也仍然打开；把它另存为一个新文件名是稳妥的做法。{where}</translation>
    </message>
    <message>
        <source>Stopped by an unexpected error ({summary}); the details are in {path}</source>
        <translation>因意外错误而停止（{summary}）；详细信息见 {path}</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>every change, as the session&apos;s ``Change`` (which parts changed), before the signals of the parts before any edit of the architecture, the weights or the data is applied, so a running training worker can be stopped first (it trains a copy and would overwrite the edit) the sample whose zᵢˡ, aᵢˡ, δᵢˡ the inspector shows the part of the input plane the views cover why a design edit was refused (a limit, or choices that do not go together) a training run began (True) or ended (False) True while a training run is live (the views that show the start of a run wait) why an edit may not be made now, or None: ``guard(edit name, settings changed)`` (``gui.classroom.locking``: the controls a lesson preset locks) the network the views show: the current one, or an earlier epoch&apos;s while the history scrubber looks back (``show_epoch``); saving and edits use the current weights the epoch the views show, None for now the input features (``engine.datasets.features.FeatureMap``), None for the raw ones the numbers the views show (``engine.session.Derived``), once per version</extracomment>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>NumPy Arrays (.npz)…</source>
        <translation>NumPy 数组 (.npz)…</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 数组 (*.npz)</translation>
    </message>
    <message>
        <source>JSON (.json)…</source>
        <translation>JSON (.json)…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV Files (.zip)…</source>
        <translation>CSV 文件 (.zip)…</translation>
    </message>
    <message>
        <source>Zipped CSV files (*.zip)</source>
        <translation>压缩的 CSV 文件 (*.zip)</translation>
    </message>
    <message>
        <source>ONNX Model (.onnx)…</source>
        <translation>ONNX 模型 (.onnx)…</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Python Predictor (.py)…</source>
        <translation>Python 预测脚本 (.py)…</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>PyTorch Module (.py + .safetensors)…</source>
        <translation>PyTorch 模块 (.py + .safetensors)…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <extracomment>the last export&apos;s usage note, shown in a box (None before the first export) writes the unsaved project to the user&apos;s data folder every minute</extracomment>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>The data were found at {path}; save the project to keep that place.</source>
        <translation>已在 {path} 找到数据；保存项目以记住这个位置。</translation>
    </message>
    <message>
        <source>The file chosen does not fit: {problem}</source>
        <translation>所选文件不合适：{problem}</translation>
    </message>
    <message>
        <source>Data Not Found</source>
        <translation>找不到数据</translation>
    </message>
    <message>
        <source>The project&apos;s data are no longer at {path}. The network and its weights are safe in the project file; find the data to open it.</source>
        <translation>项目的数据已不在 {path}。网络及其权重都完好地保存在项目文件中；找到数据即可打开项目。</translation>
    </message>
    <message>
        <source>Projects and CSV data (*.json *.csv *.tsv *.txt);;Backprop Studio projects (*.json);;CSV data, a new project&apos;s (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Backprop Studio 项目和 CSV 数据 (*.json *.csv *.tsv *.txt);;Backprop Studio 项目 (*.json);;CSV 数据，作为新项目的数据 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <source>The data of {csv} are a new, untitled project (Save asks where to keep it); {project} is as it was.</source>
        <translation>{csv} 的数据成为一个未命名的新项目（保存时会询问保存位置）；{project} 保持原样。</translation>
    </message>
    <message>
        <source>The project&apos;s data at {path} are no longer the ones it was made from: {problem}. The network and its weights are safe in the project file; find the data it was made from to open it.</source>
        <translation>{path} 处的数据已不是创建项目时所用的数据：{problem}。网络及其权重都完好地保存在项目文件中；找到创建项目时所用的数据即可打开项目。</translation>
    </message>
    <message>
        <source>Data Changed</source>
        <translation>数据已改变</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Locate the Image Folder {name}</source>
        <translation>查找图像文件夹 {name}</translation>
    </message>
    <message>
        <source>Locate the Data File {name}</source>
        <translation>查找数据文件 {name}</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>The project {path} is no longer there; it was taken off the list of recent projects.</source>
        <translation>项目 {path} 已不存在；已将它从最近项目列表中移除。</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Backprop Studio projects (*.json)</source>
        <translation>Backprop Studio 项目 (*.json)</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>{name} already exists. Do you want to replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Export Weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <source>Cannot export the weights</source>
        <translation>无法导出权重</translation>
    </message>
    <message>
        <source>Exported the weights to {path}</source>
        <translation>已将权重导出到 {path}</translation>
    </message>
    <message>
        <source>{script} and {weights}</source>
        <translation>{script} 和 {weights}</translation>
    </message>
    <message>
        <source>Weights Exported</source>
        <translation>权重已导出</translation>
    </message>
    <message>
        <source>Exported the weights to {name}.</source>
        <translation>权重已导出到 {name}。</translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <source>Backprop Studio weights (*.npz *.json)</source>
        <translation>Backprop Studio 权重 (*.npz *.json)</translation>
    </message>
    <message>
        <source>Cannot import the weights</source>
        <translation>无法导入权重</translation>
    </message>
    <message>
        <source>{file} was exported from a network unlike this one: {how}. Its weights would compute something else here. Import them anyway?</source>
        <translation>{file} 导出自一个与此不同的网络：{how}。它的权重在这里会算出别的结果。仍要导入吗？</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>项目有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Training Is Paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <source>Training is paused. End the run and save the project first?
(Cancel keeps it paused.)</source>
        <translation>训练已暂停。要结束这次训练并先保存项目吗？
（“取消”则保持暂停。）</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>The network is training. Stop training and save the project first?
(Cancel goes on training.)</source>
        <translation>网络正在训练。要停止训练并先保存项目吗？
（“取消”则继续训练。）</translation>
    </message>
    <message>
        <source>Could not autosave the project ({reason}); it is tried again in a minute. Save it to be safe.</source>
        <translation>无法自动保存项目（{reason}）；一分钟后会再试。为安全起见，请手动保存。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The interface is now in {language}. Changing the language stopped training at epoch {epoch}: press {train} to go on from these weights.</source>
        <translation>界面已切换为{language}。切换语言时训练停在了第 {epoch} 期：按“{train}”即可从这些权重继续训练。</translation>
    </message>
    <message>
        <source>The interface is now in {language}.</source>
        <translation>界面语言已切换为{language}。</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <source>&lt;p&gt;The guide {path} cannot be read: {why}&lt;/p&gt;</source>
        <extracomment>the guide&apos;s column never narrower than this many average characters of its type: the canvas&apos;s room taken from it broke words in the middle (&quot;saturat es&quot;, tester)</extracomment>
        <translation>&lt;p&gt;无法读取指南 {path}：{why}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No lesson is open. Choose one from &lt;b&gt;Help ▸ Lessons&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有打开课程。请从&lt;b&gt;帮助 ▸ 课程&lt;/b&gt;中选择一个。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonPresets</name>
    <message>
        <source>&amp;Save Lesson Preset…</source>
        <translation>保存课程预设(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this window&apos;s panels and the controls students may not change as a named preset, in the project and for other projects</source>
        <translation>把这个窗口的面板和学生不能更改的控件保存为一个命名预设，保存在项目中，也可用于其他项目</translation>
    </message>
    <message>
        <source>&amp;Unlock Controls</source>
        <translation>解锁控件(&amp;U)</translation>
    </message>
    <message>
        <source>Give back the controls the lesson preset locked (until another project opens)</source>
        <translation>恢复课程预设锁定的控件（直到打开另一个项目）</translation>
    </message>
    <message>
        <source>&amp;Remove the Preset from the Project</source>
        <translation>从项目中移除预设(&amp;R)</translation>
    </message>
    <message>
        <source>The project no longer opens with a lesson preset (undoable)</source>
        <translation>项目打开时不再使用课程预设（可撤销）</translation>
    </message>
    <message>
        <source>Lesson &amp;Presets</source>
        <translation>课程预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apply Saved Preset</source>
        <translation>应用已保存的预设(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Preset</source>
        <translation>删除已保存的预设(&amp;D)</translation>
    </message>
    <message>
        <source>Lesson Preset Not Kept</source>
        <extracomment>the locks of the window this one replaces (another language), or None: what this window locks instead of the project&apos;s preset (Unlock Controls lasts)</extracomment>
        <translation>课程预设未能保留</translation>
    </message>
    <message>
        <source>The preset could not be kept for other projects: {error}</source>
        <translation>无法为其他项目保留该预设：{error}</translation>
    </message>
    <message>
        <source>Lesson preset “{name}” saved in the project: save the project to hand it out.</source>
        <translation>课程预设“{name}”已保存在项目中：保存项目后即可分发。</translation>
    </message>
    <message>
        <source>Lesson preset “{name}” saved.</source>
        <translation>课程预设“{name}”已保存。</translation>
    </message>
    <message>
        <source>Cannot Apply the Preset</source>
        <translation>无法应用预设</translation>
    </message>
    <message>
        <source>Lesson preset “{name}” applied and saved in the project.</source>
        <translation>课程预设“{name}”已应用并保存在项目中。</translation>
    </message>
    <message>
        <source>The controls are unlocked until another project opens.</source>
        <translation>控件已解锁，直到打开另一个项目。</translation>
    </message>
    <message>
        <source>This project opens with the lesson preset “{name}”.</source>
        <translation>这个项目打开时使用课程预设“{name}”。</translation>
    </message>
    <message>
        <source>(no presets saved yet)</source>
        <translation>（还没有保存的预设）</translation>
    </message>
    <message>
        <source>{file} (damaged)</source>
        <translation>{file}（已损坏）</translation>
    </message>
    <message>
        <source>Cannot Delete the Preset</source>
        <translation>无法删除预设</translation>
    </message>
    <message>
        <source>Cannot delete {file}: {why}</source>
        <translation>无法删除 {file}：{why}</translation>
    </message>
    <message>
        <source>1 control locked by the lesson</source>
        <translation>课程锁定了 1 个控件</translation>
    </message>
    <message>
        <source>{n} controls locked by the lesson</source>
        <translation>课程锁定了 {n} 个控件</translation>
    </message>
    <message>
        <source>Controls the lesson preset locked; File ▸ Lesson Presets ▸ Unlock Controls gives them back</source>
        <translation>课程预设锁定的控件；“文件 ▸ 课程预设 ▸ 解锁控件”可以恢复它们</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1 · One Neuron and Its Threshold</source>
        <extracomment>where the lessons&apos; projects and guides are: shipped with the ``resources`` package</extracomment>
        <translation>1 · 一个神经元和它的阈值</translation>
    </message>
    <message>
        <source>The M-P neuron: a step neuron with threshold θ computes AND and OR; the perceptron rule finds the line</source>
        <translation>M-P 神经元：带阈值 θ 的阶跃函数神经元可以计算 AND 和 OR；感知机规则找到分界线</translation>
    </message>
    <message>
        <source>2 · Why XOR Needs a Hidden Layer</source>
        <translation>2 · 为什么异或需要隐含层</translation>
    </message>
    <message>
        <source>One neuron draws one straight line and stalls on XOR; a hidden layer of four solves it</source>
        <translation>一个神经元只能画一条直线，在 XOR 上卡住；一个有四个神经元的隐含层就能解决</translation>
    </message>
    <message>
        <source>3 · The Step Function and Gradient Descent</source>
        <translation>3 · 阶跃函数与梯度下降</translation>
    </message>
    <message>
        <source>Gradient descent refuses the step function (its derivative is 0); the perceptron rule and sigmoid train it</source>
        <translation>梯度下降无法训练阶跃函数（它的导数为 0）；感知机规则和 sigmoid 可以训练</translation>
    </message>
    <message>
        <source>4 · Sigmoid Saturates: Vanishing Gradients</source>
        <translation>4 · sigmoid 饱和：梯度消失</translation>
    </message>
    <message>
        <source>Five sigmoid hidden layers: the error δ fades on its way back; tanh or ReLU carry it</source>
        <translation>五个 sigmoid 隐含层：误差 δ 在反向传播中逐渐消失；tanh 或 ReLU 能把它传回去</translation>
    </message>
    <message>
        <source>5 · Batch, Stochastic and Mini-batch Descent</source>
        <translation>5 · 批量、随机与小批量梯度下降</translation>
    </message>
    <message>
        <source>The same net trained with all N samples, one, or m per iteration: iterations, epochs and noise</source>
        <translation>同一个网络，每次迭代使用全部 N 个、1 个或 m 个样本训练：迭代、期与噪声</translation>
    </message>
    <message>
        <source>6 · Softmax for Several Classes</source>
        <translation>6 · 多分类的 softmax</translation>
    </message>
    <message>
        <source>Four classes, one softmax output each: probabilities that add up to 1, trained on the cross-entropy</source>
        <translation>四个类别，每类一个 softmax 输出：概率之和为 1，用交叉熵训练</translation>
    </message>
</context>
<context>
    <name>LessonsHelp</name>
    <message>
        <source>&amp;Lessons</source>
        <extracomment>the guide&apos;s column is this many average characters wide when it opens (about 250 pixels at the normal type: a step of the guide on three or four lines) the document&apos;s dynamic property naming the lesson it was opened from (&quot;&quot; for none)</extracomment>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Show the Lesson &amp;Guide</source>
        <translation>显示课程指南(&amp;G)</translation>
    </message>
    <message>
        <source>Show the open lesson&apos;s guide beside the canvas</source>
        <translation>在画布旁显示当前课程的指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window&apos;s commands</source>
        <translation>窗口中所有命令的键盘快捷键</translation>
    </message>
    <message>
        <source>Lesson</source>
        <extracomment>the column beside the guide&apos;s and its width before the guide opened beside it</extracomment>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export Weights</source>
        <translation>导出权重(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Numbers on Ne&amp;urons</source>
        <translation>神经元上的数值(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xplorers</source>
        <translation>探索工具(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Descent on a Surface</source>
        <translation>曲面上的梯度下降(&amp;D)</translation>
    </message>
    <message>
        <source>Gradient descent on the cost of one neuron&apos;s w and b, as a contour plot</source>
        <translation>单个神经元的 w 和 b 在代价函数上的梯度下降，以等高线图显示</translation>
    </message>
    <message>
        <source>&amp;Neuron Explorer</source>
        <translation>神经元探索(&amp;N)</translation>
    </message>
    <message>
        <source>One neuron a = σ(wx + b) on sliders, and the M-P neuron&apos;s line stepped by the perceptron rule over AND, OR and XOR</source>
        <translation>用滑块调节单个神经元 a = σ(wx + b)；并用感知机规则在 AND、OR 和 XOR 上逐步移动 M-P 神经元的分界线</translation>
    </message>
    <message>
        <source>&amp;Activation Gallery</source>
        <translation>激活函数一览(&amp;A)</translation>
    </message>
    <message>
        <source>Every activation with its derivative, range and saturation, and why a non-linearity is needed</source>
        <translation>每个激活函数及其导数、值域和饱和区，以及为什么需要非线性</translation>
    </message>
    <message>
        <source>&amp;Optimizer Race</source>
        <translation>优化器比赛(&amp;O)</translation>
    </message>
    <message>
        <source>The network trained from the same weights with several modes and optimizers side by side; adopt the best run&apos;s weights</source>
        <translation>从相同的权重出发，用几种方式和优化器并排训练网络；可采用最好一次训练的权重</translation>
    </message>
    <message>
        <source>&amp;History Scrubber</source>
        <translation>训练历史回放(&amp;H)</translation>
    </message>
    <message>
        <source>A slider over the epochs trained: the canvas, heatmaps, decision boundary and inspector show the network as it was then</source>
        <translation>在已训练的各期上拖动滑块：画布、热力图、决策边界和检查器显示网络当时的样子</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Backpropagation Step by Step</source>
        <translation>逐步反向传播</translation>
    </message>
    <message>
        <source>Loss and Backpropagation</source>
        <translation>代价与反向传播</translation>
    </message>
    <message>
        <source>Weights Wˡ</source>
        <translation>权重 Wˡ</translation>
    </message>
    <message>
        <source>Activations aˡ</source>
        <translation>激活值 aˡ</translation>
    </message>
    <message>
        <source>Gradients per Layer</source>
        <translation>各层梯度</translation>
    </message>
    <message>
        <source>Weight Images</source>
        <translation>权重图像</translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Weights and Activations</source>
        <translation>权重与激活值</translation>
    </message>
    <message>
        <source>Descent on a Surface</source>
        <translation>曲面上的梯度下降</translation>
    </message>
    <message>
        <source>Neuron Explorer</source>
        <translation>神经元探索</translation>
    </message>
    <message>
        <source>Activation Gallery</source>
        <translation>激活函数一览</translation>
    </message>
    <message>
        <source>Optimizer Race</source>
        <translation>优化器比赛</translation>
    </message>
    <message>
        <source>History Scrubber</source>
        <translation>训练历史回放</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>data: {name} · 1 sample</source>
        <translation>数据：{name} · 1 个样本</translation>
    </message>
    <message>
        <source>data: {name} · {n} samples</source>
        <translation>数据：{name} · {n} 个样本</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>关于 Backprop Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Studio {version}&lt;/h3&gt;&lt;p&gt;Design small feedforward neural networks by hand, train them live, watch the error signals δ of backpropagation and export the trained weights.&lt;/p&gt;&lt;p&gt;Python, PySide6, numpy and pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backprop Studio {version}&lt;/h3&gt;&lt;p&gt;亲手设计小型前馈神经网络，实时训练，观察反向传播的误差信号 δ，并导出训练好的权重。&lt;/p&gt;&lt;p&gt;Python、PySide6、numpy 和 pyqtgraph。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fill each neuron with its output over the plane of the two inputs</source>
        <translation>在每个神经元中填充它在两个输入构成的平面上的输出</translation>
    </message>
    <message>
        <source>Backpropagation by Hand (2-2-2, one sample)</source>
        <extracomment>the menu&apos;s names of the shipped examples (translated where shown, context MainWindow)</extracomment>
        <translation>手算反向传播（2-2-2，一个样本）</translation>
    </message>
    <message>
        <source>One Sigmoid Neuron (the notes&apos; worked example)</source>
        <translation>单个 Sigmoid 神经元（讲义中的例题）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>how long after the program&apos;s window opens the explorers hidden at start are built the dock layout&apos;s version for saveState/restoreState (``gui.language_menu`` reads it) views not built yet, by dock (``_add_waiting_dock``)</extracomment>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project from the example network</source>
        <translation>以示例网络新建项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project in a new file</source>
        <translation>把项目保存为新文件</translation>
    </message>
    <message>
        <source>&amp;Import Weights…</source>
        <translation>导入权重(&amp;I)…</translation>
    </message>
    <message>
        <source>Load weights exported as .npz or .json into this network</source>
        <translation>把以 .npz 或 .json 导出的权重载入这个网络</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Fit Network to View</source>
        <translation>显示整个网络(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>显示整个网络</translation>
    </message>
    <message>
        <source>Neuron &amp;Output Maps</source>
        <translation>神经元输出图(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>No numbers on the neurons</source>
        <translation>神经元上不显示数值</translation>
    </message>
    <message>
        <source>&amp;Activations aᵢˡ</source>
        <translation>激活值 aᵢˡ(&amp;A)</translation>
    </message>
    <message>
        <source>Each neuron&apos;s output for the inspector&apos;s sample, live while training</source>
        <translation>每个神经元对检查器中样本的输出，训练时实时更新</translation>
    </message>
    <message>
        <source>&amp;Weighted Inputs zᵢˡ</source>
        <translation>带权输入 zᵢˡ(&amp;W)</translation>
    </message>
    <message>
        <source>Each neuron&apos;s zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ for the inspector&apos;s sample</source>
        <translation>每个神经元对检查器中样本的 zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ</translation>
    </message>
    <message>
        <source>&amp;Errors δᵢˡ</source>
        <translation>误差 δᵢˡ(&amp;E)</translation>
    </message>
    <message>
        <source>Each neuron&apos;s δᵢˡ = ∂Cₓ/∂zᵢˡ for the inspector&apos;s sample: backpropagation, live</source>
        <translation>每个神经元对检查器中样本的 δᵢˡ = ∂Cₓ/∂zᵢˡ：实时的反向传播</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Step Through &amp;Backpropagation</source>
        <translation>逐步执行反向传播(&amp;B)</translation>
    </message>
    <message>
        <source>The notes&apos; backpropagation algorithm for one sample, stage by stage, with its numbers on the canvas (Ctrl+B)</source>
        <translation>讲义中的反向传播算法，对一个样本逐个阶段执行，数值显示在画布上 (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation>关于 Backprop Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Neuron output maps are drawn for data with two inputs</source>
        <translation>神经元输出图只适用于两个输入的数据</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Save Lesson Preset</source>
        <extracomment>of the screen&apos;s width and height the dialog takes at most</extracomment>
        <translation>保存课程预设</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. Why XOR needs a hidden layer</source>
        <translation>例如：为什么 XOR 需要隐含层</translation>
    </message>
    <message>
        <source>Panels shown</source>
        <translation>显示的面板</translation>
    </message>
    <message>
        <source>Controls students cannot change</source>
        <translation>学生不能更改的控件</translation>
    </message>
    <message>
        <source>Locked controls are:</source>
        <translation>锁定的控件：</translation>
    </message>
    <message>
        <source>greyed out, saying why</source>
        <translation>显示为灰色，并说明原因</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Open in classroom mode (full screen, large type, only these panels)</source>
        <translation>以课堂模式打开（全屏、大字体、只显示这些面板）</translation>
    </message>
    <message>
        <source>Save it in this project, so the project opens this way for the students</source>
        <translation>保存在这个项目中，学生打开项目时就是这个样子</translation>
    </message>
    <message>
        <source>Save the project afterwards and hand out the file: it opens with these panels and these controls locked. It is a lesson plan, not a lock: File ▸ Lesson Presets ▸ Unlock Controls gives the controls back. The preset is also kept under File ▸ Lesson Presets for other projects.</source>
        <translation>之后保存项目并分发文件：打开时会显示这些面板并锁定这些控件。这是一份教学安排，而不是一把锁：“文件 ▸ 课程预设 ▸ 解锁控件”可以恢复这些控件。该预设也保存在“文件 ▸ 课程预设”下，可用于其他项目。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>the translators installed now (kept referenced: Qt does not own them) Qt&apos;s own texts that its Chinese catalogue (qtbase_zh_CN.qm) lacks in Qt 6 (the file dialog&apos;s labels gained accelerators): marked here so that window_zh_CN.ts holds them and the window&apos;s translator finds them under Qt&apos;s own context</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No Recent Projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <extracomment>keys without a character that every keyboard has; the others in a platform&apos;s standard bindings (the New, Open, Save and Undo keys of a few keyboards, F13 and up) are left out, since a reader looking for them on a plain keyboard would not find them the arrow keys as arrows: Qt&apos;s Chinese names them 左方向, 右方向…, which read oddly</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>_UndoLabels</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>the property of an action whose text changes (Undo Train): its name as a list shows it</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
</context>
</TS>
