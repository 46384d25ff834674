"""OFAC's legacy CSV files: the primary file (`sdn.csv`, or the consolidated
non-SDN `cons_prim.csv`; no header, `-0-` for empty) with the aliases
(`alt.csv`), addresses (`add.csv`) and remark overflow (`sdn_comments.csv`)
that OFAC publishes beside it. The companions are found in the same folder
by name and confirmed by content, then joined on `ent_num`."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from paperchase.screen.entry import ListEntry, LoadReport
from paperchase.screen.values import country, gender, parse_remarks

EMPTY = "-0-"
TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "": "Organization"}
ALT_KINDS = {"aka": "alias", "fka": "previous", "nka": "alias"}
_INT = re.compile(r"^\s*\d+\s*$")


def clean(value: str) -> str:
    value = value.strip()
    return "" if value == EMPTY else value


def encoding_of(head: bytes) -> str:
    """OFAC has shipped both UTF-8 and Windows-1252 files."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the head
            return "cp1252"
    return "utf-8"


def rows(head: bytes, limit: int = 5) -> list[list[str]]:
    text = head.decode(encoding_of(head), errors="replace")
    lines = text.splitlines()[:limit]
    return [r for r in csv.reader(lines) if r]


def kind_of(head: bytes) -> str | None:
    """'primary', 'alt', 'add' or 'comments' for an OFAC CSV, by its first rows."""
    sample = rows(head)
    if not sample or not all(_INT.match(r[0]) for r in sample):
        return None
    widths = {len(r) for r in sample}
    if widths == {12} and all(clean(r[2]).lower() in TYPES for r in sample):
        return "primary"
    if widths == {5} and all(_INT.match(r[1]) and clean(r[2]).lower() in ALT_KINDS for r in sample):
        return "alt"
    if widths == {6} and all(_INT.match(r[1]) for r in sample):
        return "add"
    if widths == {2}:
        return "comments"
    return None


def sniff(head: bytes) -> bool:
    return kind_of(head) == "primary"


def _prefix(stem: str) -> str:
    return stem[: stem.rfind("_") + 1] if "_" in stem else ""


def companions(path: Path) -> dict[str, list[Path]]:
    """Alias, address and comment files beside a primary file. Names sharing
    the primary's prefix (`ofac_sdn.csv` → `ofac_alt.csv`, `cons_prim.csv` →
    `cons_alt.csv`) are taken; where none does, the files that no other
    primary in the folder claims by prefix, as rows join on `ent_num`."""
    stem = path.stem.lower()
    found: dict[str, list[Path]] = defaultdict(list)
    primaries: set[str] = set()
    for other in sorted(path.parent.glob("*")):
        if other == path or not other.is_file() or other.suffix.lower() not in {".csv", ".txt", ""}:
            continue
        ostem = other.stem.lower()
        with open(other, "rb") as fh:
            kind = kind_of(fh.read(65536))
        if kind == "primary":
            primaries.add(_prefix(ostem))
        elif kind is not None and ostem[len(_prefix(ostem)):] in {kind, f"{kind}s"}:
            found[kind].append(other)
    out: dict[str, list[Path]] = {}
    for kind, items in found.items():
        same = [p for p in items if _prefix(p.stem.lower()) == _prefix(stem) or p.stem.lower() == stem + "_comments"]
        out[kind] = same or [p for p in items if _prefix(p.stem.lower()) not in primaries]
    return out


def _read_csv(path: Path) -> Iterator[list[str]]:
    with open(path, "rb") as fh:
        enc = encoding_of(fh.read(65536))
    with open(path, encoding=enc, errors="replace", newline="") as fh:
        yield from csv.reader(fh)


def load(path: Path, report: LoadReport, list_name: str) -> Iterator[ListEntry]:
    report.format = "ofac-csv"
    extra = companions(path)
    used: set[str] = set()
    alts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    adds: dict[str, list[tuple[str, str]]] = defaultdict(list)
    comments: dict[str, tuple[str, str]] = {}
    for p in extra.get("alt", []):
        for r in _read_csv(p):
            if len(r) >= 4 and clean(r[3]):
                alts[r[0].strip()].append((clean(r[3]), ALT_KINDS.get(clean(r[2]).lower(), "alias"), p.name))
    for p in extra.get("add", []):
        for r in _read_csv(p):
            if len(r) >= 5:
                adds[r[0].strip()].append((clean(r[4]), p.name))
    for p in extra.get("comments", []):
        for r in _read_csv(p):
            if len(r) >= 2:
                comments[r[0].strip()] = (" " + r[1], p.name)
    for r in _read_csv(path):
        if not r or not "".join(r).strip(" \t\r\n\x1a"):  # \x1a: a DOS end-of-file mark
            continue
        if len(r) < 12 or not _INT.match(r[0]):
            report.skip("malformed row")
            continue
        ent = r[0].strip()
        name = clean(r[1])
        if not name:
            report.skip("no name")
            continue
        sdn_type = clean(r[2]).lower()
        entry = ListEntry(list_name, ent, TYPES.get(sdn_type, "LegalEntity"), name)
        entry.add_name(name, "name")
        for alt, kind, source in alts.get(ent, []):
            used.add(source)
            if entry.add_name(alt, kind):
                report.aliases += 1
        for c, source in adds.get(ent, []):
            used.add(source)
            report.addresses += 1
            entry.add_country(country(c))
        entry.add_country(country(clean(r[9])))  # vessel flag
        more, source = comments.get(ent, ("", ""))
        if source:
            used.add(source)
        remarks = clean(r[11]) + more
        info = parse_remarks(remarks)
        for y in info["years"]:
            entry.add_year(int(y))
        for c in info["countries"]:
            entry.add_country(c)
        if info["gender"]:
            entry.gender = gender(info["gender"][0])
        for alias in info["aliases"]:
            if entry.add_name(alias, "weak"):
                report.aliases += 1
        report.read += 1
        report.companions = sorted(used)
        yield entry

