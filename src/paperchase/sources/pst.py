"""Outlook .pst / .ost stores through libpff-python (`pypff`, LGPL-3.0).

Folders are walked recursively in store order. Every item is kept, mail or
not (contacts, appointments, distribution lists): its MAPI properties come
from its first record set, read the same way as a .msg (`outlook.py`);
bodies, recipients and attachments are read only from items pypff says are
messages.

"Raw bytes" of a PST item: a PST holds no RFC 822 text, so `data` is the
item's transport headers (as received, when it was received over SMTP)
followed by a blank line and its bodies (plain text, else HTML) in UTF-8.
An item without transport headers gets a small synthetic header block
(message class, subject, PST identifier) instead, so two different items
with empty bodies do not collapse into one. Locations: `member` is the
folder path and the item's identifier, e.g.
`Top of Personal Folders/Inbox#2097188`.

`expected` is the number of items the store's folders declare; a store
libpff cannot open (damaged, or an encryption it does not read) is recorded
as one refused item, never raised."""

from __future__ import annotations

import mimetypes
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pypff

from paperchase import settings
from paperchase.model import Defect, ParsedMessage, RawItem
from paperchase.sources.msg_props import ansi_codepage, codec_for, filetime_iso
from paperchase.sources.outlook import add_attachment, address, fill_common, finish, smtp
from paperchase.sources.where import Where

_PFF_ERRORS = (OSError, ValueError, TypeError, RuntimeError, MemoryError, OverflowError)


class PffProps:
    """MAPI properties of one pypff record set, by property id."""

    def __init__(self, record_set: Any, codec: str = "cp1252") -> None:
        self.codec = codec
        self.values: dict[int, tuple[int, bytes]] = {}
        if record_set is None:
            return
        for i in range(record_set.number_of_entries):
            try:
                entry = record_set.get_entry(i)
                self.values[entry.entry_type] = (entry.value_type, entry.data or b"")
            except _PFF_ERRORS:
                continue

    def string(self, pid: int) -> str | None:
        v = self.values.get(pid)
        if v is None:
            return None
        if v[0] == 0x001F:
            return v[1].decode("utf-16-le", "replace").rstrip("\x00")
        if v[0] == 0x001E:
            return v[1].rstrip(b"\x00").decode(self.codec, "replace")
        return None

    def binary(self, pid: int) -> bytes | None:
        v = self.values.get(pid)
        return v[1] if v is not None and v[0] == 0x0102 else None

    def long(self, pid: int) -> int | None:
        v = self.values.get(pid)
        if v is None or v[0] not in (0x0002, 0x0003, 0x000B) or not v[1]:
            return None
        return int.from_bytes(v[1][:4], "little", signed=True)

    def time(self, pid: int) -> str | None:
        v = self.values.get(pid)
        if v is None or v[0] != 0x0040 or len(v[1]) < 8:
            return None
        return filetime_iso(struct.unpack_from("<q", v[1])[0])


def _record_set(item: Any, i: int = 0) -> Any:
    try:
        return item.get_record_set(i) if item.number_of_record_sets > i else None
    except _PFF_ERRORS:
        return None


def _props(item: Any) -> PffProps:
    props = PffProps(_record_set(item))
    props.codec = codec_for(ansi_codepage(props.long(0x3FFD), props.long(0x3FF1), props.long(0x3FDE)))
    return props


def _open(fh: BinaryIO) -> Any:
    pst = pypff.file()
    pst.open_file_object(fh)
    return pst


def _walk(folder: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(folder path, folder) for every folder, depth first, in store order."""
    yield path, folder
    for i in range(folder.number_of_sub_folders):
        sub = folder.get_sub_folder(i)
        name = (sub.name or f"folder-{i}").replace("!", "_")
        yield from _walk(sub, f"{path}/{name}" if path else name)


def count_items(path: Path) -> int | None:
    """The number of items the store's folders say they hold, or None when
    the store cannot be opened (iter_items then records why)."""
    try:
        with path.open("rb") as fh:
            pst = _open(fh)
            try:
                return int(sum(f.number_of_sub_messages for _, f in _walk(pst.get_root_folder(), "")))
            finally:
                pst.close()
    except _PFF_ERRORS:
        return None


def _decode(data: bytes, codec: str) -> str:
    for name in ("utf-8", codec):
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode(codec, "replace")


def _bodies(item: Any, msg: ParsedMessage, codec: str) -> None:
    """Bodies that live outside the first record set (long values)."""
    try:
        if not msg.text and item.plain_text_body:
            msg.text = _decode(item.plain_text_body, codec).rstrip("\x00")
        if msg.html is None and item.html_body:
            msg.html = _decode(item.html_body, codec).rstrip("\x00")
    except _PFF_ERRORS as exc:
        msg.defects.append(Defect("body", f"PST body unreadable: {exc}", "body"))


def _recipients(item: Any, msg: ParsedMessage, codec: str) -> None:
    try:
        recips = item.recipients
    except _PFF_ERRORS:
        return
    if recips is None:
        return
    for i in range(recips.number_of_record_sets):
        r = PffProps(_record_set(recips, i), codec)
        addr = address(r.string(0x3001), smtp(r, 0x39FE, 0x3003))
        kind = r.long(0x0C15)
        (msg.cc if kind == 2 else msg.bcc if kind == 3 else msg.to).append(addr)


def _attachments(item: Any, msg: ParsedMessage, where: Where, depth: int) -> None:
    for i in range(item.number_of_attachments):
        try:
            att = item.get_attachment(i)
            a = PffProps(_record_set(att), msg_codec(item))
            filename = a.string(0x3707) or a.string(0x3704) or a.string(0x3001) or f"attachment-{i + 1}"
            mime = a.string(0x370E) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
            if a.long(0x3705) == 5 and att.number_of_sub_items:
                if depth + 1 > settings.get_int("max_nesting"):
                    msg.defects.append(
                        Defect("nesting", "embedded message nested too deep", f"attachment:{filename}")
                    )
                    continue
                sub = att.get_sub_item(0)
                child_where = where.inside(filename)
                parsed, data = read_item(sub, child_where, depth + 1)
                msg.children.append(RawItem(data, child_where.location(), kind="outlook", parsed=parsed))
                continue
            size = att.size or 0
            data = att.read_buffer(size) if size else b""
        except _PFF_ERRORS as exc:
            msg.defects.append(
                Defect("attachment", f"unreadable PST attachment {i + 1}: {exc}", "attachments")
            )
            continue
        add_attachment(msg, filename, mime, data, where)


def msg_codec(item: Any) -> str:
    return _props(item).codec


def read_item(item: Any, where: Where, depth: int = 0) -> tuple[ParsedMessage, bytes]:
    """(ParsedMessage, bytes kept as its raw data) for one PST item."""
    props = _props(item)
    msg = ParsedMessage()
    fill_common(props, msg, codec_for(props.long(0x3FDE), props.codec))
    headers = props.string(0x007D) or ""
    if isinstance(item, pypff.message):
        _bodies(item, msg, props.codec)
        _recipients(item, msg, props.codec)
        try:
            _attachments(item, msg, where, depth)
        except _PFF_ERRORS as exc:
            msg.defects.append(Defect("attachment", f"PST attachments unreadable: {exc}", "attachments"))
    if not headers:
        klass = props.string(0x001A) or ""
        ident = getattr(item, "identifier", "")
        headers = (
            f"X-Outlook-Message-Class: {klass}\r\nSubject: {msg.subject}\r\nX-PST-Identifier: {ident}\r\n"
        )
    body = msg.text or msg.html or ""
    data = headers.encode("utf-8") + b"\r\n" + body.encode("utf-8", "surrogatepass")
    finish(msg)
    return msg, data


def _items(pst: Any, where: Where) -> Iterator[RawItem]:
    for path, folder in _walk(pst.get_root_folder(), ""):
        for i in range(folder.number_of_sub_messages):
            try:
                item = folder.get_sub_message(i)
                ident = item.identifier
            except _PFF_ERRORS as exc:
                yield where.inside(f"{path}#item-{i}").fail(f"unreadable PST item: {exc}")
                continue
            w = where.inside(f"{path}#{ident}")
            try:
                parsed, data = read_item(item, w)
            except _PFF_ERRORS as exc:
                yield w.fail(f"unreadable PST item: {type(exc).__name__}: {exc}")
                continue
            yield RawItem(data, w.location(), kind="outlook", parsed=parsed)


def iter_pst_file(fh: BinaryIO, where: Where, name: str) -> Iterator[RawItem]:
    try:
        pst = _open(fh)
    except _PFF_ERRORS as exc:
        # pypff reads some objects only from real files: try a temporary copy
        try:
            fh.seek(0)
            with tempfile.TemporaryFile() as tmp:
                while block := fh.read(1 << 20):
                    tmp.write(block)
                tmp.seek(0)
                pst = _open(tmp)
                try:
                    yield from _items(pst, where)
                finally:
                    pst.close()
                return
        except _PFF_ERRORS:
            yield where.fail(f"unreadable PST/OST store (damaged or encrypted?): {exc}")
            return
    try:
        yield from _items(pst, where)
    finally:
        pst.close()
