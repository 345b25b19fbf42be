"""Finding a network, its calendar, joining it, and the coordinator's answer."""

import re

import pytest
from icalendar import Calendar

from networks.models import Network, NetworkMembership, Organisation
from tests.browser.accounts import log_in
from tests.factories import UserFactory, add_meeting, make_network, make_organisation

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_find_subscribe_join_accept(new_page, axe, mailoutbox):
    coordinator = UserFactory(email="koordination@example.org", display_name="Tarek Koordination")
    owner = UserFactory(email="verein@example.org", display_name="Olga Verein")
    erfurt = make_network("Netzwerk für Integration Erfurt", email="netzwerk@example.org")
    erfurt.coordinators.add(coordinator)
    make_network("Integrationsnetz München", ags="09162")
    add_meeting(erfurt, title="Netzwerktreffen im Frühjahr", place="Rathaus Erfurt")
    add_meeting(erfurt, title="Internes Planungstreffen", public=False)
    member = make_organisation("Sprachcafé Erfurt e. V.", kind=Organisation.Kind.VEREIN)
    NetworkMembership.objects.create(network=erfurt, organisation=member)
    organisation = make_organisation(
        "Afrikanischer Kulturverein Erfurt", kind=Organisation.Kind.MIGRANTENORGANISATION
    )
    organisation.owners.add(owner)

    # A visitor finds the network by its Land.
    visitor = new_page()
    visitor.goto("/netzwerke/")
    axe(visitor)
    visitor.get_by_label("Land").select_option(label="Thüringen")
    visitor.get_by_role("button", name="Ergebnisse zeigen").click()
    visitor.wait_for_url(re.compile(r".*land=16.*"))
    assert visitor.get_by_role("link", name="Netzwerk für Integration Erfurt").is_visible()
    assert not visitor.get_by_role("link", name="Integrationsnetz München").is_visible()
    axe(visitor)
    visitor.get_by_role("link", name="Netzwerk für Integration Erfurt").click()
    visitor.wait_for_url(f"**{erfurt.get_absolute_url()}")
    axe(visitor)
    assert visitor.get_by_text("Sprachcafé Erfurt e. V.").is_visible()
    assert not visitor.get_by_text("Internes Planungstreffen").is_visible()

    # The calendar link gives a calendar that calendar programs read.
    link = visitor.get_by_role("link", name="Kalender abonnieren (iCal)")
    feed = visitor.request.get(link.get_attribute("href"))
    assert feed.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(feed.body()).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Netzwerktreffen im Frühjahr"]

    visitor.goto("/netzwerke/termine/")
    axe(visitor)
    visitor.goto("/organisationen/?sprache=ar")
    axe(visitor)

    # The owner of an organisation asks to join.
    owner_page = new_page()
    log_in(owner_page, owner)
    owner_page.goto(organisation.get_absolute_url())
    owner_page.get_by_role("link", name="Beitritt zu einem Netzwerk anfragen").click()
    owner_page.get_by_role("button", name="Anfrage senden").click()  # nothing chosen yet
    assert owner_page.locator("#id_network_error").is_visible()
    axe(owner_page)
    owner_page.get_by_label("Netzwerk").select_option(label="Netzwerk für Integration Erfurt")
    owner_page.get_by_label("Nachricht an die Koordination").fill("Wir möchten mitarbeiten.")
    owner_page.get_by_role("button", name="Anfrage senden").click()
    assert owner_page.get_by_text("Ihre Anfrage wurde verschickt.").is_visible()
    assert {address for mail in mailoutbox for address in mail.to} == {
        "koordination@example.org",
        "verein@example.org",
    }

    # The coordinator accepts.
    mailoutbox.clear()
    coordinator_page = new_page()
    log_in(coordinator_page, coordinator)
    coordinator_page.goto(erfurt.get_absolute_url())
    coordinator_page.get_by_role("link", name="Beitrittsanfragen").click()
    axe(coordinator_page)
    coordinator_page.get_by_role("link", name="Afrikanischer Kulturverein Erfurt").click()
    coordinator_page.get_by_label("Annehmen").check()
    coordinator_page.get_by_role("button", name="Antwort speichern und mitteilen").click()
    assert coordinator_page.get_by_text("Es wartet keine Anfrage.").is_visible()
    assert NetworkMembership.objects.filter(network=erfurt, organisation=organisation).exists()
    assert "verein@example.org" in {address for mail in mailoutbox for address in mail.to}

    owner_page.goto(erfurt.get_absolute_url())
    assert owner_page.get_by_role("link", name="Afrikanischer Kulturverein Erfurt").is_visible()
    assert Network.objects.count() == 2
