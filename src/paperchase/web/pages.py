"""What the list pages show (overview, search, entities, findings,
failures), gathered as plain dicts so the templates only lay it out. The
numbers come from the same readers as the report and the exports
(`report.context.glance`, `export.rows`), so every view of a case agrees."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from paperchase.errors import QueryError
from paperchase.export.rows import Reader, addresses, format_address, load_entities, load_findings, loads
from paperchase.report.context import KIND_ORDER, glance, kind_label
from paperchase.search import search
from paperchase.search.engine import run as run_search
from paperchase.store import Case
from paperchase.web import marks
from paperchase.web.message import Download

SEARCH_PAGE = 25
MAX_SEARCH_PAGES = 40  # 1000 hits: past that, a narrower query serves better
ENTITY_PAGE = 100
FAILURE_PAGE = 100
ENTITY_MESSAGES_PAGE = 100
MESSAGE_PAGE = 100


def overview(case: Case) -> dict[str, Any]:
    return {"glance": glance(case), "case_name": case.root.resolve().name}


def search_page(case: Case, query: str, page: int = 1, exact: bool = False, sort: str = "relevance") -> dict[str, Any]:
    """Hits of one page; `more` where another page follows. The query
    language is the library's (`paperchase search`); its errors are shown
    with the hint."""
    page = max(1, min(page, MAX_SEARCH_PAGES))
    sort = sort if sort in ("relevance", "date") else "relevance"
    out: dict[str, Any] = {"query": query, "page": page, "exact": exact, "sort": sort, "hits": [],
                           "more": False, "error": "", "hint": "", "stale": False, "partial": False,
                           "first": (page - 1) * SEARCH_PAGE + 1}
    if not query.strip():
        return out
    limit = page * SEARCH_PAGE + 1
    try:
        try:
            hits = search(case, query, limit=limit, exact=exact, sort=sort)
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc):
                raise
            out["stale"] = True
            hits = run_search(case.db, query, limit=limit, exact=exact, sort=sort)
    except QueryError as exc:
        out["error"], out["hint"] = str(exc), exc.hint
        return out
    shown = hits[(page - 1) * SEARCH_PAGE: page * SEARCH_PAGE]
    out["more"] = len(hits) > page * SEARCH_PAGE and page < MAX_SEARCH_PAGES
    out["partial"] = bool(hits and hits[0].partial)
    out["hits"] = [{
        "pk": h.message_pk, "message_id": h.message_id, "date": h.date, "sender": h.sender,
        "subject": h.subject, "where": h.where, "score": h.score, "attachment_id": h.attachment_id,
        "pieces": marks.snippet_pieces(h.snippet),
    } for h in shown]
    return out


def _mention_counts(case: Case) -> tuple[dict[str, tuple[int, int]], dict[str, list[tuple[str, int]]]]:
    """Per entity: (mentions, messages), and each surface form as written
    with how often."""
    counts = {r[0]: (r[1], r[2]) for r in case.db.execute(
        "SELECT entity_id, count(*), count(DISTINCT message_id) FROM mentions"
        " WHERE entity_id IS NOT NULL GROUP BY entity_id")}
    surfaces: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in case.db.execute(
        "SELECT entity_id, surface, count(*) AS n FROM mentions WHERE entity_id IS NOT NULL"
        " GROUP BY entity_id, surface ORDER BY entity_id, n DESC, surface"
    ):
        surfaces[r[0]].append((r[1], r[2]))
    return counts, surfaces


def entities_page(case: Case, query: str = "", schema: str = "", page: int = 1) -> dict[str, Any]:
    """Entities, most mentioned first; `query` keeps those with a name
    containing it (case aside), `schema` those of one schema."""
    entities = load_entities(case)
    counts, surfaces = _mention_counts(case)
    needle = query.strip().casefold()
    schemas = sorted({e["schema"] for e in entities})
    rows = []
    for e in entities:
        forms = surfaces.get(e["id"], [])
        if schema and e["schema"] != schema:
            continue
        if needle and not any(needle in n.casefold() for n in [e["name"], *e["names"], *(s for s, _ in forms)]):
            continue
        n_mentions, n_messages = counts.get(e["id"], (0, 0))
        rows.append({**e, "surfaces": forms, "mentions": n_mentions, "messages": n_messages})
    rows.sort(key=lambda r: (-r["messages"], r["name"].casefold(), r["id"]))
    page = max(1, page)
    return {"query": query, "schema": schema, "schemas": schemas, "page": page, "total": len(rows),
            "entities": rows[(page - 1) * ENTITY_PAGE: page * ENTITY_PAGE],
            "more": len(rows) > page * ENTITY_PAGE}


def _finding_views(case: Case, entity_names: dict[str, str]) -> list[dict[str, Any]]:
    reader = Reader(case)
    views: list[dict[str, Any]] = []
    for f in load_findings(case):
        evidence = []
        for i, ev in enumerate(f["evidence"]):
            brief = reader.brief(ev["message_id"]) or {}
            evidence.append({"index": i, "quote": ev.get("quote", ""), "where": ev.get("where", ""),
                             "message_id": ev["message_id"], "pk": brief.get("id"), "date": brief.get("date"),
                             "from": brief.get("from", ""), "subject": brief.get("subject", "")})
        views.append({**f, "label": kind_label(f["kind"]), "evidence": evidence,
                      "subjects": [{"id": s, "name": entity_names.get(s, s), "known": s in entity_names}
                                   for s in f["subjects"]],
                      "attributes": [(k, _value(v)) for k, v in f["attributes"].items()]})
    return views


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def _kinds(views: list[dict[str, Any]]) -> list[str]:
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    return sorted({v["kind"] for v in views}, key=lambda k: (order.get(k, len(order)), k))


def _strongest(view: dict[str, Any]) -> tuple[float, str]:
    return (-float(view["confidence"]), str(view["id"]))


def findings_page(case: Case, kind: str = "") -> dict[str, Any]:
    """Findings grouped by kind (the findings spec's order), strongest
    first; `kind` shows one kind only."""
    names = {e["id"]: e["name"] for e in load_entities(case)}
    views = _finding_views(case, names)
    counts = [(k, kind_label(k), sum(1 for v in views if v["kind"] == k)) for k in _kinds(views)]
    shown = [v for v in views if not kind or v["kind"] == kind]
    groups: list[dict[str, Any]] = [{"kind": k, "label": kind_label(k),
               "findings": sorted((v for v in shown if v["kind"] == k), key=_strongest)}
              for k in _kinds(shown)]
    return {"kind": kind, "counts": counts, "groups": groups, "total": len(views)}


def entity_page(case: Case, entity_id: str, page: int = 1) -> dict[str, Any] | None:
    """One entity: its names, properties, findings, and the messages that
    mention it (newest last, as the mail ran), each with the fields and forms."""
    entities = load_entities(case)
    entity = next((e for e in entities if e["id"] == entity_id), None)
    if entity is None:
        return None
    counts, surfaces = _mention_counts(case)
    names = {e["id"]: e["name"] for e in entities}
    findings = [v for v in _finding_views(case, names) if any(s["id"] == entity_id for s in v["subjects"])]
    messages: dict[int, dict[str, Any]] = {}
    for r in case.db.execute(
        "SELECT mn.message_id AS pk, mn.field, mn.surface, m.message_id, m.date, m.sender, m.subject"
        " FROM mentions mn JOIN messages m ON m.id = mn.message_id WHERE mn.entity_id = ?"
        " ORDER BY m.date_utc IS NULL, m.date_utc, m.id, mn.id", (entity_id,),
    ):
        item = messages.get(r["pk"])
        if item is None:
            sender = addresses(loads(r["sender"], []))
            item = messages[r["pk"]] = {"pk": r["pk"], "message_id": r["message_id"], "date": r["date"],
                                        "from": format_address(sender[0]) if sender else "",
                                        "subject": r["subject"] or "", "fields": [], "surfaces": [], "n": 0}
        item["n"] += 1
        if r["field"] not in item["fields"]:
            item["fields"].append(r["field"])
        if r["surface"] not in item["surfaces"]:
            item["surfaces"].append(r["surface"])
    rows = list(messages.values())
    page = max(1, page)
    n_mentions, n_messages = counts.get(entity_id, (0, 0))
    return {"entity": entity, "surfaces": surfaces.get(entity_id, []), "mentions": n_mentions,
            "n_messages": n_messages, "findings": findings, "page": page,
            "properties": [(k, ", ".join(vs)) for k, vs in sorted(entity["properties"].items()) if vs],
            "messages": rows[(page - 1) * ENTITY_MESSAGES_PAGE: page * ENTITY_MESSAGES_PAGE],
            "more": len(rows) > page * ENTITY_MESSAGES_PAGE}


def messages_page(case: Case, page: int = 1) -> dict[str, Any]:
    """Every message in date order (undated last), as the exports list
    them, a page at a time."""
    page = max(1, page)
    rows = []
    for r in case.db.execute(
        "SELECT id, message_id, date, sender, subject, language, thread_id, parent_id FROM messages"
        " ORDER BY date_utc IS NULL, date_utc, id LIMIT ? OFFSET ?", (MESSAGE_PAGE + 1, (page - 1) * MESSAGE_PAGE),
    ):
        sender = addresses(loads(r["sender"], []))
        rows.append({"pk": r["id"], "message_id": r["message_id"], "date": r["date"],
                     "from": format_address(sender[0]) if sender else "", "subject": r["subject"] or "",
                     "language": r["language"] or "", "attached": r["parent_id"] is not None})
    return {"page": page, "total": case.count_messages(), "messages": rows[:MESSAGE_PAGE],
            "more": len(rows) > MESSAGE_PAGE, "first": (page - 1) * MESSAGE_PAGE + 1}


def failures_page(case: Case, page: int = 1) -> dict[str, Any]:
    """Items the ingest refused, with the reason and whether their bytes
    are kept (to download and examine by hand)."""
    page = max(1, page)
    g = glance(case)
    rows = [dict(r) for r in case.db.execute(
        "SELECT f.id, s.path AS source, f.path, f.member, f.offset, f.reason, f.size, f.raw_sha256"
        " FROM failures f LEFT JOIN sources s ON s.id = f.source_id ORDER BY f.id LIMIT ? OFFSET ?",
        (FAILURE_PAGE + 1, (page - 1) * FAILURE_PAGE))]
    return {"page": page, "total": g["counts"]["failures"], "reasons": g["failure_reasons"],
            "failures": rows[:FAILURE_PAGE], "more": len(rows) > FAILURE_PAGE}


def failure_raw(case: Case, failure_id: int) -> Download | None:
    row = case.db.execute("SELECT raw_sha256 FROM failures WHERE id = ?", (failure_id,)).fetchone()
    if row is None or not row[0] or not case.blobs.has(row[0]):
        return None
    return Download(case.blobs.get(row[0]), f"failure-{failure_id}.bin")
