"""A small fictional case for the web tests, ingested for real (so the
search index, raw bytes, locations and threads are the store's own), with
entities, a finding and a failure written by the shared case builders.
Everyone here is invented; domains are under example.*.

Imported as `web_builder` (a unique name across the test folders)."""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import case_builders as cb
from mailbuilders import make_message, write_mbox

from paperchase.store import Case
from paperchase.store.ingest import ingest

EVIL_SUBJECT = "<script>alert('subject')</script> & \"quoted\""
EVIL_HTML = ('<html><head><meta http-equiv="refresh" content="0;url=http://remote.example.com/go">'
             '<link rel="dns-prefetch" href="//remote.example.com"><base href="http://remote.example.com/"></head>'
             '<body><p>Счёт во вложении.</p><img src="http://remote.example.com/pixel.png">'
             '<script>alert(1)</script><form action="http://remote.example.com/post"><input name="a"></form>'
             '<a href="http://remote.example.com/track" ping="http://remote.example.com/ping">Ссылка</a>'
             '</body></html>')
QUOTE = "подшипники для редуктора задерживаются до осени"
TRIP_BODY = f"Коллеги, в мае я лечу в Будапешт на выставку.\nПоставщик пишет, что {QUOTE}.\n"
MANY = 30  # messages with one common word: more than a page of hits
PERSON = "e-web-1"
FINDING = "f-web-1"
FAILED_BYTES = b"\x00\x01not a message at all"


def html_message() -> bytes:
    msg = MIMEMultipart("mixed")
    msg["From"] = "Bad Sender <bad@remote.example.com>"
    msg["To"] = "i.testovy@plant.example.by"
    msg["Subject"] = EVIL_SUBJECT
    msg["Date"] = "Tue, 03 Oct 2023 10:00:00 +0300"
    msg["Message-ID"] = "<html-1@remote.example.com>"
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Счёт во вложении.", "plain", "utf-8"))
    alt.attach(MIMEText(EVIL_HTML, "html", "utf-8"))
    msg.attach(alt)
    att = MIMEApplication("Акт сверки: шестерни, 40 штук".encode(), "octet-stream")
    att.set_type("text/plain")
    att.set_param("charset", "utf-8")
    att.add_header("Content-Disposition", "attachment", filename="акт.txt")
    msg.attach(att)
    return msg.as_bytes()


def messages() -> list[bytes]:
    out = [
        make_message(1, TRIP_BODY, subject="Поездка и поставка"),
        make_message(2, "Хорошо, жду отчёта о поездке.", subject="Re: Поездка и поставка",
                     sender=("Пётр Образцов", "p.obraztsov@plant.example.by"),
                     to=("Иван Тестовый", "i.testovy@plant.example.by"), reply_to="<test-1@plant.example.by>",
                     date="Mon, 02 Oct 2023 11:00:00 +0300"),
        html_message(),
    ]
    out += [make_message(100 + i, f"Станок номер {i} готов к отгрузке.", subject=f"Станок {i}",
                         date=f"Wed, {4 + i % 20:02d} Oct 2023 09:00:00 +0300") for i in range(MANY)]
    return out


def build_web_case(root: Path) -> Path:
    """The case folder (closed: the web view opens it read-only itself)."""
    root.mkdir(parents=True, exist_ok=True)
    mbox = write_mbox(root.parent / f"{root.name}.mbox", messages())
    with Case.create(root) as case:
        ingest(case, [mbox])
        trip = case.db.execute("SELECT id FROM messages WHERE message_id = '<test-1@plant.example.by>'").fetchone()[0]
        cb.add_entity(case, PERSON, "Person", "Ivan Testovy", ["Иван Тестовый", "Ивана Тестового", "Ivan Testovy"],
                      {"email": ["i.testovy@plant.example.by"]})
        cb.add_mention(case, PERSON, trip, "Иван Тестовый", field="from")
        cb.add_mention(case, PERSON, trip, "Ивана Тестового")
        cb.add_finding(case, FINDING, "sanctions_obstacle", "Bearings for the gearbox are delayed.", [PERSON],
                       {"goods": "bearings"},
                       [{"message_id": "<test-1@plant.example.by>", "quote": QUOTE, "where": "body"}], 0.7)
        with case.transaction():
            digest = case.blobs.put(FAILED_BYTES)
            case.db.execute("INSERT INTO failures (source_id, path, member, offset, reason, raw_sha256, size)"
                            " VALUES (1, ?, '', 99999, 'not a message: <binary> & junk', ?, ?)",
                            (str(mbox), digest, len(FAILED_BYTES)))
    return root


def pk_of(root: Path, message_id: str) -> int:
    with Case.open(root) as case:
        return int(case.db.execute("SELECT id FROM messages WHERE message_id = ?", (message_id,)).fetchone()[0])
