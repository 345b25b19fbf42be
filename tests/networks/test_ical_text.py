"""Calendar programs show descriptions as plain text: no Markdown syntax in the iCal feeds."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.factories import add_meeting

pytestmark = pytest.mark.django_db

AGENDA = """## Ablauf

1. **Begrüßung** und Vorstellung
2. Bericht der *AG Sprache*

> Bitte bringen Sie Ideen für das Sommerfest mit.

- Anmeldung über [die Geschäftsstelle](https://example.org/anmeldung)
- Protokoll: `Netzwerk-Cloud`
"""


def description(client, network) -> str:
    response = client.get(reverse("networks:feed-network", args=[network.slug]))
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    return str(event["DESCRIPTION"])


def test_a_calendar_description_is_the_agenda_as_plain_text(client, network):
    add_meeting(network, agenda=AGENDA, registration_note="Anmeldung bis Freitag, 12 Uhr")
    assert description(client, network) == (
        "Ablauf\n\n"
        "1. Begrüßung und Vorstellung\n"
        "2. Bericht der AG Sprache\n\n"
        "Bitte bringen Sie Ideen für das Sommerfest mit.\n\n"
        "• Anmeldung über die Geschäftsstelle (https://example.org/anmeldung)\n"
        "• Protokoll: Netzwerk-Cloud\n\n"
        "Anmeldung bis Freitag, 12 Uhr"
    )


def test_a_calendar_description_keeps_no_markdown_syntax(client, network):
    add_meeting(network, agenda=AGENDA)
    text = description(client, network)
    assert "**" not in text and "*" not in text and "`" not in text
    assert "](" not in text and "[" not in text
    assert not any(line.startswith(("#", ">", "- ", "* ")) for line in text.splitlines())
