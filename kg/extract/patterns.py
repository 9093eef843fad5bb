"""The ``patterns.v1`` extractor: lexicon triggers plus argument rules over the dependency parse.

For every trigger (a verb, noun or adjective of the lexicon) in a sentence it
finds the subject and object over the parse:

* verbs: ``nsubj``; passive ``nsubjpass`` as object with the ``by`` agent as
  subject; direct and prepositional objects; subjects shared through ``conj``,
  ``xcomp`` (object control: "urged Russia to withdraw") and relative clauses;
* nouns: ``by`` agents (also through "the support provided by"), possessors
  ("Japan's contribution", "our cooperation"), country adjectives ("Chinese
  investment"), the subject of a light verb ("lodged a protest", "sent a
  message"), ``of/to/with/against/on/for/in`` objects, and ``between X and Y``;
* adjectives ("congratulatory message") act through the noun they modify.

Objects that are not actors become Topic entities labelled with their noun
phrase. Modality comes from modal auxiliaries, negation and governing verbs
(plan, intend, would like, refuse); attribution from quotes and reporting
verbs; the event date from date expressions in the sentence.

Confidence = trigger weight (verb 0.85, noun 0.75, adjective 0.7) × the
lexicon entry's weight (mined entries 0.9) × the weakest argument, whose score
is its path (direct dependent 1.0; prepositional object or inherited through
conj/xcomp/advcl/relcl/light verb 0.9 per step; modifier, reported-clause
subject, "of"/"by" chain, temporal event noun or beneficiary of a welcomed
act 0.85; actor inside an object phrase, pronoun or dyad 0.8) × its resolution (gazetteer 1.0, NER-only name or topic
0.9). The README's "Confidence" section is the user-facing version.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon, Trigger, load_lexicon
from kg.model import Article, Entity, EntityType, Evidence, Mention, Modality, Statement, slugify
from kg.resolve import person_predicates
from kg.vocab import predicate

NAME = "patterns.v1"

_TRIGGER_WEIGHT = {"verb": 0.85, "noun": 0.75, "adjective": 0.7}
_PLACE_PREPS = {"along", "near", "toward", "towards", "to", "at", "on"}
_OBJECT_PREPS = {"along", "near", "between", "among", "to", "with", "against", "on", "for", "in", "into", "at", "over", "toward", "towards", "from", "about", "of"}
_REPORTING = {"say", "tell", "add", "stress", "note", "state", "announce", "declare", "write", "affirm", "emphasize", "emphasise", "insist", "claim", "quote", "confirm", "underline", "report"}
_INTEND = {"plan", "intend", "want", "like", "wish", "hope", "seek", "aim", "expect", "prepare", "ready", "agree", "pledge", "promise", "vow", "decide", "continue", "going", "try", "threaten"}
_THREATEN = {"threaten", "warn"}
_REQUESTING = {"invite", "urge", "ask", "call", "press", "request", "demand", "encourage", "appeal", "order"}
_NEGATE = {"refuse", "decline", "deny", "fail", "reject"}
_POSSIBLE = {"can", "could", "may", "might", "ca"}
_WILL = {"will", "shall", "would", "'ll", "wo", "'d"}
_OBJECT_CONTROL = {"urge", "ask", "call", "invite", "press", "force", "push", "encourage", "order", "demand", "request", "persuade", "allow"}
_DYAD_NOUNS = {"side", "country", "nation", "neighbour", "neighbor", "government", "leader", "president", "minister", "party", "state", "rival", "capital"}
# Verbs whose object noun carries the event ("lodged a protest", "sent a congratulatory message",
# "made a contribution"): the verb's subject is the noun's subject. Other verbs ("discussed the
# conflict", "reviewed cooperation") only talk about the event.
_LIGHT_VERBS = {
    "make", "hold", "have", "give", "provide", "lodge", "send", "express", "conduct", "carry", "wage",
    "launch", "offer", "extend", "reach", "pay", "impose", "issue", "deliver", "take", "voice",
    "file", "stage", "mount", "declare", "level", "begin", "start", "resume", "continue",
    "grant", "strengthen", "deepen", "expand", "enhance", "boost", "promote", "establish", "build",
    "maintain", "finalize", "finalise", "enter", "undertake", "step", "order", "open",
    "announce", "intensify", "broaden", "increase", "seal", "strike", "forge", "renew",
    "initiate", "carry", "play", "put", "bring", "perform", "allocate", "earmark",
}
# Verbs whose subject benefits from the event their object names ("welcomed the support by X").
_RECEIVING = {"welcome", "appreciate", "praise", "value", "hail", "acknowledge", "receive", "accept", "commend", "laud", "applaud", "thank"}
# Predicates whose object may come through "in" ("invest in Kenya", "take part in the mission").
_IN_PREDICATES = {"threatens", "investsIn", "participatesIn", "partnerIn", "mediates", "mobilizes", "attacks", "occupies", "memberOf", "contributesTo", "providesAidTo", "concedes", "coerces"}
# Groups of private people: named after a country, they still do not act for it.
_CIVILIANS = {"team", "tourist", "student", "fan", "player", "athlete", "runner", "author", "writer", "chef", "scientist", "researcher", "artist", "pilgrim", "traveller", "traveler", "visitor", "diner", "club", "squad", "band", "singer", "actor", "firm", "company", "investor", "businessman", "businesswoman"}
_PLACE_NOUNS = {"border", "boundary", "frontier", "region", "territory", "water", "waters", "city", "town", "village", "capital", "coast", "island", "province", "state", "area", "zone", "soil", "airspace", "side", "north", "south", "east", "west", "port", "airport", "base"}
# Predicates whose object may be a place ("shelled the Ukrainian border", "troops along the boundary with Kosovo").
_PLACE_PREDICATES = {"attacks", "occupies", "mobilizes", "withdrawsFrom", "visits", "coerces", "fightsWith", "concedes"}
_BILATERAL = {"bilateral", "mutual", "joint"}
# Head nouns that carry the arguments of an event noun before them ("mediation effort", "aid package").
_CARRIERS = {"effort", "efforts", "package", "program", "programme", "mission", "deal", "process", "initiative", "plan", "offer", "agreement", "accord", "campaign", "operation", "team", "talks", "drive", "bid", "project", "pact"}
# Acts that, promised under a condition, are threats.
_THREAT_ACTS = {"sanctions", "withdrawsFrom", "attacks", "coerces", "mobilizes", "occupies", "protests", "rejects", "fightsWith"}
_STATIVE = {"oppose", "commit", "dedicate", "devote", "attach", "open", "commit", "opposed", "committed"}
_WHILE_PREPS = {"after", "before", "during", "following", "on", "at", "amid", "in"}
_MUST = {"must", "should"}
_DOCUMENTS = {"letter", "message", "statement", "note", "communique", "declaration", "cable", "telegram", "address", "speech"}
_WISH = {"like", "want", "wish", "hope", "love"}
_REPORT_DEMAND = {"reiterate", "insist", "demand", "warn", "repeat", "argue", "maintain"}
_FIRST_PERSON = {"we", "our", "us", "ours"}
_TIES = {"tie", "ties", "relation", "relationship"}
_SELF = {"i", "my", "me"}
_RELATIVE = {"which", "who", "that", "whom", "whose"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ACTOR_TYPES = {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.SECTOR_ACTOR}


@dataclass(frozen=True)
class Arg:
    """A resolved argument with the confidence of the path that found it."""

    entity: Entity
    score: float
    prep: str | None = None  # the preposition it was reached through, if any
    place: bool = False  # a place named after the actor ("the Uganda border", "Chinese waters")


def _is_reporting(token: Token) -> bool:
    """Whether a token is a reporting verb (said, told, added...)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _REPORTING


def _verb_words(verb: Token) -> set[str]:
    """Words that can complete a two-word verb trigger: particle, preposition or direct object."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("prt", "prep", "dobj", "advmod", "dative", "agent"):
            words |= {child.lemma_.lower(), child.lower_}
        if child.dep_ == "dobj":
            # "halt mediation efforts": the object's compound names the thing too
            words |= {g.lemma_.lower() for g in child.children if g.dep_ == "compound"}
    return words


def _has_prep_object(verb: Token, preps: Sequence[str], objects: Sequence[str]) -> bool:
    """Whether a verb has one of ``preps`` whose object is one of ``objects`` ("deploy to the border")."""
    for child in verb.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            if any(g.dep_ == "pobj" and (g.lemma_.lower() in objects or g.lower_ in objects) for g in child.children):
                return True
    return False


def _is_stance(token: Token) -> bool:
    """'anti-Russian', 'pro-Western', 'non-NATO': a stance towards a country, not the country acting."""
    doc = token.doc
    low = token.lower_
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    before2 = doc[token.i - 2].lower_ if token.i > 1 else ""
    return low.startswith(("anti-", "pro-", "non-")) or (before == "-" and before2 in ("anti", "pro", "non")) or before in ("anti-", "pro-", "non-")


def _first_of(tokens: Sequence[Token], deps: set[str]) -> list[Token]:
    return [t for t in tokens if t.dep_ in deps]


class PatternExtractor:
    """The lexicon-and-dependency extractor registered as ``patterns.v1``."""

    name = NAME

    def __init__(self, lexicon_files: Sequence[Path] = (), lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon(lexicon_files)

    # ---------------------------------------------------------------- entry
    def __call__(self, doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Statement]:
        ctx = _Context(doc, article, mentions)
        seen: set[tuple[str, str, str, str, int]] = set()
        for statement in self._statements(ctx):
            key = (statement.subject.key, statement.predicate.name, statement.object.key, statement.modality.value, statement.evidence.start)
            if key not in seen:
                seen.add(key)
                yield statement

    def _statements(self, ctx: _Context) -> Iterator[Statement]:
        yield from self._structural(ctx)
        for sent in ctx.doc.sents:
            yield from self._obligations(ctx, sent)
            wished = yield from self._wishes(ctx, sent)
            found = [(token, trigger, anchor) for token in sent for trigger, anchor in self._triggers(token)]
            # verb + object triggers of the hand-written lexicon ("sever relations") decide over their object noun;
            # a mined one ("monitor deployment") gives way to a hand-written noun trigger.
            verbs = {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and trigger.extra and trigger.weight >= 1.0}
            curated_nouns = {anchor.head.i for _, trigger, anchor in found if trigger.kind != "verb" and trigger.weight >= 1.0 and anchor.dep_ in ("dobj", "nsubjpass")}
            nouns_under = {anchor.head.i for _, trigger, anchor in found if trigger.kind != "verb" and anchor.dep_ in ("dobj", "nsubjpass")}
            refusals = {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and anchor.lemma_.lower() in _NEGATE | _THREATEN | _REQUESTING}
            for token, trigger, anchor in found:
                # "refused to recognize the ruling", "threatened to break off relations", "invited X to visit":
                # the refusal, threat or request is the event; its complement did not happen (yet).
                if trigger.kind == "verb" and anchor.dep_ == "xcomp" and anchor.head.i in refusals:
                    continue
                if anchor.i in wished:
                    continue  # "would like to see Chinese companies investing": wished, not done
                # "severed diplomatic relations": the verb decides, the noun is its object.
                # "sent a congratulatory message", "lodged a protest": after a light verb the noun decides.
                if trigger.kind != "verb" and anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.i in verbs and anchor.head.lemma_.lower() not in _LIGHT_VERBS:
                    continue
                if trigger.kind == "verb" and anchor.lemma_.lower() in _LIGHT_VERBS and anchor.i in nouns_under:
                    continue
                if trigger.kind == "verb" and trigger.weight < 1.0 and trigger.extra and anchor.i in curated_nouns:
                    continue
                yield from self._from_trigger(ctx, sent, token, anchor, trigger)

    # ------------------------------------------------------------- triggers
    def _triggers(self, token: Token) -> list[tuple[Trigger, Token]]:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in self.lexicon.verbs:
            children = _verb_words(token)
            complement = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
            for trig in self.lexicon.verbs[lemma]:
                if trig.needs_complement and not complement:
                    continue
                if trig.prep_object:
                    if _has_prep_object(token, trig.extra, trig.prep_object):
                        return [(trig, token)]
                elif not trig.extra or children & set(trig.extra):
                    return [(trig, token)]
        if token.pos_ in ("NOUN", "PROPN") and lemma in self.lexicon.nouns:
            mods = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
            # "a mediation effort between X and Y", "the aid package for X": the head noun carries the arguments
            anchor = token.head if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in _CARRIERS else token
            for trig in self.lexicon.nouns[lemma]:
                if set(trig.extra) <= mods:
                    return [(trig, anchor)]
        if token.pos_ == "ADJ" and lemma in self.lexicon.adjectives and token.head.pos_ in ("NOUN", "PROPN"):
            return [(trig, token.head) for trig in self.lexicon.adjectives[lemma][:1]]
        return []

    def _from_trigger(self, ctx: _Context, sent: Span, token: Token, anchor: Token, trigger: Trigger) -> Iterator[Statement]:
        if anchor.pos_ in ("VERB", "AUX"):
            subjects, objects = _verb_args(ctx, anchor)
        else:
            subjects, objects = _noun_args(ctx, anchor, trigger)
        pred = trigger.predicate
        modality = trigger.modality or _modality(anchor if anchor.pos_ in ("VERB", "AUX") else _clause_verb(anchor))
        if anchor.pos_ not in ("VERB", "AUX") and any(c.lower_ == "no" and c.dep_ == "det" for c in anchor.children):
            modality = Modality.NEGATED
        if modality is Modality.NEGATED and trigger.silent_when_negated:
            return
        if modality is Modality.NEGATED and trigger.negated_as is not None:
            # "We will never accept the occupation": a refused acceptance is a rejection.
            pred, modality = trigger.negated_as, Modality.ASSERTED
        if pred.name in _THREAT_ACTS and modality in (Modality.INTENDED, Modality.POSSIBLE) and _conditional(anchor):
            # "will withdraw its force from Chad unless ...", "may halt mediation if ...": a threat
            pred, modality = predicate("threatens"), Modality.ASSERTED
        if pred.symmetric:
            # "cooperate with X", "cooperation between X and Y", not "coordinate supplies to X"
            objects = [o for o in objects if o.prep in (None, "with", "between", "among", "alongside")]
        if pred.name not in _PLACE_PREDICATES:
            # "funding to extend the railway to the Uganda border": a place is no recipient.
            objects = [o for o in objects if not o.place]
        elif not [o for o in objects if o.entity.type in _ACTOR_TYPES] and anchor.pos_ in ("VERB", "AUX"):
            # "reinforced its presence, moving vehicles toward the border with Venezuela"
            objects += [a for c in anchor.children if c.dep_ == "advcl" and c.tag_ == "VBG" for a in _prep_objects(ctx, c, 0.8) if a.place]
        if pred.name not in _IN_PREDICATES and "in" not in trigger.extra:
            # "endorsed an annex in Ohrid": for most events "in X" is where, not whom ("arrive in X" says so itself).
            objects = [o for o in objects if o.prep != "in"]
        wants_actor = pred.range in ("Actor", "Country", "Organization")
        if pred.range == "Topic":
            objects = []
        objects = [o for o in objects if not wants_actor or o.entity.type in _ACTOR_TYPES]
        if not objects and not wants_actor:
            topic = _topic_for(ctx, anchor)
            if topic:
                objects = [topic]
        pairs: list[tuple[Arg, Arg]] = []
        if trigger.pair and len(subjects) >= 2 and all(o.entity.type is EntityType.TOPIC for o in objects) and pred.range != "Topic":
            # "The agreement was signed by X and Y": the signatories relate to each other.
            objects = []
        if trigger.pair and not objects and len(subjects) >= 2:
            pairs = [(subjects[i], subjects[j]) for i in range(len(subjects)) for j in range(i + 1, len(subjects))]
        else:
            pairs = [(s, o) for s in subjects for o in objects]
        speaker = ctx.speaker(sent, token)
        when = ctx.event_date(sent, token)
        for subj, obj in pairs:
            if not _plausible(subj.entity, obj.entity):
                continue
            s_ent, o_ent = subj.entity, obj.entity
            if pred.symmetric and o_ent.key < s_ent.key:
                s_ent, o_ent = o_ent, s_ent
            confidence = _TRIGGER_WEIGHT[trigger.kind] * trigger.weight * min(subj.score, obj.score)
            yield Statement(
                article_id=ctx.article.id,
                subject=s_ent,
                predicate=pred,
                object=o_ent,
                modality=modality,
                evidence=ctx.evidence(sent),
                extractor=NAME,
                confidence=round(confidence, 3),
                date=when,
                attributed_to=speaker,
                cameo=trigger.cameo,
                goldstein=trigger.goldstein,
                trigger=token.text if token is anchor else f"{token.text} {anchor.text}",
            )

    def _wishes(self, ctx: _Context, sent: Span) -> Generator[Statement, None, set[int]]:
        """Wishes to see an actor do something are invitations: "We would like to see American companies as partners".

        Returns the token indices of the wished-for phrase, whose own triggers are not asserted.
        """
        invites = predicate("invites")
        wished: set[int] = set()
        for see in sent:
            if see.lemma_.lower() != "see" or see.dep_ != "xcomp" or see.head.lemma_.lower() not in _WISH:
                continue
            for dobj in _first_of(list(see.children), {"dobj"}):
                wished |= {t.i for t in dobj.subtree}
                for subj in _subjects_of_verb(ctx, see):
                    for obj in _actors(ctx, dobj, 0.9):
                        if not _plausible(subj.entity, obj.entity):
                            continue
                        yield Statement(
                            article_id=ctx.article.id,
                            subject=subj.entity,
                            predicate=invites,
                            object=obj.entity,
                            modality=Modality.INTENDED,
                            evidence=ctx.evidence(sent),
                            extractor=NAME,
                            confidence=round(_TRIGGER_WEIGHT["verb"] * 0.9 * min(subj.score, obj.score), 3),
                            date=ctx.event_date(sent, see),
                            attributed_to=ctx.speaker(sent, see),
                            cameo="020",
                            goldstein=invites.goldstein,
                            trigger=f"{see.head.text} to {see.text}",
                        )
        return wished

    def _obligations(self, ctx: _Context, sent: Span) -> Iterator[Statement]:
        """Reported obligations are demands: "Russia said that Sudan must return the helicopter"."""
        demands = predicate("demands")
        for verb in sent:
            if not (_is_reporting(verb) or verb.lemma_.lower() in _REPORT_DEMAND) or verb.pos_ != "VERB":
                continue
            for comp in verb.children:
                if comp.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in _MUST for c in comp.children):
                    continue
                subjects = _subjects_of_verb(ctx, verb)
                targets = [a for s in _first_of(list(comp.children), {"nsubj", "nsubjpass"}) for a in _actors(ctx, s, 0.9)]
                modality = Modality.NEGATED if any(c.dep_ == "neg" for c in verb.children) else Modality.ASSERTED
                for subj in subjects:
                    for obj in targets:
                        if not _plausible(subj.entity, obj.entity):
                            continue
                        yield Statement(
                            article_id=ctx.article.id,
                            subject=subj.entity,
                            predicate=demands,
                            object=obj.entity,
                            modality=modality,
                            evidence=ctx.evidence(sent),
                            extractor=NAME,
                            confidence=round(_TRIGGER_WEIGHT["verb"] * 0.9 * min(subj.score, obj.score), 3),
                            date=ctx.event_date(sent, verb),
                            attributed_to=subj.entity if subj.entity.type is EntityType.PERSON else None,
                            cameo="100",
                            goldstein=demands.goldstein,
                            trigger=f"{verb.text} ... {next(c.text for c in comp.children if c.lower_ in _MUST)}",
                        )

    def _structural(self, ctx: _Context) -> Iterator[Statement]:
        """leaderOf / officialOf for people whose title names their country."""
        roles = person_predicates(ctx.mentions)
        done: set[str] = set()
        for mention in ctx.mentions:
            person = mention.entity
            if person.key in done or person.key not in roles or not person.country:
                continue
            country = ctx.country(person.country)
            if country is None:
                continue
            done.add(person.key)
            sent = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if sent is None:
                continue
            yield Statement(
                article_id=ctx.article.id,
                subject=person,
                predicate=predicate(roles[person.key]),
                object=country,
                modality=Modality.ASSERTED,
                evidence=ctx.evidence(sent.sent),
                extractor=NAME,
                confidence=0.8,
                date=ctx.article.published,
                cameo=None,
                goldstein=0.0,
                trigger=person.role or "",
            )


def _plausible(subject: Entity, obj: Entity) -> bool:
    """Reject self-relations and relations of an actor with its own country."""
    if subject.key == obj.key or subject.type not in _ACTOR_TYPES:
        return False
    if obj.type is EntityType.COUNTRY and subject.country == obj.country:
        return False
    return not (obj.type in _ACTOR_TYPES and subject.country and subject.country == obj.country and subject.type is not EntityType.PERSON)


class _Context:
    """Per-article lookups shared by the argument rules."""

    def __init__(self, doc: Doc, article: Article, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.article = article
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.text.lower().endswith(_DANGLING):
                continue  # a name cut after a function word ("Office of the President of") is a fragment
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.by_token.setdefault(t.i, m)
        self.quotes = _quote_spans(doc.text)
        self._speakers: dict[tuple[int, int], Entity | None] = {}
        counts = Counter(m.entity.country for m in mentions if m.entity.type is EntityType.COUNTRY)
        self.dyad = [self.country(code) for code, _ in counts.most_common(2)]

    def country(self, code: str | None) -> Entity | None:
        if code is None:
            return None
        found = next((m.entity for m in self.mentions if m.entity.type is EntityType.COUNTRY and m.entity.country == code), None)
        if found:
            return found
        from kg.gazetteer import load_gazetteer

        return load_gazetteer().country(code)

    def evidence(self, sent: Span) -> Evidence:
        return Evidence(sent.text, sent.start_char, sent.end_char)

    def mention(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    # ------------------------------------------------------------ speakers
    def speaker(self, sent: Span, token: Token) -> Entity | None:
        """Who the sentence (or the clause holding ``token``) is attributed to."""
        for start, end in self.quotes:
            if start <= token.idx < end:
                key = (start, end)
                if key not in self._speakers:
                    self._speakers[key] = self._quote_speaker(start, end) or self._previous_speaker(start)
                return self._speakers[key]
        # Headline form: "Ilham Aliyev: US can contribute to ..."
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is not None and colon.i - sent.start <= 4 and token.i > colon.i:
            first = self.mention(sent[0])
            if first and first.entity.type is EntityType.PERSON:
                return first.entity
        # Reported speech: the trigger sits under a reporting verb's complement.
        for ancestor in token.ancestors:
            if _is_reporting(ancestor):
                found = self._subject_entity(ancestor)
                if found:
                    return found
        for t in sent:
            if t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(self.doc) else False:
                obj = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
                if obj and (m := self.mention(obj[0])):
                    return m.entity
        return None

    def _previous_speaker(self, before: int) -> Entity | None:
        """The person who last spoke before a quotation that names no speaker of its own."""
        verbs = [t for t in self.doc if t.idx < before and _is_reporting(t)]
        for verb in reversed(verbs):
            found = self._subject_entity(verb)
            if found is not None and found.type is EntityType.PERSON:
                return found
        return None

    def _subject_entity(self, verb: Token) -> Entity | None:
        """The actor a reporting verb's subject names; a person first ("Minister of Armenia Ararat Mirzoyan").

        "The letter goes on to say": the subject of the governing verb, and for a
        document (letter, message, statement) its author, the subject of the verb
        that sent or issued it earlier in the article.
        """
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "xcomp":
            verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = [m.entity for t in child.subtree if (m := self.mention(t)) and m.entity.type in _ACTOR_TYPES]
                people = [e for e in found if e.type is EntityType.PERSON]
                if people or found:
                    return (people or found)[0]
                if child.lemma_.lower() in _DOCUMENTS:
                    return self._author(child)
        return None

    def _author(self, document: Token) -> Entity | None:
        """Who sent or issued a document named earlier ("Aliyev sent a letter ... The letter says")."""
        lemma = document.lemma_.lower()
        for token in reversed(self.doc[: document.i]):
            if token.lemma_.lower() == lemma and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
                return self._subject_entity(token.head) if token.dep_ == "dobj" else None
        return None

    def _quote_speaker(self, start: int, end: int) -> Entity | None:
        """The speaker of a quotation: the subject of a reporting verb right after or before it."""
        after = self.doc.char_span(end, min(len(self.doc.text), end + 200), alignment_mode="expand")
        before = self.doc.char_span(max(0, start - 200), start, alignment_mode="expand")
        candidates: list[Token] = []
        if after is not None:
            first_sent = next(iter(after.sents), None)  # type: ignore[attr-defined]
            candidates += [t for t in (first_sent or after) if _is_reporting(t)][:1]
        if before is not None and before.text.rstrip().endswith((":", ",")):
            candidates += [t for t in before if _is_reporting(t)][-1:]
        for verb in candidates:
            if found := self._subject_entity(verb):
                return found
        return None

    # --------------------------------------------------------------- dates
    def event_date(self, sent: Span, token: Token) -> dt.date | None:
        """The event date: a date expression of the sentence, resolved against the publication date."""
        published = self.article.published
        best: tuple[int, dt.date | None] | None = None
        for ent in sent.ents:
            if ent.label_ != "DATE":
                continue
            resolved = resolve_date(ent.text, published)
            if resolved is None:
                continue
            distance = abs(ent.start - token.i)
            if best is None or distance < best[0]:
                best = (distance, resolved)
        return best[1] if best else published


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """Resolve a date expression against the publication date.

    Years alone resolve to 1 January of that year; weekdays to the latest such
    day on or before publication.

    >>> resolve_date("last year", dt.date(2021, 7, 3))
    datetime.date(2020, 1, 1)
    >>> resolve_date("on Tuesday", dt.date(2021, 8, 26))
    datetime.date(2021, 8, 24)
    >>> resolve_date("2016", None)
    datetime.date(2016, 1, 1)
    """
    from kg.read import parse_date

    low = text.lower().strip()
    low = re.sub(r"^(on|in|since|during|by|of)\s+", "", low)
    if (full := parse_date(text.strip())) is not None:
        return full
    if m := re.fullmatch(r"(?:the year |early |late |mid-)?(\d{4})", low):
        return dt.date(int(m[1]), 1, 1)
    if published is None:
        return None
    if low in ("today", "this week", "this month", "this year"):
        return published
    if low == "yesterday":
        return published - dt.timedelta(days=1)
    if low == "last week":
        return published - dt.timedelta(days=7)
    if low == "last month":
        first = published.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1)
    if low == "last year":
        return dt.date(published.year - 1, 1, 1)
    if low.rstrip("s") in _WEEKDAYS or low.replace("last ", "") in _WEEKDAYS:
        day = _WEEKDAYS.index(low.replace("last ", "").rstrip("s") if low.rstrip("s") not in _WEEKDAYS else low.rstrip("s"))
        back = (published.weekday() - day) % 7
        return published - dt.timedelta(days=back)
    return None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (curly or straight double quotes)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]{3,}”", text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]{3,}"', text)]
    return spans


# --------------------------------------------------------------- arguments
def _previous_subjects(ctx: _Context, token: Token) -> list[Arg]:
    """'The two ministers met. They condemned ...': 'they' opening a sentence is the previous sentence's subject."""
    if token.lower_ != "they" or token.dep_ != "nsubj" or token.i != token.sent.start or token.sent.start == 0:
        return []
    previous = token.doc[token.sent.start - 1].sent
    for subject in _first_of(list(previous.root.children), {"nsubj"}):
        found = _actors(ctx, subject, 0.8) or _dyad(ctx, subject)
        if len(found) >= 2:
            return [Arg(a.entity, 0.8) for a in found]
    return []


def _actors(ctx: _Context, token: Token, score: float, sent_token: Token | None = None) -> list[Arg]:
    """Actors a token stands for, with its conjuncts ("Armenia and Azerbaijan")."""
    if plural := _previous_subjects(ctx, token):
        return plural
    found: list[Arg] = []
    for tok in (token, *token.conjuncts):
        arg = _actor(ctx, tok, score, sent_token or token)
        if arg and all(a.entity.key != arg.entity.key for a in found):
            found.append(arg)
    return found


_EVENT_WORDS = {"conference", "games", "summit", "forum", "olympics", "cup", "session", "championship", "championships", "festival", "expo", "exhibition", "talks", "meeting", "week", "day", "year"}


# A name cut after a function word ("Office of the President of") is a fragment, not an actor.
_DANGLING = (" of", " for", " and", " the", " to", "-")


# A bare institution word found by NER, with no country: whose cabinet is not known.
_INSTITUTIONS = {"cabinet", "parliament", "government", "ministry", "council", "court", "senate", "congress", "assembly", "presidency", "administration", "secretariat", "commission"}


def _is_event(entity: Entity) -> bool:
    """Names of events ("UN Climate Change Conference") and bare institution words ("Cabinet") are not actors."""
    words = entity.label.lower().split()
    if entity.type is not EntityType.ORGANIZATION or not words:
        return False
    generic = len(words) == 1 and words[0] in _INSTITUTIONS and not entity.country and not entity.wikidata
    return words[-1] in _EVENT_WORDS or generic


def _resolution_score(entity: Entity) -> float:
    if entity.type is EntityType.TOPIC:
        return 0.9
    return 1.0 if entity.wikidata or entity.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR) else 0.9


def _actor(ctx: _Context, token: Token, score: float, anchor: Token) -> Arg | None:
    """The actor one token stands for: a mention, a pronoun, a dyad phrase or a modifier's country."""
    m = ctx.mention(token)
    if m is not None:
        if _is_event(m.entity) or (anchor is not token and ctx.mention(anchor) is m):
            return None
        return Arg(m.entity, score * _resolution_score(m.entity))
    low = token.lower_
    if low in _RELATIVE and token.head.dep_ == "relcl":
        return _actor(ctx, token.head.head, score * 0.9, anchor)
    if low in _RELATIVE and token.head.dep_ == "prep" and token.head.head.dep_ == "relcl":
        # "the Quad, of which India and Japan are members"
        return _actor(ctx, token.head.head.head, score * 0.9, anchor)
    if low in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj" and token.head.head.pos_ in ("VERB", "AUX"):
        # "Algiers accused Rabat ..., and it has criticized ...": the first clause's subject
        found = [a for a in _subjects_of_verb(ctx, token.head.head) if a.entity.type is not EntityType.PERSON or low == "they"]
        if found:
            return Arg(found[0].entity, score * 0.8)
    if low in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass"):
        # "Nigeria announced that it will withdraw": the pronoun is the reporter.
        clause = token.head
        while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "ccomp" and _is_reporting(clause.head):
            found = _subjects_of_verb(ctx, clause.head)
            if found:
                return Arg(found[0].entity, score * 0.8)
    if low in _FIRST_PERSON or low in _SELF:
        speaker = ctx.speaker(anchor.sent, anchor)
        if speaker is None:
            return None
        if low in _SELF:
            return Arg(speaker, score * 0.8)
        country = speaker if speaker.type is EntityType.COUNTRY else ctx.country(speaker.country)
        return Arg(country, score * 0.8) if country else None
    if token.pos_ in ("NOUN", "PROPN"):
        # "the Coast Guard, whose vessels fired": the antecedent of "whose".
        if token.head.dep_ == "relcl" and any(c.lower_ == "whose" for c in token.children):
            return _actor(ctx, token.head.head, score * 0.9, anchor)
        place = token.lemma_.lower() in _PLACE_NOUNS
        if token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in _CIVILIANS:
            return None  # "the Italian team arrived", "Japanese tourists visited": people, not their state
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and not _is_stance(child) and (m := ctx.mention(child)):
                if m.entity.type in _ACTOR_TYPES:
                    return Arg(m.entity, score * 0.85, place=place)
        # "the Office of the Prime Minister of the Republic of Armenia": an institution of a country.
        node = token
        for step in range(3):
            of = [p for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children if p.dep_ == "pobj"]
            if not of:
                break
            node = of[0]
            m = ctx.mention(node)
            # "members of the Association", "violations by the Israeli military"
            if m is not None and (m.entity.type is EntityType.COUNTRY or (step == 0 and m.entity.type in _ACTOR_TYPES)) and not _is_event(m.entity):
                return Arg(m.entity, score * 0.85)
            if node.pos_ not in ("NOUN", "PROPN") or node.text[:1].islower():
                break
    return None


def _dyad(ctx: _Context, token: Token) -> list[Arg]:
    """'the two countries', 'both sides', 'the sides' → the two countries the article is most about."""
    if (token.lemma_.lower() not in _DYAD_NOUNS and token.lower_.rstrip("s") not in _DYAD_NOUNS) or token.tag_ not in ("NNS", "NNPS"):
        return []
    words = {c.lower_ for c in token.children}
    if not words & {"two", "both", "the"} or len([c for c in ctx.dyad if c]) < 2:
        return []
    return [Arg(c, 0.8) for c in ctx.dyad if c]


def _subjects_of_verb(ctx: _Context, verb: Token, depth: int = 0) -> list[Arg]:
    subjects = _first_of(list(verb.children), {"nsubj"})
    # "BAMAKO, Jan 31 (Wire) - Mali's government ordered ...": a dateline can parse as a second subject
    for subject in subjects:
        found = _actors(ctx, subject, 1.0) or _dyad(ctx, subject)
        if not found and subject.pos_ == "VERB":
            # "The Red Cross operating in Iraq said": a participle parsed as the subject
            found = [a for s in _first_of(list(subject.children), {"nsubj"}) for a in _actors(ctx, s, 0.9)]
        if found:
            return found
    if subjects:
        return []
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agents:
        return _actors(ctx, agents[0], 1.0)
    if _stative(verb):
        return _actors(ctx, _first_of(list(verb.children), {"nsubjpass"})[0], 1.0)
    if depth > 3:
        return []
    head = verb.head
    if verb.dep_ == "xcomp":
        controllers = _first_of(list(head.children), {"dobj"})
        if controllers and head.lemma_.lower() in _OBJECT_CONTROL:
            return [Arg(a.entity, a.score * 0.9) for a in _actors(ctx, controllers[0], 1.0)]
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
    if verb.dep_ in ("conj", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "conj" or verb.dep_ == "advcl":
            found = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
            if not found and verb.dep_ == "conj" and head.dep_ == "ccomp" and _is_reporting(head.head):
                # "X said the line was marked ... and accused Y": the conjunct belongs to the reporter
                found = [Arg(a.entity, a.score * 0.8) for a in _subjects_of_verb(ctx, head.head, depth + 1)]
            return found
    if verb.dep_ == "relcl":
        return _actors(ctx, head, 0.9)
    if verb.dep_ in ("acl", "pcomp") and head.pos_ in ("NOUN", "PROPN"):
        return _actors(ctx, head, 0.85)
    if verb.dep_ == "amod" and verb.i >= 2 and verb.doc[verb.i - 1].text == "-":
        # "Russian-occupied South Ossetia", "Chinese-funded railway"
        return _actors(ctx, verb.doc[verb.i - 2], 0.85, verb)
    return []


def _conditional(token: Token) -> bool:
    """Whether the clause of ``token`` carries an "unless ..." or "if ..." condition."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is None:
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children) for c in verb.children)


def _stative(verb: Token) -> bool:
    """'Israel is opposed to French mediation': a passive form that says what its subject does."""
    return (
        verb.lemma_.lower() in _STATIVE
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


def _prep_objects(ctx: _Context, head: Token, score: float) -> list[Arg]:
    found: list[Arg] = []
    # "kidnapped up to 16 advisers": the preposition hangs off the particle
    preps = [c for c in head.children if c.dep_ in ("prep", "dative")]
    preps += [g for c in head.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ == "along" and any(c.dep_ == "prep" and c.lower_ == "with" for c in prep.children):
            continue  # "along with Australia": company, not an object
        if prep.lower_ in _OBJECT_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    direct = _actors(ctx, pobj, score)
                    if not direct and (prep.lower_ in _PLACE_PREPS or prep.lower_ == "of"):
                        # "along the boundary with Kosovo", "a suspension of air links with Serbia"
                        direct = [a for inner in pobj.children if inner.dep_ == "prep" and inner.lower_ in ("with", "of", "for", "to")
                                  for p in inner.children if p.dep_ == "pobj" for a in _actors(ctx, p, score * 0.9)]
                    nested = prep.lower_ != "of" and not _actors(ctx, pobj, score)
                    found += [Arg(a.entity, a.score, prep.lower_, a.place or prep.lower_ in ("along", "near") or nested) for a in direct]
    return found


def _verb_args(ctx: _Context, verb: Token) -> tuple[list[Arg], list[Arg]]:
    subjects = _subjects_of_verb(ctx, verb)
    objects: list[Arg] = []
    children = list(verb.children)
    passive = _first_of(children, {"nsubjpass"})
    if passive and not _stative(verb):
        objects += _actors(ctx, passive[0], 1.0)
    for dobj in _first_of(children, {"dobj", "dative", "attr"}):
        objects += _actors(ctx, dobj, 1.0) or _prep_objects(ctx, dobj, 0.9) or _actors_in_np(ctx, dobj)
    for comp in _first_of(children, {"ccomp", "xcomp"}):
        objects += [Arg(a.entity, 0.85) for a in _first_of_actors(ctx, _first_of(list(comp.children), {"nsubj"}))]
    objects += _prep_objects(ctx, verb, 0.9)
    if verb.dep_ == "amod" and verb.i >= 2 and verb.doc[verb.i - 1].text == "-":
        objects += _actors(ctx, verb.head, 0.9, verb)
    own_object = [c for c in children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _RELATIVE]
    if not objects and verb.dep_ == "relcl" and not own_object and _first_of(children, {"nsubj"}):
        # "a charge Vučić rejected", "the proposal Russia accepted": the antecedent is the object.
        objects += _actors(ctx, verb.head, 0.9, verb)
    asked = verb.lemma_.lower() in _OBJECT_CONTROL and _first_of(children, {"dobj"})
    if not objects and not asked:
        # "threatened to break off relations with Congo": the complement's objects are the target
        # (but "asked voters to endorse X": the ones asked are the object, whoever they are).
        for comp in _first_of(children, {"xcomp"}):
            if comp.pos_ in ("VERB", "AUX"):
                objects += [Arg(a.entity, a.score * 0.9) for a in _verb_args(ctx, comp)[1]]
    return subjects, objects


def _first_of_actors(ctx: _Context, tokens: list[Token]) -> list[Arg]:
    return _actors(ctx, tokens[0], 0.9) if tokens else []


def _actors_in_np(ctx: _Context, noun: Token) -> list[Arg]:
    """Actors inside a non-actor noun phrase: 'the support provided by the United States' → United States."""
    for t in noun.subtree:
        if t is noun:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "of", "from"):
            arg = _actor(ctx, t, 0.8, noun)
            if arg is not None and arg.entity.type in _ACTOR_TYPES:
                return [arg]
    return []


def _clause_verb(noun: Token) -> Token | None:
    head = noun
    for _ in range(4):
        if head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "compound", "amod") and head.head is not head:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return head
        else:
            break
    return head if head.pos_ in ("VERB", "AUX") else None


def _noun_args(ctx: _Context, noun: Token, trigger: Trigger) -> tuple[list[Arg], list[Arg]]:
    subjects: list[Arg] = []
    objects: list[Arg] = []
    children = list(noun.children)
    # Agents: "by X", also through a participle: "the support provided by X".
    holders = [noun] + [c for c in children if c.dep_ == "acl"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        subjects += _actors(ctx, pobj, 1.0)
    for child in children:
        # "anti-Russian protests" are against Russia, "pro-Russian rallies" not by Russia.
        if child.dep_ in ("poss", "amod", "compound", "nmod") and not _is_stance(child):
            subjects += _actors(ctx, child, 0.85, noun)
    between = [p for c in children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
    if between:
        parties = _actors(ctx, between[0], 1.0)
        if trigger.pair and len(parties) >= 2:
            return parties, []
        if not subjects and len(parties) >= 2 and trigger.predicate.range in ("Actor", "Country"):
            # "talks between Armenia and Azerbaijan": the first party acts towards the others.
            return parties[:1], parties[1:]
        objects += parties
    if not subjects and noun.dep_ == "appos":
        # "the Philippines, a founding member of ASEAN"
        subjects = _actors(ctx, noun.head, 0.9, noun)
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ in _WHILE_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
        # "after talks with Xi", "on an official visit to Japan": the main clause's subject takes part
        # ("asked China to finance the railway after talks with Xi": the one who asked).
        clause = noun.head.head
        while clause.dep_ in ("xcomp", "pcomp") and clause.head is not clause:
            # "resorted to throwing stones during demonstrations": up to the main verb
            clause = clause.head.head if clause.dep_ == "pcomp" else clause.head
        subjects = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, clause)]
    for holder in holders:
        for arg in _prep_objects(ctx, holder, 0.9):
            if all(arg.entity.key != s.entity.key for s in subjects):
                objects.append(arg)
    verb = _clause_verb(noun)
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and verb is not None and (verb.lemma_.lower() in _LIGHT_VERBS or noun.dep_ == "attr"):
        if not subjects:
            subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb)]
        if not objects:
            objects = [a for a in _prep_objects(ctx, verb, 0.9) if all(a.entity.key != s.entity.key for s in subjects)]
            objects += [a for d in _first_of(list(verb.children), {"dative"}) for a in _actors(ctx, d, 0.9)]
    about = any(c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS for h in holders for c in h.children)
    if not objects and not about and not trigger.pair and subjects and verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() in _RECEIVING:
        # "Ukraine welcomed the support provided by Poland": the one who welcomes is the beneficiary.
        objects = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, verb)]
    if trigger.pair and not objects and len(subjects) < 2:
        # "the India-Japan partnership", "Uzbek-Kazakh relations of strategic partnership"
        lefts = list(noun.lefts) + (list(noun.head.head.lefts) if noun.dep_ == "pobj" else [])
        modifiers = [t for left in lefts for t in left.subtree]
        parties = [a for t in modifiers if not _is_stance(t) for a in _actors(ctx, t, 0.85, noun)]
        unique = list({a.entity.key: a for a in parties}.values())
        if len(unique) >= 2:
            return unique, []
        if len(subjects) == 1 and any((c.dep_ == "poss" and c.lower_ in _FIRST_PERSON) or c.lower_ in _BILATERAL for c in children):
            # "our close cooperation" in a message to the other side of the dyad
            others = [Arg(c, 0.8) for c in ctx.dyad if c and c.key != subjects[0].entity.key]
            if len(others) == 1 and len(ctx.dyad) == 2 and any(c and c.key == subjects[0].entity.key for c in ctx.dyad):
                return subjects, others
        if not subjects and noun.dep_ in ("nsubj", "dobj", "pobj"):
            dyad = [Arg(c, 0.8) for c in ctx.dyad if c]
            # "bilateral cooperation", or "ties, which have the character of strategic partnership"
            about_ties = any(a.lemma_.lower() in _TIES for a in noun.ancestors)
            if len(dyad) == 2 and (about_ties or any(c.lower_ in _BILATERAL for c in children)):
                return dyad, []
    return subjects, objects


# ------------------------------------------------------------------- topics
_KEEP_PREPS = {"of", "between", "for", "in", "on", "to", "with"}
_DROP_DEPS = {"det", "punct", "relcl", "acl", "advcl", "appos", "cc", "conj", "predet", "case", "nsubj", "aux", "neg", "advmod", "mark"}


def _topic_for(ctx: _Context, anchor: Token) -> Arg | None:
    """A Topic for the thing a trigger is about: its prepositional or direct object phrase."""
    candidates: list[Token] = []
    holders = [anchor] + ([c for c in anchor.children if c.dep_ == "acl"] if anchor.pos_ in ("NOUN", "PROPN") else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("dobj", "xcomp", "nsubjpass", "ccomp") and holder is anchor or (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS):
                candidates.append(child)
    if anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ in ("dobj", "attr") and not candidates:
        verb = _clause_verb(anchor)
        if verb is not None:
            candidates = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
    if anchor.pos_ in ("VERB", "AUX") and anchor.dep_ == "amod" and not candidates:
        # "Russian-occupied South Ossetia": the modified noun, without its modifier
        hyphenated = {t.i for t in anchor.doc[max(0, anchor.i - 2) : anchor.i + 1]} | {t.i for t in anchor.subtree}
        label = topic_label(anchor.head, exclude=hyphenated)
        if label and label.lower() not in _VAGUE and not ctx.mention(anchor.head) and not _not_a_topic(anchor.head):
            return Arg(Entity(key=f"topic/{slugify(label)}", label=label, type=EntityType.TOPIC), 0.9)
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
            entity = Entity(key=f"topic/{slugify(label)}", label=label, type=EntityType.TOPIC)
            return Arg(entity, 0.9)
    return None


# "in attendance", "in charge", "in effect": not what the event is about.
_IDIOM_NOUNS = {"attendance", "charge", "power", "office", "place", "touch", "effect", "fact", "general", "particular", "detail", "turn", "return", "principle", "practice", "theory", "contrast", "total", "person", "time", "part", "addition", "public", "private"}
_FORCES = {"troop", "force", "soldier", "contingent", "personnel", "unit", "army", "military", "police", "officer", "peacekeeper", "ambassador", "diplomat", "envoy", "they", "them"}
_VAGUE = {"statement", "measure", "effort", "step", "move", "action", "decision", "plan", "proposal", "idea", "document", "issue", "matter", "situation", "process", "thing", "way", "call", "remark", "comment", "view", "position", "stance", "it", "this", "that", "one", "development", "progress", "agreement", "deal", "accord", "treaty", "pact", "memorandum"}
_TIME_WORDS = {"year", "month", "week", "day", "decade", "century", "time", "today", "yesterday", "tomorrow", "morning", "evening", "night", "weekend", "period", "moment", "hour", "minute"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
# Nouns of complex prepositions ("in accordance with", "in line with", "in response to"): never a topic.
_PREP_NOUNS = {"accordance", "line", "response", "addition", "view", "spite", "light", "order", "terms", "case", "place", "front", "favour", "favor", "regard", "respect", "behalf", "part", "way", "sideline", "sidelines", "framework", "course", "absence", "wake", "face", "name"}


def _not_a_topic(head: Token) -> bool:  # noqa: C901 - a list of plain cases
    """Dates, times, pronouns, complex-preposition nouns, forces and vague bare nouns are not topics.

    "on Friday", "in line with", "withdraw its troops" (what moves, not where),
    "endorsed the statement" (which statement is not said).
    """
    low, lemma = head.lower_, head.lemma_.lower()
    if lemma in _FORCES and head.dep_ in ("dobj", "nsubjpass"):
        return True
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in head.children):
        return True  # "agreed to bring them home": about whom is elsewhere
    if lemma in _VAGUE and not any(c.dep_ in ("amod", "compound", "prep", "acl", "nmod", "poss") and c.tag_ != "PRP$" for c in head.children):
        return True
    if head.pos_ in ("PRON", "NUM") or head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"):
        return True
    if lemma in _TIME_WORDS or low in _MONTHS or low.rstrip("s") in _WEEKDAYS:
        return True
    if lemma in _IDIOM_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "in":
        return True
    return lemma in _PREP_NOUNS and head.dep_ == "pobj" and any(c.dep_ == "prep" for c in head.children)


def topic_label(head: Token, limit: int = 10, exclude: set[int] | frozenset[int] = frozenset()) -> str:
    """A clean noun-phrase label for a topic headed by ``head`` (no determiners, clauses or lists)."""
    keep: list[Token] = []

    def walk(token: Token, depth: int) -> None:
        keep.append(token)
        for child in token.children:
            if child.i in exclude:
                continue
            # "effort to help end the war": an infinitive clause of the head noun belongs to the label.
            infinitive = child.dep_ == "acl" and depth == 0 and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
            to_marker = child.dep_ == "aux" and child.tag_ == "TO" and depth > 0
            # "threaten or use force": conjoined actions belong together (conjoined nouns are a list)
            joined_verbs = child.dep_ in ("conj", "cc") and depth == 0 and token.pos_ in ("VERB", "AUX")
            if (child.dep_ in _DROP_DEPS and not (infinitive or to_marker or joined_verbs)) or child.tag_ in ("PRP$", "WDT"):
                continue
            if child.dep_ == "prep" and (child.lower_ not in _KEEP_PREPS or depth > 2):
                continue
            if child.dep_ == "prep" and child.lower_ != "between" and token.pos_ in ("VERB", "AUX") and (depth > 0 or child.lower_ in ("in", "within", "at")):
                continue
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
    return text


def _modality(verb: Token | None) -> Modality:
    """Modality of a clause from its auxiliaries, negation and governing verbs."""
    if verb is None:
        return Modality.ASSERTED
    chain = [verb]
    node = verb
    while node.dep_ in ("xcomp", "ccomp", "acomp", "conj", "pcomp") and node.head is not node and len(chain) < 5:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING:
            break
        node = node.head
        chain.append(node)
    possible = intended = False
    for v in chain:
        lemma = v.lemma_.lower()
        for child in v.children:
            low = child.lower_
            if child.dep_ == "neg" or low in ("never", "not", "n't"):
                return Modality.NEGATED
            if child.dep_ == "aux":
                if low in _POSSIBLE:
                    possible = True
                elif low in _WILL:
                    intended = True
        if v is not verb:
            if lemma in _NEGATE:
                return Modality.NEGATED
            if lemma in _INTEND:
                intended = True
        if lemma in ("ready", "willing", "prepared") or (v.dep_ == "acomp" and lemma in _INTEND):
            intended = True
    if possible:
        return Modality.POSSIBLE
    return Modality.INTENDED if intended else Modality.ASSERTED
