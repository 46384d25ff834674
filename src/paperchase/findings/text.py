"""Cutting a message into the sentences the detectors read.

A sentence never crosses a line: mail bodies, tables pulled out of XLSX and
DOCX, and quoted history all keep one statement a line, and a quote that
stays inside a line is a verbatim substring of the text (quoted history is
read after its `>` markers, which the quote leaves out)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[«\"(\[]?[A-ZА-ЯЁІЎЄЇҐ0-9])")
# a full stop after these does not end a sentence (initials, units, "г." for city or year, a list
# item's number); after another number it does ("нужно 8. Если...")
_ABBREV = re.compile(
    r"^\s*\d{1,3}\.$|(?:^|[\s(«\".])(?:[^\W\d_]{1,2}|г|гг|ул|тел|им|стр|руб|шт|мм|см|кв|сер|обл|пр|просп|т\.е|т\.д|т\.п|"
    r"Mr|Mrs|Ms|Dr|No|Nr|St|Co|Ltd|Inc|ст|р|п|вкл|зам|нач|ген|Ing|tel|ca|vs|etc)\.$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Segment:
    """One sentence of one text block: `text` is `block[start:end]` exactly."""

    where: str  # "body" or "attachment:<filename>"
    start: int
    end: int
    text: str
    depth: int  # quote depth: 0 for the message's own words
    line: int  # line number inside the block


def segments(block: str, where: str = "body") -> list[Segment]:
    out: list[Segment] = []
    pos = 0
    for lineno, line in enumerate(block.split("\n")):
        base = pos
        pos += len(line) + 1
        m = _QUOTE.match(line)
        depth = m.group(0).count(">") if m else 0
        body_start = m.end() if m else 0
        for s, e in _sentences(line, body_start):
            raw = line[s:e]
            lead = len(raw) - len(raw.lstrip())
            raw = raw.strip()
            if len(raw) < 3:
                continue
            out.append(Segment(where, base + s + lead, base + s + lead + len(raw), raw, depth, lineno))
    return out


def _sentences(line: str, start: int) -> Iterator[tuple[int, int]]:
    cur = start
    for m in _SPLIT.finditer(line, start):
        if _ABBREV.search(line[max(cur, m.start() - 12) : m.start()]):
            continue
        yield cur, m.start()
        cur = m.end()
    yield cur, len(line.rstrip("\r"))


def blocks(message: object) -> list[tuple[str, str]]:
    """(where, text) of the body and of each attachment with text."""
    out = [("body", getattr(message, "text", "") or "")]
    for att in getattr(message, "attachments", []) or []:
        if att.text:
            out.append((f"attachment:{att.filename}", att.text))
    return out


_WORD = re.compile(r"[\w'’-]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _morph() -> Any:
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="ru")
    except Exception:  # pymorphy3 or its dictionary missing: stems alone still work
        return None


@lru_cache(maxsize=200_000)
def parse_word(word: str) -> tuple[str, str, str]:
    """(lemma, part of speech, person) of a Russian word: why a detector
    can tell 'едем' (we go) from 'едут' (they go). Called a lot, hence cached."""
    morph = _morph()
    if morph is None:
        return word.lower(), "", ""
    p = morph.parse(word)[0]
    return p.normal_form, str(p.tag.POS or ""), str(p.tag.person or "")


def lemma(word: str) -> str:
    return parse_word(word)[0]


@lru_cache(maxsize=200_000)
def _tags(word: str) -> tuple[str, str, str, str, str]:
    morph = _morph()
    if morph is None:
        return ("", "", "", "", "")
    p = morph.parse(word)[0]
    t = p.tag
    return (str(t.POS or ""), str(t.case or ""), str(t.animacy or ""), str(t.tense or ""), str(t.person or ""))


GROUP_SUBJECT = frozenset("двое трое четверо пятеро шестеро несколько оба обе двое-трое".split())


def implicit_writer(clause: str) -> bool:
    """A past verb with no subject of its own ("Отпуск провёл в Египте",
    "отдыхали в Турции"): in a letter that is the writer. A named or
    pronominal subject ("Коллеги были в Турции", "они летали") is someone
    else. Russian morphology; other languages say nothing here."""
    past = False
    for w in words(clause):
        pos, case, anim, tense, person = _tags(w)
        if (pos == "NOUN" and case == "nomn" and anim == "anim") or (pos == "NPRO" and person == "3per"):
            return False
        if w.lower() in GROUP_SUBJECT:
            return False  # "Двое наших регулировщиков улетели": a group the letter does not name
        if pos == "VERB" and tense == "past":
            past = True
    return past


def past_gender(clause: str) -> str:
    """'femn' or 'masc' when the clause's past-tense verbs agree with one
    singular subject ("Мыльникова привезла": a woman), else ''. Russian only."""
    morph = _morph()
    if morph is None:
        return ""
    found = set()
    for w in words(clause):
        p = morph.parse(w)[0]
        if p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing" and p.tag.gender:
            found.add(str(p.tag.gender))
    return found.pop() if len(found) == 1 else ""
