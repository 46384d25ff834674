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


def documents_of(subject: str | None, text: str | None, sender_json: str | None, rcpt_json: str | None,
                 date_utc: str | None, language: str | None,
                 attachments: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str, ...]]:
    """Column values of a message's documents (the body first, then each
    attachment as (filename, text, language)), from the values stored in
    `messages` / `attachments`. A pure function: the ingest computes it in
    its parse workers, so folding costs the writer nothing."""
    return documents_of_text(subject, text, addresses_text(sender_json), addresses_text(rcpt_json), date_utc,
                             language, attachments)


def documents_of_text(subject: str | None, text: str | None, sender: str, rcpt: str, date_utc: str | None,
                      language: str | None,
                      attachments: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str, ...]]:
    """`documents_of` with the address columns given as `addresses_text`
    would make them (a writer holding the addresses spares the JSON round trip)."""
    has = bool(attachments)
    docs = [_columns(subject or "", text or "", sender, rcpt, "", doc_meta(date_utc, language, has, True))]
    for filename, att_text, att_lang in attachments:
        meta = doc_meta(date_utc, att_lang or language, has, False)
        docs.append(_columns("", att_text or "", sender, rcpt, filename or "", meta))
    return docs


def _documents(db: sqlite3.Connection, message_pk: int) -> list[tuple[int | None, tuple[str, ...]]]:
    """(attachment id or None, column values) of each document of a message,
    recomputed from the stored text (the same values index and delete)."""
    row = db.execute(
        "SELECT subject, text, sender, recipients, date_utc, language FROM messages WHERE id = ?", (message_pk,)
    ).fetchone()
    if row is None:
        return []
    subject, text, sender_json, rcpt_json, date_utc, language = row
    atts = db.execute(
        "SELECT id, filename, text, language FROM attachments WHERE message_id = ? ORDER BY idx", (message_pk,)
    ).fetchall()
    docs = documents_of(subject, text, sender_json, rcpt_json, date_utc, language,
                        [(filename, att_text, att_lang) for _id, filename, att_text, att_lang in atts])
    return list(zip([None] + [a[0] for a in atts], docs, strict=True))


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
    stamp_new_index(db)
    unindex_message(db, message_pk)
    _insert(db, message_pk, _documents(db, message_pk))


def stamp_new_index(db: sqlite3.Connection) -> None:
    """A new index is stamped with the folding that builds it; an older one
    keeps its stamp, and catch_up rebuilds it (one kv lookup per call)."""
    if _stored_version(db) is None and db.execute("SELECT 1 FROM search_docs LIMIT 1").fetchone() is None:
        _stamp(db)


def index_documents(db: sqlite3.Connection, message_pk: int, attachment_ids: list[int],
                    docs: list[tuple[str, ...]], *, stamp: bool = True) -> None:
    """`index_message` for a writer that has the column values already
    (`documents_of` on the values it just stored) and the ids of the
    attachments it inserted, in order: the same rows, without reading the
    message back. `stamp=False` where the caller ran `stamp_new_index` in
    this transaction already."""
    if stamp:
        stamp_new_index(db)
    unindex_message(db, message_pk)
    _insert(db, message_pk, list(zip([None, *attachment_ids], docs, strict=True)))


def _insert(db: sqlite3.Connection, message_pk: int, docs: list[tuple[int | None, tuple[str, ...]]]) -> None:
    for att_id, cols in docs:
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
