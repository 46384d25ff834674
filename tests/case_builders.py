"""Tiny builders for a fictional case written straight into the store, so
export and report tests need neither ingest nor analysis. Everyone here is
invented; the domains are under example.*.

Import it as `case_builders`: tests/ is on sys.path through the root
conftest, and the name is unique across the test folders."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from paperchase.store import Case

EVIL_SUBJECT = "<script>alert('subject')</script> \"quoted\" </textarea>"
EVIL_TEXT = ('</textarea><script>alert(1)</script><img src="http://evil.example.com/x.png">'
             ' & "double" \'single\' <a href="https://evil.example.com/">click</a>')
EVIL_QUOTE = '<script>alert(1)</script><img src="http://evil.example.com/x.png"> & "double"'
EVIL_NAME = 'Зло <script>alert("name")</script>'

QUOTE_TRIP = "в мае 2023 года Николай Завадский с женой Еленой летит в Будапешт на неделю"
QUOTE_FAMILY = "Николай Завадский с женой Еленой"
QUOTE_WORK = "Мікалай Завадскі, галоўны інжынер ЗАТ «Паўночны Прамень»"
QUOTE_BAD_DATE = "Завадский вчера вернулся из Вильнюса"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc(date: str | None) -> str | None:
    if not date:
        return None
    return datetime.fromisoformat(date).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_source(case: Case, path: str, kind: str = "mbox", **counts: int) -> int:
    with case.transaction():
        cur = case.db.execute(
            "INSERT INTO sources (path, sha256, size, kind, started_at, finished_at, read, stored,"
            " duplicates, failed, expected) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z',"
            " '2026-01-01T00:01:00Z', ?, ?, ?, ?, ?)",
            (path, sha(path), 1234, kind, counts.get("read", 0), counts.get("stored", 0),
             counts.get("duplicates", 0), counts.get("failed", 0), counts.get("expected")),
        )
    return int(cur.lastrowid or 0)


def add_message(case: Case, key: str, *, message_id: str | None = None, date: str | None = None,
                sender: tuple[str, str] | None = None, to: list[tuple[str, str]] | None = None,
                cc: list[tuple[str, str]] | None = None, subject: str = "", text: str = "",
                language: str | None = "ru", in_reply_to: str | None = None, parent_id: int | None = None,
                thread_id: int | None = None, defects: list[dict[str, str]] | None = None,
                locations: list[tuple[int, str, int]] | None = None,
                attachments: list[dict[str, Any]] | None = None) -> int:
    """`key` makes the raw-bytes hash; locations are (source_id, path, offset)."""
    digest = sha("raw:" + key)
    mid = message_id or f"<sha256:{digest}>"

    def addrs(items: list[tuple[str, str]] | None) -> list[dict[str, str]]:
        return [{"name": n, "email": e} for n, e in items or []]

    headers = [["Message-ID", mid], ["Subject", subject], ["Received", "from a"], ["Received", "from b"]]
    with case.transaction():
        cur = case.db.execute(
            "INSERT INTO messages (sha256, content_hash, message_id, has_message_id, date, date_utc, sender,"
            " recipients, subject, in_reply_to, refs, language, text, headers, parent_id, thread_id, defects)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?)",
            (digest, sha("content:" + key), mid, int(message_id is not None), date, utc(date),
             json.dumps(addrs([sender] if sender else [])),
             json.dumps({"to": addrs(to), "cc": addrs(cc), "bcc": []}), subject, in_reply_to, language,
             text, json.dumps(headers), parent_id, thread_id, json.dumps(defects or [])),
        )
        pk = int(cur.lastrowid or 0)
        for source_id, path, offset in locations or []:
            case.db.execute("INSERT INTO locations (message_id, source_id, path, member, offset)"
                            " VALUES (?, ?, ?, '', ?)", (pk, source_id, path, offset))
        for i, att in enumerate(attachments or []):
            case.db.execute(
                "INSERT INTO attachments (message_id, idx, filename, content_type, size, sha256, text, language,"
                " defects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, i, att["filename"], att.get("content_type", "application/octet-stream"), 100,
                 sha("att:" + att["filename"]), att.get("text", ""), att.get("language"),
                 json.dumps(att.get("defects", []))),
            )
    return pk


def add_entity(case: Case, eid: str, schema: str, name: str, names: list[str],
               properties: dict[str, list[str]] | None = None) -> str:
    with case.transaction():
        case.db.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                        (eid, schema, name, json.dumps(names, ensure_ascii=False),
                         json.dumps(properties or {}, ensure_ascii=False)))
    return eid


def add_mention(case: Case, entity_id: str | None, message_pk: int, surface: str, label: str = "PER",
                field: str = "body", extra: dict[str, Any] | None = None) -> None:
    with case.transaction():
        case.db.execute(
            "INSERT INTO mentions (entity_id, message_id, field, surface, label, start, end, extra)"
            " VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            (entity_id, message_pk, field, surface, label, len(surface), json.dumps(extra or {})),
        )


def add_finding(case: Case, fid: str, kind: str, summary: str, subjects: list[str],
                attributes: dict[str, Any], evidence: list[dict[str, Any]], confidence: float = 0.8) -> str:
    with case.transaction():
        case.db.execute("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (fid, kind, summary, json.dumps(subjects), json.dumps(attributes, ensure_ascii=False),
                         json.dumps(evidence, ensure_ascii=False), confidence))
    return fid


MID_TRIP = "<trip-1@luch.example.by>"
MID_WORK = "<work-2@luch.example.by>"
MID_EVIL = "<evil-3@bad.example.com>"
MID_FWD = "<fwd-5@luch.example.by>"
PERSON = "e-p1"
WIFE = "e-p2"
COMPANY = "o_luch"  # an underscore: not a valid FtM id, the export must map it
EVIL = "e-evil"


def build_case(root: Path) -> Case:
    """Five messages in two sources, four entities, six findings."""
    case = Case.create(root)
    mbox = add_source(case, "/evidence/box.mbox", "mbox", read=5, stored=4, duplicates=1, failed=1)
    eml = add_source(case, "/evidence/loose", "eml-folder", read=1, stored=0, duplicates=1)
    with case.transaction():
        case.db.execute("INSERT INTO threads (id, root_message_id, subject, size) VALUES (1, ?, ?, 2)",
                        (MID_TRIP, "Поездка"))
        case.db.execute("INSERT INTO failures (source_id, path, member, offset, reason, size)"
                        " VALUES (?, '/evidence/box.mbox', '', 9000, 'no headers: <truncated & broken>', 12)",
                        (mbox,))
    nick = ("Николай Завадский", "n.zavadski@luch.example.by")
    alena = ("Елена Завадская", "alena.z@mail.example.by")
    anna = ("Анна Петрова", "anna@partner.example.ru")
    m1 = add_message(case, "m1", message_id=MID_TRIP, date="2023-04-20T10:15:00+03:00", sender=nick,
                     to=[anna], cc=[alena], subject="Поездка в мае", text=f"Анна, добрый день!\n{QUOTE_TRIP}.\n",
                     thread_id=1, locations=[(mbox, "/evidence/box.mbox", 0), (eml, "001.eml", -1)])
    m2 = add_message(case, "m2", message_id=MID_WORK, date="2023-05-03T09:00:00+03:00", sender=nick, to=[anna],
                     subject="Справаздача", text=f"Прывітанне!\n--\n{QUOTE_WORK}\n", language="be",
                     in_reply_to=MID_TRIP, thread_id=1, locations=[(mbox, "/evidence/box.mbox", 2048)],
                     attachments=[{"filename": "справаздача.docx", "text": "Табліца рамонтаў за май",
                                   "content_type": "application/vnd.openxmlformats-officedocument"
                                                   ".wordprocessingml.document", "language": "be",
                                   "defects": [{"kind": "attachment-text", "detail": "one table skipped"}]}])
    m3 = add_message(case, "m3", message_id=MID_EVIL, date="2023-06-01T12:00:00Z",
                     sender=(EVIL_NAME, "evil@bad.example.com"), to=[nick], subject=EVIL_SUBJECT, text=EVIL_TEXT,
                     language="en", locations=[(mbox, "/evidence/box.mbox", 4096)])
    m4 = add_message(case, "m4", sender=("", "noname@bad.example.com"), to=[alena], subject="без даты",
                     text=QUOTE_BAD_DATE, defects=[{"kind": "charset", "detail": "bad koi8-r byte",
                                                    "where": "body"}],
                     locations=[(mbox, "/evidence/box.mbox", 6144)])
    add_message(case, "m5", message_id=MID_FWD, date="2023-05-03T09:00:00+03:00", sender=anna, to=[nick],
                subject="Fwd: отчёт", text="пересылаю", parent_id=m2, locations=[(mbox, "/evidence/box.mbox", 3000)])

    add_entity(case, PERSON, "Person", "Mikalai Zavadski",
               ["Николай Завадский", "Мікалай Завадскі", "Завадскому", "Mikalai Zavadski"],
               {"email": [nick[1]], "position": ["chief engineer"], "country": ["by"]})
    add_entity(case, WIFE, "Person", "Alena Zavadskaya", ["Елена Завадская", "Еленой", "Alena Zavadskaya"],
               {"email": [alena[1]]})
    add_entity(case, COMPANY, "Company", "Paunochny Pramen", ["ЗАО «Северный Луч»", "ЗАТ «Паўночны Прамень»"],
               {"country": ["by"], "position": ["not for companies"]})
    add_entity(case, EVIL, "Person", EVIL_NAME, [EVIL_NAME, "Зло"], {})

    add_mention(case, PERSON, m1, "Николай Завадский", field="from")
    add_mention(case, PERSON, m1, "Николай Завадский")
    add_mention(case, WIFE, m1, "Еленой")
    add_mention(case, PERSON, m2, "Мікалай Завадскі", field="signature")
    add_mention(case, COMPANY, m2, "ЗАТ «Паўночны Прамень»", label="ORG", field="signature")
    add_mention(case, None, m2, "Пётр Лукашевич")
    add_mention(case, PERSON, m2, "галоўны інжынер", label="POSITION", field="signature")
    add_mention(case, EVIL, m3, EVIL_NAME, field="from")
    add_mention(case, PERSON, m4, "Завадский")
    with case.transaction():
        case.db.execute("INSERT INTO relations (kind, left_id, right_id, detail) VALUES"
                        " ('family_hint', ?, ?, 'жена')", (PERSON, WIFE))

    add_finding(case, "f-trip", "foreign_travel", "Zavadski travelled with his wife to Budapest, Hungary, in May 2023.",
                [PERSON, WIFE], {"country": "hu", "place": "Budapest", "start": "2023-05"},
                [{"message_id": MID_TRIP, "quote": QUOTE_TRIP, "where": "body", "message_pk": m1}])
    add_finding(case, "f-family", "family_relation", "Alena Zavadskaya is the wife of Mikalai Zavadski.",
                [PERSON, WIFE], {"relationship": "spouse"}, [{"message_id": MID_TRIP, "quote": QUOTE_FAMILY}])
    add_finding(case, "f-work", "employment", "Zavadski is chief engineer of Paunochny Pramen.",
                [PERSON, COMPANY], {"role": "chief engineer"},
                [{"message_id": MID_WORK, "quote": QUOTE_WORK, "start": 12, "end": 40}], 0.9)
    add_finding(case, "f-evil", "equipment_shortage", "Short of <b>parts</b> & \"tools\"", [COMPANY],
                {"goods": "<i>bearings</i>"}, [{"message_id": MID_EVIL, "quote": EVIL_QUOTE}], 0.4)
    add_finding(case, "f-vague", "foreign_travel", "Zavadski came back from Vilnius.", [PERSON],
                {"country": "lt", "start": "вчера"}, [{"message_id": f"<sha256:{sha('raw:m4')}>",
                                                       "quote": QUOTE_BAD_DATE}], 0.3)
    add_finding(case, "f-watch", "watchlist_match", "Paunochny Pramen matches a watchlist entry.", [COMPANY],
                {"list": "test-list", "entry_id": "NK-123", "score": 0.93}, [], 0.93)
    return case


ALL_QUOTES = [QUOTE_TRIP, QUOTE_FAMILY, QUOTE_WORK, EVIL_QUOTE, QUOTE_BAD_DATE]


def shared_demo() -> Path | None:
    """../shared/data/cases/demo beside the repository, where it exists."""
    path = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cases" / "demo"
    return path if (path / "truth.json").exists() else None


def build_demo_case(root: Path, demo: Path) -> Case:
    """The demo mailbox ingested for real, with its truth file standing in
    for the analysis: the exports and the report are tested on real mail
    whatever state the analysis stages are in."""
    from paperchase.store.ingest import ingest

    case = Case.create(root)
    ingest(case, [demo / "mailbox.mbox", demo / "loose"])
    truth = json.loads((demo / "truth.json").read_text("utf-8"))
    for e in truth["entities"]:
        add_entity(case, e["id"], e["schema"], e["name"], e["names"], e.get("properties", {}))
    for f in truth["findings"]:
        add_finding(case, f["id"], f["kind"], f["summary"], f["subjects"], f.get("attributes", {}),
                    f.get("evidence", []), f.get("confidence", 1.0))
    return case
