"""Serving the app on this machine with the standard library's wsgiref:
one request at a time, which suits one investigator and one SQLite
connection. Binds 127.0.0.1 unless told otherwise; another address is
allowed (a colleague's browser on a closed network) but said out loud."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from paperchase.errors import PaperchaseError
from paperchase.web.app import LOOPBACK, WebApp, get
from paperchase.web.readonly import open_readonly

WILDCARDS = {"0.0.0.0", "::", ""}


class _Handler(WSGIRequestHandler):
    """Request lines to stderr without the client's address resolved."""

    def address_string(self) -> str:
        return str(self.client_address[0])

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class WebServer(WSGIServer):
    """wsgiref's server, holding the app so its case can be closed."""

    web_app: WebApp


def allowed_hosts(host: str) -> set[str] | None:
    """The Host names to answer: the loopback ones and the bound address;
    any when bound to every interface (names there are the network's)."""
    if host in WILDCARDS:
        return None
    return LOOPBACK | {host.strip("[]").lower()}


def make_app(case_dir: Path | str, host: str = "127.0.0.1") -> WebApp:
    return WebApp(open_readonly(case_dir), allowed_hosts(host))


def make_web_server(case_dir: Path | str, host: str = "127.0.0.1", port: int = 8765) -> WebServer:
    """A bound server (port 0: any free one, see `server.server_port`);
    call `serve_forever()` on it, `shutdown()` from another thread."""
    app = make_app(case_dir, host)
    try:
        server = make_server(host, port, app, server_class=WebServer, handler_class=_Handler)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        app.case.close()
        raise PaperchaseError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                              hint="Choose another --port (0: any free one) or --host.") from exc
    assert isinstance(server, WebServer)
    server.web_app = app
    return server


def serve(case_dir: Path | str, host: str = "127.0.0.1", port: int = 8765, get_path: str | None = None,
          out: IO[bytes] | None = None) -> int:
    """`paperchase serve`: print one page (`get_path`) and return its
    status, or serve until interrupted."""
    if get_path is not None:
        status, _, body = get(make_app(case_dir, host), get_path)
        (out or sys.stdout.buffer).write(body)
        return status
    server = make_web_server(case_dir, host, port)
    url_host = f"[{host}]" if ":" in host else host
    print(f"paperchase: serving {Path(case_dir)} read-only at http://{url_host}:{server.server_port}/"
          " (Ctrl-C to stop)", file=sys.stderr)
    if host not in LOOPBACK:
        print(f"paperchase: warning: {host} is not this machine's loopback address; anyone who can reach"
              " it can read the case.", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.web_app.case.close()
    return 0
