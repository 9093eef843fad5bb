"""Statement scores against gold articles: typed and dyad precision, recall and F1, modality and attribution."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.evaluate.gold import GoldArticle, GoldStatement
from kg.evaluate.matching import Counts, Ratio, _Matcher, _show, _sys_statement, _SysStatement
from kg.evaluate.normalize import _normalize_text


@dataclass(frozen=True)
class Miss:
    """A required gold statement no system statement matched."""

    article: str
    subject: str
    predicate: str
    category: str
    object: str
    modality: str
    evidence: str


@dataclass(frozen=True)
class FalsePositive:
    """A system statement that matches no gold statement."""

    article: str
    subject: str
    predicate: str
    category: str
    object: str
    evidence: str


@dataclass(frozen=True)
class Mismatch:
    """A recalled gold statement whose best system match differs in modality or attribution."""

    article: str
    predicate: str
    evidence: str
    expected: str
    found: str


@dataclass(frozen=True)
class MatchResult:
    """Typed or dyad scores of one article (or of all articles when summed)."""

    counts: Counts
    misses: tuple[Miss, ...] = ()
    false_positives: tuple[FalsePositive, ...] = ()

    def __add__(self, other: MatchResult) -> MatchResult:
        return MatchResult(self.counts + other.counts, self.misses + other.misses,
                           self.false_positives + other.false_positives)


@dataclass(frozen=True)
class ArticleScore:
    """Scores of one gold article.

    Attributes:
        article: the article file name of the gold file.
        typed: matches requiring subject, object and category.
        dyad: matches of the unordered subject/object pair only.
        modality: modality accuracy over recalled required gold statements.
        attribution: attribution accuracy over those with a gold ``attributed_to``.
        modality_mismatches: where the best match had another modality.
        attribution_mismatches: where the best match had another (or no) speaker.
    """

    article: str
    typed: MatchResult
    dyad: MatchResult
    modality: Ratio = Ratio()
    attribution: Ratio = Ratio()
    modality_mismatches: tuple[Mismatch, ...] = ()
    attribution_mismatches: tuple[Mismatch, ...] = ()


@dataclass(frozen=True)
class GoldReport:
    """Scores of a set of gold articles; totals are micro-averaged."""

    articles: tuple[ArticleScore, ...]

    @property
    def typed(self) -> MatchResult:
        """Typed counts, misses and false positives summed over all articles."""
        return sum((a.typed for a in self.articles), MatchResult(Counts()))

    @property
    def dyad(self) -> MatchResult:
        """Dyad counts, misses and false positives summed over all articles."""
        return sum((a.dyad for a in self.articles), MatchResult(Counts()))

    @property
    def modality(self) -> Ratio:
        """Modality accuracy over all articles."""
        return sum((a.modality for a in self.articles), Ratio())

    @property
    def attribution(self) -> Ratio:
        """Attribution accuracy over all articles."""
        return sum((a.attribution for a in self.articles), Ratio())


def _score(
    gold: GoldArticle,
    matcher: _Matcher,
    system: Sequence[_SysStatement],
    match: Callable[[GoldStatement, _SysStatement], bool],
) -> tuple[MatchResult, list[list[int]]]:
    """Match every gold statement with every system statement under ``match``."""
    hits = [[j for j, s in enumerate(system) if match(g, s)] for g in gold.statements]
    matched = {j for found in hits for j in found}
    required = [(g, found) for g, found in zip(gold.statements, hits) if g.required]
    counts = Counts(
        correct=len(matched),
        system=len(system),
        recalled=sum(1 for _, found in required if found),
        gold=len(required),
    )
    misses = tuple(
        Miss(gold.article, matcher.show(g.subject), g.predicate, g.category, matcher.show(g.object),
             g.modality, g.evidence)
        for g, found in required if not found
    )
    false_positives = tuple(
        FalsePositive(gold.article, _show(s.subject), s.predicate, s.predicate_category, _show(s.object), s.evidence)
        for j, s in enumerate(system) if j not in matched
    )
    return MatchResult(counts, misses, false_positives), hits


def _best(gold: GoldStatement, system: Sequence[_SysStatement], found: Sequence[int]) -> _SysStatement:
    evidence = _normalize_text(gold.evidence)
    return min(
        (system[j] for j in found),
        key=lambda s: (not (evidence and evidence in s.evidence_norm), -s.confidence),
    )


def score_article(gold: GoldArticle, records: Sequence[Mapping[str, object]]) -> ArticleScore:
    """Score the statement records extracted from one article against its gold file.

    Args:
        gold: the article's gold annotations.
        records: statement records in the JSON Lines contract of ``kg extract``.

    Returns:
        Typed and dyad counts, misses, false positives and the modality and
        attribution diagnostics (see :mod:`kg.evaluate` for the rules).
    """
    matcher = _Matcher(gold)
    system = [_sys_statement(r) for r in records]
    typed, typed_hits = _score(gold, matcher, system, matcher.typed)
    dyad, _ = _score(gold, matcher, system, matcher.dyad)
    modality = Ratio()
    attribution = Ratio()
    modality_mismatches: list[Mismatch] = []
    attribution_mismatches: list[Mismatch] = []
    for g, found in zip(gold.statements, typed_hits):
        if not (g.required and found):
            continue
        best = _best(g, system, found)
        ok = best.modality == g.modality
        modality += Ratio(int(ok), 1)
        if not ok:
            modality_mismatches.append(Mismatch(gold.article, g.predicate, g.evidence, g.modality,
                                                best.modality or "?"))
        if g.attributed_to is not None:
            ok = matcher.entity(best.attributed_to, g.attributed_to)
            attribution += Ratio(int(ok), 1)
            if not ok:
                expected = gold.entities[g.attributed_to].label
                found_label = best.attributed_to.label if best.attributed_to else "none"
                attribution_mismatches.append(Mismatch(gold.article, g.predicate, g.evidence, expected,
                                                       found_label or "?"))
    return ArticleScore(
        article=gold.article,
        typed=typed,
        dyad=dyad,
        modality=modality,
        attribution=attribution,
        modality_mismatches=tuple(modality_mismatches),
        attribution_mismatches=tuple(attribution_mismatches),
    )


def score_gold(pairs: Iterable[tuple[GoldArticle, Sequence[Mapping[str, object]]]]) -> GoldReport:
    """Score several articles; totals are micro-averaged over all of them.

    Args:
        pairs: each gold article with the statement records extracted from it.

    Returns:
        Per-article scores; the report's properties give the totals.
    """
    return GoldReport(tuple(score_article(gold, records) for gold, records in pairs))
