import string

import django_filters
from django import forms
from django.core.validators import EMPTY_VALUES
from django.utils.translation import gettext_lazy as _

from networks.models import LANGUAGES, Network, Organisation
from portal.filters import RegionFilterSet
from portal.models import Topic

LETTERS = [(letter, letter) for letter in string.ascii_uppercase]


class DirectoryFilter(RegionFilterSet):
    """Filters both directories share: place, search and the initial letter."""

    buchstabe = django_filters.ChoiceFilter(
        field_name="initial", choices=LETTERS, label=_("Initial letter"),
        empty_label=_("All letters"),
    )  # fmt: skip


class NetworkFilter(DirectoryFilter):
    art = django_filters.ChoiceFilter(
        field_name="kind", choices=Network.Kind.choices, label=_("Kind"),
        empty_label=_("All kinds"),
    )  # fmt: skip
    ebene = django_filters.ChoiceFilter(
        field_name="scope", choices=Network.Scope.choices, label=_("Scope"),
        empty_label=_("All scopes"),
    )  # fmt: skip
    mitglied = django_filters.ModelChoiceFilter(
        field_name="memberships__organisation", to_field_name="slug",
        queryset=Organisation.objects.published(), widget=forms.HiddenInput,
        label=_("With member"),
    )  # fmt: skip

    class Meta(RegionFilterSet.Meta):
        model = Network
        fields: list[str] = []


class OrganisationFilter(DirectoryFilter):
    art = django_filters.ChoiceFilter(
        field_name="kind", choices=Organisation.Kind.choices, label=_("Kind"),
        empty_label=_("All kinds"),
    )  # fmt: skip
    taetigkeit = django_filters.ModelChoiceFilter(
        field_name="fields_of_activity", to_field_name="slug", queryset=Topic.objects.all(),
        label=_("Field of activity"), empty_label=_("All fields"),
    )  # fmt: skip
    sprache = django_filters.ChoiceFilter(
        method="filter_language", choices=LANGUAGES, label=_("Language offered"),
        empty_label=_("All languages"),
    )  # fmt: skip

    class Meta(RegionFilterSet.Meta):
        model = Organisation
        fields: list[str] = []

    def filter_language(self, queryset, name, value):
        return queryset.filter(languages__contains=[value])


def letters_with_entries(filterset: DirectoryFilter) -> set[str]:
    """The initials under which the list has entries, with every filter but the letter. One query."""
    entries = filterset.queryset.all()
    narrowed = False
    if filterset.is_bound:
        filterset.errors  # noqa: B018 - validates the form, so cleaned_data exists
        for name, value in filterset.form.cleaned_data.items():
            if name != "buchstabe" and value not in EMPTY_VALUES:
                entries = filterset.filters[name].filter(entries, value)
                narrowed = True
    entries = entries.order_by().values_list("initial", flat=True)
    if narrowed:
        # One pass over the selection: cheaper than a probe per letter that filters (or
        # searches) again each time.
        return set(entries.distinct())
    # The whole directory: one row per letter, each read from the index on the initial.
    first, *others = [entries.filter(initial=letter)[:1] for letter, _label in LETTERS]
    return set(first.union(*others, all=True))
