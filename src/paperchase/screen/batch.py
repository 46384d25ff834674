"""Screening a CSV of names an investigator is handed (column `name`,
optional `schema` and `country`), writing one row per match:
`name,list,entry_id,caption,score,explanation`. Rows stream in and out, so
a list of a hundred thousand names needs no more memory than one."""

from __future__ import annotations

import csv
import itertools
import multiprocessing as mp
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from paperchase.errors import WatchlistError
from paperchase.screen.evidence import Subject
from paperchase.screen.load_csv import delimiter, schema_of
from paperchase.screen.match import NEAR, Candidate, Screener, explain_floor
from paperchase.screen.values import country

COLUMNS = ["name", "list", "entry_id", "caption", "score", "explanation"]


def read_subjects(path: Path) -> Iterator[Subject]:
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter(fh.readline()))
        fh.seek(0)
        cols = {c.strip().lower(): c for c in reader.fieldnames or []}
        if "name" not in cols:
            raise WatchlistError(f"{path}: no `name` column", hint="The first row names the columns: name,schema,country.")
        for n, row in enumerate(reader, start=1):
            given = row.get(cols["name"]) or ""
            name = " ".join(given.split())
            if not name:
                continue
            schema = schema_of(row.get(cols.get("schema", ""), "")) if "schema" in cols else None
            codes = [c for c in (country(v) for v in (row.get(cols.get("country", "")) or "").split(";")) if c]
            yield Subject(str(n), given, schema, [name], codes, [], None, infer_gender=True)


def row_of(c: Candidate) -> list[str]:
    return [c.subject.name, c.entry.list, c.entry.entry_id, c.entry.caption, f"{c.score:.3f}", c.explanation()]


def screen_names(path: Path, screener: Screener, out: TextIO, threshold: float, explain: bool = False,
                 workers: int | None = None) -> int:
    """Write the matches of every name in `path`; with `explain` also the
    near misses, and a `match` column telling them apart. Returns the number
    of matches. Long lists are shared among `workers` processes (default:
    one per CPU), forked once the index is in memory so they share it."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS + (["match"] if explain else []))
    job = _Job(screener, threshold, explain)
    subjects = read_subjects(path)
    head = list(itertools.islice(subjects, PARALLEL_FROM))
    workers = (os.cpu_count() or 1) if workers is None else workers
    matches = 0
    if workers < 2 or len(head) < PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        for subject in itertools.chain(head, subjects):
            rows, hits = job.run([subject])
            writer.writerows(rows)
            matches += hits
        return matches
    for index in screener.indexes:
        index.preload()
    global _JOB
    _JOB = job
    out.flush()  # a forked worker must not inherit unwritten output and write it again
    chunks = _chunks(itertools.chain(head, subjects), CHUNK)
    with mp.get_context("fork").Pool(workers, initializer=_reopen) as pool:
        for rows, hits in pool.imap(_run_chunk, chunks):
            writer.writerows(rows)
            matches += hits
    _JOB = None
    return matches


PARALLEL_FROM = 2000  # names from which screening is shared among processes
CHUNK = 250


class _Job:
    def __init__(self, screener: Screener, threshold: float, explain: bool) -> None:
        self.screener = screener
        self.threshold = threshold
        self.explain = explain
        self.floor = explain_floor(threshold) if explain else threshold

    def run(self, subjects: list[Subject]) -> tuple[list[list[str]], int]:
        rows, hits = [], 0
        for subject in subjects:
            for cand in self.screener.screen(subject, floor=self.floor, near=NEAR if self.explain else None):
                hit = cand.score >= self.threshold
                hits += hit
                rows.append(row_of(cand) + (["true" if hit else "false"] if self.explain else []))
        return rows, hits


_JOB: _Job | None = None


def _reopen() -> None:
    """In a forked worker: SQLite connections must not cross a fork."""
    assert _JOB is not None
    for index in _JOB.screener.indexes:
        index.reconnect()


def _run_chunk(subjects: list[Subject]) -> tuple[list[list[str]], int]:
    assert _JOB is not None
    return _JOB.run(subjects)


def _chunks(items: Iterator[Subject], size: int) -> Iterator[list[Subject]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk
