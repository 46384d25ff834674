"""The case report: one self-contained HTML file, for reading on screen and
on paper. No script, no remote font or image: charts are static SVG drawn
when the file is written, the style sheet is inline. Jinja2 autoescapes
everything, since names, subjects and quotes come from the mail."""

from __future__ import annotations

import os
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2

from paperchase.export.graph import build_graph
from paperchase.export.rows import Reader
from paperchase.export.timeline import timeline_events, traffic
from paperchase.report.charts import network_pictures, timeline_chart
from paperchase.report.context import build_context, timeline_rows
from paperchase.store import Case

TEMPLATE = "report.html.j2"


_WHEN = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def when(value: str | None) -> str:
    """`2023-05-03T09:00:00+03:00` as a reader writes it: `2023-05-03 09:00
    +03:00` (the sender's own clock, offset kept); anything else as it is."""
    if not value:
        return ""
    m = _WHEN.match(value)
    if not m:
        return value
    zone = m.group(3) or ""
    return f"{m.group(1)} {m.group(2)}" + (" UTC" if zone == "Z" else f" {zone}" if zone else "")


def environment() -> jinja2.Environment:
    folder = files("paperchase") / "data" / "report"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,  # every template, whatever its file name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    return env


def report_context(case: Case) -> dict[str, Any]:
    context = build_context(case)
    events = timeline_events(case, Reader(case))
    context["events"] = timeline_rows(events)
    context["timeline_chart"] = timeline_chart(traffic(case), events)
    context["network"] = network_pictures(build_graph(case))
    return context


def render_report(case: Case) -> str:
    return environment().get_template(TEMPLATE).render(**report_context(case))


def write_report(case: Case, path: Path) -> None:
    """Write the report at `path` (atomically: a half-written report is
    never left where a reader would open it)."""
    path = Path(path)
    html = render_report(case)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)


__all__ = ["render_report", "report_context", "when", "write_report"]
