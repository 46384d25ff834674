"""Person names: parse once (roles, gender, readings), compare parsed forms
cheaply.

A parsed name has one or two *interpretations* (which token is the given
name, which the surname), because `Антонова Галина` and `Galina Antonova`
carry no marker of order beyond the lexicon. Comparison takes the best pair
of interpretations; gender is a hard boundary checked first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from paperchase.resolve.names.lexicon import first_names, honorifics, initial_class
from paperchase.resolve.names.morph import (
    Patronymic,
    Surname,
    given_candidates,
    given_in_case_of,
    patronymic,
    surname_readings,
)
from paperchase.resolve.names.translit import canon, canon_variants, is_cyrillic, plain, words


@dataclass(frozen=True, slots=True)
class Given:
    fine: str                    # canonical form ('' when only an initial is known)
    groups: frozenset[int]       # lexicon groups (cognates, diminutives)
    initials: frozenset[str]     # initial classes it can be abbreviated to
    fuzzy: bool = False          # groups found only within one typo
    plain: str = ""              # transliterated letters, for typo counting
    raw: str = ""                # the letters as written, lower case
    nominative: bool = False     # found as written, not read back from a case ending
    alts: frozenset[str] = frozenset()   # other readings of a name the lexicon lacks (Rajesh: радж-)


@dataclass(frozen=True, slots=True)
class Reading:
    """One interpretation of a person name."""

    given: Given | None
    patr: Patronymic | None
    patr_initial: str
    surnames: tuple[Surname, ...]
    gender: str
    oblique: bool = False        # the other-gender reading of a Russian case form


@dataclass(frozen=True, slots=True)
class PersonName:
    text: str
    readings: tuple[Reading, ...]

    @property
    def gender(self) -> str:
        genders = {r.gender for r in self.readings}
        return genders.pop() if len(genders) == 1 else ""


_VOWELS_CYR = "аеёиоуыэюяіїєьй"
_NOT_RUSSIAN = re.compile(r"[іїєґўІЇЄҐЎ]")   # Belarusian and Ukrainian have no such case ambiguity here
_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$|^[^\W\d_]$")


def _is_initial(tok: str) -> bool:
    if _INITIAL.match(tok):
        return True
    # "Yu." / "Zh." / "Dz." / "Sh." and the like
    return tok.endswith(".") and len(tok) <= 4 and tok[:-1].istitle() and len(canon(tok)) <= 2


def _with_initials(fine: str, groups: frozenset[int], tok: str, fuzzy: bool = False) -> Given:
    lex = first_names()
    inits = {initial_class(fine)}
    for g in groups:
        inits |= lex.groups[g].initials
    return Given(fine, groups, frozenset(inits), fuzzy, plain(tok), _letters(tok))


@lru_cache(maxsize=100_000)
def given_info(tok: str, force: str = "") -> Given | None:
    """Lexicon lookup of a token as a first name (None where it is not one).
    The nominative wins; Russian case endings are tried only where it fails
    (or where `force` asks for the groups of one gender, for the reading of
    `Евгения` as the genitive of Евгений)."""
    lex = first_names()
    cands = given_candidates(tok)
    fine = cands[0]
    n_exact = len(canon_variants(tok))
    oblique_only = is_cyrillic(tok) and tok.lower().endswith("ии")
    groups: set[int] = set()
    if not oblique_only:
        for c in cands[:n_exact]:
            groups |= lex.lookup(c)
    if not groups or force:
        for c in cands[n_exact:]:
            found = lex.lookup(c)
            if found and (not force or any(lex.groups[g].gender == force for g in found)):
                groups |= found
                fine = c
    nominative = bool(groups) and fine == cands[0] and not oblique_only
    if not groups:
        # a diminutive the lexicon does not list, maybe in a case form (Тарасику)
        for c in cands if is_cyrillic(tok) else cands[:1]:
            groups = set(lex.diminutive(c))
            if groups:
                fine = c
                break
    if force:
        groups = {g for g in groups if lex.groups[g].gender == force}
    if not groups:
        return None
    given = _with_initials(fine, frozenset(groups), tok)
    if nominative and is_cyrillic(tok):
        given = Given(given.fine, given.groups, given.initials, given.fuzzy, given.plain, given.raw, True)
    return given


@lru_cache(maxsize=100_000)
def given_fuzzy(tok: str) -> Given | None:
    fine = canon(tok)
    groups = first_names().fuzzy(fine) if len(fine) >= 4 else frozenset()
    if not groups:
        return None
    return _with_initials(fine, groups, tok, fuzzy=True)


_CASE_END = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ем|а|у|е|ю)$")


def _plain_given(tok: str) -> Given:
    fine, *alts = canon_variants(tok)
    low = tok.lower()
    if is_cyrillic(low) and _CASE_END.search(low) and len(low) >= 5:
        alts.append(canon(_CASE_END.sub("", low)))   # a foreign first name in a Russian case (Раджеша)
    return Given(fine, frozenset(), frozenset({initial_class(fine)}), False, plain(tok), _letters(tok),
                 alts=frozenset(alts))


def _letters(tok: str) -> str:
    return "".join(ch for ch in tok.lower() if ch.isalpha())


def _group_gender(groups: frozenset[int]) -> str:
    lex = first_names()
    genders = {lex.groups[g].gender for g in groups}
    return genders.pop() if len(genders) == 1 else ""


def _reading(given_tok: str | None, patr_tok: str | None, surname_toks: list[str],
             initials: list[str], force: str = "") -> Reading | None:
    given: Given | None = None
    patr_initial = ""
    if given_tok is not None:
        if force:
            given = given_info(given_tok, force)
            if given is None:
                return None
        else:
            given = given_info(given_tok) or given_fuzzy(given_tok)
            if given is None:
                given = _plain_given(given_in_case_of(given_tok, patr_tok) if patr_tok and is_cyrillic(given_tok)
                                     else given_tok)
    elif initials:
        given = Given("", frozenset(), frozenset({initial_class(canon(initials[0]))}))
    if len(initials) > 1:
        patr_initial = initial_class(canon(initials[1]))
    elif given_tok is not None and initials:
        patr_initial = initial_class(canon(initials[0]))
    patr = patronymic(patr_tok, loose=True) if patr_tok else None
    gender = ""
    if given is not None and given.groups and not given.fuzzy:
        gender = _group_gender(given.groups)
    if (patr is not None and patr.gender and gender and gender != patr.gender and not force
            and given_tok is not None):
        # the patronymic's ending tells the gender surest: "Яраслава Мікалаевіча"
        # is a man's genitive, the first name read back from its case ending
        regiven = given_info(given_tok, patr.gender)
        if regiven is not None:
            given, gender = regiven, patr.gender
    if not gender and patr is not None:
        gender = patr.gender
    readings: list[Surname] = []
    if surname_toks:
        if len(surname_toks) == 1:
            readings = list(surname_readings(surname_toks[0]))
        else:
            readings = list(surname_readings("".join(surname_toks)))
    if not gender:
        sgs = {s.gender for s in readings}
        if len(sgs) == 1:
            gender = sgs.pop()
    if force:
        if patr is not None and patr.gender != force:
            return None
        readings = [s for s in readings if s.gender == force and s.oblique]
        if not readings:
            return None
        return Reading(given, patr, patr_initial, tuple(readings), force, oblique=True)
    if gender == "m" and len(surname_toks) == 1 and not is_cyrillic(surname_toks[0]) and given is not None \
            and given.fine and not any(s.gender == "m" for s in readings):
        # a man's surname in a Latin-script Slavic genitive ("Jurija Žuravljova", "Nenada Petrova"): only
        # beside a man's first name, since English writes a woman's -ova the same way
        low = surname_toks[0].lower()
        for end, nom in (("ova", "ov"), ("eva", "ev"), ("ina", "in")):
            if low.endswith(end) and len(low) > len(end) + 2:
                base = surname_readings(low[: -len(end)] + nom)
                readings += [Surname(x.stem, x.cls, "m", x.fine, x.plain, True, x.raw) for x in base if x.cls]
                break
    if gender:
        fitting = [s for s in readings if s.gender in (gender, "")]
        indeclinable = gender == "f" and given is not None and given.raw[-1:].isalpha() and (
            given.raw[-1:] not in "аяьaiy")   # Айгерим, Гузель: a woman's name in a consonant keeps its form
        if given is not None and given.nominative and fitting and all(s.oblique for s in fitting) and not indeclinable:
            # Сергей Кузнецова: a first name in the nominative does not go with
            # a surname read back from a case ending; keep the surname as written
            fitting = [s for s in readings if not s.oblique] or fitting
        readings = fitting or readings
    return Reading(given, patr, patr_initial, tuple(readings), gender)


def _with_gender(r: Reading, gender: str) -> Reading:
    surnames = tuple(s for s in r.surnames if s.gender in (gender, ""))
    if not surnames:
        surnames = tuple(Surname(s.stem, s.cls, "", s.fine, s.plain, s.oblique, s.raw) for s in r.surnames)
    return Reading(r.given, r.patr, r.patr_initial, surnames, gender, r.oblique)


def _given_score(tok: str) -> float:
    g = given_info(tok)
    if g is not None:
        return 2.0 if first_names().lookup_full(g.fine) or any(
            first_names().lookup_full(c) for c in given_candidates(tok)) else 1.5
    if given_fuzzy(tok) is not None:
        return 1.0
    return 0.0


def _strong_patr(tok: str) -> bool:
    """A feminine patronymic (-овна, -аўна, -івна) is never a surname."""
    p = patronymic(tok)
    return p is not None and p.gender == "f"


def _surname_like(tok: str) -> bool:
    return any(s.cls for s in surname_readings(tok))


_LEAD = re.compile(r"^\s*([^\s,]+)\s+")
_FRENCH_M = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?$")
_LAST_WORD = re.compile(r"(?<=\w)\s+(\w+)\s*$")
_TRAIL = re.compile(r"(?<=[A-Z])\s+(MRS|MR|MS|MISS|MSTR)$")


def strip_honorifics(text: str) -> str:
    """Drop leading words of address: `Mr. Ivan X`, `Frau A. X`, `г-н X`."""
    return _honorifics(text)[0]


def _honorifics(text: str) -> tuple[str, str]:
    """The name without its words of address, and the gender they imply."""
    hon = honorifics()
    gender = ""
    while True:
        m = _LEAD.match(text)
        if m and m.group(1) == "M." and _FRENCH_M.match(text[m.end():]):
            return text[m.end():], gender or "m"   # Monsieur: "M. Marat Khaïroulline"
        if not m or m.group(1).lower().rstrip(".") not in hon:
            t = _TRAIL.search(text) if text.isupper() else None
            if t is not None and t.group(1).lower() in hon:
                # a booking's "SURNAME/GIVEN MR": the title printed after the name
                return text[: t.start()], gender or hon[t.group(1).lower()]
            after = honorifics("trailing_honorifics")
            last = _LAST_WORD.search(text)
            if last is not None and last.group(1).casefold() in after:
                return text[: last.start()], gender or after[last.group(1).casefold()]
            return text, gender
        gender = gender or hon[m.group(1).lower().rstrip(".")]
        text = text[m.end():]


_SYLLABLE_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[a-z])")


@lru_cache(maxsize=100_000)
def contracted_patronymic(word: str) -> Patronymic | None:
    """A patronymic in -ич/-ична of a first name in -а/-я (Ильич, Ilyich,
    Кузьминична, Лукич), where the name it comes from is a known first
    name: not a surname like Бабич."""
    p = patronymic(word, loose=True)
    lex = first_names()
    if p is not None and any(lex.lookup_full(s) for s in p.stems):
        return p
    return None


def parse_person(text: str) -> PersonName:
    """Parse a person name written in any of the usual orders:
    First Last, Last First, LAST First, Last, First, First Patronymic Last,
    Last First Patronymic, I. Last, I.P. Last, Last I.P."""
    text, hint = _honorifics(text)
    # a Chinese given name's syllables joined by a hyphen ("Ming-yuan") are one word, as in Mingyuan
    text = _SYLLABLE_HYPHEN.sub("", text)
    comma = "," in text
    toks = words(text.replace(",", " , ")) if comma else words(text)
    if comma:
        first_part = text.split(",", 1)[0]
        n_before = len([t for t in words(first_part) if not _is_initial(t)])
    else:
        n_before = -1
    initials = [t for t in toks if _is_initial(t)]
    full = [t for t in toks if not _is_initial(t)]
    specs: list[tuple[str | None, str | None, list[str], list[str]]] = []
    n = len(full)
    if n == 0:
        specs.append((None, None, [], initials))
    elif n == 1:
        tok = full[0]
        if not initials and _given_score(tok) == 0 and is_cyrillic(tok) and tok[-1:].lower() == "ь":
            # "Тань", "Валь": the vocative of Таня, Валя
            alt = tok[:-1] + "я"
            g = given_info(alt)
            if g is not None and first_names().dim.get(g.fine):
                tok = alt
        if not initials and _given_score(tok) == 0 and is_cyrillic(tok) and tok[-1:].lower() not in _VOWELS_CYR:
            # the colloquial vocative drops the final vowel of a diminutive: Паш, Лен, Серёж
            for end in ("а", "я"):
                g = given_info(tok + end)
                if g is not None and first_names().dim.get(g.fine):
                    tok = tok + end
                    break
        if not initials and _given_score(tok) < 1.5 and is_cyrillic(tok) and tok[-1:].lower() in ("о", "ю"):
            # the Ukrainian vocative: Галино, Олю (of Галина, Оля)
            alt = tok[:-1] + ("а" if tok[-1:].lower() == "о" else "я")
            if _given_score(alt) >= 1.5:
                tok = alt
        # a lone first name from the lexicon is a first name (Марина, Настей),
        # even where it looks like a surname too
        if not initials and _given_score(tok) >= 1.5:
            specs.append((tok, None, [], []))
        else:
            specs.append((None, None, [tok], initials))
    elif n == 2:
        a, b = full
        sa, sb = _given_score(a), _given_score(b)
        upper_a = a.isupper() and len(a) > 1
        upper_b = b.isupper() and len(b) > 1
        if comma and n_before == 1 or upper_a and not upper_b:
            order = [(b, a)]
        elif upper_b and not upper_a:
            order = [(a, b)]
        elif sa > sb:
            # a first name known only within one typo that reads as a surname too (Костича) keeps both orders
            order = [(a, b)] if sa > 1.0 or not _surname_like(a) else [(a, b), (b, a)]
        elif sb > sa:
            order = [(b, a)] if sb > 1.0 or not _surname_like(b) else [(b, a), (a, b)]
        elif upper_a and upper_b and not is_cyrillic(text):
            order = [(b, a), (a, b)]   # a passport or a booking: SURNAME GIVEN
        else:
            order = [(a, b), (b, a)]
        for giv, sur in order:
            specs.append((giv, None, [sur], initials))
    else:
        a, b, c = full[0], full[1], full[-1]
        extra = full[2:-1]
        if comma and n_before == 1:
            patr = patronymic(c) or contracted_patronymic(c)
            specs.append((b, c if patr else None, [a] + ([] if patr else [c]), initials))
        elif _given_score(a) > 0 and _given_score(b) == 0 and not _strong_patr(c):
            specs.append((a, b, [c] + extra, initials))
        elif _given_score(b) > 0 and _given_score(a) == 0:
            specs.append((b, c, [a] + extra, initials))
        elif _strong_patr(c) or (patronymic(c) and not patronymic(b)):
            specs.append((b, c, [a] + extra, initials))
        else:
            specs.append((a, b, [c] + extra, initials))
    out = [r for r in (_reading(*spec) for spec in specs) if r is not None]
    if hint:
        # Mr X / пані X: the address decides where the name does not
        fitting = [r for r in out if r.gender in (hint, "")]
        # "Mrs. Rakitsky": the address wins, and the surname's form stops
        # deciding (English mail often writes a wife with her husband's form)
        out = [_with_gender(r, hint) for r in (fitting or out)]
    if is_cyrillic(text) and not _NOT_RUSSIAN.search(text):
        for spec in list(specs):
            base = _reading(*spec)
            if base is not None and base.gender:
                alt = _reading(*spec, force="m" if base.gender == "f" else "f")
                if alt is not None:
                    out.append(alt)
    return PersonName(text, tuple(out))
