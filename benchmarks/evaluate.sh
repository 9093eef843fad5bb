#!/usr/bin/env bash
# Quality on the dev sets: gold articles and PLOVER sentences. Run from the repository root.
set -euo pipefail
KG=${KG:-.venv/bin/kg}
echo "## kg evaluate --gold examples/gold examples/articles"
"$KG" evaluate --gold examples/gold examples/articles
echo
echo "## kg evaluate --events tests/data/plover_dev.jsonl"
"$KG" evaluate --events tests/data/plover_dev.jsonl
echo
echo "## kg evaluate --entities --gold examples/gold examples/articles"
"$KG" evaluate --entities --gold examples/gold examples/articles
