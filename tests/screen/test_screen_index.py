from __future__ import annotations

import time

from paperchase.screen.evidence import Subject
from paperchase.screen.index import ListIndex
from paperchase.screen.loaders import open_watchlist
from paperchase.screen.match import PAIRS_PER_SUBJECT, Screener


def _people(n: int) -> list[dict]:
    first = ["Ivan", "Pyotr", "Sergei", "Oleg", "Fyodor", "Roman", "Gleb", "Artem"]
    last = ["Zaitsev", "Kovrigin", "Lapshin", "Mukhin", "Dorokhov", "Kuchin", "Yermolin", "Sitnikov"]
    return [{"id": f"t-{i}", "schema": "Person", "properties": {
        "name": [f"{last[i % 8]}{i} {first[(i // 8) % 8]} Testovich"]}} for i in range(n)]


def test_index_is_cached_and_reused(tmp_path, scorer, write_ftm):
    path = write_ftm(tmp_path / "list.ftm.json", _people(50))
    cache = tmp_path / "cache"
    first = ListIndex.open(open_watchlist(path), scorer, cache)
    assert first.build_seconds > 0 and first.size == 50
    first.close()
    files = list(cache.glob("*.sqlite"))
    assert len(files) == 1 and files[0].read_bytes()[:15] == b"SQLite format 3"  # data, no pickle
    again = ListIndex.open(open_watchlist(path), scorer, cache)
    assert again.build_seconds == 0.0 and again.report.read == 50
    again.close()


def test_index_rebuilt_when_the_list_changes(tmp_path, scorer, write_ftm):
    path = write_ftm(tmp_path / "list.ftm.json", _people(10))
    cache = tmp_path / "cache"
    ListIndex.open(open_watchlist(path), scorer, cache).close()
    time.sleep(0.01)
    write_ftm(path, _people(12))
    ix = ListIndex.open(open_watchlist(path), scorer, cache)
    assert ix.build_seconds > 0 and ix.size == 12
    ix.close()
    assert len(list(cache.glob("*.sqlite"))) == 1  # the stale one is gone


def test_screening_compares_only_blocked_candidates(tmp_path, scorer, write_ftm):
    people = _people(400)
    path = write_ftm(tmp_path / "list.ftm.json", people)
    ix = ListIndex.open(open_watchlist(path), scorer, tmp_path / "cache")
    calls = []

    class Counting:
        def compare(self, left, right, *, schema=None):
            calls.append((left, right))
            return scorer.compare(left, right, schema=schema)

        def name_keys(self, name, schema=None):
            return scorer.name_keys(name, schema=schema)

    target = people[137]["properties"]["name"][0]
    got = Screener([ix], Counting()).screen(Subject("q", target, "Person", [target]), floor=0.9)
    assert got and got[0].entry.entry_id == "t-137"
    assert 0 < len(calls) <= PAIRS_PER_SUBJECT < 400
    ix.close()


def test_parallel_build_gives_the_same_index(tmp_path, scorer, write_ftm, monkeypatch):
    from paperchase.screen import index as index_module

    path = write_ftm(tmp_path / "list.ftm.json", _people(300))
    one = ListIndex.open(open_watchlist(path), scorer, tmp_path / "one")
    monkeypatch.setattr(index_module, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(index_module, "BUILD_CHUNK", 17)
    two = ListIndex.open(open_watchlist(path), scorer, tmp_path / "two")
    dump = "SELECT * FROM names ORDER BY id"
    assert one.db.execute(dump).fetchall() == two.db.execute(dump).fetchall()
    keys = "SELECT key, ids FROM postings ORDER BY key"
    assert one.db.execute(keys).fetchall() == two.db.execute(keys).fetchall()
    assert one.report.as_dict() == two.report.as_dict()
    one.close()
    two.close()
