"""The pages the defect fixes of issue 15 changed fit a 320 px phone without sideways scrolling."""

import pytest
from django.core.management import call_command

from faq.models import Entry
from networks.models import Meeting, Network, Organisation
from projects import actions as project_actions
from projects.models import Project
from tests.browser.accounts import log_in
from tests.factories import EditorFactory, MemberFactory, ProjectFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"


def assert_fits_a_phone(page, path: str) -> None:
    response = page.goto(path)
    assert response.status == 200, path
    assert page.evaluate(OVERFLOW) is False, f"{path} scrolls sideways at 320 px"


@pytest.fixture
def demo(settings):
    call_command("load_demo", "--force", verbosity=0)


def test_public_pages_changed_by_the_fixes_fit_a_phone(new_page, demo):
    page = new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    network = Network.objects.order_by("pk").first()
    paths = [
        "/projekte/?land=zzz",  # the error summary of the filters
        "/projekte/?land=05&kreis=16053",  # a district outside the Land
        "/netzwerke/",
        "/organisationen/",
        Organisation.objects.order_by("pk").first().get_absolute_url(),
        network.get_absolute_url(),
        "/netzwerke/termine/",
        f"/netzwerke/termine/{Meeting.objects.order_by('pk').first().pk}/",
        Entry.objects.filter(is_published=True).order_by("pk").first().get_absolute_url(),
    ]
    for path in paths:
        assert_fits_a_phone(page, path)


def test_member_and_editor_pages_changed_by_the_fixes_fit_a_phone(new_page):
    owner = MemberFactory(email="eigentum@example.org")
    returned = ProjectFactory(owner=owner, status=Project.Status.SUBMITTED, published_at=None)
    editor = EditorFactory(email="redaktion-schmal@example.org")
    project_actions.request_changes(
        project=returned,
        editor=editor,
        message="Bitte ergänzen Sie die Ansprechperson und ein Bild.",
        sections=["contact", "images"],
    )
    page = new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    log_in(page, owner)
    for path in ("/konto/sessions/", "/konto/meine-daten/", f"/meine-initiativen/{returned.pk}/"):
        assert_fits_a_phone(page, path)

    waiting = ProjectFactory(
        owner=UserFactory(), status=Project.Status.SUBMITTED, published_at=None
    )
    editor_page = new_page()
    editor_page.set_viewport_size({"width": 320, "height": 640})
    log_in(editor_page, editor)
    for path in ("/redaktion/", f"/redaktion/projekte/{waiting.pk}/"):
        assert_fits_a_phone(editor_page, path)
