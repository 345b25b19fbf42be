"""The Selbstcheck: questionnaires that editors define, and the results people save."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.markdown import RendersMarkdown

__all__ = [
    "AnswerOption",
    "CheckResult",
    "Dimension",
    "Questionnaire",
    "Recommendation",
    "Statement",
]

# Paths below /selbstcheck/ that are pages of their own, not questionnaires.
RESERVED_SLUGS = {"meine-ergebnisse"}


class QuestionnaireQuerySet(models.QuerySet["Questionnaire"]):
    def published(self) -> QuestionnaireQuerySet:
        return self.filter(is_published=True)

    def with_structure(self) -> QuestionnaireQuerySet:
        """Dimensions, their statements and the answer scale in three more queries."""
        return self.prefetch_related(
            Prefetch(
                "dimensions",
                queryset=Dimension.objects.prefetch_related(
                    Prefetch("statements", queryset=Statement.objects.order_by("position", "id"))
                ),
            ),
            Prefetch("options", queryset=AnswerOption.objects.order_by("position", "score")),
        )

    def with_recommendations(self) -> QuestionnaireQuerySet:
        """Also the recommendations and their published links (four more queries)."""
        from faq.models import Entry
        from projects.models import Article, Project

        recommendations = Recommendation.objects.prefetch_related(
            Prefetch("faq_entries", queryset=Entry.objects.published().only("question", "slug")),
            Prefetch("articles", queryset=Article.objects.published().only("title", "slug")),
            Prefetch("projects", queryset=Project.objects.published().only("name", "slug")),
        )
        return self.with_structure().prefetch_related(
            Prefetch("dimensions__recommendations", queryset=recommendations)
        )


class QuestionnaireManager(models.Manager.from_queryset(QuestionnaireQuerySet)):
    def get_by_natural_key(self, slug: str) -> Questionnaire:
        return self.get(slug=slug)


class Questionnaire(RendersMarkdown):
    """A Selbstcheck: statements grouped by dimension, answered on one scale."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Markdown is allowed."))
    intro_html = models.TextField(editable=False, default="")
    is_published = models.BooleanField(_("published"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = QuestionnaireManager()

    markdown_fields = {"intro": "intro_html"}

    class Meta:
        verbose_name = _("self-check questionnaire")
        verbose_name_plural = _("self-check questionnaires")
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("selfcheck:questionnaire-take", kwargs={"slug": self.slug})

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    def clean(self) -> None:
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by another page.")})


class Dimension(models.Model):
    """A field of action within a questionnaire, scored on its own."""

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="dimensions",
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")
        ordering = ["position", "id"]
        indexes = [
            models.Index(fields=["questionnaire", "position"], name="selfcheck_dimension_order")
        ]

    def __str__(self) -> str:
        return self.title


class Statement(models.Model):
    """A sentence that people rate on the questionnaire's answer scale."""

    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.CASCADE, related_name="statements"
    )
    text = models.CharField(_("statement"), max_length=500)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["dimension", "position"], name="selfcheck_statement_order")]

    def __str__(self) -> str:
        return self.text


class AnswerOption(models.Model):
    """One step of the answer scale, e.g. "trifft voll zu" with 3 points."""

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="options",
    )
    label = models.CharField(_("label"), max_length=100)
    score = models.PositiveSmallIntegerField(
        _("points"), validators=[MaxValueValidator(100)], help_text=_("0 for the lowest answer.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        ordering = ["position", "score"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "score"],
                name="selfcheck_option_unique_score",
                violation_error_message=_("Each answer of the scale needs its own points."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.score})"


class Recommendation(RendersMarkdown):
    """Advice for a dimension whose score lies within a band of percentages."""

    dimension = models.ForeignKey(
        Dimension,
        verbose_name=_("dimension"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    min_percent = models.PositiveSmallIntegerField(
        _("from percent"), validators=[MaxValueValidator(100)]
    )
    max_percent = models.PositiveSmallIntegerField(
        _("to percent"),
        validators=[MaxValueValidator(100)],
        help_text=_("Both limits belong to the band, e.g. 0 to 39 and 40 to 69."),
    )
    text = models.TextField(_("recommendation"), help_text=_("Markdown is allowed."))
    text_html = models.TextField(editable=False, default="")
    faq_entries = models.ManyToManyField(
        "faq.Entry", verbose_name=_("FAQ entries"), blank=True, related_name="+"
    )
    articles = models.ManyToManyField(
        "projects.Article", verbose_name=_("articles"), blank=True, related_name="+"
    )
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("project portraits"), blank=True, related_name="+"
    )

    markdown_fields = {"text": "text_html"}

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["min_percent", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_percent__lte=models.F("max_percent")) & Q(max_percent__lte=100),
                name="selfcheck_recommendation_band",
                violation_error_message=_(
                    "The band must lie between 0 and 100 percent, and its lower limit must not "
                    "be above its upper limit."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.dimension}: {self.min_percent}–{self.max_percent} %"

    def clean(self) -> None:
        if (
            self.min_percent is not None
            and self.max_percent is not None
            and self.min_percent > self.max_percent
        ):
            raise ValidationError(
                {"max_percent": _("The upper limit must not be below the lower limit.")}
            )


class CheckResult(models.Model):
    """A result that a registered user saved, to compare it with later ones."""

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="results",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="selfcheck_results",
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now)
    # {statement id: points}, as answered.
    answers = models.JSONField(_("answers"), default=dict)
    # [{"dimension": id, "title": …, "percent": …, "points": …, "max_points": …}], so that a
    # result keeps its numbers when editors change the questionnaire later.
    scores = models.JSONField(_("scores"), default=list)
    note = models.TextField(_("note"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("self-check result")
        verbose_name_plural = _("self-check results")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["user", "questionnaire", "-created_at"], name="selfcheck_result_history"
            ),
            models.Index(fields=["user", "-created_at"], name="selfcheck_result_by_user"),
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire} ({self.created_at:%Y-%m-%d})"

    def get_absolute_url(self) -> str:
        return reverse("selfcheck:result-detail", kwargs={"pk": self.pk})
