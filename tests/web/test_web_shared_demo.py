"""The web view over the shared demo mailbox, ingested for real with its
truth file standing in for the analysis: every message renders, and every
quote of every finding is marked in the message its link opens (or is
reached through the message attached to it)."""

from __future__ import annotations

import re
from pathlib import Path

import case_builders as cb
import pytest

from paperchase.web import get, make_app


def test_every_message_and_every_quote(tmp_path: Path) -> None:
    demo = cb.shared_demo()
    if demo is None:
        pytest.skip("../shared/data/cases/demo is absent")
    cb.build_demo_case(tmp_path / "case", demo).close()
    app = make_app(tmp_path / "case")
    try:
        pks = [r[0] for r in app.case.db.execute("SELECT id FROM messages")]
        assert pks
        for pk in pks:
            status, _, body = get(app, f"/message/{pk}")
            assert status == 200 and b"<script" not in body.lower(), pk
        findings = get(app, "/findings")[2].decode("utf-8")
        links = [link.replace("&amp;", "&") for link in re.findall(r'href="(/message/\d+\?f=[^"#]+)', findings)]
        assert links
        missing = []
        for link in links:
            html = get(app, link)[2].decode("utf-8")
            if 'id="quote"' not in html and "stands in the attached message" not in html \
                    and "(no quote given)" not in html:
                missing.append(link)
        assert not missing, missing
    finally:
        app.case.close()
