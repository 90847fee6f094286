"""What every register PDF shares: the DejaVu fonts (Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І), the
headings in Kazakh or Russian (resources/registers/labels.json), and a document that lays out
the library's name, the title and period, tables that break across pages with their header
repeated, totals, and the signature block.

Small documents are drawn on reportlab's canvas; the inventory book on `StreamSurface`
(app.registers.pdfstream), which writes each page as soon as it is full. Both take the same
drawing calls, so one layout serves both."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.errors import Cancelled, InvalidInput
from app.i18n import translate
from app.pdf_fonts import FONT, FONT_BOLD, FONT_CONDENSED, register_fonts
from app.registers.words import amount, long_date

LANGUAGES = ("kk", "ru")
PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 14 * mm


@cache
def _all_labels() -> dict[str, dict[str, str]]:
    text = resources.files("resources.registers").joinpath("labels.json").read_text("utf-8")
    data: dict[str, dict[str, str]] = json.loads(text)
    return data


def labels(language: str) -> dict[str, str]:
    """The register headings in `language` ("kk" or "ru")."""
    if language not in LANGUAGES:
        raise InvalidInput(
            translate("errors", "Registers are printed in kk or ru, not '{language}'.").format(
                language=language
            )
        )
    return _all_labels()[language]


def money(value: Decimal | None) -> str:
    """288 650,50: a narrow no-break space between thousands, a comma before the tiyn."""
    return amount(value)


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def author_title(author: str, title: str) -> str:
    """Author and title as "Author. Title", with no second full stop after initials
    ("Есенберлин, І. Көшпенділер", not "Есенберлин, І.. Көшпенділер")."""
    author = author.strip()
    return f"{author.rstrip('.')}. {title}" if author else title


def approval_lines(
    t: dict[str, str], position: str, name: str, on: date | None, language: str
) -> list[str]:
    """БЕКІТЕМІН / УТВЕРЖДАЮ: the head's position, signature line with the name, the date
    (left for the hand as «20__ жылғы "__" ___» when not yet approved)."""
    dated = long_date(on, language) if on else t["date.blank"]
    return [t["approve"], position or t["sign.director"], f"__________ {name}".rstrip(), dated]


def period_text(t: dict[str, str], date_from: date | None, date_to: date | None) -> str:
    if date_from is None and date_to is None:
        return t["period.all"]
    return t["period"].format(start=day(date_from) or "…", end=day(date_to) or "…")


class Surface(Protocol):
    page_size: tuple[float, float]

    def set_font(self, name: str, size: float) -> None: ...
    def text(self, x: float, y: float, text: str) -> None: ...
    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None: ...
    def show_page(self) -> None: ...
    def save(self) -> None: ...
    def abort(self) -> None: ...


class CanvasSurface:
    """reportlab's canvas behind the Surface calls (fonts subset, whole document in memory)."""

    def __init__(self, path: Path, page_size: tuple[float, float], title: str = "") -> None:
        register_fonts()
        self.page_size = page_size
        self._canvas = Canvas(str(path), pagesize=page_size, pageCompression=1)
        self._canvas.setTitle(title)
        self._canvas.setAuthor("Qor")

    def set_font(self, name: str, size: float) -> None:
        self._canvas.setFont(name, size)

    def text(self, x: float, y: float, text: str) -> None:
        self._canvas.drawString(x, y, text)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self._canvas.setLineWidth(width)
        self._canvas.line(x1, y1, x2, y2)

    def show_page(self) -> None:
        self._canvas.showPage()

    def save(self) -> None:
        self._canvas.save()

    def abort(self) -> None:
        """Nothing was written yet: the canvas only writes on save."""


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # a share of the table's width
    align: str = "left"  # left | right | center


class _Widths(dict[str, float]):
    """Character -> advance width in thousandths of the font size, filled on first use."""

    def __init__(self, font: str) -> None:
        super().__init__()
        face = pdfmetrics.getFont(font).face
        self._widths, self._default = face.charWidths, face.defaultWidth

    def __missing__(self, char: str) -> float:
        self[char] = width = self._widths.get(ord(char), self._default)
        return width


@cache
def _widths(font: str) -> _Widths:
    register_fonts()
    return _Widths(font)


def width_of(text: str, font: str, size: float) -> float:
    """The same figure as reportlab's stringWidth, without its per-character Python loop."""
    return sum(map(_widths(font).__getitem__, text)) * size / 1000


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """`text` broken into lines that fit `width`; what does not fit in `max_lines` is cut
    with an ellipsis (a register line stays a line, whatever the title's length)."""
    if width_of(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    # Only ordinary spaces break a line: a sum's narrow no-break spaces hold it together.
    for word in filter(None, text.replace("\n", " ").split(" ")):
        candidate = f"{current} {word}" if current else word
        if width_of(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width_of(current, font, size) > width:
            cut = len(current)
            while cut > 1 and width_of(current[:cut], font, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and width_of(last + "…", font, size) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last + "…"]
    return lines


def header_faces(size: float, smallest: float = 5.0) -> list[tuple[str, float]]:
    """The faces a table header may be set in, largest first: bold, then condensed at
    smaller and smaller sizes."""
    faces = [(FONT_BOLD, size), (FONT_CONDENSED, size)]
    step = size - 0.25
    while step >= smallest:
        faces.append((FONT_CONDENSED, step))
        step -= 0.25
    return faces


def cell_faces(font: str, size: float) -> list[tuple[str, float]]:
    """Faces a table cell may shrink to so a word is not cut: condensed, then down to two
    points smaller."""
    faces = [(FONT_CONDENSED, size)]
    step = size - 0.5
    while step >= size - 2:
        faces.append((FONT_CONDENSED, step))
        step -= 0.5
    return faces


def fit_headers(
    texts: Sequence[str], widths: Sequence[float], size: float, max_lines: int = 5
) -> tuple[str, float, list[list[str]]]:
    """A table's header row set in one face, the largest in which no column's words must
    be broken: (font, size, lines per column). Only a word too long even in the smallest
    face is cut."""
    faces = header_faces(size)
    for font, points in faces:
        if all(
            max((width_of(w, font, points) for w in text.split()), default=0) <= width
            for text, width in zip(texts, widths, strict=True)
        ):
            break
    return (
        font,
        points,
        [
            wrap(text, font, points, width, max_lines)
            for text, width in zip(texts, widths, strict=True)
        ],
    )


class RegisterDocument:
    """A register: page header (library, title, period), flowing text, paged tables, a
    footer with the page number."""

    def __init__(
        self,
        surface: Surface,
        library: str,
        title: str,
        period: str,
        t: dict[str, str],
        font_size: float = 8.0,
        approval: Sequence[str] = (),
    ) -> None:
        self.surface = surface
        self.approval = list(approval)
        self.library, self.title, self.period, self.t = library, title, period, t
        self.font_size = font_size
        self.width, self.height = surface.page_size
        self.left, self.right = MARGIN, self.width - MARGIN
        self.page = 0
        self.y = 0.0
        self._new_page(first=True)

    # -- pages -------------------------------------------------------------------------
    def _new_page(self, first: bool = False) -> None:
        if not first:
            self._footer()
            self.surface.show_page()
        self.page += 1
        s = self.surface
        top = self.height - MARGIN
        s.set_font(FONT, 8)
        s.text(self.left, top, self.library)
        if first and self.approval:
            # The approval block at the top right, the title below it.
            x = self.right - max(width_of(a, FONT, 9) for a in self.approval) - 4
            x = min(x, self.right - 190)
            for i, text in enumerate(self.approval):
                s.set_font(FONT_BOLD if i == 0 else FONT, 9)
                s.text(x, top - 14 - i * 13, text)
            top -= 14 + len(self.approval) * 13
        if first and not self.title:
            self.y = top - 10  # a form that lays out its own head (the KazNEB application)
        elif first:
            s.set_font(FONT_BOLD, 13)
            s.text(self.left, top - 20, self.title)
            s.set_font(FONT, 9)
            s.text(self.left, top - 34, self.period)
            self.y = top - 50
        else:
            s.set_font(FONT, 8)
            label = f"{self.title} · {self.period}"
            s.text(self.right - width_of(label, FONT, 8), top, label)
            self.y = top - 14

    def _footer(self) -> None:
        self.surface.set_font(FONT, 7)
        label = f"— {self.page} —"
        self.surface.text((self.width - width_of(label, FONT, 7)) / 2, MARGIN / 2, label)

    def ensure(self, height: float) -> bool:
        """Room for `height` points, starting a page if needed; True when it did."""
        if self.y - height < MARGIN:
            self._new_page()
            return True
        return False

    # -- text --------------------------------------------------------------------------
    def heading(self, text: str, size: float = 11) -> None:
        self.ensure(size * 2.6)
        self.y -= size * 0.6
        self.surface.set_font(FONT_BOLD, size)
        self.surface.text(self.left, self.y - size, text)
        self.y -= size * 1.7

    def paragraph(self, text: str, size: float = 9, bold: bool = False, keep: float = 0) -> None:
        """Flowing text; `keep` points of what follows stay on the same page with it."""
        font = FONT_BOLD if bold else FONT
        for line in wrap(text, font, size, self.right - self.left, max_lines=50):
            self.ensure(size * 1.4 + keep)
            self.surface.set_font(font, size)
            self.surface.text(self.left, self.y - size, line)
            self.y -= size * 1.4

    def centered(self, text: str, size: float = 12, bold: bool = True) -> None:
        font = FONT_BOLD if bold else FONT
        self.ensure(size * 1.6)
        self.surface.set_font(font, size)
        self.surface.text((self.width - width_of(text, font, size)) / 2, self.y - size, text)
        self.y -= size * 1.6

    def right_block(self, text: str, width: float = 250, size: float = 9) -> None:
        """Text set in a column at the right margin (an addressee)."""
        for line in wrap(text, FONT, size, width, max_lines=20):
            self.ensure(size * 1.4)
            self.surface.set_font(FONT, size)
            self.surface.text(self.right - width, self.y - size, line)
            self.y -= size * 1.4

    def space(self, points: float) -> None:
        self.y -= points

    def signatures(self, lines: Sequence[str | tuple[str, str]]) -> None:
        """The signature and seal block: each line (a role, or a role and a name) with room
        to sign after it and the name printed under the line."""
        people = [(line, "") if isinstance(line, str) else line for line in lines]
        self.ensure(len(people) * 26 + 20)
        self.y -= 14
        for role, name in people:
            self.surface.set_font(FONT, 9)
            self.surface.text(self.left, self.y - 9, role)
            x = self.left + max(width_of(role, FONT, 9) + 12, 230)
            self.surface.line(x, self.y - 11, x + 120, self.y - 11, 0.4)
            if name:
                self.surface.text(x + 130, self.y - 9, name)
                self.surface.set_font(FONT, 6)
                hint = self.t["sign.hint"]
                self.surface.text(x + (120 - width_of(hint, FONT, 6)) / 2, self.y - 18, hint)
            self.y -= 26

    # -- tables ------------------------------------------------------------------------
    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        total: Sequence[str] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        on_row: Callable[[int], None] | None = None,
        max_lines: int = 3,
    ) -> int:
        """Draw rows under a header repeated on every page; returns the number of rows."""
        share = sum(c.width for c in columns)
        full = self.right - self.left
        widths = [full * c.width / share for c in columns]
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w)
        size = self.font_size
        leading = size * 1.2
        pad = 2.0
        head_size = size - 0.5
        # Narrow columns (the КСУ's types of document) get a smaller or condensed header
        # rather than words broken in the middle ("басылымд / ар").
        head_font, head_points, header_lines = fit_headers(
            [c.header for c in columns], [w - 2 * pad for w in widths], head_size
        )
        head_leading = head_points * 1.25
        header_height = max(len(lines) for lines in header_lines) * head_leading + 2 * pad
        table_top = self.y

        def close_grid() -> None:
            for x in xs:
                self.surface.line(x, table_top, x, self.y, 0.4)

        def draw_header() -> None:
            nonlocal table_top
            table_top = self.y
            self.surface.line(self.left, self.y, self.right, self.y, 0.6)
            self.surface.set_font(head_font, head_points)
            for lines, x, w in zip(header_lines, xs, widths, strict=False):
                for i, line in enumerate(lines):
                    cx = x + (w - width_of(line, head_font, head_points)) / 2
                    self.surface.text(cx, self.y - pad - head_points - i * head_leading, line)
            self.y -= header_height
            self.surface.line(self.left, self.y, self.right, self.y, 0.6)
            self.surface.set_font(FONT, size)

        def face_for(text: str, font: str, room: float) -> tuple[str, float]:
            """The cell's face: its own, or — when a word (a name) would have to be cut —
            condensed and a little smaller, so names wrap only between words."""
            words = text.replace("\n", " ").split(" ")
            longest = max(words, key=lambda w: width_of(w, font, size), default="")
            if width_of(longest, font, size) <= room:
                return font, size
            for face, points in cell_faces(font, size):
                if width_of(longest, face, points) <= room:
                    return face, points
            return font, size

        def draw_row(cells: Sequence[str], bold: bool = False) -> None:
            font = FONT_BOLD if bold else FONT
            faces = [
                face_for(str(text), font, w - 2 * pad)
                for text, w in zip(cells, widths, strict=True)
            ]
            wrapped = [
                wrap(str(text), face, points, w - 2 * pad, max_lines)
                for text, w, (face, points) in zip(cells, widths, faces, strict=True)
            ]
            height = max(len(w) for w in wrapped) * leading + 2 * pad
            if self.y - height < MARGIN:
                close_grid()
                self._new_page()
                draw_header()
            for lines, col, x, w, (face, points) in zip(
                wrapped, columns, xs[:-1], widths, faces, strict=True
            ):
                self.surface.set_font(face, points)
                for i, line in enumerate(lines):
                    if col.align == "right":
                        tx = x + w - pad - width_of(line, face, points)
                    elif col.align == "center":
                        tx = x + (w - width_of(line, face, points)) / 2
                    else:
                        tx = x + pad
                    self.surface.text(tx, self.y - pad - size - i * leading + 1, line)
            self.y -= height
            self.surface.line(self.left, self.y, self.right, self.y, 0.3)

        self.ensure(header_height + 3 * leading)
        draw_header()
        count = 0
        for cells in rows:
            if is_cancelled is not None and count % 200 == 0 and is_cancelled():
                raise Cancelled(
                    translate("errors", "The register was cancelled; the file is incomplete.")
                )
            draw_row(cells)
            count += 1
            if on_row is not None:
                on_row(count)
        if total is not None:
            draw_row(total, bold=True)
        close_grid()
        self.y -= 6
        return count

    def close(self) -> None:
        self._footer()
        self.surface.save()

    def abort(self, path: Path) -> None:
        """Give up the document (cancelled): no half-written register is left behind."""
        self.surface.abort()
        path.unlink(missing_ok=True)


def open_document(
    path: Path,
    library: str,
    title: str,
    period: str,
    t: dict[str, str],
    page_size: tuple[float, float] = PORTRAIT,
    streamed: bool = False,
    font_size: float = 8.0,
    approval: Sequence[str] = (),
) -> RegisterDocument:
    from app.registers.pdfstream import StreamSurface

    surface: Any = (StreamSurface if streamed else CanvasSurface)(path, page_size, title)
    return RegisterDocument(surface, library, title, period, t, font_size, approval)
