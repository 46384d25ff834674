import io
import json
import logging

import case_builders as b  # tests/ is on sys.path through the root conftest
from click.testing import CliRunner
from followthemoney import model
from followthemoney.cli.cli import cli as ftm_cli
from followthemoney.cli.util import path_entities
from followthemoney.proxy import EntityProxy

from paperchase.export import export_case
from paperchase.export.ftm import email_id, entity_id


def _export(tmp_path, caplog=None):
    fh = io.BytesIO()
    with b.build_case(tmp_path / "case") as case:
        export_case(case, "ftm", fh)
    path = tmp_path / "case.ftm.json"
    path.write_bytes(fh.getvalue())
    return path, [json.loads(line) for line in fh.getvalue().decode("utf-8").splitlines()]


def test_ftm_entities_validate_one_by_one(tmp_path):
    _path, lines = _export(tmp_path)
    ids = [d["id"] for d in lines]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for data in lines:
        assert list(data)[0] == "id"
        proxy = model.get_proxy(data, cleaned=False)  # re-validates every value
        assert not proxy.schema.abstract
        assert proxy.to_dict()["properties"] == data["properties"], data["schema"]
        for prop_name, values in data["properties"].items():
            prop = proxy.schema.get(prop_name)
            assert prop is not None and not prop.stub, (data["schema"], prop_name)
            for value in values:
                assert prop.type.validate(value), (data["schema"], prop_name, value)
                if prop.type.name == "entity":
                    assert value in known, (data["schema"], prop_name, value)
                    target = next(d for d in lines if d["id"] == value)
                    assert model.get(target["schema"]).is_a(prop.range), (prop_name, target["schema"])


def test_ftm_content(tmp_path):
    _path, lines = _export(tmp_path)
    by_schema = {}
    for d in lines:
        by_schema.setdefault(d["schema"], []).append(d)
    assert len(by_schema["Email"]) == 5
    trip = next(d for d in by_schema["Email"] if d["properties"]["messageId"] == [b.MID_TRIP])
    p = trip["properties"]
    assert p["emitters"] == [b.PERSON]
    assert entity_id(b.WIFE) in p["recipients"] and len(p["recipients"]) == 2  # Anna: an address entity
    assert p["date"] == ["2023-04-20T07:15:00"]
    assert "date as written: 2023-04-20T10:15:00+03:00" in p["notes"][0]
    headers = json.loads(p["headers"][0])
    assert headers["Received"] == ["from a", "from b"]
    work = next(d for d in by_schema["Email"] if d["properties"]["messageId"] == [b.MID_WORK])
    assert work["properties"]["inReplyToEmail"] == [trip["id"]]
    assert work["properties"]["language"] == ["bel"]
    assert sorted(work["properties"]["peopleMentioned"]) == ["Мікалай Завадскі", "Пётр Лукашевич"]
    assert work["properties"]["companiesMentioned"] == ["ЗАТ «Паўночны Прамень»"]
    fwd = next(d for d in by_schema["Email"] if d["properties"]["messageId"] == [b.MID_FWD])
    assert fwd["properties"]["parent"] == [work["id"]]
    company = next(d for d in by_schema["Company"])
    assert company["id"] == entity_id(b.COMPANY) != b.COMPANY  # underscore ids mapped
    assert "ЗАТ «Паўночны Прамень»" in company["properties"]["alias"]
    fam = by_schema["Family"][0]["properties"]
    assert (fam["person"], fam["relative"], fam["relationship"]) == ([b.PERSON], [b.WIFE], ["spouse"])
    assert fam["proof"] == [trip["id"]]
    emp = by_schema["Employment"][0]["properties"]
    assert (emp["employee"], emp["employer"], emp["role"]) == ([b.PERSON], [company["id"]], ["chief engineer"])
    events = {e["properties"]["name"][0]: e["properties"] for e in by_schema["Event"]}
    budapest = next(v for k, v in events.items() if "Budapest" in k)
    assert budapest["startDate"] == ["2023-05"] and budapest["country"] == ["hu"]
    assert sorted(budapest["involved"]) == sorted([b.PERSON, b.WIFE])
    vague = next(v for k, v in events.items() if "Vilnius" in k)
    assert "startDate" not in vague and "startDate as written: вчера" in vague["notes"]
    docs = {(d["properties"]["document"][0], d["properties"]["entity"][0]) for d in by_schema["Documentation"]}
    assert (trip["id"], b.WIFE) in docs and (work["id"], company["id"]) in docs
    assert by_schema["Mention"][0]["properties"]["name"] == ["Пётр Лукашевич"]
    assert by_schema["PlainText"][0]["properties"]["parent"] == [work["id"]]
    assert trip["id"] == email_id(b.sha("raw:m1"))


def test_ftm_refused_values_are_reported(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="paperchase.export.ftm"):
        _export(tmp_path)
    text = caplog.text
    assert "Event.startDate" in text and "вчера" in text
    assert "Company.position" in text


def test_ftm_ids_stable_between_runs(tmp_path):
    _p, first = _export(tmp_path / "a")
    _p, second = _export(tmp_path / "b")
    assert [d["id"] for d in first] == [d["id"] for d in second]


def test_ftm_round_trips_through_its_reader(tmp_path):
    path, lines = _export(tmp_path)
    read = list(path_entities(path, EntityProxy, cleaned=False))
    assert [e.to_dict() for e in read] == [model.get_proxy(d).to_dict() for d in lines]
    out = tmp_path / "validated.json"
    result = CliRunner().invoke(ftm_cli, ["validate", "-i", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    again = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(again) == len(lines)
    for before, after in zip(lines, again, strict=True):
        assert before["id"] == after["id"]
        assert {k: sorted(v) for k, v in before["properties"].items()} == {
            k: sorted(v) for k, v in after["properties"].items()}
