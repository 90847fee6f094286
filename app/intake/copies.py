"""Copies (items) at the intake desk: adding them to a record under an accession batch with
their inventory numbers and barcodes, labelling, releasing them to the fund, and the table of
status changes every other desk (bindery, repair, audit, write-off) goes through.

Inventory numbers are allocated inside the transaction that creates the copies and never
change afterwards: there is no service to change them, and the database refuses it too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Row, func, literal, select, text, union_all
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.catalog.isbn import is_isbn_query, normalize_isbn
from app.catalog.records import RecordSummary, summary_of
from app.errors import (
    AccessionNotFound,
    CopyIncomplete,
    CopyNotFound,
    DuplicateBarcode,
    InvalidInput,
    InventoryNumberImmutable,
    LocationNotFound,
    NotInitialised,
    RecordNotFound,
)
from app.i18n import translate
from app.intake.accession import accession_in
from app.intake.barcodes import (
    BarcodeScheme,
    check_barcode,
    is_isbn_ean,
    isbn13_from_ean,
    make_barcode,
    normalise_scan,
)
from app.intake.locations import ShelfBarcodeClash, location_by_code, shelf_with_barcode
from app.intake.numbering import (
    BARCODE_COUNTER,
    BARCODE_PREFIX_SETTING,
    INVENTORY_COUNTER,
    NumberingSettings,
    allocate_from,
    allocate_inventory_numbers,
    current_settings,
    default_call_number,
    format_inventory_number,
    is_inventory_number_form,
)
from app.intake.status import ItemStatus, change_status
from app.security.eventlog import (
    EventEntry,
    canonical_around,
    json_value,
    record_event,
    record_events,
)
from app.security.roles import Actor, Role, require
from app.unioncat.outbox import enqueue
from app.unioncat.states import OutboxChange
from db.models import Item, Location, Record, RecordKey
from db.session import Database

MAX_COPIES = 1000  # one action; a bigger delivery is several batches of work anyway
DEFAULT_CURRENCY = "KZT"


@dataclass(frozen=True)
class CopyInfo:
    id: int
    record_id: int
    title: str
    inventory_number: str
    barcode: str | None
    status: str
    location_code: str
    call_number: str
    price: Decimal | None
    currency: str
    accession_id: int
    condition_notes: str = ""


@dataclass(frozen=True)
class RefusedCopy:
    """A copy (or scan) an action could not use: `ref` is its barcode or inventory number."""

    ref: str
    reason: str


@dataclass(frozen=True)
class ReleaseResult:
    released: list[CopyInfo] = field(default_factory=list)
    refused: list[RefusedCopy] = field(default_factory=list)


# A copy with its record's title and its location's code: what the scan field shows.
_COPY_QUERY = (
    select(Item, Record.title, Location.code)
    .join(Record, Record.id == Item.record_id)
    .outerjoin(Location, Location.id == Item.location_id)
)


def _row_info(row: Row[Item, str, str | None]) -> CopyInfo:
    return _info(row[0], row[1], row[2])


def _info(item: Item, title: str, location_code: str | None) -> CopyInfo:
    return CopyInfo(
        id=item.id,
        record_id=item.record_id,
        title=title,
        inventory_number=item.inventory_number,
        barcode=item.barcode,
        status=item.status,
        location_code=location_code or "",
        call_number=item.call_number,
        price=item.price,
        currency=item.currency,
        accession_id=item.accession_id,
        condition_notes=item.condition_notes,
    )


def copy_info(session: Session, item: Item) -> CopyInfo:
    title = session.execute(select(Record.title).where(Record.id == item.record_id)).scalar_one()
    code = (
        session.execute(select(Location.code).where(Location.id == item.location_id)).scalar()
        if item.location_id is not None
        else None
    )
    return _info(item, title, code)


# --- Lookups for the scan field --------------------------------------------------------


def copy_by_barcode(db: Database, barcode: str) -> CopyInfo | None:
    """The copy a scanned barcode is on, or None: one query on the barcode's unique index."""
    code = normalise_scan(barcode)
    if not code:
        return None

    def look_up() -> CopyInfo | None:
        with db.read() as session:
            row = session.execute(_COPY_QUERY.where(Item.barcode == code)).first()
            return _row_info(row) if row else None

    return db.retrying(look_up)


def copies_by_barcodes(db: Database, barcodes: Sequence[str]) -> dict[str, CopyInfo]:
    """The copies scanned barcodes are on, keyed by the barcode as normalised (codes no copy
    has are left out): one query for a whole burst of scans, one round trip on PostgreSQL
    however many came while the link was answering the one before."""
    codes = sorted({code for code in map(normalise_scan, barcodes) if code})
    if not codes:
        return {}

    def look_up() -> dict[str, CopyInfo]:
        with db.read() as session:
            rows = session.execute(_COPY_QUERY.where(Item.barcode.in_(codes))).all()
            return {info.barcode or "": info for info in map(_row_info, rows)}

    return db.retrying(look_up)


def copy_by_inventory_number(db: Database, number: str) -> CopyInfo | None:
    with db.read() as session:
        row = session.execute(_COPY_QUERY.where(Item.inventory_number == number.strip())).first()
        return _row_info(row) if row else None


def get_copy(db: Database, item_id: int) -> CopyInfo:
    with db.read() as session:
        row = session.execute(_COPY_QUERY.where(Item.id == item_id)).first()
        if row is None:
            raise CopyNotFound(item_id)
        return _row_info(row)


def copies_of_record(db: Database, record_id: int) -> list[CopyInfo]:
    def look_up() -> list[CopyInfo]:
        with db.read() as session:
            rows = session.execute(
                _COPY_QUERY.where(Item.record_id == record_id).order_by(Item.id)
            ).all()
            return [_row_info(r) for r in rows]

    return db.retrying(look_up)


def copies_of_accession(db: Database, accession_id: int) -> list[CopyInfo]:
    with db.read() as session:
        rows = session.execute(
            _COPY_QUERY.where(Item.accession_id == accession_id).order_by(Item.id)
        ).all()
        return [_row_info(r) for r in rows]


_ISBN10_HYPHENATED = re.compile(r"^\d{1,5}-\d{1,7}-\d{1,7}-[\dXx]$")


def scanned_isbn(scan: str) -> str | None:
    """The ISBN-13 a scan or a typed code means, or None if it is not a book's ISBN: a book
    EAN (978/979), an ISBN-13, an ISBN-10 with a valid check digit (hyphens or not, X as
    check), or one written with an ISBN's four hyphenated groups as the book prints it, whose
    check digit may be misprinted (catalogs hold such ISBNs; they still identify the book)."""
    text = scan.strip()
    if is_isbn_ean(text):
        return isbn13_from_ean(text)
    digits = text.replace("-", "").replace(" ", "")
    if len(digits) == 10 and (is_isbn_query(text) or _ISBN10_HYPHENATED.match(text)):
        return normalize_isbn(digits)
    return None


def _isbn13(scan: str) -> str:
    text = scan.strip()
    if is_isbn_ean(text):
        return isbn13_from_ean(text)
    isbn = normalize_isbn(text)
    if isbn is None:
        raise InvalidInput(
            translate("errors", "'{scan}' is not an ISBN or a book's EAN barcode.").format(
                scan=scan
            )
        )
    return isbn


def find_records_by_isbn(db: Database, ean_or_isbn: str) -> list[RecordSummary]:
    """Every record carrying the ISBN of a scanned book EAN (978/979, add-on dropped) or a
    typed ISBN-10/13, oldest first."""
    isbn = _isbn13(ean_or_isbn)

    def look_up() -> list[RecordSummary]:
        with db.read() as session:
            rows = session.execute(
                select(Record)
                .join(RecordKey, RecordKey.record_id == Record.id)
                .where(RecordKey.kind == "isbn", RecordKey.value == isbn)
                .order_by(Record.id)
            ).scalars()
            return [summary_of(r) for r in rows]

    return db.retrying(look_up)


def records_held_by_isbn(db: Database, ean_or_isbn: str) -> list[tuple[RecordSummary, int]]:
    """What the intake desk shows for a scanned ISBN: each record carrying it (oldest first)
    with how many copies the library holds of it, in one statement (one round trip to a
    server across a VPN)."""
    isbn = _isbn13(ean_or_isbn)
    held = select(func.count(Item.id)).where(Item.record_id == Record.id).scalar_subquery()

    def look_up() -> list[tuple[RecordSummary, int]]:
        with db.read() as session:
            rows = session.execute(
                select(Record, held)
                .join(RecordKey, RecordKey.record_id == Record.id)
                .where(RecordKey.kind == "isbn", RecordKey.value == isbn)
                .order_by(Record.id)
            ).all()
            return [(summary_of(record), int(count)) for record, count in rows]

    return db.retrying(look_up)


def find_record_by_isbn(db: Database, ean_or_isbn: str) -> RecordSummary | None:
    """The (oldest) record with that ISBN, or None: the scan flow's first step."""
    found = find_records_by_isbn(db, ean_or_isbn)
    return found[0] if found else None


# --- Adding copies ---------------------------------------------------------------------


def _price(price: Decimal | str | float | None) -> Decimal | None:
    if price is None or price == "":
        return None
    try:
        value = Decimal(str(price)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise InvalidInput(
            translate("errors", "Price '{price}' is not a number.").format(price=price)
        ) from None
    if value < 0 or value >= Decimal("1e10"):
        raise InvalidInput(
            translate("errors", "Price {price} is out of range.").format(price=price)
        )
    return value


def check_barcode_free(session: Session, barcode: str) -> None:
    """Refuse a barcode another copy or a shelf already carries, naming which."""
    row = session.execute(
        select(Item.inventory_number, Record.title)
        .join(Record, Record.id == Item.record_id)
        .where(Item.barcode == barcode)
    ).first()
    if row is not None:
        raise DuplicateBarcode(barcode, row.inventory_number, row.title)
    if (shelf := shelf_with_barcode(session, barcode)) is not None:
        raise ShelfBarcodeClash(barcode, shelf)


def _taken_barcodes(session: Session, codes: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    """Which of `codes` a copy or a shelf already carries, in one query: code -> ("item",
    inventory number, title) or ("shelf", location code, "")."""
    if not codes:
        return {}
    copies = (
        select(Item.barcode, literal("item"), Item.inventory_number, Record.title)
        .join(Record, Record.id == Item.record_id)
        .where(Item.barcode.in_(codes))
    )
    shelves = select(Location.barcode, literal("shelf"), Location.code, literal("")).where(
        Location.barcode.in_(codes)
    )
    taken: dict[str, tuple[str, str, str]] = {}
    for code, kind, owner, title in session.execute(union_all(copies, shelves)):
        if code is not None and (code not in taken or kind == "item"):
            taken[code] = (kind, owner, title)
    return taken


def _fresh_barcodes(
    session: Session, settings: NumberingSettings, numbers: Sequence[str]
) -> list[str]:
    """Barcodes by the library's sequence for copies numbered `numbers`: the next values in
    order, skipping those a pre-printed label or a shelf already carries (as
    qor_add_copies does on PostgreSQL); each round checks its values in one query."""
    scheme = BarcodeScheme(settings.barcode_scheme)
    codes: list[str] = []
    while len(codes) < len(numbers):
        need = len(numbers) - len(codes)
        start = allocate_from(session, BARCODE_COUNTER, need)
        candidates = [
            make_barcode(
                scheme,
                inventory_number=numbers[len(codes) + i],
                sequence=start + i,
                library_prefix=settings.barcode_prefix,
            )
            for i in range(need)
        ]
        taken = _taken_barcodes(session, candidates)
        codes.extend(c for c in candidates if c not in taken)
    return codes


def _barcode_taken(session: Session, barcode: str) -> bool:
    return (
        session.execute(select(Item.id).where(Item.barcode == barcode)).first() is not None
        or shelf_with_barcode(session, barcode) is not None
    )


def preprinted_labels(
    barcodes: Sequence[str], settings: NumberingSettings, own_number: str | None = None
) -> list[str]:
    """Scanned labels as stored, checked against the library's scheme and each other. Under
    the Code 128 scheme a label shaped like an inventory number is refused: the copy that
    number is (or will be) given to would find its barcode taken."""
    scheme = BarcodeScheme(settings.barcode_scheme)
    codes = [normalise_scan(b) for b in barcodes]
    seen: set[str] = set()
    for code in codes:
        if not code:
            raise InvalidInput(
                translate(
                    "errors",
                    "A pre-printed label is empty: scan or type the barcode printed on it.",
                )
            )
        if is_isbn_ean(code):
            raise InvalidInput(
                translate("errors", "{code} is the book's ISBN barcode, not a copy label.").format(
                    code=code
                )
            )
        check_barcode(scheme, code)
        if (
            scheme is BarcodeScheme.CODE128_INVENTORY
            and code != own_number
            and is_inventory_number_form(settings.inventory_format, code)
        ):
            raise InvalidInput(
                translate(
                    "errors",
                    "Label {code} has the form of an inventory number: the library's barcodes "
                    "are the inventory numbers, so copy {code} will carry it. Use labels of "
                    "another form (e.g. with letters), or let the barcodes be made.",
                ).format(code=code)
            )
        if code in seen:
            raise InvalidInput(
                translate("errors", "Barcode {code} is given twice.").format(code=code)
            )
        seen.add(code)
    return codes


def check_label(db: Database, barcode: str, own_number: str | None = None) -> str:
    """A pre-printed label as it would be stored, if a copy may take it: raises what the
    service would refuse on adding it (form, duplicate copy or shelf), so the intake desk says
    so at the scan rather than on "Add copies"."""
    with db.read() as session:
        # Which copy or shelf has it says more than that its form is wrong.
        check_barcode_free(session, normalise_scan(barcode))
        (code,) = preprinted_labels([barcode], current_settings(session), own_number)
        return code


def generated_barcode(
    session: Session, settings: NumberingSettings, number: str, sequence: int | None
) -> str | None:
    """The barcode the library's scheme makes for a copy numbered `number`, skipping
    sequence values a pre-printed label or a shelf already carries (gaps in barcode
    sequences are harmless, unlike inventory numbers). With `sequence` None a fresh one is
    drawn. Under Code 128 the barcode is the number itself; if something already carries it
    (labels from before the scheme changed), None: the copy waits for a label."""
    scheme = BarcodeScheme(settings.barcode_scheme)
    if scheme is BarcodeScheme.CODE128_INVENTORY:
        code = make_barcode(
            scheme, inventory_number=number, sequence=0, library_prefix=settings.barcode_prefix
        )
        return None if _barcode_taken(session, code) else code
    value = sequence if sequence is not None else allocate_from(session, BARCODE_COUNTER, 1)
    while True:
        code = make_barcode(
            scheme, inventory_number=number, sequence=value, library_prefix=settings.barcode_prefix
        )
        if not _barcode_taken(session, code):
            return code
        value = allocate_from(session, BARCODE_COUNTER, 1)


def add_copies(
    db: Database,
    actor: Actor,
    record_id: int,
    copies: int,
    accession_id: int,
    location_code: str,
    price: Decimal | str | float | None = None,
    call_number: str | None = None,
    barcodes: Sequence[str] | None = None,
    currency: str = DEFAULT_CURRENCY,
) -> list[CopyInfo]:
    """Add `copies` copies of a record, received in an accession batch, in one transaction.

    Each copy gets the next inventory number (the library's format) and, unless pre-printed
    labels are given, a barcode by the library's scheme. Pre-printed `barcodes` go to the
    copies in order; with fewer labels than copies the rest wait for a label
    (`app.intake.completion`). The call number defaults to the record's class number and
    author sign. Copies start in processing; the union catalog is told the holdings changed.
    """
    require(actor, "add copies", Role.INTAKE)
    if not 1 <= copies <= MAX_COPIES:
        raise InvalidInput(
            translate("errors", "The number of copies must be 1 to {most}, not {copies}.").format(
                most=MAX_COPIES, copies=copies
            )
        )
    if barcodes is not None and len(barcodes) > copies:
        raise InvalidInput(
            translate("errors", "{n} barcodes were given for {copies} copies.").format(
                n=len(barcodes), copies=copies
            )
        )
    amount = _price(price)
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InvalidInput(
            translate(
                "errors", "Currency '{currency}' is not an ISO 4217 code such as KZT."
            ).format(currency=currency)
        )
    try:
        if not db.is_sqlite:
            return _add_copies_on_server(
                db, actor, record_id, copies, accession_id, location_code, amount, currency,
                call_number, barcodes,
            )  # fmt: skip
        with db.write() as session:
            return _add_copies(
                session,
                actor,
                record_id,
                copies,
                accession_id,
                location_code,
                amount,
                currency,
                call_number,
                barcodes,
            )
    except IntegrityError as exc:
        # Another workstation put one of these labels on a copy between our check and
        # our insert; say which copy has it.
        for code in barcodes or ():
            if (found := copy_by_barcode(db, code)) is not None:
                owner = found.inventory_number
                raise DuplicateBarcode(found.barcode or code, owner, found.title) from exc
        raise


def _add_copies(
    session: Session,
    actor: Actor,
    record_id: int,
    copies: int,
    accession_id: int,
    location_code: str,
    price: Decimal | None,
    currency: str,
    call_number: str | None,
    barcodes: Sequence[str] | None,
) -> list[CopyInfo]:
    record = session.get(Record, record_id)
    if record is None:
        raise RecordNotFound(record_id)
    accession = accession_in(session, accession_id)
    location = location_by_code(session, location_code)
    settings = current_settings(session)
    scheme = BarcodeScheme(settings.barcode_scheme)
    labels = preprinted_labels(barcodes, settings) if barcodes is not None else None
    shelf_mark = (
        call_number.strip()
        if call_number is not None
        else default_call_number(record.classification, record.author, record.title)
    )
    numbers = allocate_inventory_numbers(session, settings.inventory_format, copies)
    # Every barcode is checked in one query for the whole batch (a branch workstation pays
    # its VPN's delay per round trip), the copies go in one multi-row insert, and their
    # entries into the event log as one batch under one head lock.
    codes: list[str | None]
    if labels is not None:
        codes = [labels[i] if i < len(labels) else None for i in range(copies)]
        taken = _taken_barcodes(session, [c for c in codes if c is not None])
        for code in codes:
            if code is not None and code in taken:
                kind, owner, title = taken[code]
                if kind == "shelf":
                    raise ShelfBarcodeClash(code, owner)
                raise DuplicateBarcode(code, owner, title)
    elif scheme is BarcodeScheme.CODE128_INVENTORY:
        codes = [
            make_barcode(
                scheme, inventory_number=n, sequence=0, library_prefix=settings.barcode_prefix
            )
            for n in numbers
        ]
        taken = _taken_barcodes(session, [c for c in codes if c is not None])
        codes = [None if c in taken else c for c in codes]
    else:
        codes = list(_fresh_barcodes(session, settings, numbers))
    now = datetime.now(UTC)
    items = [
        Item(
            record_id=record.id,
            inventory_number=number,
            barcode=code,
            location_id=location.id,
            call_number=shelf_mark,
            price=price,
            currency=currency,
            accession_id=accession.id,
            status=ItemStatus.IN_PROCESSING.value,
            created_at=now,
            updated_at=now,
            created_by=actor.name,
        )
        for number, code in zip(numbers, codes, strict=True)
    ]
    session.add_all(items)
    session.flush()
    added = [_info(item, record.title, location.code) for item in items]
    record_events(
        session,
        actor,
        [
            EventEntry(
                "item.add",
                "item",
                item.id,
                after={
                    "inventory_number": item.inventory_number,
                    "barcode": item.barcode,
                    "record": record.id,
                    "accession": accession.number,
                    "location": location.code,
                    "call_number": shelf_mark,
                    "price": price,
                    "currency": currency,
                },
            )
            for item in items
        ],
    )
    enqueue(session, record.id, record.control_number, OutboxChange.UPSERT)
    return added


# On PostgreSQL (a branch workstation's VPN charges its delay per round trip): one read of
# what the copies need, then one statement, qor_add_copies (migration 0016r), that takes the
# counters, gives the copies the first candidate numbers and barcodes nobody carries, inserts
# them, logs them under one head lock and queues the record for the union catalog. The
# candidates are formatted here (the library's format is Python's); the server answers
# 'stale' if a counter moved since the read, 'short' if the window was all used numbers.
_WINDOW_SLACK = 8
_WINDOW_MOST = 65536
_SERVER_ATTEMPTS = 64

_CONTEXT = text(
    """
    SELECT r.id, r.title, r.classification, r.author, r.control_number,
           a.id, a.number, l.id, l.code,
           lib.inventory_format, lib.barcode_scheme, s.value, ci.value, cb.value
    FROM (SELECT 1) AS one
    LEFT JOIN record r ON r.id = :record
    LEFT JOIN accession a ON a.id = :accession
    LEFT JOIN location l ON l.code = :location
    LEFT JOIN library lib ON true
    LEFT JOIN intake_setting s ON s.name = :prefix_setting
    LEFT JOIN counter ci ON ci.name = :inventory_counter
    LEFT JOIN counter cb ON cb.name = :barcode_counter
    """
)

_ADD = text(
    """
    SELECT qor_add_copies(
        :actor, :at, :now, :record, :control, :accession, :location, :call, :price, :currency,
        :count, :inv_from, CAST(:numbers AS text[]), CAST(:numbers_json AS text[]),
        :mode, :bc_from, CAST(:barcodes AS text[]), CAST(:barcodes_json AS text[]),
        CAST(:after AS text[]))
    """
)


def _add_copies_on_server(
    db: Database,
    actor: Actor,
    record_id: int,
    copies: int,
    accession_id: int,
    location_code: str,
    price: Decimal | None,
    currency: str,
    call_number: str | None,
    barcodes: Sequence[str] | None,
) -> list[CopyInfo]:
    """`_add_copies`'s rules in two round trips (PostgreSQL)."""
    params = {
        "record": record_id,
        "accession": accession_id,
        "location": location_code.strip(),
        "prefix_setting": BARCODE_PREFIX_SETTING,
        "inventory_counter": INVENTORY_COUNTER,
        "barcode_counter": BARCODE_COUNTER,
    }
    with db.read() as session:
        row = session.execute(_CONTEXT, params).one()
    (rid, title, classification, author, control, aid, accession_number, lid, lcode) = row[:9]
    fmt, scheme_name, prefix, inv_value, bc_value = row[9:]
    if rid is None:
        raise RecordNotFound(record_id)
    if aid is None:
        raise AccessionNotFound(accession_id)
    if lid is None:
        raise LocationNotFound(location_code)
    if fmt is None:
        raise NotInitialised()
    settings = NumberingSettings(fmt, scheme_name, prefix or "")
    scheme = BarcodeScheme(scheme_name)
    labels = preprinted_labels(barcodes, settings) if barcodes is not None else None
    shelf_mark = (
        call_number.strip()
        if call_number is not None
        else default_call_number(classification or "", author or "", title or "")
    )
    after = canonical_around(
        {
            "inventory_number": None,
            "barcode": None,
            "record": rid,
            "accession": accession_number,
            "location": lcode,
            "call_number": shelf_mark,
            "price": price,
            "currency": currency,
        },
        ("barcode", "inventory_number"),
    )
    mode = "labels" if labels is not None else (
        "pair" if scheme is BarcodeScheme.CODE128_INVENTORY else "sequence"
    )  # fmt: skip
    inv_from, bc_from = int(inv_value or 0), int(bc_value or 0)
    number_window = barcode_window = copies + _WINDOW_SLACK
    for _attempt in range(_SERVER_ATTEMPTS):
        numbers = [format_inventory_number(fmt, inv_from + 1 + i) for i in range(number_window)]
        codes: list[str | None]
        if labels is not None:
            codes = [labels[i] if i < len(labels) else None for i in range(copies)]
        elif mode == "pair":
            codes = [
                make_barcode(scheme, inventory_number=n, sequence=0, library_prefix=prefix or "")
                for n in numbers
            ]
        else:
            codes = [
                make_barcode(
                    scheme, inventory_number="", sequence=bc_from + 1 + i, library_prefix=prefix
                )
                for i in range(barcode_window)
            ]
        now = datetime.now(UTC)
        with db.autocommit() as session:
            answer = session.execute(
                _ADD,
                {
                    "actor": actor.name,
                    "at": now.isoformat(timespec="microseconds"),
                    "now": now,
                    "record": rid,
                    "control": control,
                    "accession": aid,
                    "location": lid,
                    "call": shelf_mark,
                    "price": price,
                    "currency": currency,
                    "count": copies,
                    "inv_from": inv_from,
                    "numbers": numbers,
                    "numbers_json": [json_value(n) for n in numbers],
                    "mode": mode,
                    "bc_from": bc_from,
                    "barcodes": codes,
                    "barcodes_json": [None if c is None else json_value(c) for c in codes],
                    "after": after,
                },
            ).scalar_one()
        if "items" in answer:
            return [
                CopyInfo(
                    id=int(item_id),
                    record_id=rid,
                    title=title,
                    inventory_number=number,
                    barcode=code,
                    status=ItemStatus.IN_PROCESSING.value,
                    location_code=lcode,
                    call_number=shelf_mark,
                    price=price,
                    currency=currency,
                    accession_id=aid,
                )
                for item_id, number, code in answer["items"]
            ]
        if "clash" in answer:
            code, kind, owner, owner_title = answer["clash"]
            if kind == "shelf":
                raise ShelfBarcodeClash(code, owner)
            raise DuplicateBarcode(code, owner, owner_title)
        inv_value, bc_value = answer["stale"]
        inv_from, bc_from = int(inv_value or 0), int(bc_value or 0)
        if answer.get("short") == "numbers":
            number_window = min(number_window * 8, _WINDOW_MOST)
        elif answer.get("short") == "barcodes":
            barcode_window = min(barcode_window * 8, _WINDOW_MOST)
    # Counters that kept moving under us, or a run of used numbers longer than the windows
    # went past: the Python path, in one transaction, always finishes.
    with db.write() as session:
        return _add_copies(
            session, actor, record_id, copies, accession_id, location_code, price, currency,
            call_number, barcodes,
        )  # fmt: skip


# --- Labels and inventory numbers ----------------------------------------------------


def item_in(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise CopyNotFound(item_id)
    return item


def change_inventory_number(db: Database, actor: Actor, item_id: int, new_number: str) -> None:
    """Always refused: inventory numbers are never changed, corrected or removed. The attempt
    itself is written to the event log (and committed) before the refusal is raised."""
    with db.read() as session:
        current = session.execute(select(Item.inventory_number).where(Item.id == item_id)).scalar()
    if current is None:
        raise CopyNotFound(item_id)
    with db.write() as session:
        record_event(
            session,
            actor,
            "item.inventory-number-refused",
            "item",
            item_id,
            before={"inventory_number": current},
            after={"requested": new_number},
        )
    raise InventoryNumberImmutable(current)


# --- Releasing to the fund ---------------------------------------------------------------


# Why a released copy left processing, as the event log says it.
RELEASED_BECAUSE = "processing complete"


def not_in_processing(ref: str, number: str, status: str) -> RefusedCopy:
    """A copy scanned for release that is no longer (or never was) in processing."""
    return RefusedCopy(
        ref,
        translate("errors", "copy {number}: {status}, not in processing").format(
            number=number, status=translate("statuses", status)
        ),
    )


def release_copies(
    db: Database,
    actor: Actor,
    barcodes: Sequence[str] = (),
    accession_id: int | None = None,
) -> ReleaseResult:
    """Release processed copies to the fund (in processing → available), in one transaction:
    the scanned `barcodes`, and/or every copy of an accession batch still in processing.
    Complete copies are released; the others are reported with what they lack."""
    require(actor, "release copies", Role.INTAKE)
    if not barcodes and accession_id is None:
        raise InvalidInput(
            translate(
                "errors", "Give the barcodes of the copies to release, or an accession batch."
            )
        )
    result = ReleaseResult()
    with db.write() as session:
        items: list[tuple[str, Item]] = []
        for scan in barcodes:
            code = normalise_scan(scan)
            item = session.execute(select(Item).where(Item.barcode == code)).scalar_one_or_none()
            if item is None:
                reason = translate("errors", "no copy has barcode {code}").format(code=code)
                result.refused.append(RefusedCopy(code, reason))
            elif any(item is queued for _, queued in items):
                continue
            elif item.status != ItemStatus.IN_PROCESSING:
                result.refused.append(not_in_processing(code, item.inventory_number, item.status))
            else:
                items.append((code, item))
        if accession_id is not None:
            accession_in(session, accession_id)
            queued = {item.id for _, item in items}
            for item in session.execute(
                select(Item)
                .where(
                    Item.accession_id == accession_id,
                    Item.status == ItemStatus.IN_PROCESSING.value,
                )
                .order_by(Item.id)
            ).scalars():
                if item.id not in queued:
                    items.append((item.barcode or item.inventory_number, item))
        for ref, item in items:
            try:
                change_status(session, item, ItemStatus.AVAILABLE, actor, RELEASED_BECAUSE)
            except CopyIncomplete as exc:
                result.refused.append(RefusedCopy(ref, str(exc)))
                continue
            result.released.append(copy_info(session, item))
    return result
