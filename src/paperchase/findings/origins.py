"""Countries named in a sentence, peoples included: the extract stage's
gazetteer reads country names and adjectives ("японские станки"), and
demonyms.yml adds the people-nouns a letter uses instead ("японцы
отказали": the refusing side is Japan)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from paperchase.extract.places import find_countries
from paperchase.findings.lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Origin:
    start: int
    end: int
    code: str


@cache
def _any() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in lexicon("demonyms.yml").values()), re.IGNORECASE)


def demonyms(text: str) -> list[Origin]:
    """People-nouns of demonyms.yml, as (start, end, code)."""
    if not _any().search(text):
        return []
    return sorted((Origin(m.start(), m.end(), code) for code, pat in lexicon("demonyms.yml").items()
                   for m in pat.finditer(text)), key=lambda o: (o.start, o.end, o.code))


def find_origins(text: str) -> list[Origin]:
    """Countries by name or adjective and peoples by noun, in text order, overlaps dropped."""
    hits = [Origin(h.start, h.end, h.code) for h in find_countries(text)] + demonyms(text)
    out: list[Origin] = []
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out
