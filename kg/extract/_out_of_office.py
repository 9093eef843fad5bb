"""Offices whose holder is out of them, for the ``patterns.v1`` extractor: a former holder ("Y's former president"), the
opposition's ("Y's opposition leader", "the shadow foreign secretary") and one who has not taken the office up yet
("Y's president-elect", "the incoming president", "the prime minister-designate of Y"). Such a person holds no
current office of Y's; :func:`out_of_office_sector` names the sector of Y they are read as. A party's office ("Y's
Labour Party leader", "the Conservative leader") is none of the state's either (:func:`party_title`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg._titles import party_office
from kg.gazetteer import structural_cues

#: Words before an office that say its holder no longer holds it ("the former Y-ian president", "Y's ex-minister").
_FORMER = {"former", "ex", "ex-"}
#: Words before an office that say its holder is of the opposition ("Y's opposition leader", "the shadow foreign
#: secretary"): a person of Y's opposition, not of its government.
_OUT_OF_OFFICE = {"opposition", "shadow"}
#: Words before an office that say its holder has not taken it up yet ("the incoming president of Y").
_INCOMING = {"incoming"}
#: The mark of an office whose holder has not taken it up yet, written after it with a hyphen ("president-elect",
#: "prime minister-designate"; ``not_yet`` of ``kg/data/structural.yaml``).
_NOT_YET = "elect"


def office_marks(token: Token) -> set[str]:
    """The words of :data:`_FORMER`, :data:`_OUT_OF_OFFICE` and :data:`_INCOMING` that modify a noun before it, on the
    noun or on a word of its title ("the shadow foreign secretary", where the parse may hang "shadow" on "foreign"),
    and :data:`_NOT_YET` for a title written with "-elect" or "-designate" ("the president-elect", whose head the parse
    makes "elect"). Not the words of an owner ("the former president's son" is no former son)."""
    words = {c.lower_ for c in token.children if c.i < token.i and c.dep_ != "poss"}
    words |= {g.lower_ for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound") for g in c.children if g.i < c.i}
    if titled_not_yet(token) is not None:
        words.add(_NOT_YET)
    return words & (_FORMER | _OUT_OF_OFFICE | _INCOMING | {_NOT_YET})


def titled_not_yet(token: Token) -> Token | None:
    """The title of a word of ``not_yet`` written after it with a hyphen ("president" of "president-elect", "minister"
    of "prime minister-designate"); None for any other word ("the elect", "a designate")."""
    i = token.i
    if token.lower_ not in structural_cues().not_yet or i < 2 or token.doc[i - 1].text != "-" or token.doc[i - 1].whitespace_:
        return None
    return token.doc[i - 2]


def out_of_office_sector(marks: set[str]) -> str:
    """The sector of a person a state's office names when its holder is out of it (see ``kg.extract._arguments._out_of_office``)."""
    if marks & _FORMER:
        return "former officials"
    return "opposition" if marks & _OUT_OF_OFFICE else "incoming government"


def party_title(token: Token) -> bool:
    """Whether a title noun names an office of a party, by the words of its phrase before it (see
    :func:`kg._titles.party_office`): "Y's Labour Party leader", "the Conservative leader", "the party's chairman";
    not "Y's Labour prime minister"."""
    before = " ".join(t.lower_ for t in token.doc[token.left_edge.i : token.i])
    return party_office(f" {before} ", token.lemma_.lower())


def holder_label(token: Token) -> str:
    """The label of the person an office out of office names: its phrase up to the title, without the article and the
    possessive ending ("Y shadow foreign secretary", "Y president-elect")."""
    words = [t.text for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det" and t.text not in ("'s", "\u2019s")]
    return " ".join(words).replace(" - ", "-")
