"""Arguments of event triggers in constructions of conflict and diplomacy reporting (kg/extract/patterns.py,
kg/extract/_arguments.py), on invented sentences: each construction with three shapes it must read and a
distractor that must yield nothing of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult
from conftest import ISIL

Run = Callable[..., ArticleResult]


def events(result: ArticleResult) -> list[str]:
    return [s.predicate.name for s in result.statements if s.predicate.name not in ("leaderOf", "officialOf")]


# ------------------------------------------------------------------ "protect Y from Z"
@pytest.mark.parametrize(
    ("text", "helped", "kept_from"),
    [
        ("Norway shielded Kosovo from Serbian pressure.", "XKX", "SRB"),
        ("France is working to protect Mali from Russian mercenaries.", "MLI", "RUS"),
        ("The EU defends Moldova from Russian interference.", "MDA", "RUS"),
        ("The UK backs the Syrian opposition to defend civilians from Iran.", "SYR", "IRN"),
    ],
)
def test_what_one_is_protected_from_is_no_beneficiary(run: Run, text: str, helped: str, kept_from: str) -> None:
    statements = [s for s in run(text).statements if s.category in ("SUPPORT", "AID")]
    assert helped in {s.object.country for s in statements}
    assert kept_from not in {s.object.country for s in statements}


def test_people_from_a_country_are_still_its_people(run: Run) -> None:
    # "from Y" inside the object phrase names where the people come from, not a threat
    assert ("CAN", "providesAidTo", "UKR") in country_triples(run("Canada funds schools for children from Ukraine."))


# ------------------------------------------------------- "the accord reached between X and Y"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agreement reached on Monday between Sudan and South Sudan ends the dispute.", ("SDN", "signsAgreementWith", "SSD")),
        ("Kenya welcomed the deal signed in Doha between Qatar and Bahrain.", ("QAT", "signsAgreementWith", "BHR")),
        ("The talks held last week between Greece and Turkey were tense.", ("GRC", "meetsWith", "TUR")),
        ("The treaty signed between Chile and Peru in 1929 settled the border.", ("CHL", "signsAgreementWith", "PER")),
    ],
)
def test_a_participle_between_the_act_and_its_parties(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operated between Denmark and Sweden was cancelled.",
        "The agreement reached between the two ministries covers schools.",
    ],
)
def test_a_participle_between_no_act_and_two_places_states_nothing(run: Run, text: str) -> None:
    assert events(run(text)) == []


# ------------------------------------------------------------ "Y was killed in a raid by X"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The journalist from Colombia was killed in a raid by Venezuelan troops.", ("VEN", "attacks", "COL")),
        ("Three Kenyan fishermen died in a strike carried out by Somali forces.", ("SOM", "attacks", "KEN")),
        ("Four Afghan guards died during the shelling by Pakistani artillery.", ("PAK", "attacks", "AFG")),
        ("A Nigerien soldier was shot and killed in a raid by Chadian forces.", ("TCD", "attacks", "NER")),
        ("Rwandan troops carried out an attack in which two Ugandan soldiers were wounded.", ("RWA", "attacks", "UGA")),
        ("Uganda condemned the raid by Rwandan militias in which five Ugandan herders died.", ("RWA", "attacks", "UGA")),
    ],
)
def test_who_was_harmed_in_an_attack_is_its_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The farmer from Peru was killed in a storm by the river.",
        "Two Kenyan soldiers were killed in an attack by Kenyan bandits.",  # one country: no relation between states
        "Three Ghanaian workers were hurt in a strike by dockers.",
    ],
)
def test_harm_in_no_attack_between_states_states_nothing(run: Run, text: str) -> None:
    assert "attacks" not in events(run(text))


# ------------------------------------------------------- "its commitment to defeating Y"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain reiterated its commitment to defeating ISIL.", ("GBR", "attacks", ISIL)),
        ("Japan reiterated its commitment to supporting Ukraine.", ("JPN", "supports", "UKR")),
        ("France confirmed its determination to helping Lebanon.", ("FRA", "providesAidTo", "LBN")),
        ("Germany is committed to defeating the Islamic State.", ("DEU", "attacks", ISIL)),
    ],
)
def test_a_commitment_to_an_act_is_that_act_intended(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    statements = run(text).statements
    assert [(s.subject.country, s.predicate.name, s.object.country or s.object.label, s.modality.value) for s in statements] == [(*expected, "intended")]


def test_a_commitment_to_an_act_of_no_actor_stays_a_commitment(run: Run) -> None:
    # nothing codes "reforming its courts": the pledge to it is what is said
    assert country_triples(run("Poland reaffirmed its commitment to reforming its courts.")) == {("POL", "agreesTo", "reforming courts")}


# ------------------------------------------------------------ "with the help of Y"
@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Jordanian police arrested the suspect with the aid of Iraqi soldiers.", "IRQ", "JOR"),
        ("Malian forces recaptured Kidal with the assistance of Russian mercenaries.", "RUS", "MLI"),
        ("Turkey signed the deal with the support of Qatar.", "QAT", "TUR"),
    ],
)
def test_a_helper_is_no_target_of_the_act_it_helps(run: Run, text: str, helper: str, helped: str) -> None:
    statements = run(text).statements
    assert helper not in {s.object.country for s in statements}
    assert {(s.subject.country, s.object.country) for s in statements if s.category in ("SUPPORT", "AID")} == {(helper, helped)}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo held talks with the help of Nigeria.",
        "Ghana and Togo reached a deal with the support of Nigeria.",
        "Ghana held a summit with Togo with the assistance of Nigeria.",
    ],
)
def test_a_helper_of_an_event_noun_is_no_party_to_it(run: Run, text: str) -> None:
    # the helper of a light verb's event ("held talks", "reached a deal") is not met, signed with or agreed with
    statements = run(text).statements
    assert not [s for s in statements if s.predicate.category in ("CONSULT", "AGREE", "COOPERATE") and "NGA" in (s.subject.country, s.object.country)]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo reached a deal with the support of Nigeria.",
        "Ghana agreed to the plan with the backing of Nigeria.",
        "Ghana reached a deal with the rebels with the help of Nigeria.",
        "Ghana and Togo signed a truce with the mediation of Nigeria.",
        "Ghana reached an accord on fishing with the blessing of Nigeria.",
    ],
)
def test_a_helper_is_no_topic_nor_partner_of_the_act(run: Run, text: str) -> None:
    # "with the support (backing, help, mediation, blessing) of Z" names who helps the act along: Z is
    # neither what was agreed to (a topic "support of Z") nor a side of the agreement
    statements = run(text).statements
    agreed = [s for s in statements if s.predicate.category in ("AGREE", "CONSULT", "COOPERATE")]
    assert not [s for s in agreed if "Nigeria" in s.object.label or "NGA" in (s.subject.country, s.object.country)], agreed


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # distractors: a "with" partner, and a topic that only mentions support, are kept
        ("Ghana reached a deal with Togo.", ("GHA", "signsAgreementWith", "TGO")),
        ("Ghana agreed to a plan for the support of farmers.", ("GHA", "agreesTo", "plan for support of farmers")),
    ],
)
def test_a_partner_or_topic_beside_no_helper_is_kept(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(run(text))


def test_a_partner_named_with_with_is_still_the_object(run: Run) -> None:
    # only a noun of help after "with" names a helper: "cooperated with Y" still names the partner
    assert ("NOR", "cooperatesWith", "SWE") in country_triples(run("Norway cooperated with Sweden on fisheries."))


# ------------------------------------------------------------ third parties: mediators, hosts, onlookers
@pytest.mark.parametrize(
    ("text", "sides", "third"),
    [
        # a participle of a third party ("mediated by X", "hosted by X") names no side of the event between others
        ("Talks between Ghana and Togo, mediated by the African Union, resumed in Accra.", ("GHA", "TGO"), "African Union"),
        ("The negotiations between Peru and Ecuador hosted by Brazil ended without a deal.", ("PER", "ECU"), "BRA"),
        ("A dialogue between Serbia and Montenegro, facilitated by Austria, opened on Monday.", ("SRB", "MNE"), "AUT"),
        # "with X in attendance / present / as an observer / looking on": X watches, the others meet
        ("Officials of Bolivia and Paraguay met in Asuncion, with Argentina in attendance.", ("BOL", "PRY"), "ARG"),
        ("Kenya held talks with Uganda, with Tanzania as an observer.", ("KEN", "UGA"), "TZA"),
        ("Greece met Cyprus on Tuesday, with Italy looking on.", ("GRC", "CYP"), "ITA"),
    ],
)
def test_a_third_party_is_no_side_of_a_meeting(run: Run, text: str, sides: tuple[str, str], third: str) -> None:
    statements = run(text).statements
    assert {frozenset((s.subject.country, s.object.country)) for s in statements if s.predicate.name == "meetsWith"} == {frozenset(sides)}
    # the third party takes no side; a mediator or facilitator mediates the sides (CAMEO 045), nothing else
    third_party = [s for s in statements if third in (s.subject.country, s.subject.label, s.object.country, s.object.label)]
    assert all(s.predicate.name == "mediates" and s.object.country in sides for s in third_party), third_party


def test_an_onlooker_without_the_others_is_no_partner(run: Run) -> None:
    # distractor: the only "with" object watches, and the two named sides do not meet each other in the parse
    assert not [s for s in run("Japan held talks on Monday with China present as an observer.").statements if s.object.country == "CHN"]
    # and a partner of "with" stays one, even with an adjective after it ("the present crisis")
    assert ("EGY", "meetsWith", "JOR") in country_triples(run("Egypt met with Jordan to discuss the present crisis."))


# ------------------------------------------------------------------ "stood by Y"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia stood by Japan during the crisis.", ("AUS", "supports", "JPN", "asserted")),
        ("Japan said it would stand by South Korea.", ("JPN", "supports", "KOR", "intended")),
        ("Canada has stood firmly by Latvia.", ("CAN", "supports", "LVA", "asserted")),
    ],
)
def test_standing_by_a_partner_is_support(run: Run, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in {(s.subject.country, s.predicate.name, s.object.country, s.modality.value) for s in run(text).statements}


@pytest.mark.parametrize(
    "text",
    [
        "Peru stood by the decision of the court.",
        "The pact was signed by Chile.",  # an agent "by", no trigger of its own
    ],
)
def test_standing_by_no_actor_states_no_support(run: Run, text: str) -> None:
    assert "supports" not in events(run(text))


# ------------------------------------------------------------ "provided training for Y's army"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany is providing training for the Malian army.", ("DEU", "providesAidTo", "MLI")),
        ("France provides military training to the Nigerien army.", ("FRA", "providesAidTo", "NER")),
        ("Turkey gave counter-terrorism training to Somali police.", ("TUR", "providesAidTo", "SOM")),
    ],
)
def test_training_given_to_a_country_s_forces_is_aid(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The school provides training for teachers.",
        "Ukrainian soldiers completed training in Britain.",
    ],
)
def test_training_given_to_no_other_country_states_no_aid(run: Run, text: str) -> None:
    assert "providesAidTo" not in events(run(text))


# ------------------------------------------------------- "the invasion of Y by X"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act with its agent as a passive subject: the agent is criticised, not the patient
        ("The blockade of Qatar by Bahrain was denounced by Oman.", ("OMN", "criticizes", "BHR")),
        # the agent hung on the active verb by the parse: it is still the act's agent
        ("Chile condemned the shelling of Bolivia by Peru.", ("CHL", "criticizes", "PER")),
        ("Chile condemned the shelling of Bolivia by Peru.", ("PER", "attacks", "BOL")),
        # the agent on the noun itself, in an object
        ("Nepal welcomed the release of the fishermen by India.", ("NPL", "praises", "IND")),
    ],
)
def test_an_act_with_a_by_agent_stands_for_its_agent(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # "by" a means or a vote, not an agent: no one is criticised (the shelling has no known doer)
        "Chile condemned the shelling of Bolivia by a large majority.",
        "Chile condemned the shelling of Bolivia by cutting its aid.",
    ],
)
def test_a_by_phrase_that_names_no_agent_makes_no_target(run: Run, text: str) -> None:
    assert events(run(text)) == []


# ------------------------------------------- "Norlandic and Sudian troops": one force per country
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two adjectives on a force that acts
        ("Serbian and Hungarian police raided smuggling camps in Croatia.", {("SRB", "attacks", "HRV"), ("HUN", "attacks", "HRV")}),
        # three adjectives
        ("Malian, Nigerien and Chadian soldiers attacked rebel bases in Libya.", {("MLI", "attacks", "LBY"), ("NER", "attacks", "LBY"), ("TCD", "attacks", "LBY")}),
        # as the object of the act
        ("Estonia accused Iranian and Syrian officials of smuggling arms.", {("EST", "accuses", "IRN"), ("EST", "accuses", "SYR")}),
        # a first demonym the tagger takes for a name ("Thai": a noun modifier, not an adjective)
        ("Thai and Lao soldiers attacked smugglers' camps in Myanmar.", {("THA", "attacks", "MMR"), ("LAO", "attacks", "MMR")}),
        ("Fighting broke out between Thai and Cambodian troops.", {("KHM", "fightsWith", "THA")}),
    ],
)
def test_coordinated_nationalities_of_a_force_are_each_a_force(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a modifier that names no country adds no one
        "Serbian and allied police raided smuggling camps in Croatia.",
    ],
)
def test_a_coordinated_modifier_of_no_country_adds_no_force(run: Run, text: str) -> None:
    assert {t[0] for t in country_triples(run(text)) if t[1] == "attacks"} == {"SRB"}


def test_coordinated_nationalities_of_civilians_make_no_state_act(run: Run) -> None:
    assert events(run("Serbian and Hungarian athletes protested against the ban.")) == []


# ------------------------------------------- "Sudia, accused by Norland of ...": a participle's patient
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laos, accused by Thailand of harbouring smugglers, denied the charge.", ("THA", "accuses", "LAO")),
        ("Belize, threatened by Guatemala with a lawsuit, mobilized its reserves.", ("GTM", "threatens", "BLZ")),
        ("Moldova, long supported by Romania, praised Ukraine.", ("ROU", "supports", "MDA")),
    ],
)
def test_an_actor_described_by_a_passive_participle_is_its_patient(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # the participle describes a thing, not an actor
        "The freighter, seized by Iran in May, sailed to Oman.",
        # the participle describes the accord, whose parties are named elsewhere
        "The accord, welcomed by Chile, was signed on Monday.",
        # the participle follows a place: the place is not what was brokered
        "Talks between two rebel groups opened in Gabon, brokered by Chile.",
    ],
)
def test_a_participle_describing_no_actor_gives_it_no_patient(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[0] in ("IRN", "CHL")], country_triples(run(text))


def test_each_coordinated_force_is_labelled_with_its_own_nationality(run: Run) -> None:
    found = {s.subject.label for s in run("Serbian and Hungarian police raided smuggling camps in Croatia.").statements}
    assert {"Serbian police", "Hungarian police"} <= found, found


# ------------------------------------------------------------ an actor inside a clause of the object is no party
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # a clause of leaving names where the group comes from: Togo's refugees, as "Togolese refugees" (session 14)
        ("Ghana supported refugees who fled from Togo.", True),
        ("Ghana supported refugees fleeing from Togo.", True),
        ("Ghana backed farmers who had been evicted by Togo.", False),
        ("Ghana financed clinics for villagers displaced by Togolese raids.", False),
    ],
)
def test_an_actor_in_a_clause_of_the_object_is_no_party(run: Run, text: str, origin: bool) -> None:
    # the object is the head noun (a topic, nothing, or the group of the country it fled), not the country its
    # relative or participle clause names
    objects = {(s.object.type.value, s.object.country) for s in run(text).statements}
    assert ("Country", "TGO") not in objects, objects
    if origin:
        assert ("SectorActor", "TGO") in objects, objects
    else:
        assert "TGO" not in {country for _, country in objects}, objects


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # distractors: the object's owner, an "of" phrase, and the doer of an act or of a thing made stay
        ("Ghana condemned Togo's attacks.", ("GHA", "criticizes", "TGO")),
        ("Ghana supported the people of Togo.", ("GHA", "supports", "TGO")),
        ("Ghana condemned the attacks which were carried out by Togo.", ("GHA", "criticizes", "TGO")),
        ("Ghana welcomed the proposal put forward by Togo.", ("GHA", "praises", "TGO")),
        ("Ghana criticized remarks made last week by Togo.", ("GHA", "criticizes", "TGO")),
    ],
)
def test_the_objects_owner_or_doer_is_still_the_party(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(run(text))


# ------------------------------------------------------------ relief sent (CAMEO 073)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaysia dispatched relief supplies to Indonesia after the tsunami.", ("MYS", "providesAidTo", "IDN")),
        # a coordinated object: the second conjunct names the relief
        ("Oman sent engineers and medicines to Somalia.", ("OMN", "providesAidTo", "SOM")),
        # a measured object: what the quantity holds is sent
        ("Algeria airlifted forty tonnes of food to Niger.", ("DZA", "providesAidTo", "NER")),
        ("Kuwait flew a consignment of tents to Jordan.", ("KWT", "providesAidTo", "JOR")),
        # relief workers sent
        ("Chile rushed firefighters to Argentina.", ("CHL", "providesAidTo", "ARG")),
    ],
)
def test_relief_goods_or_workers_sent_to_a_country_are_aid(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # goods sold abroad: trade, not relief
        "Argentina shipped wheat to Brazil.",
        "A Peruvian firm shipped food to a Bolivian supermarket.",
        # relief to one's own people
        "The Kenyan government sent food to drought-hit Kenyan villages.",
    ],
)
def test_goods_sold_or_sent_home_are_no_aid(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "providesAidTo"], country_triples(run(text))


# ------------------------------------------------------------ peacekeepers sent (CAMEO 074)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zambia deployed 600 peacekeepers to the Central African Republic.", ("ZMB", "providesAidTo", "CAF")),
        # peacekeeping as the compound of the force sent
        ("Rwanda dispatched a peacekeeping battalion to Mozambique.", ("RWA", "providesAidTo", "MOZ")),
        ("Italy stationed peacekeeping troops in Lebanon.", ("ITA", "providesAidTo", "LBN")),
        ("Mongolia sent blue helmets to South Sudan.", ("MNG", "providesAidTo", "SSD")),
    ],
)
def test_peacekeepers_sent_to_a_country_are_aid_not_a_show_of_force(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found
    assert not [t for t in found if t[1] == "mobilizes"], found


def test_peacekeepers_moved_at_home_are_no_aid(run: Run) -> None:
    found = country_triples(run("Nepal deployed its peacekeepers to its own border districts."))
    assert not [t for t in found if t[1] in ("providesAidTo", "mobilizes")], found


# ------------------------------------------------------------ "Y came under attack from X"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Lebanese patrol came under attack by Israeli troops.", ("ISR", "attacks", "LBN")),
        ("Afghan border posts came under heavy shelling from Pakistani forces.", ("PAK", "attacks", "AFG")),
        ("The Emirati port came under drone attack from Yemeni rebels.", ("YEM", "attacks", "ARE")),
        ("The Turkish base in Iraq was under rocket fire from Iranian militias for hours.", ("IRN", "attacks", "TUR")),
        # a bare gerund, which the parse hangs on "under" as a clause (pcomp), not as a noun
        ("A Georgian checkpoint came under shelling from Russian positions.", ("RUS", "attacks", "GEO")),
        ("Sudanese villages fell under bombing by Chadian aircraft.", ("TCD", "attacks", "SDN")),
        ("The Kenyan camp remained under shelling by Somali forces.", ("SOM", "attacks", "KEN")),
    ],
)
def test_the_subject_of_an_attack_undergone_is_its_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a criticism: a bare "attack" from lawmakers is no act of force
        "The Peruvian budget came under attack from Chilean lawmakers.",
        # no doer named
        "The Armenian village came under attack on Sunday.",
        "The Armenian village came under shelling on Sunday.",
    ],
)
def test_an_attack_undergone_from_no_armed_force_is_no_act_of_force(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "attacks"], country_triples(run(text))


# ------------------------------------------------------------ "... in protest at Y's act"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs "in protest" on the object noun
        ("Ghana walked out of the summit in protest against Togo.", ("GHA", "protests", "TGO")),
        # the target hangs on the verb
        ("Laos skipped the meeting in protest at the Thai raids.", ("LAO", "protests", "THA")),
        ("Bolivia pulled its team from the talks in protest over Chile's claims.", ("BOL", "protests", "CHL")),
    ],
)
def test_an_in_protest_idiom_is_the_clause_subjects_protest(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a protest at home
        "The Indonesian minister resigned in protest over the budget cuts.",
        # a determined protest is an event of its own, joined by people of its own country
        "Bolivian miners joined in the protest against the Bolivian government.",
    ],
)
def test_an_in_protest_idiom_at_home_is_no_protest_against_a_state(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "protests"], country_triples(run(text))


# ------------------------------------------------------------ refugees taken in (CAMEO 075)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh hosts a million Rohingya refugees from Myanmar.", ("BGD", "providesAidTo", "MMR")),
        ("Tanzania took in thousands of Burundian refugees.", ("TZA", "providesAidTo", "BDI")),
        ("Armenia housed evacuees from Lebanon.", ("ARM", "providesAidTo", "LBN")),
        ("Ireland resettled 3,000 Syrian refugees last year.", ("IRL", "providesAidTo", "SYR")),
    ],
)
def test_refugees_taken_in_are_aid_to_their_country_not_a_meeting(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found
    assert not [t for t in found if t[1] == "meetsWith"], found


@pytest.mark.parametrize(
    "text",
    [
        # a delegation taken in is no refugee
        "Italy took in the Libyan delegation for a tour of the port.",
        # refugees of one's own country
        "Sudan sheltered refugees from Sudan's western provinces.",
    ],
)
def test_no_refugees_or_own_refugees_taken_in_are_no_aid(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "providesAidTo"], country_triples(run(text))


# ------------------------------------------------------------ harm suffered in a state's custody (CAMEO 182)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Moroccan detainee died in Spanish custody.", ("ESP", "attacks", "MAR")),
        ("Three Eritrean migrants were tortured in the custody of Libyan guards.", ("LBY", "attacks", "ERI")),
        ("A Tunisian student died while in Italian police custody.", ("ITA", "attacks", "TUN")),
    ],
)
def test_harm_suffered_in_a_states_custody_is_its_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # no keeper named
        "A Moroccan detainee died in custody.",
        # the keeper is of the victim's own country
        "A Peruvian suspect died in Peruvian police custody.",
    ],
)
def test_harm_in_custody_without_a_foreign_keeper_is_no_attack(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "attacks"], country_triples(run(text))


# ------------------------------------------------------------ an act promised by its noun ("pledged aid to Y")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway pledged emergency relief to Malawi.", ("NOR", "providesAidTo", "MWI")),
        ("The Saudi government promised a loan of two billion dollars to Pakistan.", ("SAU", "providesAidTo", "PAK")),
        ("Turkey has vowed support for Azerbaijan.", ("TUR", "supports", "AZE")),
        ("Mexico offered asylum to the Bolivian president.", ("MEX", "providesAidTo", "BOL")),
    ],
)
def test_an_act_promised_by_its_noun_has_the_promiser_as_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s.subject.country, s.predicate.name, s.object.country): s for s in run(text).statements}
    assert expected in found, found
    if "offered" not in text:
        assert found[expected].modality.value == "intended"


def test_a_promise_of_nothing_foreign_stays_a_pledge(run: Run) -> None:
    # a promise to one's own people: no foreign target, the pledge topic stays
    assert not [t for t in country_triples(run("The Peruvian president promised jobs to young Peruvians.")) if t[1] == "providesAidTo"]


# ------------------------------------------------------------ "put Y under arrest / investigation"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algerian police placed four Malian smugglers under arrest.", ("DZA", "coerces", "MLI")),
        ("Georgia kept two Russian soldiers under detention for a month.", ("GEO", "coerces", "RUS")),
        ("Belgium put a Rwandan minister under investigation.", ("BEL", "investigates", "RWA")),  # "Congolese" names two states
    ],
)
def test_putting_a_foreigner_under_arrest_or_investigation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # one's own official, and a thing put under review
        "The Belgian court put a Belgian minister under investigation.",
        "Greece placed its navy under a new command.",
    ],
)
def test_putting_no_foreigner_under_restraint_is_no_act(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("coerces", "investigates")], country_triples(run(text))


# ------------------------------------------------------------ consenting to a demand (CAMEO 080)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nepal agreed to India's demand for a joint patrol.", ("NPL", "concedes", "IND")),
        ("Bahrain complied with the Iranian ultimatum.", ("BHR", "concedes", "IRN")),
        ("Portugal fulfilled Brazil's request for the return of the paintings.", ("PRT", "concedes", "BRA")),
    ],
)
def test_consenting_to_anothers_demand_is_a_concession(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_agreeing_to_terms_stays_an_agreement_and_a_firms_demands_no_concession(run: Run) -> None:
    assert not [t for t in country_triples(run("The Danish firm agreed to the union's demands.")) if t[1] == "concedes"]
    assert not [t for t in country_triples(run("Chile agreed to the terms of the deal with Peru.")) if t[1] == "concedes"]
