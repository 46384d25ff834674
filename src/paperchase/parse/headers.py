"""Header decoding: RFC 2047 encoded-words (broken ones too), raw 8-bit
bytes, addresses, Message-IDs and dates.

compat32 hands header values back as str with raw 8-bit bytes smuggled in as
surrogates; we turn them back into bytes and decode everything ourselves, so a
wrong charset label, an encoded-word cut in the middle of a multi-byte
character or a missing `?=` still gives readable text instead of U+FFFD."""

from __future__ import annotations

import binascii
import re
from datetime import datetime, timedelta, timezone
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache

from paperchase import settings
from paperchase.model import Address, Defect
from paperchase.parse.charset import decode

# An encoded word; the closing "?=" may be missing at the end of the value.
_EW = re.compile(rb"=\?([^?\s]{1,64})\?([BbQq])\?(.*?)(?:\?=|\?$|$)", re.S)
_EW_FAST = re.compile(rb"=\?[^?\s]{1,64}\?[BbQq]\?")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r?\n$")
_QP_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_COMMENT = re.compile(r"\([^)]*\)")
_ZONE_NAME = re.compile(r"\s+[A-Z]{3,5}$")


def to_bytes(value: str) -> bytes:
    """Back to the bytes compat32 read (it keeps 8-bit bytes as surrogates)."""
    try:
        return value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape")


def _b_decode(text: bytes) -> bytes:
    text = _B64_JUNK.sub(b"", text)
    if len(text) % 4 == 1:
        text = text[:-1]
    text += b"=" * (-len(text) % 4)
    try:
        return binascii.a2b_base64(text)
    except (binascii.Error, ValueError):
        return b""


def _q_decode(text: bytes) -> bytes:
    return _QP_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), text.replace(b"_", b" "))


_CACHED_MAX = 2000  # longer values are decoded each time, not remembered


def decode_value(value: str, where: str = "", hint: str | None = None,
                 limit: int | None = None) -> tuple[str, list[Defect]]:
    """Unfold and decode one header value to text. `hint` is the charset the
    message declares for its body: raw 8-bit header bytes are most often in
    that one. Encoded values are remembered: a mailbox repeats its display
    names and subjects on thousands of messages."""
    if limit is None:
        limit = settings.get_int("max_line_bytes")
    if ("=?" not in value and value.isascii()) or len(value) > _CACHED_MAX:
        return _decode_value(value, where, hint, limit)
    text, defects = _decode_cached(value, where, hint, limit)
    return text, [Defect(kind, detail, at) for kind, detail, at in defects]


@lru_cache(maxsize=8192)
def _decode_cached(value: str, where: str, hint: str | None,
                   limit: int) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    text, defects = _decode_value(value, where, hint, limit)
    return text, tuple((d.kind, d.detail, d.where) for d in defects)


def _decode_value(value: str, where: str, hint: str | None, limit: int) -> tuple[str, list[Defect]]:
    defects: list[Defect] = []
    if "\n" in value:
        value = _FOLD.sub("", value)
    if len(value) > limit:
        defects.append(Defect("long-line", f"header of {len(value)} characters cut to {limit}", where))
        value = value[:limit]
    if value.isascii() and "=?" not in value:
        return value.strip(), defects
    raw = to_bytes(value)
    if not _EW_FAST.search(raw):
        text, _codec, more = decode(raw, hint, where)
        if hint:
            more = [d for d in more if not d.detail.startswith("declared")]
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
                text, _codec, more = decode(between, hint, where)
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
        text, _codec, more = decode(raw[pos:], hint, where)
        out.append(text)
        defects.extend(more)
    return "".join(out).strip(), defects


def decode_addresses(values: list[str], where: str, hint: str | None = None,
                     limit: int | None = None) -> tuple[list[Address], list[Defect]]:
    """Addresses with display names. Split first, decode names after: a
    decoded name may hold a comma ("Иванов, Иван") that would split it."""
    defects: list[Defect] = []
    out: list[Address] = []
    if limit is None:
        limit = settings.get_int("max_line_bytes")  # once, not per name
    unfolded = [_FOLD.sub("", v) for v in values]
    fast = _simple_addresses(unfolded)
    if fast is not None:
        for name, email in fast:
            dname, more = decode_value(name, where, hint, limit) if name else ("", [])
            defects.extend(more)
            out.append(Address(dname.strip(), email))
        return out, defects
    try:
        pairs = getaddresses(unfolded)
    except Exception as exc:  # noqa: BLE001 - getaddresses has raised on odd input in several versions
        defects.append(Defect("address", f"unparseable: {exc}", where))
        pairs = []
    for name, email in pairs:
        if not name and not email:
            continue
        dname, more = decode_value(name, where, hint, limit) if name else ("", [])
        defects.extend(more)
        demail, more = decode_value(email, where, None, limit) if email else ("", [])
        defects.extend(more)
        if "@" not in demail and not dname and demail:
            dname, demail = demail, ""
        out.append(Address(dname.strip().strip('"').strip(), demail.strip().strip("<>")))
    if not out and any(v.strip() for v in unfolded):
        text, more = decode_value(" ".join(unfolded), where, hint, limit)
        found = re.findall(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+", text)
        if found:
            out = [Address("", e) for e in found]
        else:
            defects.append(Defect("address", f"no address in {text[:200]!r}", where))
    return out, defects


_SIMPLE = re.compile(r'\s*(?:"([^"\\]*)"|([^"<>,;()@\\]*?))\s*<([^<>\s"@,;()]+@[^<>\s"@,;()]+)>\s*|\s*([^<>\s"@,;()]+@[^<>\s"@,;()]+)\s*')


def _simple_addresses(values: list[str]) -> list[tuple[str, str]] | None:
    """The common shapes (`Name <a@b>`, `"Name" <a@b>`, `a@b`) without
    getaddresses' pure-Python tokenizer; None for anything else."""
    out = []
    for value in values:
        if not value.isascii():
            return None
        for piece in value.split(","):
            if not piece.strip():
                continue
            m = _SIMPLE.fullmatch(piece)
            if m is None:
                return None
            if m.group(4):
                out.append(("", m.group(4)))
            else:
                out.append(((m.group(1) if m.group(1) is not None else m.group(2) or "").strip(), m.group(3)))
    return out


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
    # tried in turn, built only when the one before fails (most dates parse as written)
    candidates = (text, lambda: _COMMENT.sub("", text).strip(), lambda: _ZONE_NAME.sub("", text))
    for make in candidates:
        cand = make if isinstance(make, str) else make()
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
    m = _LOOSE_DATE.search(text)
    if m:
        # 2023-05-17 10:00[:00][+03:00] or 17.05.2023 10:00: written by hand or by odd software
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        else:
            y, mo, d = int(m.group("y2")), int(m.group("mo2")), int(m.group("d2"))
        try:
            dt = datetime(y, mo, d, int(m.group("h") or 0), int(m.group("mi") or 0), int(m.group("s") or 0))
        except ValueError:
            dt = None
        if dt is not None:
            tz = m.group("tz")
            if tz == "Z":
                tz = "+00:00"
            if tz:
                sign = 1 if tz[0] == "+" else -1
                digits = tz[1:].replace(":", "")
                dt = dt.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))))
                return dt.isoformat(), [Defect("date", f"non-RFC 5322 date {text[:60]!r}", where)]
            dt = dt.replace(tzinfo=timezone(timedelta(0)))
            return dt.isoformat(), [Defect("date", f"non-RFC 5322 date without time zone {text[:60]!r}, "
                                            "taken as UTC", where)]
    return None, [Defect("date", f"unparseable date {text[:100]!r}", where)]


_LOOSE_DATE = re.compile(
    r"(?:(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})|(?P<d2>\d{1,2})\.(?P<mo2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?:[T ]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
