"""Cards, pictures and the personal home page on a phone: no sideways scrolling, no layout
shift from pictures without a size, no accessibility violation, icons drawn."""

import pytest

from portal.images import process_image
from portal.models import Topic
from projects.models import ProjectImage
from selfcheck.models import CheckResult
from tests.browser.accounts import log_in
from tests.factories import (
    ArticleFactory,
    BoardFactory,
    MemberFactory,
    ProjectFactory,
    add_meeting,
    image_upload,
    make_network,
    make_questionnaire,
    start_topic,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONES = [320, 390]
OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"
# Pictures the browser cannot reserve room for before they load: they make the page jump.
IMAGES_WITHOUT_SIZE = """
    [...document.querySelectorAll('img')]
      .filter(img => !img.getAttribute('width') || !img.getAttribute('height'))
      .map(img => img.outerHTML)
"""
# The URLs the browser actually chose for each picture (srcset and sizes at work).
CHOSEN_PICTURES = "[...document.querySelectorAll('img')].map(img => img.currentSrc)"
# Every icon on screen shows its drawing from the sprite (not an empty box).
ICONS_DRAWN = """
    [...document.querySelectorAll('svg.icon')]
      .filter(svg => svg.getBoundingClientRect().width > 0)
      .every(svg => svg.querySelector('use').getBBox().width > 0)
"""


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def content(media):
    music = Topic.objects.create(name="Musik und Kultur", slug="musik-und-kultur")
    with_picture = ProjectFactory(
        name="Interkultureller Nachbarschaftschor Nordstadt",
        summary="Alteingesessene und Neuzugewanderte singen jeden Donnerstag zusammen.",
    )
    with_picture.topics.add(music)
    processed = process_image(image_upload(size=(1200, 800)))
    ProjectImage.objects.create(
        project=with_picture,
        image=processed.large,
        image_small=processed.small,
        alt_text="Menschen singen in einem Gemeindesaal",
        approved=True,
    )
    ProjectFactory(
        name="Integrationslotsinnenausbildungsprogramm Landkreis",
        summary="Ehrenamtliche begleiten Neuzugewanderte zu Ämtern.",
    )
    article = ArticleFactory.build(
        title="Wie Kommunen Migrantenselbstorganisationen unterstützen",
        cover_alt_text="Ein Runder Tisch im Rathaus",
    )
    article.set_cover(process_image(image_upload(size=(1200, 800), color="navy")))
    article.save()
    ArticleFactory(title="Gespräch ohne Titelbild")
    return {"portrait": with_picture, "article": article}


def assert_fits_and_is_accessible(page, path: str, axe) -> None:
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": 800})
        response = page.goto(path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        assert page.evaluate(OVERFLOW) is False, f"{path} scrolls sideways at {width} px"
        assert page.evaluate(IMAGES_WITHOUT_SIZE) == [], path
        assert page.evaluate(ICONS_DRAWN), f"an icon of {path} is not drawn"
        axe(page)


def test_visitors_home_portrait_and_articles_on_a_phone(new_page, axe, content):
    page = new_page()
    paths = [
        "/",
        content["portrait"].get_absolute_url(),
        "/beitraege/",
        content["article"].get_absolute_url(),
    ]
    for path in paths:
        assert_fits_and_is_accessible(page, path, axe)


def test_the_article_list_loads_small_pictures_on_a_phone(new_page, content):
    page = new_page(device_scale_factor=2)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/beitraege/")
    page.wait_for_load_state("networkidle")
    page.locator("img.result__image").first.scroll_into_view_if_needed()
    page.wait_for_function("[...document.images].every(img => img.complete)")

    chosen = [url for url in page.evaluate(CHOSEN_PICTURES) if url]

    assert chosen, "no picture loaded"
    assert all(url.endswith("-klein.jpg") for url in chosen), chosen


def test_the_whole_card_is_one_link(new_page, content):
    page = new_page()
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/")
    card = page.locator(".card", has_text="Nachbarschaftschor Nordstadt")
    # A click on the picture, far from the heading's words, opens the portrait.
    picture = card.locator("img")
    picture.scroll_into_view_if_needed()
    box = picture.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(f"**{content['portrait'].get_absolute_url()}")


def test_a_members_home_on_a_phone(new_page, axe, content):
    member = MemberFactory(email="mitglied@example.org")
    ProjectFactory(owner=member, name="Sprachcafé am Markt", status="submitted")
    start_topic(board=BoardFactory(), title="Wer kennt Fördergeber für Chorprojekte?")
    network = make_network("Netzwerk Integration Jena", ags="16053")
    network.coordinators.add(member)
    add_meeting(network, title="Sechstes Netzwerktreffen")
    CheckResult.objects.create(questionnaire=make_questionnaire(), user=member, scores=[])
    page = new_page()
    log_in(page, member)

    assert_fits_and_is_accessible(page, "/", axe)

    for words in [
        "Sprachcafé am Markt",
        "Wer kennt Fördergeber für Chorprojekte?",
        "Sechstes Netzwerktreffen",
        "Check testcheck",
    ]:
        assert page.get_by_text(words).first.is_visible(), words
