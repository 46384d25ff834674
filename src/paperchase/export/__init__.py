"""Writing a case in the formats other tools read.

`export_case(case, fmt, fh)` is what `paperchase export` calls; each format
is a module of its own: messages (JSON lines), findings
(`paperchase.findings/1`), ftm (FollowTheMoney JSON lines), gexf and graphml
(the networks), csv (a zip of tables), timeline (JSON)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, BinaryIO

from paperchase.errors import PaperchaseError
from paperchase.export.findings import findings_document, write_findings
from paperchase.store import Case

# format -> (module, function); imported on use, since followthemoney alone
# takes a second to import and most exports never need it
_WRITERS = {
    "messages": ("paperchase.export.messages", "write_messages"),
    "findings": ("paperchase.export.findings", "dump_findings"),
    "ftm": ("paperchase.export.ftm", "write_ftm"),
    "gexf": ("paperchase.export.xmlgraph", "export_gexf"),
    "graphml": ("paperchase.export.xmlgraph", "export_graphml"),
    "csv": ("paperchase.export.tables", "write_tables"),
    "timeline": ("paperchase.export.timeline", "write_timeline"),
}


def _writer(fmt: str) -> Callable[[Case, BinaryIO], Any]:
    module, name = _WRITERS[fmt]
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


FORMATS = ("messages", "findings", "ftm", "gexf", "graphml", "csv", "timeline")


def export_case(case: Case, fmt: str, fh: BinaryIO) -> None:
    """Write the case as `fmt` to the binary stream `fh` (a file or stdout)."""
    if fmt not in _WRITERS:
        raise PaperchaseError(f"unknown export format {fmt!r}", hint="One of: " + ", ".join(FORMATS))
    _writer(fmt)(case, fh)
    fh.flush()


__all__ = ["FORMATS", "export_case", "findings_document", "write_findings"]
