"""An entity from a cluster of forms: FollowTheMoney schema, a caption, every
surface form as written (plus the caption where it is derived), properties,
and an id stable across runs (derived from the sorted key forms)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from paperchase.resolve.forms import Form
from paperchase.resolve.names import name_keys
from paperchase.resolve.names.lexicon import org_terms
from paperchase.resolve.names.org import core_name, parse_org, strip_legal
from paperchase.resolve.names.person import parse_person, strip_honorifics
from paperchase.resolve.names.translit import canon, is_cyrillic, latin
from paperchase.resolve.others import platform_code
from paperchase.resolve.persons import FIRST_PATR, FULL, Shape

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
    # "Dmitry Yakubovich" reads as first name + patronymic too: a candidate
    # wherever the person has full names
    pool = (full + [f for f in group if shapes[f.key].kind == FIRST_PATR and _latin(f.surface)]) if full else group

    def rank(f: Form) -> tuple[int, int, int, int, int]:
        r = shapes[f.key].reading
        toks = f.surface.replace(",", " ").replace("/", " ").split()  # "LAST/FIRST MR": a ticket's form
        oblique = bool(r is not None and any(s.oblique for s in r.surnames))
        first_last = bool(r is not None and r.given is not None and toks
                          and r.given.raw == "".join(ch for ch in toks[0].lower() if ch.isalpha()))
        return (int(_latin(f.surface)), int(not oblique), int(len(toks) == 2), int(first_last), f.count)

    best = max(pool, key=rank)
    bare = strip_honorifics(best.surface)
    r = shapes[best.key].reading
    if r is not None and any(s.oblique for s in r.surnames) or not _latin(bare):
        # only case forms as written ("Ерланом Ахметовым"): the nominative extraction read, if it is the same person
        for lemma in sorted(best.lemmas):
            first = parse_person(lemma).readings[:1]
            # a half-read lemma ("Пестрякова Аркадий": a woman's surname beside a man's name) is no caption
            agree = bool(first) and all(not s.gender or not first[0].gender or s.gender == first[0].gender
                                        for s in first[0].surnames)
            if agree and (" " in lemma or " " not in bare) and name_keys(lemma, "Person") & name_keys(bare, "Person"):
                return lemma
    toks = bare.replace(",", " ").split()
    if len(toks) == 2 and bare.upper() == bare:
        # RAKITSKI IHAR-style: title case, first name first
        r = shapes[best.key].reading
        a, b = (t.title() for t in toks)
        if r is not None and r.given is not None and r.given.raw == "".join(
                ch for ch in toks[1].lower() if ch.isalpha()):
            return f"{b} {a}"
        return f"{a} {b}"
    if "," in bare and len(toks) == 2:
        return f"{toks[1]} {toks[0]}"
    r = shapes[best.key].reading
    if len(toks) == 3 and r is not None and r.given is not None and r.patr is not None:
        letters = ["".join(ch for ch in t.lower() if ch.isalpha()) for t in toks]
        if letters[1] == r.given.raw:         # Last First Patronymic -> First Patronymic Last
            return f"{toks[1]} {toks[2]} {toks[0]}"
    return bare


_OBLIQUE_ORG = re.compile(r"(?:ого|его|ому|ему|ым|им|ую|ага|аму|ым|ай)$", re.I)


def _org_caption(group: list[Form]) -> str:
    def rank(f: Form) -> tuple[int, int, int, int, int, int]:
        org = parse_org(f.surface)
        # a case form ("Мозырского центра") is no caption while the nominative is there
        oblique = bool(_OBLIQUE_ORG.search(f.surface.split(" ")[0])) if is_cyrillic(f.surface) else False
        return (int(not f.weak), int(_latin(f.surface)), int(not oblique), int(len(org.units) >= 2),
                int(not org.legal), len(org.units) * 1000 + f.count)

    best = max(group, key=rank)
    return re.sub(r"[«»\"“”„]", "", strip_legal(best.surface)).strip() or best.surface


def cyrillic_acronym(text: str) -> str:
    """БЭМЗ for «Брестский электромеханический завод»: the initials of a Cyrillic
    name of three or more words (compounds split), as such firms abbreviate
    themselves. A derived form, offered because mail uses both."""
    bare = re.sub(r"[«»\"“”„]", " ", strip_legal(text))
    words = [w for w in re.split(r"[\s\-]+", bare) if w]
    if not words or not all(is_cyrillic(w) for w in words):
        return ""
    letters: list[str] = []
    for w in words:
        if not w[:1].isalpha():
            return ""
        letters.append(w[0])
        org = parse_org(w)
        if len(org.initials) == 2 and len(w) > 5:   # авиа|ремонтный
            pre = next((p for p in org_terms().compound if canon(w).startswith(p)), "")
            if pre and len(w) > len(pre):
                letters.append(w[len(pre)])
    if not 3 <= len(letters) <= 6:
        return ""
    return "".join(letters).upper()


@cache
def _legal_country_patterns() -> list[tuple[re.Pattern[str], str]]:
    from paperchase import lexicons
    from paperchase.errors import DataFileError

    data = lexicons.read("resolve", "legal_countries.yml")
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise DataFileError("data/resolve/legal_countries.yml: expected country code -> list of legal forms")
    return [(re.compile(rf"(?:^|[\s,]){re.escape(str(form))}(?=$|[\s,«\"])"), str(code).lower())
            for code, forms in data.items() for form in forms]


def _legal_countries(name: str) -> set[str]:
    return {code for pat, code in _legal_country_patterns() if pat.search(name)}


def build_entity(label: str, group: list[Form], shapes: dict[str, Shape]) -> Entity:
    schema = _schema(label, group)
    if label == "PER":
        caption = _person_caption(group, shapes)
    elif label == "ORG":
        caption = _org_caption(group)
    elif label == "PLATFORM":
        caption = platform_code(group[0].surface) or group[0].surface
    else:
        # a place: the gazetteer's name where extraction gives one
        given = Counter(n for f in group for n in f.names for _ in range(f.count))
        caption = given.most_common(1)[0][0] if given else \
            max(group, key=lambda f: (int(_latin(f.surface)), f.count)).surface
    names: list[str] = []
    for f in sorted(group, key=lambda f: (-f.count, f.key)):
        names.extend(sorted(f.surfaces))
    if caption not in names:
        names.append(caption)
    if label == "ORG":
        # derived: the name without its legal form, and what extraction says it stands for
        for f in group:
            for x in sorted(f.surfaces):
                bare = strip_legal(x)
                if bare and bare != x and len(bare) > 2:
                    names.append(bare)
                core = core_name(x)
                if core:
                    names.append(core)
            names.extend(sorted(n for n in f.names if len(n) > 2 and not n[:1].isdigit()))
            for x in sorted(f.surfaces):
                acr = cyrillic_acronym(x)
                if acr:
                    names.append(acr)
    if label == "PER":
        # derived: the forms without a word of address (Mr. X -> X), and the first name and
        # patronymic of a full name (Жданоўскі Аляксандр Пятровіч -> Аляксандр Пятровіч)
        names.extend(b for b in (strip_honorifics(x) for x in list(names)) if b not in names)
        names.extend(b for b in (_first_patronymic(x) for x in list(names)) if b and b not in names)
        whole = _from_initials(group, shapes)
        if whole and whole not in names:
            names.append(whole)
    if label in ("PER", "ORG", "LOC") and is_cyrillic(caption):
        # a Latin caption, derived, where the sources give none
        caption = latin(caption)
        names.append(caption)
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
            for o in sorted(f.orgs):
                props.setdefault("organization", []).append(o)
        else:
            for c in sorted(f.countries):
                props.setdefault("country", []).append(c.lower())
            for d in sorted(f.domains):
                m = _TLD_COUNTRY.search(d)
                if m and label == "ORG" and m.group(1) not in ("co", "io"):
                    props.setdefault("country", []).append(m.group(1))
                props.setdefault("website", []).append(d)
    if label == "ORG" and "country" not in props:
        # a legal form only one country has ("FZE", "Sp. z o.o.", "ЧУП") says where the firm is registered
        found = {c for f in group for x in f.surfaces for c in _legal_countries(x)}
        if len(found) == 1:
            props["country"] = sorted(found)
    keyforms = "\n".join(sorted(f.key for f in group))
    ent_id = "e-" + hashlib.sha1(f"{schema}\n{keyforms}".encode()).hexdigest()[:20]
    return Entity(ent_id, schema, caption, names, props)


def _from_initials(group: list[Form], shapes: dict[str, Shape]) -> str | None:
    """"Бекетов Олег Станиславович" for a man the mail writes only as "Бекетов О.С." and "Олег
    Станиславович": the full name both forms spell, derived, so a list's full name can meet it."""
    from paperchase.resolve.persons import FIRST_PATR, FULL, INITIALS

    kinds = {shapes[f.key].kind for f in group if f.key in shapes}
    if FULL in kinds or INITIALS not in kinds or FIRST_PATR not in kinds:
        return None
    fp = [f for f in group if shapes[f.key].kind == FIRST_PATR and shapes[f.key].reading is not None
          and shapes[f.key].reading.given is not None and shapes[f.key].reading.given.nominative]
    ini = [f for f in group if shapes[f.key].kind == INITIALS]
    surnames = Counter(w for f in ini for w in f.surface.split() if "." not in w and len(w) > 2 and is_cyrillic(w))
    if not fp or not surnames:
        return None
    nominative = [w for w in surnames if not re.search(r"(?:у|ом|ым|ой|ого|ему|ой)$", w)] or list(surnames)
    best = max(nominative, key=lambda w: (surnames[w], w))
    first = max(fp, key=lambda f: (f.count, f.surface))
    return f"{best} {first.surface}" if is_cyrillic(first.surface) else None


def _first_patronymic(name: str) -> str | None:
    """"Given Patronymic" of a three-word full name, surname first or last."""
    from paperchase.resolve.names.morph import patronymic
    from paperchase.resolve.names.person import given_info

    toks = name.split()
    if len(toks) != 3 or any(len(t) < 3 or "." in t for t in toks):
        return None
    for i in (1, 0):   # Surname Given Patronymic; Given Patronymic Surname
        given, patr = toks[i], toks[i + 1]
        if given_info(given) is not None and patronymic(patr) is not None and patronymic(toks[2 - 2 * i]) is None:
            return f"{given} {patr}"
    return None
