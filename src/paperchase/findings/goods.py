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
    return re.compile("|".join(f"(?:{p.pattern})" for _k, p in _patterns()), re.IGNORECASE)


# an adjective of material or kind ("титановых болтов", "титанавы", "titanium fasteners") before
# another goods word qualifies that word: the goods are the noun's
_ADJECTIVE = re.compile(r"(?:ых|ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ой|ей|ую|юю|ым|им|ыми|ими|ом|ем|их|"
                        r"ыя|ая|ага|аму|ым|ых|ую|ою|ої|ий|ого|ому|их)$")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each kind's expression, also after an abbreviation and a hyphen
    ("СВЧ-транзисторы", "ИК-детекторы" are transistors and detectors)."""
    out = []
    for key, pat in lexicon("goods.yml").items():
        out.append((key, pat))
        if pat.pattern.startswith(_WORD_START):
            out.append((key, re.compile(_AFTER_ABBR + pat.pattern[len(_WORD_START):], pat.flags)))
    return out


_WORD_START = r"(?<![\w-])"
_AFTER_ABBR = r"(?<=(?-i:[A-ZА-ЯЁІЎ]{2})-)"


def find_goods(text: str) -> list[tuple[int, str]]:
    """(position, goods key) of every kind of goods named, in text order; an
    adjective that qualifies the next goods word ("титановых болтов") is left
    to that word."""
    if not _any().search(text):
        return []
    hits = []
    for key, pat in _patterns():
        for m in pat.finditer(text):
            word = re.match(r"[\w-]+", text[m.start():])
            hits.append((m.start(), m.start() + len(word.group()) if word else m.end(), key, m.end()))
    hits.sort()
    # a phrase of several words ("балансировочный станок") holds the one-word goods inside it
    phrases = [(s, full, k) for s, e, k, full in hits if full > e and " " in text[s:full]]
    # (unless it only narrows that goods: "гідраўлічных помпаў" stays with pumps)
    hits = [h for h in hits if not any(s <= h[0] < full and k != h[2] and not k.endswith(h[2]) for s, full, k in phrases)]
    out = []
    for i, (start, end, key, full) in enumerate(hits):
        nxt = next((h for h in hits[i + 1:] if h[0] >= end), None)
        if (full == end or (nxt is not None and key.endswith(nxt[2]))) and nxt is not None and nxt[2] != key and re.fullmatch(r"\s+", text[end:nxt[0]]) and (
                _ADJECTIVE.search(text[start:end].lower()) or (text[start:end].isascii()
                                                               and not text[start:end].lower().endswith("s"))):
            continue
        out.append((start, key))
    return out


def goods_near(text: str, pos: int) -> str | None:
    """The kind of goods named nearest to `pos` (a shortage cue)."""
    hits = find_goods(text)
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h[0] - pos))[1]
