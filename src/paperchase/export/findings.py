"""`--format findings`: the `paperchase.findings/1` document
(`spec/findings-format.md`), the contract between the analysis and whatever
reads its result: the report, the web view, the scorer."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, BinaryIO

from paperchase.export.rows import load_entities, load_findings
from paperchase.store import Case

FORMAT = "paperchase.findings/1"


def findings_document(case: Case) -> dict[str, Any]:
    return {"format": FORMAT, "entities": load_entities(case), "findings": load_findings(case)}


def dump_findings(case: Case, fh: BinaryIO) -> None:
    text = json.dumps(findings_document(case), ensure_ascii=False, indent=1)
    fh.write(text.encode("utf-8") + b"\n")


def write_findings(case: Case, path: Path | str) -> None:
    """Write the findings file at `path`, atomically: a scorer or a web view
    reading it never sees half a document."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        dump_findings(case, fh)
    os.replace(tmp, path)
