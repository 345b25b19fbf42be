import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from portal.filters import FilterForm, RegionFilterForm
from portal.forms import QuickSelect, district_choices, land_choices
from portal.models import Region, TargetGroup, Topic
from projects.models import Article, FundingProgramme, Project, SponsorKind

PROJECT_SORTS = {
    "neu": (_("Newest"), ["-published_at", "-id"]),
    "name": (_("Name"), ["name", "id"]),
    "aktualisiert": (_("Recently updated"), ["-updated_at", "-id"]),
}


class ProjectFilter(django_filters.FilterSet):
    """The list's filters; German parameter names, so that shared links read well."""

    q = django_filters.CharFilter(
        method="filter_search",
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search"}),
        max_length=200,
    )
    land = django_filters.ChoiceFilter(
        field_name="land", method="filter_region", choices=land_choices,
        label=_("Land"), empty_label=_("All Länder"), widget=QuickSelect,
    )  # fmt: skip
    kreis = django_filters.ChoiceFilter(
        field_name="region", method="filter_region", choices=district_choices,
        label=_("District or city"), empty_label=_("All districts"), widget=QuickSelect,
    )  # fmt: skip
    thema = django_filters.ModelChoiceFilter(
        field_name="topics", to_field_name="slug", queryset=Topic.objects.all(),
        label=_("Topic"), empty_label=_("All topics"),
    )  # fmt: skip
    zielgruppe = django_filters.ModelChoiceFilter(
        field_name="target_groups", to_field_name="slug", queryset=TargetGroup.objects.all(),
        label=_("Target group"), empty_label=_("All target groups"),
    )  # fmt: skip
    traeger = django_filters.ChoiceFilter(
        field_name="sponsor_kind", choices=SponsorKind.choices, label=_("Kind of sponsor"),
        empty_label=_("All kinds"),
    )  # fmt: skip
    foerderung = django_filters.ModelChoiceFilter(
        field_name="funding_programmes", to_field_name="slug",
        queryset=FundingProgramme.objects.all(), label=_("Funding programme"),
        empty_label=_("All programmes"),
    )  # fmt: skip
    laufzeit = django_filters.ChoiceFilter(
        method="filter_running",
        choices=[("laufend", _("ongoing")), ("beendet", _("ended"))],
        label=_("Running"),
        empty_label=_("ongoing and ended"),
    )
    sortierung = django_filters.ChoiceFilter(
        method="keep",
        choices=[(key, label) for key, (label, _ordering) in PROJECT_SORTS.items()],
        label=_("Sort by"),
        empty_label=None,
    )

    class Meta:
        model = Project
        fields: list[str] = []
        form = RegionFilterForm

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_region(self, queryset, name, value):
        # The region's id as a subquery rather than a join on its code: PostgreSQL then
        # knows the id before the scan and reads the page in order from the index on
        # (land or region, published_at, id) instead of sorting all of the Land's portraits.
        region_id = Region.objects.filter(ags=value).order_by().values("pk")[:1]
        return queryset.filter(**{f"{name}_id": region_id})

    def filter_running(self, queryset, name, value):
        return queryset.ongoing() if value == "laufend" else queryset.ended()

    def keep(self, queryset, name, value):
        # Sorting is applied by the keyset paginator; the field is here to be validated.
        return queryset

    @property
    def ordering(self) -> list[str]:
        key = None
        if self.is_bound:
            self.form.errors  # noqa: B018 - validates the form, so cleaned_data exists
            key = self.form.cleaned_data.get("sortierung")
        return PROJECT_SORTS.get(key or "neu", PROJECT_SORTS["neu"])[1]


class ArticleFilter(django_filters.FilterSet):
    art = django_filters.ChoiceFilter(
        field_name="kind", choices=Article.Kind.choices, label=_("Kind"),
        empty_label=_("All kinds"),
    )  # fmt: skip
    thema = django_filters.ModelChoiceFilter(
        field_name="topics", to_field_name="slug", queryset=Topic.objects.all(),
        label=_("Topic"), empty_label=_("All topics"),
    )  # fmt: skip

    class Meta:
        model = Article
        fields: list[str] = []
        form = FilterForm
