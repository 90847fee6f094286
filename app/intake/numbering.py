"""Numbering copies: inventory numbers from the library's format, barcodes by its scheme, and
the default shelf mark (class number + author sign) from the record.

Numbers come from counters advanced inside the transaction that creates the copies, so a
rolled-back action leaves no gap and two workstations never draw the same number.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import translate
from app.intake.barcodes import BarcodeScheme, check_barcode, make_barcode, parse_scheme
from app.library import allocate
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from db.models import IntakeSetting, Library
from db.models.library import Counter
from db.session import Database

INVENTORY_COUNTER = "inventory_number"
BARCODE_COUNTER = "barcode_sequence"
BARCODE_PREFIX_SETTING = "barcode_prefix"
INVENTORY_NUMBER_MAX = 32  # the column's width, and what a Code 128 label holds


@dataclass(frozen=True)
class NumberingSettings:
    inventory_format: str
    barcode_scheme: str
    barcode_prefix: str


def check_inventory_format(fmt: str) -> None:
    """Refuse a format that cannot number copies: it must use the number `{n}` (with an
    optional format spec such as `{n:06d}`) and nothing else, and give printable ASCII of at
    most 32 characters, so the number fits the column and a Code 128 label."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
    except ValueError as exc:
        raise InvalidInput(
            translate("errors", "Inventory number format '{fmt}' is malformed: {exc}.").format(
                fmt=fmt, exc=exc
            )
        ) from None
    if not fields or any(f != "n" for f in fields):
        raise InvalidInput(
            translate(
                "errors",
                "Inventory number format '{fmt}' must contain the number as "
                "{{n}} (e.g. '{{n}}' or 'KZ-{{n:06d}}') and no other field.",
            ).format(fmt=fmt)
        )
    for sample in (1, 999_999_999):
        try:
            text = fmt.format(n=sample)
        except (ValueError, TypeError) as exc:
            raise InvalidInput(
                translate("errors", "Inventory number format '{fmt}' does not work: {exc}.").format(
                    fmt=fmt, exc=exc
                )
            ) from None
        if len(text) > INVENTORY_NUMBER_MAX or not text.isascii() or not text.isprintable():
            raise InvalidInput(
                translate(
                    "errors",
                    "Inventory number format '{fmt}' gives '{text}': numbers must be "
                    "printable Latin text of at most {INVENTORY_NUMBER_MAX} "
                    "characters.",
                ).format(fmt=fmt, text=text, INVENTORY_NUMBER_MAX=INVENTORY_NUMBER_MAX)
            )
        if not text.strip() or text != text.strip():
            raise InvalidInput(
                translate(
                    "errors", "Inventory number format '{fmt}' gives blanks at its ends."
                ).format(fmt=fmt)
            )


def format_inventory_number(fmt: str, n: int) -> str:
    return fmt.format(n=n)


def is_inventory_number_form(fmt: str, text: str) -> bool:
    """Whether `text` is what `fmt` gives for some number n ≥ 1, given or not yet: under the
    Code 128 scheme such a text is a copy's future barcode, so no label or shelf may take it."""
    parts = list(string.Formatter().parse(fmt))
    pattern = "".join(
        re.escape(literal) + ("(.+?)" if name is not None else "")
        for literal, name, _spec, _conv in parts
    )
    match = re.fullmatch(pattern, text)
    if match is None:
        return False
    digits = re.sub(r"[,_ ]", "", match.group(1)).lstrip("+")
    if not digits.isdigit() or int(digits) < 1:
        return False
    try:
        return format_inventory_number(fmt, int(digits)) == text
    except (ValueError, TypeError):
        return False


def _ensure_counter(session: Session, name: str) -> None:
    """Create a counter row if it is missing, without racing another workstation that does
    the same (on PostgreSQL the loser waits for the winner's insert, then finds the row)."""
    dialect = session.get_bind().dialect.name
    values = {"name": name, "value": 0}
    if dialect == "postgresql":
        session.execute(pg_insert(Counter).values(values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite_insert(Counter).values(values).on_conflict_do_nothing())
    # Other databases: app.library.allocate creates the row itself.


def allocate_from(session: Session, counter: str, count: int) -> int:
    """Reserve `count` values of `counter` in the caller's transaction (the row stays locked
    until it ends) and return the first: one upsert that answers the new value (one round
    trip to a server, where creating, locking, advancing and reading it took four)."""
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):
        _ensure_counter(session, counter)
        return allocate(session, counter, count)
    statement = (pg_insert if dialect == "postgresql" else sqlite_insert)(Counter).values(
        name=counter, value=count
    )
    value = session.execute(
        statement.on_conflict_do_update(
            index_elements=[Counter.name], set_={"value": Counter.value + statement.excluded.value}
        ).returning(Counter.value)
    ).scalar_one()
    return int(value) - count + 1


_LOOKAHEAD = 512


def _numbers_taken(session: Session, numbers: list[str]) -> set[str]:
    from db.models import Item  # the intake models import this module's neighbours

    taken: set[str] = set()
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        taken.update(
            session.execute(
                select(Item.inventory_number).where(Item.inventory_number.in_(chunk))
            ).scalars()
        )
    return taken


def allocate_inventory_numbers(session: Session, fmt: str, count: int) -> list[str]:
    """`count` new inventory numbers in the library's format, inside the caller's transaction:
    the one place Qor's numbering is drawn from, and it never gives a number a copy already
    has — a migrated copy's legacy number ("557", "ЗИ-1"), or a number an older format gave
    when the administrator changes the format (`{n}` then `{n:x}` both give "10" and "a").
    The counter moves over the numbers already taken (they are used, so skipping them leaves
    no gap in the books); with no collisions this costs one query beside the counter's."""
    numbers: list[str] = []
    while len(numbers) < count:
        need = count - len(numbers)
        first = allocate_from(session, INVENTORY_COUNTER, need)
        candidates = [format_inventory_number(fmt, first + i) for i in range(need)]
        taken = _numbers_taken(session, candidates)
        numbers.extend(c for c in candidates if c not in taken)
        if not taken:
            break
        # A run of legacy numbers ahead (a migrated fund numbered 1…N): move past it in
        # windows rather than one number a round.
        after = first + need
        while True:
            window = [format_inventory_number(fmt, after + i) for i in range(_LOOKAHEAD)]
            used = _numbers_taken(session, window)
            run = next((i for i, n in enumerate(window) if n not in used), _LOOKAHEAD)
            if run:
                allocate_from(session, INVENTORY_COUNTER, run)
                after += run
            if run < _LOOKAHEAD:
                break
    return numbers


def current_settings(session: Session) -> NumberingSettings:
    library = session.execute(select(Library)).scalar_one()
    prefix = session.get(IntakeSetting, BARCODE_PREFIX_SETTING)
    return NumberingSettings(
        library.inventory_format, library.barcode_scheme, prefix.value if prefix else ""
    )


def numbering_settings(db: Database) -> NumberingSettings:
    with db.read() as session:
        return current_settings(session)


def set_numbering(
    db: Database,
    actor: Actor,
    inventory_format: str | None = None,
    barcode_scheme: str | None = None,
    barcode_prefix: str | None = None,
) -> NumberingSettings:
    """Change how new copies are numbered (administrators only). Numbers already given stay
    as they are; a scheme that needs the library's 4-digit prefix refuses to go without one."""
    require(actor, "change the numbering settings", Role.ADMIN)
    with db.write() as session:
        before = current_settings(session)
        fmt = before.inventory_format if inventory_format is None else inventory_format.strip()
        scheme = parse_scheme(barcode_scheme or before.barcode_scheme)
        prefix = before.barcode_prefix if barcode_prefix is None else barcode_prefix.strip()
        check_inventory_format(fmt)
        if barcode_prefix is not None and prefix and not (len(prefix) == 4 and prefix.isdigit()):
            raise InvalidInput(
                translate("errors", "The barcode prefix '{prefix}' must be 4 digits.").format(
                    prefix=prefix
                )
            )
        if scheme is not BarcodeScheme.CODE128_INVENTORY and not prefix:
            raise InvalidInput(
                translate(
                    "errors",
                    "The {value} scheme puts the library's 4-digit prefix in every "
                    "barcode: give it with --barcode-prefix.",
                ).format(value=scheme.value)
            )
        # Prove the pair works before any copy depends on it.
        check_barcode(
            scheme,
            make_barcode(
                scheme,
                inventory_number=format_inventory_number(fmt, 1),
                sequence=1,
                library_prefix=prefix or "0000",
            ),
        )
        library = session.execute(select(Library)).scalar_one()
        library.inventory_format = fmt
        library.barcode_scheme = scheme.value
        setting = session.get(IntakeSetting, BARCODE_PREFIX_SETTING)
        if setting is None:
            session.add(IntakeSetting(name=BARCODE_PREFIX_SETTING, value=prefix))
        else:
            setting.value = prefix
        after = NumberingSettings(fmt, scheme.value, prefix)
        record_event(
            session,
            actor,
            "library.numbering",
            "library",
            library.id,
            before=before.__dict__,
            after=after.__dict__,
        )
        return after


# --- Shelf marks -------------------------------------------------------------------------

# Kazakh alphabet order (Russian letters included), and Latin.
_CYRILLIC_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN_ORDER = "abcdefghijklmnopqrstuvwxyz"
KAZAKH_LETTERS = "әғқңөұүһі"
# The Russian letter a Kazakh one is shelved with when the library's table has no row.
LOOK_ALIKE = str.maketrans("әғқңөұүһі", "агкноууҳи".replace("ҳ", "х"))
_ORDER = {c: i for i, c in enumerate(_LATIN_ORDER + _CYRILLIC_ORDER)}


def _key(text: str) -> tuple[int, ...]:
    """Alphabetical order key: Latin, then Cyrillic in the Kazakh alphabet's order."""
    return tuple(_ORDER.get(c, 100 + ord(c)) for c in text.lower().replace("ё", "е"))


@dataclass(frozen=True)
class SignTable:
    """An author table: for each first letter, its entries (key of the heading's first
    letters, digits) in alphabetical order."""

    rows: dict[str, list[tuple[tuple[int, ...], str]]]

    def sign(self, word: str) -> str | None:
        entries = self.rows.get(word[:1].lower())
        if not entries:
            return None
        key = _key(word)
        digits = entries[0][1]
        # The last entry whose letters come at or before the heading's (Khavkina's rule).
        for entry_key, entry_digits in entries:
            if entry_key <= key:
                digits = entry_digits
            else:
                break
        return digits


def parse_sign_table(text: str, source: str) -> SignTable:
    """IRBIS's HAV.MNU layout: pairs of lines "А 11" / "Аа"; "*****" ends it; '#' comments."""
    lines = [
        line.strip() for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]  # fmt: skip
    rows: dict[str, list[tuple[tuple[int, ...], str]]] = {}
    for n in range(0, len(lines) - 1, 2):
        sign, letters = lines[n], lines[n + 1]
        if sign.startswith("*****"):
            break
        # "А 11"; a letter that looks like a digit keeps its hyphen: "I-10", "О-11".
        match = re.fullmatch(r"(\S)\s*(-?\d+)", sign)
        if match is None or not letters[:1].lower() == match.group(1).lower():
            raise InvalidInput(
                translate(
                    "errors", "Author table {source}, line {line}: '{sign}' / '{letters}' is not "
                    "a sign and the letters it covers."
                ).format(source=source, line=n + 1, sign=sign, letters=letters)
            )  # fmt: skip
        rows.setdefault(letters[0].lower(), []).append((_key(letters), match.group(2)))
    for entries in rows.values():
        entries.sort()
    return SignTable(rows)


@cache
def khavkina_table() -> SignTable:
    from app.registers.tables import read_table, table_source

    return parse_sign_table(read_table("HAV.MNU", "cp1251"), table_source("HAV.MNU"))


@cache
def kazakh_table() -> SignTable:
    from app.registers.tables import read_table, table_source

    name = "kazakh-signs.txt"
    return parse_sign_table(read_table(name), table_source(name))


def author_sign(heading: str) -> str:
    """The author sign (авторский знак) of a shelf mark from the two-digit Khavkina table
    (IRBIS's HAV.MNU, Latin and Cyrillic): the heading's first letter and the digits of the
    last entry at or before its first word. A heading that begins with a Kazakh letter takes
    the library's own table (kazakh-signs.txt) when it has that letter, else the row of the
    look-alike letter, keeping its own letter."""
    word = next((w for w in re.split(r"[\s,.;:()«»\"'-]+", heading) if w[:1].isalpha()), "")
    if not word:
        return ""
    first = word[0].upper()
    digits = None
    if word[0].lower() in KAZAKH_LETTERS:
        digits = kazakh_table().sign(word)
        if digits is None:
            digits = khavkina_table().sign(word.lower().translate(LOOK_ALIKE))
    else:
        digits = khavkina_table().sign(word.lower().translate(LOOK_ALIKE))
    return f"{first}{digits}" if digits is not None else first


def default_call_number(classification: str, author: str, title: str) -> str:
    """The record's class number followed by the author sign (from the title when the work
    has no author): UDC 94(574) by Қозыбаев gives '94(574) Қ51'."""
    sign = author_sign(author) or author_sign(title)
    return " ".join(part for part in (classification.strip(), sign) if part)
