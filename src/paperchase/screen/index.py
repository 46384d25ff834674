"""An index over one watchlist, built once and reused: SQLite beside the case
(`screen-cache/`) or in the user's cache folder, named after the list's
SHA-256 and the scorer's fingerprint, so a changed list or a changed scorer
builds a new one. It holds the entries as JSON and, per blocking key from
`name_keys`, the packed ids of the entries having it: a name is compared only
with entries sharing a rare key, never with the whole list."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import multiprocessing as mp
import os
import re
import sqlite3
import threading
import time
from array import array
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from normality import ascii_text

from paperchase.resolve.names.translit import canon
from paperchase.screen.entry import ListEntry, LoadReport
from paperchase.screen.loaders import Watchlist
from paperchase.screen.scorer import Scorer, fingerprint

INDEX_VERSION = "4"
# schema classes kept per name in memory, so candidates of the wrong kind are
# dropped before any entry is read: see `compatible_classes`
SCHEMA_CLASS = {"Person": 1, "Organization": 2, "Company": 2, "PublicBody": 2, "LegalEntity": 3,
                "Vessel": 4, "Airplane": 5, "Vehicle": 6}
CACHE_FOLDER = "screen-cache"
_PUNCT = re.compile(r"[^\w\s]+")
_WORD = re.compile(r"[^\W_]+(?:['’ʼ`-][^\W_]+)*")


CLASS_SCHEMA = {1: "Person", 2: "Organization", 3: "LegalEntity", 4: "Vessel", 5: "Airplane", 6: "Vehicle"}
KINDS = ("name", "alias", "weak", "previous", "original")


def compatible_classes(schema: str | None) -> frozenset[int] | None:
    """Schema classes a subject of `schema` may match; None for any. Mirrors
    `evidence.compatible`: LegalEntity (3) goes with everything."""
    got = SCHEMA_CLASS.get(schema or "", 3)
    if got == 3:
        return None
    return frozenset({got, 3, 0})


def user_cache_dir() -> Path:
    """Where list indexes go when screening without a case: the XDG cache
    folder (the stdlib is enough for the one platform this runs on)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "paperchase" / "screen"


def fold(name: str) -> str:
    """One Latin spelling per word (the scorer's canonical transliteration,
    ICU's for other scripts), words sorted: the cheap form rapidfuzz
    pre-filters candidate pairs on before the real scorer sees them."""
    out = []
    for word in _WORD.findall(name):
        got = canon(word) or (ascii_text(word) or "").lower()
        got = _PUNCT.sub("", got)
        if got:
            out.append(got)
    return " ".join(sorted(out))


def blocking_keys(scorer: Scorer, name: str, schema: str | None, folded: str | None = None) -> set[str]:
    """The scorer's keys, plus the first four letters of each folded word of a
    person's name (or of any name the scorer keys nothing for: other
    scripts). The scorer keys a person on the surname alone, so one letter
    read two ways ("Mastercartaria"/"Мастеркартариа") would lose the entry;
    the extra keys are common enough to be ignored where a rarer key exists."""
    keys = set(scorer.name_keys(name, schema=schema))
    if schema == "Person" or not keys:
        words = (folded if folded is not None else fold(name)).split()
        keys.update("t:" + w[:4] for w in words if len(w) >= 4)
    return keys


POSTING_CACHE_BYTES = 128 * 1024 * 1024
BUILD_CHUNK = 2000
PARALLEL_BYTES = 8 * 1024 * 1024  # lists from this size have their keys made by several processes
_BUILD_SCORER: Scorer | None = None


def _keys_of(chunk: list[tuple[str, list[str]]]) -> list[list[tuple[list[str], str]]]:
    """Blocking keys and folded form of each name of each entry (a worker's job)."""
    assert _BUILD_SCORER is not None
    out = []
    for schema, names in chunk:
        row = []
        for name in names:
            folded = fold(name)
            row.append((sorted(blocking_keys(_BUILD_SCORER, name, schema, folded)), folded))
        out.append(row)
    return out


def _keyed_chunks(watchlist: Watchlist, report: LoadReport, scorer: Scorer
                  ) -> Iterator[tuple[list[ListEntry], list[list[tuple[list[str], str]]]]]:
    """Entries in chunks with their names' keys; making keys is the costly
    part of a build, so a big list shares it among forked processes, a few
    chunks ahead of the writer (a semaphore bounds what waits in memory)."""
    global _BUILD_SCORER
    _BUILD_SCORER = scorer
    entries = watchlist.entries(report)

    def chunks() -> Iterator[list[ListEntry]]:
        while True:
            chunk = list(itertools.islice(entries, BUILD_CHUNK))
            if not chunk:
                return
            yield chunk

    workers = os.cpu_count() or 1
    big = watchlist.path.stat().st_size >= PARALLEL_BYTES
    if workers < 2 or not big or "fork" not in mp.get_all_start_methods():
        for chunk in chunks():
            yield chunk, _keys_of([(e.schema, [n for n, _ in e.names]) for e in chunk])
        return
    pending: deque[list[ListEntry]] = deque()
    room = threading.BoundedSemaphore(workers * 4)

    def payloads() -> Iterator[list[tuple[str, list[str]]]]:
        for chunk in chunks():
            room.acquire()
            pending.append(chunk)
            yield [(e.schema, [n for n, _ in e.names]) for e in chunk]

    with mp.get_context("fork").Pool(workers) as pool:
        for keyed in pool.imap(_keys_of, payloads()):
            chunk = pending.popleft()
            room.release()
            yield chunk, keyed


class ListIndex:
    """One list's entries and blocking keys. `build_seconds` is 0.0 when the
    cache was reused."""

    def __init__(self, db: sqlite3.Connection, path: Path, watchlist: Watchlist, report: LoadReport,
                 build_seconds: float) -> None:
        self.db = db
        self.path = path
        self.watchlist = watchlist
        self.report = report
        self.build_seconds = build_seconds
        self.size = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
        self._entries: OrderedDict[int, ListEntry] = OrderedDict()
        self._folded: np.ndarray | None = None
        self._names = self._name_entry = self._name_pos = self._name_class = self._name_kind = np.empty(0)
        self._postings: OrderedDict[str, np.ndarray] = OrderedDict()
        self._posting_bytes = 0

    # building -----------------------------------------------------------------------

    @classmethod
    def open(cls, watchlist: Watchlist, scorer: Scorer, cache_dir: Path | None = None) -> ListIndex:
        """The cached index of `watchlist`, built first where missing or stale."""
        cache_dir = cache_dir or user_cache_dir()
        cache_dir.mkdir(parents=True, exist_ok=True)
        sha = watchlist.sha256()
        where = hashlib.sha256(str(watchlist.path.resolve()).encode()).hexdigest()[:8]
        stem = re.sub(r"[^\w.]+", "_", watchlist.name)[:60] + "." + where
        path = cache_dir / f"{stem}-{sha[:20]}-{fingerprint(scorer)}-v{INDEX_VERSION}.sqlite"
        if path.exists():
            db = sqlite3.connect(str(path), check_same_thread=False)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'report'").fetchone()
            except sqlite3.DatabaseError:
                row = None
            if row:
                return cls(db, path, watchlist, LoadReport.from_dict(json.loads(row[0])), 0.0)
            db.close()
        return cls._build(watchlist, scorer, path, stem, sha)

    @classmethod
    def _build(cls, watchlist: Watchlist, scorer: Scorer, path: Path, stem: str, sha: str) -> ListIndex:
        started = time.perf_counter()
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(str(tmp), isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, entry_id TEXT, data TEXT)")
        db.execute("CREATE TABLE names (id INTEGER PRIMARY KEY, entry INTEGER, pos INTEGER, class INTEGER,"
                   " kind INTEGER, name TEXT, folded TEXT)")
        db.execute("CREATE TABLE postings (key TEXT PRIMARY KEY, ids BLOB)")
        report = LoadReport(str(watchlist.path))
        postings: dict[str, array[int]] = {}
        batch: list[tuple[int, str, str]] = []
        name_rows: list[tuple[int, int, int, int, int, str, str]] = []
        name_id = 0
        rowid = 0
        db.execute("BEGIN")
        for chunk, keyed in _keyed_chunks(watchlist, report, scorer):
            for entry, names in zip(chunk, keyed, strict=True):
                rowid += 1
                cls_ = SCHEMA_CLASS.get(entry.schema, 0)
                for pos, ((name, kind), (keys, folded)) in enumerate(zip(entry.names, names, strict=True)):
                    name_id += 1
                    for key in keys:
                        got = postings.get(key)
                        if got is None:
                            postings[key] = got = array("I")
                        got.append(name_id)
                    name_rows.append((name_id, rowid, pos, cls_, KINDS.index(kind) if kind in KINDS else 1,
                                      name, folded))
                batch.append((rowid, entry.entry_id, entry.to_json()))
            db.executemany("INSERT INTO entries VALUES (?, ?, ?)", batch)
            db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)", name_rows)
            batch.clear()
            name_rows.clear()
        db.executemany("INSERT INTO entries VALUES (?, ?, ?)", batch)
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)", name_rows)
        db.executemany("INSERT INTO postings VALUES (?, ?)", ((k, v.tobytes()) for k, v in postings.items()))
        postings.clear()
        meta = {"report": json.dumps(report.as_dict()), "list_sha256": sha, "list_path": str(watchlist.path),
                "format": watchlist.format, "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.execute("COMMIT")
        db.close()
        os.replace(tmp, path)
        for old in path.parent.glob(f"{stem}-*.sqlite"):  # the same list before it changed
            if old != path:
                old.unlink(missing_ok=True)
        db = sqlite3.connect(str(path), check_same_thread=False)
        return cls(db, path, watchlist, report, time.perf_counter() - started)

    def close(self) -> None:
        self.db.close()

    def preload(self) -> None:
        """Read the names into memory now (before forking workers)."""
        self._load_names()

    def reconnect(self) -> None:
        """A connection of this process's own (after a fork)."""
        self.db = sqlite3.connect(str(self.path), check_same_thread=False)

    # querying -----------------------------------------------------------------------

    def _posting(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        missing = []
        for k in keys:
            got = self._postings.get(k)
            if got is not None:
                self._postings.move_to_end(k)
                out[k] = got
            else:
                missing.append(k)
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            rows = self.db.execute(f"SELECT key, ids FROM postings WHERE key IN ({','.join('?' * len(chunk))})",
                                   chunk).fetchall()
            for k, blob in rows:
                out[k] = self._postings[k] = np.frombuffer(blob, dtype=np.uint32)
                self._posting_bytes += len(blob)
            for k in chunk:
                if k not in out:
                    out[k] = self._postings[k] = np.empty(0, dtype=np.uint32)
        # kept while they fit: common keys come back for almost every name
        while len(self._postings) > 100_000 or self._posting_bytes > POSTING_CACHE_BYTES:
            _, old = self._postings.popitem(last=False)
            self._posting_bytes -= old.nbytes
        return out

    def _load_names(self) -> None:
        """Every name with its entry, position, schema class, kind and folded
        form, in memory: a million-entry list costs a few hundred megabytes,
        and then neither pre-filtering nor comparing reads the database."""
        if self._folded is not None:
            return
        rows = self.db.execute("SELECT entry, pos, class, kind, name, folded FROM names ORDER BY id").fetchall()
        count = len(rows) + 1  # name ids start at 1; slot 0 is empty

        def column(i: int, dtype: type, empty: object = 0) -> np.ndarray:
            return np.fromiter(itertools.chain([empty], (r[i] for r in rows)), dtype=dtype, count=count)

        self._name_entry = column(0, np.uint32)
        self._name_pos = column(1, np.uint16)
        self._name_class = column(2, np.uint8)
        self._name_kind = column(3, np.uint8)
        self._names = column(4, object, "")
        self._folded = column(5, object, "")

    def candidates(self, keys: set[str], classes: frozenset[int] | None = None, limit: int = 1000,
                   max_df: int = 5000) -> np.ndarray:
        """Ids of the names sharing the rarest keys, most (idf-weighted)
        shared first. Keys held by more than `max_df` names (a common word in
        a list of millions) select nothing unless they are all there is.
        `classes` keeps only names of entries of compatible schemata."""
        if not keys or not self.size:
            return np.empty(0, dtype=np.uint32)
        self._load_names()
        posts = {k: p for k, p in self._posting(keys).items() if len(p)}
        if not posts:
            return np.empty(0, dtype=np.uint32)
        rare = {k: p for k, p in posts.items() if len(p) <= max_df}
        if not rare:
            k = min(posts, key=lambda k: len(posts[k]))
            rare = {k: posts[k]}
        if len(rare) == 1:
            (ids,) = rare.values()
        else:
            allids = np.concatenate(list(rare.values()))
            uniq, inverse = np.unique(allids, return_inverse=True)
            if len(uniq) <= limit:
                ids = uniq  # all of them are kept: no need to rank
            else:
                n = len(self._folded)
                weights = np.concatenate([np.full(len(p), math.log(1 + n / len(p))) for p in rare.values()])
                totals = np.bincount(inverse, weights=weights)
                top = np.argpartition(-totals, limit)[:limit]
                ids = uniq[top[np.argsort(-totals[top], kind="stable")]]
        if classes is not None:
            table = np.zeros(256, dtype=bool)
            table[list(classes)] = True
            ids = ids[table[self._name_class[ids]]]
        return ids[:limit]

    def folded_many(self, name_ids: np.ndarray) -> np.ndarray:
        assert self._folded is not None
        return self._folded[name_ids]

    def name_info(self, name_id: int) -> tuple[int, int, str, str, str]:
        """(entry row, position in the entry's names, the name, its kind,
        the entry's schema as far as the class tells)."""
        return (int(self._name_entry[name_id]), int(self._name_pos[name_id]), self._names[name_id],
                KINDS[self._name_kind[name_id]], CLASS_SCHEMA.get(int(self._name_class[name_id]), "LegalEntity"))

    def entries(self, rowids: list[int]) -> dict[int, ListEntry]:
        """Entries by row, decoded once and kept a while."""
        missing = [r for r in set(rowids) if r not in self._entries]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for rid, data in self.db.execute(
                f"SELECT id, data FROM entries WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                self._entries[rid] = ListEntry.from_json(data)
        out = {}
        for r in rowids:
            got = self._entries.get(r)
            if got is not None:
                self._entries.move_to_end(r)
                out[r] = got
        while len(self._entries) > 50000:
            self._entries.popitem(last=False)
        return out

    def iter_all(self) -> Iterable[ListEntry]:
        for (data,) in self.db.execute("SELECT data FROM entries ORDER BY id"):
            yield ListEntry.from_json(data)
