"""An entity from a cluster of forms: FollowTheMoney schema, a caption, every
surface form as written (plus the caption where it is derived), properties,
and an id stable across runs (derived from the sorted key forms)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from paperchase.resolve.forms import Form
from paperchase.resolve.names.org import parse_org
from paperchase.resolve.names.person import strip_honorifics
from paperchase.resolve.names.translit import is_cyrillic
from paperchase.resolve.others import platform_code
from paperchase.resolve.persons import FULL, Shape

_COMPANY_FORMS = {"ojsc", "cjsc", "jsc", "llc", "alc", "ue", "pue", "ie"}
_PUBLIC = {"#ministry", "#committee", "#state", "#military", "#defence"}
_FIRM = {"#plant", "#factory", "#foundry", "#bureau", "#company", "#group", "#bank", "#design"}
_TLD_COUNTRY = re.compile(r"\.([a-z]{2})$")


@dataclass
class Entity:
    id: str
    schema: str
    name: str
    names: list[str]
    properties: dict[str, list[str]] = field(default_factory=dict)


def _schema(label: str, group: list[Form]) -> str:
    if label == "PER":
        return "Person"
    if label == "LOC":
        return "Address"
    if label == "PLATFORM":
        return "Airplane"
    units: set[str] = set()
    legal = False
    for f in group:
        org = parse_org(f.surface)
        units |= {u.key for u in org.units}
        legal = legal or org.legal in _COMPANY_FORMS
    if units & _PUBLIC and not legal:
        return "PublicBody"
    if legal or units & _FIRM:
        return "Company"
    return "Organization"


def _latin(text: str) -> bool:
    return not is_cyrillic(text)


def _person_caption(group: list[Form], shapes: dict[str, Shape]) -> str:
    """A full name, Latin where there is one, in First Last order (an
    all-caps or comma form is reordered and title-cased: a derived form)."""
    full = [f for f in group if shapes[f.key].kind == FULL]
    pool = full or group

    def rank(f: Form) -> tuple[int, int, int, int, int]:
        r = shapes[f.key].reading
        toks = f.surface.replace(",", " ").split()
        oblique = bool(r is not None and any(s.oblique for s in r.surnames))
        first_last = bool(r is not None and r.given is not None and toks
                          and r.given.raw == "".join(ch for ch in toks[0].lower() if ch.isalpha()))
        return (int(_latin(f.surface)), int(not oblique), int(len(toks) == 2), int(first_last), f.count)

    best = max(pool, key=rank)
    bare = strip_honorifics(best.surface)
    toks = bare.replace(",", " ").split()
    if len(toks) == 2 and bare.upper() == bare:
        # LAHUNOVICH DZMITRY-style: title case, first name first
        r = shapes[best.key].reading
        a, b = (t.title() for t in toks)
        if r is not None and r.given is not None and r.given.raw == "".join(
                ch for ch in toks[1].lower() if ch.isalpha()):
            return f"{b} {a}"
        return f"{a} {b}"
    if "," in bare and len(toks) == 2:
        return f"{toks[1]} {toks[0]}"
    return bare


def _org_caption(group: list[Form]) -> str:
    def rank(f: Form) -> tuple[int, int, int, int]:
        org = parse_org(f.surface)
        return (int(_latin(f.surface)), int(not org.legal), len(org.units), f.count)

    best = max(group, key=rank)
    org = parse_org(best.surface)
    if org.legal:
        # the name without its legal form and quotes, where that leaves a name
        stripped = re.sub(r"[«»\"“”„]", "", best.surface).strip()
        return stripped or best.surface
    return re.sub(r"[«»\"“”„]", "", best.surface).strip() or best.surface


def build_entity(label: str, group: list[Form], shapes: dict[str, Shape]) -> Entity:
    schema = _schema(label, group)
    if label == "PER":
        caption = _person_caption(group, shapes)
    elif label == "ORG":
        caption = _org_caption(group)
    elif label == "PLATFORM":
        caption = platform_code(group[0].surface) or group[0].surface
    else:
        caption = max(group, key=lambda f: (int(_latin(f.surface)), f.count)).surface
    names: list[str] = []
    for f in sorted(group, key=lambda f: (-f.count, f.key)):
        names.extend(sorted(f.surfaces))
    if caption not in names:
        names.append(caption)
    if label == "PER":
        # derived: the forms without a word of address (Mr. X -> X)
        names.extend(b for b in (strip_honorifics(x) for x in list(names)) if b not in names)
    names = list(dict.fromkeys(names))
    props: dict[str, list[str]] = {}
    for f in group:
        if label == "PER":
            for e in sorted(f.emails):
                props.setdefault("email", []).append(e)
            for p in sorted(f.phones):
                props.setdefault("phone", []).append(p)
            for r in sorted(f.roles):
                props.setdefault("position", []).append(r)
        else:
            for c in sorted(f.countries):
                props.setdefault("country", []).append(c.lower())
            for d in sorted(f.domains):
                m = _TLD_COUNTRY.search(d)
                if m and label == "ORG" and m.group(1) not in ("co", "io"):
                    props.setdefault("country", []).append(m.group(1))
                props.setdefault("website", []).append(d)
    keyforms = "\n".join(sorted(f.key for f in group))
    ent_id = "e-" + hashlib.sha1(f"{schema}\n{keyforms}".encode()).hexdigest()[:20]
    return Entity(ent_id, schema, caption, names, props)
