"""Word 97 .doc and Excel 97 .xls text: compound files, a FIB and BIFF8
records written by hand here (no fixture on disk: real ones would need
Office), read back through extract_text."""

from __future__ import annotations

import struct

from paperchase.parse.attachments import extract_text

END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name: str, kind: int, start: int, size: int, left: int = NOSTREAM, child: int = NOSTREAM) -> bytes:
    raw = (name + "\x00").encode("utf-16-le") if name else b""
    entry = raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
    entry += struct.pack("<III", left, NOSTREAM, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
    entry += struct.pack("<IQ", start, size)
    return entry.ljust(128, b"\x00")


def compound_file(streams: list[tuple[str, bytes]]) -> bytes:
    """A version 3 compound file whose streams are all >= 4096 bytes (so no
    mini stream is needed): FAT in sector 0, directory in sector 1."""
    fat = [FATSECT, END]
    data = b""
    starts = []
    for _name, content in streams:
        content = content.ljust(max(4096, -(-len(content) // 512) * 512), b"\x00")
        first = len(fat)
        count = len(content) // 512
        fat += [first + i + 1 for i in range(count - 1)] + [END]
        starts.append((first, len(content)))
        data += content
    fat += [FREE] * (128 - len(fat))
    # entries chained through left siblings: callers give names longest first
    directory = _dir_entry("Root Entry", 5, END, 0, child=1)
    for i, (name, _content) in enumerate(streams):
        directory += _dir_entry(name, 2, *starts[i], left=i + 2 if i + 1 < len(streams) else NOSTREAM)
    while len(directory) % 512:
        directory += _dir_entry("", 0, 0, 0)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    return header + struct.pack("<128I", *fat) + directory + data


def word_doc(unicode_text: str, ansi_text: str) -> bytes:
    fib = bytearray(1024)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", fib, 0x0A, 0x0200)  # fWhichTblStm: 1Table
    pos = 32
    struct.pack_into("<H", fib, pos, 14)
    pos += 2 + 28
    struct.pack_into("<H", fib, pos, 22)
    struct.pack_into("<I", fib, pos + 2 + 3 * 4, len(unicode_text) + len(ansi_text))  # ccpText
    pos += 2 + 88
    struct.pack_into("<H", fib, pos, 93)
    pos += 2
    doc = bytes(fib) + unicode_text.encode("utf-16-le")
    doc = doc.ljust(2048, b"\x00") + ansi_text.encode("cp1252")
    n1, n2 = len(unicode_text), len(ansi_text)
    plc = struct.pack("<III", 0, n1, n1 + n2)
    plc += struct.pack("<HIH", 0, 1024, 0) + struct.pack("<HIH", 0, (2048 * 2) | 0x40000000, 0)
    clx = b"\x01" + struct.pack("<H", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", fib, pos + 33 * 8, 0, len(clx))
    doc = bytes(fib) + doc[1024:]
    return compound_file([("WordDocument", doc), ("1Table", clx)])


def test_word97_pieces_fields_and_cells() -> None:
    data = word_doc("Акт приёмки изделий\rРедуктор\x0712\x07\x07\r",
                    'See \x13 HYPERLINK "http://x.example" \x14the portal\x15 today\r')
    text, defects = extract_text("old.doc", "application/msword", data)
    assert not defects, defects
    assert text.startswith("Акт приёмки изделий\nРедуктор\t12\n")
    assert "See the portal today" in text and "HYPERLINK" not in text


def test_damaged_ole_is_a_defect() -> None:
    data = word_doc("x\r", "y\r")
    text, defects = extract_text("old.doc", "application/msword", data[:1500])
    assert text == "" and defects


def _rec(rtype: int, data: bytes) -> bytes:
    return struct.pack("<HH", rtype, len(data)) + data


def excel_workbook() -> bytes:
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0, 1997, 0, 0x0600)
    name = "Смета".encode("utf-16-le")
    # SST: one 8-bit string, then a 16-bit one split across a CONTINUE
    first = "Redactor".encode("latin-1")
    second = "Лопасть винта"
    sst = struct.pack("<II", 3, 2) + struct.pack("<HB", len(first), 0) + first
    sst += struct.pack("<HB", len(second), 1) + second[:4].encode("utf-16-le")
    cont = b"\x01" + second[4:].encode("utf-16-le")

    def globals_(offset: int) -> bytes:
        return (_rec(0x0809, bof) + _rec(0x0085, struct.pack("<IBBBB", offset, 0, 0, len("Смета"), 1) + name)
                + _rec(0x00FC, sst) + _rec(0x003C, cont) + _rec(0x000A, b""))

    head = globals_(0)
    sheet = _rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 1997, 0, 0x0600))
    sheet += _rec(0x00FD, struct.pack("<HHHI", 0, 0, 0, 1))
    sheet += _rec(0x0203, struct.pack("<HHHd", 0, 1, 0, 1500.5))
    sheet += _rec(0x027E, struct.pack("<HHHI", 0, 2, 0, (4 << 2) | 2))
    sheet += _rec(0x00FD, struct.pack("<HHHI", 1, 0, 0, 0))
    sheet += _rec(0x00BD, struct.pack("<HH", 1, 2) + struct.pack("<HI", 0, (7 << 2) | 2) + struct.pack("<H", 2))
    sheet += _rec(0x0204, struct.pack("<HHHHB", 2, 0, 0, 4, 0) + b"note")
    sheet += _rec(0x000A, b"")
    return compound_file([("Workbook", globals_(len(head)) + sheet)])


def test_excel97_workbook() -> None:
    text, defects = extract_text("old.xls", "application/vnd.ms-excel", excel_workbook())
    assert not defects, defects
    assert text == "# Смета\nЛопасть винта\t1500.5\t4\nRedactor\t\t7\nnote"
