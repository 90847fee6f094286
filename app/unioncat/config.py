"""The union catalogs and search targets a library has configured (kept in the database,
without passwords: those go to the system keyring through app.unioncat.targets)."""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass, field, replace
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.errors import InvalidInput, QorError
from app.i18n import translate
from app.security.eventlog import record_event
from app.security.roles import Actor, Role, require
from app.unioncat.sru import CQL_INDEXES
from app.unioncat.targets import (
    SearchTarget,
    UnionCatalogTarget,
    delete_password,
    move_password,
    parse_target_url,
    store_password,
)
from app.unioncat.zoom import USE_ATTRIBUTES
from db.models import CatalogTarget
from db.session import Database

Role_ = Literal["union", "search"]
Protocol = Literal["z3950", "sru"]


class TargetNotFound(QorError):
    def __init__(self, ref: str) -> None:
        self.ref = ref
        super().__init__(
            translate(
                "errors",
                "No target '{ref}': add it (Targets… on the union catalog screen, or qor "
                "unioncat target add) or give its URL (z3950://USER@HOST:PORT/DB, or "
                "http://HOST:PORT/PATH for SRU).",
            ).format(ref=ref)
        )


class TargetExists(QorError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            translate("errors", "A target named '{name}' is already configured.").format(name=name)
        )


@dataclass(frozen=True)
class ConfiguredTarget:
    """One configured target as services and screens see it. `indexes` is the search profile:
    Qor's index name -> the target's own (bib-1 use attribute, or CQL index)."""

    name: str
    role: Role_
    protocol: Protocol
    host: str
    port: int
    database: str
    user: str | None = None
    path: str = ""
    indexes: dict[str, str] = field(default_factory=dict)
    needs_commit: bool = False

    def url(self) -> str:
        if self.protocol == "sru":
            return self.search_target().sru_url()
        return self.union_target().url()

    def union_target(self) -> UnionCatalogTarget:
        return UnionCatalogTarget(self.name, self.host, self.port, self.database, self.user)

    def search_target(self) -> SearchTarget:
        return SearchTarget(
            self.name,
            self.protocol,
            self.host,
            self.port,
            self.database,
            self.path,
            dict(self.indexes),
        )


def default_indexes(protocol: Protocol) -> dict[str, str]:
    """The profile of a Zebra-like union catalog: bib-1 attributes, or the CQL context sets."""
    if protocol == "sru":
        return dict(CQL_INDEXES)
    return {name: str(use) for name, use in USE_ATTRIBUTES.items()}


def _from_row(row: CatalogTarget) -> ConfiguredTarget:
    return ConfiguredTarget(
        name=row.name,
        role=row.role,  # type: ignore[arg-type]
        protocol=row.protocol,  # type: ignore[arg-type]
        host=row.host,
        port=row.port,
        database=row.database,
        user=row.user or None,
        path=row.path,
        indexes=json.loads(row.indexes or "{}"),
        needs_commit=row.needs_commit,
    )


def _validate(name: str, host: str, port: int, database: str) -> None:
    if not name.strip():
        raise InvalidInput(translate("errors", "A target needs a name."))
    if not host.strip():
        raise InvalidInput(translate("errors", "A target needs a host."))
    if not 0 < port < 65536:
        raise InvalidInput(
            translate("errors", "The port {port} is not a number from 1 to 65535.").format(
                port=port
            )
        )
    if not database.strip() or "/" in database:
        raise InvalidInput(
            translate("errors", "'{database}' is not a database name.").format(database=database)
        )


def _checked_indexes(target: ConfiguredTarget) -> dict[str, str]:
    """Validates a target as configured; returns its index profile (the default if none)."""
    _validate(target.name, target.host, target.port, target.database)
    if target.role not in ("union", "search"):
        raise InvalidInput(
            translate("errors", "A target is for 'union' or 'search', not '{role}'.").format(
                role=target.role
            )
        )
    if target.protocol not in ("z3950", "sru"):
        raise InvalidInput(
            translate("errors", "A target speaks 'z3950' or 'sru', not '{protocol}'.").format(
                protocol=target.protocol
            )
        )
    if target.role == "union" and target.protocol != "z3950":
        raise InvalidInput(
            translate("errors", "Records go up to a union catalog over Z39.50 only (z3950).")
        )
    indexes = target.indexes or default_indexes(target.protocol)
    unknown = sorted(set(indexes) - set(USE_ATTRIBUTES))
    if unknown:
        raise InvalidInput(
            translate("errors", "Unknown index(es) {p0} in the profile.").format(
                p0=", ".join(unknown)
            )
        )
    return indexes


def _fill(row: CatalogTarget, target: ConfiguredTarget, indexes: dict[str, str]) -> None:
    row.name = target.name.strip()
    row.role = target.role
    row.protocol = target.protocol
    row.host = target.host.strip()
    row.port = target.port
    row.database = target.database.strip()
    row.user = target.user or ""
    row.path = target.path
    row.indexes = json.dumps(indexes, ensure_ascii=False)
    row.needs_commit = target.needs_commit


def _described(target: ConfiguredTarget, indexes: dict[str, str]) -> dict[str, object]:
    return {"url": target.url(), "role": target.role, "indexes": indexes}


def add_target(
    db: Database,
    actor: Actor,
    target: ConfiguredTarget,
    *,
    password: str | None = None,
) -> ConfiguredTarget:
    """Configures a union catalog (role "union": records go up to it, and it can be searched)
    or a search target (role "search"). A password goes to the system keyring, never to the
    database, and only once the target is saved: a name already taken (TargetExists) leaves
    the stored password of that target alone. Where there is no keyring, KeyringUnavailable
    is raised and nothing is saved (use QOR_SYNC_PASSWORD then)."""
    require(actor, "configure union catalog targets", Role.ADMIN)
    indexes = _checked_indexes(target)
    target = replace(target, name=target.name.strip())
    try:
        with db.write() as session:
            row = CatalogTarget()
            _fill(row, target, indexes)
            session.add(row)
            session.flush()
            record_event(
                session,
                actor,
                "unioncat.target.add",
                "catalog_target",
                target.name,
                after=_described(target, indexes),
            )
            # Last, inside the transaction: a keyring that refuses rolls the target back.
            if password is not None:
                store_password(target.name, target.user, password)
    except IntegrityError:
        raise TargetExists(target.name) from None
    return get_target(db, target.name)


def update_target(
    db: Database,
    actor: Actor,
    name: str,
    target: ConfiguredTarget,
    *,
    password: str | None = None,
) -> ConfiguredTarget:
    """Changes the target configured as `name` (it may be renamed). A new `password` replaces
    the stored one; without one, the stored password follows the target to its new name or
    user. Keyring changes come last in the transaction, so a refusal changes nothing."""
    require(actor, "configure union catalog targets", Role.ADMIN)
    indexes = _checked_indexes(target)
    target = replace(target, name=target.name.strip())
    try:
        with db.write() as session:
            row = session.execute(
                select(CatalogTarget).where(CatalogTarget.name == name)
            ).scalar_one_or_none()
            if row is None:
                raise TargetNotFound(name)
            old = _from_row(row)
            _fill(row, target, indexes)
            session.flush()
            record_event(
                session,
                actor,
                "unioncat.target.change",
                "catalog_target",
                target.name,
                before=_described(old, old.indexes) | {"name": old.name},
                after=_described(target, indexes) | {"name": target.name},
            )
            if password is not None:
                store_password(target.name, target.user, password)
                if (old.name, old.user) != (target.name, target.user):
                    delete_password(old.name, old.user)
            else:
                move_password(old.name, old.user, target.name, target.user)
    except IntegrityError:
        raise TargetExists(target.name) from None
    return get_target(db, target.name)


def remove_target(db: Database, actor: Actor, name: str) -> None:
    """Forgets a target and its password in the keyring."""
    require(actor, "configure union catalog targets", Role.ADMIN)
    with db.write() as session:
        row = session.execute(
            select(CatalogTarget).where(CatalogTarget.name == name)
        ).scalar_one_or_none()
        if row is None:
            raise TargetNotFound(name)
        before = {"url": _from_row(row).url(), "role": row.role}
        user = row.user or None
        session.delete(row)
        record_event(
            session, actor, "unioncat.target.remove", "catalog_target", name, before=before
        )
        delete_password(name, user)


def list_targets(db: Database, role: Role_ | None = None) -> list[ConfiguredTarget]:
    with db.read() as session:
        query = select(CatalogTarget).order_by(CatalogTarget.role, CatalogTarget.name)
        if role:
            query = query.where(CatalogTarget.role == role)
        return [_from_row(row) for row in session.execute(query).scalars()]


def get_target(db: Database, name: str) -> ConfiguredTarget:
    with db.read() as session:
        row = session.execute(
            select(CatalogTarget).where(CatalogTarget.name == name)
        ).scalar_one_or_none()
        if row is None:
            raise TargetNotFound(name)
        return _from_row(row)


def resolve_union_target(db: Database, ref: str) -> ConfiguredTarget:
    """A configured union catalog by name, or one given as z3950://USER@HOST:PORT/DB (a
    configured one at the same address lends its name, keyring entry and commit setting)."""
    for target in list_targets(db, "union"):
        if target.name == ref:
            return target
    if "://" not in ref:
        raise TargetNotFound(ref)
    parsed = parse_target_url(ref)
    for target in list_targets(db, "union"):
        if (target.host, target.port, target.database, target.user) == (
            parsed.host,
            parsed.port,
            parsed.database,
            parsed.user,
        ):
            return target
    return ConfiguredTarget(
        parsed.name,
        "union",
        "z3950",
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.user,
        indexes=default_indexes("z3950"),
    )


def resolve_search_target(db: Database, ref: str) -> ConfiguredTarget:
    """Any configured target by name (a union catalog can be searched too), or a URL:
    z3950://HOST:PORT/DB or http://HOST:PORT/PATH (SRU)."""
    for target in list_targets(db):
        if target.name == ref:
            return target
    parts = urllib.parse.urlsplit(ref.strip())
    if parts.scheme in ("http", "https"):
        if not parts.hostname:
            raise InvalidInput(
                translate("errors", "An SRU target is http://HOST:PORT/PATH, not {ref}").format(
                    ref=repr(ref)
                )
            )
        path = parts.path or "/"
        return ConfiguredTarget(
            f"{parts.hostname}:{parts.port or 80}{path}",
            "search",
            "sru",
            parts.hostname,
            parts.port or 80,
            path.strip("/") or "sru",
            path=path,
            indexes=default_indexes("sru"),
        )
    if "://" in ref:
        return resolve_union_target(db, ref)
    raise TargetNotFound(ref)
