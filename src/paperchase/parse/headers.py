"""Header decoding: RFC 2047 encoded-words (broken ones too), raw 8-bit
bytes, addresses, Message-IDs and dates.

compat32 hands header values back as str with raw 8-bit bytes smuggled in as
surrogates; we turn them back into bytes and decode everything ourselves, so a
wrong charset label, an encoded-word cut in the middle of a multi-byte
character or a missing `?=` still gives readable text instead of U+FFFD."""

from __future__ import annotations

import binascii
import re
from datetime import timedelta, timezone
from email.utils import getaddresses, parsedate_to_datetime

from paperchase import settings
from paperchase.model import Address, Defect
from paperchase.parse.charset import decode

# An encoded word; the closing "?=" may be missing at the end of the value.
_EW = re.compile(rb"=\?([^?\s]{1,64})\?([BbQq])\?(.*?)(?:\?=|\?$|$)", re.S)
_EW_FAST = re.compile(rb"=\?[^?\s]{1,64}\?[BbQq]\?")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r?\n$")
_QP_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")


def to_bytes(value: str) -> bytes:
    """Back to the bytes compat32 read (it keeps 8-bit bytes as surrogates)."""
    try:
        return value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape")


def _b_decode(text: bytes) -> bytes:
    text = re.sub(rb"[^A-Za-z0-9+/]", b"", text)
    if len(text) % 4 == 1:
        text = text[:-1]
    text += b"=" * (-len(text) % 4)
    try:
        return binascii.a2b_base64(text)
    except (binascii.Error, ValueError):
        return b""


def _q_decode(text: bytes) -> bytes:
    return _QP_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), text.replace(b"_", b" "))


def decode_value(value: str, where: str = "") -> tuple[str, list[Defect]]:
    """Unfold and decode one header value to text."""
    defects: list[Defect] = []
    value = _FOLD.sub("", value)
    limit = settings.get_int("max_line_bytes")
    if len(value) > limit:
        defects.append(Defect("long-line", f"header of {len(value)} characters cut to {limit}", where))
        value = value[:limit]
    if value.isascii() and "=?" not in value:
        return value.strip(), defects
    raw = to_bytes(value)
    if not _EW_FAST.search(raw):
        text, _codec, more = decode(raw, None, where)
        return text.strip(), defects + more
    out: list[str] = []
    pos = 0
    # runs of encoded words in one charset are joined before decoding, so a
    # character split across two words comes out whole
    run_charset: bytes | None = None
    run: list[bytes] = []
    b64 = b""  # base64 text of a word whose quantum was cut by the encoder

    def flush() -> None:
        nonlocal run_charset, b64
        if b64:
            run.append(_b_decode(b64))
            b64 = b""
        if run:
            text, _codec, more = decode(b"".join(run), run_charset.decode("ascii", "replace"), where)
            out.append(text)
            defects.extend(more)
            run.clear()
        run_charset = None

    for m in _EW.finditer(raw):
        between = raw[pos:m.start()]
        if between.strip() or not (run or b64):
            flush()
            if between:
                text, _codec, more = decode(between, None, where)
                out.append(text)
                defects.extend(more)
        charset = m.group(1).split(b"*")[0].lower()  # RFC 2231 language suffix
        if not m.group(0).endswith(b"?="):
            defects.append(Defect("rfc2047", "encoded-word without closing ?=", where))
        if (run or b64) and charset != run_charset:
            flush()
        run_charset = charset
        if m.group(2) in b"Bb":
            b64 += m.group(3).strip()
            if len(b64) % 4 == 0:
                run.append(_b_decode(b64))
                b64 = b""
        else:
            if b64:
                run.append(_b_decode(b64))
                b64 = b""
            run.append(_q_decode(m.group(3)))
        pos = m.end()
    flush()
    if pos < len(raw):
        text, _codec, more = decode(raw[pos:], None, where)
        out.append(text)
        defects.extend(more)
    return "".join(out).strip(), defects


def decode_addresses(values: list[str], where: str) -> tuple[list[Address], list[Defect]]:
    """Addresses with display names. Split first, decode names after: a
    decoded name may hold a comma ("Иванов, Иван") that would split it."""
    defects: list[Defect] = []
    out: list[Address] = []
    unfolded = [_FOLD.sub("", v) for v in values]
    try:
        pairs = getaddresses(unfolded)
    except Exception as exc:  # noqa: BLE001 - getaddresses has raised on odd input in several versions
        defects.append(Defect("address", f"unparseable: {exc}", where))
        pairs = []
    for name, email in pairs:
        if not name and not email:
            continue
        dname, more = decode_value(name, where) if name else ("", [])
        defects.extend(more)
        demail, more = decode_value(email, where) if email else ("", [])
        defects.extend(more)
        if "@" not in demail and not dname and demail:
            dname, demail = demail, ""
        out.append(Address(dname.strip().strip('"').strip(), demail.strip().strip("<>")))
    if not out and any(v.strip() for v in unfolded):
        text, more = decode_value(" ".join(unfolded), where)
        found = re.findall(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+", text)
        if found:
            out = [Address("", e) for e in found]
        else:
            defects.append(Defect("address", f"no address in {text[:200]!r}", where))
    return out, defects


_MSGID = re.compile(r"<[^<>\s]*>")


def message_ids(value: str) -> list[str]:
    """Every Message-ID in a References-like value, each as `<...>`."""
    value = _FOLD.sub("", value)
    found = _MSGID.findall(value)
    if found:
        return [m for m in found if len(m) > 2]
    return [f"<{t.strip('<>')}>" for t in value.split() if t.strip("<>")]


def message_id(value: str | None) -> str | None:
    if not value:
        return None
    ids = message_ids(value)
    return ids[0] if ids else None


def parse_date(value: str, where: str = "header:Date") -> tuple[str | None, list[Defect]]:
    """ISO 8601 keeping the sender's offset; None and a defect if unreadable."""
    text = _FOLD.sub("", value).strip()
    if not text:
        return None, []
    candidates = [text, re.sub(r"\([^)]*\)", "", text).strip(), re.sub(r"\s+[A-Z]{3,5}$", "", text)]
    for cand in candidates:
        try:
            dt = parsedate_to_datetime(cand)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if dt is None:
            continue
        if dt.tzinfo is None:
            # "-0000": time zone unknown; keep the clock time, mark it UTC
            return dt.replace(tzinfo=timezone(timedelta(0))).isoformat(), [
                Defect("date", "no time zone in date, taken as UTC", where)
            ]
        return dt.isoformat(), []
    return None, [Defect("date", f"unparseable date {text[:100]!r}", where)]
