from django import forms
from django.forms.renderers import TemplatesSetting
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from portal.models import Region, User


class PortalFormRenderer(TemplatesSetting):
    """Render every form with the portal's field markup (labels, help, errors tied by id)."""

    form_template_name = "components/form.html"


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, region: Region) -> str:
        if region.kind == Region.Kind.LAND:
            return region.name
        return f"{region.name} ({region.land.name})"


class ProfileForm(forms.ModelForm):
    region = RegionChoiceField(
        queryset=Region.objects.select_related("land").order_by("name"),
        required=False,
        label=_("Region"),
        empty_label=_("– no region –"),
        help_text=_("The Land or district where you mainly work."),
    )

    class Meta:
        model = User
        fields = ["display_name", "organisation", "organisation_role", "region"]
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "organisation_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }


class QuickSelect(forms.Select):
    """A select whose options are written in Python rather than one template each.

    The district filters offer some 400 options; rendered through Django's option
    template they were the most expensive part of the list pages.
    """

    def render(self, name, value, attrs=None, renderer=None) -> str:
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, options, _index in widget["optgroups"]:
            rendered = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (option["value"], SELECTED if option["selected"] else "", option["label"])
                    for option in options
                ),
            )
            if group_name:
                rendered = format_html('<optgroup label="{}">{}</optgroup>', group_name, rendered)
            groups.append(rendered)
        return format_html(
            '<select name="{}"{}>\n{}\n</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe("\n".join(groups)),  # noqa: S308 (built from format_html above)
        )


SELECTED = mark_safe(" selected")
