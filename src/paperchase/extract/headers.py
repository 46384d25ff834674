"""Mentions from the From/To/Cc headers: the display name as a person (or an
organisation, where it shares a word with the mail domain: "Foo Maschinen
Vertrieb" <sales@foo-wzm.example.de>), the address as an EMAIL mention, and
the organisation behind a company domain as a weak ORG hint (its first label:
"zarz" for a.b@zarz.example.by). Free-mail domains name no organisation.

Offsets of a name mention are into the display name; an EMAIL or domain
mention from a header has no offsets."""

from __future__ import annotations

import re
from typing import Any

from paperchase.extract import orgs, persons
from paperchase.extract import wordforms as wf
from paperchase.extract.mention import Mention
from paperchase.extract.name_lexicon import _first, non_person
from paperchase.resolve.names.person import given_info

FREEMAIL = frozenset(
    "gmail googlemail yahoo hotmail outlook live msn aol icloud me mail yandex ya rambler inbox list bk "
    "tut protonmail proton gmx web ukr i meta bigmir tutanota zoho qq 163 126 sina yeah".split())
SKIP_LABELS = frozenset("mail mx smtp www webmail post email ex exchange corp example".split())


def domain_org(email: str) -> str | None:
    """The label of a company mail domain that names the organisation
    ("sales@bergmann-wzm.example.de" -> "bergmann-wzm"), or None for free mail."""
    if "@" not in email:
        return None
    labels = [x for x in email.rsplit("@", 1)[1].lower().split(".") if x]
    if len(labels) < 2:
        return None
    for label in labels[:-1]:
        if label in SKIP_LABELS or len(label) < 2:
            continue
        return None if label in FREEMAIL else label
    return None


def header_mentions(field: str, addresses: list[dict[str, str]]) -> list[Mention]:
    out: list[Mention] = []
    for addr in addresses:
        name = (addr.get("name") or "").strip().strip('"').strip()
        email = (addr.get("email") or "").strip().lower()
        org = domain_org(email)
        hint: dict[str, Any] = {"source": "header"}
        if email:
            hint["email"] = email
        if org:
            hint["org_hint"] = org
        if name and name.lower() != email:
            out.extend(_name_mentions(name, field, hint, org))
        if email:
            out.append(Mention("EMAIL", email, None, None, dict(hint), field))  # type: ignore[arg-type]
        if org:
            out.append(Mention("ORG", org, None, None,  # type: ignore[arg-type]
                               {"source": "domain", "domain": email.rsplit("@", 1)[1], "weak": True,
                                "name": org}, field))
    return out


# what follows a firm's name in a display name of one of its desks
_DEPARTMENT = re.compile(r"\s*(?:,|[-–—|/:]\s)\s*[^\W\d_][\w .-]*$")


def _shares_domain(words: set[str], org: str) -> bool:
    """A display name's word is the domain's label or a part of it
    ("Bergmann" at bergmann-wzm, "Aegean Holidays" at aegeanholidays)."""
    parts = [w for w in re.split(r"[-_]", org) if len(w) >= 3]
    compact = re.sub(r"[-_]", "", org)
    return any(w in words for w in parts) or any(len(w) >= 4 and w in compact for w in words)


def _named_after(raw: str, org: str, email: str) -> bool:
    """A person whose firm bears his name ("Sandeep Raghunathan"
    <sandeep@raghunathan-aero…>): the words the domain does not hold are a
    first name, known or in the address's local part; the firm's word is no
    acronym ("Snabzhenie BABRZ" is a department)."""
    toks = raw.split()
    rest = [t for t in toks if not _shares_domain({wf.fold(t)}, org.lower())]
    if not 2 <= len(toks) <= 3 or len(rest) != len(toks) - 1 or any(t.isupper() for t in toks):
        return False
    local = email.split("@")[0].lower()
    return all(t[:1].isupper() and t.isalpha() and (_first(t) is not None or wf.fold(t) in local) for t in rest)


def _name_mentions(name: str, field: str, hint: dict[str, Any], org: str | None) -> list[Mention]:
    raw = addr_name = name
    found = [m for m in orgs.find_orgs(raw) if m.extra.get("source") == "pattern"]
    words = {wf.fold(w) for w in re.findall(r"\w+", raw)}
    if not found and org and _shares_domain(words, org) and not _named_after(raw, org, str(hint.get("email") or "")):
        found = [Mention("ORG", raw, 0, len(raw), {"name": raw})]
    if found:
        m = max(found, key=lambda x: x.end - x.start)
        m.extra.update(hint)
        m.field = field
        if m.start == 0 and _DEPARTMENT.match(raw, m.end):
            # "ООО «Foo», отдел продаж", "Foo GmbH – Vertrieb": the firm's desk, written so
            m.extra.setdefault("name", m.surface)
            m.extra["written"] = raw.strip()
        return [m]
    if non_person(raw):      # "Tooling Desk", "Foo Weekly": a desk or a publication
        return [Mention("ORG", raw, 0, len(raw), dict(hint, name=raw), field)]
    pers = persons.find_persons(addr_name)
    if pers:
        best = max(pers, key=lambda x: x.end - x.start)
        toks = raw.split()
        if (len(toks) == 2 and best.surface.strip() != raw.strip() and best.surface.strip() in toks
                and (g := given_info(next(t for t in toks if t != best.surface.strip()))) is not None and not g.fuzzy):
            # "Лиана Хайруллина": a first name that is also a common word ("лиана"), beside the surname
            # the rules found, in a display name: the whole is the person
            return [Mention("PER", raw, 0, len(raw), dict(hint, weak=True), field)]
        if (best.end - best.start) >= 0.6 * len(addr_name.strip()):
            best.extra.update(hint)
            best.field = field
            return [best]
    # a display name of two or three capitalised words is a person more often than not
    # ("Surname, First" too: the comma of a directory listing)
    toks = raw.replace(",", " ").split()
    if 2 <= len(toks) <= 3 and all(t[:1].isupper() and t.replace("-", "").replace(".", "").replace("'", "").isalpha()
                                   for t in toks):
        # a word that is also a common one ("Ждановский") stands beside a first name in a name
        first = any(_first(t) is not None or ((g := given_info(t)) is not None and not g.fuzzy) for t in toks)
        if not words & orgs.generic_words() and (first or not any(persons.common_ru(t) for t in toks)):
            return [Mention("PER", raw, 0, len(raw), dict(hint, weak=True), field)]
    return []
