"""parse_message on real samples (../shared), the demo mailbox, and small
fictional fixtures built here."""

from __future__ import annotations

import base64
import re
import time
from pathlib import Path

import pytest

from paperchase.parse import parse_message
from paperchase.parse.charset import looks_mojibake

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLES = SHARED / "data" / "email-samples"
DEMO = SHARED / "data" / "cases" / "demo" / "mailbox.mbox"
CYRILLIC = re.compile("[\u0400-\u04ff]")


def _texts(pm) -> list[tuple[str, str]]:
    out = [("subject", pm.subject), ("text", pm.text)]
    out += [(f"name:{a.email}", a.name) for a in pm.sender + pm.to + pm.cc]
    out += [(f"attachment:{a.filename}", a.filename + "\n" + a.text) for a in pm.attachments]
    return out


def _no_mojibake(pm, label: str) -> None:
    for where, text in _texts(pm):
        assert not looks_mojibake(text), f"{label} {where}: {text[:200]!r}"


def _mbox_messages(path: Path) -> list[bytes]:
    raw = path.read_bytes()
    return [m for m in re.split(rb"(?m)^From .*\r?\n", raw) if m.strip()]


def test_cyrillic_samples() -> None:
    folder = SAMPLES / "cyrillic"
    if not folder.is_dir():
        pytest.skip("../shared/data/email-samples is absent")
    with_cyrillic = 0
    for path in sorted(folder.glob("*.eml")):
        pm = parse_message(path.read_bytes())
        _no_mojibake(pm, path.name)
        for child in pm.children:
            _no_mojibake(parse_message(child.data, depth=1), f"{path.name} child")
        if CYRILLIC.search(pm.subject + pm.text + " ".join(a.name for a in pm.sender)):
            with_cyrillic += 1
    assert with_cyrillic >= 15


def test_known_cyrillic_values() -> None:
    folder = SAMPLES / "cyrillic"
    if not folder.is_dir():
        pytest.skip("../shared/data/email-samples is absent")
    pm = parse_message((folder / "thunderbird__sample04.eml").read_bytes())
    assert pm.subject == "Алфавит" and pm.text.startswith("Вопрос")
    pm = parse_message((folder / "flanker__mailformed-headers.eml").read_bytes())
    assert pm.sender[0].name.startswith("Юникод")
    pm = parse_message((folder / "spamscope__mail_test_1.eml").read_bytes())
    assert any(a.filename == "ФНС_РФ558.zip" for a in pm.attachments)
    assert any(a.filename.endswith(".js") and "function" in a.text for a in pm.attachments)


def test_misc_samples_never_raise() -> None:
    folder = SAMPLES / "misc"
    if not folder.is_dir():
        pytest.skip("../shared/data/email-samples is absent")
    n = 0
    for path in sorted(folder.glob("*.eml")):
        pm = parse_message(path.read_bytes())
        assert not any(d.kind == "parse" for d in pm.defects), (path.name, pm.defects)
        assert "\ufffd" not in pm.subject, path.name
        n += 1
    assert n > 50


def test_demo_mailbox() -> None:
    if not DEMO.is_file():
        pytest.skip("demo mailbox is absent")
    messages = _mbox_messages(DEMO)
    assert len(messages) > 100
    kinds: dict[str, list[int]] = {}
    start = time.perf_counter()
    for i, data in enumerate(messages):
        pm = parse_message(data)
        _no_mojibake(pm, f"message {i}")
        assert pm.text.strip() or pm.attachments, f"message {i} has no text"
        assert pm.language in ("ru", "be", "uk", "en"), (i, pm.language, pm.text[:100])
        for att in pm.attachments:
            kinds.setdefault(att.filename.rsplit(".", 1)[-1].lower(), []).append(len(att.text.strip()))
        for child in pm.children:
            _no_mojibake(parse_message(child.data, depth=1), f"message {i} child")
    elapsed = time.perf_counter() - start
    print(f"demo: {len(messages)} messages in {elapsed:.2f} s ({len(messages) / elapsed:.0f}/s, with attachments)")
    for ext in ("docx", "xlsx", "pdf", "zip"):
        assert kinds.get(ext), f"no {ext} attachment seen"
        assert all(kinds[ext]), f"a {ext} attachment gave no text"


def test_demo_loose_files() -> None:
    folder = DEMO.parent / "loose"
    files = sorted(folder.glob("*.eml")) if folder.is_dir() else []
    if not files:
        pytest.skip("demo loose files are absent")
    for path in files:
        pm = parse_message(path.read_bytes())
        _no_mojibake(pm, path.name)
        assert CYRILLIC.search(pm.subject + pm.text) or pm.language == "en", path.name


# fictional fixtures -------------------------------------------------------

def _msg(headers: str, body: bytes) -> bytes:
    return headers.encode("ascii").replace(b"\n", b"\r\n") + b"\r\n\r\n" + body


def test_koi8_body_without_label() -> None:
    body = "Добрый день, коллеги.\nПрошу подготовить акт приёмки.".encode("koi8-r")
    pm = parse_message(_msg("From: a@plant.example\nSubject: test\nContent-Type: text/plain", body))
    assert pm.text == "Добрый день, коллеги.\nПрошу подготовить акт приёмки."
    assert pm.language == "ru"


def test_cp1251_labelled_koi8() -> None:
    body = "Счёт на оплату комплектующих направляем повторно.".encode("cp1251")
    pm = parse_message(_msg("From: a@plant.example\nContent-Type: text/plain; charset=koi8-r\n"
                            "Content-Transfer-Encoding: 8bit", body))
    assert pm.text == "Счёт на оплату комплектующих направляем повторно."
    assert any(d.kind == "charset" for d in pm.defects)


def test_broken_headers() -> None:
    subj = base64.b64encode("Совещание в пятницу".encode()).decode()
    name = base64.b64encode("Иванова, Мария".encode("cp1251")).decode()
    raw_from = f"From: =?koi8-r?B?{name}?= <m.ivanova@okb.example>"
    pm = parse_message(_msg(f"{raw_from}\nTo: <x@y.example>\nSubject: =?utf-8?B?{subj}\n"
                            "Message-ID: abc123@okb.example\nDate: not a date\n"
                            "References: <r1@x.example>\n <r2@x.example>\nIn-Reply-To: <r2@x.example>", b"hi"))
    assert pm.subject == "Совещание в пятницу"
    assert pm.sender[0].name == "Иванова, Мария" and pm.sender[0].email == "m.ivanova@okb.example"
    assert pm.message_id == "<abc123@okb.example>"
    assert pm.references == ["<r1@x.example>", "<r2@x.example>"] and pm.in_reply_to == "<r2@x.example>"
    assert pm.date is None and any(d.kind == "date" for d in pm.defects)
    assert [k for k, _v in pm.headers][:3] == ["From", "To", "Subject"]  # in the order written
    assert pm.headers[2][1] == "Совещание в пятницу"


def test_html_only_and_alternative() -> None:
    html = "<html><body><script>var x='hidden';</script><p>Привет,&nbsp;мир</p></body></html>".encode()
    pm = parse_message(_msg("From: a@x.example\nContent-Type: text/html; charset=utf-8", html))
    assert pm.text == "Привет, мир" and pm.html and "hidden" not in pm.text
    alt = (b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain text\r\nline two\r\n"
           b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML text</p>\r\n--b--\r\n")
    pm = parse_message(_msg('From: a@x.example\nContent-Type: multipart/alternative; boundary="b"', alt))
    assert pm.text.startswith("Plain text\nline two") and "\r" not in pm.text
    assert pm.html and "HTML text" in pm.html


def test_thousand_parts() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=f%d.txt\r\n\r\n"
                     b"part %d\r\n" % (i, i) for i in range(3000))
    data = _msg('From: a@x.example\nContent-Type: multipart/mixed; boundary="b"', parts + b"--b--\r\n")
    start = time.perf_counter()
    pm = parse_message(data)
    elapsed = time.perf_counter() - start
    assert len(pm.attachments) < 2100
    assert any(d.kind == "mime-parts" for d in pm.defects)
    assert elapsed < 10


def test_attached_message_becomes_child() -> None:
    inner = _msg("From: b@x.example\nSubject: =?utf-8?B?" + base64.b64encode("Вложенное".encode()).decode() + "?=",
                 "Текст".encode("cp1251"))
    outer = (b"--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
             + inner + b"\r\n--b--\r\n")
    pm = parse_message(_msg('From: a@x.example\nContent-Type: multipart/mixed; boundary="b"', outer))
    assert len(pm.children) == 1 and pm.children[0].kind == "rfc822"
    child = parse_message(pm.children[0].data, depth=1)
    assert child.subject == "Вложенное" and child.text.strip() == "Текст"


def test_garbage_never_raises() -> None:
    for data in [b"", b"\x00\xff" * 100, b"From: \r\n\r\n", b"Content-Type: multipart/mixed\r\n\r\n--x",
                 b"Subject: =?utf-8?B?====?=\r\n\r\n", b"\n" * 1000, b"Content-Type: text/plain; charset=\"\r\n\r\nx"]:
        parse_message(data)


def test_long_header_cut() -> None:
    import os

    os.environ["PAPERCHASE_MAX_LINE_BYTES"] = "1000"
    try:
        pm = parse_message(_msg("From: a@x.example\nX-Long: " + "a" * 5000, b"body"))
    finally:
        del os.environ["PAPERCHASE_MAX_LINE_BYTES"]
    assert any(d.kind == "long-line" for d in pm.defects)
    assert all(len(v) <= 1000 for _k, v in pm.headers)


def test_micro_benchmark() -> None:
    """Prints messages/s for parse_message against the bare compat32 parse;
    no timed assertion (the machine is shared)."""
    import email

    body = ("Просим согласовать график ремонта изделий на следующий квартал.\n" * 20).encode("cp1251")
    data = _msg("From: =?utf-8?B?" + base64.b64encode("Сергей Новиков".encode()).decode()
                + "?= <s@x.example>\nTo: t@y.example\nSubject: test\nDate: Tue, 01 Dec 2026 10:00:00 +0300\n"
                "Message-ID: <m@x.example>\nContent-Type: text/plain; charset=windows-1251\n"
                "Content-Transfer-Encoding: 8bit", body)
    parse_message(data)
    n = 300
    start = time.perf_counter()
    for _ in range(n):
        email.message_from_bytes(data)
    bare = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(n):
        parse_message(data)
    full = time.perf_counter() - start
    print(f"compat32 parse {n / bare:.0f}/s, parse_message {n / full:.0f}/s (ratio {bare / full:.2f})")


def test_base64_attached_message() -> None:
    inner = b"From: b@x.example\r\nSubject: inner\r\n\r\nHello inner\r\n"
    outer = (b"--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: message/rfc822\r\n"
             b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(inner) + b"--b--\r\n")
    pm = parse_message(_msg('From: a@x.example\nContent-Type: multipart/mixed; boundary="b"', outer))
    assert parse_message(pm.children[0].data).subject == "inner"


def test_attached_outlook_msg_becomes_child() -> None:
    folder = SHARED / "data" / "outlook"
    files = sorted(folder.glob("*.msg")) if folder.is_dir() else []
    if not files:
        pytest.skip("../shared/data/outlook is absent")
    data = files[0].read_bytes()
    body = (b"--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: application/octet-stream; "
            b"name=item.msg\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"--b--\r\n")
    pm = parse_message(_msg('From: a@x.example\nContent-Type: multipart/mixed; boundary="b"', body))
    assert len(pm.children) == 1 and pm.children[0].kind == "outlook" and pm.children[0].parsed is not None
    assert not pm.attachments


def test_html_meta_charset() -> None:
    html = (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>'
            + "Дата поставки".encode("koi8-r") + b"</body></html>")
    pm = parse_message(_msg("From: a@x.example\nContent-Type: text/html", html))
    assert pm.text == "Дата поставки"


def test_attachment_filenames() -> None:
    rfc2231 = "filename*=windows-1251''%D1%EC%E5%F2%E0.xlsx"
    raw8 = 'filename="' + "Акт.pdf".encode().decode("ascii", "surrogateescape") + '"'
    ew = 'filename="=?koi8-r?B?' + base64.b64encode("Письмо.txt".encode("koi8-r")).decode() + '?="'
    parts = b""
    for disp in (rfc2231, raw8, ew):
        parts += (b"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; "
                  + disp.encode("ascii", "surrogateescape") + b"\r\n\r\nxx\r\n")
    pm = parse_message(_msg('From: a@x.example\nContent-Type: multipart/mixed; boundary="b"', parts + b"--b--\r\n"))
    assert [a.filename for a in pm.attachments] == ["Смета.xlsx", "Акт.pdf", "Письмо.txt"]


def test_eml_file_attachment_becomes_child() -> None:
    inner = b"From: c@x.example\r\nSubject: saved\r\n\r\nsaved body\r\n"
    body = (b"--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Disposition: attachment; filename=old.eml\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(inner) + b"--b--\r\n")
    pm = parse_message(_msg('From: a@x.example\nContent-Type: multipart/mixed; boundary="b"', body))
    assert len(pm.children) == 1 and pm.children[0].data == inner and not pm.attachments


def test_huge_body_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCHASE_MAX_ATTACHMENT_TEXT_CHARS", "1000")
    pm = parse_message(_msg("From: a@x.example\nContent-Type: text/plain; charset=utf-8", "Щ".encode() * 100_000))
    assert len(pm.text) == 1000 and set(pm.text) == {"Щ"}
    assert any(d.kind == "long-text" for d in pm.defects)


def test_message_id_with_raw_utf8_bytes_is_text_a_store_can_hold() -> None:
    """RFC 6532 lets a Message-ID hold UTF-8; compat32 hands the bytes back
    as surrogates, which SQLite refuses (the whole ingest stopped on it)."""
    from paperchase.parse import parse_message

    raw = ("Message-ID: <1.2@почта.example.by>\nIn-Reply-To: <0.1@почта.example.by>\n"
           "References: <0.0@x.example.by> <0.1@почта.example.by>\nSubject: t\n\nbody\n").encode()
    pm = parse_message(raw)
    assert pm.message_id == "<1.2@почта.example.by>"
    assert pm.in_reply_to == "<0.1@почта.example.by>"
    assert pm.references == ["<0.0@x.example.by>", "<0.1@почта.example.by>"]
    pm.message_id.encode("utf-8")  # no surrogates left
