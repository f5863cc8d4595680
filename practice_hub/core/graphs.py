"""Prerequisites as graphs, with the standard library's graphlib: circles, order and what comes first.

A graph here maps each item to the items it needs first (its prerequisites); items
it names that are not in the graph are ignored (the checks report those separately).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable, Iterable, Mapping
from graphlib import CycleError, TopologicalSorter


def _known(graph: Mapping[Hashable, Iterable[Hashable]]) -> dict:
    return {node: [p for p in needs if p in graph] for node, needs in graph.items()}


def circles(graph: Mapping[Hashable, Iterable[Hashable]]) -> list[list]:
    """Every circle of prerequisites through two or more items, as [a, b, ..., a] where a needs b,
    b needs the next, and the last needs a; each starts at its smallest item. graphlib finds one circle at a time:
    each found is broken and the search goes on, so an editor sees them all at once."""
    remaining = _known(graph)
    found: list[list] = []
    while True:
        try:
            TopologicalSorter(remaining).prepare()
            return found
        except CycleError as error:
            ring = list(reversed(error.args[1]))[:-1]  # graphlib lists each item before the items that need it
            if len(ring) == 1:  # an item that needs itself: a mistake of its own, which its check reports
                remaining[ring[0]] = [p for p in remaining[ring[0]] if p != ring[0]]
                continue
            start = ring.index(min(ring))
            ring = ring[start:] + ring[:start]
            found.append([*ring, ring[0]])
            remaining[ring[0]] = [p for p in remaining[ring[0]] if p != ring[1]]


def in_order(items: Iterable[Hashable], graph: Mapping[Hashable, Iterable[Hashable]], key: Callable) -> list:
    """``items`` with each one's prerequisites (among them) before it, otherwise in ``key`` order."""
    chosen = set(items)
    sorter = TopologicalSorter({node: [p for p in needs if p in chosen] for node, needs in _known(graph).items() if node in chosen})
    sorter.prepare()
    ready: list = []
    out: list = []
    while sorter.is_active():
        for node in sorter.get_ready():
            heapq.heappush(ready, (key(node), node))
        _, node = heapq.heappop(ready)
        out.append(node)
        sorter.done(node)
    return out


def needed_first(items: Iterable[Hashable], graph: Mapping[Hashable, Iterable[Hashable]]) -> set:
    """``items`` and everything they need first, however far back the chain goes."""
    known = _known(graph)
    needed, stack = set(), [i for i in items if i in known]
    while stack:
        node = stack.pop()
        if node not in needed:
            needed.add(node)
            stack.extend(known[node])
    return needed
