"""Numbers written in words, as shares are: "шестьдесят пять процентов",
"тринадцать двадцатых", "three fifths". The words are data
(`data/findings/numbers.yml`); a tens word and a units word after it add up."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from paperchase import lexicons
from paperchase.errors import DataFileError

_NAME = "numbers.yml"
# the endings of a fraction's denominator ("пятых", "трэцяя", "fifths"), so "пятнадцатых" is no fifth
_PART_END = r"(?:ых|ые|ая|ую|ой|ыя|ія|яя|юю|их|і|а|es|s|hs)?(?!\w)"
_PERCENT = r"(?:процент\w*|працэнт\w*|відсот\w*|per\s?cent|percent)"


class Table(NamedTuple):
    cardinals: dict[str, int]
    parts: dict[str, int]
    number: re.Pattern[str]  # a cardinal, "шестьдесят пять" included
    percent: re.Pattern[str]  # a cardinal and a percent word
    fraction: re.Pattern[str]  # a cardinal and a denominator


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def parse(data: object, where: str = _NAME) -> Table:
    if not isinstance(data, dict) or not isinstance(data.get("cardinals"), dict) or not isinstance(
            data.get("parts"), dict):
        raise DataFileError(f"{where}: needs the mappings 'cardinals' and 'parts'")
    out: dict[str, dict[str, int]] = {}
    for key in ("cardinals", "parts"):
        out[key] = {}
        for word, value in data[key].items():
            if not isinstance(word, str) or not word.strip() or not isinstance(value, int) or value < 1:
                raise DataFileError(f"{where}: {key}: {word!r}: needs a word and a whole number of at least 1")
            out[key][word.strip().lower()] = value
    cards = out["cardinals"]
    tens = [w for w, v in cards.items() if v % 10 == 0 and 20 <= v <= 90]
    units = [w for w, v in cards.items() if v < 10]
    number = rf"(?<!\w)(?:(?:{_alt(tens)})(?:\s+(?:{_alt(units)}))?|{_alt(list(cards))})(?!\w)"
    return Table(cards, out["parts"], re.compile(number, re.I),
                 re.compile(rf"({number})\s*(?:\([^)]{{1,20}}\)\s*)?{_PERCENT}", re.I),
                 re.compile(rf"({number})\s+({_alt(list(out['parts']))}){_PART_END}", re.I))


@cache
def table() -> Table:
    return parse(lexicons.read("findings", _NAME))


def value(words: str) -> int:
    """The value of a cardinal as `Table.number` matched it."""
    cards = table().cardinals
    return sum(cards[w.lower()] for w in words.split())


def percentages(text: str) -> list[tuple[int, int, float]]:
    """(start, end, fraction) of each percentage written in words."""
    out = []
    for m in table().percent.finditer(text):
        v = value(m.group(1))
        if 0 < v <= 100:
            out.append((m.start(), m.end(), v / 100))
    return out


def fractions(text: str) -> list[tuple[int, float]]:
    """(position, value) of each fraction written in words below one."""
    t = table()
    out = []
    for m in t.fraction.finditer(text):
        v = value(m.group(1)) / t.parts[m.group(2).lower()]
        if 0 < v < 1:
            out.append((m.start(), round(v, 4)))
    return out
