from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.markdown import RendersMarkdown
from portal.search import SearchVectorDeferringManager


class Category(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Kept by faq.actions whenever entries change, so lists never count entries.
    entry_count = models.PositiveIntegerField(_("published entries"), default=0, editable=False)

    class Meta:
        verbose_name = _("FAQ category")
        verbose_name_plural = _("FAQ categories")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("faq:category-detail", kwargs={"slug": self.slug})


class EntryQuerySet(models.QuerySet["Entry"]):
    def published(self) -> EntryQuerySet:
        return self.filter(is_published=True)


class Entry(RendersMarkdown):
    """A question people ask when they start a project, and its answer."""

    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="entries"
    )
    question = models.CharField(_("question"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    answer = models.TextField(_("answer"), help_text=_("Markdown is allowed."))
    answer_html = models.TextField(editable=False, default="")
    keywords = models.CharField(
        _("keywords"),
        max_length=400,
        blank=True,
        help_text=_("Other words people use for this, separated by commas."),
    )
    related_entries = models.ManyToManyField(
        "self", verbose_name=_("related entries"), blank=True, symmetrical=True
    )
    related_projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("related project portraits"), blank=True
    )
    related_articles = models.ManyToManyField(
        "projects.Article", verbose_name=_("related articles"), blank=True
    )
    is_published = models.BooleanField(_("published"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    helpful_yes = models.PositiveIntegerField(_("helpful"), default=0, editable=False)
    helpful_no = models.PositiveIntegerField(_("not helpful"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_vector = models.GeneratedField(
        expression=(
            SearchVector("question", weight="A", config="german")
            + SearchVector("keywords", weight="B", config="german")
            + SearchVector("answer", weight="C", config="german")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchVectorDeferringManager.from_queryset(EntryQuerySet)()

    markdown_fields = {"answer": "answer_html"}

    class Meta:
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
        ordering = ["position", "id"]
        indexes = [
            GinIndex(fields=["search_vector"], name="faq_entry_search"),
            models.Index(
                fields=["category", "position", "id"],
                name="faq_entry_category_order",
                condition=Q(is_published=True),
            ),
            models.Index(
                fields=["-helpful_yes", "id"],
                name="faq_entry_popular",
                condition=Q(is_published=True),
            ),
        ]

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("faq:entry-detail", kwargs={"slug": self.slug})


class SynonymGroup(models.Model):
    """Words that mean the same to someone searching: each finds what the others find."""

    words = ArrayField(
        models.CharField(max_length=60),
        verbose_name=_("words"),
        help_text=_("Lower-case single words, separated by commas, e.g. geld,finanzierung."),
    )

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        indexes = [GinIndex(fields=["words"], name="faq_synonym_words")]

    def __str__(self) -> str:
        return ", ".join(self.words)


class Word(models.Model):
    """A word that occurs in the FAQ, for "did you mean …?" suggestions.

    No trigram extension is available, so close words are found in Python among the
    candidates that share the first letter and have a similar length.
    """

    word = models.CharField(max_length=60, unique=True)
    # As the entries write it ("Förderung" for "förderung"): what a suggestion shows.
    spelling = models.CharField(max_length=60, blank=True)
    first_letter = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()
    frequency = models.PositiveIntegerField(default=1)

    class Meta:
        indexes = [models.Index(fields=["first_letter", "length"], name="faq_word_candidates")]

    def __str__(self) -> str:
        return self.word


class Vote(models.Model):
    """One answer to "did this help?" per visitor and entry; the visitor is a hash only."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="votes")
    voter = models.CharField(max_length=64)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["entry", "voter"], name="faq_vote_once_per_visitor")
        ]
        indexes = [models.Index(fields=["entry", "-created_at"], name="faq_vote_entry_date")]

    def __str__(self) -> str:
        return f"{self.entry}: {'+' if self.helpful else '-'}"


class FailedSearch(models.Model):
    """A search that found nothing: the words only, with how often and when last."""

    query = models.CharField(_("search"), max_length=200, unique=True)
    count = models.PositiveIntegerField(_("times"), default=1)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search without result")
        verbose_name_plural = _("searches without result")
        ordering = ["-count", "-last_searched_at"]
        indexes = [models.Index(fields=["-count", "-last_searched_at"], name="faq_failed_top")]

    def __str__(self) -> str:
        return self.query


class SubmittedQuestion(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        ANSWERED = "answered", _("answered")
        DISMISSED = "dismissed", _("dismissed")

    question = models.TextField(_("question"), max_length=1000)
    # Only to send the answer; erased once the question is answered or dismissed.
    email = models.EmailField(_("e-mail address for the answer"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    # The form's one-time token: a form sent twice creates one question.
    submission_token = models.CharField(max_length=64, unique=True)
    entry = models.ForeignKey(
        Entry,
        verbose_name=_("answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("submitted question")
        verbose_name_plural = _("submitted questions")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["status", "created_at"], name="faq_question_status")]

    def __str__(self) -> str:
        return self.question[:80]
