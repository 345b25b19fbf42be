"""Whole pages for anonymous visitors, kept for a minute in each process's memory.

Most visitors are not logged in, and for them a portrait, a list or a search result
page is the same for everyone: rendering it again for each of them would cost 10 to
30 ms of CPU for nothing. Django's cache middleware does the work; these subclasses
only narrow down who takes part:

- a request with a session cookie (logged in, or an anonymous visitor with something
  in the session) neither reads nor fills the cache;
- a page is stored only for an anonymous visitor, only when it uses no CSP nonce (a
  stored nonce would be the same for everyone and so no secret), and, as Django
  already ensures, only when it sets no cookie (pages with a CSRF token set one), is
  not ``private``/``no-store`` and answered 200.

Django keys each page by URL, language and the request headers it varies on (cookies,
Accept-Language), so a visitor with other cookies never sees a page made for another.
A new or changed page shows to anonymous visitors after at most ``PAGE_CACHE_SECONDS``.

What is taken from public view goes at once. Each process keeps its pages in its own
memory, where an action in another process cannot delete them; so every key carries
the *public-content version*, a token in the shared cache (database or Redis), and an
action that withdraws something (a consent, a portrait, a meeting, an account) calls
``expire_public_pages()``, which replaces the token once its transaction has committed.
From then on every process looks up new keys, and the old pages expire unused.

The cost: one read from the shared cache for every anonymous GET or HEAD request, a
hit included (a Redis GET, or with the database cache a one-row SELECT by primary
key, well under a millisecond next to the 10 to 30 ms a page takes to render). It is
read once per request. Should the shared cache not answer, the request takes no part
in the page cache and is rendered afresh.

Browsers are told ``max-age=0``: a page a browser kept could not be withdrawn. The
server answers their next request from its memory, so this costs a round trip, not
a rendering. Static files (whitenoise) never pass through here and keep their own
long lifetimes.
"""

from __future__ import annotations

import copy
import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import get_max_age, patch_cache_control

logger = logging.getLogger(__name__)

VERSION_KEY = "page-cache:public-version"
# Where the fetching middleware leaves the key prefix for the updating one.
PREFIX_ATTRIBUTE = "_page_cache_key_prefix"


def _new_version() -> str:
    # Random rather than counted: a token lost from the shared cache (evicted, flushed)
    # is replaced by a fresh one, never by a value some process still has pages under.
    return secrets.token_hex(6)


def public_version() -> str | None:
    """The current public-content version, or None when the shared cache does not answer."""
    shared = caches["default"]
    try:
        version = shared.get(VERSION_KEY)
        if version is None:  # first request ever, or the token was evicted
            shared.add(VERSION_KEY, _new_version(), None)  # whoever comes first sets it
            version = shared.get(VERSION_KEY)
    except Exception as error:  # each backend has its own errors; a fresh page is fine
        logger.warning("The shared cache did not answer (%s); page rendered afresh.", error)
        return None
    return version


def _replace_version() -> None:
    caches["default"].set(VERSION_KEY, _new_version(), None)


def expire_public_pages() -> None:
    """No process serves a page kept before this, once the current transaction commits.

    After the commit, not before: a request that read the new version while the
    change was not yet visible would keep the old page under the new key.
    """
    if settings.CACHE_MIDDLEWARE_SECONDS:
        transaction.on_commit(_replace_version, robust=True)


def takes_part(request: HttpRequest) -> bool:
    """Whether the request may be answered from, and its answer kept in, the page cache."""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _at_prefix(middleware, prefix: str):
    # Django's middleware reads its key prefix from the instance, which all threads
    # share: a copy per request carries the request's own.
    twin = copy.copy(middleware)
    twin.key_prefix = prefix
    return twin


def _keep_out_of_browsers(response: HttpResponse) -> None:
    if get_max_age(response):
        patch_cache_control(response, max_age=0)
        response.headers.pop("Expires", None)


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    """First in MIDDLEWARE, so that it sees the response as the visitor will get it."""

    def _should_update_cache(self, request: HttpRequest, response: HttpResponse) -> bool:
        return (
            super()._should_update_cache(request, response)
            and takes_part(request)
            and getattr(request, "_csp_nonce", None) is None
        )

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        prefix = getattr(request, PREFIX_ATTRIBUTE, None)
        if prefix is None:  # left out by FetchPageFromCacheMiddleware
            return response
        response = UpdateCacheMiddleware.process_response(
            _at_prefix(self, prefix), request, response
        )
        # Kept (or taken from the cache) with the server's lifetime; the browser's is 0.
        _keep_out_of_browsers(response)
        return response


class FetchPageFromCacheMiddleware(FetchFromCacheMiddleware):
    """Last in MIDDLEWARE, once the language of the request is known."""

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        # A page cache that keeps nothing (DummyCache) is not worth the version's read.
        keeps_pages = not isinstance(self.cache, DummyCache)
        version = public_version() if keeps_pages and takes_part(request) else None
        if version is None:
            request._cache_update_cache = False
            return None
        prefix = f"{self.key_prefix}.{version}"
        setattr(request, PREFIX_ATTRIBUTE, prefix)
        return FetchFromCacheMiddleware.process_request(_at_prefix(self, prefix), request)
