import django_filters
from django.utils.translation import gettext_lazy as _

from portal.filters import FilterForm, RegionFilterSet
from portal.models import Region, TargetGroup, Topic
from projects.models import Article, FundingProgramme, Project, SponsorKind

PROJECT_SORTS = {
    "neu": (_("Newest"), ["-published_at", "-id"]),
    "name": (_("Name"), ["name", "id"]),
    "aktualisiert": (_("Recently updated"), ["-updated_at", "-id"]),
}


def _region_id(ags: str):
    return Region.objects.filter(ags=ags).order_by().values("pk")[:1]


class ProjectFilter(RegionFilterSet):
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

    class Meta(RegionFilterSet.Meta):
        model = Project
        fields: list[str] = []

    # A portrait stores its Land beside its district. The region's id as a subquery rather
    # than a join on its code: PostgreSQL then knows the id before the scan and reads the
    # page in order from the index on (land or region, published_at, id) instead of sorting
    # all of the Land's portraits.
    def filter_land(self, queryset, name, value):
        return queryset.filter(land_id=_region_id(value))

    def filter_district(self, queryset, name, value):
        return queryset.filter(region_id=_region_id(value))

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
