"""joint_development: the home organisation develops a product together with
a partner. The product is the designation the joint-development sentence
names ("ЛТС-40" -> "lts-40", Latin lower case); every sentence that names
the product afterwards is evidence for it.

The funding share is the latest one agreed: percentages in funding sentences
of messages about the product, read in date order; a proposal ("предлагаем
пополам") or a condition is no agreement, and the writer's own side ("наша
доля", "белорусская сторона") decides which of two numbers is ours."""

from __future__ import annotations

import re
from collections import Counter

from paperchase.extract.places import country_name, find_countries
from paperchase.findings.context import Context, tld_country
from paperchase.findings.cues import code, has, percentages, platforms, replaced_values
from paperchase.findings.lexicon import Lexicon, lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, confidence, merge_evidence
from paperchase.findings.shares import countries_in, fractions, is_work_term, owned, ratios, share
from paperchase.findings.text import Segment
from paperchase.findings.view import View

KIND = "joint_development"
GROUPS = ("joint", "funding", "equal", "proposal", "ours", "theirs", "product")
_DESIGNATION = re.compile(r"(?<![\w-])([A-ZА-ЯЁІЎЄЇ]{1,5}(?:-[A-ZА-ЯЁІЎЄЇ]{1,3})?[- ]?\d{1,4}[A-ZА-ЯЁІЎa-zа-я]{0,3})(?![\w-])")
_CODENAME = re.compile(r"(?:шифр\w*|шыфр\w*|код\w*|тем[аы]|тэм[аы]|ОКР|НИОКР|НИР|ДКР|праект\w*|проект\w*|project|"
                       r"program(?:me)?|code(?:name)?|name[d]?)\s*[«\"“]([^»\"”]{2,30})[»\"”]", re.I)


def _lex() -> Lexicon:
    return lexicon("development.yml", GROUPS)


def _products(text: str, after: int) -> list[str]:
    found = []
    plats = {p.start for p in platforms(text)}
    for m in _DESIGNATION.finditer(text):
        if m.start() in plats or not re.search(r"\d", m.group(1)) or not re.search(r"[^\W\d]", m.group(1)):
            continue
        if re.fullmatch(r"[A-ZА-Я]{1,3}\d{5,}", m.group(1)):
            continue  # a passport or part number
        if re.search(r"(?:№|No\.?|Nr\.?)\s*$", text[max(0, m.start() - 5) : m.start()]) or (
                text[m.end(1):m.end(1) + 1] == "/"):
            continue  # "Соглашение № ОТ-17/23": the agreement's number, not the product
        found.append((abs(m.start() - after), code(m.group(1))))
    return [p for _d, p in sorted(found)]


def detect(view: View, ctx: Context) -> list[Candidate]:
    lex = _lex()
    out: list[Candidate] = []
    for block in view.blocks:
        for s in block.segments:
            t = s.text
            jm = lex["joint"].search(t)
            if jm and not has("hypothetical", t):
                prods = _products(t, jm.end()) or _named_product(t, lex)
                if prods:
                    extra = {"product": prods[0], "partner": _partner(view, block.where, s, ctx),
                             "domains": _foreign(view, ctx),
                             "countries": [h.code for h in find_countries(t) if h.code not in ("eu", ctx.home_country)]
                             + countries_in(t, ctx.home_country),
                             "home_places": countries_in(t, None)}
                    cm = _CODENAME.search(t) or _quoted_after(t, prods[0])
                    if cm:
                        extra["codename"] = code(cm.group(1))
                    elif other := _bracketed_designation(t, prods[0]):
                        extra["codename"] = other  # "ГМП-850 (HT-850)", "HT-850 ... (your designation GMP-850)"
                    out.append(Candidate(KIND, (prods[0],), [], {}, Evidence(view.message_id, t, block.where, s.depth),
                                         0.9, view.date, dict(extra, role="joint")))
            gone = replaced_values(t)
            pcts = [p for p in percentages(t) if p[0] not in gone] or ratios(t) or fractions(t)
            equal = lex["equal"].search(t)
            if (pcts or equal) and (lex["funding"].search(t) or owned(t, pcts, lex["owned"])):
                # "наша доля – 35 %, ранее обсуждавшиеся 50 на 50 отклонены": the clause of the number decides
                at = pcts[0][0] if pcts else (equal.start() if equal else 0)
                clause = _clause_at(t, at)
                after = _clause_after(t, at)
                if not re.search(r"\d", after):
                    clause += after  # "Доли (50 % / 50 %), утрачивают силу": the verb in the clause after
                lead = _dash_lead(t, at)
                if lead:  # "X предлагает перейти к равному участию — по пятьдесят процентов каждая сторона —"
                    clause = lead + clause
                proposal = bool(lex["proposal"].search(clause)) or has("hypothetical", clause)
                if pcts and proposal and equal and not lex["proposal"].search(_clause_at(t, equal.start())):
                    # "палову выдаткаў нясе беларускі бок ...; папярэднія варыянты (30/70) страчваюць сілу":
                    # the halves agreed, the numbers the ones given up
                    pcts, proposal = [], False
                share = _home_share(view, block.where, s, pcts, ctx) if pcts else 0.5
                out.append(Candidate(KIND, (), [], {}, Evidence(view.message_id, t, block.where, s.depth), 0.6,
                                     view.date, {"role": "share", "share": share, "proposal": proposal,
                                                 "products": _products(t, 0), "thread": view.thread,
                                                 "domains": _foreign(view, ctx),
                                                 "countries": countries_in(t, ctx.home_country)}))
                continue
            if jm:
                continue
            prods = _products(t, 0)
            if prods:
                out.append(Candidate(KIND, (), [], {}, Evidence(view.message_id, t, block.where, s.depth), 0.5,
                                     view.date, {"role": "mention", "products": prods, "thread": view.thread,
                                                 "domains": _foreign(view, ctx),
                                                 "countries": countries_in(t, ctx.home_country)}))
    return out


def _quoted_after(t: str, product: str) -> re.Match[str] | None:
    """A quoted name right after the designation ("ЦП-7 «Стриж»") is the product's name too."""
    for m in _DESIGNATION.finditer(t):
        if code(m.group(1)) == product:
            q = re.compile(r"\s*\(?\s*(?:[А-ЯA-Z]{2,6}\s+)?[«\"“]([^»\"”]{2,30})[»\"”]").match(t, m.end())
            if q:
                return q
    return None


def _bracketed_designation(t: str, product: str) -> str | None:
    """Another designation in brackets after the product's ("ГМП-850 (HT-850)",
    "the HT-850 transmission ... (your designation GMP-850)"): the partner's
    name for the same product."""
    for m in _DESIGNATION.finditer(t):
        if code(m.group(1)) != product:
            continue
        b = re.compile(r"[^()]{0,90}?\(([^()]{0,40})\)").match(t, m.end())
        inner = [code(d.group(1)) for d in _DESIGNATION.finditer(b.group(1))] if b else []
        inner = [d for d in inner if d != product]
        if len(inner) == 1:
            return inner[0]
    return None


_QUOTED = re.compile(r"[«\"„“]([^«»\"„“”]{2,40})[»\"”“]")


def _names_codename(text: str, codenames: set[str]) -> bool:
    """A quoted work name, in any case ("по «Кречету»"), that is one of the product's code names."""
    for m in _QUOTED.finditer(text):
        c = code(m.group(1))
        if any(c == cn or (len(cn) >= 4 and c.startswith(cn[:-1]) and len(c) - len(cn) <= 2) for cn in codenames):
            return True
    return False


def _dash_lead(t: str, pos: int) -> str:
    """The clause before a number's clause set off by a dash (an apposition to what it says)."""
    starts = [m.end() for m in re.finditer(r"[,;:]\s|\s[-–—]\s", t[:pos])]
    if not starts or not re.search(r"\s[-–—]\s$", t[: starts[-1]]):
        return ""
    return _clause_at(t, max(0, starts[-1] - 4))


def _clause_at(t: str, pos: int) -> str:
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:]\s|\s[-–—]\s", t)] + [len(t)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a <= pos < b:
            return t[a:b]
    return t


def _clause_after(t: str, pos: int) -> str:
    """The clause after the one at `pos` ("" at the sentence's end)."""
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:]\s|\s[-–—]\s", t)] + [len(t)]
    for a, b, c in zip(bounds, bounds[1:], bounds[2:], strict=False):
        if a <= pos < b:
            return t[b:c]
    return ""


def _named_product(t: str, lex: Lexicon) -> list[str]:
    """A product known by a quoted name only: "беспилотник «Стрела»" -> "strela"."""
    for m in lex["product"].finditer(t):
        q = re.match(r"\s+(?:\w+\s+){0,2}?[«\"“]([^»\"”]{2,30})[»\"”]", t[m.end():])
        if q:
            return [code(q.group(1))]
    return []


def _share(t: str, pcts: list[tuple[int, float]], lex: Lexicon) -> float:
    if len(pcts) == 1:
        pos, v = pcts[0]
        theirs = lex["theirs"].search(t[max(0, pos - 40) : pos + 10])
        return 1 - v if theirs and not lex["ours"].search(t[max(0, pos - 40) : pos]) else v
    best = None
    for pos, v in pcts:
        window = t[max(0, pos - 40) : pos]
        if lex["ours"].search(window):
            return v
        if lex["theirs"].search(window) and best is None:
            best = 1 - v
    return best if best is not None else pcts[0][1]


def _home_share(view: View, where: str, seg: Segment, pcts: list[tuple[int, float]], ctx: Context) -> float:
    """The home side's share by who or what stands before each number
    (see `shares`); the older reading of the lexicon's sides where that
    tells nothing."""
    orgs = [(m.start - seg.start, m.end - seg.start, ctx.is_home(m.entity_id))
            for m in ctx.in_span(view.pk, where, seg.start, seg.end, "ORG") if m.entity_id and not is_work_term(m.surface)]
    writer = view.author(next(b for b in view.blocks if b.where == where), seg)
    d = ((writer or {}).get("email") or "").rsplit("@", 1)[-1].lower()
    writer_home = (d in ctx.home_domains) if d else None
    got = share(seg.text, pcts, orgs, writer_home, _lex(), ctx)
    return got if got is not None else _share(seg.text, pcts, _lex())


def _foreign(view: View, ctx: Context) -> list[str]:
    out = []
    for addr in [view.sender, *view.recipients]:
        d = ((addr or {}).get("email") or "").rsplit("@", 1)[-1].lower()
        if d and d not in ctx.home_domains:
            out.append(d)
    return out


def _work_entity(surface: str, eid: str, ctx: Context) -> bool:
    """An R&D work abbreviation ("ОКР", "НИОКР") the extractor took for an
    organisation: no partner. A design bureau named with its own name
    ("ОКБ «...»") has names beyond the bare abbreviation and stays."""
    if is_work_term(surface):
        return True
    ent = ctx.entities.get(eid)
    return bool(ent and ent.names and all(is_work_term(n) for n in ent.names))


def _partner(view: View, where: str, seg: Segment, ctx: Context) -> str | None:
    for m in ctx.in_span(view.pk, where, seg.start, seg.end, "ORG"):
        if m.entity_id and not ctx.is_home(m.entity_id) and not _work_entity(m.surface, m.entity_id, ctx):
            return m.entity_id
    for addr in [view.sender, *view.recipients]:
        d = ((addr or {}).get("email") or "").rsplit("@", 1)[-1].lower()
        if d and d not in ctx.home_domains:
            return ctx.org_for_domain(d) or d
    return None


def _vote(codes: list[str | None]) -> str | None:
    counts = Counter(c for c in codes if c)
    return counts.most_common(1)[0][0] if counts else None


def group(cands: list[Candidate], ctx: Context) -> list[Finding]:
    joints = [c for c in cands if c.extra.get("role") == "joint"]
    products: dict[str, list[Candidate]] = {}
    # a work known by its code name alone ("ОКР «Кедр»") is the product that code name was given to
    # a product's designations and code names (EHA-20, ЭГП-20, «Гаруда»; HT-850 and the partner's GMP-850)
    # are one product, named by the designation the letters give most often
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for c in joints:
        if c.extra.get("codename") and c.extra["codename"] != c.extra["product"]:
            parent[find(c.extra["codename"])] = find(c.extra["product"])
    seen = Counter(c.extra["product"] for c in joints)
    members: dict[str, set[str]] = {}
    for x in list(parent):
        members.setdefault(find(x), set()).add(x)
    name_of = {m: max(ms, key=lambda d: (seen[d], -len(d), d)) for ms in members.values() for m in ms}
    aliases: dict[str, set[str]] = {}
    for c in joints:
        product = name_of.get(c.extra["product"], c.extra["product"])
        products.setdefault(product, []).append(c)
        aliases.setdefault(product, set()).update(
            m for m in members.get(find(c.extra["product"]), {c.extra["product"]}) if seen[m])
    out = []
    for product, cs in products.items():
        threads = {c.extra.get("thread") for c in cs} - {None}
        msgs = {c.evidence.message_id for c in cs}
        codenames = {c.extra["codename"] for c in cs if c.extra.get("codename")}
        partners = Counter(c.extra["partner"] for c in cs if c.extra["partner"]
                           and ctx.name(c.extra["partner"]).casefold() not in {n.casefold() for n in codenames})
        partner = partners.most_common(1)[0][0] if partners else next(
            (c.extra["partner"] for c in cs if c.extra["partner"]), None)
        pdomains = {d for d, o in ctx.domain_org.items() if o == partner} | ({partner} if partner else set())
        known = aliases.get(product, {product}) | {product}
        related = [c for c in cands if c.extra.get("role") == "share" or (
            c.extra.get("role") == "mention" and known & set(c.extra.get("products", [])))]
        msgs |= {c.evidence.message_id for c in related if known & set(c.extra.get("products", []))}
        mentions = [c for c in related if c.extra["role"] == "mention" and known & set(c.extra["products"])]
        shares = [c for c in related if c.extra["role"] == "share" and not c.extra["proposal"]
                  and (c.evidence.message_id in msgs or c.extra.get("thread") in threads
                       or pdomains & set(c.extra.get("domains", [])) or _names_codename(c.evidence.quote, codenames))]
        pid = partner if partner in ctx.entities else None
        country = ctx.org_country(pid) if pid else None
        if not country and partner and "." in partner:
            country = tld_country(partner)
        if not country:
            country = next((x for c in cs for x in c.extra["countries"]), None)
        if not country:  # the partner's mail domain, from the letters that state the work
            country = next((tld_country(d) for c in cs for d in c.extra.get("domains", []) if tld_country(d)), None)
        if not country:  # the partner's own mail domains
            country = next((tld_country(d) for d in sorted(pdomains) if "." in d and tld_country(d)
                            and tld_country(d) != ctx.home_country), None)
        if not country:  # the letters about the product: "<country> side", a city, the partner's mail
            evid = [c for c in shares + mentions if known & set(c.extra.get("products", []))] or shares + mentions
            country = _vote([x for c in evid for x in c.extra.get("countries", [])]) or _vote(
                [tld_country(d) for c in evid for d in c.extra.get("domains", [])
                 if tld_country(d) and tld_country(d) != ctx.home_country])
        if not country:  # a partner at home: "с рязанским КБ" in the letter that states the work
            country = _vote([x for c in cs for x in c.extra.get("home_places", [])])
        names = list(dict.fromkeys([product] + sorted(known - {product}) + sorted(codenames)))
        attrs: dict[str, object] = {"product": names}
        if country:
            attrs["partner_country"] = country
        if shares:
            latest = max(shares, key=lambda c: (c.date.isoformat() if c.date else "", -c.evidence.depth))
            attrs["funding_share"] = round(latest.extra["share"], 4)
        subjects = [x for x in (ctx.home_org, pid) if x]
        evidence_c = cs + shares + mentions
        summary = (f"{ctx.name(ctx.home_org)} develops the {product.upper()} jointly with "
                   f"{ctx.name(pid) if pid else 'a partner'}"
                   + (f" in {country_name(country) or country.upper()}" if country else "")
                   + (f", paying {attrs['funding_share']:.0%} of the cost." if "funding_share" in attrs else "."))
        out.append(Finding(KIND, summary, subjects, attrs, merge_evidence(evidence_c), confidence(cs), (product,)))
    return out
