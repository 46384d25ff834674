"""`parse_message`: MIME text in, `ParsedMessage` out, never an exception.

The standard library parses with the compat32 policy (policy.default is about
seven times slower, and turns broken charsets into U+FFFD or LookupError);
everything it would decode we decode ourselves, in headers.py, charset.py and
transfer.py. Limits from settings bound the work a hostile message can cause."""

from __future__ import annotations

import email
import email.utils
import io
import re
from email.generator import BytesGenerator
from email.message import Message
from functools import lru_cache

from paperchase import settings
from paperchase.model import Attachment, Defect, Location, ParsedMessage, RawItem
from paperchase.parse import headers as hdr
from paperchase.parse.attachments import extract_text, unpack
from paperchase.parse.charset import decode
from paperchase.parse.fastpath import message_from_bytes
from paperchase.parse.html import html_to_text
from paperchase.parse.language import detect_language
from paperchase.parse.transfer import decode_transfer, uudecode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
_HEADER_LINE = re.compile(rb"(?:From [^\r\n]*\r?\n)?[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ADDRESS_FIELDS = (("from", "sender"), ("to", "to"), ("cc", "cc"), ("bcc", "bcc"))
_READ_ABOVE = frozenset(("from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references"))


def parse_message(data: bytes, *, depth: int = 0) -> ParsedMessage:
    """Parse one message; damaged input is recorded in `defects`."""
    pm = ParsedMessage()
    try:
        msg = message_from_bytes(data)
    except Exception as exc:  # noqa: BLE001 - the parser is documented not to raise, but has on odd input
        pm.defects.append(Defect("mime", f"unparseable message: {type(exc).__name__}: {exc}", "message"))
        pm.text, _codec, more = _text(data, None, "body")
        pm.defects.extend(more)
        return pm
    try:
        _headers(msg, pm)
        _Walker(pm, depth).walk(msg)
    except Exception as exc:  # noqa: BLE001 - one bad message must never stop an ingest
        pm.defects.append(Defect("parse", f"{type(exc).__name__}: {exc}", "message"))
    try:
        pm.language = detect_language(pm.text if pm.text.strip() else pm.subject)
    except Exception as exc:  # noqa: BLE001
        pm.defects.append(Defect("language", f"{type(exc).__name__}: {exc}", "body"))
    return pm


def _headers(msg: Message, pm: ParsedMessage) -> None:
    for defect in getattr(msg, "defects", []):
        pm.defects.append(Defect("mime", type(defect).__name__, "headers"))
    hint = _charset_hint(msg)
    limit = settings.get_int("max_line_bytes")
    memo: dict[str, str] = {}
    grouped: dict[str, list[str]] = {}
    # raw_items: compat32's items() wraps values holding 8-bit bytes in Header
    # objects whose str() is U+FFFD; the raw pairs keep the bytes
    entries = [(name, raw if isinstance(raw, str) else str(raw)) for name, raw in msg.raw_items()]
    for name, raw in entries:
        grouped.setdefault(name.lower(), []).append(raw)
    for field, attr in _ADDRESS_FIELDS:
        if field in grouped:
            addresses, more = hdr.decode_addresses(grouped[field], f"header:{field}", hint, limit)
            getattr(pm, attr).extend(addresses)
            pm.defects.extend(more)
    if "subject" in grouped:
        pm.subject, more = hdr.decode_value(grouped["subject"][0], "header:Subject", hint, limit)
        memo[grouped["subject"][0]] = pm.subject
        pm.defects.extend(more)
    if "date" in grouped:
        pm.date, more = hdr.parse_date(grouped["date"][0])
        pm.defects.extend(more)
    pm.message_id = hdr.message_id(_id_text(grouped.get("message-id", [None])[0]))
    pm.in_reply_to = hdr.message_id(_id_text(grouped.get("in-reply-to", [None])[0]))
    if "references" in grouped:
        pm.references = hdr.message_ids(_id_text(" ".join(grouped["references"])) or "")
    # every header, in order, decoded; the defects of those read above are
    # already recorded
    for name, raw in entries:
        value = memo.get(raw)
        if value is None:
            value, more = hdr.decode_value(raw, f"header:{name}", hint, limit)
            if name.lower() not in _READ_ABOVE:
                pm.defects.extend(more)
        pm.headers.append((name, value))


def _id_text(raw: str | None) -> str | None:
    """A Message-ID-like value as text: raw 8-bit bytes (internationalised
    addresses, RFC 6532) are decoded, not left as surrogates that no UTF-8
    store can hold."""
    if raw is None or raw.isascii():
        return raw
    return decode(hdr.to_bytes(raw), None, "header")[0]


def _charset_hint(msg: Message) -> str | None:
    """The first charset the message declares for a body part."""
    stack, seen = [msg], 0
    while stack and seen < 20:
        part = stack.pop(0)
        seen += 1
        charset = _param(part, "content-type", "charset")
        if charset and charset.lower() not in ("us-ascii", "ascii"):
            return charset
        payload = getattr(part, "_payload", None)
        if isinstance(payload, list):
            stack.extend(p for p in payload if isinstance(p, Message))
    return None


def _text(data: bytes, declared: str | None, where: str) -> tuple[str, str, list[Defect]]:
    text, codec, defects = decode(data, declared, where)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, codec, defects


def _payload_bytes(part: Message) -> bytes:
    # the raw payload: get_payload() would decode 8-bit bytes in the declared
    # charset with errors="replace" before we could look at them
    payload = getattr(part, "_payload", None)
    if payload is None:
        payload = part.get_payload()
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, str):
        return hdr.to_bytes(payload)
    if isinstance(payload, list):
        return b"".join(_flatten(p) for p in payload if isinstance(p, Message))
    return b""


def _flatten(msg: Message) -> bytes:
    """Bytes of a parsed part, written back without refolding or From-munging
    (compat32 keeps no offsets, so this is the closest to the original)."""
    fp = io.BytesIO()
    try:
        BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg)
    except Exception:  # noqa: BLE001 - a part the generator cannot write: keep its payload text
        return hdr.to_bytes(str(msg.get_payload()))
    return fp.getvalue()


class _Walker:
    """Walks the MIME tree once, counting parts against max_mime_parts."""

    def __init__(self, pm: ParsedMessage, depth: int) -> None:
        self.pm = pm
        self.depth = depth
        self.max_parts = settings.get_int("max_mime_parts")
        self.max_nesting = settings.get_int("max_nesting")
        self.max_text = settings.get_int("max_attachment_text_chars")
        self.parts = 0
        self.skipped = 0
        self.plain: list[str] = []
        self.html: list[str] = []

    def walk(self, msg: Message) -> None:
        self._part(msg, "")
        if self.skipped:
            self.pm.defects.append(
                Defect("mime-parts", f"{self.parts + self.skipped} MIME parts; the first {self.max_parts} read, "
                       f"{self.skipped} not parsed", "message"))
        pm = self.pm
        if self.html:
            pm.html = "\n".join(self.html)
        if self.plain:
            pm.text = "\n".join(self.plain)
        if self.html and not pm.text.strip():
            # no plain part, or an empty one beside the HTML (some mailers)
            pm.text = html_to_text(pm.html or "")

    def _part(self, part: Message, path: str, nest: int = 0) -> None:
        # every inline text/plain part joins the text, in order (a
        # multipart/alternative holds one, beside its HTML)
        if self.parts >= self.max_parts:
            self.skipped += 1
            return
        self.parts += 1
        for defect in getattr(part, "defects", []) if path else []:
            self.pm.defects.append(Defect("mime", type(defect).__name__, f"part:{path}"))
        ctype = part.get_content_type()
        maintype = ctype.split("/", 1)[0]
        if ctype in ("message/rfc822", "message/global") and isinstance(part.get_payload(), list):
            self._child(part, path)
            return
        if maintype == "multipart" and isinstance(part.get_payload(), list):
            if nest > 64:
                self.pm.defects.append(Defect("nesting", "multipart nesting over 64 levels cut", f"part:{path}"))
                return
            for i, sub in enumerate(part.get_payload()):
                if isinstance(sub, Message):
                    self._part(sub, f"{path}.{i + 1}" if path else str(i + 1), nest + 1)
            return
        self._leaf(part, ctype, path or "1")

    def _leaf(self, part: Message, ctype: str, path: str) -> None:
        where = f"part:{path}"
        cte = str(part.get("content-transfer-encoding", "") or "")
        data, defects = decode_transfer(_payload_bytes(part), cte)
        for d in defects:
            d.where = where
        self.pm.defects.extend(defects)
        filename = self._filename(part, where)
        disposition = str(part.get("content-disposition", "") or "").split(";", 1)[0].strip().lower()
        is_attachment = disposition == "attachment" or (filename is not None and disposition != "inline")
        declared = _param(part, "content-type", "charset") or None
        if ctype == "text/html" and declared is None:
            m = _META_CHARSET.search(data[:4096])
            declared = m.group(1).decode("ascii") if m else None
        if ctype in ("text/plain", "text/html") and not is_attachment and not (filename and ctype != "text/plain"):
            if ctype == "text/plain" and b"\nbegin " in data:
                files, data, more = uudecode(data)
                self.pm.defects.extend(more)
                for name, content in files:
                    self._attachment(name, "application/octet-stream", content, inline=False)
            if len(data) > self.max_text * 4:
                # the raw bytes stay in the store; the text is cut before decoding
                # so one enormous body cannot blow the memory aim
                self.pm.defects.append(Defect("long-text", f"body part of {len(data)} bytes; text cut to "
                                              f"{self.max_text} characters", where))
                data = data[:self.max_text * 4]
            text, _codec, more = _text(data, declared, where)
            self.pm.defects.extend(more)
            text = text[:self.max_text]
            if ctype == "text/plain":
                self.plain.append(text)
            else:
                self.html.append(text)
            return
        name = filename or _default_name(ctype, path)
        self._attachment(name, ctype, data, inline=disposition == "inline", declared=declared)

    def _attachment(self, name: str, ctype: str, data: bytes, *, inline: bool, declared: str | None = None) -> None:
        if data[:8] == _OLE and self._outlook_child(name, data):
            return
        if name.lower().endswith(".eml") and _HEADER_LINE.match(data[:200]) and self.depth + 1 <= self.max_nesting:
            # a saved message sent as a plain file: a message of its own too
            location = Location(source="", source_sha256="", member=f"attachment:{name}")
            self.pm.children.append(RawItem(data=data, location=location, kind="rfc822"))
            return
        text, defects = extract_text(name, ctype, data, declared=declared)
        att = Attachment(filename=name, content_type=ctype, data=data, text=text, defects=defects, inline=inline)
        if text.strip():
            att.language = detect_language(text)
        self.pm.attachments.append(att)
        for inner in unpack(name, ctype, data, depth=self.depth):
            self.pm.attachments.append(inner)
            if inner.text.strip() and inner.language is None:
                inner.language = detect_language(inner.text)

    def _outlook_child(self, name: str, data: bytes) -> bool:
        """An attached Outlook .msg becomes a message of its own, read by the
        sources stage's .msg reader (False where it is no Outlook item)."""
        if self.depth + 1 > self.max_nesting:
            return False
        try:
            from paperchase.sources.msg import iter_msg_file
            from paperchase.sources.where import Where
        except ImportError:
            return False
        try:
            items = list(iter_msg_file(io.BytesIO(data), Where("", "", "", (name,), self.depth + 1)))
        except Exception as exc:  # noqa: BLE001 - another stage's reader must not lose this message
            self.pm.defects.append(Defect("attachment-msg", f"{type(exc).__name__}: {exc}"[:300], f"attachment:{name}"))
            return False
        good = [i for i in items if i.error is None and i.parsed is not None]
        for item in good:
            item.location = Location(source="", source_sha256="", member=f"attachment:{name}")
        self.pm.children.extend(good)
        return bool(good)

    def _filename(self, part: Message, where: str) -> str | None:
        for param, header in (("filename", "content-disposition"), ("name", "content-type")):
            raw = _raw_header(part, header)
            if raw is None:
                continue
            if raw.isascii() and param not in raw.lower():
                continue  # no such parameter: spares get_param's pure-Python parse of the others
            if not raw.isascii():
                found = _raw_param(raw, param)
                if found:
                    name, more = hdr.decode_value(found, where)
                    self.pm.defects.extend(more)
                    if name.strip():
                        return name.strip()
                continue
            value = part.get_param(param, None, header)
            if value is None:
                continue
            if isinstance(value, tuple):  # RFC 2231: (charset, language, text as latin-1)
                charset, _lang, text = value
                raw = bytes(str(text), "raw-unicode-escape")
                name, _codec, more = decode(raw, charset or None, where)
            else:
                name, more = hdr.decode_value(str(value).strip().strip('"'), where)
            self.pm.defects.extend(more)
            name = name.strip()
            if name:
                return name
        return None

    def _child(self, part: Message, path: str) -> None:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if not isinstance(inner, Message):
            return
        if self.depth + 1 > self.max_nesting:
            self.pm.defects.append(Defect("nesting", f"attached message deeper than {self.max_nesting} levels "
                                          "kept as an attachment", f"part:{path}"))
            self.pm.attachments.append(Attachment("message.eml", "message/rfc822", _flatten(inner)))
            return
        data = _flatten(inner)
        cte = str(part.get("content-transfer-encoding", "") or "").strip().lower()
        if cte in ("base64", "quoted-printable"):
            # not allowed by RFC 2046 but sent: the parser took the encoded
            # text for a message; decode it and hand on the real one
            data, more = decode_transfer(data, cte)
            self.pm.defects.append(Defect("mime", f"message/rfc822 part in {cte}", f"part:{path}"))
            self.pm.defects.extend(more)
        location = Location(source="", source_sha256="", member=f"rfc822:{path or '1'}")
        self.pm.children.append(RawItem(data=data, location=location, kind="rfc822"))


def _param(part: Message, header: str, name: str) -> str | None:
    """One header parameter, read with a regex: the stdlib's get_param parses
    every parameter in pure Python on each call. RFC 2231 forms (name*=)
    still go to get_param."""
    raw = _raw_header(part, header)
    if raw is None:
        return None
    if "*" in raw and raw.isascii():
        value = part.get_param(name, None, header)
        if isinstance(value, tuple):
            return email.utils.collapse_rfc2231_value(value)
        return value if isinstance(value, str) else None
    found = _raw_param(raw, name)
    return found.replace('\\"', '"').strip() if found is not None else None


def _raw_header(part: Message, name: str) -> str | None:
    for key, value in part.raw_items():
        if key.lower() == name:
            return value if isinstance(value, str) else str(value)
    return None


def _raw_param(raw: str, param: str) -> str | None:
    """A parameter from a header holding raw 8-bit bytes (as surrogates),
    which the stdlib's get_param would turn into U+FFFD."""
    m = _param_re(param).search(raw)
    if not m:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


@lru_cache(maxsize=32)
def _param_re(param: str) -> re.Pattern[str]:
    return re.compile(rf'(?:^|;)\s*{param}\*?\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))', re.I | re.S)


def _default_name(ctype: str, path: str) -> str:
    ext = {"text/plain": "txt", "text/html": "html", "application/pdf": "pdf", "text/calendar": "ics",
           "message/delivery-status": "txt", "text/rfc822-headers": "txt"}.get(ctype, "bin")
    return f"part-{path}.{ext}"
