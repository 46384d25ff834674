"""Clustering person forms into people.

Full names (first name and surname) are compared pairwise inside blocking
keys (`name_keys`), so the work stays near-linear. The partial forms then
join a person only where the case leaves one candidate:

- initials and a surname (`И. Мельчакову`, `Melchakov I.`) and bare
  surnames join the one person whose full name they match;
- a first name with a patronymic (`Тарас Ильич`) joins the one person
  whose first name and patronymic (or its initial) agree;
- a bare first name or a diminutive (`Настя`) joins the one person with that
  first name, of that gender; this is the weakest tie, kept for names the
  lexicon knows.

An e-mail address ties the display names written with it, unless it is a
shared mailbox (office@, info@) or the names disagree on gender."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from paperchase.resolve.forms import Form, UnionFind, norm_form, personal_email
from paperchase.resolve.names import compare, name_keys
from paperchase.resolve.names.lexicon import first_names
from paperchase.resolve.names.morph import given_in_case_of, patronymic, surname_readings
from paperchase.resolve.names.person import (
    Given,
    Reading,
    _is_initial,
    _plain_given,
    contracted_patronymic,
    given_info,
    parse_person,
    strip_honorifics,
)
from paperchase.resolve.names.person_compare import patr_initials
from paperchase.resolve.names.translit import canon, is_cyrillic, words

MAX_BLOCK = 300   # a key shared by more forms than this is too common to block on alone
MAX_FAMILY = 40   # people sharing one surname key beyond this are not looked at as a family

FULL, INITIALS, SURNAME, FIRST_PATR, GIVEN, OTHER = "full", "initials", "surname", "first+patr", "given", "other"


@dataclass
class Shape:
    kind: str
    reading: Reading | None
    gender: str


def shape_of(surface: str) -> Shape:
    name = parse_person(surface)
    if not name.readings:
        return Shape(OTHER, None, "")
    r = name.readings[0]
    bare = strip_honorifics(surface)
    toks = [t for t in words(bare) if not _is_initial(t)]
    if len(toks) == 2 and not any(_is_initial(t) for t in words(bare)):
        a, b = toks
        for giv, pat in ((a, b), (b, a)):
            p = patronymic(pat) or contracted_patronymic(pat)
            g = given_info(giv, p.gender) if p is not None else None
            if p is not None and g is None and _unknown_given(giv, pat):
                g = _plain_given(given_in_case_of(giv, pat))
            if p is not None and g is not None:
                return Shape(FIRST_PATR, Reading(g, p, "", (), p.gender), p.gender)
    if r.given is not None and r.given.fine and r.surnames:
        return Shape(FULL, r, name.gender)
    if r.given is not None and not r.given.fine and r.surnames:
        return Shape(INITIALS, r, name.gender)
    if r.given is None and r.surnames:
        return Shape(SURNAME, r, name.gender)
    if r.given is not None and r.given.groups and not r.surnames:
        return Shape(GIVEN, r, name.gender or r.gender)
    return Shape(OTHER, r, name.gender)


def _unknown_given(giv: str, pat: str) -> bool:
    """A first name the lexicon lacks (Tatar, Caucasian, Central Asian names)
    before a Cyrillic patronymic of the strict Russian form: first name and
    patronymic, not a first name and a surname."""
    return (is_cyrillic(giv) and _STRICT_PATR.search(pat.lower()) is not None
            and not _STRICT_PATR.search(giv.lower()) and not any(s.cls for s in surname_readings(giv))
            and given_info(giv) is None)


_STRICT_PATR = re.compile(r"(?:ович|евич|овна|евна|ична|ічна|авіч|эвіч|івна|аўна|еўна)(?:а|у|ем|ом|е|ой|ы)?$")


def given_keys(given: Given) -> set[object]:
    """Index keys of a first name: its lexicon groups, or its canonical
    form where the lexicon does not know it or knows it only by a fuzzy
    match (Лилия beside the lexicon's Лилиана): the same spelling is the same name."""
    if given.groups and not given.fuzzy:
        return set(given.groups)
    return {*given.groups, "f:" + given.fine}


def _fp_fits(fp: Reading, r: Reading) -> bool:
    """Does first name + patronymic `fp` fit the full reading `r`?"""
    if r.given is None or fp.given is None or fp.patr is None:
        return False
    if r.given.fine:
        if not given_keys(fp.given) & given_keys(r.given):
            return False
    elif not fp.given.initials & r.given.initials:
        return False
    if r.patr is not None:
        lex = first_names()
        ga = set().union(*(lex.lookup_full(s) for s in fp.patr.stems))
        gb = set().union(*(lex.lookup_full(s) for s in r.patr.stems))
        return bool(ga & gb) or fp.patr.skel == r.patr.skel
    if r.patr_initial:
        return r.patr_initial in patr_initials(fp.patr)
    return False


DOMINANT = 4    # a candidate with this many times the mentions of all others together wins


def _pick(hits: set[str], weight: dict[str, int]) -> str | None:
    """The one candidate, or the one that dominates the case (the mailbox's
    own people are named far more often than a stray namesake)."""
    if len(hits) == 1:
        return next(iter(hits))
    if len(hits) > 1:
        ranked = sorted(hits, key=lambda h: -weight.get(h, 0))
        rest = sum(weight.get(h, 0) for h in ranked[1:])
        if weight.get(ranked[0], 0) >= DOMINANT * max(1, rest):
            return ranked[0]
    return None


def cluster_persons(forms: list[Form]) -> tuple[list[list[Form]], dict[str, Shape]]:
    shapes = {f.key: shape_of(f.surface) for f in forms}
    by_key = {f.key: f for f in forms}
    uf = UnionFind(f.key for f in forms)
    full = [f for f in forms if shapes[f.key].kind in (FULL, FIRST_PATR)]

    # 1. full names against full names, inside blocks (a first name with a
    # patronymic-like word may be a first name and a surname: Stanislav Antonovich)
    _block_compare(full, uf, shapes)

    # 2. e-mail addresses tie display names
    by_email: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        for e in f.emails:
            if personal_email(e):
                by_email[e].append(f)
    for group in by_email.values():
        genders = {shapes[f.key].gender for f in group} - {""}
        if len(genders) > 1:
            continue
        for f in group[1:]:
            uf.union(group[0].key, f.key)
    # (before the partial forms, which need to know whose other name it is)
    # a name in Chinese characters joins the person written beside it ("Wang Wei 王伟"), a name in
    # brackets the one before the brackets ("Vivian Liang (Liang Wenjing)")
    for f in forms:
        if f.beside:
            for b in sorted(f.beside):
                if norm_form(b) in by_key:
                    uf.union(norm_form(b), f.key)
                    break

    # 3. partial forms join the one person they fit; candidates come from
    # indexes (surname keys, first-name groups), never from a scan of all
    def anchors() -> tuple[dict[str, set[str]], dict[object, set[str]], dict[str, list[Form]]]:
        by_name: dict[str, set[str]] = defaultdict(set)
        by_group: dict[object, set[str]] = defaultdict(set)
        members: dict[str, list[Form]] = defaultdict(list)
        for f in forms:
            sh = shapes[f.key]
            if sh.kind not in (FULL, INITIALS) or (sh.kind == INITIALS and uf.find(f.key) == f.key):
                continue
            root = uf.find(f.key)
            members[root].append(f)
            if sh.kind == FULL:
                for k in name_keys(f.surface, "Person"):
                    by_name[k].add(root)
            r = sh.reading
            if r is not None and r.given is not None and r.given.fine:
                for g in given_keys(r.given):
                    by_group[g].add(root)
        return by_name, by_group, members

    weight = Counter()
    for f in forms:
        weight[uf.find(f.key)] += f.count
    for kind in (INITIALS, SURNAME):
        # full forms by blocking key, with the person they belong to now
        by_name_forms: dict[str, list[Form]] = defaultdict(list)
        for m in forms:
            if shapes[m.key].kind == FULL:
                for k in name_keys(m.surface, "Person"):
                    by_name_forms[k].append(m)
        for f in forms:
            if shapes[f.key].kind != kind:
                continue
            hits: set[str] = set()
            seen: set[str] = set()
            for k in name_keys(f.surface, "Person"):
                for m in by_name_forms.get(k, ()):
                    root = uf.find(m.key)
                    if root in hits or m.key in seen:
                        continue
                    seen.add(m.key)
                    if compare(f.surface, m.surface, schema="Person").match:
                        hits.add(root)
                if len(hits) > 1 and kind == INITIALS:
                    break
            # a bare surname shared by father and son goes to the one the case
            # names far more often; initials must fit one person alone
            if kind == INITIALS and len(hits) > 1:
                # "Гайдукова В.А.": of a father Виталий Алексеевич and a daughter Вероника (no patronymic
                # on record), the one whose patronymic the second initial confirms
                near = [m for k in name_keys(f.surface, "Person") for m in by_name_forms.get(k, ())]
                hits = _patr_confirmed(shapes[f.key], hits, near, uf, shapes) or hits
            pick = _pick(hits, weight) if kind == SURNAME else (next(iter(hits)) if len(hits) == 1 else None)
            if pick is not None:
                uf.union(pick, f.key)
    _, by_group, members = anchors()
    weight = Counter()
    for f in forms:
        weight[uf.find(f.key)] += f.count
    joined = Counter(uf.find(f.key) for f in forms if shapes[f.key].kind != FIRST_PATR)
    for f in forms:
        sh = shapes[f.key]
        if sh.kind != FIRST_PATR or sh.reading is None or sh.reading.given is None:
            continue
        if joined[uf.find(f.key)]:     # already joined as first name + surname
            continue
        cands = set().union(*(by_group.get(g, set()) for g in given_keys(sh.reading.given)))
        hits = {root for root in cands
                if any(shapes[m.key].reading is not None and _fp_fits(sh.reading, shapes[m.key].reading)
                       for m in members[root])}
        pick = _pick(hits, weight)
        if pick is not None:
            uf.union(pick, f.key)
    # first name + patronymic forms that found no one: one person per pair
    _block_compare([f for f in forms if shapes[f.key].kind == FIRST_PATR and uf.find(f.key) == f.key], uf)
    # ... and, where no one of that first name has a patronymic on record, the
    # one person of that first name and gender (Таццяна Іванаўна)
    joined = Counter(uf.find(f.key) for f in forms if shapes[f.key].kind != FIRST_PATR)
    for f in forms:
        sh = shapes[f.key]
        if sh.kind != FIRST_PATR or joined[uf.find(f.key)] or sh.reading is None or sh.reading.given is None:
            continue
        cands = set().union(*(by_group.get(g, set()) for g in sh.reading.given.groups))
        hits = {root for root in cands
                if any(shapes[m.key].kind == FULL and shapes[m.key].gender in (sh.gender, "")
                       for m in members[root])}
        patr_known = any(shapes[m.key].reading is not None and (shapes[m.key].reading.patr is not None
                                                                or shapes[m.key].reading.patr_initial)
                         for root in hits for m in members[root])
        if len(hits) == 1 and not patr_known:
            uf.union(hits.pop(), f.key)

    # bare first names and diminutives: the one person of that name and gender
    _, by_group, members = anchors()
    weight = Counter()
    for f in forms:
        weight[uf.find(f.key)] += f.count
    for f in forms:
        sh = shapes[f.key]
        if sh.kind != GIVEN or sh.reading is None or sh.reading.given is None:
            continue
        hits = _given_hits(sh.reading.given, sh.gender, by_group, members, shapes)
        if not hits and is_cyrillic(f.surface) and sh.gender:
            # "Ярослава": a woman's name, or a man's in the genitive; with no
            # woman of that name in the case, the man
            alt = given_info(f.surface.strip(), "m" if sh.gender == "f" else "f")
            if alt is not None:
                hits = _given_hits(alt, "m" if sh.gender == "f" else "f", by_group, members, shapes)
        pick = _pick(hits, weight)
        if pick is not None:
            uf.union(pick, f.key)
    # a lone word no lexicon knows as a first name nor reads as a surname ("Алсу" in
    # "с женой Алсу"): the one person of the case whose full name has that first name
    for f in forms:
        sh = shapes[f.key]
        if (sh.kind != SURNAME or sh.reading is None or uf.find(f.key) != f.key or " " in f.surface.strip()
                or any(x.cls for x in sh.reading.surnames) or not is_cyrillic(f.surface)):
            continue
        key = "f:" + canon(f.surface.strip())
        hits = {root for root in by_group.get(key, set())
                if any(shapes[m.key].kind == FULL for m in members[root])}
        if len(hits) == 1:
            uf.union(hits.pop(), f.key)
    # a colloquial patronymic alone ("Семёныч", "Николаич", "Сергеич"): the one man of the case
    # whose patronymic it shortens (Семёнович, Николаевич, Сергеевич)
    by_patr: dict[str, set[str]] = defaultdict(set)
    for root, ms in members.items():
        for m in ms:
            r = shapes[m.key].reading
            if r is not None and r.patr is not None and r.patr.gender == "m":
                by_patr[r.patr.fine].add(root)
    for f in forms:
        full = _colloquial_patronymic(f.surface)
        if full is None or uf.find(f.key) != f.key:
            continue
        p = patronymic(full)
        hits = by_patr.get(p.fine, set()) if p is not None else set()
        if len(hits) == 1:
            uf.union(next(iter(hits)), f.key)
    # a bare first name signed by, or greeting, a correspondent of that first
    # name: that correspondent, where every such tie names one person
    for f in forms:
        if f.tied and uf.find(f.key) == f.key and shapes[f.key].kind in (GIVEN, SURNAME, OTHER):
            roots = {uf.find(m.key) for e in f.tied for m in by_email.get(e, ())}
            if len(roots) == 1:
                uf.union(roots.pop(), f.key)
    # a person the case only ever calls by first name ("Глеб", "Глеба", "Глібко"): the bare forms of
    # one lexicon name and gender that joined no one are one person
    alone: dict[tuple[object, str], str] = {}
    for f in forms:
        sh = shapes[f.key]
        if (sh.kind != GIVEN or sh.reading is None or sh.reading.given is None or not sh.reading.given.groups
                or uf.find(f.key) != f.key):
            continue
        key = (min(sh.reading.given.groups), sh.gender)
        if key in alone:
            uf.union(alone[key], f.key)
        else:
            alone[key] = f.key
    # what is left alone: same given-name group, or a match, forms one person
    rest = [f for f in forms if uf.find(f.key) == f.key and shapes[f.key].kind in (GIVEN, SURNAME, INITIALS)]
    _block_compare(rest, uf)
    _first_patr_to_initials(forms, shapes, uf)
    groups = [[by_key[k] for k in g] for g in uf.groups()]
    return groups, shapes


def _first_patr_to_initials(forms: list[Form], shapes: dict[str, Shape], uf: UnionFind) -> None:
    """"Олег Станиславович" where the case writes the man only as "Бекетов О.С.": the one person
    known by initials alone whose two initials these are, of the same gender."""
    by_root: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        by_root[uf.find(f.key)].append(f)
    initials_only: dict[tuple[str, str], set[str]] = defaultdict(set)
    for root, ms in by_root.items():
        kinds = {shapes[m.key].kind for m in ms}
        if INITIALS not in kinds or kinds & {FULL}:
            continue
        for m in ms:
            r = shapes[m.key].reading
            if shapes[m.key].kind == INITIALS and r is not None and r.given is not None and r.patr_initial:
                for gi in r.given.initials:
                    initials_only[(gi, r.patr_initial, shapes[m.key].gender)].add(root)
    for f in forms:
        sh = shapes[f.key]
        root = uf.find(f.key)
        if sh.kind != FIRST_PATR or sh.reading is None or {shapes[m.key].kind for m in by_root[root]} != {FIRST_PATR}:
            continue
        r = sh.reading
        if r.given is None or r.patr is None:
            continue
        hits: set[str] = set()
        for gi in r.given.initials:
            for pi in patr_initials(r.patr):
                for g in {sh.gender, ""}:
                    hits |= initials_only.get((gi, pi, g), set())
        if len(hits) == 1:
            target = hits.pop()
            uf.union(target, f.key)
            by_root[uf.find(f.key)] = by_root.pop(root, []) + by_root.pop(target, [])


def _patr_confirmed(sh: Shape, hits: set[str], forms: list[Form], uf: UnionFind, shapes: dict[str, Shape]) -> set[str]:
    """The roots of `hits` with a patronymic on record, among `forms`, that the form's patronymic initial fits."""
    init = sh.reading.patr_initial if sh.reading is not None else ""
    if not init:
        return set()
    return {root for root in hits
            if any(uf.find(m.key) == root and shapes[m.key].reading is not None and shapes[m.key].reading.patr is not None
                   and init in patr_initials(shapes[m.key].reading.patr) for m in forms)}


_COLLOQUIAL_PATR = re.compile(r"^([А-ЯЁ][а-яё]{2,})(ыч|[еа]ич)(?:а|у|ем|ом|е)?$")


def _colloquial_patronymic(surface: str) -> str | None:
    """The full patronymic a colloquial one shortens: Семёныч → Семёнович,
    Иваныча → Иванович, Николаич → Николаевич, Сергеич → Сергеевич."""
    m = _COLLOQUIAL_PATR.match(surface.strip())
    if m is None:
        return None
    stem, end = m.groups()
    return stem + ("ович" if end == "ыч" else end[0] + "евич")


_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _given_hits(given: Given, gender: str, by_group: dict[object, set[str]], members: dict[str, list[Form]],
                shapes: dict[str, Shape]) -> set[str]:
    """The people with a full name of this first name's groups and gender."""
    cands = set().union(*(by_group.get(g, set()) for g in given.groups))
    return {root for root in cands
            if any(shapes[m.key].kind == FULL and (not gender or not shapes[m.key].gender
                                                   or gender == shapes[m.key].gender)
                   for m in members[root])}


def _block_compare(forms: list[Form], uf: UnionFind, shapes: dict[str, Shape] | None = None) -> None:
    """Compare forms pairwise inside blocks: a surname key, and (where the
    forms carry a first name) one of its initials, cognates' included (Ольга
    and Вольга share O and V), so that a common surname does not make one
    huge block."""
    blocks: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        r = shapes[f.key].reading if shapes is not None else None
        inits = r.given.initials if r is not None and r.given is not None and r.given.fine else frozenset({""})
        if r is not None and inits != {""}:
            # either word order may be the right one ("Ристича Ненада": Ненад is the first name)
            for other in parse_person(f.surface).readings:
                if other.given is not None and other.given.fine:
                    inits = inits | other.given.initials
        for k in name_keys(f.surface, "Person"):
            for i in inits:
                blocks[k + "|" + i].append(f)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            members = members[:MAX_BLOCK]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair in seen:
                    continue
                seen.add(pair)
                if compare(a.surface, b.surface, schema="Person").match:
                    uf.union(a.key, b.key)


def family_pairs(groups: list[list[Form]], shapes: dict[str, Shape]) -> list[tuple[int, int, str]]:
    """Pairs of people (indexes into `groups`) of one family: the same surname
    with the other gender or another first name."""
    blocks: dict[str, set[int]] = defaultdict(set)
    for i, g in enumerate(groups):
        for f in g:
            if shapes[f.key].kind == FULL:
                for k in name_keys(f.surface, "Person"):
                    blocks[k].add(i)
    out: dict[tuple[int, int], str] = {}
    for members in blocks.values():
        ms = sorted(members)
        if len(ms) > MAX_FAMILY:     # a surname this common says nothing about family
            continue
        for x, i in enumerate(ms):
            for j in ms[x + 1:]:
                if (i, j) in out:
                    continue
                for a in groups[i]:
                    if shapes[a.key].kind != FULL:
                        continue
                    hit = next((compare(a.surface, b.surface, schema="Person") for b in groups[j]
                                if shapes[b.key].kind == FULL
                                and compare(a.surface, b.surface, schema="Person").family), None)
                    if hit is not None:
                        out[(i, j)] = f"{a.surface} / family hint: {hit.detail}"
                        break
    return [(i, j, d) for (i, j), d in out.items()]
