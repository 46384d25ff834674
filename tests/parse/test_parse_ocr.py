"""OCR through a stand-in `tesseract` script on PATH (the real one may be
absent): the call, the languages asked for, and the skipped cases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from paperchase.parse import ocr
from paperchase.parse.attachments import extract_text

FAKE = """#!/bin/sh
if [ "$1" = "--list-langs" ]; then printf 'List of available languages (3):\\neng\\nrus\\nukr\\n'; exit 0; fi
cat > /dev/null
echo "Распознано: $4"
"""


@pytest.fixture
def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    exe = tmp_path / "tesseract"
    exe.write_text(FAKE)
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("PAPERCHASE_OCR", raising=False)
    ocr._tesseract.cache_clear()
    yield
    ocr._tesseract.cache_clear()


def _scanned_pdf() -> bytes:
    jpeg = b"\xff\xd8\xff\xe0fictional-jpeg\xff\xd9"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length 26 >>\nstream\nq 612 0 0 792 0 0 cm /Im1 Do Q\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /DCTDecode /Length %d >>\nstream\n" % len(jpeg) + jpeg + b"\nendstream",
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


def test_image_ocr(fake_tesseract: None) -> None:
    text, defects = extract_text("scan.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    assert text == "Распознано: rus+ukr+eng" and not defects


def test_scanned_pdf_ocr(fake_tesseract: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    real = shutil.which
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None if name == "pdftoppm" else real(name))
    text, defects = extract_text("scan.pdf", "application/pdf", _scanned_pdf())
    assert "Распознано" in text, defects


def test_ocr_off_and_absent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PAPERCHASE_OCR", "off")
    text, defects = extract_text("scan.jpg", "image/jpeg", b"\xff\xd8\xff\xe0xx")
    assert text == "" and defects[0].kind == "ocr-skipped"
    monkeypatch.setenv("PAPERCHASE_OCR", "auto")
    monkeypatch.setenv("PATH", str(tmp_path))
    ocr._tesseract.cache_clear()
    try:
        text, defects = extract_text("scan.pdf", "application/pdf", _scanned_pdf())
    finally:
        ocr._tesseract.cache_clear()
    assert text == "" and defects[-1].kind == "ocr-skipped"
