"""Geometry of the report's pictures, computed at build time so the HTML
needs no script: a timeline of traffic (messages per month) with the
findings dated on it, and circular pictures of the communication network
and the entity graph.

Only numbers and plain strings come out; the template draws the SVG and
escapes every label (names and subjects come from the mail). Layouts are
deterministic: the same case draws the same picture."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from paperchase.export.graph import Graph
from paperchase.export.timeline import is_iso_date

# one colour per finding kind (colour-blind safe Okabe–Ito order), the rest grey
KIND_COLOURS = {
    "military_maintenance": "#d55e00", "joint_development": "#0072b2", "sanctions_obstacle": "#cc79a7",
    "alternative_supplier": "#009e73", "equipment_shortage": "#e69f00", "foreign_travel": "#56b4e9",
    "citizenship": "#999933", "family_relation": "#882255", "employment": "#117733",
    "watchlist_match": "#000000", "email": "#8899aa", "family_hint": "#aa4499",
}
SCHEMA_COLOURS = {"Person": "#0072b2", "Company": "#d55e00", "Organization": "#e69f00",
                  "PublicBody": "#009e73", "address": "#8899aa"}
MAX_MONTHS = 120  # longer spans are drawn per year
MAX_NODES = 36
LABEL_MAX = 26


def colour(kind: str) -> str:
    return KIND_COLOURS.get(kind) or SCHEMA_COLOURS.get(kind) or "#777777"


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def timeline_chart(traffic: list[dict[str, Any]], events: list[dict[str, Any]],
                   width: int = 900) -> dict[str, Any] | None:
    """Bars: messages per month (or year). Dots above them: the findings
    dated in that bin, one per finding, stacked, coloured by kind."""
    bins: Counter[str] = Counter()
    for t in traffic:
        if is_iso_date(t["month"]) and len(t["month"]) >= 7:
            bins[t["month"][:7]] += t["messages"]
    dots: dict[str, dict[str, dict[str, Any]]] = {}
    for e in events:
        d = e["sort"] if e["source"] == "message" else e["date"]
        if not is_iso_date(d):
            continue
        month = d[:7] if len(d) >= 7 else d[:4] + "-01"
        dots.setdefault(month, {}).setdefault(e["finding_id"], e)
    months = sorted(set(bins) | set(dots))
    if not months:
        return None
    lo, hi = _month_index(months[0]), _month_index(months[-1])
    yearly = hi - lo + 1 > MAX_MONTHS
    if yearly:
        keys = [str(y) for y in range(lo // 12, hi // 12 + 1)]
    else:
        keys = [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(lo, hi + 1)]

    def key_of(month: str) -> str:
        return month[:4] if yearly else month

    counts: Counter[str] = Counter()
    for m, n in bins.items():
        counts[key_of(m)] += n
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for m, evs in dots.items():
        found.setdefault(key_of(m), {}).update(evs)
    # dots in a band above the bars, never over them; a tall stack packs tighter
    tallest = max((len(v) for v in found.values()), default=0)
    spacing = 10.0 if tallest <= 16 else 160.0 / tallest
    band = tallest * spacing + 8 if tallest else 0
    left, right, top, bottom, bars_h = 48, 12, 10, 30, 150
    plot_w, plot_h = width - left - right, band + bars_h
    height = int(top + plot_h + bottom)
    step = plot_w / len(keys)
    peak = max(counts.values(), default=0) or 1
    bars, markers, ticks = [], [], []
    label_every = max(1, math.ceil(len(keys) / 14))
    axis_y = top + plot_h
    for i, key in enumerate(keys):
        x = left + i * step
        n = counts.get(key, 0)
        h = bars_h * n / peak
        bars.append({"x": round(x + step * 0.1, 1), "y": round(axis_y - h, 1),
                     "w": round(max(step * 0.8, 1), 1), "h": round(h, 1), "key": key, "count": n})
        for j, ev in enumerate(sorted(found.get(key, {}).values(), key=lambda e: (e["kind"], e["finding_id"]))):
            markers.append({"cx": round(x + step / 2, 1), "cy": round(top + band - 4 - j * spacing, 1),
                            "r": round(min(4.5, spacing / 2.2, max(step * 0.4, 2)), 1),
                            "colour": colour(ev["kind"]), "kind": ev["kind"], "summary": ev["summary"],
                            "key": key})
        if i % label_every == 0:
            ticks.append({"x": round(x + step / 2, 1), "label": key})
    legend = sorted({m["kind"] for m in markers})
    return {"width": width, "height": height, "left": left, "top": top, "plot_w": plot_w, "plot_h": plot_h,
            "bars_h": bars_h, "bars": bars, "markers": markers, "ticks": ticks, "peak": peak, "yearly": yearly,
            "axis_y": axis_y, "legend": [{"kind": k, "colour": colour(k)} for k in legend]}


def _stride(n: int) -> int:
    """A step coprime with n near 0.38 n, so i * step mod n visits every slot."""
    if n < 4:
        return 1
    best = round(n * 0.382)
    for delta in range(n):
        for k in (best - delta, best + delta):
            if 0 < k < n and math.gcd(k, n) == 1:
                return k
    return 1


def circle_layout(graph: Graph, volume: dict[str, float], radius: float = 250,
                  max_nodes: int = MAX_NODES) -> dict[str, Any] | None:
    """The `max_nodes` heaviest nodes on a circle, labels written outwards
    along the radius (so neighbours never overwrite each other); edges
    among them as lines whose width grows with the logarithm of their
    weight. Nodes left out are counted, not hidden."""
    ranked = sorted(graph.nodes, key=lambda n: (-volume.get(n, 0), graph.nodes[n].label.casefold(), n))
    ranked = [n for n in ranked if volume.get(n, 0) > 0][:max_nodes]
    if not ranked:
        return None
    room = 165  # for a label of LABEL_MAX characters outside the circle
    size = width = int(2 * (radius + room))
    cx = cy = size / 2
    top_volume = max(volume[n] for n in ranked) or 1
    pos, nodes = {}, []
    stride = _stride(len(ranked))
    for i, ident in enumerate(ranked):
        # heaviest first, but each next one ~0.38 of the way round: hubs
        # spread over the circle instead of crowding the top
        angle = -math.pi / 2 + 2 * math.pi * ((i * stride) % len(ranked)) / len(ranked)
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        r = 4 + 10 * math.sqrt(volume[ident] / top_volume)
        pos[ident] = (x, y, r)
        node = graph.nodes[ident]
        right_side = math.cos(angle) >= -1e-9
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle)
        label = node.label
        if node.email and label.endswith(f" <{node.email}>"):
            label = label[: -len(node.email) - 3]  # the name; the address is in the tooltip
        label = label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"
        degrees = math.degrees(angle) if right_side else math.degrees(angle) + 180
        nodes.append({"x": round(x, 1), "y": round(y, 1), "r": round(r, 1), "label": label,
                      "full": node.label, "kind": node.kind, "colour": colour(node.kind),
                      "lx": round(lx, 1), "ly": round(ly, 1), "rotate": round(degrees, 1),
                      "anchor": "start" if right_side else "end", "volume": volume[ident]})
    chosen = set(ranked)
    edges = [e for e in graph.edges.values() if e.source in chosen and e.target in chosen]
    heaviest = max((e.weight for e in edges), default=1)
    lines = []
    for e in sorted(edges, key=lambda e: (e.weight, e.source, e.target, e.kind)):
        x1, y1, r1 = pos[e.source]
        x2, y2, r2 = pos[e.target]
        dist = math.hypot(x2 - x1, y2 - y1) or 1
        ux, uy = (x2 - x1) / dist, (y2 - y1) / dist
        # a pair writing both ways: two lines side by side, not one on the other
        shift = 3.0 if (e.target, e.source, e.kind) in graph.edges else 0.0
        ox, oy = -uy * shift, ux * shift
        lines.append({"x1": round(x1 + ux * r1 + ox, 1), "y1": round(y1 + uy * r1 + oy, 1),
                      "x2": round(x2 - ux * (r2 + 3) + ox, 1), "y2": round(y2 - uy * (r2 + 3) + oy, 1),
                      "w": round(1 + 4 * math.log1p(e.weight) / math.log1p(heaviest), 2),
                      "colour": colour(e.kind), "kind": e.kind, "weight": e.weight,
                      "source": graph.nodes[e.source].label, "target": graph.nodes[e.target].label,
                      "label": e.label})
    kinds = sorted({str(n["kind"]) for n in nodes} | {str(e["kind"]) for e in lines})
    active = sum(1 for n in graph.nodes if volume.get(n, 0) > 0)
    return {"size": size, "width": width, "nodes": nodes, "edges": lines, "left_out": active - len(ranked),
            "legend": [{"kind": k, "colour": colour(k)} for k in kinds]}


def network_pictures(graph: Graph) -> dict[str, Any]:
    comm = graph.layer("communication")
    comm_volume = {n: float(comm.nodes[n].sent + comm.nodes[n].received) for n in comm.nodes}
    ents = graph.layer("entities")
    degree: dict[str, float] = {}
    for e in ents.edges.values():
        degree.setdefault(e.source, 0.0)
        degree.setdefault(e.target, 0.0)
        degree[e.source] += e.weight
        degree[e.target] += e.weight
    top_pairs = sorted(comm.edges.values(), key=lambda e: (-e.weight, e.source, e.target))[:25]
    return {
        "communication": circle_layout(comm, comm_volume),
        "entities": circle_layout(ents, {k: float(v) for k, v in degree.items()}),
        "pairs": [{"source": comm.nodes[e.source].label, "target": comm.nodes[e.target].label,
                   "weight": int(e.weight)} for e in top_pairs],
    }
