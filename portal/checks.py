"""System checks that refuse a configuration weaker than the portal promises."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError, connections

from portal.proxy import untrusted_forwarding_seen_at

# Directives that must be exactly 'none'.
MUST_BE_NONE = ("object-src", "base-uri", "frame-ancestors")
UNSAFE_SCRIPT_SOURCES = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:")
# Contrib extensions the search needs, created by migration portal 0006.
REQUIRED_EXTENSIONS = ("pg_trgm", "unaccent")
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


def missing_extensions(connection, names: tuple[str, ...]) -> list[str]:
    """The extensions of ``names`` that the database server cannot create."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM pg_available_extensions WHERE name = ANY(%s)", [list(names)]
        )
        available = {name for (name,) in cursor.fetchall()}
    return [name for name in names if name not in available]


@register(Tags.database)
def check_database_extensions(app_configs, databases=None, **kwargs) -> list[Error]:
    # Runs with `migrate` and `check --database default`: a production PostgreSQL without
    # its contrib modules is named before the migration that needs them fails.
    errors = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        try:
            missing = missing_extensions(connection, REQUIRED_EXTENSIONS)
        except DatabaseError:
            continue  # an unreachable database is reported by the command itself
        if missing:
            names = " and ".join(missing)
            errors.append(
                Error(
                    f"The PostgreSQL server of the database '{alias}' lacks the contrib "
                    f"extension {names}, which the portal's search needs.",
                    hint=(
                        "Install the server's contrib modules (Debian and Ubuntu: the "
                        "postgresql package; managed services: allow pg_trgm and unaccent), "
                        "then run `manage.py migrate`, which creates the extensions."
                    ),
                    id="portal.E006",
                )
            )
    return errors


@register(Tags.security, Tags.database, deploy=True)
def check_trusted_proxies(app_configs, databases=None, **kwargs) -> list[Warning]:
    # Run with `check --deploy --database default` only: a plain `check` (at build time,
    # say) must not need the database or the cache.
    if not databases or settings.ALLAUTH_TRUSTED_PROXY_COUNT:
        return []
    try:
        seen_at = untrusted_forwarding_seen_at()
    except Exception:  # an unreachable cache is reported by what uses it
        return []
    if seen_at is None:
        return []
    return [
        Warning(
            f"Requests carry X-Forwarded-For (last noted {seen_at}), but TRUSTED_PROXY_COUNT "
            "is 0: every visitor behind the proxy shares its address, and so the rate limits "
            "of log-in, sign-up and password reset.",
            hint=(
                "Set TRUSTED_PROXY_COUNT to the number of reverse proxies in front of the "
                "portal (1 for one nginx), and let only those proxies reach the app servers."
            ),
            id="portal.W001",
        )
    ]
