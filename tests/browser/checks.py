"""What every browser test checks on its pages: the Content-Security-Policy and axe-core.

The fixtures in conftest.py set these up for each page; tests that look at violations
themselves (tests/browser/test_xss.py) import the helpers from here.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

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


def stop_watching_csp(context) -> list[dict]:
    """Forget ``context`` (about to close); return the violations it still held."""
    return _csp_violations.pop(id(context), [])


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
