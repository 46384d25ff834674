"""Read one file (a file of a folder, an archive member, the source itself)
by what its bytes are, and turn anything that goes wrong inside it into a
refused item, so one bad file never stops the others."""

from __future__ import annotations

import bz2
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from paperchase import settings
from paperchase.model import RawItem
from paperchase.sources.mbox import HEAD_KEPT, iter_mbox
from paperchase.sources.sniff import EMLX, HEAD_BYTES, describe, sniff
from paperchase.sources.where import Refused, Where

ARCHIVES = frozenset({"zip", "tar", "7z", "gzip", "bzip2", "xz"})

# What third-party readers raise on damaged input: recorded, never fatal.
READ_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    UnicodeError,
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,
    RuntimeError,
    AttributeError,
    OverflowError,
    MemoryError,
)
try:  # py7zr's own family (Bad7zFile, password and unsupported-method errors)
    import py7zr.exceptions as _p7e

    READ_ERRORS = (*READ_ERRORS, _p7e.ArchiveError, _p7e.Bad7zFile)
except ImportError:  # pragma: no cover - py7zr is a core dependency
    pass
_ = bz2  # imported so that its errors (OSError) come from a loaded module


def read_capped(fh: BinaryIO, where: Where) -> RawItem:
    """One whole message file (.eml, a Maildir file): its bytes, up to the
    size limit."""
    cap = settings.get_int("max_message_bytes")
    data = fh.read(cap + 1)
    if len(data) > cap:
        return where.fail(
            f"message too large: over max_message_bytes ({cap} bytes); only the first {HEAD_KEPT} bytes kept",
            data[:HEAD_KEPT],
        )
    return RawItem(data=data, location=where.location())


def read_emlx(fh: BinaryIO, where: Where) -> RawItem:
    """An Apple Mail .emlx: the message is the `n` bytes after the first
    line (which holds `n`); the property list after it is Mail's own."""
    first = fh.readline(64)
    m = EMLX.match(first)
    size = int(m.group(1)) if m else 0
    cap = settings.get_int("max_message_bytes")
    if size > cap:
        return where.fail(
            f"message too large: over max_message_bytes ({cap} bytes); only the first {HEAD_KEPT} bytes kept",
            fh.read(HEAD_KEPT),
        )
    return RawItem(data=fh.read(size), location=where.location())


def iter_stream(fh: BinaryIO, where: Where, name: str) -> Iterator[RawItem]:
    """Yield the items of one seekable binary file, recognised by content.
    `name` (the file or member name) is only used to name temporary files
    and members, never to decide what the file is."""
    head = fh.read(HEAD_BYTES)
    fh.seek(0)
    kind = sniff(head)
    try:
        if kind == "mbox":
            yield from iter_mbox(fh, where)
        elif kind == "eml":
            yield read_capped(fh, where)
        elif kind == "emlx":
            yield read_emlx(fh, where)
        elif kind == "ole":
            from paperchase.sources.msg import iter_msg_file

            yield from iter_msg_file(fh, where)
        elif kind == "pst":
            from paperchase.sources.pst import iter_pst_file

            yield from iter_pst_file(fh, where, name)
        elif kind in ARCHIVES:
            from paperchase.sources.archives import iter_archive

            yield from iter_archive(kind, fh, where, name)
        else:
            yield where.fail(f"not a mailbox: {describe(head)}")
    except Refused as exc:
        yield where.fail(str(exc), head[:HEAD_KEPT] if kind in ("mbox", "eml") else b"")
    except READ_ERRORS as exc:
        yield where.fail(f"unreadable {kind or 'file'}: {type(exc).__name__}: {exc}")
