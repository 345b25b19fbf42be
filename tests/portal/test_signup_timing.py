"""Signing up with a taken address takes as long as with a new one: no enumeration by time."""

import statistics
import time

import pytest
from django.conf import global_settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from portal.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Kaktus Wolke Fahrrad Tinte"
RUNS = 7


class CountingHasher(PBKDF2PasswordHasher):
    """Django's default hasher, counting how often a sign-up hashes a password."""

    algorithm = "pbkdf2_sha256"
    calls = 0

    def encode(self, password, salt, iterations=None):
        type(self).calls += 1
        return super().encode(password, salt, iterations)


def sign_up(client, email: str):
    response = client.post(
        "/konto/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    return response


def test_a_taken_and_a_new_address_take_equally_long(client, settings, mail_after_commit):
    # The production hasher: its cost is what made the two paths differ.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    taken = UserFactory(email="vergeben@example.org")
    timings: dict[str, list[float]] = {"new": [], "taken": []}
    sign_up(client, "aufwaermen@example.org")  # first request pays for imports and caches
    for run in range(RUNS):
        # Alternating, so that a busy moment of the machine hits both kinds alike.
        for kind, email in [("new", f"neu{run}@example.org"), ("taken", taken.email)]:
            start = time.perf_counter()
            with mail_after_commit():
                sign_up(client, email)
            timings[kind].append(time.perf_counter() - start)
    new, existing = statistics.median(timings["new"]), statistics.median(timings["taken"])
    # Before, a taken address answered in a tenth of the time; the tolerance is wide enough
    # for a busy two-core machine and far below that difference.
    assert abs(new - existing) < max(0.4 * max(new, existing), 0.05), timings
    assert User.objects.filter(email="vergeben@example.org").count() == 1


def test_both_paths_hash_the_password_once_and_queue_one_mail(client, settings, mail_after_commit):
    settings.PASSWORD_HASHERS = ["tests.portal.test_signup_timing.CountingHasher"]
    taken = UserFactory(email="vergeben@example.org")
    for email in ["neu@example.org", taken.email]:
        CountingHasher.calls = 0
        with mail_after_commit():
            sign_up(client, email)
        assert CountingHasher.calls == 1, email
        assert [mail.to for mail in mail_after_commit.outbox] == [[email]]
        mail_after_commit.outbox.clear()
