import io
import json

import case_builders as b  # tests/ is on sys.path through the root conftest

from paperchase.export import export_case


def test_timeline_sorted_with_dated_findings(tmp_path):
    with b.build_case(tmp_path / "case") as case:
        fh = io.BytesIO()
        export_case(case, "timeline", fh)
    doc = json.loads(fh.getvalue())
    assert doc["format"] == "paperchase.timeline/1"
    keys = [e["sort"] for e in doc["events"]]
    assert keys == sorted(keys) and keys
    trip = [e for e in doc["events"] if e["finding_id"] == "f-trip"]
    assert [(e["date"], e["type"], e["source"]) for e in trip] == [
        ("2023-04-20T10:15:00+03:00", "message", "message"), ("2023-05", "event", "attribute:start")]
    assert any(e["source"] == "message" and e["message_id"] == b.MID_TRIP for e in trip)
    # "вчера" is no date: that finding is dated by nothing (its message is undated)
    assert not [e for e in doc["events"] if e["finding_id"] == "f-vague"]
    work = [e for e in doc["events"] if e["finding_id"] == "f-work"]
    assert work[0]["date"] == "2023-05-03T09:00:00+03:00" and work[0]["type"] == "finding"
    assert doc["traffic"] == [{"month": "2023-04", "messages": 1}, {"month": "2023-05", "messages": 2},
                              {"month": "2023-06", "messages": 1}]
