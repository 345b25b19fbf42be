"""What the home page shows: picture cards for everyone, an overview for people logged in.

Each part is one query of a few rows, whatever the person has (many initiatives, many
networks, a long forum): the page costs the same for a newcomer and for a coordinator
of ten networks. Only the first rows are shown; every part links to its full page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q

from forum import permissions as forum_permissions
from forum.models import Topic as ForumTopic
from networks.models import Meeting, Network
from portal.models import User
from projects.models import Article, Project, ProjectImage, ProjectRevision
from selfcheck.models import CheckResult

# How many rows each part of the overview shows; the link leads on to the rest.
SHOWN = 5
# Cards with pictures on the home page.
CARDS = 3


def newest_portraits(count: int = CARDS) -> list[Project]:
    """The newest published portraits with their first approved picture (two queries)."""
    pictures = ProjectImage.objects.filter(approved=True).only(
        "project_id", "image", "image_small", "width", "height", "alt_text", "position"
    )
    return list(
        Project.objects.published()
        .select_related("region")
        .only("name", "slug", "summary", "region__name", "published_at")
        .prefetch_related(
            Prefetch("images", queryset=pictures, to_attr="public_images"),
            Prefetch("topics", to_attr="topic_list"),
        )
        .order_by("-published_at", "-id")[:count]
    )


def newest_articles(count: int = CARDS) -> list[Article]:
    return list(
        Article.objects.published()
        .only(
            "kind",
            "title",
            "slug",
            "lead",
            "published_on",
            "cover_image",
            "cover_image_small",
            "cover_width",
            "cover_height",
            "cover_alt_text",
        )
        .prefetch_related(Prefetch("topics", to_attr="topic_list"))
        .order_by("-published_on", "-id")[:count]
    )


@dataclass
class Overview:
    """The personal part of the home page."""

    projects: list[Project]
    is_forum_member: bool
    forum_membership: object | None
    unread_topics: list[ForumTopic] = field(default_factory=list)
    has_networks: bool = False
    meetings: list[Meeting] = field(default_factory=list)
    results: list[CheckResult] = field(default_factory=list)


def my_projects(user: User) -> list[Project]:
    open_revisions = ProjectRevision.objects.filter(status__in=ProjectRevision.OPEN_STATUSES).only(
        "project_id", "status"
    )
    return list(
        Project.objects.owned_by(user)
        .only("name", "slug", "status", "updated_at", "owner_id")
        .prefetch_related(Prefetch("revisions", queryset=open_revisions, to_attr="open_revisions"))
        .order_by("-updated_at", "-id")[:SHOWN]
    )


def unread_topics(user: User) -> list[ForumTopic]:
    """The forum topics with posts ``user`` has not read, newest activity first."""
    return list(
        ForumTopic.objects.listed()
        .with_read_state(user)
        .filter(Q(read_up_to__isnull=True) | Q(read_up_to__lt=F("post_count")))
        .order_by("-last_activity_at", "-id")[:SHOWN]
    )


def my_networks(user: User):
    """The networks whose meetings ``user`` sees as a member: those they coordinate, and the
    published ones an organisation they keep belongs to (as networks.permissions rules)."""
    return Network.objects.filter(
        Q(coordinators=user) | Q(is_published=True, memberships__organisation__owners=user)
    ).values("pk")


def next_meetings(user: User) -> list[Meeting]:
    return list(
        Meeting.objects.upcoming()
        .filter(network__in=my_networks(user))
        .select_related("network")
        .only("title", "starts_at", "ends_at", "place", "network__name", "network__slug")
        .order_by("starts_at", "id")[:SHOWN]
    )


def saved_results(user: User) -> list[CheckResult]:
    return list(
        CheckResult.objects.filter(user=user)
        .select_related("questionnaire")
        .only("created_at", "questionnaire__title", "questionnaire__slug")
        .order_by("-created_at", "-id")[:SHOWN]
    )


def overview(user: User) -> Overview:
    is_member = forum_permissions.is_member(user)
    meetings = next_meetings(user)
    return Overview(
        projects=my_projects(user),
        is_forum_member=is_member,
        forum_membership=forum_permissions.membership_of(user),
        unread_topics=unread_topics(user) if is_member else [],
        # Without meetings, one more cheap query tells "no network" from "no meeting".
        has_networks=bool(meetings) or my_networks(user).exists(),
        meetings=meetings,
        results=saved_results(user),
    )
