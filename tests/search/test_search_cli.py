"""`paperchase search`: human output, JSON lines, batch CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from search_builder import Builder

from paperchase.cli import cli


@pytest.fixture(scope="module")
def case_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("searchcli") / "case"
    b = Builder(root)
    b.add("Передайте Анцыферову акт приёмки станков.", subject="Акт приёмки",
          sender=("Пётр Ёлкин", "p.elkin@zavod.example.ru"))
    b.add("Meeting with Mr Antsyferau in Baranavichy.", subject="Visit", language="en",
          attachments=[("plan.docx", "Agenda: lathes (станки) for Baranavichy.")])
    b.case.close()
    return root


def test_human_output(case_dir: Path) -> None:
    r = CliRunner().invoke(cli, ["search", "--case", str(case_dir), "Antsiferov"])
    assert r.exit_code == 0, r.output
    assert "Акт приёмки" in r.output and "Пётр Ёлкин" in r.output
    assert "[Анцыферову]" in r.output and "[body]" in r.output


def test_json_lines(case_dir: Path) -> None:
    r = CliRunner().invoke(cli, ["search", "--case", str(case_dir), "--json", "Барановичи"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert {"message_id", "score", "snippet", "where"} <= set(row)
        assert isinstance(row["score"], float)
    assert {row["where"] for row in rows} == {"body", "attachment:plan.docx"}


def test_limit_and_sort(case_dir: Path) -> None:
    r = CliRunner().invoke(cli, ["search", "--case", str(case_dir), "--json", "--limit", "1", "--sort", "date",
                                 "Барановичи"])
    assert r.exit_code == 0, r.output
    assert len(r.output.splitlines()) == 1


def test_exact_flag(case_dir: Path) -> None:
    r = CliRunner().invoke(cli, ["search", "--case", str(case_dir), "--json", "--exact", "Antsiferov"])
    assert r.exit_code == 0 and r.output == ""


def test_batch_csv(case_dir: Path, tmp_path: Path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("# watch terms\nAntsiferov\n\nстанок\n\"unclosed\n", encoding="utf-8")
    out = tmp_path / "hits.csv"
    r = CliRunner().invoke(cli, ["search", "--case", str(case_dir), "--terms", str(terms), "-o", str(out)])
    assert r.exit_code == 0, r.output
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["term", "message_id", "score", "where"]
    assert {r["term"] for r in rows} == {"Antsiferov", "станок"}
    assert len([r for r in rows if r["term"] == "Antsiferov"]) == 2
    assert {r["where"] for r in rows if r["term"] == "станок"} == {"body", "attachment:plan.docx"}


def test_bad_query_is_a_clean_error(case_dir: Path) -> None:
    r = CliRunner().invoke(cli, ["search", "--case", str(case_dir), "after:soon x"])
    assert r.exit_code != 0
    assert "after:" in r.output and "Traceback" not in r.output
