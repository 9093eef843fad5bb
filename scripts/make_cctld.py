"""Regenerate kg/data/cctld.tsv: each country's country-code top-level domain (ISO 3166-1 alpha-2).

The table lets kg.extract._publisher tell which government a web address belongs to
("www.gov.uk", "diplomatie.gouv.fr", "mofa.go.jp"). Needs pycountry (the test extra).

    .venv/bin/python scripts/make_cctld.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
#: Domains that are not the ISO 3166-1 alpha-2 code of their country.
EXTRA = {"uk": "GBR"}


def main() -> None:
    with (DATA / "countries.tsv").open(encoding="utf-8") as f:
        codes = [row["iso3"] for row in csv.DictReader(f, delimiter="\t")]
    pairs = {c.alpha_2.lower(): iso3 for iso3 in codes if (c := pycountry.countries.get(alpha_3=iso3)) is not None}
    pairs.update(EXTRA)
    lines = [
        "# Country-code top-level domains (ISO 3166-1 alpha-2, lower case) -> ISO 3166 alpha-3, for the countries of",
        "# countries.tsv. Generated from pycountry (ISO 3166-1) by scripts/make_cctld.py; 'uk' is the domain of GBR (ISO: gb).",
        "cctld\tiso3",
        *(f"{domain}\t{iso3}" for domain, iso3 in sorted(pairs.items())),
    ]
    (DATA / "cctld.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
