"""The WSGI app called in process: every page, its headers, its escaping,
its errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import web_builder as wb

from paperchase.web import WebApp, get, make_app
from paperchase.web import app as app_module

PAGES = ["/", "/search", "/messages", "/search?q=%D0%91%D1%83%D0%B4%D0%B0%D0%BF%D0%B5%D1%88%D1%82", "/message/1",
         "/message/3?html=1", "/entities", f"/entity?id={wb.PERSON}", "/findings", "/failures", "/nope"]


def text(app: WebApp, path: str, status: int = 200) -> str:
    got, _, body = get(app, path)
    assert got == status, (path, got, body[:300])
    return body.decode("utf-8")


@pytest.mark.parametrize("path", PAGES + ["/message/1/raw", "/message/3/html", "/style.css", "/failure/1/raw"])
def test_every_response_carries_the_safety_headers(app: WebApp, path: str) -> None:
    _, headers, _ = get(app, path)
    csp = headers["Content-Security-Policy"]
    assert csp.startswith("default-src 'none'")
    assert "script-src" not in csp and "http:" not in csp and "https:" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] in ("DENY", "SAMEORIGIN")


def test_pages_load_nothing_remote_and_run_no_script(app: WebApp) -> None:
    for path in PAGES:
        html = text(app, path, 404 if path == "/nope" else 200)
        assert "<script" not in html.lower()
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html), path
        assert "remote.example.com" not in html or path.startswith("/message"), path


def test_overview_counts_sources_and_failures(app: WebApp) -> None:
    html = text(app, "/")
    assert f'<b>{len(wb.messages())}</b><a href="/messages">messages</a>' in html
    assert "<b>1</b><a href=\"/failures\">failures</a>" in html
    assert ".mbox" in html and "not a message: &lt;binary&gt; &amp; junk" in html
    for link in ("/search", "/messages", "/findings", "/entities", "/failures"):
        assert f'href="{link}"' in html


def test_a_script_in_a_subject_stays_text(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<html-1@remote.example.com>")
    html = text(app, f"/message/{pk}")
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; &#34;quoted&#34;" in html
    assert "<script>" not in html
    hits = text(app, "/search?q=subject%3Aalert")
    assert "&lt;script&gt;" in hits and "<script>" not in hits


def test_html_mail_only_in_a_sandboxed_frame(app: WebApp, web_case: Path) -> None:
    pk = wb.pk_of(web_case, "<html-1@remote.example.com>")
    plain = text(app, f"/message/{pk}")
    assert "<iframe" not in plain and "pixel.png" not in plain
    assert "Счёт во вложении." in plain  # the decoded text is shown
    framed = text(app, f"/message/{pk}?html=1")
    frame = re.search(r"<iframe[^>]*>", framed)
    assert frame and " sandbox " in frame.group(0) and f'src="/message/{pk}/html"' in frame.group(0)
    status, headers, body = get(app, f"/message/{pk}/html")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    assert "sandbox" in csp and "img-src data:" in csp and "form-action 'none'" in csp
    inner = body.decode("utf-8").lower()
    assert "refresh" not in inner and "dns-prefetch\"" not in inner and "<base" not in inner
    assert "<script" not in inner
    assert not re.search(r"\s(?:href|ping|action)\s*=", inner)  # no link can be followed from the frame
    assert "ссылка" in inner
    source = get(app, f"/message/{pk}/html-source")
    assert source[1]["Content-Type"].startswith("text/plain") and b"<script>" in source[2]


def test_unknown_paths_and_ids_are_404_without_a_traceback(app: WebApp) -> None:
    for path in ["/message/999999", "/message/abc", "/message/1/../../etc/passwd", "/message/-1",
                 "/attachment/999999/raw", "/failure/999999/raw", "/entity?id=nobody", "/entity",
                 "/message?id=%3Cnone%40example.com%3E", "/message/99999999999999999999", "/static/x"]:
        status, headers, body = get(app, path)
        assert status == 404, path
        assert b"Traceback" not in body and headers["Content-Security-Policy"]


def test_bad_parameters_do_not_break_pages(app: WebApp) -> None:
    for path in ["/search?q=%22unclosed&page=abc", "/search?q=x&page=99999999", "/entities?page=-3",
                 "/failures?page=%00", "/message/1?e=xyz&f=nope", "/findings?kind=%3Cx%3E", "/search?sort=%3Cx%3E&q=a",
                 "/entities?q=%3Cx%3E&schema=%3Cx%3E", "/message/1?q=%3Cx%3E&ent=%3Cx%3E"]:
        status, _, body = get(app, path)
        assert status == 200, path
        assert b"<x>" not in body, path


def test_only_get_and_head(app: WebApp) -> None:
    seen: dict[str, str] = {}

    def start(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"] = status

    body = b"".join(app({"REQUEST_METHOD": "POST", "PATH_INFO": "/", "QUERY_STRING": ""}, start))
    assert seen["status"].startswith("405") and b"read-only" in body
    body = b"".join(app({"REQUEST_METHOD": "HEAD", "PATH_INFO": "/", "QUERY_STRING": ""}, start))
    assert seen["status"].startswith("200") and body == b""


def test_foreign_host_header_refused(web_case: Path) -> None:
    app = make_app(web_case, "127.0.0.1")
    assert get(app, "/", host="rebind.example.com:8765")[0] == 400
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765", "LOCALHOST"):
        assert get(app, "/", host=host)[0] == 200, host


def test_a_failing_view_is_a_plain_500(app: WebApp, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    def broken(case: object) -> dict[str, object]:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(app_module.pages, "overview", broken)
    status, headers, body = get(app, "/")
    assert status == 500 and b"secret detail" not in body and b"Traceback" not in body
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert "secret detail" in capsys.readouterr().err  # the log has it


def test_downloads_are_attachments_of_octet_stream(app: WebApp) -> None:
    status, headers, body = get(app, "/attachment/1/raw")
    assert status == 200 and headers["Content-Type"] == "application/octet-stream"
    disposition = headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="') and "UTF-8''%D0%B0%D0%BA%D1%82.txt" in disposition
    assert body.decode("utf-8") == "Акт сверки: шестерни, 40 штук"
