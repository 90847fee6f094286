"""Folding words so that a query typed any reasonable way finds Kazakh text.

A cataloger types `казак` for «Қазақ», `Оркен` for «Өркен», `Qazaqstan` for «Қазақстан». Both
the index and the query are folded to one Latin skeleton: case removed, diacritics removed,
Kazakh-specific Cyrillic letters merged with their plain look-alikes, and Cyrillic and
Latin-script Kazakh (2018 and 2021 alphabets, and informal spellings) transliterated to the same
letters. Sorting is separate: `sort_key` orders by the alphabet of the interface language
(Kazakh: Ә after А, Ө after О).
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


# --- Alphabetical order, per interface language ------------------------------------------
#
# Each language files by its own alphabet, as CLDR's collations for kk, ru and en do on words:
#   kk  Cyrillic in Kazakh order (Ә after А, Ғ after Г, Ё a letter of its own after Е,
#       Ұ before Ү, І after Ы), then Latin;
#   ru  Cyrillic in Russian order, Ё filed with Е, the Kazakh letters each after its Russian
#       look-alike (Ә after А, Ү and Ұ after У, І after И), then Latin;
#   en  Latin first, then Cyrillic as for ru.
# Digits come first; case and punctuation are ignored (library filing: «Абай-Құнанбаев» files
# as «Абай Құнанбаев» would without the space); accented letters (é, ü, Ukrainian ї) file with
# their base.
# Letters the tables do not name (other scripts) come after, by code point.

SORT_LANGUAGES = ("kk", "ru", "en")
_KAZAKH_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RUSSIAN_ORDER = "аәбвгғдежзиійкқлмнңоөпрстуүұфхһцчшщъыьэюя"
_LATIN_ORDER = "abcdefghijklmnopqrstuvwxyz"


def _latin_accents() -> dict[str, str]:
    """Every precomposed Latin letter (Latin-1 to Latin Extended Additional) whose base is
    a-z: é, ü, ā, ṣ, ṃ ... file with their base letter."""
    variants: dict[str, str] = {}
    for point in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(point)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if ch.islower() and base in _LATIN_ORDER and base != ch:
            variants[base] = variants.get(base, "") + ch
    return variants


_LATIN_ACCENTS = _latin_accents()


def _sort_table(scripts: tuple[str, str], same: dict[str, str]) -> dict[int, str]:
    """Each letter becomes the character of its rank, below U+0080, so it is one byte in
    UTF-8, and every unnamed letter (U+00A0 and up: two bytes or more, led by 0xC2 or more)
    sorts after them; UTF-8 compares bytewise in code point order. A key is `translate` +
    `encode`: C speed, and short (an index of them stays small)."""
    ranks: dict[str, int] = {" ": 0x01}
    for ch in "0123456789" + scripts[0] + scripts[1]:
        ranks[ch] = len(ranks) + 1
    for base, variants in (same | _LATIN_ACCENTS).items():
        for ch in variants:
            ranks[ch] = ranks[base]
    assert max(ranks.values()) < 0x80
    return str.maketrans({ch: chr(rank) for ch, rank in ranks.items()})


_SORT_TABLES = {
    "kk": _sort_table((_KAZAKH_ORDER, _LATIN_ORDER), {"і": "ї"}),
    "ru": _sort_table((_RUSSIAN_ORDER, _LATIN_ORDER), {"е": "ё", "і": "ї"}),
    "en": _sort_table((_LATIN_ORDER, _RUSSIAN_ORDER), {"е": "ё", "і": "ї"}),
}
_PUNCTUATION = re.compile(r"[^\w\s]+|_", re.UNICODE)
_SPACES = re.compile(r"\s+")
# Between the letters and the tie-break: below every letter's rank and below the space, so a
# shorter text files before a longer one that begins with it («Еж» before «Ежи»).
_TIE = b"\x00"
_KEY_LETTERS = 120  # enough to order any two titles a catalog holds
_TIE_LETTERS = 40  # ties (ё/е, é/e) are decided early in a text


def _cleaned(text: str) -> str:
    return _SPACES.sub(" ", _PUNCTUATION.sub("", text.lower())).strip()[:_KEY_LETTERS]


def _key(cleaned: str, table: dict[int, str]) -> bytes:
    return (
        cleaned.translate(table).encode("utf-8", "surrogatepass")
        + _TIE
        + cleaned[:_TIE_LETTERS].encode("utf-8", "surrogatepass")
    )


def sort_key(text: str, language: str = "kk") -> bytes:
    """Bytes that compare (memcmp, as both SQLite and PostgreSQL do for blobs) in `language`'s
    alphabetical order (see above). Texts equal by their letters (ёж and еж for ru, É and E)
    are then ordered by the letters themselves, so the order is the same every time."""
    return _key(_cleaned(text), _SORT_TABLES[language])


def sort_keys(text: str) -> tuple[bytes, ...]:
    """The sort keys of `text` for every language of SORT_LANGUAGES, in that order."""
    cleaned = _cleaned(text)
    return tuple(_key(cleaned, _SORT_TABLES[language]) for language in SORT_LANGUAGES)


def sort_text(values: list[str], language: str = "kk") -> list[str]:
    """Sort strings in `language`'s alphabetical order (for lists shown in the interface)."""
    return sorted(values, key=lambda value: sort_key(value, language))
