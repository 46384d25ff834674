"""Split an mbox into messages, streamed: memory stays flat whatever the size
of the file, the length of its lines or of its messages.

Rules, chosen for leaked mailboxes written by many different programs:

- A message starts at a line beginning with "From " that looks like a real
  envelope line (`sniff.is_from_line`: a date with clock and year, or the
  "-" placeholder, or a bare address). A blank line before it is *not*
  required (some writers omit it, e.g. gmime's test output); an unusual
  envelope line ("From MAILER-DAEMON") counts when headers follow it at
  once. A body line such as "From Russia with love" is not taken for one,
  even after a blank line (unquoted "From " lines, as in MimeKit's
  unmunged sample).
- LF and CRLF files both work; the blank line that separates two messages
  (one line ending) belongs to the mbox format and is dropped.
- Quoting: every line matching `^>+From ` loses one ">". This is the mboxrd
  rule; applied to an mboxo file it restores the "From " lines mboxo quoted,
  and only a body line that was literally ">From " before quoting (rare,
  and unrecoverable in mboxo anyway) comes out one ">" short.
- Content-Length headers are ignored: they are often wrong after a mailbox
  has been edited, converted between LF and CRLF or cut, and in hostile
  input they are attacker-controlled; the From_ line rule is what every
  reader agrees on.
- The bytes kept per message are capped at `max_message_bytes`; a longer
  message is yielded with `error` set and only its first bytes.
- Text before the first From_ line (a file cut at its start, or a tool's
  preamble) is kept as a message when it starts with headers, else refused
  with its first bytes kept.
- A file cut in the middle keeps every message before the cut; the last one
  is yielded as it is (the parser records what is missing).

Offsets are those of the From_ line in the (decompressed) stream."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from paperchase import settings
from paperchase.model import RawItem
from paperchase.sources.sniff import BOM, HEAD_BYTES, is_from_line, looks_like_rfc822
from paperchase.sources.where import Where

CHUNK = 1 << 20
MAX_FROM_LINE = 4096  # a longer line is body text, whatever it starts with
LOOKAHEAD = 2048  # bytes after an unusual From_ line checked for headers
HEAD_KEPT = 64 * 1024  # bytes kept of a message over the size limit
_QUOTED = re.compile(rb"^>(>*From )", re.M)


class _Message:
    """The bytes of one message as they stream past, capped."""

    __slots__ = ("offset", "parts", "size", "cap", "over", "envelope")

    def __init__(self, offset: int, cap: int, envelope: bool = True) -> None:
        self.offset = offset
        self.cap = cap
        self.envelope = envelope
        self.parts: list[bytes] = []
        self.size = 0
        self.over = False

    def add(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self.over:
            return
        if self.size > self.cap:
            self.over = True
            self.parts = [b"".join([*self.parts, data])[:HEAD_KEPT]]
        else:
            self.parts.append(data)

    def item(self, where: Where) -> RawItem | None:
        data = b"".join(self.parts)
        if self.over:
            return where.fail(
                f"message too large: over max_message_bytes ({self.cap} bytes), "
                f"{self.size} bytes; only the first {len(data)} kept",
                data,
                self.offset,
            )
        if not self.envelope:
            if not data.strip():
                return None  # blank lines before the first From_ line
            if not looks_like_rfc822(data[:HEAD_BYTES]):
                return where.fail(
                    f"not a message: {len(data)} bytes of other text before the first From_ line",
                    data[:HEAD_KEPT],
                    self.offset,
                )
        if data.endswith(b"\r\n\r\n"):
            data = data[:-2]
        elif data.endswith(b"\n\n"):
            data = data[:-1]
        if b">From " in data:
            data = _QUOTED.sub(rb"\1", data)
        return RawItem(data=data, location=where.location(self.offset))


def iter_mbox(fh: BinaryIO, where: Where, cap: int | None = None) -> Iterator[RawItem]:
    """Yield one `RawItem` per message of the mbox read from `fh`.

    Works on a buffer of about `CHUNK` bytes: candidate lines are found with
    `bytes.find`, so the cost per byte stays in C; only the tail of a chunk
    that may hold a cut "\\nFrom " line is carried over."""
    cap = settings.get_int("max_message_bytes") if cap is None else cap
    first = fh.read(CHUNK)
    skip = 3 if first.startswith(BOM) else 0
    # a virtual "\n" in front makes a From_ line at the very start a candidate
    buf = b"\n" + first[skip:]
    base = skip - 1  # stream offset of buf[0]
    flushed = 1  # buf[:flushed] has been handed to `current`
    scan = 0
    eof = not first
    # text before the first From_ line: normally nothing; in a file cut at
    # its start it is the tail of a message, kept like any other
    current = _Message(skip, cap, envelope=False)
    while True:
        pending: int | None = None
        while True:
            i = buf.find(b"\nFrom ", scan)
            if i < 0:
                break
            e = buf.find(b"\n", i + 1)
            if e < 0:
                if not eof:
                    if len(buf) - i < MAX_FROM_LINE:
                        pending = i  # the line is cut by the chunk: read on
                        break
                    scan = i + 1
                    continue
                end = len(buf)
            else:
                end = e + 1
            line = buf[i + 1 : end].rstrip(b"\r\n")
            if len(line) > MAX_FROM_LINE:
                scan = i + 1
                continue
            if not is_from_line(line):
                # an odd envelope ("From MAILER-DAEMON") still counts when a
                # header block follows it at once
                if not eof and len(buf) - end < LOOKAHEAD:
                    pending = i
                    break
                if not looks_like_rfc822(buf[end : end + LOOKAHEAD]):
                    scan = i + 1
                    continue
            current.add(buf[flushed : i + 1])
            item = current.item(where)
            if item is not None:
                yield item
            current = _Message(base + i + 1, cap)
            flushed = scan = end
        if eof:
            current.add(buf[flushed:])
            break
        # keep the cut candidate line, or the last bytes where a "\nFrom "
        # may be split by the chunk boundary; hand on everything before
        keep = pending if pending is not None else max(0, len(buf) - 6)
        if keep > flushed:
            current.add(buf[flushed:keep])
            flushed = keep
        buf = buf[keep:]
        base += keep
        flushed -= keep
        scan = 0
        chunk = fh.read(CHUNK)
        if chunk:
            buf += chunk
        else:
            eof = True
    item = current.item(where)
    if item is not None:
        yield item
