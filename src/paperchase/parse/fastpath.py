"""The compat32 parse of a message, with a shortcut for single-part ones.

Most mail in a leaked mailbox is one text/plain part. The standard library's
feed parser reads its body line by line (a readline, a regex match and a list
append per line) only to join the lines back into the string it started
from; for such a message this is about a third of the parse. Here the header
block alone goes through the parser (so header values and header defects are
the parser's own), and the body is set to the bytes after the blank line,
decoded as the parser decodes them (ASCII with surrogateescape). The result
is the same `Message` the full parse gives: same headers, same defects, same
payload string (tests/parse/test_parse_fastpath.py checks this on every
sample message).

The shortcut is taken only where the header block is unambiguous: it ends at
the first blank line, every line in it is a header or a continuation line (a
stray body line would have ended the headers early), no line but the first
starts with "From " (the parser treats those specially), and the line ends
are all LF or all CRLF (the parser also splits lines at a lone CR). A
multipart or message/* type goes the full way, since the parser builds
subparts for those.

The full way has one shortcut of its own: for each multipart the parser
compiles a regular expression for the boundary line (`--boundary`, then
`--`, blanks and a line end, all optional), some 90 µs each, since every
message has a boundary of its own and the regex cache never hits. While our
parse runs, the parser's `re.compile` is served by `_ReShim`, which answers
that one pattern with `_Boundary`: a literal prefix test and one regex
compiled once for the rest of the line, matching exactly what the compiled
pattern matches (the parser reads only whether it matched and the `end` and
`linesep` groups). Any other pattern goes to `re.compile`."""

from __future__ import annotations

import email
import email.feedparser
import re
from email.message import Message
from typing import Any

# every line a header ("Name:" with the parser's name characters) or a
# continuation (leading blank); the first may be an mbox From_ line
_HEAD_LINES = re.compile(rb"(?:From [^\n]*\n)?(?:(?:[\x21-\x39\x3b-\x7e]*:|[\t ])[^\n]*\n)+")

ENABLED = True  # tests switch it off to compare with the full parse


# the parser's boundary pattern (email/feedparser.py), around re.escape(separator)
_SEP_OPEN = "(?P<sep>"
_SEP_CLOSE = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
# the same pattern's groups after the separator
_TAIL = re.compile(r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
_UNESCAPE = re.compile(r"\\(.)", re.S)


class _Boundary:
    """A compiled boundary pattern's `match`, without compiling it."""

    __slots__ = ("sep", "n")

    def __init__(self, sep: str) -> None:
        self.sep = sep
        self.n = len(sep)

    def match(self, line: str) -> re.Match[str] | None:
        return _TAIL.match(line, self.n) if line.startswith(self.sep) else None


class _ReShim:
    """Stands in for the `re` module inside email.feedparser while we parse."""

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if (not flags and isinstance(pattern, str) and pattern.startswith(_SEP_OPEN)
                and pattern.endswith(_SEP_CLOSE)):
            escaped = pattern[len(_SEP_OPEN):-len(_SEP_CLOSE)]
            sep = _UNESCAPE.sub(r"\1", escaped)
            if re.escape(sep) == escaped:
                return _Boundary(sep)
        return re.compile(pattern, flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


_RE_SHIM = _ReShim()


def message_from_bytes(data: bytes) -> Message:
    """`email.message_from_bytes(data)` (compat32), faster for single-part
    mail and for multiparts."""
    if not ENABLED:
        return email.message_from_bytes(data)
    msg = _single_part(data)
    if msg is not None:
        return msg
    feedparser: Any = email.feedparser
    saved = feedparser.re
    feedparser.re = _RE_SHIM
    try:
        return email.message_from_bytes(data)
    finally:
        feedparser.re = saved


def _single_part(data: bytes) -> Message | None:
    """The parse of a single-part message, or None where the shortcut might
    not give exactly what the full parse gives."""
    crlf = False
    end = data.find(b"\n\n")
    head_end = end + 1
    if end < 0 or b"\r" in data[:end]:
        end = data.find(b"\r\n\r\n")
        if end < 0:
            return None
        crlf = True
        head_end = end + 2
    head = data[:head_end]
    if crlf:
        # only CRLF line ends in the header block: no lone CR, no lone LF
        n = head.count(b"\r\n")
        if head.count(b"\r") != n or head.count(b"\n") != n:
            return None
        lines = head.replace(b"\r\n", b"\n")
    else:
        lines = head
    if not _HEAD_LINES.fullmatch(lines) or b"\nFrom " in lines:
        return None
    low = lines.lower()
    if b"multipart" in low or b"message/" in low:
        return None  # perhaps a container (or a header merely says so): the full way
    msg = email.message_from_bytes(head + (b"\r\n" if crlf else b"\n"))
    if msg.get_content_maintype() in ("multipart", "message") or msg.get_payload():
        return None
    body_start = head_end + (2 if crlf else 1)
    msg.set_payload(data[body_start:].decode("ascii", "surrogateescape"))
    return msg
