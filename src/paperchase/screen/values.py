"""Small value cleaners shared by the loaders: countries to ISO alpha-2,
years out of dates, genders, and the free-text remarks OFAC packs its
details into ("DOB 14 Mar 1964; nationality Russia; Gender Male")."""

from __future__ import annotations

import re
from functools import lru_cache

from followthemoney import registry

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DOB = re.compile(r"\bDOB\s+([^;]+)", re.I)
_NATIONALITY = re.compile(r"\b(?:nationality|citizen)\s+([^;().]+)", re.I)
_GENDER = re.compile(r"\bGender\s+(Male|Female)\b", re.I)
_AKA = re.compile(r"\b[af]\.k\.a\.\s*'([^']+)'", re.I)


@lru_cache(maxsize=4096)
def country(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2, lower case, or None; FtM knows names in many languages."""
    if not value or not value.strip() or value.strip() == "-0-":
        return None
    return registry.country.clean(value.strip())


def years(value: str | None) -> list[int]:
    """Every plausible year in a date or a 'circa 1960' / '1955 to 1958' phrase."""
    return [int(y) for y in _YEAR.findall(value or "")]


def gender(value: str | None) -> str | None:
    v = (value or "").strip().lower()
    if v in {"male", "m", "man", "м", "муж"}:
        return "male"
    if v in {"female", "f", "woman", "ж", "жен"}:
        return "female"
    return None


def parse_remarks(remarks: str) -> dict[str, list[str]]:
    """Birth years, countries, gender and quoted aliases from an OFAC remark."""
    out: dict[str, list[str]] = {"years": [], "countries": [], "gender": [], "aliases": []}
    for m in _DOB.finditer(remarks):
        out["years"].extend(str(y) for y in years(m.group(1)))
    for m in _NATIONALITY.finditer(remarks):
        code = country(m.group(1))
        if code:
            out["countries"].append(code)
    out["gender"] = [g.lower() for g in _GENDER.findall(remarks)]
    out["aliases"] = _AKA.findall(remarks)
    return out
