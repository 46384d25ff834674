"""family_relation from "our son": a spouse writing to a spouse about their
child ("для нашего сына ...", "наш сын <name>", "our daughter") says the child
is the son or daughter of both the writer and the person written to.

Kept conservative: the kinship word must be singular and gendered (son or
daughter, not "children"), its possessive first-person plural, the child
named beside it or else the only person of that gender named in the
neighbouring sentences of the same block (neither the writer nor the
addressee), and the claim survives grouping only where the writer and the
addressee are known spouses from other evidence."""

from __future__ import annotations

import re

from paperchase.findings.context import Context
from paperchase.findings.model import Candidate, Evidence
from paperchase.findings.people import FAMILY, addressee, author, people_in
from paperchase.findings.text import Segment
from paperchase.findings.view import Block, View

# "наш(ему|его|ей...)", "наша", Belarusian "наш(ы|ага|аму)", Ukrainian "наш(ого|ому)", English "our"
_OURS = re.compile(r"(?<!\w)(?:наш\w*|our)\s+$", re.I)
_SON = re.compile(r"(?<!\w)(?:сын(?:а|у|ом|е|ок|ка|ку)?|син(?:а|у|ові|ом)?|son)(?!\w)", re.I)
_DAUGHTER = re.compile(r"(?<!\w)(?:доч(?:ь|ери|ерью|ка|ки|ке|ку|кой|урк\w*)|дач(?:ка|кі|цэ|ку|кой|кай|ушк\w*)|"
                       r"доньк\w*|дочк\w*|daughter)(?!\w)", re.I)
_WINDOW = 3  # sentences either side where the child may be named


def detect(view: View, block: Block, i: int, ctx: Context) -> list[Candidate]:
    """Candidates for sentence `i` of `block`: (writer, child) and
    (addressee, child), each marked with the couple it needs."""
    seg = block.segments[i]
    out: list[Candidate] = []
    for pat, gender in ((_SON, "m"), (_DAUGHTER, "f")):
        for m in pat.finditer(seg.text):
            if not _OURS.search(seg.text[max(0, m.start() - 12) : m.start()]):
                continue
            writer, reader = author(view, block, seg, ctx), addressee(view, block, seg, ctx)
            if not writer or not reader or writer == reader:
                continue
            child, where = _child(view, block, i, m.end(), gender, {writer, reader}, ctx)
            if not child or where is None:
                continue
            quotes = [seg] if where is seg else [where, seg]
            for parent in (writer, reader):
                a, b, r = (parent, child, "child") if parent < child else (child, parent, "parent")
                for q in quotes:
                    out.append(Candidate(FAMILY, (a, b), [parent, child], {"relationship": "child", "_key": r},
                                         Evidence(view.message_id, q.text, block.where, q.depth), 0.7, view.date,
                                         {"couple": frozenset((writer, reader))}))
    # "У нашего Глеба аврал": a couple's "our" before someone the case only ever calls by first name
    for p in people_in(view, block, seg, ctx):
        if not p.entity_id or not _OURS.search(seg.text[max(0, p.start - 12) : p.start]):
            continue
        ent = ctx.entities.get(p.entity_id)
        if ent is None or any(len(n.split()) > 1 for n in ent.names):
            continue
        writer, reader = author(view, block, seg, ctx), addressee(view, block, seg, ctx)
        if not writer or not reader or writer == reader or p.entity_id in (writer, reader):
            continue
        for parent in (writer, reader):
            a, b, r = (parent, p.entity_id, "child") if parent < p.entity_id else (p.entity_id, parent, "parent")
            out.append(Candidate(FAMILY, (a, b), [parent, p.entity_id], {"relationship": "child", "_key": r},
                                 Evidence(view.message_id, seg.text, block.where, seg.depth), 0.6, view.date,
                                 {"couple": frozenset((writer, reader))}))
    return out


def _child(view: View, block: Block, i: int, after: int, gender: str, exclude: set[str],
           ctx: Context) -> tuple[str | None, Segment | None]:
    """The child the kinship word speaks of: a name right after it ("наш сын
    Артём"), else the only person of its gender named nearby."""
    seg = block.segments[i]
    for p in people_in(view, block, seg, ctx):
        if p.entity_id and p.start >= after and re.fullmatch(r"[\s,:–—-]*", seg.text[after : p.start]):
            return (p.entity_id, seg) if p.entity_id not in exclude else (None, None)
    found: dict[str, Segment] = {}
    lo, hi = max(0, i - _WINDOW), min(len(block.segments), i + _WINDOW + 1)
    for s in block.segments[lo:hi]:
        if s.depth != seg.depth:
            continue
        for p in people_in(view, block, s, ctx):
            if p.entity_id and p.entity_id not in exclude and ctx.gender(p.entity_id) in (gender, ""):
                found.setdefault(p.entity_id, s)
    if len(found) != 1:
        return None, None
    eid, s = next(iter(found.items()))
    return eid, s


def keep(cands: list[Candidate]) -> list[Candidate]:
    """Drop the "our child" claims whose couple is not known to be married."""
    couples = {frozenset(c.subjects) for c in cands
               if c.kind == FAMILY and c.attributes.get("relationship") == "spouse" and "couple" not in c.extra}
    return [c for c in cands if "couple" not in c.extra or c.extra["couple"] in couples]
