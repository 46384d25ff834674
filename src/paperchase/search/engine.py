"""Running a parsed query against a case: one FTS5 MATCH expression (the
filters are tokens in it, see meta.py), then snippets for the hits shown.

Relevance is FTS5's bm25 over the unfolded and folded columns (a word
written exactly as queried matches both, so it outranks a folded-only
match). bm25 is dear on broad queries: before scoring anything it scans
every match of every phrase for its IDF (15-35 ms for a word in half of
200k messages, more for phrases), then about 1 µs per match. So a query
with `BROAD` matches or more is ranked in tiers instead, without bm25: hits
in the exact form first (score 2), then the folded ones (score 1), each the
most recently indexed first, marked `partial`. Narrow queries (names,
phrases, filtered searches) get bm25 over all their matches.

Date order walks the years, then months, newest first, sorting one slice at
a time, so it never sorts every match either.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from paperchase.errors import QueryError
from paperchase.search import snippet as snip
from paperchase.search.compile import compile_query
from paperchase.search.index import catch_up
from paperchase.search.meta import FIRST_YEAR, LAST_YEAR, parse_day
from paperchase.search.query import Query, parse

BROAD = 5_000  # a query with this many matches is broad: ranked by tiers, not bm25
DATE_SLICE = 3_000  # a year with more matches than this is sorted month by month
SORTS = ("relevance", "date")


@dataclass(slots=True)
class Hit:
    """One matching document: a message body (with subject) or one attachment."""

    message_pk: int
    message_id: str
    score: float
    date: str | None
    sender: str
    subject: str
    snippet: str
    where: str  # "body" or "attachment:<filename>"
    attachment_id: int | None = None
    partial: bool = False  # a broad query: ranked by tiers (exact form, folded), not bm25

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _years(db: sqlite3.Connection) -> tuple[int, int]:
    """First and last year of mail in the case (two index lookups)."""
    # two statements: SQLite answers a lone min() or max() from the index,
    # but scans the table for both in one
    lo = db.execute("SELECT min(date_utc) FROM messages").fetchone()[0]
    hi = db.execute("SELECT max(date_utc) FROM messages").fetchone()[0]
    first, last = parse_day(lo), parse_day(hi)
    # a date the index could not read bounds nothing: take the whole range
    y0 = first.year if first is not None else FIRST_YEAR
    y1 = last.year if last is not None else LAST_YEAR
    return max(y0, FIRST_YEAR), max(min(y1, LAST_YEAR), FIRST_YEAR)


MAX_EXPANSION = 64  # a prefix with more indexed terms is left to FTS5's own prefix search


def _expander(db: sqlite3.Connection) -> Callable[[str], list[str] | None]:
    """Prefix -> the indexed terms starting so, from an fts5vocab view of the
    index (a temp table of this connection: nothing is written to the case)."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, 'row')")
    cache: dict[str, list[str] | None] = {}

    def expand(prefix: str) -> list[str] | None:
        if prefix not in cache:
            rows = db.execute(
                "SELECT term FROM temp.search_vocab WHERE term >= ? AND term < ? LIMIT ?",
                (prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1),
            ).fetchall()
            cache[prefix] = None if len(rows) > MAX_EXPANSION else [r[0] for r in rows]
        return cache[prefix]

    return expand


def _newest(db: sqlite3.Connection, match: str, n: int) -> list[int]:
    sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
    return [r[0] for r in db.execute(sql, (match, n))]


def _by_relevance(db: sqlite3.Connection, q: Query, exact: bool, years: tuple[int, int], limit: int,
                  broad: int | None, expand: Callable[[str], list[str] | None]) -> list[Any]:
    """bm25 over every match when there are fewer than `broad` of them;
    tiers for a broad query (exact form first, then folded forms, each most
    recently indexed first), since bm25 would first scan every match of
    every phrase for its IDF. Rows are (doc id, FTS5-style score, partial)."""
    match = compile_query(q, exact, years, expand)
    ranked = "SELECT rowid, rank, 0 FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?"
    if broad is None:
        return db.execute(ranked, (match, limit)).fetchall()
    broad = max(broad, limit)
    newest = _newest(db, match, broad)  # a streamed scan that stops at `broad`, no bm25
    if len(newest) < broad:
        return db.execute(ranked, (match, limit)).fetchall()
    first: list[int] = []
    if not exact:
        # the exact form, within what the whole (folded) query matches: a
        # folded NOT must still exclude
        first = _newest(db, f"({match}) AND ({compile_query(q, True, years, expand)})", limit)
    seen = set(first)
    rest = [i for i in newest if i not in seen][: limit - len(first)]
    return [(i, -2.0, 1) for i in first] + [(i, -1.0, 1) for i in rest]


_SORTED = (
    "SELECT f.rowid FROM search_fts f JOIN search_docs d ON d.id = f.rowid JOIN messages m ON m.id = d.message_pk"
    " WHERE search_fts MATCH ? ORDER BY m.date_utc DESC, f.rowid DESC LIMIT ?"
)


def _by_date(db: sqlite3.Connection, match: str, limit: int) -> list[Any]:
    """Newest first without sorting every match: walk the years (and, in a
    year with many matches, its months) from the newest, sorting only that
    slice, until `limit` hits are found; undated mail comes last."""
    first, last = _years(db)
    found: list[int] = []

    def take(extra: str) -> None:
        m = f"({match}) AND {{meta}} : {extra}"
        found.extend(r[0] for r in db.execute(_SORTED, (m, limit - len(found))))

    def count(extra: str) -> int:
        m = f"({match}) AND {{meta}} : {extra}"
        return int(db.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (m,)).fetchone()[0])

    slices = ['"post2100"'] + [f'"y{y}"' for y in range(last, first - 1, -1)] + ['"pre1970"']
    for sl in slices:
        if len(found) >= limit:
            break
        n = count(sl)
        if n == 0:
            continue
        if n <= DATE_SLICE or not sl.startswith('"y'):
            take(sl)
            continue
        year = sl[2:-1]
        for month in range(12, 0, -1):
            if len(found) >= limit:
                break
            take(f'"m{year}{month:02}"')
    if len(found) < limit:
        m = f'({match}) AND {{meta}} : "undated"'
        found.extend(r[0] for r in db.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (m, limit - len(found))))
    # no bm25 in date order: FTS5 computes its IDF by scanning every match
    # each statement, about 1 ms per hit shown; date order needs no score
    return [(i, 0.0, 0) for i in found[:limit]]


def _sender(raw: str | None) -> str:
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        return raw or ""
    out = []
    for a in items if isinstance(items, list) else []:
        if isinstance(a, dict):
            name, email = a.get("name") or "", a.get("email") or ""
            out.append(f"{name} <{email}>" if name and email else name or email)
    return ", ".join(out)


def _hits(db: sqlite3.Connection, rows: list[sqlite3.Row], q: Query, exact: bool, snippets: bool) -> list[Hit]:
    hits: list[Hit] = []
    marker = snip.matcher(q.terms, exact)
    for doc_id, score, partial in rows:
        r = db.execute(
            "SELECT d.message_pk, d.attachment_id, m.message_id, m.date, m.sender, m.subject,"
            " m.text, a.filename, a.text FROM search_docs d JOIN messages m ON m.id = d.message_pk"
            " LEFT JOIN attachments a ON a.id = d.attachment_id WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if r is None:
            continue
        pk, att_id, message_id, date, sender, subject, body, filename, att_text = r
        where = "body" if att_id is None else f"attachment:{filename or ''}"
        text = body if att_id is None else att_text
        snippet = ""
        if snippets:
            snippet = snip.make(text or "", q.terms, exact, matcher=marker)
            if att_id is None and snip.OPEN not in snippet and subject:
                # the match was in the subject (or in an address): show that
                in_subject = snip.make(subject, q.terms, exact, matcher=marker)
                snippet = in_subject if snip.OPEN in in_subject or not snippet else snippet
        hits.append(
            Hit(
                message_pk=pk,
                message_id=message_id,
                score=round(-float(score or 0.0), 6),
                date=date,
                sender=_sender(sender),
                subject=subject or "",
                snippet=snippet,
                where=where,
                attachment_id=att_id,
                partial=bool(partial),
            )
        )
    return hits


def run(db: sqlite3.Connection, query: str, *, limit: int = 20, exact: bool = False,
        sort: str = "relevance", snippets: bool = True, broad: int | None = None) -> list[Hit]:
    """Search an open case database (the index must be caught up). `broad`:
    from how many matches relevance uses tiers instead of bm25 (None: the
    module's BROAD; 0: bm25 always, as plain FTS5 does). Filters alone are
    shown newest first."""
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    if limit < 1:
        raise QueryError("limit must be at least 1")
    q = parse(query)
    years = _years(db)
    expand = _expander(db)
    try:
        if sort == "date" or not q.has_words:
            rows = _by_date(db, compile_query(q, exact, years, expand), limit)
        else:
            rows = _by_relevance(db, q, exact, years, limit, BROAD if broad is None else broad or None, expand)
    except sqlite3.OperationalError as exc:  # a bug in compile_query, not the user's fault
        raise QueryError(f"the search index refused the query {query!r}: {exc}") from exc
    return _hits(db, rows, q, exact, snippets)


def search(case: Any, query: str, *, limit: int = 20, exact: bool = False,
           sort: str = "relevance", snippets: bool = True) -> list[Hit]:
    """Search a case's messages and attachments. Raises QueryError for a
    query that cannot be parsed."""
    catch_up(case.db)
    return run(case.db, query, limit=limit, exact=exact, sort=sort, snippets=snippets)


def search_many(case: Any, queries: Iterable[str], *, limit: int = 20, exact: bool = False,
                sort: str = "relevance", snippets: bool = False) -> Iterator[tuple[str, list[Hit] | QueryError]]:
    """Run many queries against one open index (batch search, one query
    per line as Datashare takes them). A bad query yields its QueryError in
    place of hits, so one typo does not stop the batch."""
    catch_up(case.db)
    for query in queries:
        try:
            yield query, run(case.db, query, limit=limit, exact=exact, sort=sort, snippets=snippets)
        except QueryError as exc:
            yield query, exc
