"""Browser tests: Playwright drives Debian's Chromium against the live test server.

Playwright's own browser download does not work everywhere, so the tests use the
system Chromium and install it from Debian's packages when it is missing and they can.
In CI (``CI=true``) a missing browser is an error, never a silent skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API keeps an event loop in this thread; the Django ORM calls made by
# the tests themselves (fixtures, assertions) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    if path := os.environ.get("CHROMIUM_PATH"):
        return path
    for name in CHROMIUM_CANDIDATES:
        if found := shutil.which(name):
            return found
    return None


def install_chromium() -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)


def ensure_chromium() -> str | None:
    path = find_chromium()
    if path is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        install_chromium()
        path = find_chromium()
    return path


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


# Every page reports the Content-Security-Policy violations of each document it shows: a
# listener set up before any of the page's own code registers them on ``window`` and
# passes them to the test (the binding keeps them across navigations). The portal's own
# pages cause none; one means markup or script that the policy had to stop.
CSP_LISTENER = """
(() => {
  const seen = [];
  Object.defineProperty(window, "__cspViolations", {value: seen});
  document.addEventListener("securitypolicyviolation", (event) => {
    const report = {
      page: document.location.href,
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      column: event.columnNumber,
      sample: event.sample,
    };
    seen.push(report);
    if (typeof window.__reportCspViolation === "function") window.__reportCspViolation(report);
  }, true);
})();
"""

READ_CSP_VIOLATIONS = """clear => {
  const seen = window.__cspViolations || [];
  const copy = seen.slice();
  if (clear) seen.length = 0;
  return copy;
}"""

# The violations of each open browser context, by id() of the context.
_csp_violations: dict[int, list[dict]] = {}


def watch_csp(context) -> list[dict]:
    """Collect the CSP violations of every document in ``context``; return the live list."""
    violations: list[dict] = []
    context.expose_binding("__reportCspViolation", lambda source, report: violations.append(report))
    context.add_init_script(CSP_LISTENER)
    _csp_violations[id(context)] = violations
    return violations


def csp_violations(page, *, clear: bool = False) -> list[dict]:
    """The CSP violations so far in ``page``'s browser context (all pages, all documents)."""
    violations = _csp_violations.get(id(page.context), [])
    if not page.is_closed():
        # A round trip delivers the reports that are still on their way, and the current
        # document's own list catches one whose report did not arrive.
        for report in page.evaluate(READ_CSP_VIOLATIONS, clear):
            if report not in violations:
                violations.append(report)
    found = list(violations)
    if clear:
        violations.clear()
    return found


def describe_csp_violations(violations: list[dict]) -> str:
    return "\n".join(
        f"- {v['directive']} blocked {v['blocked'] or '(inline)'} on {v['page']}"
        f" (line {v['line']}, column {v['column']}){': ' + v['sample'] if v['sample'] else ''}"
        for v in violations
    )


def assert_no_csp_violations(page) -> None:
    """Fail if any document of ``page``'s context broke the Content-Security-Policy."""
    violations = csp_violations(page, clear=True)
    assert not violations, "Content-Security-Policy violations:\n" + describe_csp_violations(
        violations
    )


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
        leftover.extend(_csp_violations.pop(id(context), []))
        context.close()
    if leftover:
        pytest.fail("Content-Security-Policy violations:\n" + describe_csp_violations(leftover))


@pytest.fixture
def page(new_page):
    return new_page()


AXE_SCRIPT = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")
AXE_PATH = "/__tests__/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def assert_accessible(page) -> None:
    """Run axe-core on the current page; fail with a readable list of WCAG violations.

    Fails, too, if the page (or an earlier one in its context) violated the
    Content-Security-Policy.
    """
    assert_no_csp_violations(page)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    page.add_script_tag(url=origin + AXE_PATH)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    violations = result["violations"]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"][:5])
        for v in violations
    )
    assert not violations, f"axe-core found violations on {page.url}:\n{report}"
    assert_no_csp_violations(page)


@pytest.fixture
def axe():
    return assert_accessible
