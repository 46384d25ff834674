"""Conversations rebuilt from References / In-Reply-To, with a subject
fallback for mail clients that drop them (common in forwarded Outlook mail).

A union-find over message ids: a message joins the thread of every id it
refers to. Messages with no links join an earlier thread with the same
normalised subject (Re:/Fwd:/Ответ:/Пересл: and the like removed), if the
subject is specific enough to mean something (not empty, not 'Re:')."""

from __future__ import annotations

import json
import re
import sqlite3

PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|tr|sv|vs|ha|отв|ответ|пересл|переслано|fwd?|адк|адказ|перасл)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def normalise_subject(subject: str) -> str:
    s = subject or ""
    while True:
        t = PREFIX.sub("", s)
        t = re.sub(r"^\s*\[[^\]]{1,30}\]\s*", "", t) if t == s else t
        if t == s:
            break
        s = t
    return " ".join(s.split()).casefold()


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression, unwound: called for every reference
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def rebuild_threads(db: sqlite3.Connection) -> int:
    """Recompute `threads` and `messages.thread_id`; returns the number of threads."""
    uf = _Union()
    rows = db.execute(
        "SELECT id, message_id, in_reply_to, refs, subject, parent_id FROM messages"
        " ORDER BY date_utc IS NULL, date_utc, id"
    ).fetchall()
    by_subject: dict[str, str] = {}
    for _pk, mid, irt, refs, subject, _parent in rows:
        links = [r for r in json.loads(refs or "[]") if r]
        if irt:
            links.append(irt)
        uf.find(mid)
        for ref in links:
            uf.union(mid, ref)
        norm = normalise_subject(subject or "")
        if not links and len(norm) >= 4:
            if norm in by_subject:
                uf.union(mid, by_subject[norm])
        if len(norm) >= 4:
            by_subject.setdefault(norm, mid)
    roots: dict[str, int] = {}
    db.execute("DELETE FROM threads")
    assign = []
    sizes: dict[int, int] = {}
    for pk, mid, _irt, _refs, subject, _parent in rows:
        root = uf.find(mid)
        if root not in roots:
            cur = db.execute("INSERT INTO threads (root_message_id, subject, size) VALUES (?, ?, 0)",
                             (root, subject))
            roots[root] = int(cur.lastrowid or 0)
        tid = roots[root]
        sizes[tid] = sizes.get(tid, 0) + 1
        assign.append((tid, pk))
    db.executemany("UPDATE messages SET thread_id = ? WHERE id = ?", assign)
    db.executemany("UPDATE threads SET size = ? WHERE id = ?", [(n, t) for t, n in sizes.items()])
    return len(roots)
