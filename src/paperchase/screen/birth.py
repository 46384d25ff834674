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


def years_after(text: str, surface: str, limit: int = 20) -> list[int]:
    """Birth years stated right after occurrences of `surface` in `text`."""
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
    return found
