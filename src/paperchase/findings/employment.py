"""employment: who holds which post where, from signatures ("Е.В. Кружилин /
Генеральный директор"), the parties of contracts ("в лице генерального
директора ..."), forms ("Место работы и должность: ...") and running text
("Р.С. Мыльников, заместитель директора по производству ОАО «...»").

The post is the longest match of roles.yml, or a POSITION the extract stage
found; the person is the name right after or before it, else, for a post
on a line of its own, the name on the next line (after a dative "Директору")
or the one above it (a signature), else the writer. The organisation is the
one named beside the post, else the firm of the person's own mail domain
(never a webmail), else the addressee's firm for someone a foreign firm
writes to, else the writer's. A department named after a post ("отдел
главного конструктора"), an acting post, a board of directors are no posts."""

from __future__ import annotations

import re

from paperchase.findings.context import Context, Mention, domain_of
from paperchase.findings.lexicon import lexicon
from paperchase.findings.model import Candidate, Evidence
from paperchase.findings.people import (
    _GAP_BEFORE,
    EMPLOYMENT,
    _longest,
    author,
    form_subject,
    orgs_in,
    people_in,
)
from paperchase.findings.text import Segment
from paperchase.findings.view import Block, View

_DEPT = re.compile(r"(?:отдел\w*|аддзел\w*|відділ\w*|бюро|служб\w+|department|office of|обязанност\w+|абавязк\w+|"
                   r"обов'язк\w+|acting|и\.\s?о\.|в\.\s?а\.)\s*$", re.I)
_GAP_AFTER = re.compile(r"^[\s,:–—-]*(?:(?:по|па|з|с|of|for)\s+[\w-]+(?:\s+[\w-]+)?)?[\s,:–—-]*$", re.I)
_BOARD = re.compile(r"совет\w* директор|рад\w* директор|савет\w* дырэктар|board of directors|директоров|дырэктараў", re.I)
_DEPARTMENT = re.compile(r"department|отдел|аддзел|відділ|служб|бюро пропуск|section|division|управлени", re.I)
_PARTY = re.compile(r"(?:в лице|у асобе|в особі|in the person of|represented by)\s+$", re.I)
_PARTY_ANY = re.compile(r"(?:в лице|у асобе|в особі|in the person of|represented by)(?!\w)", re.I)
# a firm that invites or writes to someone ("X invites Mr Y, Head of ...") is not his employer
_INVITE = re.compile(r"(?<!\w)(?:invit\w*|приглаша\w*|пригласи\w*|запраша\w*|запрашу\w*|запрош\w*|"
                     r"запрашаю\w*|welcome\w*|addressed to|адресован\w*)", re.I)
_LEGAL = re.compile(r"\b(?:ОАО|АО|ООО|ЗАО|ПАО|ААТ|ТАА|ЗАТ|ПрАТ|ТОВ|УП|РУП|НПО|КБ|LLC|Ltd|GmbH|Co\.|Inc|FZCO|FZE|SAS|SA|JSC|OJSC|"
                    r"PLC|AG|Sp\. z o\.o\.|S\.p\.A\.|Corp)\b|[«\"]", re.I)
_THEIR = re.compile(r"(?:^|\s)(?:их|іх|їх|их\s+же|their)\s+$", re.I)
# a post's lower-case qualifier filling the rest of its line ("инженер по работе с заказчиками")
_QUALIFIER = re.compile(r"[\s,]*(?:по|па|з|із|с|of|for|in charge of)\s+[а-яёіўєїґa-z\s,'-]{3,70}[.]?", re.I)
# the department or line of work a post's line goes on with, in lower case ("начальник отдела
# материально-технического снабжения", "главный конструктор направления бортового оборудования")
_TAIL = re.compile(r"[\s,]*[а-яёіўєїґa-z][а-яёіўєїґa-z\s,'-]{2,70}(?:\s+[А-ЯЁІЎЄЇҐA-Z]{2,6})?[.]?")
_POST_FIELD = re.compile(r"должност|посад|пасад|место работы|месца працы|місце роботи|position|occupation|employer", re.I)


# a form's field about the subject's relative ("Место работы мужа"): not the subject's own post
_OF_RELATIVE = re.compile(r"(?<!\w)(?:мужа|жены|супруга|супруги|отца|матери|сына|дочери|брата|сестры|мужа/жены|"
                          r"мужа \(жены\)|мужа|жонкі|бацькі|маці|сына|дачкі|чоловіка|дружини|батька|spouse|husband|wife)(?!\w)",
                          re.I)


def _employment(view: View, block: Block, seg: Segment, ctx: Context, subject: str | None = None) -> list[Candidate]:
    t = seg.text
    out = []
    people = [p for p in people_in(view, block, seg, ctx) if p.entity_id and ctx.is_a(p.entity_id, "person")]
    orgs = [o for o in orgs_in(view, block, seg, ctx) if _employer(o, ctx)]
    for start, end, role in _roles(view, block, seg, ctx):
        if _DEPT.search(t[max(0, start - 30) : start]) or _BOARD.search(t[max(0, start - 12) : end + 1]):
            continue
        if not people and _OF_RELATIVE.search(t[:start]):
            continue  # "Место работы мужа: КУП «...», ведущий инженер": the relative's post, the relative unnamed
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
        if person is None and (rest <= 30 or (start <= 3 and (_QUALIFIER.fullmatch(t[end:]) or _TAIL.fullmatch(t[end:])))) \
                and not people:
            # a post on a line of its own: a name in the nominative is usually above it
            # ("Е.В. Кружилин / Генеральный директор"), after a dative or genitive post below it
            dative = t[start:end][-1:].lower() in "ауюя"
            person = _signature_person(view, block, seg, ctx, below_first=dative, writer=not dative)
        if person is None and subject and _POST_FIELD.search(t) and not _OF_RELATIVE.search(t):
            person = subject  # "Место работы и должность: ..., начальник отдела" in a form about someone
        if person is None:
            continue
        if org is None:
            after = [o for o in orgs if o.start >= end and o.start - end <= 40]
            before = [o for o in orgs if o.end <= start]
            if _PARTY.search(t[max(0, start - 25) : start]):
                # "X, именуемое ..., в лице директора Y": the party that opens this post's own
                # clause, after the previous party's "в лице" ("X, в лице A, и Z, в лице B")
                parties = [m.end() for m in _PARTY_ANY.finditer(t, 0, start)]
                bound = parties[-2] if len(parties) > 1 else 0
                before = [o for o in before if o.start >= bound][:1]
                after = []  # a firm after the name opens the next party's clause
            else:
                before = [o for o in before[-1:] if start - o.end <= 50 and ";" not in t[o.end : start]
                          and not _INVITE.search(t[o.end : start])]
            org = (after[0].entity_id if after else None) or (before[0].entity_id if before else None)
        theirs = _THEIR.search(t[max(0, start - 12) : start]) is not None
        if org is None and theirs:
            # "их главный технолог X": someone else's firm, named earlier in the sentence or not at all
            named = [o for o in orgs if o.end <= start and not ctx.is_home(o.entity_id)]
            org = named[-1].entity_id if named else None
            if org is None:
                continue
        if org is None:
            org = (_adjacent_org(view, block, seg, ctx) or _their_firm(view, block, seg, person, ctx)
                   or _default_org(view, block, seg, person, ctx))
        if org is None or not ctx.is_a(org, "org"):
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


def _their_firm(view: View, block: Block, seg: Segment, person: str, ctx: Context) -> str | None:
    """Someone the home firm's own mail speaks about, with no mail address of
    their own, works where the sentence or the one before it says: "We signed
    with Lindqvist. Their sales manager X will send..." names the other firm, not ours."""
    writer = view.author(block, seg)
    if domain_of((writer or {}).get("email", "")) not in ctx.home_domains or ctx.person_of(writer) == person:
        return None
    e = ctx.entities.get(person)
    if (e and e.properties.get("email")) or person in ctx.person_email.values():
        return None  # a correspondent: their own mail domain says where they work
    prev = [o for o in block.segments if o.depth == seg.depth and o.end <= seg.start][-1:]
    for other in [seg, *prev]:
        named = [o.entity_id for o in orgs_in(view, block, other, ctx)
                 if o.entity_id and not o.extra.get("weak") and not ctx.is_home(o.entity_id)
                 and ctx.is_a(o.entity_id, "org") and not _DEPARTMENT.search(o.surface)]
        if named:
            return named[-1]
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


def detect(view: View, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for block in view.blocks:
        subject = form_subject(view, block, ctx)
        for seg in block.segments:
            out += _employment(view, block, seg, ctx, subject)
    return out
