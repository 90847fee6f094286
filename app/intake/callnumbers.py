"""Call numbers (shelf marks) split into the lines of a spine label, by each classification's
habits: UDC (УДК), BBK (ББК), DDC and, for anything else, LC-like splitting at spaces.

A shelf mark is a class number followed by the author sign (авторский знак, e.g. ``Ә 97``,
``T65``) and sometimes a volume or year. The class number is broken where a librarian would
break it; the author sign stays on one line; every line is at most `max_chars` long.
"""

from __future__ import annotations

import re
from itertools import pairwise

from app.errors import InvalidInput
from app.i18n import translate

SCHEMES = ("auto", "udc", "bbk", "ddc", "lc")

_PREFIX = re.compile(r"^(УДК|UDC|ӘОЖ|ББК|BBK|КБЖ|DDC|LCC?)\s*:?\s*", re.IGNORECASE)
_PREFIX_SCHEME = {
    "удк": "udc",
    "udc": "udc",
    "әож": "udc",
    "ббк": "bbk",
    "bbk": "bbk",
    "кбж": "bbk",
    "ddc": "ddc",
    "lc": "lc",
    "lcc": "lc",
}
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_DDC = re.compile(r"^\d{3}(\.\d+)?$")
_CUTTER = re.compile(r"^[A-Za-z]{1,3}\d+[A-Za-z]*$")
# Author sign split over two tokens ("Ә 97"): a letter or two, then its digits.
_SIGN_LETTERS = re.compile(r"^[^\W\d_]{1,3}$")
_SIGN_DIGITS = re.compile(r"^\d{1,4}[^\W\d_]?$")
# Where UDC auxiliaries begin: special (-), place and form ((...)), language (=), time ("..."),
# point of view ('), relation (:), addition (+), extension (/). Special .0 stays in the number.
_UDC_AUX_START = "-(=\"':+/"
_BBK_AUX = re.compile(r"(?=-)")


def spine_lines(call_number: str, scheme: str = "auto", max_chars: int = 8) -> list[str]:
    """The lines of the spine label for `call_number`, each at most `max_chars` characters.

    `scheme` is one of "auto", "udc", "bbk", "ddc", "lc"; "auto" recognises a leading УДК/ББК/
    DDC label, then guesses from the class number's shape.
    """
    if max_chars < 3:
        raise InvalidInput(
            translate(
                "errors", "A spine label line of {max_chars} characters is too short."
            ).format(max_chars=max_chars)
        )
    scheme = scheme.strip().lower()
    if scheme not in SCHEMES:
        raise InvalidInput(
            translate("errors", "Unknown classification '{scheme}'; use one of {p1}.").format(
                scheme=scheme, p1=", ".join(SCHEMES)
            )
        )
    labelled, text = _strip_label(call_number)
    if not text:
        raise InvalidInput(translate("errors", "The call number is empty."))
    tokens = text.split(" ")
    if scheme == "auto":
        scheme = labelled or detect_scheme(text)
    head, rest = tokens[0], tokens[1:]
    if scheme == "udc":
        lines = _udc(head, max_chars)
    elif scheme == "bbk":
        lines = _bbk(head, max_chars)
    elif scheme == "ddc":
        lines = _ddc(head, max_chars)
    else:
        lines = _lc(head, max_chars)
    return lines + [line for part in _rest(rest) for line in _wrap(part, max_chars)]


def detect_scheme(call_number: str) -> str:
    """Guess the classification of a call number: "udc", "bbk", "ddc" or "lc"."""
    labelled, text = _strip_label(call_number)
    if labelled:
        return labelled
    tokens = text.split()
    if not tokens:
        return "lc"
    head = tokens[0]
    if _CYRILLIC.search(head):
        return "bbk"  # BBK's regional and letter divisions, e.g. 84(5Каз), Ш5
    digits_and_dots = re.match(r"^[\d.]+", head)
    if digits_and_dots:
        number = digits_and_dots.group(0)
        if _DDC.match(head) and (
            len(number) > 7 or (len(tokens) > 1 and _CUTTER.match(tokens[1]) is not None)
        ):
            return "ddc"  # three digits, one point, a Cutter number after
        if _dots_off_udc_grid(number):
            return "bbk"  # BBK puts its point after 1–2 digits (63.3); UDC after every three
        return "udc"
    return "lc"


def _strip_label(call_number: str) -> tuple[str | None, str]:
    """A leading "УДК", "ББК", "DDC"… names the scheme; returns it and the rest."""
    text = " ".join(call_number.split())
    match = _PREFIX.match(text)
    if not match:
        return None, text
    return _PREFIX_SCHEME[match.group(1).lower()], text[match.end() :]


def _dots_off_udc_grid(number: str) -> bool:
    """Whether a point sits where UDC never puts one: UDC points follow every third digit, or
    open a special auxiliary .0 (37.01); BBK's follow the first one or two digits (63.3)."""
    groups = number.split(".")
    return any(
        len(group) != 3 and not following.startswith("0") for group, following in pairwise(groups)
    )


def _udc(head: str, max_chars: int) -> list[str]:
    return [line for part in _udc_parts(head) for line in _break_at_dots(part, max_chars)]


def _udc_parts(head: str) -> list[str]:
    """The main number and each auxiliary; brackets and quotes are kept whole, so the hyphen
    of (574-25) or the equals sign of (=512.122) does not split them."""
    parts: list[str] = []
    current = ""
    closing = ""
    for char in head:
        if closing:
            current += char
            if char == closing:
                closing = ""
            continue
        if char in _UDC_AUX_START and current:
            parts.append(current)
            current = ""
        current += char
        if char == "(":
            closing = ")"
        elif char == '"':
            closing = '"'
    if current:
        parts.append(current)
    return parts


def _bbk(head: str, max_chars: int) -> list[str]:
    lines: list[str] = []
    for part in (p for p in _BBK_AUX.split(head) if p):
        if len(part) <= max_chars:
            lines.append(part)
            continue
        # Too long: break before the regional division, then at points.
        for piece in (p for p in re.split(r"(?=\()", part) if p):
            lines.extend(_break_at_dots(piece, max_chars))
    return lines


def _ddc(head: str, max_chars: int) -> list[str]:
    whole, _, decimals = head.partition(".")
    if not decimals:
        return _wrap(whole, max_chars)
    lines = [f"{whole}.{decimals[:4]}"]
    lines += [decimals[i : i + 4] for i in range(4, len(decimals), 4)]
    return [piece for line in lines for piece in _wrap(line, max_chars)]


def _lc(token: str, max_chars: int) -> list[str]:
    # LC practice: class letters, class number, and each .Cutter on a line of its own.
    match = re.match(r"^([A-Z]{1,3})(\d+(?:\.\d+)?)(.*)$", token)
    if match:
        parts = [match.group(1), match.group(2)]
        parts += [p for p in re.split(r"(?=\.[A-Z])", match.group(3)) if p]
    else:
        parts = [token]
    return [line for part in parts for line in _wrap(part, max_chars)]


def _rest(tokens: list[str]) -> list[str]:
    """The tokens after the class number, an author sign "Ә 97" kept together."""
    parts: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and _SIGN_LETTERS.match(token) and _SIGN_DIGITS.match(tokens[i + 1]):
            parts.append(f"{token} {tokens[i + 1]}")
            i += 2
        else:
            parts.append(token)
            i += 1
    return parts


def _break_at_dots(part: str, max_chars: int) -> list[str]:
    """Break a long class number before its points (821.512.122 → 821.512 / .122)."""
    if len(part) <= max_chars:
        return [part]
    lines: list[str] = []
    current = ""
    for piece in (p for p in re.split(r"(?=\.)", part) if p):
        if current and len(current) + len(piece) > max_chars:
            lines.append(current)
            current = ""
        current += piece
    lines.append(current)
    return [piece for line in lines for piece in _wrap(line, max_chars)]


def _wrap(text: str, max_chars: int) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    if " " in text:
        return [piece for word in text.split(" ") for piece in _wrap(word, max_chars)]
    return [text[i : i + max_chars] for i in range(0, len(text), max_chars)]
