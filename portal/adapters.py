import math
import time
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.internal import ratelimit as allauth_ratelimit
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.mail import send_after_commit
from portal.models import User

EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length
LOGIN_LOCK = "too_many_login_attempts"
LOGIN_FAILED = {"app": "allauth.account", "action": "login_failed"}


def on_public_site(url: str) -> str:
    """``url`` at the portal's public address (SITE_URL), whatever host the request named.

    Links in mail must not follow the request's Host header: a reset requested with
    ``Host: attacker.example`` would otherwise mail the victim a link that hands the
    reset key to that host.
    """
    parts = urlsplit(url)
    site = urlsplit(settings.SITE_URL)
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{site.scheme}://{site.netloc}{parts.path}{query}{fragment}"


def public_site() -> SimpleNamespace:
    """What allauth's mail templates read as ``current_site``, taken from the settings."""
    return SimpleNamespace(domain=urlsplit(settings.SITE_URL).netloc, name=settings.SITE_NAME)


def login_lock_message(seconds: float) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Too many failed log-in attempts. Please try again in %(minutes)d minute.",
        "Too many failed log-in attempts. Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def longest_login_lock() -> float:
    """The longest a lock after failed log-ins can last: the widest window of the limits."""
    rates = allauth_ratelimit.get_rates(**LOGIN_FAILED)
    return max((rate.duration for rate in rates), default=60)


def seconds_until_log_in_allowed(request: HttpRequest, key: str) -> float:
    """Seconds until every full window (per address, per account) admits an attempt again.

    allauth keeps each window's attempts newest first; a window admits one more once its
    ``amount``-th newest attempt has aged out.
    """
    now = time.time()
    waits = []
    for rate in allauth_ratelimit.get_rates(**LOGIN_FAILED):
        cache_key = allauth_ratelimit.get_cache_key(request, rate=rate, key=key, **LOGIN_FAILED)
        recent = [moment for moment in cache.get(cache_key, []) if moment > now - rate.duration]
        if len(recent) >= rate.amount:
            waits.append(recent[rate.amount - 1] + rate.duration - now)
    return max(waits, default=longest_login_lock())


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        # Form fields accept up to 320 characters; the database column holds 254.
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(
                _("An e-mail address can have at most %(max)d characters.")
                % {"max": EMAIL_MAX_LENGTH}
            )
        return super().clean_email(email)

    @property
    def error_messages(self) -> dict:
        # Locks that are not measured here (wrong two-factor codes, re-authentication)
        # name the longest they can last: "try again later" leaves people guessing.
        lock = login_lock_message(longest_login_lock())
        return {**DefaultAccountAdapter.error_messages, LOGIN_LOCK: lock}

    def pre_authenticate(self, request: HttpRequest, **credentials) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except forms.ValidationError as error:
            if error.code != LOGIN_LOCK:
                raise
            key = self._get_login_attempts_cache_key(request, **credentials)
            wait = seconds_until_log_in_allowed(request, key)
            raise forms.ValidationError(login_lock_message(wait), code=LOGIN_LOCK) from None

    def get_reset_password_from_key_url(self, key: str) -> str:
        return on_public_site(super().get_reset_password_from_key_url(key))

    def get_email_confirmation_url(self, request: HttpRequest, emailconfirmation) -> str:
        return on_public_site(super().get_email_confirmation_url(request, emailconfirmation))

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render the mail now, in the visitor's language, and deliver it after commit."""
        request = allauth_context.request
        mail_context = {
            "SITE_NAME": settings.SITE_NAME,
            "request": request,
            "email": email,
            "current_site": public_site(),
        }
        mail_context.update(context)
        # allauth builds some links itself from the request (sign-up, reset, confirmation).
        for key, value in context.items():
            if key.endswith("_url") and isinstance(value, str) and "://" in value:
                mail_context[key] = on_public_site(value)
        send_after_commit(self.render_mail(template_prefix, email, mail_context))
