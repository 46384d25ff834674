"""CSV lists with a header row: the plain list an investigator writes
(`name,schema,country,notes`; optional `id`, `aliases` separated by `;`,
`birth_date`, `gender`) and, as the same shape with other column names, the
US Consolidated Screening List (`source,entity_number,type,…,name,…,alt_names`)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from paperchase.screen.entry import MATCHABLE, ListEntry, LoadReport
from paperchase.screen.values import country, gender, years

CSL_TYPES = {"individual": "Person", "entity": "LegalEntity", "vessel": "Vessel", "aircraft": "Airplane"}
SCHEMA_WORDS = {"person": "Person", "individual": "Person", "company": "Company", "organization": "Organization",
                "organisation": "Organization", "entity": "LegalEntity", "legalentity": "LegalEntity",
                "publicbody": "PublicBody", "vessel": "Vessel", "airplane": "Airplane", "aircraft": "Airplane"}


def delimiter(first_line: str) -> str:
    """Comma, or the semicolon or tab a spreadsheet saved the file with."""
    for d in (",", ";", "\t"):
        if d in first_line:
            return d
    return ","


def header(head: bytes) -> list[str]:
    text = head.lstrip(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    first = text.splitlines()[:1]
    row = next(csv.reader(first, delimiter=delimiter(first[0])), []) if first else []
    return [c.strip().lower() for c in row]


def sniff(head: bytes) -> bool:
    return "name" in header(head)


def schema_of(value: str | None) -> str | None:
    """An FtM schema from a loose word; None where it names none."""
    v = (value or "").strip()
    if v in MATCHABLE:
        return v
    return SCHEMA_WORDS.get(v.lower().replace(" ", "").replace("_", ""))


def load(path: Path, report: LoadReport, list_name: str) -> Iterator[ListEntry]:
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter(fh.readline()))
        fh.seek(0)
        cols = {c.strip().lower(): c for c in reader.fieldnames or []}
        csl = "alt_names" in cols and "source" in cols
        report.format = "csl-csv" if csl else "names-csv"

        def get(row: dict[str, str], col: str) -> str:
            key = cols.get(col)
            return (row.get(key) or "").strip() if key else ""

        for n, row in enumerate(reader, start=1):
            name = get(row, "name")
            if not name:
                report.skip("no name")
                continue
            if csl:
                schema = CSL_TYPES.get(get(row, "type").lower(), "LegalEntity")
                entry_id = get(row, "entity_number") or get(row, "id") or f"row{n}"
                aliases = get(row, "alt_names").split(";")
                countries = get(row, "nationalities").split(";") + get(row, "citizenships").split(";")
                births = get(row, "dates_of_birth")
                sex = ""
            else:
                raw_schema = get(row, "schema")
                schema = schema_of(raw_schema) or ("LegalEntity" if not raw_schema else "")
                if not schema:
                    report.skip(f"schema {raw_schema} is not screened")
                    continue
                entry_id = get(row, "id") or f"row{n}"
                aliases = get(row, "aliases").split(";")
                countries = get(row, "country").split(";")
                births = get(row, "birth_date") or get(row, "birthdate")
                sex = get(row, "gender")
            entry = ListEntry(list_name, entry_id, schema, name)
            entry.add_name(name, "name")
            for alias in aliases:
                if entry.add_name(alias, "alias"):
                    report.aliases += 1
            for c in countries:
                entry.add_country(country(c))
            for y in years(births):
                entry.add_year(y)
            entry.gender = gender(sex)
            report.read += 1
            yield entry
