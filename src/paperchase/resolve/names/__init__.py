"""The one name scorer of paperchase, used by resolution, screening and search
suggestions.

    compare(left, right, schema=None) -> Comparison(score, match, detail)
    name_keys(name, schema=None) -> set[str]      blocking keys
    family_hint(left, right) -> bool               same family, other person

Names are parsed once (lru_cache) into script- and system-independent forms
(see translit.py, morph.py); comparing two parsed forms is cheap. Without a
schema the kind of name is guessed: legal forms, quotes, organisation words
or CamelCase make an organisation; a first name, initial, patronymic or
comma make a person; anything else is compared as a place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from paperchase import settings
from paperchase.resolve.names.lexicon import legal_key, org_terms
from paperchase.resolve.names.morph import patronymic, surname_readings
from paperchase.resolve.names.org import compare_orgs, dotted_legal_ok, parse_org
from paperchase.resolve.names.person import _given_score, _is_initial, parse_person, strip_honorifics
from paperchase.resolve.names.person_compare import compare_persons
from paperchase.resolve.names.place import compare_places, parse_place
from paperchase.resolve.names.translit import canon, skeleton, words

__all__ = ["Comparison", "compare", "name_keys", "family_hint", "kind_of", "threshold"]

PERSON, ORG, PLACE = "person", "org", "place"
_SCHEMA_KIND = {
    "Person": PERSON, "Organization": ORG, "Company": ORG, "PublicBody": ORG, "LegalEntity": ORG,
    "Address": PLACE, "Location": PLACE,
}
_QUOTES = re.compile(r"[«»\"“”„]")
_ACRONYM = re.compile(r"^[A-ZА-ЯЁІЎЇЄҐ]{2,5}$")   # БЭМЗ, СКБ, MAZ: an organisation's initials
_CAMEL = re.compile(r"[a-zа-яёіўїєґ][A-ZА-ЯЁІЎЇЄҐ][a-zа-яёіўїєґ]")


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float      # 0-1
    match: bool       # score at or above the match threshold
    detail: str       # which parts agreed how
    kind: str = ""    # person, org or place, as compared
    family: bool = False


@cache
def threshold() -> float:
    """The match threshold, read once per process (compare() caches its
    results, so a changed setting could not apply midway anyway)."""
    return settings.get_float("match_threshold")


@lru_cache(maxsize=100_000)
def kind_of(name: str, schema: str | None = None) -> str:
    """Guess whether a name is a person, an organisation or a place."""
    if schema in _SCHEMA_KIND:
        return _SCHEMA_KIND[schema]
    if _QUOTES.search(name) or _CAMEL.search(name) or _ACRONYM.match(name.strip()):
        return ORG
    terms = org_terms()
    raw = [t for t in re.split(r"[\s\-]+", name) if t]
    fines = [canon(t) for t in raw]
    for i in range(len(fines)):
        for size in range(1, min(terms.legal_max, len(fines) - i) + 1):
            if size == 1 and not dotted_legal_ok(raw[i]):
                continue
            if legal_key(raw[i:i + size]) in terms.legal:
                return ORG
    org = parse_org(name)
    if any(u.key.startswith("#") for u in org.units):
        return ORG
    if strip_honorifics(name) != name:
        return PERSON
    toks = words(name)
    initials = [t for t in toks if _is_initial(t)]
    full = [t for t in toks if not _is_initial(t)]
    if toks and canon(toks[0].rstrip(".")) in ("st", "sankt", "saint", "sv"):
        return PLACE
    if "," in name and len(full) >= 2:
        return PERSON
    if initials and full and "-" not in name:
        return PERSON
    if len(full) >= 2 and "-" not in name:
        if any(_given_score(t) > 0 for t in full) or any(patronymic(t) for t in full[1:]):
            return PERSON
    return PLACE


@lru_cache(maxsize=200_000)
def compare(left: str, right: str, *, schema: str | None = None) -> Comparison:
    """Score two names 0-1; `match` at the configured threshold."""
    limit = threshold()
    ka, kb = kind_of(left, schema), kind_of(right, schema)
    if ORG in (ka, kb):
        score, detail = compare_orgs(parse_org(left), parse_org(right))
        kind, family = ORG, False
    elif PERSON in (ka, kb) or _gendered_pair(left, right):
        res = compare_persons(parse_person(left), parse_person(right))
        score, detail, kind, family = res.score, res.detail, PERSON, res.family
    else:
        score, detail = compare_places(parse_place(left), parse_place(right))
        kind, family = PLACE, False
    return Comparison(score, score >= limit, detail, kind, family)


def _gendered_pair(left: str, right: str) -> bool:
    """Two single words that can only be surnames of opposite genders
    (Melchakou / Melchakova) are compared as persons, not as places."""
    wl, wr = words(left), words(right)
    if len(wl) != 1 or len(wr) != 1:
        return False
    gl = {s.gender for s in surname_readings(wl[0])}
    gr = {s.gender for s in surname_readings(wr[0])}
    return len(gl) == 1 and len(gr) == 1 and "" not in gl | gr and gl != gr


def family_hint(left: str, right: str) -> bool:
    """True where two person names share a surname but are not the same
    person (wife and husband, siblings, father and son)."""
    return compare(left, right, schema="Person").family


@lru_cache(maxsize=100_000)
def name_keys(name: str, schema: str | None = None) -> frozenset[str]:
    """Blocking keys: two names that may match share at least one key.
    Persons: the surname stem skeleton (gender and case endings stripped, so
    a family shares it too), and first initial + stem; organisations: each
    distinctive word and the initials; places: the skeleton of each word."""
    kind = kind_of(name, schema)
    keys: set[str] = set()
    if kind == PERSON:
        for r in parse_person(name).readings:
            for s in r.surnames:
                if s.stem:
                    keys.add("p:" + s.stem)
                full = skeleton(s.fine)
                if full:
                    keys.add("p:" + full)
            if r.given is not None and r.given.fine and not r.surnames:
                keys.add("g:" + skeleton(r.given.fine))
    elif kind == ORG:
        org = parse_org(name)
        concepts = "".join(sorted({u.key for u in org.units if u.key.startswith("#")}))
        for u in org.units:
            if not u.key.startswith("#") and u.key:
                keys.add("o:" + u.key)
                if u.alt:
                    keys.add("o:" + u.alt)
                if u.place:
                    keys.add("o:@" + u.place)
                if concepts:
                    # a city and its adjective share only the start (Lida / Лидский):
                    # blocked together only with the same kind of firm
                    keys.add("o2:" + u.key[:2] + concepts)
        if org.acronym:
            keys.add("a:" + org.acronym)
        elif len(org.initials) > 1:
            keys.add("a:" + org.initials)
        if not keys:
            keys.update("o:" + u.key for u in org.units)
    else:
        for skels, _fine in parse_place(name).words:
            keys.update("l:" + s for s in skels if s)
    return frozenset(keys)
