"""The relation lexicon: trigger words mapped to predicates (data in ``kg/data/lexicon.yaml``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from kg.errors import LexiconInvalid, UnknownPredicate
from kg.model import Modality, Predicate, content_hash
from kg.vocab import EVENT_CATEGORIES, goldstein, predicate

KINDS = ("verbs", "nouns", "adjectives")
#: Second words of a two-word noun trigger that are the noun's preposition, not a modifier before it ("call for",
#: "agreement between", "part of").
_NOUN_PREPS = {"for", "against", "with", "into", "on", "between", "at", "of", "to"}
#: Prepositions, which complete no crowd's verb: "march against" is no verb with its object (a particle of leaving does:
#: "chase away").
_NOT_OBJECTS = _NOUN_PREPS | {"in", "up", "down", "back", "by", "from", "outside", "behind", "through"}


def _crowd_form(verb: str) -> bool:
    """Whether a trigger may be a crowd's (``crowd: true``): a bare verb ("march"), a verb with its object ("loot
    shop|shops") or its particle of driving away ("chase away|off"), not a verb with a preposition ("march against").

    >>> _crowd_form("march"), _crowd_form("loot shop|shops"), _crowd_form("chase away|off"), _crowd_form("march against")
    (True, True, True, False)
    """
    words = verb.split()
    return len(words) == 1 or (len(words) == 2 and not set(words[1].split("|")) & _NOT_OBJECTS)
#: Entity types an ``object_type`` may name.
_OBJECT_TYPES = {"Country", "Organization", "Person", "SectorActor"}
#: Fields of a lexicon entry that are flags: YAML booleans (``true``/``false``) only, not strings or numbers.
_FLAGS = ("pair", "direct_object", "armed", "alongside", "holder", "undergone", "third_party", "crowd")
#: Where the ground of a ``ground`` trigger stands: its direct object ("took the town from Y") or the "out of" / "from"
#: phrase ("drove Y out of the town"); for ground occupied, its subject ("Y fell to X") or its direct object with no
#: adversary ("X captured Y").
_GROUND_SHAPES = ("object", "out", "fallen", "seized")


@dataclass(frozen=True)
class Trigger:
    """One trigger of the lexicon.

    Attributes:
        predicate: what the trigger means.
        kind: ``verb``, ``noun`` or ``adjective``.
        lemma: the head word's lemma.
        extra: for verbs, alternatives for the required particle, preposition,
            direct object or object of a preposition ("call on", "sever
            ties|relations", "deploy border"); for nouns, required modifiers
            ("diplomatic relation"), or the noun's preposition ("call for").
        prep_object: for three-word verb triggers ("deploy to border|frontier"),
            alternatives for the object of the preposition given in ``extra``.
        cameo: CAMEO code of the trigger.
        goldstein: Goldstein value of that code.
        modality: a modality the trigger forces, if any.
        pair: "X and Y <trigger>" relates X and Y to each other.
        weight: how much the lexicon trusts the trigger (0..1, multiplies the confidence).
        negated_as: the predicate a negated use means ("will never accept" → rejects).
        silent_when_negated: a negated use states nothing (not ruling something out is no rejection).
        needs_complement: the verb must have a clausal complement ("called on X to comply",
            not "called on the Prime Minister").
        complement_verbs: when given, the clausal complement's verb must be one of these lemmas
            ("told the envoy to leave" is an expulsion, "told the envoy that ..." is not).
        category: the PLOVER category of the trigger's CAMEO code when it is not its predicate's
            (CAMEO2PLOVER files 084 "return, release" and 085 "ease economic sanctions" under
            RETREAT, though they are concessions): the statement is coded in it.
        armed: the trigger is an act of force only in an armed contest: a side is an armed force
            or an armed group, the act is placed in a battle ("routed the militia", "defeated Y in
            the battle for the town"), or a word of combat qualifies a noun ("a ground operation
            against Y"); not on the sports pages ("defeated Y in the final") nor in advocacy ("the
            campaign against corruption").
        needs_object: the verb must have a direct object ("helped Moldova", not "helped
            support a cause").
        object_type: the trigger holds only when an object is an entity of this type, named
            by the object itself (not inside it): "joined NATO" is membership, "joined the
            NATO mission" participation. When it does not hold, the next trigger on the same
            word is read instead.
        object_preps: prepositions, besides those of the predicate, that may introduce the
            object ("extradited suspects to X" for a symmetric predicate, "the fight against X").
        alongside: the trigger's statements are read besides those of the next trigger on the same
            word, not instead of them ("X agreed with Y on Z": an agreement between X and Y, and X's
            commitment to Z; "X fought alongside Y against Z": X's cooperation with Y, and its fight with Z).
        coordinated: the predicate that coordinated subjects of the trigger stand in to each other when
            no partner is named, read besides the trigger's own statements ("X and Y reached a deal on
            Z": X signsAgreementWith Y, and each agreesTo Z); a directed one holds both ways ("X and Y
            traded accusations").
        partner_preps: the prepositions of the verb's own that name its partner; whatever else the verb
            takes (its direct object, the phrases inside it, its clausal complement) is what is talked
            about, never a party ("discussed Y with Z": Z is the partner, Y the subject matter).
        undergone: the verb's subject undergoes the act, done by the owner of its object ("X intercepted Y's missile":
            Y attacks X).
        holder: the noun names the one who holds the relation ("a backer", "a supporter"): its owner, a possessive
            or a modifier ("Y's backer", "the Y backers"), is the other side, not its agent as it is of an act ("Y's
            support").
        ground: the verb is an act of force only on ground taken from an adversary (CAMEO 19), who is its
            object: ``object`` when the ground is the direct object and the adversary the "from" phrase
            ("retook the town from Y"), ``out`` when the adversary is the direct object and the ground the
            "out of" or "from" phrase ("drove Y out of the town"); both sides a state or an armed force
            (``kg/extract/_ground.py``). When the ground is missing, the next trigger on the word is read.
            Ground occupied (CAMEO 192), the country it lies in the object: ``fallen`` when the ground is the
            subject and the taker the "to" / "into the hands of" / "under the control of" phrase ("Y fell to
            X"), ``seized`` when the ground is the direct object and no adversary is named ("X captured Y").
        third_party: the verb's subject arranges its object, an event between others, and the event's sides are
            its objects: the trigger holds only when those sides are named apart from the subject ("X hosted talks
            between Y and Z", "talks between Y and Z hosted by X", "in talks hosted by X, Y and Z agreed ...");
            else the next trigger on the word is read ("X hosted talks with Y": X is a party; "X hosted the
            talks": no sides). The event's own noun is read besides ("the talks between Y and Z": Y meets Z).
        crowd: the bare verb (or the verb with its object: "loot shop|shops") holds only when its subject is a crowd of protest ("anti-Y protesters marched in X",
            "thousands rallied outside the Y embassy"; ``kg.extract._constructions.crowd_protest``), and only where no
            trigger the verb's words complete is read ("students demonstrated in solidarity with Y" keeps its own
            reading); it is read instead of a later bare trigger on the word ("rally" alone: mobilizing). Else the
            next trigger on the word is read ("Y demonstrated its resolve").
    """

    predicate: Predicate
    kind: str
    lemma: str
    extra: tuple[str, ...]
    cameo: str | None
    goldstein: float
    modality: Modality | None
    pair: bool
    prep_object: tuple[str, ...] = ()
    weight: float = 1.0
    negated_as: Predicate | None = None
    silent_when_negated: bool = False
    needs_complement: bool = False
    needs_object: bool = False
    object_type: str | None = None
    object_preps: tuple[str, ...] = ()
    complement_verbs: tuple[str, ...] = ()
    category: str | None = None
    armed: bool = False
    alongside: bool = False
    coordinated: Predicate | None = None
    partner_preps: tuple[str, ...] = ()
    holder: bool = False
    undergone: bool = False
    ground: str | None = None
    third_party: bool = False
    crowd: bool = False

    @property
    def size(self) -> int:
        """Number of words: longer triggers win over shorter ones on the same head."""
        if self.kind == "noun":
            return 1 + len(self.extra) + 2 * int(bool(self.prep_object))
        if self.ground is not None:
            return 3  # the verb, its ground and its adversary's phrase ("retook the town from Y")
        return 1 + int(bool(self.extra)) + int(bool(self.prep_object))


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed by head lemma, per part of speech."""

    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    adjectives: dict[str, tuple[Trigger, ...]]
    digest: str
    intents: dict[str, str | None] = field(default_factory=dict)
    intent_category: str = "AGREE"
    #: nouns read as their verb when their "of" object completes one of its triggers ("the severance of ties"
    #: is "sever ties"): noun lemma -> verb lemma (the ``deverbal`` table of a lexicon file)
    deverbal: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(len(v) for table in (self.verbs, self.nouns, self.adjectives) for v in table.values())

    def intent_code(self, cameo: str | None) -> str | None:
        """The "express intent" code (CAMEO 03x) of an intended act with CAMEO code ``cameo``, if it has one.

        The longest key of :attr:`intents` that starts ``cameo`` decides; a null value
        keeps the act's own code ("will sign an agreement" stays 057).
        """
        code = cameo or ""
        while code:
            if code in self.intents:
                return self.intents[code]
            code = code[:-1]
        return None


def _parse_trigger(
    text: str,
    kind: str,
    pred: Predicate,
    cameo: str | None,
    modality: Modality | None,
    pair: bool,
    weight: float = 1.0,
    negated_as: Predicate | None = None,
    silent: bool = False,
    complement: bool = False,
    needs_object: bool = False,
    object_type: str | None = None,
    object_preps: tuple[str, ...] = (),
    complement_verbs: tuple[str, ...] = (),
    category: str | None = None,
    armed: bool = False,
    alongside: bool = False,
    coordinated: Predicate | None = None,
    partner_preps: tuple[str, ...] = (),
    holder: bool = False,
    undergone: bool = False,
    ground: str | None = None,
    third_party: bool = False,
    crowd: bool = False,
) -> Trigger:
    words = text.lower().split()
    if kind == "nouns" and len(words) == 3 and words[1] in ("of", "on"):
        # "expulsion of diplomat|ambassador": the noun's "of" object must be one of the words; "restriction on
        # import|imports": its "on" object (the preposition is then the trigger's extra word)
        kind_name = "noun"
        return Trigger(
            pred, kind_name, words[0], () if words[1] == "of" else (words[1],), cameo, goldstein(cameo, pred.goldstein), modality, pair or pred.symmetric,
            tuple(words[2].split("|")), weight, negated_as, silent, complement, needs_object, object_type, object_preps, complement_verbs,
            category, armed, alongside, coordinated, partner_preps, holder, undergone, ground, third_party, crowd,
        )
    extra: tuple[str, ...]
    if kind == "nouns" and len(words) == 2 and words[1] in _NOUN_PREPS:
        # "call for": the noun with that preposition (or the marker of its for-to clause) as a dependent
        lemma, extra = words[0], (words[1],)
    elif kind == "nouns" and "-" in words[-1].strip("-"):
        # "sit-in", "walk-out": the tokenizer splits a hyphenated noun, and the parse hangs its first part on the
        # last as a compound, so the last part is the head and the first ones are required modifiers
        *first, lemma = words[-1].split("-")
        extra = tuple(words[:-1]) + tuple(w for w in first if w)
    elif kind == "nouns":
        lemma, extra = words[-1], tuple(words[:-1])
    else:
        lemma = words[0]
        extra = tuple(words[1].split("|")) if len(words) > 1 else ()
    prep_object = tuple(words[2].split("|")) if kind == "verbs" and len(words) > 2 else ()
    kind_name = {"verbs": "verb", "nouns": "noun", "adjectives": "adjective"}[kind]
    return Trigger(
        pred, kind_name, lemma, extra, cameo, goldstein(cameo, pred.goldstein), modality, pair or pred.symmetric, prep_object,
        weight, negated_as, silent, complement, needs_object, object_type, object_preps, complement_verbs, category, armed, alongside,
        coordinated, partner_preps, holder, undergone, ground, third_party, crowd,
    )


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Lexicon files shipped in ``kg.data``, read in this order (earlier files win on the same words).
SHIPPED = ("lexicon.yaml", "lexicon_petrarch.yaml", "lexicon_nouns.yaml")


def _intents(data: dict[str, object], origin: str) -> dict[str, str | None]:
    """The ``intents`` table of a lexicon file: CAMEO code of an act -> its "express intent" code, or null."""
    raw = data.get("intents") or {}
    if not isinstance(raw, dict):
        raise LexiconInvalid(f"{origin}: 'intents' must map CAMEO codes to CAMEO codes (or null)")
    table: dict[str, str | None] = {}
    for key, value in raw.items():
        code, intent = str(key).strip(), None if value is None else str(value).strip()
        if not code.isdigit() or (intent is not None and not intent.isdigit()):
            raise LexiconInvalid(f"{origin}: intents: {key!r}: {value!r}: CAMEO codes are digits, e.g. \"07\": \"033\"")
        table[code] = intent
    return table


def _deverbal(data: dict[str, object], origin: str) -> dict[str, str]:
    """The ``deverbal`` table of a lexicon file: noun lemma -> the verb lemma it names the act of."""
    raw = data.get("deverbal") or {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) and k.isalpha() and v.isalpha() for k, v in raw.items()):
        raise LexiconInvalid(f"{origin}: 'deverbal' must map nouns to verbs, e.g. severance: sever")
    return {k.lower(): v.lower() for k, v in raw.items()}


def _load(text: str, origin: str) -> dict[str, object]:
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise LexiconInvalid(f"{origin}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconInvalid(f"{origin}: expected a mapping with an 'entries' list")
    return data


def _flags(entry: dict[str, object], origin: str, number: int) -> dict[str, bool]:
    """The entry's flag fields (:data:`_FLAGS`), each false when absent (or null); ``holder: maybe`` or ``pair: "no"`` is
    refused (:class:`~kg.errors.LexiconInvalid` naming the file, the entry and the field), not read as true."""
    flags = {}
    for name in _FLAGS:
        value = False if entry.get(name) is None else entry[name]
        if not isinstance(value, bool):
            raise LexiconInvalid(f"{origin}: entry {number}: {name} must be true or false, not {value!r}")
        flags[name] = value
    return flags


def _entries(data: dict[str, object], origin: str) -> list[Trigger]:
    triggers = []
    entries = data["entries"]
    assert isinstance(entries, list)
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "predicate" not in entry:
            raise LexiconInvalid(f"{origin}: entry {number}: needs a 'predicate'")
        try:
            pred = predicate(str(entry["predicate"]))
        except UnknownPredicate as exc:
            raise LexiconInvalid(f"{origin}: entry {number}: {exc}") from None
        cameo = str(entry["cameo"]) if entry.get("cameo") else pred.cameo
        try:
            modality = Modality(entry["modality"]) if entry.get("modality") else None
        except ValueError:
            raise LexiconInvalid(f"{origin}: entry {number}: unknown modality {entry['modality']!r}") from None
        negated_as = None
        silent = str(entry.get("negated_as", "")).lower() == "none"
        if entry.get("negated_as") and not silent:
            try:
                negated_as = predicate(str(entry["negated_as"]))
            except UnknownPredicate as exc:
                raise LexiconInvalid(f"{origin}: entry {number}: negated_as: {exc}") from None
        weight = entry.get("weight", 1.0)
        if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
            raise LexiconInvalid(f"{origin}: entry {number}: weight must be a number in (0, 1], not {weight!r}")
        object_type = entry.get("object_type")
        if object_type is not None and object_type not in _OBJECT_TYPES:
            raise LexiconInvalid(f"{origin}: entry {number}: object_type must be one of {', '.join(sorted(_OBJECT_TYPES))}, not {object_type!r}")
        object_preps = entry.get("object_preps") or []
        if not isinstance(object_preps, list) or not all(isinstance(p, str) and p.isalpha() for p in object_preps):
            raise LexiconInvalid(f"{origin}: entry {number}: object_preps must be a list of prepositions, e.g. [to, against]")
        partner_preps = entry.get("partner_preps") or []
        if not isinstance(partner_preps, list) or not all(isinstance(p, str) and p.isalpha() for p in partner_preps):
            raise LexiconInvalid(f"{origin}: entry {number}: partner_preps must be a list of prepositions, e.g. [with]")
        flags = _flags(entry, origin, number)
        verbs = entry.get("verbs") or []
        if flags["third_party"] and (not verbs or entry.get("nouns") or entry.get("adjectives") or any(len(str(v).split()) != 2 for v in verbs)):
            # "host talk|talks": the arranged event is the verb's object
            raise LexiconInvalid(f"{origin}: entry {number}: third_party needs verb + object triggers only, e.g. verbs: ['host talk|talks']")
        if flags["crowd"] and (not verbs or entry.get("nouns") or entry.get("adjectives") or not all(_crowd_form(str(v)) for v in verbs)):
            # "march": the bare verb of a crowd; "loot shop|shops": a crowd's verb with its object
            raise LexiconInvalid(f"{origin}: entry {number}: crowd needs bare verb or verb + object triggers only, e.g. verbs: [march, 'loot shop|shops']")
        complement = False if entry.get("complement") is None else entry["complement"]
        if not isinstance(complement, (bool, list)) or isinstance(complement, list) and not all(isinstance(v, str) and v.isalpha() for v in complement):
            raise LexiconInvalid(f"{origin}: entry {number}: complement must be true or a list of verb lemmas, e.g. [leave, depart]")
        complement_verbs = tuple(v.lower() for v in complement) if isinstance(complement, list) else ()
        category = entry.get("category")
        if category is not None and category not in EVENT_CATEGORIES:
            raise LexiconInvalid(f"{origin}: entry {number}: category must be a PLOVER category ({', '.join(sorted(EVENT_CATEGORIES))}), not {category!r}")
        coordinated = None
        if entry.get("coordinated"):
            try:
                coordinated = predicate(str(entry["coordinated"]))
            except UnknownPredicate as exc:
                raise LexiconInvalid(f"{origin}: entry {number}: coordinated: {exc}") from None
        ground = entry.get("ground")
        if ground is not None and ground not in _GROUND_SHAPES:
            raise LexiconInvalid(f"{origin}: entry {number}: ground must be one of {', '.join(_GROUND_SHAPES)}, not {ground!r}")
        for kind in KINDS:
            for text_ in entry.get(kind) or ():
                triggers.append(
                    _parse_trigger(
                        str(text_), kind, pred, cameo, modality, flags["pair"], float(weight), negated_as, silent,
                        bool(complement), flags["direct_object"], object_type, tuple(p.lower() for p in object_preps),
                        complement_verbs, category, flags["armed"], flags["alongside"], coordinated,
                        tuple(p.lower() for p in partner_preps), flags["holder"], flags["undergone"], ground,
                        flags["third_party"], flags["crowd"],
                    )
                )
    return triggers


def _read_files(paths: Sequence[Path]) -> list[tuple[str, str]]:
    """Each user lexicon file's name and text."""
    texts = []
    for path in paths:
        try:
            texts.append((str(path), Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconInvalid(f"{path}: cannot read lexicon: {exc}") from None
    return texts


def _parsed(text: str, origin: str) -> tuple[list[Trigger], dict[str, str | None], dict[str, str]]:
    """A lexicon file's triggers, ``intents`` and ``deverbal`` tables (:class:`~kg.errors.LexiconInvalid` if malformed)."""
    data = _load(text, origin)
    return _entries(data, origin), _intents(data, origin), _deverbal(data, origin)


def check_lexicon_files(paths: Sequence[Path]) -> None:
    """Raise :class:`~kg.errors.LexiconInvalid` for a user lexicon file that :func:`load_lexicon` would refuse
    (it reads only these files, not the shipped ones)."""
    for origin, text in _read_files(paths):
        _parsed(text, origin)


def load_lexicon(extra_files: Sequence[Path] = ()) -> Lexicon:
    """Load the shipped lexicon plus any user lexicon files.

    Args:
        extra_files: YAML files in the same format; their entries are added
            (after the shipped ones: a shipped trigger that matches a token wins).

    Raises:
        LexiconInvalid: a file is malformed or names an unknown predicate.
    """
    texts = [(f"kg/data/{name}", resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")) for name in SHIPPED]
    texts += _read_files(extra_files)
    # Per head word: the curated lexicon's triggers first, then the mined ones, then user files;
    # within a file, longer triggers first. The first trigger that matches a token wins.
    tables: dict[str, dict[str, list[tuple[int, Trigger]]]] = {k: {} for k in ("verb", "noun", "adjective")}
    intents: dict[str, str | None] = {}
    deverbal: dict[str, str] = {}
    for rank, (origin, text) in enumerate(texts):
        triggers, file_intents, file_deverbal = _parsed(text, origin)
        for trigger in triggers:
            tables[trigger.kind].setdefault(trigger.lemma, []).append((rank, trigger))
        # the first file to code an act wins, as for triggers
        intents = {**file_intents, **intents}
        deverbal = {**file_deverbal, **deverbal}
    frozen = {
        k: {lemma: tuple(t for _, t in sorted(ts, key=lambda rt: (rt[0], -rt[1].size))) for lemma, ts in v.items()}
        for k, v in tables.items()
    }
    return Lexicon(frozen["verb"], frozen["noun"], frozen["adjective"], content_hash("".join(t for _, t in texts)), intents, deverbal=deverbal)
