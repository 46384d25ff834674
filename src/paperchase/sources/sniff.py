"""Recognise a file by its first bytes, never by its name: leaks arrive with
names lost, changed or wrong (a `.msg` that is MIME text, an mbox called
`Inbox` without suffix, a zip called `.dat`).

`sniff(head)` looks at the first `HEAD_BYTES` bytes and answers one of
`mbox`, `eml`, `emlx` (Apple Mail: a byte count line, the message, a
plist), `ole` (an OLE2 compound file: maybe an Outlook .msg),
`pst`, `zip`, `tar`, `7z`, `gzip`, `bzip2`, `xz`, or None."""

from __future__ import annotations

import re

HEAD_BYTES = 8192

BOM = b"\xef\xbb\xbf"

# `From <who> <date>`: the envelope line of an mbox. `who` is an address, a
# bare user or "-" (Netscape/Thunderbird write `From - <date>` or just
# `From - `); the date is asctime-like. Checked on one line without its EOL.
_FROM_LINE = re.compile(rb"From (\S+)(?:[ \t]+(.*?))?[ \t]*\Z", re.S)
_CLOCK = re.compile(rb"\b\d{1,2}:\d{2}\b")
_YEAR = re.compile(rb"\b(?:19|20)\d{2}\b")

# Apple Mail's .emlx: the message's length in bytes alone on the first line
EMLX = re.compile(rb"\A(\d{1,12})[ \t]*\r?\n")

# A header field: a name of printable ASCII without colon or space, then ":".
_HEADER = re.compile(rb"[!-9;-~]{1,76}:")

# Field names that only mail headers carry; one of them among the first lines
# separates a message from any other "key: value" text (YAML, HTTP dumps).
_MAIL_FIELDS = frozenset(
    b"""from to cc bcc subject date message-id received return-path mime-version
    content-type content-transfer-encoding delivered-to reply-to sender in-reply-to
    references dkim-signature x-mailer user-agent envelope-to x-original-to
    authentication-results thread-topic thread-index importance x-priority
    organization x-ms-exchange-organization-authas resent-from resent-to
    list-id list-unsubscribe x-sender x-originating-ip""".split()
)


def is_from_line(line: bytes) -> bool:
    """Whether `line` (no line ending) is a real mbox From_ line rather than
    body text that happens to start with "From " ("From Russia with love"):
    its date looks like a date (clock and year), or the sender is the "-"
    placeholder, or the sender is an address followed by nothing or by
    something with digits in it."""
    m = _FROM_LINE.match(line)
    if m is None:
        return False
    who, rest = m.group(1), m.group(2) or b""
    if who == b"-":
        return True
    if _CLOCK.search(rest) and _YEAR.search(rest):
        return True
    # an address and a date in some other form (an epoch, a date without clock)
    return b"@" in who and (not rest or any(c in b"0123456789" for c in rest))


def _strip_start(head: bytes) -> bytes:
    if head.startswith(BOM):
        head = head[3:]
    return head.lstrip(b"\r\n\t ")


def looks_like_rfc822(head: bytes) -> bool:
    """Whether the text starts like a message: header fields (or their
    folded continuations) up to the first blank line, one of them a field
    only mail has. Raw 8-bit bytes in values are fine; a stray non-header
    line is tolerated if most of the block is headers."""
    head = _strip_start(head)
    block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = block.splitlines()
    if len(head) >= HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut by the head window
    if not lines or not _HEADER.match(lines[0]):
        return False
    good = known = 0
    for line in lines[:60]:
        if line[:1] in (b" ", b"\t"):
            good += 1
            continue
        if _HEADER.match(line):
            good += 1
            if line.split(b":", 1)[0].strip().lower() in _MAIL_FIELDS:
                known += 1
    checked = min(len(lines), 60)
    return known >= 1 and good >= 0.7 * checked


def looks_like_mbox(head: bytes) -> bool:
    head = _strip_start(head)
    if not head.startswith(b"From "):
        return False
    first, _, rest = head.partition(b"\n")
    if is_from_line(first.rstrip(b"\r")):
        return True
    # an unusual envelope line, but a message follows it
    return looks_like_rfc822(rest)


def _from_line_inside(head: bytes) -> bool:
    """An mbox whose first bytes are not a From_ line (a preamble, a file cut
    at its start): a From_ line followed by headers within the head."""
    pos = head.find(b"\nFrom ")
    while pos >= 0:
        line, _, rest = head[pos + 1 :].partition(b"\n")
        if is_from_line(line.rstrip(b"\r")) and looks_like_rfc822(rest):
            return True
        pos = head.find(b"\nFrom ", pos + 1)
    return False


def sniff(head: bytes) -> str | None:
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"!BDN"):
        return "pst"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh") and head[3:4].isdigit():
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if looks_like_mbox(head):
        return "mbox"
    if looks_like_rfc822(head):
        return "eml"
    m = EMLX.match(head)
    if m and looks_like_rfc822(head[m.end() :]):
        return "emlx"
    if _from_line_inside(head):
        return "mbox"
    return None


def describe(head: bytes) -> str:
    """A few words on what an unrecognised file seems to be, for the reason
    recorded with it."""
    for magic, what in (
        (b"%PDF", "PDF document"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"{\\rtf", "RTF document"),
        (b"Rar!", "RAR archive (not supported)"),
    ):
        if head.startswith(magic):
            return what
    if not head:
        return "empty file"
    if b"\x00" in head[:1024]:
        return "binary data"
    return "text that is not a message"
