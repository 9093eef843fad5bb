"""Modality and abstention of the ``patterns.v1`` extractor (kg/extract/_modality.py), on invented sentences.

Each class of false statements has a table of at least three shapes of its construction and a
distractor: an asserted act of the same kind that must still be read as asserted.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def modalities(result: ArticleResult) -> dict[tuple[str, str, str], str]:
    """(subject, predicate, object) labels of the result's event statements, with their modality."""
    return {
        (s.subject.label, s.predicate.name, s.object.label): s.modality.value
        for s in result.statements
        if s.predicate.category != "STRUCTURAL"
    }


# ------------------------------------------------------- disputed claims
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Peru rejected claims that it had attacked Chile.", ("Peru", "attacks", "Chile"), "negated"),
        ("Peru denied accusations that it had expelled Chilean diplomats.", ("Peru", "sanctions", "Chile"), "negated"),
        ("Peru denied claims that it had imposed sanctions on Chile.", ("Peru", "sanctions", "Chile"), "negated"),
        ("Chile flatly rejected Peru's claim that Chilean jets had bombed a Peruvian town.", ("Chile", "attacks", "Peru"), "negated"),
        ("Claims that Chile had attacked Peru were rejected by the Chilean government.", ("Chile", "attacks", "Peru"), "negated"),
        # distractor: a confirmed claim states the act
        ("Peru confirmed reports that it had expelled Chilean diplomats.", ("Peru", "sanctions", "Chile"), "asserted"),
    ],
)
def test_disputed_claim_is_denied(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- a subject or an object that names no one
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Neither Ghana nor Togo has criticised Benin.", ("Ghana", "criticizes", "Benin"), "negated"),  # neither ... nor
        ("Neither Ghana nor Togo has criticised Benin.", ("Togo", "criticizes", "Benin"), "negated"),
        ("No country has sanctioned Benin over the vote.", None, None),  # "no country" names no party
        ("Ghana sanctioned neither Benin nor Togo.", ("Ghana", "sanctions", "Benin"), "negated"),  # a negated object
        # distractor: a plain coordination states the act
        ("Both Ghana and Togo have criticised Benin.", ("Ghana", "criticizes", "Benin"), "asserted"),
    ],
)
def test_a_subject_or_object_of_no_one_negates(run: Run, text: str, triple: tuple[str, str, str] | None, modality: str | None) -> None:
    found = modalities(run(text))
    if triple is None:
        assert not [t for t, m in found.items() if m == "asserted"], found
    else:
        assert found.get(triple) == modality, found


# ------------------------------------------------------- open questions
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("It is not clear whether Chile will attack Peru.", ("Chile", "attacks", "Peru"), "possible"),
        ("Officials are unsure whether Chile will sign a trade deal with Peru.", ("Chile", "signsAgreementWith", "Peru"), "possible"),
        ("Chile has not decided whether to sanction Peru.", ("Chile", "sanctions", "Peru"), "possible"),
        ("Diplomats wonder if Chile will expel the Peruvian ambassador.", ("Chile", "sanctions", "Peru"), "possible"),
        # the question's own negation still denies
        ("It is unclear whether Chile will not sign the deal with Peru.", ("Chile", "signsAgreementWith", "Peru"), "negated"),
        # distractor: a stated intent stays intended
        ("Chile will sanction Peru, the minister said.", ("Chile", "sanctions", "Peru"), "intended"),
    ],
)
def test_open_question_is_possible(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- acts asked for, at any depth
def events(result: ArticleResult) -> set[tuple[str, str, str]]:
    return set(modalities(result))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Chile urged Peru to stop attacking Bolivia.", ("Peru", "attacks", "Bolivia")),
        ("Chile called on Peru to begin talks with Bolivia.", ("Chile", "meetsWith", "Bolivia")),
        ("Chile demanded that Peru begin talks with Bolivia.", ("Peru", "meetsWith", "Bolivia")),
        ("Chile asked Peru to consider sanctioning Bolivia.", ("Peru", "sanctions", "Bolivia")),
        ("Chile urged Peru to seek to mediate between Bolivia and Ecuador.", ("Peru", "mediates", "Bolivia")),
    ],
)
def test_act_asked_for_is_not_read(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert wrong not in found, found
    assert ("Chile", "demands", "Peru") in found  # the request is the event


@pytest.mark.parametrize(
    ("text", "done"),
    [
        # distractors: the same acts done, beside or without a request
        ("Chile urged Peru to stop attacking Bolivia, and Peru began talks with Bolivia.", ("Peru", "meetsWith", "Bolivia")),
        ("Chile called to congratulate Peru on its election.", ("Chile", "congratulates", "Peru")),
        ("Peru began talks with Bolivia after Chile asked it to.", ("Peru", "meetsWith", "Bolivia")),
    ],
)
def test_act_done_beside_a_request_is_read(run: Run, text: str, done: tuple[str, str, str]) -> None:
    assert done in events(run(text))


# ------------------------------------------------------- acts that are ended
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Chile ceased attacking Peruvian positions.", ("Chile", "attacks", "Peru"), "negated"),
        ("Chile has stopped funding Bolivian militias.", ("Chile", "providesAidTo", "Bolivian militias"), "negated"),
        ("Chile decided to stop attacking Peru.", ("Chile", "attacks", "Peru"), "negated"),
        ("Chile may stop funding Bolivia's army.", ("Chile", "providesAidTo", "Bolivia army"), "possible"),
        # distractors: an act that goes on, or a stop for another purpose
        ("Chile never stopped attacking Peru.", ("Chile", "attacks", "Peru"), "asserted"),
        ("Chile resumed shelling Peru.", ("Chile", "attacks", "Peru"), "asserted"),
        ("The convoy stopped to refuel before Chile attacked Peru.", ("Chile", "attacks", "Peru"), "asserted"),
    ],
)
def test_ended_act_is_negated(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- a threat that is a judgement
@pytest.mark.parametrize(
    "text",
    [
        "Chile is a threat to Peru.",
        "Chile remains a serious threat to Peru's security.",
        "The Chilean navy has become a threat to Peru.",
    ],
)
def test_being_a_threat_is_no_threat_made(run: Run, text: str) -> None:
    assert not [t for t in events(run(text)) if t[1] == "threatens"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # distractors: threats made, and a judgement someone voices (a criticism)
        ("Chile's threat to Peru worried diplomats.", ("Chile", "threatens", "Peru")),
        ("Chile issued a threat to Peru over the dam.", ("Chile", "threatens", "Peru")),
        ("Chile is a threat to Peru, the Peruvian minister said.", ("Peru", "criticizes", "Chile")),
    ],
)
def test_threat_made_or_voiced_is_read(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in events(run(text))


# ------------------------------------------------------- hedged acts
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Chile allegedly attacked Peru.", ("Chile", "attacks", "Peru"), "possible"),
        ("Chilean jets have reportedly bombed a Peruvian town.", ("Chile", "attacks", "Peru"), "possible"),
        ("Chile probably signed a trade deal with Peru last year.", ("Chile", "signsAgreementWith", "Peru"), "possible"),
        # distractors: an adverb of manner, and an act vouched for by a speaker
        ("Chile openly attacked Peru.", ("Chile", "attacks", "Peru"), "asserted"),
        ("Chile attacked Peru, the minister said.", ("Chile", "attacks", "Peru"), "asserted"),
    ],
)
def test_hedged_act_is_possible(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- likely, unwilling, scheduled, feared
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Chile is unlikely to attack Peru.", ("Chile", "attacks", "Peru"), "possible"),
        ("Chile is likely to sanction Peru next month.", ("Chile", "sanctions", "Peru"), "possible"),
        ("Chile is reluctant to sign a trade deal with Peru.", ("Chile", "signsAgreementWith", "Peru"), "negated"),
        ("Chile was due to sign a trade deal with Peru.", ("Chile", "signsAgreementWith", "Peru"), "intended"),
        ("Chile worries that Peru will sanction Bolivia.", ("Peru", "sanctions", "Bolivia"), "possible"),
        ("Analysts believe Chile will attack Peru.", ("Chile", "attacks", "Peru"), "possible"),
        # distractors: a stated readiness stays intended, a done act asserted
        ("Chile is ready to sign a trade deal with Peru.", ("Chile", "signsAgreementWith", "Peru"), "intended"),
        ("Chile signed a trade deal with Peru on Monday.", ("Chile", "signsAgreementWith", "Peru"), "asserted"),
    ],
)
def test_likely_unwilling_scheduled_or_feared_act(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- another actor's plan
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Chile offered to host talks between Peru and Bolivia.", ("Peru", "meetsWith", "Bolivia"), "possible"),
        ("Chile proposed a meeting between Peru and Bolivia.", ("Peru", "meetsWith", "Bolivia"), "possible"),
        ("Chile is willing to stage a summit between Peru and Bolivia.", ("Peru", "meetsWith", "Bolivia"), "possible"),
        ("They offered to host talks between Peru and Bolivia.", ("Peru", "meetsWith", "Bolivia"), "possible"),
        # distractors: the planner is a side (its intent), and a meeting that was hosted
        ("Chile plans to hold talks with Peru.", ("Chile", "meetsWith", "Peru"), "intended"),
        ("Chile pledged to continue its support for Peru.", ("Chile", "supports", "Peru"), "intended"),
        ("Chile hosted talks between Peru and Bolivia.", ("Peru", "meetsWith", "Bolivia"), "asserted"),
    ],
)
def test_event_planned_by_a_third_actor_is_possible(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- near misses and rarities
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Chile nearly attacked Peru in 2019.", ("Chile", "attacks", "Peru"), "negated"),
        ("Chile almost signed a trade deal with Peru.", ("Chile", "signsAgreementWith", "Peru"), "negated"),
        ("Chile has rarely threatened Peru.", ("Chile", "threatens", "Peru"), "negated"),
        ("Chile seldom criticizes Peru.", ("Chile", "criticizes", "Peru"), "negated"),
        # distractors: the adverb grades another adverb, not the act
        ("Chile nearly always criticizes Peru.", ("Chile", "criticizes", "Peru"), "asserted"),
        ("Chile attacked Peru almost immediately.", ("Chile", "attacks", "Peru"), "asserted"),
    ],
)
def test_near_miss_or_rarity_is_negated(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- direct questions
@pytest.mark.parametrize(
    "text",
    [
        "Is Chile about to sign a trade deal with Peru?",
        "Why did Chile sign a trade deal with Peru?",
        "Has Chile signed a trade deal with Peru?",
        "Did Chile expel the Peruvian ambassador?",
    ],
)
def test_direct_question_asserts_nothing(run: Run, text: str) -> None:
    assert not events(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a statement with a question after it, or ending in a question mark
        "Chile signed a trade deal with Peru, but why?",
        "Chile signed a trade deal with Peru. Will Bolivia follow?",
    ],
)
def test_statement_beside_a_question_is_read(run: Run, text: str) -> None:
    assert ("Chile", "signsAgreementWith", "Peru") in events(run(text))


# ------------------------------------------------------- counterfactuals
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a condition put first by inversion, or after "if" with a past perfect
        ("Had Chile attacked Peru, the war would have spread.", ("Chile", "attacks", "Peru")),
        ("Were Chile to attack Peru, Bolivia would respond.", ("Chile", "attacks", "Peru")),
        ("Should Chile expel the Peruvian ambassador, talks will stall.", ("Chile", "sanctions", "Peru")),
        ("If Chile had attacked Peru, the region would have burned.", ("Chile", "attacks", "Peru")),
        # the main clause of a counterfactual: a modal perfect
        ("Chile would have sanctioned Peru had it not signed the accord.", ("Chile", "sanctions", "Peru")),
        ("Chile would have imposed sanctions on Peru and expelled its ambassador.", ("Chile", "sanctions", "Peru")),
        ("Chile would have liked to sign a trade deal with Peru.", ("Chile", "signsAgreementWith", "Peru")),
        ("Chile should have condemned Peru's raids.", ("Chile", "criticizes", "Peru")),
        ("Chile could have sanctioned Peru but chose not to.", ("Chile", "sanctions", "Peru")),
        ("Chile ought to have condemned Peru's raids.", ("Chile", "criticizes", "Peru")),
        ("If only Chile had condemned Peru's raids.", ("Chile", "criticizes", "Peru")),
        # a reproach about the past asks for nothing
        ("Bolivia said Chile should have condemned Peru's raids.", ("Bolivia", "demands", "Chile")),
    ],
)
def test_counterfactual_is_not_read(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        # distractors: a realised act beside a counterfactual keeps its statement
        ("Chile sanctioned Peru, which would have hurt Bolivia otherwise.", ("Chile", "sanctions", "Peru"), "asserted"),
        ("Had talks failed, war would have followed, but Chile expelled the Peruvian envoy.", ("Chile", "sanctions", "Peru"), "asserted"),
        # a guess about the past stays possible; a plain "would" stays intended
        ("Chile might have shelled Peruvian villages, officials said.", ("Chile", "attacks", "Peru"), "possible"),
        ("Chile may have supplied weapons to Peru.", ("Chile", "providesAidTo", "Peru"), "possible"),
        ("Chile would sign a trade deal with Peru, the minister said.", ("Chile", "signsAgreementWith", "Peru"), "intended"),
        ("Chile had attacked Peru before the talks began.", ("Chile", "attacks", "Peru"), "asserted"),
    ],
)
def test_act_beside_a_counterfactual_is_read(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- obligations stated in a main clause
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a modal of obligation, a periphrastic one, negated, passive, on a noun's verb, in a later clause
        ("Chile should condemn Peru's raids.", ("Chile", "criticizes", "Peru")),
        ("Chile must expel the Peruvian ambassador.", ("Chile", "sanctions", "Peru")),
        ("Chile ought to condemn Peru's raids.", ("Chile", "criticizes", "Peru")),
        ("Chile has to open talks with Peru.", ("Chile", "meetsWith", "Peru")),
        ("Chile needs to condemn the Peruvian raids.", ("Chile", "criticizes", "Peru")),
        ("Chile will have to negotiate with Peru.", ("Chile", "meetsWith", "Peru")),
        ("Chile must not attack Peru.", ("Chile", "attacks", "Peru")),
        ("Peru should be sanctioned by Chile.", ("Chile", "sanctions", "Peru")),
        ("Chile should impose sanctions on Peru over the raids.", ("Chile", "sanctions", "Peru")),
        ("Chile should try to mediate between Peru and Bolivia.", ("Chile", "mediates", "Peru")),
        ("After the raids, the Chilean government must now condemn Peru.", ("Chilean government", "criticizes", "Peru")),
        # a question states nothing either
        ("Should Chile condemn Peru's raids?", ("Chile", "criticizes", "Peru")),
    ],
)
def test_main_clause_obligation_is_not_read(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        # distractors: a reported obligation stays a demand; a past "had to" was done; a thing's "should" is expected
        ("Bolivia said Chile must release the Peruvian fishermen.", ("Bolivia", "demands", "Chile"), "asserted"),
        ("Chile had to withdraw its troops from Peru.", ("Chile", "withdrawsFrom", "Peru"), "asserted"),
        ("The new pipeline should boost trade between Chile and Peru.", ("Chile", "tradesWith", "Peru"), "possible"),
        ("Chile may condemn Peru's raids.", ("Chile", "criticizes", "Peru"), "possible"),
        ("Chile condemned Peru's raids.", ("Chile", "criticizes", "Peru"), "asserted"),
    ],
)
def test_act_beside_an_obligation_is_read(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- what a verb of blocking stops
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a participle, a relative clause, a passive; veto, block, scuttle
        ("Chile vetoed a Mercosur resolution condemning Peru.", ("Mercosur", "criticizes", "Peru")),
        ("Bolivia blocked a Mercosur statement that criticized Peru.", ("Mercosur", "criticizes", "Peru")),
        ("A Mercosur declaration condemning Peru was blocked by Chile.", ("Mercosur", "criticizes", "Peru")),
        ("Chile scuttled a Mercosur text accusing Peru of dumping.", ("Mercosur", "accuses", "Peru")),
    ],
)
def test_what_a_verb_of_blocking_stops_is_not_read(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        # distractors: a block that did not happen, a rejected report that was issued, a later act of its own
        ("Chile did not block the Mercosur statement criticizing Peru.", ("Mercosur", "criticizes", "Peru"), "asserted"),
        ("Chile rejected a Mercosur report accusing Peru of dumping.", ("Mercosur", "accuses", "Peru"), "asserted"),
        ("Chile vetoed a resolution, and Mercosur then condemned Peru.", ("Mercosur", "criticizes", "Peru"), "asserted"),
    ],
)
def test_an_act_beside_a_block_is_read(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


# ------------------------------------------------------- acts performed through a document
@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        # a participle on the object, a relative clause, a passive, an owner, "in a letter", a conjunct, a will, a failure
        ("Mercosur adopted a resolution condemning Peru.", ("Mercosur", "criticizes", "Peru"), "asserted"),
        ("Bolivia issued a statement that urges Peru to reopen the border.", ("Bolivia", "demands", "Peru"), "asserted"),
        ("A declaration welcoming Chile was signed by Bolivia.", ("Bolivia", "praises", "Chile"), "asserted"),
        ("Chile's communique praising Peru surprised observers.", ("Chile", "praises", "Peru"), "asserted"),
        ("In a letter accusing Chile of dumping, Bolivia said talks were over.", ("Bolivia", "accuses", "Chile"), "asserted"),
        ("Bolivia sent a note criticizing Peru and urging Chile to act.", ("Bolivia", "demands", "Chile"), "asserted"),
        ("Peru will release a statement condemning Chile.", ("Peru", "criticizes", "Chile"), "intended"),
        ("Mercosur failed to pass a motion condemning Peru.", ("Mercosur", "criticizes", "Peru"), "negated"),
    ],
)
def test_a_document_act_is_its_issuers(run: Run, text: str, triple: tuple[str, str, str], modality: str) -> None:
    assert modalities(run(text)).get(triple) == modality


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # distractors: a reader, a drafter, a veto, no issuer, a report of what another did
        ("Bolivia read a report condemning Peru.", ("Bolivia", "criticizes", "Peru")),
        ("Chile drafted a resolution condemning Peru.", ("Chile", "criticizes", "Peru")),
        ("A resolution condemning Peru was vetoed by Chile.", ("Chile", "criticizes", "Peru")),
        ("Bolivia published a report that Chile had condemned Peru.", ("Bolivia", "criticizes", "Peru")),
    ],
)
def test_a_document_not_issued_is_no_act(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert wrong not in found, found
