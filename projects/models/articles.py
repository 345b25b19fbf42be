"""Interviews, expert articles and success stories written by the editors."""

from __future__ import annotations

from django.core.files.images import get_image_dimensions
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.markdown import RendersMarkdown
from projects.models.portraits import Project


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(is_published=True, published_on__lte=timezone.localdate())


def article_image_path(instance: Article, filename: str) -> str:
    return f"beitraege/{filename}"


class Article(RendersMarkdown):
    """An interview, expert article or success story, written or edited by the editors."""

    class Kind(models.TextChoices):
        INTERVIEW = "interview", _("Interview")
        EXPERT_ARTICLE = "expert_article", _("Expert article")
        SUCCESS_STORY = "success_story", _("Success story")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    lead = models.TextField(_("lead"), max_length=600)
    body = models.TextField(_("text"), help_text=_("Markdown is allowed."))
    body_html = models.TextField(editable=False, default="")
    author_name = models.CharField(_("author"), max_length=120)
    author_role = models.CharField(_("author's role"), max_length=200, blank=True)
    published_on = models.DateField(_("date"), default=timezone.localdate)
    is_published = models.BooleanField(_("published"), default=False)
    cover_image = models.ImageField(
        _("cover image"),
        upload_to=article_image_path,
        blank=True,
    )
    # The rendition lists and cards show (portal.images.SMALL_WIDTH wide), made with the cover.
    cover_image_small = models.ImageField(
        _("small rendition of the cover image"), upload_to=article_image_path, blank=True
    )
    cover_width = models.PositiveIntegerField(default=0, editable=False)
    cover_height = models.PositiveIntegerField(default=0, editable=False)
    cover_alt_text = models.CharField(
        _("alternative text of the cover image"), max_length=250, blank=True
    )
    topics = models.ManyToManyField("portal.Topic", verbose_name=_("topics"), blank=True)
    projects = models.ManyToManyField(
        Project, verbose_name=_("related projects"), blank=True, related_name="articles"
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    markdown_fields = {"body": "body_html"}

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_on", "-id"]
        indexes = [
            models.Index(
                fields=["-published_on", "-id"],
                name="article_newest",
                condition=Q(is_published=True),
            ),
            models.Index(fields=["kind", "-published_on"], name="article_kind_date"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(cover_image="") | ~Q(cover_alt_text=""),
                name="article_cover_needs_alt_text",
                violation_error_message=_("A cover image needs an alternative text."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def set_cover(self, processed) -> None:
        """Take both renditions of a cover checked by ``portal.images.process_image``."""
        self.cover_image = processed.large
        self.cover_image_small = processed.small
        # Read from the rendition the portal made, not by the field (width_field): that
        # would open whatever file is assigned, a hostile one included, before it is checked.
        self.cover_width, self.cover_height = get_image_dimensions(processed.large)

    def get_absolute_url(self) -> str:
        return reverse("projects:article-detail", kwargs={"slug": self.slug})
