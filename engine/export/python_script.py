'''A trained network as one standalone ``.py`` file that needs nothing but numpy.

The weights are written as Python float literals with ``repr``, which Python reads back to the
very same float64; float32 networks are widened exactly and narrowed back on load, so the
embedded numbers are the trained ones, bit for bit. The file applies the input normalisation
itself, so ``predict(X)`` takes raw features, and it computes in the network's own dtype with
the same formulas as the engine, so it agrees with ``net.predict``. With input features (x₁²,
sin x₁, …) it takes the raw x₁, x₂ and computes them first, each by the numpy line of its one
definition in ``engine.datasets.features``. With the text columns of a table (an ``Encoding``)
it takes rows of raw values, strings included, and one-hot encodes them first
(``engine.export.encoding_code``). Run as a script it reads a CSV of raw features and prints
predictions.
'''

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.datasets import csv_layout, labels
from engine.text import translate

_ACTIVATIONS = {
    "step": "(z >= 0).astype(z.dtype)",
    "sigmoid": "np.exp(-np.logaddexp(0, -z))",
    "tanh": "np.tanh(z)",
    "relu": "np.maximum(z, 0)",
    "leaky_relu": "np.maximum(z, z * LEAKY_SLOPE)",
    "linear": "z",
    "softmax": "_softmax(z)",
}

_TEMPLATE = '''"""{title}

Exported by Backprop Studio {version}. Needs only numpy.

    from {module} import {imported}
    Y = predict(X)        # X: {x_doc}; Y: shape (n, {n_outputs})
{class_line}
    python {module}.py FEATURES.csv             # prints one row of outputs per input row
{classes_command}\
    python {module}.py FEATURES.csv --skip-missing   # leaves out rows with a missing value
    python {module}.py --help

The file's columns are found by its header's names (any order; others left out), or taken
in order without a header; comma, semicolon, tab or | is found by itself (--delimiter D);
it is {text_encoding_doc} unless --text-encoding E names another (cp1252, gb18030, …).

FEATURE_NAMES names the features the network takes, in order;
{classes_doc}{encoding_doc}{target_doc}

Layer l computes zˡ = Wˡ aˡ⁻¹ + bˡ and aˡ = σ(zˡ), with Wˡ of shape (Nₗ, Nₗ₋₁); a batch is
rows, so Z = A @ W.T + b. {inputs_doc}
"""

import sys
import warnings

import numpy as np

DTYPE = np.{dtype}
LEAKY_SLOPE = {leaky_slope!r}
ACTIVATIONS = {activations!r}
LOSS = {loss!r}
CLASS_NAMES = {class_names!r}
FEATURE_NAMES = {feature_names!r}
TARGET_NAME = {target_name!r}  # the target the outputs are, divided by TARGET_DIVISOR
TARGET_DIVISOR = {target_divisor!r}
RAW_WIDTH = {raw_width}  # the numbers in a row of X (after encode() when ENCODING is given)
TEXT_ENCODING = {text_encoding!r}  # the CSV files' text encoding (None: UTF-8), as trained on
{encoding_constants}{features_constant}
SHIFT = np.array({shift}, dtype=np.float64)
SCALE = np.array({scale}, dtype=np.float64)

{arrays}

WEIGHTS = [{weight_names}]
BIASES = [{bias_names}]


def _softmax(z):
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.add.reduce(e, axis=1, keepdims=True)


{features_function}{encode_function}{table_function}{reader}def _activate(name, z):
{dispatch}
    raise ValueError("unknown activation " + repr(name))


def predict(X):
    """The network's outputs aᴸ for raw features X, one row per sample."""
    X = _by_column_names(X)
    if ENCODING is not None:
        X = encode(_rows(X))
    X = np.asarray(X, dtype=np.float64)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    if X.ndim != 2 or X.shape[1] != {n_inputs}:
        raise ValueError("expected rows of {n_inputs} features, got shape " + repr(X.shape))
    gaps = np.argwhere(~np.isfinite(X))
    if len(gaps):  # NaN is a missing value: no output would be right for it
        r, k = gaps[0]
        raise ValueError("row %d, feature %s: %r is missing or not a finite number"
                         % (r + 1, repr(FEATURE_NAMES[k]) if FEATURE_NAMES
                            and len(FEATURE_NAMES) == X.shape[1] else k + 1, float(X[r, k])))
    a = (({inputs} - SHIFT) / SCALE).astype(DTYPE)
    for W, b, name in zip(WEIGHTS, BIASES, ACTIVATIONS):
        a = _activate(name, a @ W.T + b)
    return a


def predict_target(X):
    """The outputs in the target's own units: predict(X) times TARGET_DIVISOR (the network
    learnt TARGET_NAME divided by it; 1.0 when it learnt the target as it is)."""
    return predict(X) * TARGET_DIVISOR


def predict_class(X):
    """The name of the winning class of each row of raw features X: with one output, the
    second class where it is at least 0.5, else the first; with more, the largest output's."""
    if CLASS_NAMES is None:
        raise ValueError("this predictor has no class names (a regression, or exported "
                         "without them): predict(X) gives its outputs")
    Y = predict(X)
    winners = (Y[:, 0] >= 0.5).astype(int) if Y.shape[1] == 1 else np.argmax(Y, axis=1)
    return [CLASS_NAMES[k] for k in winners]


def output_names(n_outputs):
    """What each output column is, as the command line names them: the classes (one output:
    P(the second class), or for a step neuron 1 = the second class), the target, or output1,
    output2, …"""
    if CLASS_NAMES is not None and len(CLASS_NAMES) == n_outputs:
        return list(CLASS_NAMES)
    if CLASS_NAMES is not None and n_outputs == 1 and len(CLASS_NAMES) == 2:
        return [("1 = %s" if ACTIVATIONS[-1] == "step" else "P(%s)") % CLASS_NAMES[1]]
    if TARGET_NAME is not None and n_outputs == 1:
        return [TARGET_NAME]
    return ["output%d" % (k + 1) for k in range(n_outputs)]


USAGE = ("usage: python {module}.py FEATURES.csv [--classes] [--delimiter D] "
         "[--skip-missing] [--text-encoding E]  (raw features; columns found by the header's "
         "names, or in order without one; comma, semicolon, tab or | found by itself; a row "
         "with a missing value is refused, or left out with --skip-missing; the file "
         "{usage_encoding} unless E names its text encoding, e.g. cp1252). Prints one line of "
         "outputs per row of FEATURES.csv (what each column is, the classes or the target "
         "in its own units, on stderr); with --classes, the winning class's name\\n")


def main(argv):
    if "--help" in argv or "-h" in argv:
        sys.stdout.write(USAGE)
        return 0
    classes = "--classes" in argv
    skip_missing = "--skip-missing" in argv
    argv = [arg for arg in argv if arg not in ("--classes", "--skip-missing")]
    delimiter = text_encoding = None
    if "--delimiter" in argv:
        at = argv.index("--delimiter")
        given = argv[at + 1] if at + 1 < len(argv) else ""
        delimiter = DELIMITER_NAMES.get(given.lower(), given)
        argv = argv[:at] + argv[at + 2:]
        if len(delimiter) != 1:
            sys.stderr.write("{module}.py: --delimiter takes one character, or comma, "
                             "semicolon, tab or bar\\n")
            return 2
    if "--text-encoding" in argv:
        at = argv.index("--text-encoding")
        text_encoding = argv[at + 1] if at + 1 < len(argv) else ""
        argv = argv[:at] + argv[at + 2:]
        if not text_encoding:
            sys.stderr.write("{module}.py: --text-encoding takes the name of a text encoding, "
                             "e.g. cp1252 or gb18030\\n")
            return 2
    if len(argv) != 1:
        sys.stderr.write(USAGE)
        return 2
    try:  # a missing file or a row that does not fit: one line, exit 2, no traceback
        X, skipped, blank = _read(argv[0], delimiter, skip_missing, text_encoding)
        rows = predict_class(X) if classes else predict_target(X)
    except OSError as error:
        return _fail(argv[0], error.strerror or str(error))
    except ValueError as error:
        return _fail(argv[0], str(error))
    if blank:
        sys.stderr.write("{module}.py: " + argv[0] + ": left out the blank rows (%s %s)\\n"
                         % ("line" if len(blank) == 1 else "lines", ", ".join(map(str, blank))))
    if skipped:
        sys.stderr.write("{module}.py: " + argv[0] + ": left out the rows with a missing value "
                         "(%s %s)\\n" % ("line" if len(skipped) == 1 else "lines",
                                          ", ".join(map(str, skipped))))
    if not classes:  # what the columns are, said beside them (stdout stays numbers)
        names = output_names(np.shape(rows)[1])
        sys.stderr.write("{module}.py: " + ("each line is " + names[0] if len(names) == 1
                         else "the columns are " + ", ".join(names)) + "\\n")
    try:
        for row in rows:
            print(row if classes else ",".join(repr(float(v)) for v in row))
        sys.stdout.flush()
    except BrokenPipeError:  # | head: the reader has all it wants
        sys.stdout = None
    return 0


def _fail(path, reason):
    sys.stderr.write("{module}.py: " + path + ": " + " ".join(reason.split()) + "\\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''


_READER = '''#: how the command line may name a delimiter
DELIMITER_NAMES = dict(comma=",", semicolon=";", tab="\\t", bar="|")


def _read(path, delimiter=None, skip_missing=False, text_encoding=None):
    \"\"\"The rows of a CSV file and the lines left out. Comma, semicolon, tab or | is found
    as Backprop Studio finds it (the one on every line the same number of times; tab before
    semicolon before comma before |) unless ``delimiter`` is given; a header row is
    skipped; a row with a missing value (empty, NA, NaN, null, ?) is refused with its line,
    or left out with ``skip_missing``. The file is UTF-8 (UTF-16 when it starts with its
    byte-order mark) unless ``text_encoding`` names another (cp1252, gb18030, …).\"\"\"
    import codecs
    import csv
    import io

    with open(path, "rb") as handle:
        data = handle.read()
    if text_encoding is None:
        text_encoding = TEXT_ENCODING
    if text_encoding is None:
        text_encoding = ("utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                         else "utf-8-sig")
    try:
        text = data.decode(text_encoding)
    except LookupError:
        raise ValueError("%r is not a text encoding Python knows; for example utf-8, cp1252 "
                         "or gb18030" % text_encoding) from None
    except UnicodeDecodeError as error:  # the row, as Backprop Studio says it
        raise ValueError("line %d is not %s text (byte 0x%02x); give the text encoding it was "
                         "saved in with --text-encoding (cp1252 for Excel in Western Europe, "
                         "gb18030 for GBK), or save it as UTF-8"
                         % (data[:error.start].count(b"\\n") + 1,
                            "UTF-8" if text_encoding == "utf-8-sig" else text_encoding,
                            data[error.start])) from None
    sample = [line for line in text.splitlines() if line.strip()][:20]
    if not sample:
        raise ValueError("the file holds no rows of values")
    sniffed = delimiter is None
    if sniffed:
        delimiter = _sniff(sample)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = [(reader.line_num, row) for row in reader if row]
    numbered = [(line, row) for line, row in records if any(value.strip() for value in row)]
    # rows of empty cells (",,," as Excel writes them) are no rows, as for Backprop Studio;
    # said, so an output line is not taken for the file's row below it
    blank = [line for line, row in records if not any(value.strip() for value in row)]
    comma = _decimal_comma(numbered, delimiter)
    header = None
    if numbered and _is_header(numbered[0][1], comma):
        header = [value.strip() for value in numbered[0][1]]
        numbered = numbered[1:]
    if not numbered:
        raise ValueError("the file holds no rows of values")
    width = len(ENCODING) if ENCODING is not None else RAW_WIDTH
    names = INPUT_COLUMNS
    if header is not None and names is not None and header != names:
        numbered = _by_name(numbered, header, names)
    if comma:
        numbered = [(line, _with_dots(row)) for line, row in numbered]
    rows, skipped, missing = [], [], []
    for line, row in numbered:
        if len(row) != width:
            hint = "" if not sniffed else (
                "; read as %s-separated, give --delimiter if it is another"
                % [k for k, v in DELIMITER_NAMES.items() if v == delimiter][0]
                if delimiter in DELIMITER_NAMES.values() else "")
            raise ValueError("line %d has %d values; expected %d%s%s" % (
                line, len(row), width, "" if names is None else " (" + ", ".join(names) + ")",
                hint))
        gaps = [k for k, value in enumerate(row) if value.strip().lower() in MISSING_TEXTS]
        if gaps:
            missing.append((line, gaps[0]))
            continue
        if ENCODING is not None:
            try:  # the row's own line named, not its place among the rows
                encode([row])
            except ValueError as error:
                raise ValueError(str(error).replace("row 1", "line %d" % line, 1)) from None
        rows.append(row)
    if missing and not skip_missing:
        line, k = missing[0]
        column = repr(names[k]) if names is not None else str(k + 1)
        raise ValueError("line %d, column %s: the value is missing (rows with a missing value: "
                         "%d); leave such rows out with --skip-missing"
                         % (line, column, len(missing)))
    skipped = [line for line, _ in missing]
    if not rows:
        raise ValueError("every row has a missing value; nothing is left to predict")
    if ENCODING is not None:
        return rows, skipped, blank
    X = []
    for line, row in [(line, row) for line, row in numbered if line not in skipped]:
        values = []
        for k, value in enumerate(row):
            try:
                values.append(float(value))
            except ValueError:
                column = repr(names[k]) if names is not None else str(k + 1)
                raise ValueError("line %d, column %s: %r is not a number"
                                 % (line, column, value)) from None
        X.append(values)
    return np.array(X, dtype=np.float64), skipped, blank


def _by_name(numbered, header, names):
    """The rows' values of the columns ``names``, found by the header's names (in any
    order, other columns left out); the rows as they are when the header names none of
    them (its own names for the same columns); refused when it names some but not all."""
    found = [name for name in names if name in header]
    if not found:
        return numbered
    # a name the predictor takes twice (a file whose header named two columns alike) is
    # found twice in the header, the first for the first, the second for the second
    places = {}
    for k, name in enumerate(header):
        places.setdefault(name, []).append(k)
    for name in set(names):
        if len(places.get(name, ())) > names.count(name):
            # which of them it learnt from, the predictor cannot know: refused, not guessed
            raise ValueError("the header names %d columns %r and the predictor takes %d: it "
                             "cannot tell which; give it a file with only the columns it "
                             "takes (%s)" % (len(places[name]), name, names.count(name),
                                             ", ".join(names)))
    picks, lacking = [], []
    for k, name in enumerate(names):
        nth = names[:k].count(name)
        if nth < len(places.get(name, ())):
            picks.append(places[name][nth])
        else:
            lacking.append(repr(name) if not nth else "a second %r" % name)
    if lacking:
        raise ValueError("the header has no column named %s (the predictor takes %s)"
                         % (" or ".join(lacking), ", ".join(names)))
    chosen = []
    for line, row in numbered:
        if len(row) != len(header):
            raise ValueError("line %d has %d values; the header names %d columns"
                             % (line, len(row), len(header)))
        chosen.append((line, [row[k] for k in picks]))
    return chosen


def _sniff(sample):
    import re

    unquoted = [re.sub(r'"[^"]*"', "", line) for line in sample]
    for d in ("\\t", ";", ",", "|"):
        if len(set(line.count(d) for line in unquoted)) == 1 and unquoted[0].count(d) > 0:
            return d
    return max((",", ";", "\\t", "|"), key=lambda d: unquoted[0].count(d))


def _is_header(row, comma=False):
    \"\"\"The column names (every column the predictor takes named in it: names of numbers,
    "2019,2020", are names there too), or a word where a number belongs (not a missing
    value).\"\"\"
    cells = [value.strip() for value in row]
    if RAW_COLUMNS is not None and cells == RAW_COLUMNS:
        return True
    if INPUT_COLUMNS is not None and all(name in cells for name in INPUT_COLUMNS):
        return True
    kinds = ENCODING if ENCODING is not None else [(None, None)] * len(row)
    if comma:
        row = _with_dots(row)
    for (name, categories), value in zip(kinds, row):
        if categories is None and value.strip().lower() not in MISSING_TEXTS:
            try:
                float(value)
            except ValueError:
                return True
    return False


def _decimal_comma(numbered, delimiter):
    \"\"\"Whether the file writes its decimals with a comma ("2,5", thousands grouped by
    dots or not: "4.500,5"), as Backprop Studio reads it: a semicolon file with some cell of
    its first records so (or "1.368.237"), a file of tabs or bars with one that no thousands
    separator writes ("94,9", not "1,234"), and none with a decimal dot.\"\"\"
    import re

    if delimiter not in (";", "\\t", "|"):
        return False
    cells = [value.strip() for _, row in numbered[:21] for value in row]
    if any(re.fullmatch(DOT_NUMBER, cell) and not re.fullmatch(GROUPED, cell)
           for cell in cells):
        return False
    evident = delimiter != ";"
    return any((re.fullmatch(COMMA_NUMBER, cell)
                and not (evident and re.fullmatch(THOUSANDS_COMMAS, cell)))
               or re.fullmatch(MANY_GROUPS, cell) for cell in cells)


#: Backprop Studio's own patterns: a number with a decimal dot, one with a decimal comma
#: (thousands grouped by dots or not), thousands grouped twice or more ("1.368.237"), and
#: a number of a file of decimal commas grouped by dots ("4.500,5"), and one English writes
#: with thousands commas ("1,234")
DOT_NUMBER = @DOT_NUMBER@
COMMA_NUMBER = @COMMA_NUMBER@
MANY_GROUPS = @MANY_GROUPS@
GROUPED = @GROUPED@
THOUSANDS_COMMAS = @THOUSANDS_COMMAS@


def _with_dots(row):
    \"\"\"A row of a file of decimal commas with its numbers written as Python reads them
    ("4.500,5" as "4500.5"; a text column's categories as they are; a dot in any other place
    left, so the number is refused).\"\"\"
    import re

    kinds = ENCODING if ENCODING is not None else [(None, None)] * len(row)
    kinds = list(kinds) + [(None, None)] * (len(row) - len(kinds))
    written = []
    for (name, categories), value in zip(kinds, row):
        if categories is None:
            text = value.strip()
            if re.fullmatch(GROUPED, text):
                text = text.replace(".", "")
            if "." not in text:
                value = text.replace(",", ".", 1)
        written.append(value)
    return written
'''


for _name, _pattern in (("DOT_NUMBER", csv_layout.DOT_NUMBER),
                       ("COMMA_NUMBER", csv_layout.COMMA_NUMBER),
                       ("MANY_GROUPS", csv_layout.MANY_GROUPS),
                       ("THOUSANDS_COMMAS", csv_layout.THOUSANDS_COMMAS),
                       ("GROUPED", labels.GROUPED_BY_DOTS)):
    _READER = _READER.replace(f"@{_name}@", repr(_pattern.pattern))


def python_predictor_source(weights: Sequence[np.ndarray], biases: Sequence[np.ndarray],
                            activations: Sequence[str], *, loss: str, shift: np.ndarray,
                            scale: np.ndarray, title: str, version: str, module: str = "predictor",
                            leaky_slope: float = 0.01, features=None,
                            class_names: Sequence[str] | None = None,
                            feature_names: Sequence[str] | None = None,
                            encoding=None, target=None, text_encoding=None) -> str:
    """The text of a standalone predictor module for these layers (see the module doc);
    ``features`` (a FeatureMap): it takes raw x₁, x₂ and computes them first;
    ``class_names``/``feature_names`` become CLASS_NAMES and FEATURE_NAMES; ``encoding``
    (an Encoding with text columns): it takes rows of raw values and encodes them first;
    ``target`` (a TargetScale): the outputs are a target divided, TARGET_DIVISOR says by
    what, and the command line prints the target in its own units; ``text_encoding``:
    the one its command line reads CSV files in unless told (None: UTF-8)."""
    from engine.export.encoding_code import ENCODE_FUNCTION, TABLE_FUNCTION, encoding_constants

    unknown = sorted(set(activations) - set(_ACTIVATIONS))
    if unknown:
        raise ValueError(translate(
            "Export", "no predictor code for the activation(s) {names}").format(
                names=', '.join(unknown)))
    dtype = np.asarray(weights[0]).dtype.name
    arrays = []
    for l, (W, b) in enumerate(zip(weights, biases, strict=True), start=1):
        arrays.append(f"W{l} = np.array({_literal(W)}, dtype=DTYPE)")
        arrays.append(f"b{l} = np.array({_literal(b)}, dtype=DTYPE)")
    used = [name for name in _ACTIVATIONS if name in activations]
    dispatch = "\n".join(f"    if name == {name!r}:\n        return {_ACTIVATIONS[name]}"
                         for name in used)
    inputs_doc = "Inputs are first normalised as (x − SHIFT) / SCALE."
    features_constant = features_function = ""
    inputs, n_inputs = "X", int(weights[0].shape[1])
    if features is not None:
        inputs_doc = (f"The raw x1, x2 first become the input features FEATURES\n"
                      f"({', '.join(features.names)}), which are then normalised as "
                      f"(x − SHIFT) / SCALE.")
        features_constant = f"FEATURES = {list(features.names)!r}\n"
        columns = ", ".join(feature.python() for feature in features.features)
        features_function = ("def input_features(X):\n"
                             '    """The input features FEATURES of raw rows X = (x1, x2)."""\n'
                             "    x1, x2 = X[:, 0], X[:, 1]\n"
                             f"    return np.column_stack([{columns}])\n\n\n")
        inputs, n_inputs = "input_features(X)", 2
    x_doc = f"raw features, shape (n, {n_inputs})"
    encoding_doc, encode_function = "", ""
    if encoding is not None:
        x_doc = f"rows of {len(encoding.columns)} raw values (RAW_COLUMNS; text as text)"
        encoding_doc = ("\nRAW_COLUMNS names the raw columns a row of X holds, in order; "
                        "ENCODING gives each text\ncolumn's categories (None: a number): "
                        "encode(rows) turns rows into the features,\none per category of a "
                        "text column, named column=category in FEATURE_NAMES.")
        encode_function = ENCODE_FUNCTION
    target_doc = "" if target is None else (
        f"\nThe output is TARGET_NAME ({target.name!r})." if not target.divided else
        f"\nThe network learnt TARGET_NAME ({target.name!r}) divided by TARGET_DIVISOR "
        f"({target.divisor:g}):\npredict(X) gives {target.divided_name()}, predict_target(X) "
        f"and the command line\n{target.name} itself.")
    return _TEMPLATE.format(
        target_doc=target_doc,
        text_encoding=text_encoding,
        text_encoding_doc=("UTF-8 text" if text_encoding is None
                           else f"{text_encoding} text, as the file it learnt from was"),
        usage_encoding="UTF-8" if text_encoding is None else text_encoding,
        target_name=None if target is None else target.name,
        target_divisor=1.0 if target is None else float(target.divisor),
        x_doc=x_doc, encoding_doc=encoding_doc, encode_function=encode_function,
        encoding_constants=encoding_constants(
            encoding, feature_names, 2 if features is not None else n_inputs),
        table_function=TABLE_FUNCTION, title=title, version=version, module=module,
        n_inputs=n_inputs,
        inputs_doc=inputs_doc, features_constant=features_constant,
        features_function=features_function, inputs=inputs, reader=_READER,
        raw_width=2 if features is not None else n_inputs,
        n_outputs=int(weights[-1].shape[0]), dtype=dtype,
        class_names=None if class_names is None else list(class_names),
        feature_names=None if feature_names is None else list(feature_names),
        **_class_lines(module, class_names, int(weights[-1].shape[0]), activations[-1]),
        leaky_slope=float(leaky_slope),
        activations=list(activations), loss=loss, shift=_literal(shift), scale=_literal(scale),
        arrays="\n".join(arrays), dispatch=dispatch,
        weight_names=", ".join(f"W{l}" for l in range(1, len(weights) + 1)),
        bias_names=", ".join(f"b{l}" for l in range(1, len(biases) + 1)),
    )


def _class_lines(module, class_names, n_outputs, output_activation) -> dict[str, str]:
    """The docstring's lines about classes: predict_class and --classes only when the export
    knows the classes (a regression has none)."""
    if class_names is None:
        return {"imported": "predict", "class_line": "",
                "classes_command": "",
                "classes_doc": "CLASS_NAMES is None: no classes are known (a regression's "
                               "outputs\nare its values)."}
    return {"imported": "predict, predict_class",
            "class_line": "    names = predict_class(X)    # the winning class's name of each "
                          "row (CLASS_NAMES)\n",
            "classes_command": f"    python {module}.py FEATURES.csv --classes   # prints the "
                               "winning class's name per row\n",
            "classes_doc": "CLASS_NAMES what the outputs stand for\n("
                           + output_doc(n_outputs, output_activation) + ")."}


def output_doc(n_outputs: int, output_activation: str = "sigmoid") -> str:
    """How the outputs map to CLASS_NAMES, in words (a step neuron's output is 0 or 1, no
    probability)."""
    if n_outputs == 1:
        if output_activation == "step":
            return "one step output: 1 for CLASS_NAMES[1], 0 for CLASS_NAMES[0]"
        return "one output: the probability of CLASS_NAMES[1], CLASS_NAMES[0] below 0.5"
    return "output k stands for CLASS_NAMES[k]; the largest wins"


def _literal(array: np.ndarray) -> str:
    """An exact Python literal: repr of each float64 (float32 widens exactly), rows on lines."""
    array = np.asarray(array, dtype=np.float64)
    if array.ndim == 1:
        return "[" + ", ".join(repr(float(v)) for v in array) + "]"
    rows = ",\n    ".join(_literal(row) for row in array)
    return "[\n    " + rows + ",\n]"
