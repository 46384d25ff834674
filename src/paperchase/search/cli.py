"""What `paperchase search` prints: ranked hits for people, JSON lines for
machines, or a CSV of a batch of queries (`--terms FILE -o HITS.csv`)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from paperchase.errors import QueryError
from paperchase.search.engine import Hit, search, search_many
from paperchase.search.snippet import CLOSE, OPEN

CSV_COLUMNS = ["term", "message_id", "score", "where"]


@contextmanager
def _open(output: str) -> Iterator[IO[str]]:
    if output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as fh:
        yield fh


def read_terms(path: Path) -> list[str]:
    """One query per line; blank lines and lines starting with # are skipped."""
    text = path.read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "message_id": hit.message_id,
        "score": hit.score,
        "date": hit.date,
        "from": hit.sender,
        "subject": hit.subject,
        "snippet": hit.snippet,
        "where": hit.where,
        "partial_ranking": hit.partial,
    }


def render_hit(hit: Hit, n: int, color: bool) -> str:
    snippet = hit.snippet
    if color:
        snippet = snippet.replace(OPEN, "\x1b[1;33m").replace(CLOSE, "\x1b[0m")
    head = f"{n:>3}. {(hit.date or 'no date')[:19]}  {hit.sender or '?'}"
    return f"{head}\n     {hit.subject or '(no subject)'}  [{hit.where}]  score {hit.score:.2f}\n     {snippet}\n"


def run_search(case: Any, *, query: str | None, as_json: bool, limit: int, exact: bool, sort: str,
               terms: Path | None, output: str) -> None:
    """The `paperchase search` command; a bad single query raises QueryError
    (the CLI shows it with the hint); in a batch, bad lines go to stderr."""
    if terms is not None:
        queries = read_terms(terms)
        if query:
            queries.insert(0, query)
        with _open(output) as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            for term, result in search_many(case, queries, limit=limit, exact=exact, sort=sort):
                if isinstance(result, QueryError):
                    print(f"skipped {term!r}: {result}", file=sys.stderr)
                    continue
                for hit in result:
                    writer.writerow([term, hit.message_id, hit.score, hit.where])
        return
    if not query:
        raise QueryError("no query given")
    hits = search(case, query, limit=limit, exact=exact, sort=sort)
    with _open(output) as fh:
        if as_json:
            for hit in hits:
                fh.write(json.dumps(hit_json(hit), ensure_ascii=False) + "\n")
            return
        color = output == "-" and fh.isatty()
        if not hits:
            fh.write("no hits\n")
        for n, hit in enumerate(hits, 1):
            fh.write(render_hit(hit, n, color))
        if hits and hits[0].partial:
            fh.write("(many matches: exact forms first, then other forms, most recent first; narrow the query for ranking by relevance)\n")
