"""The UN Security Council consolidated list (XML): `INDIVIDUAL` and `ENTITY`
elements with the name in FIRST_NAME … FOURTH_NAME, aliases with a quality
(`Good`, `Low`, `a.k.a.`, `f.k.a.`), NAME_ORIGINAL_SCRIPT, NATIONALITY and
dates of birth. REFERENCE_NUMBER (`CDi.001`) is the entry id. Parsed element
by element and cleared, so the list is never held whole."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from paperchase.screen.entry import ListEntry, LoadReport
from paperchase.screen.values import country, gender, years

PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
QUALITY = {"good": "alias", "a.k.a.": "alias", "low": "weak", "f.k.a.": "previous"}


def sniff(head: bytes) -> bool:
    return b"<CONSOLIDATED_LIST" in head


def _text(el: ET.Element | None) -> str:
    return " ".join((el.text or "").split()) if el is not None else ""


def load(path: Path, report: LoadReport, list_name: str) -> Iterator[ListEntry]:
    report.format = "un-xml"
    try:
        for _event, el in ET.iterparse(str(path), events=("end",)):
            if el.tag not in {"INDIVIDUAL", "ENTITY"}:
                continue
            entry = element_entry(el, report, list_name)
            el.clear()
            if entry is not None:
                yield entry
    except ET.ParseError as exc:
        report.skip(f"XML damaged from {exc.position[0]}:{exc.position[1]}, rest not read")


def element_entry(el: ET.Element, report: LoadReport, list_name: str) -> ListEntry | None:
    person = el.tag == "INDIVIDUAL"
    ref = _text(el.find("REFERENCE_NUMBER")) or _text(el.find("DATAID"))
    name = " ".join(p for p in (_text(el.find(t)) for t in PARTS) if p)
    if not ref or not name:
        report.skip("no reference number" if name else "no name")
        return None
    entry = ListEntry(list_name, ref, "Person" if person else "Organization", name)
    entry.add_name(name, "name")
    for alias in el.iter("INDIVIDUAL_ALIAS" if person else "ENTITY_ALIAS"):
        kind = QUALITY.get(_text(alias.find("QUALITY")).lower(), "alias")
        if entry.add_name(_text(alias.find("ALIAS_NAME")), kind):
            report.aliases += 1
    for original in el.iter("NAME_ORIGINAL_SCRIPT"):
        if entry.add_name(_text(original), "original"):
            report.aliases += 1
    for value in el.iterfind("NATIONALITY/VALUE"):
        entry.add_country(country(_text(value)))
    for addr in el.iterfind("ENTITY_ADDRESS/COUNTRY"):
        entry.add_country(country(_text(addr)))
    for dob in el.iter("INDIVIDUAL_DATE_OF_BIRTH"):
        for tag in ("YEAR", "DATE", "FROM_YEAR"):
            for y in years(_text(dob.find(tag)))[:1]:
                entry.add_year(y)
    entry.gender = gender(_text(el.find("GENDER")))
    for doc in el.iter("INDIVIDUAL_DOCUMENT"):
        number = _text(doc.find("NUMBER"))
        if number:
            entry.identifiers.append(number)
    report.read += 1
    return entry
