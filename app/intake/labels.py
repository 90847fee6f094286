"""Label PDFs for the intake desk: barcode labels and spine labels on sheet or roll templates.

Bars are drawn as vector rectangles from python-barcode's module patterns (one filled path per
barcode, adjacent bars merged), so they print crisp at any printer resolution. Text is set in
DejaVu, which has the Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І). Cells are counted from 1,
left to right and then down, as the labels sit on the sheet.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import barcode
from barcode.codabar import CODABAR
from barcode.errors import BarcodeError
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.errors import InvalidInput
from app.i18n import translate
from app.intake import code128
from app.intake.barcodes import ean13_check_digit
from app.pdf_fonts import FONT, FONT_BOLD, FONT_CONDENSED, register_fonts

MIN_MODULE_MM = 0.25  # the narrowest bar a library's hand scanner reads reliably
MAX_MODULE_MM = 0.4  # wider bars only make a short number sprawl across the label
PRINTER_DOT_MM = 25.4 / 203  # one dot of the common thermal label printers
SIDE_MM = 1.5  # kept clear at each edge of a cell: die-cut sheets shift that much
TOP_MM = 2.0
MIN_BARS_MM = 6.0
MAX_BARS_MM = 16.0


SYMBOLOGIES = ("code128", "codabar", "ean13")
_SYMBOLOGY_ALIASES = {
    "code128-inventory": "code128",
    "codabar14": "codabar",
    "nw-7": "codabar",
    "ean13-internal": "ean13",
    "ean-13": "ean13",
}


@dataclass(frozen=True)
class LabelTemplate:
    """A sheet (or roll) of labels. Lengths in millimetres, measured from the page's top left."""

    name: str
    description: str
    product: str
    page_width_mm: float
    page_height_mm: float
    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float
    left_margin_mm: float
    top_margin_mm: float
    column_pitch_mm: float
    row_pitch_mm: float

    @property
    def cells_per_page(self) -> int:
        return self.columns * self.rows

    def cell_box_mm(self, cell: int) -> tuple[float, float, float, float]:
        """Left, top, width and height of `cell` (1-based) on its page, from the top left."""
        if not 1 <= cell <= self.cells_per_page:
            raise InvalidInput(
                translate(
                    "errors",
                    "Cell {cell} is not on the {name} sheet (cells 1 to {cells_per_page}).",
                ).format(cell=cell, name=self.name, cells_per_page=self.cells_per_page)
            )
        row, column = divmod(cell - 1, self.columns)
        return (
            self.left_margin_mm + column * self.column_pitch_mm,
            self.top_margin_mm + row * self.row_pitch_mm,
            self.label_width_mm,
            self.label_height_mm,
        )


@dataclass
class BarcodeLabel:
    """A copy's barcode label. `symbology` is "code128", "codabar" or "ean13" (a barcode
    scheme's name is accepted too); a Codabar barcode is printed between A…A."""

    barcode: str
    symbology: str
    inventory_number: str
    library_name: str
    title: str = ""


@dataclass
class SpineLabel:
    """A spine label: the call number's lines (see `callnumbers.spine_lines`, edited at will)."""

    lines: list[str] = field(default_factory=list)
    inventory_number: str = ""


@dataclass(frozen=True)
class _Bars:
    runs: tuple[tuple[int, int], ...]  # (start, width) of each bar, in units
    units: int  # the symbol's width with both quiet zones, in units
    quiet_left: int
    narrow: int  # units per narrow bar (the X dimension)
    text: str  # the human-readable line


def list_templates() -> list[LabelTemplate]:
    return list(_templates().values())


def get_template(name: str | LabelTemplate) -> LabelTemplate:
    if isinstance(name, LabelTemplate):
        return name
    templates = _templates()
    if name not in templates:
        raise InvalidInput(
            translate("errors", "Unknown label template '{name}'; templates are: {p1}.").format(
                name=name, p1=", ".join(templates)
            )
        )
    return templates[name]


def render_labels(
    out: Path | BinaryIO,
    labels: Sequence[BarcodeLabel | SpineLabel],
    template: str | LabelTemplate = "a4-3x8",
    start_position: int = 1,
) -> int:
    """Write `labels` as a PDF to `out`, starting at cell `start_position` (1-based) of the
    first, partly used sheet. Returns the number of pages. Nothing is written if any label is
    unprintable."""
    pdf = _render(labels, get_template(template), start_position)
    if isinstance(out, Path):
        out.write_bytes(pdf.data)
    else:
        out.write(pdf.data)
    return pdf.pages


def preview_png(
    labels: Sequence[BarcodeLabel | SpineLabel],
    template: str | LabelTemplate = "a4-3x8",
    start_position: int = 1,
    page: int = 0,
    dpi: int = 110,
) -> bytes:
    """Page `page` (0-based) of the labels' PDF as a PNG, for the print preview."""
    import pypdfium2 as pdfium

    pdf = _render(labels, get_template(template), start_position)
    if not 0 <= page < pdf.pages:
        raise InvalidInput(
            translate("errors", "The labels fill {pages} page(s); there is no page {p1}.").format(
                pages=pdf.pages, p1=page + 1
            )
        )
    document = pdfium.PdfDocument(pdf.data)
    try:
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def barcode_width_mm(symbology: str, code: str, module_mm: float = MIN_MODULE_MM) -> float:
    """The width a barcode takes, quiet zones included, at narrow bars of `module_mm`."""
    bars = _bars(_symbology(symbology), code)
    return bars.units * module_mm / bars.narrow


@dataclass(frozen=True)
class _Pdf:
    data: bytes
    pages: int


def _render(
    labels: Sequence[BarcodeLabel | SpineLabel], template: LabelTemplate, start_position: int
) -> _Pdf:
    if not 1 <= start_position <= template.cells_per_page:
        raise InvalidInput(
            translate(
                "errors",
                "Start position {start_position} is not on the {name} sheet "
                "(positions 1 to {cells_per_page}).",
            ).format(
                start_position=start_position,
                name=template.name,
                cells_per_page=template.cells_per_page,
            )
        )
    if not labels:
        raise InvalidInput(translate("errors", "There are no labels to print."))
    register_fonts()
    buffer = io.BytesIO()
    page_size = (template.page_width_mm * mm, template.page_height_mm * mm)
    canvas = Canvas(buffer, pagesize=page_size, pageCompression=1, invariant=1)
    canvas.setTitle("Qor labels")
    canvas.setCreator("Qor")
    pages = 1
    for offset, label in enumerate(labels):
        page_index, cell_index = divmod(start_position - 1 + offset, template.cells_per_page)
        if page_index + 1 > pages:
            canvas.showPage()
            pages += 1
        left, top, width, height = template.cell_box_mm(cell_index + 1)
        x, y = left * mm, (template.page_height_mm - top - height) * mm
        if isinstance(label, BarcodeLabel):
            _draw_barcode_label(canvas, label, template, x, y, width * mm, height * mm)
        else:
            _draw_spine_label(canvas, label, template, x, y, width * mm, height * mm)
    canvas.showPage()
    canvas.save()
    return _Pdf(buffer.getvalue(), pages)


def _draw_barcode_label(
    canvas: Canvas,
    label: BarcodeLabel,
    template: LabelTemplate,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    symbology = _symbology(label.symbology)
    bars = _bars(symbology, label.barcode.strip())
    inner = width - 2 * SIDE_MM * mm
    unit = min(MAX_MODULE_MM * mm / bars.narrow, inner / bars.units)
    if unit * bars.narrow < MIN_MODULE_MM * mm - 1e-9:
        needed = bars.units * MIN_MODULE_MM / bars.narrow + 2 * SIDE_MM
        raise InvalidInput(
            translate(
                "errors",
                "Barcode {barcode} ({symbology}) does not fit a {label_width_mm} "
                "mm wide {name} label: at the smallest scannable bar of "
                "{MIN_MODULE_MM} mm it needs {needed} mm.",
            ).format(
                barcode=label.barcode,
                symbology=symbology,
                label_width_mm=format(template.label_width_mm, "g"),
                name=template.name,
                MIN_MODULE_MM=MIN_MODULE_MM,
                needed=format(needed, ".1f"),
            )
        )
    unit = _whole_printer_dots(unit, bars.narrow)
    centre = x + width / 2
    text_width = width - 2 * SIDE_MM * mm
    top = y + height - TOP_MM * mm
    for text, size in ((label.library_name.strip(), 6.5), (label.title.strip(), 6.5)):
        if text:
            font = FONT_CONDENSED
            top -= size
            canvas.setFont(font, size)
            canvas.drawCentredString(centre, top, _fit(text, font, size, text_width))
            top -= size * 0.35
    # Under the bars: the human-readable code, then the inventory number if it differs.
    inventory = label.inventory_number.strip()
    below = [(bars.text, FONT_BOLD if inventory == bars.text else FONT)]
    if inventory and inventory != bars.text:
        below.append((_fit(f"№ {inventory}", FONT_BOLD, 8, inner), FONT_BOLD))
    leading = 8 * 1.2
    text_block = 2 + leading * len(below)
    floor = y + TOP_MM * mm * 0.75
    free = top - 1 * mm - floor
    bar_height = min(free - text_block, MAX_BARS_MM * mm)
    if bar_height < MIN_BARS_MM * mm:
        raise InvalidInput(
            translate(
                "errors", "The {name} label is too low for barcode {barcode} and its text."
            ).format(name=template.name, barcode=label.barcode)
        )
    # The bars and their text stay together, centred in what the header leaves.
    block_bottom = floor + (free - bar_height - text_block) / 2
    for i, (text, font) in enumerate(reversed(below)):
        canvas.setFont(font, 8)
        canvas.drawCentredString(centre, block_bottom + 2 + i * leading, text)
    bar_bottom = block_bottom + text_block
    left = centre - bars.units * unit / 2 + bars.quiet_left * unit
    path = canvas.beginPath()
    for start, run in bars.runs:
        path.rect(left + start * unit, bar_bottom, run * unit, bar_height)
    canvas.drawPath(path, stroke=0, fill=1)


def _whole_printer_dots(unit: float, narrow: int) -> float:
    """`unit` (points) shrunk to a whole number of a 203-dpi label printer's dots, where the
    smallest scannable bar allows. A thermal printer cannot print 3.2 dots: it rounds each edge,
    bars of one width come out 3 and 4 dots wide, and a reader can decode a wrong but valid
    EAN-13 from such a row (seen at 203 dpi). Whole dots keep every bar's width exact there;
    laser printers (300, 600 dpi) have modules of several dots, where rounding costs little."""
    dots = math.floor(unit / mm / PRINTER_DOT_MM + 1e-9)
    if dots * PRINTER_DOT_MM * narrow < MIN_MODULE_MM - 1e-3:
        return unit
    return dots * PRINTER_DOT_MM * mm


def _draw_spine_label(
    canvas: Canvas,
    label: SpineLabel,
    template: LabelTemplate,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    lines = [line.strip() for line in label.lines if line.strip()]
    if not lines:
        raise InvalidInput(translate("errors", "A spine label has no call number lines."))
    inner_width = width - 2 * SIDE_MM * mm
    inner_height = height - 2 * TOP_MM * mm
    inventory = label.inventory_number.strip()
    if inventory:
        canvas.setFont(FONT, 6.5)
        canvas.drawCentredString(x + width / 2, y + TOP_MM * mm, inventory)
        inner_height -= 6.5 * 1.4
    widest = max(pdfmetrics.stringWidth(line, FONT_BOLD, 1) for line in lines)
    size = min(16.0, inner_height / (len(lines) * 1.2), inner_width / widest)
    if size < 6:
        raise InvalidInput(
            translate("errors", "The call number ({p0}) is too long for a {name} label.").format(
                p0=" / ".join(lines), name=template.name
            )
        )
    leading = size * 1.2
    block = leading * len(lines)
    first = y + height - TOP_MM * mm - (inner_height - block) / 2 - size
    canvas.setFont(FONT_BOLD, size)
    for i, line in enumerate(lines):
        canvas.drawCentredString(x + width / 2, first - i * leading, line)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis if it is wider than `width`."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _symbology(name: str) -> str:
    key = name.strip().lower()
    key = _SYMBOLOGY_ALIASES.get(key, key)
    if key not in SYMBOLOGIES:
        raise InvalidInput(
            translate(
                "errors", "Unknown barcode symbology '{name}'; symbologies are: {p1}."
            ).format(name=name, p1=", ".join(SYMBOLOGIES))
        )
    return key


@lru_cache(maxsize=8192)
def _bars(symbology: str, code: str) -> _Bars:
    """The bars of a barcode, computed once per code (the preview redraws the same labels)."""
    if not code:
        raise InvalidInput(translate("errors", "A barcode label has an empty barcode."))
    try:
        if symbology == "code128":
            if not all("\x20" <= c <= "\x7e" for c in code):
                raise InvalidInput(
                    translate(
                        "errors", "Barcode '{code}': Code 128 prints only ASCII characters."
                    ).format(code=code)
                )
            pattern = code128.modules(code)
            return _from_pattern(pattern, 10, 10, 1, code)
        if symbology == "codabar":
            stops = "ABCD"
            framed = code if code[0] in stops and code[-1] in stops else f"A{code}A"
            # Wide bars 2.5 times the narrow, in half-narrow units; quiet zones 10 narrow.
            pattern = CODABAR(framed, narrow=2, wide=5).build()[0]
            return _from_pattern(pattern, 20, 20, 2, framed[1:-1])
        if len(code) != 13 or not code.isdigit() or ean13_check_digit(code[:12]) != code[12]:
            raise InvalidInput(
                translate(
                    "errors", "Barcode '{code}' is not an EAN-13 (13 digits, valid check)."
                ).format(code=code)
            )
        pattern = barcode.get("ean13", code[:12]).build()[0]
        return _from_pattern(pattern, 11, 7, 1, code)
    except BarcodeError as error:
        raise InvalidInput(
            translate(
                "errors", "Barcode '{code}' cannot be printed as {symbology}: {error}"
            ).format(code=code, symbology=symbology, error=error)
        ) from None


def _from_pattern(pattern: str, quiet_left: int, quiet_right: int, narrow: int, text: str) -> _Bars:
    runs: list[tuple[int, int]] = []
    start = -1
    for i, module in enumerate(pattern + "0"):
        if module == "1" and start < 0:
            start = i
        elif module != "1" and start >= 0:
            runs.append((start, i - start))
            start = -1
    return _Bars(tuple(runs), quiet_left + len(pattern) + quiet_right, quiet_left, narrow, text)


@cache
def _templates() -> dict[str, LabelTemplate]:
    text = resources.files("resources.labels").joinpath("templates.json").read_text("utf-8")
    return {name: LabelTemplate(name=name, **spec) for name, spec in json.loads(text).items()}
