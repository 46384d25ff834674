"""Outlook's winmail.dat (application/ms-tnef): its files and its body,
unpacked into attachments of their own ("winmail.dat/report.docx",
"winmail.dat/body.rtf"), read with tnefparse (LGPL-free, BSD-style)."""

from __future__ import annotations

from typing import Any

from paperchase.model import Attachment, Defect


def _parse(data: bytes) -> Any:
    from tnefparse import TNEF

    return TNEF(data)


def _bodies(tnef: Any) -> list[tuple[str, str, bytes]]:
    out = []
    for name, ctype, attr in (("body.txt", "text/plain", "body"), ("body.html", "text/html", "htmlbody"),
                              ("body.rtf", "application/rtf", "rtfbody")):
        try:
            value = getattr(tnef, attr)
        except Exception:  # noqa: BLE001 - tnefparse decompresses lazily and may fail
            value = None
        if value:
            out.append((name, ctype, value if isinstance(value, bytes) else str(value).encode("utf-8")))
    return out


def tnef_names(data: bytes, defects: list[Defect], where: str) -> list[str]:
    try:
        tnef = _parse(data)
    except Exception as exc:  # noqa: BLE001
        defects.append(Defect("tnef", f"unreadable TNEF: {type(exc).__name__}: {exc}"[:300], where))
        return []
    return [_name(a, i) for i, a in enumerate(tnef.attachments)] + [b[0] for b in _bodies(tnef)]


def _name(att: Any, i: int) -> str:
    try:
        name = att.long_filename() or att.name
    except Exception:  # noqa: BLE001
        name = None
    if isinstance(name, bytes):
        name = name.decode("cp1252", "replace")
    name = str(name or f"attachment-{i + 1}").strip("\x00 ").replace("\\", "/")
    return name.rsplit("/", 1)[-1] or f"attachment-{i + 1}"


def tnef_files(parent: str, data: bytes) -> list[Attachment]:
    from paperchase.parse.attachments import extract_text

    try:
        tnef = _parse(data)
    except Exception:  # noqa: BLE001 - the reason is already recorded by tnef_names
        return []
    out = []
    items = [(_name(a, i), "application/octet-stream", a.data or b"") for i, a in enumerate(tnef.attachments)]
    items += _bodies(tnef)
    for name, ctype, content in items:
        full = f"{parent}/{name}"
        text, defects = extract_text(full, ctype, content)
        out.append(Attachment(full, ctype, content, text, defects=defects))
    return out
