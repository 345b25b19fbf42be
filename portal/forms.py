"""Forms shared by the apps, and the one way a form feeds a change.

One way to write: a view validates a form and hands ``form.cleaned_data`` to an action
in the app's ``actions.py``, which makes the change inside a transaction. Forms edit
nothing themselves:

- A form built from a model derives from ``ActionForm``. It validates as a ModelForm does
  (field, model and unique checks) but against a copy of its instance, so the instance a
  view loaded keeps its stored values: a page shown again with errors names the entry as
  it is, and a published portrait stays as it is until an editor accepts a change.
  ``save()`` is refused: the action saves.
- Other forms are plain ``forms.Form``; those of the main flows add ``PortalFormMixin``.
- A form says what to do when a required field is empty: ``required_messages`` maps a
  field's name to a sentence ("Geben Sie den Namen des Projekts an."), and a select
  starts with "– bitte wählen –" rather than Django's dashes (``PortalFormMixin``).
- Every label of a required field says "(Pflichtfeld)" (``PortalBoundField``), and the
  form's template states it once at the top; a form whose fields are all needed and
  says so in its own words sets ``required_unmarked = True``.
- An action that refuses raises its app's subclass of ``portal.actions.ActionRefused``
  with a translated sentence; the view shows it with ``form.add_error(refusal.field,
  refusal.message)`` or ``messages.error(request, refusal.message)``.
"""

import time
from copy import copy

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from portal.models import Region, User

DJANGO_EMPTY_LABEL = "---------"
EMPTY_CHOICE_LABEL = _("– please choose –")


class PortalBoundField(BoundField):
    """A field whose label says "(required)" and whose error links to its first input.

    The mark is for the eye; screen readers announce the input's ``required`` attribute.
    """

    @property
    def marked_required(self) -> bool:
        return self.field.required and not getattr(self.form, "required_unmarked", False)

    def label_tag(self, contents=None, attrs=None, label_suffix=None, tag=None):
        if contents is None and self.marked_required and self.label:
            # Seen, not heard twice: the input's required attribute is announced already.
            contents = format_html(
                '{}<span class="field-required" aria-hidden="true"> {}</span>',
                self.label,
                _("(required)"),
            )
        return super().label_tag(contents, attrs, label_suffix, tag)

    @property
    def error_target(self) -> str:
        """The id an error summary links to: the input itself, or a group's first one."""
        widget = self.field.widget
        id_ = widget.attrs.get("id") or self.auto_id
        if not id_:
            return ""
        if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
            return f"{id_}_0"
        return widget.id_for_label(id_) or id_


class PortalFormRenderer(TemplatesSetting):
    """Render every form with the portal's field markup (labels, help, errors tied by id)."""

    form_template_name = "components/form.html"
    bound_field_class = PortalBoundField


def _say_what_to_do(form: forms.BaseForm) -> None:
    for name, field in form.fields.items():
        if message := form.required_messages.get(name):
            field.error_messages["required"] = message
        if isinstance(field, forms.ModelChoiceField):
            if field.empty_label == DJANGO_EMPTY_LABEL:
                field.empty_label = EMPTY_CHOICE_LABEL
        elif isinstance(field, forms.ChoiceField) and isinstance(field.widget, forms.Select):
            choices = list(field.choices)
            if choices and choices[0] == ("", DJANGO_EMPTY_LABEL):
                field.choices = [("", EMPTY_CHOICE_LABEL), *choices[1:]]


class PortalFormMixin:
    """Messages that say what to do, and selects that start with "– please choose –".

    ``required_messages`` maps a field's name to the sentence shown when it is left
    empty, in the imperative of the formal "Sie": "Give the project's name." rather than
    Django's "This field is required.".
    """

    required_messages: dict[str, str] = {}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _say_what_to_do(self)


class ActionForm(PortalFormMixin, forms.ModelForm):
    """A ModelForm whose validation leaves its instance untouched; an action saves.

    Django's ModelForm writes the submitted values into ``instance`` while it validates
    (``_post_clean``). Here that happens on a copy, which takes the model's own checks
    with it; the view's instance, and the request's user among them, never carries
    values that were refused or are still waiting for a review.
    """

    def _post_clean(self):
        loaded = self.instance
        self.instance = copy(loaded)
        try:
            super()._post_clean()
        finally:
            self.instance = loaded

    def save(self, commit=True):
        raise NotImplementedError(
            f"{type(self).__name__} feeds an action: pass its cleaned_data to the app's "
            "actions, which save."
        )


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, region: Region) -> str:
        if region.kind == Region.Kind.LAND:
            return region.name
        return f"{region.name} ({region.land.name})"


class ProfileForm(ActionForm):
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
        parts = []
        # Django puts every ungrouped option in a group of its own (name None).
        for group_name, options, _index in widget["optgroups"]:
            rendered = "".join(
                f'<option value="{escape(option["value"])}"'
                f"{' selected' if option['selected'] else ''}>{escape(option['label'])}</option>"
                for option in options
            )
            if group_name:
                rendered = f'<optgroup label="{escape(group_name)}">{rendered}</optgroup>'
            parts.append(rendered)
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe("".join(parts)),  # noqa: S308 (every value and label escaped above)
        )


# Regions are reference data that changes once in years; the filter forms of every list
# page offer all of them. They are read once per process and kept for a few minutes, so
# that a change in the admin still shows without a restart.
REGION_CHOICES_TTL = 300
_region_choices: dict[str, tuple[float, list[tuple[str, str]]]] = {}


def _cached_choices(key: str, load) -> list[tuple[str, str]]:
    now = time.monotonic()
    cached = _region_choices.get(key)
    if cached is None or now - cached[0] > REGION_CHOICES_TTL:
        cached = (now, load())
        _region_choices[key] = cached
    return cached[1]


def land_choices() -> list[tuple[str, str]]:
    """(official key, name) of the Länder, for filters."""
    return _cached_choices(
        "laender",
        lambda: list(Region.objects.laender().order_by("name").values_list("ags", "name")),
    )


def district_choices() -> list[tuple[str, str]]:
    """(official key, name) of the districts and cities, for filters."""
    return _cached_choices(
        "districts",
        lambda: list(Region.objects.districts().order_by("name").values_list("ags", "name")),
    )


class DecisionForm(forms.Form):
    """A choice among a few decisions, with a message that some of them require.

    Editors deciding on a portrait, moderators on a forum application and coordinators on
    a request to join use it (rendered by templates/components/decision_form.html). A
    subclass names its ``decisions``, the words and size of the message field and, in
    ``message_required``, the decisions that need a message with the error saying so.
    """

    decisions: list[tuple[str, str]] = []
    message_required: dict[str, str] = {}
    message_label = _("Message")
    message_help_text = ""
    message_max_length = 2000
    message_rows = 4

    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    # Declared here so that it stands right after the decision; built in __init__ from the
    # subclass's words and size.
    message = forms.CharField(required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = self.decisions
        self.fields["message"] = forms.CharField(
            label=self.message_label,
            required=False,
            max_length=self.message_max_length,
            widget=forms.Textarea(attrs={"rows": self.message_rows}),
            help_text=self.message_help_text,
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        error = self.message_required.get(cleaned.get("decision"))
        if error and not cleaned.get("message", "").strip():
            self.add_error("message", error)
        return cleaned
