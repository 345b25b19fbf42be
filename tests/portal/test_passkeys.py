"""Passkeys: a second factor after the password, and a log-in without one.

The passkey is a software authenticator (tests/passkey_device.py) that answers the
portal's real WebAuthn challenges; the portal checks its signatures as it would a phone's.
"""

import json
import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import (
    PASSWORD,
    EditorFactory,
    MemberFactory,
    ModeratorFactory,
    StaffFactory,
    UserFactory,
)
from tests.passkey_device import SoftPasskey

pytestmark = pytest.mark.django_db

# WebAuthn binds a passkey to the site's host; browsers allow plain HTTP for localhost only.
HOST = "localhost"
ORIGIN = f"http://{HOST}"


@pytest.fixture
def client():
    return Client(HTTP_HOST=HOST)


def log_in(client: Client, user) -> str:
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return response["Location"]


def is_logged_in(client: Client) -> bool:
    return client.get(reverse("portal:profile")).status_code == 200


def add_passkey(client: Client, passkey: SoftPasskey, *, passwordless: bool = True):
    """Add ``passkey`` as on the page "Passkey hinzufügen"; the log-in must be recent."""
    page = client.get(reverse("mfa_add_webauthn"))
    assert page.status_code == 200, page.get("Location")
    credential = passkey.register(
        page.context["js_data"]["creation_options"], origin=ORIGIN, resident=passwordless
    )
    data = {"name": "Mein Telefon", "credential": credential}
    if passwordless:
        data["passwordless"] = "on"
    return client.post(reverse("mfa_add_webauthn"), data)


def user_with_passkey(factory=MemberFactory, **options) -> tuple:
    """A person who has added a passkey through the portal's own page."""
    person = factory(**options)
    passkey = SoftPasskey()
    setup = Client(HTTP_HOST=HOST)
    setup.force_login(person)
    setup.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert add_passkey(setup, passkey).status_code == 302
    return person, passkey


def log_in_with_passkey_only(client: Client, passkey: SoftPasskey):
    options = client.get(reverse("mfa_login_webauthn"), HTTP_ACCEPT="application/json").json()
    credential = passkey.sign(options["request_options"], origin=ORIGIN)
    return client.post(reverse("mfa_login_webauthn"), {"credential": credential})


# --- configuration ------------------------------------------------------------------------


def test_passkeys_are_offered_for_log_in_but_not_for_sign_up():
    assert "webauthn" in settings.MFA_SUPPORTED_TYPES
    assert settings.MFA_PASSKEY_LOGIN_ENABLED is True
    # A sign-up must prove its e-mail address before anything can log in to the account.
    assert settings.MFA_PASSKEY_SIGNUP_ENABLED is False
    # The origin check stays on everywhere: the tests' http://localhost passes it as it is.
    assert getattr(settings, "MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", False) is False


def test_the_log_in_page_offers_a_passkey_without_inline_script(client):
    page = client.get(reverse("account_login")).text
    assert "Mit einem Passkey anmelden" in page
    for tag in re.findall(r"<script\b[^>]*>", page):
        # Data blocks are never run; every script that runs is a file of the portal's origin.
        assert 'type="application/json"' in tag or re.search(r'\ssrc="/static/', tag), tag
    assert " onclick=" not in page


# --- a passkey as the second factor --------------------------------------------------------


@pytest.mark.parametrize("factory", [EditorFactory, ModeratorFactory, StaffFactory])
def test_a_passkey_satisfies_the_second_factor_rule_of_privileged_roles(client, factory):
    person = factory(mfa=False)
    log_in(client, person)
    # Sent to set up a second factor; a passkey is one of the ways offered there.
    setup = client.get(reverse("projects:review-queue"))
    assert setup["Location"] == reverse("mfa_activate_totp")
    # allauth asks for the password once more before a factor is added.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert reverse("mfa_add_webauthn") in client.get(setup["Location"]).text

    done = add_passkey(client, SoftPasskey())
    assert done.status_code == 302
    assert done["Location"] == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=person, type=Authenticator.Type.WEBAUTHN).exists()
    # Recovery codes come with the first factor, as with the authenticator app.
    assert Authenticator.objects.filter(
        user=person, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    assert client.get(reverse("portal:home")).status_code == 200
    if person.is_staff:
        assert client.get("/admin/").status_code == 200


def test_a_passkey_is_the_second_step_after_the_password(client):
    member, passkey = user_with_passkey()

    assert log_in(client, member) == reverse("mfa_authenticate")
    assert not is_logged_in(client)
    page = client.get(reverse("mfa_authenticate"))
    assert "Passkey verwenden" in page.text
    credential = passkey.sign(page.context["js_data"]["request_options"], origin=ORIGIN)
    response = client.post(reverse("mfa_authenticate"), {"credential": credential})
    assert response.status_code == 302
    assert is_logged_in(client)


def test_a_recovery_code_still_replaces_the_passkey_once(client):
    member, _passkey = user_with_passkey()
    code = RecoveryCodes(
        Authenticator.objects.get(user=member, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()[0]

    log_in(client, member)
    assert client.post(reverse("mfa_authenticate"), {"code": code}).status_code == 302
    assert is_logged_in(client)

    again = Client(HTTP_HOST=HOST)
    log_in(again, member)
    assert again.post(reverse("mfa_authenticate"), {"code": code}).status_code == 200
    assert not is_logged_in(again)


# --- a passkey instead of the password -------------------------------------------------------


def test_an_editor_logs_in_with_the_passkey_alone_and_reaches_the_editor_pages(client):
    _editor, passkey = user_with_passkey(EditorFactory, mfa=False)

    response = log_in_with_passkey_only(client, passkey)
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:profile")
    # No detour to the set-up of a second factor: the passkey is one.
    review = client.get(reverse("projects:review-queue"))
    assert review.status_code == 200


def test_a_passkey_answer_made_for_another_site_does_not_log_in(client):
    _member, passkey = user_with_passkey()
    options = client.get(reverse("mfa_login_webauthn"), HTTP_ACCEPT="application/json").json()
    phished = passkey.sign(options["request_options"], origin="https://portal-login.example")

    response = client.post(reverse("mfa_login_webauthn"), {"credential": phished})
    assert response["Location"] == reverse("account_login")
    assert not is_logged_in(client)


def test_a_passkey_that_does_not_check_its_owner_is_no_log_in_on_its_own(client):
    member = MemberFactory()
    passkey = SoftPasskey(user_verified=False)
    client.force_login(member)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    # Added as a plain security key (second factor only).
    assert add_passkey(client, passkey, passwordless=False).status_code == 302
    client.post(reverse("account_logout"))

    log_in_with_passkey_only(client, passkey)
    assert not is_logged_in(client)


def test_a_passkey_of_a_removed_account_logs_nobody_in(client):
    member, passkey = user_with_passkey()
    member.delete()
    log_in_with_passkey_only(client, passkey)
    assert not is_logged_in(client)


# --- bad input --------------------------------------------------------------------------------

HOSTILE_CREDENTIALS = [
    "",
    "null",
    "[]",
    '"text"',
    "42",
    "{}",
    '{"id": 1}',
    '{"id": "a", "rawId": "b", "response": {}}',
    '{"id": "AA", "rawId": "AA", "response": {"clientDataJSON": "%%%", "authenticatorData": 1,'
    ' "signature": [], "userHandle": {"x": 1}}, "type": "public-key"}',
    '{"response": {"userHandle": "MTIzNDU2Nzg5"}}',
    '{"response": []}',
    "\x00",
    '{"id": "\\u0000"}',
    "<script>alert(1)</script>",
    "{" * 5000,
    "[" * 100_000 + "]" * 100_000,
    "٣",
]


@pytest.mark.parametrize("credential", HOSTILE_CREDENTIALS)
def test_broken_passkey_answers_are_refused_without_error(client, credential):
    member, _passkey = user_with_passkey()
    before = list(Authenticator.objects.order_by("pk").values_list("pk", "type", "data"))

    # Instead of the password.
    client.get(reverse("mfa_login_webauthn"), HTTP_ACCEPT="application/json")
    response = client.post(reverse("mfa_login_webauthn"), {"credential": credential})
    assert response.status_code == 302
    assert not is_logged_in(client)

    # As the second step.
    log_in(client, member)
    client.get(reverse("mfa_authenticate"))
    response = client.post(reverse("mfa_authenticate"), {"credential": credential})
    assert response.status_code == 200
    assert not is_logged_in(client)

    # Adding one, and confirming it is you.
    other = Client(HTTP_HOST=HOST)
    other.force_login(member)
    other.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    other.get(reverse("mfa_add_webauthn"))
    added = other.post(reverse("mfa_add_webauthn"), {"name": "x", "credential": credential})
    assert added.status_code == 200
    assert "form-errors" in added.text or "errorlist" in added.text
    other.get(reverse("mfa_reauthenticate_webauthn"))
    confirmed = other.post(reverse("mfa_reauthenticate_webauthn"), {"credential": credential})
    assert confirmed.status_code == 302

    after = list(Authenticator.objects.order_by("pk").values_list("pk", "type", "data"))
    assert [(pk, kind) for pk, kind, _ in after] == [(pk, kind) for pk, kind, _ in before]


def test_a_passkey_name_that_is_too_long_or_hostile_is_refused_or_shown_as_text(client):
    member = UserFactory()
    client.force_login(member)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    passkey = SoftPasskey()
    page = client.get(reverse("mfa_add_webauthn"))
    credential = passkey.register(page.context["js_data"]["creation_options"], origin=ORIGIN)
    too_long = client.post(
        reverse("mfa_add_webauthn"),
        {"name": "x" * 500, "credential": credential, "passwordless": "on"},
    )
    assert too_long.status_code == 200
    assert not Authenticator.objects.filter(user=member, type="webauthn").exists()

    page = client.get(reverse("mfa_add_webauthn"))
    credential = passkey.register(page.context["js_data"]["creation_options"], origin=ORIGIN)
    hostile = '<img src=x onerror="alert(1)">'
    client.post(
        reverse("mfa_add_webauthn"),
        {"name": hostile, "credential": credential, "passwordless": "on"},
    )
    listing = client.get(reverse("mfa_list_webauthn")).text
    assert hostile not in listing
    assert "&lt;img src=x" in listing


def test_another_persons_passkey_cannot_be_renamed_or_removed(client):
    owner, _passkey = user_with_passkey()
    key = Authenticator.objects.get(user=owner, type=Authenticator.Type.WEBAUTHN)
    stranger = UserFactory()
    client.force_login(stranger)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    edit = client.post(reverse("mfa_edit_webauthn", kwargs={"pk": key.pk}), {"name": "meins"})
    remove = client.post(reverse("mfa_remove_webauthn", kwargs={"pk": key.pk}))
    assert (edit.status_code, remove.status_code) == (404, 404)
    key.refresh_from_db()
    assert key.wrap().name == "Mein Telefon"


def test_the_passkey_pages_are_german(client):
    member, _passkey = user_with_passkey()
    client.force_login(member)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    texts = {
        reverse("mfa_index"): "Passkeys",
        reverse("mfa_list_webauthn"): "Hinzugefügt",
        reverse("mfa_add_webauthn"): "Passkey hinzufügen",
        reverse("mfa_reauthenticate_webauthn"): "Mit Passkey bestätigen",
    }
    for path, text in texts.items():
        page = client.get(path)
        assert page.status_code == 200, path
        assert text in page.text, path
        assert "Security key" not in page.text and "Not used" not in page.text, path
    data = json.loads(
        re.search(r'<script id="js_data" type="application/json">(.*?)</script>', page.text)[1]
    )
    assert data["request_options"]["publicKey"]["rpId"] == HOST


def test_one_renames_and_removes_ones_own_passkey(client, mail_after_commit):
    member, _passkey = user_with_passkey()
    key = Authenticator.objects.get(user=member, type=Authenticator.Type.WEBAUTHN)
    client.force_login(member)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    edit_url = reverse("mfa_edit_webauthn", kwargs={"pk": key.pk})
    remove_url = reverse("mfa_remove_webauthn", kwargs={"pk": key.pk})

    assert "Passkey umbenennen" in client.get(edit_url).text
    too_long = client.post(edit_url, {"name": "x" * 65})
    assert too_long.status_code == 200
    assert "errorlist" in too_long.text
    assert client.post(edit_url, {"name": "Handy"})["Location"] == reverse("mfa_list_webauthn")
    key.refresh_from_db()
    assert key.wrap().name == "Handy"

    assert "„Handy“" in client.get(remove_url).text
    with mail_after_commit():
        assert client.post(remove_url).status_code == 302
    assert not Authenticator.objects.filter(pk=key.pk).exists()
    assert "Passkey entfernt." in client.get(reverse("mfa_list_webauthn")).text
