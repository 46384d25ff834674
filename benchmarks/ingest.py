#!/usr/bin/env python3
"""Ingest throughput and memory, next to two baselines on the same mbox.

    python3 benchmarks/ingest.py [--messages 50000] [--mbox FILE]

1. the full paperchase ingest (parse, decode, attachment text, store, search
   index) with its parse workers (store/parallel.py; the count is printed),
   run in a child process so its peak RSS is its own;
2. the standard library reading mail the way Aleph's ingest-file does
   (`email.policy.default`, `get_body`, `iter_attachments`, `get_content`);
3. the bare parse ceiling: `email.message_from_bytes` with compat32, parse only.

Baselines split the mbox on From_ lines with the same streaming reader the
product uses, so the figures compare parsing, not splitting. Prints messages/s,
MB/s, peak RSS (the writer's, and the largest parse worker's) and the ratios.
The baselines run on one core each; the runs are sequential."""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GEN = REPO.parent / "shared" / "tools" / "gen_mailbox.py"


def messages_of(mbox: Path):
    from paperchase.sources import open_source

    for item in open_source(mbox).iter_items():
        yield item.data


def bench_compat32(mbox: Path) -> tuple[int, float]:
    t0, n = time.perf_counter(), 0
    for raw in messages_of(mbox):
        email.message_from_bytes(raw)
        n += 1
    return n, time.perf_counter() - t0


def bench_aleph_style(mbox: Path) -> tuple[int, float]:
    t0, n = time.perf_counter(), 0
    for raw in messages_of(mbox):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            body = msg.get_body(preferencelist=("plain", "html"))
            if body is not None:
                body.get_content()
            for att in msg.iter_attachments():
                try:
                    att.get_content()
                except Exception:  # the baseline loses these; that is the point of comparing
                    pass
        except Exception:
            pass
        n += 1
    return n, time.perf_counter() - t0


def bench_paperchase(mbox: Path, case_dir: Path) -> dict[str, float]:
    code = (
        "import json, resource, sys, time\n"
        "from paperchase.store import Case\n"
        "from paperchase.store.ingest import ingest\n"
        "from paperchase.store.parallel import workers\n"
        "t0 = time.perf_counter()\n"
        f"case = Case.create({str(case_dir)!r})\n"
        f"s = ingest(case, [{str(mbox)!r}])\n"
        "dt = time.perf_counter() - t0\n"
        "print(json.dumps({'n': s.stored + sum(x.duplicates for x in s.sources), 'failed': s.failed,"
        " 'seconds': dt, 'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
        " 'worker_rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,"
        " 'workers': workers()}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=50000)
    ap.add_argument("--mbox", type=Path, help="an existing mbox instead of a generated one")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mbox = a.mbox
        if mbox is None:
            mbox = Path(tmp) / "bench.mbox"
            subprocess.run([sys.executable, str(GEN), str(mbox), "--messages", str(a.messages)], check=True,
                           stdout=subprocess.DEVNULL)
        size_mb = mbox.stat().st_size / 1e6
        pc = bench_paperchase(mbox, Path(tmp) / "case")
        n_c, t_c = bench_compat32(mbox)
        n_a, t_a = bench_aleph_style(mbox)
        rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate_pc, rate_c, rate_a = pc["n"] / pc["seconds"], n_c / t_c, n_a / t_a
    print(f"mbox: {mbox.name}, {size_mb:.1f} MB, {n_c} messages")
    print(f"{'run':<34}{'msg/s':>10}{'MB/s':>9}{'seconds':>9}")
    print(f"{'paperchase ingest (full)':<34}{rate_pc:>10.0f}{size_mb / pc['seconds']:>9.1f}{pc['seconds']:>9.1f}"
          f"   peak RSS {pc['rss_mb']:.0f} MB, failed {pc['failed']}")
    n_workers = int(pc["workers"])
    if n_workers > 1:
        print(f"{'':<34}parse workers: {n_workers} (PAPERCHASE_INGEST_WORKERS), largest worker's peak RSS "
              f"{pc['worker_rss_mb']:.0f} MB; all processes at most "
              f"{pc['rss_mb'] + n_workers * pc['worker_rss_mb']:.0f} MB")
    else:
        print(f"{'':<34}parse workers: none, parsed in the writer (PAPERCHASE_INGEST_WORKERS=1 or one core)")
    print(f"{'aleph-style policy.default':<34}{rate_a:>10.0f}{size_mb / t_a:>9.1f}{t_a:>9.1f}")
    print(f"{'compat32 parse only (ceiling)':<34}{rate_c:>10.0f}{size_mb / t_c:>9.1f}{t_c:>9.1f}"
          f"   (baselines' process peak RSS {rss_self:.0f} MB)")
    print(f"ratio paperchase / ceiling: {rate_pc / rate_c:.2f} (aim >= 0.5); "
          f"paperchase / aleph-style: {rate_pc / rate_a:.2f}")


if __name__ == "__main__":
    main()
