"""Gender agreement of personal pronouns for the ``patterns.v1`` extractor ("he", "she", "his", "her").

What is known of a person's gender comes from the article itself, never from a list of names:

* a gendered title or office word next to a mention of the person ("Mr", "Mrs", "Ms",
  "King", "Queen", "Sir", "Dame", "spokeswoman"; "Prime Minister Mrs Sol");
* the office the resolver gave the person, when it is gendered ("queen", "chairman");
* a pronoun whose only possible antecedent is the person ("Ana Sol arrived. She said ...":
  every pronoun of the article then knows Ana Sol is "she"), read once per article, and any
  pronoun the discourse rules resolve with no other candidate. A title decides over a pronoun.

Conflicting evidence (two titles that disagree) leaves the gender unknown. :mod:`kg.extract._discourse`
drops candidates whose known gender disagrees with the pronoun, prefers the only one whose known
gender agrees (else the subject, if known to agree), and abstains when two candidates remain that
nothing orders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.model import Entity, EntityType

if TYPE_CHECKING:
    from kg.extract._context import _Context

_MALE_PRONOUNS = {"he", "his", "him", "himself"}
_FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
#: Titles and office words that say a person is a man.
_MALE_WORDS = {
    "mr", "sir", "lord", "king", "prince", "emir", "sheikh", "sultan", "duke", "archduke", "baron", "monsieur",
    "señor", "senor", "herr", "spokesman", "chairman", "congressman", "businessman", "statesman",
}
#: Titles and office words that say a person is a woman.
_FEMALE_WORDS = {
    "mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "sheikha", "sultana", "duchess",
    "archduchess", "baroness", "señora", "senora", "frau", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
}
#: How many words before a mention may hold its title ("Prime Minister Mrs Ana Sol").
_TITLE_REACH = 4


def pronoun_gender(token: Token) -> str | None:
    """'m' for "he"/"his", 'f' for "she"/"her", None for other words.

    >>> from spacy.lang.en import English
    >>> [pronoun_gender(t) for t in English()("She and he saw it")]
    ['f', None, 'm', None, None]
    """
    low = token.lower_
    return "m" if low in _MALE_PRONOUNS else "f" if low in _FEMALE_PRONOUNS else None


def person_gender(ctx: _Context, entity: Entity) -> str | None:
    """What the article says of a person's gender: 'm', 'f', or None when unknown or contradictory."""
    if entity.type is not EntityType.PERSON:
        return None
    found = set(_titles(ctx).get(entity.key, set()))
    if entity.role:
        found |= _genders_of(entity.role.lower().split())
    if entity.key in ctx.genders:
        found.add(ctx.genders[entity.key])
    return next(iter(found)) if len(found) == 1 else None


def agrees(ctx: _Context, entity: Entity, pronoun: Token) -> bool:
    """Whether nothing known of the person's gender contradicts the pronoun."""
    wanted = pronoun_gender(pronoun)
    known = person_gender(ctx, entity)
    return wanted is None or known is None or known == wanted


def known_to_agree(ctx: _Context, entity: Entity, pronoun: Token) -> bool:
    """Whether the person's gender is known and is the pronoun's."""
    wanted = pronoun_gender(pronoun)
    return wanted is not None and person_gender(ctx, entity) == wanted


def remember(ctx: _Context, entity: Entity, pronoun: Token) -> None:
    """Note the gender of a pronoun resolved to ``entity`` with no other candidate, for later pronouns."""
    wanted = pronoun_gender(pronoun)
    if wanted is not None and entity.type is EntityType.PERSON and entity.key not in ctx.genders:
        ctx.genders[entity.key] = wanted


def _genders_of(words: list[str]) -> set[str]:
    found: set[str] = set()
    for word in words:
        if word in _MALE_WORDS:
            found.add("m")
        elif word in _FEMALE_WORDS:
            found.add("f")
    return found


def _titles(ctx: _Context) -> dict[str, set[str]]:
    """Genders from the titles next to each person's mentions and from pronouns with one possible antecedent, read once per article."""
    if ctx.title_genders is not None:
        return ctx.title_genders
    found: dict[str, set[str]] = {}
    doc = ctx.doc
    for m in ctx.mentions:
        if m.entity.type is not EntityType.PERSON:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        name = set(m.entity.label.lower().split())  # "Sheikh" in a name says nothing of its bearer
        words = [w for t in span if (w := t.lower_.rstrip(".")) not in name]
        for t in reversed(doc[max(span.sent.start, span.start - _TITLE_REACH) : span.start]):
            word = t.lower_.rstrip(".")
            other = ctx.mention(t)
            if (t.pos_ not in ("PROPN", "NOUN") and word not in _MALE_WORDS | _FEMALE_WORDS) or (other is not None and other.entity.key != m.entity.key):
                break  # "Mrs Sol met Mr Mora": a title stops at a verb, a comma or another person
            words.append(word)
        genders = _genders_of(words)
        if genders:
            found.setdefault(m.entity.key, set()).update(genders)
    _sole_antecedents(ctx, found)
    ctx.title_genders = found
    return found


def _sole_antecedents(ctx: _Context, found: dict[str, set[str]]) -> None:
    """Genders of "he"/"she" subjects and possessives whose only possible antecedent is one person.

    That person is the only one named before the pronoun in its sentence, or, with none there, the
    only one named in the nearest of the three previous sentences that names any ("Ana Sol
    arrived. She said ...": Ana Sol is "she", for every later pronoun).
    """
    titled = {key: set(genders) for key, genders in found.items()}  # a title decides over a pronoun
    people: list[tuple[int, list[str]]] = []  # per sentence: its start token and the persons it names, in order
    for sent in ctx.doc.sents:
        named: list[str] = []
        for t in ctx.tokens(sent):
            m = ctx.mention(t)
            if m is not None and m.entity.type is EntityType.PERSON and m.entity.key not in named:
                named.append(m.entity.key)
            gender = pronoun_gender(t) if t.dep_ in ("nsubj", "nsubjpass", "poss") else None
            if gender is None:
                continue
            if named:
                keys = set(named)
            else:
                earlier = [p for _, p in people[-3:] if p]
                keys = set(earlier[-1]) if earlier else set()
            keys = {k for k in keys if titled.get(k, {gender}) == {gender}}  # "Mr Sol ... She": not Mr Sol
            if len(keys) == 1:
                found.setdefault(next(iter(keys)), set()).add(gender)
        people.append((sent.start, [k for k in named]))
