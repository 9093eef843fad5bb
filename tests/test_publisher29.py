"""A government's own officers named by a bare title in its release (kg/extract/_publisher.py, own_officer), on invented texts.

"The Defence Secretary met the Chilean defence minister" in a UK Government release is the United Kingdom meeting Chile,
as "The British Defence Secretary met ..." is; the same text from a news agency names no one."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from spacy.language import Language

from conftest import events
from kg.extract import get_extractor
from kg.model import ArticleResult
from kg.pipeline import analyse
from kg.read import article_from_text

Publish = Callable[..., ArticleResult]

UK = "UK Government"
AUS = "Australian Government Department of Foreign Affairs and Trade"


@pytest.fixture(scope="module")
def publish(nlp: Language) -> Publish:
    """Analyse a text as an article with the given source."""
    extractor = get_extractor()

    def _publish(text: str, source: str | None = None) -> ArticleResult:
        article = dataclasses.replace(article_from_text(text, "release.txt"), source=source)
        return analyse(nlp(article.text), article, extractor)

    return _publish


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # a verb, the title as its subject
        (UK, "The Defence Secretary met the Chilean defence minister in London on Thursday to discuss fisheries.",
         ("United Kingdom", "meetsWith", "Chile")),
        # a passive: the title as the patient
        (UK, "The Prime Minister was welcomed by the Mongolian President in Ulaanbaatar on Sunday.",
         ("Mongolia", "meetsWith", "United Kingdom")),
        # the title as an object
        (UK, "The Vietnamese President telephoned the Prime Minister on Friday to discuss rice exports.",
         ("Vietnam", "meetsWith", "United Kingdom")),
        # a spokesperson of a body of the government, with "a"
        (UK, "A Foreign Office spokesperson condemned Belarus's detention of three journalists.",
         ("United Kingdom", "criticizes", "Belarus")),
        # a minister for a region, in another government's release
        (AUS, "The Minister for the Pacific visited Fiji on Wednesday and announced new funding for schools.",
         ("Australia", "visits", "Fiji")),
        # an envoy as the subject
        (UK, "The Ambassador met Peru's interior minister in Lima on Monday.", ("United Kingdom", "meetsWith", "Peru")),
        # a title with an "of" phrase, a judgement
        (UK, "The Secretary of State praised Ghana's peaceful elections.", ("United Kingdom", "praises", "Ghana")),
        # a second clause after a headline
        (UK, "Talks in Hanoi\n\nThe Minister of State for Asia held talks with Vietnam's deputy foreign minister in Hanoi.",
         ("United Kingdom", "meetsWith", "Vietnam")),
        # in a quotation of the publisher's own spokeswoman
        (UK, "Talks with Chile\n\nA Home Office spokeswoman said: “The Home Secretary met the Chilean interior minister to discuss border checks.”",
         ("United Kingdom", "meetsWith", "Chile")),
        # a headline, without "the"
        (UK, "Defence Secretary condemns Belarus crackdown\n\nThe detentions of journalists continued on Monday.",
         ("United Kingdom", "criticizes", "Belarus")),
        # another government's release, the title alone
        ("US Department of State", "The Secretary met Chilean Foreign Minister Ana Ruiz in Washington on Monday to discuss lithium supply chains.",
         ("United States", "meetsWith", "Ana Ruiz")),
        # a pronoun for the officer, in the next sentence and in a clause of its own sentence
        (UK, "The Defence Secretary arrived in Lima on Monday. She met Peru's defence minister to discuss naval cooperation.",
         ("United Kingdom", "meetsWith", "Peru")),
        (UK, "The Prime Minister said he would visit Chile next month.", ("United Kingdom", "visits", "Chile")),
        (UK, "The Minister for Asia visited Hanoi this week, where she met the Vietnamese trade minister.",
         ("United Kingdom", "meetsWith", "Vietnam")),
        # another state's holder of another title named before
        (UK, "President Lula met the Prime Minister in Brasilia on Monday.", ("Luiz Inácio Lula da Silva", "meetsWith", "United Kingdom")),
    ],
)
def test_bare_title_in_a_release_is_the_publisher(publish: Publish, source: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(publish(text, source))


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # a news agency's, a newspaper's or an encyclopaedia's story: whose officer is not known
        ("Reuters", "The Defence Secretary met the Chilean defence minister in London on Thursday to discuss fisheries."),
        ("Reuters", "A Foreign Office spokesperson condemned Belarus's detention of three journalists."),
        ("Wikipedia", "The Prime Minister visited Japan in 1972."),
        ("Reuters", "The Defence Secretary arrived in Lima on Monday. She met Peru's defence minister to discuss naval cooperation."),
        ("Reuters", "The Prime Minister said he would visit Chile next month."),
        ("Reuters", "Defence Secretary condemns Belarus crackdown\n\nThe detentions of journalists continued on Monday."),
        (None, "The Minister for the Pacific visited Fiji on Wednesday."),
        # an office the publisher has no holder of, or of another state or of a body
        (UK, "The President condemned Chile's decision to close the border."),
        (UK, "The Secretary-General condemned Myanmar's shelling of villages."),
        (UK, "The Taoiseach met the Chilean foreign minister in Dublin."),
        # a lower-case office that the previous sentence's subject may hold: two readings, nothing
        (UK, "Chile recalled its ambassador on Monday. The foreign minister said the decision was final and accused Peru of spying."),
        # an envoy summoned: the other state's
        (UK, "The Foreign Secretary summoned the Ambassador on Monday."),
        # in a quotation of another government's officer
        (UK, "“The Minister has insulted our people,” the Kenyan foreign minister said."),
    ],
)
def test_bare_title_elsewhere_gives_nothing(publish: Publish, source: str | None, text: str) -> None:
    assert not events(publish(text, source))


def test_another_states_holder_named_before_keeps_the_title(publish: Publish) -> None:
    """"President Lula ... The President": Lula's, not the publisher's; "the Peruvian Foreign Minister ... the Foreign
    Minister": Peru's, never the United Kingdom's."""
    found = events(publish("President Lula met the Prime Minister in Brasilia. The President praised Kenya's climate plan.", UK))
    assert ("Luiz Inácio Lula da Silva", "praises", "Kenya") in found
    assert ("United Kingdom", "praises", "Kenya") not in found
    found = events(publish("The Peruvian Foreign Minister met Chile's foreign minister in Lima. The Foreign Minister praised Chile's help.", UK))
    assert not any(s == "United Kingdom" for s, _, _ in found)


def test_second_mention_of_another_states_officer(publish: Publish) -> None:
    """"German Chancellor Otto Weber ... the Chancellor": Weber, while "the Prime Minister" is the publisher's."""
    text = "The Prime Minister spoke to German Chancellor Otto Weber this morning. The Prime Minister thanked the Chancellor for Germany's help."
    found = {(s, p, o) for s, p, o in events(publish(text, UK))}
    assert ("United Kingdom", "praises", "Otto Weber") in found
    assert not events(publish(text, "Reuters"))
