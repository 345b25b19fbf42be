"""Admin of the Selbstcheck: editors define questionnaires, their scale and recommendations.

A questionnaire holds its answer scale and its dimensions; each dimension (opened from the
questionnaire) holds its statements and the recommendations per band of percentages.
Saved results are personal data of the users and are not shown in the admin.
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.admin import ExpiresPublicPages
from selfcheck.models import AnswerOption, Dimension, Questionnaire, Recommendation, Statement
from selfcheck.scoring import overlapping_bands


class AnswerOptionInline(admin.TabularInline):
    model = AnswerOption
    fields = ["label", "score", "position"]
    extra = 0
    min_num = 2


class DimensionInline(admin.TabularInline):
    model = Dimension
    fields = ["title", "description", "position"]
    extra = 0
    show_change_link = True


@admin.register(Questionnaire)
class QuestionnaireAdmin(ExpiresPublicPages):
    list_display = ["title", "slug", "is_published", "position"]
    list_filter = ["is_published"]
    search_fields = ["title", "intro"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
    inlines = [AnswerOptionInline, DimensionInline]


class StatementInline(admin.TabularInline):
    model = Statement
    fields = ["text", "position"]
    extra = 0


class RecommendationFormSet(forms.BaseInlineFormSet):
    """Bands of one dimension lie within 0..100, lower limit first, and do not overlap."""

    def clean(self) -> None:
        super().clean()
        bands = []
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or not form.cleaned_data:
                continue
            if form.cleaned_data.get("DELETE"):
                continue
            low, high = form.cleaned_data.get("min_percent"), form.cleaned_data.get("max_percent")
            if low is None or high is None:
                continue
            if low > high:
                form.add_error(
                    "max_percent", _("The upper limit must not be below the lower limit.")
                )
                continue
            bands.append((low, high))
        overlaps = overlapping_bands(bands)
        if overlaps:
            (low1, high1), (low2, high2) = overlaps[0]
            raise forms.ValidationError(
                _(
                    "The bands %(first)s and %(second)s overlap. Each percentage may belong to "
                    "one band only, e.g. 0–39, 40–69 and 70–100."
                )
                % {"first": f"{low1}–{high1}", "second": f"{low2}–{high2}"}
            )


class RecommendationInline(admin.StackedInline):
    model = Recommendation
    formset = RecommendationFormSet
    fields = [("min_percent", "max_percent"), "text", "faq_entries", "articles", "projects"]
    autocomplete_fields = ["faq_entries", "articles", "projects"]
    extra = 0


@admin.register(Dimension)
class DimensionAdmin(ExpiresPublicPages):
    list_display = ["title", "questionnaire", "position"]
    list_filter = ["questionnaire"]
    list_select_related = ["questionnaire"]
    search_fields = ["title", "questionnaire__title"]
    fields = ["questionnaire", "title", "description", "position"]
    inlines = [StatementInline, RecommendationInline]
