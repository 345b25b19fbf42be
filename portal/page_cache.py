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
A change shows to anonymous visitors after at most ``PAGE_CACHE_SECONDS``.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware


def takes_part(request: HttpRequest) -> bool:
    """Whether the request may be answered from, and its answer kept in, the page cache."""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    """First in MIDDLEWARE, so that it sees the response as the visitor will get it."""

    def _should_update_cache(self, request: HttpRequest, response: HttpResponse) -> bool:
        return (
            super()._should_update_cache(request, response)
            and takes_part(request)
            and getattr(request, "_csp_nonce", None) is None
        )


class FetchPageFromCacheMiddleware(FetchFromCacheMiddleware):
    """Last in MIDDLEWARE, once the language of the request is known."""

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        if not takes_part(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)
