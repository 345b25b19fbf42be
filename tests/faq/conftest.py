import pytest

from faq import actions
from faq.models import Category, Entry, SynonymGroup


@pytest.fixture
def faq(db):
    """A small FAQ with a synonym or two, as editors would set it up."""
    funding = Category.objects.create(name="Finanzierung und Förderung", slug="finanzierung")
    network = Category.objects.create(name="Vernetzung", slug="vernetzung")
    entries = {
        "foerdermittel": Entry.objects.create(
            category=funding,
            slug="foerdermittel",
            question="Wo bekomme ich Fördermittel für ein Musikprojekt?",
            keywords="Zuschuss, Antrag",
            answer="Förderungen gibt es von Ländern, Kommunen und Stiftungen.",
        ),
        "versicherung": Entry.objects.create(
            category=funding,
            slug="versicherung",
            question="Wie sind Ehrenamtliche versichert?",
            keywords="Haftpflicht, Unfall",
            answer="Viele Länder haben Sammelverträge für Ehrenamtliche.",
        ),
        "oeffnung": Entry.objects.create(
            category=network,
            slug="oeffnung",
            question="Was bedeutet interkulturelle Öffnung?",
            keywords="Vielfalt",
            answer="Interkulturelle Öffnung heißt, dass Vereine und Ämter Zugänge schaffen.",
        ),
        "schule": Entry.objects.create(
            category=network,
            slug="schule",
            question="Wie gelingt die Zusammenarbeit mit der Schule?",
            keywords="Lehrkräfte",
            answer="Die interkulturelle Öffnung der Schule beginnt mit Elternarbeit.",
        ),
        "gefluechtete": Entry.objects.create(
            category=network,
            slug="gefluechtete",
            question="Wie erreiche ich Geflüchtete in Sammelunterkünften?",
            keywords="Zielgruppe, Unterkunft",
            answer="Sprechen Sie die Sozialarbeit der Unterkunft an.",
        ),
    }
    SynonymGroup.objects.create(words=["flüchtlinge", "flüchtling", "geflüchtete"])
    SynonymGroup.objects.create(words=["geld", "finanzierung", "förderung", "fördermittel"])
    SynonymGroup.objects.create(words=["ehrenamtliche", "freiwillige"])
    actions.refresh_category_counts()
    actions.rebuild_words()
    return entries
