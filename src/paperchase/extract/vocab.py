"""The case's own organisation vocabulary: once a firm is seen in full
(`ОАО «Завод»`, `Foo Machine Tool Co., Ltd.`, a company mail domain), its name
and its distinctive words are looked for everywhere else, inflected
("Завода", "у «Хесслера»"), so a firm mentioned later by its short name is
still a mention.

Distinctive: not a generic word of firm names ("Machine", "Trading", "завод"),
not a place, not an adjective, and not shared by two different firms (so
"Dalian" in two firms' names stays out)."""

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


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().strip(QUOTES).replace("«", "").replace("»", "")).strip(" ,.")


class Vocabulary:
    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name -> the full name it stands for
        self._words: dict[str, set[str]] = defaultdict(set)

    def add(self, name: str, *, full: str | None = None) -> None:
        """An organisation name seen in full."""
        name = _clean(name)
        if len(name) < 2:
            return
        full = full or name
        generic = generic_words()
        words = name.split()
        core = list(words)
        while core and wf.fold(core[-1]).strip(".,") in generic:
            core.pop()
        while core and wf.fold(core[0]).strip(".,") in generic:
            core.pop(0)
        if len(words) > 1:
            self.names.setdefault(name, full)
        if core and core != words and " ".join(core) and (len(core) > 1 or _distinctive(core[0])):
            self.names.setdefault(" ".join(core), full)
        for w in core:
            if _distinctive(w):
                self._words[w].add(full)

    def gazetteer(self) -> Gazetteer:
        gaz = Gazetteer()
        for name, full in self.names.items():
            lang = "ru" if wf.CYRILLIC.search(name) else "en"
            gaz.add(name, Entry("org", full, full, name, lang), lang)
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
        return len(self.names) + len(self._words)


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
