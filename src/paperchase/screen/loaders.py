"""Which loader reads a watchlist file, decided by its content, never by its
name: an OFAC file renamed `list.txt` is still OFAC."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paperchase.errors import WatchlistError
from paperchase.screen import load_csv, load_ftm, load_ofac, load_un
from paperchase.screen.entry import ListEntry, LoadReport

Loader = Callable[[Path, LoadReport, str], Iterator[ListEntry]]
HEAD = 65536


def list_name(path: Path) -> str:
    """`watchlist.ftm.json` → `watchlist`: the name a match cites."""
    name = path.name
    while "." in name and len(name.rsplit(".", 1)[1]) <= 5:
        name = name.rsplit(".", 1)[0]
    return name or path.name


@dataclass
class Watchlist:
    """A list file with its format and the files read with it (OFAC's
    companions), whose contents together key the index cache."""

    path: Path
    format: str
    loader: Loader
    files: list[Path] = field(default_factory=list)
    name: str = ""

    def sha256(self) -> str:
        h = hashlib.sha256()
        for p in self.files:
            h.update(p.name.encode() + b"\0")
            with open(p, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):  # noqa: B023
                    h.update(chunk)
        return h.hexdigest()

    def entries(self, report: LoadReport | None = None) -> Iterator[ListEntry]:
        """Stream the entries; counts go to `report`."""
        report = report if report is not None else LoadReport(str(self.path))
        report.list_name = self.name
        yield from self.loader(self.path, report, self.name)


def open_watchlist(path: Path | str) -> Watchlist:
    path = Path(path)
    if not path.is_file():
        raise WatchlistError(f"{path}: no such file")
    with open(path, "rb") as fh:
        head = fh.read(HEAD)
    if not head.strip():
        raise WatchlistError(f"{path}: the file is empty")
    name = list_name(path)
    if load_ftm.sniff(head):
        return Watchlist(path, "ftm", load_ftm.load, [path], name)
    if load_un.sniff(head):
        return Watchlist(path, "un-xml", load_un.load, [path], name)
    kind = load_ofac.kind_of(head)
    if kind == "primary":
        extra = load_ofac.companions(path)
        files = [path] + [p for k in ("alt", "add", "comments") for p in extra.get(k, [])]
        return Watchlist(path, "ofac-csv", load_ofac.load, files, name)
    if kind is not None:
        raise WatchlistError(f"{path}: an OFAC {kind} file, which only adds to the primary list",
                             hint="Give the sdn.csv (or cons_prim.csv) it sits beside.")
    if load_csv.sniff(head):
        return Watchlist(path, "csv", load_csv.load, [path], name)
    raise WatchlistError(f"{path}: not a watchlist format paperchase reads")


def load_watchlist(path: Path | str) -> tuple[list[ListEntry], LoadReport]:
    """All entries of a small list at once, with the report (tests, tools)."""
    wl = open_watchlist(path)
    report = LoadReport(str(wl.path))
    entries = list(wl.entries(report))
    return entries, report
