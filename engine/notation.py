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


def format_number(value: float) -> str:
    """Four significant digits: enough to follow a hand calculation, short enough to read."""
    return f"{value:.4g}"
