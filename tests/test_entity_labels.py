"""Labels of the actors a phrase names (kg/resolve.py, kg/extract/_arguments.py):

* country words coordinated on one plural head give each country its share, labelled with its own word, the words
  the others share and the head, singular for a body a country has one of ("the Norlandic and Sudian governments"
  are "Norlandic government" and "Sudian government"; "Norlandic and Sudian regional authorities" stay plural);
* a name the NER cut before its head noun gets it back ("the Sudia Regional government"), and a body so named
  coordinated with a country's word on the shared head is a party too ("the Norlandic and Sudia Regional
  governments" meet: "Norlandic government", "Sudia Regional governments");
* a descriptor the NER tags as an organisation on a common noun ("Counter-Piracy units", "Anti-Glider systems") is
  no organisation; a body keeps its name ("the Anti-Fraud Office").

Each sector actor mention keeps its own phrase as its label: tests/test_resolve.py.
All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


def _sides(result: ArticleResult, predicate: str) -> set[tuple[str, str, str | None]]:
    return {(s.subject.label, s.object.label, s.subject.country) for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # a plural head shared by two country adjectives: one government each
        ("Talks between the Chilean and Argentine governments resumed in Santiago.", "meetsWith",
         {("Chilean government", "Argentine government", "CHL")}),
        ("The Ghanaian and Togolese governments signed a border accord.", "signsAgreementWith",
         {("Ghanaian government", "Togolese government", "GHA")}),
        # shared words after the last adjective belong to every country's share
        ("Brazil criticized the Peruvian and Bolivian regional authorities.", "criticizes",
         {("Brazil", "Peruvian regional authorities", "BRA"), ("Brazil", "Bolivian regional authorities", "BRA")}),
        ("The Portuguese and Spanish foreign ministries summoned the Venezuelan ambassador.", "protests",
         {("Portuguese foreign ministry", "Venezuela", "PRT"), ("Spanish foreign ministry", "Venezuela", "ESP")}),
        # a list the parse hangs on the head word by word, with commas
        ("Norwegian, Danish and Finnish coast guards rescued Russian sailors.", "providesAidTo",
         {("Norwegian coast guard", "Russian sailors", "NOR"), ("Danish coast guard", "Russian sailors", "DNK"),
          ("Finnish coast guard", "Russian sailors", "FIN")}),
        # people stay plural: a country has many officials
        ("Polish, Czech and Slovak officials condemned Belarus.", "criticizes",
         {("Polish officials", "Belarus", "POL"), ("Czech officials", "Belarus", "CZE"), ("Slovak officials", "Belarus", "SVK")}),
        # a capitalised word after the last conjunct goes on with its name, not with the country before
        ("The Malaysian and Sabah State governments rejected the Philippine claim.", "rejects",
         {("Malaysian government", "Philippines", "MYS")}),
    ],
)
def test_coordinated_country_words_share_the_head(run: Run, text: str, predicate: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _sides(run(text), predicate) == expected


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Talks between the Serbian and Vojvodina Provincial governments resumed.", "meetsWith",
         {("Serbian government", "Vojvodina Provincial governments", "SRB")}),
        ("The Serbian and Vojvodina Provincial governments signed an agreement on taxes.", "signsAgreementWith",
         {("Serbian government", "Vojvodina Provincial governments", "SRB")}),
    ],
)
def test_a_named_body_coordinated_on_the_head_is_a_party(run: Run, text: str, predicate: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _sides(run(text), predicate) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Brazil praised the Vojvodina Provincial government.", "Vojvodina Provincial government"),
        ("Talks between the Serbian and Ostia Provincial governments resumed.", "Ostia Provincial governments"),
        ("Talks between the Spanish and Norlandia Regional governments resumed.", "Norlandia Regional governments"),
    ],
)
def test_a_name_cut_before_its_head_noun_gets_it_back(run: Run, text: str, label: str) -> None:
    organisations = {m.entity.label for m in run(text).mentions if m.entity.type is EntityType.ORGANIZATION}
    assert label in organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anti-Aircraft batteries of Egypt fired on Libyan jets.", {("Egypt", "attacks", "Libya")}),
        ("Counter-Piracy units of Kenya seized a Somali boat.", {("Kenya", "coerces", "Somalia")}),
        ("Counter-Insurgency troops fired on Malian soldiers.", set()),
        ("Anti-Drone systems shot down an Iranian drone.", set()),
        ("Counter-Smuggling patrols intercepted two Moroccan boats.", set()),
        # a body keeps its name
        ("The Anti-Fraud Office accused Hungary of bribery.", {("Anti-Fraud Office", "accuses", "Hungary")}),
    ],
)
def test_a_descriptor_is_no_organisation(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    result = run(text)
    assert {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements} == expected
    assert not any(m.entity.type is EntityType.ORGANIZATION and m.text.startswith(("Anti", "Counter")) and " " not in m.text
                   for m in result.mentions if "Office" not in m.text)
