"""Sources: turn a path into a stream of `RawItem`s, recognising what the
path holds by its content (mbox, Maildir, folder of .eml, .eml, Outlook
.msg, .pst/.ost, zip / tar / 7z archives of any of these, recursively).

`open_source(path)` checks the path and decides its kind up front, so a
missing path or a file that is no mailbox fails before an ingest starts;
`Source.iter_items()` then never raises for a bad item: it yields it with
`error` set, next to the good ones."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import lzma
import os
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import IO, cast

from paperchase.errors import SourceError
from paperchase.model import RawItem
from paperchase.sources.dispatch import iter_stream
from paperchase.sources.folder import first_mail_kind, folder_digest, is_maildir, iter_folder
from paperchase.sources.sniff import HEAD_BYTES, describe, sniff
from paperchase.sources.where import Where

__all__ = ["Source", "open_source", "KINDS"]

KINDS = ("mbox", "maildir", "eml-folder", "eml", "msg", "pst", "zip", "tar", "7z")
_COMPRESSED: dict[str, Callable[[Path], IO[bytes]]] = {
    "gzip": lambda p: cast(IO[bytes], gzip.open(p)),
    "bzip2": lambda p: cast(IO[bytes], bz2.open(p)),
    "xz": lambda p: cast(IO[bytes], lzma.open(p)),
}


class Source:
    """One path given to ingest. `sha256` is computed on first use (a full
    read of the file or folder), not by `open_source`, so opening stays
    cheap; `expected` is what the container says it holds, where it says
    so (a PST's item count), else None."""

    def __init__(self, path: Path, kind: str, expected: int | None = None) -> None:
        self.path = Path(os.path.abspath(path))
        self.kind = kind
        self.expected = expected
        self._folder = self.path.is_dir()

    def __repr__(self) -> str:
        return f"Source({str(self.path)!r}, kind={self.kind!r})"

    @cached_property
    def _digest(self) -> tuple[str, int]:
        if self._folder:
            return folder_digest(self.path)
        h = hashlib.sha256()
        with self.path.open("rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
        return h.hexdigest(), self.path.stat().st_size

    @property
    def sha256(self) -> str:
        return self._digest[0]

    @cached_property
    def size(self) -> int:
        if self._folder:
            return self._digest[1]
        return self.path.stat().st_size

    def iter_items(self) -> Iterator[RawItem]:
        where = Where(str(self.path), self.sha256, str(self.path))
        if self._folder:
            yield from iter_folder(self.path, where)
            return
        try:
            f = self.path.open("rb")
        except OSError as exc:
            yield where.fail(f"unreadable file: {exc.strerror or exc}")
            return
        with f:
            yield from iter_stream(f, where, self.path.name)


def _file_kind(path: Path, head: bytes) -> str:
    kind = sniff(head)
    if kind in _COMPRESSED:
        # a compressed tar is a tar; a compressed mbox or message is that
        try:
            with _COMPRESSED[kind](path) as f:
                inner = f.read(HEAD_BYTES)
        except (OSError, EOFError, lzma.LZMAError) as exc:
            raise SourceError(f"{path}: damaged {kind} file ({exc})") from exc
        inner_kind = sniff(inner)
        if inner_kind is None or inner_kind in _COMPRESSED:
            return _refuse(path, inner)
        return {"ole": "msg", "emlx": "eml"}.get(inner_kind, inner_kind)
    if kind is None:
        return _refuse(path, head)
    if kind == "emlx":
        return "eml"
    if kind == "ole":
        from paperchase.sources.msg import is_outlook_msg

        if not is_outlook_msg(path):
            raise SourceError(f"{path}: not a mailbox (an OLE2 file without Outlook message properties)")
        return "msg"
    if kind == "zip":
        from paperchase.sources.archives import zip_document_kind

        what = zip_document_kind(path)
        if what:
            raise SourceError(f"{path}: not a mailbox ({what})")
    return kind


def _refuse(path: Path, head: bytes) -> str:
    raise SourceError(f"{path}: not a mailbox ({describe(head)})")


def open_source(path: Path) -> Source:
    """Check `path` and recognise what it holds; raise `SourceError` for a
    path that does not exist, cannot be read, or holds no mail."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        try:
            found = first_mail_kind(path)
        except OSError as exc:
            raise SourceError(f"{path}: cannot read the folder ({exc.strerror or exc})") from exc
        if found is None:
            raise SourceError(f"{path}: no mailbox, message or archive found in this folder")
        return Source(path, "maildir" if is_maildir(path) else "eml-folder")
    if not path.is_file():
        raise SourceError(f"{path}: not a regular file or folder")
    try:
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    kind = _file_kind(path, head)
    expected = None
    if kind == "pst":
        from paperchase.sources.pst import count_items

        expected = count_items(path)
    return Source(path, kind, expected)
