import csv
import io
import zipfile

import case_builders as b  # tests/ is on sys.path through the root conftest

from paperchase.export import export_case
from paperchase.export.tables import cell


class Unseekable(io.RawIOBase):
    """Like a pipe: the zip must stream."""

    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.buf.extend(data)
        return len(data)


def _read(zf, name):
    return list(csv.DictReader(io.StringIO(zf.read(name).decode("utf-8-sig"))))


def test_csv_zip_has_the_tables(tmp_path):
    out = Unseekable()
    with b.build_case(tmp_path / "case") as case:
        export_case(case, "csv", out)
    zf = zipfile.ZipFile(io.BytesIO(bytes(out.buf)))
    assert {"messages.csv", "entities.csv", "findings.csv", "evidence.csv", "sources.csv"} <= set(zf.namelist())
    assert zf.read("messages.csv").startswith(b"\xef\xbb\xbf")
    messages = _read(zf, "messages.csv")
    assert len(messages) == 5
    assert messages[0]["from"] == "Николай Завадский <n.zavadski@luch.example.by>"
    assert len(_read(zf, "entities.csv")) == 4
    findings = _read(zf, "findings.csv")
    assert {f["id"] for f in findings} == {"f-trip", "f-family", "f-work", "f-evil", "f-vague", "f-watch"}
    evidence = _read(zf, "evidence.csv")
    assert len(evidence) == 5
    work = next(e for e in evidence if e["finding_id"] == "f-work")
    assert work["quote"] == b.QUOTE_WORK and work["subject"] == "Справаздача"
    assert work["date"] == "2023-05-03T09:00:00+03:00"


def test_csv_cells_never_run_as_formulas():
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert cell("@SUM") == "'@SUM"
    assert cell("- список") == "- список"
    assert cell(None) == ""
