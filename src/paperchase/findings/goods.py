"""Kinds of goods named in a sentence (`goods.yml`): the grouping key of
shortages, and what ties an alternative supplier's offer to the goods a
sanction blocked."""

from __future__ import annotations

import re
from functools import cache

from paperchase.findings.lexicon import lexicon

# keys of goods.yml that stand for "some parts": a finding names the specific goods where a text does
GENERIC_GOODS = frozenset({"spare parts", "electronic components"})


@cache
def _any() -> re.Pattern[str]:
    """All goods in one expression: most sentences name none, and one search says so."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in lexicon("goods.yml").values()), re.IGNORECASE)


def find_goods(text: str) -> list[tuple[int, str]]:
    """(position, goods key) of every kind of goods named, in text order."""
    if not _any().search(text):
        return []
    out = []
    for key, pat in lexicon("goods.yml").items():
        for m in pat.finditer(text):
            out.append((m.start(), key))
    return sorted(out)


def goods_near(text: str, pos: int) -> str | None:
    """The kind of goods named nearest to `pos` (a shortage cue)."""
    hits = find_goods(text)
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h[0] - pos))[1]
