from __future__ import annotations

import datetime
import secrets

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models import Board, Membership
from portal.forms import ActionForm, DecisionForm

MAX_POST_LENGTH = 20000


class OneTimeTokenMixin(forms.Form):
    # A new random token per form: sending the same form twice creates one post.
    token = forms.CharField(widget=forms.HiddenInput, max_length=64, min_length=16)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("token", secrets.token_urlsafe(24))
        super().__init__(*args, **kwargs)


def _post_body_field() -> forms.CharField:
    return forms.CharField(
        label=_("Your post"),
        max_length=MAX_POST_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Markdown is allowed: *italic*, **bold**, lists with “-”, quotes with “>”, "
            "links as [text](https://…)."
        ),
        error_messages={"required": _("Please write something before you send the post.")},
    )


class ApplicationForm(ActionForm):
    required_messages = {
        "organisation": _("Give the organisation you work with."),
        "role": _("Give your role in the organisation."),
        "motivation": _("Tell the moderators in a few sentences why you would like to join."),
    }

    class Meta:
        model = Membership
        fields = ["organisation", "role", "motivation"]
        labels = {"motivation": _("Why would you like to join?")}
        help_texts = {
            "organisation": _("The association, office or initiative you work with."),
            "role": _("For example: volunteer, project lead, integration manager."),
            "motivation": _("A few sentences for the moderators (at most 2,000 characters)."),
        }
        widgets = {
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "motivation": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
        }

    def clean_motivation(self):
        motivation = self.cleaned_data["motivation"].strip()
        if len(motivation) < 20:
            raise forms.ValidationError(
                _("Please tell the moderators a little more (a sentence or two).")
            )
        return motivation


class TopicForm(OneTimeTokenMixin):
    title = forms.CharField(
        label=_("Title"),
        max_length=150,
        help_text=_("What is your topic about, in a few words?"),
        error_messages={"required": _("Please give your topic a title.")},
    )
    body = _post_body_field()

    field_order = ["title", "body"]

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if len(title) < 5:
            raise forms.ValidationError(_("Please use a title of at least 5 characters."))
        return title


class ReplyForm(OneTimeTokenMixin):
    body = _post_body_field()


class EditPostForm(forms.Form):
    body = _post_body_field()


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should the moderators look at this post?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Please tell the moderators why you report this post.")},
    )


class ApplicationDecisionForm(DecisionForm):
    decisions = [("approve", _("Approve")), ("decline", _("Decline"))]
    message_required = {"decline": _("Please tell the applicant why you decline.")}
    message_label = _("Message to the applicant")
    message_help_text = _("Sent with the mail. Required when you decline.")


class SuspensionForm(forms.Form):
    until = forms.DateField(
        label=_("Suspended until (inclusive)"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The member can read but not write until the end of this day."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The member receives it by mail."),
    )

    def clean_until(self):
        until = self.cleaned_data["until"]
        today = timezone.localdate()
        if until < today:
            raise forms.ValidationError(_("Please choose today or a later day."))
        if until > today + datetime.timedelta(days=3650):
            raise forms.ValidationError(_("Please choose a day within the next ten years."))
        return until

    def end_of_suspension(self) -> datetime.datetime:
        day = self.cleaned_data["until"] + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class MoveTopicForm(forms.Form):
    board = forms.ModelChoiceField(
        queryset=Board.objects.all(), label=_("Move to board"), empty_label=None
    )


class NotificationForm(forms.Form):
    notify = forms.ChoiceField(
        label=_("Mail about new posts in what you follow"),
        choices=Membership.Notify.choices,
        widget=forms.RadioSelect,
    )
