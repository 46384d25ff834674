"""The case's own organisation vocabulary: once a firm is seen in full
(`ОАО «Завод»`, `Foo Machine Tool Co., Ltd.`, a company mail domain), its name
and its distinctive words are looked for everywhere else, inflected
("Завода", "у «Бергмана»"), so a firm mentioned later by its short name is
still a mention.

Distinctive: not a generic word of firm names ("Machine", "Trading", "завод"),
not a place, not an adjective, and not shared by two different firms (so
"Qingfeng" in two firms' names stays out)."""

from __future__ import annotations

import re
from collections import defaultdict

from paperchase.extract import wordforms as wf
from paperchase.extract.gazetteer import Entry, Gazetteer
from paperchase.extract.mention import Mention
from paperchase.extract.orgs import generic_words
from paperchase.extract.places import country_code

ADJECTIVE = re.compile(r"(?:ский|цкий|ская|цкая|ское|скі|цкі|скае|ый|ий|ая|ое|ные|ны|ная|нае)$", re.I)
QUOTES = "«»\"„“”"
# first parts of compound words that abbreviations keep as a letter of their own
COMPOUND_PREFIXES = ("авиа", "авія", "мото", "радио", "радыё", "электро", "электра", "приборо", "прыбора",
                     "машино", "машына", "станко", "стан", "нефте", "газо", "хим", "агро", "авто", "энерго",
                     "тепло", "гидро", "металло", "ремонт", "конструкт", "научно", "навукова")


# a kind of organisation's abbreviation before a quoted name: НПЦ «Вега»
KIND_QUOTED = re.compile(r"^(?:[A-ZА-ЯЁІЎЇЄҐ]{2,6}\s*)+[«\"“„](?P<core>[^«»\"“”„]{3,})[»\"”“]*$")


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().strip(QUOTES).replace("«", "").replace("»", "")).strip(" ,.")


class Vocabulary:
    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name -> the full name it stands for
        self._words: dict[str, set[str]] = defaultdict(set)
        self.acronyms: dict[str, str] = {}

    def add(self, name: str, *, full: str | None = None) -> None:
        """An organisation name seen in full. Where it is a kind's abbreviation
        before a quoted name (НПЦ «Вега»), the quoted name is the firm's plain
        name, looked for alone; the abbreviation is no word of its own (many
        firms are an НПЦ)."""
        kind = KIND_QUOTED.match(name.strip())
        if kind is not None:
            core = _clean(kind.group("core"))
            full = full or _clean(name)
            self.names.setdefault(_clean(name), full)
            if len(core.split()) > 1 or _distinctive(core):
                self.names.setdefault(core, full)
            self.add(core, full=full)
            return
        name = _clean(name)
        if len(name) < 2:
            return
        full = full or name
        generic = generic_words()
        words = name.split()
        core = list(words)
        def filler(w: str) -> bool:
            return wf.fold(w).strip(".,") in generic or not re.search(r"[^\W\d_]", w)

        while core and filler(core[-1]):
            core.pop()
        while core and filler(core[0]):
            core.pop(0)
        if len(words) > 1:
            self.names.setdefault(name, full)
        if core and core != words and " ".join(core) and (len(core) > 1 or _distinctive(core[0])):
            self.names.setdefault(" ".join(core), full)
        if len(core) >= 3 and all(_distinctive(w) for w in core[:2]):
            # "Foo Bar Hydraulic Pump" cited as "Foo Bar": its first two own words
            self.names.setdefault(" ".join(core[:2]), full)
        for w in core:
            if _distinctive(w):
                self._words[w].add(full)

    def add_acronyms(self, name: str, full: str) -> None:
        """The abbreviations a firm's name makes: first letters of its words,
        compound words split at a known prefix ("Заречный авиаремонтный
        завод" -> ЗАЗ, ЗАРЗ), and their Latin transliteration (ZARZ)."""
        kind = KIND_QUOTED.match(name.strip())
        if kind is not None:      # НПЦ «Вега-Плюс»: the kind's letters are no part of it
            name = kind.group("core")
        words = [w for w in re.findall(r"[^\W\d_]+", _clean(name)) if len(w) > 1]
        if not 2 <= len(words) <= 6 or not all(wf.CYRILLIC.search(w) for w in words):
            return
        letters = [[w[0].upper()] for w in words]
        for i, w in enumerate(words):
            low = w.lower()
            for prefix in COMPOUND_PREFIXES:
                if low.startswith(prefix) and len(low) > len(prefix) + 2:
                    letters[i].append(w[0].upper() + low[len(prefix)].upper())
        options = [""]
        for choice in letters:
            options = [o + c for o in options for c in choice][:16]
        for acronym in options:
            if len(acronym) >= 3:  # inflected forms of one name make the same acronym: no uniqueness test
                self.acronyms.setdefault(acronym, full)
                self.acronyms.setdefault(wf.latin(acronym, "ru").upper(), full)

    def gazetteer(self) -> Gazetteer:
        gaz = Gazetteer()
        for name, full in self.names.items():
            lang = "ru" if wf.CYRILLIC.search(name) else "en"
            gaz.add(name, Entry("org", full, full, name, lang), lang)
        for acronym, full in self.acronyms.items():
            gaz.add_abbr(acronym, Entry("org", full, full, acronym, "abbr"))
        for w, fulls in self._words.items():
            if len(fulls) == 1:
                full = next(iter(fulls))
                lang = "ru" if wf.CYRILLIC.search(w) else "en"
                if w.isupper():
                    gaz.add_abbr(w, Entry("org", full, full, w, "abbr"))
                else:
                    gaz.add(w, Entry("org", full, full, w, lang), lang)
        return gaz

    def __len__(self) -> int:
        return len(self.names) + len(self._words) + len(self.acronyms)


def _distinctive(word: str) -> bool:
    w = word.strip(".,")
    if len(w) < 3 or (len(w) < 4 and not w.isupper()) or not w[:1].isupper():
        return False
    if wf.fold(w) in generic_words() or ADJECTIVE.search(w) or not re.fullmatch(r"[^\W\d_][\w'’-]*", w):
        return False
    return country_code(w) is None


def find(gaz: Gazetteer, text: str) -> list[Mention]:
    return [Mention("ORG", m.surface, m.start, m.end,
                    {"source": "vocab", "name": m.entry.name, "weak": m.surface != m.entry.name})
            for m in gaz.find(text)]
