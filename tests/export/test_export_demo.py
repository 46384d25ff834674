"""The exports of the demo case (../shared), ingested for real: FtM validates
entity by entity and round-trips, the graphs load with networkx."""

import io
import json

import case_builders as b  # tests/ is on sys.path through the root conftest
import networkx as nx
import pytest
from followthemoney import model

from paperchase.export import export_case

DEMO = b.shared_demo()
pytestmark = pytest.mark.skipif(DEMO is None, reason="../shared/data/cases/demo is not here")


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory):
    case = b.build_demo_case(tmp_path_factory.mktemp("demo") / "case", DEMO)
    yield case
    case.close()


def _export(case, fmt):
    fh = io.BytesIO()
    export_case(case, fmt, fh)
    return fh.getvalue()


def test_demo_ftm_validates_entity_by_entity(demo_case, caplog):
    lines = [json.loads(line) for line in _export(demo_case, "ftm").splitlines()]
    ids = {d["id"] for d in lines}
    assert len(ids) == len(lines)
    schemata = {d["schema"] for d in lines}
    assert {"Email", "Person", "Company", "Family", "Employment", "Event"} <= schemata
    assert sum(d["schema"] == "Email" for d in lines) == demo_case.count_messages()
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.to_dict()["properties"] == data["properties"], data["id"]
        for name, values in data["properties"].items():
            prop = proxy.schema.get(name)
            for value in values:
                assert prop.type.validate(value), (data["schema"], name, value[:80])
                if prop.type.name == "entity":
                    assert value in ids
    assert "refused by the schema" not in caplog.text


def test_demo_graphs_load_with_networkx(demo_case, tmp_path):
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        path = tmp_path / f"demo.{fmt}"
        path.write_bytes(_export(demo_case, fmt))
        g = read(path)
        assert g.number_of_nodes() > 10 and g.number_of_edges() > 10


def test_demo_messages_export_streams_every_message(demo_case):
    lines = _export(demo_case, "messages").splitlines()
    assert len(lines) == demo_case.count_messages()
    first = json.loads(lines[0])
    assert first["sources"] and first["sources"][0]["source_sha256"]
