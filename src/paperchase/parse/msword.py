"""Text of Word 97-2003 .doc files from the piece table, with olefile (BSD);
Excel 97 workbooks are passed on to xls.py. Old .doc attachments are
common in Russian-language office mail of the 2000s and 2010s.

The FIB at the start of the WordDocument stream points to the piece table
(Clx) in the 0Table or 1Table stream; each piece is a run of characters,
either 8-bit (cp1252) or UTF-16LE. Field instructions (between 0x13 and
0x14) are dropped and their results kept; cell and row marks become tabs
and line ends. Encrypted files and Word 6/95 files are refused with a defect."""

from __future__ import annotations

import struct
from io import BytesIO

from paperchase.model import Defect

_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
_MAP = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x07": "\t", "\x01": None, "\x08": None,
                      "\x02": None, "\x05": None, "\x1e": "-", "\x1f": None, "\xa0": " "})


def ole_text(data: bytes, defects: list[Defect], where: str) -> str:
    """Text of an OLE2 document: Word .doc; other kinds get a defect."""
    import olefile

    ole = olefile.OleFileIO(BytesIO(data))
    try:
        if ole.exists("WordDocument"):
            return _word(ole, defects, where)
        if ole.exists("Workbook"):
            from paperchase.parse.xls import xls_text

            return xls_text(ole.openstream("Workbook").read(), defects, where)
        kind = "Excel 5 .xls" if ole.exists("Book") else (
            "PowerPoint .ppt" if ole.exists("PowerPoint Document") else "OLE2")
        defects.append(Defect("attachment-text", f"{kind} file: text not read (format not supported)", where))
        return ""
    finally:
        ole.close()


def _word(ole, defects: list[Defect], where: str) -> str:  # noqa: ANN001 - olefile has no types
    doc = ole.openstream("WordDocument").read()
    if len(doc) < 0x200 or struct.unpack_from("<H", doc, 0)[0] != 0xA5EC:
        defects.append(Defect("attachment-text", "Word file older than Word 97: text not read", where))
        return ""
    flags = struct.unpack_from("<H", doc, 0x0A)[0]
    if flags & 0x0100:
        defects.append(Defect("attachment-text", "encrypted Word document", where))
        return ""
    table_name = "1Table" if flags & 0x0200 else "0Table"
    if not ole.exists(table_name):
        defects.append(Defect("attachment-text", f"Word document without its {table_name} stream", where))
        return ""
    table = ole.openstream(table_name).read()
    pos = 32
    csw = struct.unpack_from("<H", doc, pos)[0]
    pos += 2 + csw * 2
    cslw = struct.unpack_from("<H", doc, pos)[0]
    pos += 2 + cslw * 4
    pos += 2  # cbRgFcLcb
    fc_clx, lcb_clx = struct.unpack_from("<II", doc, pos + 33 * 8)
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        defects.append(Defect("attachment-text", "Word document without a readable piece table", where))
        return ""
    return _pieces(doc, table[fc_clx:fc_clx + lcb_clx], defects, where)


def _pieces(doc: bytes, clx: bytes, defects: list[Defect], where: str) -> str:
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # Prc: property modifiers, skipped
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 0x02:
        defects.append(Defect("attachment-text", "Word piece table not found", where))
        return ""
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out: list[str] = []
    for k in range(n):
        fc = struct.unpack_from("<I", plc, (n + 1) * 4 + k * 8 + 2)[0]
        count = cps[k + 1] - cps[k]
        if count <= 0:
            continue
        if fc & 0x40000000:
            start = (fc & ~0x40000000) // 2
            out.append(doc[start:start + count].decode("cp1252", errors="replace"))
        else:
            out.append(doc[fc:fc + 2 * count].decode("utf-16-le", errors="replace"))
    return _clean("".join(out))


def _clean(text: str) -> str:
    """Drop field instructions (keep their results) and map Word's marks."""
    if _FIELD_BEGIN in text:
        out: list[str] = []
        depth = 0
        showing: list[bool] = []
        for ch in text:
            if ch == _FIELD_BEGIN:
                depth += 1
                showing.append(False)
            elif ch == _FIELD_SEP and depth:
                showing[-1] = True
            elif ch == _FIELD_END and depth:
                depth -= 1
                showing.pop()
            elif not showing or showing[-1]:
                out.append(ch)
        text = "".join(out)
    text = text.replace("\x07\x07", "\n").translate(_MAP)  # last cell's mark + the row's mark
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()
