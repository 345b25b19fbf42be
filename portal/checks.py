"""System checks that refuse a configuration weaker than the portal promises."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register

# Directives that must be exactly 'none'.
MUST_BE_NONE = ("object-src", "base-uri", "frame-ancestors")
UNSAFE_SCRIPT_SOURCES = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:")
LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


def _sources(directives: dict, name: str) -> list[str]:
    value = directives.get(name) or []
    return [str(source) for source in ([value] if isinstance(value, str) else value)]


@register(Tags.security, deploy=False)
def check_content_security_policy(app_configs, **kwargs) -> list[Error]:
    if "csp.middleware.CSPMiddleware" not in settings.MIDDLEWARE:
        return [Error("The CSP middleware is missing from MIDDLEWARE.", id="portal.E001")]
    directives = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    directives = directives.get("DIRECTIVES") or {}
    errors = []
    scripts = _sources(directives, "script-src") or _sources(directives, "default-src")
    if not scripts:
        errors.append(Error("The CSP has no script-src or default-src.", id="portal.E002"))
    for source in scripts:
        if source in UNSAFE_SCRIPT_SOURCES or source.endswith(":"):
            errors.append(
                Error(
                    f"The CSP allows scripts from {source}.",
                    hint="Give inline scripts the request's nonce instead.",
                    id="portal.E003",
                )
            )
    for name in MUST_BE_NONE:
        if _sources(directives, name) != ["'none'"]:
            errors.append(Error(f"The CSP must set {name} 'none'.", id="portal.E004"))
    return errors


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs) -> list[Error]:
    # Rate limits of log-in, sign-up and password reset count in the cache; a cache of
    # each process's own would multiply every limit by the number of processes.
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in LOCAL_CACHES:
        return [
            Error(
                f"The default cache ({backend}) is not shared between app processes.",
                hint="Use the database cache or Redis (REDIS_URL).",
                id="portal.E005",
            )
        ]
    return []
