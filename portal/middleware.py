"""Middleware of the portal: security headers and the two-factor duty of privileged roles."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from portal.permissions import lacks_required_mfa

# Pages a privileged user without two-factor log-in may still open: setting it up,
# logging out, and what every visitor may read about the portal.
MFA_SETUP_URL_NAMES = frozenset(
    {
        "mfa_index",
        "mfa_activate_totp",
        "mfa_add_webauthn",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "account_logout",
        "account_reauthenticate",
        "healthz",
        "imprint",
        "privacy",
        "accessibility",
    }
)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set, and no caching of personal pages."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # A page for a logged-in person may show their name, their drafts or the
            # closed forum: no shared or browser cache may keep it.
            if "Cache-Control" not in response.headers:
                response.headers["Cache-Control"] = "private, no-store"
            patch_vary_headers(response, ("Cookie",))
        return response


class RequireMFAMiddleware:
    """Sends editors, moderators and staff without two-factor log-in to set it up first."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name in MFA_SETUP_URL_NAMES:
            return None
        if not lacks_required_mfa(request.user):
            return None
        messages.warning(
            request,
            _(
                "Your role lets you change content or see other people's data. Please protect "
                "your account with an authenticator app or a passkey before you go on."
            ),
        )
        return redirect("mfa_activate_totp")
