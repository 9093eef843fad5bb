"""Topic objects of the ``patterns.v1`` extractor: clean noun-phrase labels for objects that are not actors."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract._arguments import Arg, _clause_verb, denied_fact, helper_phrase, made_by_relative
from kg.extract._context import _Context
from kg.extract._modality import nobody
from kg.extract._words import (
    _DROP_DEPS,
    _FORCES,
    _IDIOM_NOUNS,
    _KEEP_PREPS,
    _MONTHS,
    _OBJECT_PREPS,
    _PREP_NOUNS,
    _RELATIVE,
    _TIME_WORDS,
    _VAGUE,
    _WEAPONS,
    _WEEKDAYS,
)
from kg.model import Entity, EntityType, slugify


def _topic_for(ctx: _Context, anchor: Token) -> list[Arg]:
    """Topics for the thing a trigger is about: its prepositional or direct object phrase, one per listed field."""
    candidates: list[Token] = []
    holders = [anchor] + ([c for c in anchor.children if c.dep_ == "acl"] if anchor.pos_ in ("NOUN", "PROPN") else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "xcomp" and denied_fact(anchor, child):
                continue  # "denied shelling Y": the act denied is read as negated, it is no topic of a refusal
            if child.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > child.i and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in holder.children):
                continue  # "agreed their main aim would be Z": the parse took the clause's subject for the object
            if child.dep_ == "ccomp" and child.lemma_ == "be":
                # "agreed (that) the main goal should be Z": what is agreed on is what the copula says, Z
                child = next((c for c in child.children if c.dep_ in ("attr", "acomp")), child)
            if child.dep_ in ("dobj", "xcomp", "nsubjpass", "ccomp", "attr") and holder.i == anchor.i or (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and not _fronted(child) and not helper_phrase(child)):
                candidates.append(child)
    if anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ in ("dobj", "attr") and not candidates:
        verb = _clause_verb(anchor)
        if verb is not None:
            # "X and Y reached a deal with the support of Z": who helps is no topic of the deal
            candidates = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and not helper_phrase(c)]
    if anchor.pos_ not in ("VERB", "AUX") and not candidates:
        # "the deal, which X reached on fishing quotas,": a light verb in a relative clause of the noun, as after it
        candidates = [c for r in anchor.children if made_by_relative(r) for c in r.children
                      if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS and not helper_phrase(c)]
    if anchor.pos_ in ("VERB", "AUX") and anchor.dep_ == "amod" and not candidates:
        # "Russian-occupied South Ossetia": the modified noun, without its modifier
        hyphenated = {t.i for t in anchor.doc[max(0, anchor.i - 2) : anchor.i + 1]} | {t.i for t in anchor.subtree}
        label = topic_label(anchor.head, exclude=hyphenated)
        if label and label.lower() not in _VAGUE and not ctx.mention(anchor.head) and not _not_a_topic(anchor.head):
            return [Arg(Entity(key=f"topic/{slugify(label)}", label=label, type=EntityType.TOPIC), 0.9)]
    for cand in candidates:
        head = cand
        if cand.dep_ == "prep":
            pobj = [c for c in cand.children if c.dep_ in ("pobj", "pcomp")]
            if not pobj:
                continue
            head = pobj[0]
        if head.lower_ in _RELATIVE and anchor.dep_ == "relcl" and cand.dep_ == "dobj":
            head = anchor.head  # "a charge that Vučić rejected": the antecedent
        elif _not_a_topic(head) or head.lower_ in _RELATIVE:
            continue
        label = topic_label(head)
        if label and not ctx.mention(head):
            found = [Arg(Entity(key=f"topic/{slugify(label)}", label=label, type=EntityType.TOPIC), 0.9)]
            # "cooperation in industry, energy and transport": one topic per field of a list
            for conj in head.conjuncts if head.pos_ in ("NOUN", "PROPN") else ():
                if conj.pos_ in ("NOUN", "PROPN") and not ctx.mention(conj) and not _not_a_topic(conj) and (more := topic_label(conj)):
                    found.append(Arg(Entity(key=f"topic/{slugify(more)}", label=more, type=EntityType.TOPIC), 0.9))
            return found
    return []


def _fronted(prep: Token) -> bool:
    """Whether a prepositional phrase opens its clause, set off by a comma: "In a statement, X rejected ..." is not about the statement
    (also when the parse runs the phrase on into the subjects after the comma: "In talks hosted by X, Y and Z agreed ...")."""
    head, last = prep.head, prep.right_edge.i
    if last + 1 < head.i and prep.doc[last].text != ",":
        last += 1
    if head.pos_ in ("VERB", "AUX") and prep.i == head.sent.start and last + 1 >= head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
            and any(t.text == "," for t in prep.doc[prep.i : head.i]):
        return True  # "In talks hosted by X, Y and Z agreed ...": the parse ran the phrase on into the clause's subjects
    return head.pos_ in ("VERB", "AUX") and prep.i < head.i and last < head.i and prep.doc[last].text == ","


#: Verbs of taking one's own away: their possessed object is what moves.
_WITHDRAWING = {"withdraw", "pull", "recall", "evacuate", "remove", "bring"}
#: Nouns of a wide area: "in the region" says where an act is done, never what it is about.
_REGIONS = {"region", "area", "world", "continent", "neighbourhood", "neighborhood", "hemisphere", "subregion"}


def _not_a_topic(head: Token) -> bool:  # noqa: C901 - a list of plain cases
    """Dates, times, pronouns, complex-preposition nouns, forces and vague bare nouns are not topics.

    "on Friday", "in line with", "withdraw its troops" (what moves, not where),
    "endorsed the statement" (which statement is not said).
    """
    low, lemma = head.lower_, head.lemma_.lower()
    if lemma in _FORCES and head.dep_ in ("dobj", "nsubjpass"):
        return True
    if head.dep_ in ("dobj", "nsubjpass") and any(c.tag_ == "PRP$" for c in head.children) and (lemma in _WEAPONS or head.head.lemma_.lower() in _WITHDRAWING):
        # "withdrew its fighter jets from the coalition", "pulled its negotiators out of the talks": the doer's own arms
        # or people move, they are not where to
        return True
    if head.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "compound" and c.lemma_.lower() in _FORCES for c in head.children):
        return True  # "reduced its troop presence", "cut troop numbers": the forces' own measure, what moves as they do
    if lemma == "part" and head.dep_ == "dobj" and head.head.lemma_.lower() == "take":
        return True  # "took part in the war": the idiom's noun is no topic
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in head.children):
        return True  # "promised to send them back": about whom is elsewhere
    if lemma in _VAGUE and not any(c.dep_ in ("amod", "compound", "prep", "acl", "nmod", "poss") and c.tag_ != "PRP$" for c in head.children):
        return True
    if head.pos_ in ("PRON", "NUM") or head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"):
        return True
    if lemma in _TIME_WORDS or low in _MONTHS or low.rstrip("s") in _WEEKDAYS:
        return True
    if lemma in _IDIOM_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "in":
        return True
    if lemma in _REGIONS and head.dep_ == "pobj" and head.head.lower_ in ("in", "across", "throughout"):
        return True  # "work with its partners in the region", "cooperation across the continent": where, not what
    return lemma in _PREP_NOUNS and head.dep_ == "pobj" and any(c.dep_ == "prep" for c in head.children)


def topic_label(head: Token, limit: int = 10, exclude: set[int] | frozenset[int] = frozenset()) -> str:
    """A clean noun-phrase label for a topic headed by ``head`` (no determiners, clauses or lists)."""
    keep: list[Token] = []

    def walk(token: Token, depth: int) -> None:
        keep.append(token)
        for child in token.children:
            if child.i in exclude:
                continue
            # "a plan to rebuild the port": an infinitive clause of the head noun belongs to the label.
            # (the parse may call it a relative clause: "every initiative to bring peace")
            infinitive = child.dep_ in ("acl", "relcl") and depth == 0 and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
            to_marker = child.dep_ == "aux" and child.tag_ == "TO" and depth > 0
            # "threaten or use force": conjoined actions belong together (conjoined nouns are a list)
            joined_verbs = child.dep_ in ("conj", "cc") and depth == 0 and token.pos_ in ("VERB", "AUX")
            # "talks between Chad and Sudan": the sides of "between" are a pair, not a list
            paired = child.dep_ in ("conj", "cc") and token.dep_ == "pobj" and token.head.lower_ == "between"
            if (child.dep_ in _DROP_DEPS and not (infinitive or to_marker or joined_verbs or paired)) or child.tag_ in ("PRP$", "WDT"):
                continue
            if child.dep_ == "prep" and (child.lower_ not in _KEEP_PREPS or depth > 2 or helper_phrase(child)):
                continue  # "a deal with the rebels [with the support of Z]": the helper is no part of what was agreed
            if child.dep_ in ("prep", "dative") and child.lower_ != "between" and token.pos_ in ("VERB", "AUX") and (depth > 0 or child.lower_ in ("in", "within", "at")):
                continue  # "bring peace to the Sahel": where the act goes is not what it is
            if child.dep_ in ("npadvmod", "prep") and _not_a_topic(child if child.dep_ == "npadvmod" else next(iter(child.children), child)):
                continue
            walk(child, depth + 1)

    walk(head, 0)
    tokens = sorted(keep, key=lambda t: t.i)
    # keep one contiguous run around the head
    run = [t for t in tokens if abs(t.i - head.i) <= limit]
    words = [t.text for t in run if not t.is_space]
    text = " ".join(words)
    text = re.sub(r"\s+([,’'])\s*", r"\1 ", text).replace(" - ", "-").replace(" ’s", "’s").replace(" 's", "'s").strip()
    if not re.search(r"[A-Za-z]{3}", text) or head.pos_ == "PRON":
        return ""
    if head.pos_ in ("VERB", "AUX") and _negated_act(head):
        return f"not {text}"  # "agreed not to use force", "agreed that neither would attack the other"
    return text


def _negated_act(verb: Token) -> bool:
    """Whether an act named by a clause is negated: "not" or "never" on its verb, or a subject that names
    nobody ("neither would attack", "no side will use force")."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in ("not", "never", "n't"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and nobody(child):
            return True
    return False
