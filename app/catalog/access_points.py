"""What the catalog extracts from a MARC record for display, search, sorting and duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pymarc

from app.catalog.folding import SORT_LANGUAGES, fold, sort_keys, words_of_each
from app.catalog.isbn import normalize_isbn, normalize_issn

_TRAILING_PUNCT = re.compile(r"[\s/:;,=.]+$")
_PUNCT_ENDINGS = frozenset("/:;,=.")
_YEAR = re.compile(r"(1[0-9]{3}|20[0-9]{2})")
_SYSTEM_NUMBER = re.compile(r"^\(([^)]+)\)\s*(\S+)$")
_TITLE_CODES = ("a", "b", "n", "p")
_NAME_TAGS = ("100", "110", "111", "700", "710", "711")
_SUBJECT_TAGS = ("600", "610", "611", "630", "648", "650", "651", "653", "655")


def clean(text: str) -> str:
    """A subfield's text without the trailing ISBD punctuation catalogers leave on it."""
    text = text.strip()
    # Most values end in a letter: the regular expression is only run when it can match.
    if text and text[-1] in _PUNCT_ENDINGS:
        return _TRAILING_PUNCT.sub("", text).strip()
    return text


def _values(field: pymarc.Field, codes: tuple[str, ...]) -> list[str]:
    return [v for code, v in _subfield_pairs(field) if code in codes and v.strip()]


def _subfield_pairs(field: pymarc.Field) -> list[tuple[str, str]]:
    return [(sf.code, sf.value) for sf in field.subfields]


def _first(record: pymarc.Record, tags: tuple[str, ...]) -> pymarc.Field | None:
    for f in record.fields:
        if f.tag in tags:
            return f
    return None


@dataclass
class AccessPoints:
    title: str = ""
    author: str = ""
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    year: str = ""
    isbns: list[str] = field(default_factory=list)  # normalised ISBN-13
    isbn_display: str = ""
    issns: list[str] = field(default_factory=list)
    language: str = ""
    classification: str = ""
    subjects: list[str] = field(default_factory=list)
    # "003:001" identities: the record's own, and those it came with (035 "(ORG)number").
    identities: list[str] = field(default_factory=list)
    title_words: list[str] = field(default_factory=list)
    author_words: list[str] = field(default_factory=list)
    subject_words: list[str] = field(default_factory=list)
    publisher_words: list[str] = field(default_factory=list)
    # 245 $a $b $n $p folded: the title the duplicate key is built from. Variant, series and
    # uniform titles (246, 490, 240, ...) are searched, but one copy of a book may carry them
    # and another not, so they must not make the same book look different.
    title_proper_words: list[str] = field(default_factory=list)

    def match_key(self) -> str | None:
        """Title + first author + year, folded: the key of likely duplicates without ISBN."""
        if not self.title_proper_words or not self.year:
            return None  # a title alone matches too much to call two records the same
        title = " ".join(self.title_proper_words)[:120]
        surname = fold(self.author.split(",")[0]) if self.author else ""
        return f"{title}|{surname[:40]}|{self.year}"

    def duplicate_keys(self, match: str | None) -> list[tuple[str, str]]:
        """Keys in the order of trust: who issued the record, then ISBN/ISSN, then title
        match; `match` is match_key(), computed once by the caller."""
        keys = [("ctl", i) for i in self.identities]
        keys += [("isbn", v) for v in self.isbns] + [("issn", v) for v in self.issns]
        if match is not None:
            keys.append(("tay", match[:400]))
        return keys

    def index_keys(self, match: str | None) -> tuple[tuple[str, str], ...]:
        """The exact-match keys the catalog stores for the record, each once, apart from its
        local identity (sigla:001), which only the catalog knows."""
        keys: set[tuple[str, str]] = {("isbn", v) for v in self.isbns}
        keys |= {("issn", v) for v in self.issns}
        keys |= {("ctl", identity[:400]) for identity in self.identities}
        if match is not None:
            keys.add(("tay", match[:400]))
        return tuple(keys)

    def word_texts(self) -> tuple[str, str, str, str]:
        """The folded words of title, author, subject and publisher, as the word index holds
        them."""
        return (
            " ".join(self.title_words),
            " ".join(self.author_words),
            " ".join(self.subject_words),
            " ".join(self.publisher_words),
        )

    def display_columns(self) -> tuple[str | bytes, ...]:
        """The record row's display and sort columns (sort keys are bytes), in the order of
        DISPLAY_COLUMNS."""
        return (
            self.title[:2000],
            self.author[:1000],
            self.publisher[:1000],
            self.year[:16],
            self.isbn_display[:200],
            self.language[:8],
            self.classification[:200],
            *sort_keys(self.title),
            *sort_keys(self.author),
        )


def sort_column(kind: str, language: str) -> str:
    """The record column holding the `kind` ("title" or "author") sort key in `language`'s
    order: Kazakh's is the plain one."""
    return f"{kind}_sort" if language == "kk" else f"{kind}_sort_{language}"


DISPLAY_COLUMNS = (
    "title",
    "author",
    "publisher",
    "year",
    "isbn",
    "language",
    "classification",
    *(sort_column("title", language) for language in SORT_LANGUAGES),
    *(sort_column("author", language) for language in SORT_LANGUAGES),
)


_TITLE_WORD_TAGS = ("245", "246", "240", "130", "490", "830", "740")
_WANTED = frozenset(
    (
        "001",
        "003",
        "008",
        "020",
        "022",
        "035",
        "041",
        "050",
        "080",
        "082",
        "084",
        "260",
        "264",
        "773",
        *_TITLE_WORD_TAGS,
        *_NAME_TAGS,
        *_SUBJECT_TAGS,
    )
)


_NAME_TAG_SET = frozenset(_NAME_TAGS)
_SUBJECT_TAG_SET = frozenset(_SUBJECT_TAGS)


def _title_statement(field: pymarc.Field) -> str:
    """245 $a $b $n $p as one line with ISBD separators: "Title : subtitle. Part"."""
    text = ""
    for sf in field.subfields:
        value = clean(sf.value)
        if sf.code not in _TITLE_CODES or not value:
            continue
        if not text:
            text = value
        elif sf.code == "b":
            text += f" : {value}"
        else:
            text += f". {value}"
    return text


def _codes(fields: list[pymarc.Field], codes: tuple[str, ...] | str) -> list[str]:
    return [sf.value for f in fields for sf in f.subfields if sf.code in codes and sf.value]


def extract(record: pymarc.Record) -> AccessPoints:
    """Everything the catalog needs from one record, in one pass over its fields (import
    calls this for every record, so it avoids rescanning the record per access point)."""
    by_tag: dict[str, list[pymarc.Field]] = {}
    name_fields: list[pymarc.Field] = []  # in record order
    subject_fields: list[pymarc.Field] = []
    for f in record.fields:
        tag = f.tag
        if tag in _WANTED:
            if (group := by_tag.get(tag)) is None:
                by_tag[tag] = [f]
            else:
                group.append(f)
            if tag in _NAME_TAG_SET:
                name_fields.append(f)
            elif tag in _SUBJECT_TAG_SET:
                subject_fields.append(f)
    get = by_tag.get
    ap = AccessPoints()

    if title := get("245"):
        ap.title = _title_statement(title[0])
    elif uniform := get("130") or get("240"):
        ap.title = " ".join(clean(v) for v in _codes(uniform[:1], "a"))

    authors = ap.authors
    for f in name_fields:
        name = " ".join(clean(v) for v in _codes([f], "abcdq"))
        if name:
            authors.append(name)
    if main := get("100") or get("110") or get("111"):
        ap.author = " ".join(clean(v) for v in _codes(main[:1], "ab"))
    elif authors:
        ap.author = authors[0]

    if publication := get("264") or get("260"):
        ap.publisher = "; ".join(clean(v) for v in _codes(publication[:1], "b"))
        if m := _YEAR.search(" ".join(_codes(publication[:1], "c"))):
            ap.year = m.group(1)
    if (f008 := get("008")) and (data := f008[0].data):
        if not ap.year and len(data) >= 11 and data[7:11].isdigit():
            ap.year = data[7:11]
        if len(data) >= 38 and data[35:38].strip(" |"):
            ap.language = data[35:38]
    if not ap.language and (lang := get("041")) and (codes := _codes(lang[:1], "a")):
        ap.language = codes[0][:3]

    if isbn_fields := get("020"):
        for value in _codes(isbn_fields, "a"):
            if (isbn := normalize_isbn(value)) and isbn not in ap.isbns:
                ap.isbns.append(isbn)
                if not ap.isbn_display:
                    ap.isbn_display = value.split(" ")[0]
    if issn_fields := get("022"):
        for value in _codes(issn_fields, "a"):
            if (issn := normalize_issn(value)) and issn not in ap.issns:
                ap.issns.append(issn)

    for tag in ("080", "084", "082", "050"):
        if (cls_fields := get(tag)) and (values := _codes(cls_fields[:1], "a")):
            ap.classification = clean(values[0])
            break

    for f in subject_fields:
        parts = [clean(sf.value) for sf in f.subfields if sf.code.isalpha() and sf.value.strip()]
        if parts:
            ap.subjects.append(" -- ".join(parts))

    control, origin = get("001"), get("003")
    if control and (number := (control[0].data or "").strip()):
        org = (origin[0].data or "").strip() if origin else ""
        if org:
            ap.identities.append(f"{org}:{number}")
    if system_numbers := get("035"):
        for value in _codes(system_numbers, "a"):
            if m := _SYSTEM_NUMBER.match(value.strip()):
                ap.identities.append(f"{m.group(1)}:{m.group(2)}")

    title_fields = [f for t in _TITLE_WORD_TAGS for f in get(t, ()) if not f.is_control_field()]
    by_main_tag = [f for t in _NAME_TAGS for f in get(t, ())]
    (
        ap.title_proper_words,
        ap.title_words,
        ap.author_words,
        ap.subject_words,
        ap.publisher_words,
    ) = words_of_each(
        [
            " ".join(_codes(get("245", [])[:1], _TITLE_CODES)),
            # A part finds its whole by the host's title (773 $t: RUSMARC 461/463 sets).
            " ".join(_codes(title_fields, "abnp") + _codes(get("773", []), "t")),
            " ".join(_codes(by_main_tag, "abcq") + _codes(get("245", []), "c")),
            " ".join(_codes(subject_fields, "abcdvxyz")),
            " ".join(_codes(get("260", []) + get("264", []), "b")),
        ]
    )
    return ap
