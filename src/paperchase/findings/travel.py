"""foreign_travel: one finding per trip (country and month), with everyone
who went.

A statement is a clause with a travel cue and a place abroad (a city or a
country, in any script and case, from the extract stage's gazetteer): abroad
means outside the home country; a place passed through ("через Варшаву",
"via Istanbul") is no destination. Its date is the first start date the
clause gives ("с 27.12.2022", "в марте", "на Новый год"), read against the
message's date; an end date ("до 7 мая") is not a start.

Statements are clustered into trips per country by month; undated ones join
the nearest trip of their country in time, and a mere mention of a trip's
place ("Как Дубай?") near its dates is further evidence. A trip cancelled
("поездку отменили", "я не еду") or whose visa was refused is dropped,
whether the refusal stands in the trip's sentence, beside it, in a later
letter naming the country, or in a reply of its thread naming none; a condition
("если дадут визу") makes no trip. Travellers: names in the clause (not
the person visited, not the person addressed), the writer for first-person
verbs, the addressee for second-person ones, relatives named by kinship
("с женой и дочерью") through the family findings, and the guests or
passengers of a booking or ticket."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from paperchase.extract.places import PlaceHit, country_name, find_all, find_countries
from paperchase.findings.context import Context, tld_country
from paperchase.findings.cues import common, has
from paperchase.findings.dates import DateHit, find_dates, month_index
from paperchase.findings.lexicon import Lexicon, lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, confidence, merge_evidence
from paperchase.findings.people import addressee, author, form_subject, people_in
from paperchase.findings.text import GROUP_SUBJECT, Segment, implicit_writer, past_gender
from paperchase.findings.travel_cancel import confirmed_after, same_trip, visa_country
from paperchase.findings.view import Block, View

KIND = "foreign_travel"
GROUPS = ("go", "first", "second", "itinerary", "guests", "host", "end_date", "back", "mission", "hosting", "with_me",
          "origin", "invited", "together")
_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ую|ых|ым|ыми|ими|ім|ая|ае|ага|аму|ую|іх|ski|ish|ian|ese|an)$", re.I)
_THIRD_POSS = re.compile(r"(?:его|её|ее|яго|яе|його|її|his|her)", re.I)
_FROM = re.compile(r"(?:из|изо|з|із|зі|ад|от|from|aus)\s+$", re.I)
# a dash ends a clause, but not between a route's points ("Минск (MSQ) — Москва (SVO) — Ханой")
_CLAUSE = re.compile(r"(?<!\([A-Z]{3}\))\s[-–—]\s|;\s|:\s|,\s(?=(?:таму|поэтому|потому|але|но|а|зато|but|so|and then)\b)", re.I)
_LEAD_SEP = re.compile(r"\s[-–—]\s|:\s")
_AIRPORT = re.compile(r"\([A-Z]{3}\)\s*[-–—]|[-–—]\s*[A-Z][A-Za-z ]+\([A-Z]{3}\)")


def _lex() -> Lexicon:
    return lexicon("travel.yml", GROUPS)


@dataclass(slots=True)
class _Statement:
    country: str
    place: str
    start: DateHit | None
    travellers: list[str]
    relatives: list[tuple[str, str]]  # (person, relationship) to look up in the family findings
    evidence: Evidence
    when: date | None
    strong: bool
    cancel: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _clauses(seg: Segment) -> list[tuple[int, str]]:
    out, cur = [], 0
    for m in _CLAUSE.finditer(seg.text):
        out.append((cur, seg.text[cur : m.start()]))
        cur = m.end()
    out.append((cur, seg.text[cur:]))
    return out


def _places(text: str, ctx: Context, view: View | None = None, where: str = "", base: int = 0) -> list[PlaceHit]:
    """Countries and cities of `text` (which starts at `base` in its block):
    the extract stage's LOC mentions where it ran, else the gazetteer."""
    if view is None or not ctx.has_places:
        return find_all(text)
    out = []
    for m in ctx.in_span(view.pk, where, base, base + len(text), "LOC", resolved=False):
        code = m.extra.get("country")
        if not code or m.start < base or m.end > base + len(text):
            continue
        kind = str(m.extra.get("kind") or ("country" if find_countries(m.surface) else "city"))
        out.append(PlaceHit(m.start - base, m.end - base, m.surface, str(code), kind,
                            str(m.extra.get("name") or m.extra.get("lemma") or m.surface), str(m.extra.get("lemma", ""))))
    return out


# a return and the place it ends in, just before the place ("вернулись в Гомель", "returned home to")
_RETURNED_TO = re.compile(r"(?:вернул\w+|вярнул\w+|повернул\w+|возвращ\w+|вярта\w+|поверта\w+|returned|came back|got back)"
                          r"(?:\s+(?:домой|дадому|додому|home))?\s+(?:в|во|ў|у|до|to|in)\s*$", re.I)


# a person who meets or collects the travellers at the place ("X вас встретит", "X will pick you up")
_MEETS = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:встрет\w+|встреча\w+|сустрэн\w+|сустрака\w+|зустрін\w+|зустріча\w+|"
                    r"забер[её]т\w*|will meet|meets?\b|met us|will pick)", re.I)
# a citizenship named just after the country
_CITIZENSHIP_AFTER = re.compile(r"[^.;\t\n]{0,30}?(?:гражданств|грамадзянств|громадянств|citizenship|nationality)", re.I)

# a route's point with more of the route after it: an airport code, then a dash or an arrow
_ROUTE_ON = re.compile(r"\s*(?:\([A-Z]{3}\)\s*)?(?:—|–|→|->|>)\s*\S")


def _abroad(text: str, ctx: Context, view: View | None = None, where: str = "", base: int = 0) -> list[PlaceHit]:
    """Places abroad that can be a destination: not the home country, not
    passed through, not a language or product adjective ("английский"),
    not where a visitor comes from ("fly in from Chongqing")."""
    transit = common()["transit"]
    back = _lex()["back"].search(text) is not None
    out = []
    dropped_end = -1
    for h in _places(text, ctx, view, where, base):
        if dropped_end >= 0 and re.fullmatch(r"\s*\(\s*(?:Республик\w*|Рэспублік\w*|Республіц\w*|Republic of)?\s*",
                                             text[dropped_end : h.start], re.I):
            continue  # "учится в Варшаве (Республика Польша)": the bracket names the city's country
        dropped_end = h.end
        if h.code in ("eu", ctx.home_country):
            continue
        before = text[max(0, h.start - 14) : h.start]
        if transit.search(before) or re.match(r"[\s,]*(?:пересадк|транзит|перасадк|layover|stopover|transit)",
                                              text[h.end : h.end + 20], re.I):
            continue  # "через Стамбул", "в Стамбуле пересадка"
        if _ROUTE_ON.match(text, h.end):
            continue  # "Минск — Москва (SVO) — Камрань": a point the route goes on from
        if h.kind == "country" and " " not in h.surface and _ADJECTIVE.search(h.surface):
            continue
        if back and _RETURNED_TO.search(text[max(0, h.start - 40) : h.start]):
            continue  # "вярнуліся ў Гомель": where they came back to is home, not the trip
        if _FROM.search(before) and not (back and _lex()["back"].search(_piece(text, h.start, h.end))):
            continue  # "из Вильнюса в Барселону" (but "вернулись из Хургады": they were there)
        if _lex()["mission"].search(text[max(0, h.start - 25) : h.start]):
            continue
        if _lex()["origin"].search(" ".join(text[max(0, h.start - 40) : h.start].split()[-3:])):
            continue  # "уроженка г. X", "гражданка X": where someone is from, not where they went
        if _CITIZENSHIP_AFTER.match(text, h.end):
            continue  # "Российская Федерация, Украина (двойное гражданство)": a form's citizenship column
        out.append(h)
        dropped_end = -1
    return out


def _home_place(text: str, ctx: Context, view: View, where: str, base: int) -> bool:
    """Whether `text` goes to a place at home ("еду в Таганрог"), not through
    one ("через Брест") nor from one."""
    transit = common()["transit"]
    for h in _places(text, ctx, view, where, base):
        before = text[max(0, h.start - 14) : h.start]
        if h.code == ctx.home_country and not transit.search(before) and not _FROM.search(before):
            return True
    return False


def _piece(text: str, start: int, end: int) -> str:
    """The stretch of `text` between the commas around start:end."""
    a = text.rfind(",", 0, start) + 1
    b = text.find(",", end)
    return text[a : len(text) if b < 0 else b]


def _tense(text: str) -> str:
    if has("past", text):
        return "past"
    if has("plan", text):
        return "future"
    return ""


def _start(text: str, ref: date | None) -> DateHit | None:
    end = _lex()["end_date"]
    for h in find_dates(text, ref, _tense(text)):
        days = (date(h.year, h.month, h.day or 15) - ref).days if ref else 0
        listed = h.explicit_year and h.day is None and -15 * 366 <= days < 0  # "август 2019 г." in a list of trips
        if ref and not (-400 <= days <= 550 or listed):
            continue  # a birth date or an old event, not this trip
        before = text[max(0, h.start - 10) : h.start]
        if end.search(before) and not re.search(r"(?:^|\s)(?:с|з|from|от|ад|із)\s*$", text[max(0, h.start - 30):h.start]):
            # "до 7 мая" ends the trip; in "с 30 апреля по 7 мая" the start came first
            continue
        return h
    return None


def _travellers(view: View, block: Block, seg: Segment, off: int, clause: str, ctx: Context,
                relatives: list[tuple[str, str]]) -> list[str]:
    lex = _lex()
    out: list[str] = []
    for p in people_in(view, block, seg, ctx):
        if not p.entity_id or p.start < off or p.end > off + len(clause):
            continue
        before = seg.text[max(0, p.start - 30) : p.start].split()
        if lex["host"].search(before[-1] if before else ""):
            continue
        if _MEETS.match(seg.text, p.end):
            continue  # "Арам вас встретит в Звартноце": the one who meets the travellers is there already
        if len(before) >= 2 and lex["host"].fullmatch(before[-2]) and _is_kin(before[-1].strip(",")):
            continue  # "гостила у отца, Ерлана Кайратовича": the relative visited does not travel
        if p.start - off <= 1 and re.match(r"\s*,", seg.text[p.end : p.end + 2]) and view.blocks[0] is block:
            continue  # "Игнат Савельевич, ...": the person addressed
        if any(h.start == 0 and h.end >= len(p.surface) - 1 for h in find_all(p.surface)):
            continue  # "из Анталии" taken for a name: a place does not travel
        out.append(p.entity_id)
    # "Мыльникова из Еревана привезла": a woman travelled, whatever man the name was also taken for
    g = {"femn": "m", "masc": "f"}.get(past_gender(clause)) if len(out) > 1 else None
    if g:
        out = [p for p in out if ctx.gender(p) != g] or out
    writer = author(view, block, seg, ctx)
    hosting = lex["hosting"].search(clause) is not None
    # the writer travels when the clause says "I"/"we", or greets from the place ("добрый день из X!");
    # a past tense alone may be anyone's ("коллеги были в Турции")
    greeting = not out and lex["back"].search(clause) and re.search(r"(?:привет|день|прывітанне|привіт|greetings)",
                                                                   clause, re.I)
    first = lex["first"].search(clause)
    go = lex["go"].search(clause)
    if first and out and go and not lex["first"].search(_piece(clause, go.start(), go.end())):
        first = None  # "Алеся 30-го летит обратно, билет я ей уже купил": she goes, the writer bought
    if first and go and any(w.lower() in GROUP_SUBJECT for w in re.findall(r"\w+", _piece(clause, go.start(), go.end()))):
        first = None  # "Двое наших регулировщиков улетели в Алжир, командировочные я передал": they went
    if (first or greeting or (not out and implicit_writer(clause))) and not hosting:
        if writer:
            out.append(writer)
    if lex["second"].search(clause):
        a = addressee(view, block, seg, ctx)
        if a:
            out.append(a)
    rel = lexicon("relations.yml")
    for name, pat in rel.items():
        for m in pat.finditer(clause):
            words = clause[max(0, m.start() - 14) : m.start()].split()
            if words and lex["host"].fullmatch(words[-1]):
                continue  # "летит к сестре": the sister is visited, she does not travel
            if not clause[: m.start()].strip(" \t\"«>") and re.match(r"\w*\s*[,!]", clause[m.end():]):
                continue  # "Дачушка, прывітанне з Батумі!": the one written to, not a fellow traveller
            if words and _THIRD_POSS.fullmatch(words[-1]):
                if out:  # "X travelled with his wife": X's wife
                    relatives.append((out[0], name))
            elif writer:
                relatives.append((writer, name))
    return out


def _firm_country(person: str, ctx: Context) -> str | None:
    """The country of the firm whose mail domain a person writes from (None for webmail)."""
    from paperchase.findings.context import domain_of

    e = ctx.entities.get(person)
    for address in (e.properties.get("email", []) if e else []):
        d = domain_of(str(address))
        if d in ctx.firm_domains:
            return ctx.country_of_domain(d)
    return None


def _is_kin(word: str) -> bool:
    return any(pat.fullmatch(word) for pat in lexicon("relations.yml").values())


def _statements(view: View, ctx: Context) -> list[_Statement]:
    lex = _lex()
    cm = common()
    out: list[_Statement] = []
    for block in view.blocks:
        itinerary = lex["itinerary"].search(block.text[:600]) is not None or (
            block.where != "body" and _AIRPORT.search(block.text) is not None)
        block_places = _abroad(block.text, ctx, view, block.where) if itinerary else []
        block_stmts: list[_Statement] = []
        for i, seg in enumerate(block.segments):
            clauses = _clauses(seg)
            said: DateHit | None = None  # "с 2 по 12 мая я в отпуске: летим в ...": the date of the sentence
            lead: tuple[int, str] | None = None  # the clause before, where it names no place
            for off, raw in clauses:
                # "паспорт для выезда за границу": no travel word, same length so offsets hold
                clause = lex["not_go"].sub(lambda m: " " * len(m.group(0)), raw)
                places = _abroad(clause, ctx, view, block.where, seg.start + off)
                led, lead = lead, (None if places else (off, clause))
                cancelled = cm["cancel"].search(clause) or cm["refused_visa"].search(clause)
                own = None if cancelled else _start(clause, view.date)
                said = own or said
                if cancelled:
                    # a cancelled plan names its place; a refused visa may name only the consulate
                    visa = cm["refused_visa"].search(clause)
                    hits = places or (visa_country(view, block, seg, clause, ctx) if visa else [])
                    if not hits and i > 0 and block.segments[i - 1].depth == seg.depth:
                        # "Летим в Ригу 5 октября? Нет, уже не летим.": the trip of the sentence before
                        prev = block.segments[i - 1]
                        hits = _abroad(prev.text, ctx, view, block.where, prev.start)
                    if visa and not hits and view.thread is not None:
                        # "Визу не дали." in a reply naming no country: the trip of its thread
                        hits = [PlaceHit(0, 0, "", "")]
                    for h in hits:
                        out.append(_Statement(h.code, h.name if h.kind == "city" else "", _start(clause, view.date), [], [],
                                              Evidence(view.message_id, seg.text, block.where, seg.depth),
                                              view.date, False, cancel=True))
                    continue
                if lex["hearsay"].search(seg.text):
                    continue  # "говорят, пол-ОТК этим летом в Турции отдыхало"
                if not places and own and lex["go"].search(clause) and not has("hypothetical", clause) and not _home_place(
                        clause, ctx, view, block.where, seg.start + off):
                    # "Галя зовёт нас в Белосток. ... Поеду с сыном, с 1 по 15 августа": a dated
                    # departure naming no place goes where the sentences just before it went
                    # (not "на следующей неделе еду в Таганрог": a place at home is a place; nor a trip
                    # the sentence before cancelled)
                    for prev in reversed(block.segments[max(0, i - 2) : i]):
                        if prev.depth == seg.depth and not cm["cancel"].search(prev.text) and not cm[
                                "refused_visa"].search(prev.text):
                            got = _abroad(prev.text, ctx, view, block.where, prev.start)
                            if got:
                                places = [PlaceHit(0, 0, "", h.code, h.kind, h.name, h.lemma) for h in got[-1:]]
                                break
                if not places:
                    if (lex["with_me"].search(clause) and seg.text.rstrip().endswith(":") and block_stmts):
                        block_stmts[-1].travellers += _list_people(view, block, i, ctx)
                    elif (block_stmts and block_stmts[-1].strong and i - block_stmts[-1].extra.get("seg", -9) <= 2
                          and lex["go"].search(clause) and lex["together"].search(clause)
                          and not has("hypothetical", clause) and not cm["cancel"].search(clause)):
                        # "Уведомляю о выезде в Египет ... Выезжаю совместно с мужем X и сыном Y": who goes
                        # is told in the sentence after the one that names the place
                        last = block_stmts[-1]
                        last.travellers += [p for p in _travellers(view, block, seg, off, clause, ctx,
                                                                   last.relatives) if p not in last.travellers]
                    continue
                if has("hypothetical", seg.text[: off + len(clause)]):
                    continue  # "Если дадут - едем в ...": the condition may sit in the clause before
                # "You are invited to visit the expo in Dubai": the hosts' wish makes no trip; it names
                # who would go, should another letter say the trip took place
                invited = lex["invited"].search(seg.text) is not None and not lex["first"].search(clause)
                strong = bool(lex["go"].search(clause) or _AIRPORT.search(clause))
                if not strong and led is not None and lex["go"].search(led[1]) and _LEAD_SEP.fullmatch(
                        seg.text[led[0] + len(led[1]) : off]):
                    # "выезжаю за границу — в Черногорию вместе с мужем": the verb and the traveller
                    # before the dash, the place after it
                    strong = True
                    off, clause = led[0], seg.text[led[0] : off + len(clause)]
                relatives: list[tuple[str, str]] = []
                travellers = _travellers(view, block, seg, off, clause, ctx, relatives) if strong else []
                strong = strong and not invited
                travellers = [p for p in travellers
                              if not _is_place(p, {x for h in places for x in (h.surface, h.name, h.lemma)}, ctx)]
                travellers += _list_people(view, block, i, ctx) if strong and seg.text.rstrip().endswith(":") else []
                if strong and not travellers and block.where != "body":
                    # a form's list of trips ("Турецкая Республика (г. Анталья), август 2019 г., с женой"):
                    # the person the form is about
                    subject = form_subject(view, block, ctx)
                    travellers = [subject] if subject else []
                quote = clause.strip(" ,;") if len(clause.strip()) > 15 else seg.text
                if quote not in seg.text:
                    quote = seg.text
                place = next((h for h in places if h.kind == "city"), places[0])
                if strong and not (own or said or travellers):
                    # "командировка в КНР согласована: с 07.09 по 13.09 летим вдвоём – вы и я": the place in
                    # one clause, who and when in the clauses after it
                    rest_at = off + len(clause)
                    rest = seg.text[rest_at:]
                    if not _abroad(rest, ctx, view, block.where, seg.start + rest_at):
                        own = _start(rest, view.date)
                        travellers = _travellers(view, block, seg, rest_at, rest, ctx, relatives)
                if strong and not (own or said) and i > 0 and block.segments[i - 1].depth == seg.depth:
                    # "Прошу отпуск с 09.08 по 21.08. На время отпуска выезжаю в X": the leave's dates,
                    # told in the sentence before, where that one goes nowhere else
                    prev = block.segments[i - 1]
                    if lex["go"].search(prev.text) and not _abroad(prev.text, ctx, view, block.where, prev.start):
                        own = _start(prev.text, view.date)
                block_stmts.append(_Statement(place.code, place.name if place.kind == "city" else "",
                                      own or (said if strong else None),
                                      travellers, relatives,
                                      Evidence(view.message_id, quote, block.where, seg.depth), view.date, strong,
                                      extra={"city": place.kind == "city", "invited": invited, "seg": i}))
        out += block_stmts
        if itinerary:
            out += _itinerary(view, block, block_places, ctx)
    return out


def _is_place(person: str, places: set[str], ctx: Context) -> bool:
    """A town that is also a surname ("в г. X" taken for a person X): a person
    known only by one word that is the name of the trip's place does not travel."""
    e = ctx.entities.get(person)
    if e is None or not e.names or any(len(n.split()) > 1 for n in e.names):
        return False
    spots = {x.lower() for x in places if x}
    return any(n.lower() in spots for n in e.names)


def _list_people(view: View, block: Block, i: int, ctx: Context) -> list[str]:
    """An order "Направить в командировку ...:" lists its travellers on the lines below."""
    out = []
    for seg in block.segments[i + 1 : i + 8]:
        if not re.match(r"^\s*(?:[-–—•*]|\d+[.)])\s*\S", seg.text) and not seg.text.rstrip().endswith((";", ",")):
            break
        out += [p.entity_id for p in people_in(view, block, seg, ctx) if p.entity_id]
    return out


_HEADER_DATE = re.compile(r"^\s*(?:Date|Sent|Дата|Отправлено|Адпраўлена|Надіслано|Gesendet)\s*:", re.I)
_ARRIVAL = re.compile(r"arriv|check-?in|заезд|заселен|прибыти|прыбыцц|прибуття|вылет|выл[её]т|виліт|departure|outbound",
                      re.I)


def _itinerary(view: View, block: Block, places: list[PlaceHit], ctx: Context) -> list[_Statement]:
    lex = _lex()
    travellers: list[str] = []
    quote_seg = None
    for seg in block.segments:
        if lex["guests"].search(seg.text):
            ps = [p.entity_id for p in people_in(view, block, seg, ctx) if p.entity_id]
            if ps:
                travellers += ps
                quote_seg = quote_seg or seg
    start = None
    # the stay's own dates: an arrival or check-in line first, never a forwarded header's "Date:" line
    segs = [seg for seg in block.segments if not _HEADER_DATE.match(seg.text)]
    for seg in sorted(segs, key=lambda x: not _ARRIVAL.search(x.text)):
        start = _start(seg.text, view.date)
        if start:
            break
    if not travellers or quote_seg is None:
        return []
    if not places:  # a booking whose town the gazetteer does not know: placed by its dates
        return [_Statement("", "", start, travellers, [], Evidence(view.message_id, quote_seg.text, block.where,
                                                                   quote_seg.depth), view.date, True,
                           extra={"floating": True})] if start else []
    place = next((h for h in places if h.kind == "city"), places[0])
    return [_Statement(place.code, place.name if place.kind == "city" else "", start, travellers, [],
                       Evidence(view.message_id, quote_seg.text, block.where, quote_seg.depth), view.date, True,
                       extra={"city": place.kind == "city"})]


def detect(view: View, ctx: Context) -> list[Candidate]:
    stmts = _statements(view, ctx)
    email = ((view.sender or {}).get("email") or "").lower()
    sender = email.rsplit("@", 1)[-1]
    local = tld_country(sender) if sender and sender not in ctx.home_domains else None
    writer = ctx.person_email.get(email)
    for s in stmts:
        s.extra["thread"] = view.thread
        if local and s.country == local and local != ctx.home_country and s.evidence.depth == 0:
            # "Мамуля, привет из Еревана!" from a .am address: the writer is at home there
            s.travellers = [p for p in s.travellers if p != writer]
    stmts = [s for s in stmts if s.travellers or s.cancel or not (local and s.country == local and s.evidence.depth == 0)]
    return [Candidate(KIND, (s.country,), s.travellers, {"country": s.country}, s.evidence,
                      0.85 if s.strong else 0.5, s.when, {"statement": s}) for s in stmts]


@dataclass
class _Trip:
    country: str
    month: int
    members: list[_Statement] = field(default_factory=list)


def _month(s: _Statement) -> int | None:
    return month_index(s.start.year, s.start.month) if s.start else None


def group(cands: list[Candidate], ctx: Context, family: list[Finding] | None = None) -> list[Finding]:
    stmts = [c.extra["statement"] for c in cands]
    trips: list[_Trip] = []
    floating = [s for s in stmts if s.extra.get("floating")]
    stmts = [s for s in stmts if not s.extra.get("floating")]
    dated = sorted((s for s in stmts if s.strong and not s.cancel and s.start), key=lambda s: _month(s) or 0)
    for s in dated:
        m = _month(s) or 0
        t = next((t for t in trips if t.country == s.country and abs(t.month - m) <= 1), None)
        if t is None:
            trips.append(_Trip(s.country, m, [s]))
        else:
            t.members.append(s)
    for s in (s for s in stmts if s.strong and not s.cancel and not s.start and s.when):
        t = _nearest(trips, s, before=100, after=60)
        if t is None:
            trips.append(_Trip(s.country, month_index(s.when.year, s.when.month), [s]))
        else:
            t.members.append(s)
    for s in (s for s in stmts if not s.strong and not s.cancel and s.when):
        t = _nearest(trips, s, before=40, after=45)
        if t is not None and (s.extra.get("city") or s.start):
            t.members.append(s)
    for c in (s for s in stmts if s.cancel):
        ref = _month(c) if c.start else (month_index(c.when.year, c.when.month) if c.when else None)
        if ref is None:
            continue
        trips = [t for t in trips if not (same_trip(t, c) and -1 <= t.month - ref <= 3
                                          and not confirmed_after(t, c))]
    for s in floating:
        same = [t for t in trips if t.month == _month(s)]
        if len(same) == 1:
            same[0].members.append(s)
    spouses = _relatives(family or [])
    out = []
    for t in trips:
        months = [m for m in (_month(s) for s in t.members if s.strong) if m is not None]
        # the month most statements give ("летим с 1 по 10 мая" and the booking, against a leave from
        # 30 April); the earliest where they disagree evenly
        counts = Counter(months)
        start_m = min(months, key=lambda m: (-counts[m], m)) if months else t.month
        people: list[str] = []
        for s in t.members:
            if not s.strong and not s.extra.get("invited"):
                continue
            for p in s.travellers:
                if p not in people:
                    people.append(p)
            for person, rel in s.relatives:
                for r in spouses.get((person, rel), []):
                    if r not in people:
                        people.append(r)
        place = next((s.place for s in t.members if s.place), "")
        spots = {x for s in t.members for x in (s.place, s.extra.get("place_surface", "")) if x}
        people = [p for p in people if not _is_place(p, spots, ctx)] or people
        # a booking's "thank you for booking with X Holidays": a firm does not travel
        people = [p for p in people if p not in ctx.entities or ctx.entities[p].is_person]
        # "I will meet our guests at DXB and fly with them to Chennai": the host goes home, he does not travel
        people = [p for p in people if _firm_country(p, ctx) != t.country] or people
        y, mo = divmod(start_m, 12)
        attrs = {"country": t.country, "start": f"{y:04d}-{mo + 1:02d}"}
        if place:
            attrs["place"] = place
        fake = [Candidate(KIND, (), [], {}, s.evidence, 0.85 if s.strong else 0.5) for s in t.members]
        where = f"{place}, {country_name(t.country) or t.country.upper()}" if place else (
            country_name(t.country) or t.country.upper())
        names = ", ".join(ctx.name(p) for p in people)
        out.append(Finding(KIND, f"{names} travelled to {where} in {date(y, mo + 1, 1):%B %Y}.", people, attrs,
                           merge_evidence(fake), confidence(fake), (t.country, attrs["start"])))
    return out


def _nearest(trips: list[_Trip], s: _Statement, before: int, after: int) -> _Trip | None:
    best, best_d = None, None
    for t in trips:
        if t.country != s.country or s.when is None:
            continue
        y, m = divmod(t.month, 12)
        start = date(y, m + 1, 15)
        delta = (s.when - start).days  # negative: the message came before the trip
        if -before <= delta <= after and (best_d is None or abs(delta) < best_d):
            best, best_d = t, abs(delta)
    return best


def _relatives(family: list[Finding]) -> dict[tuple[str, str], list[str]]:
    """(person, relationship) -> relatives, from the family findings, both ways."""
    inverse = {"spouse": "spouse", "sibling": "sibling", "child": "parent", "parent": "child"}
    out: dict[tuple[str, str], list[str]] = {}
    for f in family:
        a, b = f.subjects[0], f.subjects[1]
        rel = f.attributes["relationship"]
        out.setdefault((a, rel), []).append(b)
        out.setdefault((b, inverse[rel]), []).append(a)
    return out
