"""Account pages and mails that say what they mean, in plain words."""

import re

import pytest
from django.urls import reverse

from portal import personal_data_views

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


# --- "Meine Daten" -----------------------------------------------------------------------


def test_my_data_names_what_is_stored_in_words_not_code_names(user_client):
    page = user_client.get(reverse("portal:my-data")).text
    for code_name in ("portal.account", "forum.read_state", "networks.selfcheck_results"):
        assert code_name not in page
    for heading in ("Konto und Profil", "Lesestand", "Selbstcheck-Ergebnisse"):
        assert f"<dt>{heading}</dt>" in page


def test_my_data_speaks_english_under_en(user_client):
    page = user_client.get("/en" + reverse("portal:my-data")).text
    assert "<dt>Reading progress</dt>" in page
    assert "forum.read_state" not in page


def test_every_part_of_the_export_has_a_heading():
    for part in personal_data_views.export_parts():
        assert part.heading
        for section in part.sections:
            assert section.key in personal_data_views.SECTION_HEADINGS, section.key
