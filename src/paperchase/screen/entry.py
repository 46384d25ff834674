"""What a watchlist entry is once loaded, whatever its publisher's format, and
the report of what a loader read and skipped. Plain dataclasses serialised as
JSON, so the index cache holds data, never code."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

PERSON = "Person"
# schemata that can stand for the same legal person; a Person never matches these
ORG_SCHEMATA = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})
MATCHABLE = ORG_SCHEMATA | {PERSON, "Vessel", "Airplane", "Vehicle"}


@dataclass(slots=True)
class ListEntry:
    """One entry of one list. `names` pairs each name with how the list gives
    it (`name`, `alias`, `weak`, `previous`, `original`), so an explanation can
    say which alias matched."""

    list: str
    entry_id: str
    schema: str
    caption: str
    names: list[tuple[str, str]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    birth_years: list[int] = field(default_factory=list)
    gender: str | None = None  # "male" / "female" where the list says
    identifiers: list[str] = field(default_factory=list)

    def add_name(self, name: str | None, kind: str) -> bool:
        """Add a name once (compared case-insensitively); True if it was new."""
        name = " ".join((name or "").split())
        if not name or name in {"-0-", "-"}:
            return False
        folded = name.casefold()
        if any(n.casefold() == folded for n, _ in self.names):
            return False
        self.names.append((name, kind))
        if not self.caption:
            self.caption = name
        return True

    def add_country(self, code: str | None) -> None:
        if code and code not in self.countries:
            self.countries.append(code)

    def add_year(self, year: int | None) -> None:
        if year and 1800 < year < 2100 and year not in self.birth_years:
            self.birth_years.append(year)

    def to_json(self) -> str:
        return json.dumps(
            [self.list, self.entry_id, self.schema, self.caption, self.names, self.countries,
             self.birth_years, self.gender, self.identifiers],
            ensure_ascii=False, separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, raw: str) -> ListEntry:
        lst, eid, schema, caption, names, countries, years, gender, ids = json.loads(raw)
        return cls(lst, eid, schema, caption, [(n, k) for n, k in names], countries, years, gender, ids)


@dataclass(slots=True)
class LoadReport:
    """Entries read and skipped, with reasons, for one list file. `aliases`
    counts alternative names attached (from the entry itself or a file
    beside it); `companions` names those files."""

    path: str
    format: str = ""
    list_name: str = ""
    read: int = 0
    aliases: int = 0
    addresses: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    companions: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "list_name": self.list_name, "read": self.read,
                "aliases": self.aliases, "addresses": self.addresses, "skipped": dict(self.skipped),
                "companions": self.companions}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LoadReport:
        return cls(d["path"], d["format"], d["list_name"], d["read"], d["aliases"], d["addresses"],
                   Counter(d["skipped"]), list(d["companions"]))

    def render(self) -> str:
        skipped = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped.items())) or "none"
        extra = f" (with {', '.join(self.companions)})" if self.companions else ""
        return (f"{self.path}{extra}: {self.format}, {self.read} entries read, {self.aliases} aliases,"
                f" skipped: {skipped}")
