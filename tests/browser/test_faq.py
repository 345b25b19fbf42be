"""Finding an answer in the FAQ, saying whether it helped, and asking what is missing."""

import pytest

from faq.models import SubmittedQuestion, Vote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_from_home_vote_and_ask_what_found_nothing(page, axe, faq):
    page.goto("/")
    page.get_by_role("searchbox", name="FAQ durchsuchen").fill("Förderungen Musik")
    page.get_by_role("button", name="Suche").click()
    page.wait_for_url("**/faq/suche/?q=*")
    assert page.locator("mark").count() >= 1
    axe(page)

    page.get_by_role("link", name="Wo bekomme ich Fördermittel für ein Musikprojekt?").click()
    assert page.locator("h1").inner_text() == "Wo bekomme ich Fördermittel für ein Musikprojekt?"
    axe(page)
    page.get_by_label("Ja").check()
    page.get_by_label("Kommentar (freiwillig)").fill("Genau, was ich brauchte.")
    page.get_by_role("button", name="Rückmeldung senden").click()
    assert page.get_by_text("Vielen Dank für Ihre Rückmeldung!").is_visible()
    assert Vote.objects.filter(helpful=True, comment="Genau, was ich brauchte.").count() == 1
    axe(page)

    page.goto("/faq/suche/?q=Kinderbetreuung+Chorprobe")
    assert page.get_by_role("heading", name="Keine Antwort gefunden").is_visible()
    axe(page)
    page.get_by_role("link", name="Diese Frage an die Redaktion schicken").click()
    axe(page)
    question = page.get_by_label("Ihre Frage")
    assert question.input_value() == "Kinderbetreuung Chorprobe"
    question.fill("Wie organisiere ich Kinderbetreuung während der Chorprobe?")
    page.get_by_role("button", name="Frage senden").click()
    assert page.get_by_text("Vielen Dank! Die Redaktion beantwortet").is_visible()
    assert SubmittedQuestion.objects.get().question.startswith("Wie organisiere ich")


def test_faq_overview_and_category_pass_axe(page, axe, faq):
    page.goto("/faq/")
    axe(page)
    page.get_by_role("link", name="Vernetzung").click()
    assert page.locator("h1").inner_text() == "Vernetzung"
    axe(page)
    # Keyboard: the search box is reachable and submits with Enter.
    page.get_by_role("searchbox", name="FAQ durchsuchen").focus()
    page.keyboard.type("Schule")
    page.keyboard.press("Enter")
    page.wait_for_url("**/faq/suche/?q=Schule")
