"""The benchmark's yardsticks: constant answers on the portal's own server stack.

``scripts/bench.py`` states every page's throughput as a share of what the server manages
with a view that does no work at all (``bare``), and shows what a database round trip
costs with one that runs a single query (``bare_with_query``). The middleware (security
headers, CSP, sessions, authentication) runs for them as for any page; neither view reads
the session or a model, and neither is kept in the page cache for anonymous visitors:
the yardstick is a view that does nothing, not a page that was rendered once. They are
routed (``devkit/urls.py``) only when ``settings.BENCHMARK_BARE_VIEW`` is on (see
``portal/urls.py``): the benchmark's own server, never production.
"""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache

BARE_ANSWER = b"bare\n"


@never_cache
def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BARE_ANSWER, content_type="text/plain")


@never_cache
def bare_with_query(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse(BARE_ANSWER, content_type="text/plain")
