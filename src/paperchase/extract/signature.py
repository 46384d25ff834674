"""What a signature block says: who signed (PER), their position (POSITION,
with the role in English), the organisation (ORG), phones, e-mail addresses
and places. The person's mention gets the others as hints (`role`, `org`,
`phone`, `email`), which the resolver and the employment detector use.

A signature line that is no person, position, phone or address and looks like
a name of something ("ZARZ, Kobryn", "Vertrieb Osteuropa") is taken as the
organisation only when it has a capital letter run or an org word; a street
address is not."""

from __future__ import annotations

import re

from paperchase.extract import orgs, patterns, persons, roles
from paperchase.extract.mention import Mention
from paperchase.extract.places import find_all

STREET = re.compile(r"\d|(?:ул\.|вул\.|пр\.|пр-т|str\.|strasse|straße|street|st\.|road|avenue|ave\.)", re.I)


def parse(text: str, start: int, end: int) -> list[Mention]:
    """Mentions in the signature block text[start:end]; offsets into `text`."""
    block = text[start:end]
    found: list[Mention] = []
    person: Mention | None = None
    role: str | None = None
    org: str | None = None
    pos = 0
    for line in block.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        off = start + pos
        pos += len(line)
        if not body.strip():
            continue
        line_m: list[Mention] = []
        line_m += patterns.find_emails(body)
        line_m += patterns.find_phones(body, cued=True)
        line_m += roles.find_roles(body)
        line_m += [m for m in orgs.find_orgs(body) if m.extra.get("source") == "pattern"]
        pers = persons.find_persons(body)
        if person is None and pers:
            line_m.append(pers[0])
            if len(pers) == 2 and re.fullmatch(r"\s+[/|]\s+", body[pers[0].end or 0 : pers[1].start or 0]):
                line_m.append(pers[1])  # "Әсел Нұрланова / Asel Nurlanova": one signer in two scripts
        places = find_all(body)
        taken = [(m.start, m.end) for m in line_m]
        if person is None and not found and not line_m:
            for signer in _signer_lines(body, places):
                line_m.append(signer)
                taken.append((signer.start or 0, signer.end or 0))
        if not any(m.label == "ORG" for m in line_m):
            after = _org_after_role(body, line_m, places)
            if after is not None:
                line_m.append(after)
                taken.append((after.start or 0, after.end or 0))
        if not any(m.label == "ORG" for m in line_m) and not any(m.label == "PER" for m in line_m):
            cand = _org_candidate(body, taken, places)
            if cand is not None:
                line_m.append(cand)
        for p in places:
            if not any(s < p.end and p.start < e for s, e in taken):
                line_m.append(Mention("LOC", p.surface, p.start, p.end,
                                      {"source": "gazetteer", "country": p.code, "kind": p.kind,
                                       "lemma": p.lemma, "name": p.name}))
        title = _title_line(body, line_m)
        for m in line_m:
            m = m.shifted(off)
            m.field = "signature"
            if m.label in ("PER", "ORG", "POSITION") and m.extra.get("source") != "signature":
                m.extra["found_by"] = m.extra.get("source")
                m.extra["source"] = "signature"
            if m.label == "PER" and person is None:
                person = m
            elif m.label == "POSITION" and role is None:
                role = str(m.extra["role"])
                m.extra["position"] = title or m.surface
            elif m.label == "ORG" and org is None:
                org = str(m.extra.get("name") or m.surface)
            found.append(m)
    if person is not None:
        if role:
            person.extra["role"] = role
        if org:
            person.extra["org"] = org
        for m in found:
            if m.label in ("PHONE", "EMAIL"):
                person.extra.setdefault(m.label.lower(), m.surface)
            if m.label in ("POSITION", "ORG", "PHONE"):
                m.extra["person"] = person.surface
    return found


_TITLE_REST = re.compile(r"[\w\s,./()'’-]+")


def _title_line(body: str, line_m: list[Mention]) -> str:
    """A line holding only a job title ("инженер по работе с заказчиками",
    written above or below the firm): the whole line is the position, not
    only the role word it starts with. Empty where the line holds more."""
    line = body.strip()
    if len(line_m) != 1 or line_m[0].label != "POSITION" or len(line) > 90:
        return ""
    head = line_m[0].surface
    rest = line[len(head):]
    if not line.casefold().startswith(head.casefold()) or not rest.strip():
        return ""
    if re.search(r"\d|@", rest) or not _TITLE_REST.fullmatch(rest) or any(w[:1].isupper() for w in rest.split()):
        return ""
    return line


def _org_candidate(body: str, taken: list[tuple[int, int]], places: list) -> Mention | None:
    """The organisation in a signature line without an org pattern: the part
    before the first comma ("ZARZ, Kobryn"), if it is capitalised, not a
    place, not a street address and not already taken."""
    part = body.split(",")[0].strip()
    if not part or len(part) > 60 or STREET.search(part) or part.endswith((".", ":")):
        return None
    s = body.index(part)
    e = s + len(part)
    if any(a < e and s < b for a, b in taken) or any(p.start <= s and e <= p.end for p in places):
        return None
    words = part.split()
    caps = sum(1 for w in words if w[:1].isupper())
    if not (part.isupper() and len(part) >= 2 or caps == len(words) and len(words) <= 6):
        return None
    if places and not part.isupper() and not orgs.has_org_word(part):
        return None  # "Qingfeng, Anhui, China": an address line
    return Mention("ORG", part, s, e, {"source": "signature", "name": part, "weak": True})


_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-žı'’-]+|[А-ЯЁІЎЇЄҐӘҒҚҢӨҰҮҺ][а-яёіўїєґәғқңөұүһ'’-]+")


def _signer_lines(body: str, places: list) -> list[Mention]:
    """The signer on a signature's first line; a line giving the name in two
    scripts ("Әйгерім Жұмабаева / Aigerim Zhumabayeva") gives both."""
    one = _signer_line(body, places)
    if one is not None:
        return [one]
    parts = re.split(r"(\s+[/|]\s+)", body)
    if len(parts) != 3:
        return []
    out = []
    for part, at in ((parts[0], 0), (parts[2], len(parts[0]) + len(parts[1]))):
        m = _signer_line(part, find_all(part))
        if m is None:
            return []
        out.append(m.shifted(at))
    return out


def _signer_line(body: str, places: list) -> Mention | None:
    """The first line of a signature, two or three capitalised words with no
    org word, number or place ("Tolga Karabiyik" under "Best regards,"): the
    signer, whatever the name lexicon knows of the first name."""
    line = body.strip()
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or places:
        return None
    if orgs.has_org_word(line) or roles.find_roles(line) or any(persons.is_stop_word(w) for w in words):
        return None
    s = body.index(line)
    return Mention("PER", line, s, s + len(line), {"source": "signature", "found_by": "signer-line",
                                                    "lemma": line})


def _org_after_role(body: str, line_m: list[Mention], places: list) -> Mention | None:
    """"Export Sales Manager, Kuzey Olcum Sistemleri": the capitalised words
    after a position and a comma are the signer's firm."""
    pos = [m for m in line_m if m.label == "POSITION"]
    if not pos or any(m.label in ("ORG", "PER", "PHONE", "EMAIL") for m in line_m):
        return None
    end = max(m.end or 0 for m in pos)
    m = re.match(r"\s*,\s*((?:[A-ZÀ-ÞĀ-Ž][\w&.'’-]*|of|and|&)(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w&.'’-]*|of|and|&)){0,5})\s*$",
                 body[end:])
    if not m:
        return None
    name = m.group(1).strip()
    s = end + m.start(1)
    if any(p.start <= s and s + len(name) <= p.end for p in places) or STREET.search(name):
        return None
    return Mention("ORG", name, s, s + len(name), {"source": "signature", "name": name, "weak": True})

