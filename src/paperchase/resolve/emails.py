"""An e-mail address with no display name still names its owner more often
than not: `i.rakitski@`, `rakitski.igor@`, `irakitski@`. The local part is
read as initial + surname or first + last name and compared with the people
of the case; it ties the address to a person only where one person fits."""

from __future__ import annotations

import re
from collections import defaultdict

from paperchase.resolve.forms import Form, personal_email
from paperchase.resolve.names import compare, name_keys
from paperchase.resolve.persons import FULL, Shape

_SPLIT = re.compile(r"[._\-+]+")


def local_part_names(email: str) -> list[str]:
    """Person names a mailbox's local part may spell (Latin)."""
    if not personal_email(email):
        return []
    local = email.split("@", 1)[0].lower()
    parts = [p for p in _SPLIT.split(local) if p.isalpha()]
    if len(parts) == 2:
        a, b = parts
        if len(a) <= 2 and len(b) >= 4:
            return [f"{a[0].upper()}. {b.title()}"]
        if len(b) <= 2 and len(a) >= 4:
            return [f"{b[0].upper()}. {a.title()}"]
        if len(a) >= 3 and len(b) >= 3:
            return [f"{a.title()} {b.title()}", f"{b.title()} {a.title()}"]
    if len(parts) == 1 and len(parts[0]) >= 6:
        p = parts[0]
        return [f"{p[0].upper()}. {p[1:].title()}"]
    return []


class PersonIndex:
    """Blocking index over the full-name forms of the people of a case."""

    def __init__(self, groups: list[list[Form]], shapes: dict[str, Shape]) -> None:
        self.groups = groups
        self.by_key: dict[str, set[int]] = defaultdict(set)
        for i, g in enumerate(groups):
            for f in g:
                if shapes[f.key].kind == FULL:
                    for k in name_keys(f.surface, "Person"):
                        self.by_key[k].add(i)
        self.shapes = shapes

    def owner(self, email: str) -> int | None:
        hits: set[int] = set()
        for name in local_part_names(email):
            cands = set().union(*(self.by_key.get(k, set()) for k in name_keys(name, "Person")))
            for i in cands:
                if any(self.shapes[f.key].kind == FULL and compare(name, f.surface, schema="Person").match
                       for f in self.groups[i]):
                    hits.add(i)
        return hits.pop() if len(hits) == 1 else None
