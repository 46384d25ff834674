"""Text of Excel 97-2003 .xls workbooks (BIFF8), read from the Workbook
stream's records with olefile: every sheet, one line per row, cells joined by
tabs. Strings come from the shared string table (SST, which runs on through
CONTINUE records, switching between 8- and 16-bit characters at each), numbers
from NUMBER / RK / MULRK. Limits: number formats are not applied (a date shows
as its serial number), formulas' cached strings are skipped, BIFF5 and older
and encrypted workbooks are refused with a defect."""

from __future__ import annotations

import struct

from paperchase.model import Defect

_BOF, _EOF, _BOUNDSHEET, _SST, _CONTINUE = 0x0809, 0x000A, 0x0085, 0x00FC, 0x003C
_LABELSST, _LABEL, _NUMBER, _RK, _MULRK, _FILEPASS = 0x00FD, 0x0204, 0x0203, 0x027E, 0x00BD, 0x002F
_MAX_CELLS = 2_000_000


def _records(stream: bytes) -> list[tuple[int, int, bytes]]:
    out = []
    pos = 0
    while pos + 4 <= len(stream):
        rtype, size = struct.unpack_from("<HH", stream, pos)
        out.append((pos, rtype, stream[pos + 4:pos + 4 + size]))
        pos += 4 + size
    return out


class _Chunks:
    """A reader over a record and its CONTINUE records."""

    def __init__(self, parts: list[bytes]) -> None:
        self.parts = parts
        self.i = 0
        self.pos = 0

    def _ensure(self) -> None:
        while self.i < len(self.parts) and self.pos >= len(self.parts[self.i]):
            self.i += 1
            self.pos = 0
        if self.i >= len(self.parts):
            raise EOFError("SST runs past its records")

    def take(self, n: int) -> bytes:
        out = b""
        while n > 0:
            self._ensure()
            part = self.parts[self.i]
            chunk = part[self.pos:self.pos + n]
            out += chunk
            self.pos += len(chunk)
            n -= len(chunk)
        return out

    def chars(self, count: int, high: bool) -> str:
        out = []
        while count > 0:
            if self.pos >= len(self.parts[self.i]):
                self.i += 1
                self.pos = 0
                if self.i >= len(self.parts):
                    raise EOFError("SST string runs past its records")
                high = bool(self.parts[self.i][0] & 1)  # each CONTINUE restates the width
                self.pos = 1
            width = 2 if high else 1
            part = self.parts[self.i]
            n = min(count, (len(part) - self.pos) // width)
            if n <= 0:
                raise EOFError("SST string cut inside a character")
            raw = part[self.pos:self.pos + n * width]
            out.append(raw.decode("utf-16-le" if high else "latin-1", errors="replace"))
            self.pos += n * width
            count -= n
        return "".join(out)


def _sst(parts: list[bytes]) -> list[str]:
    reader = _Chunks(parts)
    _total, unique = struct.unpack("<II", reader.take(8))
    out = []
    for _ in range(min(unique, _MAX_CELLS)):
        try:
            cch, flags = struct.unpack("<HB", reader.take(3))
            runs = struct.unpack("<H", reader.take(2))[0] if flags & 0x08 else 0
            ext = struct.unpack("<I", reader.take(4))[0] if flags & 0x04 else 0
            out.append(reader.chars(cch, bool(flags & 0x01)))
            if runs:
                reader.take(4 * runs)
            if ext:
                reader.take(ext)
        except (EOFError, struct.error):
            break
    return out


def _rk(value: int) -> float | int:
    if value & 2:
        number: float | int = value >> 2 if not value & 0x80000000 else (value >> 2) - (1 << 30)
    else:
        number = struct.unpack("<d", struct.pack("<Q", (value & 0xFFFFFFFC) << 32))[0]
    return number / 100 if value & 1 else number


def _num(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def xls_text(stream: bytes, defects: list[Defect], where: str) -> str:
    records = _records(stream)
    if not records or records[0][1] != _BOF or struct.unpack_from("<H", records[0][2], 0)[0] != 0x0600:
        defects.append(Defect("attachment-text", "Excel file older than Excel 97 (BIFF5): text not read", where))
        return ""
    sheets: list[tuple[int, str]] = []
    shared: list[str] = []
    for idx, (_pos, rtype, data) in enumerate(records):
        if rtype == _FILEPASS:
            defects.append(Defect("attachment-text", "encrypted Excel workbook", where))
            return ""
        if rtype == _BOUNDSHEET and len(data) >= 8:
            offset, cch, high = struct.unpack_from("<I", data, 0)[0], data[6], data[7] & 1
            name = data[8:8 + cch * (2 if high else 1)].decode("utf-16-le" if high else "latin-1", "replace")
            sheets.append((offset, name))
        elif rtype == _SST:
            parts = [data]
            for _p, t, d in records[idx + 1:]:
                if t != _CONTINUE:
                    break
                parts.append(d)
            shared = _sst(parts)
        elif rtype == _EOF:
            break
    by_pos = {pos: i for i, (pos, _t, _d) in enumerate(records)}
    out: list[str] = []
    for offset, name in sheets:
        start = by_pos.get(offset)
        if start is None:
            defects.append(Defect("attachment-text", f"sheet {name!r}: bad offset", where))
            continue
        cells: dict[int, dict[int, str]] = {}
        for _pos, rtype, data in records[start + 1:]:
            if rtype == _EOF:
                break
            try:
                if rtype == _LABELSST:
                    row, col, _xf, isst = struct.unpack_from("<HHHI", data, 0)
                    if 0 <= isst < len(shared):
                        cells.setdefault(row, {})[col] = shared[isst]
                elif rtype == _NUMBER:
                    row, col, _xf, value = struct.unpack_from("<HHHd", data, 0)
                    cells.setdefault(row, {})[col] = _num(value)
                elif rtype == _RK:
                    row, col, _xf, rk = struct.unpack_from("<HHHI", data, 0)
                    cells.setdefault(row, {})[col] = _num(_rk(rk))
                elif rtype == _MULRK:
                    row, first = struct.unpack_from("<HH", data, 0)
                    for k in range((len(data) - 6) // 6):
                        rk = struct.unpack_from("<I", data, 4 + k * 6 + 2)[0]
                        cells.setdefault(row, {})[first + k] = _num(_rk(rk))
                elif rtype == _LABEL:
                    row, col, _xf, cch, flags = struct.unpack_from("<HHHHB", data, 0)
                    raw = data[9:9 + cch * (2 if flags & 1 else 1)]
                    cells.setdefault(row, {})[col] = raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")
            except struct.error:
                defects.append(Defect("attachment-text", f"sheet {name!r}: damaged cell record", where))
        out.append(f"# {name}")
        for row in sorted(cells):
            line = cells[row]
            out.append("\t".join(line.get(c, "") for c in range(max(line) + 1)))
    return "\n".join(out)
