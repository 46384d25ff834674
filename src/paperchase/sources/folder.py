"""A folder as a source: a Maildir (cur/new/tmp, Maildir++ subfolders such
as `.Sent` or `.A.B`), a tree of .eml files, mbox files (a Thunderbird
profile), .msg, .pst or archives, mixed. Every file is read by its content;
the walk order is sorted so that a resumed ingest meets items in the same
order as the first run.

Symlinks are not followed (a dump can point them anywhere, or in a loop);
each is recorded. Mail-client bookkeeping files (indexes, uid lists) are
passed over silently: they are listed in `data/sources/bookkeeping.yml`."""

from __future__ import annotations

import fnmatch
import hashlib
import os
import stat
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import yaml

from paperchase.errors import DataFileError
from paperchase.model import RawItem
from paperchase.sources.dispatch import iter_stream, read_capped
from paperchase.sources.sniff import HEAD_BYTES, sniff
from paperchase.sources.where import Where


@lru_cache(maxsize=1)
def _bookkeeping() -> tuple[str, ...]:
    name = "bookkeeping.yml"
    text = (Path(__file__).resolve().parent.parent / "data" / "sources" / name).read_text("utf-8")
    data = yaml.safe_load(text)
    patterns = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
        raise DataFileError(f"data/sources/{name}: key 'patterns' must be a list of non-empty strings")
    return tuple(p.lower() for p in patterns)


def is_bookkeeping(name: str) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, p) for p in _bookkeeping())


def walk(root: Path) -> Iterator[tuple[Path, bool]]:
    """(path, is_symlink) for every file and symlink below `root`, sorted,
    without following links."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not is_bookkeeping(d))
        here = Path(dirpath)
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                yield here / d, True
        for f in sorted(filenames):
            p = here / f
            yield p, p.is_symlink()


def folder_digest(root: Path) -> tuple[str, int]:
    """SHA-256 over the sorted relative paths and each file's SHA-256, and
    the total size: the identity of the folder's content."""
    h = hashlib.sha256()
    total = 0
    for path, link in walk(root):
        rel = str(path.relative_to(root)).encode("utf-8", "surrogateescape")
        if link or not _regular(path):
            h.update(rel + b"\0special\n")
            continue
        fh = hashlib.sha256()
        try:
            with path.open("rb") as f:
                while block := f.read(1 << 20):
                    fh.update(block)
                    total += len(block)
        except OSError:
            h.update(rel + b"\0unreadable\n")
            continue
        h.update(rel + b"\0" + fh.hexdigest().encode() + b"\n")
    return h.hexdigest(), total


def _regular(path: Path) -> bool:
    """A plain file: a fifo or device in a dump would block or never end."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return True  # let the open fail and record why


def is_maildir(root: Path) -> bool:
    return (root / "cur").is_dir() or (root / "new").is_dir()


def in_maildir(path: Path) -> bool:
    """A file in cur/, new/ or tmp/ of a Maildir is a message by the
    layout's own definition, whatever its bytes look like."""
    parent = path.parent
    return parent.name in ("cur", "new", "tmp") and is_maildir(parent.parent)


def first_mail_kind(root: Path) -> str | None:
    """The kind of the first file that holds mail, or None: lets
    `open_source` refuse a folder with no mail in it before an ingest starts."""
    for path, link in walk(root):
        if link or is_bookkeeping(path.name) or not _regular(path):
            continue
        if in_maildir(path):
            return "eml"
        try:
            with path.open("rb") as f:
                kind = sniff(f.read(HEAD_BYTES))
        except OSError:
            continue
        if kind is not None:
            return kind
    return None


def iter_folder(root: Path, where: Where) -> Iterator[RawItem]:
    for path, link in walk(root):
        w = where.at_file(os.path.abspath(path))
        if link:
            yield w.fail(f"symlink not followed: {path.name} -> {os.readlink(path)}")
            continue
        if is_bookkeeping(path.name):
            continue
        if not _regular(path):
            yield w.fail(f"special file (fifo, device, socket) not read: {path.name}")
            continue
        try:
            f = path.open("rb")
        except OSError as exc:
            yield w.fail(f"unreadable file: {exc.strerror or exc}")
            continue
        with f:
            if in_maildir(path) and sniff(f.read(HEAD_BYTES)) in ("eml", "mbox", None):
                f.seek(0)
                yield read_capped(f, w)
                continue
            f.seek(0)
            yield from iter_stream(f, w, path.name)
