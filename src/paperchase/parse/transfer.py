"""Content-Transfer-Encodings, tolerant: base64 with bad padding or garbage
lines, quoted-printable with stray `=`, uuencode, and 8bit/binary as is."""

from __future__ import annotations

import binascii
import re

from paperchase.model import Defect

_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_MID_PAD = re.compile(rb"(?<==)\s*(?=[A-Za-z0-9+/])")


def b64decode(data: bytes) -> tuple[bytes, list[Defect]]:
    defects: list[Defect] = []
    eq = data.find(b"=")  # a match sits after an "=": search from the first one, not the whole body
    if eq >= 0 and _MID_PAD.search(data, eq):
        # padding in the middle: pieces encoded one by one and glued together
        parts = [b64decode(p) for p in _MID_PAD.split(data)]
        return b"".join(p[0] for p in parts), [d for p in parts for d in p[1]]
    try:
        return binascii.a2b_base64(data, strict_mode=False), defects
    except (binascii.Error, ValueError):
        pass
    clean = _B64_JUNK.sub(b"", data)
    if len(clean) % 4 == 1:
        clean = clean[:-1]
    clean += b"=" * (-len(clean) % 4)
    defects.append(Defect("base64", "damaged base64 repaired", ""))
    try:
        return binascii.a2b_base64(clean), defects
    except (binascii.Error, ValueError) as exc:
        defects.append(Defect("base64", f"undecodable base64: {exc}", ""))
        return data, defects


def qpdecode(data: bytes) -> bytes:
    return binascii.a2b_qp(data)


_UU_BEGIN = re.compile(rb"^begin(?:-base64)? [0-7]{3,4} (.+?)\r?$", re.M)


def uudecode(data: bytes) -> tuple[list[tuple[str, bytes]], bytes, list[Defect]]:
    """Files uuencoded in a text body: [(name, bytes)], the text without them."""
    files: list[tuple[str, bytes]] = []
    defects: list[Defect] = []
    rest = bytearray()
    pos = 0
    for m in _UU_BEGIN.finditer(data):
        if m.start() < pos:
            continue
        end = data.find(b"\nend", m.end())
        if end < 0:
            end = len(data)
            defects.append(Defect("uuencode", "uuencoded file without end line", ""))
        rest += data[pos:m.start()]
        out = bytearray()
        for line in data[m.end():end].splitlines():
            line = line.rstrip(b"\r")
            if not line:
                continue
            try:
                out += binascii.a2b_uu(line)
            except binascii.Error:
                try:  # some encoders drop trailing spaces; pad the line to its length byte
                    n = (line[0] - 32) & 63
                    out += binascii.a2b_uu(line + b" " * ((n * 4 + 2) // 3 + 1 - len(line)))
                except (binascii.Error, IndexError, ValueError):
                    defects.append(Defect("uuencode", "damaged uuencoded line skipped", ""))
        files.append((m.group(1).decode("latin-1").strip(), bytes(out)))
        pos = data.find(b"\n", end + 1)
        pos = len(data) if pos < 0 else pos + 1
    if not files:
        return [], data, defects
    rest += data[pos:]
    return files, bytes(rest), defects


def decode_transfer(payload: bytes, cte: str) -> tuple[bytes, list[Defect]]:
    cte = cte.strip().lower()
    if cte == "base64":
        return b64decode(payload)
    if cte == "quoted-printable":
        return qpdecode(payload), []
    if cte in ("", "7bit", "8bit", "binary"):
        return payload, []
    if cte in ("x-uuencode", "uuencode", "x-uue"):
        files, _rest, defects = uudecode(payload)
        return (files[0][1] if files else payload), defects
    return payload, [Defect("transfer-encoding", f"unknown Content-Transfer-Encoding {cte!r}", "")]
