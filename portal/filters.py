"""What the filter forms of all lists share.

A list never drops a filter value without a word: a value that is not among the choices,
or a district outside the chosen Land, becomes an error that the list names above its
filters (templates/components/filter_form.html) and leaves out of the results.
"""

from __future__ import annotations

from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from portal.forms import QuickSelect, district_choices, land_choices

INVALID_CHOICE = _("“%(value)s” is not in the list. Choose one of the entries offered.")


# Parameters of a list's address that page or sort it: they narrow nothing, and removing
# a filter starts again on the first page.
PAGING_PARAMETERS = ("nach", "vor", "seite")


@dataclass(frozen=True)
class ActiveFilter:
    """A filter that narrows the list now, with the address of the list without it."""

    name: str
    label: str
    value: str
    remove_query: str


class FilterForm(forms.Form):
    """The form of a list's filters (a django-filter FilterSet's ``Meta.form``).

    On phones the list shows the search field (``search_field``) on its own and the
    other filters behind a "Filter (2)" disclosure; :meth:`active_filters` and
    :attr:`set_filter_count` tell it what is set, and give each a link that drops it.
    """

    search_field = "q"
    # Fields that order the list rather than narrow it: never counted as a filter.
    not_filters = frozenset({"sortierung"})

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if "invalid_choice" in field.error_messages:
                field.error_messages["invalid_choice"] = INVALID_CHOICE

    def active_filters(self) -> list[ActiveFilter]:
        """The valid values that narrow the list, in the form's order.

        A value with an error narrows nothing (the list leaves it out and says so), so it
        is no active filter either.
        """
        if not self.is_bound:
            return []
        cleaned = self.cleaned_data if self.is_valid() else getattr(self, "cleaned_data", {})
        active = []
        for name, field in self.fields.items():
            value = cleaned.get(name)
            if name in self.not_filters or name in self.errors or value in (None, "", [], ()):
                continue
            query = self.data.copy()
            for key in (self.add_prefix(name), *PAGING_PARAMETERS):
                query.pop(key, None)
            active.append(
                ActiveFilter(
                    name=name,
                    label=str(field.label),
                    value=self._value_label(field, value),
                    remove_query="?" + query.urlencode(),
                )
            )
        return active

    @property
    def set_filter_count(self) -> int:
        """How many filters besides the search are set: the number in "Filter (2)"."""
        return sum(1 for active in self.active_filters() if active.name != self.search_field)

    @property
    def filters_beside_search(self) -> list[forms.BoundField]:
        """The visible fields that go behind the disclosure (all but the search)."""
        return [field for field in self.visible_fields() if field.name != self.search_field]

    @property
    def search(self) -> forms.BoundField | None:
        return self[self.search_field] if self.search_field in self.fields else None

    @staticmethod
    def _value_label(field: forms.Field, value) -> str:
        if isinstance(field, forms.ModelChoiceField):
            return str(value)
        if isinstance(field, forms.ChoiceField):
            return str(dict(field.choices).get(value, value))
        return str(value)


class RegionFilterForm(FilterForm):
    """A filter form with a Land (``land``) and a district (``kreis``).

    Once a Land is chosen, only its districts are offered. A district outside the Land is
    an error, so the list shows the whole Land instead of nothing at all. The first two
    digits of a district's official key are those of its Land, so neither needs a query.
    """

    land_field = "land"
    district_field = "kreis"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        land = self.chosen_land()
        if land:
            district = self.fields[self.district_field]
            # Only what is offered narrows: every district stays valid, so that one
            # outside the Land gets the message below rather than a generic one.
            district.widget.choices = [
                ("", district.empty_label),
                *((key, name) for key, name in district_choices() if key.startswith(land)),
            ]

    def chosen_land(self) -> str | None:
        if not self.is_bound:
            return None
        value = self.data.get(self.add_prefix(self.land_field))
        return value if value in dict(land_choices()) else None

    def clean(self) -> dict:
        cleaned_data = super().clean()
        land = cleaned_data.get(self.land_field)
        district = cleaned_data.get(self.district_field)
        if land and district and not district.startswith(land):
            self.add_error(
                self.district_field,
                ValidationError(
                    _(
                        "%(district)s is not in %(land)s. Choose a district or city in "
                        "%(land)s, or another Land."
                    ),
                    code="outside_land",
                    params={
                        "district": dict(district_choices())[district],
                        "land": dict(land_choices())[land],
                    },
                ),
            )
        return cleaned_data


class RegionFilterSet(django_filters.FilterSet):
    """Search, Land and district: the filters every list by place starts with.

    German parameter names, so that shared links read well. By default an entry is in a
    Land when its ``region`` is the Land or one of its districts; a list that stores its
    Land in a field of its own overrides :meth:`filter_land` and :meth:`filter_district`.
    """

    q = django_filters.CharFilter(
        method="filter_search",
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search"}),
        max_length=200,
    )
    land = django_filters.ChoiceFilter(
        method="filter_land", choices=land_choices,
        label=_("Land"), empty_label=_("All Länder"), widget=QuickSelect,
    )  # fmt: skip
    kreis = django_filters.ChoiceFilter(
        method="filter_district", choices=district_choices,
        label=_("District or city"), empty_label=_("All districts"), widget=QuickSelect,
    )  # fmt: skip

    class Meta:
        form = RegionFilterForm

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value)

    def filter_land(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(region__ags=value) | Q(region__land__ags=value))

    def filter_district(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(region__ags=value)
