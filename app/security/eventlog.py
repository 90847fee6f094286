"""The event log: every change, append-only, each entry chained to the previous one by hash.

`record_event` is called by services inside the transaction of the change it records, so the
log and the change commit or roll back together; `record_events` appends many entries of one
change (a copy each, say) the same way in one go. `verify` recomputes the chain.

The chain and the entry count live in the same database, so someone who can write to it could
delete the newest entries and lower the count to match. A `Checkpoint` (the count and the head
hash, written to a file kept elsewhere, or printed and signed on paper) closes that gap:
`verify` against it proves that every entry up to the checkpoint is still there, unchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, cast, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.security.roles import Actor
from db.models import Counter, Event, Item
from db.session import Database

GENESIS = "0" * 64
HEAD = "event_log_head"


# What json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) writes, without
# building an encoder for every entry of a bulk append.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _canonical(value: Any) -> str:
    if value is None or value == "":
        return ""
    return _ENCODER.encode(value)


def canonical_around(value: dict[str, Any], holes: Sequence[str]) -> list[str]:
    """`_canonical(value)` cut where the values of the keys `holes` go (in the order the keys
    sort): joined with those values' canonical texts between them, the pieces give exactly
    `_canonical` of the whole dict. For a server that fills in what only it decides (the
    copies' numbers and barcodes) in an entry it hashes."""
    pieces, current = [], "{"
    for n, key in enumerate(sorted(value)):
        current += (", " if n else "") + _ENCODER.encode(key) + ": "
        if key in holes:
            pieces.append(current)
            current = ""
        else:
            current += _ENCODER.encode(value[key])
    pieces.append(current + "}")
    return pieces


def json_value(value: Any) -> str:
    """A value's canonical JSON text, as it appears inside an entry's before/after."""
    return _ENCODER.encode(value)


def _digest(
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str,
    after: str,
) -> str:
    payload = "\x1f".join((prev_hash, at, actor, action, entity, entity_id, before, after))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_head(session: Session) -> str:
    """Take the log's head row lock, so concurrent writers chain in order; returns the hash
    the next entry follows."""
    head = session.execute(
        select(Counter).where(Counter.name == HEAD).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = Counter(name=HEAD, value=0)
        session.add(head)
    session.flush()
    last = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar()
    return last or GENESIS


# Up to this many entries go to PostgreSQL's qor_log_events (migration 0016r) in one round
# trip; a bigger batch (an audit's hundred thousand missing copies) goes by the batch insert,
# which the server takes faster than a loop of single inserts.
_SERVER_BATCH = 500


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _append_on_server(
    session: Session, actor: str, at: str, entries: list[tuple[str, str, str, str, str]]
) -> list[tuple[int, str, str]]:
    """Appends `entries` (action, entity, entity id, before, after: texts as stored) on
    PostgreSQL in one round trip: qor_log_events locks the head, chains and hashes them as
    `_digest` does. Returns each entry's id, hash and the hash it follows."""
    session.flush()  # what the session holds goes first, as under the Python path's lock
    done = session.execute(
        text("SELECT qor_log_events(:actor, :at, CAST(:entries AS jsonb))"),
        {"actor": actor, "at": at, "entries": json.dumps([list(e) for e in entries])},
    ).scalar_one()
    return [(int(event_id), str(digest), str(prev)) for event_id, digest, prev in done]


def record_event(
    session: Session,
    actor: Actor | str,
    action: str,
    entity: str,
    entity_id: object = "",
    before: Any = None,
    after: Any = None,
) -> Event:
    """Append one entry."""
    name = actor if isinstance(actor, str) else actor.name
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    before_s, after_s = _canonical(before), _canonical(after)
    eid = str(entity_id)[:64]
    if _on_server(session):
        ((event_id, digest, prev),) = _append_on_server(
            session, name, at, [(action, entity, eid, before_s, after_s)]
        )
        return Event(
            id=event_id, at=at, actor=name, action=action, entity=entity, entity_id=eid,
            before=before_s, after=after_s, prev_hash=prev, hash=digest,
        )  # fmt: skip
    prev = _lock_head(session)
    event = Event(
        at=at,
        actor=name,
        action=action,
        entity=entity,
        entity_id=eid,
        before=before_s,
        after=after_s,
        prev_hash=prev,
        hash=_digest(prev, at, name, action, entity, eid, before_s, after_s),
    )
    session.add(event)
    session.execute(update(Counter).where(Counter.name == HEAD).values(value=Counter.value + 1))
    session.flush()
    return event


def log_event(
    db: Database,
    actor: Actor | str,
    action: str,
    entity: str,
    entity_id: object = "",
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one entry that goes with no other change (a sign-in, a refused one): on
    PostgreSQL one statement in autocommit, one round trip (a transaction of its own cost
    six); on SQLite a write transaction."""
    with db.autocommit() as session:
        record_event(session, actor, action, entity, entity_id, before, after)


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One entry for `record_events`: what `record_event` takes after the actor."""

    action: str
    entity: str
    entity_id: object = ""
    before: Any = None
    after: Any = None


def record_events(session: Session, actor: Actor | str, entries: Iterable[EventEntry]) -> int:
    """Append many entries, chained in the order given, under one head lock and one batch
    insert: a hundred thousand copies marked missing log in well under a second. They share
    one timestamp, as the change they record is one transaction. Returns how many."""
    name = actor if isinstance(actor, str) else actor.name
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    if _on_server(session):
        batch = list(entries)
        if len(batch) <= _SERVER_BATCH:
            return len(
                _append_on_server(
                    session,
                    name,
                    at,
                    [
                        (
                            e.action,
                            e.entity,
                            str(e.entity_id)[:64],
                            _canonical(e.before),
                            _canonical(e.after),
                        )
                        for e in batch
                    ],
                )
            )
        entries = batch
    prev = _lock_head(session)
    rows: list[dict[str, str]] = []
    for entry in entries:
        before_s, after_s = _canonical(entry.before), _canonical(entry.after)
        eid = str(entry.entity_id)[:64]
        digest = _digest(prev, at, name, entry.action, entry.entity, eid, before_s, after_s)
        rows.append(
            {
                "at": at,
                "actor": name,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": eid,
                "before": before_s,
                "after": after_s,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        # Core executemany (the ORM's bulk path would sort and split the rows): inserted in
        # list order, so the ids follow the chain.
        session.connection().execute(insert(Event), rows)
        session.execute(
            update(Counter).where(Counter.name == HEAD).values(value=Counter.value + len(rows))
        )
    return len(rows)


@dataclass(frozen=True)
class LogProblem:
    event_id: int
    problem: str


@dataclass(frozen=True)
class Checkpoint:
    """The log as it stood: how many entries, the hash of the newest, and when."""

    entries: int
    head: str
    at: str

    def as_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "head": self.head, "at": self.at}

    @classmethod
    def from_json(cls, data: Any) -> Checkpoint:
        try:
            entries, head, at = int(data["entries"]), str(data["head"]), str(data["at"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a Qor event-log checkpoint ({exc})") from exc
        if entries < 0 or len(head) != 64:
            raise ValueError("not a Qor event-log checkpoint (bad entry count or head hash)")
        return cls(entries, head, at)


def checkpoint(session: Session) -> Checkpoint:
    """The log's head now, to be kept outside the database."""
    count = session.execute(select(func.count()).select_from(Event)).scalar_one()
    head = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar()
    return Checkpoint(int(count), head or GENESIS, datetime.now(UTC).isoformat(timespec="seconds"))


@dataclass(frozen=True)
class LogVerdict:
    entries: int
    problems: list[LogProblem]
    head: str = GENESIS

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(session: Session, against: Checkpoint | None = None) -> LogVerdict:
    """Walk the whole log: every entry must hash to its stored hash and point at its
    predecessor; the number of entries must match the count kept beside the chain; and, given
    a checkpoint, the entry it ended at must still be there with the hash it had."""
    problems: list[LogProblem] = []
    prev = GENESIS
    count = 0
    rows = session.execute(select(Event).order_by(Event.id)).scalars()
    for event in rows:
        count += 1
        if event.prev_hash != prev:
            problems.append(
                LogProblem(
                    event.id,
                    "an entry before this one was deleted or altered "
                    "(the chain link does not match)",
                )
            )
        expected = _digest(
            event.prev_hash,
            event.at,
            event.actor,
            event.action,
            event.entity,
            event.entity_id,
            event.before,
            event.after,
        )
        if expected != event.hash:
            problems.append(LogProblem(event.id, "this entry was altered after it was written"))
        if against is not None and count == against.entries and event.hash != against.head:
            problems.append(
                LogProblem(
                    event.id,
                    f"the checkpoint of {against.at} ended at this entry with another hash: "
                    "the log up to it was rewritten",
                )
            )
        prev = event.hash
    kept = session.execute(select(Counter.value).where(Counter.name == HEAD)).scalar() or 0
    if kept != count:
        problems.append(
            LogProblem(
                0, f"the log should hold {kept} entries but holds {count}: entries were deleted"
            )
        )
    if against is not None and count < against.entries:
        problems.append(
            LogProblem(
                0,
                f"the checkpoint of {against.at} saw {against.entries} entries but the log holds "
                f"{count}: the newest entries were deleted",
            )
        )
    problems += _copy_problems(session)
    return LogVerdict(count, problems, prev)


# Copies compared per reported problem at most; past it, one line says how many more.
_COPY_PROBLEMS_SHOWN = 100
# The log's actions that create a copy: Qor's own intake, and a migration's legacy copies.
COPY_CREATED = ("item.add", "item.migrate")


def _copy_problems(session: Session) -> list[LogProblem]:
    """The copies proved against the log: every copy the log created ("item.add", or
    "item.migrate" for a copy a migration brought with its legacy number) exists with
    the inventory number it was given, and no copy exists that the log did not create. The
    triggers refuse deleting or renumbering a copy, but SQLite's REPLACE conflict resolution
    and a superuser's disabled triggers get past them; this finds what they did. Both sides
    are walked in item id order, streamed, so memory stays flat on any fund."""
    created = session.execute(
        select(cast(Event.entity_id, BigInteger), Event.id, Event.after)
        .where(Event.action.in_(COPY_CREATED), Event.entity == "item")
        .order_by(cast(Event.entity_id, BigInteger), Event.id)
        .execution_options(yield_per=5000)
    )
    existing = session.execute(
        select(Item.id, Item.inventory_number).order_by(Item.id).execution_options(yield_per=5000)
    )
    found: list[LogProblem] = []
    more = 0

    def report(event_id: int, problem: str) -> None:
        nonlocal more
        if len(found) < _COPY_PROBLEMS_SHOWN:
            found.append(LogProblem(event_id, problem))
        else:
            more += 1

    logged = next(created, None)
    copy = next(existing, None)
    while logged is not None or copy is not None:
        if copy is None or (logged is not None and logged[0] < copy[0]):
            assert logged is not None
            number = _logged_number(logged[2])
            report(
                logged[1],
                f"copy {logged[0]} (inventory number {number}) was created here and no "
                "longer exists: it was deleted past the triggers",
            )
            logged = next(created, None)
        elif logged is None or copy[0] < logged[0]:
            report(
                0,
                f"copy {copy[0]} (inventory number {copy[1]}) exists but the log never "
                "created it: it was inserted past Qor",
            )
            copy = next(existing, None)
        else:
            number = _logged_number(logged[2])
            if number != copy[1]:
                report(
                    logged[1],
                    f"copy {copy[0]} was created here with inventory number {number} but now "
                    f"has {copy[1]}: it was renumbered or replaced past the triggers",
                )
            logged = next(created, None)
            copy = next(existing, None)
    if more:
        found.append(LogProblem(0, f"and {more} more copies that do not match the log"))
    return found


def _logged_number(after: str) -> str:
    try:
        return str(json.loads(after)["inventory_number"])
    except (ValueError, KeyError, TypeError):
        return "(unreadable)"
