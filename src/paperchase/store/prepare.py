"""What a parse worker computes for a message besides the parse: hashes,
the JSON columns and the search index's column values, so the single writer
only runs SQL (store/parallel.py sends this work to the workers)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from paperchase.model import Address, Attachment, Defect, ParsedMessage
from paperchase.search.index import documents_of_text
from paperchase.store.parallel import parse_or_reason


def content_hash(p: ParsedMessage, attachment_hashes: list[str]) -> str:
    """The same message read from other bytes (mbox quoting, re-saved .eml)
    hashes the same: identity, date, people, subject, body, attachments."""
    h = hashlib.sha256()
    for part in (
        p.message_id or "",
        p.date or "",
        ",".join(a.email.lower() for a in p.sender + p.to + p.cc),
        p.subject,
        " ".join(p.text.split()),
        ",".join(sorted(attachment_hashes)),
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _utc(date: str | None) -> str | None:
    if not date:
        return None
    try:
        d = datetime.fromisoformat(date)
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.astimezone(UTC).isoformat(timespec="seconds")


def _defects_json(defects: list[Defect]) -> str:
    return json.dumps([{"kind": d.kind, "detail": d.detail, "where": d.where} for d in defects],
                      ensure_ascii=False)


@dataclass(slots=True)
class Prepared:
    """A parse with everything the writer derives from it but the database:
    hashes, the JSON columns, the search index's column values. Computed in
    the parse workers, so the single writer only runs SQL."""

    parsed: ParsedMessage
    att_hashes: list[str]
    content_hash: str
    date_utc: str | None
    sender: str
    recipients: str
    refs: str
    headers: str
    defects: str
    att_defects: list[str]
    docs: list[tuple[str, ...]] | None  # None: no search stage, or computed by the writer


def prepare_parsed(parsed: ParsedMessage, with_docs: bool = True) -> Prepared:
    att_hashes = [hashlib.sha256(a.data).hexdigest() for a in parsed.attachments]
    date_utc = _utc(parsed.date)
    sender = json.dumps([a.as_dict() for a in parsed.sender], ensure_ascii=False)
    recipients = json.dumps({k: [a.as_dict() for a in getattr(parsed, k)] for k in ("to", "cc", "bcc")},
                            ensure_ascii=False)
    docs = None
    if with_docs:
        rcpt = [a for k in ("to", "cc", "bcc") for a in getattr(parsed, k)]
        docs = documents_of_text(parsed.subject, parsed.text, _addresses_text(parsed.sender), _addresses_text(rcpt),
                            date_utc, parsed.language, [(a.filename, a.text, a.language) for a in parsed.attachments])
    return Prepared(
        parsed, att_hashes, content_hash(parsed, att_hashes), date_utc, sender, recipients,
        json.dumps(parsed.references), json.dumps(parsed.headers, ensure_ascii=False), _defects_json(parsed.defects),
        [_defects_json(a.defects) for a in parsed.attachments], docs,
    )


def prepare(data: bytes, depth: int = 0) -> Prepared | str:
    """In a parse worker: parse and prepare, or the reason the parse failed."""
    result = parse_or_reason(data, depth)
    if isinstance(result, str):
        return result
    try:
        return prepare_parsed(result)
    except Exception as exc:  # noqa: BLE001 - the writer redoes it and records what fails there
        return f"parser error: {type(exc).__name__}: {exc}"


def _addresses_text(addresses: list[Address]) -> str:
    """What search.index.addresses_text makes of these addresses' JSON."""
    return " ".join(p for a in addresses for p in (str(a.name or ""), str(a.email or "")) if p)


# defects --strict lets pass: an unlabelled koi8-r body is the norm in this
# material, not damage (store/ingest.py)
LENIENT = frozenset({"charset"})

Wire = tuple[Any, ...]


def prepare_wire(data: bytes, depth: int = 0) -> Prepared | Wire | str:
    """In a parse worker: `prepare`, packed for the trip to the writer as a
    tuple of plain values holding only what the writer reads. Slotted
    dataclasses pickle through Python-level __getstate__/__setstate__, one
    call per object, which made unpickling a fifth of the single writer's
    time; a tuple of str/bytes/None unpickles in C. A message with attached
    messages travels as it is (rare; the children keep all their fields)."""
    prep = prepare(data, depth)
    if isinstance(prep, str) or prep.parsed.children:
        return prep
    p = prep.parsed
    serious = tuple((d.kind, d.detail, d.where) for d in p.defects if d.kind not in LENIENT)
    atts = tuple((a.filename, a.content_type, a.data, a.text, a.language) for a in p.attachments)
    return (p.message_id, p.date, p.subject, p.in_reply_to, p.text, p.html, p.language, serious, atts,
            prep.att_hashes, prep.content_hash, prep.date_utc, prep.sender, prep.recipients, prep.refs,
            prep.headers, prep.defects, prep.att_defects, prep.docs)


def from_wire(wire: Wire) -> Prepared:
    """The writer's side of `prepare_wire`: a Prepared whose parse holds the
    fields the writer stores (addresses, headers and references come as the
    JSON columns; defects as the JSON column plus those --strict stops at)."""
    (message_id, date, subject, in_reply_to, text, html, language, serious, atts, att_hashes, chash, date_utc,
     sender, recipients, refs, headers, defects, att_defects, docs) = wire
    parsed = ParsedMessage(
        message_id=message_id, date=date, subject=subject, in_reply_to=in_reply_to, text=text, html=html,
        language=language, attachments=[Attachment(f, c, d, t, lang) for f, c, d, t, lang in atts],
        defects=[Defect(k, d, w) for k, d, w in serious],
    )
    return Prepared(parsed, att_hashes, chash, date_utc, sender, recipients, refs, headers, defects, att_defects,
                    docs)
