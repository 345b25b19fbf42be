import re

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from portal.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Ein-neues-Passwort-42"


def sign_up(client, email="neu@example.org", password=NEW_PASSWORD, password2=None):
    return client.post(
        "/konto/signup/",
        {"email": email, "password1": password, "password2": password2 or password},
    )


def link_in(mail) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", mail.body).group(1)


def test_sign_up_sends_verification_mail_after_commit_and_verifies(client, mail_after_commit):
    with mail_after_commit():
        response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/konto/confirm-email/"
    user = User.objects.get(email="neu@example.org")
    assert not EmailAddress.objects.get(user=user).verified

    (mail,) = mail_after_commit.outbox
    assert mail.to == ["neu@example.org"]
    assert "[Integrationsportal]" in mail.subject
    assert "Hallo" in mail.body  # German by default, with the portal's own greeting
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in mail.subject  # formal, as everywhere
    confirm_path = link_in(mail)

    # Log-in is refused until the address is verified.
    with mail_after_commit():
        login = client.post("/konto/login/", {"login": "neu@example.org", "password": NEW_PASSWORD})
    assert login["Location"] == "/konto/confirm-email/"

    response = client.post(confirm_path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    response = client.post("/konto/login/", {"login": "NEU@example.org", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/konto/profil/"


def test_sign_up_with_taken_email_looks_the_same_and_informs_the_owner(client, mail_after_commit):
    owner = UserFactory(email="vergeben@example.org")
    with mail_after_commit():
        response = sign_up(client, email="Vergeben@example.org")
    # Same answer as for a new address: nobody learns that the address has an account.
    assert response.status_code == 302
    assert response["Location"] == "/konto/confirm-email/"
    assert User.objects.filter(email__iexact="vergeben@example.org").count() == 1
    (mail,) = mail_after_commit.outbox
    assert mail.to == ["vergeben@example.org"]
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("email", "password", "password2", "message"),
    [
        ("kein-at-zeichen", NEW_PASSWORD, None, "gültige E-Mail-Adresse"),
        ("", NEW_PASSWORD, None, "Dieses Feld ist zwingend erforderlich"),
        ("a" * 250 + "@example.org", NEW_PASSWORD, None, "höchstens 254 Zeichen"),
        ("neu@example.org", "kurz", None, "zu kurz"),
        ("neu@example.org", "qwertyuiop", None, "zu üblich"),
        ("neu@example.org", "Sehr-langes-Passwort-" * 10, None, "zu lang"),
        ("neu@example.org", NEW_PASSWORD, "Anderes-Passwort-99", "selbe Passwort"),
    ],
)
def test_sign_up_rejects_bad_input_with_a_german_message(
    client, email, password, password2, message
):
    response = sign_up(client, email=email, password=password, password2=password2)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not User.objects.exists()


def test_sign_up_errors_are_english_under_en(client):
    response = client.post(
        "/en/konto/signup/",
        {"email": "kein-at-zeichen", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert "Enter a valid email address" in response.content.decode()
    assert not User.objects.exists()


def test_forged_verification_link_explains_and_changes_nothing(client):
    user = UserFactory(verified_email=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    response = client.get("/konto/confirm-email/gefaelscht-abc123/")
    assert response.status_code == 200
    assert "ungültig" in response.content.decode() or "abgelaufen" in response.content.decode()
    response = client.post("/konto/confirm-email/gefaelscht-abc123/")
    assert response.status_code in {200, 302, 404}
    assert not EmailAddress.objects.get(user=user).verified


def test_expired_verification_link_does_not_verify(client, mail_after_commit, settings):
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 0
    with mail_after_commit():
        sign_up(client)
    confirm_path = link_in(mail_after_commit.outbox[0])
    client.post(confirm_path)
    assert not EmailAddress.objects.get(email="neu@example.org").verified


def test_post_without_csrf_token_is_refused_with_an_explanation():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/konto/signup/",
        {"email": "neu@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 403
    body = response.content.decode()
    assert "Formular abgelaufen" in body
    assert "CSRF" not in body  # no internals, just what to do
    assert not User.objects.exists()


def test_password_reset_mails_a_link_that_sets_a_new_password(client, mail_after_commit):
    user = UserFactory(email="vergessen@example.org")
    with mail_after_commit():
        response = client.post("/konto/password/reset/", {"email": "vergessen@example.org"})
    assert response.status_code == 302
    (mail,) = mail_after_commit.outbox
    reset_path = link_in(mail)
    response = client.get(reset_path, follow=True)
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else reset_path
    with mail_after_commit():
        response = client.post(form_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_reset_for_unknown_address_reveals_nothing(client, mail_after_commit):
    UserFactory(email="bekannt@example.org")
    with mail_after_commit():
        unknown = client.post("/konto/password/reset/", {"email": "unbekannt@example.org"})
        known = client.post("/konto/password/reset/", {"email": "bekannt@example.org"})
    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == known["Location"]


def test_password_change_requires_the_old_password(user_client, user):
    response = user_client.post(
        "/konto/password/change/",
        {"oldpassword": "falsch", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)

    response = user_client.post(
        "/konto/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_email_change_adds_an_unverified_address_and_mails_it(user_client, user, mail_after_commit):
    with mail_after_commit():
        response = user_client.post(
            "/konto/email/", {"action_add": "", "email": "neue-adresse@example.org"}
        )
    assert response.status_code == 302
    address = EmailAddress.objects.get(email="neue-adresse@example.org")
    assert address.user == user and not address.verified
    assert any(m.to == ["neue-adresse@example.org"] for m in mail_after_commit.outbox)
    user.refresh_from_db()
    assert user.email != "neue-adresse@example.org"  # only after verification


INFORMAL = re.compile(r"\b(du|dich|dir|dein|deine|deinen|hast)\b", re.IGNORECASE)


def test_account_pages_use_the_portal_layout_and_address_people_formally(client, user):
    anonymous_pages = ["/konto/login/", "/konto/signup/", "/konto/password/reset/"]
    for path in anonymous_pages:
        body = client.get(path).content.decode()
        assert not INFORMAL.search(body), (path, INFORMAL.search(body))
        assert 'class="skip-link"' in body, path
        assert "Impressum" in body, path
        assert body.count("<h1") == 1, path
    client.force_login(user)
    for path in ["/konto/email/", "/konto/password/change/", "/konto/profil/"]:
        body = client.get(path).content.decode()
        assert 'class="sidebar-nav"' in body, path
        assert not INFORMAL.search(body), (path, INFORMAL.search(body))
