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
from typing import Any

from paperchase.extract import wordforms as wf
from paperchase.extract.mention import Mention
from paperchase.extract.name_lexicon import _first, _lex, _ru_parse, common_ru

UP = "A-ZА-ЯЁІЎЇЄҐӘҒҚҢӨҰҮҺ"
TOKEN_RE = re.compile(
    rf"(?P<init>[{UP}]\.)|(?P<han>[\u4e00-\u9fff]{{2,4}})|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?)")
# Belarusian/Ukrainian verb forms that open sentences before a name (no dictionary for be)
# patronymics only: no surname ends so (a case ending may follow)
STRICT_PATR = re.compile(r"\w{2,}(?:(?:ович|евич|авіч|эвіч|евіч)(?:а|у|ем|ом|е|ам)?|(?:овн|евн|івн|аўн|еўн)(?:а|ы|е|у|ой|ай|ою|і))$")
# endings that make a word before a patronymic a surname, not a first name
SURNAME_LIKE = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|енк|ук|юк|ич|іч|оў|аў|еў)\w{0,3}$")
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


def _sentence_start(line: str, start: int, lead: int) -> bool:
    """Whether `start` opens a sentence or the line (`lead`: where the line's
    text begins after indentation, bullets and dashes). Looks back only a few
    characters: lines can be long."""
    if start <= lead:
        return True
    before = line[max(0, start - 12):start].rstrip()
    return bool(before) and before[-1] in ".!?:;…"


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
    if not w[:1].isupper() or is_stop_word(w.rstrip(".")):
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
        elif i > 0 and run[i - 1].role in ("CAP", "SURN") and STRICT_PATR.search(key) and not common_ru(run[i - 1].text) and (
                not SURNAME_LIKE.search(wf.fold(run[i - 1].text)) or (i == 2 and run[0].role == "SURN")):
            # a first name no lexicon knows (Kazakh, Tatar, Caucasian names) before
            # a patronymic of the strict East Slavic form: "Жанатов Берикжан Аскарович"
            run[i - 1].role = "FIRST"
            t.role = "PATR"
            t.gender = "f" if re.search(r"(?:вн|чн|ўн|ічн)\w{0,3}$", key) else "m"
        elif country_code(t.text) is not None and not lex.surn.match(key) and t.text.isalpha():
            t.role = "PLACE"
        else:
            t.role = "SURN" if lex.surn.match(key) else "CAP"
    if (len(run) == 3 and run[0].text == "M." and run[1].role in ("FIRST", "CAP")
            and run[2].role in ("SURN", "CAP") and run[2].kind == "word"):
        run[0].role = "TITLE"  # French "M. Marat Khaïroulline": Monsieur, not an initial


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
    """A place ends a name; so does a form of address, which opens the next
    ("Director General Mr Oleg Ivanov": the name is "Mr Oleg Ivanov")."""
    out, cur = [], []
    for i, t in enumerate(run):
        if t.role == "TITLE" and cur and cur[-1].role != "TITLE" and i + 1 < len(run) and run[i + 1].role != "TITLE":
            if all(c.role == "CAP" for c in cur):
                cur = []  # capitalised words before a form of address: a position, not a name
            else:
                out.append(cur)
                cur = []
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
            and (common_ru(run[0].text) or VERB_LIKE.search(run[0].text))
            and not (roles[:3] == ["CAP", "FIRST", "PATR"] and len(run) == 3 and _noun_surname(run[0].text, run[1].text))):
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
        return None if _mostly_place(run[0].text) else run
    return None


def _mostly_place(word: str) -> bool:
    """A lone word pymorphy3 reads more as a place than as a surname (a
    town named after a person): no bare surname."""
    parses = wf.parse(word, "ru")
    geo = sum(p.score for p in parses if "Geox" in p.tag.grammemes)
    surn = sum(p.score for p in parses if "Surn" in p.tag.grammemes)
    return geo > surn


def _surname_with_initials(run: list[Tok]) -> bool:
    """"Петров И.И." / "И.И. Петров": a word with a surname's suffix right
    beside two initials is a surname even where it is a Russian word too (a
    plural genitive in -ов)."""
    roles = [t.role for t in run]
    if len(run) == 3 and roles in (["CAP", "INIT", "INIT"], ["INIT", "INIT", "CAP"]):
        word = run[0] if roles[0] == "CAP" else run[2]
        return not word.text.isupper() and _noun_surname(word.text)
    return len(run) == 3 and (roles == ["SURN", "INIT", "INIT"] or roles == ["INIT", "INIT", "SURN"])


def _noun_surname(word: str, first: str | None = None) -> bool:
    """Whether a common Russian noun can stand here as a surname: many
    surnames are nouns for a person or an animal (a trade, a nickname), so
    pymorphy3 reads them as animate nouns. With `first` (the first name that
    follows) the noun must agree with it in case ("Кузнеца Тараса": both
    genitive); a verb or adjective opening a sentence never does this."""
    if VERB_LIKE.search(word):
        return False
    parses = [p for p in wf.parse(word, "ru") if p.score >= 0.2]
    anim = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes]
    if not anim or any(p.tag.POS in ("VERB", "INFN", "ADJF", "PRTF") for p in parses):
        return False
    if first is None:
        return True
    cases = {str(q.tag.case) for q in wf.parse(first, "ru") if "Name" in q.tag.grammemes}
    return not cases or any(str(p.tag.case) in cases for p in anim)


def _ru_lemma(word: str, role: str, gender: str | None) -> str:
    tag = {"FIRST": "Name", "PATR": "Patr", "SURN": "Surn", "CAP": "Surn", "FAM": "Surn"}.get(role)
    if not tag:
        return word
    p = _ru_parse(word, tag)
    if p is None:
        # a surname the dictionary does not know, in the instrumental: "Саидовым" -> "Саидов"
        m = re.fullmatch(r"(\w+(?:ов|ев|ёв|ин|ын))ым", word)
        return m.group(1) if m and tag == "Surn" and gender == "m" else word
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
        if re.search(r"(?:ў|ов|ев|ёв|ин|ын|ский|цкий|скі|цкі|ской|овым|евым|ёвым|иным|ыным)$", low):
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
        if t.role == "FIRST" and t.canon and wf.CYRILLIC.search(t.text) and (
                re.search("[іўїєґ]", t.text.lower()) or not re.search("[іўїєґ]", t.canon.lower())):
            lemma += t.canon  # (a Russian spelling keeps a Russian lemma, not the group's Belarusian one)
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


# a man's first name and surname in the same oblique case, as NER finds names no lexicon knows
_OBLIQUE_PAIR = (("ом", r"(?:ов|ев|ёв|ин|ын)ым"), ("у", r"(?:ов|ев|ёв|ин|ын)у"))


def is_stop_word(word: str) -> bool:
    """A capitalised word that is never a name (names.yml stop_words), or an abstract noun
    of the form no name has ("Адсутнасць", "Готовность", "Відсутність")."""
    w = word.strip(".,")
    return wf.fold(w) in _lex().stops or (len(w) >= 7 and _ABSTRACT.search(w) is not None)


_ABSTRACT = re.compile(r"(?:асць|ласць|сць|ость|ості|ість|ностью|насці)$", re.I)


def oblique_lemma(surface: str) -> str | None:
    """The nominative of a two-word Russian man's name in the instrumental
    or dative whose first name no lexicon knows ("Ерланом Ахметовым" ->
    "Ерлан Ахметов"), or None where it is not one."""
    toks = surface.split()
    if len(toks) != 2 or not all(re.fullmatch("[А-ЯЁ][а-яё]+", t) for t in toks):
        return None
    first, last = toks
    for ending, surname in _OBLIQUE_PAIR:
        if first.endswith(ending) and re.search(surname + "$", last) and len(first) - len(ending) >= 3:
            stem = first[: -len(ending)]
            if re.search("[бвгджзклмнпрстфхцчшщ]$", stem):
                return f"{stem} {last[: -(2 if ending == 'ом' else 1)]}"
    return None


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
    out += [m for m in _ticket_names(text) if not any(o.start < m.end and m.start < o.end for o in out)]
    _attach_brackets(out, text)
    return _attach_han([_with_booking_title(m, text) for m in out], text)


def _attach_brackets(found: list[Mention], text: str) -> None:
    """"Vivian Liang (Liang Wenjing)", "Анна Петрова (Сидорова Анна)": a name
    that fills the brackets right after another is the same person's other name."""
    for m in found:
        if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
            continue
        outer = next((o for o in found if o is not m and o.end in (m.start - 2, m.start - 1)
                      and text[o.end : m.start].strip() == "("), None)
        if outer is not None:
            m.extra["beside"] = outer.extra.get("untitled") or outer.surface


# an airline ticket's or booking's passenger: "SURNAME/GIVEN MR"
TICKET_RE = re.compile(r"(?<![\w/])([A-Z][A-Z'-]+)/([A-Z][A-Z'-]+)(?:[ ]+(MRS|MR|MS|MISS|MSTR|DR))?(?![\w/])")


def _ticket_names(text: str) -> list[Mention]:
    """Passenger names as booking systems print them, surname first and a
    slash before the given name; the slash keeps them out of the word runs."""
    out = []
    for m in TICKET_RE.finditer(text):
        last, first, title = m.group(1), m.group(2), m.group(3)
        if not (title or wf.fold(first) in _lex().first):
            continue  # "RIGA/OSLO": a route, not a passenger
        parts = {"last": last, "first": first}
        extra: dict[str, Any] = {"source": "rules", "parts": parts, "lemma": f"{last} {first}",
                                 "untitled": f"{last} {first}"}
        if title:
            parts["title"] = title
            if title in ("MR", "MSTR"):
                extra["gender"] = "m"
            elif title in ("MRS", "MS", "MISS"):
                extra["gender"] = "f"
        out.append(Mention("PER", m.group(), m.start(), m.end(), extra))
    return out


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


_BOOKING_TITLE = re.compile(r"[ /](?:MR|MRS|MS|MISS|MSTR)\b")


def _with_booking_title(m: Mention, text: str) -> Mention:
    """A booking's "GORBUNOV VALERII MR", "ZHURAVLEV/IURII MR": the title
    printed after a name in capitals is part of it as written."""
    if m.end is None or not m.surface.isupper():
        return m
    t = _BOOKING_TITLE.match(text, m.end)
    if t is None:
        return m
    return Mention(m.label, text[m.start:t.end()], m.start, t.end(), m.extra, m.field)
