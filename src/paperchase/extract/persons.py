"""Person names by rule, for every language of the mail (natasha only reads
Russian): runs of capitalised words, initials and forms of address on one line,
whose words are read as first names (lexicon `data/extract/names.yml`,
pymorphy3 for Russian), patronymics and surnames (suffixes). A run is a person
when its shape is one people write names in:

- initials with a word: "В.А. Кузнецов", "Кузнецов В.А.", "I. Ivanov";
- a form of address with a word: "Mr. Bondar", "Herrn P. Bondar", "спадар Лапко";
- a first name with a patronymic or another capitalised word: "Виктор Антонович",
  "Пётр Ткачук", "Якубович Дмитрий Викторович";
- two or three ALL-CAPS Latin words as in a passport ("IVANOU IVAN"), near a
  cue word ("passport", "guests") or with a known first name;
- a first name alone ("Алена", "Паша"); a surname alone that pymorphy3 knows.

Each mention carries `parts` (first/patronymic/last/initials/title), `gender`
where the first name, patronymic or an unambiguous Latin surname tells it, and a
`lemma` (nominative) for Russian words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from paperchase.extract import lexicon
from paperchase.extract import wordforms as wf
from paperchase.extract.mention import Mention

NAMES = "names.yml"
UP = "A-ZА-ЯЁІЎЇЄҐ"
TOKEN_RE = re.compile(
    rf"(?P<init>[{UP}]\.)|(?P<han>[\u4e00-\u9fff]{{2,4}})|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?)")
DIMINUTIVE = re.compile(r"^(\w{4,}?)(?:чик|ик|ка|очка|ечка|енька|онька|ушка|юшка|ек|ок|ко|цю|ця)"
                        r"(?:а|у|ом|ем|е|и|і|ы|ой|ою|ей|ею|ові)?$")
# Belarusian/Ukrainian verb forms that open sentences before a name (no dictionary for be)
VERB_LIKE = re.compile(r"(?:й|те|це|ць|ть|уем|аем|яем|ём|юць|уць|ім|имо|ємо|ли|ла)$")

@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    kind: str  # init, han, word
    role: str = ""  # TITLE INIT FIRST PATR SURN CAP
    gender: str | None = None
    canon: str = ""


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


def common_ru(word: str) -> bool:
    """A known Russian (or, by its letters, Ukrainian) word that is no name,
    place or abbreviation: a capitalised sentence opener ("Сканы", "Итоги",
    "Сусідка"), not a person. Belarusian has no dictionary here: False."""
    low = word.lower()
    if re.search("[ўЎ]", word) or not re.fullmatch(r"[а-яёіїєґА-ЯЁІЇЄҐ'’-]+", word):
        return False
    lang = "uk" if re.search("[іїєґ]", low) else "ru"
    parses = wf.parse(low, lang)
    if not parses or not parses[0].is_known:
        return False
    return not any({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"} & set(p.tag.grammemes)
                   for p in parses if p.score >= 0.05)


def _sentence_start(line: str, start: int, lead: int) -> bool:
    """Whether `start` opens a sentence or the line (`lead`: where the line's
    text begins after indentation, bullets and dashes). Looks back only a few
    characters: lines can be long."""
    if start <= lead:
        return True
    before = line[max(0, start - 12):start].rstrip()
    return bool(before) and before[-1] in ".!?:;…"


def _first(word: str) -> tuple[str, str] | None:
    lex = _lex()
    key = wf.fold(word)
    hit = lex.first.get(key)
    if hit:
        return hit
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


def _tokens(line: str) -> list[Tok]:
    out = []
    for m in TOKEN_RE.finditer(line):
        kind = m.lastgroup or "word"
        text = m.group()
        if kind == "word" and text.endswith(".") and wf.fold(text) not in _lex().titles:
            text = text[:-1]
        out.append(Tok(m.start(), m.start() + len(text), text, kind))
    return out


def _nameish(t: Tok) -> bool:
    if t.kind in ("init", "han"):
        return True
    w = t.text
    if wf.fold(w) in _lex().titles:
        return True
    if not w[:1].isupper() or wf.fold(w.rstrip(".")) in _lex().stops:
        return False
    rest = w[1:].replace("-", "").replace("'", "").replace("’", "")
    return rest.islower() or (w.isupper() and len(w) >= 2) or bool(re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", w))


def _runs(line: str, toks: list[Tok]) -> list[list[Tok]]:
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for t in toks:
        ok = _nameish(t)
        if t.kind == "han":  # a name in Chinese characters stands on its own
            if cur:
                runs.append(cur)
            runs.append([t])
            cur = []
            continue
        if ok and cur:
            gap = line[cur[-1].end:t.start]
            if gap not in ("", " ", "  ", "\u00a0"):
                runs.append(cur)
                cur = []
        if ok:
            cur.append(t)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _classify(run: list[Tok], line: str) -> None:
    lex = _lex()
    from paperchase.extract.places import country_code

    for i, t in enumerate(run):
        key = wf.fold(t.text)
        if t.kind == "init":
            t.role = "INIT"
        elif t.kind == "han":
            t.role = "CAP"
        elif key in lex.titles:
            t.role = "TITLE"
        elif key in lex.family and not t.text.isupper():
            t.role = "FAM"
        elif (f := _first(t.text)) is not None and not t.text.isupper() or (
                t.text.isupper() and len(t.text) > 2 and (f := lex.first.get(key)) is not None):
            t.role, t.canon, t.gender = "FIRST", f[0], f[1]
        elif i > 0 and run[i - 1].role == "FIRST" and lex.patr.match(key):
            t.role = "PATR"
            t.gender = "f" if re.search(r"(?:вн|чн|ўн|ічн)\w{0,3}$", key) else "m"
        elif country_code(t.text) is not None and not lex.surn.match(key) and t.text.isalpha():
            t.role = "PLACE"
        else:
            t.role = "SURN" if lex.surn.match(key) else "CAP"


def _split_initials(run: list[Tok]) -> list[list[Tok]]:
    """"Петров П.С. Павел Сергеевич ...": initials after a surname end that
    name, and a new one starts. A common word before the initials
    ("Подписал В.А. Петров") is no surname."""
    for i in range(1, len(run) - 1):
        if run[i].role == "INIT" and run[i + 1].role not in ("INIT", ""):
            before = [t for t in run[:i] if t.role in ("SURN", "CAP", "FIRST", "FAM")]
            if before and not (len(before) == 1 and common_ru(before[0].text)) and i + 1 < len(run):
                return [run[:i + 1]] + _split_initials(run[i + 1:])
    return [run]


def _split_places(run: list[Tok]) -> list[list[Tok]]:
    out, cur = [], []
    for t in run:
        if t.role == "PLACE":
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def _accept(run: list[Tok], line: str, at_start: bool, generic: set[str]) -> list[Tok] | None:
    """The tokens of `run` that make a person, or None."""
    lex = _lex()
    while run and run[-1].role == "TITLE":
        run = run[:-1]
    if not run or len(run) > 5:
        return None
    if any(wf.fold(t.text) in generic for t in run if t.role in ("CAP", "SURN")):
        return None
    roles = [t.role for t in run]
    if roles == ["CAP"] and run[0].kind == "han":
        return run
    words = [t for t in run if t.role in ("FIRST", "PATR", "SURN", "CAP", "FAM")]
    # a verb before a full name ("Накіраваць Коваля Івана Пятровіча"): three
    # name words after it; before a first name and patronymic, the verb alone
    three = len(run) == 4 and roles[1:] in (["CAP", "FIRST", "PATR"], ["SURN", "FIRST", "PATR"])
    if (at_start and (three or len(run) >= 3 and roles[:3] == ["CAP", "FIRST", "PATR"])
            and (common_ru(run[0].text) or VERB_LIKE.search(run[0].text))):
        run = run[1:]  # "Перадай Андрэю Міхайлавічу", "Віншуем ...": a verb opens the sentence
        roles = roles[1:]
        words = words[1:]
    if (at_start and run[0].role in ("CAP", "SURN") and common_ru(run[0].text) and "PATR" not in roles
            and not _surname_with_initials(run)):
        run = run[1:]
        return _accept(run, line, False, generic) if run else None
    if "INIT" in roles and words and len(words) <= 2:
        # "Ф.И.О. Должность", "ВЭД С.И.": a common word or an abbreviation beside initials is no name
        if any((common_ru(w.text) and not _surname_with_initials(run)) or (w.text.isupper() and wf.CYRILLIC.search(w.text))
               for w in words):
            return None
        return run
    if "TITLE" in roles and words:
        return run
    if all(t.text.isupper() and t.kind == "word" and re.fullmatch("[A-Z-]+", t.text) for t in run):
        if 2 <= len(run) <= 3:
            cue = any(w in lex.cues for w in re.findall(r"\w+", wf.fold(line)))
            if cue or "FIRST" in roles:
                return run
        return None
    if ("FIRST" in roles or "FAM" in roles) and len(words) >= 2 and len(words) <= 3:
        return run
    if len(run) == 1 and roles == ["FIRST"] and len(run[0].text) > 2:
        if wf.fold(run[0].text) in lex.ambiguous_first:
            return None  # "Bill", "Mark": words as often as names
        return run
    if len(run) == 1 and roles[0] in ("SURN", "CAP") and _ru_parse(run[0].text, "Surn") is not None:
        return run
    return None


def _surname_with_initials(run: list[Tok]) -> bool:
    """"Петров И.И." / "И.И. Петров": a word with a surname's suffix right
    beside two initials is a surname even where it is a Russian word too (a
    plural genitive in -ов)."""
    roles = [t.role for t in run]
    return len(run) == 3 and (roles == ["SURN", "INIT", "INIT"] or roles == ["INIT", "INIT", "SURN"])


def _ru_lemma(word: str, role: str, gender: str | None) -> str:
    tag = {"FIRST": "Name", "PATR": "Patr", "SURN": "Surn", "CAP": "Surn", "FAM": "Surn"}.get(role)
    if not tag:
        return word
    p = _ru_parse(word, tag)
    if p is None:
        return word
    if gender is None and tag == "Surn" and any(
            {"Surn", "femn", "nomn"} <= set(q.tag.grammemes) for q in wf.parse(word, "ru")):
        return word  # "Зуева": a woman's name as written, or a man's genitive: leave it
    want = {"nomn"}
    if gender == "f" and tag != "Name":
        want.add("femn")
    elif gender == "m" and tag != "Name":
        want.add("masc")
    q = p.inflect(want) or p.inflect({"nomn"})
    return str(q.word).capitalize() if q else word


def _person(run: list[Tok], line: str, offset: int) -> Mention:
    start, end = run[0].start, run[-1].end
    parts: dict[str, str] = {}
    gender = None
    for t in run:
        if t.role == "TITLE":
            parts["title"] = t.text
            if wf.fold(t.text) in {"mrs.", "mrs", "ms.", "ms", "miss", "frau", "fr.", "mme", "madame", "mlle",
                                   "pani", "спадарыня", "г-жа", "госпожа", "пані", "madam"}:
                gender = "f"
            elif wf.fold(t.text) in {"mr.", "mr", "herr", "herrn", "hr.", "monsieur", "m.", "pan", "пан",
                                     "спадар", "г-н", "господин", "sir"}:
                gender = "m"
        elif t.role == "INIT":
            parts["initials"] = parts.get("initials", "") + t.text
        elif t.role == "FIRST" and "first" not in parts:
            parts["first"] = t.text
            gender = t.gender or gender
        elif t.role == "PATR":
            parts["patronymic"] = t.text
            # the patronymic's ending is surer than the first name's (a man's genitive
            # first name may read as a woman's nominative)
            gender = t.gender or gender
        elif t.role in ("SURN", "CAP", "FIRST", "FAM") and "last" not in parts:
            parts["last"] = t.text
    last = parts.get("last", "")
    if gender is None and last and wf.CYRILLIC.search(last):
        low = last.lower()
        # only endings no case form of the other gender shares: "-ова" may be a man's genitive
        if re.search(r"(?:ў|ов|ев|ёв|ин|ын|ский|цкий|скі|цкі|ской)$", low):
            gender = "m"
        elif re.search(r"(?:ская|цкая|ская|овой|евой|иной|ынай|авай|евай)$", low):
            gender = "f"
    if gender is None and last and re.fullmatch("[A-Za-z-]+", last) and not any(t.role == "FAM" for t in run):
        low = last.lower()
        if re.search(r"(?:ava|ova|eva|ina|yna|skaya|skaja|ska|aya)$", low):
            gender = "f"
        elif re.search(r"(?:au|ou|eu|ov|ev|in|yn|sky|ski|skiy|skii)$", low):
            gender = "m"
    lemma = ""
    body = [t for t in run if t.role != "TITLE"]
    for k, t in enumerate(body):
        if k:
            lemma += line[body[k - 1].end:t.start]
        if t.role == "FIRST" and t.canon and wf.CYRILLIC.search(t.text):
            lemma += t.canon
        elif wf.CYRILLIC.search(t.text):
            lemma += _ru_lemma(t.text, t.role, gender)
        else:
            lemma += t.text
    extra: dict[str, Any] = {"source": "rules", "parts": parts, "lemma": lemma}
    if "title" in parts and len(body) < len(run):
        extra["untitled"] = line[body[0].start:body[-1].end]  # "Mr. Oleg Ivanov" -> "Oleg Ivanov"
    if gender:
        extra["gender"] = gender
    return Mention("PER", line[start:end], offset + start, offset + end, extra)


def find_persons(text: str, generic: set[str] | None = None) -> list[Mention]:
    """Person names in `text` (any language), line by line."""
    from paperchase.extract.orgs import generic_words

    generic = generic if generic is not None else generic_words()
    out: list[Mention] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        toks = _tokens(line)
        lead = len(line) - len(line.lstrip(" \t-–—•*>"))
        for run in _runs(line, toks):
            _classify(run, line)
            subs = [piece for sub in _split_places(run) for piece in _split_initials(sub)]
            for sub in subs:
                if len(sub) == 1 and len(run) > 1:
                    continue  # "Dubai Marina": a word left beside a place is no name
                at_start = _sentence_start(line, sub[0].start, lead)
                got = _accept(sub, line, at_start, generic)
                if got:
                    out.append(_person(got, line, offset))
        offset += len(line)
    return _attach_han(out, text)


def _attach_han(found: list[Mention], text: str) -> list[Mention]:
    """A name in Chinese characters counts only beside a Latin or Cyrillic
    person name ("Wang Wei 王伟"): alone it may be any word."""
    keep = []
    for m in found:
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", m.surface):
            near = next((o for o in found if o is not m and not re.fullmatch(r"[\u4e00-\u9fff]+", o.surface)
                         and (0 <= m.start - o.end <= 2 or 0 <= o.start - m.end <= 2)), None)
            if near is None:
                continue
            # the name it is written beside: the same person in another script
            m.extra["beside"] = near.extra.get("untitled") or near.surface
        keep.append(m)
    return keep
