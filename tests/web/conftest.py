"""Fixtures of the web tests: one fictional case, built once per session
(ingest is the slow part) and only ever opened read-only by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_builder import build_web_case

from paperchase.web import WebApp, make_app


@pytest.fixture(scope="session")
def web_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_web_case(tmp_path_factory.mktemp("web") / "case")


@pytest.fixture(scope="session")
def app(web_case: Path) -> WebApp:
    return make_app(web_case)
