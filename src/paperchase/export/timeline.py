"""`--format timeline`: dated findings and events as one JSON document, in
time order; the report's chart reads the same list.

A finding is dated by its own attributes where it has them (`start`, `end`,
`date`: a trip's month, as precise as the source allows) and otherwise by
the messages that state it. Traffic (messages per month) comes along, so a
reader can see a finding against the mail around it.

Dates of different precision sort as ISO prefixes: `2023` before
`2023-05` before `2023-05-14`; message dates sort by their UTC form."""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO

from paperchase.export.rows import Reader, load_findings
from paperchase.store import Case

FORMAT = "paperchase.timeline/1"
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
DATE_ATTRS = ("start", "end", "date")
# a match against a watchlist says who someone is, not when something happened
UNDATED_KINDS = {"watchlist_match"}


def is_iso_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_ISO.match(value.strip()))


def timeline_events(case: Case, reader: Reader | None = None) -> list[dict[str, Any]]:
    reader = reader or Reader(case)
    events: list[dict[str, Any]] = []
    for f in load_findings(case):
        if f["kind"] in UNDATED_KINDS:
            continue
        base = {"finding_id": f["id"], "kind": f["kind"], "summary": f["summary"], "subjects": f["subjects"]}
        dated = False
        for key in DATE_ATTRS:
            value = f["attributes"].get(key)
            if is_iso_date(value):
                dated = True
                events.append({"date": value.strip(), "sort": value.strip(),
                               "type": "event" if f["kind"] == "foreign_travel" else "finding",
                               "source": f"attribute:{key}", **base})
        seen = set()
        for ev in f["evidence"]:
            brief = reader.brief(ev["message_id"])
            if not brief or not brief["date"] or ev["message_id"] in seen:
                continue
            seen.add(ev["message_id"])
            events.append({"date": brief["date"], "sort": brief["date_utc"] or brief["date"],
                           "type": "message" if dated else "finding", "source": "message",
                           "message_id": ev["message_id"], "subject": brief["subject"],
                           "from": brief["from"], **base})
    events.sort(key=lambda e: (e["sort"], e["kind"], e["finding_id"], e.get("message_id", "")))
    return events


def traffic(case: Case) -> list[dict[str, Any]]:
    """Messages per month (UTC), undated messages left out."""
    return [
        {"month": r[0], "messages": r[1]}
        for r in case.db.execute(
            "SELECT substr(date_utc, 1, 7) AS month, count(*) FROM messages WHERE date_utc IS NOT NULL"
            " AND length(date_utc) >= 7 GROUP BY month ORDER BY month"
        )
    ]


def write_timeline(case: Case, fh: BinaryIO) -> None:
    doc = {"format": FORMAT, "events": timeline_events(case), "traffic": traffic(case)}
    fh.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
