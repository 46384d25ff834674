"""Shared fixtures for the screening tests: the real list samples beside the
repository, and small fictional lists and cases built in the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
LISTS = SHARED / "data" / "lists"
CASES = SHARED / "data" / "cases"


def _shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not there (the shared data sits beside the repository)")
    return path


@pytest.fixture
def shared_file():
    """`shared_file("data", "lists", "ofac_sdn.csv")`: the path, or skip."""
    return _shared_file


@pytest.fixture
def scorer():
    from paperchase.screen.scorer import default_scorer

    return default_scorer()


@pytest.fixture(autouse=True)
def _user_cache(tmp_path, monkeypatch):
    """Keep the user cache of screening indexes inside the test's folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def _write_ftm(path: Path, entities: list[dict]) -> Path:
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities), encoding="utf-8")
    return path


@pytest.fixture
def write_ftm():
    """`write_ftm(path, [entity, ...])`: FtM JSON lines written there."""
    return _write_ftm


def _build_case(root: Path, entities: list[dict], messages: list[dict] | None = None,
                mentions: list[dict] | None = None):
    """A case holding just these rows: entities {id, schema, name, names,
    properties}, messages {message_id, text, date}, mentions {entity_id,
    message (index into messages), surface, field}."""
    from paperchase.store.case import Case

    case = Case.create(root)
    with case.transaction():
        for e in entities:
            case.db.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                            (e["id"], e["schema"], e["name"], json.dumps(e.get("names", []), ensure_ascii=False),
                             json.dumps(e.get("properties", {}), ensure_ascii=False)))
        pks = []
        for n, m in enumerate(messages or []):
            cur = case.db.execute(
                "INSERT INTO messages (sha256, content_hash, message_id, has_message_id, date, date_utc, text)"
                " VALUES (?, ?, ?, 1, ?, ?, ?)",
                (f"sha{n}", f"ch{n}", m["message_id"], m.get("date"), m.get("date"), m["text"]))
            pks.append(cur.lastrowid)
        for m in mentions or []:
            text = (messages or [])[m["message"]]["text"]
            start = text.find(m["surface"])
            case.db.execute(
                "INSERT INTO mentions (entity_id, message_id, field, surface, label, start, end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (m["entity_id"], pks[m["message"]], m.get("field", "body"), m["surface"], m.get("label", "PER"),
                 start, start + len(m["surface"])))
    return case


@pytest.fixture
def build_case():
    return _build_case
