"""A small rate limit over the shared cache, so that it holds across app servers."""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.http import HttpRequest

from portal.actions import client_ip


def _client(request: HttpRequest) -> str:
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    # The visitor's address, not the reverse proxy's: otherwise one visitor's limit
    # would be everybody's (see TRUSTED_PROXY_COUNT).
    return f"ip:{client_ip(request) or ''}"


def allow(request: HttpRequest, action: str, *, limit: int, period: int) -> bool:
    """Count one attempt of ``action``; False once ``limit`` is passed within ``period`` s."""
    window = int(time.time() // period)
    digest = hashlib.sha256(_client(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{action}:{digest}:{window}"
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        return True
    # The database cache stores the new count with its default timeout (5 minutes): the
    # count would start again after a quiet spell within the window.
    cache.touch(key, timeout=period)
    return count <= limit
