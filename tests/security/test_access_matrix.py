"""Every URL of the portal, by GET and POST, for every role, against tests/security/access_table.py.

The URL list is built from the URLconf itself: a new URL without a row in the table fails
``test_every_url_has_a_row``, naming it. One world (``build_world``) holds an object for
every URL argument; each role is logged in once and every request runs in a savepoint that
is rolled back, so no answer depends on an earlier one. A refused POST must leave every
table as it was; an answer to a logged-in person must be ``private, no-store``; no answer
may be a 500.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation

from forum.models import Board
from portal.models import User
from tests import factories
from tests.security.access_table import (
    ADMIN,
    ADMIN_EXCEPTIONS,
    ADMIN_LOGIN,
    APPLY,
    LOGIN,
    MFA,
    REAUTH,
    REFUSALS,
    ROLES,
    TABLE,
    Redirect,
)
from tests.security.world import build_world

# --- the URLs of the URLconf -------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    key: str  # the namespaced name, or the route where a pattern has no name
    route: str


def url_patterns() -> list[Pattern]:
    """Every pattern of the root URLconf, walked recursively (German paths)."""
    found = []

    def walk(patterns, prefix: str, namespace: str | None) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), inner)
                continue
            route = prefix + str(entry.pattern)
            if entry.name:
                key = f"{namespace}:{entry.name}" if namespace else entry.name
            else:
                key = route
            found.append(Pattern(key, route))

    with translation.override("de"):
        walk(get_resolver().url_patterns, "", None)
    return found


def is_admin(pattern: Pattern) -> bool:
    return pattern.key.startswith("admin:") or pattern.route.startswith("admin/")


def test_every_url_has_a_row():
    patterns = url_patterns()
    admin_patterns = [pattern for pattern in patterns if is_admin(pattern)]
    portal_keys = [pattern.key for pattern in patterns if not is_admin(pattern)]
    assert len(admin_patterns) > 100, "the admin's patterns were not found"
    missing = sorted(set(portal_keys) - set(TABLE))
    stale = sorted(set(TABLE) - set(portal_keys))
    assert not missing, f"URLs without a row in tests/security/access_table.py: {missing}"
    assert not stale, f"rows in tests/security/access_table.py for no URL: {stale}"
    assert len(portal_keys) == len(set(portal_keys)), "two URL patterns with the same name"
    for name, cases in TABLE.items():
        for case in cases:
            for answers_ in (case.get, case.post):
                assert set(answers_) == set(ROLES), f"{name} {case.label}: not every role"


# --- the admin's URLs, each with a real object ----------------------------------------------


@dataclass(frozen=True)
class AdminUrl:
    key: str
    url: str
    view: str  # changelist, add, history, delete, change, password, shortcut, or the site's
    model_admin: object = None
    obj: object = None


MODEL_VIEWS = ("changelist", "add", "history", "delete", "change")


def admin_urls() -> list[AdminUrl]:
    by_prefix = {
        f"admin:{model._meta.app_label}_{model._meta.model_name}_": (model, model_admin)
        for model, model_admin in admin.site._registry.items()
    }
    by_route = {
        f"admin/{model._meta.app_label}/{model._meta.model_name}/": (model, model_admin)
        for model, model_admin in admin.site._registry.items()
    }
    board = Board.objects.get()
    urls = []
    for pattern in url_patterns():
        if not is_admin(pattern):
            continue
        key = pattern.key
        if not key.startswith("admin:"):  # unnamed: the catch-all, and /<object_id>/ shortcuts
            model_route = pattern.route.removesuffix("<path:object_id>/")
            if model_route == pattern.route:
                urls.append(AdminUrl(key, "/admin/gibt-es-nicht/", "catch-all"))
                continue
            model, model_admin = by_route[model_route]
            obj = model._default_manager.order_by("pk").first()
            assert obj is not None, f"build_world makes no {model.__name__} for {key}"
            url = "/" + model_route + f"{obj.pk}/"
            urls.append(AdminUrl(key, url, "shortcut", model_admin, obj))
            continue
        if key == "admin:view_on_site":
            content_type = ContentType.objects.get_for_model(Board)
            kwargs = {"content_type_id": content_type.pk, "object_id": board.pk}
            urls.append(AdminUrl(key, reverse(key, kwargs=kwargs), "view-on-site", obj=board))
            continue
        if key == "admin:app_list":
            urls.append(AdminUrl(key, reverse(key, kwargs={"app_label": "forum"}), "site"))
            continue
        if key == "admin:auth_user_password_change":
            user = User.objects.order_by("pk").first()
            url = reverse(key, kwargs={"id": user.pk})
            urls.append(AdminUrl(key, url, "password", admin.site._registry[User], user))
            continue
        found = [
            (model, model_admin, key.removeprefix(prefix))
            for prefix, (model, model_admin) in by_prefix.items()
            if key.startswith(prefix) and key.removeprefix(prefix) in MODEL_VIEWS
        ]
        if not found:
            urls.append(AdminUrl(key, reverse(key), "site"))
            continue
        [(model, model_admin, view)] = found
        obj = model._default_manager.order_by("pk").first()
        assert obj is not None, f"build_world makes no {model.__name__} for {key}"
        kwargs = {"object_id": obj.pk} if view not in ("changelist", "add") else {}
        urls.append(AdminUrl(key, reverse(key, kwargs=kwargs), view, model_admin, obj))
    return urls


def staff_admin_outcome(entry: AdminUrl, method: str, staff: User) -> tuple:
    """The admin's own answer to staff: what its views do, and its refusals by permission."""
    if entry.view == "catch-all":
        return (404,)
    if entry.view == "shortcut":
        return (Redirect(lambda world: entry.url + "change/"),)
    if entry.view == "view-on-site":
        return (Redirect(lambda world: entry.obj.get_absolute_url()),)
    if entry.view in ("site", "password"):
        return (200,)
    request = RequestFactory().get(entry.url)
    request.user = staff
    model_admin, obj = entry.model_admin, entry.obj
    allowed = {
        "changelist": model_admin.has_view_or_change_permission(request),
        "history": model_admin.has_view_or_change_permission(request, obj),
        "add": model_admin.has_add_permission(request),
        "delete": model_admin.has_delete_permission(request, obj),
        "change": (
            model_admin.has_view_or_change_permission(request, obj)
            if method == "get"
            else model_admin.has_change_permission(request, obj)
        ),
    }[entry.view]
    if not allowed:
        return (403,)
    if method == "post" and entry.view in ("add", "change"):
        # An empty form is refused with its errors, or saved where no field is required.
        changelist = reverse(f"{entry.key.rsplit('_', 1)[0]}_changelist")
        return (200, Redirect(lambda world: changelist))
    return (200,)


# --- requests and their answers ------------------------------------------------------------


def fingerprint_sql() -> str:
    """One query: per table, its row count and the newest transaction that wrote a row.

    Rows written inside a savepoint carry that subtransaction's id, which is newer than
    any before: an insert or an update raises the maximum, a delete lowers the count.
    """
    skipped = {"django_session", "portal_cache"}  # the log-in itself, cache entries
    tables = [name for name in connection.introspection.table_names() if name not in skipped]
    quote_name = connection.ops.quote_name
    return " UNION ALL ".join(
        f"SELECT '{table}', count(*), max(xmin::text::bigint) FROM {quote_name(table)}"
        for table in tables
    )


class Visitor:
    """The test client as one role: logged in once, every request rolled back afterwards."""

    def __init__(self, client, user: User | None, world: dict):
        self.client, self.user, self.world = client, user, world
        self.sql = fingerprint_sql()
        self.log_in()

    def log_in(self) -> None:
        if self.user is not None:
            self.client.force_login(self.user)
        self.session_key = self._session_key()
        self.baseline = self.fingerprint()

    def _session_key(self) -> str | None:
        cookie = self.client.cookies.get(settings.SESSION_COOKIE_NAME)
        return cookie.value if cookie else None

    def fingerprint(self) -> dict:
        with connection.cursor() as cursor:
            cursor.execute(self.sql)
            return {table: (count, newest) for table, count, newest in cursor.fetchall()}

    def request(self, method: str, url: str, data, *, check_unchanged: bool):
        """(response or None, problem or None); ``self.logged_out`` if it ended the session."""
        problem = None
        with transaction.atomic():
            try:
                client = self.client
                response = client.get(url) if method == "get" else client.post(url, data)
            except Exception as error:  # the test client re-raises what would be a 500
                response, problem = None, f"500 ({type(error).__name__}: {error})"
            else:
                if check_unchanged:
                    now = self.fingerprint()
                    changed = sorted(t for t in now if now[t] != self.baseline.get(t))
                    if changed:
                        problem = f"refused, but changed the tables {changed}"
            transaction.set_rollback(True)
        self.client.cookies.pop("messages", None)
        self.logged_out = self._session_key() != self.session_key
        if self.logged_out:  # log-out, or a new session: log in again for the next request
            self.log_in()
        return response, problem


def describe(response) -> str:
    if response.status_code in (301, 302):
        return f"{response.status_code} to {response['Location']}"
    return str(response.status_code)


GATES = {APPLY: "forum:apply", MFA: "mfa_activate_totp", REAUTH: "account_reauthenticate"}


def matches(response, expected, url: str, world: dict) -> bool:
    status = response.status_code
    if isinstance(expected, int):
        return status == expected
    if status != 302:
        return False
    location = response["Location"]
    path = urlsplit(location).path
    if expected == LOGIN:
        return location.startswith(reverse("account_login") + "?next=")
    if expected == ADMIN_LOGIN:
        return location == reverse("admin:login") + "?next=" + url
    if isinstance(expected, Redirect):
        target = expected.to(world) if callable(expected.to) else reverse(expected.to)
        return path == target
    return path == reverse(GATES[expected])


def is_private(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return "private" in cache_control and "no-store" in cache_control


def check(visitor: Visitor, method: str, url: str, data, expected: tuple, *, private: bool):
    """None if the answer is one of ``expected``, else what is wrong with it."""
    refused = all(outcome in REFUSALS for outcome in expected)
    response, problem = visitor.request(
        method, url, data, check_unchanged=method == "post" and refused
    )
    if response is None:
        return problem
    if not any(matches(response, outcome, url, visitor.world) for outcome in expected):
        wanted = " or ".join(str(outcome) for outcome in expected)
        return f"{describe(response)}, expected {wanted}"
    if problem:
        return problem
    # The portal marks every answer to a logged-in person private (portal.middleware), unless
    # the view set its own Cache-Control; the answer to logging out is nobody's any more.
    if private and not visitor.logged_out and not is_private(response):
        return f"Cache-Control is {response.get('Cache-Control')!r}, not private, no-store"
    return None


# --- the matrix ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(module_db):
    """Built once for all roles; each test's own transaction and each request's savepoint
    are rolled back, so every role meets the same world."""
    return build_world()


# The admin decides by ``is_staff`` before any of its views runs. Every admin pattern is
# requested by these roles; the others request a sample: the site's own views, every view
# of one model, an object shortcut and the catch-all.
ADMIN_EVERY_PATTERN = {"anonymous", "registered", "staff"}
ADMIN_SAMPLE_MODEL = "portal_user"


def in_admin_sample(entry: AdminUrl) -> bool:
    return (
        entry.view in ("site", "catch-all", "view-on-site", "password")
        or entry.key.startswith(f"admin:{ADMIN_SAMPLE_MODEL}_")
        or entry.key == "admin/portal/user/<path:object_id>/"
    )


def check_portal_urls(visitor: Visitor, role: str, names=None) -> list[str]:
    failures = []
    for name, cases in TABLE.items():
        if names is not None and name not in names:
            continue
        for case in cases:
            url = reverse(name, kwargs=case.kwargs(visitor.world))
            for method in ("get", "post"):
                answers = getattr(case, method)
                # A page that anonymous visitors cannot see is private to whoever sees it.
                private = role != "anonymous"
                problem = check(visitor, method, url, case.data, (answers[role],), private=private)
                if problem:
                    failures.append(f"{method.upper()} {url} ({name} {case.label}): {problem}")
    return failures


def check_admin_urls(visitor: Visitor, role: str) -> list[str]:
    failures = []
    staff = visitor.world["users"]["staff"]
    for entry in admin_urls():
        if role not in ADMIN_EVERY_PATTERN and not in_admin_sample(entry):
            continue
        for method in ("get", "post"):
            expected = ADMIN_EXCEPTIONS.get(entry.key, {}).get(method, ADMIN)[role]
            if expected == "admin":
                expected = staff_admin_outcome(entry, method, staff)
            else:
                expected = (expected,)
            problem = check(visitor, method, entry.url, {}, expected, private=role != "anonymous")
            if problem:
                failures.append(f"{method.upper()} {entry.url} ({entry.key}): {problem}")
    return failures


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_every_role_as_the_table_says(role, world, client, db):
    visitor = Visitor(client, world["users"].get(role), world)
    failures = check_portal_urls(visitor, role) + check_admin_urls(visitor, role)
    assert not failures, f"{role}:\n" + "\n".join(failures)


# The English pages are the same views under /en/: a sample of them, answers as in German.
ENGLISH_SAMPLE = {
    "portal:home",
    "portal:profile",
    "projects:project-detail",
    "projects:project-edit",
    "projects:review-queue",
    "faq:editor-dashboard",
    "forum:index",
    "forum:topic-detail",
    "forum:moderation",
    "networks:network-edit",
    "networks:join-decide",
    "selfcheck:result-detail",
    "account_login",
    "mfa_index",
}


@pytest.mark.parametrize("role", ["anonymous", "registered", "member", "editor", "coordinator"])
def test_english_urls_answer_as_the_german_ones(role, world, client, db):
    visitor = Visitor(client, world["users"].get(role), world)
    with translation.override("en"):
        assert reverse("portal:home") == "/en/"
        failures = check_portal_urls(visitor, role, names=ENGLISH_SAMPLE)
    assert not failures, f"{role}:\n" + "\n".join(failures)


def test_the_admin_sends_visitors_to_log_in_and_refuses_everyone_but_staff(world, client, db):
    url = reverse("admin:portal_user_changelist")
    response = client.get(url, follow=True)
    assert response.redirect_chain == [
        (f"{reverse('admin:login')}?next={url}", 302),
        (f"{reverse('account_login')}?next={quote(url, safe='')}", 302),
    ]
    assert response.status_code == 200
    for role in ("registered", "member", "moderator", "editor", "coordinator"):
        client.force_login(world["users"][role])
        response = client.get(url, follow=True)
        assert response.redirect_chain == [(f"{reverse('admin:login')}?next={url}", 302)], role
        assert response.status_code == 403, role


@pytest.mark.parametrize(
    "make", [factories.EditorFactory, factories.ModeratorFactory, factories.StaffFactory]
)
def test_privileged_roles_set_up_their_second_factor_first(make, client, db):
    client.force_login(make(mfa=False))
    for url in (
        reverse("portal:home"),
        reverse("portal:profile"),
        reverse("projects:review-queue"),
        reverse("forum:moderation"),
        reverse("admin:index"),
        reverse("account_email"),
    ):
        for response in (client.get(url), client.post(url)):
            assert response.status_code == 302, url
            assert response["Location"] == reverse("mfa_activate_totp"), url
    for url in (reverse("mfa_index"), reverse("portal:imprint"), reverse("account_logout")):
        assert client.get(url).status_code == 200, url
