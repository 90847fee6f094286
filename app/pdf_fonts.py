"""The fonts of every PDF Qor draws (DejaVu, which has the Kazakh letters), registered with
reportlab once per process: labels, registers, acts."""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_CONDENSED = "DejaVuSansCondensed"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_CONDENSED: "DejaVuSansCondensed.ttf",
}


@cache
def register_fonts() -> None:
    fonts = resources.files("resources.fonts")
    for name, filename in FONT_FILES.items():
        with resources.as_file(fonts / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
