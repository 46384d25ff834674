import io
import json

import case_builders as b  # tests/ is on sys.path through the root conftest
from click.testing import CliRunner

from paperchase.cli import cli
from paperchase.export import export_case

FIELDS = ["message_id", "sha256", "date", "from", "to", "cc", "subject", "language", "text", "thread",
          "in_reply_to", "parent", "sources", "attachments", "errors"]


def _lines(case):
    fh = io.BytesIO()
    export_case(case, "messages", fh)
    return [json.loads(line) for line in fh.getvalue().decode("utf-8").splitlines()]


def test_messages_fields_and_values(tmp_path):
    with b.build_case(tmp_path / "case") as case:
        lines = _lines(case)
    assert len(lines) == 5
    for line in lines:
        assert list(line) == FIELDS
    by_id = {m["message_id"]: m for m in lines}
    trip = by_id[b.MID_TRIP]
    assert trip["date"] == "2023-04-20T10:15:00+03:00"
    assert trip["from"] == [{"name": "Николай Завадский", "email": "n.zavadski@luch.example.by"}]
    assert trip["cc"] == [{"name": "Елена Завадская", "email": "alena.z@mail.example.by"}]
    assert b.QUOTE_TRIP in trip["text"]
    assert trip["thread"] == b.MID_TRIP
    assert trip["sources"] == [
        {"source": "/evidence/box.mbox", "source_sha256": b.sha("/evidence/box.mbox"), "path": "/evidence/box.mbox",
         "offset": 0, "member": None},
        {"source": "/evidence/loose", "source_sha256": b.sha("/evidence/loose"), "path": "001.eml",
         "offset": None, "member": None},
    ]
    work = by_id[b.MID_WORK]
    assert work["language"] == "be"
    assert work["in_reply_to"] == b.MID_TRIP
    assert work["attachments"] == [{"filename": "справаздача.docx", "content_type": work["attachments"][0]["content_type"],
                                    "sha256": b.sha("att:справаздача.docx"), "text": "Табліца рамонтаў за май"}]
    assert work["errors"] == [{"kind": "attachment-text", "detail": "one table skipped",
                               "where": "attachment:справаздача.docx"}]
    assert by_id[b.MID_FWD]["parent"] == b.MID_WORK
    assert by_id[b.MID_EVIL]["text"] == b.EVIL_TEXT
    undated = [m for m in lines if m["date"] is None]
    assert len(undated) == 1 and undated[0]["message_id"].startswith("<sha256:")
    assert undated[0]["errors"][0]["kind"] == "charset"
    assert lines[-1] is undated[0]  # date order, undated last


def test_messages_cli_to_stdout_and_file(tmp_path):
    b.build_case(tmp_path / "case").close()
    result = CliRunner().invoke(cli, ["export", "--case", str(tmp_path / "case"), "--format", "messages"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout_bytes.splitlines()) == 5
    out = tmp_path / "m.jsonl"
    result = CliRunner().invoke(cli, ["export", "--case", str(tmp_path / "case"), "--format", "messages",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text("utf-8").splitlines()[0])["message_id"] == b.MID_TRIP


def test_every_format_writes_on_an_empty_case(tmp_path):
    import zipfile

    from paperchase.export import FORMATS
    from paperchase.store import Case

    with Case.create(tmp_path / "empty") as case:
        for fmt in FORMATS:
            fh = io.BytesIO()
            export_case(case, fmt, fh)
            if fmt in ("findings", "timeline"):
                assert json.loads(fh.getvalue())["format"].startswith("paperchase.")
            elif fmt == "csv":
                assert "messages.csv" in zipfile.ZipFile(fh).namelist()
            elif fmt in ("gexf", "graphml"):
                assert fh.getvalue().startswith(b"<?xml")
            else:
                assert fh.getvalue() == b""


def test_unknown_format_is_a_clean_error(tmp_path):
    import pytest

    from paperchase.errors import PaperchaseError

    with b.build_case(tmp_path / "case") as case, pytest.raises(PaperchaseError):
        export_case(case, "pdf", io.BytesIO())
