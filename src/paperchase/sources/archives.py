"""Archives as sources or inside sources: zip, tar (plain, .gz, .bz2, .xz),
7z, and single gzip / bzip2 / xz files (an `mbox.gz`), recursively.

Nothing is ever extracted under a member's own name: members are streamed
(mbox and message files) or copied into anonymous temporary files (what
needs random access: .msg, .pst, nested archives), so a name like
`../../etc/passwd` cannot write anywhere. Such a name is still refused and
recorded, as are symlink and device members, encrypted members, members
past `max_archive_members`, members whose compression ratio passes
`max_archive_ratio`, and anything past `max_archive_total_bytes` unpacked
for the whole source (`Budget`, shared across nesting levels) or nested
deeper than `max_nesting`. Good members next to a refused one are kept.

Non-mail members (a PDF in a zip) are recorded as "not a mailbox" without
reading past their first bytes."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import shutil
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, cast

from paperchase import settings
from paperchase.model import RawItem
from paperchase.sources.dispatch import iter_stream
from paperchase.sources.folder import is_bookkeeping
from paperchase.sources.sniff import HEAD_BYTES, describe, sniff
from paperchase.sources.where import Refused, Where

# below this many unpacked bytes no ratio is a danger (a 1 MB file of
# zeros); above it the ratio limit applies
RATIO_FLOOR = 1 << 20
SPOOL_IN_MEMORY = 8 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")


class Meter:
    """Counts bytes unpacked from one compressed run (a zip member, a whole
    tar.gz, a gzip stream) and refuses a ratio above the limit."""

    def __init__(self, packed: int | None, budget_take: Callable[[int], None]) -> None:
        self.packed = packed
        self.unpacked = 0
        self.ratio = settings.get_int("max_archive_ratio")
        self._take = budget_take

    def add(self, n: int) -> None:
        self.unpacked += n
        self._take(n)
        if self.packed and self.unpacked > RATIO_FLOOR and self.unpacked > self.ratio * self.packed:
            raise Refused(
                f"archive-bomb: compression ratio over {self.ratio} "
                f"({self.unpacked} bytes from {self.packed} packed)"
            )


class _Metered(io.RawIOBase):
    """A readable stream whose every new byte goes through a `Meter`;
    bytes read again after a seek back (sniffing) are not counted twice."""

    def __init__(self, inner: IO[bytes], meter: Meter) -> None:
        self._inner = inner
        self._meter = meter
        self._pos = 0
        self._high = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n)
        self._pos += len(data)
        if self._pos > self._high:
            self._meter.add(self._pos - self._high)
            self._high = self._pos
        return data

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = self._inner.seek(offset, whence)
        return self._pos

    def tell(self) -> int:
        return self._inner.tell()


@dataclass(slots=True)
class Member:
    name: str
    type: str  # file, dir, link, other
    size: int | None
    packed: int | None
    open: Callable[[], AbstractContextManager[IO[bytes]]]
    encrypted: bool = False


def unsafe_name(name: str) -> str | None:
    """Why a member name would leave the folder it is unpacked into."""
    n = name.replace("\\", "/")
    if "\x00" in n:
        return "NUL byte in member name"
    if n.startswith("/") or _DRIVE.match(n):
        return "absolute path in member name"
    if ".." in n.split("/"):
        return "'..' in member name leaves the archive"
    return None


def zip_document_kind(src: Path | BinaryIO | zipfile.ZipFile) -> str | None:
    """What a zip that is really a document is: OOXML (docx, xlsx), ODF,
    EPUB. These are attachments, not mailboxes."""
    try:
        zf = src if isinstance(src, zipfile.ZipFile) else zipfile.ZipFile(src)
        names = set(zf.namelist()[:2000])
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "[Content_Types].xml" in names:
        return "Office Open XML document (docx, xlsx, pptx)"
    if "mimetype" in names:
        kind = zf.read("mimetype")[:100].decode("ascii", "replace")
        return f"OpenDocument or EPUB file ({kind})"
    return None


def _spool(stream: IO[bytes], head: bytes) -> IO[bytes]:
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 - closed by caller
    out.write(head)
    shutil.copyfileobj(stream, out, 1 << 20)
    out.seek(0)
    return out


def _member_items(stream: IO[bytes], where: Where, name: str) -> Iterator[RawItem]:
    """Read one member: stream it when it is an mbox or message, spool it
    when it needs random access, record it when it is no mail."""
    head = stream.read(HEAD_BYTES)
    kind = sniff(head)
    if kind is None:
        yield where.fail(f"not a mailbox: {describe(head)}")
        return
    if kind in ("mbox", "eml", "emlx"):
        stream.seek(0)
        yield from iter_stream(stream, where, name)  # type: ignore[arg-type]
        return
    with _spool(stream, head) as spooled:
        yield from iter_stream(spooled, where, name)  # type: ignore[arg-type]


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    return lambda: zf.open(info)


def zip_name(info: zipfile.ZipInfo) -> str:
    """A member name as its writer meant it. Without the UTF-8 flag zipfile
    reads names as cp437, but in the mail this tool reads they are most
    often UTF-8 written by a tool that forgot the flag, or cp866, which the
    Windows zip writes in a Russian, Belarusian or Ukrainian locale: the
    cp866 letter ranges (0x80-0xAF, 0xE0-0xF7) are taken as Cyrillic."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    if raw.isascii():
        return info.filename
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if all(b < 0x80 or b <= 0xAF or 0xE0 <= b <= 0xF7 for b in raw):
        return raw.decode("cp866")
    return info.filename


def _zip_members(fh: BinaryIO) -> tuple[list[Member], str | None]:
    zf = zipfile.ZipFile(fh)
    doc = zip_document_kind(zf)
    out = []
    for info in zf.infolist():
        mode = (info.external_attr >> 16) & 0o170000
        kind = "dir" if info.is_dir() else "link" if mode == 0o120000 else "file"
        if mode not in (0, 0o100000, 0o040000, 0o120000):
            kind = "other"
        out.append(
            Member(
                zip_name(info),
                kind,
                info.file_size,
                info.compress_size,
                _zip_opener(zf, info),
                encrypted=bool(info.flag_bits & 1),
            )
        )
    return out, doc


def _tar_opener(tf: tarfile.TarFile, info: tarfile.TarInfo) -> Callable[[], IO[bytes]]:
    def open_() -> IO[bytes]:
        f = tf.extractfile(info)
        if f is None:
            raise OSError(f"tar member {info.name!r} has no data")
        return f

    return open_


def _tar_members(fh: BinaryIO) -> Iterator[Member]:
    tf = tarfile.open(fileobj=fh, mode="r:*")  # noqa: SIM115 - lives as long as fh
    for info in tf:
        if info.isdir():
            kind = "dir"
        elif info.issym() or info.islnk():
            kind = "link"
        elif info.isfile():
            kind = "file"
        else:
            kind = "other"
        yield Member(info.name, kind, info.size, None, _tar_opener(tf, info))


def _iter_members(
    members: Iterator[Member] | list[Member], where: Where, meter: Meter | None
) -> Iterator[RawItem]:
    limit = settings.get_int("max_archive_members")
    ratio = settings.get_int("max_archive_ratio")
    count = 0
    for m in members:
        if m.type == "dir":
            continue
        count += 1
        w = where.inside(m.name)
        if count > limit:
            yield where.fail(
                f"archive-bomb: more than max_archive_members ({limit}) members; the rest not read"
            )
            return
        base = m.name.replace("\\", "/").rsplit("/", 1)[-1]
        bad = unsafe_name(m.name)
        if bad:
            yield w.fail(f"path-traversal: {bad}: {m.name!r}")
            continue
        if m.type == "link":
            yield w.fail(f"symlink member refused: {m.name!r}")
            continue
        if m.type == "other":
            yield w.fail(f"special member (device, fifo) refused: {m.name!r}")
            continue
        if m.encrypted:
            yield w.fail("encrypted archive member: no password")
            continue
        if not base or is_bookkeeping(base) or base.startswith("._") or m.name.startswith("__MACOSX/"):
            continue
        if m.size is not None and m.packed and m.size > RATIO_FLOOR and m.size > ratio * m.packed:
            yield w.fail(
                f"archive-bomb: compression ratio {m.size // m.packed} over {ratio} ({m.size} bytes)"
            )
            continue
        if m.size is not None and where.budget.used + m.size > where.budget.limit:
            yield w.fail(f"archive-bomb: member of {m.size} bytes passes max_archive_total_bytes")
            continue
        member_meter = meter or Meter(m.packed, where.budget.take)
        try:
            with m.open() as raw:
                yield from _member_items(_Metered(raw, member_meter), w, base)  # type: ignore[arg-type]
        except Refused as exc:
            yield w.fail(str(exc))


def _compressed(kind: str, fh: BinaryIO, where: Where, name: str) -> Iterator[RawItem]:
    def opener(f: BinaryIO) -> IO[bytes]:
        if kind == "gzip":
            return cast(IO[bytes], gzip.GzipFile(fileobj=f))
        return cast(IO[bytes], bz2.BZ2File(f) if kind == "bzip2" else lzma.LZMAFile(f))

    with opener(fh) as probe:
        head = probe.read(HEAD_BYTES)
    fh.seek(0)
    if sniff(head) == "tar":
        yield from _tar(fh, where)
        return
    inner = re.sub(r"\.(gz|gzip|bz2|xz|tgz|z)$", "", name, flags=re.I)
    if inner == name:
        inner = name + ".unpacked"
    packed = fh.seek(0, 2)
    fh.seek(0)
    meter = Meter(packed, where.budget.take)
    with opener(fh) as stream:
        try:
            yield from _member_items(_Metered(stream, meter), where.inside(inner), inner)  # type: ignore[arg-type]
        except Refused as exc:
            yield where.inside(inner).fail(str(exc))


def _tar(fh: BinaryIO, where: Where) -> Iterator[RawItem]:
    packed = fh.seek(0, 2)
    fh.seek(0)
    # one meter for the whole tar: compression runs over all members at once
    yield from _iter_members(_tar_members(fh), where, Meter(packed, where.budget.take))


def iter_archive(kind: str, fh: BinaryIO, where: Where, name: str) -> Iterator[RawItem]:
    depth = settings.get_int("max_nesting")
    if where.depth >= depth:
        yield where.fail(f"nesting: archive nested deeper than max_nesting ({depth}); not opened")
        return
    if kind == "zip":
        members, doc = _zip_members(fh)
        if doc:
            yield where.fail(f"not a mailbox: {doc}")
            return
        yield from _iter_members(members, where, None)
    elif kind == "tar":
        yield from _tar(fh, where)
    elif kind == "7z":
        from paperchase.sources.sevenzip import iter_7z

        yield from iter_7z(fh, where, _iter_members)
    else:
        yield from _compressed(kind, fh, where, name)
