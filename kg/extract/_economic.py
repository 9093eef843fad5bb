"""Economic and partnership constructions of ``patterns.v1`` (private): sides the general argument rules read the
wrong way round, or not at all.

* a debt restructured or rescheduled that is the subject's own names its creditor as the giver: "X restructured its
  debt with Y", "X rescheduled its loans from Y", "X agreed with Y to restructure its debt", "X's debt restructuring
  with Y" (Y eases X's debt: CAMEO 071, PETRARCH2 "RESTRUCTURE * DEBT"; ``own_debt_creditors``,
  ``restructuring_sides``). Another's debt keeps its order: "Y wrote off X's debt", "Y restructured its loans to X"
  (Y's loans, lent to X), and so does a write-off, which only a creditor makes ("Y wrote off its debt with X");
* money given to a bank or a fund of many members is a share in it, no aid to it: "X is the largest donor to the
  Asian Development Bank" (participatesIn, as "the largest contributor to Y" is; ``pooled_funds``);
* a partner of a state cooperates with it: "X is a key partner of Y", "X, Y's closest partner,", "X and Y are
  partners" (cooperatesWith, besides partnerIn's project; ``partner_ties``); "partners in crime" state nothing
  (``figurative_partners``).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract._arguments import Arg, _actors
from kg.extract._context import _Context
from kg.extract._words import _INTERNATIONAL_BODIES, _LINKING, _PORTIONS
from kg.model import EntityType

#: Verbs of easing a debt that either side may be said to do (the lexicon's debt-relief entry, CAMEO 071): a debtor
#: restructures or reschedules its debt with its creditor. Writing off, forgiving, cancelling and waiving are the
#: creditor's alone ("Y wrote off its loans to X", "Y forgave its debt with X": Y gives either way).
_EASING = frozenset({"restructure", "reschedule"})
#: Names of what a debtor owes (WordNet 3.0 debt n.1, arrears n.1, liability n.2): its owner is the debtor.
_DEBTS = frozenset({"debt", "arrear", "arrears", "repayment", "obligation", "liability", "borrowing"})
#: Names of money lent (WordNet 3.0 loan n.1, credit n.2): its owner borrowed it, unless it went "to" another
#: ("Y's loans to X" are Y's as the lender).
_LOANS = frozenset({"loan", "credit"})
#: Possessive pronouns that stand for the clause's own subject.
_OWN = frozenset({"its", "their", "our"})
#: Prepositions that name a creditor of a debt ("its debt with (to, owed to) Y", "its loans from Y").
_CREDITOR_PREPS = frozenset({"with", "to", "from"})
#: Verbs whose "with" names the other party of a deal to ease the debt ("agreed with Y to restructure ...").
_DEALING = frozenset({"agree", "reach", "strike", "sign", "negotiate", "conclude", "seal", "work"})


def _eased_debt(verb: Token) -> Token | None:
    """The debt a verb of easing eases as its direct object, read through a share ("90 percent of its debt").

    Example: "X restructured its debt with Y" -> "debt"; "X restructured 90 percent of its loans" -> "loans".
    """
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        if obj.lemma_.lower() in _PORTIONS:
            obj = next((p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"), obj)
        if obj.lemma_.lower() in _DEBTS | _LOANS or obj.lower_ in _DEBTS:
            return obj
    return None


def _owned_by_subject(ctx: _Context, debt: Token, subjects: list[Arg]) -> bool:
    """Whether a debt belongs to the clause's subject: "its debt", "their loans", "X's debt" with X the subject."""
    for owner in debt.children:
        if owner.dep_ != "poss":
            continue
        if owner.lower_ in _OWN:
            return True
        keys = {a.entity.key for a in _actors(ctx, owner, 0.9)}
        return bool(keys) and keys <= {s.entity.key for s in subjects}
    return False


def _creditor_phrases(verb: Token, debt: Token) -> list[Token]:
    """The objects of the phrases that may name a debt's creditor: on the verb, on the debt and on a participle of
    owing after it ("its debt owed to Y"), and the "with" of a deal the easing is the purpose or the content of
    ("agreed with Y to restructure ...", "reached a deal with Y to reschedule ...")."""
    loan = debt.lemma_.lower() in _LOANS
    preps = _CREDITOR_PREPS - {"to"} if loan else _CREDITOR_PREPS
    holders = [(t, preps) for t in (verb, debt, *(c for c in debt.children if c.dep_ == "acl"))]
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _DEALING:
        deal = verb.head
        holders += [(t, frozenset({"with"})) for t in (deal, *(c for c in deal.children if c.dep_ == "dobj"))]
    found: list[Token] = []
    for holder, named in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in named:
                found += [p for p in prep.children if p.dep_ == "pobj"]
    return found


def own_debt_creditors(ctx: _Context, verb: Token, subjects: list[Arg]) -> tuple[list[Arg], list[Arg]] | None:
    """The giver and the receiver of a debt eased that is the subject's own: its creditors give, the subject receives.

    "X restructured its debt with Y", "X rescheduled its loans from Y", "X agreed with Y to restructure its debt",
    "X wrote off 90 percent of its debt owed to Y" -> ([Y], [X]). None when the debt is not the subject's ("Y wrote
    off X's debt", "Y restructured its loans to X": Y lent them), when no debt is eased, when the verb is the
    creditor's alone ("Y wrote off its debt with X") and when the debt names no creditor ("X restructured its debt").
    """
    if verb.lemma_.lower() not in _EASING or not subjects:
        return None
    debt = _eased_debt(verb)
    if debt is None or not _owned_by_subject(ctx, debt, subjects):
        return None
    own = {s.entity.key for s in subjects}
    creditors = [Arg(a.entity, a.score, "from") for p in _creditor_phrases(verb, debt) for a in _actors(ctx, p, 0.9) if a.entity.key not in own]
    return (creditors, list(subjects)) if creditors else None


#: Nouns of a debt eased that either side may be said to make ("a debt restructuring with Y").
_EASING_NOUNS = frozenset({"restructuring", "rescheduling"})


def restructuring_sides(ctx: _Context, noun: Token, objects: list[Arg]) -> tuple[list[Arg], list[Arg]] | None:
    """The giver and the receiver of a debt restructuring named by its noun with a partner ("with", "from").

    The owner of the restructuring (or of the deal it names) is the debtor, the partner the creditor: "X's debt
    restructuring with Y", "X's debt rescheduling deal with Y" -> ([Y], [X]). Without an owner, whose debt it is the
    noun does not say ("X completed a debt restructuring with Y": either may be the creditor): ([], []), nothing. None
    for another noun, or one with no partner ("debt restructuring for Y": the lexicon's own reading).
    """
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]  # "a debt restructuring deal with Y"
    if not any(w.lemma_.lower() in _EASING_NOUNS or w.lower_ in _EASING_NOUNS for w in words):
        return None
    partners = [o for o in objects if o.prep in ("with", "from")]
    if not partners:
        return None
    phrase = [*words, noun.head] if noun.dep_ == "compound" else words
    owners = [a for t in phrase for c in t.children if c.dep_ == "poss" for a in _actors(ctx, c, 0.9)]
    keys = {a.entity.key for a in owners}
    creditors = [Arg(p.entity, p.score, "from") for p in partners if p.entity.key not in keys]
    return (creditors, owners) if owners and creditors else ([], [])


#: Last words of the name of a body that pools its members' money to lend or grant it on (a development bank, a
#: monetary or a global fund, a financing facility): "the Asian Development Bank", "the International Monetary Fund",
#: "the Global Fund".
_POOLS = frozenset({"bank", "fund", "facility"})


def pooled_funds(objects: list[Arg]) -> list[Arg]:
    """The objects of an act of aid when every actor among them is a bank or a fund of many members, else none.

    Money given to such a body is a share in its pool, not aid to it (it lends or grants it on), so a donor to it
    takes part in it as a contributor to a body does: "X is the largest donor to the Asian Development Bank", "X gave
    $2 billion to the Global Fund" -> [the bank], [the fund]. An aid agency ("the World Food Programme") and a
    state keep their aid: "X is the largest donor to Y" -> [].

    >>> from kg.model import Entity, EntityType
    >>> bank = Arg(Entity("org/ADB", "Asian Development Bank", EntityType.ORGANIZATION), 0.9, "to")
    >>> [a.entity.label for a in pooled_funds([bank])]
    ['Asian Development Bank']
    >>> pooled_funds([bank, Arg(Entity("country/LKA", "Sri Lanka", EntityType.COUNTRY), 0.9, "to")])
    []
    """
    actors = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if actors and all(o.entity.type is EntityType.ORGANIZATION and o.entity.label.split()[-1].lower() in _POOLS for o in actors):
        return actors
    return []


#: Sides a partner noun relates: states, their governments and forces, and international bodies (an organisation
#: of no state, a firm or a party, and a person's partner are left alone: "the firm's partner", "Macron's partner").
_STATE_SIDES = frozenset({EntityType.COUNTRY, EntityType.SECTOR_ACTOR})
#: Compounds that make a partner one of a trade, a pastime or a party at home, not of a state: "business partner",
#: "coalition partner" (parties), "sparring partner", "dance partner", "life partner", "law partner".
_PRIVATE_PARTNERS = frozenset({"business", "coalition", "sparring", "dance", "dancing", "life", "law", "tennis", "golf", "romantic", "domestic"})
#: Objects of "in" that make partners an idiom of blame or mischief ("partners in crime"), no standing tie.
_IDIOMS = frozenset({"crime", "mischief"})


def figurative_partners(noun: Token) -> bool:
    """Whether a partner noun is an idiom of blame: "X and Y are partners in crime" (no tie, no project)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in _IDIOMS for p in c.children if p.dep_ == "pobj") for c in noun.children)


def _side(arg: Arg) -> bool:
    """Whether an argument may be a side of a partnership: a state, a state's actor or an international body."""
    ent = arg.entity
    return ent.type in _STATE_SIDES or (ent.type is EntityType.ORGANIZATION and ent.role in _INTERNATIONAL_BODIES)


def partner_ties(noun: Token, subjects: list[Arg], objects: list[Arg], holders: list[Arg]) -> list[tuple[Arg, Arg]]:
    """The pairs of states a partner noun ties together (cooperatesWith; PETRARCH2 PARTNER "* WITH" 060, WordNet 3.0
    partner n.1 "a person's associate in an activity or endeavour").

    The partner is the copula's subject, the apposition or the member listed (``holders``), or the noun's subject as the
    general rules read it; the other side is the noun's "of" or "for" object or its owner: "X is a key partner of Y"
    (in the reconstruction effort), "X remains a reliable partner for Y", "Y's partner X", "X, Y's closest partner,",
    "Y's partners, including X"; coordinated subjects of a copula are each other's: "X and Y are partners". A partner
    in a thing alone ("X is a partner in the project") ties no states (the thing is partnerIn's), nor a trade, a pastime
    or a party's partner ("X's coalition partner"), nor a person's ("Macron's partner").
    """
    if noun.lemma_.lower() != "partner" or any(c.dep_ == "compound" and c.lemma_.lower() in _PRIVATE_PARTNERS for c in noun.children):
        return []
    owned = any(c.dep_ == "poss" for c in noun.children)
    others = [o for o in objects if o.prep in ("of", "for") and not o.inner]
    partners = list(subjects)
    if owned and holders:
        others, partners = others + list(subjects), holders  # "Y's partner X", "Y's partners, including X"
    elif owned:
        return []  # "Y's partners sent aid": who they are is not said
    pairs: list[tuple[Arg, Arg]] = []
    if others:
        pairs = [(p, o) for p in partners for o in others]
    elif len(partners) >= 2 and noun.dep_ == "attr" and noun.head.lemma_.lower() in _LINKING:
        pairs = [(a, b) for i, a in enumerate(partners) for b in partners[i + 1:]]  # "X and Y are partners"
    return [(a, b) for a, b in pairs if a.entity.key != b.entity.key and _side(a) and _side(b)]
