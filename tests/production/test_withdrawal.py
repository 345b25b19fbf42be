"""A withdrawn consent leaves every app server's page cache at once, not a minute later.

Each gunicorn process keeps anonymous visitors' pages in its own memory; the page
cache's keys carry a version kept in Redis, which the withdrawal replaces (see
portal/page_cache.py). Here the owner withdraws on one server and visitors ask both.
"""

from __future__ import annotations

import pytest

from scripts.serverkit import hidden_value

from .people import Person

PASSWORD = "Widerruf-Testpasswort-fuer-alle-3"

CREATE_PORTRAIT = """
import json, sys
import django
django.setup()
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from portal.models import Region, User
from projects.consent import CONTACT_CONSENT_TEXT, CONTACT_CONSENT_VERSION
from projects.models import Project

request = json.loads(sys.argv[1])
owner = User.objects.create(
    email="widerruf@example.org", display_name="Olga Owner",
    password=make_password(request["password"]),
)
EmailAddress.objects.create(user=owner, email=owner.email, verified=True, primary=True)
region = Region.objects.get(ags="16053")
project = Project.objects.create(
    owner=owner, status=Project.Status.PUBLISHED, name="Nähcafé Widerruf",
    slug="naehcafe-widerruf", summary="Wir nähen zusammen.", description="Jeden Montag.",
    region=region, land=region.land, sponsor_name="Beispielverein e. V.",
    sponsor_kind="verein", published_at=timezone.now(),
    contact_name="Mara Widerruf", contact_email="mara.widerruf@example.org",
    contact_consent_at=timezone.now(), contact_consent_by=owner,
    contact_consent_text=str(CONTACT_CONSENT_TEXT),
    contact_consent_version=CONTACT_CONSENT_VERSION,
)
from django.urls import reverse
print(json.dumps({
    "owner": owner.email,
    "portrait": project.get_absolute_url(),
    "withdraw": reverse("projects:project-consent-withdraw", args=[project.pk]),
}))
"""


@pytest.fixture(scope="module")
def portrait(cluster):
    return cluster.run_snippet("creating a portrait", CREATE_PORTRAIT, {"password": PASSWORD})


def test_a_withdrawn_contact_is_gone_from_both_app_servers_at_once(running_cluster, portrait):
    servers = [running_cluster.app_server(0), running_cluster.app_server(1)]
    url = portrait["portrait"]
    # Every process of both servers has had the chance to keep the page.
    for server in servers:
        for _ in range(6):
            page = Person().get(server, url)
            assert page.status == 200 and "Mara Widerruf" in page.text
            assert "max-age=0" in page.headers.get("Cache-Control", "")

    owner = Person(client_address="203.0.113.41")
    assert owner.log_in(servers[0], portrait["owner"], PASSWORD).status == 302
    own_page = owner.get(servers[0], url)
    withdrawn = owner.post(
        servers[0],
        portrait["withdraw"],
        {"csrfmiddlewaretoken": hidden_value(own_page.text, "csrfmiddlewaretoken")},
    )
    assert withdrawn.status == 302, withdrawn.text[-2000:]

    # At once: no waiting for PAGE_CACHE_SECONDS, on either server, in any process.
    for server in servers:
        for _ in range(6):
            page = Person().get(server, url)
            assert page.status == 200
            assert "Mara Widerruf" not in page.text
            assert "mara.widerruf@example.org" not in page.text
