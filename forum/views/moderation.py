from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from forum import actions
from forum.forms import MoveTopicForm
from forum.models import Membership, ModerationLogEntry, Post, Report, Topic
from forum.views.gate import moderators
from forum.views.reading import forum_crumbs
from portal.paging import KeysetPaginator


def _back(request: HttpRequest, default) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default)


@moderators
def moderation_queue(request: HttpRequest) -> HttpResponse:
    reports = (
        Report.objects.filter(status=Report.Status.OPEN)
        .select_related("post__topic", "post__author", "reporter")
        .defer("post__search_vector", "post__topic__search_vector")
        .order_by("created_at", "id")[:100]
    )
    return render(
        request,
        "forum/moderation_queue.html",
        {
            "reports": reports,
            "open_applications": Membership.objects.open_applications()[:100].count(),
            "breadcrumbs": forum_crumbs((_("Moderation"), None)),
        },
    )


@moderators
@require_POST
def post_hide(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("topic"), pk=pk)
    actions.hide_post(post=post, moderator=request.user, note=request.POST.get("note", "")[:1000])
    messages.success(request, _("The post is hidden. Open reports on it are closed."))
    return _back(request, post)


@moderators
@require_POST
def post_restore(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("topic"), pk=pk)
    actions.restore_post(post=post, moderator=request.user)
    messages.success(request, _("The post is visible again."))
    return _back(request, post)


@moderators
@require_POST
def report_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report.objects.select_related("post__topic"), pk=pk)
    actions.dismiss_report(report=report, moderator=request.user)
    messages.success(request, _("The report has been dismissed."))
    return redirect("forum:moderation")


TOPIC_ACTIONS = {
    "lock": (ModerationLogEntry.Action.LOCK, gettext_lazy("The topic is locked.")),
    "unlock": (ModerationLogEntry.Action.UNLOCK, gettext_lazy("The topic is open again.")),
    "pin": (ModerationLogEntry.Action.PIN, gettext_lazy("The topic is pinned.")),
    "unpin": (ModerationLogEntry.Action.UNPIN, gettext_lazy("The topic is no longer pinned.")),
}


@moderators
@require_POST
def topic_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.only("id"), pk=pk)
    chosen = TOPIC_ACTIONS.get(request.POST.get("action", ""))
    if chosen is None:
        messages.error(request, _("Please choose lock, unlock, pin or unpin."))
    else:
        action, done = chosen
        actions.change_topic(topic=topic, moderator=request.user, action=action)
        messages.success(request, done)
    return redirect(topic)


@moderators
def topic_move(request: HttpRequest, pk: int) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.select_related("board").defer("search_vector"), pk=pk)
    form = MoveTopicForm(request.POST or None, initial={"board": topic.board})
    if request.method == "POST" and form.is_valid():
        actions.move_topic(topic=topic, moderator=request.user, board=form.cleaned_data["board"])
        messages.success(
            request,
            _("The topic is now in “%(board)s”.") % {"board": form.cleaned_data["board"].name},
        )
        return redirect(topic)
    return render(
        request,
        "forum/topic_move.html",
        {
            "topic": topic,
            "form": form,
            "breadcrumbs": forum_crumbs(
                (topic.title, topic.get_absolute_url()), (_("Move topic"), None)
            ),
        },
    )


@moderators
def moderation_log(request: HttpRequest) -> HttpResponse:
    entries = ModerationLogEntry.objects.select_related("moderator", "member", "topic").defer(
        "topic__search_vector"
    )
    page = KeysetPaginator(entries, ["-created_at", "-id"], per_page=50).page_for(request)
    return render(
        request,
        "forum/moderation_log.html",
        {
            "page": page,
            "breadcrumbs": forum_crumbs(
                (_("Moderation"), reverse("forum:moderation")), (_("Moderation log"), None)
            ),
        },
    )
