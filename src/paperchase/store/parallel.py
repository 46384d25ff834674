"""Parse ahead in worker processes while the main process stores.

`parse_message` is a pure function of the bytes, so the mailbox is read and
stored in one process (one writer: SQLite wants that) while up to `workers`
processes parse. Items travel in chunks (one future per chunk, not per item):
a future and its pickled call cost about as much as parsing a short message,
so one per item kept the main process busy with bookkeeping. The window of
chunks in flight is bounded, so memory stays flat however large the mailbox:
`Pool.imap` would drain the source into its queue. Results come back in
source order, so a resumed run meets them in the same order as a clean one."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from paperchase import settings
from paperchase.model import ParsedMessage, RawItem

Parsed = ParsedMessage | str | None  # a parse, a parser error's reason, or nothing to parse
Work = Callable[[bytes], Any]  # what a worker does with one item's bytes (picklable: a module-level function)

# items per future: 64 rather than 16 cut the writer's share of the pool's
# bookkeeping (futures, pickling, the executor's threads) from about 60 to
# 40 µs a message (benchmarks/ingest.py mailbox, 2 workers)
CHUNK = 64
CHUNK_BYTES = 4 * 1024 * 1024  # or fewer, where they are large
WINDOW_CHUNKS = 4  # chunks in flight per worker: enough that a slow attachment does not stall the writer
WINDOW_BYTES = 64 * 1024 * 1024  # raw bytes in flight at most (beyond one chunk): memory stays flat


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


def _run_chunk(work: Work, chunk: list[bytes]) -> list[Any]:
    return [work(data) for data in chunk]


def parse_ahead(items: Iterable[RawItem], needs_parse: Callable[[RawItem], bool],
                n_workers: int | None = None, work: Work = parse_or_reason,
                chunk: int = CHUNK) -> Iterator[tuple[RawItem, Any]]:
    """Each item with `work(item.data)` (None where `needs_parse` says no), in
    source order. `work` runs in the workers, or inline with one worker."""
    n = workers() if n_workers is None else n_workers
    if n <= 1:
        for item in items:
            yield item, (work(item.data) if needs_parse(item) else None)
        return
    window = n * WINDOW_CHUNKS
    ctx = multiprocessing.get_context("fork")  # the parent holds nothing a worker touches
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        # each entry: the chunk's items, which of them were sent, the future
        pending: deque[tuple[list[RawItem], list[bool], int, Future[list[Any]] | None]] = deque()
        batch: list[RawItem] = []
        sent: list[bool] = []
        size = 0  # bytes of the batch being filled
        in_flight = 0  # bytes of the chunks pending

        def submit() -> None:
            nonlocal size, in_flight
            data = [item.data for item, s in zip(batch, sent, strict=True) if s]
            fut = pool.submit(_run_chunk, work, data) if data else None
            pending.append((batch.copy(), sent.copy(), size, fut))
            in_flight += size
            batch.clear()
            sent.clear()
            size = 0

        def drain_one() -> Iterator[tuple[RawItem, Any]]:
            nonlocal in_flight
            got, flags, nbytes, fut = pending.popleft()
            in_flight -= nbytes
            results = iter(fut.result() if fut is not None else ())
            for item, s in zip(got, flags, strict=True):
                yield item, (next(results) if s else None)

        for item in items:
            batch.append(item)
            flag = needs_parse(item)
            sent.append(flag)
            size += len(item.data) if flag else 0
            if len(batch) >= chunk or size >= CHUNK_BYTES:
                submit()
                while pending and (len(pending) >= window or in_flight > WINDOW_BYTES):
                    yield from drain_one()
        if batch:
            submit()
        while pending:
            yield from drain_one()
