"""Screening a CSV of names an investigator is handed (column `name`,
optional `schema` and `country`), writing one row per match:
`name,list,entry_id,caption,score,explanation`. Rows stream in and out, so
a list of a hundred thousand names needs no more memory than one."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from paperchase.errors import WatchlistError
from paperchase.screen.evidence import Subject
from paperchase.screen.forms import names_gender
from paperchase.screen.load_csv import schema_of
from paperchase.screen.match import Candidate, Screener
from paperchase.screen.values import country

NEAR = 0.75  # with --explain: spellings this close are shown whatever their score
COLUMNS = ["name", "list", "entry_id", "caption", "score", "explanation"]


def read_subjects(path: Path) -> Iterator[Subject]:
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh)
        cols = {c.strip().lower(): c for c in reader.fieldnames or []}
        if "name" not in cols:
            raise WatchlistError(f"{path}: no `name` column", hint="The first row names the columns: name,schema,country.")
        for n, row in enumerate(reader, start=1):
            name = (row.get(cols["name"]) or "").strip()
            if not name:
                continue
            schema = schema_of(row.get(cols.get("schema", ""), "")) if "schema" in cols else None
            codes = [c for c in (country(v) for v in (row.get(cols.get("country", "")) or "").split(";")) if c]
            yield Subject(str(n), name, schema, [name], codes, [], names_gender([name]))


def row_of(c: Candidate) -> list[str]:
    return [c.subject.name, c.entry.list, c.entry.entry_id, c.entry.caption, f"{c.score:.3f}", c.explanation()]


def screen_names(path: Path, screener: Screener, out: TextIO, threshold: float, explain: bool = False) -> int:
    """Write the matches of every name in `path`; with `explain` also the
    near misses, and a `match` column telling them apart. Returns the number
    of matches."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS + (["match"] if explain else []))
    floor = max(0.3, threshold - 0.35) if explain else threshold
    matches = 0
    for subject in read_subjects(path):
        for cand in screener.screen(subject, floor=floor, near=NEAR if explain else None):
            hit = cand.score >= threshold
            matches += hit
            writer.writerow(row_of(cand) + (["true" if hit else "false"] if explain else []))
    return matches
