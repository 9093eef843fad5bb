"""Discourse reference (kg/extract/_discourse.py): actors a sentence does not name, on invented texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def events(result: ArticleResult) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) labels of the result's event statements."""
    return {t for t in triples(result) if t[1] not in ("leaderOf", "officialOf")}


# ---------------------------------------------------------------- "it", "its"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the previous sentence's subject
        ("Chile protested to Peru on Monday. It accused Lima of provoking the incident.", ("Chile", "accuses", "Peru")),
        ("Norway hosted the donors' conference. It later criticized Russia over the blockade.", ("Norway", "criticizes", "Russia")),
        # an organisation
        ("The United Nations called for calm on Monday. It later criticized Bolivia over the raid.", ("United Nations", "criticizes", "Bolivia")),
        # the only state actor named before the pronoun in its own sentence
        ("Chile denied the report, although it criticized Peru over the raid.", ("Chile", "criticizes", "Peru")),
    ],
)
def test_state_pronoun_stands_for_an_earlier_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # the previous subject is a thing: "it" is the treaty
        "The fisheries treaty was drafted in 2019. It was condemned by Bolivia.",
        # two states share the previous subject: they compete
        "Chile and Peru held talks in Santiago. It condemned Bolivia over the raid.",
        # an object pronoun is usually a thing
        "Chile drafted the plan. Bolivia rejected it.",
        # a name in an opening phrase competes with the previous subject
        "Chile protested on Monday. Following a raid by Peru, it condemned Bolivia over the talks.",
    ],
)
def test_state_pronoun_abstains(run: Run, text: str) -> None:
    found = events(run(text))
    assert not [t for t in found if t[1] in ("criticizes", "rejects")], found


# ------------------------------------------------------- "he", "she", "his"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Gabriel Boric arrived in Lima on Monday. He criticized Bolivia over the raid.", ("Gabriel Boric", "criticizes", "Bolivia")),
        ("President Gabriel Boric arrived in Lima on Monday. Two days later, he praised Peru for its help.", ("Gabriel Boric", "praises", "Peru")),
        # an organ a person owns is the person's country
        ("President Gabriel Boric arrived in Lima on Monday. His government condemned Bolivia over the raid.", ("Chile", "criticizes", "Bolivia")),
    ],
)
def test_personal_pronoun_stands_for_the_last_named_person(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_she_said_attributes_the_quote_and_we_is_her_country(run: Run) -> None:
    result = run('Chilean President Gabriel Boric toured the northern ports. "We condemn the raid by Bolivia," he said.')
    [st] = [s for s in result.statements if s.predicate.name == "criticizes"]
    assert (st.subject.label, st.object.label) == ("Chile", "Bolivia")
    assert st.attributed_to is not None and st.attributed_to.label == "Gabriel Boric"


def test_personal_pronoun_abstains_after_an_unknown_name(run: Run) -> None:
    # "Ana Sol" is no known person: the only known one (Javier Mora) is not therefore the speaker
    result = run('Chilean Foreign Minister Ana Sol met Peruvian Foreign Minister Javier Mora in Santiago. "We reject the claims," she said.')
    assert all(s.attributed_to is None or s.attributed_to.label != "Javier Mora" for s in result.statements)


# ---------------------------------------------------------- "they", "their"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru held talks in Santiago. They condemned Bolivia over the raid.", {("Chile", "criticizes", "Bolivia"), ("Peru", "criticizes", "Bolivia")}),
        ("Chile and Peru held talks in Santiago. Their ministers signed a fisheries accord.", {("Chile", "signsAgreementWith", "Peru")}),
        ("Chile and Peru said that they would sanction Bolivia.", {("Chile", "sanctions", "Bolivia"), ("Peru", "sanctions", "Bolivia")}),
    ],
)
def test_plural_pronoun_stands_for_a_plural_subject(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(run(text))


def test_plural_pronoun_abstains_without_a_plural_subject(run: Run) -> None:
    # fans are no state, and one country is not "they"
    assert not events(run("Chilean fans travelled to Lima. They criticized Bolivia over the ticket prices."))


# -------------------------------------------------- "both sides", "the two countries"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru met in Lima. The two countries signed a fisheries accord.", {("Chile", "signsAgreementWith", "Peru")}),
        ("Chile and Peru met in Lima on Monday. Both sides condemned Bolivia over the raid.", {("Chile", "criticizes", "Bolivia"), ("Peru", "criticizes", "Bolivia")}),
        ("Chile and Peru met in Lima on Monday. The neighbours will cooperate on border security.", {("Chile", "cooperatesWith", "Peru")}),
        # the pair a verb addresses
        ("Chile and Peru exchanged fire on Monday. Bolivia urged both sides to lift the blockade.", {("Bolivia", "demands", "Chile"), ("Bolivia", "demands", "Peru")}),
    ],
)
def test_collective_subject_is_the_articles_pair(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(run(text))
    assert expected <= found or {(o, p, s) for s, p, o in expected} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru met in Lima on Monday. Other countries condemned Bolivia over the raid.",
        # "our two countries" are the speaker's, not the article's pair
        "Chile and Peru met in Lima on Monday. Norway said it valued the trade between our two countries.",
    ],
)
def test_collective_noun_abstains(run: Run, text: str) -> None:
    found = events(run(text))
    assert not [t for t in found if t[1] in ("criticizes", "tradesWith")], found


# ------------------------------------------------------ envoys without a country
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru seized a Chilean fishing boat. Chile expelled the ambassador.", ("Chile", "sanctions", "Peru")),
        ("Peru seized a Chilean fishing boat on Monday. Chile summoned the envoy to protest.", ("Chile", "protests", "Peru")),
        # the same noun with a country earlier in the article
        ("Bolivia's ambassador spoke on Monday. Chile and Peru met in Lima. Chile expelled the ambassador.", ("Chile", "sanctions", "Bolivia")),
    ],
)
def test_envoy_without_a_country_is_of_the_other_side(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_envoy_with_an_indefinite_article_is_not_resolved(run: Run) -> None:
    found = events(run("Peru seized a Chilean fishing boat. Chile expelled an envoy."))
    assert not [t for t in found if t[1] == "sanctions"]


# ------------------------------------------- "he" after an office named without its holder's name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the previous sentence's subject
        ("The Omani sultan received the Qatari emir on Sunday. He later criticized Israel over the raids.", ("Oman", "criticizes", "Israel")),
        ("Chile's foreign minister arrived in Lima on Monday. She accused Bolivia of smuggling.", ("Chile", "accuses", "Bolivia")),
        # the subject of the reporting clause in its own sentence
        ("The Kenyan president said he would visit Ethiopia next month.", ("Kenya", "visits", "Ethiopia")),
    ],
)
def test_personal_pronoun_after_an_unnamed_office_is_its_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a named person in that sentence competes with the office
        "The Omani sultan met Ana Sol in Muscat. He later criticized Israel over the raids.",
        # two offices of two countries
        "The Omani sultan and the Qatari emir met in Doha. He later criticized Israel over the raids.",
    ],
)
def test_personal_pronoun_after_an_unnamed_office_abstains(run: Run, text: str) -> None:
    assert not [t for t in events(run(text)) if t[1] == "criticizes"], events(run(text))


# ------------------------------------------------------------ "denied it"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia accused Belarus of pushing migrants across the border. Belarus denied it.", ("Belarus", "rejects", "Latvia")),
        ("Sudan demanded that Chad close its border. Chad rejected this.", ("Chad", "rejects", "Sudan")),
        ("Serbia accused Croatia of spying on Monday. Croatia dismissed that on Tuesday.", ("Croatia", "rejects", "Serbia")),
    ],
)
def test_a_denied_pronoun_stands_for_the_claim_just_made(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # no claim before it: a deal is no charge
        "Serbia signed a transit deal with Croatia. Hungary rejected it.",
        # two claimants compete
        "Latvia and Estonia accused Belarus of pushing migrants across the border. Belarus denied it.",
    ],
)
def test_a_denied_pronoun_abstains_without_one_claimant(run: Run, text: str) -> None:
    assert not [t for t in events(run(text)) if t[1] == "rejects"], events(run(text))


# ------------------------------------------------------ "the country", "the nation"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the reporting clause that governs it
        ("Austria said the country would send troops to Slovenia.", ("Austria", "mobilizes", "Slovenia")),
        # the only country of the previous sentence
        ("Mongolia hosted the mining forum on Tuesday. The nation later accused China of dumping steel.", ("Mongolia", "accuses", "China")),
        ("Floods hit Bangladesh on Friday. The country later thanked India for its help.", ("Bangladesh", "praises", "India")),
    ],
)
def test_the_country_that_acts_is_the_one_named_before(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # two countries before it compete
        "Estonia criticized Latvia on Monday. The country also accused Finland of spying.",
        # a place, not an actor
        "Estonia hosted talks. Officials in the country accused Finland of spying.",
    ],
)
def test_the_country_abstains_without_one_antecedent(run: Run, text: str) -> None:
    assert not [t for t in events(run(text)) if t[1] == "accuses"], events(run(text))


# ------------------------------------------------------ "the former", "the latter"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of a coordinated pair in the previous sentence, as subject
        ("Kenya and Tanzania opened a border post. The latter also accused Uganda of smuggling.", ("Tanzania", "accuses", "Uganda")),
        # the first of a coordinated object pair, after a third actor named before it
        ("Austria hosted Slovenia and Croatia on Monday. The former criticized Italy over the quotas.", ("Slovenia", "criticizes", "Italy")),
        # in its own sentence, after a clause that names the pair
        ("Nepal and Bhutan resumed talks, but the latter later protested against India.", ("Bhutan", "protests", "India")),
        # no coordination: the only two actors the previous sentence names; and as an object
        ("Ghana criticized Togo on Friday. Nigeria later warned the latter.", ("Nigeria", "threatens", "Togo")),
    ],
)
def test_former_and_latter_stand_for_one_of_the_pair_named_before(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # three coordinated actors: no pair
        "Ecuador, Peru and Bolivia met in Quito. The latter accused Chile of smuggling.",
        # "former" as an adjective of a noun is no reference to a pair
        "Ecuador and Peru met in Quito. The former minister accused Chile of smuggling.",
    ],
)
def test_former_and_latter_abstain_without_a_pair(run: Run, text: str) -> None:
    assert not [t for t in events(run(text)) if t[1] == "accuses"], events(run(text))


# --------------------------------------------------- definite event descriptions
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru accused Chile of spying on Monday. Chile rejected the accusations.", ("Chile", "rejects", "Peru")),
        ("Peru expelled two Chilean diplomats. Chile condemned the move.", ("Chile", "criticizes", "Peru")),
        ("Peru imposed sanctions on Chile. Bolivia welcomed the decision.", ("Bolivia", "praises", "Peru")),
        ("Chile visited Peru on Monday. Bolivia criticized the visit.", ("Bolivia", "criticizes", "Chile")),
    ],
)
def test_definite_description_stands_for_the_earlier_actor(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_the_deal_of_two_parties_stands_for_both(run: Run) -> None:
    found = triples(run("Chile and Peru signed a fisheries deal on Monday. Bolivia welcomed the deal."))
    assert {("Bolivia", "praises", "Chile"), ("Bolivia", "praises", "Peru")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # indefinite: a new move, not the earlier one
        "Peru accused Chile of spying on Monday. Chile rejected a move to hold talks.",
        # two actors of the earlier act compete
        "Peru and Bolivia imposed sanctions on Chile. Chile condemned the decision.",
    ],
)
def test_definite_description_abstains(run: Run, text: str) -> None:
    found = events(run(text))
    assert not [t for t in found if t[1] in ("rejects", "criticizes") and t[2] in ("Peru", "Bolivia")], found


# ----------------------------------------------------------------- hosting
@pytest.mark.parametrize(
    "text",
    [
        "Norway hosted talks between Chile and Peru.",
        "Norway will host a meeting between Chile and Peru next week.",
        "The king of Norway said he was willing to host the next round of talks between Chile and Peru.",
    ],
)
def test_host_of_talks_between_two_sides_does_not_meet_them(run: Run, text: str) -> None:
    found = events(run(text))
    assert not [t for t in found if "Norway" in (t[0], t[2]) and t[1] == "meetsWith"], found


# ------------------------------------------------------------------ structures
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reciprocal coordination: no "with", the coordinated subjects act on each other
        ("Chile and Peru held talks on Monday.", ("Chile", "meetsWith", "Peru")),
        ("Chile and Peru met in Arica to discuss fishing quotas.", ("Chile", "meetsWith", "Peru")),
        ("Chile and Peru will cooperate on border security.", ("Chile", "cooperatesWith", "Peru")),
        # a target the parse hangs on the "by" agent of a participle
        ("Sanctions imposed by Chile on Peru took effect on Monday.", ("Chile", "sanctions", "Peru")),
        # a nominalised event with its agent after its "of" object
        ("The expulsion of the Peruvian ambassador by Chile drew protests.", ("Chile", "sanctions", "Peru")),
        # the author in a restrictive relative clause
        ("Peru rejected the proposal that Chile made.", ("Peru", "rejects", "Chile")),
        ("Peru welcomed the plan Chile drafted.", ("Peru", "praises", "Chile")),
    ],
)
def test_argument_structures(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(run(text))
    s, p, o = expected
    assert expected in found or (o, p, s) in found, found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # hosts do not meet each other
        ("Chile and Peru hosted talks on the fishing dispute.", ("Chile", "meetsWith", "Peru")),
        # a partner named apart is the object: no pair of the subjects
        ("Chile and Peru held talks with Bolivia on Monday.", ("Chile", "meetsWith", "Peru")),
        # a comment set off by a comma is no authorship, a complement clause is no relative clause
        ("Peru rejected the proposal, which Chile called fair.", ("Peru", "rejects", "Chile")),
        ("Peru rejected the claim that Chile had moved troops.", ("Peru", "rejects", "Chile")),
    ],
)
def test_argument_structures_distractors(run: Run, text: str, unwanted: tuple[str, str, str]) -> None:
    found = triples(run(text))
    s, p, o = unwanted
    assert unwanted not in found and (o, p, s) not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the antecedent of a relative clause is its object; an act stands for who made it
        ("The charges by Peru, which Chile rejected, were published on Monday.", ("Chile", "rejects", "Peru")),
        ("Peru made an accusation that Chile quickly rejected.", ("Chile", "rejects", "Peru")),
        ("Peru levelled charges which Chile denied on Monday.", ("Chile", "rejects", "Peru")),
    ],
)
def test_relative_clause_object_is_the_maker_of_the_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gabriel Boric: Chile condemns the raid by Peru", "Gabriel Boric"),
        ("Chile's President Gabriel Boric: We condemn the raid by Peru", "Gabriel Boric"),
        ("Chilean leader Gabriel Boric: we reject the claims by Peru\n\nThe president spoke in Arica.", "Gabriel Boric"),
    ],
)
def test_label_before_a_colon_names_the_speaker(run: Run, text: str, speaker: str) -> None:
    said = [s.attributed_to.label for s in run(text).statements if s.attributed_to is not None]
    assert said and set(said) == {speaker}


def test_label_without_a_name_names_no_speaker(run: Run) -> None:
    result = run("Breaking news: Chile condemns the raid by Peru")
    assert [s for s in result.statements if s.predicate.name == "criticizes"]
    assert all(s.attributed_to is None for s in result.statements)


# ------------------------------------------------------------- false arguments
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a name inside a quoted title takes no part
        ('Chile praised the film "Friends of Peru" and thanked Bolivia for its help.', ("Chile", "praises", "Bolivia"), ("Chile", "praises", "Peru")),
        # what a topic noun is about is no participant
        ("Chile criticized Bolivia on the issue of Peru.", ("Chile", "criticizes", "Bolivia"), ("Chile", "criticizes", "Peru")),
        ("On the question of Peru, Chile criticized Bolivia.", ("Chile", "criticizes", "Bolivia"), ("Chile", "criticizes", "Peru")),
        # what talks are about is no partner of the talks
        ("Chile held talks with Bolivia about Peru.", ("Bolivia", "meetsWith", "Chile"), ("Chile", "meetsWith", "Peru")),
    ],
)
def test_false_arguments_are_left_out(run: Run, text: str, kept: tuple[str, str, str], dropped: tuple[str, str, str]) -> None:
    found = triples(run(text))
    s, p, o = kept
    assert kept in found or (o, p, s) in found, found
    assert dropped not in found and (dropped[2], dropped[1], dropped[0]) not in found, found


def test_quoted_statement_is_not_a_title(run: Run) -> None:
    result = run('"We condemn the raid by Peru," Chilean President Gabriel Boric said.')
    assert ("Chile", "criticizes", "Peru") in triples(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, Peru, March 3 (Wire) - Peruvian President Dina Boluarte criticized Chile on Tuesday.", ("Dina Boluarte", "criticizes", "Chile")),
        ("SANTIAGO, March 3 \u2014 Chile's government accused Peru of spying.", ("Chile government", "accuses", "Peru")),
        ("Despite weeks of quiet diplomacy, Chile on Tuesday condemned Bolivia.", ("Chile", "criticizes", "Bolivia")),
    ],
)
def test_dateline_and_opening_adverbial_leave_the_subject(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(run(text))
    assert expected in found, found


def test_dashes_around_an_aside_are_no_dateline_nor_a_hyphen(run: Run) -> None:
    found = triples(run("Peru - a close ally of Chile - condemned Bolivia on Monday."))
    assert ("Chile", "criticizes", "Bolivia") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers of Chile and Peru met in Arica.", ("Chile", "meetsWith", "Peru")),
        ("Officials from Chile and Peru held talks in Arica.", ("Chile", "meetsWith", "Peru")),
        # a headline's comma joins two subjects
        ("Chile, Peru agree to ease border tensions\n\nThe talks ended on Monday.", ("Chile", "agreesTo", "ease border tensions")),
        ("Chile, Peru agree to ease border tensions\n\nThe talks ended on Monday.", ("Peru", "agreesTo", "ease border tensions")),
    ],
)
def test_two_countries_named_in_one_subject(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(run(text))
    s, p, o = expected
    assert expected in found or (o, p, s) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a comma in a sentence is no "and": Chile is an address here
        "Chile, Peru agrees to ease border tensions.",
        # fans are not a state's officials
        "Fans from Chile and Peru met in Arica.",
    ],
)
def test_two_countries_in_one_subject_distractors(run: Run, text: str) -> None:
    found = events(run(text))
    assert not [t for t in found if t[0] == "Chile"], found


# ----------------------------------------------------------------- transcripts
_TRANSCRIPT = """Regular press briefing of the Chilean foreign ministry

Spokesperson Gabriel Boric: Good afternoon.
Question: Peru says Chile violated its waters. Did Chile attack Peru?
Gabriel Boric: We reject these claims.
We condemn Bolivia for the raid.
Q: Will Chile sanction Bolivia?
A: We will sanction Bolivia if the raids continue.
"""


def test_transcript_answers_belong_to_the_answerer(run: Run) -> None:
    result = run(_TRANSCRIPT)
    said = {(s.subject.label, s.predicate.name, s.object.label): s.attributed_to for s in result.statements}
    for triple in [("Chile", "criticizes", "Bolivia"), ("Chile", "threatens", "Bolivia")]:
        assert triple in said and said[triple] is not None and said[triple].label == "Gabriel Boric"


def test_transcript_questions_assert_nothing(run: Run) -> None:
    found = events(run(_TRANSCRIPT))
    assert not [t for t in found if t[2] == "Peru" or t[0] == "Peru"], found


def test_headline_label_does_not_make_a_transcript(run: Run) -> None:
    # no question label: the later unlabelled sentences are nobody's
    result = run("Gabriel Boric: Chile condemns the raid by Peru\n\nBolivia later criticized Peru over the raid.")
    [later] = [s for s in result.statements if s.subject.label == "Bolivia"]
    assert later.attributed_to is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru accused each other of violating the truce.", {("Chile", "accuses", "Peru"), ("Peru", "accuses", "Chile")}),
        ("Chile and Peru criticized one another over the raid.", {("Chile", "criticizes", "Peru"), ("Peru", "criticizes", "Chile")}),
        ("Chile invited Argentina, Peru, as well as Bolivia to the summit.", {("Chile", "invites", c) for c in ("Argentina", "Peru", "Bolivia")}),
    ],
)
def test_each_other_and_lists(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(run(text))


def test_a_lone_actor_and_each_other_relate_nothing(run: Run) -> None:
    # one subject: "each other" has no one to pair with
    assert not [t for t in events(run("Chile said the rival clans had accused each other of fraud.")) if t[1] == "accuses"]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("President Gabriel Boric left office in 2026. In March, he joined Gazprom, a gas company.", False),
        ("President Gabriel Boric left office in 2026. In March, he joined the Nordic Shipping Corporation, a Danish firm.", False),
        ("In March, Chile joined the Pacific Alliance, a trade bloc.", True),
    ],
)
def test_joining_a_business_is_no_membership(run: Run, text: str, member: bool) -> None:
    found = [s for s in run(text).statements if s.predicate.name == "memberOf"]
    assert bool(found) is member


def test_pronoun_after_an_unknown_name_in_its_own_sentence_abstains(run: Run) -> None:
    # "Ana Sol" is unknown: "she" is hers, not the last known person's
    text = "President Gabriel Boric met the press. Ana Sol, who chairs the panel, said she would criticize Bolivia."
    assert not [s for s in run(text).statements if s.subject.label == "Gabriel Boric" and s.predicate.name == "criticizes"]
