from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils import translation

from faq import actions as faq_actions
from faq.models import Category, Entry, SynonymGroup
from tests import factories

PRODUCTION_TESTS = Path(__file__).parent / "production"


def pytest_collection_modifyitems(items):
    """With ``make test`` (pytest-xdist, ``--dist loadgroup``) the production tests share
    one worker: they share one set-up of nginx, app servers and Redis, started once."""
    for item in items:
        if PRODUCTION_TESTS in item.path.parents:
            item.add_marker(pytest.mark.xdist_group("production"))


@pytest.fixture(autouse=True)
def german_to_begin_with():
    """Each test starts in the portal's default language, whichever test ran before it in
    this process (a request under /en/ leaves English active in the thread)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back after its last test.

    Module-scoped fixtures that depend on it build data once for every test of the module
    that only reads it (the demo content, the access matrix's world). Each test still runs
    in a savepoint of its own (mark it ``django_db``), so what a test changes is undone
    before the next one starts.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def module_media(tmp_path_factory):
    """A media directory for the files of a module's shared data (e.g. demo pictures)."""
    root = tmp_path_factory.mktemp("media")
    storages = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    with override_settings(MEDIA_ROOT=root, STORAGES=storages):
        yield root


@pytest.fixture
def user(db):
    return factories.UserFactory()


@pytest.fixture
def editor(db):
    return factories.EditorFactory()


@pytest.fixture
def moderator(db):
    return factories.ModeratorFactory()


@pytest.fixture
def staff(db):
    return factories.StaffFactory()


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def mail_after_commit(django_capture_on_commit_callbacks, mailoutbox):
    """Run the after-commit mail tasks of the block and return the outbox.

    Test transactions never commit, so the callbacks that a commit would run are
    captured and run explicitly: the same path a real request takes.
    """

    class Runner:
        outbox = mailoutbox

        def __call__(self):
            return django_capture_on_commit_callbacks(execute=True)

    return Runner()


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
    faq_actions.refresh_category_counts()
    faq_actions.rebuild_words()
    return entries


@pytest.fixture(autouse=True)
def fresh_fragment_cache():
    """Each test starts with no rendered fragments kept from another test's data."""
    from django.core.cache import caches

    caches["fragments"].clear()
    yield
