"""Node positions computed in Python, so the page needs no physics simulation.

Entry point: :func:`layout`. Small components get networkx's seeded spring
layout. Large ones get the spring layout for their best-connected
:data:`CORE_SIZE` nodes only, and every other node is then placed in
breadth-first order next to its already placed neighbours: beside the
barycentre of its neighbours, on a sunflower spiral around its main neighbour so
that the many leaves of a hub (the topics and people around a country) fan out
instead of piling up. That is linear in the graph's size after the core, where
networkx's spring layout is quadratic per iteration and needs SciPy from 500
nodes (measured in ``benchmarks/README.md``). Components are then packed in
rows, the largest first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable

import networkx as nx

CORE_SIZE = 300
"""Nodes of a component laid out by the spring layout; the rest are placed around them."""

SPACING = 40.0
"""Typical distance between neighbouring nodes, in vis-network canvas units."""

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))

Position = tuple[float, float]


def _spring(graph: nx.Graph, scale: float, seed: int) -> dict[Hashable, Position]:
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    pos = nx.spring_layout(graph, seed=seed, scale=scale, iterations=80)
    return {n: (float(xy[0]), float(xy[1])) for n, xy in pos.items()}


def _component(graph: nx.Graph, seed: int) -> dict[Hashable, Position]:
    """Positions of one connected component, centred near the origin."""
    size = len(graph)
    scale = SPACING * 2.5 * math.sqrt(size)
    if size <= CORE_SIZE:
        return _spring(graph, max(scale, SPACING), seed)
    degree = dict(graph.degree())
    order = sorted(graph, key=lambda n: (-degree[n], str(n)))
    core = order[:CORE_SIZE]
    pos = _spring(graph.subgraph(core), scale, seed)
    children: dict[Hashable, int] = defaultdict(int)
    # Breadth-first from the core, highest degree first within a ring.
    frontier = sorted({m for n in core for m in graph.neighbors(n)} - pos.keys(), key=lambda n: (-degree[n], str(n)))
    while frontier:
        for node in frontier:
            placed = [m for m in graph.neighbors(node) if m in pos]
            anchor = max(placed, key=lambda m: (degree[m], str(m)))
            k = children[anchor]
            children[anchor] += 1
            if len(placed) == 1:
                cx, cy = pos[anchor]
            else:
                cx = sum(pos[m][0] for m in placed) / len(placed)
                cy = sum(pos[m][1] for m in placed) / len(placed)
            radius = SPACING * (1.0 + 0.6 * math.sqrt(k))
            angle = k * _GOLDEN_ANGLE
            pos[node] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        nxt = {m for n in frontier for m in graph.neighbors(n)} - pos.keys()
        frontier = sorted(nxt, key=lambda n: (-degree[n], str(n)))
    return pos


def layout(graph: nx.Graph | nx.MultiDiGraph, *, seed: int = 42) -> dict[Hashable, Position]:
    """Positions for every node, deterministic for a given graph and seed.

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(isinstance(x, float) for x, _ in pos.values())
    True
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    simple.add_edges_from((s, o) for s, o in graph.edges() if s != o)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), str(c[0])))
    result: dict[Hashable, Position] = {}
    # Shelf packing: the largest component first, then rows of the smaller ones under it.
    boxes = []
    for nodes in components:
        pos = _component(simple.subgraph(nodes), seed)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        boxes.append((pos, min(xs), min(ys), max(xs) - min(xs) + SPACING * 2, max(ys) - min(ys) + SPACING * 2))
    # Rows about as wide as the packing is high (a square), never narrower than the largest component.
    area = sum(b[3] * b[4] for b in boxes)
    width = max(max((b[3] for b in boxes), default=0.0), 1.3 * math.sqrt(area))
    x = y = row_height = 0.0
    for pos, left, top, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in pos.items():
            result[node] = (px - left + x, py - top + y)
        x += w
        row_height = max(row_height, h)
    return result
