"""Withdrawing the consent to show a portrait's contact person: one click, effective at once."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from projects import actions, permissions
from projects.models import Project


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


@login_required
@require_POST
def contact_consent_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(Project, pk=pk)
    # Another person's portrait is "not found": ids reveal nothing.
    if not permissions.can_withdraw_contact_consent(request.user, project):
        raise Http404
    try:
        actions.withdraw_contact_consent(project=project, user=request.user)
    except actions.ProjectActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _(
                "The consent has been withdrawn: the contact person of “%(name)s” is no "
                "longer shown publicly."
            )
            % {"name": project.name},
        )
    return redirect(_next_url(request) or "projects:my-projects")
