"""How long until the main window is usable on a 200,000-record catalog: from process start
to the window shown with its first page of recent records loaded (offscreen).

    python bench/bench_startup.py            # builds /tmp/qor-bench-200k.sqlite once
    QOR_BENCH_DB=sqlite:///path python bench/bench_startup.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RECORDS = 200_000
TARGET_S = 2.0
USER, PASSWORD = "admin", "bench-secret"
DEFAULT_DB = Path("/tmp/qor-bench-200k.sqlite")


def build(path: Path) -> str:
    """A catalog of RECORDS records imported through the service from a generated .mrk file."""
    from app.catalog.importing import import_files
    from app.library import initialise
    from app.security.users import authenticate
    from db.session import Database

    url = f"sqlite:///{path}"
    db = Database(url)
    initialise(db, "Ұлттық академиялық кітапхана", "KZ-BENCH", USER, PASSWORD)
    actor = authenticate(db, USER, PASSWORD)
    words = ["Қазақстан", "тарихы", "әдебиет", "Абай", "ғылым", "өнер", "Ұлытау", "шежіре"]
    source = path.with_suffix(".mrk")
    with source.open("w", encoding="utf-8") as out:
        for n in range(RECORDS):
            title = f"{words[n % 8]} {words[(n // 8) % 8]} {n}"
            out.write(
                "=LDR  00000nam\\\\2200000\\i\\4500\n"
                f"=100  1\\$aАвтор {n % 5000}\n"
                f"=245  10$a{title} /$cАвтор {n % 5000}\n"
                f"=264  \\1$aАлматы :$bБаспа,$c{1950 + n % 75}\n\n"
            )
    started = time.perf_counter()
    summary = import_files(db, actor, [source], on_duplicate="add")
    print(f"built {summary.imported} records in {time.perf_counter() - started:.0f} s")
    source.unlink()
    db.dispose()
    return url


def child(url: str) -> None:
    """Runs in a fresh process: sign in, show the main window, wait for the first page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from app.library import library_info
    from app.security.users import authenticate
    from db.session import Database
    from ui.app import application
    from ui.main_window import MainWindow

    app = application()
    db = Database(url)
    window = MainWindow(db, authenticate(db, USER, PASSWORD), library_info(db))
    window.show()
    search = window.catalog.search

    def shown(_generation: int) -> None:
        print(f"READY {search.model.rowCount()} {search.model.total}", flush=True)
        QTimer.singleShot(0, app.quit)

    search.results_shown.connect(shown)
    window.catalog.start()
    app.exec()
    db.dispose()


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
        return
    url = os.environ.get("QOR_BENCH_DB")
    if not url:
        url = f"sqlite:///{DEFAULT_DB}" if DEFAULT_DB.exists() else build(DEFAULT_DB)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(3):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", url], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - started
        proc.wait()
        if not line.startswith("READY"):
            raise SystemExit(f"the window never became usable: {line!r}")
        _ready, rows, total = line.split()
        times.append(elapsed)
        print(f"  run: {elapsed:.2f} s ({rows} of {total} records shown)")
    best = min(times)
    verdict = "ok" if best < TARGET_S else "TOO SLOW"
    print(f"main window usable in {best:.2f} s (target < {TARGET_S:.0f} s) — {verdict}")


if __name__ == "__main__":
    main()
