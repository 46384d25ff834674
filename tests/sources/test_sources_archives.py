"""Archives: zip, tar(.gz), 7z, gzip'd mbox, nesting; hostile members."""

from __future__ import annotations

import gzip
import io
import os
import tarfile
import zipfile
from pathlib import Path

import py7zr
import pytest
from sources_helpers import msg

from paperchase.errors import SourceError
from paperchase.sources import open_source

MBOX = (
    b"From a@example.org Mon Sep  5 10:00:00 2022\n"
    + msg("one")
    + b"\n"
    + b"From a@example.org Mon Sep  5 11:00:00 2022\n"
    + msg("two")
    + b"\n"
)


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def items_of(path: Path) -> tuple[list, list]:
    items = list(open_source(path).iter_items())
    return [i for i in items if i.error is None], [i for i in items if i.error]


def test_zip_of_mbox_eml_and_pdf(tmp_path: Path) -> None:
    p = tmp_path / "dump.dat"  # the name says nothing: content decides
    p.write_bytes(zip_bytes({"box/Inbox": MBOX, "one.eml": msg("three"), "scan.pdf": b"%PDF-1.4\n..."}))
    src = open_source(p)
    assert src.kind == "zip"
    ok, bad = items_of(p)
    assert len(ok) == 3
    assert ok[0].location.member == "box/Inbox" and ok[1].location.offset and ok[1].location.offset > 0
    assert len(bad) == 1 and bad[0].error.startswith("not a mailbox") and bad[0].location.member == "scan.pdf"


def test_zip_traversal_and_absolute_names(tmp_path: Path) -> None:
    p = tmp_path / "evil.zip"
    p.write_bytes(zip_bytes({"../../escape.eml": msg("x"), "/etc/abs.eml": msg("y"), "ok.eml": msg("z")}))
    before = set(os.listdir(tmp_path.parent))
    ok, bad = items_of(p)
    assert len(ok) == 1 and ok[0].location.member == "ok.eml"
    assert sorted(b.error.split(":")[0] for b in bad) == ["path-traversal", "path-traversal"]
    assert set(os.listdir(tmp_path.parent)) == before


def test_zip_bomb_member_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "bomb.zip"
    p.write_bytes(zip_bytes({"zeros.eml": b"\0" * (20 << 20), "good.eml": msg("fine")}))
    ok, bad = items_of(p)
    assert len(ok) == 1 and len(bad) == 1 and bad[0].error.startswith("archive-bomb")


def test_total_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCHASE_MAX_ARCHIVE_TOTAL_BYTES", "3000")
    p = tmp_path / "many.zip"
    p.write_bytes(zip_bytes({f"{i}.eml": msg(f"m{i}", body="x" * 900) for i in range(5)}, zipfile.ZIP_STORED))
    ok, bad = items_of(p)
    assert 1 <= len(ok) < 5 and bad and all("max_archive_total_bytes" in b.error for b in bad)


def test_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCHASE_MAX_ARCHIVE_MEMBERS", "3")
    p = tmp_path / "many.zip"
    p.write_bytes(zip_bytes({f"{i}.eml": msg(f"m{i}") for i in range(6)}))
    ok, bad = items_of(p)
    assert len(ok) == 3 and len(bad) == 1 and "max_archive_members" in bad[0].error


def test_nesting_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCHASE_MAX_NESTING", "2")
    data = zip_bytes({"deep.eml": msg("deep")})
    for level in range(3):
        data = zip_bytes({f"level{level}.zip": data, f"side{level}.eml": msg(f"side{level}")})
    p = tmp_path / "nested.zip"
    p.write_bytes(data)
    ok, bad = items_of(p)
    assert {i.location.member.rsplit("!", 1)[-1] for i in ok} == {"side2.eml", "side1.eml"}
    assert len(bad) == 1 and bad[0].error.startswith("nesting")
    assert bad[0].location.member == "level2.zip!level1.zip"


def test_tar_gz_with_symlink_and_traversal(tmp_path: Path) -> None:
    p = tmp_path / "mail.tgz"
    with tarfile.open(p, "w:gz") as tf:
        for name, data in {"a/Inbox": MBOX, "../up.eml": msg("up")}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("a/link.eml")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    assert open_source(p).kind == "tar"
    ok, bad = items_of(p)
    assert len(ok) == 2 and all(i.location.member == "a/Inbox" for i in ok)
    assert sorted(b.error.split(":")[0] for b in bad) == ["path-traversal", "symlink member refused"]


def test_7z_and_gzip_mbox(tmp_path: Path) -> None:
    p = tmp_path / "mail.7z"
    with py7zr.SevenZipFile(p, "w") as z:
        z.writestr(MBOX, "box/Inbox")
        z.writestr(msg("seven"), "x.eml")
    assert open_source(p).kind == "7z"
    ok, bad = items_of(p)
    assert len(ok) == 3 and not bad
    g = tmp_path / "Inbox.gz"
    g.write_bytes(gzip.compress(MBOX))
    assert open_source(g).kind == "mbox"
    ok, bad = items_of(g)
    assert len(ok) == 2 and ok[0].location.member == "Inbox"


def test_docx_is_not_a_mailbox(tmp_path: Path) -> None:
    p = tmp_path / "letter.zip"
    p.write_bytes(zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}))
    with pytest.raises(SourceError, match="Office"):
        open_source(p)


@pytest.mark.parametrize("mode", ["w:bz2", "w:xz"])
def test_compressed_tar_with_outlook_member(tmp_path: Path, mode: str) -> None:
    from sources_helpers import shared

    outer = shared("outlook", "msgreader__Outer_mail.msg")
    p = tmp_path / "mail.tar.any"
    with tarfile.open(p, mode) as tf:
        tf.add(outer, "a/Outer.msg")
        info = tarfile.TarInfo("a/Inbox")
        info.size = len(MBOX)
        tf.addfile(info, io.BytesIO(MBOX))
    assert open_source(p).kind == "tar"
    ok, bad = items_of(p)
    assert not bad and [i.kind for i in ok] == ["outlook", "rfc822", "rfc822"]
    assert ok[0].parsed.subject == "Outer mail"


def test_7z_bomb_member_refused_good_kept(tmp_path: Path) -> None:
    p = tmp_path / "bomb.7z"
    with py7zr.SevenZipFile(p, "w") as z:
        z.writestr(b"\0" * (30 << 20), "zeros.eml")
        z.writestr(msg("kept"), "kept.eml")
    ok, bad = items_of(p)
    assert [i.location.member for i in ok] == ["kept.eml"]
    assert len(bad) == 1 and bad[0].error.startswith("archive-bomb") and bad[0].location.member == "zeros.eml"


def test_zip_names_in_cp866_and_utf8_without_flag(tmp_path: Path) -> None:
    names = ["Письмо.eml".encode("cp866"), "Входящие.eml".encode()]
    placeholders = [b"A" * (len(n) - 4) + b".eml" for n in names[:1]] + [b"B" * (len(names[1]) - 4) + b".eml"]
    data = zip_bytes({ph.decode(): msg(ph.decode()) for ph in placeholders})
    for ph, raw in zip(placeholders, names, strict=True):
        data = data.replace(ph, raw)  # raw name bytes, no UTF-8 flag: as old writers store them
    p = tmp_path / "names.zip"
    p.write_bytes(data)
    ok, _bad = items_of(p)
    assert sorted(i.location.member for i in ok) == sorted(["Письмо.eml", "Входящие.eml"])
