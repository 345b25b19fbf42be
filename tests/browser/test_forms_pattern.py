"""Forms after the GOV.UK pattern in the browser: the initiative form on a phone, and the
Selbstcheck after a failed submit.

The new German sentences come from the catalogue; where it may not be compiled yet, the
test compares with the form's own message in the active language, and step texts are
matched in either language.
"""

import re

import pytest
from django.utils import translation

from projects.forms import ProjectForm
from projects.models import Project
from tests.browser.accounts import log_in
from tests.factories import UserFactory, make_questionnaire

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# A function, not an expression: Playwright would evaluate an expression with eval(),
# which the portal's Content-Security-Policy refuses.
FOCUSED_SUMMARY = "() => document.activeElement?.matches('[data-error-summary]')"


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_initiative_form_on_a_phone_marks_explains_and_leads_to_each_error(new_page, axe):
    owner = UserFactory(email="initiative@example.org")
    page = new_page(viewport=PHONE)
    log_in(page, owner)
    page.goto("/meine-initiativen/neu/")

    # Required fields say so in words, next to the label; optional ones do not.
    mark = page.locator('label[for="id_name"] .field-required')
    assert mark.is_visible()
    assert re.fullmatch(r"\((Pflichtfeld|required)\)", mark.inner_text().strip())
    assert page.locator('label[for="id_goals"] .field-required').count() == 0
    assert page.locator(".form-required-note").is_visible()
    # The steps are named, and the index lists them.
    assert re.search(
        r"(Schritt|Step) 2 (von|of) 6", page.locator("#section-topics > legend").inner_text()
    )
    assert page.locator(".form-index a").count() == 6
    assert no_sideways_scroll(page)
    axe(page)

    # Sent empty with the primary button: the summary is at the top and has the focus.
    primary = page.locator('.form-actions button[name="submit"]')
    assert "button--secondary" not in primary.get_attribute("class")
    primary.click()
    page.wait_for_function(FOCUSED_SUMMARY)
    assert page.title().startswith("Fehler: ")
    summary = page.locator("[data-error-summary]")
    assert summary.bounding_box()["y"] < page.locator("form.sectioned-form").bounding_box()["y"]
    assert Project.objects.count() == 0
    with translation.override("de"):
        expected = {
            f"id_{name}": str(message) for name, message in ProjectForm.required_messages.items()
        }
    links = summary.locator("a")
    assert links.count() == len(expected)
    assert "zwingend erforderlich" not in summary.inner_text()
    for index in range(links.count()):
        link = links.nth(index)
        target = link.get_attribute("href").removeprefix("#")
        assert link.inner_text() == expected[target]
        # The same message stands at the field.
        assert expected[target] in page.locator(f"#{target}_error").inner_text()
        link.click()
        assert page.evaluate("document.activeElement.id") == target
    assert no_sideways_scroll(page)
    axe(page)

    # Filled in and saved as a draft, the form stays open with what was entered.
    page.locator("#id_name").fill("Sprachcafé Südstadt")
    page.locator("#id_summary").fill("Wöchentliches Treffen zum Deutschüben bei Kaffee.")
    page.locator("#id_description").fill("Jeden Dienstag treffen sich Menschen aus vielen Ländern.")
    page.locator("#id_region").select_option(label="Dortmund (Nordrhein-Westfalen)")
    page.locator("#id_sponsor_name").fill("Nachbarschaftsverein Südstadt e. V.")
    page.locator("#id_sponsor_kind").select_option(index=1)
    page.locator('.form-actions button[name="save"]').click()
    page.wait_for_url(re.compile(r".*/meine-initiativen/\d+/$"))
    project = Project.objects.get()
    assert project.status == Project.Status.DRAFT and project.owner == owner
    assert page.locator("#id_name").input_value() == "Sprachcafé Südstadt"
    assert page.locator("[data-error-summary]").count() == 0
    assert not page.title().startswith("Fehler")

    # A step saved on its own keeps the draft and goes on with the next step.
    page.locator("#id_goals").fill("Mehr Sicherheit beim Sprechen im Alltag.")
    page.locator('#section-about button[name="save"]').click()
    page.wait_for_url(re.compile(r".*/meine-initiativen/\d+/#section-topics$"))
    project.refresh_from_db()
    assert project.goals == "Mehr Sicherheit beim Sprechen im Alltag."
    assert no_sideways_scroll(page)


def scale_tops(page, statement_index: int = 0) -> list[float]:
    labels = page.locator(".selfcheck-statement").nth(statement_index).locator("fieldset label")
    return [labels.nth(index).bounding_box()["y"] for index in range(labels.count())]


def test_the_selfcheck_shows_progress_and_after_a_failed_submit_its_focused_summary(new_page, axe):
    questionnaire = make_questionnaire(dimensions=3, statements=2)
    page = new_page(viewport=DESKTOP)
    page.goto(questionnaire.get_absolute_url())
    headings = page.locator(".selfcheck-dimension h2")
    assert re.search(r"(Handlungsfeld|Field) 2 (von|of) 3", headings.nth(1).inner_text())
    # The four steps of the scale on one line, in four equal segments.
    tops = scale_tops(page)
    assert len(tops) == 4 and len(set(tops)) == 1
    labels = page.locator(".selfcheck-statement").first.locator("fieldset label")
    widths = {round(labels.nth(index).bounding_box()["width"]) for index in range(4)}
    assert max(widths) - min(widths) <= 1

    page.locator(".selfcheck-statement").first.locator('input[value="2"]').check()
    page.locator(".selfcheck-form button[type=submit]").click()
    page.wait_for_function(FOCUSED_SUMMARY)
    assert page.url.endswith("#selfcheck-errors")
    assert (
        page.evaluate("document.querySelector('#selfcheck-errors').previousElementSibling.tagName")
        == "H1"
    )
    summary_box = page.locator("#selfcheck-errors").bounding_box()
    assert 0 <= summary_box["y"] < DESKTOP["height"]
    assert page.title().startswith("Fehler: ")
    axe(page)

    # On a phone the scale is a list, one step under the other, and nothing scrolls sideways.
    page.set_viewport_size(PHONE)
    tops = scale_tops(page)
    assert tops == sorted(tops) and len(set(tops)) == 4
    assert no_sideways_scroll(page)
