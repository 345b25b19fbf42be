"""allauth's account forms with the portal's advice on passwords, in the reader's language.

allauth builds the help text of its password fields once, when its forms module is
imported, in whatever language is active then; these forms build it for each request.
"""

from __future__ import annotations

from allauth.account import forms as allauth_forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext as _

from portal.sessions import describe
from portal.validators import passphrase_advice


def password_help_text() -> str:
    return format_html("<p>{}</p>{}", passphrase_advice(), password_validators_help_text_html())


class PasswordHelpMixin:
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "password1" in self.fields:
            self.fields["password1"].help_text = password_help_text()


class LoginForm(allauth_forms.LoginForm):
    """The "remember me" box says how long it keeps someone logged in."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            self.fields["remember"].label = _("Stay logged in on this device for up to %(max)s") % {
                "max": describe(settings.SESSION_MAX)
            }
            self.fields["remember"].help_text = _(
                "Without this, your log-in ends when you close the browser. Either way it ends "
                "after %(idle)s without a visit. For editors, moderators and staff it ends "
                "after %(privileged_idle)s without activity and at the latest after "
                "%(privileged_max)s."
            ) % {
                "idle": describe(settings.SESSION_IDLE, after=True),
                "privileged_idle": describe(settings.PRIVILEGED_SESSION_IDLE, after=True),
                "privileged_max": describe(settings.PRIVILEGED_SESSION_MAX, after=True),
            }


class SignupForm(PasswordHelpMixin, allauth_forms.SignupForm):
    def try_save(self, request: HttpRequest):
        if self.account_already_exists:
            # A new account costs a password hash, by design the slowest step of a
            # sign-up; a taken address skipped it and answered ten times sooner, telling
            # anyone who timed it that the address has an account. Do the same work.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)


class ChangePasswordForm(PasswordHelpMixin, allauth_forms.ChangePasswordForm):
    pass


class SetPasswordForm(PasswordHelpMixin, allauth_forms.SetPasswordForm):
    pass


class ResetPasswordKeyForm(PasswordHelpMixin, allauth_forms.ResetPasswordKeyForm):
    pass
