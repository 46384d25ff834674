"""citizenship, family_relation and employment: facts about people, read
from forms ("Гражданство: ...", "Жена — ..."), letters ("твій український
паспорт", "Ваша мама, ..."), signatures and the parties of contracts ("в
лице генерального директора ...").

Whom a fact is about: a name beside the cue (the extract stage's PER
mentions), else the pronoun ("мой" is the writer of the line, "ваш" the
addressee), else the person a form is about ("Я, ...", "Фамилия, имя,
отчество: ..."), else the writer. A residence permit is no citizenship; a
department named after a post ("отдел главного конструктора") is no post."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from paperchase.extract.places import country_name, find_countries
from paperchase.findings.context import Context, Mention, domain_of
from paperchase.findings.cues import negated_before
from paperchase.findings.lexicon import lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, confidence, merge_evidence
from paperchase.findings.text import Segment
from paperchase.findings.view import Block, View

CITIZENSHIP, FAMILY, EMPLOYMENT = "citizenship", "family_relation", "employment"
PEOPLE = ("citizenship", "passport", "residence", "mine", "yours", "form_subject")
INVERSE = {"spouse": "spouse", "sibling": "sibling", "child": "parent", "parent": "child"}
_DEPT = re.compile(r"(?:отдел\w*|аддзел\w*|відділ\w*|бюро|служб\w+|department|office of|обязанност\w+|абавязк\w+|"
                   r"обов'язк\w+|acting|и\.\s?о\.|в\.\s?а\.)\s*$", re.I)
_BOARD = re.compile(r"совет\w* директор|рад\w* директор|савет\w* дырэктар|board of directors|директоров|дырэктараў", re.I)
_DEPARTMENT = re.compile(r"department|отдел|аддзел|відділ|служб|бюро пропуск|section|division|управлени", re.I)
_PARTY = re.compile(r"(?:в лице|у асобе|в особі|in the person of|represented by)\s+$", re.I)
_LEGAL = re.compile(r"\b(?:ОАО|АО|ООО|ЗАО|ПАО|ААТ|ТАА|ЗАТ|ПрАТ|ТОВ|УП|РУП|НПО|КБ|LLC|Ltd|GmbH|Co\.|Inc|FZCO|FZE|SAS|SA|JSC|OJSC|"
                    r"PLC|AG|Sp\. z o\.o\.|S\.p\.A\.|Corp)\b|[«\"]", re.I)
_GAP_AFTER = re.compile(r"^[\s,:–—-]*(?:(?:по|па|з|с|of|for)\s+[\w-]+(?:\s+[\w-]+)?)?[\s,:–—-]*$", re.I)
_GAP_BEFORE = re.compile(r"^[\s,–—(-]*$")


def _lex() -> dict:
    return lexicon("people.yml", PEOPLE)


@cache
def _any(name: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in lexicon(name).values()), re.IGNORECASE)


def _longest(table: dict[str, re.Pattern[str]], text: str, name: str = "") -> list[tuple[int, int, str]]:
    """Non-overlapping matches of a table's keys, the longest first."""
    if name and not _any(name).search(text):
        return []
    hits = sorted(((m.start(), m.end(), key) for key, pat in table.items() for m in pat.finditer(text)),
                  key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for h in sorted(hits, key=lambda h: -(h[1] - h[0])):
        if not any(h[0] < o[1] and o[0] < h[1] for o in out):
            out.append(h)
    return sorted(out)


def people_in(view: View, block: Block, seg: Segment, ctx: Context) -> list[Mention]:
    """PER mentions of a sentence, offsets made relative to the sentence."""
    out = []
    for m in ctx.in_span(view.pk, block.where, seg.start, seg.end, "PER"):
        out.append(Mention(m.where, m.field, m.start - seg.start, m.end - seg.start, m.label, m.entity_id, m.surface,
                           m.extra))
    return out


def orgs_in(view: View, block: Block, seg: Segment, ctx: Context) -> list[Mention]:
    out = []
    for m in ctx.in_span(view.pk, block.where, seg.start, seg.end, "ORG"):
        out.append(Mention(m.where, m.field, m.start - seg.start, m.end - seg.start, m.label, m.entity_id, m.surface,
                           m.extra))
    return out


def author(view: View, block: Block, seg: Segment, ctx: Context) -> str | None:
    return ctx.person_of(view.author(block, seg))


def addressee(view: View, block: Block, seg: Segment, ctx: Context) -> str | None:
    for a in view.addressees_of(block, seg):
        p = ctx.person_of(a)
        if p:
            return p
    return None


def form_subject(view: View, block: Block, ctx: Context) -> str | None:
    """The person a form or statement is about: the name after "Я," or the
    name field; None for running text."""
    pat = _lex()["form_subject"]
    for seg in block.segments:
        m = pat.search(seg.text)
        if m:
            for p in people_in(view, block, seg, ctx):
                if p.start >= m.start() and p.entity_id:
                    return p.entity_id
    return None


def _pronoun_person(text: str, view: View, block: Block, seg: Segment, ctx: Context) -> str | None:
    lex = _lex()
    if lex["yours"].search(text):
        return addressee(view, block, seg, ctx)
    if lex["mine"].search(text):
        return author(view, block, seg, ctx)
    return None


# -- citizenship ------------------------------------------------------------------

def _citizenship(view: View, block: Block, seg: Segment, ctx: Context, subject: str | None) -> list[Candidate]:
    lex = _lex()
    t = seg.text
    if lex["residence"].search(t):
        return []
    codes: list[tuple[int, str]] = []
    cues = [m for m in lex["citizenship"].finditer(t)]
    for m in cues:
        if negated_before(t, m.start()):
            continue
        rest = t[m.end():]
        if re.match(r"\s*(?:\([^)]*\))?[^:]{0,40}:\s*(?:не\b|нет\b|няма\b|немає\b|none\b|no\b)", rest, re.I):
            continue
        form = re.match(r"[^:]{0,60}:", rest)
        span = rest if form else rest[:60]
        codes += [(m.start(), h.code) for h in find_countries(span) if h.code != "eu"]
    for m in lex["passport"].finditer(t):
        before = t[max(0, m.start() - 25) : m.start()]
        hits = [h for h in find_countries(before) if h.code != "eu" and len(before) - h.end <= 2]
        if hits and not negated_before(t, m.start() - (len(before) - hits[-1].start)):
            codes.append((m.start(), hits[-1].code))
    if not codes:
        return []
    pos = codes[0][0]
    people = [p for p in people_in(view, block, seg, ctx) if p.entity_id]
    before = [p for p in people if p.end <= pos]
    person = (before[-1].entity_id if before else None) or _pronoun_person(t[:pos + 30], view, block, seg, ctx) or (
        people[0].entity_id if people else None) or subject or author(view, block, seg, ctx)
    if not person:
        return []
    countries = sorted({c for _p, c in codes})
    return [Candidate(CITIZENSHIP, (person,), [person], {"countries": countries},
                      Evidence(view.message_id, t, block.where, seg.depth), 0.9 if cues else 0.75, view.date)]


# -- family -----------------------------------------------------------------------

def _family(view: View, block: Block, seg: Segment, ctx: Context, subject: str | None, first: bool) -> list[Candidate]:
    t = seg.text
    lex = _lex()
    out = []
    people = [p for p in people_in(view, block, seg, ctx) if p.entity_id]
    for start, end, rel in _longest(lexicon("relations.yml"), t, "relations.yml"):
        before = t[max(0, start - 14) : start]
        after_p = [p for p in people if p.start >= end and re.fullmatch(r"[\s,:–—-]*", t[end:p.start])]
        before_p = [p for p in people if p.end <= start and _GAP_BEFORE.match(t[p.end:start])]
        relative = anchor = None
        if before_p and after_p:  # "Лена, жена Вадима"
            relative, anchor = before_p[-1].entity_id, after_p[0].entity_id
        elif after_p:  # "жена — Лагунович Елена", "Ваша мама, Яраслава"
            relative = after_p[0].entity_id
            anchor = _pronoun_person(before, view, block, seg, ctx) or subject or author(view, block, seg, ctx)
        elif lex["yours"].search(before):  # "Цілую, твоя мама": the writer is the relative
            relative, anchor = author(view, block, seg, ctx), addressee(view, block, seg, ctx)
        elif first and start == 0 and re.match(r"\s*[,!]", t[end:]):  # "Мамо, ...": the addressee
            relative, anchor = addressee(view, block, seg, ctx), author(view, block, seg, ctx)
        if relative and anchor and relative != anchor:
            a, b, r = (anchor, relative, rel) if anchor < relative else (relative, anchor, INVERSE[rel])
            out.append(Candidate(FAMILY, (a, b), [anchor, relative], {"relationship": rel, "_key": r},
                                 Evidence(view.message_id, t, block.where, seg.depth), 0.85, view.date))
    return out


# -- employment -------------------------------------------------------------------

def _employment(view: View, block: Block, seg: Segment, ctx: Context) -> list[Candidate]:
    t = seg.text
    out = []
    people = [p for p in people_in(view, block, seg, ctx) if p.entity_id and ctx._is(p.entity_id, "person")]
    orgs = [o for o in orgs_in(view, block, seg, ctx) if _employer(o, ctx)]
    for start, end, role in _roles(view, block, seg, ctx):
        if _DEPT.search(t[max(0, start - 30) : start]) or _BOARD.search(t[max(0, start - 12) : end + 1]):
            continue
        person = None
        org = None
        for p in people:
            gap = t[end:p.start]
            org_gap = [o for o in orgs if o.start >= end and o.end <= p.start]
            if p.start >= end and (_GAP_AFTER.match(gap) or (org_gap and len(gap) < 60
                                                                 and _GAP_AFTER.match(t[org_gap[-1].end:p.start]))):
                person, org = p.entity_id, (org_gap[0].entity_id if org_gap else None)
                break
        if person is None:
            near = [p for p in people if p.end <= start and _GAP_BEFORE.match(t[p.end:start])]
            if near:
                person = near[-1].entity_id
        rest = len(t) - (end - start) - sum(o.end - o.start for o in orgs)
        if person is None and rest <= 30 and not people:
            # a post on a line of its own: a name in the nominative is usually above it
            # ("Г.А. Лобач / Генеральный директор"), after a dative or genitive post below it
            dative = t[start:end][-1:].lower() in "ауюя"
            person = _signature_person(view, block, seg, ctx, below_first=dative, writer=not dative)
        if person is None:
            continue
        if org is None:
            after = [o for o in orgs if o.start >= end and o.start - end <= 40]
            before = [o for o in orgs if o.end <= start]
            if _PARTY.search(t[max(0, start - 25) : start]):
                before = before[:1]  # "X, именуемое ..., в лице директора Y": the party named first
            else:
                before = [o for o in before[-1:] if start - o.end <= 50 and ";" not in t[o.end : start]]
            org = (after[0].entity_id if after else None) or (before[0].entity_id if before else None)
        if org is None:
            org = _adjacent_org(view, block, seg, ctx) or _default_org(view, block, seg, person, ctx)
        if org is None or not ctx._is(org, "org"):
            continue
        out.append(Candidate(EMPLOYMENT, (person, org), [person, org], {"role": role},
                             Evidence(view.message_id, t, block.where, seg.depth), 0.8, view.date))
    return out


def _roles(view: View, block: Block, seg: Segment, ctx: Context) -> list[tuple[int, int, str]]:
    """Posts from roles.yml, and those the extract stage found (POSITION
    mentions with a `role`) that the file does not list."""
    hits = _longest(lexicon("roles.yml"), seg.text, "roles.yml")
    for m in ctx.in_span(view.pk, block.where, seg.start, seg.end, "POSITION", resolved=False):
        s, e = m.start - seg.start, m.end - seg.start
        role = str(m.extra.get("role") or "").strip().lower()
        if role and 0 <= s < e <= len(seg.text) and not any(s < h[1] and h[0] < e for h in hits):
            hits.append((s, e, role))
    return sorted(hits)


def _signature_person(view: View, block: Block, seg: Segment, ctx: Context, below_first: bool,
                      writer: bool = True) -> str | None:
    """A post on a line of its own: the name on the line above or below, or the writer."""
    lines = {o.line: o for o in block.segments if o.depth == seg.depth}
    for line in ((seg.line + 1, seg.line - 1) if below_first else (seg.line - 1, seg.line + 1)):
        other = lines.get(line)
        if other is None or len(other.text) > 60 or _longest(lexicon("roles.yml"), other.text, "roles.yml"):
            continue  # a line with a post of its own belongs to that post
        ps = [p for p in people_in(view, block, other, ctx) if p.entity_id]
        if ps:
            return ps[0].entity_id
    # "Начальніку першага аддзела" heads a letter to someone unnamed; a post alone signs the writer's mail
    return author(view, block, seg, ctx) if writer else None


def _employer(m: Mention, ctx: Context) -> bool:
    """An organisation a person can work for: not a department or a bare
    abbreviation ("ОГТ" is a plant's department), not a weak guess; one with
    a legal form or a mail domain of its own."""
    if not m.entity_id or m.extra.get("weak") or _DEPARTMENT.search(m.surface):
        return False
    return bool(m.extra.get("legal_form") or _LEGAL.search(m.surface) or m.entity_id in ctx.domain_org.values()
                or m.entity_id == ctx.home_org)


def _adjacent_org(view: View, block: Block, seg: Segment, ctx: Context) -> str | None:
    if len(seg.text) > 80:
        return None
    for other in block.segments:  # the firm's line follows the post in a signature
        if other.line == seg.line + 1 and other.depth == seg.depth and len(other.text) <= 80:
            os_ = [o for o in orgs_in(view, block, other, ctx) if _employer(o, ctx)]
            if os_:
                return os_[0].entity_id
    return None


def _default_org(view: View, block: Block, seg: Segment, person: str, ctx: Context) -> str | None:
    """The organisation of the person's own mail domain; else, for someone a
    foreign firm writes to ("attn. Mr X, Chief Designer"), the addressee's;
    else the writer's."""
    e = ctx.entities.get(person)
    for email in (e.properties.get("email", []) if e else []):
        org = ctx.org_of_person(email)
        if org:
            return org
    for email, pid in ctx.person_email.items():
        if pid == person and ctx.org_for_domain(domain_of(email)):
            return ctx.org_for_domain(domain_of(email))
    writer = view.author(block, seg)
    wdomain = domain_of((writer or {}).get("email", ""))
    if ctx.person_of(writer) != person and wdomain and wdomain not in ctx.home_domains:
        for a in view.addressees_of(block, seg):
            org = ctx.org_of_person(a.get("email", ""))
            if org:
                return org
    return ctx.org_of_person(writer.get("email", "")) if writer else None


# -- the kinds together -----------------------------------------------------------

def detect(view: View, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for block in view.blocks:
        subject = form_subject(view, block, ctx)
        for i, seg in enumerate(block.segments):
            out += _citizenship(view, block, seg, ctx, subject)
            out += _family(view, block, seg, ctx, subject, first=(i == 0 and block.where == "body"))
            out += _employment(view, block, seg, ctx)
    return out


def group(cands: list[Candidate], ctx: Context) -> list[Finding]:
    by: dict[tuple, list[Candidate]] = {}
    for c in cands:
        key = (c.kind, *c.key, c.attributes.get("_key", ""))
        by.setdefault(key, []).append(c)
    out = []
    for key, cs in by.items():
        kind = cs[0].kind
        if kind == CITIZENSHIP:
            countries = sorted({x for c in cs for x in c.attributes["countries"]})
            names = " and ".join(country_name(x) or x.upper() for x in countries)
            out.append(Finding(kind, f"{ctx.name(cs[0].subjects[0])} holds citizenship of {names}.",
                               list(cs[0].subjects), {"countries": countries}, merge_evidence(cs), confidence(cs), key))
        elif kind == FAMILY:
            told = Counter((tuple(c.subjects), c.attributes["relationship"]) for c in cs).most_common(1)[0][0]
            subjects, rel = list(told[0]), told[1]
            out.append(Finding(kind, f"{ctx.name(subjects[1])} is the {_REL_WORD[rel]} of {ctx.name(subjects[0])}.",
                               subjects, {"relationship": rel}, merge_evidence(cs), confidence(cs), key))
        else:
            role = Counter(c.attributes["role"] for c in cs).most_common(1)[0][0]
            out.append(Finding(kind, f"{ctx.name(cs[0].subjects[0])} works as {role} at {ctx.name(cs[0].subjects[1])}.",
                               list(cs[0].subjects), {"role": role}, merge_evidence(cs), confidence(cs), key))
    return out


_REL_WORD = {"spouse": "spouse", "child": "child", "parent": "parent", "sibling": "sibling"}
