"""Browser tests: Playwright drives Debian's Chromium against the live test server.

Playwright's own browser download does not work everywhere, so the tests use the
system Chromium and install it from Debian's packages when it is missing and they can.
In CI (``CI=true``) a missing browser is an error, never a silent skip.
"""

from __future__ import annotations

import os

import pytest

from tests.browser.checks import (
    AXE_PATH,
    AXE_SCRIPT,
    assert_accessible,
    assert_no_csp_violations,
    csp_violations,
    describe_csp_violations,
    stop_watching_csp,
    watch_csp,
)
from tests.browser.chromium import CHROMIUM_ARGS, ensure_chromium

# Playwright's sync API keeps an event loop in this thread; the Django ORM calls made by
# the tests themselves (fixtures, assertions) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = ensure_chromium()
    if path is None:
        message = (
            "Chromium is missing and could not be installed (install it with "
            "'apt-get install chromium' or set CHROMIUM_PATH)."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Data that migrations create. Browser tests run in real transactions, and the database
# is emptied after each of them, so they put this data back first. (Django's
# serialized_rollback does not help here: Playwright runs the test in another context
# than the one that created the database, and the saved copy is not found.)
REFERENCE_DATA = [
    ("portal.migrations.0002_roles_and_regions", "create_roles_and_regions"),
    ("portal.migrations.0003_editors_maintain_taxonomy", "grant_taxonomy_permissions"),
    ("portal.migrations.0004_all_districts", "add_all_districts"),
    ("projects.migrations.0002_editors_maintain_articles", "grant_editor_permissions"),
    ("selfcheck.migrations.0002_own_tables", "grant_editor_permissions"),
]


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    from importlib import import_module

    from django.apps import apps

    for module, function in REFERENCE_DATA:
        getattr(import_module(module), function)(apps, None)


@pytest.fixture
def csp():
    return assert_no_csp_violations


@pytest.fixture(autouse=True)
def site_url_is_the_live_server(settings, live_server):
    """Links in mail lead to the server the browser talks to, as SITE_URL does in production."""
    settings.SITE_URL = live_server.url


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a browser context of its own (one person), closed after the test.

    After the test, no document any of the pages showed may have violated the
    Content-Security-Policy.
    """
    contexts = []

    def open_page(**options):
        context = browser.new_context(base_url=live_server.url, locale="de-DE", **options)
        context.set_default_timeout(10_000)
        watch_csp(context)
        # axe-core is served from the portal's own origin, so that the page's policy
        # (script-src 'self') lets it run; an inline copy would be a violation itself.
        context.route(
            f"**{AXE_PATH}",
            lambda route: route.fulfill(path=AXE_SCRIPT, content_type="text/javascript"),
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    leftover = []
    for context in contexts:
        for page in context.pages:
            leftover.extend(csp_violations(page, clear=True))
        leftover.extend(stop_watching_csp(context))
        context.close()
    if leftover:
        pytest.fail("Content-Security-Policy violations:\n" + describe_csp_violations(leftover))


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def axe():
    return assert_accessible
