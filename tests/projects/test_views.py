import json
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Region
from projects.models import Project
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    ProjectFactory,
    UserFactory,
    image_upload,
)

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "name": "Musikwerkstatt Nordstadt",
        "summary": "Jugendliche aus aller Welt machen zusammen Musik.",
        "description": "Jeden Freitag proben wir im Jugendhaus.",
        "goals": "",
        "lessons": "",
        "region": Region.objects.get(ags="05913").pk,
        "place": "Dortmund",
        "sponsor_name": "Jugendhaus Nordstadt e. V.",
        "sponsor_kind": "verein",
        "partners": "",
        "languages": "Deutsch",
        "start_date": "2024-03-01",
        "end_date": "",
        "website": "",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "image_alt_text": "",
        "image_caption": "",
        "image_credit": "",
        "save": "",
    }
    data.update(overrides)
    return data


# --- list ------------------------------------------------------------------------------


def result_names(response) -> list[str]:
    return re.findall(
        r'class="result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_list_shows_only_published_portraits(client):
    ProjectFactory(name="Öffentlich")
    ProjectFactory(name="Entwurf", status=Project.Status.DRAFT)
    response = client.get("/projekte/")
    assert result_names(response) == ["Öffentlich"]
    assert "1 Porträt" in response.content.decode()


def test_list_filters_by_land_district_topic_and_search(client, topic):
    dortmund = Region.objects.get(ags="05913")
    choir = ProjectFactory(
        name="Chor der Kulturen", region=dortmund, land=dortmund.land, description="Wir singen."
    )
    choir.topics.add(topic)
    ProjectFactory(name="Sprachcafé Jena", description="Wir sprechen Deutsch.")
    assert result_names(client.get("/projekte/?land=05")) == ["Chor der Kulturen"]
    assert result_names(client.get("/projekte/?kreis=16053")) == ["Sprachcafé Jena"]
    assert result_names(client.get("/projekte/?thema=musik-und-kultur")) == ["Chor der Kulturen"]
    assert result_names(client.get("/projekte/?q=singen")) == ["Chor der Kulturen"]
    assert result_names(client.get("/projekte/?q=Sprach")) == ["Sprachcafé Jena"]  # prefix


def test_list_filters_ongoing_and_ended(client):
    ProjectFactory(name="Läuft", end_date=None)
    ProjectFactory(name="Vorbei", start_date="2019-01-01", end_date="2020-12-31")
    assert result_names(client.get("/projekte/?laufzeit=laufend")) == ["Läuft"]
    assert result_names(client.get("/projekte/?laufzeit=beendet")) == ["Vorbei"]


def test_list_sorts_by_name(client):
    for name in ["Beta", "Alpha", "Gamma"]:
        ProjectFactory(name=name)
    assert result_names(client.get("/projekte/?sortierung=name")) == ["Alpha", "Beta", "Gamma"]


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "x" * 10_000,
        "q=%22%27%26%7C%21%3A*()",
        "land=abc",
        "kreis=99999",
        "sortierung=drop%20table",
        "nach=kein-cursor",
        "vor=%%%",
        "q=<script>alert(1)</script>",
    ],
)
def test_list_survives_bad_parameters(client, query):
    ProjectFactory(name="Robust")
    response = client.get(f"/projekte/?{query}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_keyset_pages_reach_the_last_page(client):
    for number in range(45):
        ProjectFactory(name=f"Projekt {number:02d}")
    first = client.get("/projekte/?sortierung=name")
    assert result_names(first)[0] == "Projekt 00"
    next_link = re.search(r'href="(\?[^"]*nach=[^"]+)" rel="next"', first.content.decode()).group(1)
    second = client.get("/projekte/" + next_link.replace("&amp;", "&"))
    assert result_names(second)[0] == "Projekt 20"
    # The last page holds what remains after the full pages before it.
    last = client.get("/projekte/?sortierung=name&seite=letzte")
    assert result_names(last) == [f"Projekt {number}" for number in range(40, 45)]
    assert 'rel="next"' not in last.content.decode()


def list_queries(client) -> int:
    caches["fragments"].clear()  # the filter form's queries count too
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/projekte/?thema=musik-und-kultur&land=16")
    assert response.status_code == 200
    return len(queries)


def test_list_needs_the_same_queries_for_10_and_1000_portraits(client, topic):
    jena = Region.objects.get(ags="16053")

    def add(count):
        projects = Project.objects.bulk_create(
            Project(
                name=f"Projekt {number}",
                slug=f"projekt-{count}-{number}",
                summary="Kurz",
                description="Lang",
                region=jena,
                land=jena.land,
                sponsor_name="Verein",
                sponsor_kind="verein",
                status="published",
                published_at="2026-01-01T10:00:00Z",
            )
            for number in range(count)
        )
        Project.topics.through.objects.bulk_create(
            Project.topics.through(project_id=project.pk, topic_id=topic.pk) for project in projects
        )

    add(10)
    small = list_queries(client)
    add(991)  # 1,001 portraits: more than the list ever counts
    assert list_queries(client) == small
    body = client.get("/projekte/").content.decode()
    assert "Mehr als 1.000 Porträts" in body


# --- detail ----------------------------------------------------------------------------


def test_detail_shows_portrait_with_json_ld_and_open_graph(client, topic):
    project = ProjectFactory(
        name="Chor der Kulturen", goals="- Gemeinsam singen", lessons="Proben am Abend klappten."
    )
    project.topics.add(topic)
    related = ProjectFactory(name="Nachbarchor")  # same region
    body = client.get(project.get_absolute_url()).content.decode()
    assert "<h1>Chor der Kulturen</h1>" in body
    assert "Proben am Abend klappten." in body
    assert 'property="og:title" content="Chor der Kulturen"' in body
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', body).group(1))
    assert data["@type"] == "Project" and data["name"] == "Chor der Kulturen"
    assert related.name in body


def test_detail_hides_contact_without_consent(client):
    project = ProjectFactory(contact_name="Aylin K.", contact_email="aylin@example.org")
    assert "aylin@example.org" not in client.get(project.get_absolute_url()).content.decode()


def test_hostile_markdown_is_neutralised(client):
    project = ProjectFactory(
        description='<script>alert(1)</script> [klick](javascript:alert(2)) <img src=x onerror="alert(3)">'
    )
    body = client.get(project.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in body
    assert 'href="javascript:' not in body
    assert "<img src=x" not in body  # shown as text, never as markup


def detail_queries(client, project) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(project.get_absolute_url()).status_code == 200
    return len(queries)


def test_detail_needs_the_same_queries_for_1_and_8_images(client, media_root):
    from portal.images import process_image
    from projects.models import ProjectImage

    project = ProjectFactory()
    processed = process_image(image_upload(size=(200, 100)))

    def add_image(number):
        ProjectImage.objects.create(
            project=project,
            image=processed.large,
            image_small=processed.small,
            alt_text=f"Bild {number}",
            position=number,
            approved=True,
        )

    add_image(0)
    one = detail_queries(client, project)
    for number in range(1, 8):
        add_image(number)
    assert detail_queries(client, project) == one


def test_unpublished_portrait_is_not_found_for_others(client):
    draft = ProjectFactory(status=Project.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(UserFactory())
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(draft.owner)
    assert client.get(draft.get_absolute_url()).status_code == 200


# --- registering -----------------------------------------------------------------------


def test_registering_needs_log_in_and_a_verified_address(client):
    assert client.get("/meine-initiativen/neu/").status_code == 302
    unverified = UserFactory(verified_email=False)
    client.force_login(unverified)
    response = client.get("/meine-initiativen/neu/")
    assert response.status_code == 302
    assert response["Location"] == "/konto/email/"


def test_user_registers_an_initiative_with_an_image(client, user, media_root):
    client.force_login(user)
    response = client.post(
        "/meine-initiativen/neu/",
        form_data(image=image_upload("probe.jpg"), image_alt_text="Jugendliche mit Gitarren"),
    )
    assert response.status_code == 302
    project = Project.objects.get(owner=user)
    assert project.status == Project.Status.DRAFT
    assert project.region.name == "Dortmund" and project.land.name == "Nordrhein-Westfalen"
    (image,) = project.images.all()
    assert image.alt_text == "Jugendliche mit Gitarren"
    assert image.image.name.startswith("projekte/") and "probe" not in image.image.name
    listing = client.get("/meine-initiativen/").content.decode()
    assert "Musikwerkstatt Nordstadt" in listing and "Entwurf" in listing


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"end_date": "2020-01-01"}, "end_date", "Das Ende kann nicht vor dem Beginn liegen."),
        ({"region": "999999"}, "region", "gültige Auswahl"),
        ({"name": ""}, "name", "Geben Sie den Namen des Projekts an."),
        ({"summary": "x" * 301}, "summary", "höchstens 300 Zeichen"),
        ({"start_date": "gestern"}, "start_date", "gültiges Datum"),
        ({"image_alt_text": ""}, "image_alt_text", "Alternativtext"),
    ],
)
def test_bad_registration_input_gets_a_field_error_and_changes_nothing(
    client, user, media_root, overrides, field, message
):
    client.force_login(user)
    data = form_data(image=image_upload(), image_alt_text="Ein Bild")
    data.update(overrides)
    response = client.post("/meine-initiativen/neu/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert f'id="id_{field}_error"' in body
    assert message in body
    assert not Project.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (image_upload("fake.jpg").__class__("fake.jpg", b"<?php echo 1; ?>"), "kein Bild"),
        (
            image_upload("zeichnung.svg").__class__("zeichnung.svg", b"<svg onload='x'/>"),
            "kein Bild",
        ),
    ],
)
def test_fake_images_are_refused_with_a_message(client, user, media_root, upload, message):
    client.force_login(user)
    response = client.post(
        "/meine-initiativen/neu/", form_data(image=upload, image_alt_text="Bild")
    )
    assert response.status_code == 200
    assert 'id="id_image_error"' in response.content.decode()
    assert not Project.objects.exists()


def test_other_users_edit_preview_and_submit_urls_are_not_found(client):
    project = ProjectFactory(status=Project.Status.DRAFT)
    client.force_login(UserFactory())
    for path in ["", "vorschau/", "einreichen/"]:
        assert client.get(f"/meine-initiativen/{project.pk}/{path}").status_code == 404
    assert client.post(f"/meine-initiativen/{project.pk}/", form_data()).status_code == 404
    project.refresh_from_db()
    assert project.name != "Musikwerkstatt Nordstadt"


def test_concurrent_edit_is_refused_with_a_clear_message(client, user):
    client.force_login(user)
    client.post("/meine-initiativen/neu/", form_data())
    project = Project.objects.get()
    stale = project.lock_version
    client.post(f"/meine-initiativen/{project.pk}/", form_data(summary="Erste", lock_version=stale))
    response = client.post(
        f"/meine-initiativen/{project.pk}/", form_data(summary="Zweite", lock_version=stale)
    )
    assert response.status_code == 200
    assert "nach Ihnen gespeichert" in response.content.decode()
    project.refresh_from_db()
    assert project.summary == "Erste"


def test_similar_published_name_in_the_same_region_is_warned_about(client, user):
    dortmund = Region.objects.get(ags="05913")
    ProjectFactory(name="Musikwerkstatt Nord-Stadt", region=dortmund, land=dortmund.land)
    client.force_login(user)
    client.post("/meine-initiativen/neu/", form_data())
    project = Project.objects.get(owner=user)
    body = client.get(f"/meine-initiativen/{project.pk}/einreichen/").content.decode()
    assert "sehr ähnliches Porträt" in body
    assert "Musikwerkstatt Nord-Stadt" in body


# --- review ----------------------------------------------------------------------------


def test_review_queue_is_for_editors_only(client, user):
    assert client.get("/redaktion/").status_code == 302
    client.force_login(user)
    assert client.get("/redaktion/").status_code == 403
    client.force_login(EditorFactory())
    assert client.get("/redaktion/").status_code == 200


def test_editor_sees_what_changed_in_a_proposal(client, user):
    from projects import actions

    project = ProjectFactory(owner=user, name="Chor", summary="Alte Beschreibung")
    client.force_login(user)
    client.post(
        f"/meine-initiativen/{project.pk}/",
        form_data(name="Chor", summary="Neue Beschreibung", lock_version=project.lock_version),
    )
    actions.submit_project(project=project, user=user)
    client.force_login(EditorFactory())
    body = client.get(f"/redaktion/projekte/{project.pk}/").content.decode()
    assert "Alte Beschreibung" in body and "Neue Beschreibung" in body
    assert "Chor" in client.get("/redaktion/").content.decode()


def test_request_changes_without_a_message_is_refused(client, user):
    from projects import actions

    project = ProjectFactory(owner=user, status=Project.Status.DRAFT)
    actions.submit_project(project=project, user=user)
    client.force_login(EditorFactory())
    response = client.post(f"/redaktion/projekte/{project.pk}/", {"decision": "request_changes"})
    assert response.status_code == 200
    assert 'id="id_message_error"' in response.content.decode()
    project.refresh_from_db()
    assert project.status == Project.Status.SUBMITTED


# --- articles and feed -----------------------------------------------------------------


def test_article_list_filters_by_kind_and_detail_shows_body(client):
    ArticleFactory(title="Gespräch mit einer Chorleiterin", kind="interview")
    ArticleFactory(title="Fachbeitrag Förderung", kind="expert_article")
    ArticleFactory(title="Unveröffentlicht", is_published=False)
    body = client.get("/beitraege/?art=interview").content.decode()
    assert "Gespräch mit einer Chorleiterin" in body
    assert "Fachbeitrag Förderung" not in body and "Unveröffentlicht" not in body
    detail = client.get("/beitraege/gespraech-0/")
    assert detail.status_code in {200, 404}


def test_feed_lists_new_portraits_and_articles(client):
    ProjectFactory(name="Neues Projekt")
    ArticleFactory(title="Neuer Beitrag")
    ProjectFactory(name="Entwurf", status=Project.Status.DRAFT)
    response = client.get("/feed/")
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Neues Projekt" in body and "Neuer Beitrag" in body
    assert "Entwurf" not in body


def test_editors_write_articles_in_the_admin_but_do_not_change_portraits_there(client):
    client.force_login(EditorFactory(is_staff=True))
    assert client.get("/admin/projects/article/add/").status_code == 200
    assert client.get("/admin/projects/fundingprogramme/add/").status_code == 200
    project = ProjectFactory()
    response = client.post(f"/admin/projects/project/{project.pk}/change/", {"name": "Gekapert"})
    assert response.status_code == 403
    project.refresh_from_db()
    assert project.name != "Gekapert"


def test_failed_ninth_image_saves_nothing_and_the_next_save_works(client, user, media_root):
    from portal.images import process_image
    from projects import actions

    client.force_login(user)
    client.post("/meine-initiativen/neu/", form_data())
    project = Project.objects.get()
    processed = process_image(image_upload(size=(100, 80)))
    for number in range(8):
        actions.add_project_image(
            project=project, user=user, image=processed, alt_text=f"B{number}"
        )
    project.refresh_from_db()
    response = client.post(
        f"/meine-initiativen/{project.pk}/",
        form_data(
            summary="Geändert",
            lock_version=project.lock_version,
            image=image_upload(),
            image_alt_text="Neuntes Bild",
        ),
    )
    assert response.status_code == 200
    assert "höchstens 8 Bilder" in response.content.decode()
    project.refresh_from_db()
    assert project.summary != "Geändert"
    response = client.post(
        f"/meine-initiativen/{project.pk}/",
        form_data(summary="Geändert", lock_version=project.lock_version),
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.summary == "Geändert"


def test_preview_of_a_proposal_shows_the_proposed_text(client, user):
    project = ProjectFactory(owner=user, name="Chor", summary="Alte Kurzbeschreibung")
    client.force_login(user)
    client.post(
        f"/meine-initiativen/{project.pk}/",
        form_data(name="Chor", summary="Neue Kurzbeschreibung", lock_version=project.lock_version),
    )
    body = client.get(f"/meine-initiativen/{project.pk}/vorschau/").content.decode()
    assert "Neue Kurzbeschreibung" in body
    assert client.get(project.get_absolute_url()).content.decode().count("Alte Kurzbeschreibung")
