"""Birth years written next to a person's name in the mail ("Чарнецкі Вадзім
Леанідавіч, 12.04.1976 г.н."): the one piece of evidence that tells a full
namesake on a list from the person in the mailbox."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from paperchase import lexicons
from paperchase.errors import DataFileError

DATA_FILE = "birth.yml"


@lru_cache(maxsize=1)
def patterns() -> tuple[int, list[re.Pattern[str]]]:
    data: Any = lexicons.read("screen", DATA_FILE)
    if not isinstance(data, dict) or not isinstance(data.get("after_name"), list):
        raise DataFileError(f"{DATA_FILE}: after_name must be a list of patterns")
    try:
        window = int(data.get("window", 60))
        compiled = [re.compile(p, re.I) for p in data["after_name"]]
    except (TypeError, ValueError, re.error) as exc:
        raise DataFileError(f"{DATA_FILE}: after_name / window: {exc}") from exc
    for p in compiled:
        if "year" not in p.groupindex:
            raise DataFileError(f"{DATA_FILE}: after_name: pattern {p.pattern!r} has no group 'year'")
    return window, compiled


@lru_cache(maxsize=1)
def age_patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """Ages after a name (`after_name_age`) and jubilee greetings to the addressee (`greeting_age`),
    each with a group `age`: the birth year is the message's year less the age."""
    data: Any = lexicons.read("screen", DATA_FILE)
    out = []
    for key in ("after_name_age", "greeting_age"):
        try:
            pats = [re.compile(p, re.I) for p in data.get(key) or []]
        except (TypeError, re.error) as exc:
            raise DataFileError(f"{DATA_FILE}: {key}: {exc}") from exc
        for p in pats:
            if "age" not in p.groupindex:
                raise DataFileError(f"{DATA_FILE}: {key}: pattern {p.pattern!r} has no group 'age'")
        out.append(pats)
    return out[0], out[1]


def greeting_years(text: str, year: int | None) -> list[int]:
    """Birth years from a jubilee greeting ("поздравляю Вас с 60-летием") in a message of `year`."""
    if not year:
        return []
    _after, greet = age_patterns()
    return [year - int(m.group("age")) for p in greet for m in p.finditer(text)][:1]


def years_after(text: str, surface: str, limit: int = 20, year: int | None = None) -> list[int]:
    """Birth years stated right after occurrences of `surface` in `text` (an age stated
    there counts back from `year`, the message's)."""
    if not surface or len(surface) < 3:
        return []
    window, pats = patterns()
    found: list[int] = []
    start = 0
    for _ in range(limit):
        at = text.find(surface, start)
        if at < 0:
            break
        start = at + len(surface)
        tail = text[start:start + window]
        for p in pats:
            m = p.search(tail)
            if m:
                found.append(int(m.group("year")))
                break
        else:
            ages = [m for p in age_patterns()[0] if (m := p.search(tail))] if year else []
            if ages and year:
                found.append(year - int(ages[0].group("age")))
    return found
