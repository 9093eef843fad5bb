"""Package data: gazetteers, lexicons and vocabulary tables (see GAZETTEER-SOURCES.md, LEXICON-SOURCES.md)."""

from __future__ import annotations

import csv
from importlib import resources


def table(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table of this package, by its header; lines starting with "#" are comments."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"))
