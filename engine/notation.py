"""The notes' notation as text: wᵢⱼˡ, bᵢˡ, Wˡ, aˡ, δˡ with Unicode sub- and superscripts.

Indices are 1-based for neurons (the notes count neurons from 1) and layers count from 0 at
the input, so what the screen says matches the blackboard.
"""

_SUB = str.maketrans("0123456789,-", "₀₁₂₃₄₅₆₇₈₉‚₋")
_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def sub(value: int | str) -> str:
    return str(value).translate(_SUB)


def sup(value: int | str) -> str:
    return str(value).translate(_SUP)


def weight_symbol(layer: int, i: int, j: int) -> str:
    """wᵢⱼˡ for the weight from neuron j (0-based) of layer l-1 to neuron i (0-based) of layer l."""
    separator = "," if i >= 9 or j >= 9 else ""
    return f"w{sub(f'{i + 1}{separator}{j + 1}')}{sup(layer)}"


def bias_symbol(layer: int, i: int) -> str:
    return f"b{sub(i + 1)}{sup(layer)}"


def matrix_symbol(layer: int) -> str:
    return f"W{sup(layer)}"


def significant(value: float, digits: int = 4) -> tuple[str, int | None]:
    """(mantissa, power of ten or None): ``digits`` significant digits, more when so few would
    make a number look whole that is not (tanh(−5.6) is −0.99997, not −1); a number under
    10⁻⁴ or from 10⁶ on as mantissa × 10ᵏ."""
    value = float(value)
    if value == 0 or value != value or abs(value) == float("inf"):
        return (f"{value:g}" if value else "0"), None
    if abs(value) < 1e-4 or abs(value) >= 1e6:
        mantissa, power = f"{value:.{digits - 1}e}".split("e")
        return f"{float(mantissa):g}", int(power)
    text = f"{value:.{digits}g}"
    while float(text) != value and float(text) == round(float(text)) and digits < 9:
        digits += 1  # rounded to a whole number that the value is not
        text = f"{value:.{digits}g}"
    return text, None


def format_number(value: float) -> str:
    """Four significant digits (more where four would mislead), tiny and huge ones with a
    power of ten: enough to follow a hand calculation, short enough to read."""
    mantissa, power = significant(value)
    return mantissa if power is None else f"{mantissa} × 10{sup(power)}"


def feature_label(name: str) -> str:
    """A feature's name as the notes write it: "x1" becomes x₁; any other name is kept."""
    if len(name) > 1 and name[0] in "xX" and name[1:].isdigit():
        return f"x{sub(name[1:])}"
    return name


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """"1 input", "2 inputs": a count with its noun in the right number (English only: the
    command line's words; a translated message gives each number its own whole template,
    ``translate("Ctx", "{n} input")`` and ``translate("Ctx", "{n} inputs")``, so that a
    language without plurals writes both its own way)."""
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def sentence(text: str) -> str:
    """``text`` begun with a capital, as a message on its own, and ended with a full stop,
    unless it begins with a name that must stay as written (a file, "x₁", "bce", "η"). A
    message in Chinese (a translated one) ends with the Chinese full stop 。."""
    text = text.strip()
    if not text:
        return text
    first = text.split(maxsplit=1)[0]
    keeps_case = any(c in first for c in "./\\_0123456789'\"“(") or not first.isalpha() \
        or first in {"bce", "cce", "mse", "relu", "tanh", "sigmoid", "softmax"}
    if not keeps_case:
        text = text[0].upper() + text[1:]
    if text[-1] in ".!?…。！？":
        return text
    # a closing quote or bracket ends the sentence of what it closes: "选择方式“感知机规则”"
    # is Chinese (it had an English full stop), and so is one ending in a formula ("所以
    # δᴸ = aᴸ − y" ended "y.", tester): a sentence of more Chinese characters than Latin
    # letters (an English one may quote a Chinese name)
    chinese = sum(is_cjk(c) for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return text + ("。" if chinese > latin or is_cjk(text[-1]) else ".")


def is_cjk(character: str) -> bool:
    """A Chinese character or full-width punctuation (the end of a translated sentence)."""
    return "\u2e80" <= character <= "\u9fff" or "\uff00" <= character <= "\uffef" \
        or "\u3000" <= character <= "\u303f"
