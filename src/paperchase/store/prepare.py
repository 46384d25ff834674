"""What a parse worker computes for a message besides the parse: hashes,
the JSON columns and the search index's column values, so the single writer
only runs SQL (store/parallel.py sends this work to the workers)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from paperchase.model import Address, Defect, ParsedMessage
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
