import secrets

from django import forms
from django.utils.translation import gettext_lazy as _

from faq.models import Category
from portal.forms import PortalFormMixin


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Did this answer help you?"),
        choices=[("ja", _("Yes")), ("nein", _("No"))],
        coerce=lambda value: value == "ja",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was missing or unclear? Please do not write personal data here."),
    )


class QuestionForm(PortalFormMixin, forms.Form):
    required_messages = {"question": _("Write your question.")}

    question = forms.CharField(
        label=_("Your question"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        help_text=_(
            "If you want to hear from us when the answer is online. We use the address only "
            "for this and delete it afterwards."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # A new random token per form: sending the same form twice creates one question.
    token = forms.CharField(widget=forms.HiddenInput, max_length=64, min_length=16)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("token", secrets.token_urlsafe(24))
        super().__init__(*args, **kwargs)

    def clean_question(self):
        question = " ".join(self.cleaned_data["question"].split())
        if len(question) < 10:
            raise forms.ValidationError(_("Please ask your question in a few more words."))
        return question


class AnswerForm(forms.Form):
    category = forms.ModelChoiceField(
        queryset=Category.objects.all(), label=_("Category"), empty_label=None
    )
    question = forms.CharField(label=_("Question as it will be published"), max_length=250)
    answer = forms.CharField(
        label=_("Answer"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Markdown is allowed."),
    )
