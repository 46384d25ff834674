"""The ingest writer: items from sources, parsed, stored once with every place
they were seen. Nothing is lost: an item that cannot be read or parsed is kept
as a failure with its raw bytes and the reason.

Resuming: a source whose `finished_at` is set is not read again; an
unfinished one is read from the start, and every item whose location is
already recorded is skipped before parsing. Batches are transactions, so a
kill -9 loses at most the batch in flight, which the next run redoes."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from paperchase import settings
from paperchase.errors import DamagedInput
from paperchase.model import Location, ParsedMessage, RawItem
from paperchase.search.index import index_documents, index_message
from paperchase.store.case import Case, transaction
from paperchase.store.parallel import parse_ahead, parse_or_reason
from paperchase.store.prepare import LENIENT, Prepared, Wire, from_wire, prepare_parsed, prepare_wire
from paperchase.store.threads import rebuild_threads

if TYPE_CHECKING:
    from paperchase.sources import Source

Progress = Callable[[str, int], None]  # (source label, bytes or items done)


@dataclass(slots=True)
class SourceSummary:
    path: str
    kind: str
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0  # already in the case from an earlier run
    reasons: Counter[str] = field(default_factory=Counter)
    already_done: bool = False


@dataclass(slots=True)
class IngestSummary:
    sources: list[SourceSummary] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return sum(s.stored for s in self.sources)

    @property
    def failed(self) -> int:
        return sum(s.failed for s in self.sources)

    def render(self) -> str:
        lines = []
        for s in self.sources:
            if s.already_done:
                lines.append(f"{s.path} ({s.kind}): already ingested, nothing to add")
                continue
            lines.append(
                f"{s.path} ({s.kind}): read {s.read}, stored {s.stored}, duplicates {s.duplicates}, "
                f"failed {s.failed}" + (f", already in the case {s.skipped}" if s.skipped else "")
            )
            for reason, n in s.reasons.most_common():
                lines.append(f"    failed {n}: {reason}")
        total = (f"total: stored {self.stored}, duplicates {sum(s.duplicates for s in self.sources)}, "
                 f"failed {self.failed}")
        return "\n".join([*lines, total])


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Writer:
    """Stores items of one source; one instance per source."""

    def __init__(self, case: Case, source_id: int, summary: SourceSummary, strict: bool) -> None:
        self.case = case
        self.db = case.db
        self.source_id = source_id
        self.summary = summary
        self.strict = strict
        self.stamped = False  # the search index's version stamp checked in this writer
        self.max_depth = settings.get_int("max_nesting")
        # digests needs_parse computed, by id of the item (with its bytes, so
        # a recycled id never matches): add() hashes each message once
        self._digests: dict[int, tuple[bytes, str]] = {}

    def _loc_key(self, loc: Location) -> tuple[int, str, str, int]:
        return (self.source_id, loc.path or "", loc.member or "", -1 if loc.offset is None else loc.offset)

    def seen(self, loc: Location) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM locations WHERE source_id=? AND path=? AND member=? AND offset=?"
                " UNION ALL SELECT 1 FROM failures WHERE source_id=? AND path=? AND member=? AND offset=?",
                self._loc_key(loc) + self._loc_key(loc),
            ).fetchone()
            is not None
        )

    def fail(self, item: RawItem, reason: str) -> None:
        if self.strict:
            raise DamagedInput(f"{item.location.label()}: {reason}")
        digest = self.case.blobs.put(item.data) if item.data else None
        self.db.execute(
            "INSERT OR IGNORE INTO failures (source_id, path, member, offset, reason, raw_sha256, size)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*self._loc_key(item.location), reason, digest, len(item.data)),
        )
        self.summary.failed += 1
        self.summary.reasons[reason.split(":")[0]] += 1

    def locate(self, message_pk: int, loc: Location) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO locations (message_id, source_id, path, member, offset) VALUES (?, ?, ?, ?, ?)",
            (message_pk, *self._loc_key(loc)),
        )

    def needs_parse(self, item: RawItem) -> bool:
        """Worth sending to a parser: readable, not parsed by its source, bytes not stored yet."""
        if item.error or item.parsed is not None:
            return False
        digest = hashlib.sha256(item.data).hexdigest()
        self._digests[id(item)] = (item.data, digest)
        return self.db.execute("SELECT 1 FROM messages WHERE sha256 = ?", (digest,)).fetchone() is None

    def _digest(self, item: RawItem) -> str:
        known = self._digests.pop(id(item), None)
        if known is not None and known[0] is item.data:
            return known[1]
        return hashlib.sha256(item.data).hexdigest()

    def add(self, item: RawItem, parent_pk: int | None = None, depth: int = 0,
            parsed_ahead: Prepared | Wire | ParsedMessage | str | None = None) -> None:
        """Store one item (and, recursively, the messages attached to it)."""
        if item.error:
            self._digests.pop(id(item), None)
            self.fail(item, item.error)
            return
        raw = item.data
        digest = self._digest(item)
        db = self.db
        row = db.execute("SELECT id FROM messages WHERE sha256 = ?", (digest,)).fetchone()
        if row is not None:
            self.locate(row[0], item.location)
            self.summary.duplicates += 1
            return
        result: Prepared | Wire | ParsedMessage | str
        if item.parsed is not None:
            result = item.parsed
        elif parsed_ahead is not None:
            result = parsed_ahead
        else:
            result = parse_or_reason(raw, depth)
        if isinstance(result, str):
            self.fail(item, result)
            return
        if isinstance(result, tuple):
            result = from_wire(result)
        prep = result if isinstance(result, Prepared) else prepare_parsed(result)
        parsed = prep.parsed
        if self.strict:
            serious = [d for d in parsed.defects if d.kind not in LENIENT]
            if serious:
                raise DamagedInput(f"{item.location.label()}: {serious[0].kind}: {serious[0].detail}")
        chash = prep.content_hash
        message_id = parsed.message_id or f"<sha256:{digest}>"
        conflict = 0
        if parsed.message_id:
            others = db.execute(
                "SELECT id, content_hash FROM messages WHERE message_id = ?", (message_id,)
            ).fetchall()
            same = [r[0] for r in others if r[1] == chash]
            if same:
                self.locate(same[0], item.location)
                self.summary.duplicates += 1
                return
            if others:
                conflict = 1
                db.execute("UPDATE messages SET conflict = 1 WHERE message_id = ?", (message_id,))
        self.case.blobs.put(raw, digest)
        cur = db.execute(
            "INSERT INTO messages (sha256, content_hash, message_id, has_message_id, conflict, date, date_utc,"
            " sender, recipients, subject, in_reply_to, refs, language, text, html, headers, parent_id, kind,"
            " defects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                digest, chash, message_id, int(bool(parsed.message_id)), conflict, parsed.date, prep.date_utc,
                prep.sender, prep.recipients, parsed.subject, parsed.in_reply_to, prep.refs, parsed.language,
                parsed.text, parsed.html, prep.headers, parent_pk, item.kind, prep.defects,
            ),
        )
        pk = int(cur.lastrowid or 0)
        self.locate(pk, item.location)
        att_ids: list[int] = []
        for i, (att, ahash, adefects) in enumerate(zip(parsed.attachments, prep.att_hashes, prep.att_defects,
                                                       strict=True)):
            if att.data:
                self.case.blobs.put(att.data, ahash)
            cur = db.execute(
                "INSERT INTO attachments (message_id, idx, filename, content_type, size, sha256, text, language,"
                " defects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, i, att.filename, att.content_type, len(att.data), ahash, att.text, att.language, adefects),
            )
            att_ids.append(int(cur.lastrowid or 0))
        if prep.docs is not None:  # computed by the worker
            index_documents(db, pk, att_ids, prep.docs, stamp=not self.stamped)
            self.stamped = True
        else:
            index_message(db, pk)
        self.summary.stored += 1
        max_depth = self.max_depth
        for i, child in enumerate(parsed.children):
            child.location = _child_location(item.location, child.location, i)
            if depth + 1 > max_depth:
                self.fail(child, f"nesting too deep: attached message at depth {depth + 1} > {max_depth}")
                continue
            self.summary.read += 1  # attached messages count as items read
            self.add(child, parent_pk=pk, depth=depth + 1)


def _child_location(parent: Location, child: Location, i: int) -> Location:
    """Parse names a child by its part (`rfc822:1.2`, `attachment:x.eml`) and
    sources by its Outlook attachment (`Outer.msg!Inner`); either way it sits
    where its parent sat, one member further down."""
    if child.source and child.member and child != parent:
        return child
    own = child.member or f"attached-message-{i + 1}"
    member = f"{parent.member}!{own}" if parent.member else own
    return Location(parent.source, parent.source_sha256, parent.path, parent.offset, member)


def _source_row(case: Case, src: Source) -> tuple[int, bool]:
    path = str(src.path)
    digest = str(src.sha256)
    row = case.db.execute("SELECT id, finished_at FROM sources WHERE path = ? AND sha256 = ?",
                          (path, digest)).fetchone()
    if row is not None:
        return int(row[0]), row[1] is not None
    with transaction(case.db):
        cur = case.db.execute(
            "INSERT INTO sources (path, sha256, size, kind, started_at, expected) VALUES (?, ?, ?, ?, ?, ?)",
            (path, digest, src.size, src.kind, now(), src.expected),
        )
    return int(cur.lastrowid or 0), False


def ingest(case: Case, paths: Iterable[Path | str], *, progress: Progress | None = None,
           strict: bool = False) -> IngestSummary:
    """Read every source into the case. All paths are checked first, so a
    typo in the last one does not leave a half-done run."""
    from paperchase.sources import open_source

    opened = [open_source(Path(p)) for p in paths]
    summary = IngestSummary()
    # a page cache of SQLITE_CACHE_KIB while ingesting (SQLite's default is
    # 2 MiB): the blob, message and FTS B-trees of a large case stay in it,
    # which cuts the writer's CPU by about a fifth; the old size is restored
    old_cache = case.db.execute("PRAGMA cache_size").fetchone()[0]
    case.db.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    try:
        _ingest_sources(case, opened, summary, progress, strict)
    finally:
        case.db.execute(f"PRAGMA cache_size={int(old_cache)}")
    with transaction(case.db):
        rebuild_threads(case.db)
    return summary


SQLITE_CACHE_KIB = 64 * 1024


def _ingest_sources(case: Case, opened: list[Source], summary: IngestSummary, progress: Progress | None,
                    strict: bool) -> None:
    batch = settings.get_int("batch_size")
    for src in opened:
        s = SourceSummary(str(src.path), src.kind)
        summary.sources.append(s)
        source_id, done = _source_row(case, src)
        if done:
            s.already_done = True
            continue
        writer = Writer(case, source_id, s, strict)
        pending = 0
        flushed = [0, 0, 0, 0]
        case.db.execute("BEGIN IMMEDIATE")
        try:
            for item, parsed in parse_ahead(_unseen(src.iter_items(), writer), writer.needs_parse, work=prepare_wire):
                s.read += 1
                writer.add(item, parsed_ahead=parsed)
                pending += 1
                if pending >= batch:
                    _flush_counts(case, source_id, s, flushed)
                    case.db.execute("COMMIT")
                    case.db.execute("BEGIN IMMEDIATE")
                    pending = 0
                if progress:
                    progress(s.path, item.location.offset if item.location.offset is not None else s.read)
            _flush_counts(case, source_id, s, flushed)
            case.db.execute("UPDATE sources SET finished_at = ? WHERE id = ?", (now(), source_id))
            case.db.execute("COMMIT")
        except BaseException:
            case.db.execute("ROLLBACK")
            raise


def _unseen(items: Iterable[RawItem], writer: Writer) -> Iterator[RawItem]:
    """Skip what an earlier, interrupted run already stored, before parsing it."""
    for item in items:
        if writer.seen(item.location):
            writer.summary.skipped += 1
            continue
        yield item


def _flush_counts(case: Case, source_id: int, s: SourceSummary, flushed: list[int]) -> None:
    """Counts are kept in the same transaction as the rows they count, as
    increments since the last flush, so a resumed run adds to them."""
    now_counts = [s.read, s.stored, s.duplicates, s.failed]
    delta = [a - b for a, b in zip(now_counts, flushed, strict=True)]
    case.db.execute(
        "UPDATE sources SET read = read + ?, stored = stored + ?, duplicates = duplicates + ?,"
        " failed = failed + ? WHERE id = ?",
        (*delta, source_id),
    )
    flushed[:] = now_counts
