"""Clustering organisation, place and platform forms.

Organisations: full names are compared inside blocking keys; then a short
form whose every distinctive word (or acronym) sits in the names of exactly
one organisation joins it (`Вектрасофт`, `BEMZ`, a mail domain's
label). Weak forms (an organisation guessed from a mail domain) that fit no
one are dropped rather than made into entities of their own.

Places: compared inside blocks. Platforms: one entity per designation
(Ми-8, Mi-8 and Мі-8 are mi-8)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from paperchase.resolve.forms import Form, UnionFind, norm_form
from paperchase.resolve.names import compare, name_keys
from paperchase.resolve.names.org import OrgName, _consume_acronym, _unit_match, core_name, parse_org
from paperchase.resolve.names.translit import canon

MAX_BLOCK = 300


_DOMAIN_LABEL = re.compile(r"[a-z]{2,5}")


def probe(f: Form) -> str:
    """The text a form is compared as: a short lower-case label taken from a
    mail domain (bemz.example.by) is read as the acronym it usually is."""
    if f.weak and f.domains and _DOMAIN_LABEL.fullmatch(f.surface):
        return f.surface.upper()
    return f.surface


def _block_compare(forms: list[Form], uf: UnionFind, schema: str, text: Callable[[Form], str] = probe) -> None:
    """Compare `text(form)` of forms sharing a blocking key; matches join."""
    blocks: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        if text(f):
            for k in name_keys(text(f), schema):
                blocks[k].append(f)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        for i, a in enumerate(members[:MAX_BLOCK]):
            for b in members[i + 1:MAX_BLOCK]:
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair in seen:
                    continue
                seen.add(pair)
                if compare(text(a), text(b), schema=schema).match:
                    uf.union(a.key, b.key)


def _core_probe(f: Form) -> str:
    """A form compared by its plain name (`НПЦ «Вега»` as `Вега`), or as it is."""
    return core_name(f.surface) or probe(f)


def _distinctive(org: OrgName) -> list:
    return [u for u in org.units if not u.key.startswith("#")]


def contained(short: OrgName, long: OrgName) -> bool:
    """Every distinctive word of `short` is in `long` (and `short` is shorter)."""
    units = _distinctive(short)
    if not units or len(short.units) >= len(long.units):
        return False
    pool = list(long.units)
    for u in units:
        if u.acronym and _consume_acronym(u, pool):
            continue
        best = max(range(len(pool)), key=lambda i: _unit_match(u, pool[i]), default=-1)
        if best < 0 or _unit_match(u, pool[best]) < 0.9:
            return False
        pool.pop(best)
    return True


def cluster_orgs(forms: list[Form]) -> list[list[Form]]:
    by_key = {f.key: f for f in forms}
    uf = UnionFind(f.key for f in forms)
    _block_compare(forms, uf, "Organization")
    # the plain names inside kinds of organisation and quotes, which differ
    # between languages (НПЦ / НВЦ), compared with each other and with plain forms
    _block_compare(forms, uf, "Organization", text=_core_probe)
    # extraction may name the organisation a form stands for (extra "name"):
    # the form of that name, and every form standing for the same name, join
    named: dict[str, str] = {}
    for f in forms:
        for name in f.names:
            key = norm_form(name)
            other = by_key.get(key)
            if other is not None:
                uf.union(other.key, f.key)
            if key in named:
                uf.union(named[key], f.key)
            else:
                named[key] = f.key
    # short forms join the one organisation that contains them; longer
    # short forms first, so that "Harbin X" settles before "X"
    index: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        for k in name_keys(probe(f), "Organization"):
            index[k].add(f.key)
    order = sorted(forms, key=lambda f: -len(parse_org(probe(f)).units))
    for f in order:
        org = parse_org(probe(f))
        if not _distinctive(org):
            continue
        cands = set().union(*(index.get(k, set()) for k in name_keys(probe(f), "Organization")))
        roots = {uf.find(k) for k in cands
                 if uf.find(k) != uf.find(f.key) and not by_key[k].weak
                 and contained(org, parse_org(by_key[k].surface))}
        if len(roots) == 1:
            uf.union(roots.pop(), f.key)
    groups = []
    for g in uf.groups():
        members = [by_key[k] for k in g]
        if all(m.weak for m in members) and len(members) == 1:
            continue          # a guess from a mail domain that fits no one
        groups.append(members)
    return groups


def cluster_places(forms: list[Form]) -> list[list[Form]]:
    by_key = {f.key: f for f in forms}
    uf = UnionFind(f.key for f in forms)
    _block_compare(forms, uf, "Address")
    # the gazetteer's name for a place ties its forms (России, РФ, Russia)
    named: dict[str, str] = {}
    for f in forms:
        for name in f.names | {f.key}:
            key = norm_form(name)
            if key in named:
                uf.union(named[key], f.key)
            else:
                named[key] = f.key
    return [[by_key[k] for k in g] for g in uf.groups()]


_CODE = re.compile(r"[\W_]+")


def platform_code(surface: str) -> str:
    """mi-8 for Ми-8, Mi 8, Мі-8; su-25 for Су-25; letters then digits then
    letters, hyphenated, Latin, lower case."""
    parts = re.findall(r"[^\W\d_]+|\d+", surface)
    out = []
    for p in parts:
        out.append(p if p.isdigit() else _latin_code(p))
    return "-".join(x for x in out if x)


def _latin_code(part: str) -> str:
    fine = canon(part)
    return fine.replace("č", "ch").replace("š", "sh").replace("ž", "zh")


def cluster_platforms(forms: list[Form]) -> list[list[Form]]:
    groups: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        groups[platform_code(f.surface) or f.key].append(f)
    return list(groups.values())
