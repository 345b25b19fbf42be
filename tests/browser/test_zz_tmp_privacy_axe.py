import pytest
from django.utils import timezone

from tests.browser.accounts import log_in
from tests.factories import ProjectFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_tmp_axe(new_page, axe):
    user = UserFactory()
    project = ProjectFactory(owner=user, contact_name="Mara", contact_consent_at=timezone.now(), contact_consent_by=user, contact_consent_version="2026-11")
    page = new_page()
    log_in(page, user)
    page.goto("/konto/meine-daten/")
    axe(page)
    page.get_by_role("button", name="Mein Konto endgültig löschen").click() if page.get_by_role("button", name="Mein Konto endgültig löschen").count() else page.locator("form[action$='konto-loeschen/'] button").click()
    axe(page)
    page.goto(f"/meine-initiativen/{project.pk}/")
    axe(page)
    page.locator("form[action$='einwilligung-widerrufen/'] button").click()
    axe(page)
    page.goto("/konto/meine-daten/")
    axe(page)
    page.locator("form[action$='konto-loeschen/'] input[name=password]").fill("Sicheres-Testpasswort-1")
    page.locator("form[action$='konto-loeschen/'] input[name=confirm]").check()
    page.locator("form[action$='konto-loeschen/'] button").click()
    page.wait_for_url("**/")
    axe(page)
