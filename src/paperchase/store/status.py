"""What the case holds, per source: read, stored, duplicates, failed, and why.
Investigators asked Aleph for this for years; Datashare shows it for PST."""

from __future__ import annotations

from paperchase.store.case import Case


def status_rows(case: Case) -> list[dict[str, object]]:
    rows = []
    for src in case.db.execute("SELECT * FROM sources ORDER BY id"):
        failures = case.db.execute(
            "SELECT path, member, offset, reason, raw_sha256, size FROM failures WHERE source_id = ? ORDER BY id",
            (src["id"],),
        ).fetchall()
        rows.append({**dict(src), "failures": [dict(f) for f in failures]})
    return rows


def render_status(case: Case) -> str:
    db = case.db
    n_msg = db.execute("SELECT count(*) FROM messages").fetchone()[0]
    n_att = db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    n_conf = db.execute("SELECT count(*) FROM messages WHERE conflict = 1").fetchone()[0]
    n_threads = db.execute("SELECT count(*) FROM threads").fetchone()[0]
    lines = [f"case {case.root}: {n_msg} messages, {n_att} attachments, {n_threads} threads"
             + (f", {n_conf} sharing a Message-ID with other content" if n_conf else "")]
    for r in status_rows(case):
        state = "finished" if r["finished_at"] else "UNFINISHED (run ingest again to resume)"
        expected = f", the source says it holds {r['expected']}" if r["expected"] is not None else ""
        lines.append(
            f"- {r['path']} [{r['kind']}] sha256 {r['sha256']}: read {r['read']}, stored {r['stored']},"
            f" duplicates {r['duplicates']}, failed {r['failed']}{expected}; {state}"
        )
        for f in r["failures"]:  # type: ignore[attr-defined]
            where = " ".join(str(x) for x in (f["path"], f["member"], "" if f["offset"] < 0 else f"@{f['offset']}") if x)
            raw = f" (raw bytes: blobs {f['raw_sha256']}, {f['size']} bytes)" if f["raw_sha256"] else ""
            lines.append(f"    failed {where}: {f['reason']}{raw}")
    n_ent = db.execute("SELECT count(*) FROM entities").fetchone()[0]
    n_find = db.execute("SELECT count(*) FROM findings").fetchone()[0]
    if n_ent or n_find:
        lines.append(f"analysis: {n_ent} entities, {n_find} findings")
    for err in case.get_kv("findings.errors", []) or []:
        lines.append(f"    findings: the {err['detector']} detector failed on {err['message_id']}: {err['error']}")
    return "\n".join(lines)
