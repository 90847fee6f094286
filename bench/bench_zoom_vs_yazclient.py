"""Updates per second to the union catalog over one Z39.50 connection: Qor's ZOOM binding
against yaz-client sending the same records (`update update ID <file`), each into a fresh Zebra.

    python3 bench/bench_zoom_vs_yazclient.py [--records 1000] [--rounds 3]

Prints both rates (the median of alternating rounds, since the server's ~7 ms per update is
sensitive to whatever else the machine does) and their ratio; the target is Qor at 80% of
yaz-client or better.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pymarc import Field, Indicators, Leader, Record, Subfield, record_to_xml

from app.unioncat.zoom import ZoomConnection, build_pqf
from tests.unioncat_server import ZebraServer

USER, PASSWORD = "sync", "secret"
ORG = "KZ-BENCH"


def small_records(count: int) -> list[tuple[str, str]]:
    """(identity, MARCXML) of `count` small book records."""
    records = []
    for n in range(1, count + 1):
        record = Record(force_utf8=True)
        record.leader = Leader("00000nam a22000007i 4500")
        record.add_field(Field(tag="001", data=f"{n:09d}"), Field(tag="003", data=ORG))
        record.add_field(
            Field(
                tag="100",
                indicators=Indicators("1", " "),
                subfields=[Subfield("a", "Әуезов, Мұхтар")],
            ),
            Field(
                tag="245",
                indicators=Indicators("1", "0"),
                subfields=[Subfield("a", f"Абай жолы {n}")],
            ),
        )
        xml = record_to_xml(record, namespace=True).decode("utf-8")
        records.append((f"{ORG}:{n:09d}", xml))
    return records


def count_sent(server: ZebraServer) -> int:
    with ZoomConnection(server.target()) as reader:
        return reader.search(build_pqf("any", "әуезов"), count=0).total


class Run(NamedTuple):
    rate: float  # updates per second, wall clock
    client_cpu_ms: float  # the client's own CPU time per update, whatever the machine's load


def bench_zoom(records: list[tuple[str, str]]) -> Run:
    with ZebraServer(user=(USER, PASSWORD)) as server:
        started, cpu = time.perf_counter(), time.process_time()
        with ZoomConnection(server.target(USER, PASSWORD)) as sync:
            for identity, xml in records:
                sync.update(xml, identity)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        if count_sent(server) != len(records):
            raise SystemExit("ZOOM: the server does not hold every record sent")
    return Run(len(records) / elapsed, cpu * 1000 / len(records))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_yaz_client(records: list[tuple[str, str]]) -> Run:
    work = Path(tempfile.mkdtemp(prefix="qor-bench-"))
    try:
        with ZebraServer(user=(USER, PASSWORD)) as server:
            # -u applies only to an address given on the command line, not to `open`
            commands = [f"auth {USER} {PASSWORD}", f"open tcp:127.0.0.1:{server.port}/unioncat"]
            for n, (identity, xml) in enumerate(records):
                path = work / f"{n}.xml"
                path.write_text(xml, encoding="utf-8")
                commands.append(f"update update {identity} <{path}")
            commands.append("quit")
            script = work / "commands"
            script.write_text("\n".join(commands) + "\n")
            started, cpu = time.perf_counter(), _children_cpu()
            run = subprocess.run(
                ["yaz-client", "-f", str(script)],
                capture_output=True,
                text=True,
                check=False,
            )
            elapsed, cpu = time.perf_counter() - started, _children_cpu() - cpu
            done = run.stdout.count("Status: done")
            if done != len(records) or count_sent(server) != len(records):
                tail = "\n".join(run.stdout.splitlines()[-20:])
                raise SystemExit(f"yaz-client: {done} of {len(records)} done\n{tail}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Run(len(records) / elapsed, cpu * 1000 / len(records))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    records = small_records(args.records)
    zoom_runs: list[Run] = []
    yaz_runs: list[Run] = []
    for round_ in range(args.rounds):
        # alternate who goes first so that neither always meets a busier machine
        if round_ % 2:
            yaz_runs.append(bench_yaz_client(records))
            zoom_runs.append(bench_zoom(records))
        else:
            zoom_runs.append(bench_zoom(records))
            yaz_runs.append(bench_yaz_client(records))
        print(
            f"round {round_ + 1}: Qor {zoom_runs[-1].rate:.1f}/s, "
            f"yaz-client {yaz_runs[-1].rate:.1f}/s"
        )
    print(f"{args.records} small records over one connection, a fresh Zebra for each run")
    for name, runs in (("Qor ZOOM (ctypes)", zoom_runs), ("yaz-client", yaz_runs)):
        rates = [run.rate for run in runs]
        cpu = statistics.median(run.client_cpu_ms for run in runs)
        print(
            f"{name:18} best {max(rates):6.1f}/s  median {statistics.median(rates):6.1f}/s  "
            f"client CPU {cpu:.2f} ms/update"
        )
    best = max(r.rate for r in zoom_runs) / max(r.rate for r in yaz_runs)
    median = statistics.median(r.rate for r in zoom_runs) / statistics.median(
        r.rate for r in yaz_runs
    )
    print(f"ratio Qor/yaz-client: best {best:.2f}, median {median:.2f} (target >= 0.80)")


if __name__ == "__main__":
    main()
