from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import gettext as _

from portal.mail import send_after_commit
from portal.models import User

EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        # Form fields accept up to 320 characters; the database column holds 254.
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(
                _("An e-mail address can have at most %(max)d characters.")
                % {"max": EMAIL_MAX_LENGTH}
            )
        return super().clean_email(email)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render the mail now, in the visitor's language, and deliver it after commit."""
        request = allauth_context.request
        mail_context = {
            "SITE_NAME": settings.SITE_NAME,
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
        }
        mail_context.update(context)
        send_after_commit(self.render_mail(template_prefix, email, mail_context))
