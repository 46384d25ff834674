"""Content-addressed blobs: raw messages, attachments, refused items, keyed
by SHA-256. Small ones (most mail) live in the case database's `blobs` table,
written in the ingest's own transaction, so a crash never leaves a message
without its bytes and a file per message does not cost a directory entry;
large ones are files under `blobs/ab/cd/<sha256>`, written to a temporary
name and renamed, so a crash leaves the whole file or none. Writing the same
bytes twice is a no-op either way."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

INLINE_MAX = 1024 * 1024


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Blobs:
    def __init__(self, root: Path, db: sqlite3.Connection) -> None:
        self.root = root
        self.db = db

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, data: bytes, digest: str | None = None) -> str:
        digest = digest or sha256(data)
        if len(data) <= INLINE_MAX:
            self.db.execute("INSERT OR IGNORE INTO blobs (sha256, data) VALUES (?, ?)", (digest, data))
            return digest
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{digest}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
        return digest

    def get(self, digest: str) -> bytes:
        row = self.db.execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
        if row is not None:
            return bytes(row[0])
        return self.path(digest).read_bytes()

    def has(self, digest: str) -> bool:
        if self.db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (digest,)).fetchone():
            return True
        return self.path(digest).exists()
