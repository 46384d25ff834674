"""`extract_case`: mentions from every message of a case into `mentions`.

Two passes. The first reads every message (headers, subject, body,
attachments) with all extractors and writes their mentions; it also collects
the organisation names seen in full. The second looks for those names again
in every text ("Ясеня" after «Ясень» was seen with its legal form) and adds
the hits that no mention covers yet. Re-running replaces all mentions."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from itertools import islice
from typing import Any

from paperchase.extract import correspondents, headers, ner, orgs, persons, segments, surnames, vocab
from paperchase.extract.mention import Mention
from paperchase.extract.text import text_mentions
from paperchase.store.case import Case, StoredMessage

BATCH = 500  # mention rows per transaction
PREFETCH = 200  # messages whose texts go through NER in one batch
INSERT = ("INSERT INTO mentions (entity_id, message_id, attachment_id, field, surface, label, start, end, extra)"
          " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)")


def message_mentions(msg: StoredMessage) -> list[Mention]:
    """Every mention in one stored message (first pass)."""
    out: list[Mention] = []
    out += headers.header_mentions("from", msg.sender)
    out += headers.header_mentions("to", msg.to)
    out += headers.header_mentions("cc", msg.cc)
    out += text_mentions(msg.subject, "subject", with_signature=False)
    out += text_mentions(msg.text, "body")
    for att in msg.attachments:
        for m in text_mentions(att.text, "attachment"):
            m.attachment_id = att.id
            out.append(m)
    for m in out:
        if m.label == "ORG" and m.field == "signature":
            _sender_first_name(m, msg)
        if m.label == "PER" and m.field == "signature":
            _sender_tie(m, msg)
        if m.label == "PER" and m.field in ("signature", "body") and not m.extra.get("email"):
            correspondents.first_name_tie(m, msg)
    out += correspondents.correspondent_names(msg, out)
    return out



def _sender_first_name(m: Mention, msg: StoredMessage) -> None:
    """A signature's lone word that a signature line took for a firm but that
    is the first word of the sender's display name ("Гульназ" under a mail
    from "Гульназ Зарипова"): the sender signing with her first name."""
    if m.extra.get("source") != "signature" or not m.extra.get("weak") or " " in m.surface.strip():
        return
    for addr in msg.sender[:1]:
        name, email = (addr.get("name") or "").split(), (addr.get("email") or "").strip().lower()
        if len(name) >= 2 and email and name[0].casefold() == m.surface.strip().casefold():
            m.label = "PER"
            m.extra = {"source": "signature", "found_by": "sender", "lemma": m.surface, "email": email,
                       "parts": {"first": m.surface}}


def _sender_tie(m: Mention, msg: StoredMessage) -> None:
    """The name in a message's own signature that matches its sender's
    display name is the sender: it gets the sender's address ("Коваль" under
    a mail from "Коваль П.Я." <director@…>), which ties the two in resolution."""
    if m.extra.get("email") or m.extra.get("quoted"):
        return
    from paperchase.resolve.names import compare

    for addr in msg.sender[:1]:
        name, email = (addr.get("name") or "").strip(), (addr.get("email") or "").strip().lower()
        if name and email and compare(m.surface, name, schema="Person").match:
            m.extra["email"] = email


def _rows(message_pk: int, mentions: Iterable[Mention]) -> list[tuple[Any, ...]]:
    return [(message_pk, m.attachment_id, m.field, m.surface, m.label, m.start, m.end,
             json.dumps(m.extra, ensure_ascii=False, sort_keys=True)) for m in mentions]


def _collect(voc: vocab.Vocabulary, mentions: list[Mention]) -> None:
    """Organisation names worth looking for again: those a pattern found
    (legal form, suffix, org word), quoted names that are not common words,
    and a company domain's label in capitals ("ZARZ"). A signature line
    taken for an organisation by position alone is not trusted enough."""
    for m in mentions:
        if m.label != "ORG":
            continue
        src = m.extra.get("found_by") or m.extra.get("source")
        name = str(m.extra.get("name") or m.surface)
        if src == "domain":
            if 3 <= len(name) <= 6 and name.isalpha():
                voc.add(name.upper(), full=name)
        elif src == "quote":
            if not all(persons.common_ru(w.capitalize()) for w in name.split()):
                voc.add(name)
        elif src == "pattern":
            voc.add(name)
            voc.add_acronyms(name, name)


def extract_case(case: Case) -> int:
    """Write the mentions of every message of `case`; returns how many."""
    db = case.db
    voc = vocab.Vocabulary()
    known = surnames.Surnames()
    works: set[str] = set()
    total = 0
    with case.transaction():
        db.execute("DELETE FROM mentions")
    pending: list[tuple[Any, ...]] = []
    stream = case.iter_messages()
    while batch := list(islice(stream, PREFETCH)):
        ner.prefetch([seg.text for msg in batch for seg in segments.split(msg.text)]
                     + [a.text for msg in batch for a in msg.attachments])
        for msg in batch:
            for text in [msg.subject, msg.text, *(a.text for a in msg.attachments)]:
                works.update(_stem(n) for n in orgs.work_names(text or ""))
            found = message_mentions(msg)
            _collect(voc, found)
            surnames.collect(known, found)
            pending += _rows(msg.id, found)
            if len(pending) >= BATCH:
                total += _flush(case, pending)
    total += _flush(case, pending)
    if len(voc) or len(known):
        total += _second_pass(case, voc, known)
    if works:
        total -= _drop_work_names(case, works)
    return total


def _stem(name: str) -> str:
    """A name without its case endings, word by word ("Гаруде" -> "гаруд")."""
    return " ".join(re.sub(r"[аяоеёэыиіуўюьй]+$", "", w) or w for w in name.casefold().split())


def _drop_work_names(case: Case, works: set[str]) -> int:
    """A bare quoted name the case elsewhere gives as a work's name ("по
    «Гаруде»" after "ОКР «Гаруда»") is that project, not a firm."""
    drop = [pk for pk, surface in case.db.execute(
        "SELECT id, surface FROM mentions WHERE label = 'ORG'"
        " AND json_extract(extra, '$.source') IN ('quote', 'vocab')") if _stem(surface) in works]
    if drop:
        with case.transaction():
            case.db.executemany("DELETE FROM mentions WHERE id = ?", [(pk,) for pk in drop])
    return len(drop)


def _flush(case: Case, rows: list[tuple[Any, ...]]) -> int:
    n = len(rows)
    if rows:
        with case.transaction():
            case.db.executemany(INSERT, rows)
        rows.clear()
    return n


def _second_pass(case: Case, voc: vocab.Vocabulary, known: surnames.Surnames | None = None) -> int:
    gaz = voc.gazetteer()
    total = 0
    pending: list[tuple[Any, ...]] = []
    relabel: list[tuple[str, int]] = []
    relabel_per: list[tuple[str, int]] = []
    for msg in case.iter_messages():
        taken = _taken(case.db, msg.id)
        texts: list[tuple[str, str, int | None]] = [("subject", msg.subject, None), ("body", msg.text, None)]
        texts += [("attachment", a.text, a.id) for a in msg.attachments]
        new: list[Mention] = []
        for field, text, att_id in texts:
            if not text:
                continue
            spans = taken.get((att_id, field == "subject"), [])
            finds = vocab.find(gaz, text) if len(voc) else []
            if known is not None:
                people = known.find(text)
                # "Sandeep Raghunathan wrote": the man, not his namesake firm's short name
                finds = [m for m in finds if not any(p.start <= m.start and m.end <= p.end  # type: ignore[operator]
                                                     and p.end - p.start > m.end - m.start  # type: ignore[operator]
                                                     for p in people)] + people
            for m in finds:
                clash = [sp for sp in spans if sp[0] < m.end and m.start < sp[1]]  # type: ignore[operator]
                # a place taken by natasha where the case's vocabulary knows a firm of that name is the firm;
                # any other place under a longer firm's name stays ("Xi'an" in "Xi'an Foo")
                same_place = [sp for sp in clash if sp[4] == "LOC" and sp[3] == "ner" and (sp[0], sp[1]) == (m.start, m.end)]
                if not [sp for sp in clash if sp[4] != "LOC"] and not (same_place and m.label == "ORG"):
                    m.field, m.attachment_id = field, att_id
                    new.append(m)
                for start, end, pk, source, label in clash:
                    if (m.label == "PER" and (start, end) == (m.start, m.end) and source == "signature"
                            and label == "ORG"):
                        # a signature's lone line read as a firm is the signer's surname
                        per = Mention("PER", m.surface, start, end, {"source": "vocab", "found_by": "signature",
                                                                     "parts": m.extra.get("parts", {}),
                                                                     "lemma": m.extra.get("lemma", m.surface)},
                                      "signature")
                        if field == "body":
                            _sender_tie(per, msg)
                        relabel_per.append((json.dumps(per.extra, ensure_ascii=False), pk))
                        continue
                    # natasha (or the capitalised-words rules) calls a firm's short foreign name a person
                    # ("Цзиньлун", "Seri Kenanga") or a place
                    if (m.label == "ORG" and (start, end) == (m.start, m.end) and source in ("ner", "rules")
                            and label in ("PER", "LOC")):
                        relabel.append((json.dumps({"source": "vocab", "found_by": "ner", "name": m.extra["name"],
                                                    "weak": True}, ensure_ascii=False), pk))
        pending += _rows(msg.id, new)
        if len(pending) >= BATCH:
            total += _flush(case, pending)
    total += _flush(case, pending)
    if relabel:
        with case.transaction():
            case.db.executemany("UPDATE mentions SET label = 'ORG', extra = ? WHERE id = ?", relabel)
    if relabel_per:
        with case.transaction():
            case.db.executemany("UPDATE mentions SET label = 'PER', extra = ? WHERE id = ?", relabel_per)
    return total


def _taken(db: sqlite3.Connection, message_pk: int
           ) -> dict[tuple[int | None, bool], list[tuple[int, int, int, str, str]]]:
    """Spans already covered by a mention, per (attachment, is-subject):
    body and signature share the body's offsets."""
    out: dict[tuple[int | None, bool], list[tuple[int, int, int, str, str]]] = {}
    for pk, att, field, start, end, label, source in db.execute(
            "SELECT id, attachment_id, field, start, end, label, json_extract(extra, '$.source') FROM mentions"
            " WHERE message_id = ? AND start IS NOT NULL"
            " AND field IN ('body', 'signature', 'subject', 'attachment')",  # a header's offsets are its own
            (message_pk,)):
        out.setdefault((att, field == "subject"), []).append((start, end, pk, source, label))
    return out
