"""What the filter forms of all lists share.

A list never drops a filter value without a word: a value that is not among the choices,
or a district outside the chosen Land, becomes an error that the list names above its
filters (templates/components/filter_form.html) and leaves out of the results.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.forms import district_choices, land_choices

INVALID_CHOICE = _("“%(value)s” is not in the list. Choose one of the entries offered.")


class FilterForm(forms.Form):
    """The form of a list's filters (a django-filter FilterSet's ``Meta.form``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if "invalid_choice" in field.error_messages:
                field.error_messages["invalid_choice"] = INVALID_CHOICE


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
