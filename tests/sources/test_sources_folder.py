"""Folders: Maildir++, folders of .eml, mixed trees, single .eml, kinds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sources_helpers import msg, shared

from paperchase.errors import SourceError
from paperchase.sources import open_source


def test_stalwart_maildir_tree() -> None:
    root = shared("email-samples", "maildir", "stalwart")
    src = open_source(root)
    assert src.kind == "maildir"
    items = list(src.iter_items())
    # Maildir files are messages by the layout, even these one-letter stubs
    assert len(items) == 6 and all(i.error is None for i in items)
    paths = [i.location.path for i in items]
    assert any("/.My Folder.Nested Folder/cur/" in p for p in paths)
    assert all(os.path.isabs(p) and p.startswith(str(src.path)) for p in paths)


@pytest.mark.parametrize("sub,count,refused", [("cyrillic", 34, 0), ("misc", 90, 3)])
def test_shared_eml_folders(sub: str, count: int, refused: int) -> None:
    root = shared("email-samples", sub)
    src = open_source(root)
    assert src.kind == "eml-folder"
    items = list(src.iter_items())
    failed = [i for i in items if i.error]
    # misc holds two PNG files and a text file named .eml: refused by content
    assert len([i for i in failed if i.error.startswith("not a mailbox")]) == refused
    assert len(items) - len(failed) >= count - refused


def test_single_eml_and_demo_loose() -> None:
    path = shared("email-samples", "cyrillic", "thunderbird__sample04.eml")
    src = open_source(path)
    assert src.kind == "eml"
    (item,) = list(src.iter_items())
    assert item.data == path.read_bytes() and item.error is None
    loose = open_source(shared("cases", "demo", "loose"))
    assert len([i for i in loose.iter_items() if i.error is None]) == 17


def test_mixed_tree(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.eml").write_bytes(msg("one"))
    (tmp_path / "a" / "b" / "Inbox").write_bytes(
        b"From x@example.org Mon Sep  5 10:00:00 2022\n"
        + msg("two")
        + b"\n"
        + b"From x@example.org Mon Sep  5 11:00:00 2022\n"
        + msg("three")
    )
    (tmp_path / "a" / "b" / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    (tmp_path / "notes.txt").write_text("shopping list\n")
    (tmp_path / "link.eml").symlink_to(tmp_path / "a" / "one.eml")
    src = open_source(tmp_path)
    assert src.kind == "eml-folder"
    items = list(src.iter_items())
    ok = [i for i in items if i.error is None]
    assert len(ok) == 3
    reasons = sorted(i.error for i in items if i.error)
    assert len(reasons) == 2 and reasons[0].startswith("not a mailbox") and "symlink" in reasons[1]
    mbox_items = [i for i in ok if i.location.offset is not None]
    assert [i.location.offset for i in mbox_items][0] == 0


def test_folder_sha_changes_with_content(tmp_path: Path) -> None:
    (tmp_path / "m.eml").write_bytes(msg("one"))
    first = open_source(tmp_path).sha256
    assert open_source(tmp_path).sha256 == first
    (tmp_path / "m.eml").write_bytes(msg("two"))
    assert open_source(tmp_path).sha256 != first


def test_maildir_plus_plus(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp", ".Sent/cur", ".A.B/new"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "cur" / "1.host:2,S").write_bytes(msg("one"))
    (tmp_path / ".Sent" / "cur" / "2.host:2,S").write_bytes(msg("two"))
    (tmp_path / ".A.B" / "new" / "3.host").write_bytes(msg("three"))
    (tmp_path / "dovecot-uidlist").write_text("3 V1 N4\n")
    (tmp_path / ".Sent" / "maildirfolder").write_text("")
    src = open_source(tmp_path)
    assert src.kind == "maildir"
    items = list(src.iter_items())
    assert len(items) == 3 and all(i.error is None for i in items)


def test_empty_and_mail_less_folders(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        open_source(tmp_path)
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(SourceError, match="no mailbox"):
        open_source(tmp_path)


def test_fifo_and_undecodable_names(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.eml")  # would block a reader forever
    odd = os.fsencode(tmp_path) + b"/\xff\xfe.eml"
    with open(odd, "wb") as f:
        f.write(msg("odd name"))
    (tmp_path / "plain.eml").write_bytes(msg("plain"))
    items = list(open_source(tmp_path).iter_items())
    ok = [i for i in items if i.error is None]
    assert len(ok) == 2
    for i in items:
        i.location.path.encode("utf-8")  # storable: no lone surrogates
    assert any("\\xff" in i.location.path for i in ok)
    (bad,) = [i for i in items if i.error]
    assert "special file" in bad.error


def test_same_order_every_run(tmp_path: Path) -> None:
    for n in range(12):
        d = tmp_path / f"d{n % 3}"
        d.mkdir(exist_ok=True)
        (d / f"{n}.eml").write_bytes(msg(f"m{n}"))
    first = [i.location for i in open_source(tmp_path).iter_items()]
    again = [i.location for i in open_source(tmp_path).iter_items()]
    assert first == again and len(first) == 12


def test_apple_mail_emlx(tmp_path: Path) -> None:
    body = msg("apple")
    plist = b'<?xml version="1.0"?>\n<plist version="1.0"><dict/></plist>\n'
    (tmp_path / "Messages").mkdir()
    (tmp_path / "Messages" / "12.emlx").write_bytes(f"{len(body)}\n".encode() + body + plist)
    (tmp_path / "Messages" / "._12.emlx").write_bytes(b"\0\5\x16\7 resource fork")
    src = open_source(tmp_path)
    (item,) = list(src.iter_items())
    assert item.error is None and item.data == body
    assert open_source(tmp_path / "Messages" / "12.emlx").kind == "eml"
