"""A PDF writer that streams pages to the file as they are finished, for registers with
tens of thousands of lines (the inventory book). reportlab keeps every page of a document in
memory until it saves; here a finished page is compressed and written at once, and only the
object offsets (a few integers per page) and the set of glyphs used stay behind.

Text is set in the DejaVu TrueType fonts, embedded whole as CID fonts (Identity-H, glyph ids
as codes) with a ToUnicode map, so Kazakh letters render and the text can be extracted."""

from __future__ import annotations

import zlib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfbase.ttfonts import TTFontFile

from app.pdf_fonts import FONT_FILES, register_fonts


@cache
def _font_file(name: str) -> tuple[TTFontFile, bytes]:
    with resources.as_file(resources.files("resources.fonts") / FONT_FILES[name]) as path:
        data = Path(path).read_bytes()
        return TTFontFile(str(path)), data


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"({escaped})".encode("latin-1", "replace")


class _GlyphCodes(dict[str, str]):
    """Character -> its glyph id as 4 hex digits, filled on first use (which also records
    the glyph for the font's width array and ToUnicode map)."""

    def __init__(self, char_to_glyph: dict[int, int], used: dict[int, int]) -> None:
        super().__init__()
        self._char_to_glyph, self._used = char_to_glyph, used

    def __missing__(self, char: str) -> str:
        glyph = self._char_to_glyph.get(ord(char), 0)
        self._used.setdefault(glyph, ord(char))
        self[char] = code = f"{glyph:04X}"
        return code


class _Font:
    def __init__(self, name: str, resource: str) -> None:
        self.name = name
        self.resource = resource
        self.file, self.data = _font_file(name)
        self.used: dict[int, int] = {}  # glyph id -> code point
        self._codes = _GlyphCodes(self.file.charToGlyph, self.used)

    def encode(self, text: str) -> bytes:
        return b"<" + "".join(map(self._codes.__getitem__, text)).encode() + b">"


class StreamSurface:
    """Drawing operations in points from the bottom left, like reportlab's canvas."""

    def __init__(self, path: Path, page_size: tuple[float, float], title: str = "") -> None:
        register_fonts()
        self.page_size = page_size
        self.pages = 0
        self._out: BinaryIO = path.open("wb")
        self._offsets: dict[int, int] = {}
        self._next_id = 1
        self._catalog = self._reserve()
        self._page_tree = self._reserve()
        self._resources = self._reserve()
        self._page_ids: list[int] = []
        self._fonts: dict[str, _Font] = {}
        self._font_ids: dict[str, int] = {}
        self._ops: list[bytes] = []
        self._font: tuple[str, float] | None = None
        self._title = title
        self._out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    # -- objects ---------------------------------------------------------------------
    def _reserve(self) -> int:
        number = self._next_id
        self._next_id += 1
        return number

    def _write_object(self, number: int, body: bytes) -> None:
        self._offsets[number] = self._out.tell()
        self._out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")

    def _write_stream(self, number: int, data: bytes, extra: str = "") -> None:
        packed = zlib.compress(data, 6)
        head = f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
        self._write_object(number, head + packed + b"\nendstream")

    # -- drawing ---------------------------------------------------------------------
    def set_font(self, name: str, size: float) -> None:
        if name not in self._fonts:
            resource = f"F{len(self._fonts) + 1}"
            self._fonts[name] = _Font(name, resource)
            self._font_ids[name] = self._reserve()
        self._font = (name, size)

    def text(self, x: float, y: float, text: str) -> None:
        if not text:
            return
        assert self._font is not None, "set_font first"
        name, size = self._font
        font = self._fonts[name]
        self._ops.append(
            b"BT /%s %.2f Tf %.2f %.2f Td %s Tj ET\n"
            % (font.resource.encode(), size, x, y, font.encode(text))
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self._ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S\n" % (width, x1, y1, x2, y2))

    def show_page(self) -> None:
        content, page = self._reserve(), self._reserve()
        self._write_stream(content, b"".join(self._ops))
        self._ops = []
        width, height = self.page_size
        self._write_object(
            page,
            (
                f"<< /Type /Page /Parent {self._page_tree} 0 R /Resources {self._resources} 0 R "
                f"/MediaBox [0 0 {width:.2f} {height:.2f}] /Contents {content} 0 R >>"
            ).encode(),
        )
        self._page_ids.append(page)
        self.pages += 1

    # -- closing ---------------------------------------------------------------------
    def abort(self) -> None:
        self._out.close()

    def save(self) -> None:
        if self._ops or not self._page_ids:
            self.show_page()
        for name, font in self._fonts.items():
            self._write_font(self._font_ids[name], font)
        fonts = " ".join(f"/{f.resource} {self._font_ids[n]} 0 R" for n, f in self._fonts.items())
        self._write_object(self._resources, f"<< /Font << {fonts} >> >>".encode())
        kids = " ".join(f"{p} 0 R" for p in self._page_ids)
        self._write_object(
            self._page_tree,
            f"<< /Type /Pages /Kids [{kids}] /Count {len(self._page_ids)} >>".encode(),
        )
        self._write_object(
            self._catalog, f"<< /Type /Catalog /Pages {self._page_tree} 0 R >>".encode()
        )
        info = self._reserve()
        self._write_object(info, b"<< /Producer (Qor) /Title " + _pdf_string(self._title) + b" >>")
        xref = self._out.tell()
        count = self._next_id
        lines = [f"xref\n0 {count}\n", "0000000000 65535 f \n"]
        lines += [f"{self._offsets[n]:010d} 00000 n \n" for n in range(1, count)]
        self._out.write("".join(lines).encode())
        self._out.write(
            f"trailer\n<< /Size {count} /Root {self._catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n".encode()
        )
        self._out.close()

    def _write_font(self, number: int, font: _Font) -> None:
        descendant, descriptor, file_id, to_unicode = (self._reserve() for _ in range(4))
        base = font.file.name.decode() if isinstance(font.file.name, bytes) else font.file.name
        self._write_stream(file_id, font.data, f"/Length1 {len(font.data)} ")
        f = font.file
        bbox = " ".join(str(int(v)) for v in f.bbox)
        self._write_object(
            descriptor,
            (
                f"<< /Type /FontDescriptor /FontName /{base} /Flags {f.flags} /FontBBox [{bbox}] "
                f"/ItalicAngle {f.italicAngle} /Ascent {int(f.ascent)} /Descent {int(f.descent)} "
                f"/CapHeight {int(f.capHeight)} /StemV {f.stemV} /FontFile2 {file_id} 0 R >>"
            ).encode(),
        )
        widths = []
        for glyph, code in sorted(font.used.items()):
            width = f.charWidths.get(code, f.defaultWidth) if glyph else f.defaultWidth
            widths.append(f"{glyph} [{round(width)}]")
        self._write_object(
            descendant,
            (
                f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} "
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                f"/FontDescriptor {descriptor} 0 R /DW {int(f.defaultWidth)} "
                f"/W [{' '.join(widths)}] /CIDToGIDMap /Identity >>"
            ).encode(),
        )
        self._write_stream(to_unicode, _to_unicode_cmap(font.used))
        self._write_object(
            number,
            (
                f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
                f"/DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>"
            ).encode(),
        )


def _to_unicode_cmap(used: dict[int, int]) -> bytes:
    entries = sorted(used.items())
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for glyph, code in chunk:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            lines.append(f"<{glyph:04X}> <{utf16}>")
        lines.append("endbfchar")
    lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(lines).encode()
