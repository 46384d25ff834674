"""Outlook .pst stores: counts, fields, protected and damaged stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sources_helpers import shared

from paperchase.errors import SourceError
from paperchase.sources import open_source


@pytest.mark.parametrize(
    "name,count,attachments",
    [("go-pst__32-bit.pst", 1, 0), ("go-pst__support.pst", 17, 2), ("java-libpst__passworded.pst", 3, 0)],
)
def test_pst_counts(name: str, count: int, attachments: int) -> None:
    src = open_source(shared("outlook", name))
    assert src.kind == "pst" and src.expected == count
    items = list(src.iter_items())
    assert len(items) == count and all(i.error is None and i.kind == "outlook" for i in items)
    assert sum(len(i.parsed.attachments) for i in items) == attachments
    members = [i.location.member for i in items]
    assert len(set(members)) == count and all("#" in m for m in members)


def test_pst_fields() -> None:
    items = list(open_source(shared("outlook", "go-pst__support.pst")).iter_items())
    with_att = [i for i in items if i.parsed.attachments]
    (item,) = with_att
    m = item.parsed
    assert m.subject.startswith("IMPORTANT: Support portal downtime")
    assert m.date.startswith("2014-03-12T") and m.sender[0].email.startswith("support@")
    assert m.message_id and item.data.startswith(b"From: ")
    (cal,) = list(open_source(shared("outlook", "go-pst__32-bit.pst")).iter_items())
    assert cal.parsed.subject == "Updated: Olympus training for new hires" and cal.parsed.text


def test_damaged_pst_is_recorded(tmp_path: Path) -> None:
    good = shared("outlook", "go-pst__support.pst").read_bytes()
    p = tmp_path / "cut.pst"
    p.write_bytes(good[:4096])
    src = open_source(p)
    items = list(src.iter_items())
    assert items and all(i.error for i in items)
    q = tmp_path / "junk.pst"
    q.write_bytes(b"!BDN" + b"\0" * 100)
    try:
        items = list(open_source(q).iter_items())
    except SourceError:
        return
    assert all(i.error for i in items)
