"""All extractors over one text (a body, an attachment's text, a subject):
segments first (new text, then each quoted message), every finder on each
segment, signatures parsed, overlaps settled, offsets mapped back to the text.

Results are cached by segment text: a thread quotes the same paragraphs in
every reply, and NER is the slow part."""

from __future__ import annotations

import re
from collections import OrderedDict

from paperchase.extract import ner, orgs, patterns, persons, roles, segments, signature
from paperchase.extract import wordforms as wf
from paperchase.extract.mention import Mention, resolve_overlaps
from paperchase.extract.name_lexicon import non_person
from paperchase.extract.places import country_code, find_all

CACHE_SIZE = 50_000
_cache: OrderedDict[tuple[str, bool], list[Mention]] = OrderedDict()


def plain_mentions(text: str) -> list[Mention]:
    """Every finder but signatures over `text`, overlaps settled."""
    found: list[Mention] = []
    found += patterns.find_emails(text)
    found += patterns.find_phones(text)
    found += patterns.find_platforms(text)
    found += orgs.find_orgs(text)
    found += roles.find_roles(text)
    places = find_all(text)
    spans = {(p.start, p.end) for p in places}
    found += [m for m in persons.find_persons(text) if not _place_not_person(m, spans) and not non_person(m.surface)]
    for m in ner.find_ner(text):
        lead = _ABBR_LEAD.match(m.surface) if m.label == "PER" else None
        if lead:  # "ОК З.П. Мельникова": a department's abbreviation before the initials
            m = Mention(m.label, m.surface[lead.end():], m.start + lead.end(), m.end, m.extra, m.field)
        if not _plausible_ner(m):
            continue
        if m.label == "PER" and non_person(m.surface):
            # natasha reads a newsletter or a desk ("Foo-Digest") as a person
            m = Mention("ORG", m.surface, m.start, m.end, dict(m.extra, name=m.surface, weak=True), m.field)
        if m.label == "PER" and "lemma" not in m.extra and (lemma := persons.oblique_lemma(m.surface)):
            m.extra["lemma"] = lemma
        if m.label == "LOC":
            code = country_code(m.surface)
            if code:
                m.extra["country"] = code
        found.append(m)
    for p in places:
        found.append(Mention("LOC", p.surface, p.start, p.end,
                             {"source": "gazetteer", "country": p.code, "kind": p.kind, "lemma": p.lemma,
                              "name": p.name}))
    return found


_ABBR_LEAD = re.compile(r"[A-ZА-ЯЁІЎЇЄ]{2,5}\s+(?=[A-ZА-ЯЁІЎЇЄ]\.)")


def _place_not_person(m: Mention, place_spans: set[tuple[int, int]]) -> bool:
    """One word the gazetteer reads as a place, in a case form no first name
    of the lexicon has ("к Риму" read as a first name), is the
    place. A first name as written that is a town too (Лида) stays a name."""
    from paperchase.extract import wordforms as wf
    from paperchase.extract.name_lexicon import _lex

    word = m.surface.strip()
    return " " not in word and (m.start, m.end) in place_spans and wf.fold(word) not in _lex().first


def _plausible_ner(m: Mention) -> bool:
    """natasha tags sentence openers and headings too ("Выезжаю", "ЗАЯВЛЕНИЕ",
    "Re"): a one-word span that is a common Russian word, initials alone, or
    a code with digits is dropped."""
    s = m.surface.strip()
    if len(s) < 2 or re.fullmatch(r"(?:[A-ZА-ЯЁ]\.\s?)+", s) or re.search(r"\d", s) and m.label != "ORG":
        return False
    if re.search(r"[A-Za-zА-Яа-яЁё]+-?\d", s):
        return False
    if " " not in s and (s.lower() in ("re", "fw", "fwd", "aw", "sv") or persons.common_ru(s.capitalize())
                         or wf.fold(s) in persons._lex().stops):
        return False
    if m.label == "PER" and " " not in s and len(s) <= 3:  # "Исх", "Зам": abbreviations
        return False
    if m.label == "ORG" and (orgs.work_abbreviation(s) or orgs.department_abbreviation(s)):
        return False
    return True


def _segment(text: str, with_signature: bool) -> list[Mention]:
    key = (text, with_signature)
    hit = _cache.get(key)
    if hit is not None:
        _cache.move_to_end(key)
        return hit
    found = plain_mentions(text)
    if with_signature:
        sig = segments.signature(text)
        if sig is not None:
            found += signature.parse(text, *sig)
    result = resolve_overlaps(found)
    _link_positions(text, result)
    _link_addresses(text, result)
    _cache[key] = result
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return result


# "От: Петров Иван <i.petrov@x.example>" in a forwarded or quoted header block
ADDRESS_LINE = re.compile(r"^[ \t]*(?:От|Кому|Копия|Ад|Каму|Від|From|To|Cc|Von|An)[ \t]*:[ \t]*(?P<name>[^<\n]+?)"
                          r"[ \t]*[<\[](?:mailto:)?(?P<email>[^>\]\s]+@[^>\]\s]+)[>\]]", re.M)


def _link_addresses(text: str, mentions: list[Mention]) -> None:
    """A name and address on a quoted header line tie together, as in a real
    header: the person's mention gets `email`."""
    for line in ADDRESS_LINE.finditer(text):
        s, e = line.span("name")
        for m in mentions:
            if m.label == "PER" and m.start is not None and s <= m.start and m.end <= e:  # type: ignore[operator]
                m.extra.setdefault("email", line.group("email").lower())


APPOSITION = re.compile(r"^[ \t]*[,–—-]?[ \t]*$")


def _link_positions(text: str, mentions: list[Mention]) -> None:
    """A position written beside a name ("Петров И.И., главный инженер ОАО
    «Заря»", "главного конструктора Петрова") becomes the person's `role`
    (and the firm after it, the person's `org`)."""
    spans = [m for m in mentions if m.start is not None]
    for i, m in enumerate(spans):
        if m.label != "PER" or "role" in m.extra:
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        prev = spans[i - 1] if i > 0 else None
        pos = None
        if nxt is not None and nxt.label == "POSITION" and APPOSITION.match(text[m.end:nxt.start]):
            pos, after = nxt, i + 2
        elif prev is not None and prev.label == "POSITION" and APPOSITION.match(text[prev.end:m.start]):
            pos, after = prev, i + 1
        if pos is None:
            continue
        m.extra["role"] = pos.extra["role"]
        m.extra["position"] = pos.surface
        org = spans[after] if after < len(spans) else None
        if org is not None and org.label == "ORG" and APPOSITION.match(text[spans[after - 1].end:org.start]):
            m.extra.setdefault("org", org.extra.get("name") or org.surface)


def text_mentions(text: str, field: str, *, with_signature: bool = True) -> list[Mention]:
    """Mentions in `text` with offsets into it. `field` is "body",
    "attachment" or "subject"; mentions from a body's signature block get
    field "signature" (an attachment's keep "attachment", marked
    extra.signature); quoted ones are marked extra.quoted."""
    out: list[Mention] = []
    if not text or not text.strip():
        return out
    for seg in segments.split(text):
        for m in _segment(seg.text, with_signature):
            if m.start is None or m.end is None:
                continue
            s, e = seg.span(m.start, m.end)
            if text[s:e] != m.surface:
                continue  # the span crossed a quote prefix: not as written
            mm = m.shifted(0)
            mm.start, mm.end = s, e
            if mm.field == "signature":
                if field != "body":
                    mm.field = field
                    mm.extra["signature"] = True
            else:
                mm.field = field
            if seg.depth:
                mm.extra["quoted"] = True
            out.append(mm)
    return out
