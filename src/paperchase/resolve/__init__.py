"""Resolution: the mentions of a case into entities.

    resolve_case(case) -> int      number of entities written

Reads `mentions` (written by extract), clusters their distinct surface forms
per kind (persons.py, others.py), and writes `entities` (id stable: derived
from the sorted key forms), `mentions.entity_id`, and `relations` of kind
`family_hint` between people of one family. Running it again replaces what
it wrote before."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from typing import Any

from paperchase.resolve.emails import PersonIndex
from paperchase.resolve.entities import build_entity
from paperchase.resolve.forms import Form, load_forms, norm_form
from paperchase.resolve.names import compare, name_keys
from paperchase.resolve.names.org import parse_org
from paperchase.resolve.names.person import strip_honorifics
from paperchase.resolve.others import cluster_orgs, cluster_places, cluster_platforms
from paperchase.resolve.persons import OTHER, SURNAME, Shape, cluster_persons, family_pairs

__all__ = ["resolve_case"]


def _bare_names_to_orgs(person_groups: list[list[Form]], shapes: dict[str, Shape],
                        org_groups: list[list[Form]]) -> list[list[Form]]:
    """A "person" known only by one bare word (NER reads a firm's name, Хуасинь,
    as a surname) that names exactly one organisation of the case goes to it."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, g in enumerate(org_groups):
        for f in g:
            for k in name_keys(f.surface, "Organization"):
                index[k].add(i)
    kept: list[list[Form]] = []
    for g in person_groups:
        bare = all(shapes[f.key].kind in (SURNAME, OTHER) and len(f.surface.split()) == 1 and not f.emails
                   and strip_honorifics(f.surface) == f.surface for f in g)
        if bare:
            cands = set().union(*(index.get(k, set()) for f in g for k in name_keys(f.surface, "Organization")))
            hits = {i for i in cands if any(compare(f.surface, o.surface, schema="Organization").match
                                            for f in g for o in org_groups[i])}
            if not hits:
                # the one distinctive word of a longer firm name ("Хуачэнь" of "Wuxi Huachen Machine Co.")
                words = {u.fine for f in g for u in parse_org(f.surface).units if len(u.fine) >= 4}
                hits = {i for i in cands if any(u.fine in words and not u.key.startswith("#")
                                                for o in org_groups[i] for u in parse_org(o.surface).units)}
            if len(hits) == 1:
                org_groups[hits.pop()].extend(g)
                continue
        kept.append(g)
    return kept


_CYRILLIC = re.compile("[а-яёіўїєґ]", re.I)


def _translated_signature_orgs(person_groups: list[list[Form]], org_groups: list[list[Form]]) -> list[list[Form]]:
    """A firm named in another script in the signatures of people who all
    write from one firm's mail domain ("Export Manager, JSC Onega Turbine
    Works" under an address at the domain of АО «ОТЗ») is that firm: a
    translated name shares no letters with the original to compare."""
    domain_org: dict[str, set[int]] = defaultdict(set)
    for i, g in enumerate(org_groups):
        for f in g:
            for d in f.domains:
                domain_org[d].add(i)
    signer_domains: dict[str, set[str]] = defaultdict(set)
    for g in person_groups:
        doms = {e.rsplit("@", 1)[-1] for f in g for e in f.emails}
        for f in g:
            signer_domains[f.key] |= doms
    merged: dict[int, int] = {}
    for j, g in enumerate(org_groups):
        signers = {norm_form(s) for f in g for s in f.signers}
        if not signers or any(f.domains for f in g):
            continue
        doms = set().union(*(signer_domains.get(s, set()) for s in signers))
        owners = set().union(*(domain_org.get(d, set()) for d in doms)) if doms else set()
        if len(doms) != 1 or len(owners) != 1 or j in owners:
            continue
        i = next(iter(owners))
        script_j = {bool(_CYRILLIC.search(f.surface)) for f in g}
        script_i = {bool(_CYRILLIC.search(f.surface)) for f in org_groups[i] if not f.weak}
        if len(script_j) == 1 and script_i and not (script_i & script_j):
            merged[j] = i
    for j, i in merged.items():
        org_groups[i].extend(org_groups[j])
    return [g for j, g in enumerate(org_groups) if j not in merged]


def resolve_case(case: Any) -> int:
    db = case.db
    loaded = load_forms(db)
    by_label: dict[str, list[Form]] = defaultdict(list)
    for (label, _key), form in loaded.forms.items():
        by_label[label].append(form)

    # a word natasha took for a place here and for a person elsewhere ("Семёныч"), known to no
    # gazetteer (no country): the person's
    per_forms = {f.key: f for f in by_label["PER"]}
    places = []
    for f in by_label["LOC"]:
        p = per_forms.get(f.key)
        if p is not None and not f.countries:
            p.mention_ids.extend(f.mention_ids)
            p.count += f.count
        else:
            places.append(f)
    by_label["LOC"] = places
    person_groups, shapes = cluster_persons(by_label["PER"])
    org_groups = cluster_orgs(by_label["ORG"])
    person_groups = _bare_names_to_orgs(person_groups, shapes, org_groups)
    org_groups = _translated_signature_orgs(person_groups, org_groups)
    clusters: list[tuple[str, list[Form]]] = [("PER", g) for g in person_groups]
    clusters += [("ORG", g) for g in org_groups]
    clusters += [("LOC", g) for g in cluster_places(by_label["LOC"])]
    clusters += [("PLATFORM", g) for g in cluster_platforms(by_label["PLATFORM"])]

    entities = [build_entity(label, group, shapes) for label, group in clusters]
    seen: set[str] = set()
    for ent in entities:
        if ent.id in seen:      # the same key forms twice cannot happen; stay unique anyway
            ent.id = ent.id + "-" + hashlib.sha1(ent.name.encode()).hexdigest()[:6]
        seen.add(ent.id)
    # EMAIL / PHONE / POSITION mentions: to the person they belong to
    by_email: dict[str, set[int]] = defaultdict(set)
    by_surface: dict[str, set[int]] = defaultdict(set)
    for i, (label, group) in enumerate(clusters):
        for f in group:
            if label == "PER":
                for e in f.emails:
                    by_email[e].add(i)
                by_surface[f.key].add(i)
    links: list[tuple[str, int]] = []
    for i, ent in enumerate(entities):
        for f in clusters[i][1]:
            links.extend((ent.id, mid) for mid in f.mention_ids)
    people = PersonIndex(person_groups, shapes)
    for mid, label, surface, extra, _msg in loaded.others:
        owner: set[int] = set()
        if label == "EMAIL":
            address = str(extra.get("email") or surface).lower()
            owner = by_email.get(address, set())
            if not owner:
                found = people.owner(address)
                if found is not None:
                    owner = {found}
                    by_email[address].add(found)
                    entities[found].properties.setdefault("email", []).append(address)
        elif extra.get("person"):
            owner = by_surface.get(norm_form(str(extra["person"])), set())
        if len(owner) == 1:
            i = next(iter(owner))
            links.append((entities[i].id, mid))
            props = entities[i].properties
            if label == "PHONE":
                props.setdefault("phone", []).append(surface)
            elif label == "POSITION":
                props.setdefault("position", []).append(str(extra.get("position") or surface))
    # a firm in a person's own signature is theirs (never one merely named in the
    # same mail: internal mail names outsiders by name only)
    for i, (label, group) in enumerate(clusters):
        if label != "ORG":
            continue
        for f in group:
            for signer in f.signers:
                owner = by_surface.get(norm_form(signer), set())
                if len(owner) == 1:
                    entities[next(iter(owner))].properties.setdefault("organization", []).append(entities[i].name)
    for ent in entities:
        for k, vs in ent.properties.items():
            ent.properties[k] = sorted(dict.fromkeys(vs))

    person_index = {i: entities[i].id for i in range(len(person_groups))}
    relations = [(person_index[i], person_index[j], detail)
                 for i, j, detail in family_pairs(person_groups, shapes)]

    with case.transaction():
        db.execute("DELETE FROM relations WHERE kind = 'family_hint'")
        db.execute("UPDATE mentions SET entity_id = NULL")
        db.execute("DELETE FROM entities")
        for ent in entities:
            db.execute("INSERT INTO entities (id, schema, name, names, properties) VALUES (?, ?, ?, ?, ?)",
                       (ent.id, ent.schema, ent.name, json.dumps(ent.names, ensure_ascii=False),
                        json.dumps(ent.properties, ensure_ascii=False)))
        db.executemany("UPDATE mentions SET entity_id = ? WHERE id = ?", links)
        db.executemany("INSERT INTO relations (kind, left_id, right_id, detail) VALUES ('family_hint', ?, ?, ?)",
                       relations)
    return len(entities)
