"""The library's holdings as MARC 852 fields, for export and for the union catalog.

One 852 per record, location and call number, over the copies the library still holds
(written-off copies are gone from the holdings; missing ones are held but not available):

    852 ## ‡a SIGLA ‡b LOCATION-CODE ‡h CALL NUMBER ‡u LINK ‡9 AVAILABLE ‡z N/M

‡a (the holding institution's MARC code), ‡b (sublocation) and ‡h (classification part of
the shelf mark) are MARC 21's own. MARC 21 has no subfield for a count of copies (‡t numbers
one copy), so the count of available copies travels in the local ‡9 for machines and in the
public note ‡z for people, as "N/M" (available of held): the union catalog's readers
speak Kazakh, Russian or English, and figures read the same in all three. Barcodes (‡p)
stay local: they mean nothing to the union catalog.
‡u (MARC 21's URI of the holding) is the record's address in the library's own electronic
catalog, from the pattern the library set (`qor library set --record-url …/record/{id}`,
{id} the record's control number, 001): the union catalog shows each result with a link
to its holder's catalog, as its rules ask (points 9 and 11).

Importing this module registers the fields with `app.catalog.exporting`.
"""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import quote

import pymarc
from pymarc import Field, Indicators, Subfield
from sqlalchemy import func, select

from app.catalog.exporting import register_holdings
from app.intake.status import ItemStatus
from app.library import current_library
from db.models import Item, Location, Record
from db.session import Database

_CHUNK = 500


def holdings_fields(db: Database, record_ids: list[int]) -> dict[int, list[pymarc.Field]]:
    """852 fields of the given records; a record without held copies gets none."""
    counts: dict[tuple[int, str, str], list[int]] = defaultdict(lambda: [0, 0])
    ids = sorted(set(record_ids))
    links: dict[int, str] = {}
    with db.read() as session:
        library = current_library(session)
        sigla = library.sigla
        for start in range(0, len(ids), _CHUNK):
            if library.record_url:
                # The union catalog links each result to its holder's own catalog (its
                # rules, points 9 and 11): 852 ‡u, the record's address there.
                links.update(
                    (rid, library.record_link(quote(number, safe="")))
                    for rid, number in session.execute(
                        select(Record.id, Record.control_number).where(
                            Record.id.in_(ids[start : start + _CHUNK])
                        )
                    )
                )
            rows = session.execute(
                select(Item.record_id, Location.code, Item.call_number, Item.status, func.count())
                .outerjoin(Location, Location.id == Item.location_id)
                .where(
                    Item.record_id.in_(ids[start : start + _CHUNK]),
                    Item.status != ItemStatus.WRITTEN_OFF.value,
                )
                .group_by(Item.record_id, Location.code, Item.call_number, Item.status)
            )
            for record_id, code, call_number, status, n in rows:
                entry = counts[(record_id, code or "", call_number)]
                entry[1] += n
                if status == ItemStatus.AVAILABLE:
                    entry[0] += n
    fields: dict[int, list[pymarc.Field]] = {}
    for (record_id, code, call_number), (available, held) in sorted(counts.items()):
        subfields = [Subfield("a", sigla)]
        if code:
            subfields.append(Subfield("b", code))
        if call_number:
            subfields.append(Subfield("h", call_number))
        if record_id in links:
            subfields.append(Subfield("u", links[record_id]))
        subfields += [
            Subfield("9", str(available)),
            # Language-neutral on purpose (issue 12): it was "available: N of M" in English.
            # The note is part of the record sent to the union catalog, so the change alters
            # every record's content hash: the first sync after it re-sends all records once.
            Subfield("z", f"{available}/{held}"),
        ]
        fields.setdefault(record_id, []).append(
            Field(tag="852", indicators=Indicators(" ", " "), subfields=subfields)
        )
    return fields


register_holdings(holdings_fields)
