"""QuickSelect writes the same select as Django's template-rendered one, only faster."""

import re

import pytest
from django import forms

from portal.forms import QuickSelect
from portal.models import Region

pytestmark = pytest.mark.django_db


def options(html: str) -> list[tuple[str, bool, str]]:
    return [
        (value, bool(selected), label.strip())
        for value, selected, label in re.findall(
            r'<option value="([^"]*)"( selected)?[^>]*>([^<]*)</option>', html
        )
    ]


def test_quick_select_offers_the_same_choices_as_djangos_select():
    district = Region.objects.districts().order_by("name")[3]
    fields = {
        widget: forms.ModelChoiceField(
            queryset=Region.objects.districts(),
            to_field_name="ags",
            empty_label="Alle Kreise",
            widget=widget,
        )
        for widget in (forms.Select, QuickSelect)
    }
    rendered = {
        widget: field.widget.render("kreis", district.ags, attrs={"id": "id_kreis"})
        for widget, field in fields.items()
    }
    assert options(rendered[QuickSelect]) == options(rendered[forms.Select])
    assert len(options(rendered[QuickSelect])) == Region.objects.districts().count() + 1
    assert (district.ags, True, district.name) in options(rendered[QuickSelect])
    assert rendered[QuickSelect].startswith('<select name="kreis" id="id_kreis">')


def test_quick_select_escapes_labels_and_values():
    field = forms.ChoiceField(choices=[('"><script>', "<b>fett</b> & mehr")], widget=QuickSelect)
    html = field.widget.render("x", None)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;fett&lt;/b&gt; &amp; mehr" in html
