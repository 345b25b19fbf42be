from django import forms
from django.forms.renderers import TemplatesSetting
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
