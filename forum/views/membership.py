from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from forum import actions, notifications, permissions
from forum.forms import (
    ApplicationDecisionForm,
    ApplicationForm,
    NotificationForm,
    SuspensionForm,
)
from forum.models import Board, Membership, Topic
from forum.views.gate import moderators, private_page, readers
from forum.views.reading import forum_crumbs
from portal.paging import KeysetPaginator


@private_page
@login_required
def apply(request: HttpRequest) -> HttpResponse:
    if permissions.is_member(request.user):
        return redirect("forum:index")
    membership = permissions.membership_of(request.user)
    pending = membership is not None and membership.status == Membership.Status.APPLIED
    verified = permissions.can_apply(request.user)
    initial = {
        "organisation": request.user.organisation,
        "role": request.user.organisation_role,
    }
    form = ApplicationForm(request.POST or None, initial=initial)
    if request.method == "POST" and verified and not pending and form.is_valid():
        try:
            actions.apply_for_membership(user=request.user, **form.cleaned_data)
        except actions.ForumActionError as refusal:  # approved in the meantime
            messages.error(request, refusal.message)
            return redirect("forum:index")
        messages.success(
            request,
            _("Thank you! The moderators will read your application and answer you by mail."),
        )
        return redirect("forum:apply")
    return render(
        request,
        "forum/apply.html",
        {
            "form": form,
            "membership": membership,
            "pending": pending,
            "verified": verified,
            "breadcrumbs": forum_crumbs(),
        },
    )


@readers
def member_list(request: HttpRequest) -> HttpResponse:
    members = Membership.objects.approved().select_related("user__region").only(
        "organisation", "role", "suspended_until", "user__display_name", "user__email",
        "user__region__name",
    )  # fmt: skip
    page = KeysetPaginator(members, ["organisation", "id"], per_page=50).page_for(request)
    return render(
        request,
        "forum/member_list.html",
        {
            "page": page,
            "is_moderator": permissions.can_moderate(request.user),
            "breadcrumbs": forum_crumbs((_("Members"), None)),
        },
    )


@readers
def notification_settings(request: HttpRequest) -> HttpResponse:
    membership = permissions.membership_of(request.user)
    form = NotificationForm(
        request.POST or None,
        initial={"notify": membership.notify if membership else Membership.Notify.NONE},
    )
    if request.method == "POST" and form.is_valid():
        actions.set_notification_mode(user=request.user, mode=form.cleaned_data["notify"])
        messages.success(request, _("Your mail settings have been saved."))
        return redirect("forum:settings")
    return render(
        request,
        "forum/notification_settings.html",
        {
            "form": form,
            "has_membership": membership is not None,
            "topic_subscriptions": request.user.forum_topic_subscriptions.select_related(
                "topic"
            ).only("topic__title")[:200],
            "board_subscriptions": request.user.forum_board_subscriptions.select_related(
                "board"
            ).only("board__name", "board__slug"),
            "breadcrumbs": forum_crumbs((_("Mail settings"), None)),
        },
    )


@csrf_exempt  # mail programs send the one-click POST (RFC 8058) without a form token
@private_page
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    parsed = notifications.read_unsubscribe_token(token)
    valid = parsed is not None
    kind, name = _what_the_link_stops(*parsed[1:]) if valid else (None, None)
    done = None
    if valid and request.method == "POST":
        done = notifications.unsubscribe(token)
    return render(
        request,
        "forum/unsubscribe.html",
        {"valid": valid, "done": done, "kind": kind, "name": name, "token": token},
        status=200 if valid else 400,
    )


def _what_the_link_stops(kind: str, target_id: int) -> tuple[str, str | None]:
    """The kind ("topic", "board", "all") and the name of what a link stops mail about.

    Read before unsubscribing, so that the page can name it afterwards too; None when
    the topic or board has gone since the mail was sent.
    """
    if kind == "topic":
        return kind, Topic.objects.filter(pk=target_id).values_list("title", flat=True).first()
    if kind == "board":
        return kind, Board.objects.filter(pk=target_id).values_list("name", flat=True).first()
    return kind, None


# --- moderators ------------------------------------------------------------------------


@moderators
def application_list(request: HttpRequest) -> HttpResponse:
    applications = (
        Membership.objects.open_applications()
        .select_related("user")
        .order_by("applied_at", "id")[:200]
    )
    return render(
        request,
        "forum/application_list.html",
        {
            "applications": applications,
            "breadcrumbs": forum_crumbs(
                (_("Moderation"), reverse("forum:moderation")), (_("Applications"), None)
            ),
        },
    )


@moderators
def application_decide(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(
        Membership.objects.open_applications().select_related("user__region"), pk=pk
    )
    form = ApplicationDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decide = (
            actions.approve_membership
            if form.cleaned_data["decision"] == "approve"
            else actions.decline_membership
        )
        try:
            decide(
                membership=membership,
                moderator=request.user,
                message=form.cleaned_data["message"].strip(),
            )
        except actions.ForumActionError as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("Your decision has been saved and sent to the applicant."))
        return redirect("forum:application-list")
    return render(
        request,
        "forum/application_decide.html",
        {
            "membership": membership,
            "form": form,
            "breadcrumbs": forum_crumbs(
                (_("Applications"), reverse("forum:application-list")), (str(membership.user), None)
            ),
        },
    )


@moderators
def member_suspend(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.approved().select_related("user"), pk=pk)
    form = SuspensionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.suspend_member(
                membership=membership,
                moderator=request.user,
                until=form.end_of_suspension(),
                reason=form.cleaned_data["reason"],
            )
        except actions.ForumActionError as refusal:  # no longer a member
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("The member can only read until the suspension ends."))
        return redirect("forum:member-list")
    return render(
        request,
        "forum/member_suspend.html",
        {
            "membership": membership,
            "form": form,
            "breadcrumbs": forum_crumbs(
                (_("Members"), reverse("forum:member-list")), (str(membership.user), None)
            ),
        },
    )


@moderators
def member_unsuspend(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.approved().select_related("user"), pk=pk)
    if request.method == "POST":
        actions.lift_suspension(membership=membership, moderator=request.user)
        messages.success(request, _("The suspension has been lifted."))
        return redirect("forum:member-list")
    return render(
        request,
        "forum/member_unsuspend.html",
        {
            "membership": membership,
            "breadcrumbs": forum_crumbs(
                (_("Members"), reverse("forum:member-list")), (str(membership.user), None)
            ),
        },
    )
