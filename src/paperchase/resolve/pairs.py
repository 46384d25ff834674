"""`paperchase names compare PAIRS.csv`: score labelled (or unlabelled) name
pairs with the one scorer, so that it can be measured from outside."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

from paperchase.errors import PaperchaseError
from paperchase.resolve.names import compare


class PairsFileError(PaperchaseError):
    """A pairs CSV without the columns the command needs."""

    hint = "Give a CSV with a header row naming at least the columns left and right."


def compare_csv(path: Path, out: TextIO) -> None:
    """Read a CSV with a header and columns left,right (any others are passed
    through, a `schema` column is used where present) and write the same
    rows with `score` (0-1) and `match` (true/false) added."""
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise PairsFileError(f"{path}: cannot be read: {exc}") from exc
    with fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        missing = [c for c in ("left", "right") if c not in fields]
        if missing:
            raise PairsFileError(f"{path}: missing column(s) {', '.join(missing)}; "
                                 f"the header has {', '.join(fields) or 'nothing'}")
        extra = [c for c in ("score", "match") if c not in fields]
        writer = csv.DictWriter(out, fieldnames=fields + extra, lineterminator="\n")
        writer.writeheader()
        for row in reader:
            left, right = row.get("left") or "", row.get("right") or ""
            schema = (row.get("schema") or None) if "schema" in fields else None
            result = compare(left, right, schema=schema)
            row["score"] = f"{result.score:.3f}"
            row["match"] = "true" if result.match else "false"
            writer.writerow({k: row.get(k, "") for k in fields + extra})
