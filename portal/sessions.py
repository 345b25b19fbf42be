"""How long a log-in lasts: an idle and an absolute limit, shorter for privileged roles.

The session keeps two timestamps: when the person logged in, and when they were last
seen. "Last seen" is written at most once a minute, so that reading pages does not cost
a session write each. On expiry the person is logged out and sent to the log-in page
with the reason. The Django admin and granting roles also need a recent proof of
identity: a log-in or allauth's "confirm it's you".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.account.internal.flows.reauthentication import suspend_request
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, npgettext

from portal.permissions import must_use_mfa

STARTED_AT = "portal_session_started_at"
LAST_SEEN_AT = "portal_session_last_seen_at"
# Writing "last seen" on every request would be a database write per page view.
LAST_SEEN_RESOLUTION = 60
# Changes in the admin, and deciding on who joins the forum, give or take people's roles.
ROLE_GRANTING_URL_NAMES = frozenset({"forum:application-decide"})


@dataclass(frozen=True)
class Lifetime:
    idle: int
    absolute: int


def lifetime_for(user) -> Lifetime:
    if must_use_mfa(user):
        return Lifetime(settings.PRIVILEGED_SESSION_IDLE, settings.PRIVILEGED_SESSION_MAX)
    return Lifetime(settings.SESSION_IDLE, settings.SESSION_MAX)


def describe(seconds: int, *, after: bool = False) -> str:
    """A period in words; ``after`` for "after 7 days", which German declines ("Tagen")."""
    if seconds % 86400 == 0:
        days = seconds // 86400
        if after:
            return npgettext("after", "%(count)d day", "%(count)d days", days) % {"count": days}
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, seconds // 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


@receiver(user_logged_in, dispatch_uid="portal.sessions.start")
def start_session_clock(sender, request: HttpRequest | None, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[STARTED_AT] = now
        request.session[LAST_SEEN_AT] = now


def expiry_reason(request: HttpRequest, now: float) -> str | None:
    """Why this session is over, or None while it lasts."""
    session = request.session
    started = session.get(STARTED_AT)
    last_seen = session.get(LAST_SEEN_AT)
    if not isinstance(started, (int, float)) or not isinstance(last_seen, (int, float)):
        # A session from before these limits: its clock starts now.
        session[STARTED_AT] = session[LAST_SEEN_AT] = now
        return None
    lifetime = lifetime_for(request.user)
    if now - started > lifetime.absolute:
        return _(
            "You have been logged out because your log-in is more than %(duration)s old. "
            "Please log in again."
        ) % {"duration": describe(lifetime.absolute)}
    if now - last_seen > lifetime.idle:
        return _(
            "You have been logged out because you had not used the portal for more than "
            "%(duration)s. Please log in again."
        ) % {"duration": describe(lifetime.idle)}
    if now - last_seen >= LAST_SEEN_RESOLUTION:
        session[LAST_SEEN_AT] = now
    return None


def last_proof_of_identity(request: HttpRequest) -> float:
    """When the person last logged in or confirmed it was them in this session."""
    records = get_authentication_records(request, request.user)
    moments = [record.get("at", 0) for record in records if isinstance(record, dict)]
    started = request.session.get(STARTED_AT, 0)
    return max([started, *moments])


def needs_fresh_proof(request: HttpRequest) -> bool:
    match = request.resolver_match
    if match is None:
        return False
    granting = match.view_name in ROLE_GRANTING_URL_NAMES and request.method == "POST"
    in_admin = "admin" in match.namespaces and match.url_name != "logout"
    if not (granting or in_admin):
        return False
    return time.time() - last_proof_of_identity(request) > settings.ROLE_REAUTHENTICATION_AGE


class SessionLifetimeMiddleware:
    """Ends sessions that were idle or open too long; asks to confirm before role changes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            reason = expiry_reason(request, time.time())
            if reason is not None:
                path = request.get_full_path()
                logout(request)
                messages.info(request, reason)
                return redirect(f"{reverse('account_login')}?{urlencode({'next': path})}")
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated or not needs_fresh_proof(request):
            return None
        methods = get_adapter().get_reauthentication_methods(request.user)
        if not methods:
            raise PermissionDenied
        # allauth keeps a POST and replays it once the person has confirmed.
        return suspend_request(request, methods[0]["url"])
