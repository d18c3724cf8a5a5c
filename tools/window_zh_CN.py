"""The main window's Simplified Chinese: ``python -m tools.window_zh_CN`` fills
``resources/i18n/window_zh_CN.ts`` (menus, docks, file dialogs, autosave and error messages)
and compiles it.

The words are the course notes' own (神经元, 阈值, 激活函数, 隐含层, 代价函数, 反向传播, 误差 δ,
梯度下降, 批量/随机/小批量, 迭代, 期…) and the panels' translation's (the same word for the same
thing everywhere). Formulas, symbols and placeholders ({n}, %1) stay as they are; a menu's
accelerator goes in brackets after the Chinese, as Chinese programs write it: 文件(&F).
Keys are the English text, or (context, English) where one context needs other words.
"""

from __future__ import annotations

import sys

from tools.translations import compile_all, fill, ts_path

TRANSLATIONS: dict = {
    # ---- autosave and recovery ------------------------------------------------------------
    "Untitled": "未命名",
    "cannot create a lock file in {folder}": "无法在 {folder} 中创建锁文件",
    "Restore Unsaved Work": "恢复未保存的工作",
    "Backprop Studio closed unexpectedly. Restore the unsaved project '{name}' from {time}?":
        "Backprop Studio 意外关闭。要恢复 {time} 时未保存的项目“{name}”吗？",
    "Cannot Restore the Project": "无法恢复项目",
    "The autosaved project could not be opened: {error}\nIt is kept in {path}.":
        "无法打开自动保存的项目：{error}\n它仍保存在 {path}。",
    # ---- undo stack names -----------------------------------------------------------------
    ("Commands", "Import Weights"): "导入权重",
    ("Commands", "Restore Weights"): "恢复权重",
    # ---- the error handler ----------------------------------------------------------------
    "The details are in {path}.": "详细信息见 {path}。",
    "The details could not be written to a log file.": "详细信息无法写入日志文件。",
    "{n} errors so far; the latest: {summary}\n\nThe program keeps running. {where}":
        "到目前为止共 {n} 个错误；最新的是：{summary}\n\n程序仍在运行。{where}",
    "Something Went Wrong": "出错了",
    "Backprop Studio met an error it did not expect.": "Backprop Studio 遇到了一个意外错误。",
    "{summary}\n\nThe program keeps running and your project is still open; saving it under "
    "a new name is a safe step. {where}":
        "{summary}\n\n程序仍在运行，项目也仍然打开；把它另存为一个新文件名是稳妥的做法。{where}",
    "Stopped by an unexpected error ({summary}); the details are in {path}":
        "因意外错误而停止（{summary}）；详细信息见 {path}",
    # ---- file commands --------------------------------------------------------------------
    "NumPy Arrays (.npz)…": "NumPy 数组 (.npz)…",
    "NumPy arrays (*.npz)": "NumPy 数组 (*.npz)",
    "JSON (.json)…": "JSON (.json)…",
    "JSON (*.json)": "JSON (*.json)",
    "CSV Files (.zip)…": "CSV 文件 (.zip)…",
    "Zipped CSV files (*.zip)": "压缩的 CSV 文件 (*.zip)",
    "ONNX Model (.onnx)…": "ONNX 模型 (.onnx)…",
    "ONNX model (*.onnx)": "ONNX 模型 (*.onnx)",
    "Python Predictor (.py)…": "Python 预测脚本 (.py)…",
    "Python script (*.py)": "Python 脚本 (*.py)",
    "PyTorch Module (.py + .safetensors)…": "PyTorch 模块 (.py + .safetensors)…",
    "untitled": "未命名",
    "network": "网络",
    "Open Project": "打开项目",
    "Backprop Studio projects (*.json);;All files (*)":
        "Backprop Studio 项目 (*.json);;所有文件 (*)",
    "Cannot open the example": "无法打开示例",
    "Cannot open the project": "无法打开项目",
    "Open Recent": "最近打开",
    "The project {path} is no longer there; it was taken off the list of recent projects.":
        "项目 {path} 已不存在；已将它从最近项目列表中移除。",
    "Cannot save the project": "无法保存项目",
    "Save Project As": "项目另存为",
    "Backprop Studio projects (*.json)": "Backprop Studio 项目 (*.json)",
    "Export Weights": "导出权重",
    "Cannot export the weights": "无法导出权重",
    "Exported the weights to {path}": "已将权重导出到 {path}",
    "Import Weights": "导入权重",
    "Backprop Studio weights (*.npz *.json)": "Backprop Studio 权重 (*.npz *.json)",
    "Cannot import the weights": "无法导入权重",
    "Unsaved Changes": "未保存的更改",
    "The project has unsaved changes. Save them first?": "项目有未保存的更改。要先保存吗？",
    "Training Is Running": "正在训练",
    "The network is training. Stop training and save the project first?\n"
    "(Cancel goes on training.)":
        "网络正在训练。要停止训练并先保存项目吗？\n（“取消”则继续训练。）",
    "Could not autosave the project ({reason}); it is tried again in a minute. "
    "Save it to be safe.":
        "无法自动保存项目（{reason}）；一分钟后会再试。为安全起见，请手动保存。",
    # ---- language -------------------------------------------------------------------------
    "&Language": "语言(&L)",
    "The interface is now in {language}.": "界面语言已切换为{language}。",
    # ---- menus ----------------------------------------------------------------------------
    "&File": "文件(&F)",
    "Open &Example": "打开示例(&E)",
    "&Export Weights": "导出权重(&E)",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "Numbers on Ne&urons": "神经元上的数值(&U)",
    "E&xplorers": "探索工具(&X)",
    "&Descent on a Surface": "曲面上的梯度下降(&D)",
    "Gradient descent on the cost of one neuron's w and b, as a contour plot":
        "单个神经元的 w 和 b 在代价函数上的梯度下降，以等高线图显示",
    "&Neuron Explorer": "神经元探索(&N)",
    "One neuron a = σ(wx + b) on sliders, and the M-P neuron's line stepped by the "
    "perceptron rule over AND, OR and XOR":
        "用滑块调节单个神经元 a = σ(wx + b)；并用感知机规则在 AND、OR 和 XOR 上逐步移动 "
        "M-P 神经元的分界线",
    "&Activation Gallery": "激活函数一览(&A)",
    "Every activation with its derivative, range and saturation, and why a non-linearity "
    "is needed":
        "每个激活函数及其导数、值域和饱和区，以及为什么需要非线性",
    "&Optimizer Race": "优化器比赛(&O)",
    "The network trained from the same weights with several modes and optimizers side by "
    "side; adopt the best run's weights":
        "从相同的权重出发，用几种方式和优化器并排训练网络；可采用最好一次训练的权重",
    "&History Scrubber": "训练历史回放(&H)",
    "A slider over the epochs trained: the canvas, heatmaps, decision boundary and inspector "
    "show the network as it was then":
        "在已训练的各期上拖动滑块：画布、热力图、决策边界和检查器显示网络当时的样子",
    "&Train": "训练(&T)",
    "&Help": "帮助(&H)",
    # ---- docks and tabs -------------------------------------------------------------------
    "Palette": "组件",
    "Training": "训练",
    "Inspector": "检查器",
    "Decision Boundary": "决策边界",
    "Data": "数据",
    "Loss": "代价",
    "Backpropagation Step by Step": "逐步反向传播",
    "Loss and Backpropagation": "代价与反向传播",
    "Weights Wˡ": "权重 Wˡ",
    "Activations aˡ": "激活值 aˡ",
    "Gradients per Layer": "各层梯度",
    "Weight Images": "权重图像",
    "Confusion Matrix": "混淆矩阵",
    "Weights and Activations": "权重与激活值",
    "Descent on a Surface": "曲面上的梯度下降",
    "Neuron Explorer": "神经元探索",
    "Activation Gallery": "激活函数一览",
    "Optimizer Race": "优化器比赛",
    "History Scrubber": "训练历史回放",
    "Ready": "就绪",
    "data: {name} · {n} samples": "数据：{name} · {n} 个样本",
    "About Backprop Studio": "关于 Backprop Studio",
    "<h3>Backprop Studio {version}</h3><p>Design small feedforward neural networks by hand, "
    "train them live, watch the error signals δ of backpropagation and export the trained "
    "weights.</p><p>Python, PySide6, numpy and pyqtgraph.</p>":
        "<h3>Backprop Studio {version}</h3><p>亲手设计小型前馈神经网络，实时训练，观察反向传播的"
        "误差信号 δ，并导出训练好的权重。</p><p>Python、PySide6、numpy 和 pyqtgraph。</p>",
    "Fill each neuron with its output over the plane of the two inputs":
        "在每个神经元中填充它在两个输入构成的平面上的输出",
    "Neuron output maps are drawn for data with two inputs": "神经元输出图只适用于两个输入的数据",
    "Backpropagation by Hand (2-2-2, one sample)": "手算反向传播（2-2-2，一个样本）",
    "One Sigmoid Neuron (the notes' worked example)": "单个 Sigmoid 神经元（讲义中的例题）",
    # ---- actions --------------------------------------------------------------------------
    "&New": "新建(&N)",
    "Start a new project from the example network": "以示例网络新建项目",
    "&Open…": "打开(&O)…",
    "Open a project file": "打开项目文件",
    "&Save": "保存(&S)",
    "Save the project": "保存项目",
    "Save &As…": "另存为(&A)…",
    "Save the project in a new file": "把项目保存为新文件",
    "&Import Weights…": "导入权重(&I)…",
    "Load weights exported as .npz or .json into this network":
        "把以 .npz 或 .json 导出的权重载入这个网络",
    "&Quit": "退出(&Q)",
    "&Fit Network to View": "显示整个网络(&F)",
    "Show the whole network": "显示整个网络",
    "Neuron &Output Maps": "神经元输出图(&O)",
    "&None": "无(&N)",
    "No numbers on the neurons": "神经元上不显示数值",
    "&Activations aᵢˡ": "激活值 aᵢˡ(&A)",
    "Each neuron's output for the inspector's sample, live while training":
        "每个神经元对检查器中样本的输出，训练时实时更新",
    "&Weighted Inputs zᵢˡ": "带权输入 zᵢˡ(&W)",
    "Each neuron's zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ for the inspector's sample":
        "每个神经元对检查器中样本的 zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ",
    "&Errors δᵢˡ": "误差 δᵢˡ(&E)",
    "Each neuron's δᵢˡ = ∂Cₓ/∂zᵢˡ for the inspector's sample: backpropagation, live":
        "每个神经元对检查器中样本的 δᵢˡ = ∂Cₓ/∂zᵢˡ：实时的反向传播",
    "&Reset Layout": "重置布局(&R)",
    "Step Through &Backpropagation": "逐步执行反向传播(&B)",
    "The notes' backpropagation algorithm for one sample, stage by stage, with its numbers "
    "on the canvas (Ctrl+B)":
        "讲义中的反向传播算法，对一个样本逐个阶段执行，数值显示在画布上 (Ctrl+B)",
    "&About Backprop Studio": "关于 Backprop Studio(&A)",
    "About &Qt": "关于 Qt(&Q)",
    # ---- recent files, undo ---------------------------------------------------------------
    "Open &Recent": "最近打开(&R)",
    "No Recent Projects": "没有最近的项目",
    "&Clear Menu": "清除菜单(&C)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Undo {what}": "撤销(&U) {what}",
    "&Redo {what}": "重做(&R) {what}",
    # ---- classroom mode (gui/classroom) ---------------------------------------------------
    "&Classroom Mode": "课堂模式(&C)",
    "Large type and thick lines, only the panels chosen for it, full screen: the window for a "
    "projector (F11 again to leave)":
        "大字体、粗线条、只显示选定的面板并全屏：适合投影仪的窗口（再按 F11 退出）",
    "&Panels in Classroom Mode": "课堂模式中的面板(&P)",
    "Classroom &Text Size": "课堂文字大小(&T)",
    "{percent} %": "{percent} %",
    # ---- lessons (gui/lessons) ------------------------------------------------------------
    "<p>The guide {path} cannot be read: {why}</p>": "<p>无法读取指南 {path}：{why}</p>",
    "<p>No lesson is open. Choose one from <b>Help ▸ Lessons</b>.</p>":
        "<p>还没有打开课程。请从<b>帮助 ▸ 课程</b>中选择一个。</p>",
    "1 · One Neuron and Its Threshold": "1 · 一个神经元及其阈值",
    "The M-P neuron: a step neuron with threshold θ computes AND and OR; the perceptron rule "
    "finds the line":
        "M-P 神经元：带阈值 θ 的阶跃函数神经元可以计算 AND 和 OR；感知机规则找到分界线",
    "2 · Why XOR Needs a Hidden Layer": "2 · 为什么 XOR 需要隐含层",
    "One neuron draws one straight line and stalls on XOR; a hidden layer of four solves it":
        "一个神经元只能画一条直线，在 XOR 上卡住；一个有四个神经元的隐含层就能解决",
    "3 · The Step Function and Gradient Descent": "3 · 阶跃函数与梯度下降",
    "Gradient descent refuses the step function (its derivative is 0); the perceptron rule "
    "and sigmoid train it":
        "梯度下降无法训练阶跃函数（它的导数为 0）；感知机规则和 sigmoid 可以训练",
    "4 · Sigmoid Saturates: Vanishing Gradients": "4 · Sigmoid 饱和：梯度消失",
    "Five sigmoid hidden layers: the error δ fades on its way back; tanh or ReLU carry it":
        "五个 sigmoid 隐含层：误差 δ 在反向传播中逐渐消失；tanh 或 ReLU 能把它传回去",
    "5 · Batch, Stochastic and Mini-batch Descent": "5 · 批量、随机与小批量梯度下降",
    "The same net trained with all N samples, one, or m per iteration: iterations, epochs "
    "and noise":
        "同一个网络，每次迭代使用全部 N 个、1 个或 m 个样本训练：迭代、期与噪声",
    "6 · Softmax for Several Classes": "6 · 多分类的 Softmax",
    "Four classes, one softmax output each: probabilities that add up to 1, trained on the "
    "cross-entropy":
        "四个类别，每类一个 softmax 输出：概率之和为 1，用交叉熵训练",
    "&Lessons": "课程(&L)",
    "Show the Lesson &Guide": "显示课程指南(&G)",
    "Show the open lesson's guide beside the canvas": "在画布旁显示当前课程的指南",
    "&Keyboard Shortcuts…": "键盘快捷键(&K)…",
    "Every keyboard shortcut of the window's commands": "窗口中所有命令的键盘快捷键",
    "Lesson": "课程",
    "Other": "其他",
    "Keyboard Shortcuts": "键盘快捷键",
    "Command": "命令",
    "Shortcut": "快捷键",
    # ---- lesson presets (gui/classroom) ---------------------------------------------------
    "&Save Lesson Preset…": "保存课程预设(&S)…",
    "Save this window's panels and the controls students may not change as a named preset, "
    "in the project and for other projects":
        "把这个窗口的面板和学生不能更改的控件保存为一个命名预设，保存在项目中，也可用于其他项目",
    "&Unlock Controls": "解锁控件(&U)",
    "Give back the controls the lesson preset locked (until another project opens)":
        "恢复课程预设锁定的控件（直到打开另一个项目）",
    "&Remove the Preset from the Project": "从项目中移除预设(&R)",
    "The project no longer opens with a lesson preset (undoable)":
        "项目打开时不再使用课程预设（可撤销）",
    "Lesson &Presets": "课程预设(&P)",
    "&Apply Saved Preset": "应用已保存的预设(&A)",
    "&Delete Saved Preset": "删除已保存的预设(&D)",
    "Lesson Preset Not Kept": "课程预设未能保留",
    "The preset could not be kept for other projects: {error}": "无法为其他项目保留该预设：{error}",
    "Lesson preset “{name}” saved in the project: save the project to hand it out.":
        "课程预设“{name}”已保存在项目中：保存项目后即可分发。",
    "Lesson preset “{name}” saved.": "课程预设“{name}”已保存。",
    "Cannot Apply the Preset": "无法应用预设",
    "Lesson preset “{name}” applied and saved in the project.":
        "课程预设“{name}”已应用并保存在项目中。",
    "The controls are unlocked until another project opens.": "控件已解锁，直到打开另一个项目。",
    "This project opens with the lesson preset “{name}”.": "这个项目打开时使用课程预设“{name}”。",
    "(no presets saved yet)": "（还没有保存的预设）",
    "{file} (damaged)": "{file}（已损坏）",
    "Cannot Delete the Preset": "无法删除预设",
    "Cannot delete {file}: {why}": "无法删除 {file}：{why}",
    "🔒 %n control(s) locked by the lesson": "🔒 课程锁定了 %n 个控件",
    "1 control locked by the lesson": "课程锁定了 1 个控件",
    "{n} controls locked by the lesson": "课程锁定了 {n} 个控件",
    "Controls the lesson preset locked; File ▸ Lesson Presets ▸ Unlock Controls gives them "
    "back":
        "课程预设锁定的控件；“文件 ▸ 课程预设 ▸ 解锁控件”可以恢复它们",
    # the controls a preset can lock (gui/classroom/locking.py): titles and refusals
    ("ControlLocks", "Learning rate η"): "学习率 η",
    ("ControlLocks", "The learning rate η is locked by the lesson preset"):
        "学习率 η 已被课程预设锁定",
    ("ControlLocks", "Optimizer and its parameters"): "优化器及其参数",
    ("ControlLocks", "The optimizer is locked by the lesson preset"): "优化器已被课程预设锁定",
    ("ControlLocks", "Mode (batch, stochastic, mini-batch) and batch size m"):
        "方式（批量、随机、小批量）与批量大小 m",
    ("ControlLocks", "The mode and the batch size are locked by the lesson preset"):
        "方式和批量大小已被课程预设锁定",
    ("ControlLocks", "Epochs and early stopping"): "期数与提前停止",
    ("ControlLocks", "The epochs and early stopping are locked by the lesson preset"):
        "期数和提前停止已被课程预设锁定",
    ("ControlLocks", "Regularisation and learning-rate schedule"): "正则化与学习率调度",
    ("ControlLocks", "Regularisation and the schedule are locked by the lesson preset"):
        "正则化和学习率调度已被课程预设锁定",
    ("ControlLocks", "Weight initialisation and seed"): "权重初始化与随机种子",
    ("ControlLocks", "The initialisation and the seed are locked by the lesson preset"):
        "权重初始化和随机种子已被课程预设锁定",
    ("ControlLocks", "Cost function C"): "代价函数 C",
    ("ControlLocks", "The cost function is locked by the lesson preset"):
        "代价函数已被课程预设锁定",
    ("ControlLocks", "Architecture: the palette, adding and removing neurons and layers, "
                     "activations"):
        "网络结构：组件面板、添加和删除神经元与层、激活函数",
    ("ControlLocks", "The architecture is locked by the lesson preset"):
        "网络结构已被课程预设锁定",
    ("ControlLocks", "Weights and biases typed or imported by hand"): "手动输入或导入的权重和偏置",
    ("ControlLocks", "Typing or importing weights is locked by the lesson preset"):
        "输入或导入权重已被课程预设锁定",
    ("ControlLocks", "Data: the data set, its normalisation, painting points"):
        "数据：数据集、归一化、绘制数据点",
    ("ControlLocks", "The data are locked by the lesson preset"): "数据已被课程预设锁定",
    ("ControlLocks", "Locked by the lesson preset ({menu_path})"):
        "已被课程预设锁定（{menu_path}）",
    ("ControlLocks", "File ▸ Lesson Presets ▸ Unlock Controls"): "文件 ▸ 课程预设 ▸ 解锁控件",
    "Save Lesson Preset": "保存课程预设",
    "Name:": "名称：",
    "e.g. Why XOR needs a hidden layer": "例如：为什么 XOR 需要隐含层",
    "Panels shown": "显示的面板",
    "Controls students cannot change": "学生不能更改的控件",
    "Locked controls are:": "锁定的控件：",
    "greyed out, saying why": "显示为灰色，并说明原因",
    "hidden": "隐藏",
    "Open in classroom mode (full screen, large type, only these panels)":
        "以课堂模式打开（全屏、大字体、只显示这些面板）",
    "Save it in this project, so the project opens this way for the students":
        "保存在这个项目中，学生打开项目时就是这个样子",
    "Save the project afterwards and hand out the file: it opens with these panels and these "
    "controls locked. It is a lesson plan, not a lock: File ▸ Lesson Presets ▸ Unlock Controls "
    "gives the controls back. The preset is also kept under File ▸ Lesson Presets for other "
    "projects.":
        "之后保存项目并分发文件：打开时会显示这些面板并锁定这些控件。这是一份教学安排，而不是"
        "一把锁：“文件 ▸ 课程预设 ▸ 解锁控件”可以恢复这些控件。该预设也保存在“文件 ▸ 课程预设”"
        "下，可用于其他项目。",
    # ---- Qt's own file dialog labels its Chinese catalogue lacks (gui.i18n) --------------
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    # ---- the language menu ------------------------------------------------------------------
    "The interface is now in {language}. Changing the language stopped training at epoch "
    "{epoch}: press {train} to go on from these weights.":
        "界面已切换为{language}。切换语言时训练停在了第 {epoch} 期："
        "按“{train}”即可从这些权重继续训练。",
}


def main() -> int:
    ts = ts_path("window", "zh_CN")
    # this table is the file's one source: a translation changed here replaces the old one
    filled, missing = fill(ts, TRANSLATIONS, overwrite=True)
    compile_all("window")
    sys.stdout.write(f"{ts.name}: {filled} filled, {len(missing)} left\n")
    for source in missing:
        sys.stdout.write(f"  left: {source!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
