from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from forum import actions, permissions
from forum.forms import ReplyForm
from forum.models import Board, BoardSubscription, Post, ReadState, Topic, TopicSubscription
from forum.views.gate import readers
from portal.breadcrumbs import Crumb, breadcrumbs
from portal.paging import KeysetPaginator
from portal.params import int_param
from portal.search import MAX_QUERY_LENGTH, search_query

TOPIC_ORDER = ["-last_activity_at", "-id"]
POST_ORDER = ["number", "id"]


def forum_crumbs(*trail: Crumb) -> list[Crumb]:
    return breadcrumbs(_("Forum"), "forum:index", *trail)


@readers
def forum_index(request: HttpRequest) -> HttpResponse:
    boards = Board.objects.select_related("last_topic")
    return render(
        request,
        "forum/board_list.html",
        {"boards": boards, "breadcrumbs": breadcrumbs(_("Forum"), "forum:index")},
    )


@readers
def board_detail(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(Board, slug=slug)
    topics = board.topics.listed().with_read_state(request.user)
    # Pinned topics stand above the list on its first page; moderators keep them few.
    pinned = list(topics.filter(is_pinned=True).order_by(*TOPIC_ORDER))
    page = KeysetPaginator(
        topics.filter(is_pinned=False),
        TOPIC_ORDER,
        per_page=settings.FORUM_TOPICS_PER_PAGE,
        # The board's counter, kept by the actions, instead of counting its topics.
        total=max(board.topic_count - len(pinned), 0),
    ).page_for(request)
    if not page.is_first:
        pinned = []
    return render(
        request,
        "forum/topic_list.html",
        {
            "board": board,
            "pinned": pinned,
            "page": page,
            "subscribed": BoardSubscription.objects.filter(user=request.user, board=board).exists(),
            "can_write": permissions.can_write(request.user),
            "breadcrumbs": forum_crumbs((board.name, None)),
        },
    )


@readers
def unread_topics(request: HttpRequest) -> HttpResponse:
    topics = (
        Topic.objects.listed()
        .with_read_state(request.user)
        .filter(Q(read_up_to__isnull=True) | Q(read_up_to__lt=F("post_count")))
    )
    page = KeysetPaginator(topics, TOPIC_ORDER, per_page=settings.FORUM_TOPICS_PER_PAGE).page_for(
        request
    )
    return render(
        request,
        "forum/unread_topics.html",
        {"page": page, "breadcrumbs": forum_crumbs((_("Unread topics"), None))},
    )


@readers
def topic_detail(request: HttpRequest, pk: int) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.select_related("board").defer("search_vector"), pk=pk)
    paginator = KeysetPaginator(
        topic.posts.select_related("author").defer("search_vector"),
        POST_ORDER,
        per_page=settings.FORUM_POSTS_PER_PAGE,
        # Posts are numbered 1, 2, 3 … and stay (withdrawn ones as a note): the highest
        # number is their count.
        total=topic.post_count,
    )
    after = request.GET.get("nach")
    start = int_param(request.GET.get("ab"), minimum=2, maximum=topic.post_count)
    if start is not None:
        # The page that holds post number ``start`` (the first unread one, or a linked
        # post), cut where "next" from the first page cuts, so that no post shows twice.
        before_page = (start - 1) // paginator.per_page * paginator.per_page
        after = paginator.cursor_at([before_page, 2**62]) if before_page else None
    page = paginator.page(
        after=after, before=request.GET.get("vor"), last=request.GET.get("seite") == "letzte"
    )
    read_up_to = (
        ReadState.objects.filter(user=request.user, topic=topic)
        .values_list("last_read_number", flat=True)
        .first()
    ) or 0
    if page.items and page.items[-1].number > read_up_to:
        actions.mark_read(user=request.user, topic=topic, up_to=page.items[-1].number)
    can_reply = permissions.can_reply(request.user, topic)
    return render(
        request,
        "forum/topic_detail.html",
        {
            "topic": topic,
            "page": page,
            "read_up_to": read_up_to,
            "subscribed": TopicSubscription.objects.filter(user=request.user, topic=topic).exists(),
            "can_reply": can_reply,
            "reply_form": ReplyForm() if can_reply and page.is_last else None,
            "is_moderator": permissions.can_moderate(request.user),
            "breadcrumbs": forum_crumbs(
                (topic.board.name, topic.board.get_absolute_url()), (topic.title, None)
            ),
        },
    )


@readers
def post_goto(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.only("topic_id", "number"), pk=pk)
    url = reverse("forum:topic-detail", kwargs={"pk": post.topic_id})
    return redirect(f"{url}?ab={post.number}#beitrag-{post.number}")


@readers
def search(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "")[: MAX_QUERY_LENGTH * 2]
    query = search_query(text) if text.strip() else None
    topics = posts = None
    if query is not None:
        topics = list(
            Topic.objects.filter(search_vector=query)
            .select_related("board")
            .only("title", "board__name", "board__slug", "last_activity_at", "post_count")
            .order_by("-last_activity_at", "-id")[:20]
        )
        posts = list(
            Post.objects.readable()
            .filter(search_vector=query)
            .select_related("topic", "author")
            .only(
                "number",
                "body",
                "created_at",
                "topic__title",
                "author__display_name",
                "author__email",
            )
            .order_by("-created_at", "-id")[:30]
        )
    return render(
        request,
        "forum/search.html",
        {
            "query": text[:MAX_QUERY_LENGTH],
            "searched": bool(text.strip()),
            "topics": topics,
            "posts": posts,
            "breadcrumbs": forum_crumbs((_("Search"), None)),
        },
    )


@readers
def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("topic", "author"), pk=pk)
    if not permissions.can_see_post_history(request.user, post):
        raise PermissionDenied
    return render(
        request,
        "forum/post_history.html",
        {
            "post": post,
            "revisions": post.revisions.all()[:100],
            "breadcrumbs": forum_crumbs(
                (post.topic.title, post.topic.get_absolute_url()), (_("Edit history"), None)
            ),
        },
    )
