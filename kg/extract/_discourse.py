"""Discourse reference of the ``patterns.v1`` extractor: the actor a word stands for when the sentence does not name it.

Entry point: :func:`refer`. The argument rules call it for a token that names no actor of its
own (a pronoun, a collective noun, an envoy without a country, an organ owned by a pronoun).
Each mechanism returns the actors it is sure of, with the factor its path multiplies into the
argument's score, or nothing when two candidates compete:

* personal pronouns ("he", "she", "his", "her"): the last named person who agrees in gender
  (:mod:`kg.extract._gender`), in the same sentence before the pronoun or in the nearest of the
  three previous sentences that names one; of two or more persons there, the only one known to
  agree, else nothing; an office named without a name as the subject there ("the Sudian president
  said he ...") stands for its country, and an office whose apposition names its holder ("Y's
  minister, Ana Sol, arrived") is that person; a "he" or "she" who speaks a quotation ("“...,”
  she said") is looked for from where the quotation opens (:func:`quoted_speaker`);
* state pronouns ("it", "its"): a country, organisation or singular sector actor, in the same
  sentence before the pronoun or as the subject of the previous sentence;
* plural pronouns ("they", "their"): a coordination of actors, a collective noun or a plural
  sector actor that is the subject of a clause governing the pronoun or of the previous sentence;
* organs owned by a pronoun ("its foreign ministry", "their troops", "his government"): the owner;
* collective subjects or addressees ("both sides", "the two countries", "urged the
  neighbours", "the two agreed"): the sides of the last meeting stated before (:func:`local_pair`),
  else the two countries the headline names, else the two the article names most;
* envoys without a country ("expelled the ambassador", "summoned the envoy"): the envoy's
  country, named with the same noun earlier in the article or else the other side of the pair;
* "the country", "the nation" as the one who acts: the one country named before it in a clause
  that governs it ("Norland said the country would ..."), else the only country the previous
  sentence names;
* definite descriptions of an actor's kind ("the regime", "the junta", "the group", "the rebels",
  "the alliance"): the actor named earlier with the same noun ("the Myanmar junta ... condemned the
  junta"), else the only actor of that kind named in the nearest of its own sentence (before it)
  and the two before it that names one (a government for "the regime", an armed group or movement
  for "the group", an intergovernmental body for "the alliance");
* a state's organ or office named bare ("the foreign ministry", "the government", "the prime minister"
  said): the country the previous sentence's subject is or serves ("Norland protested on Monday. The
  foreign ministry summoned ..."); a subject of no single country, an organisation ("Hamas fired
  rockets. The government said ...") or a person of none leaves it unresolved;
* a bare title of the publishing government's own officer in its release ("the Foreign Secretary", "the Minister
  for Africa", "a Foreign Office spokesperson" in a UK Government release): that government (:mod:`kg.extract._publisher`);
* "the former" and "the latter": the first or second of the two actors coordinated (or, with no
  coordination, the only two named) in the same sentence before the word or else in the previous one;
* a denied "it", "this" or "that" ("Norland denied it"): whoever made the charge, demand or
  threat just before;
* definite event descriptions as objects, or as the cause of a feeling ("rejected the accusations", "condemned the
  move", "the move angered Y", "rejected the pretexts"): the actor of the nearest earlier statement of a fitting category
  (the accuser, whoever moved; both parties of "the deal"); "the incident": the one actor of
  every earlier act of force in the article.

Only subject and possessive pronouns are resolved; object pronouns ("rejected it") usually stand
for a thing. Mentions in a place phrase ("in Lima") are never antecedents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract._gender import agrees, known_to_agree, remember
from kg.extract._out_of_office import holder_label, office_marks, out_of_office_sector, party_title, titled_not_yet
from kg.extract._publisher import first_person_owners, own_officer
from kg.extract._words import _ACTOR_TYPES, _CIVILIANS, _LEADING, _LED_ACTS, _DISMAYED, _DYAD_NOUNS, _HEARTENED, _WEAPONS
from kg.gazetteer import PEOPLE_SECTORS, acts_for_state, sector_nouns, titles
from kg.model import Entity, EntityType, sector_actor
from kg.nlp import first_conjunct

if TYPE_CHECKING:
    from kg.extract._context import _Context

_PERSON_PRONOUNS = {"he", "she", "his", "her"}
_STATE_PRONOUNS = {"it", "its"}
_GROUP_PRONOUNS = {"they", "their"}
_POSSESSIVES = {"its", "their", "his", "her", "our"}
#: Dependencies in which a pronoun names a participant (not "rejected it": an object pronoun is usually a thing).
_PRONOUN_DEPS = {"nsubj", "nsubjpass", "poss"}
#: Nouns for diplomats posted abroad: without a country of their own, they are of the country they serve.
_ENVOYS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "emissary", "consul", "attaché", "attache"}
#: Sectors whose members act for the state that owns them ("its navy", "their ministry").
_STATE_SECTORS = {"government", "military", "police"}
#: Offices whose holder acts for the state that owns them ("his government", "its president").
_OFFICES = {"president", "leader", "minister", "spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "king", "ambassador", "envoy"}
#: Prepositions that make their object a place of the event ("in Lima", "at the border"), not a participant.
_PLACE_PREPS = {"in", "at", "near", "inside", "outside"}
#: Branches of a subject phrase that do not name the subject ("the envoy of X to Y", "the deal, which X signed").
_NOT_CORE = {"prep", "relcl", "acl", "appos", "advcl", "punct", "cc", "conj"}
#: Predicates whose two sides act on each other ("X and Y met", "the deal" of X and Y is both of theirs).
_RECIPROCAL = {"meetsWith", "cooperatesWith", "tradesWith", "fightsWith", "signsAgreementWith", "diplomaticRelationsWith", "strategicPartnerOf"}
#: How many sentences back a personal pronoun looks for the last named person.
_PERSON_WINDOW = 3
#: How many sentences back a definite event description looks for its event.
_EVENT_WINDOW = 3
#: Acts that "the move", "the decision" or "the measure" can stand for.
_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT", "REJECT", "THREATEN", "PROTEST", "AGREE", "CONCEDE", "AID", "REQUEST"})
#: Nouns that describe an earlier event, with the categories of event they can stand for.
_DESCRIPTIONS = {
    **{noun: frozenset({"ACCUSE"}) for noun in ("accusation", "allegation", "charge", "claim", "criticism", "condemnation")},
    **{noun: frozenset({"THREATEN"}) for noun in ("threat", "warning", "ultimatum")},
    **{noun: frozenset({"REQUEST"}) for noun in ("demand", "request", "invitation")},
    **{noun: frozenset({"SANCTION"}) for noun in ("sanction", "expulsion", "ban", "embargo", "boycott")},
    **{noun: frozenset({"ASSAULT", "COERCE"}) for noun in ("attack", "strike", "raid", "incursion", "seizure", "detention", "arrest", "shelling")},
    **{noun: frozenset({"AGREE"}) for noun in ("deal", "agreement", "accord", "pact", "treaty")},
    "visit": frozenset({"CONSULT"}),
    "deployment": frozenset({"MOBILIZE"}),
    "withdrawal": frozenset({"RETREAT"}),
    **{noun: _ACTS for noun in ("move", "decision", "measure", "step", "action")},
    # the reasons an actor gives for its act or charge are that actor's ("rejected the pretexts")
    **{noun: _ACTS | {"ACCUSE"} for noun in ("pretext", "justification", "excuse", "argument")},
    # an incident is something done to someone: a clash, a seizure, a show of force
    "incident": frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}),
}
#: Descriptions that may stand for an event of any earlier sentence (an article's incident is its main event).
_ARTICLE_EVENTS = {"incident"}
#: Nouns that stand for a country named before them when bare ("the country said").
_COUNTRY_NOUNS = {"country", "nation"}
#: Nouns that describe an actor by its kind, with the roles of the actors they can stand for ("the regime": a
#: state's government; "the group": an armed group or movement of the gazetteer; "the alliance": an
#: intergovernmental body). "coalition" has no kind of its own: only an earlier "... coalition" is its antecedent.
_KIND_NOUNS = {
    **{noun: frozenset({"government"}) for noun in ("regime", "junta")},
    **{noun: frozenset({"armed group", "movement"}) for noun in ("group", "militant", "rebel", "insurgent", "militia", "jihadist", "movement")},
    **{noun: frozenset({"igo"}) for noun in ("alliance", "bloc")},
    "organisation": frozenset({"armed group", "movement", "igo"}),
    "organization": frozenset({"armed group", "movement", "igo"}),
    "coalition": frozenset(),
}
#: Organs of a state's government that a bare noun names ("the foreign ministry said"); not its forces, whose
#: reports may follow an attack on them ("Y fired missiles. The army said ..." is often the target's army).
_GOVERNMENT_ORGANS = {"government", "ministry", "administration", "cabinet"}
#: Verbs by which a state leads a coalition ("X leads a coalition", "a coalition headed by X").
_COALITION_LEADS = {"lead", "head"}
#: Members of a coalition of states ("a coalition of Gulf states", "of Western nations", "of the willing").
_COALITION_MEMBERS = {"state", "country", "nation", "government", "ally", "army", "force", "partner", "power", "democracy", "willing"}
#: Nouns of a coalition's own forces, arms and acts of force ("coalition aircraft", "coalition troops", "coalition air
#: strikes"): the military nouns of the gazetteer's sectors, the weapons and the acts a leader's name before "-led"
#: makes its own (as "Israeli air strikes" are Israel's).
_COALITION_ARMS = frozenset(_WEAPONS | _LED_ACTS)
#: Nouns of the means of an act of force between its doer and its noun ("coalition air strikes", "drone strikes").
_STRIKE_MEANS = frozenset(_WEAPONS | {"air"})
#: How many sentences back a description of an actor's kind looks for its actor.
_KIND_WINDOW = 2
#: "the former" and "the latter": the position of the actor they stand for in a pair named before.
_ORDERED = {"former": 0, "latter": 1}
#: Pronouns that a denial's object can be ("Norland denied it", "rejected this"): the claim just made.
_DENIED = {"it", "this", "that"}
#: Verbs that deny or turn down what another said or asked.
_DENIALS = {"deny", "reject", "dismiss", "refute", "rebuff", "repudiate"}
#: What a denied "it" can stand for: a charge, a demand or a threat.
_CLAIMS = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
#: Determiners of a definite description ("the move", "these accusations"; not "a move").
_DEFINITE = {"the", "this", "these", "that", "those"}


@dataclass(frozen=True)
class Referent:
    """An actor a word stands for, with the factor of the path that found it.

    Attributes:
        entity: the actor.
        score: multiplied into the argument's score (0.8 for a sure antecedent, 0.75 for the
            only candidate of the previous sentence).
        place: the word names a place owned by the actor ("its waters"), not the actor acting.
    """

    entity: Entity
    score: float
    place: bool = False


def refer(ctx: _Context, token: Token) -> list[Referent]:
    """The actors ``token`` stands for by discourse reference, or nothing if unsure.

    Args:
        ctx: the article's context (mentions, sentences, the article's pair).
        token: a word that names no actor itself.

    Returns:
        One referent, several for a plural ("they", "both sides"), or none.
    """
    low = token.lower_
    if low == "our":  # "our forces": the speaker's country or the publishing government (kg.extract._publisher)
        return [Referent(owner, 0.75) for owner in first_person_owners(ctx, token)]
    if low in _DENIED and token.dep_ == "dobj" and token.head.lemma_.lower() in _DENIALS:
        return _denied_claim(ctx, token)
    if low in _PERSON_PRONOUNS | _STATE_PRONOUNS | _GROUP_PRONOUNS:
        if token.dep_ not in _PRONOUN_DEPS or (low == "her" and token.dep_ != "poss"):
            return []
        if low in _PERSON_PRONOUNS:
            return _person(ctx, token)
        return _state(ctx, token) if low in _STATE_PRONOUNS else _group(ctx, token)
    if low in _ORDERED:
        return _former_or_latter(ctx, token)
    if token.pos_ in ("NUM", "DET", "PRON"):
        return _the_two(ctx, token)
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    found = (_pair(ctx, token) or _owned_organ(ctx, token) or _envoy_country(ctx, token) or _event_actor(ctx, token)
             or _the_country(ctx, token) or _described_actor(ctx, token) or _coalition_forces(ctx, token))
    if found:
        return found
    own = _publisher_officer(ctx, token)
    return own if own is not None else _bare_organ(ctx, token)


def patient_owner(ctx: _Context, token: Token, doers: list[Entity]) -> list[Referent]:
    """The state a possessive "its" names as the owner of what an act is done to, when two or more fitting actors are
    named before it: the only one that is not the act's doer nor of the doer's country ("X condemned Y's shelling of
    its border posts", "X said Y's troops seized its tanker": X; a state does not attack its own posts). Nothing when
    none or several are left, or for another pronoun."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return []
    keys = {d.key for d in doers}
    countries = {d.country for d in doers if d.country}
    left = [e for e in _candidates(ctx, token.sent, token.i, _is_state) if e.key not in keys and not (e.country and e.country in countries)]
    return _only(left, 0.75) if doers else []


# ------------------------------------------------------------------ pronouns
def _person(ctx: _Context, token: Token) -> list[Referent]:
    """'Minister Ana Sol arrived on Monday. She said ...': the last named person who agrees with the pronoun.

    In the pronoun's own sentence the subject of a governing clause when it is the only person
    named before the pronoun (see :func:`_own_sentence`); with no person there, in the nearest
    of the previous sentences that names a person, its only person (its subject when no other
    person there could be meant), unless the subject is a name or office we fail to resolve
    ("Minister Ana Sol met X": if "Ana Sol" is unknown, X is no antecedent).

    Gender (see :mod:`kg.extract._gender`): a person known to be a man is no antecedent of "she"
    (and the reverse). Of two or more persons left in that sentence, the only one known to agree
    is taken ("Mr Mora met Mrs Sol. She ..."), else the subject if it is known to agree; with
    nothing known, two candidates remain: nothing. A pronoun resolved with one candidate teaches the person's gender to later
    pronouns.
    """
    fits: Callable[[Entity], bool] = lambda e: _is_person(e) and agrees(ctx, e, token)  # noqa: E731
    own = _candidates(ctx, token.sent, token.i, fits)
    if own:
        return _learnt(ctx, token, _own_sentence(ctx, token, own, fits), len(own))
    governing = [c for verb in _governing_verbs(token) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
    if governing and (office := _office_country(ctx, governing[0])) is not None:
        return [Referent(office, 0.8)]  # "the Sudian president said he ...": the office holder acts for Sudia
    if governing and (own := _publisher_officer(ctx, governing[0])) is not None:
        return own  # "The Prime Minister said he ..." in a UK Government release: the UK's officer
    if governing and governing[0].lemma_.lower() not in _GOVERNMENT_ORGANS and (bare := _bare_organ(ctx, governing[0])):
        return bare  # "Norland protested. The prime minister said he ...": an office of the country named before
    if _unknown_before(ctx, token):
        return []
    return _previous_person(ctx, token, token, fits)


def quoted_speaker(ctx: _Context, pronoun: Token, opening: Token) -> list[Referent]:
    """Whom a "he" or "she" that speaks a quotation stands for ("“Y must withdraw. We will not wait,” she said"): the
    person named last before the quotation opens, found as :func:`_person` finds it from there. The quotation's own
    words name whom the speaker talks about, not the speaker ("“I met Ana Sol,” he said": not Ana Sol), and a quotation
    of several sentences or paragraphs does not push its speaker out of reach."""
    fits: Callable[[Entity], bool] = lambda e: _is_person(e) and agrees(ctx, e, pronoun)  # noqa: E731
    own = _candidates(ctx, opening.sent, opening.i, fits)
    if own:
        return _learnt(ctx, pronoun, _only(own, 0.8), len(own))
    return _previous_person(ctx, pronoun, opening, fits)


def _previous_person(ctx: _Context, token: Token, at: Token, fits: Callable[[Entity], bool]) -> list[Referent]:
    """The person a pronoun ``token`` stands for, named in the nearest sentence before ``at``'s that names one
    (see :func:`_person`)."""
    for sent in _previous_sentences(ctx, at, _PERSON_WINDOW):
        found = _candidates(ctx, sent, sent.end, fits)
        if not found and (head := _main_subject(sent)) is not None and (office := _office_country(ctx, head) or own_officer(ctx, head)) is not None:
            # "The Sudian president arrived. He said ...": no name, but the country (also the publisher's own officer
            # in its release: "The Defence Secretary arrived. She met ...")
            return [Referent(office, 0.75)]
        if not found:
            continue  # no person there, or only persons known not to agree ("Mr Mora ..." before "she")
        head = _main_subject(sent)
        subject = [e for e in _subject_people(ctx, head) if fits(e)] if head is not None else []
        if not subject and head is not None and _unknown_name(ctx, head):
            return []  # the subject is a person we do not know: likelier than any we do
        if len(found) > 1:
            # "Mr Mora met Mrs Sol. She ...": the only one known to agree, or the subject if known to
            # agree ("Mr Mora met Mr Ruiz. He ..."); with nothing known, two candidates remain
            agreeing = [e for e in found if known_to_agree(ctx, e, token)]
            if len(agreeing) == 1:
                return [Referent(agreeing[0], 0.8)]
            chosen = [e for e in subject if e in agreeing]
            return [Referent(chosen[0], 0.8)] if len(chosen) == 1 else []
        if len(subject) == 1:
            return _learnt(ctx, token, [Referent(subject[0], 0.8)], len(found))
        return _learnt(ctx, token, _only(found, 0.75), len(found))
    return []


def _office_country(ctx: _Context, head: Token) -> Entity | None:
    """The country of an office named without its holder's name ("the Sudian president", "Norland's crown prince"), else None.

    A holder out of the office is not the country: one who has not taken it up yet or the opposition's stands for that
    sector of it ("Y's president-elect said he would visit X": Y's incoming government, see :mod:`kg.extract._out_of_office`),
    a former holder for no one (he speaks for himself)."""
    title = titled_not_yet(head) or head
    marks = office_marks(head)
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and marks):
        return None  # (an office out of office may be tagged a proper noun: "Y's president-elect", "Y's shadow foreign minister")
    lemma = title.lemma_.lower()
    words = {lemma, *(f"{c.lower_} {lemma}" for c in title.children if c.dep_ in ("compound", "amod") and c.i == title.i - 1)}
    if not words & titles().keys():
        return None
    found = _entities_of(ctx, head)
    if len(found) != 1 or found[0].type is not EntityType.COUNTRY:
        return None
    if party_title(title):
        return None  # "Y's Labour Party leader said he ...": the party's office, not Y's
    if marks:
        sector = out_of_office_sector(marks)
        if sector in PEOPLE_SECTORS or not found[0].country:
            return None
        return sector_actor(found[0].country, sector, holder_label(head))
    return found[0]


def _learnt(ctx: _Context, token: Token, found: list[Referent], candidates: int) -> list[Referent]:
    """``found``, noting the pronoun's gender for its person when there was no other candidate."""
    if len(found) == 1 and candidates == 1:
        remember(ctx, found[0].entity, token)
    return found


def _state(ctx: _Context, token: Token) -> list[Referent]:
    """'Norland protested on Monday. It said ...': a country, organisation or singular force.

    In its own sentence the subject of a governing clause when it is the only such actor named
    before the pronoun (see :func:`_own_sentence`); under a governing subject that is a bare organ of
    government ("The government said it ..."), that organ's country (:func:`_bare_organ`) or nothing; with none
    there, the subject of the previous sentence, or its only state actor when that subject is a person or missing.
    A previous subject that is a thing ("The treaty was signed. It ...") or a name we fail to
    resolve takes the pronoun: nothing.
    """
    own = _candidates(ctx, token.sent, token.i, _is_state)
    if own:
        return _own_sentence(ctx, token, own, _is_state)
    if _unknown_before(ctx, token):
        return []
    organs = [c for verb in _governing_verbs(token) for c in verb.children if c.dep_ == "nsubj" and c.i < token.i and c.lemma_.lower() in _GOVERNMENT_ORGANS]
    if organs:
        return [Referent(r.entity, 0.8) for r in _bare_organ(ctx, organs[0])]  # "The government said it ...": the organ's country or nothing
    previous = _previous_sentences(ctx, token, 1)
    if not previous:
        return []
    sent = previous[0]
    head = _main_subject(sent)
    subject = _entities_of(ctx, head) if head is not None else []
    if len(subject) == 1 and _is_state(subject[0]):
        return [Referent(subject[0], 0.8)]
    if head is not None and not subject and (head.pos_ == "NOUN" or _unknown_name(ctx, head)):
        return []
    return _only(_candidates(ctx, sent, sent.end, _is_state), 0.75)


def _reason_owner(ctx: _Context, token: Token, fits: Callable[[Entity], bool]) -> Entity | None:
    """The object a verb's reason is about: "X thanked Y for its help", "X blamed Y for its attacks", "X praised Y for
    its restraint": a possessive in the verb's "for" phrase is its direct object's, when that object names one
    fitting actor before the pronoun."""
    noun = token.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [e for c in noun.head.head.children if c.dep_ == "dobj" and c.i < token.i for e in _entities_of(ctx, c) if fits(e)]
    return objects[0] if len(objects) == 1 else None


def _own_sentence(ctx: _Context, token: Token, named: list[Entity], fits: Callable[[Entity], bool]) -> list[Referent]:
    """The antecedent in the pronoun's own sentence, if only one actor that fits is named before it.

    A possessive takes that actor ("thanked Sudia for its help"). A subject pronoun takes it only
    as the subject of a clause that governs the pronoun ("Norland denied the report, although it
    ..."); a name elsewhere ("After Sudia's raid, it ...") competes with the previous
    sentence's subject: nothing.
    """
    if token.dep_ == "poss":
        if (owner := _reason_owner(ctx, token, fits)) is not None:
            return [Referent(owner, 0.8)]
        return _only(named, 0.8)  # "thanked Sudia for its help": a possessive takes the only fitting name before it
    governing = {e.key: e for verb in _governing_verbs(token) for c in verb.children if c.dep_ == "nsubj" and c.i < token.i for e in _entities_of(ctx, c) if fits(e)}
    if len(governing) == 1 and len(named) == 1:
        return [Referent(next(iter(governing.values())), 0.8)]
    return []


def _group(ctx: _Context, token: Token) -> list[Referent]:
    """'Norland and Sudia met. They agreed ...': a plural subject of a governing clause or of the previous sentence.

    A plural subject is two or more coordinated actors, a collective noun ("both sides"), a
    plural force ("Norlandic troops") or a plural organ of theirs ("their ministers"). With no
    plural subject there: nothing.
    """
    for verb in _governing_verbs(token):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
        if subjects:
            found = _plural(ctx, subjects[0])
            if found:
                return found
            break
    for sent in _previous_sentences(ctx, token, 1):
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return _plural(ctx, subjects[0])
    return []


def _plural(ctx: _Context, subject: Token) -> list[Referent]:
    """The actors a plural subject names: coordinated actors, a collective noun, or a plural force."""
    found = _entities_of(ctx, subject)
    if len(found) >= 2:
        return [Referent(e, 0.8) for e in found]
    if pair := _pair(ctx, subject):
        return pair
    if len(found) == 1 and found[0].type in (EntityType.SECTOR_ACTOR, EntityType.ORGANIZATION) and subject.tag_ in ("NNS", "NNPS"):
        return [Referent(found[0], 0.8)]
    if not found and subject.tag_ in ("NNS", "NNPS") and any(c.dep_ == "poss" and c.lower_ == "their" for c in subject.children):
        # "Norland and Sudia met. Their ministers signed papers. They denounced ...": the owners of the organ
        return [Referent(r.entity, r.score * 0.9) for r in _owned_organ(ctx, subject)]
    return []


# ------------------------------------------------------------- noun phrases
def _pair(ctx: _Context, token: Token) -> list[Referent]:
    """'the two countries', 'both sides', 'the neighbours', 'both governments' → the article's pair.

    The pair is the two countries the article mentions most. The noun must be plural, determined
    by "the", "two" or "both" ("other countries" is not the pair), without an owner ("our two
    countries" are the speaker's), and the one who acts (a subject or a "by" agent) or the one a
    verb addresses ("urged both sides", "called on the two countries"); not the object of a noun
    ("talks between the two sides" may be hosted by a third party). A noun of those who speak for a state
    (:func:`_speaks_for_state`: "the two heads of state", "both delegations met") counts only with "two" or
    "both" ("the authorities said" are one state's).
    """
    dyad = token.lemma_.lower() in _DYAD_NOUNS or token.lower_.rstrip("s") in _DYAD_NOUNS
    if not (dyad or _speaks_for_state(token)) or token.tag_ not in ("NNS", "NNPS"):
        return []
    if not (_acting(token) or _addressed(token)) or any(c.dep_ == "poss" for c in token.children):
        return []  # "a summit of the two sides" may be a third party's; "our two countries" are the speaker's
    words = {c.lower_ for c in token.children}
    if not words & ({"two", "both", "the"} if dyad else {"two", "both"}):
        return []  # ("the authorities said" are one state's)
    if not words & {"two", "both"} and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in token.children):
        return []  # "the Baltic states", "the Gulf countries": a set of states by its name ("the two former Soviet
        # republics", counted, are the pair)
    return [Referent(c, 0.8) for c in local_pair(ctx, token)]


def _speaks_for_state(token: Token) -> bool:
    """Whether a plural noun names people who speak for states, counted as a pair ("the two heads of state", "both
    delegations", "the two premiers"): a title or a government organ (``acts_for_state``, sector government), not a
    force ("the two armies"); an "of" phrase must name states too ("the two heads of the companies" are none)."""
    lemma = token.lemma_.lower()
    if not acts_for_state(lemma) or sector_nouns().get(lemma) not in (None, "government"):
        return False
    owners = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return all(p.lemma_.lower() in _DYAD_NOUNS for p in owners)


def _the_two(ctx: _Context, token: Token) -> list[Referent]:
    """'The two agreed ...', 'both said ...': a bare "two" or "both" that acts stands for the pair (see :func:`local_pair`)."""
    if token.pos_ not in ("NUM", "DET", "PRON") or token.lower_ not in ("two", "both") or not _acting(token):
        return []
    if token.lower_ == "two" and not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []  # "two said ..." is any two
    return [Referent(c, 0.75) for c in local_pair(ctx, token)]


def _the_country(ctx: _Context, token: Token) -> list[Referent]:
    """'Norland sent tanks to Sudia's rival. The country also ...': a bare "the country" or "the nation" that acts.

    In its own sentence, the subject of a governing clause when it is the only country named
    before it ("Norland said the country would ..."); else the only country the previous sentence
    names. Two countries there ("Norland criticized Sudia. The country ...") compete: nothing. A
    country of its own ("the Sudian nation"), an owner ("our country") or a place ("in the
    country") is no such reference.
    """
    if token.lemma_.lower() not in _COUNTRY_NOUNS or token.tag_ != "NN" or not _acting(token):
        return []
    if [c for c in token.children if c.dep_ != "det"] or not any(c.lower_ == "the" for c in token.children):
        return []
    own = _candidates(ctx, token.sent, token.i, _is_country)
    if own:
        return _own_sentence(ctx, token, own, _is_country)
    if _unknown_before(ctx, token):
        return []
    previous = _previous_sentences(ctx, token, 1)
    return _only(_candidates(ctx, previous[0], previous[0].end, _is_country), 0.75) if previous else []


def _described_actor(ctx: _Context, token: Token) -> list[Referent]:
    """'The Myanmar junta bombed villages. Thailand condemned the junta.', 'Hezbollah fired rockets. Israel struck the
    group's positions.': a bare definite noun of an actor's kind (``_KIND_NOUNS``).

    Its antecedent is the actor an earlier phrase headed by the same noun names ("the Assad regime", "the Saudi-led
    coalition", "Houthi rebels"), in its own sentence before it or in the two before that, nearest first; with none,
    the only actor of its kind (a government, an armed group or movement, an intergovernmental body) named in the
    nearest of those sentences that names one. Two candidates there compete: nothing. A noun with words of its
    own ("the rebel group", "the regime in Y", "a group") or in a place phrase ("in the bloc") is no such reference.
    """
    lemma = token.lemma_.lower()
    kinds = _KIND_NOUNS.get(lemma)
    if kinds is None or token.dep_ in ("compound", "amod") or _in_place_phrase(token):
        return []
    if any(c.dep_ not in ("det", "case", "punct") and not _charged_act(c) for c in token.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    window = [(token.sent, token.i), *((sent, sent.end) for sent in _previous_sentences(ctx, token, _KIND_WINDOW))]
    for sent, before in window:
        same = [t for t in ctx.tokens(sent) if t.i < before and t.i != token.i and t.lemma_.lower() == lemma
                and t.dep_ not in ("compound", "amod") and not _in_place_phrase(t)]
        if not same:
            continue
        found = [coalition_leaders(ctx, t) or _entities_of(ctx, t, conjuncts=False) if lemma == "coalition" else _entities_of(ctx, t, conjuncts=False)
                 for t in same]
        if not all(found):
            return []  # "the Maduro regime and the Ortega regime": an earlier one we cannot resolve still competes
        return _only(list({e.key: e for entities in found for e in entities}.values()), 0.75)
    if not kinds:
        return []
    for sent, before in window:
        named_kind = _candidates(ctx, sent, before, lambda e: e.type is not EntityType.PERSON and e.role in kinds)
        if named_kind:
            return _only(named_kind, 0.75)
    return []


def leading_modifier(child: Token) -> bool:
    """Whether a modifier of a noun is the participle that makes the name before it the noun's leader: "the Saudi-led
    coalition", "a US-headed alliance" (an adjectival modifier), "US-Led Strikes" (a title-case headline's word the
    parse takes for a name, after a hyphen)."""
    if child.lower_ not in _LEADING:
        return False
    return child.dep_ == "amod" or (child.dep_ == "compound" and child.i > 0 and child.doc[child.i - 1].text == "-")


def coalition_leaders(ctx: _Context, token: Token, verb_subject: bool = True) -> list[Entity]:
    """Who a phrase headed by "coalition" names as the coalition, by its name or its leader (discourse coreference of a
    led coalition, CAMEO actor of a multinational force: the leading state acts for it, as PETRARCH2's "-LED" compounds).

    "the Saudi-led coalition" (a state before "-led"), "a coalition led / headed by X", "X leads / heads a coalition"
    (the subject of a verb of leading whose object the coalition is), or a coalition the gazetteer names ("the Global
    Coalition against Y"). A leader is a state or a state's organ or force; a coalition of other members ("of
    carmakers", "of clubs") has none. A coalition owned by a state ("Norland's ruling coalition"), described ("the governing
    coalition") or of unnamed members names no leader here: nothing. Without ``verb_subject``, the coalition's own
    phrase only (the subject of "X leads a coalition" is no argument of the coalition's clause).
    """
    if (m := ctx.mention(token)) is not None and m.entity.type in _ACTOR_TYPES:
        return [m.entity]
    found: dict[str, Entity] = {}
    for child in token.children:
        if child.dep_ == "compound" and (m := ctx.mention(child)) is not None and m.entity.type is EntityType.ORGANIZATION:
            found.setdefault(m.entity.key, m.entity)  # "the Global Coalition": a name the parse split
        if leading_modifier(child):  # "the Saudi-led coalition", "a US-headed alliance"
            for g in child.children:
                if g.i < child.i and (m := ctx.mention(g)) is not None and m.entity.type in _ACTOR_TYPES:
                    found.setdefault(m.entity.key, m.entity)
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _COALITION_LEADS:  # "a coalition led by X"
            for agent in child.children:
                if agent.dep_ == "agent":
                    for p in agent.children:
                        if p.dep_ == "pobj" and (ctx.mention(p) is not None or acts_for_state(p.lemma_.lower())):
                            found.update((e.key, e) for e in _entities_of(ctx, p))
    verb = token.head
    if verb_subject and token.dep_ == "dobj" and verb.lemma_.lower() in _COALITION_LEADS and verb.pos_ == "VERB":  # "X leads a coalition"
        for subject in verb.children:
            if subject.dep_ == "nsubj":
                found.update((e.key, e) for e in _entities_of(ctx, subject))
    members = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() not in _COALITION_MEMBERS and ctx.mention(p) is None for p in members):
        return []  # "a coalition of carmakers / football clubs led by ...": no coalition of states
    return [e for e in found.values() if e.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR)]


def _coalition_forces(ctx: _Context, token: Token) -> list[Referent]:
    """'The US-led coalition struck Y. Coalition aircraft hit ...': a coalition's forces, arms or acts of force named by
    the bare word "coalition" before their noun ("coalition troops / forces / jets / aircraft / air strikes") act for
    the last coalition the article named by its leader or its name (:func:`coalition_leaders`), in their own sentence
    before them or in the two before that. A coalition named without a leader ("the ruling coalition"), or none named, leaves them
    unresolved; so does one named only later. (CAMEO: the forces of a multinational coalition act for its leader.)
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or (sector_nouns().get(lemma) != "military" and lemma not in _COALITION_ARMS):
        return []
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    means = [c for c in modifiers if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _STRIKE_MEANS]
    if lemma in _LED_ACTS and len(means) == 1 and all(c.dep_ == "compound" for c in means[0].children):
        # "coalition air strikes", "a coalition drone strike": the parse hangs "coalition" on the act or on its means
        modifiers = [c for c in modifiers if c.i != means[0].i] + list(means[0].children)
    if len(modifiers) != 1 or modifiers[0].lemma_.lower() != "coalition" or list(modifiers[0].children) or ctx.mention(modifiers[0]):
        return []
    return _only(last_coalition(ctx, token), 0.75)


def last_coalition(ctx: _Context, token: Token, sentences: int = _KIND_WINDOW) -> list[Entity]:
    """The coalition a word names by the bare word "coalition": the last one named by its leader or its name
    (:func:`coalition_leaders`) in its own sentence before it or in the ``sentences`` before that ('The US-led coalition
    struck Y. Coalition aircraft ...', 'As part of the coalition, X ...'). Nothing when the last coalition named there
    names no leader ("the ruling coalition"), or none is named."""
    window = [(token.sent, token.i), *((sent, sent.end) for sent in _previous_sentences(ctx, token, sentences))]
    for sent, before in window:
        named = [t for t in ctx.tokens(sent) if t.i < before and t.lemma_.lower() == "coalition" and t.dep_ not in ("compound", "amod")]
        if named:
            return coalition_leaders(ctx, named[-1])
    return []


def _bare_organ(ctx: _Context, token: Token) -> list[Referent]:
    """'Norland protested on Monday. The foreign ministry summoned ...': a state's organ or office named without its
    country, as the one who acts, stands for the country the previous sentence's main subject is or serves.

    The noun is singular, determined by "the" alone, and names an organ of government (``_GOVERNMENT_ORGANS``, with
    its words before it: "the foreign ministry") or an office of the gazetteer's titles ("the prime minister", "the
    president"), also as the first of coordinated subjects ("The prime minister and the Y president held talks").
    The previous subject must be a country, one of its organs or forces, or a person of a known
    country; two countries there ("Norland and Sudia signed a deal. The president said ..."), an organisation or a
    thing leave the noun unresolved.
    """
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not _acting(token) or token.dep_ == "conj":
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    # (the first of coordinated subjects holds the coordination: "The prime minister and his Y counterpart met")
    if any(c.dep_ not in ("det", "compound", "amod", "punct", "cc", "conj") or (c.dep_ in ("compound", "amod") and c.pos_ == "PROPN") for c in token.children):
        return []
    lemma = token.lemma_.lower()
    before = " ".join(c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i)
    phrase = f"{before} {lemma}".strip()
    if not (lemma in _GOVERNMENT_ORGANS or phrase in titles() or lemma in titles()):
        return []
    previous = _previous_sentences(ctx, token, 1)
    head = _main_subject(previous[0]) if previous else None
    if head is None:
        return []
    subject = _entities_of(ctx, head)
    if len(subject) != 1 or subject[0].type is EntityType.ORGANIZATION:
        return []
    country = _country_of(ctx, subject[0])
    return [Referent(country, 0.75)] if country is not None else []


def _publisher_officer(ctx: _Context, token: Token) -> list[Referent] | None:
    """'The Defence Secretary met the Chilean defence minister' in a UK Government release: the publishing government's
    own officer, named by a bare title, acts for it (:func:`kg.extract._publisher.own_officer`). None when the title is
    no such officer's; nothing when :func:`_bare_organ` reads it as another country's ("Chile recalled its envoy. The
    foreign minister said ...": the previous subject's country, or the publisher's: abstain)."""
    country = own_officer(ctx, token)
    if country is None:
        return None
    other = [r for r in _bare_organ(ctx, token) if r.entity.key != country.key]
    return [] if other else [Referent(country, 0.75)]


def _charged_act(prep: Token) -> bool:
    """Whether a phrase on a noun is the act charged to it that the parse hung there: "accused the junta of harbouring
    smugglers" (an "of" phrase that opens with a gerund, which the tagger may call a noun or a name), not "the group of gunmen"."""
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i + 1 >= len(prep.doc):
        return False
    word = prep.doc[prep.i + 1]
    return word.tag_ == "VBG" or (word.is_lower and word.lower_.endswith("ing"))


def _former_or_latter(ctx: _Context, token: Token) -> list[Referent]:
    """'Chile and Peru signed a deal. The latter also ...': the first or second of the pair named before.

    The pair is the last coordination of two actors ("Chile and Peru", "Mr Mora and Ms Sol") in the
    word's own sentence before it, else in the previous sentence; with no coordination there, the
    only two actors that sentence names (one actor before the word in its own sentence is not the
    pair: "Sudia warned the latter" looks back). Three actors in a coordination, or more than two
    with none, leave the word unresolved, and so does "former" modifying a noun ("the former minister").
    """
    if token.dep_ in ("amod", "compound", "conj") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    if any(c.dep_ in ("compound", "prep") and c.pos_ in ("NOUN", "PROPN") for c in token.children):
        return []
    sentences = [(token.sent, token.i), *((sent, sent.end) for sent in _previous_sentences(ctx, token, 1))]
    for sent, before in sentences:
        named = _candidates(ctx, sent, before, lambda e: True)
        if not named:
            continue
        heads = [t for t in ctx.tokens(sent) if t.i < before and t.dep_ != "conj" and t.conjuncts and ctx.mention(t) is not None]
        pairs = [found for t in heads if (found := _entities_of(ctx, t))]
        pair = pairs[-1] if pairs else named
        if len(pair) < 2 and sent.start == token.sent.start:
            continue  # "Turkey warned the latter": one actor before it in its sentence, the pair is earlier
        return [Referent(pair[_ORDERED[token.lower_]], 0.8)] if len(pair) == 2 else []
    return []


def local_pair(ctx: _Context, token: Token) -> list[Entity]:
    """The two countries a collective word stands for at ``token``, or nothing.

    The sides of the last meeting stated before the word's sentence ("Ana Sol spoke with Sudia's
    minister ... The two reviewed bilateral cooperation": her country and Sudia), each person
    counted for the country they serve; with no meeting before it, the article's pair: the two
    countries its headline names, else the two it mentions most. After a meeting of three or
    more countries, or with a side of no known country: nothing.
    """
    start = token.sent.start_char
    meetings = [e for e in ctx.events if e.evidence.start < start and e.predicate.category == "CONSULT" and e.predicate.name in _RECIPROCAL | {"mediates"}]
    if meetings:
        last = [e for e in meetings if e.evidence.start == meetings[-1].evidence.start]
        mediated = {e.object.key: e.object for e in last if e.predicate.name == "mediates"}
        if len({e.subject.key for e in last if e.predicate.name == "mediates"}) == 1 and len(mediated) == 2:
            # "X offered to mediate between Y and Z. ... both sides": the two sides mediated between
            last = [e for e in last if e.predicate.name != "mediates"]
            if not last:
                # (a person counted for the state they serve; an armed group or a body stays itself)
                found = [e if e.type is EntityType.ORGANIZATION else _country_of(ctx, e) for e in mediated.values()]
                sides = {c.key: c for c in found if c is not None}
                return list(sides.values()) if len(sides) == 2 else []
        sides = {c.key: c for e in last for c in (_country_of(ctx, e.subject), _country_of(ctx, e.object)) if c is not None}
        if len(sides) == 2 and all(_country_of(ctx, x) is not None for e in last for x in (e.subject, e.object)):
            return list(sides.values())
        return []  # a meeting of three, or with a side of no known country: "both sides" is no pair we know
    pair = [c for c in ctx.dyad if c]
    return pair if len(pair) == 2 else []


def _country_of(ctx: _Context, entity: Entity) -> Entity | None:
    """A country itself, or the country a person, force or national institution acts for; None for others (a topic, the UN)."""
    if entity.type is EntityType.COUNTRY:
        return entity
    return ctx.country(entity.country) if entity.type in _ACTOR_TYPES else None


def _owned_organ(ctx: _Context, token: Token) -> list[Referent]:
    """'its foreign ministry', 'their troops', 'his government': an organ of the state a pronoun names.

    Only nouns of a state's government, forces or offices ("their students" or "its support" are
    not), and only as the one who acts (subject or "by" agent): "recalled its ambassador" is the
    actor's own envoy, not a second party.
    """
    owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES]
    if not owners or not _acting(token) or token.lemma_.lower() in _CIVILIANS:
        return []
    lemma = token.lemma_.lower()
    words = {lemma, *(c.lemma_.lower() for c in token.children if c.dep_ == "compound")}
    if not (sector_nouns().get(lemma) in _STATE_SECTORS or words & _OFFICES):
        return []
    found: list[Referent] = []
    for owner in refer(ctx, owners[0]):
        entity = owner.entity
        if entity.type is EntityType.PERSON and lemma not in _OFFICES:
            entity = ctx.country(entity.country) or entity  # "his government": the person's country
        found.append(Referent(entity, owner.score))
    return found


def _envoy_country(ctx: _Context, token: Token) -> list[Referent]:
    """'Norland expelled the ambassador', 'summoned the envoy': the country the envoy serves.

    The nearest earlier phrase with the same noun and a country ("Sudia's ambassador", "the
    Sudian envoy"); else, when the clause's subject is one side of the article's pair, the other
    side. An envoy with a country or owner of its own ("its ambassador", "an envoy") is not resolved.
    """
    lemma = token.lemma_.lower()
    if lemma not in _ENVOYS or token.dep_ not in ("dobj", "nsubjpass"):
        return []
    children = list(token.children)
    if any(c.dep_ in ("poss", "amod", "compound", "prep") for c in children) or not any(c.lower_ == "the" for c in children):
        return []
    for earlier in reversed(ctx.doc[: token.sent.start]):
        if earlier.lemma_.lower() != lemma:
            continue
        owners = [m.entity for c in earlier.children if c.dep_ in ("poss", "amod", "compound") and (m := ctx.mention(c)) and m.entity.type is EntityType.COUNTRY]
        if owners:
            return [Referent(owners[0], 0.8)]
    actor = _subject_country(ctx, token.head)
    pair = [c for c in ctx.dyad if c]
    if actor is None or len(pair) != 2 or actor.key not in {c.key for c in pair}:
        return []
    return [Referent(c, 0.8) for c in pair if c.key != actor.key]


def _event_actor(ctx: _Context, token: Token) -> list[Referent]:
    """'Sudia accused Norland of spying. Norland rejected the accusations.': the one who did the earlier act.

    A definite noun describing an event ("the move", "the decision", "the measure", "these
    accusations", "the sanctions", or a noun the lexicon reads as an act on its own: "the invasion",
    "the blockade") as the object of a verb stands for the actor of the nearest
    earlier statement of a fitting category, in the three previous sentences: the accuser for
    "the accusations", whoever acted for "the move". Two different actors there compete: nothing.
    "The incident" looks back over the whole article, and only when all its earlier acts of force
    are one actor's. The reasons given for an act ("rejected the pretexts") are its actor's.
    """
    # a noun of the lexicon that names an act on its own stands for an earlier act of its kind ("the invasion", "the blockade")
    categories = _DESCRIPTIONS.get(token.lemma_.lower()) or ctx.noun_categories.get(ctx.lemmas[token.i])
    causes = token.dep_ == "nsubj" and token.head.lemma_.lower() in _DISMAYED | _HEARTENED and any(c.dep_ == "dobj" for c in token.head.children)
    if categories is None or (token.dep_ not in ("dobj", "nsubjpass") and not causes):
        return []  # (and "the move angered Y": the subject of a feeling caused)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) or any(c.dep_ in ("poss", "prep") for c in token.children):
        return []
    lemma = token.lemma_.lower()
    earliest = _previous_sentences(ctx, token, _EVENT_WINDOW)
    if not earliest:
        return []
    start, end = (0 if lemma in _ARTICLE_EVENTS else earliest[-1].start_char), token.sent.start_char
    fitting = [s for s in ctx.events if start <= s.evidence.start < end and s.predicate.category in categories]
    if not fitting:
        return []
    if lemma in _ARTICLE_EVENTS:
        # "the incident" may look back to the lead: every fitting act so far must be one actor's
        return _only(list({s.subject.key: s.subject for s in fitting}.values()), 0.75)
    nearest = fitting[-1].evidence.start
    events = [s for s in fitting if s.evidence.start == nearest]
    if events[0].predicate.name in _RECIPROCAL:
        if len({(s.subject.key, s.object.key) for s in events}) > 1:
            return []  # two deals in that sentence compete
        # "the deal" of a symmetric act stands for both parties
        parties = {e.key: e for s in events for e in (s.subject, s.object) if e.type in _ACTOR_TYPES}
        return [Referent(e, 0.75) for e in parties.values()] if len(parties) == 2 else []
    return _only(list({s.subject.key: s.subject for s in events}.values()), 0.75)  # two actors there compete


def earlier_meeting_sides(ctx: _Context, token: Token) -> list[Entity]:
    """'Sudia and Norland held talks. The talks were hosted by Lakeland.': the sides of the nearest earlier meeting a
    definite noun of talks stands for, in the previous sentences (``_EVENT_WINDOW``); two meetings in that sentence
    compete, and a meeting of one side or of three gives nothing."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) or any(c.dep_ in ("poss", "prep") for c in token.children):
        return []
    earliest = _previous_sentences(ctx, token, _EVENT_WINDOW)
    if not earliest:
        return []
    start, end = earliest[-1].start_char, token.sent.start_char
    meetings = [s for s in ctx.events if start <= s.evidence.start < end and s.predicate.name in _RECIPROCAL and s.predicate.category == "CONSULT"]
    if not meetings:
        return []
    nearest = [s for s in meetings if s.evidence.start == meetings[-1].evidence.start]
    sides = {e.key: e for s in nearest for e in (s.subject, s.object) if e.type in _ACTOR_TYPES}
    return list(sides.values()) if len(sides) == 2 and len({(s.subject.key, s.object.key) for s in nearest}) == 1 else []


#: Categories of the acts an answer with no target of its own answers ("vowed to retaliate", "hit back").
_ANSWERED = {"ASSAULT", "COERCE", "SANCTION"}


def answered_doers(ctx: _Context, verb: Token, subjects: list[Entity]) -> tuple[list[Entity], str | None]:
    """'Norland imposed sanctions on Sudia. Sudia vowed to retaliate.': who did the hostile act an answer with no target
    of its own answers, the doer of the nearest earlier attack, coercion or sanction against one of the answering
    subjects (the subject itself or its country) in the two previous sentences, with the category of that act. Two
    doers there compete: nothing."""
    previous = _previous_sentences(ctx, verb, 2)
    if not previous:
        return [], None
    keys = {e.key for e in subjects} | {e.country for e in subjects if e.country}
    start, end = previous[-1].start_char, verb.sent.start_char
    fitting = [
        s for s in ctx.events
        if start <= s.evidence.start < end and s.predicate.category in _ANSWERED and s.subject.type in _ACTOR_TYPES
        and (s.object.key in keys or (s.object.country in keys and s.object.type is not EntityType.PERSON))
        and s.subject.key not in keys and (s.subject.country is None or s.subject.country not in keys)
    ]
    if not fitting:
        return [], None
    nearest = [s for s in fitting if s.evidence.start == fitting[-1].evidence.start]
    doers = list({s.subject.key: s.subject for s in nearest}.values())
    return (doers, nearest[-1].predicate.category) if len(doers) == 1 else ([], None)


def _denied_claim(ctx: _Context, token: Token) -> list[Referent]:
    """'Sudia accused Norland of spying. Norland denied it.': a denied "it", "this" or "that" is the claimant's.

    The nearest charge, demand or threat stated in the previous sentence, made by one actor; two
    claimants there, or no claim ("Norland signed a deal. Sudia rejected it."), leave the pronoun
    unresolved.
    """
    previous = _previous_sentences(ctx, token, 1)
    if not previous:
        return []
    start, end = previous[0].start_char, token.sent.start_char
    fitting = [s for s in ctx.events if start <= s.evidence.start < end and s.predicate.category in _CLAIMS]
    if not fitting:
        return []
    nearest = fitting[-1].evidence.start
    return _only(list({s.subject.key: s.subject for s in fitting if s.evidence.start == nearest}.values()), 0.75)


# ------------------------------------------------------------------ helpers
def _addressed(token: Token) -> bool:
    """Whether a noun is a verb's direct object or the object of a verb's preposition other than "between"."""
    if token.dep_ == "dobj":
        return token.head.pos_ in ("VERB", "AUX")
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ != "between" and prep.head.pos_ in ("VERB", "AUX")


def _acting(token: Token) -> bool:
    """Whether a noun is the one who acts in its clause: a subject (or its conjunct) or a "by" agent."""
    node = first_conjunct(token)
    return node.dep_ == "nsubj" or (node.dep_ == "pobj" and node.head.lower_ == "by")


def _is_person(entity: Entity) -> bool:
    return entity.type is EntityType.PERSON


def _is_country(entity: Entity) -> bool:
    return entity.type is EntityType.COUNTRY


def _is_state(entity: Entity) -> bool:
    return entity.type in (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.SECTOR_ACTOR)


def _only(found: list[Entity], score: float) -> list[Referent]:
    """The one candidate, or nothing when two compete."""
    return [Referent(found[0], score)] if len(found) == 1 else []


def _candidates(ctx: _Context, sent: Span, before: int, fits: Callable[[Entity], bool]) -> list[Entity]:
    """Distinct actors that fit, named in ``sent`` before token ``before`` and not in a place phrase."""
    found: dict[str, Entity] = {}
    for token in ctx.tokens(sent):
        if token.i >= before:
            break
        m = ctx.mention(token)
        if m is None or m.entity.type not in _ACTOR_TYPES or not fits(m.entity):
            continue
        if _in_place_phrase(token) or ctx.in_title(token) or in_dateline(token):
            continue
        found.setdefault(m.entity.key, m.entity)
    return list(found.values())


#: Dashes that end a dateline ("NORTOWN, May 2 (Wire) - ...").
_DATELINE_DASHES = {"-", "--", "\u2013", "\u2014"}
#: How far into its sentence a dateline's dash may stand ("NORTOWN, Sudia, May 2 (Wire Service) -").
_DATELINE_REACH = 12


def in_dateline(token: Token) -> bool:
    """Whether a word is part of the dateline that opens its sentence: "NORTOWN, May 2 (Wire) - X said" (the place,
    the date and the wire service name no one the story's pronouns stand for: "NORTOWN, May 2 (Wire) - X put its
    troops on alert", "its" is X's, never the wire's). A dateline is the words before a free-standing dash near the
    start of the sentence (not the hyphen of "Norland-backed"), with a comma or a bracket among them, no verb, no
    bracket left open ("Ana Sol (May 2, 1901 - 1980) was ..." gives a person's dates), and ending in the wire's
    bracket or a date, or opening with a place in capitals ("Norland, Sudia and Y - all members of the bloc -
    signed ..." is an aside)."""
    sent = token.sent
    doc = token.doc
    for dash in doc[sent.start : min(sent.end, sent.start + _DATELINE_REACH)]:
        if dash.text in _DATELINE_DASHES and dash.i > sent.start and dash.whitespace_ and doc[dash.i - 1].whitespace_:
            line = doc[sent.start : dash.i]
            last, first = doc[dash.i - 1], doc[sent.start]
            return (token.i < dash.i and any(t.text in (",", "(") for t in line) and not any(t.pos_ in ("VERB", "AUX") for t in line)
                    and sum(t.text == "(" for t in line) == sum(t.text == ")" for t in line)
                    and (last.text == ")" or last.like_num or last.ent_type_ == "DATE" or (first.is_upper and len(first.text) > 1)))
    return False


def _in_place_phrase(token: Token) -> bool:
    """Whether a name is (part of) the object of a place preposition: "in Lima", "at the Sudian border"."""
    node = token
    while node.dep_ in ("compound", "amod", "poss", "flat", "nmod") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _PLACE_PREPS


def _previous_sentences(ctx: _Context, token: Token, count: int) -> list[Span]:
    """Up to ``count`` sentences before the one holding ``token``, nearest first."""
    found: list[Span] = []
    start = token.sent.start
    while start > 0 and len(found) < count:
        sent = ctx.doc[start - 1].sent
        found.append(sent)
        start = sent.start
    return found


def _main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main clause, active or passive ("Norland was criticized"), if any; the name in
    apposition to a title the parse makes the subject ("Kenya's President William Ruto arrived": Ruto). The token only,
    by the recogniser's label: the actors it names, with a resolved holder in an office's apposition, are
    :func:`_subject_people`'s."""
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    named = [c for c in subjects[0].children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return named[0] if len(named) == 1 and subjects[0].ent_type_ != "PERSON" else subjects[0]


def _unknown_before(ctx: _Context, token: Token) -> bool:
    """Whether a clause governing the pronoun has a subject before it that is a name we do not know.

    "Ana Sol, who said he ...": "Ana Sol" is the likelier antecedent even unresolved, so no
    earlier sentence is searched.
    """
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c.pos_ == "PROPN" and _unknown_name(ctx, c)
        for verb in _governing_verbs(token)
        for c in verb.children
    ) or any(a.pos_ == "PROPN" and a.i < token.i and _unknown_name(ctx, a) for a in token.ancestors if a.pos_ in ("NOUN", "PROPN"))


def _subject_people(ctx: _Context, head: Token) -> list[Entity]:
    """The actors a subject names, with the person an office's apposition names ("Y's foreign minister, Ana Sol, said":
    the office and its holder are one subject): of any subject token, the main one of :func:`_main_subject` or a
    governing clause's."""
    named = [e for c in head.children if c.dep_ == "appos" for e in _entities_of(ctx, c, conjuncts=False) if _is_person(e)]
    return [*_entities_of(ctx, head), *named] if named and head.pos_ == "NOUN" else _entities_of(ctx, head)


def _unknown_name(ctx: _Context, head: Token) -> bool:
    """Whether a subject is a name or an office that resolves to no person ("Minister Ana Sol", "the spokesman"); an
    office whose apposition names a known person is that person ("Y's president, Ana Sol, arrived")."""
    if any(_is_person(e) for e in _subject_people(ctx, head)):
        return False
    return (head.pos_ == "PROPN" and ctx.mention(head) is None) or head.lemma_.lower() in _OFFICES or _office_country(ctx, head) is not None


def _entities_of(ctx: _Context, head: Token, conjuncts: bool = True) -> list[Entity]:
    """Distinct actors named in the core of a noun phrase and, unless ``conjuncts`` is false, its conjuncts
    ("Norland's navy and Sudia")."""
    found: dict[str, Entity] = {}
    for conj in (head, *head.conjuncts) if conjuncts else (head,):
        for token in _core(conj):
            m = ctx.mention(token)
            if m is not None and m.entity.type in _ACTOR_TYPES:
                found.setdefault(m.entity.key, m.entity)
    return list(found.values())


def _core(head: Token) -> list[Token]:
    """The tokens of a noun phrase without its prepositional, clausal and coordinated branches."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in _NOT_CORE:
            tokens += _core(child)
    return tokens


def _governing_verbs(token: Token) -> list[Token]:
    """The verbs above a token, nearest first."""
    return [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")]


def _subject_country(ctx: _Context, verb: Token) -> Entity | None:
    """The country of the subject of ``verb`` (or of the verb it is coordinated with or reports)."""
    for node in (verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            found = _entities_of(ctx, subjects[0]) or [r.entity for r in refer(ctx, subjects[0])]
            if len(found) != 1:
                return None
            entity = found[0]
            return entity if entity.type is EntityType.COUNTRY else ctx.country(entity.country)
    return None
