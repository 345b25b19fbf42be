"""Forms of the Selbstcheck: the questionnaire itself and the note of a saved result."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from selfcheck.models import Dimension, Questionnaire

FIELD_PREFIX = "statement_"
FIELD_NAME = re.compile(rf"^{FIELD_PREFIX}(\d+)$")


def field_name(statement_id: int) -> str:
    return f"{FIELD_PREFIX}{statement_id}"


class SelfcheckForm(forms.Form):
    """One radio group per statement; every statement needs an answer.

    ``questionnaire`` must come with its structure prefetched
    (``Questionnaire.objects.with_structure()``), so that building the form costs no query.
    """

    # Every statement is needed, and the page says so once; no "(required)" on each.
    required_unmarked = True

    def __init__(self, *args, questionnaire: Questionnaire, **kwargs):
        kwargs.setdefault("label_suffix", "")  # statements end with their own full stop
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.dimensions: list[Dimension] = list(questionnaire.dimensions.all())
        choices = [(str(option.score), option.label) for option in questionnaire.options.all()]
        self.statement_ids: dict[str, int] = {}
        for dimension in self.dimensions:
            for statement in dimension.statements.all():
                name = field_name(statement.pk)
                self.statement_ids[name] = statement.pk
                self.fields[name] = forms.TypedChoiceField(
                    label=statement.text,
                    choices=choices,
                    coerce=int,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Please choose an answer for this statement."),
                        "invalid_choice": _(
                            "This answer is not one of the choices. Please choose again."
                        ),
                    },
                )

    @property
    def groups(self) -> list[tuple[Dimension, list[forms.BoundField]]]:
        """The statements' fields under their dimension, in the questionnaire's order."""
        return [
            (
                dimension,
                [self[field_name(statement.pk)] for statement in dimension.statements.all()],
            )
            for dimension in self.dimensions
        ]

    @property
    def unanswered(self) -> list[forms.BoundField]:
        """Statements that were sent without an answer (only after validation)."""
        if not self.is_bound:
            return []
        return [self[name] for name in self.statement_ids if not self.data.get(name)]

    @property
    def invalid_answers(self) -> list[forms.BoundField]:
        if not self.is_bound:
            return []
        return [
            self[name] for name in self.statement_ids if self.data.get(name) and name in self.errors
        ]

    def clean(self):
        cleaned = super().clean()
        foreign = [
            key for key in self.data if FIELD_NAME.match(key) and key not in self.statement_ids
        ]
        if foreign:
            raise forms.ValidationError(
                _(
                    "The form contained answers to statements that are not part of this check. "
                    "Nothing has been saved. Please check your answers and send the form again."
                ),
                code="foreign_statements",
            )
        return cleaned

    def answers(self) -> dict[int, int]:
        """{statement id: points} of a valid form."""
        return {
            statement_id: self.cleaned_data[name]
            for name, statement_id in self.statement_ids.items()
        }

    @classmethod
    def from_answers(cls, answers: dict, *, questionnaire: Questionnaire) -> SelfcheckForm:
        """A bound form from answers kept earlier, to check them against the questionnaire."""
        data = {
            field_name(int(key)): str(value) for key, value in answers.items() if str(key).isdigit()
        }
        return cls(data, questionnaire=questionnaire)


class SaveResultForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example who took part in the check or what you want to do next. Only you can "
            "see it. At most 1000 characters."
        ),
    )
