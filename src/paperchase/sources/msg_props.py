"""MAPI properties of an Outlook .msg ([MS-OXMSG]) read with olefile: one
`Storage` per message, recipient, attachment or embedded message.

Fixed-size values sit in the `__properties_version1.0` stream (16-byte
entries after a header of 32 bytes for the top message, 24 for an embedded
one, 8 for recipients and attachments); strings and binaries sit in streams
`__substg1.0_IIIITTTT` (property id, type in hex). PT_UNICODE (001F) is
UTF-16LE; PT_STRING8 (001E) is in the message's code page, which is why
every `Storage` carries the codec of the message it belongs to."""

from __future__ import annotations

import codecs
import struct
from datetime import UTC, datetime, timedelta

import olefile

PT_SHORT, PT_LONG, PT_BOOLEAN, PT_I8, PT_SYSTIME = 0x0002, 0x0003, 0x000B, 0x0014, 0x0040
PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D

# Windows code page numbers whose Python codec is not simply "cp<n>"
_CODEPAGES = {
    65001: "utf-8",
    20866: "koi8-r",
    21866: "koi8-u",
    28591: "latin-1",
    28595: "iso8859-5",
    10007: "mac-cyrillic",
    50220: "iso2022_jp",
    50221: "iso2022_jp",
    50222: "iso2022_jp",
    51932: "euc_jp",
    20932: "euc_jp",
    936: "gbk",
    54936: "gb18030",
    52936: "hz",
    1200: "utf-16-le",
    28592: "iso8859-2",
    28597: "iso8859-7",
    28599: "iso8859-9",
    28605: "iso8859-15",
}
_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)

# ANSI code page of a Windows locale, by primary language (LCID & 0x3FF):
# where a .msg names no code page for its 8-bit strings, the locale it was
# written under decides, as it did in Outlook
_LANG_ANSI = {
    0x11: 932,
    0x12: 949,
    0x19: 1251,
    0x22: 1251,
    0x23: 1251,
    0x02: 1251,
    0x2F: 1251,
    0x3F: 1251,
    0x40: 1251,
    0x44: 1251,
    0x50: 1251,
    0x08: 1253,
    0x1F: 1254,
    0x0D: 1255,
    0x01: 1256,
    0x29: 1256,
    0x25: 1257,
    0x26: 1257,
    0x27: 1257,
    0x2A: 1258,
    0x1E: 874,
    0x05: 1250,
    0x0E: 1250,
    0x15: 1250,
    0x18: 1250,
    0x1A: 1250,
    0x1B: 1250,
    0x24: 1250,
    0x1C: 1250,
}
# the Windows ANSI code page that goes with an internet code page
_INTERNET_ANSI = {
    50220: 932,
    50221: 932,
    50222: 932,
    51932: 932,
    20932: 932,
    20866: 1251,
    21866: 1251,
    28595: 1251,
    10007: 1251,
    936: 936,
    54936: 936,
    52936: 936,
    51949: 949,
    949: 949,
    950: 950,
    28592: 1250,
    28597: 1253,
    28599: 1254,
    28598: 1255,
    28596: 1256,
    28594: 1257,
    28591: 1252,
}


def ansi_codepage(message_cp: int | None, locale_id: int | None, internet_cp: int | None) -> int | None:
    """The code page of a message's PT_STRING8 values: PR_MESSAGE_CODEPAGE,
    else the ANSI page of PR_MESSAGE_LOCALE_ID, else the one that goes with
    PR_INTERNET_CPID."""
    if message_cp:
        return message_cp
    if locale_id:
        if (locale_id & 0x3FF) == 0x04:  # Chinese: traditional or simplified
            return 950 if locale_id in (0x0404, 0x0C04, 0x1404) else 936
        if (locale_id & 0x3FF) in _LANG_ANSI:
            return _LANG_ANSI[locale_id & 0x3FF]
    if internet_cp:
        if 1250 <= internet_cp <= 1258 or internet_cp in (874, 932):
            return internet_cp
        return _INTERNET_ANSI.get(internet_cp)
    return None


def codec_for(codepage: int | None, default: str = "cp1252") -> str:
    if not codepage:
        return default
    name = _CODEPAGES.get(codepage, f"cp{codepage}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return default


def filetime_iso(value: int) -> str | None:
    """A FILETIME (100 ns since 1601, UTC) as ISO 8601; None for the
    "no date" sentinels Outlook writes."""
    if value <= 0 or value >= 0x7FFFFFFFFFFFFFFF:
        return None
    try:
        when = _EPOCH + timedelta(microseconds=value // 10)
    except OverflowError:
        return None
    if when.year < 1980 or when.year > 2200:
        return None
    return when.replace(microsecond=0).isoformat()


class Storage:
    def __init__(self, ole: olefile.OleFileIO, prefix: list[str], header: int, codec: str = "cp1252") -> None:
        self.ole = ole
        self.prefix = prefix
        self.codec = codec
        self.fixed: dict[int, tuple[int, bytes]] = {}
        raw = self.stream("__properties_version1.0") or b""
        for pos in range(header, len(raw) - 15, 16):
            ptype, pid = struct.unpack_from("<HH", raw, pos)
            self.fixed[pid] = (ptype, raw[pos + 8 : pos + 16])
        self.header = raw[:header]

    def path(self, name: str) -> list[str]:
        return [*self.prefix, name]

    def exists(self, name: str) -> bool:
        return bool(self.ole.exists("/".join(self.path(name))))

    def stream(self, name: str) -> bytes | None:
        p = "/".join(self.path(name))
        if not self.ole.exists(p) or self.ole.get_type(p) != olefile.STGTY_STREAM:
            return None
        return bytes(self.ole.openstream(p).read())

    def children(self, kind: str) -> list[str]:
        """Names of the sub-storages `__recip_version1.0_#…` or
        `__attach_version1.0_#…` directly below this storage, in order."""
        depth = len(self.prefix)
        names = {
            entry[depth]
            for entry in self.ole.listdir(streams=True, storages=True)
            if len(entry) > depth + 1 and entry[:depth] == self.prefix and entry[depth].startswith(kind)
        }
        return sorted(names)

    def sub(self, name: str, header: int = 8) -> Storage:
        return Storage(self.ole, self.path(name), header, self.codec)

    def string(self, pid: int) -> str | None:
        data = self.stream(f"__substg1.0_{pid:04X}{PT_UNICODE:04X}")
        if data is not None:
            return data.decode("utf-16-le", "replace").rstrip("\x00")
        data = self.stream(f"__substg1.0_{pid:04X}{PT_STRING8:04X}")
        if data is not None:
            return data.rstrip(b"\x00").decode(self.codec, "replace")
        return None

    def binary(self, pid: int) -> bytes | None:
        return self.stream(f"__substg1.0_{pid:04X}{PT_BINARY:04X}")

    def long(self, pid: int) -> int | None:
        entry = self.fixed.get(pid)
        if entry is None or entry[0] not in (PT_LONG, PT_SHORT, PT_BOOLEAN):
            return None
        return int(struct.unpack_from("<i", entry[1])[0])

    def time(self, pid: int) -> str | None:
        entry = self.fixed.get(pid)
        if entry is None or entry[0] != PT_SYSTIME:
            return None
        return filetime_iso(struct.unpack_from("<q", entry[1])[0])

    def dump(self) -> bytes:
        """Every stream below this storage as name, length, bytes, sorted: a
        stable byte form of an embedded message, which has no file of its
        own, so that it can be hashed and kept."""
        depth = len(self.prefix)
        out = []
        for entry in sorted(self.ole.listdir(streams=True, storages=False)):
            if entry[:depth] != self.prefix or len(entry) <= depth:
                continue
            data = bytes(self.ole.openstream("/".join(entry)).read())
            name = "/".join(entry[depth:]).encode("utf-8")
            out.append(struct.pack("<I", len(name)) + name + struct.pack("<Q", len(data)) + data)
        return b"".join(out)
