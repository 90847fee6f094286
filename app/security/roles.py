"""The roles a user may hold and the check every service makes before it changes anything."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied


class Role(StrEnum):
    CATALOGER = "cataloger"
    INTAKE = "intake"
    STOCK_CHECKER = "stock-checker"
    ADMIN = "admin"

    @classmethod
    def parse(cls, text: str) -> Role:
        aliases = {
            "intake-operator": cls.INTAKE,
            "administrator": cls.ADMIN,
            "stockchecker": cls.STOCK_CHECKER,
            "stock_checker": cls.STOCK_CHECKER,
        }
        key = text.strip().lower()
        if key in aliases:
            return aliases[key]
        try:
            return cls(key)
        except ValueError:
            valid = ", ".join(r.value for r in cls)
            raise ValueError(f"Unknown role '{text}'; roles are: {valid}.") from None


@dataclass(frozen=True)
class Actor:
    """Who is doing the action: the signed-in user, as services see them."""

    user_id: int
    name: str
    roles: frozenset[Role]

    def has(self, *roles: Role) -> bool:
        return Role.ADMIN in self.roles or any(r in self.roles for r in roles)


def require(actor: Actor, action: str, *roles: Role) -> None:
    """Refuse `action` unless the actor holds one of `roles` (administrators hold all)."""
    if not actor.has(*roles):
        raise PermissionDenied(actor.name, action, tuple(r.value for r in roles))


SYSTEM = Actor(user_id=0, name="system", roles=frozenset({Role.ADMIN}))
