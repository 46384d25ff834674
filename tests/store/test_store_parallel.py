from __future__ import annotations

from paperchase.model import Location, RawItem
from paperchase.store import parallel
from paperchase.store.parallel import parse_ahead


def _size(data: bytes) -> int:
    return len(data)


def _items(n: int) -> list[RawItem]:
    return [RawItem(b"x" * (i + 1), Location("s", "h", "s", i)) for i in range(n)]


def test_parse_ahead_keeps_source_order_across_chunks_and_skips() -> None:
    items = _items(53)  # not a multiple of the chunk: a short last chunk

    def needs(item: RawItem) -> bool:
        return item.location.offset % 3 != 0  # some chunks hold skipped items

    got = list(parse_ahead(items, needs, n_workers=2, work=_size, chunk=5))
    assert [i.location.offset for i, _ in got] == list(range(53))
    assert [r for _, r in got] == [None if i % 3 == 0 else i + 1 for i in range(53)]


def test_parse_ahead_bounds_bytes_in_flight(monkeypatch) -> None:
    # big items: each fills a chunk by its bytes, and the window drains by bytes
    monkeypatch.setattr(parallel, "CHUNK_BYTES", 10)
    monkeypatch.setattr(parallel, "WINDOW_BYTES", 25)
    pulled = [0]

    def source():
        for i in range(9):
            pulled[0] += 1
            yield RawItem(b"y" * 12, Location("s", "h", "s", i))

    seen = []
    for item, result in parse_ahead(source(), lambda _i: True, n_workers=2, work=_size):
        seen.append((item.location.offset, result))
        # 12-byte chunks, at most 25 bytes in flight: the reader is never
        # more than three items ahead of the writer
        assert pulled[0] - item.location.offset <= 3
    assert seen == [(i, 12) for i in range(9)]


def test_one_worker_parses_inline() -> None:
    got = list(parse_ahead(_items(4), lambda _i: True, n_workers=1, work=_size))
    assert [r for _, r in got] == [1, 2, 3, 4]
