"""One canonical Latin spelling for Russian, Belarusian and Ukrainian words,
whatever script or transliteration system they were written in, and a coarser
consonant skeleton on top of it.

Why two levels: the *fine* form (`canon`) keeps vowels, so typos and
transliteration noise can be measured character by character; the *skeleton*
(`skeleton`) drops vowels and merges consonants that the systems render in
conflicting ways (ц/ч: ts, c, cz, tz, tsch; г/х: g, h, kh, ch, x; the sibilants
s, z, sh, zh, sch, sz, ż), so that Belarusian akanne (Ракитович/Ракітавіч),
Ukrainian ікавізм (Фёдор/Федір) and the German, Polish and French systems all
land on one key.

The Latin rules are deliberately order-dependent (longest digraph first);
"ch" is read as х where the word carries Polish, Łacinka or German marks
(ł, ś, ż, w, sz, cz, sch) and as ч otherwise (English, BGN, ICAO, passport
and French practice, where French ч/ш both land on the sibilant class anyway)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "e", "ж": "ž", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "v", "ф": "f", "х": "x", "ц": "c", "ч": "č", "ш": "š", "щ": "š",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Kazakh, Tatar and Bashkir letters (Әйгерім, Жұмабаева, Гөлназ)
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "x", "җ": "ž", "ҙ": "z", "ҫ": "s",
}

# single Latin letters with diacritics, as the systems use them
_LAT1 = {
    "ć": "c", "ś": "s", "ź": "z", "ż": "ž", "ń": "n", "ł": "l", "ĺ": "l", "ŭ": "w",
    "ó": "u", "ë": "e", "ö": "e", "é": "e", "è": "e", "ê": "e", "ě": "e", "ï": "i",
    "î": "i", "í": "i", "ì": "i", "ĭ": "i", "â": "ia", "û": "iu", "ü": "iu", "ŝ": "š",
    "ä": "a", "á": "a", "à": "a", "ą": "o", "ę": "e", "ú": "u", "ù": "u", "ý": "i",
    "ǵ": "g", "ḱ": "k", "ß": "s", "ç": "s", "ğ": "g", "ș": "s", "ş": "s", "ț": "c",
    "ţ": "c", "ø": "e", "œ": "e", "æ": "e", "ı": "i",
}
_DROP = str.maketrans("", "", "'’‘`ʹʺ\u02bc\u02bb\"«»")

_DROP_APOS = str.maketrans("", "", "'’‘`ʹʺ\u02bc\u02bb")
_XSTYLE = re.compile(r"[łśżźŭ]|sz|cz|sch|rz")
_BARE_CH = re.compile(r"(?<![tsckz])ch")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

_LAT_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"(?<=[ae])x|^x(?=[e])", "ks"),
        (r"techn", "texn"),
        (r"ct", "kt"),
        (r"schtsch|shch|szcz|shh|šč", "š"),
        (r"tsch|tch", "č"),
        (r"sch|sz|sh", "š"),
        (r"cz", "č"),
        (r"(?<=[bcdfgklmnprstvwz])rz", "ž"),
        (r"dzh|dž", "dž"),
        (r"zh", "ž"),
        (r"kh", "x"),
        (r"(?<=[a-z]{3}e)h$", ""),      # Persian -eh is -е in Cyrillic (Karimzadeh / Каримзаде)
        (r"ch", "@CH"),
        (r"ts|tz", "c"),
        (r"ph", "f"),
        (r"gu(?=[eiy])", "g"),
        (r"q", "k"),
        (r"h", "g"),
        (r"w", "v"),
        (r"(?<=[aeiou])ng$", "n"),     # Chinese -ng is -н in Cyrillic (Zhang / Чжан)
    ]
]

# Belarusian ў written as a vowel letter: word-final "au/ou/eu/iou" and
# "au/eu" before a consonant; mid-word "ou" is left to French у.
_BE_U_FINAL = re.compile(r"(?<=...)([aeo])u$|([aeo])u(?=na$)")   # not in short words: Chou, Mou
_BE_U_MID = re.compile(r"([ae])u(?=[bcdfgklmnprstvzšžč]|[yj][aeiou])")
_FR_OU = re.compile(r"ou")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


# letters that look alike across the scripts, for words written in both
_CYR_LOOKALIKE = str.maketrans("аеорсухіјёкмтнвпАЕОРСУХІЈЁКМТНВП", "aeopcyxijëkmthbnAEOPCYXIJËKMTHBN")
_LAT_LOOKALIKE = str.maketrans("aeopcyxiAEOPCYXIBHKMT", "аеорсухіАЕОРСУХІВНКМТ")
_LATIN = re.compile(r"[a-zA-Z]")


def unmix(word: str) -> str:
    """A word mixing Cyrillic and Latin letters (a homoglyph slip or a trick)
    is read in the script most of its letters are in."""
    if not (_CYRILLIC.search(word) and _LATIN.search(word)):
        return word
    cyr = len(_CYRILLIC.findall(word))
    lat = len(_LATIN.findall(word))
    return word.translate(_CYR_LOOKALIKE) if lat > cyr else word.translate(_LAT_LOOKALIKE)


def _cyr_to_latin(word: str) -> str:
    return "".join(_CYR.get(ch, ch) for ch in word)


# the South Slavic surname ending -ić (Kostić, Kostića) is the East Slavic -ич
_SOUTH_IC = re.compile(r"(?<=[aeiou]v|[a-z]{2})ić(?=(?:a|u|em|e|i)?$)")


def _lat_to_canon(word: str, flip: bool = False) -> str:
    word = _SOUTH_IC.sub("ič", word)
    xstyle = bool(_XSTYLE.search(word)) != flip
    out = "".join(_LAT1.get(ch, ch) for ch in word)
    out = _BE_U_FINAL.sub(lambda m: (m.group(1) or m.group(2)) + "v", out)
    out = _BE_U_MID.sub(r"\1v", out)
    if "ou" in out or re.match(r"j[bcdfgklmnprstvz]", out):
        out = out.replace("j", "ž")   # French-style spelling: Joukov, Jdanov
    out = _FR_OU.sub("u", out)
    for pat, rep in _LAT_RULES:
        if rep == "@CH":
            rep = "x" if xstyle else "č"
        out = pat.sub(rep, out)
    return out


_VOWELS = set("aeiou")
_CLEAN = [
    (re.compile(r"ts|tz"), "c"),     # Cyrillic тс reads as Latin ts = ц
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"i(?=e)"), ""),
    (re.compile(r"(?<=[bcdfgklmnprstvxzčšž])io"), "e"),
    (re.compile(r"(?<=[bcdfgklmnprstvxzčšž])iu(?=[bcdfgklmnprstvxzčšž]|$)"), "iu"),
    (re.compile(r"i+"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),   # "Alekseyevich": the dropped y leaves ee, as Алексеевич's
]


@lru_cache(maxsize=200_000)
def canon(word: str, flip: bool = False) -> str:
    """The fine canonical form of one word: lower case, a-z plus č š ž.
    `flip` reads a bare Latin "ch" the other way (х instead of ч, or back)."""
    w = plain(word, flip)
    w = "".join(_LAT1.get(ch, ch) for ch in w)
    w = "".join(ch for ch in w if ("a" <= ch <= "z") or ch in "čšž")
    for pat, rep in _CLEAN:
        w = pat.sub(rep, w)
    return w


@lru_cache(maxsize=200_000)
def plain(word: str, flip: bool = False) -> str:
    """Transliterated but not cleaned (no collapsing of doubled letters or
    iotation), for counting typos letter by letter. A Chinese name in Russian
    (Palladius) spelling is read back to pinyin first, so that it meets the
    pinyin spelling of the same name."""
    w = unmix(unicodedata.normalize("NFC", word).lower().translate(_DROP))
    if is_cyrillic(w):
        py = palladius(w)
        w = _lat_to_canon(py, flip) if py else _cyr_to_latin(w)
    else:
        w = _lat_to_canon(w, flip)
    return "".join(ch for ch in unicodedata.normalize("NFC", w) if ch.isalpha())


@cache
def _palladius_table() -> tuple[dict[str, str], tuple[str, ...], int]:
    from paperchase import lexicons
    from paperchase.errors import DataFileError

    name = "data/resolve/palladius.yml"
    data = lexicons.read("resolve", "palladius.yml")
    if not isinstance(data, dict):
        raise DataFileError(f"{name}: top level must be a mapping")
    syl, markers = data.get("syllables"), data.get("markers")
    if not isinstance(syl, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in syl.items()):
        raise DataFileError(f"{name}: syllables: expected a mapping of Cyrillic to pinyin syllables")
    if not isinstance(markers, list) or not all(isinstance(m, str) and m for m in markers):
        raise DataFileError(f"{name}: markers: expected a list of letter groups")
    return dict(syl), tuple(markers), max(map(len, syl), default=0)


@lru_cache(maxsize=100_000)
def palladius(word: str) -> str:
    """The pinyin of a Cyrillic word that is a Chinese name in the Palladius
    system ("сяолун" -> "xiaolong"), or "" where the word does not split into
    Palladius syllables whole or shows no letter group only Chinese names
    show (Russian words are left to the ordinary transliteration)."""
    table, markers, longest = _palladius_table()
    w = word.lower().replace("ё", "е")
    if not any(m in w for m in markers):
        return ""
    whole = _palladius_split(w, table, longest)
    # a Russian case ending on a Chinese name: "Хуасиня" is the genitive of Хуасинь, "Цзиньлуна" of
    # Цзиньлун; where both read, the reading in fewer syllables (hua+xin, not hua+xi+nia) is the name
    for end, nom in (("ем", "ь"), ("ю", "ь"), ("я", "ь"), ("ом", ""), ("а", ""), ("у", ""), ("е", "ь"), ("е", "")):
        if w.endswith(end) and len(w) > len(end) + 2:
            got = _palladius_split(w[: -len(end)] + nom, table, longest)
            if got and (not whole or len(got[1]) < len(whole[1])):
                return got[0]
    return whole[0] if whole else ""


def _palladius_split(w: str, table: dict[str, str], longest: int) -> tuple[str, list[str]] | None:
    """The pinyin of `w` split whole into Palladius syllables, and the syllables."""
    # fewest syllables first: "сяовэй" is сяо + вэй, not ся + о + вэй
    best: list[list[str] | None] = [None] * (len(w) + 1)
    best[0] = []
    for i in range(len(w)):
        cur = best[i]
        if cur is None:
            continue
        for j in range(min(len(w), i + longest), i, -1):
            py = table.get(w[i:j])
            if py is not None and (best[j] is None or len(best[j]) > len(cur) + 1):  # type: ignore[arg-type]
                best[j] = cur + [py]
    found = best[len(w)]
    return ("".join(found), found) if found else None


# a German "z" (ц): not in a digraph (zh, sz, cz, rz, dz), not opening a word (Zaitsev is з)
_GERMAN_Z = re.compile(r"(?<=[a-y])(?<![scrd])z(?!h)")


# an English "j" (дж: Rajesh, Jamal) where a Slavic system would write й: before a vowel, not after d
_ENGLISH_J = re.compile(r"(?<!d)j(?=[aeiou])")
# an English or Romance "c" before a back vowel or a consonant is к (Coromandel: Коромандел), where
# the Slavic systems write ц
_HARD_C = re.compile(r"(?<![stcz])c(?=[aoulr])|(?<=[aeiou])c$")


def canon_variants(word: str) -> tuple[str, ...]:
    """The canonical form, plus the other reading of an ambiguous Latin "ch"
    (English ч against German and Polish х) where the word has one, the
    German reading of a "z" inside a word (Lapizki: Лапицкий), and the
    English readings of a "j" (Rajesh: Раджеш) and a hard "c" (Coromandel),
    and the Łacinka reading of an "l" before a vowel (Valancina: Валянціна)."""
    first = canon(word)
    if is_cyrillic(word):
        return (first,)
    out = [first]
    low = word.lower()
    if _BARE_CH.search(low):
        out.append(canon(word, True))
    if _GERMAN_Z.search(low) and not re.search("[łśżźćńąę]|sz|cz|rz", low):
        out.append(canon(_GERMAN_Z.sub("ts", low)))
    if _ENGLISH_J.search(low) and not _XSTYLE.search(low):
        out.append(canon(_ENGLISH_J.sub("dzh", low)))
    if _HARD_C.search(low) and not _XSTYLE.search(low):
        out.append(canon(_HARD_C.sub("k", low)))
    if "ł" not in low and _SOFT_L.search(low):
        out.append(canon(_SOFT_L.sub("li", low)))   # Łacinka: l before a vowel is ль (Alaksandr: Аляксандр)
    return tuple(dict.fromkeys(out))


_SOFT_L = re.compile(r"l(?=[aou])")


_SKEL_MAP = str.maketrans({"x": "g", "z": "s", "c": "s", "č": "s", "š": "s", "ž": "s", "w": "v"})
_SOFT_C = re.compile(r"c(?=[ie])")
_DZ = re.compile(r"dž|dz")


@lru_cache(maxsize=200_000)
def skeleton(fine: str, before: str = "") -> str:
    """Consonant skeleton of a fine form: vowels dropped, conflicting consonant
    renderings merged, a 'v' between a vowel and a consonant dropped (it is
    Belarusian ў in one system, a vowel 'u' in another). `before` is the
    letter that follows in the full word, where `fine` is a stem."""
    w = _DZ.sub("d", _SOFT_C.sub("t", fine + before))
    keep = len(w) - len(before)
    out: list[str] = []
    for i in range(keep):
        ch = w[i]
        if ch in _VOWELS:
            continue
        if ch in "vw" and i > 0 and w[i - 1] in _VOWELS and i + 1 < len(w) and w[i + 1] not in _VOWELS:
            continue
        out.append(ch)
    s = "".join(out).translate(_SKEL_MAP)
    return re.sub(r"(.)\1+", r"\1", s)


def words(text: str) -> list[str]:
    """Split a name into word tokens, keeping dots of initials."""
    text = unicodedata.normalize("NFC", text).translate(_DROP_APOS)
    return re.findall(r"[^\W\d_]+\.?|\d+", text)


_PRACTICAL = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_BE_UK = re.compile(r"[іїєўґ]", re.IGNORECASE)


def latin(text: str) -> str:
    """A readable Latin spelling of a Cyrillic name (BGN/PCGN-like; г is h in
    Belarusian and Ukrainian text, и is y in Ukrainian): a derived form for
    captions and search, not a canonical key."""
    be_uk = bool(_BE_UK.search(text))
    uk = bool(re.search(r"[їєґ]", text, re.IGNORECASE)) or (be_uk and "и" in text.lower())
    out: list[str] = []
    prev = " "
    for ch in text:
        low = ch.lower()
        if low in _PRACTICAL:
            rep = _PRACTICAL[low]
            if low == "г" and be_uk:
                rep = "h"
            elif low == "и" and uk:
                rep = "y"
            elif low == "е" and (not prev.isalpha() or prev.lower() in "аеёиоуыэюяіїєўьъ"):
                rep = "ye"
            if ch.isupper():
                rep = rep[:1].upper() + rep[1:]
            out.append(rep)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)
