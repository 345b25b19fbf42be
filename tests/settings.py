"""Test settings: the portal's settings with fast hashing and synchronous tasks."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-with-enough-length-to-pass-checks")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from portal.settings import *  # noqa: F403

# The development kit (scale data, the benchmark's views) is tested too.
if "devkit" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "devkit"]  # noqa: F405

# Tests run against production-like settings (DEBUG off) but over plain HTTP.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_PROXY_SSL_HEADER = None
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"

SERVE_MEDIA = True  # the browser tests load uploaded pictures from the live server
# Test runs of several checkouts or terminals may share one embedded server.
DATABASES["default"]["TEST"] = {"NAME": f"test_portal_{os.getpid()}"}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The queue runs each task as soon as it is enqueued, which is after commit (see portal.mail).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
# Rate limits are tested where they matter; elsewhere they would make tests flaky.
ACCOUNT_RATE_LIMITS = False
WHITENOISE_AUTOREFRESH = True
# The forum's posting pause is tested with its own values (tests/forum/test_actions.py).
FORUM_POST_INTERVAL = 0
FORUM_POSTS_PER_HOUR = 10_000
# The live server of the browser tests speaks plain HTTP.
CONTENT_SECURITY_POLICY["DIRECTIVES"].pop("upgrade-insecure-requests", None)  # noqa: F405
# The page cache would show one test the pages of another; tests/portal/test_page_cache.py
# turns it on where it is the subject.
CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
