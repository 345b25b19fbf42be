"""Demo content for development and demonstrations.

Everything here is fictional: the people, their e-mail addresses (example.org, reserved
for documentation) and their words. Places, programmes and topics follow the source
documents of the portal. Every loader is idempotent: it looks rows up by a natural key
and only creates what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.db import transaction

from portal import roles
from portal.models import Region, TargetGroup, Topic, User
from portal.permissions import must_use_mfa

# Shown at the end of load_demo; only valid on development databases.
DEMO_PASSWORD = "Demo-Passwort-2026"
# Editors, moderators and staff must log in with a second factor; the demo accounts share
# this published secret, which any authenticator app accepts (development only).
DEMO_TOTP_SECRET = "DEMODEMODEMODEMODEMODEMODEMODEMO"

TOPICS = [
    ("musik-und-kultur", "Musik und Kultur", "Gemeinsam singen, musizieren, Theater spielen."),
    ("sprache-und-bildung", "Sprache und Bildung", "Sprachkurse, Lernpatenschaften, Schule."),
    ("arbeit-und-ausbildung", "Arbeit und Ausbildung", "Berufseinstieg, Anerkennung, Praktika."),
    ("wohnen", "Wohnen", "Wohnungssuche, Nachbarschaft, Unterkünfte."),
    ("gesundheit", "Gesundheit", "Zugang zur Versorgung, Sprachmittlung, Prävention."),
    ("sport-und-freizeit", "Sport und Freizeit", "Vereine, Begegnung, Bewegung."),
    (
        "teilhabe-und-antidiskriminierung",
        "Teilhabe und Antidiskriminierung",
        "Politische Teilhabe, Schutz vor Rassismus.",
    ),
    (
        "beratung-und-begleitung",
        "Beratung und Begleitung",
        "Erstorientierung, Behördengänge, Integrationslotsen.",
    ),
    (
        "ehrenamt-und-patenschaften",
        "Ehrenamt und Patenschaften",
        "Freiwillige gewinnen, begleiten und halten.",
    ),
    ("vernetzung", "Vernetzung", "Netzwerke, Arbeitskreise, Kooperationen vor Ort."),
    (
        "kommunale-integrationsarbeit",
        "Kommunale Integrationsarbeit",
        "Integrationsmanagement, Konzepte, Steuerung.",
    ),
]

TARGET_GROUPS = [
    ("gefluechtete", "Geflüchtete"),
    ("zugewanderte", "Zugewanderte"),
    ("spaetaussiedler", "Spätaussiedlerinnen und Spätaussiedler"),
    ("kinder-und-jugendliche", "Kinder und Jugendliche"),
    ("frauen", "Frauen"),
    ("familien", "Familien"),
    ("aeltere", "Ältere Menschen"),
    ("ehrenamtliche", "Ehrenamtliche"),
    ("migrantenorganisationen", "Migrantenorganisationen"),
    ("kommunen", "Kommunen und Verwaltung"),
]


@dataclass(frozen=True)
class DemoUser:
    email: str
    display_name: str
    organisation: str
    organisation_role: str
    region_ags: str
    groups: tuple[str, ...] = ()
    is_staff: bool = False
    is_superuser: bool = False


DEMO_USERS = [
    DemoUser(
        "mitglied@example.org",
        "Mara Beispiel (Demo)",
        "Chor der Kulturen Musterstadt e. V. (Demo)",
        "Ehrenamtliche Projektleitung",
        "16053",
    ),
    DemoUser(
        "moderation@example.org",
        "Jonas Probe (Demo)",
        "Beispielverein Integration e. V. (Demo)",
        "Forenmoderation",
        "05913",
        groups=(roles.MODERATORS,),
    ),
    DemoUser(
        "redaktion@example.org",
        "Selin Muster (Demo)",
        "Beispielverein Integration e. V. (Demo)",
        "Redaktion",
        "11000",
        groups=(roles.EDITORS,),
        is_staff=True,  # editors maintain topics, target groups and regions in the admin
    ),
    DemoUser(
        "koordination@example.org",
        "Tarek Exempel (Demo)",
        "Netzwerk für Integration Erfurt (Demo-Konto)",
        "Netzwerkkoordination",
        "16051",
    ),
    DemoUser(
        "admin@example.org",
        "Portal-Administration (Demo)",
        "Beispielverein Integration e. V. (Demo)",
        "Technik",
        "11000",
        is_superuser=True,
    ),
]


def load_taxonomy() -> None:
    for slug, name, description in TOPICS:
        Topic.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
    for slug, name in TARGET_GROUPS:
        TargetGroup.objects.get_or_create(slug=slug, defaults={"name": name})


def load_users() -> list[User]:
    regions = {region.ags: region for region in Region.objects.all()}
    users = []
    for demo in DEMO_USERS:
        user, created = User.objects.get_or_create(
            email=demo.email,
            defaults={
                "display_name": demo.display_name,
                "organisation": demo.organisation,
                "organisation_role": demo.organisation_role,
                "region": regions.get(demo.region_ags),
                "is_staff": demo.is_staff or demo.is_superuser,
                "is_superuser": demo.is_superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=demo.email, defaults={"verified": True, "primary": True}
        )
        for name in demo.groups:
            user.groups.add(Group.objects.get(name=name))
        if must_use_mfa(user) and not Authenticator.objects.filter(user=user).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
        users.append(user)
    return users


@transaction.atomic
def load_all() -> list[User]:
    load_taxonomy()
    return load_users()
