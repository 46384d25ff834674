"""Word-level morphology of East Slavic names: surname suffix classes, Russian
case endings, patronymics.

Why rules and not only pymorphy3: the same rules must work for Belarusian,
Ukrainian and for Latin transliterations, where no dictionary helps, and they
must keep gender apart (pymorphy lemmatises every surname to the masculine).
A surname is read as *stem + suffix class*: Антонов, Antonava, Antonaŭ share
stem `anton` and class OV; Антоненко (ENKO) and Антонюк (UK) do not, which is
what tells look-alike surnames apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from paperchase.resolve.names.translit import canon, canon_variants, is_cyrillic, plain, skeleton


@dataclass(frozen=True, slots=True)
class Surname:
    """One reading of a surname token: skeleton of its stem, suffix class,
    grammatical gender ('m', 'f' or '' where the form is invariable), fine form."""

    stem: str
    cls: str
    gender: str
    fine: str
    plain: str = ""
    oblique: bool = False   # read back from a Russian case ending
    raw: str = ""           # the letters as written, lower case


# (pattern on the fine form, class, gender); the match is the suffix cut off
_SUFFIXES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p + "$"), c, g)
    for p, c, g in [
        (r"(?:s|c)kaia", "SK", "f"),
        (r"(?:s|c)ka", "SK", "f"),
        (r"(?:s|c)k(?:i|ii|oi)", "SK", "m"),
        (r"[oea]va", "OV", "f"),
        (r"[oea]v", "OV", "m"),
        (r"ina", "IN", "f"),
        (r"in", "IN", "m"),
        (r"[ea]nk[oa]", "ENKO", ""),
        (r"čuk", "CHUK", ""),
        (r"uk", "UK", ""),
        (r"ič", "ICH", ""),
        (r"i[xg]", "IX", ""),
        (r"ec", "EC", ""),
        (r"ko", "KO", ""),
        (r"aia", "AJ", "f"),
        (r"oi", "AJ", "m"),
    ]
]


def surname_reading(fine: str, gender_hint: str = "", raw: str = "", letters: str = "") -> Surname:
    for pat, cls, gender in _SUFFIXES:
        m = pat.search(fine)
        if m and m.start() >= 2:
            stem = skeleton(fine[: m.start()], fine[m.start()])
            return Surname(stem, cls, gender or gender_hint, fine, raw, bool(gender_hint), letters)
    return Surname(skeleton(fine), "", gender_hint, fine, raw, bool(gender_hint), letters)


# Russian oblique case endings of surnames -> (nominative ending, gender)
_CYR_SURNAME_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # Belarusian (Кавалёвай, Ракіцкага, Міхнача)
    ("авай", [("ава", "f")]), ("овай", [("ова", "f")]), ("евай", [("ева", "f")]), ("інай", [("іна", "f")]),
    ("ынай", [("ына", "f")]), ("авым", [("аў", "m")]), ("овым", [("оў", "m"), ("ов", "m")]),
    ("ава", [("ава", "f"), ("аў", "m")]), ("аву", [("аў", "m"), ("ава", "f")]), ("аве", [("аў", "m")]),
    ("скага", [("скі", "m")]), ("скаму", [("скі", "m")]), ("скім", [("скі", "m")]), ("скай", [("ская", "f")]),
    ("цкага", [("цкі", "m")]), ("цкаму", [("цкі", "m")]), ("цкім", [("цкі", "m")]), ("цкай", [("цкая", "f")]),
    ("іча", [("іч", "m")]), ("ічу", [("іч", "m")]), ("ічам", [("іч", "m")]),
    ("ука", [("ук", "m")]), ("уку", [("ук", "m")]), ("укам", [("ук", "m")]),
    ("овой", [("ова", "f")]), ("евой", [("ева", "f")]), ("ёвой", [("ёва", "f")]), ("иной", [("ина", "f")]),
    ("ыной", [("ына", "f")]),
    ("овым", [("ов", "m")]), ("евым", [("ев", "m")]), ("ёвым", [("ёв", "m")]), ("иным", [("ин", "m")]),
    ("ову", [("ов", "m"), ("ова", "f")]), ("еву", [("ев", "m"), ("ева", "f")]),
    ("ёву", [("ёв", "m"), ("ёва", "f")]), ("ину", [("ин", "m"), ("ина", "f")]),
    ("ова", [("ова", "f"), ("ов", "m")]), ("ева", [("ева", "f"), ("ев", "m")]),
    ("ёва", [("ёва", "f"), ("ёв", "m")]), ("ина", [("ина", "f"), ("ин", "m")]),
    ("ове", [("ов", "m")]), ("еве", [("ев", "m")]), ("ёве", [("ёв", "m")]), ("ине", [("ин", "m")]),
    ("ского", [("ский", "m")]), ("скому", [("ский", "m")]), ("ским", [("ский", "m")]),
    ("ском", [("ский", "m")]), ("ской", [("ская", "f")]), ("скую", [("ская", "f")]),
    ("цкого", [("цкий", "m")]), ("цкому", [("цкий", "m")]), ("цким", [("цкий", "m")]),
    ("цком", [("цкий", "m")]), ("цкой", [("цкая", "f")]), ("цкую", [("цкая", "f")]),
    ("ича", [("ич", "m")]), ("ичу", [("ич", "m")]), ("ичем", [("ич", "m")]), ("иче", [("ич", "m")]),
    ("ука", [("ук", "m")]), ("уку", [("ук", "m")]), ("уком", [("ук", "m")]), ("уке", [("ук", "m")]),
    ("юка", [("юк", "m")]), ("юку", [("юк", "m")]), ("юком", [("юк", "m")]), ("юке", [("юк", "m")]),
    ("ца", [("ец", "m")]), ("цу", [("ец", "m")]), ("цом", [("ец", "m")]), ("це", [("ец", "m")]),
    # any other masculine noun-like surname (Коваль, Шульц, Ли Мин)
    ("ем", [("й", "m"), ("ь", "m")]), ("ём", [("ь", "m")]), ("ом", [("", "m")]),
    ("ю", [("й", "m"), ("ь", "m")]), ("я", [("й", "m"), ("ь", "m")]), ("у", [("", "m")]),
    ("а", [("", "m")]), ("е", [("", "m"), ("ь", "m")]),
]


_NOUN_ENDS = ("", "ь", "й")
_CYR_VOWELS = "аеёиоуыэюяіїє"


@lru_cache(maxsize=100_000)
def surname_readings(word: str) -> tuple[Surname, ...]:
    """Every plausible nominative reading of a surname token. Cyrillic tokens
    in an oblique case give their nominative(s): `Антонову` is the masculine
    dative or the feminine accusative, so both readings are kept."""
    low = word.lower().rstrip(".")
    raw = plain(low)
    letters = "".join(ch for ch in low if ch.isalpha())
    out: list[Surname] = []
    if is_cyrillic(low):
        for end, noms in _CYR_SURNAME_CASES:
            if low.endswith(end) and len(low) - len(end) >= 2:
                stem = low[: -len(end)]
                for nom, gender in noms:
                    if nom in _NOUN_ENDS and ((stem[-1] in _CYR_VOWELS) != (nom == "й")
                                              or low.endswith(("ская", "цкая"))):
                        continue    # Соколовская is no case of *Соколовскай
                    out.append(surname_reading(canon(stem + nom), gender, raw, letters))
                break
    for fine in canon_variants(low):
        base = surname_reading(fine, "", raw, letters)
        if base not in out:
            out.append(base)
    if not is_cyrillic(low):
        # Polish and Łacinka case forms of an East Slavic surname: "Aleksieja Garbuzowa" (genitive),
        # "Garbuzowowi", "z Garbuzowem" (a man); "Garbuzowej", "Garbuzową" (a woman)
        for end, nom, gender in _LATIN_SURNAME_CASES:
            if low.endswith(end) and len(low) - len(end) >= 3:
                base = surname_reading(canon(low[: -len(end)] + nom), gender, raw, letters)
                base = Surname(base.stem, base.cls, gender, base.fine, raw, True, letters)
                if base.cls and base not in out:
                    out.append(base)
    if not is_cyrillic(low) and _FRENCH_IN.search(low):
        # the French transcription's -ine/-ïne of a man's -ин (Khaïroulline, Poutine)
        fine = canon(_FRENCH_IN.sub("in", low))
        base = surname_reading(fine, "m", raw, letters)
        if base not in out:
            out.append(base)
    return tuple(out)


_LATIN_SURNAME_CASES = (
    ("owowi", "ow", "m"), ("ewowi", "ew", "m"), ("owem", "ow", "m"), ("ewem", "ew", "m"), ("owie", "ow", "m"),
    ("owa", "ow", "m"), ("ewa", "ew", "m"), ("owej", "owa", "f"), ("ewej", "ewa", "f"), ("ową", "owa", "f"),
    ("ewą", "ewa", "f"), ("owu", "ow", "m"), ("inowi", "in", "m"), ("inem", "in", "m"),
    ("inej", "ina", "f"), ("iną", "ina", "f"), ("skiego", "ski", "m"), ("skiemu", "ski", "m"), ("skim", "ski", "m"),
    ("skiej", "ska", "f"), ("ską", "ska", "f"), ("ckiego", "cki", "m"), ("ckiemu", "cki", "m"), ("ckim", "cki", "m"),
    ("ckiej", "cka", "f"), ("cką", "cka", "f"),
    # Łacinka: Ždanoŭskaha, Ždanoŭskamu, Ždanoŭskaj
    ("skaha", "ski", "m"), ("skamu", "ski", "m"), ("ckaha", "cki", "m"), ("ckamu", "cki", "m"),
    ("skaj", "skaja", "f"), ("ckaj", "ckaja", "f"), ("avaj", "ava", "f"),
    # Serbian and Croatian: Žuravljova, Žuravljovu, Žuravljovom (a man); Levickoj, Levicku (a woman)
    ("ovu", "ov", "m"), ("evu", "ev", "m"), ("ovom", "ov", "m"),
    ("evom", "ev", "m"), ("ovoj", "ova", "f"), ("evoj", "eva", "f"), ("inoj", "ina", "f"),
    ("ckoj", "cka", "f"), ("cku", "cka", "f"), ("skoj", "ska", "f"), ("sku", "ska", "f"),
)
_FRENCH_IN = re.compile(r"(?<=[^aeiouy])[iï]ne$")


# Russian oblique case endings of first names -> candidate nominative endings
_CYR_GIVEN_CASES: list[tuple[str, tuple[str, ...]]] = [
    # the fleeting vowel of Лев: Льва, Льву, Львом, Льве
    ("ьва", ("ев",)), ("ьву", ("ев",)), ("ьвом", ("ев",)), ("ьве", ("ев",)),
    # Belarusian dative and locative soften т and д (-та -> -це, -да -> -дзе)
    ("дзе", ("да", "дзе")), ("це", ("та", "ца", "це")),
    ("ией", ("ия",)), ("ии", ("ия", "ий")), ("ию", ("ия", "ий")), ("ием", ("ий",)),
    ("ієм", ("ій",)), ("ією", ("ія",)), ("ію", ("ій", "ія")), ("ія", ("ій", "ія")),   # Ukrainian Юрієм, Марією
    ("ьей", ("ья",)), ("ье", ("ья",)), ("ью", ("ья", "ь")), ("ьи", ("ья",)),
    ("ові", ("", "о", "а")), ("еві", ("ь", "й", "о")), ("єві", ("й", "ь")),   # Ukrainian dative of men's names
    ("ай", ("а",)), ("ам", ("",)), ("і", ("а", "я", "ь")),
    ("ой", ("а",)), ("ей", ("я", "ь", "ей")), ("ом", ("",)), ("ем", ("ь", "й", "")), ("ём", ("ь",)),
    ("ы", ("а",)), ("и", ("я", "ь", "а")), ("е", ("а", "я", "", "й", "ь")), ("у", ("а", "")),
    ("ю", ("я", "й", "ь")), ("я", ("й", "ь", "я")), ("а", ("", "а")),
    ("о", ("а", "о")),     # Ukrainian and Belarusian vocative of -а names
]


_LATIN_GIVEN_CASES: list[tuple[str, tuple[str, ...]]] = [
    ("owi", ("",)), ("iem", ("",)), ("em", ("",)), ("cy", ("ka",)), ("ce", ("ka",)), ("dze", ("ga",)),
    ("ko", ("ka", "ko")), ("ą", ("a",)), ("ę", ("a",)), ("aj", ("a",)), ("u", ("a", "")), ("y", ("a",)),
    ("ie", ("a", "")), ("i", ("a", "ia")), ("a", ("",)), ("o", ("a",)),
]


@lru_cache(maxsize=100_000)
def given_candidates(word: str) -> tuple[str, ...]:
    """Canonical forms to look a first-name token up under: itself and, for
    Cyrillic, the nominatives its case ending allows (Игоря -> Игорь)."""
    low = word.lower().rstrip(".")
    out = list(canon_variants(low))
    if is_cyrillic(low):
        for end, noms in _CYR_GIVEN_CASES:
            if low.endswith(end) and len(low) - len(end) >= (1 if end.startswith("ьв") else 2):
                out.extend(canon(low[: -len(end)] + nom) for nom in noms)
                break
        else:
            # the colloquial vocative drops a name's final -а ("Серёж,", "Любаш!");
            # short words are left out: a pronoun or noun would read as a name
            if len(low) >= 5 and low[-1:] not in "аеёиоуыэюяіїєйь'’":
                out.append(canon(low + "а"))
    else:
        # Polish and Łacinka case forms (Nikity, Nikitą, Mikitu, Aleksiejowi, Weronice, Irenko)
        for end, noms in _LATIN_GIVEN_CASES:
            if low.endswith(end) and len(low) - len(end) >= 3:
                out.extend(canon(low[: -len(end)] + nom) for nom in noms)
                break

    return tuple(dict.fromkeys(out))


# A first name the lexicon lacks stands in the case of the patronymic beside it
# (Булату Ришатовичу, Ерлана Кайратовича, Лилии Маратовне): the patronymic's
# ending -> the first name's endings in that case and their nominatives. A
# feminine name with no such ending does not decline (Гульназ Ринатовне).
_GIVEN_BY_PATR_CASE: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("ичем", (("ом", ""), ("ем", "ь"))), ("ичам", (("ам", ""),)),
    ("ичу", (("у", ""), ("ю", "й"))), ("ича", (("а", ""), ("я", "й"))), ("иче", (("е", ""),)),
    ("вной", (("ией", "ия"), ("ой", "а"), ("ей", "я"))), ("внай", (("ай", "а"),)),
    ("вне", (("ии", "ия"), ("е", "а"))), ("вну", (("ию", "ия"), ("у", "а"), ("ю", "я"))),
    ("вны", (("ии", "ия"), ("ы", "а"), ("и", "я"))),
    ("ўны", (("ы", "а"),)), ("ўне", (("е", "а"),)), ("ўну", (("у", "а"),)), ("ўнай", (("ай", "а"),)),
]


def given_in_case_of(given: str, patr: str) -> str:
    """The nominative of a first name the lexicon lacks, read from the case
    of the patronymic that follows or precedes it (`Булату`, `Ришатовичу`
    -> `Булат`); the name as written where the patronymic is nominative."""
    low_p = patr.lower().replace("і", "и")
    low = given.lower()
    for end, pairs in _GIVEN_BY_PATR_CASE:
        if low_p.endswith(end):
            for g_end, nom in pairs:
                if low.endswith(g_end) and len(low) - len(g_end) >= 3 and re.search("[аеёиоуыэюяі]", low[: -len(g_end)]):
                    stem = given[: len(given) - len(g_end)]
                    return stem + (nom.upper() if given.isupper() else nom)
            break
    return given


_PATR_CASES = [("ўны", "ўна"), ("ўне", "ўна"), ("ўну", "ўна"), ("ўнай", "ўна"),
               ("віча", "віч"), ("вічу", "віч"), ("вічам", "віч"), ("вічы", "віч"),
               ("вича", "вич"), ("вичу", "вич"), ("вичем", "вич"), ("виче", "вич"),
               ("вны", "вна"), ("вне", "вна"), ("вну", "вна"), ("вной", "вна"),
               ("вно", "вна"), ("вні", "вна"), ("вною", "вна"),   # Ukrainian vocative, dative, instrumental
               ("ичны", "ична"), ("ичне", "ична"), ("ичну", "ична"), ("ичной", "ична"),
               ("ича", "ич"), ("ичу", "ич"), ("ичем", "ич"), ("ичом", "ич"),   # Ильичом
               ("іча", "іч"), ("ічу", "іч"), ("ічам", "іч")]
_PATR = re.compile(r"^(?P<stem>.{2,}?)(?P<suf>[oea]vič|[oea]vna|ivna|ičn?a|[oea]vič)$")


@dataclass(frozen=True, slots=True)
class Patronymic:
    stems: tuple[str, ...]   # canonical candidates for the father's first name
    skel: str                # skeleton of the stem, for names the lexicon lacks
    gender: str
    fine: str


_PATR_LOOSE = re.compile(r"^(?P<stem>.{2,}?)(?P<suf>ič|ična)$")
# Kazakh, Kyrgyz, Uzbek and Azerbaijani patronymics: the father's name and
# "son of" / "daughter of" (Сәрсенбайұлы, Ерланқызы, Aliyev Rauf Kamal oglu
# written as one word: Kamaloglu)
_PATR_TURKIC = re.compile(r"^(?P<stem>.{3,}?)(?P<suf>uli|ugli|ogli|oglu|kizi)$")


@lru_cache(maxsize=100_000)
def patronymic(word: str, loose: bool = False) -> Patronymic | None:
    """Read a token as a patronymic (Степанович, Stsiapanauna, Hryhorivna),
    or None. Masculine patronymics look like -ович surnames; the caller
    decides by position. `loose` also reads -ич/-ична (Ильич, Кузьминична),
    for a token that stands where a patronymic stands."""
    low = word.lower().rstrip(".")
    if is_cyrillic(low):
        for end, nom in _PATR_CASES:
            if low.endswith(end):
                low = low[: -len(end)] + nom
                break
    m = None
    for fine in canon_variants(low):
        t = _PATR_TURKIC.match(fine)
        if t:
            stem = t.group("stem")
            return Patronymic((stem,), skeleton(stem), "f" if t.group("suf") == "kizi" else "m", fine)
        m = _PATR.match(fine) or (_PATR_LOOSE.match(fine) if loose else None)
        if m:
            break
    if not m:
        return None
    stem, suf = m.group("stem"), m.group("suf")
    gender = "f" if suf.endswith("a") else "m"
    if suf.startswith("ič"):
        # Кузьмич (Кузьма), Ильич (Илья), and the feminine with -ин-: Кузьминична, Ильинична
        stems: tuple[str, ...] = (stem, stem + "a", stem + "ia")
        if suf == "ična" and stem.endswith("in") and len(stem) > 3:
            stems += (stem[:-2] + "a", stem[:-2] + "ia")
    else:
        stems = (stem, stem + "i", stem + "ei", stem + "o", stem + "a", stem + "ov")
        if stem.endswith("vl"):   # Яковлевич, Павлович is not: only after -ов
            stems += (stem[:-1],)
    return Patronymic(stems, skeleton(stem), gender, fine)
