"""military_maintenance: the home organisation repairs, overhauls or
modernises military platforms for a customer country.

A claim needs three things in one text block: a platform designation, a
repair cue (in the sentence, or heading the block: a repair plan in a
spreadsheet), and a military customer whose country is named beside it (or
"our air force": the home country). Plans and tables split these over lines,
so the nearest customer line in the block serves; a sentence naming two
customers gives each the platforms of its own clause or run. One finding
per customer country, listing every platform."""

from __future__ import annotations

import re
from dataclasses import dataclass

from paperchase.extract.places import find_countries
from paperchase.findings.context import Context
from paperchase.findings.cues import PlatformHit, designations, platforms
from paperchase.findings.lexicon import Lexicon, lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, by_key, confidence, merge_evidence
from paperchase.findings.text import Segment
from paperchase.findings.view import View

KIND = "military_maintenance"
# engine families: listed as platforms only where no aircraft or vehicle is named beside them
_ENGINES = frozenset({"rd", "al", "ai", "tv", "nk"})
GROUPS = ("repair", "military", "customer", "ours", "civil", "unrealised")


@dataclass(slots=True)
class _Customer:
    seg: Segment
    country: str
    military: bool
    pos: int = 0  # where in the sentence the customer is named


def _lex() -> Lexicon:
    return lexicon("military.yml", GROUPS)


def _customers(segs: list[Segment], ctx: Context) -> list[_Customer]:
    """Every military (or other) customer with a country named beside it,
    each sentence's in the order written: a sentence may name two ("для
    Минобороны Армении ... и для ВВС Киргизии")."""
    lex = _lex()
    out = []
    for s in segs:
        if lex["ours"].search(s.text) and ctx.home_country:
            out.append(_Customer(s, ctx.home_country, True, lex["ours"].search(s.text).start()))
            continue
        found: list[_Customer] = []
        for group in ("military", "customer"):
            for m in lex[group].finditer(s.text):
                lo, hi = max(0, m.start() - 30), min(len(s.text), m.end() + 80)
                hits = [h for h in find_countries(s.text[lo:hi]) if h.code != "eu"]
                if not hits:
                    continue
                near = min(hits, key=lambda h: abs(lo + h.start - m.end()) if lo + h.start >= m.start()
                           else abs(m.start() - (lo + h.end)) + 20)
                if any(abs(c.pos - m.start()) < 3 for c in found):
                    continue
                found.append(_Customer(s, near.code, group == "military", m.start()))
        # a bare "заказчик" beside a named ministry repeats it; "казахстанский заказ" beside "МО РФ" is another
        mil = {c.country for c in found if c.military}
        found = [c for c in found if c.military or c.country not in mil]
        found.sort(key=lambda c: c.pos)
        # one customer named twice in a row ("Минобороны ... (Силы воздушной обороны)") is one
        out += [c for i, c in enumerate(found) if i == 0 or c.country != found[i - 1].country]
    return out


_CLAUSE = re.compile(r"[,;:()]\s*|\s[-–—]\s|\s(?:и|і|та|а|and)\s", re.I)


def _split(text: str, plats: list[PlatformHit], same: list[_Customer]) -> list[tuple[_Customer, list[PlatformHit]]]:
    """Platforms of a sentence that names customers of several countries, each
    given to its own: the customer of the platform's clause ("армянский заказ
    (Ка-32) идёт первым, Як-52 для МО Киргизии"); else runs of platforms
    alternate with customers, and the sentence's first item says whether a
    run's customer follows it ("Ми-8 и Ми-17 — МО X, Су-27 — МО Y") or goes
    before it ("для X: Ми-8; для Y: Су-27")."""
    if len({c.country for c in same}) < 2:
        return [(same[0], plats)]
    cuts = [m.start() for m in _CLAUSE.finditer(text)]

    def clause(pos: int) -> int:
        return sum(1 for c in cuts if c < pos)

    follows = plats[0].start < same[0].pos
    out: dict[int, list[PlatformHit]] = {}
    for p in plats:
        mine = [i for i, c in enumerate(same) if clause(c.pos) == clause(p.start)]
        if len({same[i].country for i in mine}) == 1:
            cust = mine[0]
        elif follows:
            cust = next((i for i, c in enumerate(same) if c.pos > p.start), len(same) - 1)
        else:
            cust = max((i for i, c in enumerate(same) if c.pos < p.start), default=0)
        out.setdefault(cust, []).append(p)
    return [(same[i], ps) for i, ps in sorted(out.items())]


_FOR = re.compile(r"(?:для|for|заказчик\w*|заказчык\w*|замовник\w*|customer)\W{0,3}$", re.I)


def _own_customer(view: View, where: str, seg: Segment, ctx: Context) -> bool:
    """A line names an organisation as the one it works for."""
    for m in ctx.in_span(view.pk, where, seg.start, seg.end, "ORG"):
        if not ctx.is_home(m.entity_id) and _FOR.search(seg.text[max(0, m.start - seg.start - 16) : m.start - seg.start]):
            return True
    return False


def detect(view: View, ctx: Context) -> list[Candidate]:
    lex = _lex()
    out: list[Candidate] = []
    for block in view.blocks:
        segs = block.segments
        customers = _customers(segs, ctx)
        if not any(c.military for c in customers):
            continue
        # a known family anywhere; any designation where its own line names the military customer
        own_military = {id(c.seg) for c in customers if c.military}
        plat_segs = [(s, platforms(s.text) or (designations(s.text) if id(s) in own_military else [])) for s in segs]
        plat_segs = [(s, p) for s, p in plat_segs if p]
        if not plat_segs:
            continue
        head = " ".join(s.text for s in segs[:3]) + " " + block.where + " " + view.subject
        block_repair = lex["repair"].search(head) is not None
        used: set[int] = set()
        for s, plats in plat_segs:
            if lex["civil"].search(s.text) or lex["unrealised"].search(s.text):
                continue
            if not (lex["repair"].search(s.text) or block_repair):
                continue
            same = [c for c in customers if c.seg is s]
            if not same and lex["military"].search(s.text):
                continue  # the sentence names its own military customer, but not whose: do not borrow one
            if not same and _own_customer(view, block.where, s, ctx):
                continue  # a row for a firm of its own ("для ОАО «...»"): not the military order beside it
            near = same or sorted((c for c in customers if abs(c.seg.line - s.line) <= 15),
                                  key=lambda c: (abs(c.seg.line - s.line), c.seg.line > s.line))
            if not near:
                continue
            for cust, ps in _split(s.text, plats, same) if same else [(near[0], plats)]:
                if not cust.military and lex["civil"].search(cust.seg.text):
                    continue
                carriers = [p for p in ps if p.base.split("-")[0] not in _ENGINES]
                names = sorted({p.base for p in carriers or ps} | {p.full for p in carriers or ps})
                key = (ctx.home_org, cust.country)
                strength = 0.9 if same and lex["repair"].search(s.text) else 0.7
                out.append(Candidate(KIND, key, [ctx.home_org] if ctx.home_org else [],
                                     {"platforms": names, "customer_country": cust.country},
                                     Evidence(view.message_id, s.text, block.where, s.depth), strength, view.date))
                if cust.seg is not s and id(cust.seg) not in used:
                    used.add(id(cust.seg))
                    out.append(Candidate(KIND, key, [ctx.home_org] if ctx.home_org else [],
                                         {"platforms": [], "customer_country": cust.country},
                                         Evidence(view.message_id, cust.seg.text, block.where, cust.seg.depth),
                                         0.6, view.date))
    return out


def _display(code: str) -> str:
    """'mig-29smt' -> 'MiG-29SMT', 'rd-33' -> 'RD-33' for the summary."""
    fam, _, rest = code.partition("-")
    fam = {"mig": "MiG", "mi": "Mi", "su": "Su", "yak": "Yak", "ka": "Ka", "il": "Il", "tu": "Tu", "an": "An"}.get(
        fam, fam.upper())
    return f"{fam}-{rest.upper()}"


def group(cands: list[Candidate], ctx: Context) -> list[Finding]:
    by = by_key(cands)
    out = []
    for key, cs in by.items():
        plats = sorted({p for c in cs for p in c.attributes["platforms"]})
        if not plats:
            continue
        country = key[1]
        from paperchase.extract.places import country_name

        # the summary names each platform once, by its fullest designation
        full = [p for p in plats if not any(q != p and q.startswith(p) for q in plats)]
        shown = ", ".join(_display(p) for p in full)
        summary = (f"{ctx.name(key[0])} repairs or overhauls military equipment ({shown}) "
                   f"for a customer in {country_name(country) or country.upper()}.")
        out.append(Finding(KIND, summary, list(cs[0].subjects), {"platforms": plats, "customer_country": country},
                           merge_evidence(cs), confidence(cs), key))
    return out
