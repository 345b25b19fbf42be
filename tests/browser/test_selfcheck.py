"""The municipal Selbstcheck in the browser: refused when half-filled, result, log-in, saving.

Selectors use ids and structure rather than texts, so the test passes whether or not the
German translations of the Selbstcheck have been compiled yet.
"""

import re

import pytest

from selfcheck import demo as selfcheck_demo
from selfcheck.models import CheckResult
from tests.factories import PASSWORD, UserFactory

# The fragment of a followed summary link stays with the page through the redirect.
RESULT_URL = re.compile(r".*/selbstcheck/kommune/ergebnis/(#.*)?$")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_take_the_municipal_check_see_the_result_log_in_and_save(new_page, axe):
    selfcheck_demo.load_all()
    person = UserFactory(email="kommune@example.org", display_name="Kim Kommune")
    page = new_page()

    page.goto("/selbstcheck/")
    axe(page)
    page.locator('main a[href="/selbstcheck/kommune/"]').click()
    page.wait_for_url("**/selbstcheck/kommune/")
    assert page.locator("h1").count() == 1
    assert page.locator("main h2").count() == 5
    groups = page.locator(".selfcheck-form fieldset")
    assert groups.count() == 20
    axe(page)

    # Only the first statement answered: refused, with a summary and an error per statement.
    page.locator(".selfcheck-form fieldset").first.locator('input[value="3"]').check()
    page.locator(".selfcheck-form button[type=submit]").click()
    summary = page.locator("#selfcheck-errors")
    # The answer is a new page: wait for it, on a busy machine too.
    summary.wait_for(state="visible")
    assert re.search(r"19 (von|of) 20", summary.inner_text())
    assert page.locator(".selfcheck-form .errorlist").count() == 19
    assert page.locator(".selfcheck-form fieldset").first.locator('input[value="3"]').is_checked()
    axe(page)
    # The links in the summary lead to the statements (by keyboard, too).
    summary.locator("a").first.focus()
    page.keyboard.press("Enter")
    assert page.url.endswith("_group")

    # Everything answered with "trifft eher zu" (2 of 3 points).
    for index in range(groups.count()):
        groups.nth(index).locator('input[value="2"]').check()
    page.locator(".selfcheck-form button[type=submit]").click()
    page.wait_for_url(RESULT_URL)
    chart = page.locator('svg.selfcheck-chart[role="img"]')
    assert chart.is_visible()
    assert chart.locator("title").count() == 1 and chart.locator("desc").count() == 1
    rows = page.locator("#selfcheck-table tbody tr")
    assert rows.count() == 5
    for index in range(5):
        assert "67 %" in rows.nth(index).inner_text()
    assert page.locator(".selfcheck-recommendation").count() == 5
    assert CheckResult.objects.count() == 0
    axe(page)

    # On paper: chart and table, no navigation and no buttons.
    page.emulate_media(media="print")
    assert chart.is_visible() and page.locator("#selfcheck-table").is_visible()
    assert (
        page.locator(".site-nav").first.is_hidden() and page.locator(".site-nav").last.is_hidden()
    )
    assert page.locator(".site-menu").is_hidden()
    assert page.locator(".selfcheck-save").is_hidden()
    page.emulate_media(media="screen")

    # Log in from the result page and come back to save it.
    page.locator('.selfcheck-save a[href*="/konto/login/"]').click()
    page.locator("#id_login").fill(person.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(RESULT_URL)
    page.locator("#id_note").fill("Erste Runde mit Verwaltung und Integrationsbeirat")
    page.locator(".selfcheck-save button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/selbstcheck/meine-ergebnisse/\d+/$"))
    result = CheckResult.objects.get()
    assert result.user == person
    assert result.note == "Erste Runde mit Verwaltung und Integrationsbeirat"
    assert [score["percent"] for score in result.scores] == [67] * 5
    assert page.locator('svg.selfcheck-chart[role="img"]').is_visible()
    assert page.locator("#selfcheck-table tbody tr").count() == 5
    axe(page)

    page.goto("/selbstcheck/meine-ergebnisse/")
    assert page.locator(f'main a[href="/selbstcheck/meine-ergebnisse/{result.pk}/"]').count() == 1
    axe(page)
