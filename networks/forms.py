from __future__ import annotations

from django import forms
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from networks.models import (
    LANGUAGES,
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal.forms import ActionForm, DecisionForm, RegionChoiceField
from portal.images import process_image, upload_help_text
from portal.models import Region
from portal.upload_limits import process_when_valid
from projects.models import Project


class LogoMixin(forms.Form):
    # A FileField, not an ImageField: process_image judges the file, with the portal's
    # messages. Django's ImageField would judge it first by its name (refusing a logo
    # named without ".jpg" with a list of 70 extensions) and call pixel floods "corrupt".
    new_logo = forms.FileField(
        label=_("New logo"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )

    processed_logo = None

    def __init__(self, *args, uploader: HttpRequest | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Whose hourly allowance of uploads a new logo counts against.
        self.uploader = uploader
        self.fields["new_logo"].help_text = upload_help_text()

    def full_clean(self):
        super().full_clean()
        # The logo is decoded last, and only for an otherwise valid form.
        self.processed_logo = process_when_valid(
            self, "new_logo", process=process_image, uploader=self.uploader
        )

    def entry_data(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("new_logo", None)
        return data


class NetworkForm(LogoMixin, ActionForm):
    required_messages = {
        "name": _("Give the name of the network."),
        "kind": _("Choose the kind of network."),
        "scope": _("Choose the level at which the network works."),
        "region": _("Choose the region of the network."),
    }
    region = RegionChoiceField(
        queryset=Region.objects.select_related("land").order_by("name"), label=_("Region")
    )
    projects = forms.ModelMultipleChoiceField(
        queryset=Project.objects.published().order_by("name"),
        required=False,
        label=_("Project portraits of the network"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    class Meta:
        model = Network
        fields = [
            "name", "kind", "scope", "region", "description", "goals", "founded",
            "street", "postcode", "city", "phone", "email", "website", "projects",
        ]  # fmt: skip
        help_texts = {"description": _("Markdown is allowed."), "goals": _("Markdown is allowed.")}

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if postcode and not (postcode.isdigit() and len(postcode) == 5):
            raise forms.ValidationError(_("A German postcode has five digits."))
        return postcode

    def clean_founded(self):
        founded = self.cleaned_data.get("founded")
        if founded and founded > timezone.localdate().year:
            raise forms.ValidationError(_("The founding year cannot be in the future."))
        return founded


class OrganisationForm(LogoMixin, ActionForm):
    required_messages = {
        "name": _("Give the name of the organisation."),
        "kind": _("Choose the kind of organisation."),
        "region": _("Choose the region of the organisation."),
    }
    region = RegionChoiceField(
        queryset=Region.objects.select_related("land").order_by("name"), label=_("Region")
    )
    languages = forms.MultipleChoiceField(
        choices=LANGUAGES,
        required=False,
        label=_("Languages offered"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Organisation
        fields = [
            "name", "kind", "region", "description", "languages", "fields_of_activity",
            "street", "postcode", "city", "phone", "email", "website",
        ]  # fmt: skip
        widgets = {"fields_of_activity": forms.CheckboxSelectMultiple}

    clean_postcode = NetworkForm.clean_postcode


class WorkingGroupForm(ActionForm):
    class Meta:
        model = WorkingGroup
        fields = ["name", "topic", "is_standing", "description", "contact", "rhythm"]

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        others = self.network.working_groups.filter(name__iexact=name)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("This network already has a working group of that name."))
        return name


class MeetingForm(ActionForm):
    # Browsers read and send datetime-local values only in ISO form.
    starts_at = forms.DateTimeField(
        label=_("Starts at"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    ends_at = forms.DateTimeField(
        label=_("Ends at"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    class Meta:
        model = Meeting
        fields = [
            "title", "working_group", "starts_at", "ends_at", "place", "online_url", "agenda",
            "registration_note", "is_public", "minutes",
        ]  # fmt: skip
        help_texts = {"agenda": _("Markdown is allowed.")}

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["working_group"].queryset = network.working_groups.all()
        self.fields["working_group"].empty_label = _("– the whole network –")

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The meeting cannot end before it starts."))
        if not cleaned.get("place") and not cleaned.get("online_url"):
            self.add_error("place", _("Please give a place or an online meeting link."))
        return cleaned


class JoinRequestForm(forms.Form):
    network = forms.ModelChoiceField(
        queryset=Network.objects.none(), label=_("Network"), empty_label=_("– please choose –")
    )
    role = forms.ChoiceField(
        choices=NetworkMembership.Role.choices,
        initial=NetworkMembership.Role.MEMBER,
        label=_("As"),
    )
    message = forms.CharField(
        label=_("Message to the coordinators"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["network"].queryset = Network.objects.published().order_by("name")

    def clean_network(self):
        network = self.cleaned_data["network"]
        if network.memberships.filter(organisation=self.organisation).exists():
            raise forms.ValidationError(
                _("%(organisation)s already belongs to this network.")
                % {"organisation": self.organisation.name}
            )
        if network.join_requests.filter(
            organisation=self.organisation, status=JoinRequest.Status.OPEN
        ).exists():
            raise forms.ValidationError(
                _("A request to join this network is already waiting for an answer.")
            )
        return network


class JoinDecisionForm(DecisionForm):
    decisions = [("accept", _("Accept")), ("decline", _("Decline"))]
    message_label = _("Answer to the organisation")
    message_rows = 3
