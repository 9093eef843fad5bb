"""Requests and warnings named inside another act (kg/extract/_nested_demands.py, read by kg/extract/patterns.py):
"X ignored Y's call for Z to withdraw" is also Y's demand on Z, "X rejected Y's demand that it halt the tests" Y's
demand on X; the request was made (asserted) whatever the governing verb says. A noun with no maker, or with no
addressee named, gives no request; nor does a relative clause or a threat of the maker's own act. And "called for an
end to Y's occupation of Z" asks the occupier (kg/extract/patterns.py _doers_not_targets)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult, Modality

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "for ... to" clause names the one asked; the governing verb's own reading stays
        ("Uruguay ignored Paraguay's call for Argentina to reopen the bridge.", ("PRY", "demands", "ARG")),
        # a pronoun subject of a "that" clause stands for the governing verb's subject
        ("Seoul rejected Pyongyang's demand that it cancel the drills.", ("PRK", "demands", "KOR")),
        # under a negated verb of answering, with a preposition: the request was made
        ("Norway has not responded to Iceland's request that it extradite the captain.", ("ISL", "demands", "NOR")),
        # an adjective names the maker, a plural noun
        ("Egypt rejected Ethiopian demands that it share data on the river.", ("ETH", "demands", "EGY")),
        # "from" names the maker and "to" the addressee, the noun the object of an indefinite article
        ("Ghana ignored a warning from Nigeria to Togo.", ("NGA", "threatens", "TGO")),
        # an infinitive with no subject after a verb of answering: its subject was warned
        ("Hungary ignored Austria's warnings not to build the pipeline.", ("AUT", "threatens", "HUN")),
        # a passive governing verb: its agent was asked
        ("Kenya's appeal to Uganda for restraint was dismissed by Kampala.", ("KEN", "demands", "UGA")),
    ],
)
def test_a_request_inside_another_act_is_made(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    assert expected in country_triples(result)
    found = [s for s in result.statements if (s.subject.country, s.predicate.name, s.object.country) == expected]
    assert all(s.modality is Modality.ASSERTED for s in found)


@pytest.mark.parametrize(
    ("text", "expected", "modality"),
    [
        ("Qatar issued a demand that Bahrain release the fishermen.", ("QAT", "demands", "BHR"), Modality.ASSERTED),
        ("Serbia did not issue an ultimatum to Kosovo.", ("SRB", "threatens", "XKX"), Modality.NEGATED),
        ("Armenia will submit a request that Georgia reopen the pass.", ("ARM", "demands", "GEO"), Modality.INTENDED),
    ],
)
def test_a_light_verbs_request_is_its_subjects(run: Run, text: str, expected: tuple[str, str, str], modality: Modality) -> None:
    found = [s for s in run(text).statements if (s.subject.country, s.predicate.name, s.object.country) == expected]
    assert found and {s.modality for s in found} == {modality}


def test_the_one_who_welcomes_is_not_asked_when_the_clause_names_another(run: Run) -> None:
    triples = country_triples(run("Spain welcomed Morocco's request that Algeria reopen the border."))
    assert ("MAR", "demands", "DZA") in triples
    assert ("MAR", "demands", "ESP") not in triples


def test_the_governing_verb_keeps_its_reading(run: Run) -> None:
    triples = country_triples(run("Lithuania complied with Latvia's demand that it close the crossing."))
    assert ("LTU", "concedes", "LVA") in triples
    assert ("LVA", "demands", "LTU") in triples


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no maker: nobody's demand
        ("Chile rejected calls for Peru's president to resign.", ("CHL", "demands", "PER")),
        ("Chile rejected calls for Peru's president to resign.", ("PER", "demands", "PER")),
        # a relative clause says what was done with the noun, not whom it asks
        ("Ecuador rejected the demand that Colombia made.", ("COL", "demands", "ECU")),
        # a threat's complement is its maker's own act
        ("Croatia dismissed Serbia's threat to close the border.", ("SRB", "threatens", "HRV")),
        # a verb that is no answer leaves the asked one of an infinitive unnamed
        ("Senegal welcomed Gambia's call to end the war.", ("GMB", "demands", "SEN")),
        # a passive clause names what is acted on, not the one asked
        ("Turkey rejected Greece's demand that Cyprus be included in the talks.", ("GRC", "demands", "CYP")),
        # a hypothetical answer: no request need have been made
        ("Bolivia may reject any Chilean demand that it cede territory.", ("CHL", "demands", "BOL")),
    ],
)
def test_no_maker_or_no_addressee_gives_no_request(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico called for an end to the blockade of Cuba by the United States.", ("MEX", "demands", "USA")),
        ("Jordan called for an end to Israel's occupation of the Golan.", ("JOR", "demands", "ISR")),
        ("Turkey pressed for the lifting of European sanctions on Syria.", ("TUR", "demands", None)),
    ],
)
def test_an_end_asked_for_is_asked_of_the_doer(run: Run, text: str, expected: tuple[str | None, str, str | None]) -> None:
    triples = country_triples(run(text))
    if expected[2] is None:
        assert not any(s == expected[0] and p == "demands" and o == "SYR" for s, p, o in triples)  # the target is not asked
    else:
        assert expected in triples
