"""Benchmark the name scorer on labelled pairs against the OpenSanctions
matchers and plain fuzzy matching.

    python benchmarks/name_pairs.py [PAIRS.csv] [--no-baselines]

PAIRS.csv defaults to ../shared/data/name-pairs/dev.csv (columns left, right,
label, category, entity_type). Prints precision, recall and F1 overall and
per category, and pairs per second, for:

- paperchase: `paperchase.resolve.names.compare` at its own threshold;
- logic-v2 / name-based: nomenklatura's matchers (the algorithms behind yente)
  on FollowTheMoney entities made from each name, at their best threshold
  on this file (generous to them);
- rapidfuzz: `fuzz.ratio` on `normality.ascii_text`, at its best threshold.

nomenklatura is a benchmark extra (pip install paperchase[bench]); where it
is missing its rows are skipped.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "name-pairs" / "dev.csv"
SCHEMA = {"person": "Person", "org": "Company", "place": "LegalEntity"}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, rows: list[dict[str, str]], scores: list[float], threshold: float, rate: float) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row, score in zip(rows, scores, strict=True):
        pred, gold = score >= threshold, row["label"] == "1"
        c = counts[row.get("category", "all")]
        c[0 if pred and gold else 1 if pred else 2 if gold else 3] += 1
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    p, r, f = prf(tp, fp, fn)
    print(f"\n== {name}  (threshold {threshold:.2f}, {rate:,.0f} pairs/s)")
    print(f"   overall                  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for cat in sorted(counts):
        c = counts[cat]
        if c[0] + c[2]:   # positive category: recall and F1 make sense
            cp, cr, cf = prf(c[0], c[1], c[2])
            print(f"   {cat:24s} P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}  (n={sum(c)})")
        else:             # negative category: report the false-positive rate
            print(f"   {cat:24s} correct rejections {c[3] / max(1, sum(c)):.3f}  (n={sum(c)}, fp={c[1]})")


def best_threshold(rows: list[dict[str, str]], scores: list[float]) -> float:
    best, best_f = 0.5, -1.0
    gold = [r["label"] == "1" for r in rows]
    for t in sorted(set(round(s, 3) for s in scores)):
        tp = sum(1 for s, g in zip(scores, gold, strict=True) if s >= t and g)
        fp = sum(1 for s, g in zip(scores, gold, strict=True) if s >= t and not g)
        fn = sum(1 for s, g in zip(scores, gold, strict=True) if s < t and g)
        f = prf(tp, fp, fn)[2]
        if f > best_f:
            best, best_f = t, f
    return best


def timed(fn: Callable[[dict[str, str]], float], rows: list[dict[str, str]]) -> tuple[list[float], float]:
    start = time.perf_counter()
    scores = [fn(r) for r in rows]
    return scores, len(rows) / max(1e-9, time.perf_counter() - start)


def run_paperchase(rows: list[dict[str, str]]) -> None:
    from paperchase.resolve.names import compare, threshold

    def score(r: dict[str, str]) -> float:
        return compare(r["left"], r["right"]).score

    timed(score, rows)               # parses each name once (per-name cache)
    compare.cache_clear()            # time the comparison of parsed names
    scores, rate = timed(score, rows)
    report("paperchase", rows, scores, threshold(), rate)


def run_nomenklatura(rows: list[dict[str, str]]) -> None:
    try:
        from followthemoney import StatementEntity, model
        from nomenklatura.matching import LogicV2, NameMatcher
    except ImportError:
        print("\n(nomenklatura not installed: pip install paperchase[bench])")
        return

    def entity(name: str, kind: str, eid: str) -> StatementEntity:
        schema = SCHEMA.get(kind, "LegalEntity")
        return StatementEntity.from_data(model.get(schema), {"id": eid, "schema": schema,
                                                             "properties": {"name": [name]}})

    for algo in (LogicV2, NameMatcher):
        config = algo.default_config()

        def score(r: dict[str, str], algo: type = algo, config: object = config) -> float:
            # unique ids: the matchers cache per entity id
            kind, pid = r.get("entity_type", "person"), r.get("pair_id") or str(id(r))
            left, right = entity(r["left"], kind, "l" + pid), entity(r["right"], kind, "r" + pid)
            return float(algo.compare(left, right, config).score)

        scores, rate = timed(score, rows)
        report(algo.NAME, rows, scores, best_threshold(rows, scores), rate)


def run_rapidfuzz(rows: list[dict[str, str]]) -> None:
    from normality import ascii_text
    from rapidfuzz import fuzz

    def score(r: dict[str, str]) -> float:
        left, right = ((ascii_text(r[k]) or "").lower() for k in ("left", "right"))
        return fuzz.ratio(left, right) / 100.0

    scores, rate = timed(score, rows)
    report("rapidfuzz ratio on ascii_text", rows, scores, best_threshold(rows, scores), rate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--no-baselines", action="store_true")
    args = parser.parse_args(argv)
    if not args.pairs.exists():
        print(f"no pairs file at {args.pairs}", file=sys.stderr)
        return 2
    with args.pairs.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    print(f"{len(rows)} pairs from {args.pairs}")
    run_paperchase(rows)
    if not args.no_baselines:
        run_nomenklatura(rows)
        run_rapidfuzz(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
