"""Highlighting, as data: a text becomes a list of `(text, marked)` pieces
that the template writes with `<mark>` around the marked ones. Nothing here
builds markup, so autoescaping covers every character of the mail.

Three sources of marks: a search snippet (the search library's `[...]`),
the words of a query in a message (the library's own matcher, so a folded
match such as another script or word form is marked just as in the hits),
and a finding's quote (found again in the stored text, spaces and case
aside)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from paperchase.errors import QueryError
from paperchase.search import snippet as snip
from paperchase.search.fold import TOKEN_RE, WORD_RE
from paperchase.search.query import parse

Piece = tuple[str, str]  # (text, class): class "" is plain text, else the kind of mark
Pieces = list[Piece]
Span = tuple[int, int]
Mark = tuple[int, int, str]  # a span and its class: "hit" (query), "quote" (finding), "name" (entity)
PRIORITY = {"quote": 0, "name": 1, "hit": 2}  # where marks overlap, the first of these wins

_SNIPPET_MARK = re.compile(re.escape(snip.OPEN) + r"([^" + re.escape(snip.OPEN + snip.CLOSE) + r"]*)"
                           + re.escape(snip.CLOSE))
MAX_QUERY_MARKS = 2_000  # a common word in a long message: the first ones are enough to find it


def snippet_pieces(snippet: str) -> Pieces:
    """The search library marks matches as [word]. Brackets the mail itself
    holds read the same way (the snippet carries no other sign): a limit."""
    out: Pieces = []
    pos = 0
    for m in _SNIPPET_MARK.finditer(snippet):
        if m.start() > pos:
            out.append((snippet[pos:m.start()], ""))
        out.append((m.group(1), "hit"))
        pos = m.end()
    if pos < len(snippet):
        out.append((snippet[pos:], ""))
    return out


def split(text: str, marks: Iterable[Mark]) -> Pieces:
    """`text` cut at the marks; overlapping marks merge into one, of the
    class that matters most (a quote over a query word)."""
    merged: list[tuple[int, int, str]] = []
    for s, e, cls in sorted(marks, key=lambda m: (m[0], PRIORITY.get(m[2], 9))):
        if s >= e or s < 0 or e > len(text):
            continue
        if merged and s < merged[-1][1]:
            ls, le, lcls = merged[-1]
            better = cls if PRIORITY.get(cls, 9) < PRIORITY.get(lcls, 9) else lcls
            merged[-1] = (ls, max(le, e), better)
        else:
            merged.append((s, e, cls))
    out: Pieces = []
    pos = 0
    for s, e, cls in merged:
        if s > pos:
            out.append((text[pos:s], ""))
        out.append((text[s:e], cls))
        pos = e
    if pos < len(text) or not out:
        out.append((text[pos:], ""))
    return out


def tag(spans: Iterable[Span], cls: str) -> list[Mark]:
    return [(s, e, cls) for s, e in spans]


def query_spans(text: str, query: str, exact: bool = False) -> list[Span]:
    """Where the words of a search query occur in `text`, by the search
    library's matcher. A query that does not parse marks nothing."""
    if not query.strip():
        return []
    try:
        q = parse(query)
    except QueryError:
        return []
    if not q.terms:
        return []
    matcher = snip.matcher(q.terms, exact)
    pattern = TOKEN_RE if exact else WORD_RE
    spans: list[Span] = []
    for m in pattern.finditer(text):
        if matcher(m.group(0)):
            spans.append((m.start(), m.end()))
            if len(spans) >= MAX_QUERY_MARKS:
                break
    return spans


def quote_spans(text: str, quote: str) -> list[Span]:
    """Every place `quote` stands in `text`: as written first, then with any
    run of spaces or line breaks for a space and case ignored (a quote is
    often cut from a wrapped line)."""
    quote = quote.strip()
    if not quote or not text:
        return []
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]
    if found:
        return found
    words = quote.split()
    # quoted replies prefix lines with '>': allow those between the words too
    loose = re.compile(r"(?:\s|>)+".join(re.escape(w) for w in words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in loose.finditer(text)]
