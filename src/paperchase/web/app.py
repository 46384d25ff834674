"""The WSGI application: routes, headers, errors. Server-rendered HTML from
autoescaped Jinja2 templates, no script anywhere.

Safety is in this one place, so every response gets it: a strict
Content-Security-Policy (nothing loads but our own style sheet), nosniff,
no referrer, no framing, no caching; raw bytes only as downloads; the HTML
part of a mail only inside a sandboxed frame with a policy of its own; a
Host check against DNS rebinding (a remote page that points its own name at
127.0.0.1 must not read the case); GET and HEAD only; unknown paths and ids
are 404, and a failing view is a plain 500 page (the traceback goes to the
server's log, never to the client)."""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qs, quote

import jinja2

from paperchase.report import when
from paperchase.store import Case
from paperchase.web import message, pages

StartResponse = Callable[..., Any]

PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self';"
            " base-uri 'none'; frame-ancestors 'none'")
# the HTML part of a mail: its own inline style may apply, images only if
# inlined as data:, nothing else; `sandbox` makes it an opaque origin with
# no script, no form, no navigation of the page around it
FRAME_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none';"
             " base-uri 'none'; frame-ancestors 'self'; sandbox")
COMMON_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
    ("X-DNS-Prefetch-Control", "off"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
STATUS = {200: "200 OK", 400: "400 Bad Request", 404: "404 Not Found", 405: "405 Method Not Allowed",
          500: "500 Internal Server Error"}


@dataclass(slots=True)
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    csp: str = PAGE_CSP
    frame: str = "DENY"


class NotFound(Exception):
    """An unknown path, message, entity, finding or failure."""


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(files("paperchase") / "data" / "web")),
        autoescape=True,  # every template, whatever its name: every string may come from the mail
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["q"] = lambda v: quote(str(v), safe="")
    return env


def style_sheet() -> bytes:
    """The report's style sheet and the few rules the web view adds."""
    folder = files("paperchase") / "data"
    return ((folder / "report" / "report.css").read_bytes() + b"\n"
            + (folder / "web" / "web.css").read_bytes())


def _int(value: str, default: int = 1) -> int:
    return int(value) if value.isdigit() and len(value) < 10 else default


def _download(item: message.Download | None) -> Response:
    if item is None:
        raise NotFound()
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", item.filename).strip("._") or "download.bin"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(item.filename, safe='')}"
    return Response(body=item.data, content_type="application/octet-stream",
                    headers=[("Content-Disposition", disposition)])


class WebApp:
    """`WebApp(case)` is a WSGI callable over an open (read-only) case.
    `allowed_hosts`: the Host names accepted (None: any, for calls made in
    process); the server sets the loopback names and the one it binds."""

    def __init__(self, case: Case, allowed_hosts: set[str] | None = None) -> None:
        self.case = case
        self.allowed_hosts = allowed_hosts
        self.env = environment()
        self.css = style_sheet()
        table: list[tuple[str, Callable[..., Response]]] = [
                (r"/", self.overview),
                (r"/style\.css", self.style),
                (r"/search", self.search),
                (r"/messages", self.messages),
                (r"/message", self.cited),
                (r"/message/(\d{1,12})", self.message),
                (r"/message/(\d{1,12})/raw", self.message_raw),
                (r"/message/(\d{1,12})/html", self.message_html),
                (r"/message/(\d{1,12})/html-source", self.message_html_source),
                (r"/attachment/(\d{1,12})/raw", self.attachment_raw),
                (r"/entities", self.entities),
                (r"/entity", self.entity),
                (r"/findings", self.findings),
                (r"/failures", self.failures),
                (r"/failure/(\d{1,12})/raw", self.failure_raw),
        ]
        self.routes = [(re.compile(p), fn) for p, fn in table]

    # WSGI ---------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        response = self.respond(environ)
        headers = [("Content-Type", response.content_type), ("Content-Length", str(len(response.body))),
                   ("Content-Security-Policy", response.csp), ("X-Frame-Options", response.frame),
                   *COMMON_HEADERS, *response.headers]
        start_response(STATUS.get(response.status, f"{response.status} Error"), headers)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [response.body]

    def respond(self, environ: dict[str, Any]) -> Response:
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            return self.error(405, "This view is read-only: only GET and HEAD are answered.",
                              [("Allow", "GET, HEAD")])
        if not self.host_allowed(environ.get("HTTP_HOST", "")):
            return self.error(400, "Unexpected Host header: this server answers only on its own address.")
        path = environ.get("PATH_INFO", "/") or "/"
        try:
            raw_query = environ.get("QUERY_STRING", "")
            params = {k: v[0] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
            for pattern, view in self.routes:
                m = pattern.fullmatch(path)
                if m:
                    return view(params, *m.groups())
            raise NotFound()
        except NotFound:
            return self.error(404, "Nothing here by that name or number.")
        except Exception:  # a bug in a view: the client sees a plain page, the log the traceback
            traceback.print_exc(file=sys.stderr)
            return self.error(500, "This page failed; the server's log says why.")

    def host_allowed(self, host: str) -> bool:
        if self.allowed_hosts is None or not host:  # in process, or an HTTP/1.0 client
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]").lower()
        return name in self.allowed_hosts

    def page(self, template: str, **context: Any) -> Response:
        html = self.env.get_template(template).render(**context)
        return Response(body=html.encode("utf-8"))

    def error(self, status: int, text: str, headers: list[tuple[str, str]] | None = None) -> Response:
        try:
            r = self.page("error.html.j2", status=status, text=text)
        except Exception:  # the error page itself failed: plain text, still with every header
            r = Response(body=text.encode("utf-8"), content_type="text/plain; charset=utf-8")
        r.status = status
        r.headers = headers or []
        return r

    # views --------------------------------------------------------------------------

    def overview(self, params: dict[str, str]) -> Response:
        return self.page("overview.html.j2", **pages.overview(self.case))

    def style(self, params: dict[str, str]) -> Response:
        return Response(body=self.css, content_type="text/css; charset=utf-8")

    def search(self, params: dict[str, str]) -> Response:
        ctx = pages.search_page(self.case, params.get("q", ""), _int(params.get("page", "1")),
                                params.get("exact") == "1", params.get("sort", "relevance"))
        return self.page("search.html.j2", **ctx)

    def messages(self, params: dict[str, str]) -> Response:
        return self.page("messages.html.j2", **pages.messages_page(self.case, _int(params.get("page", "1"))))

    def cited(self, params: dict[str, str]) -> Response:
        """/message?id=<Message-ID>: the message a citation names."""
        pk = message.find_cited(self.case, params.get("id", ""))
        if pk is None:
            raise NotFound()
        return self.message(params, str(pk))

    def message(self, params: dict[str, str], pk: str) -> Response:
        ctx = message.message_page(
            self.case, int(pk), query=params.get("q", ""), exact=params.get("exact") == "1",
            finding=params.get("f", ""), evidence=_int(params.get("e", "0"), 0),
            entity=params.get("ent", ""), show_html=params.get("html") == "1")
        if ctx is None:
            raise NotFound()
        return self.page("message.html.j2", **ctx)

    def message_raw(self, params: dict[str, str], pk: str) -> Response:
        return _download(message.message_raw(self.case, int(pk)))

    def message_html(self, params: dict[str, str], pk: str) -> Response:
        html = message.message_html(self.case, int(pk))
        if html is None:
            raise NotFound()
        return Response(body=html.encode("utf-8"), csp=FRAME_CSP, frame="SAMEORIGIN")

    def message_html_source(self, params: dict[str, str], pk: str) -> Response:
        html = message.message_html_source(self.case, int(pk))
        if html is None:
            raise NotFound()
        return Response(body=html.encode("utf-8"), content_type="text/plain; charset=utf-8")

    def attachment_raw(self, params: dict[str, str], aid: str) -> Response:
        return _download(message.attachment_raw(self.case, int(aid)))

    def entities(self, params: dict[str, str]) -> Response:
        ctx = pages.entities_page(self.case, params.get("q", ""), params.get("schema", ""),
                                  _int(params.get("page", "1")))
        return self.page("entities.html.j2", **ctx)

    def entity(self, params: dict[str, str]) -> Response:
        ctx = pages.entity_page(self.case, params.get("id", ""), _int(params.get("page", "1")))
        if ctx is None:
            raise NotFound()
        return self.page("entity.html.j2", **ctx)

    def findings(self, params: dict[str, str]) -> Response:
        return self.page("findings.html.j2", **pages.findings_page(self.case, params.get("kind", "")))

    def failures(self, params: dict[str, str]) -> Response:
        return self.page("failures.html.j2", **pages.failures_page(self.case, _int(params.get("page", "1"))))

    def failure_raw(self, params: dict[str, str], fid: str) -> Response:
        return _download(pages.failure_raw(self.case, int(fid)))


def get(app: WebApp, path: str, host: str = "") -> tuple[int, dict[str, str], bytes]:
    """One in-process request (tests, `paperchase serve --get PATH`):
    status, headers and body, without a server."""
    path_info, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path_info, "QUERY_STRING": query,
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "0", "wsgi.url_scheme": "http"}
    if host:
        environ["HTTP_HOST"] = host
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body
