"""Outlook .msg files (OLE2 compound files, [MS-OXMSG]) read with olefile
and compressed-rtf, both permissive (extract-msg is GPL, so not used).

Each .msg becomes one `RawItem(kind="outlook")` whose `data` is the .msg
file's bytes and whose `parsed` is filled here: Outlook items carry no MIME
text for the parse stage to read. An embedded message (attach method 5)
becomes a child item in `parsed.children`, recursively; its `data` is a
stable dump of its storage (`Storage.dump`), as it has no file of its own.

Items that are not mail (contacts, appointments, notes) are kept with what
they hold; their message class is in the headers as `X-Outlook-Message-Class`."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import olefile

from paperchase import settings
from paperchase.model import Defect, ParsedMessage, RawItem
from paperchase.sources.msg_props import Storage, ansi_codepage, codec_for
from paperchase.sources.outlook import add_attachment, address, fill_common, finish, smtp
from paperchase.sources.where import Where

_ATTACH = "__attach_version1.0_#"
_RECIP = "__recip_version1.0_#"
_EMBEDDED = "__substg1.0_3701000D"


def is_outlook_msg(src: Path | BinaryIO | bytes) -> bool:
    """An OLE2 file that holds Outlook message properties (not a Word or
    Excel file, which are OLE2 too)."""
    try:
        if isinstance(src, Path):
            if not olefile.isOleFile(str(src)):
                return False
            ole = olefile.OleFileIO(str(src))
        else:
            ole = olefile.OleFileIO(src)
    except (OSError, ValueError, TypeError):
        return False
    try:
        return bool(ole.exists("__properties_version1.0") or ole.exists("__nameid_version1.0"))
    finally:
        ole.close()


def _recipients(st: Storage, msg: ParsedMessage) -> None:
    for name in st.children(_RECIP):
        r = st.sub(name)
        email = smtp(r, 0x39FE, 0x3003)
        addr = address(r.string(0x3001), email)
        kind = r.long(0x0C15)
        (msg.cc if kind == 2 else msg.bcc if kind == 3 else msg.to).append(addr)


def _attachments(st: Storage, msg: ParsedMessage, where: Where, depth: int) -> None:
    for name in st.children(_ATTACH):
        a = st.sub(name)
        filename = a.string(0x3707) or a.string(0x3704) or a.string(0x3001) or name
        mime = a.string(0x370E) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        method = a.long(0x3705)
        if a.exists(_EMBEDDED):
            inner = a.sub(_EMBEDDED, header=24)
            if method == 5 or inner.exists("__properties_version1.0") and inner.string(0x001A) is not None:
                child_where = where.inside(filename)
                if depth + 1 > settings.get_int("max_nesting"):
                    msg.defects.append(
                        Defect("nesting", "embedded message nested too deep", f"attachment:{filename}")
                    )
                    continue
                child = read_message(inner, child_where, depth + 1)
                msg.children.append(
                    RawItem(inner.dump(), child_where.location(), kind="outlook", parsed=child)
                )
                continue
            data = inner.dump()
            mime = "application/x-ole-storage"
        else:
            data = a.binary(0x3701) or b""
        add_attachment(msg, filename, mime, data, where)


def read_message(st: Storage, where: Where, depth: int = 0) -> ParsedMessage:
    """A `ParsedMessage` from one message storage (top or embedded)."""
    st.codec = codec_for(ansi_codepage(st.long(0x3FFD), st.long(0x3FF1), st.long(0x3FDE)), st.codec)
    internet_codec = codec_for(st.long(0x3FDE) or st.long(0x3FFD), st.codec)
    msg = ParsedMessage()
    fill_common(st, msg, internet_codec)
    _recipients(st, msg)
    _attachments(st, msg, where, depth)
    finish(msg)
    return msg


def iter_msg_file(fh: BinaryIO, where: Where) -> Iterator[RawItem]:
    cap = settings.get_int("max_message_bytes")
    data = fh.read(cap + 1)
    if len(data) > cap:
        yield where.fail(f"message too large: Outlook item over max_message_bytes ({cap} bytes)")
        return
    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError) as exc:
        yield where.fail(f"unreadable OLE2 file: {exc}", data)
        return
    try:
        if not (ole.exists("__properties_version1.0") or ole.exists("__nameid_version1.0")):
            yield where.fail("not a mailbox: OLE2 file without Outlook message properties (Word, Excel?)")
            return
        parsed = read_message(Storage(ole, [], header=32), where)
    finally:
        ole.close()
    yield RawItem(data, where.location(), kind="outlook", parsed=parsed)
