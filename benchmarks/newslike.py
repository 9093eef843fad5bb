"""A news-like synthetic corpus of extraction results, for store benchmarks at millions of triples.

Unlike ``benchmarks/synthetic.py`` (hubs by preferential attachment, for the
views) and ``bench_store.synthetic`` (countries drawn uniformly), the graph
has the concentration of real news:

* countries are drawn from a Zipf law (weight of rank r proportional to
  ``1 / r ** zipf``): a few countries are in most stories;
* a few dyads dominate: :data:`Profile.dominant` pairs of top countries get
  :data:`Profile.dominant_share` of the articles between them;
* time comes in bursts: each dominant dyad has a few three-week bursts that
  hold half of its articles, the rest spread over ten years;
* each article has a main dyad; its statements link the two countries, their
  leaders and officials (a pool of people per country), organisations, and
  topics (mostly new in each article), with predicates, modalities and
  speakers in the proportions measured on real extractions.

:func:`calibrate` measures those proportions on ``examples/articles`` (the
pipeline run on them) and on the actor codes of the visible PLOVER evaluation
records (``/work/shared/eval/plover_dev.jsonl`` when present); the numbers it
found are written in ``benchmarks/README.md``. :func:`write_parts` writes the
corpus as N-Quads part files of exactly the shape ``kg build --nquads-dir``
writes (through :func:`kg.rdf.add_article`), ready for ``kg load``.

Usage (from the repository root)::

    .venv/bin/python benchmarks/newslike.py --calibrate
    .venv/bin/python benchmarks/newslike.py --triples 1000000 --out /tmp/parts
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement  # noqa: E402
from kg.rdf import QuadSet, add_article, add_run, run_iri  # noqa: E402
from kg.vocab import predicates  # noqa: E402

PLOVER = Path("/work/shared/eval/plover_dev.jsonl")

# Countries in the order of how often international news names them (the head of the Zipf law);
# the rest of the gazetteer follows in a seeded random order.
HEAD = ["USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "TUR", "JPN", "PSE", "SAU", "PAK",
        "PRK", "KOR", "SYR", "AFG", "IRQ", "EGY", "BRA", "ARM", "AZE", "TWN", "PHL", "VEN", "MEX", "KEN", "ETH"]


@dataclass(frozen=True)
class Profile:
    """The shape of the corpus (defaults: what :func:`calibrate` measured, rounded; see benchmarks/README.md)."""

    zipf: float = 0.82
    statements_per_article: float = 11.2
    dominant: int = 5
    dominant_share: float = 0.27
    bursts: int = 6
    burst_share: float = 0.5
    subject_types: dict[str, float] = field(default_factory=lambda: {"Country": 0.6, "Person": 0.35, "Organization": 0.03, "SectorActor": 0.02})
    object_types: dict[str, float] = field(default_factory=lambda: {"Country": 0.64, "Topic": 0.2, "Person": 0.08, "Organization": 0.05, "SectorActor": 0.03})
    modalities: dict[str, float] = field(default_factory=lambda: {"asserted": 0.9, "intended": 0.07, "possible": 0.02, "negated": 0.01})
    attributed: float = 0.17
    people_per_country: int = 40
    orgs_per_country: int = 10


def calibrate() -> dict[str, object]:
    """Measure the profile's proportions on the example articles (run through the pipeline) and the PLOVER records."""
    from kg.pipeline import process

    results = list(process([ROOT / "examples" / "articles"]))
    statements = [s for r in results for s in r.statements]
    countries: Counter[str] = Counter()
    dyads: Counter[tuple[str, str]] = Counter()
    for result in results:
        named = Counter(e.country for s in result.statements for e in (s.subject, s.object) if e.country)
        countries.update(named.keys())
        for s in result.statements:
            a, b = s.subject.country, s.object.country
            if a and b and a != b:
                dyads[(min(a, b), max(a, b))] += 1
    plover_dyads: Counter[tuple[str, str]] = Counter()
    if PLOVER.exists():
        from kg.gazetteer import load_gazetteer

        known = load_gazetteer().countries
        for line in PLOVER.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for event in record.get("expected", []):
                sides = [{a["code"][:3] for a in event.get(side, []) if a.get("code", "")[:3] in known} for side in ("source", "target")]
                countries.update(sides[0] | sides[1])
                plover_dyads.update((min(x, y), max(x, y)) for x in sides[0] for y in sides[1] if x != y)

    def shares(values: list[str]) -> dict[str, float]:
        counts = Counter(values)
        return {k: round(v / len(values), 3) for k, v in counts.most_common()}

    ranked = [n for _, n in countries.most_common()]
    # least squares of log(count) on log(rank): the Zipf exponent
    xs = [math.log(r + 1) for r in range(len(ranked))]
    ys = [math.log(n) for n in ranked]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    total = sum(dyads.values())
    return {
        "articles": len(results),
        "statements_per_article": round(len(statements) / len(results), 2),
        "subject_types": shares([s.subject.type.value for s in statements]),
        "object_types": shares([s.object.type.value for s in statements]),
        "modalities": shares([s.modality.value for s in statements]),
        "attributed": round(sum(s.attributed_to is not None for s in statements) / len(statements), 3),
        "countries_seen": len(countries),
        "zipf_exponent": round(-slope, 2),
        "top_countries": countries.most_common(8),
        "dyads": len(dyads),
        "top_dyad_share": round(dyads.most_common(1)[0][1] / total, 3) if total else 0,
        "top5_dyad_share": round(sum(n for _, n in dyads.most_common(5)) / total, 3) if total else 0,
        "plover_dyads": len(plover_dyads),
        "plover_top5_dyad_share": round(sum(n for _, n in plover_dyads.most_common(5)) / max(1, sum(plover_dyads.values())), 3),
        "predicates": Counter(s.predicate.name for s in statements).most_common(10),
    }


class Corpus:
    """Draws news-like articles (:class:`~kg.model.ArticleResult`) from a :class:`Profile`, seeded."""

    def __init__(self, profile: Profile = Profile(), seed: int = 11) -> None:
        from kg.gazetteer import load_gazetteer

        self.profile = profile
        self.rng = random.Random(seed)
        known = load_gazetteer().countries
        rest = sorted(c for c in known if c not in HEAD)
        self.rng.shuffle(rest)
        self.codes = [c for c in HEAD if c in known] + rest
        self.countries = {c: Entity(known[c].key, known[c].label, EntityType.COUNTRY, country=c, wikidata=known[c].wikidata) for c in self.codes}
        self.weights = [1 / (rank + 1) ** profile.zipf for rank in range(len(self.codes))]
        top = self.codes[:8]
        pairs = [(a, b) for i, a in enumerate(top) for b in top[i + 1 :]]
        self.rng.shuffle(pairs)
        self.dominant = [("USA", "CHN"), ("RUS", "UKR")] + [p for p in pairs if p not in {("USA", "CHN"), ("RUS", "UKR")}][: profile.dominant - 2]
        start = dt.date(2015, 1, 1)
        self.start, self.days = start, 3652
        self.burst_starts = {d: [self.rng.randrange(self.days - 21) for _ in range(profile.bursts)] for d in self.dominant}
        self.preds = [p for p in predicates().values() if p.range == "Actor"]
        self.topic_preds = [p for p in predicates().values() if p.range != "Actor"] or self.preds
        names = self._names(len(self.codes) * profile.people_per_country)
        self.people = {
            c: [Entity(f"person/{c.lower()}-{i}", names.pop(), EntityType.PERSON, country=c,
                       role="president" if i == 0 else "minister") for i in range(profile.people_per_country)]
            for c in self.codes
        }
        self.orgs = {
            c: [Entity(f"org/{c.lower()}-{i}", f"Ministry {i} of {self.countries[c].label}", EntityType.ORGANIZATION, country=c)
                for i in range(profile.orgs_per_country)]
            for c in self.codes
        }
        self.count = 0

    def _names(self, n: int) -> list[str]:
        """``n`` different people's names, each a given name and a surname of two office-holders of
        kg's table (``kg/data/leaders.tsv``, real names of every region), drawn apart: names as
        varied as the news's, so that the name index (``said-by``) is measured on realistic text."""
        from kg.data import table

        parts = [row["name"].split() for row in table("leaders.tsv")]
        given = sorted({p[0] for p in parts if len(p) > 1 and p[0].isalpha()})
        surnames = sorted({p[-1] for p in parts if len(p) > 1 and p[-1].isalpha()})
        found: set[str] = set()
        while len(found) < n:
            found.add(f"{self.rng.choice(given)} {self.rng.choice(surnames)}")
        drawn = sorted(found)
        self.rng.shuffle(drawn)
        return drawn

    def _pick(self, shares: dict[str, float]) -> str:
        return self.rng.choices(list(shares), weights=list(shares.values()))[0]

    def dyad(self) -> tuple[str, str]:
        if self.rng.random() < self.profile.dominant_share:
            return self.rng.choice(self.dominant)
        while True:
            a, b = self.rng.choices(self.codes, weights=self.weights, k=2)
            if a != b:
                return a, b

    def date(self, dyad: tuple[str, str]) -> dt.date:
        bursts = self.burst_starts.get(dyad) or self.burst_starts.get((dyad[1], dyad[0]))
        if bursts and self.rng.random() < self.profile.burst_share:
            return self.start + dt.timedelta(days=self.rng.choice(bursts) + self.rng.randrange(21))
        return self.start + dt.timedelta(days=self.rng.randrange(self.days))

    def _actor(self, kind: str, country: str) -> Entity:
        if kind == "Person":
            pool = self.people[country]
            return pool[min(int(self.rng.expovariate(0.25)), len(pool) - 1)]  # the leader and a few officials speak most
        if kind in ("Organization", "SectorActor"):
            return self.rng.choice(self.orgs[country])
        return self.countries[country]

    def article(self) -> ArticleResult:
        n = self.count
        self.count += 1
        a, b = self.dyad()
        published = self.date((a, b))
        statements = max(1, round(self.rng.gauss(self.profile.statements_per_article, self.profile.statements_per_article / 2)))
        sentences = [f"Sentence {i} of synthetic story {n} about {self.countries[a].label} and {self.countries[b].label}." for i in range(statements + 3)]
        text = " ".join(sentences)
        article = Article(f"news{n}", text, f"{self.countries[a].label} and {self.countries[b].label}: story {n}", published,
                          f"Wire {self.rng.randrange(40)}", f"https://example.org/news/{n}", "newslike")
        made = []
        offset = 0
        for i in range(statements):
            sentence = sentences[i]
            x, y = (a, b) if self.rng.random() < 0.5 else (b, a)
            if self.rng.random() < 0.15:  # a third country joins the story
                y = self.rng.choices(self.codes, weights=self.weights)[0]
                if y == x:
                    y = b if x == a else a
            subject = self._actor(self._pick(self.profile.subject_types), x)
            kind = self._pick(self.profile.object_types)
            if kind == "Topic":
                topic = f"topic {self.rng.randrange(2000)}" if self.rng.random() < 0.3 else f"topic of story {n} #{i}"
                obj = Entity(f"topic/{topic.replace(' ', '-').replace('#', '')}", topic, EntityType.TOPIC)
                pred = self.rng.choice(self.topic_preds)
            else:
                obj = self._actor(kind, y)
                pred = self.rng.choice(self.preds)
            speaker = self._actor("Person", x) if self.rng.random() < self.profile.attributed else None
            made.append(Statement(
                article.id, subject, pred, obj, Modality(self._pick(self.profile.modalities)),
                Evidence(sentence, offset, offset + len(sentence)), "patterns.v1", round(self.rng.uniform(0.5, 0.95), 2),
                published, speaker, pred.cameo, pred.goldstein, "newslike",
            ))
            offset += len(sentence) + 1
        return ArticleResult(article, len(sentences), (), tuple(made))


def write_parts(target_quads: int, out: Path, *, per_part: int = 500, seed: int = 11, profile: Profile = Profile()) -> tuple[int, int]:
    """Write about ``target_quads`` quads of news-like articles as ``out/part-K.nq`` (and the run record).

    Returns:
        (articles, quads written); quads repeated across parts (entity descriptions) count in each part.
    """
    from kg.cluster import write_part

    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(profile, seed)
    run = run_iri("patterns.v1", "newslike")
    header = QuadSet()
    add_run(header.default_graph, run, "patterns.v1", "newslike")
    write_part(out / "run.nq", header)
    written = len(header.quads)
    part = 0
    while written < target_quads:
        quads = QuadSet()
        for _ in range(per_part):
            add_article(quads, corpus.article(), run)
        write_part(out / f"part-{part:05d}.nq", quads)
        written += len(quads.quads)
        part += 1
    return corpus.count, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true", help="print what the examples and PLOVER records measure")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.calibrate:
        print(json.dumps({"measured": calibrate(), "profile": asdict(Profile())}, indent=1))
        return
    if args.out is None:
        parser.error("give --out DIR (or --calibrate)")
    articles, quads = write_parts(args.triples, args.out)
    print(f"{articles} articles, {quads} quads in {args.out}")


if __name__ == "__main__":
    main()
