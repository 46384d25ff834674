from __future__ import annotations

from pathlib import Path

import pytest

from paperchase import lexicons
from paperchase.errors import DataFileError


def test_merge_extends_lists_and_mappings() -> None:
    base = {"a": {"ru": ["x"]}, "b": [1, 2], "c": 1}
    more = {"a": {"ru": ["y", "x"], "be": ["z"]}, "b": [3], "c": 2, "d": []}
    assert lexicons.merge(base, more) == {"a": {"ru": ["x", "y"], "be": ["z"]}, "b": [1, 2, 3], "c": 2, "d": []}


def test_investigators_folder_is_merged_over_the_bundled_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = lexicons.read("parse", "language.yml")
    key = next(k for k, v in bundled.items() if isinstance(v, list))
    (tmp_path / "parse").mkdir()
    (tmp_path / "parse" / "language.yml").write_text(f"{key}: [zzzword]\n", encoding="utf-8")
    monkeypatch.setenv("PAPERCHASE_LEXICON_DIR", str(tmp_path))
    merged = lexicons.read("parse", "language.yml")
    assert merged[key][-1] == "zzzword" and merged[key][:-1] == bundled[key]


def test_a_broken_file_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "parse").mkdir()
    bad = tmp_path / "parse" / "language.yml"
    bad.write_text("key: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("PAPERCHASE_LEXICON_DIR", str(tmp_path))
    with pytest.raises(DataFileError, match=str(bad)):
        lexicons.read("parse", "language.yml")


def test_screening_weights_take_the_investigators_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from paperchase.screen import evidence

    (tmp_path / "screen").mkdir()
    (tmp_path / "screen" / "evidence.yml").write_text("patronymic: {agree: 0.0, disagree: -0.9}\n", encoding="utf-8")
    monkeypatch.setenv("PAPERCHASE_LEXICON_DIR", str(tmp_path))
    evidence.weights.cache_clear()
    try:
        assert evidence.weights()["patronymic"]["disagree"] == -0.9
        assert evidence.weights()["gender"] == {"agree": 0.0, "disagree": -0.4}  # the rest as bundled
    finally:
        monkeypatch.delenv("PAPERCHASE_LEXICON_DIR")
        evidence.weights.cache_clear()
