"""sanctions_obstacle and alternative_supplier.

An obstacle: a sentence names sanctions or export controls and says the
supply cannot happen (or, inside a message that names sanctions, says a
supply cannot happen); a condition ("if sanctions are lifted we could buy")
is no obstacle. Its origin country is where the goods are made ("производства
США"), else the sanctioning country, else the refusing supplier's country.

An alternative: a foreign supplier offers, or the buyer weighs or buys,
goods of the kind a sanction blocked, or a replacement for them, from a
country other than the blocked origin. An offer of the blocked goods
themselves through a third country is circumvention, not an alternative;
an offer the buyer turns down is dropped."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from paperchase.extract.places import country_name, find_places
from paperchase.findings.context import Context, tld_country
from paperchase.findings.cues import has
from paperchase.findings.goods import GENERIC_GOODS, find_goods
from paperchase.findings.lexicon import Lexicon, lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, by_key, confidence, merge_evidence
from paperchase.findings.origins import find_origins
from paperchase.findings.text import Segment
from paperchase.findings.view import View

OBSTACLE, ALTERNATIVE = "sanctions_obstacle", "alternative_supplier"
GROUPS = ("sanction", "unable", "supply", "origin", "substitute", "offer", "decline", "circumvent", "cutoff", "cause", "reported",
          "replaced")
_AUTHORITY = re.compile(r"(?:санкц|контрол|кантрол|ограничен|абмежаван|обмежен|measures|sanction|control|regulations)\w*"
                        r"\s*(?:\w+\s*){0,2}$", re.I)


# a maker named with its legal form in an agent's letter is the supplier, not the agent
_MAKER = re.compile(r"\b(?:Co\.,?\s*Ltd|Ltd\.?|GmbH|LLC|Inc\.?|SAS|S\.A\.|JSC|Corp\.?|A\.S\.|Şti\.?)(?!\w)|"
                    r"\b(?:maker|manufacturer|производител\w+|изготовител\w+|вытворц\w+|виробник\w*)\b", re.I)
_OFFER_WORD = re.compile(r"предложени|прапанов|пропозиц|offer|^(?:откажите|адмоўце|відмовте)$", re.I)
# what a buyer turns down: an offer, a purchase, an order
_BUYING = re.compile(r"предложени|прапанов|пропозиц|закуп|покуп|заказ|закупл|купл|замов|вариант|варыянт|варіант|"
                     r"offer|purchas|order|quotation|option", re.I)
_OURS = re.compile(r"\b(?:our|we|наш\w*|мы|нашу)\b", re.I)
# the first person in a sentence a press report might also be: "по данным СМИ, нам не продадут..."
_WE = re.compile(r"\b(?:our|we|us|наш\w*|мы|нам|нас|ми|нам|мне|me)\b", re.I)


def _lex() -> Lexicon:
    return lexicon("supply.yml", GROUPS)


def _countries(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """(priority, position, code): made-in phrases first, then the sanctioning
    country, then any other; the home country and the EU are no origin."""
    lex = _lex()
    fixed = re.sub(r"-(made|built|origin)", r" \1", text)  # "US-made": same length, offsets kept
    out = []
    for h in find_origins(fixed):
        if h.code in ("eu", ctx.home_country):
            continue
        before = fixed[max(0, h.start - 22) : h.start]
        if lex["cause"].search(fixed[max(0, h.start - 40) : h.start] + "\x00"):
            continue  # "restrictions over the war in X", "measures against X": the cause or target
        if re.search(r"(?:через|праз|через|via|through)\s+$", fixed[max(0, h.start - 12) : h.start], re.I):
            continue  # "ни через российских дистрибьюторов": the way the goods went, not where they are made
        after = fixed[h.end : h.end + 16]
        if lex["origin"].search(before) or re.match(r"\s*(made|built|origin)", after, re.I) or (
                lex["origin"].match(after.strip())):
            prio = 0
        elif _AUTHORITY.search(before):
            prio = 1
        else:
            prio = 2
        out.append((prio, h.start, h.code))
    return sorted(out)


def _is_news(view: View, ctx: Context) -> bool:
    sender = (view.sender or {}).get("email", "")
    return has("news", view.subject) and sender.rsplit("@", 1)[-1] not in ctx.home_domains


def detect(view: View, ctx: Context) -> list[Candidate]:
    lex = _lex()
    if _is_news(view, ctx):
        return []
    out: list[Candidate] = []
    own = " ".join(s.text for b in view.blocks for s in b.segments)
    message_sanctions = lex["sanction"].search(own + " " + view.subject) is not None
    sender_domain = ((view.sender or {}).get("email") or "").rsplit("@", 1)[-1].lower()
    foreign_sender = bool(sender_domain) and sender_domain not in ctx.home_domains
    home = [ctx.home_org] if ctx.home_org else []
    for block in view.blocks:
        for s in block.segments:
            t = s.text
            if has("hypothetical", t) or (lex["reported"].search(t) and not _WE.search(t)):
                continue  # a condition; a press report about some other firm ("как сообщает агентство, комбинат ...")
            sanction = lex["sanction"].search(t) is not None
            um, dm = _unable(t, lex), lex["decline"].search(t)
            # "от предложения X отказываемся": the buyer turns an offer down, no one refuses to sell
            unable = um is not None and not (dm is not None and dm.start() <= um.start() < dm.end()
                                             and _OFFER_WORD.search(dm.group(0)))
            sub = lex["substitute"].search(t) is not None
            offer = lex["offer"].search(t) is not None
            # "we have decided not to proceed with the purchase": a reply that turns the offer down
            decline_only = not (unable or sub or offer) and dm is not None and _BUYING.search(t) is not None
            if not (unable or sub or offer or decline_only):
                continue
            # in text order, the first named leads; a goods word inside the home firm's own name ("Зарёвский
            # оптико-механический завод") is no goods (a supplier's name says what it sells: Jinhai Machine Tool)
            names = [(m.start - s.start, m.end - s.start) for m in ctx.in_span(view.pk, block.where, s.start, s.end, "ORG")
                     if ctx.is_home(m.entity_id)]
            goods = list(dict.fromkeys(g for p, g in find_goods(t) if not any(a <= p < b for a, b in names)))
            cutoff = unable and lex["cutoff"].search(t) is not None and lex["supply"].search(t) is not None
            if unable and (sanction or (message_sanctions and lex["supply"].search(t)) or
                           (cutoff and _countries(t, ctx))):
                head = _refusal_part(t, lex)  # "X will not sell - ask Y for samples": Y refuses nothing
                cs = _countries(t, ctx)
                if _offer_after(t, lex):  # "X (ЧР) - поставка невозможна; рассматриваются образцы Y (КНР)"
                    cut = len(t) - len(_offer_part(t, lex))
                    cs = [c for c in cs if c[1] < cut] or cs
                # of equally likely countries, the one in the refusing clause ("китайская X смонтирована,
                # немецкая Y недоступна из-за санкций": the blocked goods are German)
                lo, hi = _clause_around(t, _unable(t, lex).start())
                cs = sorted(cs, key=lambda c: (c[0], not lo <= c[1] < hi, c[1]))
                origin = cs[0][2] if cs else None
                if origin is None:
                    theirs = [ctx.org_country(o) for o in _orgs(view, block.where, s, ctx) if not ctx.is_home(o)]
                    origin = next((c for c in theirs if c), None)
                if origin is None:
                    d = ctx.domain_named(t) or (sender_domain if foreign_sender else None) or _foreign_author(
                        view, block, s, ctx)  # a supplier's refusal forwarded or quoted by the buyer
                    origin = ctx.country_of_domain(d) if d else None
                if origin and origin != ctx.home_country:
                    # "dürfen wir optische Prüfgeräte dieser Art nicht liefern": the goods the letter names elsewhere
                    goods = goods or _message_goods(view, block)
                    out.append(Candidate(OBSTACLE, (ctx.home_org, origin), home,
                                         {"origin_country": origin, "goods": goods},
                                         Evidence(view.message_id, t, block.where, s.depth),
                                         0.9 if sanction else 0.7, view.date,
                                         {"refusers": _orgs(view, block.where, s, ctx, len(head)),
                                          "refuser_text": head, "origin_told": bool(cs),
                                          "domain": sender_domain if foreign_sender and s.depth == 0 else None}))
                if not _offer_after(t, lex):
                    continue
            elif unable and not sub and not _offer_after(t, lex):
                continue
            if not (sub or offer or decline_only):
                continue
            if not sub and _joint_work(t):
                continue  # "предлагаем перейти на паритетную схему": the joint work's terms, no goods offered
            orgs = [o for o in _orgs(view, block.where, s, ctx) if not ctx.is_home(o) and o not in _replaced(view, block, s, ctx)]
            domain = ctx.domain_named(t)
            named = bool(orgs or domain)
            if foreign_sender and _OURS.search(t) and not _MAKER.search(t):
                named = False  # "our quotation", "we can supply": the writer's firm offers, whoever else is named
                orgs, domain = [], None
            if not named and foreign_sender:
                domain = sender_domain
                org = ctx.org_for_domain(sender_domain)
                orgs = [org] if org else []
            elif not named and lex["decline"].search(t):
                domain = _quoted_supplier(view, ctx)  # "этот вариант не рассматриваем" answers the offer quoted below
                org = ctx.org_for_domain(domain) if domain else None
                orgs = [org] if org else []
            if not orgs and not domain:
                # "испытали корейские подшипники": the supplier is known by its country only
                found = [c for _p, _s, c in _countries(t, ctx)]
                if found and goods and not lex["decline"].search(t):
                    out.append(Candidate(ALTERNATIVE, (), home, {"goods": goods},
                                         Evidence(view.message_id, t, block.where, s.depth), 0.5, view.date,
                                         {"orgs": [], "domain": None, "countries": found, "named": False,
                                          "circumvent": False, "substitute": sub, "decline": False,
                                          "country_only": found[0]}))
                continue
            # after a refusal in the same sentence, the countries of the offer's own clause
            part = _offer_part(t, lex) if unable else t
            found = [c for _p, _s, c in _countries(part, ctx)] or _city_countries(part, ctx)
            out.append(Candidate(ALTERNATIVE, (), home, {"goods": goods},
                                 Evidence(view.message_id, t, block.where, s.depth),
                                 0.8 if sub else 0.6, view.date,
                                 {"orgs": orgs, "domain": domain, "countries": found, "named": named,
                                  "circumvent": lex["circumvent"].search(t) is not None,
                                  "substitute": sub, "decline": lex["decline"].search(t) is not None}))
    return out


# where a refusing clause ends: a dash, a semicolon, a colon, "поэтому ...", or a comma before a
# clause that buys elsewhere ("пока X нам ничего не продаёт, запчасти берём только у Y")
_CLAUSE = re.compile(r"\s[-–—]\s|;|:\s|,\s(?:значит|поэтому|так что|таму|тому|so)\b|"
                     r",\s(?=[^,;]{0,60}(?<!\w)(?:бер[её]м|покупаем|закупаем|заказываем|бяром|купляем|заказваем|"
                     r"беремо|купуємо|замовляємо|we (?:buy|order|source))(?!\w))", re.I)


def _city_countries(text: str, ctx: Context) -> list[str]:
    """"a maker from Ostrava": the country of a city, where the text names no country."""
    return [h.code for h in find_places(text) if h.code not in ("eu", ctx.home_country)]


def _joint_work(t: str) -> bool:
    """A sentence about a joint development's terms (its funding, its parties)."""
    dev = lexicon("development.yml")
    return bool(dev["joint"].search(t) or dev["funding"].search(t) or dev["equal"].search(t))


def _message_goods(view: View, block: Any) -> list[str]:
    """The goods a letter's subject or its block name, when the refusing sentence says only "these"."""
    for text in [view.subject] + [x.text for x in block.segments]:
        found = [g for _p, g in find_goods(text or "") if g not in GENERIC_GOODS]
        if found:
            return found[:1]
    return []


def _clause_around(t: str, pos: int) -> tuple[int, int]:
    starts = [m.end() for m in re.finditer(r"[,;:.!?]\s|\s[-–—]\s", t[:pos])]
    end = re.search(r"[,;:.!?]\s|\s[-–—]\s", t[pos:])
    return (starts[-1] if starts else 0), (pos + end.start() if end else len(t))


_BAN = re.compile(r"(?:запрещ|забарон|заборон|prohibit|banned|forbidden|untersagt|verboten)", re.I)
_NOT = re.compile(r"(?:\bне|\bnot|\bnicht|\bні)\s+$", re.I)


def _unable(t: str, lex: Lexicon) -> re.Match[str] | None:
    """The first cue that the supply cannot happen; a denied ban ("формально не
    запрещены", "not banned") is none."""
    for m in lex["unable"].finditer(t):
        if not (_BAN.match(m.group()) and _NOT.search(t[max(0, m.start() - 8) : m.start()])):
            return m
    return None


def _offer_part(t: str, lex: Lexicon) -> str:
    """The sentence after the clause that refuses ("" when none follows)."""
    m = _unable(t, lex)
    brk = _CLAUSE.search(t, m.end()) if m else None
    return t[brk.end():] if brk else ""


def _offer_after(t: str, lex: Lexicon) -> bool:
    """"X will not sell to us any more - ask Y for samples": an offer or an
    uptake in a clause after the refusal, free of a refusal of its own."""
    tail = _offer_part(t, lex)
    return lex["offer"].search(tail) is not None and _unable(tail, lex) is None


def _foreign_author(view: View, block: Any, seg: Segment, ctx: Context) -> str | None:
    """The mail domain of a forwarded or quoted line's author, when not the home firm's."""
    email = ((view.author(block, seg) or {}).get("email") or "").lower()
    d = email.rsplit("@", 1)[-1] if "@" in email else ""
    return d if d and d not in ctx.home_domains else None


def _quoted_supplier(view: View, ctx: Context) -> str | None:
    """The foreign writer of the history quoted in a reply, else the one foreign
    domain the reply goes to ("we have decided not to proceed" to the supplier)."""
    for block in view.blocks:
        for addr in block.authors.values():
            d = (addr.get("email") or "").rsplit("@", 1)[-1].lower()
            if d and d not in ctx.home_domains:
                return d
    foreign = {d for a in view.recipients if (d := (a.get("email") or "").rsplit("@", 1)[-1].lower())
               and d not in ctx.home_domains}
    return foreign.pop() if len(foreign) == 1 else None


def _orgs(view: View, where: str, seg: Segment, ctx: Context, length: int | None = None) -> list[str]:
    end = seg.end if length is None else seg.start + length
    return [m.entity_id for m in ctx.in_span(view.pk, where, seg.start, end, "ORG") if m.entity_id]


def _replaced(view: View, block: Any, seg: Segment, ctx: Context) -> set[str]:
    """The firms named right after "instead of" ("вместо немецкой X берём Y"): replaced, not supplying."""
    out = set()
    for m in _lex()["replaced"].finditer(seg.text):
        after = [x for x in ctx.in_span(view.pk, block.where, seg.start + m.end(), seg.start + m.end() + 40, "ORG")
                 if x.entity_id]
        if after:
            first = min(after, key=lambda x: x.start)
            rest = re.sub(r"^\s*\([^)]{0,40}\)", "", seg.text[first.end - seg.start:])
            if not _lex()["offer"].match(rest.strip()):  # "вместо японских X предлагает свои": X offers
                out.add(first.entity_id)
    return out


def _refusal_part(t: str, lex: Lexicon) -> str:
    """The sentence up to the end of the clause that refuses."""
    m = _unable(t, lex)
    brk = _CLAUSE.search(t, m.end()) if m else None
    return t[: brk.start()] if brk else t


def group_obstacles(cands: list[Candidate], ctx: Context) -> list[Finding]:
    # a refusal that names no country took the refusing firm's own (its mail domain): where the case
    # says elsewhere where that firm's blocked goods come from ("голландские разъёмы ... Van Dijk"), that is it
    told: dict[str, Counter[str]] = {}
    for c in cands:
        if c.extra.get("origin_told"):
            for o in c.extra.get("refusers", []):
                told.setdefault(o, Counter())[c.key[1]] += 1
    for c in cands:
        if c.extra.get("origin_told") is False:
            votes = sum((told.get(o, Counter()) for o in c.extra.get("refusers", [])), Counter())
            if votes and c.key[1] not in votes:
                origin = votes.most_common(1)[0][0]
                c.key = (c.key[0], origin)
                c.attributes["origin_country"] = origin
    by = by_key(cands)
    out = []
    for key, cs in by.items():
        goods = _common_goods(cs)
        attrs = {"origin_country": key[1]}
        if goods:
            attrs["goods"] = goods
        name = country_name(key[1]) or key[1].upper()
        summary = f"{ctx.name(key[0])} cannot obtain {goods or 'goods'} from {name} because of sanctions or export controls."
        out.append(Finding(OBSTACLE, summary, list(cs[0].subjects), attrs, merge_evidence(cs), confidence(cs), key))
    return out


def _common_goods(cs: list[Candidate], prefer: set[str] | None = None) -> str | None:
    """The goods named most often; for an offer, those a sanction blocked first."""
    c = Counter(g for x in cs for g in x.attributes.get("goods", []))
    if prefer and c.keys() & prefer:
        c = Counter({g: n for g, n in c.items() if g in prefer})
    if c.keys() - GENERIC_GOODS:
        c = Counter({g: n for g, n in c.items() if g not in GENERIC_GOODS})  # the goods the text names, if it does
    return c.most_common(1)[0][0] if c else None


def group_alternatives(cands: list[Candidate], obstacles: list[Candidate], ctx: Context) -> list[Finding]:
    if not obstacles:
        return []
    origins = {c.key[1] for c in obstacles}
    blocked_goods = {g for c in obstacles for g in c.attributes.get("goods", [])}
    refusers = {o for c in obstacles for o in c.extra.get("refusers", [])}
    by_origin: dict[str, list[Candidate]] = {}
    for c in obstacles:
        by_origin.setdefault(c.key[1], []).append(c)
    main_goods = {g for cs in by_origin.values() if (g := _common_goods(cs))}
    refuser_domains = ({ctx.domain_named(c.extra.get("refuser_text", c.evidence.quote)) for c in obstacles}
                       | {c.extra.get("domain") for c in obstacles}) - {None}
    obstacle_messages = {c.evidence.message_id for c in obstacles if c.evidence.depth == 0}
    refusing_firms = refuser_domains | {ctx.org_for_domain(d) for d in refuser_domains} | refusers
    by: dict[object, list[Candidate]] = {}
    country_of: dict[object, str] = {}
    refuser_words = {d.split(".")[0].split("-")[0] for d in refuser_domains if d}
    for c in cands:
        if not c.extra["substitute"] and not c.extra["decline"] and (
                c.extra.get("circumvent") or set(c.extra["orgs"]) & refusers
                or _names_any(c.evidence.quote, refuser_words)):
            continue  # the blocked maker's own goods through a middleman: circumvention, not an alternative
        orgs = [o for o in c.extra["orgs"] if o not in refusers and ctx.org_country(o) not in origins]
        domain = c.extra["domain"] if c.extra["domain"] not in refuser_domains else None
        supplier = orgs[0] if orgs else (ctx.org_for_domain(domain) if domain else None) or domain
        if supplier is None or c.extra.get("country_only") or _is_military(supplier, ctx):
            continue  # a ministry or an armed force is a customer, never a supplier of goods
        countries = [x for x in c.extra["countries"] if x not in origins]
        if any(x in origins for x in c.extra["countries"][:1]) and not countries and not c.extra["substitute"]:
            continue  # the blocked goods themselves, through a third party ("interchangeable with US-made" is fine)
        own = (ctx.org_country(orgs[0]) if orgs else None) or (tld_country(domain) if domain else None)
        # a country in the sentence is the supplier's only where the sentence names the supplier
        country = ((countries[0] if countries else None) or own) if c.extra["named"] else (
            own or (countries[0] if countries else None))
        if not country or country in origins or country == ctx.home_country:
            continue
        by.setdefault(supplier, []).append(c)
        country_of.setdefault(supplier, country)
    by = _merge_same_offer(by, country_of, ctx)
    for c in cands:
        country = c.extra.get("country_only")
        if country and country not in origins:
            same = [sup for sup, cc in country_of.items() if cc == country and sup in by]
            if len(same) == 1:  # one supplier of that country: the text speaks of its goods
                by[same[0]].append(c)
    out = []
    for supplier, cs in by.items():
        own = [c for c in cs if not c.extra.get("country_only")]  # a supplier qualifies by what names it
        declined = [c.date for c in own if c.extra["decline"] and c.date]
        if declined and not any(c.date and c.date > max(declined) and c.evidence.depth == 0
                                for c in cs if not c.extra["decline"]):
            continue  # turned down, and nothing came of it afterwards (a later quote of the offer is no news)
        goods = {g for c in own for g in c.attributes.get("goods", [])}
        replaces = any(c.extra["substitute"] and (c.attributes["goods"] or set(c.extra["countries"]) & origins)
                       for c in own)
        # "X refused over sanctions; but a Turkish firm offers its own": the offer answers the refusal beside it
        beside = supplier not in refusing_firms and any(
            c.evidence.message_id in obstacle_messages and c.evidence.depth == 0 and not has("negation", c.evidence.quote)
            for c in own)
        if not (goods & blocked_goods) and not replaces and not beside:
            continue
        country = country_of[supplier]
        sid = supplier if supplier in ctx.entities else None
        subjects = [ctx.home_org] if ctx.home_org else []
        if sid:
            subjects.append(sid)
        g = _common_goods(cs, prefer=main_goods)
        attrs = {"supplier_country": country}
        if g:
            attrs["goods"] = g
        summary = (f"{ctx.name(sid) if sid else 'A supplier'} from {country_name(country) or country.upper()} "
                   f"offers {g or 'goods'} in place of those blocked by sanctions.")
        out.append(Finding(ALTERNATIVE, summary, subjects, attrs, merge_evidence(cs), confidence(cs),
                           (ctx.home_org, str(supplier))))
    return out


def _is_military(supplier: object, ctx: Context) -> bool:
    e = ctx.entities.get(str(supplier))
    pat = lexicon("military.yml")["military"]
    return e is not None and any(pat.search(n) for n in [e.name, *e.names])


def _names_any(text: str, words: set[str]) -> bool:
    """Whether a capitalised Latin word of `text` is one of a refusing firm's mail-domain words."""
    return any(len(w) >= 4 and w.lower() in words for w in re.findall(r"\b[A-Z][A-Za-z]{3,}\b", text))


def _merge_same_offer(by: dict[object, list[Candidate]], country_of: dict[object, str],
                      ctx: Context) -> dict[object, list[Candidate]]:
    """One supplier under two names (its mail domain, its Russian name) is
    one offer: suppliers from one country offering one kind of goods are
    merged, under the name cited most."""
    keyed: dict[tuple[str, str | None], list[object]] = {}
    for supplier, cs in by.items():
        keyed.setdefault((country_of[supplier], _common_goods(cs)), []).append(supplier)
    # a supplier whose only goods another supplier of its country also offers is that
    # supplier under a descriptive name ("a Turkish firm ... offers"): one offer
    goods_of = {sup: {g for c in cs for g in c.attributes.get("goods", [])} for sup, cs in by.items()}
    for key in list(keyed):
        if key not in keyed or key[1] is None or len(keyed) < 2:
            continue
        mine = {g for sup in keyed[key] for g in goods_of[sup]}
        host = next((k for k in keyed if k != key and k[0] == key[0] and k[1] is not None
                     and mine and mine <= {g for sup in keyed[k] for g in goods_of[sup]}), None)
        if host is not None:
            keyed[host] += keyed.pop(key)
    out: dict[object, list[Candidate]] = {}
    for (_country, goods), suppliers in keyed.items():
        if goods is None:
            for sup in suppliers:
                out[sup] = by[sup]
            continue
        best = max(suppliers, key=lambda x: (_named_firm(x, ctx), _forms(x, ctx), len(by[x]), str(x)))
        out[best] = [c for sup in suppliers for c in by[sup]]
        country_of[best] = country_of[suppliers[0]]
    return out


def _forms(supplier: object, ctx: Context) -> int:
    e = ctx.entities.get(str(supplier))
    return len(e.names) if e else 0


def _named_firm(supplier: object, ctx: Context) -> int:
    """2: an entity named like a firm ("Dalgaci Motor"), 1: an entity named
    after a mail domain ("dalgaci-motor"), 0: a bare domain."""
    e = ctx.entities.get(str(supplier))
    if e is None:
        return 0
    return 2 if re.search(r"[A-ZА-ЯЁ]|\s", e.name) else 1


def group(cands: list[Candidate], ctx: Context) -> list[Finding]:
    obs = [c for c in cands if c.kind == OBSTACLE]
    alt = [c for c in cands if c.kind == ALTERNATIVE]
    return group_obstacles(obs, ctx) + group_alternatives(alt, obs, ctx)
