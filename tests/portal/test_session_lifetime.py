"""How long a log-in lasts, and confirming one's identity before the admin and role changes.

Time moves by editing the timestamps stored in the real session, as a day passing would.
"""

import time

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse

from forum.models import Membership
from portal.sessions import LAST_SEEN_AT, STARTED_AT
from tests.factories import (
    PASSWORD,
    ModeratorFactory,
    StaffFactory,
    UserFactory,
    current_totp_code,
)

pytestmark = pytest.mark.django_db

MINUTE, HOUR, DAY = 60, 3600, 86400


def log_in(client: Client, user, remember: bool = False):
    data = {"login": user.email, "password": PASSWORD}
    if remember:
        data["remember"] = "on"
    response = client.post(reverse("account_login"), data)
    if response["Location"] == reverse("mfa_authenticate"):
        code = current_totp_code(user.totp_secret)
        response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    return response


def move_back(client: Client, *, idle: float = 0, since_log_in: float = 0) -> None:
    """Pretend the last request was ``idle`` seconds ago and the log-in ``since_log_in`` ago."""
    session = client.session
    now = time.time()
    session[LAST_SEEN_AT] = now - idle
    session[STARTED_AT] = now - max(since_log_in, idle)
    records = session.get(AUTHENTICATION_METHODS_SESSION_KEY, [])
    for record in records:
        record["at"] = now - max(since_log_in, idle)
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session.save()


def is_logged_in(client: Client) -> bool:
    return client.get(reverse("portal:profile")).status_code == 200


def expect_logged_out_with(client: Client, words: str) -> None:
    response = client.get(reverse("portal:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    page = client.get(response["Location"]).content.decode()
    assert words in page
    assert not is_logged_in(client)


# --- everyone ---------------------------------------------------------------------------


def test_a_week_without_a_visit_ends_the_log_in(client):
    log_in(client, UserFactory(), remember=True)
    move_back(client, idle=6 * DAY)
    assert is_logged_in(client)
    move_back(client, idle=7 * DAY + MINUTE)
    expect_logged_out_with(client, "mehr als 7 Tage nicht benutzt")


def test_a_log_in_lasts_fourteen_days_at_most_however_active(client):
    log_in(client, UserFactory(), remember=True)
    move_back(client, idle=MINUTE, since_log_in=13 * DAY)
    assert is_logged_in(client)
    move_back(client, idle=MINUTE, since_log_in=14 * DAY + MINUTE)
    expect_logged_out_with(client, "mehr als 14 Tage alt")


def test_without_remember_me_the_browser_forgets_the_log_in(client):
    response = log_in(client, UserFactory())
    cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]


def test_remember_me_keeps_the_log_in_for_the_stated_time(client):
    page = client.get(reverse("account_login")).content.decode()
    assert "bis zu 14 Tage" in page
    assert "nach 30 Minuten ohne Aktivität" in page
    response = log_in(client, UserFactory(), remember=True)
    cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == 14 * DAY


def test_last_seen_is_written_at_most_once_a_minute(client):
    log_in(client, UserFactory())
    move_back(client, idle=30)
    stored = client.session[LAST_SEEN_AT]
    assert is_logged_in(client)
    assert client.session[LAST_SEEN_AT] == stored  # no session write for this request
    move_back(client, idle=2 * MINUTE)
    assert is_logged_in(client)
    assert time.time() - client.session[LAST_SEEN_AT] < 5


# --- editors, moderators and staff -----------------------------------------------------------


@pytest.mark.parametrize("factory", [ModeratorFactory, StaffFactory])
def test_privileged_roles_are_logged_out_after_thirty_idle_minutes(client, factory):
    log_in(client, factory(), remember=True)
    move_back(client, idle=29 * MINUTE)
    assert is_logged_in(client)
    move_back(client, idle=31 * MINUTE)
    expect_logged_out_with(client, "mehr als 30 Minuten nicht benutzt")


def test_privileged_roles_are_logged_out_after_twelve_hours(client):
    log_in(client, ModeratorFactory(), remember=True)
    move_back(client, idle=MINUTE, since_log_in=11 * HOUR)
    assert is_logged_in(client)
    move_back(client, idle=MINUTE, since_log_in=12 * HOUR + MINUTE)
    expect_logged_out_with(client, "mehr als 12 Stunden alt")


def test_the_admin_asks_to_confirm_after_fifteen_minutes(client):
    staff = StaffFactory()
    log_in(client, staff)
    assert client.get("/admin/").status_code == 200
    move_back(client, idle=MINUTE, since_log_in=16 * MINUTE)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    confirmed = client.post(response["Location"], {"password": PASSWORD})
    assert confirmed.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_granting_forum_membership_asks_to_confirm_and_then_goes_through(client, mail_after_commit):
    moderator = ModeratorFactory()
    applicant = UserFactory()
    membership = Membership.objects.create(
        user=applicant, organisation="Chor", role="Leitung", motivation="Austausch"
    )
    log_in(client, moderator)
    move_back(client, idle=MINUTE, since_log_in=16 * MINUTE)
    url = reverse("forum:application-decide", kwargs={"pk": membership.pk})
    assert client.get(url).status_code == 200  # reading the application needs no proof
    response = client.post(url, {"decision": "approve", "message": "Willkommen!"})
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    membership.refresh_from_db()
    assert membership.status != Membership.Status.APPROVED
    with mail_after_commit():
        client.post(response["Location"], {"password": PASSWORD})
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
