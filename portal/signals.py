"""Receivers that keep the security log and end other sessions when access changes."""

from __future__ import annotations

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from django.contrib.auth import signals as auth_signals
from django.dispatch import receiver

from portal import actions
from portal.models import SecurityEvent, User


@receiver(auth_signals.user_logged_in)
def log_login(sender, request, user, **kwargs) -> None:
    actions.record_security_event(user=user, kind=SecurityEvent.Kind.LOGGED_IN, request=request)


@receiver(auth_signals.user_logged_out)
def log_logout(sender, request, user, **kwargs) -> None:
    if user is not None:
        actions.record_security_event(
            user=user, kind=SecurityEvent.Kind.LOGGED_OUT, request=request
        )


@receiver(auth_signals.user_login_failed)
def log_failed_login(sender, credentials, request=None, **kwargs) -> None:
    # Logged for the account that was tried, so its owner sees attempts on it; an
    # address without an account leaves no trace.
    email = credentials.get("email") or credentials.get("username") or ""
    user = User.objects.filter(email__iexact=email).first() if email else None
    if user is not None:
        actions.record_security_event(
            user=user, kind=SecurityEvent.Kind.LOGIN_FAILED, request=request
        )


@receiver(mfa_signals.authentication_failed)
def log_failed_code(sender, request, user, **kwargs) -> None:
    actions.record_security_event(user=user, kind=SecurityEvent.Kind.MFA_FAILED, request=request)


def _access_changed(kind: SecurityEvent.Kind):
    def handler(sender, request, user, **kwargs) -> None:
        actions.record_security_event(user=user, kind=kind, request=request)
        actions.end_other_sessions(user=user, request=request)

    return handler


# Django's session hash already ends other sessions when the password changes; ending
# them here as well removes them from the list of sessions at once.
ACCESS_CHANGES = [
    (account_signals.password_changed, SecurityEvent.Kind.PASSWORD_CHANGED),
    (account_signals.password_set, SecurityEvent.Kind.PASSWORD_CHANGED),
    (account_signals.password_reset, SecurityEvent.Kind.PASSWORD_RESET),
    (account_signals.email_changed, SecurityEvent.Kind.EMAIL_CHANGED),
    (account_signals.email_added, SecurityEvent.Kind.EMAIL_CHANGED),
    (account_signals.email_removed, SecurityEvent.Kind.EMAIL_CHANGED),
    (mfa_signals.authenticator_added, SecurityEvent.Kind.MFA_CHANGED),
    (mfa_signals.authenticator_removed, SecurityEvent.Kind.MFA_CHANGED),
    (mfa_signals.authenticator_reset, SecurityEvent.Kind.MFA_CHANGED),
]
for signal, kind in ACCESS_CHANGES:
    signal.connect(_access_changed(kind), weak=False, dispatch_uid=f"portal:{kind}:{id(signal)}")
