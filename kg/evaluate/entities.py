"""Entity resolution scored against gold articles: recall, precision and person countries.

Entity resolution is scored per article, separately for two groups:

* gold entities: the entity ids used as subject or object of the gold
  statements (required or not; topics are not entities). ``Country`` and
  ``Territory`` ids form the "countries" group, ``Person`` and
  ``Organization`` ids the "people and organisations" group.
* system entities: the distinct nodes (by key/IRI) of every resolved mention
  of an actor type in the article: ``Country`` nodes form the countries group,
  ``Person``, ``Organization`` and ``SectorActor`` nodes the other.

A system entity matches a gold id by the rules (a)-(d) of :mod:`kg.evaluate` (Wikidata id,
label or alias, a country's or sector actor's ISO code for an ISO-coded gold
country, ``part_of``); ISO-coded gold ids are read through
:data:`LEGACY_CODES` and ``KOS`` as Kosovo's ``XKX``.

*Recall*: the share of gold entities that some system entity matches.
*Precision*: among the *judged* system entities, the share that are right. A
system entity is judged when it matches an entity of the gold file's
inventory (``entities``, not only those of the statements) or when one of its
names (label or aliases) is a gold name of such an entity; it is right when it
matches and is the first system node (in text order) to match that gold
entity: a second node for the same person ("Aliyev" beside "Ilham Aliyev") is a
duplicate and counts as wrong. Sector actors that only match through their
country (rule c) are not judged (the design resolves them to their country,
as their own node). System entities the gold file says nothing about are
*unjudged* and reported as a count: the gold inventory is not exhaustive.

*Person country*: for each gold ``leaderOf``/``officialOf`` statement from a
person to a country, whether the system node recalled for that person carries
that country.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.evaluate.gold import GoldArticle, GoldEntity
from kg.evaluate.matching import Ratio, _Matcher, _sys_entity, _SysEntity, _text
from kg.evaluate.normalize import _ISO3, COUNTRY_LEVEL_TYPES, LEGACY_CODES, normalize_label

ENTITY_GROUPS: Mapping[str, frozenset[str]] = {
    "countries": frozenset({"Country", "Territory"}),
    "people_orgs": frozenset({"Person", "Organization"}),
}
"""Gold entity types scored together."""

SYSTEM_GROUPS: Mapping[str, frozenset[str]] = {
    "countries": frozenset({"Country"}),
    "people_orgs": frozenset({"Person", "Organization", "SectorActor"}),
}
"""System entity types scored against each group."""

_GOLD_CODE_ALIASES: Mapping[str, str] = {**LEGACY_CODES, "KOS": "XKX"}


@dataclass(frozen=True)
class EntityCounts:
    """Entity counts of one group.

    Attributes:
        recalled: gold entities matched by a system entity.
        gold: gold entities (subjects and objects of the gold statements).
        right: judged system entities that are right.
        judged: judged system entities.
        unjudged: system entities the gold file says nothing about.
    """

    recalled: int = 0
    gold: int = 0
    right: int = 0
    judged: int = 0
    unjudged: int = 0

    @property
    def recall(self) -> float:
        """recalled / gold, 0.0 without gold entities."""
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """right / judged, 0.0 without judged system entities."""
        return self.right / self.judged if self.judged else 0.0

    def __add__(self, other: EntityCounts) -> EntityCounts:
        return EntityCounts(self.recalled + other.recalled, self.gold + other.gold, self.right + other.right,
                            self.judged + other.judged, self.unjudged + other.unjudged)


@dataclass(frozen=True)
class EntityArticleScore:
    """Entity-resolution scores of one article.

    Attributes:
        article: the article's file name.
        groups: counts per group (``countries``, ``people_orgs``).
        misses: gold entities no system entity matched ("id (label)").
        wrong: judged system entities that are wrong ("label [type]: why").
        unjudged: labels of unjudged system entities.
        person_country: gold person→country statements whose person node carries that country.
    """

    article: str
    groups: Mapping[str, EntityCounts]
    misses: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    unjudged: tuple[str, ...] = ()
    person_country: Ratio = Ratio()


@dataclass(frozen=True)
class EntityReport:
    """Entity-resolution scores of a set of articles."""

    articles: tuple[EntityArticleScore, ...]

    def group(self, name: str) -> EntityCounts:
        """Counts of one group summed over all articles."""
        return sum((a.groups[name] for a in self.articles), EntityCounts())

    @property
    def person_country(self) -> Ratio:
        """Person-country accuracy over all articles."""
        return sum((a.person_country for a in self.articles), Ratio())


def _entity_names(record: Mapping[str, object]) -> list[str]:
    aliases = record.get("aliases")
    names = [_text(record.get("label"))]
    if isinstance(aliases, list | tuple):
        names += [a for a in aliases if isinstance(a, str)]
    return [n for n in map(normalize_label, names) if n]


def _gold_for_matching(gold: GoldArticle) -> GoldArticle:
    """The gold article with legacy ISO ids (``KOS``) read as the codes the system uses."""
    entities = {}
    for gid, entity in gold.entities.items():
        code = _GOLD_CODE_ALIASES.get(gid)
        entities[gid] = entity if code is None else GoldEntity(code, entity.label, entity.type, entity.wikidata,
                                                               entity.aliases, entity.part_of)
    return GoldArticle(gold.article, gold.metadata, entities, gold.statements, gold.path)


class _EntityMatcher(_Matcher):
    """Rules (a)-(d), with ISO-coded gold countries compared through their (aliased) code."""

    def entity(self, sys: _SysEntity | None, gid: str) -> bool:
        if sys is None:
            return False
        if self._direct(sys, gid):
            return True
        entity = self.entities.get(gid)
        if (entity is not None and entity.type == "Country" and _ISO3.fullmatch(entity.id)
                and sys.type in COUNTRY_LEVEL_TYPES and sys.country == entity.id):
            return True
        return any(self._direct(sys, part) for part in self.parts.get(gid, ()))

    def direct_or_part(self, sys: _SysEntity, gid: str) -> bool:
        """Rules (a), (b) and (d) only: the node itself, not its country."""
        return self._direct(sys, gid) or any(self._direct(sys, part) for part in self.parts.get(gid, ()))


def score_entities_article(gold: GoldArticle, records: Sequence[Mapping[str, object]]) -> EntityArticleScore:
    """Score the entities resolved in one article against its gold file.

    Args:
        gold: the article's gold annotations.
        records: one record per distinct system entity, in order of first
            mention: ``{"key"|"iri", "label", "type", "country", "wikidata", "aliases"}``.

    Returns:
        Recall and precision counts per group, with misses, wrong and unjudged entities.
    """
    matcher = _EntityMatcher(_gold_for_matching(gold))
    system = [(r, _sys_entity(r)) for r in records]
    used = {i for s in gold.statements for side in (s.subject, s.object) for i in side if isinstance(i, str)}
    group_of = {gid: g for gid, e in gold.entities.items() for g, types in ENTITY_GROUPS.items() if e.type in types}

    counts: dict[str, EntityCounts] = {g: EntityCounts() for g in ENTITY_GROUPS}
    misses = []
    recalled_by: dict[str, _SysEntity] = {}
    for gid in sorted(used, key=lambda i: (group_of.get(i, ""), i)):
        group = group_of.get(gid)
        if group is None:
            continue
        hit = next((s for _, s in system if s is not None and matcher.entity(s, gid)), None)
        c = counts[group]
        counts[group] = EntityCounts(c.recalled + (hit is not None), c.gold + 1, c.right, c.judged, c.unjudged)
        if hit is None:
            misses.append(f"{gid} ({gold.entities[gid].label})")
        else:
            recalled_by[gid] = hit

    gold_names = {gid: matcher.names[gid] for gid in gold.entities}
    claimed: set[str] = set()
    wrong, unjudged = [], []
    for record, sys in system:
        if sys is None:
            continue
        group = next((g for g, types in SYSTEM_GROUPS.items() if sys.type in types), None)
        if group is None:
            continue
        if sys.type == "SectorActor":
            matches = [gid for gid in gold.entities if matcher.direct_or_part(sys, gid)]
        else:
            matches = [gid for gid in gold.entities if matcher.entity(sys, gid)]
        names = set(_entity_names(record))
        named = [gid for gid, gnames in gold_names.items() if names & gnames and group_of.get(gid) == group]
        c = counts[group]
        if not matches and (not named or sys.type == "SectorActor"):
            counts[group] = EntityCounts(c.recalled, c.gold, c.right, c.judged, c.unjudged + 1)
            unjudged.append(f"{sys.label} [{sys.type}]")
            continue
        fresh = [gid for gid in matches if gid not in claimed]
        right = bool(fresh)
        claimed.update(fresh)
        counts[group] = EntityCounts(c.recalled, c.gold, c.right + right, c.judged + 1, c.unjudged)
        if not right:
            why = (f"duplicate node for {', '.join(matches)}" if matches
                   else f"named like {', '.join(named)} but resolved elsewhere")
            wrong.append(f"{sys.label} [{sys.type}]: {why}")

    hits = total = 0
    for s in gold.statements:
        if s.predicate not in ("leaderOf", "officialOf"):
            continue
        for pid in (i for i in s.subject if isinstance(i, str) and gold.entities[i].type == "Person"):
            targets = {matcher.entities[o].id for o in s.object if isinstance(o, str)
                       and gold.entities[o].type == "Country"}
            if pid in recalled_by and targets:
                total += 1
                hits += recalled_by[pid].country in targets
    return EntityArticleScore(gold.article, counts, tuple(misses), tuple(wrong), tuple(unjudged), Ratio(hits, total))


def score_entities(pairs: Iterable[tuple[GoldArticle, Sequence[Mapping[str, object]]]]) -> EntityReport:
    """Score entity resolution over (gold article, system entity records) pairs (see :func:`score_entities_article`)."""
    return EntityReport(tuple(score_entities_article(gold, records) for gold, records in pairs))
