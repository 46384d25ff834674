"""Whose share a percentage is, and where a development partner sits.

A funding sentence gives one or two numbers ("наша доля — 60 %, другая
сторона платит 40 %"; "АО X — 60 %, ООО Y — 40 %"; "we pay 40 %").
The finding reports the home organisation's share, so each number is
assigned a side by what stands just before it: an organisation named there
(the home firm or another), a "<country> side" ("российская сторона",
"беларускі бок", "the German side") read against the home country, or a
possessive ("наша доля", "ваша часть") read against who is writing: "our"
in a letter from the partner is the partner's share.

A partner's country may be written only as a city adjective ("брестского
завода", "омское КБ"): `city_adjective_countries` turns such an adjective
back into a city the gazetteer knows."""

from __future__ import annotations

import re
from functools import lru_cache

from paperchase.extract.places import find_all, find_countries, find_places
from paperchase.findings import numbers
from paperchase.findings.context import Context
from paperchase.findings.lexicon import Lexicon

# "X сторона", "X бок", "X side": the word before names the country
_SIDE = re.compile(r"(?<![\w-])(\w{4,})\s+(?:сторон\w*|бок(?:у|а|ам)?|боку|side)(?!\w)", re.I)
# a Slavic adjective of place: stem + -ск-/-цк- + ending
_ADJ = re.compile(r"(?<![\w-])([А-ЯЁІЎЄЇа-яёіўєї]{2,}?)(ск|цк)(?:ий|ый|ая|ое|ого|ому|им|ом|ой|ую|ие|их|ими|ае|ага|аму|ім|ую|іх|"
                  r"ій|а|е|ого|ому|ою|у|і)(?!\w)", re.I)
_WINDOW = 45
# abbreviations of a kind of work that an extractor may take for an organisation ("финансирование НИР — 60 %")
_WORK = re.compile(r"(?:НИ)?ОКР|НИР|ДКР|НДДКР|НДР|ОКБ-работ\w*|R&D|НИОКТР", re.I)


def is_work_term(surface: str) -> bool:
    """An R&D work abbreviation, not a party to the split."""
    return _WORK.fullmatch(surface.strip()) is not None


_RATIO = re.compile(r"(?<![\d/])(?<!\d[.,])(\d{1,2})\s*(?:/|:|на|to)\s*(\d{1,2})(?![\d/%]|[.,]\d)", re.I)


def ratios(text: str) -> list[tuple[int, float]]:
    """A split written as two numbers summing to 100 ("60/40", "70 на 30",
    "70:30"): (position, fraction) of each, as `cues.percentages` gives."""
    out = []
    for m in _RATIO.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a + b == 100:
            out += [(m.start(1), a / 100), (m.start(2), b / 100)]
    return out


_FRACTION = re.compile(r"(?<![\d.,])0[.,](\d{1,3})(?![\d.,]?\d)")
_FRACTION_FROM = re.compile(r"(?<!\w)(?:с|со|from|з|ад|від|od)\s+(0[.,]\d{1,3})\s+(?:на|до|to|да|na|do)\s+0[.,]\d", re.I)


def fractions(text: str) -> list[tuple[int, float]]:
    """A share written as a fraction: decimal ("доля — 0,45", "0.45 of the
    cost") or in words ("две пятых", "шесть десятых", "three fifths"); the one a
    change replaces ("с 0,40 на 0,45": the 0,40) is left out."""
    gone = {m.start(1) for m in _FRACTION_FROM.finditer(text)}
    out = []
    for m in _FRACTION.finditer(text):
        v = float("0." + m.group(1))
        if m.start() not in gone and 0 < v < 1:
            out.append((m.start(), v))
    return sorted(out + numbers.fractions(text))


def side_of(text: str, pos: int, orgs: list[tuple[int, int, bool]], writer_home: bool | None,
            lex: Lexicon, ctx: Context) -> str | None:
    """'home', 'partner' or None for the number at `pos` of `text`; `orgs`
    are (start, end, is_home) of the organisations named in the sentence."""
    first = _owner_after(text, pos, orgs, writer_home, lex, ctx)
    if first is not None:
        return first
    lo = max(0, pos - _WINDOW)
    before = text[lo:pos]
    # the nearest marker before the number decides: an organisation, a country's side, a possessive
    marks: list[tuple[int, str]] = []
    for _s, e, home in orgs:
        if lo <= e <= pos:
            marks.append((e, "home" if home else "partner"))
    for m in _SIDE.finditer(before):
        hits = [h for h in find_countries(m.group(1)) if h.code != "eu"]
        if hits and ctx.home_country:
            marks.append((lo + m.end(), "home" if hits[0].code == ctx.home_country else "partner"))
    if writer_home is not None:
        for group, mine in (("ours", True), ("theirs", False)):
            for m in lex[group].finditer(before):
                marks.append((lo + m.end(), "home" if mine == writer_home else "partner"))
    marks = [m for m in marks if not re.search(r"\d", text[m[0]:pos])]  # a marker governs the next number only
    if not marks:
        return None
    return max(marks, key=lambda x: x[0])[1]


_NUMBER_AHEAD = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*(?:%|процент\w*|працэнт\w*|відсот\w*|per ?cent)?[ \t]*", re.I)


def owned(text: str, pcts: list[tuple[int, float]], pattern: re.Pattern[str]) -> bool:
    """A number named by its owner alone straight after it ("65 процентов
    наши, 35 - ваши"): a split, though no word of funding is written."""
    for pos, _v in pcts:
        m = _NUMBER_AHEAD.match(text, pos)
        if m and pattern.match(text, m.end()):
            return True
    return False


def _owner_after(text: str, pos: int, orgs: list[tuple[int, int, bool]], writer_home: bool | None,
                 lex: Lexicon, ctx: Context) -> str | None:
    """The side named straight after a number, with no comma between ("35 %
    ОАО «X», 65 % АО «Y»"; "35 % наша доля, 65 % іх"), or None where the
    number follows its owner as usual ("ОАО «X» — 70 %, ...")."""
    m = _NUMBER_AHEAD.match(text, pos)
    if m is None or "%" not in m.group(0) and not re.search(r"[^\W\d]", m.group(0)):
        return None
    at = m.end()
    for s, _e, home in orgs:
        if at <= s <= at + 1:
            return "home" if home else "partner"
    ahead = text[at:at + 30]
    side = _SIDE.match(ahead)
    if side:
        hits = [h for h in find_countries(side.group(1)) if h.code != "eu"]
        if hits and ctx.home_country:
            return "home" if hits[0].code == ctx.home_country else "partner"
    if writer_home is not None:
        for group, mine in (("ours", True), ("theirs", False)):
            if lex[group].match(ahead):
                return "home" if mine == writer_home else "partner"
    return None


def share(text: str, pcts: list[tuple[int, float]], orgs: list[tuple[int, int, bool]], writer_home: bool | None,
          lex: Lexicon, ctx: Context) -> float | None:
    """The home side's share, or None where no number's side can be told."""
    for pos, v in pcts:
        side = side_of(text, pos, orgs, writer_home, lex, ctx)
        if side == "home":
            return v
    for pos, v in pcts:
        if side_of(text, pos, orgs, writer_home, lex, ctx) == "partner":
            return round(1 - v, 4)
    return None


@lru_cache(maxsize=20_000)
def _city_of(stem: str, suffix: str) -> str | None:
    """'брест' + 'ск' -> by; 'рязан' + 'ск' -> the city 'Рязань'."""
    cands = [stem + suffix] if suffix == "ск" else []
    cands += [stem, stem + "ь", stem + "а", stem + "ы", stem + "и", stem + "е", stem + "o"]
    for c in cands:
        word = c[:1].upper() + c[1:]
        hits = [h for h in find_places(word) if h.start == 0 and h.end == len(word)]
        if hits:
            return hits[0].code
    return None


def city_adjective_countries(text: str) -> list[str]:
    """Countries of the places named by an adjective in `text` ("брестского" -> by)."""
    out = []
    for m in _ADJ.finditer(text):
        code = _city_of(m.group(1).lower(), m.group(2).lower())
        if code:
            out.append(code)
    return out


def countries_in(text: str, home: str | None) -> list[str]:
    """Foreign countries a text places something in: named countries and
    cities, city adjectives, "<country> side"."""
    out = [h.code for h in find_all(text)] + city_adjective_countries(text)
    return [c for c in out if c and c not in ("eu", home)]
