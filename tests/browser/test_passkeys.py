"""Passkeys in a real browser: Chromium's virtual authenticator stands in for a phone.

An editor makes a passkey their second factor and then logs in with it alone; a member
uses one as the second step after the password. Every page passes axe and the CSP.
"""

import pytest

from tests.browser.accounts import PASSWORD_LABEL, log_in
from tests.factories import PASSWORD, EditorFactory, MemberFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"


def add_virtual_authenticator(page) -> tuple:
    """A platform authenticator that holds passkeys and checks its owner (like Touch ID)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    found = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return cdp, found["authenticatorId"]


def stored_passkeys(cdp, authenticator_id: str) -> list:
    return cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})["credentials"]


def confirm_password_if_asked(page) -> None:
    if "/konto/reauthenticate/" in page.url:
        page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
        page.get_by_role("button", name="Bestätigen").click()


def create_passkey(page, axe) -> None:
    """On the page "Passkey hinzufügen": name it and let the device make it."""
    page.wait_for_url("**/konto/2fa/webauthn/add/")
    axe(page)
    assert page.get_by_label("Mit diesem Passkey auch allein anmelden").is_checked()
    page.get_by_label("Name des Passkeys").fill("Laptop im Büro")
    page.get_by_role("button", name="Passkey erstellen").click()


def log_out(page) -> None:
    page.goto("/konto/logout/")
    page.locator("#main").get_by_role("button", name="Abmelden").click()
    page.wait_for_url("**/")


def test_editor_makes_a_passkey_the_second_factor_and_logs_in_with_it_alone(new_page, axe):
    editor = EditorFactory(email="redaktion-passkey@example.org", mfa=False)
    page = new_page()
    cdp, authenticator = add_virtual_authenticator(page)

    # Sent to set up a second factor; the app's page offers a passkey instead.
    log_in(page, editor, landing="**/konto/reauthenticate/**")
    confirm_password_if_asked(page)
    page.wait_for_url("**/konto/2fa/totp/activate/")
    page.get_by_role("link", name="Stattdessen einen Passkey hinzufügen").click()
    create_passkey(page, axe)

    # Recovery codes come with it, as with the app.
    page.wait_for_url("**/konto/2fa/recovery-codes/")
    assert page.get_by_text("Passkey hinzugefügt.").is_visible()
    axe(page)
    assert len(stored_passkeys(cdp, authenticator)) == 1
    page.goto("/konto/2fa/webauthn/")
    axe(page)
    assert page.get_by_role("cell", name="Laptop im Büro", exact=True).is_visible()
    assert page.get_by_role("cell", name="Anmeldung ohne Passwort").is_visible()

    # Next time the passkey alone logs the editor in: no password, no code, no detour.
    log_out(page)
    page.goto("/konto/login/")
    axe(page)
    page.get_by_role("button", name="Mit einem Passkey anmelden").click()
    page.wait_for_url("**/konto/profil/")
    page.goto("/redaktion/")
    assert page.url.endswith("/redaktion/")
    assert page.get_by_role("heading", level=1).is_visible()


def test_member_uses_a_passkey_as_the_second_step_after_the_password(new_page, axe):
    member = MemberFactory(email="mitglied-passkey@example.org")
    page = new_page()
    cdp, authenticator = add_virtual_authenticator(page)
    log_in(page, member)

    page.goto("/konto/2fa/")
    axe(page)
    page.get_by_role("link", name="Passkey hinzufügen").click()
    confirm_password_if_asked(page)
    create_passkey(page, axe)
    page.wait_for_url("**/konto/2fa/recovery-codes/")
    assert len(stored_passkeys(cdp, authenticator)) == 1

    log_out(page)
    page.goto("/konto/login/")
    page.get_by_label("E-Mail-Adresse").fill(member.email)
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_url("**/konto/2fa/authenticate/")
    axe(page)
    page.get_by_role("button", name="Passkey verwenden").click()
    page.wait_for_url("**/konto/profil/")


def test_a_cancelled_passkey_says_so_in_german(new_page, axe):
    member = MemberFactory(email="abbruch-passkey@example.org")
    page = new_page()
    add_virtual_authenticator(page)
    # The device holds no passkey for the portal: the browser reports that it was not used.
    page.goto("/konto/login/")
    page.get_by_role("button", name="Mit einem Passkey anmelden").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "Der Passkey wurde nicht verwendet" in alert.inner_text()
    assert member.email not in page.content()
    axe(page)


def test_the_passkey_pages_fit_a_phone(new_page):
    member = MemberFactory(email="schmal-passkey@example.org")
    page = new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    add_virtual_authenticator(page)
    log_in(page, member)
    page.goto("/konto/2fa/webauthn/add/")
    confirm_password_if_asked(page)
    page.wait_for_url("**/konto/2fa/webauthn/add/")
    assert page.evaluate(OVERFLOW) is False
    page.get_by_role("button", name="Passkey erstellen").click()
    page.wait_for_url("**/konto/2fa/recovery-codes/")
    for path in ("/konto/2fa/", "/konto/2fa/webauthn/", "/konto/login/"):
        page.goto(path)
        assert page.evaluate(OVERFLOW) is False, f"{path} scrolls sideways at 320 px"
