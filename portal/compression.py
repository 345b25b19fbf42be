"""Pages are sent gzip-compressed by the portal itself, with the BREACH attack in mind.

BREACH reads a secret out of a compressed page by its length, when the page also repeats
text an attacker put into the request. Three things keep that from working here:

- Django masks the CSRF token anew in every page, so it never repeats between requests;
- Django's GZipMiddleware adds a random number of bytes to every compressed answer
  ("Heal the BREACH"), so lengths do not tell a guess that matched;
- the pages that show a secret a person must copy (the authenticator key, the recovery
  codes, the passkey challenges) are not compressed at all.

Static files are compressed ahead of time (whitenoise) and carry their Content-Encoding,
which this middleware leaves alone. The proxy compresses nothing (deploy/nginx).
"""

from django.middleware.gzip import GZipMiddleware

SHOWS_A_SECRET = frozenset(
    {
        "mfa_activate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "mfa_add_webauthn",
        "mfa_signup_webauthn",
        "mfa_login_webauthn",
        "mfa_reauthenticate_webauthn",
    }
)


class PageCompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in SHOWS_A_SECRET:
            return response
        return super().process_response(request, response)
