"""Account pages and mails that say what they mean, in plain words."""

import re

import pytest
from allauth.usersessions.models import UserSession
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from portal import personal_data_views
from portal.adapters import AccountAdapter
from portal.templatetags.portal_tags import date_and_time
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "Ein-neues-Passwort-42"


def url_in(language: str, name: str) -> str:
    with translation.override(language):
        return reverse(name)


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
    page = user_client.get(url_in("de", "portal:my-data")).text
    for code_name in ("portal.account", "forum.read_state", "selfcheck.results"):
        assert code_name not in page
    for heading in ("Konto und Profil", "Lesestand", "Selbstcheck-Ergebnisse"):
        assert f"<dt>{heading}</dt>" in page


def test_my_data_speaks_english_under_en(user_client):
    page = user_client.get(url_in("en", "portal:my-data")).text
    assert "<dt>Reading progress</dt>" in page
    assert "forum.read_state" not in page


def test_every_part_of_the_export_has_a_heading():
    for part in personal_data_views.export_parts():
        assert part.heading
        for section in part.sections:
            assert section.key in personal_data_views.SECTION_HEADINGS, section.key


# --- the log-in lock -----------------------------------------------------------------------


@pytest.fixture
def login_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
    cache.clear()
    yield
    cache.clear()


def log_in(client, user, password, language="de"):
    return client.post(
        url_in(language, "account_login"), {"login": user.email, "password": password}
    )


def test_the_log_in_lock_says_how_long_to_wait(client, user, login_limits):
    for _attempt in range(5):
        log_in(client, user, "falsch")
    locked = log_in(client, user, factories.PASSWORD).text
    assert "Zu viele fehlgeschlagene Anmeldeversuche." in locked
    assert "Bitte versuchen Sie es in 5 Minuten erneut." in locked


def test_the_address_lock_of_one_minute_says_so_in_english(client, user, login_limits):
    for number in range(10):
        stranger = factories.UserFactory(email=f"someone{number}@example.org")
        log_in(client, stranger, "wrong", language="en")
    locked = log_in(client, user, factories.PASSWORD, language="en").text
    assert "Too many failed log-in attempts. Please try again in 1 minute." in locked


def test_other_log_in_locks_name_the_longest_wait(login_limits):
    # Wrong two-factor codes and re-authentication are locked by the same limits.
    with translation.override("de"):
        message = AccountAdapter().validation_error("too_many_login_attempts").messages[0]
    assert message.endswith("Bitte versuchen Sie es in 5 Minuten erneut.")


# --- sessions ------------------------------------------------------------------------------


def test_the_sessions_page_gives_the_time_a_session_began(client, user):
    log_in(client, user, factories.PASSWORD)
    page = re.sub(r"\s+", " ", strip_tags(client.get(url_in("de", "usersessions_list")).text))
    assert "Gestartet um" not in page
    assert "vor " not in page  # "vor 40 Sekunden" is no time of day
    session = UserSession.objects.get(user=user)
    with translation.override("de"):
        began = strip_tags(date_and_time(session.created_at))
    assert "Angemeldet seit" in page
    assert began in page
    assert began.endswith(" Uhr")
