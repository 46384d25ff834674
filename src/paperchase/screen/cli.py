"""What `paperchase screen` calls: open (or build) the list indexes, screen a
CSV of names or a case, write the result, report on stderr."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from paperchase import settings
from paperchase.screen.batch import screen_names
from paperchase.screen.case import open_indexes, screen_case_detail
from paperchase.screen.index import ListIndex, user_cache_dir
from paperchase.screen.match import Screener
from paperchase.screen.scorer import Scorer, default_scorer


@contextmanager
def _output(output: str) -> Iterator[TextIO]:
    if output == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _report(indexes: list[ListIndex]) -> None:
    for ix in indexes:
        how = f"index built in {ix.build_seconds:.1f}s" if ix.build_seconds else "index reused"
        click.echo(f"{ix.report.render()}; {how}", err=True)


def run_screen(*, names_csv: Path | None, case_dir: Path | None, watchlists: list[Path],
               threshold: float | None, explain: bool, output: str, scorer: Scorer | None = None) -> None:
    scorer = scorer or default_scorer()
    threshold = settings.get_float("screen_threshold") if threshold is None else threshold
    if names_csv is not None:
        indexes = open_indexes(watchlists, user_cache_dir(), scorer)
        try:
            _report(indexes)
            with _output(output) as out:
                n = screen_names(names_csv, Screener(indexes, scorer), out, threshold, explain)
        finally:
            for ix in indexes:
                ix.close()
        click.echo(f"{n} matches at score {threshold:.2f} or more", err=True)
        return
    from paperchase.store import Case

    assert case_dir is not None
    with Case.open(case_dir) as case:
        count, candidates = screen_case_detail(case, watchlists, threshold, scorer=scorer, explain=explain)
    click.echo(f"{count} watchlist_match findings written to {case_dir}", err=True)
    if explain:
        with _output(output) as out:
            writer = csv.writer(out)
            writer.writerow(["entity_id", "name", "list", "entry_id", "caption", "score", "match", "explanation"])
            for c in sorted(candidates, key=lambda c: (c.subject.ref, -c.score)):
                writer.writerow([c.subject.ref, c.subject.name, c.entry.list, c.entry.entry_id, c.entry.caption,
                                 f"{c.score:.3f}", "true" if c.score >= threshold else "false", c.explanation()])
