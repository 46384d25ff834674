"""Reading the case database the way every export and the report need it.

One place that knows the columns of `store/migrations.py`, so the formats
(messages, FtM, CSV, graphs, timeline, report) agree on what a message's
sources, errors or an entity's names are. Messages are streamed from a cursor;
entities and findings are loaded whole (an analysis produces thousands, not
millions)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from paperchase.store import Case

# the columns of a message every reader here uses, in date order (undated last)
_MESSAGE_SQL = (
    "SELECT m.id, m.message_id, m.sha256, m.date, m.date_utc, m.sender, m.recipients, m.subject,"
    " m.in_reply_to, m.language, m.text, m.headers, m.parent_id, m.thread_id, m.defects,"
    " t.root_message_id AS thread_root, p.message_id AS parent_message_id"
    " FROM messages m LEFT JOIN threads t ON t.id = m.thread_id"
    " LEFT JOIN messages p ON p.id = m.parent_id"
    " ORDER BY m.date_utc IS NULL, m.date_utc, m.id"
)


def loads(text: str | None, default: Any) -> Any:
    """JSON columns written by other stages; a damaged value reads as the
    default rather than stopping an export half-way."""
    if not text:
        return default
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


def addresses(value: Any) -> list[dict[str, str]]:
    """A list of {name, email}, whatever shape the column held."""
    out = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict):
            out.append({"name": str(item.get("name") or ""), "email": str(item.get("email") or "")})
        elif isinstance(item, str):
            out.append({"name": "", "email": item})
    return out


@dataclass(slots=True)
class MessageRow:
    """A message with everything the exports cite about it."""

    id: int
    message_id: str
    sha256: str
    date: str | None
    date_utc: str | None
    sender: list[dict[str, str]]
    to: list[dict[str, str]]
    cc: list[dict[str, str]]
    bcc: list[dict[str, str]]
    subject: str
    in_reply_to: str | None
    language: str | None
    text: str
    headers: list[Any]
    parent_message_id: str | None
    thread: str | None
    errors: list[dict[str, str]]
    sources: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)


def _defects(value: Any, where: str = "") -> list[dict[str, str]]:
    out = []
    for d in value if isinstance(value, list) else []:
        if isinstance(d, dict):
            out.append({"kind": str(d.get("kind") or ""), "detail": str(d.get("detail") or ""),
                        "where": str(d.get("where") or where)})
    return out


class Reader:
    """Cached lookups over one case: sources by id, messages by cited id."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.db: sqlite3.Connection = case.db
        self.sources = {
            r["id"]: (r["path"], r["sha256"]) for r in self.db.execute("SELECT id, path, sha256 FROM sources")
        }
        self._brief: dict[str, dict[str, Any] | None] = {}

    def iter_messages(self, *, details: bool = True) -> Iterator[MessageRow]:
        """Every message, streamed; `details` adds locations and attachments
        (one indexed query each per message)."""
        cur = self.db.cursor()
        for row in cur.execute(_MESSAGE_SQL):
            yield self._row(row, details)

    def _row(self, row: sqlite3.Row, details: bool) -> MessageRow:
        rcpt = loads(row["recipients"], {})
        rcpt = rcpt if isinstance(rcpt, dict) else {}
        thread = None
        if row["thread_id"] is not None:
            thread = row["thread_root"] or f"thread-{row['thread_id']}"
        msg = MessageRow(
            id=row["id"], message_id=row["message_id"], sha256=row["sha256"], date=row["date"],
            date_utc=row["date_utc"], sender=addresses(loads(row["sender"], [])),
            to=addresses(rcpt.get("to")), cc=addresses(rcpt.get("cc")), bcc=addresses(rcpt.get("bcc")),
            subject=row["subject"] or "", in_reply_to=row["in_reply_to"], language=row["language"],
            text=row["text"] or "", headers=loads(row["headers"], []),
            parent_message_id=row["parent_message_id"], thread=thread,
            errors=_defects(loads(row["defects"], [])),
        )
        if details:
            msg.sources = self.locations(msg.id)
            for a in self.db.execute(
                "SELECT filename, content_type, size, sha256, text, language, defects FROM attachments"
                " WHERE message_id = ? ORDER BY idx", (msg.id,),
            ):
                name = a["filename"] or ""
                msg.attachments.append({"filename": name, "content_type": a["content_type"] or "",
                                        "sha256": a["sha256"], "text": a["text"] or "",
                                        "size": a["size"], "language": a["language"]})
                msg.errors.extend(_defects(loads(a["defects"], []), f"attachment:{name}"))
        return msg

    def locations(self, message_pk: int) -> list[dict[str, Any]]:
        """Every place the message was seen, as `model.Location` fields
        (offset None where the source has none, member None where unpacked
        from no archive)."""
        out = []
        for loc in self.db.execute(
            "SELECT source_id, path, member, offset FROM locations WHERE message_id = ? ORDER BY id",
            (message_pk,),
        ):
            src_path, src_sha = self.sources.get(loc["source_id"], ("", ""))
            out.append({"source": src_path, "source_sha256": src_sha, "path": loc["path"] or "",
                        "offset": None if loc["offset"] is None or loc["offset"] < 0 else loc["offset"],
                        "member": loc["member"] or None})
        return out

    def brief(self, message_id: str) -> dict[str, Any] | None:
        """Date, sender and subject of a cited message (cached: evidence
        cites the same messages again and again)."""
        if message_id not in self._brief:
            row = self.db.execute(
                "SELECT id, sha256, date, date_utc, sender, subject, language FROM messages WHERE message_id = ?"
                " ORDER BY id LIMIT 1", (message_id,),
            ).fetchone()
            if row is None:
                self._brief[message_id] = None
            else:
                sender = addresses(loads(row["sender"], []))
                self._brief[message_id] = {
                    "id": row["id"], "sha256": row["sha256"], "date": row["date"],
                    "date_utc": row["date_utc"], "sender": sender, "subject": row["subject"] or "",
                    "language": row["language"],
                    "from": format_address(sender[0]) if sender else "",
                }
        return self._brief[message_id]


def format_address(addr: dict[str, str]) -> str:
    """`Name <email>`, or whichever half there is."""
    name, email = addr.get("name", ""), addr.get("email", "")
    if name and email:
        return f"{name} <{email}>"
    return name or email


def load_entities(case: Case) -> list[dict[str, Any]]:
    """Entities as the findings file writes them."""
    out = []
    for r in case.db.execute("SELECT id, schema, name, names, properties FROM entities ORDER BY id"):
        names = [str(n) for n in loads(r["names"], []) if n]
        props = loads(r["properties"], {})
        props = {str(k): [str(v) for v in (vs if isinstance(vs, list) else [vs]) if v not in (None, "")]
                 for k, vs in (props.items() if isinstance(props, dict) else [])}
        out.append({"id": r["id"], "schema": r["schema"], "name": r["name"], "names": names,
                    "properties": props})
    return out


EVIDENCE_KEYS = ("message_id", "quote", "where")


def load_findings(case: Case) -> list[dict[str, Any]]:
    """Findings as the findings file writes them: evidence keeps only the
    cited message, the quote and where in it (internal keys such as
    database ids or offsets used by the detectors are dropped)."""
    out = []
    for r in case.db.execute(
        "SELECT id, kind, summary, subjects, attributes, evidence, confidence FROM findings ORDER BY kind, id"
    ):
        evidence = []
        for ev in loads(r["evidence"], []):
            if isinstance(ev, dict) and ev.get("message_id"):
                item = {k: ev[k] for k in EVIDENCE_KEYS if k in ev and ev[k] is not None}
                item.setdefault("quote", "")
                evidence.append(item)
        attrs = loads(r["attributes"], {})
        out.append({
            "id": r["id"], "kind": r["kind"], "summary": r["summary"],
            "subjects": [str(s) for s in loads(r["subjects"], []) if s],
            "attributes": attrs if isinstance(attrs, dict) else {},
            "evidence": evidence, "confidence": float(r["confidence"]),
        })
    return out


def load_relations(case: Case) -> list[dict[str, Any]]:
    return [
        {"kind": r["kind"], "left": r["left_id"], "right": r["right_id"], "detail": loads(r["detail"], r["detail"])}
        for r in case.db.execute("SELECT kind, left_id, right_id, detail FROM relations ORDER BY id")
    ]
