"""The person-name lexicon of extraction (`data/extract/names.yml`): first
names with their inflected and transliterated forms, Belarusian/Ukrainian
stems, titles, patronymic and surname endings, cue and stop words; and the
pymorphy3 look-ups persons.py reads words with. Split from persons.py so
each stays small; persons.py re-exports what others import from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from paperchase.extract import lexicon
from paperchase.extract import wordforms as wf
from paperchase.extract.places import country_code

NAMES = "names.yml"
DIMINUTIVE = re.compile(r"^(\w{4,}?)(?:чик|ик|ка|очка|ечка|енька|онька|ушка|юшка|ек|ок|ко|цю|ця)"
                        r"(?:а|у|ом|ем|е|и|і|ы|ой|ою|ей|ею|ові)?$")


@dataclass(frozen=True, slots=True)
class _Lex:
    first: dict[str, tuple[str, str]]
    stems: dict[str, tuple[str, str]]
    titles: frozenset[str]
    patr: re.Pattern[str]
    surn: re.Pattern[str]
    cues: frozenset[str]
    stops: frozenset[str]
    family: frozenset[str]
    ambiguous_first: frozenset[str]


CASE_ENDINGS = r"(?:а|у|ю|ем|ом|ым|ім|е|і|и|ы|ой|ай|ей|ою|ею|аю|ям|ах|ях|ых|их|ого|ага|аму|ому|ую|ая|ае|ое|ая)?"


@cache
def _lex() -> _Lex:
    data = lexicon.mapping(NAMES, "", lexicon.load(NAMES))
    first: dict[str, tuple[str, str]] = {}
    stems: dict[str, tuple[str, str]] = {}
    for gender_key, by_lang in lexicon.mapping(NAMES, "first_names", data.get("first_names", {})).items():
        if gender_key not in ("male", "female"):
            raise lexicon.fail(NAMES, f"first_names.{gender_key}", "expected male or female")
        g = "m" if gender_key == "male" else "f"
        for lang, names in lexicon.mapping(NAMES, f"first_names.{gender_key}", by_lang).items():
            for name in lexicon.str_list(NAMES, f"first_names.{gender_key}.{lang}", names):
                first.setdefault(wf.fold(name), (name, g))
                if wf.CYRILLIC.search(name):
                    for tl in ("ru", "be", "uk"):
                        first.setdefault(wf.fold(wf.latin(name, tl)), (name, g))
                    for form in wf.inflect(name, "ru" if lang == "ru" else "uk") if lang in ("ru", "uk") else ():
                        first.setdefault(form, (name, g))
                    stem = wf.noun_stem(name)
                    if stem and lang in ("be", "uk"):
                        stems.setdefault(stem, (name, g))
    titles = frozenset(wf.fold(t) for lang, ts in lexicon.mapping(NAMES, "titles", data.get("titles", {})).items()
                       for t in lexicon.str_list(NAMES, f"titles.{lang}", ts))
    patr = "|".join(lexicon.str_list(NAMES, "patronymic_endings", data.get("patronymic_endings", [])))
    surn = "|".join(sorted(lexicon.str_list(NAMES, "surname_endings", data.get("surname_endings", [])),
                           key=len, reverse=True))
    try:
        patr_re = re.compile(rf"\w{{2,}}(?:{patr})\w{{0,3}}$")
        surn_re = re.compile(rf"\w{{2,}}(?:{surn}){CASE_ENDINGS}$")
    except re.error as exc:
        raise lexicon.fail(NAMES, "patronymic_endings/surname_endings", str(exc)) from exc
    cues = frozenset(wf.fold(c) for c in lexicon.str_list(NAMES, "passport_cues", data.get("passport_cues", [])))
    stops = frozenset(wf.fold(c) for c in lexicon.str_list(NAMES, "stop_words", data.get("stop_words", [])))
    # the words of positions ("Дырэктар Г.П. X", "Director I. X") are no part of a name
    stops |= {wf.fold(w) for vals in lexicon.mapping("roles.yml", "", lexicon.load("roles.yml")).values()
              for phrase in (vals if isinstance(vals, list) else []) for w in str(phrase).split()
              if len(w) >= 4 and not w.isupper()}
    family = frozenset(wf.fold(n) for lang, ns in lexicon.mapping(NAMES, "family_names",
                                                                 data.get("family_names", {})).items()
                       for n in lexicon.str_list(NAMES, f"family_names.{lang}", ns))
    ambiguous = frozenset(wf.fold(n) for n in lexicon.str_list(
        NAMES, "ambiguous_first_names", data.get("ambiguous_first_names", [])))
    return _Lex(first, stems, titles, patr_re, surn_re, cues, stops, family, ambiguous)


def _ru_parse(word: str, tag: str) -> Any | None:
    """pymorphy3's best parse of `word` carrying `tag` (Name, Surn, Patr), if
    it is at least a quarter of the word's probability."""
    if not re.search("[а-яё]", word.lower()) or re.search("[іўїє]", word.lower()):
        return None
    for p in wf.parse(word, "ru"):
        # a plural "Name" parse is a surname in -ов/-ин ("Ефимов"), not a first name
        # unknown words get guessed tags; only dictionary words count
        if (tag in p.tag.grammemes and p.score >= 0.25 and p.is_known
                and not (tag == "Name" and "plur" in p.tag.grammemes)):
            return p
    return None


_NEVER_NAMES = frozenset({"CONJ", "PREP", "PRCL", "INTJ", "ADVB", "NPRO", "PRED", "NUMR", "VERB", "INFN", "GRND"})


def common_ru(word: str) -> bool:
    """A known Russian (or, by its letters, Ukrainian) word that is no name,
    place or abbreviation: a capitalised sentence opener ("Сканы", "Итоги",
    "Сусідка", "Якщо"), not a person. Belarusian has no dictionary here: False."""
    low = word.lower()
    if re.search("[ўЎ]", word) or not re.fullmatch(r"[а-яёіїєґА-ЯЁІЇЄҐ'’-]+", word):
        return False
    lang = "uk" if re.search("[іїєґ]", low) else "ru"
    parses = wf.parse(low, lang)
    if (not parses or not parses[0].is_known) and lang == "ru" and not re.search("[ёыэъ]", low):
        # no Ukrainian letter, unknown in Russian: a Ukrainian word of a kind no
        # name is ("Якщо"); a Ukrainian noun may be a surname ("Чоботар") and stays
        uk = wf.parse(low, "uk")
        return bool(uk) and uk[0].is_known and all(
            p.tag.POS in _NEVER_NAMES for p in uk if p.score >= 0.05)
    if not parses or not parses[0].is_known:
        return False
    return not any({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"} & set(p.tag.grammemes)
                   for p in parses if p.score >= 0.05)


def _first(word: str) -> tuple[str, str] | None:
    lex = _lex()
    key = wf.fold(word)
    hit = lex.first.get(key)
    if hit:
        return hit
    if common_ru(word):
        return None  # "Только" is no diminutive of a name
    if country_code(word) is not None:
        return None  # "Польша" is a country, whatever a dictionary tags it
    p = _ru_parse(word, "Name")
    if p is not None:
        g = "f" if "femn" in p.tag.grammemes else "m"
        return (str(p.normal_form).capitalize(), g)
    for k in range(1, 4):
        if len(key) - k >= 3 and key[:-k] in lex.stems and key[-k:] in wf.NOUN_ENDINGS:
            return lex.stems[key[:-k]]
    m = DIMINUTIVE.match(key)  # "Тарасик", "Тарасику": a first name with a diminutive suffix
    if m and m.group(1) in lex.first and lex.first[m.group(1)][0][:1].isupper():
        return lex.first[m.group(1)]
    if m and (base := _first_from_groups(word[:len(m.group(1))])) is not None:
        return base
    return _first_from_groups(word)


def _first_from_groups(word: str) -> tuple[str, str] | None:
    """The resolver's first-name groups know more names, cognates and
    diminutives (a Belarusian or Latin spelling of a name, "Тёма"), in any
    transliteration: a word they read as a first name of one gender is one."""
    if len(word) < 3 or not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return None
    from paperchase.resolve.names.lexicon import first_names
    from paperchase.resolve.names.person import given_info

    g = given_info(word)
    if g is None or g.fuzzy or not g.groups:
        return None
    genders = {first_names().groups[i].gender for i in g.groups}
    if len(genders) != 1:
        return None
    return (word, genders.pop())


@cache
def non_person_words() -> frozenset[str]:
    """Folded words that make a name a desk, service or publication, never a
    person (`non_person_words` in names.yml)."""
    data = lexicon.mapping(NAMES, "", lexicon.load(NAMES))
    return frozenset(wf.fold(w) for w in lexicon.str_list(NAMES, "non_person_words",
                                                          data.get("non_person_words", [])))


def non_person(name: str) -> bool:
    """Whether a word of `name` (hyphenated words split) is a non-person word."""
    words = non_person_words()
    return any(wf.fold(w) in words for w in re.findall(r"[^\W\d_]+", name))
