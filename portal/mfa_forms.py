"""allauth's passkey forms (MFA_FORMS in the settings), with the portal's wording and limits.

Whatever a browser or a stranger posts as a passkey answer ends in one clear message:
the WebAuthn library raises KeyError, ValueError or RecursionError on some malformed
answers, which would otherwise be server errors.
"""

from __future__ import annotations

import json
from typing import Any

from allauth.mfa.webauthn.forms import (
    AddWebAuthnForm,
    AuthenticateWebAuthnForm,
    EditWebAuthnForm,
    LoginWebAuthnForm,
    ReauthenticateWebAuthnForm,
)
from django import forms
from django.utils.translation import gettext_lazy as _

# A real answer (attestation "none" or "packed" with a certificate chain) is a few kB.
CREDENTIAL_MAX_LENGTH = 32_000
NAME_MAX_LENGTH = 64

NOT_RECOGNISED = _(
    "The passkey was not recognised. Please try again, or use another way to log in."
)
NO_ANSWER = _(
    "Your browser sent no passkey. Passkeys need JavaScript: please switch it on, or use "
    "another way to log in."
)
# Errors of the WebAuthn library on answers of the wrong shape.
MALFORMED = (KeyError, ValueError, TypeError, AttributeError, IndexError, RecursionError)


class CredentialField(forms.JSONField):
    """The browser's answer: a JSON object of bounded size."""

    widget = forms.HiddenInput
    default_error_messages = {"required": NO_ANSWER, "invalid": NOT_RECOGNISED}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=True, **kwargs)

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str) and (len(value) > CREDENTIAL_MAX_LENGTH or "\x00" in value):
            raise forms.ValidationError(NOT_RECOGNISED, code="invalid")
        try:
            parsed = super().to_python(value)
        except RecursionError:
            raise forms.ValidationError(NOT_RECOGNISED, code="invalid") from None
        if parsed is not None and not isinstance(parsed, dict):
            raise forms.ValidationError(NOT_RECOGNISED, code="invalid")
        return parsed

    def bound_data(self, data: Any, initial: Any) -> Any:
        # A refused answer is never shown again: the next try makes a new one.
        return None

    def prepare_value(self, value: Any) -> str:
        return "" if value is None else json.dumps(value)


def _recognised(check):
    """Run allauth's check of an answer; any failure is the one "not recognised" message."""
    try:
        return check()
    except forms.ValidationError as error:
        if getattr(error, "code", None) == "incorrect_code":
            raise forms.ValidationError(NOT_RECOGNISED, code="incorrect_code") from None
        raise
    except MALFORMED:
        raise forms.ValidationError(NOT_RECOGNISED, code="incorrect_code") from None


class PasskeyNameField(forms.CharField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            max_length=NAME_MAX_LENGTH,
            label=_("Name of the passkey"),
            help_text=_(
                "So that you can tell your passkeys apart, for example “Phone” or “Laptop at work”."
            ),
            **kwargs,
        )


class AddPasskeyForm(AddWebAuthnForm):
    name = PasskeyNameField(required=False)
    passwordless = forms.BooleanField(
        required=False,
        initial=True,
        label=_("Also log in with this passkey alone, without the password"),
        help_text=_(
            "Your device then asks for its PIN, your fingerprint or your face each time. "
            "Leave this empty for a security key without PIN: it is then asked for after "
            "the password."
        ),
    )
    credential = CredentialField()

    def clean(self) -> dict:
        return _recognised(super().clean)


class EditPasskeyForm(EditWebAuthnForm):
    name = PasskeyNameField(required=True)


class _AuthenticatePasskeyMixin:
    credential = CredentialField()

    def clean_credential(self):
        return _recognised(super().clean_credential)


class AuthenticatePasskeyForm(_AuthenticatePasskeyMixin, AuthenticateWebAuthnForm):
    credential = CredentialField()


class LoginPasskeyForm(_AuthenticatePasskeyMixin, LoginWebAuthnForm):
    credential = CredentialField()


class ReauthenticatePasskeyForm(_AuthenticatePasskeyMixin, ReauthenticateWebAuthnForm):
    credential = CredentialField()
