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

from rapidfuzz.distance import OSA

from paperchase.resolve.names.lexicon import first_names, honorifics, initial_class
from paperchase.resolve.names.morph import Patronymic, Surname, given_candidates, patronymic, surname_readings
from paperchase.resolve.names.translit import canon, canon_variants, is_cyrillic, plain, words


@dataclass(frozen=True, slots=True)
class Given:
    fine: str                    # canonical form ('' when only an initial is known)
    groups: frozenset[int]       # lexicon groups (cognates, diminutives)
    initials: frozenset[str]     # initial classes it can be abbreviated to
    fuzzy: bool = False          # groups found only within one typo
    plain: str = ""              # transliterated letters, for typo counting
    raw: str = ""                # the letters as written, lower case


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
    if not groups:
        groups = set(lex.diminutive(fine))
    if force:
        groups = {g for g in groups if lex.groups[g].gender == force}
    if not groups:
        return None
    return _with_initials(fine, frozenset(groups), tok)


@lru_cache(maxsize=100_000)
def given_fuzzy(tok: str) -> Given | None:
    fine = canon(tok)
    groups = first_names().fuzzy(fine) if len(fine) >= 4 else frozenset()
    if not groups:
        return None
    return _with_initials(fine, groups, tok, fuzzy=True)


def _plain_given(tok: str) -> Given:
    fine = canon(tok)
    return Given(fine, frozenset(), frozenset({initial_class(fine)}), False, plain(tok), _letters(tok))


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
            given = given_info(given_tok) or given_fuzzy(given_tok) or _plain_given(given_tok)
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
    if gender:
        fitting = [s for s in readings if s.gender in (gender, "")]
        readings = fitting or readings
    return Reading(given, patr, patr_initial, tuple(readings), gender)


def _with_gender(r: Reading, gender: str) -> Reading:
    surnames = tuple(s for s in r.surnames if s.gender in (gender, "")) or r.surnames
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


def strip_honorifics(text: str) -> str:
    """Drop leading words of address: `Mr. Oleg X`, `Herrn P. X`, `г-н X`."""
    return _honorifics(text)[0]


def _honorifics(text: str) -> tuple[str, str]:
    """The name without its words of address, and the gender they imply."""
    hon = honorifics()
    gender = ""
    while True:
        m = _LEAD.match(text)
        if not m or m.group(1).lower().rstrip(".") not in hon:
            return text, gender
        gender = gender or hon[m.group(1).lower().rstrip(".")]
        text = text[m.end():]


@lru_cache(maxsize=100_000)
def parse_person(text: str) -> PersonName:
    """Parse a person name written in any of the usual orders:
    First Last, Last First, LAST First, Last, First, First Patronymic Last,
    Last First Patronymic, I. Last, I.P. Last, Last I.P."""
    text, hint = _honorifics(text)
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
        if not initials and _given_score(tok) == 0 and is_cyrillic(tok) and tok[-1:].lower() not in _VOWELS_CYR:
            # the colloquial vocative drops the final vowel of a diminutive: Паш, Лен, Серёж
            for end in ("а", "я"):
                g = given_info(tok + end)
                if g is not None and first_names().dim.get(g.fine):
                    tok = tok + end
                    break
        if not initials and _given_score(tok) >= 1.5 and not _surname_like(tok):
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
            order = [(a, b)]
        elif sb > sa:
            order = [(b, a)]
        else:
            order = [(a, b), (b, a)]
        for giv, sur in order:
            specs.append((giv, None, [sur], initials))
    else:
        a, b, c = full[0], full[1], full[-1]
        extra = full[2:-1]
        if comma and n_before == 1:
            specs.append((b, c if patronymic(c) else None, [a] + ([] if patronymic(c) else [c]),
                                     initials))
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
        out = [r if r.gender else _with_gender(r, hint) for r in fitting] or out
    if is_cyrillic(text) and not _NOT_RUSSIAN.search(text):
        for spec in list(specs):
            base = _reading(*spec)
            if base is not None and base.gender:
                alt = _reading(*spec, force="m" if base.gender == "f" else "f")
                if alt is not None:
                    out.append(alt)
    return PersonName(text, tuple(out))


# ---- comparison ---------------------------------------------------------

def _typo(a_fine: str, b_fine: str, a_plain: str, b_plain: str, minlen: int,
          a_raw: str = "", b_raw: str = "") -> bool:
    """One letter dropped, swapped, substituted or doubled, not the first:
    measured on the canonical forms, on the plain transliterations (the
    canonical form hides a doubled letter) and on the letters as written
    (a typo in a Cyrillic я or a Latin digraph is one letter there)."""
    for x, y in ((a_fine, b_fine), (a_plain, b_plain), (a_raw, b_raw)):
        if x and y and x[0] == y[0] and min(len(x), len(y)) >= minlen \
                and OSA.distance(x, y, score_cutoff=1) <= 1:
            return True
    return False


def _surname_sim(a: tuple[Surname, ...], b: tuple[Surname, ...]) -> tuple[float, str]:
    best, why = 0.0, "surnames differ"
    for x in a:
        for y in b:
            if x.gender and y.gender and x.gender != y.gender:
                if x.cls == y.cls and x.stem == y.stem and best == 0.0:
                    why = f"surname gender differs ({x.gender}/{y.gender}): family hint"
                continue
            if x.cls == y.cls:
                if x.stem == y.stem and x.stem:
                    s, w = 1.0, "surname stem and suffix agree"
                elif _typo(x.fine, y.fine, x.plain, y.plain, 5, x.raw, y.raw):
                    s, w = 0.92, "surname within one typo"
                else:
                    s, w = 0.0, "surname stems differ"
            elif not x.cls or not y.cls:
                if _typo(x.fine, y.fine, x.plain, y.plain, 5, x.raw, y.raw):
                    s, w = 0.9, "surname within one typo"
                else:
                    s, w = 0.0, "surnames differ"
            else:
                s, w = 0.0, f"surname suffixes differ ({x.cls.lower()}/{y.cls.lower()})"
            if s > best:
                best, why = s, w
    return best, why


def _given_sim(a: Given | None, b: Given | None) -> tuple[float, str]:
    if a is None or b is None:
        return (0.85, "first name on one side only") if (a or b) else (0.85, "surnames only")
    if not a.fine or not b.fine:
        if not a.fine and not b.fine:
            return (0.95, "same initial") if a.initials & b.initials else (0.0, "initials differ")
        return (0.95, "initial fits first name") if a.initials & b.initials else (0.0, "initial does not fit")
    if a.groups & b.groups and not (a.fuzzy and b.fuzzy):
        lex = first_names()
        if a.fine == b.fine or (a.fuzzy or b.fuzzy):
            return (1.0 if not (a.fuzzy or b.fuzzy) else 0.93), "same first name"
        full_a = bool(lex.lookup_full(a.fine))
        full_b = bool(lex.lookup_full(b.fine))
        return 1.0, "cognate first names" if full_a and full_b else "diminutive of the first name"
    if a.fine == b.fine:
        return 1.0, "same first name"
    if not a.groups or not b.groups or a.fuzzy or b.fuzzy:
        if _typo(a.fine, b.fine, a.plain, b.plain, 3, a.raw, b.raw) and a.fine[-1:] == b.fine[-1:]:
            return 0.93, "first name within one typo"
        forms = {f for g in a.groups for f in first_names().groups[g].forms}
        others = {f for g in b.groups for f in first_names().groups[g].forms}
        if any(_typo(x, b.fine, "", "", 4) for x in forms) or any(_typo(a.fine, y, "", "", 4) for y in others):
            return 0.93, "first name within one typo"
    return 0.0, "first names differ"


@lru_cache(maxsize=50_000)
def patr_initials(p: Patronymic) -> frozenset[str]:
    """Initials a patronymic may be abbreviated to: its own first letter and
    that of the father's name in the other languages (Мікалаевіч is Н.)."""
    lex = first_names()
    out = {initial_class(p.fine)}
    for stem in p.stems:
        for g in lex.lookup_full(stem):
            out |= lex.groups[g].initials
    return frozenset(out)


def _patr_sim(a: Reading, b: Reading) -> tuple[float, str]:
    pa, pb = a.patr, b.patr
    if pa is not None and pb is not None:
        lex = first_names()
        ga = set().union(*(lex.lookup_full(s) for s in pa.stems))
        gb = set().union(*(lex.lookup_full(s) for s in pb.stems))
        if ga & gb or pa.skel == pb.skel:
            return 1.0, "same patronymic"
        if _typo(pa.fine, pb.fine, "", "", 6):
            return 0.95, "patronymic within one typo"
        return 0.0, "patronymics differ"
    if pa is not None and b.patr_initial or pb is not None and a.patr_initial:
        p = pa or pb
        init = b.patr_initial if pa is not None else a.patr_initial
        assert p is not None
        return (1.0, "patronymic initial fits") if init in patr_initials(p) else (0.0, "patronymic initial differs")
    if a.patr_initial and b.patr_initial:
        return (1.0, "") if a.patr_initial == b.patr_initial else (0.0, "patronymic initials differ")
    return 1.0, ""


@dataclass(frozen=True, slots=True)
class PersonResult:
    score: float
    detail: str
    family: bool


def compare_persons(a: PersonName, b: PersonName) -> PersonResult:
    best = PersonResult(0.0, "no reading agrees", False)
    for ra in a.readings:
        for rb in b.readings:
            res = _compare_readings(ra, rb)
            if res.score > best.score or (res.score == best.score and res.family and not best.family):
                best = res
    return best


def _compare_readings(a: Reading, b: Reading) -> PersonResult:
    s_sur, why_sur = _surname_sim(a.surnames, b.surnames) if a.surnames and b.surnames else (0.6, "no surname")
    s_giv, why_giv = _given_sim(a.given, b.given)
    s_pat, why_pat = _patr_sim(a, b)
    parts = [why_sur, why_giv] + ([why_pat] if why_pat else [])
    score = s_sur * s_giv * s_pat
    if a.oblique or b.oblique:
        score *= 0.9
        parts.append("read as a case form of the other gender")
    family = False
    if a.gender and b.gender and a.gender != b.gender:
        family = s_sur >= 0.9 or "family hint" in why_sur
        score = min(score, 0.45)
        parts.insert(0, f"gender differs ({a.gender}/{b.gender})")
        if family:
            parts.append("family hint: same surname, other gender")
    elif "family hint" in why_sur:
        family = True
    elif s_sur >= 0.9 and score < 0.8 and a.given is not None and b.given is not None:
        family = True
        parts.append("family hint: same surname, other person")
    return PersonResult(round(score, 3), "; ".join(parts), family)
