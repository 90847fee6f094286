"""Checks a MARC 21 bibliographic record against the format's rules, for the record editor.

The rules themselves (tags, repeatability, indicator values, subfield codes) are data, in
resources/marc/bib_rules.json; this module applies them and words each problem for a cataloger.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import pymarc

from app.i18n import QT_TRANSLATE_NOOP, translate


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    tag: str
    field_index: int | None
    code: str | None
    message: str


@dataclass(frozen=True)
class FieldRule:
    name: str
    repeatable: bool
    indicators: tuple[str | None, str | None]
    once: frozenset[str]
    many: frozenset[str]
    obsolete: bool = False
    replaced_by: str = ""
    obsolete_indicators: tuple[str, str] = ("", "")

    @property
    def codes(self) -> frozenset[str]:
        return self.once | self.many


@dataclass(frozen=True)
class Rules:
    leader_length: int
    leader_positions: dict[int, tuple[str, str]]
    control: dict[str, bool]
    control_names: dict[str, str]
    data: dict[str, FieldRule]


# What leader/06 (and /07 for continuing resources) says the 008 describes.
_MATERIAL = {
    "a": "books",
    "t": "books",
    "c": "music",
    "d": "music",
    "i": "sound recordings",
    "j": "music",
    "e": "maps",
    "f": "maps",
    "g": "visual materials",
    "k": "visual materials",
    "o": "visual materials",
    "r": "visual materials",
    "m": "computer files",
    "p": "mixed materials",
}
_MATERIAL_NAMES = (  # listed for lupdate: translated by value in the 008 message
    QT_TRANSLATE_NOOP("validation", "books"),
    QT_TRANSLATE_NOOP("validation", "continuing resources"),
    QT_TRANSLATE_NOOP("validation", "music"),
    QT_TRANSLATE_NOOP("validation", "sound recordings"),
    QT_TRANSLATE_NOOP("validation", "maps"),
    QT_TRANSLATE_NOOP("validation", "visual materials"),
    QT_TRANSLATE_NOOP("validation", "computer files"),
    QT_TRANSLATE_NOOP("validation", "mixed materials"),
)
_MAIN_ENTRIES = ("100", "110", "111", "130")
_LINKAGE = re.compile(r"^(\d{3})-")


@cache
def rules() -> Rules:
    """The MARC 21 bibliographic rules, read once from the packaged JSON."""
    text = resources.files("resources.marc").joinpath("bib_rules.json").read_text("utf-8")
    raw: dict[str, Any] = json.loads(text)
    positions = {
        int(pos): (spec["name"], spec["values"]) for pos, spec in raw["leader"]["positions"].items()
    }
    data = {
        tag: FieldRule(
            name=spec["name"],
            repeatable=spec["repeatable"],
            indicators=(spec["ind1"], spec["ind2"]),
            once=frozenset(spec["subfields"]["NR"]),
            many=frozenset(spec["subfields"]["R"]),
            obsolete=spec.get("obsolete", False),
            replaced_by=spec.get("replaced_by", ""),
            obsolete_indicators=tuple(spec.get("obsolete_indicators", ("", ""))),
        )
        for tag, spec in raw["data_fields"].items()
    }
    control = {tag: spec["repeatable"] for tag, spec in raw["control_fields"].items()}
    names = {tag: spec["name"] for tag, spec in raw["control_fields"].items()}
    return Rules(raw["leader"]["length"], positions, control, names, data)


def tag_name(tag: str) -> str | None:
    """The MARC 21 name of a tag ("Title Statement"), for the editor; None if undefined."""
    spec = rules()
    if tag in spec.data:
        return spec.data[tag].name
    return spec.control_names.get(tag)


def is_local(tag: str) -> bool:
    """9XX and X9X tags (090, 590, 949...) are each library's own: no rules apply to them."""
    return len(tag) == 3 and tag.isdigit() and "9" in (tag[0], tag[1])


def _is_system_tag(tag: str) -> bool:
    """Three capital letters (CAT, FMT, LKR): the fields Aleph and similar systems add to
    their exports. Not MARC 21, but deliberate, unlike a mistyped tag such as 24A."""
    return len(tag) == 3 and tag.isascii() and tag.isalpha() and tag.isupper()


def validate(record: pymarc.Record) -> list[Problem]:
    """Every problem of `record`: the leader's and the record's first, then field by field."""
    problems = list(_check_leader(record))
    problems.extend(_check_record(record))
    seen: Counter[str] = Counter()
    for index, field in enumerate(record.fields):
        seen[field.tag] += 1
        problems.extend(_check_field(record, field, index, seen[field.tag]))
    return problems


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(problem.severity is Severity.ERROR for problem in problems)


def _error(tag: str, index: int | None, message: str, code: str | None = None) -> Problem:
    return Problem(Severity.ERROR, tag, index, code, message)


def _warning(tag: str, index: int | None, message: str, code: str | None = None) -> Problem:
    return Problem(Severity.WARNING, tag, index, code, message)


def _shown(value: str) -> str:
    return translate("validation", "blank") if value == " " else f"'{value}'"


def _choices(values: str) -> str:
    blank = translate("validation", "blank")
    return ", ".join(blank if value == " " else value for value in values)


def _check_leader(record: pymarc.Record) -> Iterator[Problem]:
    leader = str(record.leader)
    spec = rules()
    if len(leader) != spec.leader_length:
        yield _error(
            "LDR",
            None,
            translate("validation", "The leader must be {n} characters, it has {length}").format(
                n=spec.leader_length, length=len(leader)
            ),
        )
    for pos, (name, values) in spec.leader_positions.items():
        value = leader[pos : pos + 1]
        if value and value not in values:
            yield _error(
                "LDR",
                None,
                translate(
                    "validation", "Leader/{pos} ({name}) is {value}; valid: {choices}"
                ).format(pos=f"{pos:02}", name=name, value=_shown(value), choices=_choices(values)),
            )


def _check_record(record: pymarc.Record) -> Iterator[Problem]:
    tags = [field.tag for field in record.fields]
    if "245" not in tags:
        yield _error("245", None, translate("validation", "The record has no title (field 245)"))
    else:
        index = tags.index("245")
        title = record.fields[index]
        # A saved blank template would otherwise be a record nobody can find or name.
        if not title.control_field and not any(
            sf.code == "a" and sf.value.strip() for sf in title.subfields
        ):
            yield _error(
                "245",
                index,
                translate("validation", "The title proper (245 $a) is missing or empty"),
                "a",
            )
    main = [tag for tag in tags if tag in _MAIN_ENTRIES]
    if len(main) > 1:
        # 1XX is non-repeatable as a group: one main entry per record.
        yield _error(
            main[1],
            None,
            translate(
                "validation", "A record has one main entry (1XX), this one has {n}: {tags}"
            ).format(n=len(main), tags=", ".join(main)),
        )


def _check_field(
    record: pymarc.Record, field: pymarc.Field, index: int, occurrence: int
) -> Iterator[Problem]:
    tag = field.tag
    spec = rules()
    if tag in spec.control:
        yield from _check_control(record, field, index, occurrence, spec.control[tag])
        return
    if field.control_field:
        yield _warning(tag, index, translate("validation", "Unknown tag {tag}").format(tag=tag))
        return
    if not field.subfields:
        yield _error(
            tag, index, translate("validation", "Field {tag} has no subfields").format(tag=tag)
        )
        return
    if tag == "880":
        yield from _check_linked(field, index)
        return
    if is_local(tag):
        return
    rule = spec.data.get(tag)
    if rule is None:
        if _is_system_tag(tag):
            message = translate("validation", "Tag '{tag}' is not a MARC 21 tag")
        elif not (len(tag) == 3 and tag.isdigit()):
            yield _error(
                tag,
                index,
                translate(
                    "validation", "Tag '{tag}' is impossible: a MARC 21 tag is three digits"
                ).format(tag=tag),
            )
            return
        else:
            message = translate("validation", "Unknown tag {tag}")
        yield _warning(tag, index, message.format(tag=tag))
        return
    if occurrence > 1 and not rule.repeatable:
        yield _error(tag, index, _not_repeatable(tag, _count(record, tag)))
    if rule.obsolete:
        yield _warning(
            tag,
            index,
            translate("validation", "Field {tag} is obsolete; use {other}").format(
                tag=tag, other=rule.replaced_by
            ),
        )
    yield from _check_content(field, index, tag, rule)


def _not_repeatable(tag: str, count: int) -> str:
    return translate("validation", "Field {tag} is not repeatable but occurs {n} times").format(
        tag=tag, n=count
    )


def _count(record: pymarc.Record, tag: str) -> int:
    return sum(1 for field in record.fields if field.tag == tag)


def _check_content(
    field: pymarc.Field, index: int, tag: str, rule: FieldRule, shown_as: str | None = None
) -> Iterator[Problem]:
    """Indicators and subfields of a data field; `shown_as` names an 880 by its linked tag."""
    name = shown_as or tag
    for position, (value, valid, obsolete) in enumerate(
        zip(field.indicators or "  ", rule.indicators, rule.obsolete_indicators, strict=False), 1
    ):
        if value == " " and valid is None:
            continue
        choices = translate("validation", "blank only") if valid is None else _choices(valid)
        if value in obsolete:
            # Older records (before the 1990s) carry such values; the record is still usable.
            yield _warning(
                tag,
                index,
                translate(
                    "validation",
                    "Indicator {position} of {name} is {value}, a value MARC 21 has made "
                    "obsolete; valid now: {choices}",
                ).format(position=position, name=name, value=_shown(value), choices=choices),
            )
        elif valid is None:
            # Stray values in undefined positions are common in real records and harm nothing.
            yield _warning(
                tag,
                index,
                translate(
                    "validation",
                    "Indicator {position} of {name} is undefined and should be blank; "
                    "it is {value}",
                ).format(position=position, name=name, value=_shown(value)),
            )
        elif value not in valid:
            yield _error(
                tag,
                index,
                translate(
                    "validation", "Indicator {position} of {name} is {value}; valid: {choices}"
                ).format(position=position, name=name, value=_shown(value), choices=choices),
            )
    counts: Counter[str] = Counter()
    for subfield in field.subfields:
        code = subfield.code
        counts[code] += 1
        if code not in rule.codes:
            shown = f"${code}" if code.isprintable() and code.strip() else f"code {code!r}"
            message = translate("validation", "Subfield {code} is not defined for {name}")
            yield _warning(tag, index, message.format(code=shown, name=name), code)
        elif code in rule.once and counts[code] == 2:
            yield _warning(
                tag,
                index,
                translate(
                    "validation",
                    "Subfield ${code} of {name} is not repeatable but occurs {n} times",
                ).format(code=code, name=name, n=sum(1 for s in field.subfields if s.code == code)),
                code,
            )
        if not subfield.value.strip() and not (tag == "245" and code == "a"):
            # An empty 245 $a is the record-level error already.
            message = translate("validation", "Subfield ${code} of {name} is empty")
            yield _warning(tag, index, message.format(code=code, name=name), code)


def _check_linked(field: pymarc.Field, index: int) -> Iterator[Problem]:
    """An 880 carries another field in another script: check it by the rules of that field."""
    linkage = field.get("6")
    match = _LINKAGE.match(linkage or "")
    if match is None:
        yield _error(
            "880",
            index,
            translate(
                "validation",
                "Field 880 needs subfield $6 naming the field it pairs with (e.g. 245-01)",
            ),
            "6",
        )
        return
    linked = match.group(1)
    rule = rules().data.get(linked)
    if rule is None:
        if not is_local(linked):
            message = translate("validation", "Field 880 is linked to unknown tag {tag}")
            yield _warning("880", index, message.format(tag=linked), "6")
        return
    yield from _check_content(field, index, "880", rule, shown_as=f"880 (linked {linked})")


def _check_control(
    record: pymarc.Record, field: pymarc.Field, index: int, occurrence: int, repeatable: bool
) -> Iterator[Problem]:
    tag = field.tag
    if field.subfields or not field.control_field:
        message = translate("validation", "Control field {tag} cannot have indicators or subfields")
        yield _error(tag, index, message.format(tag=tag))
        return
    if occurrence > 1 and not repeatable:
        yield _error(tag, index, _not_repeatable(tag, _count(record, tag)))
    data = field.data or ""
    if tag == "008":
        if len(data) != 40:
            material = _MATERIAL.get(str(record.leader)[6:7], "")
            if str(record.leader)[7:8] in ("b", "i", "s") and material == "books":
                material = "continuing resources"
            message = (
                translate("validation", "008 must be 40 characters for {material}, it has {n}")
                if material
                else translate("validation", "008 must be 40 characters, it has {n}")
            )
            material = translate("validation", material) if material else ""
            yield _error(tag, index, message.format(material=material, n=len(data)))
    elif tag == "005":
        if not _valid_005(data):
            yield _warning(
                tag,
                index,
                translate(
                    "validation",
                    "005 should be the date and time as yyyymmddhhmmss.f, it is '{data}'",
                ).format(data=data),
            )
    elif tag == "006" and len(data) != 18:
        message = translate("validation", "006 must be 18 characters, it has {n}")
        yield _error(tag, index, message.format(n=len(data)))
    elif not data.strip():
        message = translate("validation", "Control field {tag} is empty")
        yield _error(tag, index, message.format(tag=tag))


def _valid_005(data: str) -> bool:
    if not re.fullmatch(r"\d{14}\.\d", data):
        return False
    try:
        datetime.strptime(data[:14], "%Y%m%d%H%M%S")
    except ValueError:
        return False
    return True
