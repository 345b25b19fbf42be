"""The forum from application to moderation, as the people involved use it."""

import re

import pytest

from forum.models import Membership, Post
from tests.browser.accounts import log_in
from tests.factories import BoardFactory, MemberFactory, ModeratorFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_apply_approve_discuss_report_hide(new_page, axe, mailoutbox):
    BoardFactory(name="Projektpraxis", slug="projektpraxis", description="Aus der Praxis")
    applicant = UserFactory(email="neu@example.org", display_name="Nora Neu")
    moderator_user = ModeratorFactory(email="moderation@example.org", display_name="Mo Deration")
    colleague = MemberFactory(email="kollegin@example.org", display_name="Kim Kollegin")

    # A registered user who is not a member is sent to the application page.
    person = new_page()
    log_in(person, applicant)
    person.goto("/forum/")
    person.wait_for_url("**/forum/mitglied-werden/")
    axe(person)
    person.get_by_role("textbox", name="Organisation:", exact=True).fill("Chor der Kulturen e. V.")
    person.get_by_label("Rolle in der Organisation").fill("Chorleitung")
    person.get_by_label("Warum möchten Sie mitmachen?").fill(
        "Wir möchten von anderen Musikprojekten lernen, wie sie neue Mitglieder gewinnen."
    )
    person.get_by_role("button", name="Bewerbung senden").click()
    assert person.get_by_text("Die Moderation liest Ihre Bewerbung").is_visible()

    # A moderator approves the application.
    moderator = new_page()
    log_in(moderator, moderator_user)
    moderator.goto("/forum/moderation/antraege/")
    axe(moderator)
    moderator.get_by_role("link", name="Nora Neu").click()
    moderator.get_by_label("Aufnehmen").check()
    moderator.get_by_label("Nachricht an die Person, die sich beworben hat").fill("Willkommen!")
    moderator.get_by_role("button", name="Entscheidung speichern und mitteilen").click()
    assert Membership.objects.get(user=applicant).status == Membership.Status.APPROVED
    assert any("Willkommen im Forum" in mail.subject for mail in mailoutbox)

    # The new member starts a topic; a first try without text shows the errors.
    person.goto("/forum/")
    axe(person)
    person.get_by_role("link", name="Projektpraxis").click()
    axe(person)
    person.get_by_role("link", name="Neues Thema beginnen").click()
    person.get_by_label("Titel").fill("Wie gewinnt ihr neue Sängerinnen und Sänger?")
    person.get_by_role("button", name="Thema veröffentlichen").click()
    assert person.locator("#id_body_error").is_visible()
    axe(person)
    person.get_by_label("Ihr Beitrag").fill(
        "Bei uns kommen vor allem Menschen aus der Nachbarschaft."
    )
    person.get_by_role("button", name="Thema veröffentlichen").click()
    person.wait_for_url(re.compile(r".*/forum/thema/\d+/"))
    axe(person)

    # A second member replies; the first member gets a mail about it.
    mailoutbox.clear()
    other = new_page()
    log_in(other, colleague)
    other.goto("/forum/ungelesen/")
    axe(other)
    other.get_by_role("link", name="Wie gewinnt ihr neue Sängerinnen und Sänger?").click()
    other.get_by_label("Ihr Beitrag").fill("Kauft unsere Noten im Sonderangebot!")
    other.get_by_role("button", name="Antwort veröffentlichen").click()
    other.wait_for_url(re.compile(r".*#beitrag-2$"))
    assert [mail.to for mail in mailoutbox] == [["neu@example.org"]]
    assert "Kauft unsere Noten" in mailoutbox[0].body
    assert "/forum/abbestellen/" in mailoutbox[0].body

    # The first member reports the reply ...
    person.reload()
    person.get_by_role("link", name="Melden #2").click()
    person.get_by_label("Warum sollte sich die Moderation diesen Beitrag ansehen?").fill(
        "Das ist Werbung."
    )
    person.get_by_role("button", name="Meldung senden").click()
    assert person.get_by_text("Die Moderation sieht sich den Beitrag an.").is_visible()

    # ... and a moderator hides it from the queue.
    moderator.goto("/forum/moderation/")
    axe(moderator)
    assert moderator.get_by_text("Das ist Werbung.").is_visible()
    moderator.get_by_role("button", name=re.compile(r"^Beitrag ausblenden")).click()
    assert moderator.get_by_text("Keine offenen Meldungen").is_visible()
    assert Post.objects.get(number=2).is_hidden

    person.reload()
    assert person.get_by_text("Dieser Beitrag wurde von der Moderation ausgeblendet.").is_visible()
    assert not person.get_by_text("Kauft unsere Noten").is_visible()
    axe(person)


def test_forum_pages_work_by_keyboard(new_page, axe):
    member = MemberFactory(email="tastatur@example.org")
    board = BoardFactory(name="Kultur und Musik", slug="kultur-und-musik")
    page = new_page()
    log_in(page, member)
    page.goto("/forum/")
    # Tab from the skip link through the navigation to the board link and open it.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == board.name:
            break
    else:
        pytest.fail("the board link cannot be reached by keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url("**/forum/bereich/kultur-und-musik/")
    for path in ("/forum/mitglieder/", "/forum/suche/?q=Chor", "/forum/benachrichtigungen/"):
        page.goto(path)
        axe(page)
