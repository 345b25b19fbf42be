"""'Meine Daten': what the portal stores about a person, its download, and deleting the account."""

from __future__ import annotations

import json
from dataclasses import dataclass

from allauth.core import ratelimit
from django import forms
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_GET, require_POST

from portal import actions, personal_data
from portal.permissions import can_delete_account

# The export keeps its keys ("forum.read_state"); people read these headings instead.
SECTION_HEADINGS = {
    "portal.account": pgettext_lazy("personal data", "Account and profile"),
    "portal.email_addresses": pgettext_lazy("personal data", "E-mail addresses"),
    "portal.two_factor": pgettext_lazy("personal data", "Two-factor log-in"),
    "portal.sessions": pgettext_lazy("personal data", "Sessions"),
    "portal.security_log": pgettext_lazy("personal data", "Security log"),
    "portal.admin_log": pgettext_lazy("personal data", "Changes in the administration"),
    "projects.initiatives": pgettext_lazy("personal data", "Your initiatives"),
    "projects.proposed_changes": pgettext_lazy("personal data", "Proposed changes"),
    "projects.review_actions": pgettext_lazy("personal data", "Review of portraits"),
    "projects.contact_consents": pgettext_lazy("personal data", "Consents of contact persons"),
    "faq.questions": pgettext_lazy("personal data", "Questions you sent"),
    "faq.votes": pgettext_lazy("personal data", "Feedback on answers"),
    "faq.handled_questions": pgettext_lazy("personal data", "Questions you handled"),
    "forum.membership": pgettext_lazy("personal data", "Membership"),
    "forum.topics": pgettext_lazy("personal data", "Topics"),
    "forum.posts": pgettext_lazy("personal data", "Posts"),
    "forum.read_state": pgettext_lazy("personal data", "Reading progress"),
    "forum.subscriptions": pgettext_lazy("personal data", "Subscriptions"),
    "forum.reports": pgettext_lazy("personal data", "Reports"),
    "forum.moderation": pgettext_lazy("personal data", "Moderation"),
    "networks.organisations": pgettext_lazy("personal data", "Organisations"),
    "networks.networks": pgettext_lazy("personal data", "Networks you coordinate"),
    "networks.join_requests": pgettext_lazy("personal data", "Requests to join"),
    "selfcheck.results": pgettext_lazy("personal data", "Self-check results"),
}
# The portal's own part is the account itself, not "the portal".
PART_HEADINGS = {"portal": pgettext_lazy("personal data", "Your account")}


@dataclass(frozen=True)
class ExportSection:
    key: str
    heading: str
    meaning: str


@dataclass(frozen=True)
class ExportPart:
    heading: str
    sections: list[ExportSection]


def export_parts() -> list[ExportPart]:
    """The export's sections under headings people read, by part of the portal."""
    parts = []
    for provider in personal_data.providers():
        app_name = personal_data.section_name(provider)
        sections = []
        for name, meaning in provider.SECTIONS.items():
            key = f"{app_name}.{name}"
            # A section added without a heading is still named in words, not by its key.
            heading = SECTION_HEADINGS.get(key) or name.replace("_", " ").capitalize()
            sections.append(ExportSection(key=key, heading=str(heading), meaning=str(meaning)))
        heading = PART_HEADINGS.get(app_name) or apps.get_app_config(app_name).verbose_name
        parts.append(ExportPart(heading=str(heading), sections=sections))
    return parts


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_lazy("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_lazy("To make sure that it is you who deletes the account."),
    )
    delete_forum_posts = forms.BooleanField(
        label=_lazy("Delete my forum posts as well"),
        required=False,
        help_text=_lazy(
            "Without this, your posts stay in their topics and are shown as written by a "
            "deleted member."
        ),
    )
    confirm = forms.BooleanField(
        label=_lazy("I understand that my account and my data are deleted for good."),
        error_messages={"required": _lazy("Please confirm that you want to delete your account.")},
    )

    def __init__(self, *args, user, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        # Counted like re-authentication, so a taken-over session cannot guess the password.
        if not ratelimit.consume(self.request, action="reauthenticate", user=self.user):
            raise forms.ValidationError(
                _("Too many attempts. Please wait a few minutes and try again.")
            )
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("The password is not correct. Your account has not been deleted.")
            )
        return password


def _page(request: HttpRequest, form: DeleteAccountForm, *, status: int = 200) -> HttpResponse:
    return render(
        request,
        "portal/my_data.html",
        {
            "parts": export_parts(),
            "consents": personal_data.all_consents(request.user),
            "form": form,
            "can_delete": can_delete_account(request.user),
        },
        status=status,
    )


@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    return _page(request, DeleteAccountForm(user=request.user, request=request))


@login_required
@require_GET
def my_data_export(request: HttpRequest) -> HttpResponse:
    data = personal_data.collect(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"meine-daten-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def delete_account(request: HttpRequest) -> HttpResponse:
    if not can_delete_account(request.user):
        messages.error(
            request,
            _(
                "You are the last active superuser: without you nobody could administer the "
                "portal. Make another person a superuser first, then delete your account."
            ),
        )
        return redirect("portal:my-data")
    form = DeleteAccountForm(request.POST, user=request.user, request=request)
    if not form.is_valid():
        return _page(request, form)
    try:
        actions.delete_account(
            user=request.user,
            delete_forum_posts=form.cleaned_data["delete_forum_posts"],
            request=request,
        )
    except actions.AccountDeletionRefused as error:
        messages.error(request, str(error))
        return redirect("portal:my-data")
    messages.success(
        request,
        _(
            "Your account has been deleted and you have been logged out everywhere. We have "
            "sent a confirmation to your e-mail address. Thank you for having been part of "
            "the portal."
        ),
    )
    return redirect("portal:home")
