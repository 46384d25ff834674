"""What the report shows, gathered from the case as plain dicts and lists so
the template only lays it out (and a test can check the numbers without
parsing HTML). Every string here may come from a leaked email: the template
autoescapes all of it; nothing in this module builds markup."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from paperchase.export.rows import Reader, load_entities, load_findings, load_relations, loads
from paperchase.store import Case

# the order of the findings spec (spec/findings-format.md); other kinds follow
KIND_ORDER = ("military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
              "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment",
              "watchlist_match")
MAX_FAILURES = 500  # listed one by one; the rest are counted


def anchor(prefix: str, ident: str) -> str:
    """An id attribute from any entity or finding id: readable where it can
    be, unique always (the hash keeps `a b` and `a-b` apart)."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ident)[:40].strip("-")
    return f"{prefix}-{slug}-{hashlib.sha1(ident.encode('utf-8')).hexdigest()[:6]}"


def kind_label(kind: str) -> str:
    return kind.replace("_", " ").capitalize()


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def glance(case: Case) -> dict[str, Any]:
    db = case.db

    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    sources = [dict(r) for r in db.execute(
        "SELECT path, sha256, kind, size, read, stored, duplicates, failed, expected, finished_at"
        " FROM sources ORDER BY id")]
    first = db.execute("SELECT date FROM messages WHERE date_utc IS NOT NULL ORDER BY date_utc LIMIT 1").fetchone()
    last = db.execute("SELECT date FROM messages WHERE date_utc IS NOT NULL ORDER BY date_utc DESC LIMIT 1").fetchone()
    languages = [(r[0] or "unknown", r[1]) for r in db.execute(
        "SELECT language, count(*) AS n FROM messages GROUP BY language ORDER BY n DESC, language")]
    defects: Counter[str] = Counter()
    for (text,) in db.execute("SELECT defects FROM messages WHERE defects IS NOT NULL AND defects != '[]'"):
        for d in loads(text, []):
            if isinstance(d, dict):
                defects[str(d.get("kind") or "unknown")] += 1
    failures = [dict(r) for r in db.execute(
        "SELECT s.path AS source, f.path, f.member, f.offset, f.reason, f.size FROM failures f"
        " LEFT JOIN sources s ON s.id = f.source_id ORDER BY f.id LIMIT ?", (MAX_FAILURES,))]
    reasons = [(r[0], r[1]) for r in db.execute(
        "SELECT reason, count(*) AS n FROM failures GROUP BY reason ORDER BY n DESC, reason LIMIT 50")]
    return {
        "sources": sources,
        "counts": {
            "messages": one("SELECT count(*) FROM messages"),
            "attachments": one("SELECT count(*) FROM attachments"),
            "duplicates": one("SELECT coalesce(sum(duplicates), 0) FROM sources"),
            "failures": one("SELECT count(*) FROM failures"),
            "threads": one("SELECT count(*) FROM threads"),
            "undated": one("SELECT count(*) FROM messages WHERE date_utc IS NULL"),
            "entities": one("SELECT count(*) FROM entities"),
            "findings": one("SELECT count(*) FROM findings"),
        },
        "date_first": first[0] if first else None,
        "date_last": last[0] if last else None,
        "languages": languages,
        "defects": defects.most_common(),
        "failures": failures,
        "failure_reasons": reasons,
    }


def build_context(case: Case) -> dict[str, Any]:
    reader = Reader(case)
    entities = load_entities(case)
    findings = load_findings(case)
    by_id = {e["id"]: e for e in entities}

    def subject(eid: str) -> dict[str, str]:
        ent = by_id.get(eid)
        return {"id": eid, "name": ent["name"] if ent else eid, "anchor": anchor("entity", eid) if ent else ""}

    views = []
    for f in findings:
        evidence = []
        for ev in f["evidence"]:
            brief = reader.brief(ev["message_id"]) or {}
            evidence.append({"quote": ev.get("quote", ""), "message_id": ev["message_id"],
                             "where": ev.get("where", ""), "date": brief.get("date") or "",
                             "from": brief.get("from") or "", "subject": brief.get("subject") or "",
                             "found": bool(brief), "lang": _lang(brief.get("language"))})
        views.append({
            "id": f["id"], "anchor": anchor("finding", f["id"]), "kind": f["kind"], "summary": f["summary"],
            "subjects": [subject(s) for s in f["subjects"]],
            "attributes": [(k, _value(v)) for k, v in f["attributes"].items()],
            "confidence": f["confidence"], "evidence": evidence,
        })
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    kinds = sorted({v["kind"] for v in views}, key=lambda k: (order.get(k, len(order)), k))
    groups = [{"kind": k, "label": kind_label(k), "anchor": anchor("kind", k),
               "findings": sorted((v for v in views if v["kind"] == k), key=lambda v: (-v["confidence"], v["id"]))}
              for k in kinds]
    return {
        "case_name": case.root.resolve().name,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "glance": glance(case),
        "groups": groups,
        "entities": profiles(case, entities, views, subject),
    }


def profiles(case: Case, entities: list[dict[str, Any]], views: list[dict[str, Any]],
             subject: Any) -> list[dict[str, Any]]:
    """One profile per entity: its written forms, roles, relations,
    findings, watchlist matches and how often the mail mentions it."""
    mentions: dict[str, tuple[int, int]] = {
        r[0]: (r[1], r[2]) for r in case.db.execute(
            "SELECT entity_id, count(*), count(DISTINCT message_id) FROM mentions"
            " WHERE entity_id IS NOT NULL GROUP BY entity_id")
    }
    positions: dict[str, list[str]] = {}
    for r in case.db.execute(
        "SELECT entity_id, label, surface, extra FROM mentions WHERE entity_id IS NOT NULL"
        " AND (label = 'POSITION' OR extra LIKE '%\"role\"%') ORDER BY id"
    ):
        extra = loads(r["extra"], {})
        role = extra.get("role") if isinstance(extra, dict) else None
        role = role or (r["surface"] if r["label"] == "POSITION" else None)
        if isinstance(role, str) and role.strip():
            positions.setdefault(r["entity_id"], []).append(role.strip())
    out = []
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for v in views:
        for s in dict.fromkeys(x["id"] for x in v["subjects"]):
            by_entity.setdefault(s, []).append(v)
    relations: dict[str, list[dict[str, str]]] = {}
    for r in load_relations(case):
        detail = r["detail"] if isinstance(r["detail"], str) else _value(r["detail"])
        label = kind_label(r["kind"]) + (f" ({detail})" if detail else "")
        relations.setdefault(r["left"], []).append({"label": label, **subject(r["right"])})
        relations.setdefault(r["right"], []).append({"label": label, **subject(r["left"])})
    for ent in entities:
        eid = ent["id"]
        own = by_entity.get(eid, [])
        roles = list(ent["properties"].get("position", [])) + list(ent["properties"].get("role", []))
        roles += positions.get(eid, [])
        rels = list(relations.get(eid, []))
        watch = []
        for v in own:
            attrs = dict(v["attributes"])
            if v["kind"] == "watchlist_match":
                watch.append({"summary": v["summary"], "list": attrs.get("list", ""),
                              "entry_id": attrs.get("entry_id", ""), "score": attrs.get("score", ""),
                              "anchor": v["anchor"]})
            if v["kind"] == "employment" and attrs.get("role"):
                org = [s["name"] for s in v["subjects"] if s["id"] != eid]
                roles.append(attrs["role"] + (f", {org[0]}" if org else ""))
            for s in v["subjects"]:
                if s["id"] != eid:
                    label = kind_label(v["kind"]) + (f" ({attrs['relationship']})" if attrs.get("relationship") else "")
                    rels.append({"label": label, **s})
        props = [(k, ", ".join(vs)) for k, vs in sorted(ent["properties"].items()) if vs]
        n_mentions, n_messages = mentions.get(eid, (0, 0))
        out.append({
            "id": eid, "anchor": anchor("entity", eid), "name": ent["name"], "schema": ent["schema"],
            "names": ent["names"], "properties": props, "roles": _roles(roles),
            "relations": _unique(rels), "findings": own, "watchlist": watch,
            "mentions": n_mentions, "messages": n_messages,
        })
    out.sort(key=lambda p: (-len(p["findings"]), -p["messages"], p["name"].casefold(), p["id"]))
    return out


def _lang(code: Any) -> str:
    """A language tag for the quote (screen readers, hyphenation), where
    the stored code looks like one."""
    return code if isinstance(code, str) and re.fullmatch(r"[a-z]{2,3}", code) else ""


def _roles(roles: list[str]) -> list[str]:
    """Each role once; "engineer" gives way to "engineer, Plant" (the same
    role with its employer, from an employment finding)."""
    unique = list(dict.fromkeys(roles))
    return [r for r in unique if not any(o != r and o.startswith(r + ", ") for o in unique)]


def _unique(items: list[dict[str, str]]) -> list[dict[str, str]]:
    seen, out = set(), []
    for item in items:
        key = (item["label"], item["id"])
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def timeline_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per finding for the report's table: its own date where it
    has one, else the first message that states it (with how many more do),
    in time order. The chart and the timeline export keep every date."""
    rows: dict[str, dict[str, Any]] = {}
    for e in events:
        row = rows.get(e["finding_id"])
        if row is None:
            row = rows[e["finding_id"]] = {**e, "anchor": anchor("finding", e["finding_id"]), "more": 0}
        elif e["source"] != "message" and row["source"] == "message":
            rows[e["finding_id"]] = {**e, "anchor": row["anchor"], "more": row["more"] + 1}
        elif e["source"] == "message":
            row["more"] += 1
    return sorted(rows.values(), key=lambda r: (r["sort"], r["kind"], r["finding_id"]))
