"""An abstract adversary of a fight narrowed down to a named armed group (private to ``patterns.v1``; class fight24).

News and government statements name the adversary of a fight as an abstraction and then say which group they mean:
"X backs Y in its war on terror, in particular against Z", "Y's struggle against extremism, notably
against Z", "the war on terror, above all against Z", "in their fight against terrorist groups such as Z" (Y fights
Z: CAMEO 19 FIGHT, PLOVER ASSAULT; PETRARCH2 codes a fight only between named actors, so the abstraction alone gives
nothing). The abstraction is armed violence without a side ("terrorism", "extremism", "insurgency", "militants", an
armed kind of group: "terrorist groups"), the narrowing a focusing word ("in particular", "notably", "especially",
"above all", "including" ...) before "against Z" or Z itself, or an example preposition of the abstraction ("such as
Z", "like Z"); the words are ``refined_*`` of ``kg/data/contests.yaml``. Only an armed group narrows it: "the fight
against extremism, in particular against graft" or "especially against Z-ian officials" names no adversary.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract._arguments import Arg, _actors
from kg.extract._context import _Context
from kg.extract._words import refined_adversaries_words, split_fight_nouns
from kg.model import EntityType

#: Prepositions of a noun of fighting that name its adversary ("the fight against terrorism", "the war on terror").
_ADVERSARY_PREPS = ("against", "on")
#: Tokens between the abstraction and its focusing word ("terrorism, in particular", "terrorism and notably").
_BETWEEN = {",", "and", "but", "-", "\u2013", "\u2014"}
#: Roles of an entity that is an armed group (``kg/data/armed_groups.tsv``) or a sector of armed non-state fighters.
_GROUP_ROLES = ("armed group", "armed groups", "movement", "rebels")


def refined_adversaries(ctx: _Context, anchor: Token) -> list[Arg]:
    """The armed groups that narrow down the abstract adversary of an act of fighting: "Y's fight against terrorism, in
    particular against Z" (Z), "the struggle against terrorist groups such as Z and W" (Z, W); empty when the adversary
    is no abstraction of armed violence ("the fight against corruption, notably against Z") or nothing narrows it.

    The adversary is the "against" or "on" object of a noun of fighting, or the direct object of a verb ("fights
    terrorism, notably Z"), with its conjuncts ("against terrorism and extremism, especially against Z").
    >>> refined_adversaries_words()[0] >= {"terrorism", "extremism", "insurgency"}
    True
    """
    abstractions, groups, kinds, focus, examples = refined_adversaries_words()
    targets = [c for c in anchor.children if c.dep_ == "dobj"] if anchor.pos_ in ("VERB", "AUX") else []
    targets += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in _ADVERSARY_PREPS for p in c.children if p.dep_ == "pobj"]
    found: dict[str, Arg] = {}
    for target in targets:
        for word in (target, *target.conjuncts):
            # "all forms of terrorism": the abstraction a noun of its kinds names
            kind = next((p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None) \
                if word.lemma_.lower() in _KIND_NOUNS else None
            if not (_abstract(word, abstractions, groups, kinds) or (kind is not None and _abstract(kind, abstractions, groups, kinds))):
                continue
            named = _examples(word, examples) + _focused(ctx, word, focus)
            for arg in (a for n in named for a in _actors(ctx, n, 0.9)):
                if arg.entity.role in _GROUP_ROLES and arg.entity.type in (EntityType.ORGANIZATION, EntityType.SECTOR_ACTOR):
                    found.setdefault(arg.entity.key, Arg(arg.entity, arg.score, "against"))
    return list(found.values())


#: Nouns of the kinds of a thing, whose "of" names it ("all forms of terrorism").
_KIND_NOUNS = {"form", "kind", "type", "manifestation", "shade"}
#: Tokens that end the stretch read after an abstraction or a focusing word: the end of a clause or a sentence.
_CLAUSE_ENDS = {".", ";", ":", "(", ")", "which", "who", "that", "while", "whereas"}
#: How many tokens after an abstraction a focusing word may come, and after it the names it picks out.
_REACH = 10


def _abstract(word: Token, abstractions: frozenset[str], groups: frozenset[str], kinds: frozenset[str]) -> bool:
    """Whether a noun names armed violence without a side: "terrorism", "extremists", "terrorist groups"."""
    low = (word.lemma_.lower(), word.lower_)
    return any(w in abstractions for w in low) or (any(w in groups for w in low) and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.lemma_.lower() in kinds or c.lower_ in kinds) for c in word.children))


def _examples(word: Token, examples: frozenset[str]) -> list[Token]:
    """The named examples of a group noun: "terrorist groups such as Z", "like Z", "including Z"."""
    return [
        p for c in word.children if c.dep_ == "prep" and c.lower_ in examples and (c.lower_ != "as" or c.doc[c.i - 1].lower_ == "such")
        for p in c.children if p.dep_ == "pobj"
    ]


def _focused(ctx: _Context, word: Token, focus: tuple[tuple[str, ...], ...]) -> list[Token]:
    """The names a focusing word after an abstraction picks out: "terrorism, in particular against Z", "terrorism in all
    its forms, notably Z and W" (the parse hangs the phrase anywhere: the words are read in their order, within the
    clause). The focusing word comes right after the abstraction or after a comma or "and", before any verb; the names
    are those after it up to the next comma, verb or end of clause."""
    doc, stop = word.doc, word.sent.end
    i, limit = word.i + 1, min(word.sent.end, word.i + 1 + _REACH)
    while i < limit:
        length = _focus_at(doc, i, focus)
        if length and (i == word.i + 1 or doc[i - 1].lower_ in _BETWEEN):
            break
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in _CLAUSE_ENDS:
            return []
        i += 1
    else:
        return []
    i += length
    names: list[Token] = []
    for token in doc[i:min(stop, i + _REACH)]:
        if token.lower_ in _CLAUSE_ENDS or token.pos_ in ("VERB", "AUX") or (token.lower_ == "," and names):
            break
        if ctx.mention(token) is not None and all(ctx.mention(n) is not ctx.mention(token) for n in names):
            names.append(token)
    return names


def _focus_at(doc: Doc, i: int, focus: tuple[tuple[str, ...], ...]) -> int:
    """The number of words of the focusing phrase that starts at a position ("in particular": 2), else 0."""
    for words in focus:
        if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return len(words)
    return 0


def split_adversaries(help_word: Token) -> list[Token]:
    """The adversary phrases of a helped fight that the parse hangs on the word of help: "UK backs Kenya in war on Z",
    "X pledges support to Y in fight against Z" (a headline's bare noun): an "on" or "against" of the word of help right
    after the noun of fighting of its "in" phrase (``split_fights`` of ``kg/data/contests.yaml``). The phrase's object
    is the fight's adversary, no party helped."""
    doc, fights = help_word.doc, split_fight_nouns()
    return [
        prep for prep in help_word.children
        if prep.dep_ == "prep" and prep.lower_ in _ADVERSARY_PREPS and prep.i > 0
        and (noun := doc[prep.i - 1]).dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.i == help_word.i
        and (noun.lemma_.lower() in fights or noun.lower_ in fights)
    ]


def split_adversary(fight: Token) -> Token | None:
    """The adversary phrase the parse hangs on a word of help, right after a noun of fighting (:func:`split_adversaries`):
    "UK backs Kenya in [war] [on Z]"; else None."""
    if fight.dep_ != "pobj" or fight.head.lower_ != "in" or fight.i + 1 >= len(fight.doc):
        return None
    prep = fight.doc[fight.i + 1]
    return prep if prep.head.i == fight.head.head.i and prep in split_adversaries(prep.head) else None
