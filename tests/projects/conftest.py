import pytest

from portal.models import Region, TargetGroup, Topic
from projects import actions
from projects.models import FundingProgramme
from tests.factories import FundingProgrammeFactory


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


@pytest.fixture
def portrait_data(db):
    """The cleaned values of a complete initiative form."""

    def make(**overrides):
        cleaned = {
            "name": "Sprachcafé Miteinander",
            "summary": "Jeden Dienstag üben Zugewanderte und Nachbarn Deutsch im Gespräch.",
            "description": "Ein offener Treff im Stadtteilzentrum, **ohne Anmeldung**.",
            "goals": "- Sprechen üben\n- Nachbarn kennenlernen",
            "lessons": "Feste Zeiten helfen; Kinderbetreuung war entscheidend.",
            "topics": [Topic.objects.get_or_create(name="Sprache", slug="sprache")[0]],
            "target_groups": list(TargetGroup.objects.none()),
            "funding_programmes": [FundingProgrammeFactory(name="ThILIK", slug="thilik")]
            if not FundingProgramme.objects.filter(slug="thilik").exists()
            else [FundingProgramme.objects.get(slug="thilik")],
            "region": Region.objects.get(ags="16053"),
            "place": "Jena-Lobeda",
            "sponsor_name": "Nachbarschaftsverein Lobeda e. V.",
            "sponsor_kind": "verein",
            "partners": "Stadtbibliothek",
            "languages": "Deutsch, Arabisch",
            "start_date": None,
            "end_date": None,
            "website": "",
            "contact_name": "",
            "contact_email": "",
            "contact_phone": "",
            "contact_consent": False,
        }
        cleaned.update(overrides)
        return actions.portrait_data(cleaned, consent_text="Einwilligung")

    return make


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="Musik und Kultur", slug="musik-und-kultur")
