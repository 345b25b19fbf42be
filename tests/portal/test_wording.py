"""Account pages and mails that say what they mean, in plain words."""

import re

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "Ein-neues-Passwort-42"


def sign_up(client, mail_after_commit, email="a@b.org"):
    with mail_after_commit():
        client.post(
            "/konto/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
        )
    (mail,) = mail_after_commit.outbox
    return mail


def confirm_path(mail) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", mail.body).group(1)


def test_the_verification_mail_names_the_site_not_the_host(client, mail_after_commit, settings):
    settings.SITE_NAME = "Integrationsportal Test"
    mail = sign_up(client, mail_after_commit)
    text = re.sub(r"https?://\S+", "", mail.body)  # the link itself names the host
    assert "testserver" not in text
    assert "Integrationsportal Test" in text
    # The address is the reader's own: no "user a@b.org has given your address".
    assert text.count("a@b.org") <= 1


def test_the_confirmation_page_does_not_call_the_address_its_own_owner(client, mail_after_commit):
    mail = sign_up(client, mail_after_commit)
    page = client.get(confirm_path(mail)).text
    assert "eine E-Mail-Adresse von" not in page
    assert "Bitte bestätigen Sie, dass" in page
    assert "Ihre E-Mail-Adresse ist" in page
