"""A tiny builder of fictional cases for the search tests: rows inserted
straight into messages/attachments, then indexed as the ingest writer does
(inside its transaction)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from paperchase.search.index import index_message
from paperchase.store import Case


class Builder:
    def __init__(self, root: Path) -> None:
        self.case = Case.create(root)
        self.n = 0

    def add(self, text: str, *, subject: str = "", sender: tuple[str, str] = ("Ivan Testov", "i.testov@example.org"),
            to: tuple[str, str] = ("Olga Primerova", "o.primerova@example.org"), date: str | None = "2023-03-01T10:00:00+03:00",
            language: str | None = "ru", attachments: list[tuple[str, str]] | None = None) -> int:
        self.n += 1
        sha = hashlib.sha256(f"{self.n}{text}".encode()).hexdigest()
        date_utc = dt.datetime.fromisoformat(date).astimezone(dt.UTC).isoformat() if date else None
        with self.case.transaction() as db:
            cur = db.execute(
                "INSERT INTO messages (sha256, content_hash, message_id, has_message_id, date, date_utc, sender,"
                " recipients, subject, language, text) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                (sha, sha, f"<m{self.n}@example.org>", date, date_utc,
                 json.dumps([{"name": sender[0], "email": sender[1]}]),
                 json.dumps({"to": [{"name": to[0], "email": to[1]}], "cc": [], "bcc": []}),
                 subject, language, text),
            )
            pk = int(cur.lastrowid or 0)
            for idx, (filename, att_text) in enumerate(attachments or []):
                db.execute(
                    "INSERT INTO attachments (message_id, idx, filename, content_type, text, language)"
                    " VALUES (?, ?, ?, 'application/octet-stream', ?, ?)",
                    (pk, idx, filename, att_text, language),
                )
            index_message(db, pk)
        return pk
