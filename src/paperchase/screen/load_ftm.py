"""FollowTheMoney JSON lines as OpenSanctions publishes them (`entities.ftm.json`):
one entity per line with `schema`, `properties` and `datasets`. Sanctions,
addresses, ownerships and other link schemata describe entries rather than
being ones, so they are skipped and counted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paperchase.screen.entry import MATCHABLE, ListEntry, LoadReport
from paperchase.screen.values import country, gender, years

NAME_PROPS = (("name", "name"), ("alias", "alias"), ("weakAlias", "weak"), ("previousName", "previous"),
              ("abbreviation", "weak"))
COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry")
ID_PROPS = ("idNumber", "passportNumber", "innCode", "ogrnCode", "registrationNumber", "taxNumber",
            "leiCode", "swiftBic", "imoNumber", "vatCode", "okpoCode")


def sniff(head: bytes) -> bool:
    """A first line that is a JSON object with a `schema` is FtM."""
    line = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not line.startswith(b"{"):
        return False
    try:
        obj = json.loads(line)
    except ValueError:
        return b'"schema"' in line  # a first line longer than the sniffed head
    return isinstance(obj, dict) and "schema" in obj


def load(path: Path, report: LoadReport, list_name: str) -> Iterator[ListEntry]:
    report.format = "ftm"
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError:
                report.skip("unreadable JSON line")
                continue
            if not isinstance(obj, dict):
                report.skip("line is not an entity")
                continue
            entry = entity_entry(obj, report, list_name)
            if entry is not None:
                yield entry


def entity_entry(obj: dict[str, Any], report: LoadReport, list_name: str) -> ListEntry | None:
    schema = str(obj.get("schema") or "")
    if schema not in MATCHABLE:
        report.skip(f"schema {schema or 'missing'} is not screened")
        return None
    props = obj.get("properties") or {}
    if not isinstance(props, dict):
        report.skip("properties are not an object")
        return None
    datasets = [d for d in obj.get("datasets") or [] if isinstance(d, str)]
    entry = ListEntry(";".join(datasets) or list_name, str(obj.get("id") or ""), schema,
                      str(obj.get("caption") or ""))

    def values(prop: str) -> list[str]:
        got = props.get(prop) or []
        return [v for v in got if isinstance(v, str)] if isinstance(got, list) else []

    for prop, kind in NAME_PROPS:
        for value in values(prop):
            if entry.add_name(value, kind) and kind != "name":
                report.aliases += 1
    if not entry.names and schema == "Person":
        parts = [values(p)[:1] for p in ("firstName", "fatherName", "middleName", "lastName")]
        entry.add_name(" ".join(p[0] for p in parts if p), "name")
    if not entry.names or not entry.entry_id:
        report.skip("no name" if entry.entry_id else "no id")
        return None
    if not entry.caption:
        entry.caption = entry.names[0][0]
    for prop in COUNTRY_PROPS:
        for value in values(prop):
            entry.add_country(country(value))
    for value in values("birthDate"):
        for y in years(value)[:1]:
            entry.add_year(y)
    for value in values("gender"):
        entry.gender = gender(value) or entry.gender
    for prop in ID_PROPS:
        entry.identifiers.extend(values(prop))
    report.read += 1
    return entry
