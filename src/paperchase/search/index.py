"""Writing the search index: one document per message body (with its subject)
and one per attachment, in the contentless FTS5 table `search_fts` (created by
migration m003_search).

`index_message` runs inside the ingest writer's transaction, right after the
message and its attachments are inserted, so a crash rolls back message and
index together: the case never holds a message the index lacks. The text
is not stored twice (contentless table); snippets are cut from
messages.text / attachments.text at query time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from paperchase.search.fold import fold_text, fold_version
from paperchase.search.meta import doc_meta

_COLS = "subject, body, sender, rcpt, fsubject, fbody, fsender, frcpt, fname, meta"
_INSERT_FTS = f"INSERT INTO search_fts(rowid, {_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_DELETE_FTS = f"INSERT INTO search_fts(search_fts, rowid, {_COLS}) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def addresses_text(raw: str | None) -> str:
    """Names and addresses of a JSON address list (or {to, cc, bcc} mapping)
    as one searchable string."""
    if not raw:
        return ""
    try:
        data: Any = json.loads(raw)
    except ValueError:
        return str(raw)
    items: Iterable[Any]
    if isinstance(data, dict):
        items = [a for key in ("to", "cc", "bcc") for a in data.get(key) or []]
    elif isinstance(data, list):
        items = data
    else:
        return ""
    parts: list[str] = []
    for a in items:
        if isinstance(a, dict):
            parts.extend(str(a.get(k) or "") for k in ("name", "email"))
        elif isinstance(a, str):
            parts.append(a)
    return " ".join(p for p in parts if p)


def _columns(subject: str, body: str, sender: str, rcpt: str, fname: str, meta: str) -> tuple[str, ...]:
    return (subject, body, sender, rcpt, fold_text(subject), fold_text(body), fold_text(sender), fold_text(rcpt),
            fname, meta)


def _documents(db: sqlite3.Connection, message_pk: int) -> list[tuple[int | None, tuple[str, ...]]]:
    """(attachment id or None, column values) of each document of a message,
    recomputed from the stored text (the same values index and delete)."""
    row = db.execute(
        "SELECT subject, text, sender, recipients, date_utc, language FROM messages WHERE id = ?", (message_pk,)
    ).fetchone()
    if row is None:
        return []
    subject, text, sender_json, rcpt_json, date_utc, language = row
    sender = addresses_text(sender_json)
    rcpt = addresses_text(rcpt_json)
    atts = db.execute(
        "SELECT id, filename, text, language FROM attachments WHERE message_id = ? ORDER BY idx", (message_pk,)
    ).fetchall()
    has = bool(atts)
    docs: list[tuple[int | None, tuple[str, ...]]] = [
        (None, _columns(subject or "", text or "", sender, rcpt, "", doc_meta(date_utc, language, has, True)))
    ]
    for att_id, filename, att_text, att_lang in atts:
        meta = doc_meta(date_utc, att_lang or language, has, False)
        docs.append((att_id, _columns("", att_text or "", sender, rcpt, filename or "", meta)))
    return docs


def unindex_message(db: sqlite3.Connection, message_pk: int) -> None:
    """Remove a message's documents. A contentless table is cleaned by
    repeating the indexed values, recomputed here from the stored text: if
    that text was changed since indexing, rebuild the index instead."""
    old = db.execute(
        "SELECT id, attachment_id FROM search_docs WHERE message_pk = ?", (message_pk,)
    ).fetchall()
    if not old:
        return
    values = dict(_documents(db, message_pk))
    for doc_id, att_id in old:
        cols = values.get(att_id)
        if cols is not None:
            db.execute(_DELETE_FTS, (doc_id, *cols))
    db.execute("DELETE FROM search_docs WHERE message_pk = ?", (message_pk,))


VERSION_KEY = "search.fold_version"


def _stored_version(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM kv WHERE key = ?", (VERSION_KEY,)).fetchone()
    return json.loads(row[0]) if row else None


def _stamp(db: sqlite3.Connection) -> None:
    db.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (VERSION_KEY, json.dumps(fold_version())))


def index_message(db: sqlite3.Connection, message_pk: int) -> None:
    """Index a stored message's body, subject, addresses and attachment texts.
    Call inside the transaction that inserted the message and its
    attachments; calling it again for the same message replaces its
    documents."""
    # a new index is stamped with the folding that builds it; an older one
    # keeps its stamp, and catch_up rebuilds it (one kv lookup per call)
    if _stored_version(db) is None and db.execute("SELECT 1 FROM search_docs LIMIT 1").fetchone() is None:
        _stamp(db)
    unindex_message(db, message_pk)
    for att_id, cols in _documents(db, message_pk):
        cur = db.execute(
            "INSERT INTO search_docs (message_pk, attachment_id) VALUES (?, ?)", (message_pk, att_id)
        )
        db.execute(_INSERT_FTS, (cur.lastrowid, *cols))


def catch_up(db: sqlite3.Connection) -> int:
    """Index messages stored without the index (a case ingested before the
    index existed, or by a writer that skipped it), and rebuild an index
    made with another folding (fold.yml or the code changed since). Cheap
    when nothing is missing: compares the highest ids first. Returns how many
    it indexed."""
    from paperchase.store.case import transaction

    if _stored_version(db) != fold_version():
        has_docs = db.execute("SELECT 1 FROM search_docs LIMIT 1").fetchone() is not None
        with transaction(db):
            if has_docs:
                db.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
                db.execute("DELETE FROM search_docs")
            _stamp(db)

    top = db.execute("SELECT max(id) FROM messages").fetchone()[0]
    done = db.execute("SELECT max(message_pk) FROM search_docs").fetchone()[0]
    if top is None or (done is not None and done >= top):
        return 0
    missing = [
        r[0]
        for r in db.execute(
            "SELECT id FROM messages WHERE id NOT IN (SELECT message_pk FROM search_docs) ORDER BY id"
        )
    ]
    for start in range(0, len(missing), 1000):
        with transaction(db):
            for pk in missing[start : start + 1000]:
                index_message(db, pk)
    return len(missing)


def rebuild_index(db: sqlite3.Connection) -> int:
    """Drop every document and index all messages again."""
    from paperchase.store.case import transaction

    with transaction(db):
        db.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
        db.execute("DELETE FROM search_docs")
    return catch_up(db)
