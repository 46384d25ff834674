"""mbox splitting: shared samples, quoting, CRLF, truncation, huge lines."""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

import pytest
from sources_helpers import msg, shared

from paperchase.errors import SourceError
from paperchase.sources import mbox as mbox_mod
from paperchase.sources import open_source
from paperchase.sources.mbox import iter_mbox
from paperchase.sources.where import Where

W = Where("/x/box.mbox", "0" * 64, "/x/box.mbox")


def split(data: bytes, **kw: object) -> list:
    return list(iter_mbox(io.BytesIO(data), W, **kw))


def good(items: list) -> list:
    return [i for i in items if i.error is None]


@pytest.mark.parametrize(
    "name,count",
    [
        ("gmime__mbox__output__jwz.mbox", 152),
        ("gmime__mbox__output__substring.mbox", 3),
        ("mimekit__mbox__content-length.mbox.txt.mbox", 29),
        ("mimekit__mbox__simple.mbox.txt.mbox", 3),
        # 3 lines start with "From " but two are the body line "From Russia
        # with love" (unquoted); the first envelope line hides behind a BOM:
        # the file holds 2 messages
        ("mimekit__mbox__unmunged.mbox.txt.mbox", 2),
    ],
)
def test_shared_mbox_counts(name: str, count: int) -> None:
    path = shared("email-samples", "mbox", name)
    src = open_source(path)
    assert src.kind == "mbox"
    items = list(src.iter_items())
    assert len(good(items)) == count
    for item in good(items):
        assert item.location.source == os.path.abspath(path)
        assert item.location.offset is not None


def test_demo_mailbox_137() -> None:
    path = shared("cases", "demo", "mailbox.mbox")
    items = list(open_source(path).iter_items())
    assert len(items) == 137 and not [i for i in items if i.error]
    raw = path.read_bytes()
    for item in items[:20]:
        assert raw[item.location.offset :].startswith(b"From ")


def test_offsets_and_exact_bytes() -> None:
    a, b = msg("one"), msg("two")
    box = b"From a@example.org Mon Sep  5 10:00:00 2022\n" + a + b"\n"
    off = len(box)
    box += b"From b@example.org Mon Sep  5 11:00:00 2022\n" + b + b"\n"
    items = split(box)
    assert [i.data for i in items] == [a, b]
    assert [i.location.offset for i in items] == [0, off]


def test_crlf() -> None:
    a, b = msg("one", eol="\r\n"), msg("two", eol="\r\n")
    box = b"From a@example.org Mon Sep  5 10:00:00 2022\r\n" + a + b"\r\n"
    box += b"From b@example.org Mon Sep  5 11:00:00 2022\r\n" + b + b"\r\n"
    assert [i.data for i in split(box)] == [a, b]


def test_mboxrd_and_mboxo_unquoting() -> None:
    body = "Para.\n\n>From the start\n>>From deeper\n> From not quoted\n"
    box = b"From a@example.org Mon Sep  5 10:00:00 2022\n" + msg("q", body=body)
    (item,) = split(box)
    assert b"\nFrom the start\n>From deeper\n> From not quoted\n" in item.data


def test_body_from_line_is_not_a_boundary() -> None:
    body = "Favourite film:\n\nFrom Russia with love\n\nEnd.\n"
    box = b"From a@example.org Mon Sep  5 10:00:00 2022\n" + msg("film", body=body)
    (item,) = split(box)
    assert b"From Russia with love" in item.data


def test_from_line_without_blank_line_before() -> None:
    box = b"From - \n" + msg("one") + b"From - Mon Sep  5 11:00:00 2022\n" + msg("two")
    assert len(split(box)) == 2


def test_boundaries_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    box = b"".join(
        b"From a@example.org Mon Sep  5 10:00:00 2022\n" + msg(f"m{i}", body="x\n" * i) + b"\n"
        for i in range(40)
    )
    whole = split(box)
    monkeypatch.setattr(mbox_mod, "CHUNK", 5)
    assert split(box) == whole and len(whole) == 40


def test_truncated_mbox_keeps_what_precedes_the_cut() -> None:
    box = b"From a@example.org Mon Sep  5 10:00:00 2022\n" + msg("one") + b"\n"
    box += b"From b@example.org Mon Sep  5 11:00:00 2022\n" + msg("two", body="cut in the mid")[:-5]
    items = split(box)
    assert len(items) == 2 and items[0].data == msg("one") and items[1].error is None


def test_oversized_message_and_huge_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCHASE_MAX_MESSAGE_BYTES", str(1 << 20))
    line = b"A" * (30 << 20)
    box = (
        b"From a@example.org Mon Sep  5 10:00:00 2022\n"
        + msg("big", body="")
        + line
        + b"\n\n"
        + b"From b@example.org Mon Sep  5 11:00:00 2022\n"
        + msg("small")
    )
    src = io.BytesIO(box)
    del box, line
    tracemalloc.start()
    items = list(iter_mbox(src, W))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(items) == 2
    assert (
        items[0].error and items[0].error.startswith("message too large") and len(items[0].data) <= 64 * 1024
    )
    assert items[1].error is None and items[1].data == msg("small")
    assert peak < 12 << 20  # buffers of about a chunk, not the 30 MB line


def test_text_before_first_from_line_is_recorded() -> None:
    box = b"junk line\nmore junk\n" + b"From - \n" + msg("one")
    items = split(box)
    assert items[0].error and "before the first From_" in items[0].error
    assert items[1].error is None


def test_not_a_mailbox(tmp_path: Path) -> None:
    p = tmp_path / "notes.mbox"
    p.write_text("just some notes\nnothing here\n")
    with pytest.raises(SourceError):
        open_source(p)
    with pytest.raises(SourceError):
        open_source(tmp_path / "missing.mbox")


def test_unusual_envelope_followed_by_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    box = b"From MAILER-DAEMON\n" + msg("one") + b"\nFrom MAILER-DAEMON\n" + msg("two")
    box += b"\nFrom here on, prose.\nNot: a header block\n"
    whole = split(box)
    assert len(whole) == 2 and whole[0].data == msg("one")
    assert whole[1].data.startswith(msg("two")) and b"From here on" in whole[1].data
    monkeypatch.setattr(mbox_mod, "CHUNK", 3)
    assert split(box) == whole
