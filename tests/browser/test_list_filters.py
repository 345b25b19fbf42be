"""The districts follow the chosen Land, with and without JavaScript; filter errors are
summarised; the organisations are in the main navigation."""

import re

import pytest
from playwright.sync_api import expect

from portal.models import Region
from tests.factories import ProjectFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def offered_districts(page) -> list[str]:
    return page.locator('select[name="kreis"] option').all_inner_texts()


@pytest.fixture
def portraits(db):
    dortmund = Region.objects.get(ags="05913")
    ProjectFactory(name="Sprachcafé Jena")
    ProjectFactory(name="Chor der Kulturen Dortmund", region=dortmund, land=dortmund.land)


def test_without_javascript_sending_a_land_narrows_the_districts(new_page, axe, portraits):
    page = new_page(java_script_enabled=False)
    page.goto("/projekte/")
    assert "Jena" in offered_districts(page)
    page.get_by_label("Land").select_option(label="Nordrhein-Westfalen")
    page.get_by_role("button", name="Ergebnisse zeigen").click()
    page.wait_for_url(re.compile(r".*land=05.*"))
    districts = offered_districts(page)
    assert "Dortmund" in districts
    assert "Jena" not in districts
    assert districts[0] == "Alle Kreise und Städte"


def test_a_district_outside_the_land_is_summarised_and_the_land_still_applies(
    new_page, axe, portraits
):
    page = new_page()
    page.goto("/projekte/?land=05&kreis=16053")
    summary = page.get_by_role("alert")
    assert "Es gibt ein Problem mit den Filtern" in summary.inner_text()
    # The summary takes the focus, and its link leads to the field.
    assert page.evaluate("document.activeElement.matches('[data-error-summary]')")
    summary.get_by_role("link", name=re.compile("Jena liegt nicht in Nordrhein-Westfalen")).click()
    assert page.evaluate("document.activeElement.name") == "kreis"
    assert page.get_by_role("link", name="Chor der Kulturen Dortmund").is_visible()
    assert page.get_by_role("link", name="Sprachcafé Jena").count() == 0
    axe(page)


def test_with_javascript_the_districts_follow_the_land_at_once(new_page, axe, portraits):
    page = new_page()
    page.goto("/projekte/")
    district = page.get_by_label("Kreis oder Stadt")
    district.select_option(label="Jena")
    page.get_by_label("Land").select_option(label="Thüringen")
    expect(page.locator('select[name="kreis"] option[value="05913"]')).to_have_count(0)
    districts = offered_districts(page)
    assert "Jena" in districts and "Dortmund" not in districts
    assert district.input_value() == "16053"  # a district of the Land stays chosen
    page.get_by_label("Land").select_option(label="Nordrhein-Westfalen")
    expect(page.locator('select[name="kreis"] option[value="05913"]')).to_have_count(1)
    assert "Jena" not in offered_districts(page)
    assert district.input_value() == ""  # one of another Land would give nothing
    page.get_by_role("button", name="Ergebnisse zeigen").click()
    page.wait_for_url(re.compile(r".*land=05.*"))
    assert page.get_by_role("alert").count() == 0
    assert page.get_by_role("link", name="Chor der Kulturen Dortmund").is_visible()
    page.get_by_label("Land").select_option(label="Alle Länder")
    expect(page.locator('select[name="kreis"] option[value="16053"]')).to_have_count(1)
    assert len(offered_districts(page)) > 400
    axe(page)


def test_the_organisations_are_in_the_main_navigation(new_page, axe):
    page = new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")
    page.get_by_text("Menü", exact=True).click()  # on a phone the sections are in the menu
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    navigation.get_by_role("link", name="Organisationen").click()
    page.wait_for_url("**/organisationen/")
    page.get_by_text("Menü", exact=True).click()
    current = navigation.locator('[aria-current="page"]')
    assert current.inner_text() == "Organisationen"
    assert page.get_by_role("heading", level=1).inner_text() == "Organisationen"
    axe(page)
    page.goto("/en/")
    page.get_by_text("Menu", exact=True).click()
    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Organisations"
    ).click()
    page.wait_for_url("**/en/organisationen/")
    axe(page)
