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
from typing import Any

from paperchase.extract.places import country_name, find_countries
from paperchase.findings.context import Context, Mention
from paperchase.findings.cues import has, negated_before
from paperchase.findings.lexicon import Lexicon, lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, confidence, merge_evidence
from paperchase.findings.text import Segment
from paperchase.findings.view import Block, View

CITIZENSHIP, FAMILY, EMPLOYMENT = "citizenship", "family_relation", "employment"
PEOPLE = ("citizenship", "passport", "residence", "mine", "yours", "form_subject", "statement_from",
          "farewell")
INVERSE = {"spouse": "spouse", "sibling": "sibling", "child": "parent", "parent": "child"}
_MOTHER = re.compile(r"(?:мам|мат|маці|mother|mum|mom|matk|mam|mat\b|maci)", re.I)
_GAP_BEFORE = re.compile(r"^(?:[\s,–—(-]*|\s+(?:работает|работал\w*|трудится|служит|назначен\w*|працуе|працаваў|працюе|"
                         r"працював|є|works as|worked as|is the|is a|is our|as)\s+)$", re.I)
_IS = re.compile(r"^\s*(?:is|was|—|–|-|это|гэта|це)\s+(?:my|your|мо[йяе]|ма[яё]|мі[йя]|моя|тво[йяе]|твая|твоя|ваш[аеи]?)\s+$",
                 re.I)
# "Оксанка, моя донька": a name, then the writer's (or reader's) kinship word in apposition
_APPOS = re.compile(r"^[\s,–—(-]+(?P<who>(?:my|your|мо[йяе]|моей|моему|ма[яё]|маёй|мі[йя]|моя|моїй|моєму|"
                    r"тво[йяе]|твоей|твая|тваёй|твоя|твоїй|ваш[аеиу]?|вашей|вашій|"
                    r"moj|mój|moja|moje|maja|majo|tvoj|tvaja|twój|twoja)\s+)$", re.I)
# "X познакомил нас со своим братом Y": the reflexive possessive points at the clause's subject
_REFLEXIVE = re.compile(r"(?:^|\s)(?:сво(?:й|я|ё|е|его|ей|ему|им|ими|ю|их)|сва(?:й|я|ё|йго|ёй|ім|ю|іх)|"
                        r"сво(?:єю|єї|єму|їм|ї|ю|го|їх|іх)|свій|свою|своє)\s+$", re.I)
_BOTH = re.compile(r"\s+(?:и|і|та|both)\s+[^,;.]{2,40},?\s+(?:и|і|та|and)\s+[^,;.]{2,40}", re.I)
_DENIED_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:я|мы|ми|он|она|він|вона|ён|яна|жена|муж|жонка|дружина|чоловік)\s+"
                           r"(?:уже\s+|вже\s+|ужо\s+)?)?(?:не\s+(?:является|являюсь|являетесь|был\w*|стал\w*)|"
                           r"не\s+з'?яўля\w+|не\s+є\b|не\s+був\w*|"
                           r"(?:было\s+|была\s+)?(?:прекращен\w*|утрачен\w*|припинен\w*|спынен\w*|прекратил\w*|утратил\w*|"
                           r"отказал\w*(?:ся|сь)|позбув\w*|відмовил\w*|адмовіл\w*|адмовіў\w*|вышл[аи]?\s+из|вийшл[аи]?\s+з|спыніў\w*|страціў\w*|припинив\w*|втратив\w*)|"
                           r"(?:was\s+)?(?:renounced|revoked|terminated|lost|given\s+up)\b)", re.I)
_INVALID = re.compile(r"(?<!\w)(?:просрочен\w*|недействител\w+|прострочен\w*|пратэрмінаван\w*|несапраўдн\w+|"
                      r"expired|invalid|аннулирован\w*|сдан|сдала|сдал|здадзен\w*|зданы|здано)(?!\w)", re.I)
# a person named by a common noun, the holder of what follows
_UNNAMED = re.compile(r"(?<!\w)(?:муж|жена|сын|дочь|брат|сестра|знаком(?:ый|ая|ого|ой|ые)|коллег[аи]|сосед(?:ка|и)?|"
                      r"друг|подруга|кто-то|один|одна|некий|некая|адзін|адна|someone|a colleague|a friend)(?!\w)[^,.;:]{0,60}$",
                      re.I)
# a third person's possessive before a passport, a country adjective between ("her Russian passport")
_HER_PASSPORT = re.compile(r"(?<!\w)(?:his|her|their|его|её|ее|их|яго|яе|іх|його|її)\s+(?:\w+\s+)?$", re.I)
_KIN_OF = re.compile(r"(?<!\w)(?:жена|жонка|дружина|супруга|муж|мужа|супруг|žonka|mąż|żona|wife|husband|widow)"
                     r"\s+(?:of\s+(?:a\s+|an\s+)?)?$", re.I)
_THIRD = re.compile(r"(?:^|\s)(?:его|её|ее|их|яго|яе|іх|його|її|his|her|their)\s+$", re.I)


def _lex() -> Lexicon:
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
    """PER mentions of a sentence, offsets made relative to the sentence; a
    possessive read as a first name ("Мая жонка": "Мая" is "my") is no person."""
    out = []
    for m in ctx.in_span(view.pk, block.where, seg.start, seg.end, "PER"):
        if _pronoun(m.surface):
            continue
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


def _ends_with(cue: re.Pattern[str], text: str) -> bool:
    """Whether the last word of `text` is a cue ("Целую, " before "мама")."""
    hits = list(cue.finditer(text))
    return bool(hits) and not re.search(r"\w", text[hits[-1].end():])


def _one_addressee(view: View, block: Block, seg: Segment, ctx: Context) -> bool:
    """Whether the sentence is written to one person of the case."""
    return len({ctx.person_of(a) for a in view.addressees_of(block, seg)} - {None}) == 1


def addressee(view: View, block: Block, seg: Segment, ctx: Context) -> str | None:
    for a in view.addressees_of(block, seg):
        p = ctx.person_of(a)
        if p:
            return p
    return None


def form_subject(view: View, block: Block, ctx: Context) -> str | None:
    """The person a form or statement is about: the name after "Я," or the
    name field; None for running text."""
    pats = [_lex()["form_subject"]]
    if block.where.startswith("attachment:"):
        pats.append(_lex()["statement_from"])  # "от ... <name>" heads a statement; in a letter it is any "от"
    for pat in pats:
        for seg in block.segments:
            m = pat.search(seg.text)
            if m:
                for p in people_in(view, block, seg, ctx):
                    if p.start >= m.start() and p.entity_id:
                        return p.entity_id
    return None


def _pronoun_person(text: str, view: View, block: Block, seg: Segment, ctx: Context,
                    near: int | None = None) -> str | None:
    """The writer or the addressee a pronoun names; with `near`, the pronoun closest
    to that position ("ни мне с российским паспортом, ни тебе": the passport is mine)."""
    lex = _lex()
    if near is not None:
        hits = [(abs(m.end() - near), w) for w in ("yours", "mine") for m in lex[w].finditer(text)]
        if hits:
            return (addressee if min(hits)[1] == "yours" else author)(view, block, seg, ctx)
        return None
    if lex["yours"].search(text):
        return addressee(view, block, seg, ctx)
    if lex["mine"].search(text):
        return author(view, block, seg, ctx)
    return None


def _clause_bounds(t: str, pos: int) -> tuple[int, int]:
    """The clause around `pos`: "holds a residence permit and is a citizen of X" is two facts."""
    bounds = [0] + [m.end() for m in re.finditer(r"[,;]\s|\s(?:and|и|і|та|but|но|а)\s", t)] + [len(t)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a <= pos < b:
            return a, b
    return 0, len(t)


def _clause_of(t: str, pos: int) -> str:
    a, b = _clause_bounds(t, pos)
    return t[a:b]


# -- citizenship ------------------------------------------------------------------

def _citizenship(view: View, block: Block, seg: Segment, ctx: Context, subject: str | None) -> list[Candidate]:
    lex = _lex()
    t = seg.text
    codes: list[tuple[int, str]] = []
    mine_at: int | None = None  # where the writer states her own citizenship, named after the noun
    cues = [m for m in lex["citizenship"].finditer(t)]
    for i, m in enumerate(cues):
        if negated_before(t, m.start()) or lex["residence"].search(_clause_of(t, m.start())):
            continue
        if _KIN_OF.search(t[max(0, m.start() - 24) : m.start()]):
            continue  # "як жонка грамадзяніна Польшчы", "as the wife of a citizen of": the relative's
        if _INVALID.search(_clause_of(t, m.start())):
            continue  # "паспорт гражданина Украины на имя ... недействителен": a lapsed document
        # up to the next cue: "Российская Федерация. Гражданство Украины прекращено" is two statements
        rest = t[m.end() : cues[i + 1].start() if i + 1 < len(cues) else len(t)]
        if re.match(r"\s*(?:\([^)]*\))?[^:]{0,40}:\s*(?:не\b|нет\b|няма\b|немає\b|none\b|no\b)", rest, re.I):
            continue
        form = re.match(r"[^:]{0,60}:", rest)
        # "Вам, грамадзяніну Украіны, віда на жыхарства ў Беларусі": the country of the cue's own clause;
        # a form field ("Гражданство: X; Y") lists them all
        span = rest if form else rest[: max(0, _clause_bounds(t, m.start())[1] - m.end())][:60]
        both = _BOTH.match(rest)
        if both and not form:
            span = both.group(0)  # "гражданка и Казахстана, и России": both, though " и " splits clauses
        elif not form:
            span = _and_country(span, rest)
        res = lex["residence"].search(span)
        span = span[: res.start()] if res else span
        # "гражданином РФ не является", "is not a citizen": denied after the country
        # a form's list ("Nationality: Mr. X - Russian Federation; Mrs. Y - Republic of Armenia") places
        # each country where it is written, so that each goes to the name before it
        codes += [(m.end() + h.start if form else m.start(), h.code) for h in find_countries(span) if h.code != "eu"
                  and not _DENIED_AFTER.match(span[h.end:])]
        # "a Lithuanian citizen", "польская гражданка": the adjective right before a person noun
        # ("российское гражданство" is a topic as often as a fact, and its holder may be anyone named)
        clause = _clause_of(t, m.start())
        # "мне подтвердили польское гражданство", "белорусское гражданство у меня остаётся": a
        # topic word becomes a fact where the writer says it of herself, and plans nothing
        own = lex["mine"].search(clause) is not None and not has("plan", clause) and not has("hypothetical", clause)
        if (own and not _DENIED_AFTER.match(t[m.end():])) or not re.search(
                r"ств|ship|nationality|staats|obywatelstw", m.group(0), re.I):
            before = t[max(0, m.start() - 25) : m.start()]
            if _NONE_AFTER.match(t, m.end()):
                continue  # "армянского гражданства у меня нет"
            codes += [(m.start(), h.code) for h in find_countries(before)
                      if h.code != "eu" and len(before) - h.end <= 2 and h.end - h.start >= 4]
            if own and not codes:
                # "Гражданство у меня, как ты помнишь, только российское": the adjective agreeing with the noun
                after = t[m.end() : m.end() + 60]
                agreeing = [h for h in find_countries(after) if h.code != "eu" and re.search(r"(?:ое|ае|ее|е)$", h.surface)]
                codes += [(m.start(), h.code) for h in agreeing[:1] if not _DENIED_AFTER.match(after[h.end:])]
                mine_at = m.start()
    for m in lex["passport"].finditer(t):
        if (lex["residence"].search(_clause_of(t, m.start())) or _NONE_AFTER.match(t, m.end())
                or _INVALID.search(_clause_of(t, m.start()))):
            continue  # a residence card; "казахстанського паспорта в нього нема": no passport
        before = t[max(0, m.start() - 25) : m.start()]
        if _HER_PASSPORT.search(before):
            continue  # "my wife will travel on her Russian passport": hers, whoever the sentence's writer is
        hits = [h for h in find_countries(before) if h.code != "eu" and len(before) - h.end <= 2]
        if hits and not negated_before(t, m.start() - (len(before) - hits[-1].start)):
            codes.append((m.start(), hits[-1].code))
            continue
        # "паспорт український", "пашпарт беларускі": the adjective after the noun
        after = t[m.end() : m.end() + 25]
        late = [h for h in find_countries(after) if h.code != "eu" and h.start <= 2 and h.end - h.start >= 4]
        if not late:
            # "паспорт у меня, как и был, белорусский", "pašpart pry hetym u mianie, jak i byŭ, biełaruski":
            # the one country adjective, lower case, that ends the clause
            tail = t[m.end() : m.end() + 60]
            hits = [h for h in find_countries(tail) if h.code != "eu"]
            if (len(hits) == 1 and hits[0].surface[:1].islower() and re.match(r"\s*(?:[.!;—–-]|$)", tail[hits[0].end:])
                    and not _NONE_AFTER.match(tail[hits[0].end:])):
                late = hits
        if late and not negated_before(t, m.start()):
            codes.append((m.start(), late[0].code))
    if not codes:
        return []
    pos = codes[0][0]
    people = everyone = [p for p in people_in(view, block, seg, ctx) if p.entity_id]
    # "Jako obywatelka Polski ..., a dla Nikity ...": a citizen noun of one gender names no one of the other
    # (a masculine noun is also the generic one: "паспорт гражданина РФ" of a woman)
    if any(m.start() == pos and _FEM_CITIZEN.search(m.group(0)) and not _TOPIC.search(m.group(0)) for m in cues):
        people = [p for p in people if ctx.gender(p.entity_id) != "m"]
    prior = [p for p in people if p.end <= pos]
    # "Ринат, проверь ... моих паспорта: лечу как гражданка Армении": the one called is not the holder
    if prior and prior[0].start <= 1 and re.match(r"\s*,", t[prior[0].end:]) and _lex()["mine"].search(t[:pos]):
        prior = prior[1:]
    if prior and _UNNAMED.search(t[prior[-1].end : pos]) or not prior and _UNNAMED.search(t[:pos]):
        return []  # "у знакомой Арама муж недавно получил гражданство": someone the mail does not name
    if mine_at is not None and not prior:
        return [Candidate(CITIZENSHIP, (w,), [w], {"countries": sorted({c for _p, c in codes})},
                          Evidence(view.message_id, t, block.where, seg.depth), 0.85, view.date)
                for w in [author(view, block, seg, ctx)] if w]
    # "Мельникова Ирина (девичья фамилия — Горбунова), гражданка ...": a name in brackets is an aside
    prior = [p for p in prior if t[: p.start].count("(") <= t[: p.start].count(")")] or prior
    clause = t[:max(pos + 30, _clause_bounds(t, pos)[1])]
    person = (prior[-1].entity_id if prior else None) or _pronoun_person(clause, view, block, seg, ctx, pos) or (
        people[0].entity_id if people else None) or subject or (
        None if _THIRD.search(clause) or t.rstrip().endswith("?") else author(view, block, seg, ctx))
    if not person:
        return []
    # "..., гражданка Беларуси, замужем за гражданином Польши Квятецким Бартошем": a later cue with
    # a name of its own after its country is that other person's
    others = {p.start for p in everyone if p.entity_id != person}
    codes = [(at, c) for at, c in codes if at == pos or not any(at < o <= at + 80 for o in others)]
    # a later country with another person named between the first and it is that person's
    named = others | {p.start for p in everyone if p.entity_id == person}
    codes = [(at, c) for at, c in codes
             if at == pos or (last := max((o for o in named if o < at), default=-1)) < pos or last not in others]
    countries = sorted({c for _p, c in codes})
    return [Candidate(CITIZENSHIP, (person,), [person], {"countries": countries},
                      Evidence(view.message_id, t, block.where, seg.depth), 0.9 if cues else 0.75, view.date)]


# "у нього", "у неё", "his": the holder is someone the sentence speaks of, not the writer
_THIRD = re.compile(r"(?<!\w)(?:у|в|ў)\s+(?:него|нее|неё|нього|неї|яго|яе|ней)(?!\w)|(?<!\w)(?:his|her|him)(?!\w)", re.I)
# a passport said not to exist, just after the word ("паспорта у него нет и не будет")
_NONE_AFTER = re.compile(r"[^,.;:]{0,20}?(?<!\w)(?:нема|немає|нет|няма|не\s+(?:буде|будет|будзе|має|имеет|мае|было|було)|"
                         r"niama|niamaje|nie\s+(?:budzie|maje|ma)|nie ma)(?!\w)",
                         re.I)
_AND = re.compile(r"\s*(?:и|і|й|та|and|a|,)\s+", re.I)


def _and_country(span: str, rest: str) -> str:
    """The cue's span with a country joined to its last one by "и" ("гражданин
    Республики Беларусь и Российской Федерации"), which the clause split off."""
    hits = [h for h in find_countries(span) if h.code != "eu"]
    if not hits or not re.fullmatch(r"[\s.]*(?:(?:и|і|й|та|and|a)\s*)?", span[hits[-1].end:], re.I):
        return span
    m = _AND.match(rest, hits[-1].end)
    if m:
        more = [h for h in find_countries(rest[m.end() : m.end() + 40]) if h.code != "eu"]
        if more and more[0].start == 0:
            return rest[: m.end() + more[0].end]
    return span


_FEM_CITIZEN = re.compile(r"(?:[кk](?:а|і|и|е|ой|у|ою|ай|аю|a|i|ę|ą)|ці|ce)$", re.I)   # гражданка, obywatelka
_TOPIC = re.compile(r"ств|ship|nationality|staats|obywatelstw", re.I)


def _citizenship_table(view: View, block: Block, ctx: Context) -> list[Candidate]:
    """A table with a citizenship column ("ФИО | ... | Гражданство | ..."), as
    a spreadsheet's text holds it: each row's cell in that column is the
    citizenship of the person named before it in the row."""
    lex = _lex()
    lines = block.text.split("\n")
    out: list[Candidate] = []
    col = -1
    at = 0
    for line in lines:
        cells = line.split("\t")
        start, at = at, at + len(line) + 1
        if len(cells) < 3:
            col = -1
            continue
        heads = [i for i, c in enumerate(cells) if lex["citizenship"].fullmatch(c.strip().rstrip(":"))]
        if heads:
            col = heads[0]
            continue
        if col < 0 or len(cells) <= col:
            continue
        cell = cells[col]
        codes = sorted({h.code for h in find_countries(cell) if h.code != "eu" and not _DENIED_AFTER.match(cell[h.end:])})
        if not codes:
            continue
        before_end = start + len("\t".join(cells[:col]))
        person = None
        for seg in block.segments:
            if seg.end <= start or seg.start >= before_end:
                continue
            people = [p for p in people_in(view, block, seg, ctx)   # offsets are the segment's
                      if p.entity_id and start <= seg.start + p.start < before_end]
            if people:
                person = people[0].entity_id
                break
        if person is None:
            continue
        quote = line.strip()
        out.append(Candidate(CITIZENSHIP, (person,), [person], {"countries": codes},
                             Evidence(view.message_id, quote, block.where, 0), 0.8, view.date))
    return out


# -- family -----------------------------------------------------------------------

def _pronoun(surface: str) -> bool:
    lex = _lex()
    w = surface.strip()
    return " " not in w and len(w) <= 5 and bool(lex["mine"].fullmatch(w) or lex["yours"].fullmatch(w))


def _family(view: View, block: Block, seg: Segment, ctx: Context, subject: str | None, first: bool) -> list[Candidate]:
    t = seg.text
    lex = _lex()
    out = []
    people = [p for p in people_in(view, block, seg, ctx) if p.entity_id]
    listed: dict[str, str] = {}  # relative -> whose relative, in this sentence
    # "мы с Арамом наконец расписались": the writer married the one named
    for p in people:
        if _WE_WITH.search(t[max(0, p.start - 8) : p.start]) and _MARRIED.match(t, p.end):
            w = author(view, block, seg, ctx)
            if w and w != p.entity_id:
                a, b = sorted((w, p.entity_id))
                out.append(Candidate(FAMILY, (a, b), [w, p.entity_id], {"relationship": "spouse", "_key": "spouse"},
                                     Evidence(view.message_id, t, block.where, seg.depth), 0.85, view.date, {}))
    spans = _longest(lexicon("relations.yml"), t, "relations.yml")
    # "Мать супруги — X", "Брат жены — Y": the relative of the spouse; the spouse word itself names no one here
    of_spouse = {i for i, (s0, e0, r0) in enumerate(spans)
                 if i + 1 < len(spans) and spans[i + 1][2] == "spouse" and re.fullmatch(r"\s+", t[e0:spans[i + 1][0]])
                 and _OF_SPOUSE.fullmatch(t[spans[i + 1][0]:spans[i + 1][1]])}
    skip = {i + 1 for i in of_spouse}
    for i, (start, end, rel) in enumerate(spans):
        if i in skip:
            continue
        if i in of_spouse:
            end = spans[i + 1][1]
        before = t[max(0, start - 14) : start]
        # "брат (близнец) — X": a short aside in brackets may stand between the word and the name
        after_p = [p for p in people if p.start >= end and re.fullmatch(r"[\s,:–—-]*(?:\([^()]{0,20}\)[\s,:–—-]*)?",
                                                                         t[end:p.start])]
        before_p = [p for p in people if p.end <= start and _GAP_BEFORE.match(t[p.end:start])]
        # a kin word, then up to two lower-case words, then the name: "мать нашей студентки Анны"
        far_p = [p for p in people if p.start >= end and re.fullmatch(r"\s+(?:[^\W\d_A-ZА-ЯЁ]+\s+){1,2}",
                                                                       t[end:p.start])
                 and re.search(r"(?:а|я|ы|и|ой|ей|ого|его|ej|ego|y|i)(?:\s|$)", p.surface.strip())] if before_p else []
        told = [p for p in people if p.end <= start and _IS.match(t[p.end:start])]
        relative = anchor = None
        appos = [p for p in people if p.end <= start and _APPOS.match(t[p.end:start])]
        prior = [p for p in people if p.end <= start]
        marriage = rel == "spouse" and " " in t[start:end].strip()
        if marriage and any(pat.search(t[prior[-1].end if prior else 0:start])
                            for pat in lexicon("relations.yml").values()):
            continue  # "его сын женился на X": the son's wife, and the son is not named
        if marriage and after_p and prior:
            # "Сидоренко Кириллу ... в связи с регистрацией брака с Нуриевой Элиной": a marriage,
            # of the person named before it in the sentence
            relative, anchor = after_p[0].entity_id, prior[-1].entity_id
        elif told and not before_p:  # "Zoya is my wife", "Зоя — мая жонка"
            relative = told[-1].entity_id
            anchor = _pronoun_person(t[told[-1].end:start], view, block, seg, ctx)
        elif appos and not before_p and not after_p:  # "Наша Оксанка, моя донька, ..."
            relative = appos[-1].entity_id
            anchor = _pronoun_person(t[appos[-1].end:start], view, block, seg, ctx)
        elif before_p and after_p and before_p[-1].entity_id in listed:
            # "жена X, сын Y": a list of relatives of one person, not "X, the son of Y"
            relative, anchor = after_p[0].entity_id, listed[before_p[-1].entity_id]
        elif (before_p and after_p and re.search(r"[–—-]", t[end:after_p[0].start])
              and not _genitive(after_p[0])):
            # "Ахметшину Булату (сын — Ахметшин Самир Булатович)": X's relative is named after the dash
            relative, anchor = after_p[0].entity_id, before_p[-1].entity_id
        elif before_p and (after_p or far_p):  # "Тоня, жена Игната", "Natalia, matka naszej studentki Anny"
            relative, anchor = before_p[-1].entity_id, (after_p or far_p)[0].entity_id
        elif (after_p and _NOMINATIVE_KIN.fullmatch(t[start:end]) and _genitive(after_p[0])
              and lex["mine"].search(_clause_of(t, start)[: max(0, start - _clause_bounds(t, start)[0])])):
            # "я указан как отец Матвея": the writer is the relative of the person in the genitive
            relative, anchor = author(view, block, seg, ctx), after_p[0].entity_id
        elif after_p:  # "жена — Мыльникова Тоня", "Ваша мама, Ефрасіння"
            relative = after_p[0].entity_id
            if _THIRD.search(before) or _REFLEXIVE.search(before):  # "его жена Мария", "со своим братом Y"
                prior = [p for p in people if p.end <= start]
                # "его": the man named last; "свой": the clause's subject, named first
                pick = 0 if _REFLEXIVE.search(before) else -1
                anchor = prior[pick].entity_id if prior else None
                if anchor is None and _REFLEXIVE.search(before) and _IMPERATIVE.match(t):
                    # "Поцілуй від мене свого синочка": the one told to kiss his or her own son (of
                    # several written to, the one last called by name: "Наталочко, ти питала ...")
                    anchor = _called(view, block, seg, ctx) or addressee(view, block, seg, ctx)
            else:
                anchor = (_pronoun_person(before, view, block, seg, ctx) or _told_of(t, start, people)
                          or subject or author(view, block, seg, ctx))
        elif ((lex["yours"].search(before) or _ends_with(lex["farewell"], before)) and not t[end:].strip(" ,.!…")
              and _one_addressee(view, block, seg, ctx)):
            # "Цілую, твоя мама", "Целую, мама.": a sign-off, the writer is the relative (of whom, only where
            # one person is written to); "твоя мама звонила" speaks of someone else
            relative, anchor = author(view, block, seg, ctx), addressee(view, block, seg, ctx)
        elif first and start == 0 and re.match(r"\s*[,!]", t[end:]):  # "Мамо, ...": the addressee
            relative, anchor = addressee(view, block, seg, ctx), author(view, block, seg, ctx)
        elif (before_p and before_p[-1].start <= 1 and re.fullmatch(r",\s*", t[before_p[-1].end:start])
              and re.match(r"\s*[,!]", t[end:])):
            # "Андрійку, синку, дякую": the person called so is the writer's relative
            relative, anchor = before_p[-1].entity_id, author(view, block, seg, ctx)
        elif rel == "spouse" and _BARE_SPOUSE.fullmatch(t[start:end]) and not before_p and not after_p:
            # "Вернулись с Мариной из Дананга, жена довольна": the one the writer went with is the spouse
            went_with = [p for p in people if p.end <= start and re.search(r"(?<!\w)(?:с|со|з|із)\s+$",
                                                                          t[max(0, p.start - 4) : p.start])]
            want = "f" if re.match(r"(?:жен|жонк|дружин|wife)", t[start:end], re.I) else "m"
            if len(went_with) == 1 and ctx.gender(went_with[0].entity_id) in (want, ""):
                relative, anchor = went_with[0].entity_id, author(view, block, seg, ctx)
        if relative and anchor and relative != anchor:
            listed[relative] = anchor
            a, b, r = (anchor, relative, rel) if anchor < relative else (relative, anchor, INVERSE[rel])
            extra = {"mother": bool(_MOTHER.match(t[start:end]))} if rel == "parent" else {}
            if i in of_spouse:
                extra["of_spouse"] = True
            out.append(Candidate(FAMILY, (a, b), [anchor, relative], {"relationship": rel, "_key": r},
                                 Evidence(view.message_id, t, block.where, seg.depth), 0.85, view.date, extra))
    return out


_SENTENCE_END = re.compile(r"(?<![А-ЯЁA-Z])[.!?]\s+|\n")   # not the full stop of an initial


_BARE_SPOUSE = re.compile(r"(?:жена|муж|жонка|дружина|чоловік)", re.I)
_WE_WITH = re.compile(r"(?<!\w)(?:мы|ми)\s+(?:с|со|з|із|зі)\s+$", re.I)
_MARRIED = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:расписал\w*|пожени\w+|поженил\w*|ажаніл\w*|пабраліся\b|одружил\w*|"
                      r"побрал\w*|обвенчал\w*|повенчал\w*|зарегистрировали\s+брак|узяли\s+шлюб|взяли\s+шлюб)", re.I)
# a sentence opening with an imperative (поцелуй, обними, передай, поцілуй, обійміть, скажите)
_IMPERATIVE = re.compile(r"\s*[А-ЯЁІЇЄҐЎа-яёіїєґў]{3,}(?:уй|ай|ей|ій|и|і|іть|ите|ьте|йте)(?!\w)")
# a spouse word in the genitive: "(мать) супруги", "(брат) жены", "(отец) мужа", "(sister) of the wife"
_OF_SPOUSE = re.compile(r"(?:супруг(?:и|а)|жены|мужа|жонкі|дружини|чоловіка|žonki|muža|żony|męża)", re.I)

_NOMINATIVE_KIN = re.compile(r"(?:отец|мать|муж|жена|сын|дочь|брат|сестра|бацька|маці|жонка|сястра|батько|"
                             r"дружина|донька|father|mother|husband|wife|son|daughter|brother|sister)", re.I)


def _called(view: View, block: Block, seg: Segment, ctx: Context) -> str | None:
    """The person last addressed by name at a sentence's start ("Наталочко, ...") up to `seg`."""
    segs = block.segments
    upto = next((i for i, x in enumerate(segs) if x is seg), len(segs) - 1)
    for s in reversed(segs[: upto + 1]):
        for p in people_in(view, block, s, ctx):
            if p.entity_id and p.start <= 1 and re.match(r"\s*[,!]", s.text[p.end :]):
                return p.entity_id
    return None


def _genitive(m: Mention) -> bool:
    """A Russian name read back from a case ending (Матвея, Ирины), not as written."""
    if re.search(r"(?:а|я|ы|и|ой|ей|ого|его)$", m.surface) is None:
        return False
    lemma = str(m.extra.get("lemma") or "")
    if lemma:
        return lemma != m.surface
    from paperchase.resolve.names.person import given_info

    g = given_info(m.surface) if " " not in m.surface.strip() else None
    return g is not None and not g.nominative


def _told_of(t: str, start: int, people: list) -> str | None:
    """"Хайруллин М.И. сегодня сообщил, что на майских ездил с женой Алсу": a
    person named first in the sentence, not called to (no comma after the
    name), with no "I" or "you" between: the relatives are that person's."""
    head = max((m.end() for m in _SENTENCE_END.finditer(t, 0, start)), default=0)
    for p in people:
        if head <= p.start and p.end <= start:
            gap = t[p.end:start]
            if t[head:p.start].strip() or re.match(r"\s*[,!]", gap) or _lex()["mine"].search(gap) \
                    or _lex()["yours"].search(gap):
                return None
            return p.entity_id
    return None


# -- the kinds together -----------------------------------------------------------

def detect(view: View, ctx: Context) -> list[Candidate]:
    from paperchase.findings import family_ours  # it reads this module's helpers

    out: list[Candidate] = []
    for block in view.blocks:
        out += _citizenship_table(view, block, ctx)
        subject = form_subject(view, block, ctx)
        for i, seg in enumerate(block.segments):
            out += _citizenship(view, block, seg, ctx, subject)
            out += _family(view, block, seg, ctx, subject, first=(i == 0 and block.where == "body"))
            out += family_ours.detect(view, block, i, ctx)
    return out


# a post one person holds in an organisation at a time
UNIQUE_POSTS = {"general director", "director", "chief designer", "chief engineer", "chief technologist",
                "chief accountant", "chief mechanic", "chief metrologist", "chief power engineer", "chief welder",
                "financial director", "production director", "executive director", "first deputy general director"}


def _names(eid: str, ctx: Context) -> int:
    e = ctx.entities.get(eid)
    return len(e.names) if e else 0


def _same_fact(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Re-key claims that are one fact under two entities (a resolver that
    kept "Ластоўскага Язэпа" apart from "Yazep Lastouski"): one person in
    one post is one employment, whichever name of the firm was used; a post
    held by one person at a time is one employment, whichever name of the
    person; a spouse is one person's."""
    emp = [c for c in cands if c.kind == EMPLOYMENT]
    by_person_role: dict[tuple[str, str], list[Candidate]] = {}
    for c in emp:
        by_person_role.setdefault((c.subjects[0], c.attributes["role"]), []).append(c)
    for cs in by_person_role.values():
        orgs = Counter(c.subjects[1] for c in cs)
        best = max(orgs, key=lambda o: (ctx.is_home(o), orgs[o], _names(o, ctx)))
        for c in cs:
            c.subjects, c.key = [c.subjects[0], best], (c.subjects[0], best)
    by_post: dict[tuple[str, str], list[Candidate]] = {}
    for c in emp:
        if c.attributes["role"] in UNIQUE_POSTS:
            by_post.setdefault((c.subjects[1], c.attributes["role"]), []).append(c)
    for cs in by_post.values():
        people = Counter(c.subjects[0] for c in cs)
        # the person most statements name in the post (a form's field read for its filler is one
        # statement); among equals, the one the case names most ways (a split resolution)
        best = max(people, key=lambda p: (people[p], _names(p, ctx), p))
        for c in cs:
            c.subjects, c.key = [best, c.subjects[1]], (best, c.subjects[1])
    spouses: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.kind == FAMILY and c.attributes["relationship"] == "spouse":
            spouses.setdefault(c.subjects[1], []).append(c)
    # one mother, one father: "Ваша мама, Ефрасіння Ціханаўна" and "Yefrasinnia Vornik" are one relative
    parents: dict[tuple[str, bool], list[Candidate]] = {}
    for c in cands:
        if c.kind == FAMILY and c.attributes["relationship"] == "parent" and "mother" in c.extra:
            parents.setdefault((c.subjects[0], c.extra["mother"]), []).append(c)
    for (anchor, _m), cs in parents.items():
        rels = Counter(c.subjects[1] for c in cs)
        best = max(rels, key=lambda p: (_names(p, ctx), rels[p], p))
        for c in cs:
            c.subjects = [anchor, best]
            c.key = tuple(sorted((anchor, best)))
            c.attributes["_key"] = "parent" if anchor < best else "child"
    for relative, cs in spouses.items():
        anchors = Counter(c.subjects[0] for c in cs)
        best = max(anchors, key=lambda p: (_names(p, ctx), anchors[p], p))
        for c in cs:
            c.subjects = [best, relative]
            c.key = tuple(sorted((best, relative)))
            c.attributes["_key"] = "spouse"
    return cands


def _through_spouse(cands: list[Candidate]) -> list[Candidate]:
    """"Мать супруги — X" of the form's person A: X is the relative of A's spouse, where
    the case says who that is (one spouse); otherwise the claim names no one and goes."""
    spouses: dict[str, set[str]] = {}
    for c in cands:
        if c.kind == FAMILY and c.attributes["relationship"] == "spouse" and not c.extra.get("of_spouse"):
            a, b = c.subjects
            spouses.setdefault(a, set()).add(b)
            spouses.setdefault(b, set()).add(a)
    out = []
    for c in cands:
        if not (c.kind == FAMILY and c.extra.get("of_spouse")):
            out.append(c)
            continue
        anchor, relative = c.subjects
        wife = spouses.get(anchor, set()) - {relative}
        if len(wife) != 1:
            continue
        w = next(iter(wife))
        rel = c.attributes["relationship"]
        a, b, r = (w, relative, rel) if w < relative else (relative, w, INVERSE[rel])
        c.subjects, c.key = [w, relative], (a, b)
        c.attributes = {"relationship": rel, "_key": r}
        out.append(c)
    return out


def group(cands: list[Candidate], ctx: Context) -> list[Finding]:
    from paperchase.findings import family_ours

    by: dict[tuple[Any, ...], list[Candidate]] = {}
    for c in _same_fact(_through_spouse(family_ours.keep(cands)), ctx):
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
