"""Comparing parsed person names (see person.py for the parsing): surname
by stem and suffix class, first name by cognate group, initial or typo,
patronymic by the father's name; gender first, as a hard boundary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from paperchase.resolve.names.lexicon import first_names, initial_class
from paperchase.resolve.names.morph import Patronymic, Surname
from paperchase.resolve.names.person import Given, PersonName, Reading
from paperchase.resolve.names.translit import is_cyrillic


def _typo(a_fine: str, b_fine: str, a_plain: str, b_plain: str, minlen: int,
          a_raw: str = "", b_raw: str = "") -> bool:
    """One letter dropped, swapped, substituted or doubled, not the first or
    the last (Соловьёв / Соловей are two names, not a typo):
    measured on the canonical forms, on the plain transliterations (the
    canonical form hides a doubled letter) and on the letters as written
    (a typo in a Cyrillic я or a Latin digraph is one letter there)."""
    for x, y in ((a_fine, b_fine), (a_plain, b_plain), (a_raw, b_raw)):
        if x and y and x[0] == y[0] and x[-1] == y[-1] and min(len(x), len(y)) >= minlen \
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
    if a.fine == b.fine or (a.alts | {a.fine}) & (b.alts | {b.fine}):
        return 1.0, "same first name"
    if not a.groups or not b.groups or a.fuzzy or b.fuzzy:
        if _typo(a.fine, b.fine, a.plain, b.plain, 3, a.raw, b.raw) and a.fine[-1:] == b.fine[-1:]:
            return 0.93, "first name within one typo"
        forms = {f for g in a.groups for f in first_names().groups[g].forms}
        others = {f for g in b.groups for f in first_names().groups[g].forms}
        if any(_typo(x, b.fine, "", "", 4) for x in forms) or any(_typo(a.fine, y, "", "", 4) for y in others):
            return 0.93, "first name within one typo"
    if (not a.groups or a.fuzzy) and (not b.groups or b.fuzzy) and _foreign_case_form(a, b):
        return 0.9, "a foreign first name in a Cyrillic case form"
    return 0.0, "first names differ"


_CASE_TAILS = ("a", "u", "om", "em", "e", "y", "i", "ovi")


def _foreign_case_form(a: Given, b: Given) -> bool:
    """"Рохана Дешпанде" of Rohan Deshpande: a first name no lexicon knows, declined in
    Cyrillic, is the Latin one plus a case ending."""
    for x, y in ((a, b), (b, a)):
        # Latin h is х as often as г: one key for both
        xf, yf = x.fine.replace("x", "g"), y.fine.replace("x", "g")
        if is_cyrillic(x.raw) and not is_cyrillic(y.raw) and len(yf) >= 3 and xf.startswith(yf) and (
                xf[len(yf):] in _CASE_TAILS):
            return True
    return False


@lru_cache(maxsize=50_000)
def patr_initials(p: Patronymic) -> frozenset[str]:
    """Initials a patronymic may be abbreviated to: its own first letter and
    that of the father's name in the other languages (Рыгоравіч is Г.)."""
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
