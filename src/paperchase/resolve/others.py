"""Clustering organisation, place and platform forms.

Organisations: full names are compared inside blocking keys; then a short
form whose every distinctive word (or acronym) sits in the names of exactly
one organisation joins it (`Кедр`, `Hessler`, `OARZ`, a mail domain's
label). Weak forms (an organisation guessed from a mail domain) that fit no
one are dropped rather than made into entities of their own.

Places: compared inside blocks. Platforms: one entity per designation
(Ми-8, Mi-8 and Мі-8 are mi-8)."""

from __future__ import annotations

import re
from collections import defaultdict

from paperchase.resolve.forms import Form, UnionFind
from paperchase.resolve.names import compare, name_keys
from paperchase.resolve.names.org import OrgName, _consume_acronym, _unit_match, parse_org
from paperchase.resolve.names.translit import canon

MAX_BLOCK = 300


def _block_compare(forms: list[Form], uf: UnionFind, schema: str) -> None:
    blocks: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        for k in name_keys(f.surface, schema):
            blocks[k].append(f)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        for i, a in enumerate(members[:MAX_BLOCK]):
            for b in members[i + 1:MAX_BLOCK]:
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair in seen:
                    continue
                seen.add(pair)
                if compare(a.surface, b.surface, schema=schema).match:
                    uf.union(a.key, b.key)


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
    strong = [f for f in forms if not f.weak]
    _block_compare(strong, uf, "Organization")
    # short forms join the one organisation that contains them
    index: dict[str, set[str]] = defaultdict(set)
    for f in strong:
        for k in name_keys(f.surface, "Organization"):
            index[k].add(f.key)
    dropped: set[str] = set()
    for f in forms:
        org = parse_org(f.surface)
        if not _distinctive(org):
            if f.weak:
                dropped.add(f.key)
            continue
        keys = name_keys(f.surface, "Organization")
        cands = set().union(*(index.get(k, set()) for k in keys)) - {f.key}
        if org.acronym or any(u.acronym for u in org.units):
            cands |= set(index.get("a:" + org.acronym, set())) if org.acronym else set()
            cands |= {k for k in index.get("a:" + "".join(u.fine for u in org.units if u.acronym), set())}
        roots = {uf.find(k) for k in cands
                 if uf.find(k) != uf.find(f.key) and contained(org, parse_org(by_key[k].surface))}
        if len(roots) == 1:
            uf.union(roots.pop(), f.key)
        elif f.weak and uf.find(f.key) == f.key:
            if not any(compare(f.surface, by_key[k].surface, schema="Organization").match for k in cands):
                dropped.add(f.key)
    groups = [[by_key[k] for k in g if k not in dropped] for g in uf.groups()]
    return [g for g in groups if g]


def cluster_places(forms: list[Form]) -> list[list[Form]]:
    by_key = {f.key: f for f in forms}
    uf = UnionFind(f.key for f in forms)
    _block_compare(forms, uf, "Address")
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
