"""What the КСУ needs to know of a record beyond its leader: its branch of knowledge, from
the first UDC class (080) or BBK class (084) by the table resources/registers/branches.json
(replaceable, see app.registers.tables); whether it is children's literature (008/22, the
target audience); and its language group — Kazakh, Russian, other — from 008/35-37, or the
first language of 041 $a when the record is in several languages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.errors import InvalidInput
from app.i18n import translate
from app.registers.tables import read_table, table_source

BRANCHES = ("socio-political", "natural-sciences", "technology", "agriculture", "arts-sport",
            "fiction", "other")  # fmt: skip
LANGUAGE_GROUPS = ("kaz", "rus", "other")
CHILDREN = "children"


@dataclass(frozen=True)
class BranchTable:
    udc: dict[str, str]
    bbk: dict[str, str]
    children: frozenset[str]

    def branch(self, udc: str, bbk: str) -> str:
        for code, table in ((udc, self.udc), (bbk, self.bbk)):
            code = code.strip()
            if not code:
                continue
            for length in range(len(code), 0, -1):
                group = table.get(code[:length])
                if group is not None:
                    return group
        return "other"


@cache
def branch_table() -> BranchTable:
    name = "branches.json"
    try:
        data: dict[str, Any] = json.loads(read_table(name))
        udc, bbk = dict(data["udc"]), dict(data["bbk"])
        children = frozenset(data.get("children", ()))
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            translate("errors", "The branch table {source} is not valid: {error}").format(
                source=table_source(name), error=exc
            )
        ) from exc
    for key, group in [*udc.items(), *bbk.items()]:
        if group not in BRANCHES:
            raise InvalidInput(
                translate(
                    "errors",
                    "The branch table {source} sends '{key}' to '{group}'; the groups are: "
                    "{groups}.",
                ).format(
                    source=table_source(name), key=key, group=group, groups=", ".join(BRANCHES)
                )
            )
    return BranchTable(udc, bbk, children)


@dataclass(frozen=True)
class Profile:
    branch: str
    children: bool
    language: str


def profile(marc: str) -> Profile:
    """A stored record's (JSON, app.marc.codec) branch, audience and language group."""
    try:
        leader, fields = json.loads(marc)
    except (ValueError, TypeError):
        return Profile("other", False, "other")
    f008 = ""
    udc = bbk = ""
    languages: list[str] = []
    for field in fields:
        tag = field[0]
        if tag == "008" and len(field) == 2:
            f008 = field[1]
        elif tag in ("080", "084", "041") and len(field) > 3:
            values = [field[i + 1] for i in range(3, len(field) - 1, 2) if field[i] == "a"]
            if tag == "080" and not udc and values:
                udc = values[0]
            elif tag == "084" and not bbk and values:
                bbk = values[0]
            elif tag == "041":
                languages += [v.strip().lower()[:3] for v in values]
    table = branch_table()
    language = f008[35:38].strip().lower() if len(f008) >= 38 else ""
    if len(languages) > 1 or language in ("", "mul", "und", "|||"):
        language = languages[0] if languages else language
    group = language if language in ("kaz", "rus") else "other"
    audience = f008[22] if len(f008) > 22 and str(leader)[6:7] in "at" else ""
    return Profile(table.branch(udc, bbk), audience in table.children, group)
