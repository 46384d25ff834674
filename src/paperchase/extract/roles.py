"""Positions ("главный конструктор", "Sales Manager", "намеснік дырэктара")
as POSITION mentions with `extra.role` in short English. Lexicon:
`data/extract/roles.yml`. Each word of a phrase matches by its stem, so
inflected positions ("главного конструктора") are found; the longest phrase
at a place wins."""

from __future__ import annotations

import re
from functools import cache

from paperchase.extract import lexicon
from paperchase.extract.mention import Mention

ROLES = "roles.yml"
LOW = "a-zа-яёіўїєґäöüß'’"


CASE_ENDINGS = ("ый|ий|ой|ій|ь|й|а|у|ю|я|е|ы|и|і|о|ом|ем|ём|ам|ям|ами|ями|ах|ях|ов|ой|ей|ою|ею|ого|его|ому|ему|ым|им|ім|ую|юю|"
                "ая|яя|ое|ее|ые|ие|ых|их|іх|ыми|ими|імі|ай|ага|аму|ае|ія|ых|ові|еві|ом")
STRIP = re.compile(r"(?:ый|ий|ой|ій|ая|ое|ы|і|и|а|я|ь|й|о|е)$")


def _word_re(word: str) -> str:
    """A phrase word with its case endings: the stem (the word without its
    final vowel or adjective ending) plus one ending from a closed list, so
    "бухгалтер" matches "бухгалтера" but not "бухгалтерию"."""
    w = word.casefold()
    if "-" in w:
        return "-".join(_word_re(p) for p in w.split("-"))
    if not re.match("[а-яёіўїєґ]", w):  # Latin: English and German barely inflect
        return re.escape(w) + "(?:s|e|en|n)?"
    stem = STRIP.sub("", w) if len(w) > 4 else w
    return re.escape(stem) + f"(?:{CASE_ENDINGS})?"


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = lexicon.mapping(ROLES, "", lexicon.load(ROLES))
    phrases: list[tuple[str, str]] = []
    for role, vals in data.items():
        if role != role.lower().strip():
            raise lexicon.fail(ROLES, role, "roles are short lower-case English phrases")
        for phrase in lexicon.str_list(ROLES, role, vals):
            phrases.append((phrase, role))
    phrases.sort(key=lambda p: len(p[0]), reverse=True)
    groups = []
    index: dict[str, str] = {}
    for k, (phrase, role) in enumerate(phrases):
        groups.append(f"(?P<r{k}>" + r"\s+".join(_word_re(w) for w in phrase.split()) + ")")
        index[f"r{k}"] = role
    rx = re.compile(rf"(?<![{LOW}\w])(?:{'|'.join(groups)})(?![{LOW}\w])", re.I)
    return rx, index


PREFIX = 3  # letters of a phrase's first word that pick the patterns tried at a word


@cache
def _by_prefix() -> tuple[dict[str, re.Pattern[str]], frozenset[int]]:
    """The phrases grouped by the first letters of their first word's stem,
    one pattern per group (in the order of the one big pattern, longest
    phrase first): a word of the text tries only the phrases that can begin
    with it, instead of the whole alternation at every character."""
    rx, index = _pattern()
    data = lexicon.mapping(ROLES, "", lexicon.load(ROLES))
    phrases: list[tuple[str, str]] = [(ph, role) for role, vals in data.items()
                                      for ph in lexicon.str_list(ROLES, role, vals)]
    phrases.sort(key=lambda p: len(p[0]), reverse=True)
    buckets: dict[str, list[str]] = {}
    for k, (phrase, _role) in enumerate(phrases):
        first = phrase.split()[0].casefold().split("-")[0]
        stem = STRIP.sub("", first) if len(first) > 4 and re.match("[а-яёіўїєґ]", first) else first
        key = stem[:PREFIX]
        buckets.setdefault(key, []).append(
            f"(?P<r{k}>" + r"\s+".join(_word_re(w) for w in phrase.split()) + ")")
    compiled = {key: re.compile(rf"(?:{'|'.join(gs)})(?![{LOW}\w])", re.I) for key, gs in buckets.items()}
    return compiled, frozenset(len(k) for k in compiled)


_WORD_START = re.compile(rf"(?<![{LOW}\w])[{LOW}\w]", re.I)


def find_roles(text: str) -> list[Mention]:
    _rx, index = _pattern()
    compiled, lengths = _by_prefix()
    out = []
    low = text.casefold() if len(text.casefold()) == len(text) else None
    pos = 0
    for w in _WORD_START.finditer(text):
        at = w.start()
        if at < pos:
            continue
        m = None
        for n in sorted(lengths, reverse=True):
            head = (low[at:at + n] if low is not None else text[at:at + n].casefold())
            rx = compiled.get(head)
            if rx is not None:
                m = rx.match(text, at)
                if m:
                    break
        if m is None:
            continue
        role = index[m.lastgroup] if m.lastgroup else ""
        out.append(Mention("POSITION", m.group(), m.start(), m.end(), {"source": "pattern", "role": role}))
        pos = m.end()
    return out


def role_of(text: str) -> str | None:
    """The role a position phrase names ("Главный конструктор" -> "chief designer")."""
    hits = find_roles(text)
    return str(hits[0].extra["role"]) if hits else None
