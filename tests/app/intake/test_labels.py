"""Label PDFs: every printed barcode decodes, with a real reader, to the copy's barcode; Kazakh
text comes out as written; templates and start positions put labels where the sheet has them."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from app.errors import InvalidInput
from app.intake.barcodes import make_barcode, normalise_scan
from app.intake.callnumbers import spine_lines
from app.intake.labels import (
    BarcodeLabel,
    LabelTemplate,
    SpineLabel,
    get_template,
    list_templates,
    preview_png,
    render_labels,
)

LIBRARY = "Ұлттық академиялық кітапхана"
TITLE = "Абай жолы. Роман-эпопея. 1-кітап"
DPI = 300
SCHEMES = ("code128-inventory", "codabar14", "ean13-internal")


def copy_label(scheme: str, sequence: int, title: str = "") -> BarcodeLabel:
    inventory = f"{sequence:06d}"
    code = make_barcode(
        scheme, inventory_number=inventory, sequence=sequence, library_prefix="0421"
    )
    return BarcodeLabel(code, scheme, inventory, LIBRARY, title)


def render(
    labels: list[BarcodeLabel | SpineLabel], template: str, start: int = 1
) -> tuple[pdfium.PdfDocument, int]:
    buffer = io.BytesIO()
    pages = render_labels(buffer, labels, template, start_position=start)
    return pdfium.PdfDocument(buffer.getvalue()), pages


def cell_image(page: Image.Image, template: LabelTemplate, cell: int) -> Image.Image:
    left, top, width, height = template.cell_box_mm(cell)
    px = DPI / 25.4
    return page.crop(
        (round(left * px), round(top * px), round((left + width) * px), round((top + height) * px))
    )


def page_image(document: pdfium.PdfDocument, index: int) -> Image.Image:
    return document[index].render(scale=DPI / 72).to_pil().convert("L")


def decoded(image: Image.Image) -> list[str]:
    return [normalise_scan(result.text) for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize(
    ("template", "start"),
    [("a4-3x8", 1), ("a4-3x8", 5), ("a4-3x7", 3), ("a4-2x8", 4), ("roll-58x40", 1)],
)
def test_every_printed_barcode_decodes_to_the_copys_barcode(template: str, start: int) -> None:
    sheet = get_template(template)
    labels: list[BarcodeLabel | SpineLabel] = [
        copy_label(SCHEMES[i % 3], 4000 + i * 7919, TITLE if i % 2 else "") for i in range(6)
    ]
    document, pages = render(labels, template, start)
    per_page = sheet.cells_per_page
    assert pages == (start - 1 + len(labels) + per_page - 1) // per_page
    images = [page_image(document, i) for i in range(pages)]
    for cell in range(1, start):
        blank = cell_image(images[0], sheet, cell)
        assert blank.getextrema() == (255, 255), f"cell {cell} before the start is not empty"
    for offset, label in enumerate(labels):
        page, cell = divmod(start - 1 + offset, per_page)
        assert isinstance(label, BarcodeLabel)
        assert decoded(cell_image(images[page], sheet, cell + 1)) == [label.barcode]


def test_reader_sees_codabar_between_a_and_a() -> None:
    label = copy_label("codabar14", 17)
    document, _ = render([label], "a4-3x8")
    results = zxingcpp.read_barcodes(page_image(document, 0))
    assert [(r.format, r.text) for r in results] == [
        (zxingcpp.BarcodeFormat.Codabar, f"A{label.barcode}A")
    ]


def test_a_full_sheet_then_the_next_page() -> None:
    sheet = get_template("a4-3x7")
    labels: list[BarcodeLabel | SpineLabel] = [
        copy_label("ean13-internal", n) for n in range(1, 26)
    ]
    document, pages = render(labels, "a4-3x7", start=20)
    assert pages == 3  # 2 labels in cells 20-21, then 21, then 2
    last = page_image(document, 2)
    assert decoded(cell_image(last, sheet, 1)) == [labels[-2].barcode]  # type: ignore[union-attr]
    assert decoded(cell_image(last, sheet, 2)) == [labels[-1].barcode]  # type: ignore[union-attr]
    assert cell_image(last, sheet, 3).getextrema() == (255, 255)


def test_kazakh_text_comes_out_as_written() -> None:
    labels: list[BarcodeLabel | SpineLabel] = [
        copy_label("codabar14", 1, TITLE),
        SpineLabel(spine_lines("821.512.122-31 Ә 97"), inventory_number="000001"),
        SpineLabel(spine_lines("84(5Каз)-44 А 93")),
    ]
    document, _ = render(labels, "a4-3x8")
    text = document[0].get_textpage().get_text_range()
    lines = [line.strip() for line in text.splitlines()]
    assert LIBRARY in lines
    assert TITLE in lines
    assert "Ә 97" in lines
    assert "84(5Каз)" in lines
    assert "№ 000001" in lines


def test_long_title_is_cut_with_an_ellipsis() -> None:
    label = copy_label("ean13-internal", 5, title="Қазақ әдебиетінің тарихы " * 4)
    document, _ = render([label], "a4-3x8")
    text = document[0].get_textpage().get_text_range()
    assert "Қазақ әдебиетінің тарихы" in text and "…" in text


def test_spine_labels_keep_each_line_inside_the_label() -> None:
    sheet = get_template("a4-3x8")
    labels: list[BarcodeLabel | SpineLabel] = [
        SpineLabel(spine_lines(c), "000042")
        for c in ("821.512.122-31 Ә 97", "84(5Каз)-44 А 93", "891.73442109 T65 2001")
    ]
    document, _ = render(labels, "a4-3x8")
    textpage = document[0].get_textpage()
    pt = 72 / 25.4
    page_height = sheet.page_height_mm * pt
    cells = [sheet.cell_box_mm(c) for c in (1, 2, 3)]
    assert textpage.count_rects() >= 3 * 4
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        middle = (left + right) / 2 / pt
        x, y_top, width, height = next(c for c in cells if c[0] <= middle < c[0] + c[2])
        assert x * pt <= left and right <= (x + width) * pt
        assert y_top * pt <= page_height - top and page_height - bottom <= (y_top + height) * pt


def test_start_position_outside_the_sheet() -> None:
    label = copy_label("codabar14", 1)
    for start in (0, 25):
        with pytest.raises(InvalidInput, match=f"Start position {start} is not on the a4-3x8"):
            render_labels(io.BytesIO(), [label], "a4-3x8", start_position=start)


def test_unknown_template() -> None:
    with pytest.raises(InvalidInput, match=r"Unknown label template 'a5-1x1'.*a4-3x8"):
        render_labels(io.BytesIO(), [copy_label("codabar14", 1)], "a5-1x1")


def test_barcode_too_wide_for_the_label_is_refused_by_name(tmp_path: Path) -> None:
    code = "INV-2024/ABCDEFGHIJK"  # 20 characters of Code 128 set B: 69 mm at 0.25 mm
    label = BarcodeLabel(code, "code128", code, LIBRARY)
    out = tmp_path / "labels.pdf"
    with pytest.raises(InvalidInput, match=f"Barcode {code} .*does not fit a 58 mm"):
        render_labels(out, [label], "roll-58x40")
    assert not out.exists()  # nothing half-written
    assert render_labels(out, [label], "a4-2x8") == 1  # a 99 mm label takes it


def test_invalid_barcodes_are_refused() -> None:
    for label in (
        BarcodeLabel("2042100000170", "ean13", "1", LIBRARY),  # bad check digit
        BarcodeLabel("Инв-1", "code128", "1", LIBRARY),
        BarcodeLabel("12", "qr", "1", LIBRARY),
        BarcodeLabel("", "codabar", "1", LIBRARY),
    ):
        with pytest.raises(InvalidInput):
            render_labels(io.BytesIO(), [label])
    with pytest.raises(InvalidInput, match="no call number lines"):
        render_labels(io.BytesIO(), [SpineLabel([" "])])
    with pytest.raises(InvalidInput, match="no labels"):
        render_labels(io.BytesIO(), [])


def test_templates() -> None:
    names = {t.name: t for t in list_templates()}
    assert set(names) == {"a4-3x8", "a4-3x7", "a4-2x8", "roll-58x40"}
    for template in names.values():
        assert template.product
        right = template.left_margin_mm + (template.columns - 1) * template.column_pitch_mm
        bottom = template.top_margin_mm + (template.rows - 1) * template.row_pitch_mm
        assert right + template.label_width_mm <= template.page_width_mm + 1e-6
        assert bottom + template.label_height_mm <= template.page_height_mm + 1e-6
    assert names["a4-3x8"].cells_per_page == 24
    assert names["a4-2x8"].label_width_mm == pytest.approx(99.1)


def test_preview_png_is_the_page() -> None:
    labels: list[BarcodeLabel | SpineLabel] = [copy_label("codabar14", n) for n in range(1, 30)]
    png = preview_png(labels, "a4-3x8", start_position=2, page=1, dpi=110)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size[0] == pytest.approx(210 / 25.4 * 110, abs=1)
    assert image.size[1] == pytest.approx(297 / 25.4 * 110, abs=1)
    with pytest.raises(InvalidInput, match="there is no page 3"):
        preview_png(labels, "a4-3x8", page=2)


def test_writes_to_a_path(tmp_path: Path) -> None:
    out = tmp_path / "spine.pdf"
    assert render_labels(out, [SpineLabel(["891.7344", "T65"])], "roll-58x40") == 1
    assert out.read_bytes().startswith(b"%PDF")
