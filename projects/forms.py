from __future__ import annotations

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from portal.forms import ActionForm, DecisionForm, RegionChoiceField
from portal.images import process_image, upload_help_text
from portal.models import Region, TargetGroup, Topic
from portal.upload_limits import process_when_valid
from projects.actions import MAX_IMAGES
from projects.consent import CONTACT_CONSENT_TEXT
from projects.models import FundingProgramme, PortraitSection, Project


class ProjectForm(ActionForm):
    """One form for registering and editing an initiative, in clear sections.

    An ActionForm: a published portrait stays as it is until an editor accepts a change.
    """

    required_messages = {
        "name": _("Give the name of the project."),
        "summary": _("Describe the project in one or two sentences."),
        "description": _("Describe what the project does."),
        "region": _("Choose the district or city where the project takes place."),
        "sponsor_name": _("Give the name of the sponsor."),
        "sponsor_kind": _("Choose the kind of sponsor."),
    }

    SECTIONS = [
        (PortraitSection.ABOUT, ["name", "summary", "description", "goals", "lessons"]),
        (PortraitSection.TOPICS, ["topics", "target_groups", "languages"]),
        (PortraitSection.PLACE, ["region", "place", "start_date", "end_date", "website"]),
        (
            PortraitSection.FUNDING,
            ["sponsor_name", "sponsor_kind", "partners", "funding_programmes"],
        ),
        (
            PortraitSection.CONTACT,
            ["contact_name", "contact_email", "contact_phone", "contact_consent"],
        ),
        (PortraitSection.IMAGES, ["image", "image_alt_text", "image_caption", "image_credit"]),
    ]

    region = RegionChoiceField(
        queryset=Region.objects.districts().select_related("land").order_by("name"),
        label=_("District or city"),
        help_text=_("The Kreis or kreisfreie Stadt where the project takes place."),
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(), widget=forms.CheckboxSelectMultiple, required=False,
        label=_("Topics"),
    )  # fmt: skip
    target_groups = forms.ModelMultipleChoiceField(
        queryset=TargetGroup.objects.all(), widget=forms.CheckboxSelectMultiple, required=False,
        label=_("Target groups"),
    )  # fmt: skip
    funding_programmes = forms.ModelMultipleChoiceField(
        queryset=FundingProgramme.objects.all(), widget=forms.CheckboxSelectMultiple,
        required=False, label=_("Funding programmes"),
    )  # fmt: skip
    contact_consent = forms.BooleanField(
        required=False, label=_("Show the contact publicly"), help_text=CONTACT_CONSENT_TEXT
    )
    image = forms.FileField(
        required=False,
        label=_("Image"),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )
    image_alt_text = forms.CharField(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_(
            "Required with an image: describe what it shows, for people who cannot see it."
        ),
    )
    image_caption = forms.CharField(required=False, max_length=250, label=_("Caption"))
    image_credit = forms.CharField(required=False, max_length=120, label=_("Photo credit"))
    website = forms.URLField(
        required=False, max_length=200, assume_scheme="https", label=_("Website")
    )
    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Project
        fields = [
            "name", "summary", "description", "goals", "lessons", "topics", "target_groups",
            "languages", "region", "place", "start_date", "end_date", "website",
            "sponsor_name", "sponsor_kind", "partners", "funding_programmes",
            "contact_name", "contact_email", "contact_phone",
        ]  # fmt: skip
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "goals": forms.Textarea(attrs={"rows": 4}),
            "lessons": forms.Textarea(attrs={"rows": 6}),
            "partners": forms.Textarea(attrs={"rows": 2}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "off"}),
        }

    def __init__(self, *args, uploader: HttpRequest | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Whose hourly allowance of uploads a new picture counts against.
        self.uploader = uploader
        self.processed_image = None
        self.fields["image"].help_text = upload_help_text(max_images=MAX_IMAGES)
        if self.instance.pk:
            self.fields["lock_version"].initial = self.instance.lock_version
            self.fields["contact_consent"].initial = self.instance.contact_consent_at is not None
        for name in ["name", "summary", "description", "region", "sponsor_name", "sponsor_kind"]:
            self.fields[name].required = True

    def sections(self):
        for section, names in self.SECTIONS:
            yield section, section.label, [self[name] for name in names]

    def steps(self) -> list:
        """The sections as the steps of the form, each with whether it holds an error."""
        return [
            (section, title, fields, any(field.errors for field in fields))
            for section, title, fields in self.sections()
        ]

    def full_clean(self):
        super().full_clean()
        # The picture is decoded last, and only for an otherwise valid form.
        self.processed_image = process_when_valid(
            self, "image", process=process_image, uploader=self.uploader
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end cannot be before the start."))
        if cleaned.get("image") and not cleaned.get("image_alt_text", "").strip():
            self.add_error(
                "image_alt_text",
                _("Describe the image in a few words: the alternative text is required."),
            )
        if cleaned.get("image") and self._has_all_images():
            self.add_error(
                "image",
                _("A portrait has at most %(max)d images. Remove one before adding another.")
                % {"max": MAX_IMAGES},
            )
        if cleaned.get("contact_consent") and not cleaned.get("contact_name"):
            self.add_error("contact_name", _("Name the contact person whose details may be shown."))
        return cleaned

    def _has_all_images(self) -> bool:
        return bool(self.instance.pk) and self.instance.images.count() >= MAX_IMAGES


class ReviewForm(DecisionForm):
    decisions = [
        ("publish", _("Publish")),
        ("request_changes", _("Request changes")),
        ("reject", _("Reject")),
    ]
    message_required = dict.fromkeys(
        ["request_changes", "reject"], _("Please write the owner what to change or why.")
    )
    message_label = _("Message to the owner")
    message_help_text = _("Required when you request changes or reject: say what and why.")
    message_max_length = 4000
    message_rows = 5
    sections = forms.MultipleChoiceField(
        choices=PortraitSection.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Parts of the portrait to change"),
        help_text=_(
            "Optional, when you request changes: tick the sections of the form that your "
            "request concerns. The owner sees them marked in the form and named in the mail."
        ),
        error_messages={
            "invalid_choice": _(
                "“%(value)s” is not a part of the portrait. Choose only from the list."
            )
        },
    )

    def __init__(self, *args, ownerless: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.ownerless = ownerless
        if ownerless:
            # Nobody is left who could make changes, and nobody reads the message but editors.
            self.fields["decision"].choices = [
                choice for choice in self.decisions if choice[0] != "request_changes"
            ]
            self.message_required = {"reject": _("Please write why you reject the portrait.")}
            del self.fields["sections"]
            self.fields["message"].label = _("Note for the record")
            self.fields["message"].help_text = _(
                "Required when you reject: say why. Nobody is mailed, as the portrait has no "
                "owner any more; the note stays in the history."
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sections") and cleaned.get("decision") != "request_changes":
            self.add_error(
                "sections", _("Name parts of the portrait only when you request changes.")
            )
        return cleaned
