"""A stage's formula worked out for one neuron, with the walkthrough's numbers in it (LaTeX).

    δ₂¹ = (w₁₂² δ₁²) σ'(z₂¹) = (0.41 × −0.073) × 0.196 = −0.0059

Every number is read from the stage's values (``engine.walkthrough``); nothing is computed
here but the text. Neurons are numbered from 1, as the notes number them; for a mini-batch the
per-sample stages show the batch's first sample and the gradient shows the averaging.
"""

from __future__ import annotations

import math

from engine.notation import significant

#: a sum with more terms than this is written with its first ones, "⋯" and the last (the
#: panel writes a long sum over lines, so a layer of eight neurons is checked term by term;
#: four hid two of lesson 4's six, tester)
MAX_TERMS = 8


def tex_number(value: float) -> str:
    """As ``engine.notation.significant`` writes it: four significant digits, tiny and huge
    values as a × 10ᵏ (7.3 × 10⁻³²)."""
    mantissa, power = significant(value)
    return mantissa if power is None else rf"{mantissa}\times10^{{{power}}}"


def factor(value: float) -> str:
    """A number as a factor of a product: negatives in parentheses."""
    text = tex_number(value)
    return f"({text})" if float(value) < 0 else text


def worked(stage, i: int, j: int = 0, normaliser=None) -> list[str]:
    """The lines of ``stage``'s formula for neuron ``i`` of its layer (0-based) and, for the
    gradient and update stages, its weight from neuron ``j`` of the layer before;
    ``normaliser``: the data's, which made the inputs a⁰ from x (the input stage says how)."""
    if stage.kind == "input":
        return _input(stage.values, i, normaliser)
    return _WORKED[stage.kind](stage, stage.layer, i, j, stage.values)


def _input(v, i, normaliser):
    """a⁰ᵢ = xᵢ, or normalised: (xᵢ − μᵢ)/sᵢ with the training rows' mean and standard
    deviation (min-max: their least value and range), x given back from a⁰ (the stepper
    walks the network's inputs)."""
    a = float(v["a"][0][i])
    method = getattr(normaliser, "method", "none")
    if method not in ("standardise", "minmax"):
        return [rf"a^{{0}}_{{{i + 1}}} = x_{{{i + 1}}} = {tex_number(a)}"]
    shift, scale = float(normaliser.shift[i]), float(normaliser.scale[i])
    k = i + 1
    form = (rf"\frac{{x_{{{k}}} - \mu_{{{k}}}}}{{s_{{{k}}}}}" if method == "standardise"
            else rf"\frac{{x_{{{k}}} - \min_{{{k}}}}}{{\max_{{{k}}} - \min_{{{k}}}}}")
    # μ and s to six digits: to four, "(5.1 − 5.848)/0.8205" gave −0.9116 by hand, not the
    # −0.9121 the training rows' 5.84833 makes (tester)
    x, mu, s = (_six(value) for value in (a * scale + shift, shift, scale))
    mu = f"({mu})" if shift < 0 else mu
    return [rf"a^{{0}}_{{{k}}} = {form} = \frac{{{x} - {mu}}}{{{s}}} = {tex_number(a)}"]


def _six(value: float) -> str:
    """Six significant digits, as a normaliser's statistics are written."""
    return tex_number(float(f"{float(value):.6g}")) if abs(value) < 1e-4 or abs(value) >= 1e6 \
        else f"{float(value):.6g}"


#: each activation as the worked line applies it to its number: σ is the layer's activation
#: in the notes' formula, and "σ(1.64) = 0.9275" on a tanh layer read as a wrong sigmoid
APPLIED = {"step": "H", "sigmoid": r"\sigma", "tanh": r"\tanh", "relu": r"\mathrm{ReLU}",
           "leaky_relu": r"\mathrm{LReLU}", "linear": r"\mathrm{id}"}


def _forward(stage, l, i, j, v):
    W, b, a_prev, z, a = v["W"], v["b"], v["a_prev"][0], v["z"][0], v["a"][0]
    # the perceptron's step is H, as its stage's formula writes it (σ(0) = 1 read wrong)
    sigma = "H" if "H(z" in stage.formula else r"\sigma"
    applied = APPLIED.get(v.get("activation"), sigma)
    terms = [f"{factor(W[i, k])}\\times {factor(a_prev[k])}" for k in range(len(a_prev))]
    weighted = (rf"z^{{{l}}}_{{{i + 1}}} = \sum_{{j}} w^{{{l}}}_{{{i + 1}j}}\,"
                rf"a^{{{l - 1}}}_{{j}} + b^{{{l}}}_{{{i + 1}}} = {_sum(terms)} + {factor(b[i])}"
                rf" = {tex_number(z[i])}")
    if v.get("softmax"):
        # each output from every zₖ of the layer: e^{zᵢ} over their sum, the sum's terms
        # written out with their numbers (left as Σₖ it could not be checked, tester)
        exponentials = _sum([rf"e^{{{tex_number(value)}}}" for value in z])
        return [weighted,
                rf"a^{{{l}}}_{{{i + 1}}} = \frac{{e^{{z^{{{l}}}_{{{i + 1}}}}}}}"
                rf"{{\sum_{{k}} e^{{z^{{{l}}}_{{k}}}}}} = \frac{{e^{{{tex_number(z[i])}}}}}"
                rf"{{{exponentials}}} = {tex_number(a[i])}"]
    return [weighted,
            rf"a^{{{l}}}_{{{i + 1}}} = {sigma}(z^{{{l}}}_{{{i + 1}}}) = "
            rf"{applied}({tex_number(z[i])}) = {tex_number(a[i])}"]


def _output_error(stage, l, i, j, v):
    a, y, delta = v["a"][0], v["y"][0], v["delta"][0]
    head = rf"\delta^{{{l}}}_{{{i + 1}}}"
    if "sigma_prime" in v:
        return [rf"{head} = (a^{{{l}}}_{{{i + 1}}} - y_{{{i + 1}}})\,"
                rf"\sigma'(z^{{{l}}}_{{{i + 1}}}) = ({tex_number(a[i])} - {tex_number(y[i])})"
                rf"\times {factor(v['sigma_prime'][0][i])} = {tex_number(delta[i])}"]
    return [rf"{head} = a^{{{l}}}_{{{i + 1}}} - y_{{{i + 1}}} = {tex_number(a[i])} - "
            rf"{factor(y[i])} = {tex_number(delta[i])}"]


def _backward(stage, l, i, j, v):
    W_next, delta_next = v["W_next"], v["delta_next"][0]
    terms = [f"{factor(W_next[k, i])}\\times {factor(delta_next[k])}"
             for k in range(len(delta_next))]
    return [rf"\delta^{{{l}}}_{{{i + 1}}} = \left(\sum_{{k}} w^{{{l + 1}}}_{{k{i + 1}}}\,"
            rf"\delta^{{{l + 1}}}_{{k}}\right)\sigma'(z^{{{l}}}_{{{i + 1}}}) = "
            rf"({_sum(terms)})\times {factor(v['sigma_prime'][0][i])} = "
            rf"{tex_number(v['delta'][0][i])}"]


def _gradient(stage, l, i, j, v):
    a_prev, delta, m = v["a_prev"], v["delta"], len(v["delta"])
    dw = rf"\dfrac{{\partial C}}{{\partial w^{{{l}}}_{{{i + 1}{j + 1}}}}}"
    db = rf"\dfrac{{\partial C}}{{\partial b^{{{l}}}_{{{i + 1}}}}}"
    if m == 1:
        return [rf"{dw} = a^{{{l - 1}}}_{{{j + 1}}}\,\delta^{{{l}}}_{{{i + 1}}} = "
                rf"{factor(a_prev[0, j])}\times {factor(delta[0, i])} = "
                rf"{tex_number(v['dW'][i, j])}",
                rf"{db} = \delta^{{{l}}}_{{{i + 1}}} = {tex_number(v['db'][i])}"]
    terms = [f"{factor(a_prev[x, j])}\\times {factor(delta[x, i])}" for x in range(m)]
    return [rf"{dw} = \frac{{1}}{{{m}}}\sum_{{x}} a^{{x,{l - 1}}}_{{{j + 1}}}\,"
            rf"\delta^{{x,{l}}}_{{{i + 1}}} = \frac{{1}}{{{m}}}({_sum(terms)}) = "
            rf"{tex_number(v['dW'][i, j])}",
            rf"{db} = \frac{{1}}{{{m}}}\sum_{{x}}\delta^{{x,{l}}}_{{{i + 1}}} = "
            rf"{tex_number(v['db'][i])}"]


def before_after(before: float, after: float) -> tuple[str, str]:
    """A parameter before and after an update, with the digits that show the change: four
    significant ones hid it ("5.005 − 0.5 × (−0.0006275) = 5.006" does not add up by hand;
    "5.00520 … = 5.00551" does)."""
    change = abs(float(after) - float(before))
    largest = max(abs(float(before)), abs(float(after)))
    if change == 0 or not 1e-4 <= largest < 1e6 or not math.isfinite(change):
        return tex_number(before), tex_number(after)
    usual = max(0, 3 - math.floor(math.log10(largest)))  # the decimals four digits give
    decimals = min(9, max(usual, 1 - math.floor(math.log10(change))))
    texts = [f"{float(value):.{decimals}f}" for value in (before, after)]
    while all(text.endswith("0") and "." in text for text in texts):  # 0.4000 → 0.40, 0.35
        texts = [text[:-1] for text in texts]
    return tuple(text.rstrip(".") for text in texts)


def _update(stage, l, i, j, v):
    eta = tex_number(v["eta"])
    w_before, w_after = before_after(v["W_before"][i, j], v["W"][i, j])
    b_before, b_after = before_after(v["b_before"][i], v["b"][i])
    lines = [rf"w^{{{l}}}_{{{i + 1}{j + 1}}} \leftarrow w^{{{l}}}_{{{i + 1}{j + 1}}} - "
             rf"\eta\,\dfrac{{\partial C}}{{\partial w^{{{l}}}_{{{i + 1}{j + 1}}}}} = "
             rf"{w_before} - {eta}\times {factor(v['dW'][i, j])} = {w_after}",
             rf"b^{{{l}}}_{{{i + 1}}} \leftarrow b^{{{l}}}_{{{i + 1}}} - "
             rf"\eta\,\dfrac{{\partial C}}{{\partial b^{{{l}}}_{{{i + 1}}}}} = {b_before} - {eta}"
             rf"\times {factor(v['db'][i])} = {b_after}"]
    if "cost_before" in v:
        lines.append(rf"C:\ {tex_number(v['cost_before'])} \rightarrow "
                     rf"{tex_number(v['cost_after'])}")
    return lines


def _perceptron_error(stage, l, i, j, v):
    a, y, error = v["a"][0], v["y"][0], v["error"][0]
    return [rf"y_{{{i + 1}}} - a^{{{l}}}_{{{i + 1}}} = {tex_number(y[i])} - {factor(a[i])}"
            rf" = {tex_number(error[i])}"]


def _perceptron_update(stage, l, i, j, v):
    eta, e, x = tex_number(v["eta"]), factor(v["error"][0][i]), factor(v["x"][0][j])
    w_before, w_after = before_after(v["W_before"][i, j], v["W"][i, j])
    b_before, b_after = before_after(v["b_before"][i], v["b"][i])
    return [rf"w^{{{l}}}_{{{i + 1}{j + 1}}} \leftarrow w^{{{l}}}_{{{i + 1}{j + 1}}} + "
            rf"\eta\,(y_{{{i + 1}}} - a^{{{l}}}_{{{i + 1}}})\,x_{{{j + 1}}} = "
            rf"{w_before} + {eta}\times {e}\times {x} = {w_after}",
            rf"b^{{{l}}}_{{{i + 1}}} \leftarrow b^{{{l}}}_{{{i + 1}}} + "
            rf"\eta\,(y_{{{i + 1}}} - a^{{{l}}}_{{{i + 1}}}) = {b_before} + {eta}"
            rf"\times {e} = {b_after}"]


def _sum(terms: list[str]) -> str:
    if len(terms) > MAX_TERMS:
        terms = [*terms[:MAX_TERMS - 1], r"\cdots", terms[-1]]
    return " + ".join(terms)


_WORKED = {"forward": _forward, "output_error": _output_error,
           "backward": _backward, "gradient": _gradient, "update": _update,
           "perceptron_error": _perceptron_error, "perceptron_update": _perceptron_update}
