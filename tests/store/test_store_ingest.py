from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mailbuilders import make_message, write_mbox

from paperchase.model import Location, RawItem
from paperchase.store import Case
from paperchase.store.ingest import SourceSummary, Writer, ingest


def counts(case: Case) -> tuple[int, int, int]:
    db = case.db
    return (db.execute("SELECT count(*) FROM messages").fetchone()[0],
            db.execute("SELECT count(*) FROM locations").fetchone()[0],
            db.execute("SELECT count(*) FROM failures").fetchone()[0])


def test_ingest_mbox_keeps_raw_bytes_and_locations(tmp_path: Path) -> None:
    raws = [make_message(i, f"Сообщение номер {i}.\nFrom the start of a line.") for i in range(5)]
    mbox = write_mbox(tmp_path / "box.mbox", raws)
    with Case.create(tmp_path / "case") as case:
        summary = ingest(case, [mbox])
        assert summary.stored == 5 and summary.failed == 0
        rows = case.db.execute("SELECT id, sha256, message_id, subject FROM messages ORDER BY id").fetchall()
        assert [r["message_id"] for r in rows] == [f"<test-{i}@plant.example.by>" for i in range(5)]
        assert rows[0]["subject"] == "Тема"
        # raw bytes kept, content-addressed, un-quoted From lines restored
        assert case.raw(rows[0]["id"]).rstrip(b"\n") == raws[0].rstrip(b"\n")
        offsets = [r[0] for r in case.db.execute("SELECT offset FROM locations ORDER BY offset")]
        data = mbox.read_bytes()
        assert all(data[o:o + 5] == b"From " for o in offsets)
        src = case.db.execute("SELECT * FROM sources").fetchone()
        assert src["finished_at"] and src["stored"] == 5 and src["read"] == 5
        assert len(src["sha256"]) == 64


def test_ingest_again_adds_nothing(tmp_path: Path) -> None:
    mbox = write_mbox(tmp_path / "box.mbox", [make_message(i) for i in range(3)])
    with Case.create(tmp_path / "case") as case:
        ingest(case, [mbox])
        before = counts(case)
        summary = ingest(case, [mbox])
        assert counts(case) == before
        assert summary.sources[0].already_done and summary.stored == 0


def test_same_message_in_two_sources_is_stored_once_with_both_locations(tmp_path: Path) -> None:
    raw = make_message(1, "Один и тот же текст.")
    mbox = write_mbox(tmp_path / "box.mbox", [raw])
    eml = tmp_path / "copy.eml"
    eml.write_bytes(raw.replace(b"\n", b"\r\n"))  # other bytes, same message
    with Case.create(tmp_path / "case") as case:
        summary = ingest(case, [mbox, eml])
        assert counts(case)[:2] == (1, 2)
        assert summary.sources[1].duplicates == 1


def test_same_message_id_other_content_kept_twice_and_flagged(tmp_path: Path) -> None:
    a = make_message(1, "Первая версия.", message_id="<same@plant.example.by>")
    b = make_message(2, "Совсем другая версия.", message_id="<same@plant.example.by>")
    mbox = write_mbox(tmp_path / "box.mbox", [a, b])
    with Case.create(tmp_path / "case") as case:
        ingest(case, [mbox])
        rows = case.db.execute("SELECT conflict FROM messages WHERE message_id = '<same@plant.example.by>'").fetchall()
        assert [r[0] for r in rows] == [1, 1]


def test_unreadable_item_is_kept_with_reason_and_bytes(tmp_path: Path) -> None:
    with Case.create(tmp_path / "case") as case:
        summary = SourceSummary("x", "mbox")
        case.db.execute("INSERT INTO sources (id, path, sha256) VALUES (1, 'x', 'y')")
        writer = Writer(case, 1, summary, strict=False)
        with case.transaction():
            writer.add(RawItem(b"\x00garbage", Location("x", "y", "x", 10), error="not a message: binary"))
        row = case.db.execute("SELECT reason, raw_sha256 FROM failures").fetchone()
        assert row["reason"] == "not a message: binary"
        assert case.blobs.get(row["raw_sha256"]) == b"\x00garbage"
        assert summary.failed == 1


def test_threads_from_references_and_subject(tmp_path: Path) -> None:
    msgs = [
        make_message(1, subject="Станки для цеха"),
        make_message(2, subject="Re: Станки для цеха", reply_to="<test-1@plant.example.by>"),
        make_message(3, subject="RE: Станки для цеха"),  # no references: subject fallback
        make_message(4, subject="Другая тема"),
    ]
    mbox = write_mbox(tmp_path / "box.mbox", msgs)
    with Case.create(tmp_path / "case") as case:
        ingest(case, [mbox])
        t = dict(case.db.execute("SELECT message_id, thread_id FROM messages").fetchall())
        assert t["<test-1@plant.example.by>"] == t["<test-2@plant.example.by>"] == t["<test-3@plant.example.by>"]
        assert t["<test-4@plant.example.by>"] != t["<test-1@plant.example.by>"]


def test_kill_and_resume_ends_like_a_clean_run(tmp_path: Path) -> None:
    mbox = write_mbox(tmp_path / "big.mbox", [make_message(i, "Строка текста. " * 40) for i in range(4000)])
    env = {**os.environ, "PAPERCHASE_BATCH_SIZE": "50"}
    cmd = [sys.executable, "-m", "paperchase", "ingest", str(mbox), "--case", str(tmp_path / "killed"), "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db_path = tmp_path / "killed" / "case.sqlite"
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until some batches are committed, then kill -9
        time.sleep(0.2)
        if db_path.exists():
            try:
                with Case.open(tmp_path / "killed") as c:
                    if c.count_messages() > 200:
                        break
            except Exception:
                continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Case.open(tmp_path / "killed") as c:
        partial = c.count_messages()
    assert 0 < partial < 4000, "the kill should land half-way"
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with Case.create(tmp_path / "clean") as clean:
        ingest(clean, [mbox])
        want = sorted(r[0] for r in clean.db.execute("SELECT sha256 FROM messages"))
    with Case.open(tmp_path / "killed") as c:
        got = sorted(r[0] for r in c.db.execute("SELECT sha256 FROM messages"))
        assert got == want
        assert c.db.execute("SELECT count(*) FROM locations").fetchone()[0] == 4000
        src = c.db.execute("SELECT read, stored, finished_at FROM sources").fetchone()
        assert src["stored"] == 4000 and src["finished_at"]
    json.dumps(want)  # plain data, nothing lazy


def test_index_columns_made_in_workers_match_the_stored_rows(tmp_path: Path) -> None:
    """The parse workers compute the search columns from the parse; they must
    be exactly what index_message recomputes from the stored rows, or a later
    unindex (contentless FTS5 deletes by value) would corrupt the index."""
    import email.mime.application
    import email.mime.multipart
    import email.mime.text

    from paperchase.search.index import _documents
    from paperchase.store.prepare import prepare

    m = email.mime.multipart.MIMEMultipart()
    m["From"] = "=?utf-8?b?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <i.petrov@plant.example.by>"
    m["To"] = '"Сидоров, Пётр" <p@okb.example.ru>, x@trade.example.com'
    m["Cc"] = "c@mail.example.by"
    m["Subject"] = "=?koi8-r?b?8NLJ18XU?="
    m["Date"] = "Mon, 10 Jan 2022 09:18:00 +0300"
    m["Message-ID"] = "<cols@plant.example.by>"
    m.attach(email.mime.text.MIMEText("Станки для цеха, ремонт редуктора_ и д'Артаньян.", "plain", "koi8-r"))
    att = email.mime.application.MIMEApplication("Акт приёмки".encode("cp1251"), "octet-stream")
    att.add_header("Content-Disposition", "attachment", filename="akt.txt")
    m.attach(att)
    raws = [m.as_bytes(), make_message(7, "Просто текст.")]
    mbox = write_mbox(tmp_path / "box.mbox", raws)
    with Case.create(tmp_path / "case") as case:
        ingest(case, [mbox])
        for raw in raws:
            prep = prepare(raw)
            assert not isinstance(prep, str) and prep.docs is not None
            pk = case.db.execute("SELECT id FROM messages WHERE message_id = ?",
                                 (prep.parsed.message_id,)).fetchone()[0]
            assert [cols for _att, cols in _documents(case.db, pk)] == prep.docs
        n_docs = case.db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        assert n_docs == 3
