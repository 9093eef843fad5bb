"""Recall of the extractor per PLOVER category x syntactic frame, on the generated sentences of ``tests/data/construction_grid.yaml``.

Usage::

    .venv/bin/python benchmarks/construction_grid.py [--verbose] [--frame NAME] [--category NAME]

The grid renders three to five ordinary verbs of every PLOVER category (from the PETRARCH2 verb
dictionary and the CAMEO codebook) in the frames news text puts them in: simple past, present
perfect, reported speech, passive with a by-agent, two nominalisations, a light verb, an intent, a
negation, coordinated subjects, a subject with an apposition, a relative clause, a participial adjunct
and a present-tense headline. The acting and the target country change from cell to cell, and the
actor is written as a country name, "the X government", its capital or its leader with a title.

A cell is found when one statement of its sentence has the verb's category (its predicate's, or
the category its event is coded as), the expected subject and object (a country or an actor of that
country: its minister, its army, its leader) and the frame's modality (``asserted``, ``intended``
for "vowed to V", ``negated`` for "did not V"). A coordinated-subject cell needs the statement for
both subjects. ``modality`` counts the cells whose statement is there with another modality.

Distractor cells render the same frames and verbs between parties that are not two states (a club
and a referee) or are of one state (a government and its own unions); one is right when its sentence
yields nothing but people's offices.

``tests/test_construction_grid.py`` runs the same grid and requires a recall floor per frame.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GRID = ROOT / "tests" / "data" / "construction_grid.yaml"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build_lemma_exceptions import regular_forms  # noqa: E402
from category_recall import TITLE_PREDICATES, _side_matches  # noqa: E402

_PREPOSITIONS = {"with", "to", "against", "from", "on", "into", "for", "of", "in", "at"}
#: Surface forms of the acting country, cycled through from cell to cell.
_FORMS = ("name", "government", "capital", "leader")


@dataclass(frozen=True)
class Cell:
    """One generated sentence: a verb of a category in a frame, and what it must (or must not) yield."""

    category: str
    frame: str
    verb: str
    sentence: str
    subjects: tuple[str, ...] = ()  # country names; empty for a distractor
    object: str = ""
    modality: str = "asserted"

    @property
    def distractor(self) -> bool:
        return not self.subjects


@dataclass
class Outcome:
    found: int = 0
    modality: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)


def _forms(entry: dict) -> dict[str, str]:
    verb = entry["verb"]
    regular = regular_forms(verb)
    given = entry.get("forms") or {}
    return {
        "VB": verb,
        "VBD": given.get("past", regular["VBD"]),
        "VBN": given.get("pp", given.get("past", regular["VBN"])),
        "VBZ": given.get("third", regular["VBZ"]),
        "VBG": given.get("ing", regular["VBG"]),
    }


def _direct(entry: dict) -> bool:
    if "direct" in entry:
        return bool(entry["direct"])
    return (entry.get("obj") or "{B}").split()[0] not in _PREPOSITIONS


def _applies(frame: dict, entry: dict) -> bool:
    needs = frame.get("needs")
    obj = entry.get("obj") or "{B}"
    headed = not re.search(r"\b(?:" + "|".join(_PREPOSITIONS) + r") \{B\}", obj)
    return (not needs or bool(entry.get(needs))) and (not frame.get("direct") or _direct(entry)) and (not frame.get("head") or headed)


def _render(template: str, entry: dict, slots: dict[str, str]) -> str:
    """Fill a frame's template with a verb entry's forms and phrases and the cell's actors."""
    b, badj = slots["B"], slots["Badj"]
    phrase = {k: (entry.get(k) or "").replace("{Badj}", badj).replace("{B}", b) for k in ("noun", "light")}
    obj = (entry.get("obj") or "{B}").replace("{Badj}", badj).replace("{B}", b)
    if "OBJ" in slots:  # a distractor's object replaces the country phrase, keeping the verb's words around it
        obj = (entry.get("obj") or "{B}").replace("{Badj}", badj).replace("{B}", slots["OBJ"])
        phrase = {k: (entry.get(k) or "").replace("{Badj}", badj).replace("{B}", slots["OBJ"]) for k in ("noun", "light")}
    values = {
        **_forms(entry),
        "A": slots["A"],
        "C": slots.get("C", ""),
        "NAME": slots.get("NAME", ""),
        "OBJ": obj,
        "TAIL": entry.get("tail") or "",
        "BE": "were" if entry.get("plural") else "was",
        "WHICH": "whom" if entry.get("who") else "which",
        "NOUN": phrase["noun"],
        "LIGHT": phrase["light"],
    }
    text = template
    for key in sorted(values, key=len, reverse=True):
        text = text.replace("{" + key + "}", values[key])
    text = re.sub(r"(?<=s)'s\b", "'", text)  # "the United States' envoy", "the unions' bid"
    return text[0].upper() + text[1:]


def build_cells(path: Path = GRID) -> list[Cell]:
    """Every cell of the grid, positives first, then the distractors, in a fixed order."""
    grid = yaml.safe_load(path.read_text(encoding="utf-8"))
    countries = [c.split("|") for c in grid["countries"]]
    leaders: dict[str, str] = grid["leaders"]
    names: list[str] = grid["names"]
    n = len(countries)
    cells: list[Cell] = []
    k = 0
    for frame_name, frame in grid["frames"].items():
        templates = frame["template"] if isinstance(frame["template"], list) else [frame["template"]]
        allowed = frame.get("forms") or list(_FORMS)
        for i, entry in enumerate(e for e in grid["verbs"] if _applies(frame, e)):
            a_name, a_adj, a_cap = countries[(7 * k) % n]
            b_name, b_adj, b_cap = countries[(7 * k + 3) % n]
            c_name = countries[(7 * k + 5) % n][0]
            form = allowed[k % len(allowed)]
            if form == "leader" and a_name not in leaders:
                form = "name"
            a = {"name": a_name, "government": f"the {a_adj} government", "capital": a_cap, "leader": leaders.get(a_name, a_name)}[form]
            b = (b_name, b_name, b_cap, f"the {b_adj} government")[(k // 2) % 4]
            slots = {"A": a, "B": b, "Badj": b_adj, "C": c_name, "NAME": names[k % len(names)]}
            subjects = (a_name, c_name) if frame.get("both") else (a_name,)
            sentence = _render(templates[i % len(templates)], entry, slots)
            known = tuple(s.removeprefix("the ") for s in subjects)  # the gazetteer's name: "United States"
            cells.append(Cell(entry["cat"], frame_name, entry["verb"], sentence, known, b_name.removeprefix("the "), frame.get("modality", "asserted")))
            k += 1
    for frame_name, frame in grid["frames"].items():
        templates = frame["template"] if isinstance(frame["template"], list) else [frame["template"]]
        entries = [e for e in grid["verbs"] if _applies(frame, e)]
        for j, parties in enumerate(grid["distractors"]):
            entry = entries[(j * 11 + len(frame_name)) % len(entries)]
            slots = {"A": parties["A"], "B": parties["OBJ"], "OBJ": parties["OBJ"], "Badj": parties["Badj"], "C": parties["C"], "NAME": names[j % len(names)]}
            if frame_name == "apposition":
                slots["A"] = parties["A"].removeprefix("the ")
            sentence = _render(templates[j % len(templates)], entry, slots)
            cells.append(Cell(entry["cat"], frame_name, entry["verb"], sentence))
    return cells


def _matches(cell: Cell, subject: str, statements: Iterable[object], *, modality: bool) -> bool:
    for s in statements:
        pred = s.predicate  # type: ignore[attr-defined]
        if cell.category not in {pred.category, s.coded_category}:  # type: ignore[attr-defined]
            continue
        if modality and s.modality.value != cell.modality:  # type: ignore[attr-defined]
            continue
        ways = [(s.subject, s.object)]  # type: ignore[attr-defined]
        if pred.symmetric:
            ways.append((s.object, s.subject))  # type: ignore[attr-defined]
        if any(_side_matches(subject, x) and _side_matches(cell.object, y) for x, y in ways):
            return True
    return False


def judge(cell: Cell, statements: Sequence[object]) -> str:
    """``found``, ``modality`` (there, with another modality), ``missed``; ``silent`` or ``spoke`` for a distractor."""
    if cell.distractor:
        return "silent" if all(s.predicate.name in TITLE_PREDICATES for s in statements) else "spoke"  # type: ignore[attr-defined]
    if all(_matches(cell, subj, statements, modality=True) for subj in cell.subjects):
        return "found"
    if all(_matches(cell, subj, statements, modality=False) for subj in cell.subjects):
        return "modality"
    return "missed"


def run(cells: Sequence[Cell]) -> Iterator[tuple[Cell, list[object]]]:
    """Extract every cell's sentence (each as its own article), parsing them all in one ``nlp.pipe``."""
    from kg.extract import get_extractor
    from kg.nlp import load_nlp
    from kg.pipeline import analyse
    from kg.read import article_from_text

    nlp, extractor = load_nlp(), get_extractor()
    articles = [article_from_text(c.sentence, f"grid{i}.txt") for i, c in enumerate(cells)]
    for cell, article, doc in zip(cells, articles, nlp.pipe(a.text for a in articles)):
        yield cell, list(analyse(doc, article, extractor).statements)


def tally(results: Iterable[tuple[Cell, list[object]]]) -> tuple[dict[tuple[str, str], Outcome], dict[str, list[int]], list[str]]:
    """Outcomes per (category, frame), distractor [silent, total] per frame, and the distractors that spoke."""
    grid: dict[tuple[str, str], Outcome] = defaultdict(Outcome)
    quiet: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    spoke: list[str] = []
    for cell, statements in results:
        verdict = judge(cell, statements)
        said = "; ".join(f"{s.subject.label} {s.predicate.name}/{s.modality.value} {s.object.label}" for s in statements) or "nothing"  # type: ignore[attr-defined]
        if cell.distractor:
            quiet[cell.frame][1] += 1
            quiet[cell.frame][0] += verdict == "silent"
            if verdict == "spoke":
                spoke.append(f"{cell.frame}: {cell.sentence}  -> {said}")
            continue
        out = grid[(cell.category, cell.frame)]
        out.total += 1
        out.found += verdict == "found"
        out.modality += verdict == "modality"
        if verdict != "found":
            out.misses.append(f"{verdict.upper()} {cell.category}/{cell.frame}: {cell.sentence}  -> {said}")
    return grid, quiet, spoke


def frame_recall(grid: dict[tuple[str, str], Outcome]) -> dict[str, float]:
    """Recall per frame over every category."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (_, frame), out in grid.items():
        sums[frame][0] += out.found
        sums[frame][1] += out.total
    return {f: ok / n for f, (ok, n) in sums.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grid", type=Path, default=GRID)
    parser.add_argument("--verbose", action="store_true", help="print every missed cell and every distractor that yielded something")
    parser.add_argument("--frame", help="only this frame")
    parser.add_argument("--category", help="only this category")
    args = parser.parse_args(argv)
    cells = [c for c in build_cells(args.grid) if (not args.frame or c.frame == args.frame) and (not args.category or c.category == args.category or c.distractor)]
    grid, quiet, spoke = tally(run(cells))
    frames = list(dict.fromkeys(c.frame for c in cells))
    categories = sorted({cat for cat, _ in grid})
    short = {f: f[:7] for f in frames}
    print(f"{'category':<12}" + "".join(f"{short[f]:>8}" for f in frames) + f"{'all':>8}")
    for cat in categories:
        row, ok, n = "", 0, 0
        for f in frames:
            out = grid.get((cat, f))
            row += f"{'-':>8}" if out is None else f"{f'{out.found}/{out.total}':>8}"
            ok += out.found if out else 0
            n += out.total if out else 0
        print(f"{cat:<12}{row}{ok / n:>8.2f}")
    recall = frame_recall(grid)
    total_ok = sum(o.found for o in grid.values())
    total_n = sum(o.total for o in grid.values())
    print(f"{'recall':<12}" + "".join(f"{recall[f]:>8.2f}" for f in frames) + f"{total_ok / total_n:>8.2f}")
    modality = {f: sum(o.modality for (_, g), o in grid.items() if g == f) for f in frames}
    print(f"{'other mod.':<12}" + "".join(f"{modality[f]:>8}" for f in frames))
    print(f"{'distr. quiet':<12}" + "".join(f"{f'{quiet[f][0]}/{quiet[f][1]}':>8}" for f in frames))
    zero = [f"{cat}/{f}" for (cat, f), o in sorted(grid.items()) if o.found == 0]
    print(f"cells found {total_ok}/{total_n}; distractors silent {sum(q[0] for q in quiet.values())}/{sum(q[1] for q in quiet.values())}; category x frame at zero: {len(zero)}")
    if args.verbose:
        for out in grid.values():
            for line in out.misses:
                print(line, file=sys.stderr)
        for line in spoke:
            print("SPOKE " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
