"""The example notebook (``examples/notebook.ipynb``) runs top to bottom in a real Jupyter kernel.

nbclient executes every cell with ipykernel, as ``jupyter nbconvert --execute`` would; a cell that
raises fails the test. The notebook's own cells assert the typed DataFrame columns; this test checks
what a reader sees: the tables, the inline graph page (offline) and the networkx analysis.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def executed() -> nbformat.NotebookNode:
    notebook = nbformat.read(EXAMPLES / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()
    return notebook


def outputs(cell: nbformat.NotebookNode, mime: str) -> str:
    return "\n".join(str(o.get("data", {}).get(mime, "")) + str(o.get("text", "")) for o in cell.get("outputs", []))


def code_cells(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [c for c in notebook.cells if c.cell_type == "code"]


def test_every_cell_of_the_example_notebook_runs_without_error(executed: nbformat.NotebookNode) -> None:
    cells = code_cells(executed)
    assert all(c.execution_count for c in cells)
    assert not [o for c in cells for o in c.outputs if o.output_type == "error"]
    assert re.search(r"\b1[0-9] articles, [1-9][0-9]+ statements", outputs(cells[0], "text/plain"))


def test_the_notebook_shows_the_named_queries_and_a_dated_timeline_table(executed: nbformat.NotebookNode) -> None:
    cells = code_cells(executed)
    assert "dyad-timeline" in outputs(cells[1], "text/plain") and "a (country)" in outputs(cells[1], "text/plain")
    table = outputs(cells[2], "text/html")
    assert "<table" in table and "Azerbaijan" in table and re.search(r"<td>20\d\d-\d\d-\d\d</td>", table)


def test_the_graph_view_is_inline_and_loads_nothing_from_the_network(executed: nbformat.NotebookNode) -> None:
    page = outputs(code_cells(executed)[4], "text/html")
    assert page.startswith("<iframe") and 'srcdoc="' in page and 'sandbox="allow-scripts' in page
    assert "vis.Network" in page and "Azerbaijan" in page
    assert not re.search(r"(src|href)=(&quot;|\\?\")https?:", page)


def test_the_notebook_ranks_countries_by_betweenness_with_networkx(executed: nbformat.NotebookNode) -> None:
    ranking = outputs(code_cells(executed)[5], "text/html")
    assert "betweenness" in ranking and "USA" in ranking
