"""Registering an initiative, the editors' review, and finding the published portrait."""

import re

import pytest
from PIL import Image

from projects.models import Project
from tests.browser.accounts import log_in
from tests.factories import EditorFactory, ProjectFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def photo_file(tmp_path):
    path = tmp_path / "chorprobe.jpg"
    Image.new("RGB", (1200, 800), "darkorange").save(path, format="JPEG")
    return path


def test_register_review_fix_publish_and_find(new_page, axe, media, tmp_path):
    owner = UserFactory(email="initiative@example.org")
    editor = EditorFactory(email="redaktion@example.org")
    owner_page = new_page()
    editor_page = new_page()

    log_in(owner_page, owner)
    owner_page.goto("/meine-initiativen/neu/")
    axe(owner_page)

    # A first attempt without the required fields shows the errors accessibly.
    owner_page.get_by_role("button", name="Entwurf speichern").click()
    assert owner_page.locator("#id_name_error").is_visible()
    axe(owner_page)

    owner_page.get_by_label("Name des Projekts").fill("Nachbarschaftschor Nordstadt")
    owner_page.get_by_label("Kurzbeschreibung").fill(
        "Ein Chor, in dem Alteingesessene und Neuzugewanderte zusammen singen."
    )
    owner_page.get_by_label(re.compile(r"^Beschreibung( \(Pflichtfeld\))?:?$")).fill(
        "Wir proben jeden Donnerstag im Gemeindehaus. Die Lieder kommen aus vielen Ländern."
    )
    owner_page.get_by_label("Kreis oder Stadt").select_option(
        label="Dortmund (Nordrhein-Westfalen)"
    )
    owner_page.get_by_label(re.compile(r"^Träger( \(Pflichtfeld\))?:?$")).fill(
        "Kulturverein Nordstadt e. V."
    )
    owner_page.get_by_label("Art des Trägers").select_option(label="Verein")
    owner_page.get_by_label(re.compile(r"^Bild:?$")).set_input_files(photo_file(tmp_path))
    owner_page.get_by_label("Alternativtext").fill("Chorprobe mit zwanzig Menschen im Halbkreis")
    owner_page.get_by_role("button", name="Entwurf speichern").click()
    assert owner_page.get_by_text("Ihre Änderungen wurden gespeichert.").is_visible()
    project = Project.objects.get(owner=owner)
    assert project.images.count() == 1

    owner_page.get_by_role("button", name="Speichern und zur Prüfung einreichen").click()
    owner_page.wait_for_url(f"**/meine-initiativen/{project.pk}/einreichen/")
    owner_page.get_by_role("button", name="Zur Prüfung einreichen").click()
    owner_page.wait_for_url("**/meine-initiativen/")
    axe(owner_page)

    # The editor asks for a change.
    log_in(editor_page, editor)
    editor_page.goto("/redaktion/")
    axe(editor_page)
    editor_page.get_by_role("link", name="Nachbarschaftschor Nordstadt").click()
    axe(editor_page)
    editor_page.get_by_label("Änderungen erbitten").check()
    editor_page.get_by_label(re.compile("Nachricht an die Einreichenden")).fill(
        "Bitte beschreiben Sie, was gut lief und was schwierig war."
    )
    editor_page.get_by_role("checkbox", name="Über das Projekt").check()
    editor_page.get_by_role("checkbox", name="Träger und Förderung").check()
    editor_page.get_by_role("button", name="Entscheidung speichern").click()
    editor_page.wait_for_url("**/redaktion/")
    project.refresh_from_db()
    assert project.status == Project.Status.CHANGES_REQUESTED

    # The owner finds the editor's message at the top of the form, fixes it and submits again.
    owner_page.goto(f"/meine-initiativen/{project.pk}/")
    notice = owner_page.get_by_role("region", name="Die Redaktion bittet um Änderungen")
    assert notice.get_by_text(
        "Bitte beschreiben Sie, was gut lief und was schwierig war."
    ).is_visible()
    # The sections the editor ticked are linked from the notice and marked in words.
    assert [link.inner_text() for link in notice.get_by_role("link").all()] == [
        "Über das Projekt",
        "Träger und Förderung",
    ]
    marked = owner_page.get_by_text("Die Redaktion bittet hier um Änderungen.")
    assert marked.count() == 2
    for heading in ["Über das Projekt", "Träger und Förderung"]:
        # The part is named with its step: "Schritt 1 von 6: Über das Projekt".
        section = owner_page.get_by_role("group", name=re.compile(rf": {heading}$"))
        assert section.get_by_text("Die Redaktion bittet hier um Änderungen.").is_visible()
    notice.get_by_role("link", name="Träger und Förderung").click()
    owner_page.wait_for_url("**#section-funding")
    axe(owner_page)
    # Redirects keep a fragment; the rest of the journey starts from the plain address.
    owner_page.goto(f"/meine-initiativen/{project.pk}/")
    owner_page.get_by_label("Was gut lief, was schwierig war").fill(
        "Gut lief das gemeinsame Essen nach der Probe; schwierig waren die Noten in fünf Schriften."
    )
    owner_page.get_by_role("button", name="Speichern und zur Prüfung einreichen").click()
    owner_page.wait_for_url(f"**/meine-initiativen/{project.pk}/einreichen/")
    owner_page.get_by_role("button", name="Zur Prüfung einreichen").click()
    owner_page.wait_for_url("**/meine-initiativen/")

    # The editor publishes.
    editor_page.goto(f"/redaktion/projekte/{project.pk}/")
    editor_page.get_by_label("Veröffentlichen").check()
    editor_page.get_by_role("button", name="Entscheidung speichern").click()
    editor_page.wait_for_url("**/redaktion/")
    project.refresh_from_db()
    assert project.status == Project.Status.PUBLISHED

    # Anyone finds it by its region and by a word of its description.
    visitor = new_page()
    visitor.goto("/projekte/")
    visitor.get_by_label("Kreis oder Stadt").select_option(label="Dortmund")
    visitor.get_by_role("button", name="Ergebnisse zeigen").click()
    assert visitor.get_by_role("link", name="Nachbarschaftschor Nordstadt").is_visible()
    axe(visitor)
    visitor.goto("/projekte/?q=Gemeindehaus")
    visitor.get_by_role("link", name="Nachbarschaftschor Nordstadt").click()
    assert visitor.locator("h1").inner_text() == "Nachbarschaftschor Nordstadt"
    assert visitor.get_by_text("schwierig waren die Noten").is_visible()
    assert visitor.get_by_role(
        "img", name="Chorprobe mit zwanzig Menschen im Halbkreis"
    ).is_visible()
    axe(visitor)


def test_admin_spells_the_slug_of_a_new_article_the_german_way(new_page):
    editor = EditorFactory(email="beitraege@example.org", is_staff=True)
    page = new_page()
    log_in(page, editor)
    page.goto("/admin/projects/article/add/")
    page.locator("#id_title").press_sequentially("Nähcafé für Mütter")
    assert page.locator("#id_slug").input_value() == "naehcafe-fuer-muetter"


def test_editor_sees_who_answers_for_an_ownerless_portrait_and_what_to_do(new_page, axe):
    from portal.actions import delete_account

    owner = UserFactory(email="verlaesst@example.org")
    project = ProjectFactory(
        owner=owner, status=Project.Status.SUBMITTED, published_at=None, name="Nähcafé Plagwitz"
    )
    delete_account(user=owner, delete_forum_posts=False)
    editor = EditorFactory(email="redaktion-verwaist@example.org")
    page = new_page()
    log_in(page, editor)
    page.goto("/redaktion/")
    assert "None" not in page.locator("main").inner_text()
    page.get_by_role("link", name="Nähcafé Plagwitz").click()
    notice = page.get_by_role("note")
    assert "Die Redaktion ist jetzt dafür verantwortlich" in notice.inner_text()
    assert "None" not in notice.inner_text()
    assert page.get_by_label("Änderungen erbitten").count() == 0
    axe(page)
    page.get_by_label("Ablehnen").check()
    page.get_by_label("Vermerk für den Verlauf").fill("Doppelt eingetragen.")
    page.get_by_role("button", name="Entscheidung speichern").click()
    page.wait_for_url("**/redaktion/")
    assert page.get_by_text("Ihre Entscheidung wurde gespeichert.").is_visible()
    project.refresh_from_db()
    assert project.status == Project.Status.REJECTED
