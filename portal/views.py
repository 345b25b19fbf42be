from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal import actions, dashboard
from portal.forms import ProfileForm


def home(request: HttpRequest) -> HttpResponse:
    # Visitors get the public page, which the page cache keeps for everyone; the personal
    # overview is only made for people logged in, whose requests never use that cache.
    context = {
        "portraits": dashboard.newest_portraits(),
        "articles": dashboard.newest_articles(),
    }
    if request.user.is_authenticated:
        context["overview"] = dashboard.overview(request.user)
    return render(request, "portal/home.html", context)


LEGAL_PAGES = {
    "imprint": _lazy("Imprint"),
    "privacy": _lazy("Privacy policy"),
    "accessibility": _lazy("Accessibility statement"),
    "about": _lazy("About the portal"),
}


def legal_page(request: HttpRequest, page: str) -> HttpResponse:
    # Legal texts are written per language as a whole, not sentence by sentence:
    # a lawyer reviews each version in one piece.
    language = get_language() if get_language() in {"de", "en"} else "de"
    return render(
        request,
        "portal/legal_page.html",
        {
            "title": LEGAL_PAGES[page],
            "text_template": f"portal/legal/{page}.{language}.html",
            # The privacy policy states the periods the code enforces (portal.retention).
            "retention": {
                "security_log_days": settings.SECURITY_LOG_RETENTION_DAYS,
                "unverified_account_days": settings.UNVERIFIED_ACCOUNT_RETENTION_DAYS,
                "task_result_days": settings.TASK_RESULT_RETENTION_DAYS,
                "session_days": settings.SESSION_MAX // 86400,
                "session_idle_days": settings.SESSION_IDLE // 86400,
                "privileged_idle_minutes": settings.PRIVILEGED_SESSION_IDLE // 60,
                "privileged_max_hours": settings.PRIVILEGED_SESSION_MAX // 3600,
            },
        },
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        actions.update_profile(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("portal:profile")
    return render(request, "portal/profile.html", {"form": form})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """200 while the database answers, 503 when it does not, for load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        # The connection may be broken for good; the next request opens a new one.
        connection.close_if_unusable_or_obsolete()
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    # The reason is for developers; visitors get an explanation of what to do.
    return render(request, "403_csrf.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "403.html", status=403)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "400.html", status=400)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request context on purpose: whatever broke the request
    # (the database, a context processor) must not break the error page too.
    return render(None, "500.html", status=500)
