from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site

from portal.mail import send_after_commit


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render the mail now, in the visitor's language, and deliver it after commit."""
        request = allauth_context.request
        mail_context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
        }
        mail_context.update(context)
        send_after_commit(self.render_mail(template_prefix, email, mail_context))
