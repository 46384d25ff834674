"""Evidence beside the name that supports or contradicts a screening match:
schema, gender, birth year, country, patronymic, legal form. Each is a small class with a NAME and a
`check` that returns how far it moves the score and a readable detail, in the
manner of nomenklatura's features; how far is configured in
data/screen/evidence.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from paperchase import lexicons
from paperchase.errors import DataFileError
from paperchase.screen.entry import ORG_SCHEMATA, PERSON, ListEntry
from paperchase.screen.forms import names_gender

DATA_FILE = "evidence.yml"


@dataclass(slots=True)
class Subject:
    """What is known of the name being screened (an input row or a case entity)."""

    ref: str
    name: str
    schema: str | None = None
    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    birth_years: list[int] = field(default_factory=list)
    gender: str | None = None
    infer_gender: bool = False  # read gender off `names` when first needed (see `weigh`)


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    data: Any = lexicons.read("screen", DATA_FILE)
    out: dict[str, dict[str, float]] = {}
    for name in ("gender", "birth_year", "country", "patronymic", "legal_form", "city"):
        item = data.get(name) if isinstance(data, dict) else None
        if not isinstance(item, dict):
            raise DataFileError(f"{DATA_FILE}: {name} missing")
        try:
            if not {"agree", "disagree"} <= item.keys():
                raise KeyError("agree/disagree")
            out[name] = {str(k): float(v) for k, v in item.items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"{DATA_FILE}: {name}: needs numbers agree and disagree") from exc
    return out


def compatible(left: str | None, right: str) -> bool:
    """Whether two schemata may name the same thing: a Person never an
    organisation; LegalEntity (or not saying) goes with either."""
    if not left or left == right or "LegalEntity" in (left, right):
        return True
    return left in ORG_SCHEMATA and right in ORG_SCHEMATA


class Gender:
    NAME = "gender"

    def check(self, subject: Subject, entry: ListEntry, entry_gender: str | None) -> tuple[float, str] | None:
        if not subject.gender or not entry_gender:
            return None
        w = weights()[self.NAME]
        if subject.gender == entry_gender:
            return w["agree"], f"{entry_gender} on both sides"
        return w["disagree"], f"{subject.gender}, the entry is {entry_gender}"


class BirthYear:
    NAME = "birth_year"

    def check(self, subject: Subject, entry: ListEntry, entry_gender: str | None) -> tuple[float, str] | None:
        if not subject.birth_years or not entry.birth_years:
            return None
        w = weights()[self.NAME]
        best = min(abs(a - b) for a in subject.birth_years for b in entry.birth_years)
        mine = "/".join(map(str, subject.birth_years))
        theirs = "/".join(map(str, entry.birth_years))
        if best <= 1:
            return w["agree"], f"born {mine}, the entry {theirs}"
        return w["disagree"], f"born {mine}, the entry {theirs}"


class Country:
    NAME = "country"

    def check(self, subject: Subject, entry: ListEntry, entry_gender: str | None) -> tuple[float, str] | None:
        if not subject.countries or not entry.countries:
            return None
        w = weights()[self.NAME]
        shared = sorted(set(subject.countries) & set(entry.countries))
        if shared:
            return w["agree"], f"country {', '.join(shared)} on both sides"
        # a firm is registered in one country: a namesake registered elsewhere is another firm
        penalty = w.get("disagree_org", w["disagree"]) if entry.schema in ORG_SCHEMATA else w["disagree"]
        return penalty, (f"country {', '.join(subject.countries)},"
                         f" the entry {', '.join(entry.countries)}")


def _patronymics(names: list[str]) -> set[str]:
    """The patronymics a person's names spell out in full. A two-word name
    "Нурлан Бекович" has one only where the person's other names give
    another surname (so "Бекович" is no surname of theirs)."""
    from paperchase.resolve.names.morph import patronymic
    from paperchase.resolve.names.person import parse_person

    out: set[str] = set()
    surnames: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for name in names:
        readings = parse_person(name).readings
        if not readings:
            continue
        r = readings[0]
        if r.patr is not None:
            out.add(r.patr.fine)
        elif r.given is not None and r.given.fine and len(r.surnames) == 1 and r.surnames[0].cls == "ICH":
            pairs.append((r.given.fine, r.surnames[0].fine))
            continue
        surnames.update(x.fine for x in r.surnames)
    for _given, word in pairs:
        if surnames and word not in surnames and (p := patronymic(word)) is not None:
            out.add(p.fine)
    return out


class PatronymicEvidence:
    NAME = "patronymic"

    def check(self, subject: Subject, entry: ListEntry, entry_gender: str | None) -> tuple[float, str] | None:
        if subject.schema not in (None, PERSON) or entry.schema != PERSON:
            return None
        mine = _patronymics(subject.names or [subject.name])
        theirs = _patronymics([n for n, _kind in entry.names])
        if not mine or not theirs:
            return None
        w = weights()[self.NAME]
        if mine & theirs:
            return w["agree"], f"patronymic {', '.join(sorted(mine & theirs))} on both sides"
        return w["disagree"], f"patronymic {', '.join(sorted(mine))}, the entry {', '.join(sorted(theirs))}"


# legal forms that name one kind of firm however a letter writes it (ЗАО, ОАО, АО, JSC; ООО, LLC)
_LEGAL_FAMILY = {"ojsc": "joint-stock", "cjsc": "joint-stock", "jsc": "joint-stock"}
# where an ООО and an АО of one name are two firms: the post-Soviet registers (in English, "Co",
# "Inc" and "Corp" are written for either)
_LEGAL_COUNTRIES = {"ru", "by", "ua", "kz", "uz", "kg", "tj", "tm", "am", "az", "ge", "md"}


def _legal_families(names: list[str]) -> set[str]:
    from paperchase.resolve.names.org import parse_org

    out = set()
    for name in names:
        legal = parse_org(name).legal
        if legal:
            out.add(_LEGAL_FAMILY.get(legal, legal))
    return out


class LegalForm:
    """An ООО on the list and an АО in the mail: another firm of that name
    (a namesake registered elsewhere, a subsidiary), where both sides write one."""

    NAME = "legal_form"

    def check(self, subject: Subject, entry: ListEntry, entry_gender: str | None) -> tuple[float, str] | None:
        if subject.schema not in ORG_SCHEMATA or entry.schema not in ORG_SCHEMATA:
            return None
        if not _LEGAL_COUNTRIES & set(subject.countries + entry.countries):
            return None
        mine = _legal_families(subject.names or [subject.name])
        theirs = _legal_families([n for n, _kind in entry.names])
        if not mine or not theirs:
            return None
        w = weights()[self.NAME]
        if mine & theirs:
            return w["agree"], f"legal form {', '.join(sorted(mine & theirs))} on both sides"
        return w["disagree"], f"legal form {', '.join(sorted(mine))}, the entry {', '.join(sorted(theirs))}"


class City:
    """A firm whose names carry a town ("Shenzhen Huaxing ...") against a list entry that names
    another ("HUAXING ... (WUXI)"): another firm of that name, where both sides name one."""

    NAME = "city"

    def check(self, subject: Subject, entry: ListEntry, entry_gender: str | None) -> tuple[float, str] | None:
        if subject.schema not in ORG_SCHEMATA or entry.schema not in ORG_SCHEMATA:
            return None
        mine = _cities(subject.names or [subject.name])
        theirs = _cities([n for n, _kind in entry.names] + [entry.caption])
        if not mine or not theirs:
            return None
        w = weights()[self.NAME]
        if mine & theirs:
            return w["agree"], f"town {', '.join(sorted(mine & theirs))} on both sides"
        return w["disagree"], f"town {', '.join(sorted(mine))}, the entry {', '.join(sorted(theirs))}"


def _cities(names: list[str]) -> frozenset[str]:
    return _cities_of(tuple(names))


@lru_cache(maxsize=50_000)   # screening checks many entries against each subject
def _cities_of(names: tuple[str, ...]) -> frozenset[str]:
    """Towns in a firm's names: the gazetteer's, and any word that is a large town of the world list
    ("(WUXI)"), which the running-text matcher only takes after a preposition."""
    from paperchase.extract.places import find_places, world_town

    out: set[str] = set()
    for n in names:
        text = re.sub(r"[()\[\],]", " ", n)
        text = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in text.split())
        out |= {h.name for h in find_places(text) if h.kind == "city"}
        for w in re.findall(r"[^\W\d_]{4,}", text):
            hit = world_town(w)
            if hit is not None and hit[2] >= WORLD_TOWN_POPULATION and w[:1].isupper():
                out.add(hit[1])
    return frozenset(out)


WORLD_TOWN_POPULATION = 500_000   # a town this large in a firm's name is where the firm is


EVIDENCE = [Gender(), BirthYear(), Country(), PatronymicEvidence(), LegalForm(), City()]


def weigh(subject: Subject, entry: ListEntry, entry_gender: str | None) -> list[tuple[str, float, str]]:
    """(evidence name, delta, detail) for every piece both sides have."""
    if subject.infer_gender:
        subject.gender = subject.gender or names_gender(subject.names)
        subject.infer_gender = False
    out = []
    for ev in EVIDENCE:
        got = ev.check(subject, entry, entry_gender)
        if got is not None:
            out.append((ev.NAME, got[0], got[1]))
    return out


def is_person(schema: str | None) -> bool:
    return schema == PERSON
