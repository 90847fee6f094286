"""Code 128 symbols for the labels, encoded here rather than by python-barcode: its 0.16.1 drops
a "99" pair in code set C (upstream issue #251), so copy 991's label read back as copy 1.

`modules(text)` gives the bars and spaces of the symbol (1 = bar, 0 = space, one narrow module
each), quiet zones excluded. Printable ASCII only, which is all a barcode scheme gives; runs of
digits go into code set C where that makes the symbol shorter."""

from __future__ import annotations

# The 107 symbol patterns, as bar/space widths in modules (value 0 … 105, then the stop).
_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 "
    "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 "
    "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 "
    "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 "
    "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 "
    "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 "
    "114131 311141 411131 211412 211214 211232 2331112"
)
_WIDTHS = _TABLE.split()

_START_B, _START_C = 104, 105
_CODE_B, _CODE_C = 100, 99  # the "switch to" symbols (Code B in set C, Code C in set B)
_STOP = 106


def _pattern(value: int) -> str:
    bits = []
    for i, width in enumerate(_WIDTHS[value]):
        bits.append(("1" if i % 2 == 0 else "0") * int(width))
    return "".join(bits)


def _digit_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end - start


def symbol_values(text: str) -> list[int]:
    """The symbol's values: start, data, check; without the stop."""
    if not text or not all(" " <= c <= "~" for c in text):
        raise ValueError(f"Code 128 labels take printable ASCII only: {text!r}")
    values: list[int] = []
    run = _digit_run(text, 0)
    in_c = run >= 4 or (run == len(text) and run % 2 == 0)
    values.append(_START_C if in_c else _START_B)
    i = 0
    while i < len(text):
        run = _digit_run(text, i)
        if in_c:
            if run >= 2:
                values.append(int(text[i : i + 2]))
                i += 2
                continue
            values.append(_CODE_B)
            in_c = False
        # Set B: switch to C for a digit run that saves symbols (6+ inside, 4+ at the end),
        # leaving an odd first digit in B.
        at_end = i + run == len(text)
        if run >= 6 or (run >= 4 and at_end):
            if run % 2:
                values.append(ord(text[i]) - 32)
                i += 1
            values.append(_CODE_C)
            in_c = True
            continue
        values.append(ord(text[i]) - 32)
        i += 1
    check = (values[0] + sum(pos * v for pos, v in enumerate(values[1:], start=1))) % 103
    values.append(check)
    return values


def modules(text: str) -> str:
    """The symbol's modules, start to stop, without quiet zones."""
    return "".join(_pattern(v) for v in [*symbol_values(text), _STOP])
