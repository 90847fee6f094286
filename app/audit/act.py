"""The audit act (қорды тексеру актісі / акт проверки фонда) as a PDF: scope, reason, dates,
members, totals by location, the lists of missing and misplaced copies with inventory numbers,
call numbers, titles and prices, the total value missing, and the signature lines.

Set in DejaVu, which has the Kazakh letters; headings are in Kazakh and Russian, as the
library's acts are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.audit.reconcile import AuditedCopy, AuditReport
from app.library import library_info
from db.session import Database

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

REASONS = {
    "scheduled": "Жоспарлы тексеру / Плановая проверка",
    "responsible-change": (
        "Материалдық жауапты тұлғаның ауысуы / Смена материально ответственного лица"
    ),
    "loss-found": "Жоғалту анықталды / Выявлен факт утраты",
    "reorganisation": "Қайта ұйымдастыру немесе жабу / Реорганизация или ликвидация",
}


@cache
def _register_fonts() -> None:
    fonts = resources.files("resources.fonts")
    for name, filename in _FONT_FILES.items():
        with resources.as_file(fonts / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16, alignment=1
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13, alignment=1),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.5),
    }


def _money(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".replace(",", "\u00a0")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(
    header: Sequence[str], rows: list[list[object]], widths: Sequence[float], numeric: Sequence[int]
) -> Table:
    styles = _styles()
    data: list[list[object]] = [[Paragraph(_escape(h), styles["cellb"]) for h in header]]
    for row in rows:
        data.append(
            [
                c if isinstance(c, Flowable) else Paragraph(_escape(str(c)), styles["cell"])
                for c in row
            ]
        )
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    table.setStyle(TableStyle(commands))
    for column in numeric:
        for row_index in range(1, len(data)):
            cell = data[row_index][column]
            if isinstance(cell, Paragraph):
                cell.style = ParagraphStyle("num", parent=styles["cell"], alignment=2)
    return table


STATUSES = {
    "at-bindery": "Түптеуде / В переплёте",
    "in-repair": "Жөндеуде / В ремонте",
    "being-digitised": "Цифрландыруда / На оцифровке",
    "missing": "Жоғалған / Утрачен",
    "written-off": "Есептен шығарылған / Списан",
    "available": "Қорда / В фонде",
    "on-loan": "Оқырманда / Выдан читателю",
    "in-processing": "Өңдеуде / В обработке",
}


def _left_table(copies: list[AuditedCopy]) -> Table:
    header = [
        "№",
        "Түгендеу нөмірі / Инв. №",
        "Шифр",
        "Атауы / Заглавие",
        "Орны / Место",
        "Мәртебесі / Статус",
    ]
    rows = [
        [
            i,
            c.inventory_number,
            c.call_number,
            c.title,
            c.location,
            STATUSES.get(c.current_status, c.current_status),
        ]
        for i, c in enumerate(copies, 1)
    ]
    return _table(header, rows, (9, 28, 30, 61, 20, 32), (0,))


def _copies_table(copies: list[AuditedCopy], misplaced: bool = False) -> Table:
    if misplaced:
        header = [
            "№",
            "Түгендеу нөмірі / Инв. №",
            "Шифр",
            "Атауы / Заглавие",
            "Орны / Место",
            "Табылған жері / Найден",
            "Бағасы / Цена",
        ]
        rows = [
            [
                i,
                c.inventory_number,
                c.call_number,
                c.title,
                c.location,
                c.found_location,
                _money(c.price),
            ]
            for i, c in enumerate(copies, 1)
        ]
        return _table(header, rows, (9, 26, 28, 53, 20, 20, 24), (0, 6))
    header = [
        "№",
        "Түгендеу нөмірі / Инв. №",
        "Шифр",
        "Атауы / Заглавие",
        "Орны / Место",
        "Бағасы / Цена",
    ]
    rows = [
        [i, c.inventory_number, c.call_number, c.title, c.location, _money(c.price)]
        for i, c in enumerate(copies, 1)
    ]
    return _table(header, rows, (9, 28, 30, 69, 20, 24), (0, 5))


def _signatures(report: AuditReport) -> KeepTogether:
    styles = _styles()
    people = [
        ("Материалдық жауапты тұлға / Материально ответственное лицо", report.audit.responsible)
    ]
    people += [("Комиссия мүшесі / Член комиссии", m) for m in report.audit.members]
    rows = [
        [
            Paragraph(_escape(role), styles["cell"]),
            "",
            Paragraph(_escape(f"/ {name} /"), styles["cell"]),
        ]
        for role, name in people
    ]
    table = Table(rows, colWidths=[80 * mm, 50 * mm, 50 * mm], rowHeights=[11 * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return KeepTogether([Paragraph("Қолдары / Подписи", styles["h2"]), table])


def write_act(db: Database, report: AuditReport, out: Path | str) -> Path:
    """Write the act of `report` to `out` (A4); returns the path."""
    _register_fonts()
    styles = _styles()
    library = library_info(db)
    audit = report.audit
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Audit act {audit.id}",
        author=library.name,
    )
    opened = audit.opened_at.strftime("%d.%m.%Y")
    closed = audit.closed_at.strftime("%d.%m.%Y") if audit.closed_at else "— (ашық / открыта)"
    story: list[Flowable] = [
        Paragraph(_escape(library.name), styles["subtitle"]),
        Spacer(1, 3 * mm),
        Paragraph(f"ҚОРДЫ ТЕКСЕРУ АКТІСІ № {audit.id}", styles["title"]),
        Paragraph(f"АКТ ПРОВЕРКИ ФОНДА № {audit.id}", styles["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    scope = ", ".join(f"{p.code} ({p.name})" for p in report.locations) or ", ".join(
        audit.locations
    )
    facts = [
        ("Негіздеме / Основание", REASONS.get(audit.reason, audit.reason)),
        ("Тексеру аясы / Объём проверки", scope),
        ("Басталды / Начата", opened),
        ("Аяқталды / Окончена", closed),
        ("Материалдық жауапты тұлға / МОЛ", audit.responsible or "—"),
        ("Комиссия / Комиссия", ", ".join(audit.members) or "—"),
    ]
    fact_rows = [
        [Paragraph(_escape(k), styles["cellb"]), Paragraph(_escape(v), styles["cell"])]
        for k, v in facts
    ]
    fact_table = Table(fact_rows, colWidths=[60 * mm, 120 * mm])
    fact_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(fact_table)

    story.append(Paragraph("Орындар бойынша қорытынды / Итоги по местам хранения", styles["h2"]))
    missing_value: dict[str, Decimal] = {}
    missing_count: dict[str, int] = {}
    for c in report.missing:
        missing_value[c.location] = missing_value.get(c.location, Decimal(0)) + (c.price or 0)
        missing_count[c.location] = missing_count.get(c.location, 0) + 1
    left_count: dict[str, int] = {}
    for c in report.left:
        left_count[c.location] = left_count.get(c.location, 0) + 1
    # Copies that left during the audit are counted apart, as close did, never as missing.
    rows: list[list[object]] = [
        [
            p.code,
            p.name,
            p.expected,
            p.found,
            missing_count.get(p.code, 0),
            p.apart + left_count.get(p.code, 0),
            _money(missing_value.get(p.code, Decimal("0.00"))),
        ]
        for p in report.locations
    ]
    rows.append(
        [
            Paragraph("Барлығы / Итого", styles["cellb"]),
            "",
            report.expected,
            len(report.found),
            len(report.missing),
            len(report.apart) + len(report.left),
            Paragraph(
                _money(report.missing_value),
                ParagraphStyle("tot", parent=styles["cellb"], alignment=2),
            ),
        ]
    )
    story.append(
        _table(
            [
                "Орын / Место",
                "Атауы / Название",
                "Күтілген / Ожидалось",
                "Табылды / Найдено",
                "Жоқ / Недостача",
                "Бөлек / Отдельно",
                "Жоқ сомасы / Сумма недостачи",
            ],
            rows,
            (20, 50, 22, 22, 22, 20, 24),
            (2, 3, 4, 5, 6),
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            _escape(
                f"Бөлек есептелгені (түптеуде, жөндеуде, цифрландыруда, жоғалған, есептен "
                f"шығарылған) / Учтены отдельно (в переплёте, ремонте, оцифровке, утраченные, "
                f"списанные): {len(report.apart)}; тексеру кезінде шыққандары / выбыли во "
                f"время проверки: {len(report.left)}. Белгісіз штрихкодтар / Неизвестные "
                f"штрихкоды: {len(report.unknown)}. Мәртебе қайшылықтары / Конфликты "
                f"статуса: {len(report.status_conflicts)}."
            ),
            styles["base"],
        )
    )

    story.append(
        Paragraph(
            f"Табылмаған даналар / Недостающие экземпляры ({len(report.missing)})", styles["h2"]
        )
    )
    if report.missing:
        story.append(_copies_table(report.missing))
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            _escape(
                f"Жоқ даналардың жалпы құны / Общая стоимость недостающих: "
                f"{_money(report.missing_value)} ₸"
            ),
            styles["cellb"],
        )
    )
    story.append(
        Paragraph(
            f"Орнында емес даналар / Экземпляры не на своём месте ({len(report.misplaced)})",
            styles["h2"],
        )
    )
    if report.misplaced:
        story.append(_copies_table(report.misplaced, misplaced=True))
    if report.left:
        story.append(
            Paragraph(
                f"Тексеру кезінде шыққан даналар / Выбыли во время проверки ({len(report.left)})",
                styles["h2"],
            )
        )
        story.append(_left_table(report.left))
    story.append(Spacer(1, 6 * mm))
    story.append(_signatures(report))

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(
            A4[0] - 15 * mm, 8 * mm, f"Акт № {audit.id} — бет / стр. {document.page}"
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
