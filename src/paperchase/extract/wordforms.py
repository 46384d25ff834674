"""Word forms for gazetteer matching: folding, Russian/Ukrainian inflection with
pymorphy3, stems with endings for the languages pymorphy3 does not cover
(Belarusian above all), and a plain Latin transliteration of Cyrillic names.

Why stems: a Belarusian or Polish country name appears in six or seven cases
("Нямеччына", "у Нямеччыну", "з Нямеччыны"); without a dictionary, the stem of
the nominative plus any short case ending catches them, and a minimum stem
length keeps short names ("Куба", "Чад") from swallowing common words."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

WORD_RE = re.compile(r"(?:[A-ZА-ЯЁ]\.){2,}|[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")

# case endings a stem may take (nouns: Cyrillic East Slavic, Polish, German/English -s)
NOUN_ENDINGS = frozenset(
    "а я ы и і ї у ю е є о ой ей ёй ай яй ою ею ям ам ах ях ом ем ём ами ями "
    "ія ії ію ією іі іяй ия ии ию ией ь ью й ві вi s 's es u y ie ii ą ę em om ach ami ów ii".split()
) | {""}
# adjective endings (ru, be, uk) after a stem ending in -ск/-цк/-ськ/-цьк/...
ADJ_ENDINGS = frozenset(
    "ий ый ой ая ое ие ые ого ому ом ым ых ыми ими им их ую ей яя ее юю ее "
    "і ая ае ія ага аму ым ім ых іх ымі імі ую ой ай "
    "ий а е і ого ому им их ими у ій ої ою ім ій ьої ".split()
)
GERMAN_ADJ_ENDINGS = ("", "e", "er", "es", "en", "em")
POLISH_ENDINGS = frozenset("a y i ie ę ą ii ią o u em om ach ami".split()) | {""}
CYRILLIC = re.compile("[а-яёіїєґў]", re.I)

_STRIP_NOUN = re.compile(r"(?:ія|ия|іа|ія|ие|ье|ья|а|я|ь|й|ы|і|и|о|е|у|ю|y|a|e|o|ie|ia|en)$")
_STRIP_ADJ = re.compile(r"(?:ий|ый|ой|ій|і|и|ы|isch|ish|ian|an|ese|er|e|i|y|ski|ska|ie)$")
MIN_STEM = 4


def fold(text: str) -> str:
    """Case- and ё-insensitive key; apostrophe variants made one; Belarusian
    and Ukrainian і read as и, so a foreign name spelt in either alphabet
    ("Цзіньлун", "Цзиньлун") is one key."""
    return text.casefold().replace("ё", "е").replace("’", "'").replace("ʼ", "'").replace("і", "и")


# the ending sets are compared with folded words, so they are folded too
NOUN_ENDINGS = frozenset(fold(e) for e in NOUN_ENDINGS)
ADJ_ENDINGS = frozenset(fold(e) for e in ADJ_ENDINGS)
POLISH_ENDINGS = frozenset(fold(e) for e in POLISH_ENDINGS)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word; hyphens and apostrophes inside stay."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def noun_stem(word: str) -> str | None:
    """The stem of a nominative name, or None where it would be too short."""
    key = fold(word)
    stem = _STRIP_NOUN.sub("", key)
    # "Чэхія" -> "чэх": a three-letter stem is kept where two letters were cut
    return stem if len(stem) >= MIN_STEM or (len(stem) == 3 and len(key) >= 5) else None


def adj_stem(word: str) -> str | None:
    key = fold(word)
    stem = _STRIP_ADJ.sub("", key)
    return stem if len(stem) >= MIN_STEM else None


@cache
def _analyzer(lang: str) -> Any:
    """pymorphy3 for ru/uk, loaded on first use (its dictionaries take ~0.3 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def analyzer(lang: str) -> Any:
    return _analyzer(lang)


@lru_cache(maxsize=200_000)
def parse(word: str, lang: str = "ru") -> tuple[Any, ...]:
    """pymorphy3's parses of `word`, cached: names and sentence openers recur
    in every message of a thread."""
    return tuple(_analyzer(lang).parse(word))


def _best_parse(parses: list[Any], word: str) -> Any | None:
    good = [p for p in parses if p.is_known and p.tag.POS in {"NOUN", "ADJF", "PRTF"}]
    if not good:
        return None
    for tag in ("Geox", "Name", "Surn"):
        for p in good:
            if tag in p.tag.grammemes:
                return p
    for p in good:
        if fold(p.normal_form) == fold(word):
            return p
    return good[0]


_FEMALE_SURNAME_SHAPE = re.compile(r"(?:ова|ева|ёва|ина|ына)$")


def may_be_personal(word: str, lang: str) -> bool:
    """Cheap test before `is_personal_name` on every form of a place name:
    the nominative reads as a name, or has the shape whose oblique forms are
    surnames ("Иваново" -> "Иванова")."""
    low = word.lower()
    if re.search(r"(?:ов|ев|ёв|ин|ын|ово|ево|ёво|ино|ыно)$", low):
        return True
    return any({"Name", "Patr", "Surn"} & set(p.tag.grammemes) for p in parse(low, lang)) if lang in ("ru", "uk") \
        else False


@cache
def is_personal_name(form: str, lang: str = "ru") -> bool:
    """Whether pymorphy3 reads `form` as a first name, patronymic or surname at
    least as readily as a place ("Владимир", "Лида", "Борисов"), or it has the
    shape of a female surname ("Иванова", genitive of the town Иваново):
    such forms are weak place names."""
    if lang not in ("ru", "uk"):
        return False
    person = geo = 0.0
    surname = False
    for p in parse(form, lang):
        grammemes = set(p.tag.grammemes)
        # the Ukrainian dictionary tags many place adjectives as surnames
        if {"Name", "Patr"} & grammemes or ("Surn" in grammemes and lang == "ru"):
            person += p.score
            surname = surname or "Surn" in grammemes
        elif "Geox" in grammemes:
            geo += p.score
    return person >= geo and person > 0 or (surname and bool(_FEMALE_SURNAME_SHAPE.search(form)))


@cache
def inflect(word: str, lang: str) -> frozenset[str]:
    """Every folded form of `word` in its own part of speech (ru/uk via
    pymorphy3); empty where pymorphy3 does not know the word."""
    if lang not in ("ru", "uk") or not re.search("[а-яёіїєґ]", word.lower()):
        return frozenset()
    p = _best_parse(list(parse(word.lower(), lang)), word)
    if p is None:
        return frozenset()
    pos = p.tag.POS
    return frozenset(fold(f.word) for f in p.lexeme if f.tag.POS == pos) | {fold(word)}


_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "'": "", "’": "", "ʼ": "",
}
_BE = dict(_LAT, г="h", х="kh", ц="ts", и="y", е="ie", ё="io", ю="iu", я="ia", ь="")
_UK = dict(_LAT, г="h", и="y", і="i", х="kh", ю="iu", я="ia", є="ie", ї="i", й="i")


def latin(text: str, lang: str) -> str:
    """A plain transliteration (BGN-like for Russian, national-system-like for
    Belarusian and Ukrainian): the common Latin spelling of most city names.
    Other systems are left to the resolver's scorer."""
    table = {"be": _BE, "uk": _UK}.get(lang, _LAT)
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


# Belarusian Łacinka (the classical Latin alphabet of Belarusian, written by Belarusians in
# private mail): hard л is ł, a soft consonant before ь takes an acute (сь ś), a soft vowel after
# a consonant is i + vowel (мя mia), at a word start or after a vowel or apostrophe j + vowel (яна jana)
_LAC = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z", "і": "i", "й": "j",
        "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ы": "y", "э": "e"}
_LAC_SOFT_VOWEL = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_LAC_ACUTE = {"с": "ś", "з": "ź", "н": "ń", "ц": "ć", "л": "l", "дз": "dź"}
_LAC_VOWELS = set("аеёіоуыэюяў")
# Łacinka case endings after a stem (nouns and adjectives), folded like the words they follow
LACINKA_NOUN_ENDINGS = frozenset("a y i u aj ie ja ju jaj ji ii iu om am ach ami".split()) | {""}
LACINKA_ADJ_ENDINGS = frozenset("i y aja aje ija aha amu ym im ych ich ymi imi uju aj oj".split())


def lacinka(text: str) -> str:
    """Belarusian Cyrillic in Łacinka ("Беларусь" -> "Biełaruś", "беларускі" -> "biełaruski")."""
    low = text.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        ch = low[i]
        nxt = low[i + 1] if i + 1 < len(low) else ""
        prev = low[i - 1] if i else ""
        if ch in _LAC_SOFT_VOWEL:
            after_consonant = prev.isalpha() and prev not in _LAC_VOWELS and prev not in "'’ʼ"
            t = ("i" if after_consonant else "j") + _LAC_SOFT_VOWEL[ch]
        elif ch in "'’ʼь":
            t = ""
        elif low[i:i + 2] == "дз" and low[i + 2:i + 3] == "ь":
            t, i = "dź", i + 1
        elif nxt == "ь" and ch in _LAC_ACUTE:
            t = _LAC_ACUTE[ch]
        elif ch == "л" and nxt in ("е", "ё", "ю", "я", "і"):
            t = "l"
        elif ch == "і" and (not prev.isalpha() or prev in _LAC_VOWELS) and i and prev in "'’ʼ":
            t = "ji"
        else:
            t = _LAC.get(ch, ch)
        # a soft vowel after л is written without the i: "ля" la, "лю" lu, "ле" le
        if ch in _LAC_SOFT_VOWEL and prev == "л":
            t = _LAC_SOFT_VOWEL[ch]
        out.append(t.capitalize() if text[i] != ch and t else t)
        i += 1
    return "".join(out)


_LAC_HARD = {"ś": "s", "ź": "z", "ń": "n", "ć": "c", "l": "l"}


def lacinka_stem(word: str, adjective: bool = False) -> tuple[str | None, frozenset[str]]:
    """The stem of a Łacinka nominative and the endings its cases add
    ("Rasija": rasi + ja/i/ju/jaj; "Biełaruś": biełarus + i; "biełaruski": biełarusk + aha/aja/...)."""
    key = fold(word)
    if adjective:
        stem = re.sub(r"(?:i|y)$", "", key)
        return (stem if len(stem) >= MIN_STEM else None), LACINKA_ADJ_ENDINGS
    if key.endswith("ja"):
        stem, endings = key[:-2], frozenset({"ja", "i", "ju", "jaj", "ji"})
    elif key[-1:] in ("a", "y", "i", "e", "o", "u"):
        stem, endings = key[:-1], LACINKA_NOUN_ENDINGS
    elif key[-1:] in _LAC_HARD:
        stem, endings = key[:-1] + _LAC_HARD[key[-1]], frozenset({"i", "iu", "ia"})
    else:
        stem, endings = key, LACINKA_NOUN_ENDINGS
    return (stem if len(stem) >= MIN_STEM else None), endings
