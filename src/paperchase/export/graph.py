"""The two networks of a case, as plain data the graph writers and the
report's pictures share.

- communication: who writes to whom, and how often. A node per address, or
  per entity where an entity owns the address (so a person writing from two
  mailboxes is one node); a directed edge sender → recipient weighted by the
  number of messages.
- entity graph: entities joined by relations (family hints) and by findings
  that name several subjects (employment, family, trips, partners).

Both live in one `Graph` whose nodes carry a `layer`; entity nodes that also
write mail belong to both. Built in one streaming pass over the headers;
memory grows with the number of distinct addresses, not messages."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from paperchase.export.rows import load_entities, load_findings, load_relations
from paperchase.store import Case


@dataclass(slots=True)
class Node:
    id: str
    label: str
    kind: str  # the entity's schema, or "address"
    layers: set[str] = field(default_factory=set)
    email: str = ""
    sent: int = 0
    received: int = 0


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    kind: str  # "email", a relation kind, or a finding kind
    weight: float = 0.0
    label: str = ""


@dataclass(slots=True)
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)

    def node(self, ident: str, label: str, kind: str, layer: str) -> Node:
        node = self.nodes.get(ident)
        if node is None:
            node = self.nodes[ident] = Node(ident, label or ident, kind)
        node.layers.add(layer)
        return node

    def link(self, source: str, target: str, kind: str, weight: float = 1.0, label: str = "") -> None:
        key = (source, target, kind)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = Edge(source, target, kind, label=label)
        edge.weight += weight

    def layer(self, name: str) -> Graph:
        """The nodes of one layer, with the edges among them."""
        out = Graph({k: n for k, n in self.nodes.items() if name in n.layers})
        kinds_email = name == "communication"
        for key, e in self.edges.items():
            if e.source in out.nodes and e.target in out.nodes and (e.kind == "email") == kinds_email:
                out.edges[key] = e
        return out


def _addresses(value: Any) -> list[tuple[str, str]]:
    out = []
    for a in value if isinstance(value, list) else []:
        if isinstance(a, dict):
            out.append((str(a.get("name") or "").strip(), str(a.get("email") or "").strip()))
    return out


def _json(text: str | None, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


def build_graph(case: Case) -> Graph:
    graph = Graph()
    entities = {e["id"]: e for e in load_entities(case)}
    owner: dict[str, str] = {}
    for e in entities.values():
        for addr in e["properties"].get("email", []):
            owner.setdefault(addr.strip().lower(), e["id"])
    names: dict[str, Counter[str]] = {}

    def address_node(name: str, email: str) -> str | None:
        key = email.lower()
        if key in owner:
            ent = entities[owner[key]]
            node = graph.node("e:" + ent["id"], ent["name"], ent["schema"], "communication")
            node.email = node.email or email
            return node.id
        if not key and not name:
            return None
        ident = "a:" + (key or "name:" + name)
        node = graph.node(ident, email or name, "address", "communication")
        node.email = email
        if name:
            names.setdefault(ident, Counter())[name] += 1
        return ident

    for row in case.db.execute("SELECT sender, recipients FROM messages"):
        rcpt = _json(row["recipients"], {})
        rcpt = rcpt if isinstance(rcpt, dict) else {}
        senders = [n for n in (address_node(*a) for a in _addresses(_json(row["sender"], []))) if n]
        targets: list[str] = []
        for k in ("to", "cc", "bcc"):
            for a in _addresses(rcpt.get(k)):
                n = address_node(*a)
                if n and n not in targets:
                    targets.append(n)
        for s in senders[:1]:
            graph.nodes[s].sent += 1
            for t in targets:
                graph.nodes[t].received += 1
                if t != s:
                    graph.link(s, t, "email")
    for ident, counter in names.items():
        name = counter.most_common(1)[0][0]
        node = graph.nodes[ident]
        node.label = f"{name} <{node.email}>" if node.email else name

    for e in entities.values():
        graph.node("e:" + e["id"], e["name"], e["schema"], "entities")
    for r in load_relations(case):
        if r["left"] in entities and r["right"] in entities:
            detail = r["detail"] if isinstance(r["detail"], str) else ""
            graph.link("e:" + r["left"], "e:" + r["right"], r["kind"], label=detail)
    for f in load_findings(case):
        subjects = [s for s in dict.fromkeys(f["subjects"]) if s in entities]
        label = str(f["attributes"].get("relationship") or f["attributes"].get("role") or "")
        for a, b in combinations(subjects, 2):
            graph.link("e:" + a, "e:" + b, f["kind"], label=label)
    return graph
