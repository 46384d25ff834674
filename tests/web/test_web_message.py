"""The message view: headers, body, attachments, locations, thread, raw
bytes, and the marks a search, a finding or an entity puts in it."""

from __future__ import annotations

from pathlib import Path

import web_builder as wb

from paperchase.store import Case
from paperchase.web import WebApp, get
from paperchase.web.message import message_page


def page(app: WebApp, path: str) -> str:
    status, _, body = get(app, path)
    assert status == 200, path
    return body.decode("utf-8")


def test_headers_body_attachments_and_locations(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<html-1@remote.example.com>")
    html = page(app, f"/message/{pk}")
    assert "Bad Sender &lt;bad@remote.example.com&gt;" in html
    assert "2023-10-03 10:00 +03:00" in html
    assert "<code>&lt;html-1@remote.example.com&gt;</code>" in html
    assert "акт.txt" in html and "Акт сверки: шестерни, 40 штук" in html
    assert "/attachment/" in html and f"/message/{pk}/raw" in html
    assert "case.mbox<br>" in html  # where it was found: the source file


def test_raw_bytes_download_is_the_stored_message(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    status, headers, body = get(app, f"/message/{pk}/raw")
    assert status == 200 and headers["Content-Disposition"].startswith(f'attachment; filename="message-{pk}.eml"')
    with Case.open(web_case) as case:
        assert body == case.raw(pk)
    assert b"Message-ID: <test-1@plant.example.by>" in body


def test_thread_links_both_ways(app: WebApp, web_case: Path) -> None:
    first = wb.pk_of(web_case, "<test-1@plant.example.by>")
    reply = wb.pk_of(web_case, "<test-2@plant.example.by>")
    html = page(app, f"/message/{reply}")
    assert f'href="/message/{first}"' in html  # In-Reply-To and the thread
    assert "Thread" in html and "(this message)" in html
    assert f'href="/message/{reply}"' in page(app, f"/message/{first}")


def test_cited_message_id_opens_the_message(app: WebApp) -> None:
    html = page(app, "/message?id=%3Ctest-2%40plant.example.by%3E")
    assert "Хорошо, жду отчёта о поездке." in html


def test_finding_quote_is_marked_and_anchored(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    html = page(app, f"/message/{pk}?f={wb.FINDING}&e=0")
    assert f'<mark class="quote first" id="quote">{wb.QUOTE}</mark>' in html
    assert 'href="#quote"' in html and "not found verbatim" not in html


def test_a_finding_of_another_message_marks_nothing(app: WebApp, web_case: Path) -> None:
    other = wb.pk_of(web_case, "<test-2@plant.example.by>")
    html = page(app, f"/message/{other}?f={wb.FINDING}&e=0")
    assert "<mark" not in html.split("<main>", 1)[1]


def test_query_words_marked_in_any_form(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    html = page(app, f"/message/{pk}?q=%D0%B1%D1%83%D0%B4%D0%B0%D0%BF%D0%B5%D1%88%D1%82%D0%B5")  # будапеште
    assert '<mark class="hit">Будапешт</mark>' in html


def test_entity_forms_marked(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    html = page(app, f"/message/{pk}?ent={wb.PERSON}")
    assert "Ivan Testovy" in html and "Marked: the forms of" in html


def test_quote_found_across_wrapped_lines(tmp_path: Path) -> None:
    import case_builders as cb

    with Case.create(tmp_path / "c") as case:
        pk = cb.add_message(case, "w", message_id="<w@example.org>", text="Он пишет:\n> задержка\n> поставки на месяц")
        cb.add_finding(case, "f1", "sanctions_obstacle", "Delay.", [], {},
                       [{"message_id": "<w@example.org>", "quote": "задержка поставки на месяц"}])
        ctx = message_page(case, pk, finding="f1", evidence=0)
    assert ctx is not None and ctx["quote_found"]
    marked = [t for t, cls in ctx["body_pieces"] if cls.startswith("quote")]
    assert marked == ["задержка\n> поставки на месяц"]


def test_quote_in_a_forwarded_message_is_reached_from_the_cited_one(tmp_path: Path) -> None:
    """The finding cites the forward; the quote stands in the message it
    carries, which the mailbox also holds on its own (so the ingest stored
    it once, without a parent link)."""
    from email import message_from_bytes
    from email.mime.message import MIMEMessage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    import case_builders as cb
    from mailbuilders import make_message, write_mbox

    from paperchase.store.ingest import ingest
    from paperchase.web import make_app

    quote = "опытный образец сдадим в марте"
    inner = make_message(7, f"Коллеги, {quote}.", subject="Образец", message_id="<inner-7@plant.example.by>")
    outer = MIMEMultipart("mixed")
    outer["From"] = "fwd@plant.example.by"
    outer["Subject"] = "Fwd: Образец"
    outer["Message-ID"] = "<outer-8@plant.example.by>"
    outer["Date"] = "Tue, 03 Oct 2023 10:00:00 +0300"
    outer.attach(MIMEText("Пересылаю.", "plain", "utf-8"))
    outer.attach(MIMEMessage(message_from_bytes(inner)))
    mbox = write_mbox(tmp_path / "fwd.mbox", [inner, outer.as_bytes()])
    with Case.create(tmp_path / "c") as case:
        ingest(case, [mbox])
        cb.add_finding(case, "f-fwd", "joint_development", "A prototype.", [], {},
                       [{"message_id": "<outer-8@plant.example.by>", "quote": quote}])
    app = make_app(tmp_path / "c")
    outer_pk = wb.pk_of(tmp_path / "c", "<outer-8@plant.example.by>")
    inner_pk = wb.pk_of(tmp_path / "c", "<inner-7@plant.example.by>")
    html = page(app, f"/message/{outer_pk}?f=f-fwd&e=0")
    assert f'href="/message/{inner_pk}?f=f-fwd&amp;e=0#quote"' in html and "not found verbatim" not in html
    inner_html = page(app, f"/message/{inner_pk}?f=f-fwd&e=0")
    assert f'<mark class="quote first" id="quote">{quote}</mark>' in inner_html
    assert f'href="/message/{outer_pk}">the message this one is attached to' in inner_html
    app.case.close()


def test_attachment_text_opens_where_the_query_matches(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<html-1@remote.example.com>")
    html = page(app, f"/message/{pk}?q=%D1%88%D0%B5%D1%81%D1%82%D0%B5%D1%80%D0%BD%D1%8F")  # шестерня
    assert '<details open><summary>Text</summary><pre class="body">Акт сверки: <mark class="hit">шестерни</mark>' in html
    assert "<details open>" not in page(app, f"/message/{pk}")
