"""A message as the detectors read it: its blocks cut into sentences, its
date, and who speaks in each line. In a reply the quoted lines are someone
else's words ("16.01.2023 10:05, Name:" and forwarded "От: Name <mail>"
headers say whose), so "I" in a quote is the quoted author, not the sender."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from paperchase.findings.dates import message_date
from paperchase.findings.text import Segment, blocks, segments

_QPFX = re.compile(r"^((?:[ \t]*>)*)[ \t]?")
_ATTRIB = re.compile(
    r"^(?:On\s+.+?,\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}[,\s]+(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?,?\s*)?"
    r"(?P<who>[^:<>]{3,80}?)\s*(?:<(?P<email>[^>]+)>)?\s*(?:пишет|написал\w*|wrote|напісаў\w*|написав\w*|schrieb)?:\s*$",
    re.I,
)
_DATED = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\bwrote\b|пишет|написал|напісаў|написав|schrieb", re.I)
_FROM = re.compile(r"^(?:От|From|Ад|Від|Von|De)\s*:\s*(?P<who>.*?)\s*(?:<(?P<email>[^>]+)>)?\s*$", re.I)
_TO = re.compile(r"^(?:Кому|To|Каму|An|À)\s*:\s*(?P<rest>.+)$", re.I)
_ADDR = re.compile(r"\s*\"?(?P<name>[^<,\";]*?)\"?\s*<(?P<email>[^>]+)>|(?P<bare>[\w.+-]+@[\w.-]+)")


@dataclass(slots=True)
class Block:
    where: str
    text: str
    segments: list[Segment]
    authors: dict[int, dict[str, str]] = field(default_factory=dict)  # line -> address
    addressees: dict[int, list[dict[str, str]]] = field(default_factory=dict)


@dataclass(slots=True)
class View:
    pk: int
    message_id: str
    date: date | None
    sender: dict[str, str] | None
    recipients: list[dict[str, str]]
    subject: str
    blocks: list[Block]
    thread: int | None = None

    def author(self, block: Block, seg: Segment) -> dict[str, str] | None:
        return block.authors.get(seg.line, self.sender if seg.depth == 0 else None)

    def addressees_of(self, block: Block, seg: Segment) -> list[dict[str, str]]:
        if seg.line in block.addressees:
            return block.addressees[seg.line]
        return self.recipients if seg.depth == 0 else ([self.sender] if self.sender else [])


def _participant(name: str, people: list[dict[str, str]]) -> dict[str, str]:
    key = re.sub(r"\W+", "", name).casefold()
    for p in people:
        if key and re.sub(r"\W+", "", p.get("name", "")).casefold() == key:
            return p
    return {"name": name.strip(" \"'"), "email": ""}


def _addresses(text: str, people: list[dict[str, str]]) -> list[dict[str, str]]:
    out = []
    for m in _ADDR.finditer(text):
        if m.group("bare"):
            out.append({"name": "", "email": m.group("bare")})
        else:
            out.append({"name": m.group("name").strip(), "email": m.group("email").strip()})
    if not out and text.strip():
        out = [_participant(n, people) for n in re.split(r"[,;]", text) if n.strip()]
    return out


def _speakers(block: Block, people: list[dict[str, str]], sender: dict[str, str] | None) -> None:
    """Fill `authors` and `addressees` line by line."""
    by_depth: dict[int, dict[str, str]] = {}
    to_depth: dict[int, list[dict[str, str]]] = {}
    for lineno, line in enumerate(block.text.split("\n")):
        m = _QPFX.match(line)
        depth = m.group(1).count(">") if m else 0
        rest = line[m.end():].strip() if m else line.strip()
        fm = _FROM.match(rest)
        if fm and (fm.group("email") or fm.group("who")):
            who = fm.group("who") or ""
            by_depth[depth] = ({"name": who.strip(" \""), "email": fm.group("email")} if fm.group("email")
                               else _participant(who, people))
            to_depth.pop(depth, None)
            # deeper quotes belong to older messages
            for d in [d for d in by_depth if d > depth]:
                del by_depth[d]
        else:
            tm = _TO.match(rest)
            if tm and depth in by_depth:
                to_depth[depth] = _addresses(tm.group("rest"), people)
            elif rest.endswith(":") and _DATED.search(rest):
                am = _ATTRIB.match(rest)
                if am:
                    who = am.group("who").strip()
                    addr = ({"name": who, "email": am.group("email")} if am.group("email")
                            else _participant(who, people))
                    by_depth[depth + 1] = addr
                    speaker = by_depth.get(depth, sender)
                    to_depth[depth + 1] = [speaker] if speaker else []
        if depth in by_depth:
            block.authors[lineno] = by_depth[depth]
        if depth in to_depth:
            block.addressees[lineno] = to_depth[depth]


def make_view(msg: object) -> View:
    sender = (getattr(msg, "sender", None) or [None])[0]
    recipients = list(getattr(msg, "to", []) or []) + list(getattr(msg, "cc", []) or [])
    people = ([sender] if sender else []) + recipients
    out = []
    for where, text in blocks(msg):
        b = Block(where, text, segments(text, where))
        if where == "body":
            _speakers(b, people, sender)
        out.append(b)
    return View(
        pk=getattr(msg, "id", 0),
        message_id=getattr(msg, "message_id", ""),
        date=message_date(getattr(msg, "date", None)),
        sender=sender,
        recipients=recipients,
        subject=getattr(msg, "subject", "") or "",
        blocks=out,
        thread=getattr(msg, "thread_id", None),
    )
