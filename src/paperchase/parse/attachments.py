"""Text of an attachment, chosen by its content (magic bytes), not its name,
and the files packed inside one (zip, winmail.dat) as attachments of their
own named "outer.zip/inner.docx"."""

from __future__ import annotations

import zipfile
from io import BytesIO

from paperchase import settings
from paperchase.model import Attachment, Defect
from paperchase.parse.charset import decode
from paperchase.parse.html import html_to_text


def sniff(data: bytes, content_type: str = "", filename: str = "") -> str:
    """A short kind name: pdf, docx, xlsx, odt, pptx, zip, rtf, tnef, ole,
    image, html, text or binary."""
    head = data[:8]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\x78\x9f\x3e\x22"):
        return "tnef"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")) or (
        head.startswith(b"RIFF") and data[8:12] == b"WEBP"
    ):
        return "image"
    if head.startswith((b"7z\xbc\xaf", b"\x1f\x8b", b"Rar!", b"BZh")):
        return "archive"
    sample = data[:2048]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "binary"
    low = sample.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<table")) or (
        "html" in content_type and b"<" in sample
    ):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "content.xml" in names and "mimetype" in names:
                return "odt"
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        return "binary"
    return "zip"


def extract_text(filename: str, content_type: str, data: bytes, *, declared: str | None = None) -> tuple[str, list[Defect]]:
    """Text of one attachment (never raises): (text, defects). Containers
    (zip, winmail.dat) give the list of their members here; their members'
    texts come from `unpack`."""
    where = f"attachment:{filename}"
    kind = sniff(data, content_type, filename)
    defects: list[Defect] = []
    limit = settings.get_int("max_attachment_text_chars")
    try:
        text = _by_kind(kind, data, declared, where, defects)
    except Exception as exc:  # noqa: BLE001 - third-party readers raise anything on damaged files
        defects.append(Defect("attachment-text", f"{kind}: {type(exc).__name__}: {exc}"[:500], where))
        text = ""
    if len(text) > limit:
        defects.append(Defect("attachment-text", f"text of {len(text)} characters cut to {limit}", where))
        text = text[:limit]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, defects


def _by_kind(kind: str, data: bytes, declared: str | None, where: str, defects: list[Defect]) -> str:
    if kind == "text":
        text, _codec, more = decode(data, declared, where)
        defects.extend(more)
        return text
    if kind == "html":
        text, _codec, more = decode(data, declared, where)
        defects.extend(more)
        return html_to_text(text)
    if kind in ("pdf", "docx", "xlsx", "odt", "pptx"):
        from paperchase.parse import documents

        text = getattr(documents, kind)(data, defects, where)
        if kind == "pdf" and not text.strip():
            from paperchase.parse.ocr import ocr_pdf

            return ocr_pdf(data, defects, where)
        return text
    if kind == "rtf":
        from paperchase.parse.rtf import rtf_to_text

        return rtf_to_text(data)
    if kind == "image":
        from paperchase.parse.ocr import ocr_image

        return ocr_image(data, defects, where)
    if kind == "zip":
        return "\n".join(_zip_names(data))
    if kind == "tnef":
        from paperchase.parse.tnef import tnef_names

        return "\n".join(tnef_names(data, defects, where))
    if kind == "ole":
        from paperchase.parse.msword import ole_text

        return ole_text(data, defects, where)
    return ""


def _zip_names(data: bytes) -> list[str]:
    from paperchase.parse.unzip import member_name

    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return [member_name(i) for i in zf.infolist()[:1000]]
    except (zipfile.BadZipFile, ValueError, OSError):
        return []


def unpack(filename: str, content_type: str, data: bytes, *, depth: int = 0) -> list[Attachment]:
    """Files inside a zip or winmail.dat, with their text, named parent/inner."""
    kind = sniff(data[:4096] if not data.startswith(b"PK") else data, content_type, filename)
    try:
        if kind == "zip":
            from paperchase.parse.unzip import unzip

            return unzip(filename, data, depth=depth)
        if kind == "tnef":
            from paperchase.parse.tnef import tnef_files

            return tnef_files(filename, data)
    except Exception as exc:  # noqa: BLE001 - a damaged container is a defect, not a crash
        return [Attachment(f"{filename}/", content_type, b"", "",
                           defects=[Defect("attachment-unpack", f"{type(exc).__name__}: {exc}"[:500],
                                           f"attachment:{filename}")])]
    return []
