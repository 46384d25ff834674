"""The local web interface (`paperchase serve`): a read-only view of one
case folder in the browser, served from this machine only. Pages: overview,
search, message, entities, findings, failures; see app.py for what keeps it
safe and docs/architecture.md for the paths."""

from paperchase.web.app import WebApp, get
from paperchase.web.readonly import open_readonly
from paperchase.web.server import make_app, make_web_server, serve

__all__ = ["WebApp", "get", "make_app", "make_web_server", "open_readonly", "serve"]
