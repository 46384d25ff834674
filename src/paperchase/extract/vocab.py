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
from paperchase.extract.name_lexicon import common_ru
from paperchase.extract.orgs import generic_words
from paperchase.extract.places import country_code
from paperchase.resolve.names.translit import canon, skeleton

ADJECTIVE = re.compile(r"(?:ский|цкий|ская|цкая|ское|скі|цкі|скае|ый|ий|ая|ое|ные|ны|ная|нае)$", re.I)
QUOTES = "«»\"„“”"
# first parts of compound words that abbreviations keep as a letter of their own
COMPOUND_PREFIXES = ("авиа", "авія", "мото", "радио", "радыё", "электро", "электра", "приборо", "прыбора",
                     "машино", "машына", "станко", "стан", "нефте", "газо", "хим", "агро", "авто", "энерго",
                     "тепло", "гидро", "металло", "ремонт", "конструкт", "научно", "навукова",
                     # a town's compound name in a firm's adjective: Нижнесурский -> НС (НСПЗ)
                     "нижне", "верхне", "ново", "старо", "средне", "ніжне", "верхне", "нова", "стара")


# a kind of organisation's abbreviation before a quoted name: НПЦ «Вега»
KIND_QUOTED = re.compile(r"^(?:[A-ZА-ЯЁІЎЇЄҐ]{2,6}\s*)+[«\"“„](?P<core>[^«»\"“”„]{3,})[»\"”“]*$")


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(f"[{QUOTES}]", "", name.strip())).strip(" ,.")


class Vocabulary:
    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name -> the full name it stands for
        self._words: dict[str, set[str]] = defaultdict(set)
        self.acronyms: dict[str, str] = {}
        # a Latin firm word's canonical transliteration -> the names it is in,
        # for the same word written in Cyrillic and inflected (Brunnmatt, Брунматтом)
        self._latin: dict[str, set[str]] = defaultdict(set)

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
            head = w.split("-")[0]
            if "-" in w and len(head) >= 4 and _distinctive(head):
                self._words[head].add(full)   # "Элтех-Дистрибуция" cited as "у Элтеха"
            if _distinctive(w):
                self._words[w].add(full)
                if len(w) >= 5 and w.isalpha() and not wf.CYRILLIC.search(w) and not w.isupper():
                    self._latin[canon(w)].add(full)
                    skel = skeleton(canon(w))
                    if len(skel) >= 5:   # "Shrinath" / "Шринатх": th is тх, which the fine form keeps apart
                        self._latin["#" + skel].add(full)

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
            if len(fulls) == 1 or _one_firm(fulls):
                full = min(fulls, key=lambda f: (-len(f), f))
                lang = "ru" if wf.CYRILLIC.search(w) else "en"
                if w.isupper():
                    gaz.add_abbr(w, Entry("org", full, full, w, "abbr"))
                else:
                    gaz.add(w, Entry("org", full, full, w, lang), lang)
        gaz.cross = {key: next(iter(fulls)) for key, fulls in self._latin.items()  # type: ignore[attr-defined]
                     if len(fulls) == 1 and key not in _shared_keys(self._words)}
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


def _one_firm(fulls: set[str]) -> bool:
    """Names that differ only in their generic words and legal forms ("НПП Кронверк-Авионика",
    "Научно-производственное предприятие Кронверк-Авионика"): one firm's, not two firms sharing a word."""
    cores = [frozenset(wf.fold(w) for w in f.split() if _distinctive(w)) for f in fulls]
    if not all(cores):
        return False
    # one core holds all the others ("Karadeniz CNC Makina" in "Karadeniz CNC Makina - Export Sales")
    widest = max(cores, key=len)
    return all(c <= widest for c in cores)


def _shared_keys(words: dict[str, set[str]]) -> set[str]:
    """Canonical keys two firms' words share: neither firm owns them."""
    owners: dict[str, set[str]] = defaultdict(set)
    for w, fulls in words.items():
        if not wf.CYRILLIC.search(w):
            owners[canon(w)] |= {" ".join(f.casefold().split()) for f in fulls}  # MTKVARI AERO is Mtkvari Aero
    return {k for k, v in owners.items() if len(v) > 1}


# case endings of a foreign name declined as a Russian, Ukrainian or Belarusian noun
_CASE_ENDINGS = ("", "а", "я", "у", "ю", "ом", "ем", "ём", "е", "і", "ы", "и", "ой", "ам", "ах", "ов")
_FEMININE_ENDINGS = ("ы", "і", "и", "у", "е", "ой", "ою")
_CYR_WORD = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐЎ][а-яёіїєґў]{3,}(?![\w-])")


def _cross_script(cross: dict[str, str], text: str) -> list[Mention]:
    """A firm's Latin word written in Cyrillic, in any case ("у Брунматта",
    "с Брунматтом" for Brunnmatt): its transliteration, less a case ending,
    is the Latin word's. A dictionary word is never taken for one."""
    out = []
    for m in _CYR_WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        for end in _CASE_ENDINGS:
            if end and not low.endswith(end):
                continue
            stem = word[: len(word) - len(end)] if end else word
            # a name in -a declined as a feminine noun: "Курокавы", "Курокаве" of Kurokawa
            stems = [stem, stem + "а"] if end in _FEMININE_ENDINGS else [stem]
            full = next((f for st in stems if len(st) >= 4
                         for f in (cross.get(canon(st)), cross.get("#" + skeleton(canon(st)))) if f), None)
            if full is not None and not _dictionary_word(word):
                out.append(Mention("ORG", word, m.start(), m.end(),
                                   {"source": "vocab", "name": full, "weak": True}))
                break
    return out


def _dictionary_word(word: str) -> bool:
    """A common word as written (pymorphy reads "Хэнтай" as some other word
    spelt with е: that is no reading of this one)."""
    if not common_ru(word):
        return False
    parses = wf.parse(word.lower(), "uk" if re.search("[іїєґ]", word.lower()) else "ru")
    return bool(parses) and parses[0].normal_form[:4] == word.lower()[:4]


def find(gaz: Gazetteer, text: str) -> list[Mention]:
    found = [Mention("ORG", m.surface, m.start, m.end,
                     {"source": "vocab", "name": m.entry.name, "weak": m.surface != m.entry.name})
             for m in gaz.find(text)]
    cross = getattr(gaz, "cross", None)
    if cross:
        spans = [(m.start, m.end) for m in found]
        found += [m for m in _cross_script(cross, text)
                  if not any(s < m.end and m.start < e for s, e in spans)]
    return found
