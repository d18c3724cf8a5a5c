<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Untitled</source>
        <extracomment>an environment variable naming another data folder (tests, portable installs) the changes that make a project differ from what is on disk (not what is looked at)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a lock file in {folder}</source>
        <extracomment>an autosave was written (its path) an autosave could not be written (why, in words); the next tick tries again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio closed unexpectedly. Restore the unsaved project &apos;{name}&apos; from {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved project could not be opened: {error}
It is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <extracomment>past this size the log starts again (the previous one is kept as errors.log.1) (summary, details, log path or &quot;&quot;) from any thread, shown on the main thread</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors so far; the latest: {summary}

The program keeps running. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio met an error it did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

The program keeps running and your project is still open; saving it under a new name is a safe step. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by an unexpected error ({summary}); the details are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>the menu&apos;s names of the shipped examples the window&apos;s size before it knows the screen (and a screenshot&apos;s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project from the example network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load weights exported as .npz or .json into this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Network to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron &amp;Output Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill each neuron with its output over the plane of the two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers on the neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activations aᵢˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron&apos;s output for the inspector&apos;s sample, live while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weighted Inputs zᵢˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron&apos;s zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ for the inspector&apos;s sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors δᵢˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron&apos;s δᵢˡ = ∂Cₓ/∂zᵢˡ for the inspector&apos;s sample: backpropagation, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Through &amp;Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; backpropagation algorithm for one sample, stage by stage, with its numbers on the canvas (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>every change, as the session&apos;s ``Change`` (which parts changed), before the signals of the parts before any edit of the architecture, the weights or the data is applied, so a running training worker can be stopped first (it trains a copy and would overwrite the edit) the sample whose zᵢˡ, aᵢˡ, δᵢˡ the inspector shows the part of the input plane the views cover why a design edit was refused (a limit, or choices that do not go together) a training run began (True) or ended (False) True while a training run is live (the views that show the start of a run wait) the network the views show: the current one, or an earlier epoch&apos;s while the history scrubber looks back (``show_epoch``); saving and edits use the current weights the epoch the views show, None for now the input features (``engine.datasets.features.FeatureMap``), None for the raw ones the numbers the views show (``engine.session.Derived``), once per version</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open Project</source>
        <extracomment>writes the unsaved project to the user&apos;s data folder every minute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio projects (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {path} is no longer there; it was taken off the list of recent projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio projects (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the weights to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio weights (*.npz *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is training. Stop training and save the project first?
(Cancel goes on training.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave the project ({reason}); it is tried again in a minute. Save it to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers on Ne&amp;urons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplorers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descent on a Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent on the cost of one neuron&apos;s w and b, as a contour plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuron Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One neuron a = σ(wx + b) on sliders, and the M-P neuron&apos;s line stepped by the perceptron rule over AND, OR and XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activation with its derivative, range and saturation, and why a non-linearity is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network trained from the same weights with several modes and optimizers side by side; adopt the best run&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History Scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slider over the epochs trained: the canvas, heatmaps, decision boundary and inspector show the network as it was then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation Step by Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights Wˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations aˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients per Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent on a Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History Scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data: {name} · {n} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Studio {version}&lt;/h3&gt;&lt;p&gt;Design small feedforward neural networks by hand, train them live, watch the error signals δ of backpropagation and export the trained weights.&lt;/p&gt;&lt;p&gt;Python, PySide6, numpy and pyqtgraph.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill each neuron with its output over the plane of the two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron output maps are drawn for data with two inputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_UndoLabels</name>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
