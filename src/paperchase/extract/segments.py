"""A body cut into the messages it holds: the new text, then each quoted or
forwarded message, with its "> " prefixes taken off and a map back to the
body's offsets. Extractors read each segment as plain text; NER results are
cached per segment text, so a paragraph quoted in ten replies is read once.

Why segments: signatures sit at the end of each message, not of the body, and
a quoted history is the same text again and again."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

QUOTE_PREFIX = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# "14.11.2022 15:10, Name:", "On Mon, 3 Oct 2022, Name wrote:", "Name пишет:", "-----Original Message-----"
ATTRIBUTION = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}[ ,T]+\d{1,2}:\d{2}.*:\s*$|On .{5,120} wrote:\s*$|.{3,120}"
    r"(?:пишет|писал|писала|напісаў|напісала|пише|написав|написала|schrieb|wrote):\s*$|"
    r"-{2,}\s*(?:Original Message|Исходное сообщение|Пересылаемое сообщение|Forwarded message|"
    r"Перасланае паведамленне|Пераадрасаванае паведамленне|Переслане повідомлення|Weitergeleitete Nachricht)"
    r"\s*-{2,}\s*$|(?:From|От|Ад|Від|Von):[ \t].{3,200}$)", re.I)


@dataclass(slots=True)
class Segment:
    """`text` is the segment without quote prefixes; `offsets[i]` is the body
    offset of `text[i]` (one extra entry for the end)."""

    text: str
    offsets: list[int] = field(default_factory=list)
    depth: int = 0
    forwarded: bool = False

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1 if end > start else self.offsets[start]


def split(body: str) -> list[Segment]:
    """The segments of `body`, in order. A segment ends where the quote depth
    changes or an attribution or forward line starts another message."""
    segs: list[Segment] = []
    cur: Segment | None = None
    pos = 0
    for line in body.splitlines(keepends=True):
        m = QUOTE_PREFIX.match(line)
        prefix = m.group() if m else ""
        depth = prefix.count(">")
        content = line[len(prefix):]
        starts_new = bool(ATTRIBUTION.match(content.strip("\r\n")))
        if starts_new and cur is not None and cur.depth == depth and _just_attribution(cur.text):
            starts_new = False  # "From:" right under "---- Forwarded message ----": one header block
        if cur is None or depth != cur.depth or starts_new:
            if cur is not None and cur.text.strip():
                segs.append(cur)
            cur = Segment("", [], depth, forwarded=starts_new and "-" in content[:3])
        cur.text += content
        cur.offsets.extend(range(pos + len(prefix), pos + len(line)))
        pos += len(line)
    if cur is not None and cur.text.strip():
        segs.append(cur)
    for s in segs:
        s.offsets.append(s.offsets[-1] + 1 if s.offsets else 0)
    return segs


def _just_attribution(text: str) -> bool:
    lines = [x for x in text.strip().splitlines() if x.strip()]
    return len(lines) == 1 and bool(ATTRIBUTION.match(lines[0].strip()))


SIGN_OFF_WORDS = (
    r"(?:--|—|С уважением|С наилучшими пожеланиями|Всего доброго|Всего наилучшего|Спасибо|"
    r"З павагай|З найлепшымі пажаданнямі|З повагою|З найкращими побажаннями|Best regards|Kind regards|"
    r"Warm regards|Regards|Best wishes|Sincerely|Yours sincerely|Yours faithfully|Yours|Cheers|Thanks|"
    r"Thank you|Mit freundlichen Grüßen|Mit freundlichem Gruß|Freundliche Grüße|Viele Grüße|Beste Grüße|"
    r"Z poważaniem|Pozdrawiam|Cordialement|Bien cordialement|Saygılarımla|Saygılar|Saygilarimla|"
    r"İyi çalışmalar|Atentamente|Saludos|Cordiali saluti|Distinti saluti|S pozdravem|Met vriendelijke groet|"
    r"Ar cieņu|Pagarbiai|Lugupidamisega|Üdvözlettel|Cu stimă|Поздрав|Срдачан поздрав|С поздравом|"
    r"С поштовањем|S poštovanjem|Srdačan pozdrav|Құрметпен|Құрметпенен|Hurmat bilan|Урматтоо менен|Hörmətlə|"
    r"Հարգանքով|პატივისცემით|Trân trọng)")
SIGN_OFF = re.compile(rf"^\s*{SIGN_OFF_WORDS}\b[ ,.!]*$", re.I)
# "С уважением, Иван Петров" on one line: the name follows the comma
SIGN_OFF_INLINE = re.compile(rf"^\s*{SIGN_OFF_WORDS},[ \t]+(?=\S)", re.I)


# a line that is a name and nothing else: two or three capitalised words or initials
_NAME_LINE = re.compile(r"^(?:(?:[A-ZА-ЯЁІЎЇЄӘҒҚҢӨҰҮҺ]\.\s?){1,2}\s?)?[A-ZА-ЯЁІЎЇЄӘҒҚҢӨҰҮҺ][a-zа-яёіўїєґәғқңөұүһ'’-]+"
                        r"(?:\s(?:[A-ZА-ЯЁІЎЇЄӘҒҚҢӨҰҮҺ]\.\s?){1,2}|\s[A-ZА-ЯЁІЎЇЄӘҒҚҢӨҰҮҺ][a-zа-яёіўїєґәғқңөұүһ'’-]+){1,2}$")


def signature(text: str) -> tuple[int, int] | None:
    """(start, end) of the signature block of one message's text: the lines
    after a sign-off ("С уважением,", "Best regards", "--"), or a short last
    paragraph of at most five short lines. None where there is none."""
    lines = text.splitlines(keepends=True)
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return None
    last = content[-1]
    for i in range(last, max(-1, last - 14), -1):
        inline = SIGN_OFF_INLINE.match(lines[i])
        if inline and len(lines[i]) - inline.end() < 70:
            end = starts[last] + len(lines[last].rstrip("\r\n"))
            return starts[i] + inline.end(), end
        if SIGN_OFF.match(lines[i].rstrip("\r\n")):
            if i == last:
                return None
            end = starts[last] + len(lines[last].rstrip("\r\n"))
            return starts[i + 1], end
    # no sign-off, no blank line: a bare name line with a line or two of position and firm under it
    for i in range(last - 1, max(-1, last - 4), -1):
        if _NAME_LINE.match(lines[i].strip()) and all(len(x.strip()) <= 80 for x in lines[i + 1:last + 1]) and (
                i > 0 and lines[i - 1].strip() and not lines[i - 1].rstrip().endswith(",")):
            return starts[i], starts[last] + len(lines[last].rstrip("\r\n"))
    # no sign-off: the last paragraph, if it is short and set apart
    first = last
    while first - 1 >= 0 and lines[first - 1].strip():
        first -= 1
    block = lines[first:last + 1]
    if first == 0 or len(block) > 5 or any(len(b.strip()) > 70 for b in block):
        return None
    if block[0].rstrip().endswith((".", "?", "!", ":")) and not re.search(r"[A-ZА-ЯЁІЎ]\.\s*$", block[0].rstrip()):
        return None
    return starts[first], starts[last] + len(lines[last].rstrip("\r\n"))
