"""Folding measured on ../shared/data/name-pairs/dev.csv (labelled pairs of
name spellings): a search for one spelling must find the other, all its
words (AND), and look-alike names must mostly stay apart. Thresholds sit a
little under what the folding reaches, so a regression fails."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from paperchase.search.fold import WORD_RE, word_keys

PAIRS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "name-pairs" / "dev.csv"

# category -> lowest share of same-entity pairs found (label 1)
RECALL = {"cross_script": 0.96, "translit_same_script": 0.95, "place": 0.82, "case_form": 0.68,
          "word_order": 0.99, "be_ru_cognate": 0.68, "feminine_same_person": 0.58}
# category -> highest share of different-entity pairs found (label 0)
FALSE = {"neg_similar": 0.01, "neg_place": 0.05}


def finds(query: str, text: str) -> bool:
    keys: set[str] = set()
    for m in WORD_RE.finditer(text):
        keys.update(word_keys(m.group(0)))
    return all(set(word_keys(m.group(0))) & keys for m in WORD_RE.finditer(query))


@pytest.fixture(scope="module")
def shares() -> dict[tuple[str, str], float]:
    if not PAIRS.exists():
        pytest.skip(f"{PAIRS} is absent (the shared folder beside the repository)")
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with open(PAIRS, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            c = counts[(row["label"], row["category"])]
            c[0] += finds(row["left"], row["right"]) or finds(row["right"], row["left"])
            c[1] += 1
    return {k: hit / n for k, (hit, n) in counts.items()}


@pytest.mark.parametrize("category", sorted(RECALL))
def test_spellings_of_one_name_find_each_other(shares: dict[tuple[str, str], float], category: str) -> None:
    assert shares[("1", category)] >= RECALL[category]


@pytest.mark.parametrize("category", sorted(FALSE))
def test_look_alike_names_stay_apart(shares: dict[tuple[str, str], float], category: str) -> None:
    assert shares[("0", category)] <= FALSE[category]
