"""catalog: title and author sort keys in Russian and English order beside the Kazakh ones,
and the Kazakh keys recomputed (Cyrillic now files before Latin, ties are broken by letter)

Revision ID: 0008c
Revises: 0001
Create Date: 2026-12-01 23:00:00

Hand-written. The keys are computed in Python, in batches so a large catalog is not held in
memory, by a copy of app.catalog.folding.sort_key as it was when this migration was written:
a migration must give the same result whatever the application's code later becomes.
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0008c"
down_revision = "0001"
branch_labels = None
depends_on = None

# --- Frozen from app/catalog/folding.py (December 2026) -------------------------------------

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


# --- The migration ---------------------------------------------------------------------------

_NEW = ("title_sort_ru", "author_sort_ru", "title_sort_en", "author_sort_en")
_BATCH = 5000


def _column(kind: str, language: str) -> str:
    return f"{kind}_sort" if language == "kk" else f"{kind}_sort_{language}"


def upgrade() -> None:
    with op.batch_alter_table("record") as batch:
        for name in _NEW:
            # Filled below; every save writes them (no server default: a blob default differs
            # between the two databases).
            batch.add_column(sa.Column(name, sa.LargeBinary(), nullable=True))
    connection = op.get_bind()
    names = [_column(kind, lang) for kind in ("title", "author") for lang in SORT_LANGUAGES]
    # The statement carries its own parameter names; SQLAlchemy runs the list as executemany.
    update = sa.text(
        "UPDATE record SET " + ", ".join(f"{n} = :{n}" for n in names) + " WHERE id = :id"
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.text("SELECT id, title, author FROM record WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            break
        params = []
        for record_id, title, author in rows:
            values = {"id": record_id}
            for lang in SORT_LANGUAGES:
                values[_column("title", lang)] = sort_key(title or "", lang)
                values[_column("author", lang)] = sort_key(author or "", lang)
            params.append(values)
        connection.execute(update, params)
        last = rows[-1][0]
    for name in _NEW:
        op.create_index(f"ix_record_{name}", "record", [name])


def downgrade() -> None:
    for name in _NEW:
        op.drop_index(f"ix_record_{name}", table_name="record")
    with op.batch_alter_table("record") as batch:
        for name in _NEW:
            batch.drop_column(name)
