"""7z archives through py7zr (LGPL-2.1). py7zr decompresses into writer
objects it asks a factory for; ours are anonymous temporary files that
count what is written, so no member name ever reaches the file system and
the archive-bomb limits apply as for zip and tar.

The declared sizes are checked first (a 7z header lists every member's
size), so a bomb is refused before any decompression; the counting writers
catch a header that lies."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import IO, Any, BinaryIO, cast

import py7zr
import py7zr.io

from paperchase import settings
from paperchase.model import RawItem
from paperchase.sources.where import Where


class _Writer(py7zr.io.Py7zIO):
    """One member's bytes, on an anonymous temporary file; writes past the
    allowed size are dropped and flagged instead of raising inside py7zr."""

    def __init__(self, allowed: int) -> None:
        self.file = tempfile.SpooledTemporaryFile(max_size=256 << 10)  # noqa: SIM115 - closed by iter_7z
        self.allowed = allowed
        self.written = 0
        self.over = False

    def write(self, s: bytes | bytearray) -> int:
        self.written += len(s)
        if self.written > self.allowed:
            self.over = True
            return len(s)
        return self.file.write(s)

    def read(self, size: int | None = None) -> bytes:
        return self.file.read(-1 if size is None else size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.file.seek(offset, whence)

    def flush(self) -> None:
        self.file.flush()

    def size(self) -> int:
        return self.written


class _Factory(py7zr.io.WriterFactory):
    def __init__(self, allowed: int) -> None:
        self.allowed = allowed
        self.products: dict[str, _Writer] = {}

    def create(self, filename: str) -> py7zr.io.Py7zIO:
        w = _Writer(self.allowed)
        self.products[filename] = w
        return w


def _too_big(infos: list[Any], packed: int, left: int, ratio: int) -> set[str]:
    """Members to refuse before decompressing: the largest ones, until what
    is left fits both the ratio limit (over the whole archive, as a solid
    7z gives no per-member packed size) and the total budget."""
    files = sorted((i for i in infos if i.is_file), key=lambda i: i.uncompressed or 0, reverse=True)
    total = sum(i.uncompressed or 0 for i in files)
    allowed = min(left, max(ratio * packed, 1 << 20))
    out: set[str] = set()
    for i in files:
        if total <= allowed:
            break
        out.add(i.filename)
        total -= i.uncompressed or 0
    return out


def iter_7z(fh: BinaryIO, where: Where, iter_members: Callable[..., Iterator[RawItem]]) -> Iterator[RawItem]:
    from paperchase.sources.archives import Member

    ratio = settings.get_int("max_archive_ratio")
    with py7zr.SevenZipFile(fh) as z:
        if z.needs_password():
            yield where.fail("encrypted 7z archive: no password")
            return
        infos = z.list()
        packed = fh.seek(0, 2)
        left = max(where.budget.limit - where.budget.used, 0)
        refused = _too_big(infos, packed, left, ratio)
        for name in sorted(refused):
            yield where.inside(name).fail(
                f"archive-bomb: 7z member declares too many bytes for {packed} packed "
                f"(max_archive_ratio {ratio}, max_archive_total_bytes)"
            )
        names = [
            i.filename
            for i in infos
            if i.is_file and not i.is_symlink and i.filename not in refused and _safe(i.filename)
        ]
        factory = _Factory(allowed=left)
        if names:
            z.extract(targets=names, factory=factory)
    products = factory.products
    try:
        members = []
        for i in infos:
            if i.filename in refused:
                continue
            kind = "dir" if i.is_directory else "link" if i.is_symlink else "file"
            members.append(Member(i.filename, kind, i.uncompressed, None, _opener(products.get(i.filename))))
        # the bytes are already out: the budget is charged by the meters
        yield from iter_members(members, where, None)
    finally:
        for w in products.values():
            w.file.close()


def _safe(name: str) -> bool:
    from paperchase.sources.archives import unsafe_name

    return unsafe_name(name) is None


def _opener(w: _Writer | None) -> Callable[[], AbstractContextManager[IO[bytes]]]:
    def open_() -> AbstractContextManager[IO[bytes]]:
        if w is None:
            raise OSError("member not extracted")
        if w.over:
            from paperchase.sources.where import Refused

            raise Refused("archive-bomb: 7z member unpacks past max_archive_total_bytes")
        w.file.seek(0)
        return _Unclosing(w.file)

    return open_


class _Unclosing(AbstractContextManager[IO[bytes]]):
    """The spooled file stays open until iter_7z ends (it closes them all)."""

    def __init__(self, f: Any) -> None:
        self._f = f

    def __enter__(self) -> IO[bytes]:
        return cast(IO[bytes], self._f)

    def __exit__(self, *exc: object) -> None:
        return None
