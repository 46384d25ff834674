"""Text of office documents and PDFs. DOCX, PPTX and ODT are read straight
from their XML with the standard library (faster than python-docx, and it
reaches headers, footers, footnotes and text boxes); XLSX with openpyxl in
read-only mode; PDF with pypdf. Each function takes the bytes and a defect
list and returns the text."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from xml.etree import ElementTree as ET

from paperchase import settings
from paperchase.model import Defect

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_MAX_XML = 200 * 1024 * 1024  # one XML part; larger is refused, not read


def _read(zf: zipfile.ZipFile, name: str, defects: list[Defect], where: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_XML:
        defects.append(Defect("attachment-text", f"{name}: {info.file_size} bytes of XML refused", where))
        return None
    return zf.read(info)


def _word_xml(xml: bytes) -> str:
    """Paragraphs as lines; a table row as one line with its cells joined by
    tabs (paragraphs inside a cell joined by spaces)."""
    out: list[str] = []

    def walk(el: ET.Element, in_cell: bool) -> None:
        for child in el:
            tag = child.tag
            if tag == _W + "t" or tag == _W + "delText":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append(" " if in_cell else "\n")
            elif tag == _W + "tr":
                cells = []
                for tc in child.iter(_W + "tc"):
                    mark = len(out)
                    walk(tc, True)
                    cells.append("".join(out[mark:]).strip())
                    del out[mark:]
                out.append("\t".join(cells) + "\n")
            elif tag == _W + "p":
                walk(child, in_cell)
                out.append(" " if in_cell else "\n")
            else:
                walk(child, in_cell)

    walk(ET.fromstring(xml), False)
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]*\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    return text.strip()


def docx(data: bytes, defects: list[Defect], where: str) -> str:
    """Body, then headers, footers, footnotes and comments (each part once)."""
    parts: list[str] = []
    with zipfile.ZipFile(BytesIO(data)) as zf:
        names = zf.namelist()
        order = ["word/document.xml"] + sorted(
            n for n in names if re.fullmatch(r"word/(header|footer|footnotes|endnotes|comments)\d*\.xml", n)
        )
        for name in order:
            xml = _read(zf, name, defects, where)
            if xml:
                text = _word_xml(xml)
                if text:
                    parts.append(text)
    return "\n\n".join(parts)


def pptx(data: bytes, defects: list[Defect], where: str) -> str:
    parts: list[str] = []
    with zipfile.ZipFile(BytesIO(data)) as zf:
        slides = sorted((n for n in zf.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
                        key=lambda n: int(re.findall(r"\d+", n)[-1]))
        for name in slides:
            xml = _read(zf, name, defects, where)
            if not xml:
                continue
            root = ET.fromstring(xml)
            lines = ["".join(t.text or "" for t in p.iter(_A + "t")) for p in root.iter(_A + "p")]
            parts.append("\n".join(line for line in lines if line))
    return "\n\n".join(p for p in parts if p)


def odt(data: bytes, defects: list[Defect], where: str) -> str:
    """ODF text, spreadsheet or presentation: paragraphs and headings as
    lines, table cells separated by tabs."""
    with zipfile.ZipFile(BytesIO(data)) as zf:
        xml = _read(zf, "content.xml", defects, where)
    if not xml:
        return ""
    out: list[str] = []

    def walk(el: ET.Element, in_cell: bool = False) -> None:
        tag = el.tag
        if tag == _TEXT_NS + "s":
            out.append(" " * int(el.get(_TEXT_NS + "c", "1")))
        elif tag == _TEXT_NS + "tab":
            out.append("\t")
        elif tag == _TEXT_NS + "line-break":
            out.append("\n")
        if el.text and tag != _TEXT_NS + "s":
            out.append(el.text)
        cell = in_cell or tag == _TABLE_NS + "table-cell"
        for child in el:
            walk(child, cell)
            if child.tail:
                out.append(child.tail)
        if tag in (_TEXT_NS + "p", _TEXT_NS + "h"):
            out.append(" " if in_cell else "\n")
        elif tag == _TABLE_NS + "table-row":
            out.append("\n")
        elif tag == _TABLE_NS + "table-cell":
            out.append("\t")

    root = ET.fromstring(xml)
    body = root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body")
    walk(body if body is not None else root)
    return _tidy(re.sub(r" ?\t+\n", "\n", re.sub(r" \t", "\t", "".join(out))))


def xlsx(data: bytes, defects: list[Defect], where: str) -> str:
    """Every sheet: its name, then one line per row with cells joined by tabs.
    Our own XML reader first; openpyxl where that fails."""
    from paperchase.parse.xlsx import SheetText, xlsx_text

    limit = settings.get_int("max_attachment_text_chars")
    try:
        return xlsx_text(data, defects, where, limit)
    except (ET.ParseError, KeyError, ValueError, IndexError, zipfile.BadZipFile):
        pass
    import openpyxl

    wb = openpyxl.load_workbook(BytesIO(data), read_only=True, data_only=True)
    out = SheetText(limit, defects, where)
    try:
        for ws in wb.worksheets:
            out.sheet(ws.title)
            for row in ws.iter_rows(values_only=True):
                if not out.row(["" if v is None else str(v) for v in row]):
                    return out.text()
    finally:
        wb.close()
    return out.text()


def pdf(data: bytes, defects: list[Defect], where: str) -> str:
    """The text layer of each page; empty for a scan (the caller OCRs it)."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    limit = settings.get_int("max_attachment_text_chars")
    reader = PdfReader(BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as exc:  # noqa: BLE001 - pypdf raises several kinds here
            defects.append(Defect("attachment-text", f"encrypted PDF: {exc}", where))
            return ""
    out: list[str] = []
    size = 0
    for i, page in enumerate(reader.pages):
        try:
            text = page.extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - a damaged page must not lose the others
            defects.append(Defect("attachment-text", f"page {i + 1}: {type(exc).__name__}: {exc}"[:300], where))
            continue
        out.append(text)
        size += len(text)
        if size > limit:
            break
    return "\n\f".join(out).strip() if any(t.strip() for t in out) else ""
