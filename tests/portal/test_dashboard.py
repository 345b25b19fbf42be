"""The home page: a personal overview for people logged in, picture cards for everyone."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from forum import actions as forum_actions
from networks.models import NetworkMembership
from projects.models import Project, ProjectImage
from selfcheck.models import CheckResult
from tests.factories import (
    BoardFactory,
    MemberFactory,
    ProjectFactory,
    UserFactory,
    add_meeting,
    make_network,
    make_organisation,
    make_questionnaire,
    start_topic,
)

pytestmark = pytest.mark.django_db


def give_member_a_bit_of_everything(member, number: int) -> None:
    """``number`` initiatives, unread topics, networks with meetings and saved results."""
    board = BoardFactory()
    for index in range(number):
        ProjectFactory(
            owner=member,
            name=f"Initiative {number}-{index}",
            slug=f"initiative-{number}-{index}",
            status=[Project.Status.DRAFT, Project.Status.SUBMITTED, Project.Status.PUBLISHED][
                index % 3
            ],
        )
        start_topic(board=board, title=f"Frage {number}-{index}")
        coordinated = make_network(f"Netzwerk K {number}-{index}")
        coordinated.coordinators.add(member)
        add_meeting(coordinated, days=index + 1, title=f"Treffen K {number}-{index}")
        joined = make_network(f"Netzwerk M {number}-{index}")
        organisation = make_organisation(f"Verein {number}-{index}")
        organisation.owners.add(member)
        NetworkMembership.objects.create(network=joined, organisation=organisation)
        add_meeting(joined, days=index + 2, public=False, title=f"Treffen M {number}-{index}")
        questionnaire = make_questionnaire(f"check-{number}-{index}")
        CheckResult.objects.create(questionnaire=questionnaire, user=member, scores=[])


def home_queries(member) -> tuple[str, int]:
    client = Client()
    client.force_login(member)
    client.get("/")  # the session, the cache version and the like, once
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/").content.decode()
    return body, len(queries)


def test_the_personal_home_page_costs_the_same_for_a_little_and_a_lot():
    few, many = MemberFactory(), MemberFactory()
    give_member_a_bit_of_everything(few, 1)
    give_member_a_bit_of_everything(many, 8)

    few_body, few_queries = home_queries(few)
    many_body, many_queries = home_queries(many)

    assert many_queries == few_queries
    assert "Initiative 1-0" in few_body and "Treffen M 1-0" in few_body
    # Every part shows what it found, and no more than its first rows.
    assert "Initiative 8-7" in many_body  # the newest initiative
    assert "Frage 8-" in many_body
    assert "Treffen K 8-0" in many_body and "Treffen M 8-0" in many_body
    assert "Check check-8-" in many_body
    assert many_body.count('class="badge badge--') == 5


def test_members_see_only_what_they_have_not_read(client):
    member = MemberFactory()
    board = BoardFactory()
    read = start_topic(board=board, title="Schon gelesen")
    start_topic(board=board, title="Noch ungelesen")
    forum_actions.mark_read(user=member, topic=read, up_to=read.post_count)
    client.force_login(member)

    body = client.get("/").content.decode()

    assert "Noch ungelesen" in body
    assert "Schon gelesen" not in body


def test_meetings_of_other_networks_stay_out(client):
    member = UserFactory()
    mine = make_network("Mein Netzwerk")
    mine.coordinators.add(member)
    add_meeting(mine, title="Unser Treffen")
    add_meeting(make_network("Fremdes Netzwerk"), title="Fremdes Treffen")
    add_meeting(mine, days=-3, title="Vergangenes Treffen")
    client.force_login(member)

    body = client.get("/").content.decode()

    assert "Unser Treffen" in body
    assert "Fremdes Treffen" not in body
    assert "Vergangenes Treffen" not in body


def test_a_newcomer_gets_an_empty_state_with_a_way_on_in_every_part(client):
    newcomer = UserFactory()
    client.force_login(newcomer)

    body = client.get("/").content.decode()

    assert body.count("<h1") == 1
    for link in [
        'href="/meine-initiativen/neu/"',
        'href="/forum/mitglied-werden/"',
        'href="/netzwerke/"',
        'href="/selbstcheck/"',
    ]:
        assert link in body
    assert 'class="overview__part"' in body


def test_visitors_get_the_public_page_without_anything_personal(user):
    give_member_a_bit_of_everything(user, 1)
    body = Client().get("/").content.decode()
    assert 'class="overview"' not in body
    assert "Treffen K 1-0" not in body
    assert 'href="/konto/signup/"' in body


@pytest.fixture
def page_cache(settings):
    """The real per-process page cache instead of the tests' dummy one."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "test-dashboard-pages",
        },
    }
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


def test_the_page_kept_for_visitors_never_shows_a_members_overview(page_cache):
    """A member's visit does not leave their overview in the page cache for others."""
    member = MemberFactory(display_name="Frau Beispiel")
    give_member_a_bit_of_everything(member, 1)
    Client().get("/")  # a visitor's page is kept
    member_client = Client()
    member_client.force_login(member)
    assert "Frau Beispiel" in member_client.get("/").content.decode()

    body = Client().get("/").content.decode()

    assert "Frau Beispiel" not in body
    assert "Treffen K 1-0" not in body
    assert 'href="/konto/signup/"' in body


def test_home_cards_show_the_small_picture_with_srcset_and_size():
    project = ProjectFactory(name="Nähcafé mit Bild", slug="naehcafe-mit-bild")
    image = ProjectImage.objects.create(
        project=project,
        image="projekte/bild.jpg",
        image_small="projekte/bild-klein.jpg",
        width=1200,
        height=800,
        alt_text="Frauen an Nähmaschinen",
        approved=True,
    )
    ProjectFactory(name="Ohne Bild", slug="ohne-bild")

    body = Client().get("/").content.decode()

    [img] = [tag for tag in re.findall(r"<img\b[^>]*>", body) if "bild-klein" in tag]
    assert f'src="{image.image_small.url}"' in img
    assert f'srcset="{image.image_small.url} 480w, {image.image.url} 1200w"' in img
    assert 'width="1200"' in img and 'height="800"' in img and "sizes=" in img
    # The portrait without a picture gets the designed panel with a topic icon.
    assert '<div class="placeholder"><svg class="icon"' in body
    assert "#topic-generic" in body
