"""The newcomer's journey through the portal, in a real browser, with axe-core checks."""

import re

import pytest

from portal.models import User
from tests.browser.accounts import PASSWORD_LABEL

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PASSWORD = "Ein-sicheres-Passwort-7"


def test_sign_up_verify_log_in_edit_profile_switch_language_log_out(page, axe, mailoutbox):
    page.goto("/")
    assert page.locator("h1").count() == 1
    axe(page)

    page.get_by_role("link", name="Registrieren").first.click()
    assert page.locator("h1").inner_text() == "Registrieren"
    axe(page)

    # First with a mistake: the errors are shown next to their fields, and accessible.
    page.get_by_label("E-Mail-Adresse").fill("neu@example.org")
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_label("Passwort (Wiederholung)").fill("etwas-anderes-1234")
    page.get_by_role("button", name="Registrieren").click()
    assert page.locator("#id_password2_error, .form-errors").count() >= 1
    axe(page)

    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_label("Passwort (Wiederholung)").fill(PASSWORD)
    page.get_by_role("button", name="Registrieren").click()
    page.wait_for_url("**/konto/confirm-email/")
    assert User.objects.filter(email="neu@example.org").exists()

    (mail,) = mailoutbox
    link = re.search(r"https?://\S+/konto/confirm-email/\S+", mail.body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Bestätigen").click()

    page.goto("/konto/login/")
    axe(page)
    page.get_by_label("E-Mail-Adresse").fill("neu@example.org")
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_url("**/konto/profil/")
    axe(page)

    page.get_by_label("Anzeigename").fill("Aylin K.")
    page.get_by_label(re.compile(r"^Organisation( \(Pflichtfeld\))?:?$")).fill(
        "Nachbarschaftschor Jena e. V."
    )
    page.get_by_label("Rolle in der Organisation").fill("Chorleitung")
    page.get_by_label("Region").select_option(label="Jena (Thüringen)")
    page.get_by_role("button", name="Profil speichern").click()
    assert page.get_by_text("Ihr Profil wurde gespeichert.").is_visible()
    user = User.objects.get(email="neu@example.org")
    assert (user.display_name, user.region.name) == ("Aylin K.", "Jena")

    for path in ["/konto/email/", "/konto/password/change/"]:
        page.goto(path)
        assert page.locator("h1").count() == 1
        axe(page)
    page.goto("/konto/profil/")

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/konto/profil/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "My profile"
    axe(page)

    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Log in").first.is_visible()


@pytest.mark.parametrize(
    "path", ["/impressum/", "/datenschutz/", "/barrierefreiheit/", "/en/impressum/"]
)
def test_legal_pages_pass_axe(page, axe, path):
    page.goto(path)
    assert page.locator("h1").count() == 1
    axe(page)


def test_error_pages_pass_axe(page, axe):
    response = page.goto("/gibt-es-nicht/")
    assert response.status == 404
    axe(page)


def test_keyboard_user_reaches_the_content_with_the_skip_link(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_page_fits_a_320px_screen(page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert overflow is False
