"""How long 1,000 barcode labels take to become a PDF (target: under 3 s).

Run: python bench/bench_labels.py
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.intake.barcodes import BarcodeScheme, make_barcode
from app.intake.labels import BarcodeLabel, SpineLabel, render_labels

COUNT = 1000
TARGET_SECONDS = 3.0
LIBRARY = "Ұлттық академиялық кітапхана"


def labels(scheme: BarcodeScheme) -> list[BarcodeLabel | SpineLabel]:
    result: list[BarcodeLabel | SpineLabel] = []
    for n in range(1, COUNT + 1):
        inventory = f"{n + 120_000:07d}"
        code = make_barcode(scheme, inventory_number=inventory, sequence=n, library_prefix="0421")
        result.append(BarcodeLabel(code, scheme.symbology, inventory, LIBRARY, "Абай жолы"))
    return result


def main() -> None:
    render_labels(io.BytesIO(), labels(BarcodeScheme.CODABAR14)[:3])  # fonts registered
    for scheme in BarcodeScheme:
        batch = labels(scheme)  # fresh codes: no pattern is cached yet
        buffer = io.BytesIO()
        started = time.perf_counter()
        pages = render_labels(buffer, batch, "a4-3x8")
        elapsed = time.perf_counter() - started
        verdict = "ok" if elapsed < TARGET_SECONDS else "TOO SLOW"
        print(
            f"{COUNT} labels: {elapsed:.2f} s (target < {TARGET_SECONDS:g} s) {verdict} — "
            f"{scheme.value}, {pages} pages, {len(buffer.getvalue()) // 1024} KiB"
        )


if __name__ == "__main__":
    main()
