"""The name lexicons under paperchase/data/resolve/, loaded lazily, validated
once, indexed by canonical form (so a Latin spelling in any system finds the
Cyrillic entry it transliterates)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz.distance import OSA

from paperchase import lexicons
from paperchase.errors import DataFileError
from paperchase.resolve.names.translit import canon, skeleton


@dataclass(frozen=True, slots=True)
class NameGroup:
    """One first name across languages: its forms and diminutives."""

    gid: int
    gender: str
    forms: tuple[str, ...]          # canonical full forms
    dims: tuple[str, ...]           # canonical diminutives
    initials: frozenset[str]        # initial classes of every full form


def initial_class(fine: str) -> str:
    """The class of a name's first letter as initials are written: И/Ю/Я/Й
    and Latin I/J/Y/Yu/Ya all begin with 'i' once canonical; Ц and Ч merge."""
    if not fine:
        return ""
    ch = fine[0]
    return {"č": "c", "x": "g"}.get(ch, ch)


def _read(name: str) -> Any:
    """`data/resolve/<name>` with the investigator's additions (paperchase/lexicons.py)."""
    return lexicons.read("resolve", name)


_DIM_SUFFIXES = ("ečka", "očka", "enka", "onka", "uška", "iuška", "iuša", "uša", "iuxa", "uxa", "ulka", "ulia",
                 "usia", "unia", "čik", "xa", "ka", "ik", "ok", "ek", "ša", "ia")


class FirstNames:
    """Index of first-name groups by canonical form (full forms and diminutives)."""

    def __init__(self, data: Any) -> None:
        if not isinstance(data, list):
            raise DataFileError("data/resolve/first_names.yml: top level must be a list of groups")
        self.groups: list[NameGroup] = []
        self.full: dict[str, set[int]] = {}
        self.dim: dict[str, set[int]] = {}
        for i, item in enumerate(data):
            if not isinstance(item, dict) or item.get("gender") not in ("m", "f") or not item.get("forms"):
                raise DataFileError(f"data/resolve/first_names.yml: entry {i}: needs gender m|f and forms")
            forms = tuple(dict.fromkeys(canon(f) for f in item["forms"]))
            dims = tuple(dict.fromkeys(canon(d) for d in item.get("dim", []) or []))
            group = NameGroup(i, item["gender"], forms, dims, frozenset(initial_class(f) for f in forms))
            self.groups.append(group)
            for f in forms:
                self.full.setdefault(f, set()).add(i)
            for d in dims:
                self.dim.setdefault(d, set()).add(i)
        self._all = sorted(set(self.full) | set(self.dim))

    def lookup(self, fine: str) -> frozenset[int]:
        """Groups whose full form or diminutive is exactly this canonical form."""
        return frozenset(self.full.get(fine, set()) | self.dim.get(fine, set()))

    def diminutive(self, fine: str) -> frozenset[int]:
        """Groups for a diminutive the lexicon does not list, formed with a
        productive suffix (Верочка, Егорка, Юлечка): the rest must begin a
        listed form of at least three letters."""
        for suf in _DIM_SUFFIXES:
            if fine.endswith(suf) and len(fine) - len(suf) >= 2:
                stem = fine[: -len(suf)]
                out: set[int] = set()
                for form in self._all:
                    # a two-letter stem only with a long suffix, before a listed short form's ending (Ирочка: Ира)
                    if (form.startswith(stem) and len(form) - len(stem) <= 2
                            and (len(stem) >= 3 or (len(suf) >= 4 and form in (stem + "a", stem + "ia")))):
                        out |= self.full.get(form, set()) | self.dim.get(form, set())
                if out:
                    return frozenset(out)
        return frozenset()

    def lookup_full(self, fine: str) -> frozenset[int]:
        return frozenset(self.full.get(fine, set()))

    def fuzzy(self, fine: str) -> frozenset[int]:
        """Groups within one typo (drop, swap, substitute, double) of this form;
        only for words of five letters or more, where one edit is a typo
        rather than another name."""
        if len(fine) < 5:
            return frozenset()
        out: set[int] = set()
        for form in self._all:
            if abs(len(form) - len(fine)) <= 1 and OSA.distance(form, fine, score_cutoff=1) <= 1:
                out |= self.full.get(form, set()) | self.dim.get(form, set())
        return frozenset(out)


@cache
def first_names() -> FirstNames:
    return FirstNames(_read("first_names.yml"))


@dataclass(frozen=True, slots=True)
class OrgTerms:
    legal: dict[tuple[str, ...], str]       # canonical word sequence -> legal-form class
    legal_max: int
    concepts: list[tuple[str, str, str]]    # (canonical stem, its skeleton, concept), longest first
    compound: tuple[str, ...]               # canonical compound prefixes
    fillers: frozenset[str]


def letterwise(token: str) -> str:
    """An abbreviation letter by letter (ООО, LLC, ЛТЗ), so that digraph and
    doubled-letter rules do not make ЛТЗ read as LLC."""
    return "".join(canon(ch)[:1] for ch in token if ch.isalpha())


def legal_key(tokens: list[str]) -> tuple[str, ...]:
    """How a run of words is looked up among the legal forms: one word letter
    by letter, several words by their canonical forms."""
    if len(tokens) == 1:
        key = letterwise(tokens[0])
        return (key,) if key else ()
    out = tuple(canon(t) for t in tokens)
    return out if all(out) else ()


@cache
def org_terms() -> OrgTerms:
    data = _read("org_terms.yml")
    if not isinstance(data, dict):
        raise DataFileError("data/resolve/org_terms.yml: top level must be a mapping")
    for key in ("legal_forms", "words", "compound_prefixes", "fillers"):
        if key not in data:
            raise DataFileError(f"data/resolve/org_terms.yml: missing key {key!r}")
    legal: dict[tuple[str, ...], str] = {}
    for cls, forms in data["legal_forms"].items():
        if not isinstance(forms, list):
            raise DataFileError(f"data/resolve/org_terms.yml: legal_forms.{cls}: must be a list")
        for form in forms:
            seq = legal_key([w for w in str(form).split() if any(ch.isalpha() for ch in w)])
            if seq:
                legal[seq] = cls
    concepts: list[tuple[str, str, str]] = []
    for concept, stems in data["words"].items():
        if not isinstance(stems, list):
            raise DataFileError(f"data/resolve/org_terms.yml: words.{concept}: must be a list")
        for stem in stems:
            fine = canon(str(stem))
            concepts.append((fine, skeleton(fine), str(concept)))
    concepts.sort(key=lambda c: -len(c[0]))
    compound = tuple(sorted({canon(str(p)) for p in data["compound_prefixes"]}, key=len, reverse=True))
    fillers = frozenset(canon(str(f)) for f in data["fillers"])
    return OrgTerms(legal, max(len(k) for k in legal), concepts, compound, fillers)


@cache
def honorifics(key: str = "honorifics") -> dict[str, str]:
    """Word of address -> the gender it implies ('m', 'f' or ''): those
    written before a name, or with `key="trailing_honorifics"` those written
    after it (Turkish "Ayşe Hanım", "Mehmet Bey")."""
    data = _read("person_terms.yml")
    table = data.get(key) if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise DataFileError(f"data/resolve/person_terms.yml: key '{key}' must map m/f/any to lists")
    out: dict[str, str] = {}
    for gender, items in table.items():
        if gender not in ("m", "f", "any") or not isinstance(items, list):
            raise DataFileError(f"data/resolve/person_terms.yml: {key}.{gender}: expected m, f or any: [list]")
        for h in items:
            out[str(h).lower().rstrip(".")] = "" if gender == "any" else str(gender)
    return out
