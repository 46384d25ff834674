"""`paperchase names compare PAIRS.csv` and compare_csv."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from paperchase.cli import cli
from paperchase.errors import PaperchaseError
from paperchase.resolve.pairs import compare_csv


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_compare_csv_adds_score_and_match_and_keeps_columns(tmp_path: Path) -> None:
    src = _write(tmp_path / "pairs.csv", [["id", "left", "right", "label"],
                                           ["1", "Игорь Ракитский", "Ihar Rakitski", "1"],
                                           ["2", "Melchakou", "Melchakova", "0"]])
    out = io.StringIO()
    compare_csv(src, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["label"] == "1" and rows[0]["match"] == "true" and float(rows[0]["score"]) >= 0.8
    assert rows[1]["match"] == "false" and float(rows[1]["score"]) < 0.8


def test_missing_columns_are_a_clear_error(tmp_path: Path) -> None:
    src = _write(tmp_path / "bad.csv", [["a", "b"], ["x", "y"]])
    with pytest.raises(PaperchaseError, match="left, right"):
        compare_csv(src, io.StringIO())


def test_cli_names_compare(tmp_path: Path) -> None:
    src = _write(tmp_path / "pairs.csv", [["left", "right"], ["БЭМЗ", "Брестский электромеханический завод"]])
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["names", "compare", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["match"] == "true"
    bad = _write(tmp_path / "bad.csv", [["name"], ["x"]])
    result = CliRunner().invoke(cli, ["names", "compare", str(bad)])
    assert result.exit_code != 0 and "left" in result.output
