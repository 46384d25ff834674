"""The message view: headers, decoded body, attachments' text, every place
the message was seen, its thread, and what to mark in it (a search query's
words, a finding's quote, an entity's names). Also the raw bytes and the
HTML part, each served on its own path so the app can send them with
headers of their own (a download; a sandboxed frame)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from paperchase.export.rows import Reader, addresses, format_address, load_findings, loads
from paperchase.store import Case
from paperchase.web import marks

MAX_TEXT_CHARS = 500_000  # shown of a body or an attachment's text; the raw bytes hold the rest
MAX_THREAD = 200  # messages of a thread listed
MAX_REPARSE_BYTES = 20 * 1024 * 1024  # a message parsed again to find the messages attached to it


@dataclass(slots=True)
class Download:
    data: bytes
    filename: str
    content_type: str = "application/octet-stream"


def find_cited(case: Case, message_id: str) -> int | None:
    """A cited Message-ID (or <sha256:HEX>) to the database key."""
    brief = Reader(case).brief(message_id)
    return int(brief["id"]) if brief else None


def _addrs(value: Any) -> list[str]:
    return [format_address(a) for a in addresses(value)]


def _finding_quote(case: Case, finding_id: str, index: int) -> dict[str, Any] | None:
    """The evidence item a findings page linked here, as the findings file
    has it (the same reader as `export --format findings`)."""
    for f in load_findings(case):
        if f["id"] == finding_id:
            evidence = f["evidence"]
            if 0 <= index < len(evidence):
                return {"finding": f, "quote": evidence[index].get("quote", ""),
                        "where": evidence[index].get("where", ""), "message_id": evidence[index]["message_id"],
                        "via": None}
            return None
    return None


def _entity_surfaces(case: Case, pk: int, entity_id: str) -> tuple[str, list[str]]:
    row = case.db.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return "", []
    surfaces = [r[0] for r in case.db.execute(
        "SELECT DISTINCT surface FROM mentions WHERE entity_id = ? AND message_id = ?", (entity_id, pk)) if r[0]]
    return row[0], surfaces


def _cap(text: str) -> tuple[str, bool]:
    return (text[:MAX_TEXT_CHARS], True) if len(text) > MAX_TEXT_CHARS else (text, False)


def message_page(case: Case, pk: int, *, query: str = "", exact: bool = False, finding: str = "",
                 evidence: int = 0, entity: str = "", show_html: bool = False) -> dict[str, Any] | None:
    """Everything the message template shows; None for an unknown message."""
    msg = case.get_message(pk)
    if msg is None:
        return None
    row = case.db.execute(
        "SELECT headers, html, defects, recipients, refs, kind, conflict, has_message_id FROM messages WHERE id = ?",
        (pk,)).fetchone()
    rcpt = loads(row["recipients"], {})
    rcpt = rcpt if isinstance(rcpt, dict) else {}
    headers = [(str(h[0]), str(h[1])) for h in loads(row["headers"], [])
               if isinstance(h, list | tuple) and len(h) == 2]
    defects = [d for d in loads(row["defects"], []) if isinstance(d, dict)]

    quote = _finding_quote(case, finding, evidence) if finding else None
    if quote and quote["message_id"] != msg.message_id:
        # the quote may stand in this message only as attached to the cited
        # one (a forward); a link naming any other message marks nothing
        cited = find_cited(case, quote["message_id"])
        if cited is None or pk not in attached_messages(case, cited):
            quote = None
        else:
            quote["via"] = cited
    ent_name, surfaces = _entity_surfaces(case, pk, entity) if entity else ("", [])

    def marked(text: str) -> list[marks.Mark]:
        out: list[marks.Mark] = []
        if query:
            out += marks.tag(marks.query_spans(text, query, exact), "hit")
        for s in surfaces:
            out += marks.tag(marks.quote_spans(text, s), "name")
        if quote:
            out += marks.tag(marks.quote_spans(text, quote["quote"]), "quote")
        return out

    body, body_cut = _cap(msg.text)
    attachments = []
    for a in case.db.execute(
        "SELECT id, idx, filename, content_type, size, sha256, text, language, defects FROM attachments"
        " WHERE message_id = ? ORDER BY idx", (pk,),
    ):
        text, cut = _cap(a["text"] or "")
        attachments.append({
            "id": a["id"], "filename": a["filename"] or f"part {a['idx'] + 1}", "content_type": a["content_type"] or "",
            "size": a["size"], "sha256": a["sha256"] or "", "language": a["language"] or "",
            "pieces": marks.split(text, marked(text)), "cut": cut, "has_bytes": bool(a["sha256"]),
            "defects": [d for d in loads(a["defects"], []) if isinstance(d, dict)],
        })
    subject_pieces = marks.split(msg.subject, marked(msg.subject))
    body_pieces = marks.split(body, marked(body))
    quote_found = _anchor_first_quote([body_pieces, *(a["pieces"] for a in attachments), subject_pieces])
    quote_elsewhere = None
    if quote and not quote_found and quote["quote"].strip():
        quote_elsewhere = _quote_in_attached(case, pk, quote["quote"])

    reader = Reader(case)
    thread: dict[str, Any] | None = None
    if msg.thread_id is not None:
        t = case.db.execute("SELECT root_message_id, subject, size FROM threads WHERE id = ?",
                            (msg.thread_id,)).fetchone()
        members = [_brief(r) for r in case.db.execute(
            "SELECT id, message_id, date, sender, subject FROM messages WHERE thread_id = ?"
            " ORDER BY date_utc IS NULL, date_utc, id LIMIT ?", (msg.thread_id, MAX_THREAD + 1))]
        thread = {"root": t["root_message_id"] if t else "", "subject": t["subject"] if t else "",
                  "size": t["size"] if t else len(members), "messages": members[:MAX_THREAD],
                  "more": len(members) > MAX_THREAD}
    parent = None
    if msg.parent_id is not None:
        p = case.db.execute("SELECT id, message_id, date, sender, subject FROM messages WHERE id = ?",
                            (msg.parent_id,)).fetchone()
        parent = _brief(p) if p else None
    children = [_brief(r) for r in case.db.execute(
        "SELECT id, message_id, date, sender, subject FROM messages WHERE parent_id = ? ORDER BY id LIMIT ?",
        (pk, MAX_THREAD))]
    replied = find_cited(case, msg.in_reply_to) if msg.in_reply_to else None
    return {
        "pk": pk, "message_id": msg.message_id, "sha256": msg.sha256, "date": msg.date,
        "sender": _addrs(msg.sender), "to": _addrs(msg.to), "cc": _addrs(msg.cc), "bcc": _addrs(rcpt.get("bcc")),
        "subject": msg.subject, "subject_pieces": subject_pieces, "language": msg.language or "",
        "lang_attr": msg.language if msg.language and re.fullmatch(r"[a-z]{2,3}", msg.language) else "",
        "in_reply_to": msg.in_reply_to or "", "in_reply_to_pk": replied,
        "references": [str(r) for r in loads(row["refs"], []) if r],
        "kind": row["kind"] or "", "conflict": bool(row["conflict"]), "has_message_id": bool(row["has_message_id"]),
        "headers": headers, "body_pieces": body_pieces, "body_cut": body_cut, "body_chars": len(msg.text),
        "has_html": bool(row["html"]), "show_html": show_html and bool(row["html"]),
        "attachments": attachments, "defects": defects, "locations": reader.locations(pk),
        "thread": thread, "parent": parent, "children": children,
        "query": query, "exact": exact, "quote": quote, "quote_found": quote_found,
        "quote_elsewhere": quote_elsewhere, "quote_index": evidence,
        "entity": {"id": entity, "name": ent_name, "surfaces": surfaces} if entity and ent_name else None,
    }


def attached_messages(case: Case, pk: int) -> list[int]:
    """The stored messages attached to message `pk` (message/rfc822 parts,
    embedded .msg). Where the ingest stored an attached message as a
    duplicate of a copy seen elsewhere, no parent link records it: the raw
    bytes are parsed again (by the parse library) to find it by its
    Message-ID or bytes."""
    found = [r[0] for r in case.db.execute("SELECT id FROM messages WHERE parent_id = ? ORDER BY id", (pk,))]
    row = case.db.execute("SELECT sha256 FROM messages WHERE id = ?", (pk,)).fetchone()
    if row is None or not case.blobs.has(row[0]):
        return found
    raw = case.blobs.get(row[0])
    if len(raw) > MAX_REPARSE_BYTES:
        return found
    low = raw.lower()
    if b"message/rfc822" not in low and b".msg" not in low:  # nothing attached that parse would make a message of
        return found
    from email.parser import BytesHeaderParser

    from paperchase.parse import parse_message
    from paperchase.parse.headers import message_id
    from paperchase.store.blobs import sha256

    for child in parse_message(raw).children:
        mid = child.parsed.message_id if child.parsed else message_id(
            str(BytesHeaderParser().parsebytes(child.data).get("Message-ID") or ""))
        hit = find_cited(case, mid) if mid else None
        if hit is None:
            r = case.db.execute("SELECT id FROM messages WHERE sha256 = ?", (sha256(child.data),)).fetchone()
            hit = r[0] if r else None
        if hit is not None and hit != pk and hit not in found:
            found.append(hit)
    return found


def _quote_in_attached(case: Case, pk: int, quote: str) -> dict[str, Any] | None:
    """The attached message whose body or attachments hold the quote."""
    for child in attached_messages(case, pk):
        msg = case.get_message(child)
        if msg is None:
            continue
        if any(marks.quote_spans(t, quote) for t in [msg.text, msg.subject, *(a.text for a in msg.attachments)]):
            return {"pk": child, "subject": msg.subject, "message_id": msg.message_id}
    return None


def _anchor_first_quote(texts: list[marks.Pieces]) -> bool:
    """Give the first marked quote the class that carries the page's
    #quote anchor (the findings page links there). False: none marked."""
    for pieces in texts:
        for i, (text, cls) in enumerate(pieces):
            if cls == "quote":
                pieces[i] = (text, "quote first")
                return True
    return False


def _brief(r: Any) -> dict[str, Any]:
    sender = _addrs(loads(r["sender"], []))
    return {"pk": r["id"], "message_id": r["message_id"], "date": r["date"], "from": sender[0] if sender else "",
            "subject": r["subject"] or ""}


def message_raw(case: Case, pk: int) -> Download | None:
    row = case.db.execute("SELECT sha256 FROM messages WHERE id = ?", (pk,)).fetchone()
    if row is None or not case.blobs.has(row[0]):
        return None
    return Download(case.blobs.get(row[0]), f"message-{pk}.eml")


def attachment_raw(case: Case, attachment_id: int) -> Download | None:
    row = case.db.execute("SELECT filename, idx, message_id, sha256 FROM attachments WHERE id = ?",
                          (attachment_id,)).fetchone()
    if row is None or not row["sha256"] or not case.blobs.has(row["sha256"]):
        return None
    name = (row["filename"] or "").rsplit("/", 1)[-1] or f"message-{row['message_id']}-part-{row['idx'] + 1}.bin"
    return Download(case.blobs.get(row["sha256"]), name)


# tags that would act outside the frame even without scripts: a refresh or
# a prefetch (DNS included) reaches the network before CSP is asked, a base
# re-points every link
_ACTIVE_TAGS = re.compile(r"<\s*(?:meta|link|base)\b[^>]*>|<\s*script\b.*?<\s*/\s*script\s*>",
                          re.IGNORECASE | re.DOTALL)
# links stay readable (the source view shows them) but cannot be followed:
# a click inside the frame would fetch a remote page, telling the sender
# the mail was read
_LINK_ATTRS = re.compile(r"(<[^>]*?\s)(href|ping|action|formaction)(\s*=)", re.IGNORECASE)
FRAME_HEAD = ('<!DOCTYPE html><html><head><meta charset="utf-8">'
              '<meta http-equiv="x-dns-prefetch-control" content="off"></head><body>')


def message_html(case: Case, pk: int) -> str | None:
    """The HTML part for the sandboxed frame (the app adds its own CSP and
    sandbox headers; this only removes what could act before them)."""
    row = case.db.execute("SELECT html FROM messages WHERE id = ?", (pk,)).fetchone()
    if row is None or not row["html"]:
        return None
    html = _ACTIVE_TAGS.sub("", row["html"])
    for _ in range(100):  # one attribute per tag each pass: a tag may hold several
        html, n = _LINK_ATTRS.subn(r"\1data-removed-\2\3", html)
        if not n:
            break
    return FRAME_HEAD + html + "</body></html>"


def message_html_source(case: Case, pk: int) -> str | None:
    row = case.db.execute("SELECT html FROM messages WHERE id = ?", (pk,)).fetchone()
    return row["html"] if row is not None and row["html"] else None
