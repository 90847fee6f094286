"""RUSMARC/UNIMARC -> MARC 21 -> RUSMARC over the shared real files (issue 15): every source
field must come back identical. Also says how the MARC 21 side was reached: how many source
fields needed a verbatim 887 copy (no MARC 21 home, or a subfield without one), and which
tags and subfields had no home, with counts.

    python bench/bench_rusmarc_roundtrip.py [FILE ...]   (default: the shared RUSMARC files)
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.marc.reading import ReadRecord, read_records
from app.marc.rusmarc import Scheme, detect_scheme, to_marc21, to_rusmarc

MARC_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "marc"
DEFAULT_FILES = (
    "rusmarc-loge/TEST1.ISO",
    "rusmarc-loge/TEST2.ISO",
    "rusmarc-loge/ur.iso",
    "eugeneai-pymarc/rusmarc.xml",
    "pymarc/testunimarc.dat",
)
TARGET = 100.0


def _key(field) -> tuple:  # type: ignore[no-untyped-def]
    if field.control_field:
        return (field.tag, field.data)
    return (
        field.tag,
        tuple(field.indicators or (" ", " ")),
        tuple((s.code, s.value) for s in field.subfields),
    )


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or [MARC_DATA / name for name in DEFAULT_FILES]
    records = fields_in = fields_back = shadowed = leaders_back = 0
    unmapped: Counter[str] = Counter()
    schemes: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    start = time.perf_counter()
    for path in paths:
        for item in read_records(path):
            if not isinstance(item, ReadRecord):
                continue
            source = item.record
            scheme = detect_scheme(source)
            schemes[scheme.value] += 1
            if scheme is Scheme.MARC21:
                continue
            records += 1
            result = to_marc21(source, scheme)
            back = to_rusmarc(result.record)
            want = Counter(_key(f) for f in source.fields)
            got = Counter(_key(f) for f in back.fields)
            fields_in += sum(want.values())
            fields_back += sum((want & got).values())
            lost.update(key[0] for key in (want - got).elements())
            shadowed += result.shadowed
            unmapped.update(result.unmapped)
            leaders_back += str(back.leader) == str(source.leader)
    elapsed = time.perf_counter() - start
    share = 100.0 * fields_back / fields_in if fields_in else 0.0
    print(f"files: {', '.join(p.name for p in paths)}")
    print(f"records: {records} converted ({dict(schemes)}), {elapsed:.2f} s")
    print(
        f"fields back identical: {fields_back} of {fields_in} = {share:.2f} %   "
        f"(target {TARGET:.0f} %)   leaders back: {leaders_back} of {records}"
    )
    print(
        f"source fields also kept verbatim in 887: {shadowed} "
        f"({100.0 * shadowed / max(fields_in, 1):.1f} %); the rest came back from MARC 21 alone"
    )
    print("no MARC 21 home (tag or tag$subfield: count):")
    print("  " + ", ".join(f"{k}: {v}" for k, v in unmapped.most_common()))
    if lost:
        print(f"NOT back: {dict(lost)}")
    sys.exit(0 if share >= TARGET else 1)


if __name__ == "__main__":
    main()
