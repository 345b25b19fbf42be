"""Every kind of page, as each role sees it, on a 320 and a 390 px phone and a 1280 px screen.

With the demo content loaded, each page is looked at in its filled, empty and error state
where it has them. A page fails when it scrolls sideways, when something visible sticks
out of the window, when the header is taller than 64 px on a phone, when a control that
the keyboard reaches shows no focus indicator, or when axe-core finds a WCAG 2.1 A/AA
violation.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from faq.models import Category, Entry
from forum.models import Board, Topic
from networks.models import Meeting, Network, Organisation
from projects.models import Article, Project
from selfcheck.models import Questionnaire
from tests.browser.accounts import PASSWORD_LABEL, log_in
from tests.factories import EditorFactory, MemberFactory, ModeratorFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONES = (320, 390)
WIDTHS = (*PHONES, 1280)
HEADER_LIMIT = 64  # px on a phone

# Visible elements whose box reaches beyond the window, outside any box that clips or
# scrolls its content (those keep what is inside them on the page).
OUTSIDE_THE_WINDOW = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = (element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow !== "visible") return true;
    }
    return false;
  };
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (element.closest(".visually-hidden, .skip-link, [hidden], details:not([open]) > :not(summary)")) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.position === "fixed") continue;
    if ((box.right > width + 1 || box.left < -1) && !clipped(element)) {
      found.push(`${element.tagName.toLowerCase()}.${element.className || ""} (${Math.round(box.left)}–${Math.round(box.right)} of ${width})`);
    }
  }
  return found.slice(0, 5);
}"""

# What makes a page wider than the window, visible or not: for the failure message.
WIDEST = """() => Array.from(document.body.querySelectorAll("*"))
  .map((element) => [element, element.getBoundingClientRect().right])
  .filter(([, right]) => right > document.documentElement.clientWidth + 1)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 4)
  .map(([element, right]) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(right)})`)"""

# Whether the focused element shows where the focus is: an outline or a box-shadow.
FOCUS_SHOWN = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  // The indicator may be drawn by a pseudo-element, e.g. round a card whose link covers it.
  const shown = [null, "::before", "::after"].some((pseudo) => {
    const style = getComputedStyle(element, pseudo);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== "none";
  });
  return {
    what: `${element.tagName.toLowerCase()} ${(element.textContent || element.name || "").trim().slice(0, 40)}`,
    shown,
  };
}"""

TABS = 12  # controls checked for a focus indicator on each page, from the top


@pytest.fixture
def demo(settings):
    call_command("load_demo", "--force", verbosity=0)


def public_pages() -> list[str]:
    project = Project.objects.published().order_by("pk").first()
    article = Article.objects.filter(is_published=True).order_by("pk").first()
    entry = Entry.objects.filter(is_published=True).order_by("pk").first()
    network = Network.objects.order_by("pk").first()
    organisation = Organisation.objects.order_by("pk").first()
    meeting = Meeting.objects.order_by("pk").first()
    questionnaire = Questionnaire.objects.order_by("pk").first()
    return [
        reverse("portal:home"),
        reverse("projects:project-list"),
        reverse("projects:project-list") + "?q=Xylophonwettbewerb",  # empty
        reverse("projects:project-list") + "?land=zzz",  # the filters' error summary
        project.get_absolute_url(),
        reverse("projects:article-list"),
        article.get_absolute_url(),
        reverse("faq:index"),
        reverse("faq:search") + "?q=Versicherung",
        reverse("faq:search") + "?q=Qwertzuiopp",  # nothing found
        Category.objects.order_by("pk").first().get_absolute_url(),
        entry.get_absolute_url(),
        reverse("faq:ask-question"),
        reverse("networks:network-list"),
        network.get_absolute_url(),
        reverse("networks:calendar"),
        meeting.get_absolute_url(),
        reverse("networks:organisation-list"),
        organisation.get_absolute_url(),
        reverse("selfcheck:questionnaire-list"),
        reverse("selfcheck:questionnaire-take", args=[questionnaire.slug]),
        reverse("portal:about"),
        reverse("portal:imprint"),
        reverse("portal:accessibility"),
        reverse("account_login"),
        reverse("account_signup"),
        "/gibt-es-nicht/",  # the 404 page
    ]


def member_pages(member) -> list[str]:
    board = Board.objects.order_by("position", "pk").first()
    topic = Topic.objects.filter(board=board).order_by("pk").first()
    return [
        reverse("portal:home"),
        reverse("forum:index"),
        board.get_absolute_url(),
        topic.get_absolute_url(),
        reverse("forum:topic-create", args=[board.slug]),
        reverse("forum:unread"),
        reverse("forum:search") + "?q=Ehrenamt",
        reverse("projects:my-projects"),
        reverse("projects:project-create"),
        reverse("portal:profile"),
        reverse("portal:my-data"),
        reverse("selfcheck:result-list"),
    ]


def editor_pages() -> list[str]:
    waiting = Project.objects.exclude(status=Project.Status.PUBLISHED).order_by("pk").first()
    pages = [reverse("projects:review-queue"), reverse("faq:editor-dashboard")]
    if waiting is not None:
        pages.append(reverse("projects:review-project", args=[waiting.pk]))
    return pages


def moderator_pages() -> list[str]:
    return [
        reverse("forum:moderation"),
        reverse("forum:moderation-log"),
        reverse("forum:application-list"),
        reverse("forum:member-list"),
    ]


def coordinator_pages(network) -> list[str]:
    return [
        network.get_absolute_url(),
        reverse("networks:network-edit", args=[network.slug]),
        reverse("networks:join-requests", args=[network.slug]),
        reverse("networks:meeting-create", args=[network.slug]),
    ]


def problems_of(page, path: str, width: int) -> list[str]:
    found = []
    if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
        found.append("scrolls sideways, widest: " + ", ".join(page.evaluate(WIDEST)))
    outside = page.evaluate(OUTSIDE_THE_WINDOW)
    if outside:
        found.append("sticks out of the window: " + ", ".join(outside))
    if width in PHONES:
        height = page.evaluate("document.querySelector('.site-header').offsetHeight")
        if height > HEADER_LIMIT:
            found.append(f"header {height} px tall")
    return [f"{path} at {width} px: {problem}" for problem in found]


def focus_problems(page, path: str) -> list[str]:
    page.evaluate("document.activeElement && document.activeElement.blur()")
    found = []
    for _ in range(TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_SHOWN)
        if focused and not focused["shown"]:
            found.append(f"{path}: no focus indicator on {focused['what']}")
    return found


def look_at(page, paths: list[str], axe) -> list[str]:
    """Every path at every width; axe-core and the keyboard at 390 and 1280 px."""
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 844})
        for path in paths:
            response = page.goto(path)
            assert response.status < 500, f"{path}: {response.status}"
            problems += problems_of(page, path, width)
            if width != 320:
                axe(page)
                problems += focus_problems(page, path)
    return problems


def test_every_public_page_fits_every_screen(new_page, axe, demo):
    page = new_page()
    problems = look_at(page, public_pages(), axe)
    assert not problems, "\n".join(problems)


def test_error_states_of_forms_fit_a_phone(new_page, axe, demo):
    """A form sent with mistakes still fits the phone, errors and all."""
    page = new_page()
    page.set_viewport_size({"width": 320, "height": 700})
    problems = []
    page.goto(reverse("account_login"))
    page.get_by_label("E-Mail-Adresse").fill("niemand@example.org")
    page.get_by_label(PASSWORD_LABEL).fill("falsch")
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_load_state()
    problems += problems_of(page, "log-in with a wrong password", 320)
    page.goto(reverse("faq:ask-question"))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    problems += problems_of(page, "question sent empty", 320)
    axe(page)
    assert not problems, "\n".join(problems)


def test_every_member_page_fits_every_screen(new_page, axe, demo):
    member = MemberFactory(email="mitglied-layout@example.org")
    page = new_page()
    log_in(page, member)
    problems = look_at(page, member_pages(member), axe)
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(reverse("projects:project-create"))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    problems += problems_of(page, "initiative form sent empty", 320)
    assert not problems, "\n".join(problems)


def test_every_editor_and_moderator_page_fits_every_screen(new_page, axe, demo):
    editor = EditorFactory(email="redaktion-layout@example.org")
    moderator = ModeratorFactory(email="moderation-layout@example.org")
    editor_page = new_page()
    log_in(editor_page, editor)
    problems = look_at(editor_page, editor_pages(), axe)
    moderator_page = new_page()
    log_in(moderator_page, moderator)
    problems += look_at(moderator_page, moderator_pages(), axe)
    assert not problems, "\n".join(problems)


def test_every_coordinator_page_fits_every_screen(new_page, axe, demo):
    coordinator = UserFactory(email="koordination-layout@example.org")
    network = Network.objects.order_by("pk").first()
    network.coordinators.add(coordinator)
    page = new_page()
    log_in(page, coordinator)
    problems = look_at(page, coordinator_pages(network), axe)
    assert not problems, "\n".join(problems)


def test_the_phone_header_is_one_bar_whose_menu_works_by_keyboard(new_page, axe, demo):
    member = MemberFactory(email="mitglied-menue@example.org")
    page = new_page()
    log_in(page, member)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(Topic.objects.order_by("pk").first().get_absolute_url())
    assert page.locator(".site-header").bounding_box()["height"] <= HEADER_LIMIT
    # The sections and the account are behind "Menü"; the first post is on the first screen.
    assert not page.locator(".site-header__sections").is_visible()
    assert not page.locator(".site-header__utility").is_visible()
    assert page.locator("main h1").bounding_box()["y"] < 220
    assert page.locator("main article").first.bounding_box()["y"] < 844
    menu = page.get_by_text("Menü", exact=True)
    menu.focus()
    page.keyboard.press("Enter")
    forum = page.locator(".site-menu").get_by_role("link", name="Forum", exact=True)
    assert forum.is_visible()
    assert forum.get_attribute("aria-current") == "true"  # a topic is inside the forum
    assert page.locator(".site-menu").get_by_role("button", name="Abmelden").is_visible()
    axe(page)
    page.keyboard.press("Escape")
    assert not forum.is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"


def test_the_current_section_is_marked_on_every_page_of_it(new_page, demo):
    page = new_page()
    page.set_viewport_size({"width": 1280, "height": 800})
    project = Project.objects.published().order_by("pk").first()
    entry = Entry.objects.filter(is_published=True).order_by("pk").first()
    sections = page.locator(".site-header__sections")
    for path, section, current in (
        (reverse("projects:project-list"), "Projekte", "page"),
        (project.get_absolute_url(), "Projekte", "true"),
        (reverse("faq:search") + "?q=Versicherung", "FAQ", "true"),
        (entry.get_absolute_url(), "FAQ", "true"),
        (Meeting.objects.order_by("pk").first().get_absolute_url(), "Netzwerke", "true"),
        (Organisation.objects.order_by("pk").first().get_absolute_url(), "Organisationen", "true"),
    ):
        page.goto(path)
        marked = sections.locator("a[aria-current]")
        assert marked.count() == 1, path
        assert marked.inner_text() == section, path
        assert marked.get_attribute("aria-current") == current, path
    # Both lines of the desktop header keep their height from page to page.
    heights = set()
    for path in (reverse("portal:home"), project.get_absolute_url(), entry.get_absolute_url()):
        page.goto(path)
        heights.add(page.locator(".site-header").bounding_box()["height"])
    assert len(heights) == 1, heights
