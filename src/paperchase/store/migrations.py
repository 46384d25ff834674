"""Named, recorded, transactional migrations of the case database, in the
manner of sqlite-utils' `Migrations`: each applied once, in order, and noted in
`_migrations`. Add a new function at the end; never edit an applied one."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_ingest(db: sqlite3.Connection) -> None:
    script(
        db,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,          -- as given, absolute
            sha256 TEXT NOT NULL,        -- of the file, or of the sorted member list for a folder
            size INTEGER,
            kind TEXT,                   -- mbox, maildir, eml-folder, eml, msg, pst, zip, tar, 7z
            started_at TEXT,
            finished_at TEXT,            -- NULL while unfinished: a resumed ingest reads it again
            read INTEGER DEFAULT 0,      -- items read
            stored INTEGER DEFAULT 0,    -- new messages stored
            duplicates INTEGER DEFAULT 0,
            failed INTEGER DEFAULT 0,
            expected INTEGER,            -- where the container says how many it holds (pst)
            UNIQUE (path, sha256)
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,     -- of the raw bytes
            content_hash TEXT NOT NULL,      -- of the decoded content: same message, other bytes
            message_id TEXT NOT NULL,        -- the header, or <sha256:HEX> where there is none
            has_message_id INTEGER NOT NULL,
            conflict INTEGER DEFAULT 0,      -- same Message-ID, other content, seen elsewhere
            date TEXT,                       -- ISO 8601 with the sender's offset
            date_utc TEXT,                   -- ISO 8601 UTC, for sorting
            sender TEXT,                     -- JSON list of {name, email}
            recipients TEXT,                 -- JSON {"to": [...], "cc": [...], "bcc": [...]}
            subject TEXT,
            in_reply_to TEXT,
            refs TEXT,                       -- JSON list
            language TEXT,
            text TEXT,                       -- decoded body
            html TEXT,
            headers TEXT,                    -- JSON list of [name, value]
            parent_id INTEGER REFERENCES messages(id),   -- message/rfc822 attachment of
            thread_id INTEGER,
            kind TEXT DEFAULT 'rfc822',
            defects TEXT                     -- JSON list of {kind, detail, where}
        );
        CREATE INDEX messages_message_id ON messages(message_id);
        CREATE INDEX messages_content ON messages(content_hash);
        CREATE INDEX messages_date ON messages(date_utc);
        CREATE TABLE locations (
            id INTEGER PRIMARY KEY,
            message_id INTEGER REFERENCES messages(id),
            source_id INTEGER REFERENCES sources(id),
            path TEXT NOT NULL DEFAULT '',
            member TEXT NOT NULL DEFAULT '',
            offset INTEGER NOT NULL DEFAULT -1,
            UNIQUE (source_id, path, member, offset)
        );
        CREATE INDEX locations_message ON locations(message_id);
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id),
            idx INTEGER NOT NULL,
            filename TEXT,
            content_type TEXT,
            size INTEGER,
            sha256 TEXT,
            text TEXT,
            language TEXT,
            defects TEXT,
            UNIQUE (message_id, idx)
        );
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            source_id INTEGER REFERENCES sources(id),
            path TEXT NOT NULL DEFAULT '',
            member TEXT NOT NULL DEFAULT '',
            offset INTEGER NOT NULL DEFAULT -1,
            reason TEXT NOT NULL,
            raw_sha256 TEXT,                 -- the bytes, in the blob store
            size INTEGER,
            UNIQUE (source_id, path, member, offset, reason)
        );
        CREATE TABLE threads (
            id INTEGER PRIMARY KEY,
            root_message_id TEXT,
            subject TEXT,
            size INTEGER
        );
        """
    )


@migration
def m002_analysis(db: sqlite3.Connection) -> None:
    script(
        db,
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,             -- stable: derived from the entity's key forms
            schema TEXT NOT NULL,
            name TEXT NOT NULL,              -- caption
            names TEXT NOT NULL,             -- JSON list: surface forms and derived forms
            properties TEXT NOT NULL         -- JSON {prop: [values]}
        );
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            entity_id TEXT REFERENCES entities(id),
            message_id INTEGER NOT NULL REFERENCES messages(id),
            attachment_id INTEGER REFERENCES attachments(id),   -- NULL: the body or a header
            field TEXT NOT NULL,             -- from, to, cc, body, attachment, signature, subject
            surface TEXT NOT NULL,           -- as written
            label TEXT NOT NULL,             -- PER, ORG, LOC, PLATFORM, EMAIL, PHONE, POSITION
            start INTEGER,                   -- character offsets in the field's text
            end INTEGER,
            extra TEXT                       -- JSON: lemma, gender, email, role, ...
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX mentions_message ON mentions(message_id);
        CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,              -- family_hint, ...
            left_id TEXT NOT NULL,
            right_id TEXT NOT NULL,
            detail TEXT
        );
        CREATE TABLE findings (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL,
            subjects TEXT NOT NULL,          -- JSON list of entity ids
            attributes TEXT NOT NULL,        -- JSON object
            evidence TEXT NOT NULL,          -- JSON list of {message_id, quote, where}
            confidence REAL NOT NULL
        );
        CREATE TABLE kv (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        """
    )


def script(db: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the caller's transaction (executescript
    would commit first). Statements are split on ';' at line ends."""
    for stmt in re.split(r";\s*\n", sql):
        if stmt.strip():
            db.execute(stmt)


def apply(db: sqlite3.Connection) -> list[str]:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {r[0] for r in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        from paperchase.store.case import transaction

        with transaction(db):
            fn(db)
            db.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", (name,))
        applied.append(name)
    return applied


@migration
def m003_search(db: sqlite3.Connection) -> None:
    """The search index (paperchase/search/index.py writes it). One document
    per message body (with its subject) and one per attachment; `search_fts`
    is contentless (the text already lives in messages/attachments), its
    rowid is `search_docs.id`. Plain columns hold the text as written (exact
    tokens, phrases); f-columns hold folded keys (scripts, transliterations,
    lemmas); `fname` the attachment's file name; `meta` filter tokens (date,
    language, attachment), so every filter is answered inside FTS5."""
    script(
        db,
        """
        CREATE TABLE search_docs (
            id INTEGER PRIMARY KEY,          -- rowid in search_fts
            message_pk INTEGER NOT NULL,     -- messages.id
            attachment_id INTEGER            -- attachments.id; NULL: the body and subject
        );
        CREATE INDEX search_docs_message ON search_docs(message_pk);
        CREATE VIRTUAL TABLE search_fts USING fts5(
            subject, body, sender, rcpt, fsubject, fbody, fsender, frcpt, fname, meta,
            content='', tokenize='unicode61 remove_diacritics 0'
        );
        INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0, 1.0, 1.0, 2.0, 0.7, 1.0, 1.0, 1.0, 0.0)')
        """
    )


@migration
def m004_blobs(db: sqlite3.Connection) -> None:
    """Small blobs inside the database (see store/blobs.py)."""
    # a rowid table: SQLite stores rows of kilobytes badly in a WITHOUT ROWID b-tree
    db.execute("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)")
