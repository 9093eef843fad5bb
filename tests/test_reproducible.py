"""The same article gives the same output, byte for byte, whatever Python's string hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ARTICLE = """Chile and Peru revive fisheries commission

The two sides agreed on Monday to revive a fisheries commission set up in 2001.
Officials said data on anchovy stocks would be shared every month.
"""


def test_extract_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """A headline's two countries mentioned equally often once made "the two sides" list them in hash order."""
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "kg", "extract", str(article), "--format", "jsonl"], env=env, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert '"Chile"' in next(iter(outputs)) and '"Peru"' in next(iter(outputs))
