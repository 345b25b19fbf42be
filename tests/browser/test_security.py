"""An editor sets up two-factor log-in, sees their sessions and data, and logs in with a code."""

import pytest

from tests.browser.accounts import PASSWORD_LABEL, log_in
from tests.factories import PASSWORD, EditorFactory, current_totp_code

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_editor_sets_up_two_factor_log_in_and_uses_it(new_page, axe):
    editor = EditorFactory(email="redaktion@example.org", mfa=False)
    page = new_page()

    # The password alone lets an editor in only as far as the set-up of a second factor;
    # allauth asks for the password once more before a factor is added.
    log_in(page, editor, landing="**/konto/reauthenticate/**")
    axe(page)
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_role("button", name="Bestätigen").click()
    page.wait_for_url("**/konto/2fa/totp/activate/")
    axe(page)
    secret = page.get_by_label("Authentifizierungsgeheimnis").input_value()

    # A wrong code is refused with a message; the right one activates the app.
    page.get_by_label("Authentifizierungscode").fill("000000")
    page.get_by_role("button", name="Aktivieren").click()
    axe(page)
    # Named in the error summary at the top and at the field itself.
    assert page.locator("[data-error-summary]").get_by_text("Falscher Code").is_visible()
    assert page.get_by_text("Falscher Code").count() == 2
    page.get_by_label("Authentifizierungscode").fill(current_totp_code(secret))
    page.get_by_role("button", name="Aktivieren").click()
    page.wait_for_url("**/konto/2fa/recovery-codes/")
    axe(page)
    assert page.locator("#recovery_codes").input_value().count("\n") >= 9

    # Now the editor's pages open, and the account pages pass axe.
    page.goto("/redaktion/")
    assert page.get_by_role("heading", level=1).is_visible()
    for path in ["/konto/2fa/", "/konto/sessions/", "/konto/meine-daten/"]:
        page.goto(path)
        axe(page)
    page.goto("/konto/sessions/")
    assert page.get_by_text("Aktuell").first.is_visible()

    # Next time the code is asked for after the password.
    page.goto("/konto/logout/")
    page.locator("#main").get_by_role("button", name="Abmelden").click()
    editor.totp_secret = secret
    page.goto("/konto/login/")
    page.get_by_label("E-Mail-Adresse").fill(editor.email)
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_url("**/konto/2fa/authenticate/")
    axe(page)
    page.get_by_label("Code").fill(current_totp_code(secret))
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/profil/")
