"""What Outlook items from .msg files and .pst stores have in common: the
MAPI properties that make a `ParsedMessage` (ids, subject, dates, sender,
transport headers, bodies). Both readers hand in an object with
`string(pid)`, `binary(pid)`, `long(pid)` and `time(pid)`."""

from __future__ import annotations

import email.parser
import email.policy
import re
from typing import Any, Protocol

from paperchase.model import Address, Attachment, Defect, ParsedMessage, RawItem
from paperchase.sources.sniff import HEAD_BYTES, looks_like_rfc822
from paperchase.sources.where import Where

MSGID = re.compile(r"<[^<>\s]+>")


class Props(Protocol):
    def string(self, pid: int) -> str | None: ...
    def binary(self, pid: int) -> bytes | None: ...
    def long(self, pid: int) -> int | None: ...
    def time(self, pid: int) -> str | None: ...


def _parse_helpers() -> tuple[Any, Any, Any, Any] | None:
    """The parse stage's attachment extractor, unpacker, HTML-to-text and
    language detector, when installed: sources work without them."""
    try:
        from paperchase.parse.attachments import extract_text, unpack
        from paperchase.parse.html import html_to_text
        from paperchase.parse.language import detect_language
    except ImportError:
        return None
    return extract_text, unpack, html_to_text, detect_language


def attachment_text(filename: str, content_type: str, data: bytes) -> tuple[str, list[Defect]]:
    helpers = _parse_helpers()
    if helpers is None:
        return "", []
    try:
        text, defects = helpers[0](filename, content_type, data)
    except Exception as exc:  # noqa: BLE001 - a bad attachment must not lose the message
        return "", [Defect("attachment-text", f"{type(exc).__name__}: {exc}", f"attachment:{filename}")]
    return text or "", list(defects or [])


def add_attachment(msg: ParsedMessage, filename: str, mime: str, data: bytes, where: Where) -> None:
    """One attached file of an Outlook item, as the parse stage does it for
    MIME: an attached message (.eml) becomes a child message of its own; a
    file gets its text and language, and a zip or winmail.dat its members as
    attachments of their own."""
    if mime.lower() == "message/rfc822" or (
        filename.lower().endswith(".eml") and looks_like_rfc822(data[:HEAD_BYTES])
    ):
        msg.children.append(RawItem(data, where.inside(filename).location()))
        return
    text, defects = attachment_text(filename, mime, data)
    att = Attachment(filename, mime, data, text=text, defects=defects)
    msg.attachments.append(att)
    helpers = _parse_helpers()
    if helpers is None:
        return
    _extract, unpack, _html, detect = helpers
    try:
        if text.strip():
            att.language = detect(text)
        inner = unpack(filename, mime, data, depth=where.depth)
    except Exception as exc:  # noqa: BLE001 - the parse stage's helpers must not lose the message
        att.defects.append(
            Defect("attachment-unpack", f"{type(exc).__name__}: {exc}", f"attachment:{filename}")
        )
        return
    for a in inner:
        if a.text.strip() and a.language is None:
            a.language = detect(a.text)
        msg.attachments.append(a)


def finish(msg: ParsedMessage) -> None:
    """A text body from the HTML one where Outlook kept only HTML, and the
    language, as `parse_message` gives them for MIME mail."""
    helpers = _parse_helpers()
    if helpers is None:
        return
    _extract, _unpack, html_to_text, detect = helpers
    try:
        if not msg.text.strip() and msg.html:
            msg.text = html_to_text(msg.html)
        msg.language = detect(msg.text if msg.text.strip() else msg.subject)
    except Exception as exc:  # noqa: BLE001 - see add_attachment
        msg.defects.append(Defect("language", f"{type(exc).__name__}: {exc}", "body"))


def smtp(st: Props, *pids: int) -> str:
    """The first of these properties that holds an SMTP address; else the
    first non-empty one (an Exchange DN is better than nothing)."""
    values = [v for v in (st.string(p) for p in pids) if v]
    for v in values:
        if "@" in v:
            return v
    return values[0] if values else ""


def address(name: str | None, email: str | None) -> Address:
    return Address((name or "").strip(), (email or "").strip())


def _html_text(data: bytes, codec: str) -> str:
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", data[:4096], re.I)
    for name in ([m.group(1).decode("ascii")] if m else []) + [codec, "utf-8"]:
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def _body(st: Props, msg: ParsedMessage, internet_codec: str) -> None:
    msg.text = st.string(0x1000) or ""
    html_raw = st.binary(0x1013)
    if html_raw is not None:
        msg.html = _html_text(html_raw, internet_codec)
    else:
        msg.html = st.string(0x1013)
    rtf_raw = st.binary(0x1009)
    if rtf_raw and (not msg.text or msg.html is None):
        try:
            import compressed_rtf

            from paperchase.sources.rtf import convert

            rtf = compressed_rtf.decompress(rtf_raw)
            converted, is_html = convert(rtf)
        except Exception as exc:  # noqa: BLE001 - compressed_rtf raises plain Exception on bad data
            msg.defects.append(Defect("rtf", f"compressed RTF body unreadable: {exc}", "body"))
            return
        if is_html and msg.html is None:
            msg.html = converted
        elif not msg.text and not is_html:
            msg.text = converted.strip()


def _headers(st: Props, msg: ParsedMessage) -> None:
    raw = st.string(0x007D)
    if raw:
        parsed = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(raw)
        msg.headers = [(k, str(v)) for k, v in parsed.items()]
        if not msg.message_id and parsed.get("Message-ID"):
            msg.message_id = str(parsed["Message-ID"]).strip()
        if not msg.in_reply_to and parsed.get("In-Reply-To"):
            found = MSGID.findall(str(parsed["In-Reply-To"]))
            msg.in_reply_to = found[0] if found else str(parsed["In-Reply-To"]).strip()
        if not msg.references and parsed.get("References"):
            msg.references = MSGID.findall(str(parsed["References"]))
    klass = st.string(0x001A)
    if klass:
        msg.headers.append(("X-Outlook-Message-Class", klass))


def fill_common(st: Props, msg: ParsedMessage, internet_codec: str) -> None:
    msg.message_id = st.string(0x1035)
    msg.in_reply_to = st.string(0x1042)
    refs = st.string(0x1039)
    msg.references = MSGID.findall(refs) if refs else []
    msg.subject = st.string(0x0037) or ""
    if msg.subject.startswith("\x01") and len(msg.subject) >= 2:
        # a PST writes "\x01" and the length of the subject prefix ("Re: ") first
        msg.subject = msg.subject[2:]
    msg.date = st.time(0x0039) or st.time(0x0E06) or st.time(0x3007)
    sender_email = smtp(st, 0x5D01, 0x0C1F, 0x5D02, 0x0065)
    sender_name = st.string(0x0C1A) or st.string(0x0042)
    if sender_email or sender_name:
        msg.sender.append(address(sender_name, sender_email))
    _headers(st, msg)
    _body(st, msg, internet_codec)
