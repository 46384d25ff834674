"""Screening at scale: a list of N entries built by recombining and
transliterating the names of the real list samples (../shared/data/lists),
written as FtM JSON lines to a temporary folder, and M names screened with
the CLI path (`paperchase screen --names`). Prints the index build time,
names screened per second and peak RSS, next to a brute-force rapidfuzz
baseline (every name against every entry) over a sample, in the same run,
and how many planted true names each one found.

    .venv/bin/python benchmarks/screen.py                      # 1,000,000 entries, 100,000 names
    .venv/bin/python benchmarks/screen.py --entries 100000 --names 10000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT / ".." / "shared" / "data" / "lists"

LAT2CYR = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("yu", "ю"),
           ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"),
           ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
           ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
           ("c", "к"), ("j", "й"), ("w", "в"), ("x", "кс"), ("q", "к")]
FEMININE = ("OVA", "EVA", "INA", "AYA", "YNA")
LEGAL = ["LLC", "JSC", "OJSC", "CO., LTD.", "GMBH", "S.A.", "INC", "PJSC", "LIMITED"]


def to_cyrillic(word: str) -> str:
    """A rough Latin→Cyrillic transliteration: the other script of a list name."""
    out, w = [], word.lower()
    i = 0
    while i < len(w):
        for lat, cyr in LAT2CYR:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out).capitalize()


def pools() -> dict[str, list[str]]:
    """Surnames, given names, patronymics and organisation words of the real lists."""
    sys.path.insert(0, str(ROOT / "src"))
    from paperchase.screen.loaders import load_watchlist

    surnames, given, patronymics, org_words = set(), set(), set(), set()
    for path in sorted(LISTS.glob("*")):
        try:
            entries, _ = load_watchlist(path)
        except Exception:  # noqa: BLE001 - SOURCE.md and companion files
            continue
        for e in entries:
            for name, _kind in e.names:
                if not re.fullmatch(r"[\w ,.'-]+", name):
                    continue
                if e.schema == "Person":
                    if "," in name:
                        last, rest = name.split(",", 1)
                        parts = rest.split()
                    else:
                        *parts, last = name.split() or [""]
                    if last.strip():
                        surnames.add(last.strip().upper())
                    if parts:
                        given.add(parts[0].strip().title())
                    if len(parts) > 1 and re.search(r"(vich|vna|ovych|ivna)$", parts[1].lower()):
                        patronymics.add(parts[1].title())
                else:
                    org_words.update(w.upper() for w in name.split() if len(w) > 3 and w.isalpha())
    return {k: sorted(v) for k, v in {"surnames": surnames, "given": given, "patronymics": patronymics,
                                      "org_words": org_words}.items()}


def build(n_entries: int, n_names: int, folder: Path, seed: int) -> tuple[Path, Path, list[str]]:
    rnd = random.Random(seed)
    p = pools()
    S, G, P, W = p["surnames"], p["given"], p["patronymics"], p["org_words"]
    PF = [x for x in P if x.lower().endswith("na")] or P
    PM = [x for x in P if not x.lower().endswith("na")] or P
    listfile = folder / "big.ftm.json"
    captions: list[str] = []
    people: list[tuple[str, str, str]] = []
    with open(listfile, "w", encoding="utf-8") as fh:
        for i in range(n_entries):
            if rnd.random() < 0.7:
                last, first = rnd.choice(S), rnd.choice(G)
                female = last.endswith(FEMININE)  # keep surname and patronymic of one gender
                pat = rnd.choice(PF if female else PM)
                name = f"{last}, {first} {pat}"
                props = {"name": [name], "nationality": [rnd.choice(["ru", "by", "ua", "ir", "cn", "sy"])]}
                if rnd.random() < 0.3:
                    props["alias"] = [f"{to_cyrillic(last)} {to_cyrillic(first)} {to_cyrillic(pat)}"]
                if rnd.random() < 0.5:
                    props["birthDate"] = [str(rnd.randint(1940, 2000))]
                schema = "Person"
                people.append((last, first, pat))
            else:
                words = rnd.sample(W, rnd.randint(1, 3))
                name = " ".join(words) + " " + rnd.choice(LEGAL)
                props = {"name": [name], "country": [rnd.choice(["ru", "by", "cn", "ae", "tr"])]}
                schema = "Company"
                people.append(("", "", ""))
            captions.append(name)
            fh.write(json.dumps({"id": f"b-{i}", "schema": schema, "caption": name, "properties": props,
                                 "datasets": ["bench"]}, ensure_ascii=False) + "\n")
    names = folder / "names.csv"
    expect: list[str] = []
    with open(names, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "schema", "country", "expect"])
        for _ in range(n_names):
            if rnd.random() < 0.2:  # planted: an entry's name as the mail would write it
                i = rnd.randrange(n_entries)
                last, first, pat = people[i]
                if not last:
                    w.writerow([captions[i].title(), "Company", "", f"b-{i}"])
                else:
                    form = rnd.choice([f"{to_cyrillic(last)} {to_cyrillic(first)} {to_cyrillic(pat)}",
                                       f"{first} {pat} {last.title()}", f"{first} {last.title()}"])
                    w.writerow([form, "Person", "", f"b-{i}"])
                expect.append(f"b-{i}")
            else:  # most names an investigator is handed are on no list
                last = rnd.choice(S)
                pat = rnd.choice(PF if last.endswith(FEMININE) else PM)
                w.writerow([f"{rnd.choice(G)} {pat} {last.title()}", "Person", "", ""])
    return listfile, names, expect


def planted_pairs(names: Path) -> set[tuple[str, str]]:
    with open(names, encoding="utf-8", newline="") as fh:
        return {(r["name"], r["expect"]) for r in csv.DictReader(fh) if r["expect"]}


def _tree_pss_mb(root: int) -> float:
    """Proportional set size of a process and its descendants (Linux): shared
    copy-on-write pages of forked workers are counted once."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def run_cli(listfile: Path, names: Path, out: Path, env: dict[str, str]
            ) -> tuple[float, float | None, str, float]:
    """Wall time, index build time, stderr and peak memory (MB, PSS of the process tree)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "paperchase.cli", "screen", "--names", str(names),
                             "--watchlist", str(listfile), "-o", str(out)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_pss_mb(proc.pid))
            time.sleep(0.5)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    elapsed = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"paperchase screen failed:\n{err}")
    m = re.search(r"index built in ([\d.]+)s", err)
    return elapsed, float(m.group(1)) if m else None, err, peak[0]


def baseline(listfile: Path, names: Path, sample: int, seed: int) -> tuple[float, set[tuple[str, str]]]:
    """Every sampled name against every entry name with rapidfuzz (token_sort_ratio ≥ 85)."""
    sys.path.insert(0, str(ROOT / "src"))
    from paperchase.screen.index import fold

    ids, choices = [], []
    with open(listfile, encoding="utf-8") as fh:
        for line in fh:
            e = json.loads(line)
            for n in e["properties"]["name"] + e["properties"].get("alias", []):
                ids.append(e["id"])
                choices.append(fold(n))
    with open(names, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rnd = random.Random(seed)
    rows = rnd.sample(rows, min(sample, len(rows)))
    found: set[tuple[str, str]] = set()
    started = time.perf_counter()
    for r in rows:
        for _c, _s, i in process.extract(fold(r["name"]), choices, scorer=fuzz.token_sort_ratio,
                                          score_cutoff=85, limit=5):
            found.add((r["name"], ids[i]))
    per_name = (time.perf_counter() - started) / max(1, len(rows))
    return per_name, found | {("__sample__", json.dumps([r["name"] for r in rows]))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--names", type=int, default=100_000)
    ap.add_argument("--baseline-sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rerun", action="store_true", help="Screen a second time, with the cached index.")
    ap.add_argument("--keep", type=Path, help="Build in this folder and keep it (else a temporary one).")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="paperchase-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    listfile, names, _ = build(args.entries, args.names, folder, args.seed)
    print(f"generated {args.entries:,} entries and {args.names:,} names in {time.perf_counter() - t0:.1f}s"
          f" ({listfile.stat().st_size / 1e6:.0f} MB list)")
    env = dict(os.environ, XDG_CACHE_HOME=str(folder / "cache"), PYTHONPATH=str(ROOT / "src"))
    out = folder / "matches.csv"
    total, built, _log, pss = run_cli(listfile, names, out, env)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    build_s = built or 0.0
    screen_s = total - build_s
    planted = planted_pairs(names)
    with open(out, encoding="utf-8", newline="") as fh:
        got = {(r["name"], r["entry_id"]) for r in csv.DictReader(fh)}
    pss2 = 0.0
    if args.rerun:
        again, rebuilt, _, pss2 = run_cli(listfile, names, folder / "matches2.csv", env)
    print(f"paperchase: index build {build_s:.1f}s; screening {args.names:,} names {screen_s:.1f}s"
          f" = {args.names / screen_s:,.0f} names/s; whole command {total:.1f}s; peak RSS {rss:,.0f} MB"
          f" (largest process), {max(pss, pss2):,.0f} MB (all processes, PSS)")
    if args.rerun:
        print(f"paperchase, second run (cached index{'' if rebuilt is None else ' NOT reused'}): {again:.1f}s"
              f" = {args.names / again:,.0f} names/s")
    print(f"paperchase: planted names found {len(planted & got):,} of {len(planted):,}"
          f" ({len(planted & got) / max(1, len(planted)):.1%}); rows written {len(got):,}")
    per_name, found = baseline(listfile, names, args.baseline_sample, args.seed)
    sample = set(json.loads(next(v for k, v in found if k == "__sample__")))
    sp = {p for p in planted if p[0] in sample}
    print(f"rapidfuzz brute force (token_sort_ratio ≥ 85 over all {args.entries:,} entries):"
          f" {per_name * 1000:.0f} ms/name = {1 / per_name:,.1f} names/s (sample {len(sample)});"
          f" would take {per_name * args.names / 60:,.0f} min for {args.names:,} names;"
          f" planted found in sample {len(sp & found)}/{len(sp)},"
          f" paperchase on the same {len(sp & got)}/{len(sp)}")
    if not args.keep:
        for p in sorted(folder.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        folder.rmdir()


if __name__ == "__main__":
    main()
