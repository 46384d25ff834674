"""The benchmark's list builder, at toy size, so it keeps working."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "screen.py"


def test_benchmark_builds_a_list_and_names(tmp_path, shared_file):
    shared_file("data", "lists", "ofac_sdn.csv")
    spec = importlib.util.spec_from_file_location("bench_screen", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    listfile, names, expect = bench.build(300, 50, tmp_path, seed=3)
    lines = listfile.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 300 and all(json.loads(ln)["schema"] in {"Person", "Company"} for ln in lines)
    assert names.read_text(encoding="utf-8").startswith("name,schema,country,expect")
    assert expect and {e for _, e in bench.planted_pairs(names)} == set(expect)
    assert bench.to_cyrillic("Shchukin") == "Щукин"
