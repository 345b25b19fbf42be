"""A rate limit's count lasts its whole window, whatever the cache backend."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone

from portal.ratelimit import allow

pytestmark = pytest.mark.django_db


def test_a_count_is_kept_for_the_whole_period_after_it_grows(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.9")
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    assert allow(request, "probe", limit=2, period=3600)
    assert allow(request, "probe", limit=2, period=3600)
    # The database cache's incr stores the new count with the default timeout (5 min):
    # after a quiet spell the count would start again within the hour.
    if settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache"):
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT max(expires) FROM portal_cache WHERE cache_key LIKE %s", ["%probe%"]
            )
            (expires,) = cursor.fetchone()
        assert expires > timezone.now() + datetime.timedelta(minutes=30)
    assert not allow(request, "probe", limit=2, period=3600)
