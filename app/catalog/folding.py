"""Folding words so that a query typed any reasonable way finds Kazakh text.

A cataloger types `казак` for «Қазақ», `Оркен` for «Өркен», `Qazaqstan` for «Қазақстан». Both
the index and the query are folded to one Latin skeleton: case removed, diacritics removed,
Kazakh-specific Cyrillic letters merged with their plain look-alikes, and Cyrillic and
Latin-script Kazakh (2018 and 2021 alphabets, and informal spellings) transliterated to the same
letters. Sorting is separate: `sort_key` orders by the Kazakh alphabet (Ә after А, Ө after О).
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic (Kazakh and Russian) to the Latin skeleton. Kazakh letters fold with their base.
_CYRILLIC = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    # Ukrainian/Belarusian letters that turn up in Russian-language records
    "є": "e",
    "ї": "i",
    "ў": "u",
    "ґ": "g",
}
# Latin-script Kazakh letters (2018 and 2021 alphabets): q is қ, j is ж; the letters with
# diacritics fold to their base. Other Latin letters stay, so English text folds plainly.
_LATIN = {
    "q": "k",
    "j": "zh",
    "ı": "i",
    "ä": "a",
    "ö": "o",
    "ü": "u",
    "ū": "u",
    "ğ": "g",
    "ñ": "n",
    "ş": "sh",
    "ç": "ch",
}
# Latin digraphs are first turned into single letters, so that ş and the digraph sh meet.
_DIGRAPHS = (("shch", "ş"), ("sh", "ş"), ("ch", "ç"), ("zh", "j"), ("kh", "h"))

_FOLD_TABLE = str.maketrans({**_CYRILLIC, **_LATIN, "'": "", "’": ""})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPLIT = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """The search skeleton of a text: lower case, no diacritics, one script. Works on whole
    field texts at C speed (translate and replace), which import relies on."""
    folded = text.lower()
    if folded.isascii():
        # What the steps below do to ASCII text, in replaces (translate is slow on it).
        return (
            folded.replace("shch", "sh")
            .replace("kh", "h")
            .replace("q", "k")
            .replace("j", "zh")
            .replace("'", "")
        )
    for digraph, single in _DIGRAPHS:
        if digraph in folded:
            folded = folded.replace(digraph, single)
    folded = folded.translate(_FOLD_TABLE)
    if not folded.isascii():
        # Diacritics that carry no Kazakh meaning (é, č, ł...) go; Kazakh ones were mapped.
        folded = _COMBINING.sub("", unicodedata.normalize("NFD", folded)).translate(_FOLD_TABLE)
        folded = unicodedata.normalize("NFC", folded)
    return folded


def words(text: str) -> list[str]:
    """The folded words of a text, in order, without duplicates (apostrophes join, as in
    O'Reilly or the 2018 alphabet's a', o', u')."""
    return [w for w in dict.fromkeys(_SPLIT.findall(fold(text))) if len(w) <= 100]


def words_of_each(texts: list[str]) -> list[list[str]]:
    """`words` of each text, folded in one call: folding works letter by letter (digraphs are
    two letters, never a line end), so joined texts fold as they would one by one, and import
    saves three passes per record."""
    joined = "\n".join(texts)
    parts = fold(joined).split("\n") if joined.count("\n") == len(texts) - 1 else []
    if len(parts) != len(texts):  # a text held a line end of its own
        return [words(text) for text in texts]
    return [[w for w in dict.fromkeys(_SPLIT.findall(part)) if len(w) <= 100] for part in parts]


# --- Kazakh alphabetical order -------------------------------------------------------------

_KAZAKH_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN_ORDER = "abcdefghijklmnopqrstuvwxyz"


def _rank_table() -> dict[str, int]:
    table: dict[str, int] = {}
    rank = 0x0100
    for ch in "0123456789":
        table[ch] = rank
        rank += 1
    rank = 0x0200
    for ch in _LATIN_ORDER:
        table[ch] = rank
        rank += 4
    rank = 0x0400
    for ch in _KAZAKH_ORDER:
        table[ch] = rank
        rank += 4
    return table


_RANK = _rank_table()
# Each character becomes one UTF-16 code unit holding its rank, so the key is
# `translate` + `encode` (C speed) and compares bytewise in Kazakh order.
_SORT_TABLE = str.maketrans(
    {ch: chr(rank) for ch, rank in _RANK.items()}
    | {
        ch: chr(rank)  # accents are a secondary difference: É files with E
        for base, rank in _RANK.items()
        for ch in (
            "àáâãäåā"
            if base == "a"
            else "èéêëē"
            if base == "e"
            else "ìíîïī"
            if base == "i"
            else "òóôõöø"
            if base == "o"
            else "ùúûüū"
            if base == "u"
            else ""
        )
    }
    | {" ": "\x01"}
)
_PUNCTUATION = re.compile(r"[^\w\s]+|_", re.UNICODE)
_SPACES = re.compile(r"\s+")


def sort_key(text: str) -> bytes:
    """Bytes that compare (memcmp, as both SQLite and PostgreSQL do for blobs) in Kazakh
    alphabetical order: Latin before Cyrillic, Ә after А, Ө after О, case ignored,
    punctuation ignored. Letters of other scripts sort after, by code point."""
    cleaned = _SPACES.sub(" ", _PUNCTUATION.sub("", text.lower())).strip()[:120]
    return cleaned.translate(_SORT_TABLE).encode("utf-16-be", "surrogatepass")


def sort_text(values: list[str]) -> list[str]:
    """Sort strings in Kazakh alphabetical order (for lists shown in the interface)."""
    return sorted(values, key=sort_key)
