"""Numbering copies: inventory numbers from the library's format, barcodes by its scheme, and
the default shelf mark (class number + author sign) from the record.

Numbers come from counters advanced inside the transaction that creates the copies, so a
rolled-back action leaves no gap and two workstations never draw the same number.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

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


def author_sign(heading: str) -> str:
    """A two-digit author sign (авторский знак) for the shelf mark: the heading's first letter
    and two digits that grow with the letters after it, so copies of one class still shelve
    in alphabetical order. A stand-in for the Khavkina tables; the operator may edit it."""
    word = next((w for w in heading.replace(",", " ").split() if w[:1].isalpha()), "")
    if not word:
        return ""
    alphabet = _LATIN_ORDER if word[0].lower() in _LATIN_ORDER else _CYRILLIC_ORDER
    letters = [c for c in word.lower() if c in alphabet]
    first = word[0].upper()
    fraction = 0.0
    for depth, ch in enumerate(letters[1:3], start=1):
        fraction += alphabet.index(ch) / len(alphabet) ** depth
    return f"{first}{11 + int(fraction * 88):02d}"


def default_call_number(classification: str, author: str, title: str) -> str:
    """The record's class number followed by the author sign (from the title when the work
    has no author): UDC 94(574) by Қозыбаев gives '94(574) Қ51'."""
    sign = author_sign(author) or author_sign(title)
    return " ".join(part for part in (classification.strip(), sign) if part)
