"""extract_text and unpack on documents built here (fictional text) and on
the TNEF streams in ../shared."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from paperchase.parse.attachments import extract_text, sniff, unpack

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
TNEF = SHARED / "data" / "email-samples" / "tnef"


def _docx() -> bytes:
    import docx

    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Колонтитул завода"
    doc.add_paragraph("Акт приёмки изделий")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Изделие"
    table.cell(0, 1).text = "Количество"
    table.cell(1, 0).text = "Редуктор"
    table.cell(1, 1).text = "12"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Смета"
    ws.append(["Позиция", "Цена", "Кол-во"])
    ws.append(["Лопасть", 1500.5, 4])
    ws2 = wb.create_sheet("Second")
    ws2["B2"] = "hidden corner"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _pdf(text: str = "Fictional invoice 42 for gearbox parts") -> bytes:
    """A one-page PDF with a text layer, written by hand (ASCII only)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _odt() -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
        "<text:h>Протокол совещания</text:h><text:p>Решили:<text:s/>перенести испытания.</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>стенд</text:p></table:table-cell>"
        "<table:table-cell><text:p>3</text:p></table:table-cell></table:table-row></table:table>"
        "</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return buf.getvalue()


def test_docx_with_table_and_header() -> None:
    text, defects = extract_text("a.bin", "application/octet-stream", _docx())
    assert "Акт приёмки изделий" in text
    assert "Изделие\tКоличество\nРедуктор\t12" in text
    assert "Колонтитул завода" in text
    assert not defects


def test_xlsx_all_sheets() -> None:
    text, _ = extract_text("report.xlsx", "application/vnd.ms-excel", _xlsx())
    assert "Позиция\tЦена\tКол-во" in text
    assert "Лопасть\t1500.5\t4" in text
    assert "hidden corner" in text and "Смета" in text


def test_pdf_text_layer() -> None:
    text, defects = extract_text("scan.jpg", "image/jpeg", _pdf())  # the name lies: content decides
    assert "Fictional invoice 42" in text


def test_odt() -> None:
    text, _ = extract_text("x.odt", "application/vnd.oasis.opendocument.text", _odt())
    assert "Протокол совещания" in text
    assert "Решили: перенести испытания." in text
    assert "стенд\t3" in text


def test_rtf_codepage_and_unicode() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fswiss\fcharset204 Arial;}}{\*\generator Fict;}"
           rb"{\colortbl;\red0\green0\blue0;}\f0 \'cf\'f0\'e8\'e2\'e5\'f2, \u1084?\u1080?\u1088?!\par"
           rb"{\*\bkmkstart x}Second line\tab end}")
    text, _ = extract_text("letter.doc", "application/msword", rtf)
    assert text == "Привет, мир!\nSecond line\tend"


def test_plain_text_charset_detected() -> None:
    data = "Номер;Изделие\n1;Редуктор\n".encode("cp1251")
    text, _ = extract_text("list.csv", "text/csv", data)
    assert text == "Номер;Изделие\n1;Редуктор\n"


def test_html_attachment() -> None:
    text, _ = extract_text("page.htm", "text/html", "<html><script>x()</script><p>Счёт</p></html>".encode())
    assert text == "Счёт"


def test_damaged_documents_give_defects() -> None:
    for data in [b"%PDF-1.4 garbage", b"PK\x03\x04garbage", _docx()[:500], b"{\\rtf1 {{{{"]:
        text, defects = extract_text("x", "application/octet-stream", data)
        assert isinstance(text, str)


def test_image_without_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 50
    monkeypatch.setenv("PAPERCHASE_OCR", "off")
    text, defects = extract_text("photo.png", "image/png", png)
    assert text == "" and defects[0].kind == "ocr-skipped"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_unpacked_into_attachments() -> None:
    inner = _zip({"deep/note.txt": "Глубоко".encode()})
    data = _zip({"act.docx": _docx(), "../../evil.txt": b"escape attempt", "inner.zip": inner})
    atts = unpack("pack.zip", "application/zip", data)
    names = [a.filename for a in atts]
    assert "pack.zip/act.docx" in names
    assert "pack.zip/evil.txt" in names  # cleaned, never outside the parent
    assert "pack.zip/inner.zip/deep/note.txt" in names
    assert any(d.kind == "path-traversal" for a in atts for d in a.defects)
    by_name = {a.filename: a for a in atts}
    assert "Акт приёмки" in by_name["pack.zip/act.docx"].text
    assert by_name["pack.zip/inner.zip/deep/note.txt"].text == "Глубоко"
    assert sniff(data) == "zip"


def test_zip_bomb_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = _zip({"zeros.bin": b"\x00" * 5_000_000})
    atts = unpack("bomb.zip", "application/zip", bomb)
    assert any(d.kind == "archive-bomb" for a in atts for d in a.defects)
    assert all(len(a.data) < 5_000_000 for a in atts)


def test_tnef_streams() -> None:
    if not TNEF.is_dir():
        pytest.skip("../shared/data/email-samples/tnef is absent")
    for path in sorted(TNEF.glob("*.tnef")):
        expected = [n for n in (path.with_suffix(".list").read_text().splitlines()) if n.strip()]
        atts = unpack("winmail.dat", "application/ms-tnef", path.read_bytes())
        names = [a.filename.split("/", 1)[1] for a in atts if "/" in a.filename]
        for name in expected:
            assert name in names, (path.name, name, names)
        text, _ = extract_text("winmail.dat", "application/ms-tnef", path.read_bytes())
        for name in expected:
            assert name in text
    atts = unpack("winmail.dat", "application/ms-tnef", (TNEF / "rtf.tnef").read_bytes())
    body = [a for a in atts if a.filename.endswith("body.rtf")][0]
    assert "Greg Allen" in body.text
