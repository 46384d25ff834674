#!/usr/bin/env python3
"""Analysis throughput: extract + resolve + findings on a synthetic mailbox,
with the time split by stage (ingest is measured by benchmarks/ingest.py and
not counted here).

    python3 benchmarks/analyze.py [--messages 20000] [--mbox FILE] [--case DIR] [--keep]

Generates the mbox with ../shared/tools/gen_mailbox.py (unless --mbox is
given), ingests it into a temporary case, then times each analysis stage on
its own and prints messages/s per stage and for the three together. A stage
that is not installed yet is reported as missing, not fatal, so the figures
of the others still come out. Findings run twice: the second run shows the
cost of the detectors alone, as `detect_case` replaces its own output."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GEN = REPO.parent / "shared" / "tools" / "gen_mailbox.py"


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=20000, help="size of the generated mailbox")
    ap.add_argument("--mbox", type=Path, help="use this mbox instead of generating one")
    ap.add_argument("--case", type=Path, help="case folder to use (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary case")
    a = ap.parse_args(argv)

    from paperchase.store import Case
    from paperchase.store.ingest import ingest

    tmp = Path(tempfile.mkdtemp(prefix="pc-analyze-"))
    mbox = a.mbox
    if mbox is None:
        mbox = tmp / "bench.mbox"
        subprocess.run([sys.executable, str(GEN), str(mbox), "--messages", str(a.messages)], check=True)
    case_dir = a.case or tmp / "case"
    case = Case.create(case_dir)
    t_ingest, _ = timed(lambda: ingest(case, [mbox]))
    n = case.count_messages()
    print(f"{n} messages ingested in {t_ingest:.1f} s (not counted below)")

    stages = []
    try:
        from paperchase.extract import extract_case

        stages.append(("extract", lambda: extract_case(case)))
    except ImportError as exc:
        print(f"extract: missing ({exc})")
    try:
        from paperchase.resolve import resolve_case

        stages.append(("resolve", lambda: resolve_case(case)))
    except ImportError as exc:
        print(f"resolve: missing ({exc})")
    from paperchase.findings import detect_case

    stages.append(("findings", lambda: detect_case(case)))
    stages.append(("findings (again)", lambda: detect_case(case)))

    total = 0.0
    for name, fn in stages:
        secs, out = timed(fn)
        if not name.endswith("(again)"):
            total += secs
        print(f"{name:<18} {secs:8.1f} s  {n / secs if secs else 0:9.0f} msg/s  ({out} rows)")
    print(f"{'analysis':<18} {total:8.1f} s  {n / total if total else 0:9.0f} msg/s  (extract + resolve + findings)")
    case.close()
    if not a.keep and a.case is None:
        shutil.rmtree(tmp, ignore_errors=True)
    elif a.keep:
        print(f"kept {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
