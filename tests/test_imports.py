"""The package's import graph: no cycles, and the store module below the stages that use it.

Every ``import`` in ``kg/`` counts, including those inside functions (a lazy import still
ties two modules together), so that the structure drawn from the imports stays a hierarchy.
Only imports under ``if TYPE_CHECKING:`` are left out: they are never executed, and a helper
module may name the type of the object it is handed (``_discourse`` takes a ``_Context``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parent.parent / "kg"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> nx.DiGraph:
    """Modules of ``kg`` and the ``kg`` modules each imports (anywhere in its text)."""
    modules = {module_name(path): path for path in KG.rglob("*.py")}
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)

    def known(name: str) -> str:
        # ``from kg.views.graph import x`` names module kg.views.graph; ``import kg.a.b`` likewise;
        # an attribute of a module (``from kg.store import open_store``) resolves to the module.
        while name not in modules:
            name = name.rpartition(".")[0]
        return name

    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        type_only = {
            id(inner)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
            for statement in block.body
            for inner in ast.walk(statement)
        }
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
            for target in targets:
                if target == "kg" or target.startswith("kg."):
                    imported = known(target)
                    if imported != name:
                        graph.add_edge(name, imported)
    return graph


def test_the_import_graph_walks_every_module_of_the_package() -> None:
    graph = import_graph()
    assert {"kg.store", "kg.query", "kg.summary", "kg.write", "kg.cli", "kg.views.html"} <= set(graph)
    assert graph.has_edge("kg.query", "kg.store") and graph.has_edge("kg.summary", "kg.store")


def test_kg_modules_import_each_other_without_cycles() -> None:
    cycles = sorted(" -> ".join([*cycle, cycle[0]]) for cycle in nx.simple_cycles(import_graph()))
    assert cycles == [], "import cycles in kg/:\n" + "\n".join(cycles)


def test_the_store_module_opens_stores_and_uses_neither_queries_nor_summaries() -> None:
    uses = set(import_graph().successors("kg.store"))
    assert uses <= {"kg.errors"}, f"kg.store imports {sorted(uses)}"


def test_load_graph_stays_importable_from_kg_query_and_kg() -> None:
    import kg
    from kg.query import load_graph
    from kg.store import load_graph as store_load_graph

    assert load_graph is store_load_graph is kg.load_graph
