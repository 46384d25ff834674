import io

import case_builders as b  # tests/ is on sys.path through the root conftest
import networkx as nx

from paperchase.export import export_case
from paperchase.export.graph import build_graph


def test_graph_merges_addresses_into_entities(tmp_path):
    with b.build_case(tmp_path / "case") as case:
        graph = build_graph(case)
    person = graph.nodes["e:" + b.PERSON]
    assert person.layers == {"communication", "entities"}
    assert person.sent == 2  # m1, m2
    anna = graph.nodes["a:anna@partner.example.ru"]
    assert anna.label == "Анна Петрова <anna@partner.example.ru>"
    assert graph.edges[("e:" + b.PERSON, "a:anna@partner.example.ru", "email")].weight == 2
    assert ("e:" + b.PERSON, "e:" + b.WIFE, "family_hint") in graph.edges
    assert ("e:" + b.PERSON, "e:" + b.COMPANY, "employment") in graph.edges


def _export(tmp_path, fmt):
    fh = io.BytesIO()
    with b.build_case(tmp_path / "case") as case:
        export_case(case, fmt, fh)
    path = tmp_path / f"case.{fmt}"
    path.write_bytes(fh.getvalue())
    return path


def test_gexf_loads_with_networkx(tmp_path):
    g = nx.read_gexf(_export(tmp_path, "gexf"))
    assert g.is_directed()
    assert g.nodes["e:" + b.PERSON]["label"] == "Mikalai Zavadski"
    assert g.nodes["e:" + b.EVIL]["label"] == b.EVIL_NAME
    edge = g.get_edge_data("e:" + b.PERSON, "a:anna@partner.example.ru")
    weights = [d["weight"] for d in (edge.values() if g.is_multigraph() else [edge])]
    assert 2.0 in weights
    assert g.number_of_nodes() >= 7


def test_graphml_loads_with_networkx(tmp_path):
    g = nx.read_graphml(_export(tmp_path, "graphml"))
    assert g.nodes["e:" + b.WIFE]["label"] == "Alena Zavadskaya"
    assert g.nodes["a:anna@partner.example.ru"]["kind"] == "address"
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert {"email", "family_hint", "employment", "foreign_travel", "family_relation"} <= kinds
    edge = g.get_edge_data("e:" + b.PERSON, "a:anna@partner.example.ru")
    weights = [d["weight"] for d in (edge.values() if g.is_multigraph() else [edge])]
    assert weights == [2.0]


def test_xml_writers_drop_characters_xml_cannot_carry(tmp_path):
    from paperchase.export.graph import Graph
    from paperchase.export.xmlgraph import write_gexf, write_graphml

    g = Graph()
    g.node("a:x", "Имя\x01\x0b <x@example.com>", "address", "communication")
    g.node("a:y", "Другой\ufffe", "address", "communication")
    g.link("a:x", "a:y", "email", 3)
    for writer, reader in ((write_gexf, nx.read_gexf), (write_graphml, nx.read_graphml)):
        fh = io.BytesIO()
        writer(g, fh)
        path = tmp_path / "g.xml"
        path.write_bytes(fh.getvalue())
        loaded = reader(path)
        assert loaded.nodes["a:x"]["label"] == "Имя <x@example.com>"
        assert loaded.nodes["a:y"]["label"] == "Другой"
