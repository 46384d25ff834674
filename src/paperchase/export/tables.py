"""`--format csv`: a zip of tables for spreadsheets and databases:
messages.csv, entities.csv, findings.csv, evidence.csv, sources.csv.

UTF-8 with a byte-order mark, so Excel reads Cyrillic right. A cell that
starts with `=`, `+`, `@` or a tab/CR would run as a formula when a
spreadsheet opens the file (leaked mail is hostile input): such cells get a
leading apostrophe, the usual guard; the JSON exports keep text verbatim.
The zip is written as a stream, so `-o -` (a pipe) works."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from paperchase.export.rows import Reader, format_address, load_entities, load_findings
from paperchase.store import Case

_FORMULA_START = ("=", "+", "@", "\t", "\r")


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _table(zf: zipfile.ZipFile, name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
        writer = csv.writer(text)
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell(v) for v in row])


def _addrs(items: list[dict[str, str]]) -> str:
    return "; ".join(format_address(a) for a in items)


def write_tables(case: Case, fh: BinaryIO) -> None:
    reader = Reader(case)
    entities = load_entities(case)
    findings = load_findings(case)
    names = {e["id"]: e["name"] for e in entities}
    with zipfile.ZipFile(fh, "w") as zf:
        _table(zf, "messages.csv",
               ["message_id", "sha256", "date", "from", "to", "cc", "subject", "language", "thread",
                "in_reply_to", "sources", "attachments", "errors", "text"],
               ([m.message_id, m.sha256, m.date, _addrs(m.sender), _addrs(m.to), _addrs(m.cc), m.subject,
                 m.language, m.thread, m.in_reply_to,
                 "; ".join(f"{s['source']}:{s['path']}@{s['offset']}" for s in m.sources),
                 "; ".join(a["filename"] for a in m.attachments),
                 "; ".join(f"{e['kind']}: {e['detail']}" for e in m.errors), m.text]
                for m in reader.iter_messages()))
        _table(zf, "entities.csv", ["id", "schema", "name", "names", "properties"],
               ([e["id"], e["schema"], e["name"], " | ".join(e["names"]), e["properties"]] for e in entities))
        _table(zf, "findings.csv",
               ["id", "kind", "summary", "subjects", "subject_names", "attributes", "confidence", "evidence"],
               ([f["id"], f["kind"], f["summary"], "; ".join(f["subjects"]),
                 "; ".join(names.get(s, s) for s in f["subjects"]), f["attributes"], f["confidence"],
                 len(f["evidence"])] for f in findings))

        def evidence_rows() -> Iterable[list[Any]]:
            for f in findings:
                for ev in f["evidence"]:
                    brief = reader.brief(ev["message_id"]) or {}
                    yield [f["id"], f["kind"], ev["message_id"], brief.get("date"), brief.get("from"),
                           brief.get("subject"), ev.get("quote", ""), ev.get("where", "")]

        _table(zf, "evidence.csv",
               ["finding_id", "kind", "message_id", "date", "from", "subject", "quote", "where"],
               evidence_rows())
        _table(zf, "sources.csv",
               ["path", "sha256", "kind", "size", "read", "stored", "duplicates", "failed", "expected"],
               ([r["path"], r["sha256"], r["kind"], r["size"], r["read"], r["stored"], r["duplicates"],
                 r["failed"], r["expected"]] for r in case.db.execute("SELECT * FROM sources ORDER BY id")))
