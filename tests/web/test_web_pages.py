"""The list pages: search (the library's query language, paged), entities,
findings, failures."""

from __future__ import annotations

import re
from pathlib import Path

import case_builders as cb
import web_builder as wb

from paperchase.web import WebApp, get, make_app
from paperchase.web.pages import SEARCH_PAGE, search_page


def page(app: WebApp, path: str) -> str:
    status, _, body = get(app, path)
    assert status == 200, path
    return body.decode("utf-8")


def test_search_hits_are_marked_and_link_to_the_message(app: WebApp, web_case: Path) -> None:
    html = page(app, "/search?q=%D0%B1%D1%83%D0%B4%D0%B0%D0%BF%D0%B5%D1%88%D1%82%D0%B5")  # будапеште: another form
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    assert '<mark class="hit">Будапешт</mark>' in html
    assert f'href="/message/{pk}?q=%D0%B1' in html


def test_search_pages_through_the_hits(app: WebApp) -> None:
    first = page(app, "/search?q=%D1%81%D1%82%D0%B0%D0%BD%D0%BE%D0%BA&sort=date")  # станок
    links = re.findall(r'<a class="subject" href="/message/(\d+)', first)
    assert len(links) == SEARCH_PAGE
    assert "page=2" in first and "previous" not in first
    second = page(app, "/search?q=%D1%81%D1%82%D0%B0%D0%BD%D0%BE%D0%BA&sort=date&page=2")
    more = re.findall(r'<a class="subject" href="/message/(\d+)', second)
    assert len(more) == wb.MANY - SEARCH_PAGE and not set(links) & set(more)
    assert "previous" in second and "page=3" not in second


def test_search_query_errors_are_shown_with_the_hint(app: WebApp) -> None:
    html = page(app, "/search?q=%22unclosed")
    assert "is not closed" in html and "phrases" in html  # the QueryError and its hint


def test_search_same_hits_as_the_library(web_case: Path) -> None:
    from paperchase.search import search
    from paperchase.web.readonly import open_readonly

    case = open_readonly(web_case)
    try:
        mine = search_page(case, "поставка OR отгрузке", page=1)
        theirs = search(case, "поставка OR отгрузке", limit=SEARCH_PAGE)
    finally:
        case.close()
    assert [h["message_id"] for h in mine["hits"]] == [h.message_id for h in theirs]


def test_stale_index_answers_with_a_notice(tmp_path: Path) -> None:
    cb.build_case(tmp_path / "c").close()  # written straight into the store: no index
    html = page(make_app(tmp_path / "c"), "/search?q=%D0%91%D1%83%D0%B4%D0%B0%D0%BF%D0%B5%D1%88%D1%82")
    assert "not up to date" in html


def test_entities_list_every_surface_form(app: WebApp) -> None:
    html = page(app, "/entities")
    assert "Ivan Testovy" in html and "Иван Тестовый" in html and "Ивана Тестового" in html
    assert f'href="/entity?id={wb.PERSON}#messages"' in html
    assert "Ivan Testovy" not in page(app, "/entities?q=nobody-by-this-name")
    assert "Ivan Testovy" in page(app, "/entities?q=%D1%82%D0%B5%D1%81%D1%82%D0%BE%D0%B2%D0%BE%D0%B3%D0%BE")  # тестового


def test_entity_page_links_the_messages_that_mention_it(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    html = page(app, f"/entity?id={wb.PERSON}")
    assert f'href="/message/{pk}?ent={wb.PERSON}"' in html
    assert "from, body" in html and "2 mentions in 1 messages" in html
    assert f"/message/{pk}?f={wb.FINDING}&amp;e=0#quote" in html


def test_findings_by_kind_with_quotes_linking_to_the_mark(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<test-1@plant.example.by>")
    html = page(app, "/findings")
    assert "Sanctions obstacle (1)" in html and "Bearings for the gearbox are delayed." in html
    assert f'<blockquote class="quote">{wb.QUOTE}</blockquote>' in html
    assert f'href="/message/{pk}?f={wb.FINDING}&amp;e=0#quote"' in html
    assert "No findings of this kind." in page(app, "/findings?kind=employment")


def test_findings_from_the_shared_builder_escaped(tmp_path: Path) -> None:
    cb.build_case(tmp_path / "c").close()
    html = page(make_app(tmp_path / "c"), "/findings")
    assert "Short of &lt;b&gt;parts&lt;/b&gt; &amp; &#34;tools&#34;" in html
    assert "&lt;i&gt;bearings&lt;/i&gt;" in html and "<script>" not in html
    assert "Watchlist match (1)" in html


def test_failures_list_and_raw_bytes(app: WebApp) -> None:
    html = page(app, "/failures")
    assert "not a message: &lt;binary&gt; &amp; junk" in html and "@99999" in html
    link = re.search(r'href="(/failure/\d+/raw)"', html)
    assert link
    status, headers, body = get(app, link.group(1))
    assert status == 200 and body == wb.FAILED_BYTES
    assert headers["Content-Type"] == "application/octet-stream"


def test_messages_in_date_order_paged(app: WebApp) -> None:
    html = page(app, "/messages")
    assert f"{len(wb.messages())} messages in date order" in html
    assert "&lt;script&gt;alert(&#39;subject&#39;)" in html
    dates = re.findall(r"<td>(\d{4}-\d\d-\d\d \d\d:\d\d [+-]\d\d:\d\d)</td>", html)
    assert len(dates) == len(wb.messages()) and dates == sorted(dates)  # all one offset here
    assert "No messages on this page." in page(app, "/messages?page=2")
