from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum import actions, permissions
from forum.forms import EditPostForm, ReplyForm, ReportForm, TopicForm
from forum.models import Board, Post, Topic, member_name
from forum.views.gate import readers, writers
from forum.views.reading import forum_crumbs
from portal.markdown import render_markdown
from portal.params import BIGINT_MAX, int_param


def _when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _wait_notice(request: HttpRequest, *, editing: bool) -> str | None:
    if editing:
        allowed_at = actions.next_edit_allowed_at(request.user)
        notice = _("You can make your next change from %(time)s on.")
    else:
        allowed_at = actions.next_post_allowed_at(request.user)
        notice = _("You can write your next post from %(time)s on.")
    return None if allowed_at is None else notice % {"time": _when(allowed_at)}


def _save(form, request: HttpRequest, write):
    """Run ``write``; turn the forum's refusals into errors on the form."""
    try:
        return write()
    except actions.ForumActionError as refusal:
        form.add_error(refusal.field, refusal.message)
    return None


def _composer(request, form, *, title: str, crumbs, action_label: str, **extra) -> HttpResponse:
    preview = None
    if request.method == "POST" and "preview" in request.POST and form.is_valid():
        preview = render_markdown(form.cleaned_data["body"])
    return render(
        request,
        "forum/composer.html",
        {
            "form": form,
            "title": title,
            "preview": preview,
            "action_label": action_label,
            "wait_notice": _wait_notice(request, editing="editing" in extra),
            "breadcrumbs": crumbs,
            **extra,
        },
    )


@writers
def topic_create(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(Board, slug=slug)
    form = TopicForm(request.POST or None)
    if request.method == "POST" and "preview" not in request.POST and form.is_valid():
        topic = _save(
            form,
            request,
            lambda: actions.start_topic(
                board=board,
                author=request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                token=form.cleaned_data["token"],
            ),
        )
        if topic is not None:
            messages.success(request, _("Your topic has been published."))
            return redirect(topic)
    return _composer(
        request,
        form,
        title=_("New topic in “%(board)s”") % {"board": board.name},
        action_label=_("Publish topic"),
        crumbs=forum_crumbs((board.name, board.get_absolute_url()), (_("New topic"), None)),
        board=board,
    )


def _quote(post: Post) -> str:
    author = member_name(post.author)
    lines = [f"> {line}" if line else ">" for line in post.body.splitlines()]
    return _("%(author)s wrote:") % {"author": author} + "\n" + "\n".join(lines) + "\n\n"


@writers
def post_create(request: HttpRequest, pk: int) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.select_related("board").defer("search_vector"), pk=pk)
    if not permissions.can_reply(request.user, topic):
        messages.error(request, _("This topic has been locked by the moderators."))
        return redirect(topic)
    initial = {}
    quoted_pk = int_param(request.GET.get("zitat"), minimum=1, maximum=BIGINT_MAX)
    if quoted_pk is not None:
        quoted = topic.posts.readable().select_related("author").filter(pk=quoted_pk).first()
        if quoted is not None:
            initial["body"] = _quote(quoted)
    form = ReplyForm(request.POST or None, initial=initial)
    if request.method == "POST" and "preview" not in request.POST and form.is_valid():
        post = _save(
            form,
            request,
            lambda: actions.reply_to_topic(
                topic=topic,
                author=request.user,
                body=form.cleaned_data["body"],
                token=form.cleaned_data["token"],
            ),
        )
        if post is not None:
            messages.success(request, _("Your reply has been published."))
            return redirect(post)
    return _composer(
        request,
        form,
        title=_("Reply to “%(topic)s”") % {"topic": topic.title},
        action_label=_("Publish reply"),
        crumbs=forum_crumbs(
            (topic.board.name, topic.board.get_absolute_url()),
            (topic.title, topic.get_absolute_url()),
            (_("Reply"), None),
        ),
        topic=topic,
    )


def _own_post(request: HttpRequest, pk: int) -> Post:
    return get_object_or_404(Post.objects.select_related("topic__board"), pk=pk)


@writers
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = _own_post(request, pk)
    if not permissions.can_edit_post(request.user, post):
        raise PermissionDenied
    form = EditPostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and "preview" not in request.POST and form.is_valid():
        body = form.cleaned_data["body"]
        if _save(form, request, lambda: actions.edit_post(post=post, body=body)) is not None:
            messages.success(request, _("Your post has been changed."))
            return redirect(post)
    return _composer(
        request,
        form,
        title=_("Edit your post"),
        action_label=_("Save changes"),
        crumbs=forum_crumbs(
            (post.topic.title, post.topic.get_absolute_url()), (_("Edit post"), None)
        ),
        topic=post.topic,
        editing=post,
    )


@readers
def post_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    post = _own_post(request, pk)
    if not permissions.can_withdraw_post(request.user, post):
        raise PermissionDenied
    if request.method == "POST":
        actions.withdraw_post(post=post)
        messages.success(request, _("Your post has been withdrawn."))
        return redirect(post)
    return render(
        request,
        "forum/post_withdraw.html",
        {
            "post": post,
            "breadcrumbs": forum_crumbs(
                (post.topic.title, post.topic.get_absolute_url()), (_("Withdraw post"), None)
            ),
        },
    )


@readers
def post_report(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("topic", "author"), pk=pk)
    if not permissions.can_report_post(request.user, post):
        raise PermissionDenied
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.report_post(post=post, reporter=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Thank you. The moderators will look at the post."))
        return redirect(post)
    return render(
        request,
        "forum/post_report.html",
        {
            "post": post,
            "form": form,
            "breadcrumbs": forum_crumbs(
                (post.topic.title, post.topic.get_absolute_url()), (_("Report post"), None)
            ),
        },
    )


def _wants_subscription(request: HttpRequest) -> bool:
    return request.POST.get("subscribed") == "1"


@readers
@require_POST
def topic_subscribe(request: HttpRequest, pk: int) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.only("id"), pk=pk)
    subscribed = _wants_subscription(request)
    actions.set_topic_subscription(user=request.user, topic=topic, subscribed=subscribed)
    messages.success(
        request,
        _("You now follow this topic.") if subscribed else _("You no longer follow this topic."),
    )
    return redirect("forum:settings" if request.POST.get("next") == "settings" else topic)


@readers
@require_POST
def board_subscribe(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(Board, slug=slug)
    subscribed = _wants_subscription(request)
    actions.set_board_subscription(user=request.user, board=board, subscribed=subscribed)
    messages.success(
        request,
        _("You now follow this board.") if subscribed else _("You no longer follow this board."),
    )
    return redirect("forum:settings" if request.POST.get("next") == "settings" else board)
