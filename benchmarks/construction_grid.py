"""Recall of the extractor per PLOVER category x syntactic frame, on the generated sentences of ``tests/data/construction_grid.yaml``.

Usage::

    .venv/bin/python benchmarks/construction_grid.py [--verbose] [--frame NAME] [--category NAME] [--context NAME | --short]

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

The long dimension (the ``long`` section of the YAML) wraps every positive cell in two of the news
contexts wire copy puts a clause in (a leading date and place adverbial, an attribution after the
clause or an "according to" before it, an apposition on the actor, a titled official or a ministry
as the actor, a second clause about something else, a leading subordinate clause, numbers, quotes
and parentheses, and several at once), so that sentences reach 30-55 tokens; the cell keeps its
expected statement and modality. The distractor cells and a few cores in which no state acts on
another are wrapped too and must yield nothing. It prints recall per context x frame, per category
x context, and the sentence lengths and distractors per context.

``tests/test_construction_grid.py`` runs the same grid and requires a recall floor per frame and per long context.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    context: str = ""  # the long context wrapping the frame's sentence; empty in the short grid
    coded_as: str = ""  # a category the act's sentence is coded in instead ("vowed to attack Y": THREATEN, asserted)

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


def _render(template: str, entry: dict, slots: dict[str, str], *, core: bool = False) -> str:
    """Fill a frame's template with a verb entry's forms and phrases and the cell's actors.

    With ``core``, the sentence is returned as a clause for a long context to wrap: no full stop, and
    its first letter lowered unless the template begins with a slot (a name, an object phrase).
    """
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
    if core and template[:1].isalpha():
        template = template[0].lower() + template[1:]
    text = template
    for key in sorted(values, key=len, reverse=True):
        text = text.replace("{" + key + "}", values[key])
    text = re.sub(r"(?<=s)'s\b", "'", text)  # "the United States' envoy", "the unions' bid"
    if core:
        return text.removesuffix(".")
    return text[0].upper() + text[1:]


def _templates(spec: str | list[str] | None) -> list[str]:
    return [] if spec is None else spec if isinstance(spec, list) else [spec]


def _positives(grid: dict) -> Iterator[tuple[str, dict, str, dict, dict[str, str], tuple[str, str], int]]:
    """Every positive cell's frame, template, verb entry and slots, with its acting country (name, adjective) and its index in the frame."""
    countries = [c.split("|") for c in grid["countries"]]
    leaders: dict[str, str] = grid["leaders"]
    names: list[str] = grid["names"]
    n = len(countries)
    k = 0
    for frame_name, frame in grid["frames"].items():
        templates = _templates(frame["template"])
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
            slots = {"A": a, "B": b, "Badj": b_adj, "C": c_name, "NAME": names[k % len(names)], "Bname": b_name}
            yield frame_name, frame, templates[i % len(templates)], entry, slots, (a_name, a_adj), i
            k += 1


def _coding(frame: dict, template: str, entry: dict) -> tuple[str, str]:
    """The modality a positive cell must have, and the category it is coded in instead of its own, if any: a frame's
    ``vowed`` categories are threats when its template vows the act ("X vowed to attack Y": PETRARCH2 "VOW * ATTACK",
    CAMEO 13, asserted)."""
    if entry["cat"] in (frame.get("vowed") or ()) and " vowed to " in template:
        return "asserted", "THREATEN"
    return frame.get("modality", "asserted"), ""


def _distractors(grid: dict) -> Iterator[tuple[str, dict, str, dict, dict[str, str], int]]:
    """Every distractor cell's frame, template, verb entry and slots, with its index among the distractors."""
    names: list[str] = grid["names"]
    for frame_name, frame in grid["frames"].items():
        templates = _templates(frame["template"])
        entries = [e for e in grid["verbs"] if _applies(frame, e)]
        for j, parties in enumerate(grid["distractors"]):
            entry = entries[(j * 11 + len(frame_name)) % len(entries)]
            slots = {"A": parties["A"], "B": parties["OBJ"], "OBJ": parties["OBJ"], "Badj": parties["Badj"], "C": parties["C"], "NAME": names[j % len(names)]}
            if frame_name == "apposition":
                slots["A"] = parties["A"].removeprefix("the ")
            yield frame_name, frame, templates[j % len(templates)], entry, slots, j


def build_cells(path: Path = GRID) -> list[Cell]:
    """Every cell of the short grid, positives first, then the distractors, in a fixed order."""
    grid = yaml.safe_load(path.read_text(encoding="utf-8"))
    cells: list[Cell] = []
    for frame_name, frame, template, entry, slots, (a_name, _), _ in _positives(grid):
        subjects = (a_name, slots["C"]) if frame.get("both") else (a_name,)
        known = tuple(s.removeprefix("the ") for s in subjects)  # the gazetteer's name: "United States"
        sentence = _render(template, entry, slots)
        modality, coded_as = _coding(frame, template, entry)
        cells.append(Cell(entry["cat"], frame_name, entry["verb"], sentence, known, slots["Bname"].removeprefix("the "), modality, coded_as=coded_as))
    for frame_name, _, template, entry, slots, _ in _distractors(grid):
        cells.append(Cell(entry["cat"], frame_name, entry["verb"], _render(template, entry, slots)))
    return cells


def _wrap(context: dict, n: int, core: str) -> str:
    """A context's n-th template around a core clause, as a sentence."""
    templates = _templates(context.get("template")) or ["{CORE}."]
    text = templates[n % len(templates)].replace("{CORE}", core).replace("{Core}", core[:1].upper() + core[1:])
    text = re.sub(r",(?=[.,])", "", text)  # an apposition's closing comma before the full stop or the next comma
    return text[0].upper() + text[1:]


def build_long_cells(path: Path = GRID) -> list[Cell]:
    """Every cell of the long grid: each positive cell of the short grid in ``copies`` of the long contexts that wrap its frame, then the distractors in them.

    The contexts rotate with the verb's index in its frame, so every context x frame sees verbs of
    many categories, and each copy of a cell is in another context.
    """
    grid = yaml.safe_load(path.read_text(encoding="utf-8"))
    long = grid["long"]
    contexts: dict[str, dict] = long["contexts"]
    officials: list[str] = long["officials"]
    appositions: list[str] = long["appositions"]
    copies: int = long.get("copies", 1)
    frame_index = {f: n for n, f in enumerate(grid["frames"])}

    def chosen(frame_name: str, i: int) -> list[str]:
        usable = [c for c, spec in contexts.items() if frame_name not in (spec.get("skip") or [])]
        step = max(1, len(usable) // copies)
        return list(dict.fromkeys(usable[(i + frame_index[frame_name] + m * step) % len(usable)] for m in range(copies))) if usable else []

    cells: list[Cell] = []
    for frame_name, frame, template, entry, slots, (a_name, a_adj), i in _positives(grid):
        subjects = (a_name, slots["C"]) if frame.get("both") else (a_name,)
        known = tuple(s.removeprefix("the ") for s in subjects)
        for name in chosen(frame_name, i):
            context, filled = contexts[name], dict(slots)
            actors = _templates(context.get("actor"))
            if actors:
                actor = actors[i % len(actors)]
                values = {"{Aname}": a_name, "{Aadj}": a_adj, "{OFFICIAL}": officials[i % len(officials)], "{APPOS}": appositions[i % len(appositions)]}
                for key, value in values.items():
                    actor = actor.replace(key, value)
                filled["A"] = actor
            sentence = _wrap(context, i, _render(template, entry, filled, core=True))
            modality, coded_as = _coding(frame, template, entry)
            cells.append(Cell(entry["cat"], frame_name, entry["verb"], sentence, known, slots["Bname"].removeprefix("the "), modality, name, coded_as))
    for frame_name, _, template, entry, slots, j in _distractors(grid):
        for name in chosen(frame_name, j):
            if contexts[name].get("actor"):  # an actor context is about a state's actor; the distractor's parties stay as they are
                continue
            cells.append(Cell(entry["cat"], frame_name, entry["verb"], _wrap(contexts[name], j, _render(template, entry, slots, core=True)), context=name))
    for j, core in enumerate(long.get("cores") or []):
        for name, context in contexts.items():
            if context.get("template"):
                cells.append(Cell("", "core", "", _wrap(context, j, core), context=name))
    return cells


def _matches(cell: Cell, subject: str, statements: Iterable[object], *, modality: bool) -> bool:
    for s in statements:
        pred = s.predicate  # type: ignore[attr-defined]
        if cell.category not in {pred.category, s.coded_category} and pred.category != (cell.coded_as or None):  # type: ignore[attr-defined]
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


def run(cells: Sequence[Cell], tokens: list[int] | None = None) -> Iterator[tuple[Cell, list[object]]]:
    """Extract every cell's sentence (each as its own article), parsing them all in one ``nlp.pipe``; ``tokens`` gets each sentence's length."""
    from kg.extract import get_extractor
    from kg.nlp import load_nlp
    from kg.pipeline import analyse
    from kg.read import article_from_text

    nlp, extractor = load_nlp(), get_extractor()
    articles = [article_from_text(c.sentence, f"grid{i}.txt") for i, c in enumerate(cells)]
    for cell, article, doc in zip(cells, articles, nlp.pipe(a.text for a in articles)):
        if tokens is not None:
            tokens.append(len(doc))
        yield cell, list(analyse(doc, article, extractor).statements)


Key = tuple[str, str, str]  # category, frame, context ("" in the short grid)


def tally(results: Iterable[tuple[Cell, list[object]]]) -> tuple[dict[Key, Outcome], dict[tuple[str, str], list[int]], list[str]]:
    """Outcomes per (category, frame, context), distractor [silent, total] per (frame, context), and the distractors that spoke."""
    grid: dict[Key, Outcome] = defaultdict(Outcome)
    quiet: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    spoke: list[str] = []
    for cell, statements in results:
        verdict = judge(cell, statements)
        said = "; ".join(f"{s.subject.label} {s.predicate.name}/{s.modality.value} {s.object.label}" for s in statements) or "nothing"  # type: ignore[attr-defined]
        where = f"{cell.context}/{cell.frame}" if cell.context else cell.frame
        if cell.distractor:
            quiet[(cell.frame, cell.context)][1] += 1
            quiet[(cell.frame, cell.context)][0] += verdict == "silent"
            if verdict == "spoke":
                spoke.append(f"{where}: {cell.sentence}  -> {said}")
            continue
        out = grid[(cell.category, cell.frame, cell.context)]
        out.total += 1
        out.found += verdict == "found"
        out.modality += verdict == "modality"
        if verdict != "found":
            out.misses.append(f"{verdict.upper()} {cell.category}/{where}: {cell.sentence}  -> {said}")
    return grid, quiet, spoke


def _recall(grid: dict[Key, Outcome], axis: Callable[[Key], str | None]) -> dict[str, float]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, out in grid.items():
        name = axis(key)
        if name is not None:
            sums[name][0] += out.found
            sums[name][1] += out.total
    return {f: ok / n for f, (ok, n) in sums.items()}


def frame_recall(grid: dict[Key, Outcome]) -> dict[str, float]:
    """Recall per frame of the short grid over every category."""
    return _recall(grid, lambda key: None if key[2] else key[1])


def context_recall(grid: dict[Key, Outcome]) -> dict[str, float]:
    """Recall per long context over every frame and category."""
    return _recall(grid, lambda key: key[2] or None)


def _cell(found: int, total: int) -> str:
    return f"{f'{found}/{total}':>8}" if total else f"{'-':>8}"


def _table(grid: dict[Key, Outcome], rows: list[str], cols: list[str], key: Callable[[str, str], Callable[[Key], bool]], label: str) -> None:
    """Print found/total per row x column and the row's recall; the last line is the recall per column."""
    print(f"{label:<18}" + "".join(f"{c[:7]:>8}" for c in cols) + f"{'all':>8}")
    col_sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        line, ok, n = "", 0, 0
        for c in cols:
            picked = [o for k, o in grid.items() if key(r, c)(k)]
            f, t = sum(o.found for o in picked), sum(o.total for o in picked)
            line += _cell(f, t)
            ok, n = ok + f, n + t
            col_sums[c][0] += f
            col_sums[c][1] += t
        print(f"{r:<18}{line}{ok / n if n else 0:>8.2f}")
    total_ok, total_n = sum(v[0] for v in col_sums.values()), sum(v[1] for v in col_sums.values())
    print(f"{'recall':<18}" + "".join(f"{col_sums[c][0] / col_sums[c][1] if col_sums[c][1] else 0:>8.2f}" for c in cols) + f"{total_ok / total_n if total_n else 0:>8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grid", type=Path, default=GRID)
    parser.add_argument("--verbose", action="store_true", help="print every missed cell and every distractor that yielded something")
    parser.add_argument("--frame", help="only this frame")
    parser.add_argument("--category", help="only this category")
    parser.add_argument("--context", help="only this long context (and no short grid)")
    parser.add_argument("--short", action="store_true", help="only the short grid")
    args = parser.parse_args(argv)
    every = ([] if args.context else build_cells(args.grid)) + ([] if args.short else build_long_cells(args.grid))
    cells = [
        c for c in every
        if (not args.frame or c.frame in (args.frame, "core")) and (not args.category or c.category == args.category or c.distractor)
        and (not args.context or c.context == args.context)
    ]
    tokens: list[int] = []
    grid, quiet, spoke = tally(run(cells, tokens))
    frames = list(dict.fromkeys(c.frame for c in cells if not c.distractor))
    categories = sorted({cat for cat, _, _ in grid})
    short = {k: o for k, o in grid.items() if not k[2]}
    if short:
        _table(short, categories, frames, lambda r, c: lambda k: k[0] == r and k[1] == c, "category")
        modality = {f: sum(o.modality for (_, g, _), o in short.items() if g == f) for f in frames}
        print(f"{'other mod.':<18}" + "".join(f"{modality[f]:>8}" for f in frames))
        print(f"{'distr. quiet':<18}" + "".join(_cell(*quiet[(f, '')]) for f in frames))
        zero = [f"{cat}/{f}" for (cat, f, _), o in sorted(short.items()) if o.found == 0]
        ok, n = sum(o.found for o in short.values()), sum(o.total for o in short.values())
        q = [v for (_, ctx), v in quiet.items() if not ctx]
        print(f"short grid: cells found {ok}/{n}; distractors silent {sum(v[0] for v in q)}/{sum(v[1] for v in q)}; category x frame at zero: {len(zero)}")
    contexts = list(dict.fromkeys(c.context for c in cells if c.context))
    if contexts:
        lengths: dict[str, list[int]] = defaultdict(list)
        for cell, n_tokens in zip(cells, tokens):
            lengths[cell.context].append(n_tokens)
        long = {k: o for k, o in grid.items() if k[2]}
        print()
        _table(long, contexts, [f for f in frames], lambda r, c: lambda k: k[2] == r and k[1] == c, "context x frame")
        print()
        _table(long, categories, contexts, lambda r, c: lambda k: k[0] == r and k[2] == c, "category x context")
        print()
        print(f"{'context':<18}{'tokens':>14}{'modality':>10}{'distr.':>10}")
        for ctx in contexts:
            ts = lengths[ctx]
            mod = sum(o.modality for k, o in long.items() if k[2] == ctx)
            q = [v for (_, c), v in quiet.items() if c == ctx]
            print(f"{ctx:<18}{f'{min(ts)}-{sum(ts) // len(ts)}-{max(ts)}':>14}{mod:>10}{f'{sum(v[0] for v in q)}/{sum(v[1] for v in q)}':>10}")
        ok, n = sum(o.found for o in long.values()), sum(o.total for o in long.values())
        q = [v for (_, ctx), v in quiet.items() if ctx]
        zero = sorted({cat for cat, _, _ in long} - {cat for (cat, _, _), o in long.items() if o.found})
        print(f"long grid: cells found {ok}/{n}; distractors silent {sum(v[0] for v in q)}/{sum(v[1] for v in q)}; categories at zero: {len(zero)}  (tokens: min-mean-max)")
    if args.verbose:
        for out in grid.values():
            for line in out.misses:
                print(line, file=sys.stderr)
        for line in spoke:
            print("SPOKE " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
