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


def find_roles(text: str) -> list[Mention]:
    rx, index = _pattern()
    out = []
    for m in rx.finditer(text):
        role = index[m.lastgroup] if m.lastgroup else ""
        out.append(Mention("POSITION", m.group(), m.start(), m.end(), {"source": "pattern", "role": role}))
    return out


def role_of(text: str) -> str | None:
    """The role a position phrase names ("Главный конструктор" -> "chief designer")."""
    hits = find_roles(text)
    return str(hits[0].extra["role"]) if hits else None
