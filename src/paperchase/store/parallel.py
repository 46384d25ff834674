"""Parse ahead in worker processes while the main process stores.

`parse_message` is a pure function of the bytes, so the mailbox is read and
stored in one process (one writer: SQLite wants that) while up to `workers`
processes parse. The window of items in flight is bounded, so memory stays
flat however large the mailbox: `Pool.imap` would drain the source into its
queue. Results come back in source order, so a resumed run meets them in the
same order as a clean one."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from paperchase import settings
from paperchase.model import ParsedMessage, RawItem

Parsed = ParsedMessage | str | None  # a parse, a parser error's reason, or nothing to parse


def parse_or_reason(data: bytes, depth: int = 0) -> ParsedMessage | str:
    """In a worker: the parse, or why it failed (a parser bug must not stop
    the ingest; the writer records the reason with the raw bytes)."""
    from paperchase.parse import parse_message

    try:
        return parse_message(data, depth=depth)
    except Exception as exc:
        return f"parser error: {type(exc).__name__}: {exc}"


def workers() -> int:
    n = settings.get_int("ingest_workers")
    return n if n > 0 else min(4, max(1, (os.cpu_count() or 1)))


def parse_ahead(items: Iterable[RawItem], needs_parse: Callable[[RawItem], bool],
                n_workers: int | None = None) -> Iterator[tuple[RawItem, Parsed]]:
    n = workers() if n_workers is None else n_workers
    if n <= 1:
        for item in items:
            yield item, (parse_or_reason(item.data) if needs_parse(item) else None)
        return
    window = n * 64
    ctx = multiprocessing.get_context("fork")  # the parent holds nothing a worker touches
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        pending: deque[tuple[RawItem, Future[ParsedMessage | str] | None]] = deque()
        for item in items:
            pending.append((item, pool.submit(parse_or_reason, item.data) if needs_parse(item) else None))
            if len(pending) >= window:
                done, fut = pending.popleft()
                yield done, (fut.result() if fut else None)
        while pending:
            done, fut = pending.popleft()
            yield done, (fut.result() if fut else None)
