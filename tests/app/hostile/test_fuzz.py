"""A seeded fuzzer over what Qor reads from outside (issue 17): ISO 2709, MARCXML and .mrk
files with structure mutations, foreign encodings, NUL and control bytes, huge and empty
values; and handheld scanner files. Every case must end in bounded time and memory with no
exception but a clear InvalidInput, keep the good records around the damaged one, and report
the bad ones. Most cases go through the reader; a subset through the whole import (and the
scanner files through the audit import) on SQLite and PostgreSQL.

QOR_FUZZ_CASES sets the number of reader cases (default 3000); QOR_FUZZ_SEED the seed (a
failure names the seed and case, and the same seed replays it)."""

from __future__ import annotations

import os
import random
import signal
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.audit.audits import open_audit
from app.audit.scanfile import import_scan_file
from app.catalog.importing import import_files
from app.catalog.search import search
from app.errors import InvalidInput
from app.marc import ReadFailure, ReadRecord, read_bytes
from app.marc.mrk import record_to_mrk
from app.marc.reading import structure_problem
from app.marc.writing import record_to_marcxml
from app.security.roles import Actor
from db.session import Database
from tests.app.audit.conftest import Fund
from tests.records import book

CASES = int(os.environ.get("QOR_FUZZ_CASES", "3000"))
SEED = int(os.environ.get("QOR_FUZZ_SEED", "17"))
IMPORT_CASES = max(6, CASES // 250)  # per database
SECONDS_PER_FILE = 5
BYTES_PER_FILE = 64 * 1024 * 1024

_HOSTILE_BYTES = b"\x00\x01\x1b\x1d\x1e\x1f\x7f\x80\xa0\xc0\xe1\xfe\xff\r\n 0123456789$=\\{}<>&\"'"
_HOSTILE_TEXT = "\x00\x01\x1b\x1d\x1e\x1f\x7f\u0085\u2028\ufeff\ufffd$=\\{}<>&\"' \n\t"


class _TooSlow(Exception):
    pass


@contextmanager
def _bounded(what: str) -> Iterator[None]:
    """Fail `what` when it runs longer than SECONDS_PER_FILE or allocates more than
    BYTES_PER_FILE at its peak."""

    def expire(*_: object) -> None:
        raise _TooSlow(f"{what}: more than {SECONDS_PER_FILE} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_FILE)
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
        assert peak < BYTES_PER_FILE, f"{what}: {peak} bytes at the peak"
    finally:
        tracemalloc.stop()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _good(rng: random.Random, n: int, tag: str) -> list:
    titles = ["Абай жолы", "Қан мен тер", "Көшпенділер", "Ақ кеме", "Жер", "Мұз"]
    return [
        book(f"{rng.choice(titles)} {tag}-{n}-{i}", "Әуезов, Мұхтар", isbn="", control=f"{tag}{i}")
        for i in range(3)
    ]


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(9)
        pos = rng.randrange(len(out) + 1)
        if kind == 0 and out:  # flip a byte
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        elif kind == 1:  # a hostile byte
            out[pos:pos] = bytes([rng.choice(_HOSTILE_BYTES)])
        elif kind == 2:  # cut
            del out[pos : pos + rng.randint(1, 40)]
        elif kind == 3 and len(out) >= 5:  # the leader's length lies
            out[0:5] = rng.choice([b"00000", b"99999", b"00024", b"%05d" % rng.randrange(100000)])
        elif kind == 4 and len(out) > 17:  # the base address lies
            out[12:17] = b"%05d" % rng.randrange(100000)
        elif kind == 5 and len(out) > 40:  # a directory entry lies
            at = 24 + 12 * rng.randrange(max(1, (len(out) - 24) // 12 // 4))
            out[at : at + 12] = bytes(rng.choice(b"0123456789 \x00") for _ in range(12))
        elif kind == 6:  # a huge value
            out[pos:pos] = bytes([rng.choice(b"a\xd0\xe1")]) * rng.choice([100, 10000, 70000])
        elif kind == 7:  # foreign encodings
            out[pos:pos] = rng.choice(["Қазақ".encode("cp1251", "replace"), "Жер".encode("cp866")])
        else:  # terminators where they do not belong
            out[pos:pos] = rng.choice([b"\x1d", b"\x1e", b"\x1f", b"\x1e\x1d"])
    return bytes(out)


def _mutate_text(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(6)
        pos = rng.randrange(len(chars) + 1)
        if kind == 0:
            chars[pos:pos] = [rng.choice(_HOSTILE_TEXT)]
        elif kind == 1:
            del chars[pos : pos + rng.randint(1, 20)]
        elif kind == 2:
            code = rng.choice(["D800", "DFFF", "FFFFFF", "110000", "0000", "001F", "FFFE", "41"])
            chars[pos:pos] = list(f"{{U+{code}}}")
        elif kind == 3:
            chars[pos:pos] = ["x"] * rng.choice([1000, 100000])
        elif kind == 4:
            chars[pos:pos] = list(rng.choice(['tag="2450"', 'code=""', "<record/>", "&#0;"]))
        else:
            chars[pos:pos] = [chr(rng.randrange(0x20, 0x3000))]
    return "".join(chars)


def _iso_case(rng: random.Random, n: int) -> tuple[bytes, list, bool]:
    first, middle, last = _good(rng, n, "iso")
    bad = _mutate_bytes(rng, middle.as_marc())
    keeps_last = bad.endswith(b"\x1d")
    return first.as_marc() + bad + last.as_marc(), [first, last], keeps_last


def _xml_case(rng: random.Random, n: int) -> tuple[bytes, list, bool]:
    first, middle, last = _good(rng, n, "xml")
    body = _mutate_text(rng, record_to_marcxml(middle))
    text = (
        '<collection xmlns="http://www.loc.gov/MARC21/slim">'
        + record_to_marcxml(first)
        + body
        + record_to_marcxml(last)
        + "</collection>"
    )
    data = text.encode("utf-8", "surrogatepass")
    return data, [first, last], False  # a malformed element ends the readable part


def _mrk_case(rng: random.Random, n: int) -> tuple[bytes, list, bool]:
    first, middle, last = _good(rng, n, "mrk")
    body = _mutate_text(rng, record_to_mrk(middle)).replace("\n\n", "\n")
    data = "\n".join([record_to_mrk(first), body, record_to_mrk(last)]).encode(
        "utf-8", "surrogatepass"
    )
    # A mutation that leaves invalid UTF-8 changes how the whole file is decoded.
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data, [], False
    return data, [first], not body.strip() or body.count("\n") == record_to_mrk(middle).count("\n")


_MAKERS: dict[str, Callable[[random.Random, int], tuple[bytes, list, bool]]] = {
    "iso2709": _iso_case,
    "marcxml": _xml_case,
    "mrk": _mrk_case,
}


def _shape(record) -> list:
    return [
        (f.tag, f.data)
        if f.is_control_field()
        else (f.tag, tuple(f.indicators), tuple(map(tuple, f.subfields)))
        for f in record.fields
    ]


def _check_read(data: bytes, format: str, kept: list, keeps_last: bool, what: str) -> None:
    with _bounded(what):
        try:
            results = list(read_bytes(data, format=format))
        except InvalidInput:
            return  # a clear refusal of the whole file
    for result in results:
        assert isinstance(result, ReadRecord | ReadFailure), what
        if isinstance(result, ReadFailure):
            assert result.reason and isinstance(result.reason, str), what
            continue
        assert structure_problem(result.record) is None, what
        assert "\x00" not in str(result.record.as_json()), what
    read = [_shape(r.record) for r in results if isinstance(r, ReadRecord)]
    if kept:
        assert read and read[0] == _shape(kept[0]), f"{what}: the first good record was lost"
    if keeps_last and len(kept) > 1:
        assert read[-1] == _shape(kept[-1]), f"{what}: the last good record was lost"


@pytest.mark.parametrize("format", list(_MAKERS))
def test_fuzzed_files_through_the_reader(format: str) -> None:
    rng = random.Random(f"{SEED}-{format}")
    for n in range(CASES // len(_MAKERS)):
        data, kept, keeps_last = _MAKERS[format](rng, n)
        _check_read(data, format, kept, keeps_last, f"seed {SEED}, {format} case {n}")


@pytest.mark.parametrize("format", list(_MAKERS))
def test_fuzzed_files_through_the_import(
    db: Database, admin: Actor, tmp_path: Path, format: str
) -> None:
    rng = random.Random(f"{SEED}-import-{format}")
    suffix = {"iso2709": ".mrc", "marcxml": ".xml", "mrk": ".mrk"}[format]
    for n in range(IMPORT_CASES):
        data, kept, _ = _MAKERS[format](rng, n)
        path = tmp_path / f"case-{n}{suffix}"
        path.write_bytes(data)
        what = f"seed {SEED}, import of {format} case {n}"
        with _bounded(what):
            summary = import_files(db, admin, [path], format=format)
        for rejection in summary.rejected:
            assert rejection.reason and rejection.file == str(path), what
        if kept:
            title = kept[0]["245"]["a"]
            assert search(db, f'ti:"{title}"').total >= 1, f"{what}: {title} was not imported"


def _scan_lines(rng: random.Random, good: list[str]) -> tuple[bytes, set[str]]:
    lines: list[bytes] = [b"@RR-1"]
    kept: set[str] = set()
    for _ in range(rng.randint(5, 40)):
        kind = rng.randrange(8)
        if kind < 3:
            code = rng.choice(good)
            lines.append(code.encode())
            kept.add(code)
        elif kind == 3:
            lines.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 30))))
        elif kind == 4:
            year = rng.choice(["0001", "9999", "2026", "10000", "-1"])
            zone = rng.choice(["+14:00", "-14:00", "Z", "", "\x00"])
            lines.append(f"{rng.choice(good)};{year}-01-01T00:00:00{zone}".encode())
        elif kind == 5:
            lines.append(rng.choice(good).encode("utf-16-le"))
        elif kind == 6:
            lines.append(rng.choice([b"\x00", b"@", b"@\x00", b";;;", b"a,b,c,d", b"x" * 100]))
        else:
            lines.append(f"{rng.choice(good)},2026-11-20T10:16:00,RR-1".encode())
    return b"\n".join(lines) + b"\n", kept


def test_fuzzed_scanner_files(fund: Fund, tmp_path: Path) -> None:
    db, checker = fund.db, fund.checker
    audit = open_audit(db, checker, prefixes=["RR"]).id
    good = fund.barcodes("RR-1")
    rng = random.Random(f"{SEED}-scan")
    for n in range(IMPORT_CASES * 2):
        data, kept = _scan_lines(rng, good)
        path = tmp_path / f"gun-{n}.txt"
        path.write_bytes(data)
        what = f"seed {SEED}, scanner file {n}"
        with _bounded(what):
            result = import_scan_file(db, checker, audit, path, device=f"gun-{n}")
        for rejection in result.rejected:
            assert rejection.reason.isprintable(), what
        assert result.recorded + result.already_imported + len(result.rejected) <= len(
            data.splitlines()
        ), what
        if kept:
            assert result.recorded + result.already_imported >= 1, what
