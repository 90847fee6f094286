"""The plain `qor import` of a 30,000-record file as a user runs it — a whole process, start-up
and per-batch overheads included — against pymarc's parse of the same file in a process of
its own, side by side in one run. Target (issue 15): within 2.5 x.

Each round imports into a new, initialised SQLite catalog (made before the clock starts); the
rounds alternate which of the two runs first, as the machine's other work comes and goes, and
the median of each is compared.

    python bench/bench_import_process.py [RECORDS] [ROUNDS]     (30000, 3)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._catalog import PASSWORD, bench_dir, replicated_file

PARSE = """
import sys, pymarc
count = 0
with open(sys.argv[1], "rb") as fh:
    for record in pymarc.MARCReader(fh, to_unicode=True, force_utf8=True):
        count += record is not None
print(count)
"""
TARGET = 2.5


def _qor() -> list[str]:
    return [sys.executable, "-m", "app.cli"]


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[:4]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def main() -> None:
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    folder = bench_dir()
    source = replicated_file(records, folder / f"import-{records}.mrc")
    env = {**os.environ, "QOR_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    imports: list[float] = []
    parses: list[float] = []
    for n in range(rounds):
        db = folder / f"import-process-{n}.sqlite"
        db.unlink(missing_ok=True)
        url = f"sqlite:///{db}"
        init = [*_qor(), "--db", url, "init", "--library", "Бенчмарк", "--sigla", "KZ-BENCH"]
        subprocess.run([*init, "--admin", "admin"], env=env, check=True, capture_output=True)
        run_import = [*_qor(), "--db", url, "--user", "admin", "import", str(source), "--json"]
        run_parse = [sys.executable, "-c", PARSE, str(source)]
        order = [("import", run_import), ("parse", run_parse)]
        if n % 2:
            order.reverse()
        for name, command in order:
            took = _timed(command, env)
            (imports if name == "import" else parses).append(took)
            print(f"round {n + 1}: {name:6} {took:6.2f} s", flush=True)
    qor, bare = statistics.median(imports), statistics.median(parses)
    print(f"{records} records, median of {rounds} rounds")
    print(f"  qor import (whole process)   {qor:6.2f} s")
    print(f"  pymarc parse (own process)   {bare:6.2f} s")
    verdict = "meets" if qor / bare <= TARGET else "misses"
    print(f"  ratio {qor / bare:.2f} x   target <= {TARGET} x: {verdict}")


if __name__ == "__main__":
    main()
