"""Small builders of fictional mail for tests (imported as `mailbuilders`:
tests/ is on sys.path through the root conftest)."""

from __future__ import annotations

from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path


def make_message(n: int, body: str = "Текст письма.", *, subject: str = "Тема", charset: str = "utf-8",
                 sender: tuple[str, str] = ("Иван Тестовый", "i.testovy@plant.example.by"),
                 to: tuple[str, str] = ("Пётр Образцов", "p.obraztsov@plant.example.by"),
                 date: str = "Mon, 02 Oct 2023 09:12:00 +0300", reply_to: str | None = None,
                 message_id: str | None = None) -> bytes:
    msg = MIMEText(body, "plain", charset)
    msg["From"] = formataddr((str(Header(sender[0], "utf-8")), sender[1]))
    msg["To"] = formataddr((str(Header(to[0], "utf-8")), to[1]))
    msg["Subject"] = Header(subject, "utf-8")
    msg["Date"] = date
    msg["Message-ID"] = message_id or f"<test-{n}@plant.example.by>"
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    return msg.as_bytes()


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    with open(path, "wb") as fh:
        for raw in messages:
            fh.write(b"From sender@example.by Mon Oct  2 09:12:00 2023\n")
            fh.write(raw.replace(b"\nFrom ", b"\n>From ").rstrip(b"\n") + b"\n\n")
    return path
