"""The scorer on the labelled development pairs (../shared): overall F1."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from paperchase.resolve.names import compare

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "name-pairs" / "dev.csv"


def test_dev_pairs_f1() -> None:
    if not DEV.exists():
        pytest.skip("../shared/data/name-pairs/dev.csv is absent")
    with DEV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    counts: Counter[str] = Counter()
    for r in rows:
        pred, gold = compare(r["left"], r["right"]).match, r["label"] == "1"
        counts["tp" if pred and gold else "fp" if pred else "fn" if gold else "tn"] += 1
    f1 = 2 * counts["tp"] / (2 * counts["tp"] + counts["fp"] + counts["fn"])
    assert f1 >= 0.95, counts
