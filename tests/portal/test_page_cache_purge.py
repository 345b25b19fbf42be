"""What is taken from public view leaves every app server's page cache at once.

Each app process keeps anonymous visitors' pages in its own memory, where an action
in another process cannot reach. The tests play two servers, each with a page cache of
its own: a visitor is served by server B, the change is made through server A.
"""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from networks.models import Meeting
from projects.consent import CONTACT_CONSENT_TEXT, CONTACT_CONSENT_VERSION
from projects.models import Project
from tests import factories
from tests.factories import add_meeting, make_network

pytestmark = pytest.mark.django_db

SERVERS = ("server-a", "server-b")


@pytest.fixture
def serve_from(settings):
    """Switch the page cache that answers the next requests, as a balancer would."""

    def switch(server: str) -> None:
        settings.CACHES = {
            **settings.CACHES,
            "pages": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": f"test-pages-{server}",
            },
        }

    for server in SERVERS:
        switch(server)
        caches["pages"].clear()
    yield switch
    for server in SERVERS:
        switch(server)
        caches["pages"].clear()


@pytest.fixture
def owner(db):
    return factories.UserFactory(display_name="Olga Owner")


@pytest.fixture
def portrait(owner):
    return factories.ProjectFactory(
        name="Nähcafé International",
        owner=owner,
        contact_name="Mara Kontakt",
        contact_email="mara.kontakt@example.org",
        contact_consent_at=timezone.now(),
        contact_consent_by=owner,
        contact_consent_text=str(CONTACT_CONSENT_TEXT),
        contact_consent_version=CONTACT_CONSENT_VERSION,
    )


def anonymous(url: str):
    return Client().get(url)


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_withdrawn_contact_disappears_at_once_on_every_server(
    serve_from, portrait, owner, django_capture_on_commit_callbacks
):
    serve_from("server-b")
    assert "Mara Kontakt" in anonymous(portrait.get_absolute_url()).content.decode()

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(owner).post(
            reverse("projects:project-consent-withdraw", args=[portrait.pk])
        )
    assert response.status_code == 302

    serve_from("server-b")
    page = anonymous(portrait.get_absolute_url())
    assert page.status_code == 200
    assert "Mara Kontakt" not in page.content.decode()
    assert "mara.kontakt@example.org" not in page.content.decode()


def test_an_archived_portrait_disappears_at_once_on_every_server(
    serve_from, portrait, owner, django_capture_on_commit_callbacks
):
    serve_from("server-b")
    assert anonymous(portrait.get_absolute_url()).status_code == 200
    assert "Nähcafé International" in anonymous("/projekte/").content.decode()

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(owner).post(reverse("projects:project-archive", args=[portrait.pk]))
    assert Project.objects.get(pk=portrait.pk).status == Project.Status.ARCHIVED

    serve_from("server-b")
    assert anonymous(portrait.get_absolute_url()).status_code == 404
    assert "Nähcafé International" not in anonymous("/projekte/").content.decode()


def meeting_form(meeting: Meeting, **changes) -> dict:
    local = timezone.localtime
    return {
        "title": meeting.title,
        "working_group": "",
        "starts_at": local(meeting.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": local(meeting.ends_at).strftime("%Y-%m-%dT%H:%M"),
        "place": meeting.place,
        "online_url": "",
        "agenda": "",
        "registration_note": "",
        "is_public": "on",
        "minutes": "",
        **changes,
    }


def test_a_meeting_made_members_only_disappears_at_once_on_every_server(
    serve_from, django_capture_on_commit_callbacks
):
    coordinator = factories.UserFactory(display_name="Tarek Koordination")
    network = make_network()
    network.coordinators.add(coordinator)
    meeting = add_meeting(network, title="Treffen der AG Wohnen", days=12)

    serve_from("server-b")
    assert anonymous(meeting.get_absolute_url()).status_code == 200
    assert "Treffen der AG Wohnen" in anonymous("/netzwerke/termine/").content.decode()
    assert "Treffen der AG Wohnen" in anonymous("/netzwerke/termine/kalender.ics").content.decode()

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(coordinator).post(
            reverse("networks:meeting-edit", args=[network.slug, meeting.pk]),
            meeting_form(meeting, is_public=""),
        )
    assert response.status_code == 302
    assert not Meeting.objects.get(pk=meeting.pk).is_public

    serve_from("server-b")
    assert anonymous(meeting.get_absolute_url()).status_code == 404
    assert "Treffen der AG Wohnen" not in anonymous("/netzwerke/termine/").content.decode()
    assert (
        "Treffen der AG Wohnen" not in anonymous("/netzwerke/termine/kalender.ics").content.decode()
    )


def test_a_deleted_meeting_disappears_at_once_on_every_server(
    serve_from, django_capture_on_commit_callbacks
):
    coordinator = factories.UserFactory()
    network = make_network()
    network.coordinators.add(coordinator)
    meeting = add_meeting(network, title="Treffen der AG Wohnen", days=12)
    serve_from("server-b")
    assert "Treffen der AG Wohnen" in anonymous("/netzwerke/termine/").content.decode()

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(coordinator).post(
            reverse("networks:meeting-delete", args=[network.slug, meeting.pk])
        )
    assert not Meeting.objects.filter(pk=meeting.pk).exists()

    serve_from("server-b")
    assert "Treffen der AG Wohnen" not in anonymous("/netzwerke/termine/").content.decode()


def test_a_deleted_account_disappears_at_once_on_every_server(
    serve_from, portrait, owner, django_capture_on_commit_callbacks
):
    serve_from("server-b")
    assert "Mara Kontakt" in anonymous(portrait.get_absolute_url()).content.decode()

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(owner).post(
            reverse("portal:delete-account"),
            {"password": factories.PASSWORD, "confirm": "on"},
        )
    assert response.status_code == 302

    serve_from("server-b")
    assert "Mara Kontakt" not in anonymous(portrait.get_absolute_url()).content.decode()


def test_new_things_may_wait_for_the_page_to_expire(serve_from, owner):
    """Publishing is not a removal: the kept list may show it a minute later."""
    serve_from("server-b")
    before = anonymous("/projekte/").content
    factories.ProjectFactory(name="Neue Sprachbrücke", owner=owner)
    assert anonymous("/projekte/").content == before


def test_browsers_are_told_not_to_keep_anonymous_pages(serve_from, portrait):
    serve_from("server-b")
    first = anonymous(portrait.get_absolute_url())
    Project.objects.filter(pk=portrait.pk).update(name="Umbenanntes Nähcafé")
    second = anonymous(portrait.get_absolute_url())
    # The server still keeps the page (the rename shows only when it expires) ...
    assert second.content == first.content
    # ... but no browser may reuse it without asking, so a withdrawal reaches it too.
    for response in (first, second):
        assert "max-age=0" in response["Cache-Control"]
        assert "max-age=60" not in response["Cache-Control"]
        expires = response.get("Expires")
        if expires:
            assert datetime.datetime.strptime(
                expires, "%a, %d %b %Y %H:%M:%S GMT"
            ) <= datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def test_static_files_keep_their_own_caching(serve_from, client):
    response = client.get("/static/css/portal.css")
    if response.status_code == 404:
        pytest.skip("no such stylesheet")
    assert "max-age=0" not in response.get("Cache-Control", "")


def test_pages_are_served_when_the_shared_cache_does_not_answer(settings, serve_from, portrait):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
        },
    }
    response = anonymous(portrait.get_absolute_url())
    assert response.status_code == 200
    assert "Mara Kontakt" in response.content.decode()


# --- changes made in the admin -----------------------------------------------------------


@pytest.fixture
def admin_client(client):
    """Staff logged in through the portal's log-in, with the second factor."""
    staff = factories.StaffFactory()
    client.post(reverse("account_login"), {"login": staff.email, "password": factories.PASSWORD})
    client.post(
        reverse("mfa_authenticate"), {"code": factories.current_totp_code(staff.totp_secret)}
    )
    assert client.get("/admin/").status_code == 200
    return client


def test_an_article_deleted_in_the_admin_disappears_at_once(
    serve_from, admin_client, django_capture_on_commit_callbacks
):
    article = factories.ArticleFactory(title="Gespräch über den Chor")
    serve_from("server-b")
    assert anonymous(article.get_absolute_url()).status_code == 200

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:projects_article_delete", args=[article.pk]), {"post": "yes"}
        )
    assert response.status_code == 302

    serve_from("server-b")
    assert anonymous(article.get_absolute_url()).status_code == 404


def test_articles_deleted_together_in_the_admin_disappear_at_once(
    serve_from, admin_client, django_capture_on_commit_callbacks
):
    articles = [factories.ArticleFactory() for _ in range(2)]
    serve_from("server-b")
    for article in articles:
        assert anonymous(article.get_absolute_url()).status_code == 200

    serve_from("server-a")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:projects_article_changelist"),
            {
                "action": "delete_selected",
                "_selected_action": [article.pk for article in articles],
                "post": "yes",
            },
        )
    assert response.status_code == 302

    serve_from("server-b")
    for article in articles:
        assert anonymous(article.get_absolute_url()).status_code == 404


def test_a_meeting_made_members_only_in_the_admin_disappears_at_once(
    serve_from, admin_client, django_capture_on_commit_callbacks
):
    network = make_network()
    meeting = add_meeting(network, title="Offenes Vernetzungstreffen", public=True)
    serve_from("server-b")
    assert anonymous(meeting.get_absolute_url()).status_code == 200

    serve_from("server-a")
    change_url = reverse("admin:networks_meeting_change", args=[meeting.pk])
    form = admin_client.get(change_url).context["adminform"].form
    data = {
        name: value
        for name, field in form.fields.items()
        if (value := form[name].value()) is not None
    }
    data = {
        **{k: v for k, v in data.items() if not isinstance(v, bool)},
        **{k: "on" for k, v in data.items() if v is True},
    }
    data.pop("is_public", None)
    for name in ("starts_at", "ends_at"):
        if name in data:
            local = timezone.localtime(data.pop(name))
            data[f"{name}_0"], data[f"{name}_1"] = (
                local.date().isoformat(),
                local.time().isoformat(),
            )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    serve_from("server-b")
    assert anonymous(meeting.get_absolute_url()).status_code == 404
