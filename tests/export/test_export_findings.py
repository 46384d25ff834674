import io
import json

import case_builders as b  # tests/ is on sys.path through the root conftest

from paperchase.export import export_case, write_findings


def test_findings_document_shape(tmp_path):
    with b.build_case(tmp_path / "case") as case:
        fh = io.BytesIO()
        export_case(case, "findings", fh)
        write_findings(case, tmp_path / "f.json")
    doc = json.loads(fh.getvalue())
    assert doc == json.loads((tmp_path / "f.json").read_text("utf-8"))
    assert list(doc) == ["format", "entities", "findings"]
    assert doc["format"] == "paperchase.findings/1"
    assert {e["id"] for e in doc["entities"]} == {b.PERSON, b.WIFE, b.COMPANY, b.EVIL}
    for e in doc["entities"]:
        assert list(e) == ["id", "schema", "name", "names", "properties"]
    person = next(e for e in doc["entities"] if e["id"] == b.PERSON)
    assert "Мікалай Завадскі" in person["names"]
    assert person["properties"]["email"] == ["n.zavadski@luch.example.by"]
    assert len(doc["findings"]) == 6
    for f in doc["findings"]:
        assert list(f) == ["id", "kind", "summary", "subjects", "attributes", "evidence", "confidence"]
        for ev in f["evidence"]:
            assert set(ev) <= {"message_id", "quote", "where"}
    work = next(f for f in doc["findings"] if f["id"] == "f-work")
    assert work["evidence"] == [{"message_id": b.MID_WORK, "quote": b.QUOTE_WORK}]
    trip = next(f for f in doc["findings"] if f["id"] == "f-trip")
    assert trip["evidence"] == [{"message_id": b.MID_TRIP, "quote": b.QUOTE_TRIP, "where": "body"}]
    assert trip["subjects"] == [b.PERSON, b.WIFE]
    assert trip["attributes"]["start"] == "2023-05"
