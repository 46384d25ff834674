"""Open or create a case folder: `case.sqlite` (WAL) beside `blobs/`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperchase.errors import CaseError
from paperchase.store import migrations
from paperchase.store.blobs import Blobs

DB_NAME = "case.sqlite"


def connect(path: Path | str) -> sqlite3.Connection:
    """Autocommit mode: every write goes through `transaction()`, which
    really begins and ends one (the sqlite3 module's implicit transactions
    leave DDL outside them)."""
    db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=10000")
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: a kill -9 in the
    middle leaves the database as it was before the block."""
    if db.in_transaction:  # nested: the outer block owns it
        yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@dataclass(slots=True)
class StoredAttachment:
    id: int
    idx: int
    filename: str
    content_type: str
    sha256: str | None
    text: str
    language: str | None


@dataclass(slots=True)
class StoredMessage:
    """A message as later stages read it. `id` is the database key; cite
    `message_id` (the header, or <sha256:HEX>)."""

    id: int
    message_id: str
    sha256: str
    date: str | None
    sender: list[dict[str, str]]
    to: list[dict[str, str]]
    cc: list[dict[str, str]]
    subject: str
    language: str | None
    text: str
    thread_id: int | None
    parent_id: int | None
    in_reply_to: str | None = None
    attachments: list[StoredAttachment] = field(default_factory=list)


class Case:
    def __init__(self, root: Path, db: sqlite3.Connection) -> None:
        self.root = root
        self.db = db
        self.blobs = Blobs(root / "blobs", db)

    @classmethod
    def create(cls, root: Path | str) -> Case:
        """Open the case at `root`, creating it (and migrating it) as needed."""
        root = Path(root)
        if root.exists() and not root.is_dir():
            raise CaseError(f"{root} exists and is not a folder")
        root.mkdir(parents=True, exist_ok=True)
        (root / "blobs").mkdir(exist_ok=True)
        db = connect(root / DB_NAME)
        migrations.apply(db)
        return cls(root, db)

    @classmethod
    def open(cls, root: Path | str) -> Case:
        """Open an existing case; an error where there is none."""
        root = Path(root)
        if not (root / DB_NAME).exists():
            raise CaseError(f"no case at {root} (no {DB_NAME} there)")
        db = connect(root / DB_NAME)
        migrations.apply(db)
        return cls(root, db)

    def transaction(self) -> Any:
        return transaction(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading, for the later stages -------------------------------------------------

    def get_kv(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_kv(self, key: str, value: Any) -> None:
        with transaction(self.db):
            self.db.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (key, json.dumps(value)))

    def count_messages(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def iter_messages(self, with_attachments: bool = True) -> Iterator[StoredMessage]:
        """Every stored message in date order (undated last), streamed."""
        cur = self.db.execute(
            "SELECT id, message_id, sha256, date, sender, recipients, subject, language, text,"
            " thread_id, parent_id, in_reply_to FROM messages ORDER BY date_utc IS NULL, date_utc, id"
        )
        for row in cur:
            yield self._message(row, with_attachments)

    def get_message(self, key: int | str) -> StoredMessage | None:
        """By database id, or by the cited message id."""
        col = "id" if isinstance(key, int) else "message_id"
        row = self.db.execute(
            "SELECT id, message_id, sha256, date, sender, recipients, subject, language, text,"
            f" thread_id, parent_id, in_reply_to FROM messages WHERE {col} = ? ORDER BY id LIMIT 1",
            (key,),
        ).fetchone()
        return self._message(row, True) if row else None

    def _message(self, row: sqlite3.Row, with_attachments: bool) -> StoredMessage:
        rcpt = json.loads(row["recipients"] or "{}")
        msg = StoredMessage(
            id=row["id"],
            message_id=row["message_id"],
            sha256=row["sha256"],
            date=row["date"],
            sender=json.loads(row["sender"] or "[]"),
            to=rcpt.get("to", []),
            cc=rcpt.get("cc", []),
            subject=row["subject"] or "",
            language=row["language"],
            text=row["text"] or "",
            thread_id=row["thread_id"],
            parent_id=row["parent_id"],
            in_reply_to=row["in_reply_to"],
        )
        if with_attachments:
            msg.attachments = [
                StoredAttachment(a["id"], a["idx"], a["filename"] or "", a["content_type"] or "",
                                 a["sha256"], a["text"] or "", a["language"])
                for a in self.db.execute(
                    "SELECT id, idx, filename, content_type, sha256, text, language FROM attachments"
                    " WHERE message_id = ? ORDER BY idx",
                    (row["id"],),
                )
            ]
        return msg

    def raw(self, message_pk: int) -> bytes:
        row = self.db.execute("SELECT sha256 FROM messages WHERE id = ?", (message_pk,)).fetchone()
        if row is None:
            raise CaseError(f"no message {message_pk} in this case")
        return self.blobs.get(row[0])
