"""Lists on phones: the search field, a "Filter (n)" disclosure and then the results; tables
become cards. Nothing scrolls sideways at 320 and 390 px, and the first result starts
on the first screen."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from portal.models import Region
from projects.models import Project
from tests.browser.accounts import log_in
from tests.factories import (
    BoardFactory,
    EditorFactory,
    MemberFactory,
    ProjectFactory,
    make_network,
    make_organisation,
    reply,
    start_topic,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONES = [{"width": 320, "height": 640}, {"width": 390, "height": 844}]
LAND = re.compile(r"^Land:?$")
OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"
LONG_TITLE = (
    "Ehrenamtliche Begleitung von Geflüchteten bei Behördengängen und Arztterminen "
    "im ländlichen Raum – Erfahrungen aus Integrationslotsenprojekten"
)


def first_screen(page, locator, viewport) -> None:
    """No sideways scrolling, and ``locator`` starts in the top 700 px: on the first
    screen of a 390×844 phone (on a 320×640 one, just below its first screen)."""
    assert page.evaluate(OVERFLOW) is False, (
        f"{page.url} scrolls sideways at {viewport['width']} px"
    )
    top = locator.first.bounding_box()["y"]
    assert top < 700, f"{page.url}: the first result starts at {top:.0f} px"


@pytest.fixture
def lists(db):
    jena = Region.objects.get(ags="16053")
    for number in range(4):
        ProjectFactory(name=f"Sprachcafé Jena {number}", region=jena, land=jena.land)
    make_network("Netzwerk für Integration und Teilhabe Erfurt")
    make_network("Integrationsnetz München", ags="09162")
    make_organisation("Afrikanischer Kulturverein Erfurt e. V.", languages=["de", "fr"])
    make_organisation("Beratungsstelle für Migrantinnen und Migranten Jena", ags="16053")


@pytest.mark.parametrize("viewport", PHONES, ids=["320", "390"])
def test_public_lists_put_the_results_on_the_first_screen(new_page, axe, lists, viewport):
    page = new_page(viewport=viewport)
    for path in (
        "/projekte/?land=16&kreis=16053",
        "/netzwerke/?land=16",
        "/organisationen/?land=16",
    ):
        page.goto(path)
        summary = page.locator("summary", has_text="Filter")
        expect(summary).to_have_text(re.compile(r"Filter \(\d"))
        assert page.get_by_label(LAND).is_hidden()  # behind the closed disclosure
        assert page.get_by_role("searchbox", name="Suche").is_visible()
        first_screen(page, page.locator(".result-list > li"), viewport)
        axe(page)
    # The filters set show as chips; each drops its own filter.
    page.goto("/projekte/?land=16&kreis=16053")
    expect(page.locator("summary", has_text="Filter")).to_have_text(re.compile(r"Filter \(2"))
    page.get_by_role("link", name=re.compile("^Kreis oder Stadt: Jena")).click()
    page.wait_for_url(re.compile(r".*/projekte/\?land=16$"))
    expect(page.locator("summary", has_text="Filter")).to_have_text(re.compile(r"Filter \(1"))


def test_without_javascript_the_disclosure_opens_and_filters(new_page, lists):
    munich = Region.objects.get(ags="09162")
    ProjectFactory(name="Chor der Kulturen München", region=munich, land=munich.land)
    page = new_page(viewport=PHONES[1], java_script_enabled=False)
    page.goto("/projekte/")
    land = page.get_by_label(LAND)
    assert land.is_hidden()
    page.locator("summary", has_text="Filter").click()
    land.select_option(label="Bayern")
    page.get_by_role("button", name="Ergebnisse zeigen").click()
    page.wait_for_url(re.compile(r".*land=09.*"))
    expect(page.locator("summary", has_text="Filter")).to_have_text(re.compile(r"Filter \(1"))
    # The server offers only the districts of the chosen Land.
    districts = page.locator('select[name="kreis"] option').all_text_contents()
    assert "München" in districts and "Jena" not in districts
    assert page.get_by_role("link", name="Chor der Kulturen München").is_visible()
    assert page.get_by_role("link", name="Sprachcafé Jena 0").count() == 0
    # axe-core needs JavaScript; the same page with it is checked above.


def test_with_javascript_the_districts_still_follow_the_land_on_a_phone(new_page, lists):
    page = new_page(viewport=PHONES[0])
    page.goto("/projekte/")
    page.locator("summary", has_text="Filter").click()
    page.get_by_label(LAND).select_option(label="Thüringen")
    expect(page.locator('select[name="kreis"] option[value="09162"]')).to_have_count(0)
    assert "Jena" in page.locator('select[name="kreis"] option').all_inner_texts()


def test_on_a_wide_screen_the_filters_are_open_beside_the_results(new_page, lists):
    for script in (True, False):
        page = new_page(viewport={"width": 1280, "height": 800}, java_script_enabled=script)
        page.goto("/projekte/")
        land = page.get_by_label(LAND)
        assert land.is_visible()
        results = page.locator(".result-list").bounding_box()
        assert land.bounding_box()["x"] + land.bounding_box()["width"] < results["x"]


@pytest.fixture
def forum(db):
    member = MemberFactory(email="mitglied-schmal@example.org")
    board = BoardFactory(
        name="Ehrenamtliche Begleitung und Patenschaften",
        description="Wie gewinnen, begleiten und halten wir Ehrenamtliche?",
    )
    BoardFactory(name="Förderung und Finanzierung")
    topic = start_topic(board=board, author=member, title=LONG_TITLE)
    for _ in range(2):
        reply(topic)
    return member, board


@pytest.mark.parametrize("viewport", PHONES, ids=["320", "390"])
def test_forum_boards_and_topics_are_cards_on_a_phone(new_page, axe, forum, viewport):
    member, board = forum
    page = new_page(viewport=viewport)
    log_in(page, member)
    page.goto("/forum/")
    card = page.locator("tbody tr").first
    first_screen(page, card, viewport)
    expect(card).to_contain_text("1 Thema")
    expect(card).to_contain_text("3 Beiträge")
    # The title of the last topic is never squeezed into a narrow column.
    last_topic = card.get_by_role("link", name=re.compile("^Ehrenamtliche Begleitung von"))
    assert last_topic.bounding_box()["width"] > viewport["width"] * 0.6
    axe(page)
    page.goto(board.get_absolute_url())
    first_screen(page, page.get_by_role("link", name=LONG_TITLE), viewport)
    axe(page)


@pytest.mark.parametrize("viewport", PHONES, ids=["320", "390"])
def test_the_review_queue_fits_a_phone(new_page, axe, viewport):
    ProjectFactory(
        name="Interkulturelles Gartenprojekt für Familien", status=Project.Status.SUBMITTED,
        published_at=None,
    )  # fmt: skip
    editor = EditorFactory(email=f"redaktion-{viewport['width']}@example.org")
    page = new_page(viewport=viewport)
    log_in(page, editor)
    page.goto(reverse("projects:review-queue"))
    first_screen(
        page, page.get_by_role("link", name="Interkulturelles Gartenprojekt für Familien"), viewport
    )
    axe(page)
