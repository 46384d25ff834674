"""`--format gexf` (Gephi) and `--format graphml` (Gephi, yEd, Neo4j's APOC,
networkx): the case graph of `export.graph`, written with xml.etree so
nothing beyond the standard library runs at export time.

Every edge is directed (sender → recipient; first subject → second), since
GEXF readers refuse undirected edges in a directed graph. Text from mail
may hold characters XML 1.0 cannot carry (control bytes in a display name):
they are dropped rather than writing a file no reader opens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import BinaryIO

from paperchase.export.graph import Graph, build_graph
from paperchase.store import Case

_XML_BAD = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

NODE_ATTRS = (("kind", "string"), ("layers", "string"), ("email", "string"),
              ("sent", "integer"), ("received", "integer"))
EDGE_ATTRS = (("kind", "string"), ("label", "string"))


def xml_text(value: object) -> str:
    return _XML_BAD.sub("", str(value))


def _node_values(graph: Graph) -> dict[str, dict[str, str]]:
    return {
        ident: {"kind": n.kind, "layers": ",".join(sorted(n.layers)), "email": n.email,
                "sent": str(n.sent), "received": str(n.received)}
        for ident, n in graph.nodes.items()
    }


def _write(root: ET.Element, fh: BinaryIO) -> None:
    ET.indent(root)
    fh.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    fh.write(ET.tostring(root, encoding="utf-8", xml_declaration=False))
    fh.write(b"\n")


def write_gexf(graph: Graph, fh: BinaryIO) -> None:
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "paperchase"
    ET.SubElement(meta, "description").text = "communication network and entity graph"
    g = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    for cls, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        el = ET.SubElement(g, "attributes", {"class": cls})
        for i, (name, typ) in enumerate(attrs):
            ET.SubElement(el, "attribute", {"id": f"{cls[0]}{i}", "title": name, "type": typ})
    nodes = ET.SubElement(g, "nodes")
    values = _node_values(graph)
    for ident in sorted(graph.nodes):
        n = graph.nodes[ident]
        el = ET.SubElement(nodes, "node", {"id": xml_text(ident), "label": xml_text(n.label)})
        av = ET.SubElement(el, "attvalues")
        for i, (name, _typ) in enumerate(NODE_ATTRS):
            ET.SubElement(av, "attvalue", {"for": f"n{i}", "value": xml_text(values[ident][name])})
    edges = ET.SubElement(g, "edges")
    for i, key in enumerate(sorted(graph.edges)):
        e = graph.edges[key]
        el = ET.SubElement(edges, "edge", {
            "id": str(i), "source": xml_text(e.source), "target": xml_text(e.target),
            "weight": f"{e.weight:g}", "label": xml_text(e.label or e.kind),
        })
        av = ET.SubElement(el, "attvalues")
        for j, value in enumerate((e.kind, e.label)):
            ET.SubElement(av, "attvalue", {"for": f"e{j}", "value": xml_text(value)})
    _write(root, fh)


_GRAPHML_TYPES = {"string": "string", "integer": "int"}


def write_graphml(graph: Graph, fh: BinaryIO) -> None:
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    keys = [("node", "label", "string")] + [("node", n, t) for n, t in NODE_ATTRS]
    keys += [("edge", "weight", "double")] + [("edge", n, t) for n, t in EDGE_ATTRS]
    ids = {}
    for i, (dom, name, typ) in enumerate(keys):
        ids[(dom, name)] = f"d{i}"
        ET.SubElement(root, "key", {"id": f"d{i}", "for": dom, "attr.name": name,
                                    "attr.type": _GRAPHML_TYPES.get(typ, typ)})
    g = ET.SubElement(root, "graph", {"id": "paperchase", "edgedefault": "directed"})
    values = _node_values(graph)
    for ident in sorted(graph.nodes):
        el = ET.SubElement(g, "node", {"id": xml_text(ident)})
        ET.SubElement(el, "data", {"key": ids[("node", "label")]}).text = xml_text(graph.nodes[ident].label)
        for name, _typ in NODE_ATTRS:
            ET.SubElement(el, "data", {"key": ids[("node", name)]}).text = xml_text(values[ident][name])
    for i, key in enumerate(sorted(graph.edges)):
        e = graph.edges[key]
        el = ET.SubElement(g, "edge", {"id": f"e{i}", "source": xml_text(e.source),
                                       "target": xml_text(e.target)})
        ET.SubElement(el, "data", {"key": ids[("edge", "weight")]}).text = f"{e.weight:g}"
        ET.SubElement(el, "data", {"key": ids[("edge", "kind")]}).text = xml_text(e.kind)
        ET.SubElement(el, "data", {"key": ids[("edge", "label")]}).text = xml_text(e.label)
    _write(root, fh)


def export_gexf(case: Case, fh: BinaryIO) -> None:
    write_gexf(build_graph(case), fh)


def export_graphml(case: Case, fh: BinaryIO) -> None:
    write_graphml(build_graph(case), fh)
