"""Label sizes that keep the graph page's labels apart at every zoom, as a map places its names.

Entry point: :func:`place_labels`. vis-network draws a node's label only when its size on
screen (size × zoom) reaches a threshold, so a label's size sets the zoom at which it
appears; in graph units a label's box does not change with the zoom. Labels are placed in
order of importance (the largest first): each keeps its size if its box overlaps no label
placed before it; otherwise its size is lowered step by step until its (smaller) box fits,
so that it appears later, when one zooms in, and never on top of a more important label.

Boxes are estimated as vis-network lays labels out (centred under the node, from the
text length at an average glyph width a little above the sans-serif face's), so the
estimate errs towards keeping labels apart.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

GLYPH = 0.55
"""Average glyph width of the page's sans-serif font, in font sizes (measured in Chromium: 0.45-0.48)."""

LINE = 1.1
"""Height of a label's box, in font sizes (vis-network's box is one font size high)."""

MARGIN = 4.0
"""vis-network's gap between a node's shape and its label's box (plus half the label's size), graph units."""

STEP = 1.25
"""Factor by which a colliding label's size is lowered at each try."""


def _box(x: float, y: float, node_size: float, text: str, font: float) -> tuple[float, float, float, float]:
    """The label's box (left, top, right, bottom) in graph units, below its node."""
    half = GLYPH * font * max(1, len(text)) / 2
    top = y + node_size + MARGIN + font / 2
    return (x - half, top, x + half, top + LINE * font)


def _apart(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def place_labels(nodes: Sequence[dict[str, object]], *, threshold: float, max_scale: float = 5.0) -> dict[object, float]:
    """A label size for each node so that no two drawn labels overlap at any zoom.

    Args:
        nodes: vis-network nodes with ``id``, ``label``, ``x``, ``y``, ``size`` and their wished
            label size in ``font["size"]`` (the larger, the more important).
        threshold: the smallest size on screen at which a label is drawn (pixels).
        max_scale: the closest zoom considered; a label that still collides when it appears only
            there keeps that size (it may overlap then).

    Returns:
        The label size of each node id, lowered from the wished one where it had to be.

    >>> nodes = [{"id": 1, "label": "Azerbaijan", "x": 0.0, "y": 0.0, "size": 10.0, "font": {"size": 30}},
    ...          {"id": 2, "label": "Armenia", "x": 5.0, "y": 4.0, "size": 10.0, "font": {"size": 20}},
    ...          {"id": 3, "label": "Kenya", "x": 900.0, "y": 0.0, "size": 10.0, "font": {"size": 20}}]
    >>> sizes = place_labels(nodes, threshold=8)
    >>> sizes[1], sizes[3], sizes[2] < 20
    (30.0, 20.0, True)
    """
    order = sorted(range(len(nodes)), key=lambda i: (-_wished(nodes[i]), i))
    placed: list[tuple[float, float, float, float]] = []
    cell = 200.0
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    sizes: dict[object, float] = {}
    floor = threshold / max_scale
    for i in order:
        node = nodes[i]
        x, y, node_size = float(node["x"]), float(node["y"]), float(node["size"])  # type: ignore[arg-type]
        text = str(node.get("label") or "")
        font = _wished(node)
        box = _box(x, y, node_size, text, font)
        # only labels placed across the largest box (raised by half its height: a smaller label's box
        # starts a little higher) can meet this label at any smaller size
        reach = (box[0], box[1] - font / 2, box[2], box[3])
        near = [placed[k] for k in {k for c in _cells(reach, cell) for k in grid.get(c, ())}]
        near = [other for other in near if not _apart(reach, other)]
        while font > floor and not all(_apart(box, other) for other in near):
            font = max(floor, math.floor(font / STEP * 10) / 10)
            box = _box(x, y, node_size, text, font)
        sizes[node["id"]] = font
        placed.append(box)
        for c in _cells(box, cell):
            grid[c].append(len(placed) - 1)
    return sizes


def _wished(node: dict[str, object]) -> float:
    font = node.get("font")
    return float(font.get("size", 14)) if isinstance(font, dict) else 14.0


def _cells(box: tuple[float, float, float, float], cell: float) -> Iterable[tuple[int, int]]:
    for cx in range(math.floor(box[0] / cell), math.floor(box[2] / cell) + 1):
        for cy in range(math.floor(box[1] / cell), math.floor(box[3] / cell) + 1):
            yield (cx, cy)
