"""The web view never writes to the case."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from paperchase.errors import CaseError
from paperchase.web import get, make_app, open_readonly


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_connection_refuses_writes(web_case: Path) -> None:
    case = open_readonly(web_case)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            case.db.execute("DELETE FROM messages")
    finally:
        case.close()


def test_browsing_leaves_the_case_files_as_they_were(web_case: Path) -> None:
    before = digest(web_case)
    app = make_app(web_case)
    for path in ["/", "/search?q=%D1%81%D1%82%D0%B0%D0%BD%D0%BE%D0%BA", "/message/1", "/entities", "/findings",
                 "/failures", "/message/1/raw"]:
        assert get(app, path)[0] == 200
    app.case.close()
    assert digest(web_case) == before


def test_no_case_is_a_case_error(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="no case"):
        open_readonly(tmp_path)


def test_an_old_schema_is_refused_not_upgraded(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "case.sqlite")
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    db.execute("INSERT INTO _migrations VALUES ('m001_ingest', '')")
    db.commit()
    db.close()
    with pytest.raises(CaseError, match="predates") as err:
        open_readonly(tmp_path)
    assert "paperchase status" in err.value.hint
