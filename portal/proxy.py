"""Noticing a reverse proxy that the portal does not know of.

Behind a proxy every request comes from the proxy's address, and only the
X-Forwarded-For header names the visitor. With ``TRUSTED_PROXY_COUNT`` at 0 the portal
ignores that header, so the rate limits of log-in, sign-up and password reset count all
visitors as one: a stranger's failed log-ins lock everyone out for the minute.

System checks run when a command starts, before any request, so they cannot see the
header themselves. This middleware notes the first such request of each process in the
shared cache, and the deploy check ``portal.W001`` (``check --deploy --database
default``) reads the note. The opposite, a count above 0 while no request carries the
header, does no harm: allauth then uses the connection's address.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

logger = logging.getLogger(__name__)

SEEN_KEY = "proxy:untrusted-forwarded-for"
# How long one forwarded request keeps the warning up: past a week-long quiet spell
# (the setting fixed, or the proxy gone) it is stale.
SEEN_KEPT_SECONDS = 7 * 24 * 60 * 60
# A process that lives longer than the note renews it now and then.
RENEW_SECONDS = 24 * 60 * 60


def record_untrusted_forwarding() -> None:
    try:
        caches["default"].set(SEEN_KEY, timezone.now().isoformat(), SEEN_KEPT_SECONDS)
    except Exception as error:  # each backend has its own errors; the log has the news
        logger.warning("Could not note the forwarded request in the shared cache: %s", error)


def untrusted_forwarding_seen_at() -> str | None:
    """When a request last carried X-Forwarded-For that nobody trusted (ISO 8601), if lately."""
    return caches["default"].get(SEEN_KEY)


class UntrustedForwardingMiddleware:
    """Notes requests with X-Forwarded-For while ``TRUSTED_PROXY_COUNT`` is 0.

    Cheap on every request: one attribute test (with trusted proxies set, nothing more),
    a header look-up, and behind such a proxy a clock reading.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.watching = settings.ALLAUTH_TRUSTED_PROXY_COUNT == 0
        self.told = False
        self.renew_at = 0.0

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.watching and "HTTP_X_FORWARDED_FOR" in request.META:
            self._notice()
        return self.get_response(request)

    def _notice(self) -> None:
        now = time.monotonic()
        if now < self.renew_at:
            return
        self.renew_at = now + RENEW_SECONDS
        if not self.told:
            self.told = True
            logger.warning(
                "A request came with X-Forwarded-For, but TRUSTED_PROXY_COUNT is 0: every "
                "visitor behind the proxy shares one address and one set of rate limits. "
                "Set TRUSTED_PROXY_COUNT to the number of proxies in front of the portal."
            )
        record_untrusted_forwarding()
