"""The members-only forum: membership, boards, topics, posts, and what members keep per topic.

Counters (topics per board, posts per topic, the last post) are stored and kept right by
the actions under row locks, so no page ever counts posts. Read state is one row per
member and topic: the number of the last post they have seen.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.search import SearchVectorDeferringManager


class MembershipQuerySet(models.QuerySet["Membership"]):
    def approved(self) -> MembershipQuerySet:
        return self.filter(status=Membership.Status.APPROVED)

    def open_applications(self) -> MembershipQuerySet:
        return self.filter(status=Membership.Status.APPLIED)


class Membership(models.Model):
    """A person's application for the forum and, once approved, their membership."""

    class Status(models.TextChoices):
        APPLIED = "applied", _("applied")
        APPROVED = "approved", _("member")
        DECLINED = "declined", _("declined")

    class Notify(models.TextChoices):
        EACH_POST = "each", _("one mail per new post")
        DAILY = "daily", _("one daily digest")
        NONE = "none", _("no mail")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="forum_membership",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.APPLIED
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    role = models.CharField(_("role in the organisation"), max_length=120)
    motivation = models.TextField(_("motivation"), max_length=2000)
    applied_at = models.DateTimeField(_("applied at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    suspension_reason = models.TextField(_("reason for the suspension"), blank=True)
    notify = models.CharField(
        _("notifications"), max_length=10, choices=Notify.choices, default=Notify.EACH_POST
    )
    # The end of the period the last daily digest covered.
    digest_sent_until = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("forum membership")
        verbose_name_plural = _("forum memberships")
        indexes = [
            models.Index(fields=["status", "applied_at"], name="forum_membership_status"),
            models.Index(
                fields=["notify"],
                condition=Q(status="approved"),
                name="forum_membership_notify",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_status_display()})"

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def is_suspended(self) -> bool:
        return self.suspended_until is not None and self.suspended_until > timezone.now()


class Board(models.Model):
    """A section of the forum, such as project practice or funding."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), max_length=500, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    topic_count = models.PositiveIntegerField(_("topics"), default=0, editable=False)
    post_count = models.PositiveIntegerField(_("posts"), default=0, editable=False)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, editable=False)
    last_topic = models.ForeignKey(
        "forum.Topic",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        verbose_name = _("board")
        verbose_name_plural = _("boards")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:board-detail", kwargs={"slug": self.slug})


class TopicQuerySet(models.QuerySet["Topic"]):
    def listed(self) -> TopicQuerySet:
        """Topics as lists show them: board, author and last post in one query, no texts."""
        return self.select_related("board", "author", "last_post__author").defer(
            "search_vector", "last_post__body", "last_post__body_html", "last_post__search_vector"
        )

    def with_read_state(self, user) -> TopicQuerySet:
        """Annotate how far ``user`` has read each topic (one subquery, no extra queries)."""
        read = ReadState.objects.filter(user=user, topic=OuterRef("pk")).values("last_read_number")
        return self.annotate(read_up_to=Subquery(read[:1]))


class Topic(models.Model):
    board = models.ForeignKey(
        Board, verbose_name=_("board"), on_delete=models.PROTECT, related_name="topics"
    )
    title = models.CharField(_("title"), max_length=150)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_topics",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    # Posts are numbered 1, 2, 3 … within a topic; this is the highest number given.
    post_count = models.PositiveIntegerField(_("posts"), default=0)
    last_post = models.ForeignKey(
        "forum.Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    search_vector = models.GeneratedField(
        expression=SearchVector("title", weight="A", config="german"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchVectorDeferringManager.from_queryset(TopicQuerySet)()

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [
            models.Index(
                fields=["board", "is_pinned", "-last_activity_at", "-id"],
                name="forum_topic_board_activity",
            ),
            models.Index(fields=["-last_activity_at", "-id"], name="forum_topic_activity"),
            GinIndex(fields=["search_vector"], name="forum_topic_search"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic-detail", kwargs={"pk": self.pk})


class PostQuerySet(models.QuerySet["Post"]):
    def readable(self) -> PostQuerySet:
        """Posts whose text members may read: neither hidden nor withdrawn."""
        return self.filter(is_hidden=False, withdrawn_at__isnull=True)


class Post(models.Model):
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts"
    )
    number = models.PositiveIntegerField(_("number in the topic"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_posts",
    )
    body = models.TextField(_("text"))
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden by moderation"), default=False)
    # The composer's one-time token: a form sent twice creates one post.
    submission_token = models.CharField(max_length=64, null=True, blank=True, unique=True)
    search_vector = models.GeneratedField(
        expression=SearchVector("body", weight="B", config="german"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchVectorDeferringManager.from_queryset(PostQuerySet)()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        constraints = [
            models.UniqueConstraint(fields=["topic", "number"], name="forum_post_number_unique"),
        ]
        indexes = [
            models.Index(fields=["author", "-created_at"], name="forum_post_author_recent"),
            models.Index(fields=["-created_at"], name="forum_post_recent"),
            GinIndex(fields=["search_vector"], name="forum_post_search"),
        ]

    def __str__(self) -> str:
        return f"{self.topic} #{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post-goto", kwargs={"pk": self.pk})

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def is_readable(self) -> bool:
        return not self.is_hidden and not self.is_withdrawn


class PostRevision(models.Model):
    """The text a post had before an edit; moderators see the history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    replaced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("earlier version of a post")
        verbose_name_plural = _("earlier versions of posts")
        ordering = ["post", "-replaced_at"]

    def __str__(self) -> str:
        return f"{self.post} ({self.replaced_at:%Y-%m-%d %H:%M})"


class ReadState(models.Model):
    """How far a member has read a topic: one row per member and topic, not per post."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="read_states")
    last_read_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="forum_readstate_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.topic_id} to #{self.last_read_number}"


class TopicSubscription(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_topic_subscriptions"
    )
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="subscriptions")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("topic subscription")
        verbose_name_plural = _("topic subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="forum_topicsub_unique"),
        ]
        indexes = [models.Index(fields=["topic", "user"], name="forum_topicsub_topic")]

    def __str__(self) -> str:
        return f"{self.user} → {self.topic}"


class BoardSubscription(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_board_subscriptions"
    )
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="subscriptions")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("board subscription")
        verbose_name_plural = _("board subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "board"], name="forum_boardsub_unique"),
        ]
        indexes = [models.Index(fields=["board", "user"], name="forum_boardsub_board")]

    def __str__(self) -> str:
        return f"{self.user} → {self.board}"


class Report(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        DISMISSED = "dismissed", _("dismissed")
        ACTED = "acted", _("post hidden")

    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    reason = models.TextField(_("reason"), max_length=1000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            # One open report per member and post: reporting twice does not count twice.
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=Q(status="open"),
                name="forum_report_open_unique",
            ),
        ]
        indexes = [
            models.Index(
                fields=["created_at"], condition=Q(status="open"), name="forum_report_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.post}: {self.reason[:40]}"


class ModerationLogEntry(models.Model):
    """Every moderator action, for accountability: who did what to which post, topic, member."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("approved a membership")
        DECLINE = "decline", _("declined a membership")
        SUSPEND = "suspend", _("suspended a member")
        UNSUSPEND = "unsuspend", _("lifted a suspension")
        HIDE = "hide", _("hid a post")
        RESTORE = "restore", _("restored a post")
        LOCK = "lock", _("locked a topic")
        UNLOCK = "unlock", _("unlocked a topic")
        PIN = "pin", _("pinned a topic")
        UNPIN = "unpin", _("unpinned a topic")
        MOVE = "move", _("moved a topic")
        DISMISS = "dismiss", _("dismissed a report")

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    created_at = models.DateTimeField(_("at"), default=timezone.now)
    topic = models.ForeignKey(
        Topic, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    post = models.ForeignKey(
        Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")
        indexes = [models.Index(fields=["-created_at", "-id"], name="forum_modlog_recent")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.moderator}: {self.get_action_display()}"


def member_name(user) -> str:
    """How a member is named to other members: never by their e-mail address."""
    if user is None:
        return str(_("Deleted member"))
    return user.display_name or str(_("Member without a display name"))
