"""On loan: circulation stays in the library's circulation system; Qor knows which copies
are out from that system's list of barcodes (one a line), so audits set them apart instead
of counting them missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidTransition, os_reason
from app.i18n import translate
from app.intake.barcodes import normalise_scan
from app.intake.status import ItemStatus, change_status
from app.security.roles import Actor, Role, require
from db.models import Item
from db.session import Database


@dataclass
class LoanResult:
    changed: list[str] = field(default_factory=list)  # inventory numbers
    unchanged: list[str] = field(default_factory=list)  # already in that state
    refused: list[tuple[int, str, str]] = field(default_factory=list)  # (line, code, reason)


def resolve_scan(session: Session, scan: str) -> Item | None:
    """The copy a scan means: the copy whose barcode it is, first; only when no copy carries
    it as a barcode, the copy with that inventory number. A legacy number that equals another
    copy's barcode therefore never finds the wrong copy: the label wins."""
    code = normalise_scan(scan)
    if not code:
        return None
    item = session.execute(select(Item).where(Item.barcode == code)).scalar_one_or_none()
    if item is None:
        item = session.execute(
            select(Item).where(Item.inventory_number == code)
        ).scalar_one_or_none()
    return item


def read_barcode_file(path: Path) -> list[tuple[int, str]]:
    """(line number, code) of every non-blank line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1251")
    except OSError as exc:
        raise InvalidInput(
            translate("errors", "{file} cannot be read: {reason}").format(
                file=path, reason=os_reason(exc)
            )
        ) from None
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def set_on_loan(
    db: Database, actor: Actor, lines: list[tuple[int, str]], lent: bool = True
) -> LoanResult:
    """Mark the listed copies on loan (`lent`) or back from loan, in one transaction; each
    line that cannot be done is refused with its line number and reason, the rest are done."""
    require(actor, "set copies on loan" if lent else "return copies from loan", Role.INTAKE)
    target = ItemStatus.ON_LOAN if lent else ItemStatus.AVAILABLE
    source = ItemStatus.AVAILABLE if lent else ItemStatus.ON_LOAN
    result = LoanResult()
    seen: set[int] = set()
    with db.write() as session:
        for line, code in lines:
            item = resolve_scan(session, code)
            if item is None:
                result.refused.append(
                    (
                        line,
                        code,
                        translate("errors", "no copy has barcode {code}").format(code=code),
                    )
                )
                continue
            if item.id in seen or item.status == target.value:
                result.unchanged.append(item.inventory_number)
                seen.add(item.id)
                continue
            seen.add(item.id)
            if item.status != source.value:
                reason = translate("errors", "copy {number} is {status}").format(
                    number=item.inventory_number, status=translate("statuses", item.status)
                )
                result.refused.append((line, code, reason))
                continue
            try:
                change_status(
                    session, item, target, actor, "circulation: on loan" if lent else "returned"
                )
            except InvalidTransition as exc:
                result.refused.append((line, code, str(exc)))
                continue
            result.changed.append(item.inventory_number)
    return result
