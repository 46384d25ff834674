"""`--format messages`: one JSON object per message, a line each.

Other tools read these lines, so the field names are a contract: message_id,
sha256, date, from, to, cc, subject, language, text, thread, sources,
attachments, errors (plus in_reply_to and parent, which readers may ignore).
Written message by message from a cursor, so a mailbox of any size exports
in constant memory."""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from paperchase.export.rows import MessageRow, Reader
from paperchase.store import Case


def message_record(msg: MessageRow) -> dict[str, Any]:
    return {
        "message_id": msg.message_id,
        "sha256": msg.sha256,
        "date": msg.date,
        "from": msg.sender,
        "to": msg.to,
        "cc": msg.cc,
        "subject": msg.subject,
        "language": msg.language,
        "text": msg.text,
        "thread": msg.thread,
        "in_reply_to": msg.in_reply_to,
        "parent": msg.parent_message_id,
        "sources": msg.sources,
        "attachments": [
            {k: a[k] for k in ("filename", "content_type", "sha256", "text")} for a in msg.attachments
        ],
        "errors": msg.errors,
    }


def write_messages(case: Case, fh: BinaryIO) -> int:
    """Returns the number of lines written."""
    n = 0
    for msg in Reader(case).iter_messages():
        line = json.dumps(message_record(msg), ensure_ascii=False, separators=(",", ":"))
        fh.write(line.encode("utf-8") + b"\n")
        n += 1
    return n
