"""Every GET parameter the portal reads, with the values that broke it, on every URL.

The parameters are collected from the code (``request.GET.get("...")``, the filter sets'
fields, the keyset pager's), so a new one joins the fuzz by itself. Every URL of the
access table is requested with all parameters set to one hostile value at once, and the
filtered lists once more with each parameter alone (code that runs only when the other
filters are valid is reached too). As anonymous visitors and as the logged-in roles that
get the page.
No answer may be a 500 or show a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import transaction
from django.urls import reverse

from networks.filters import NetworkFilter, OrganisationFilter
from projects.filters import ArticleFilter, ProjectFilter
from tests.security.access_table import TABLE
from tests.security.world import build_world

ROOT = Path(__file__).resolve().parents[2]
APPS = ("portal", "projects", "faq", "forum", "networks")
READ = re.compile(r"""GET\.get\(\s*["']([\w-]+)["']""")

# Read by code the grep does not see: allauth's redirect target and the pager.
OTHERS = {"next", "nach", "vor", "seite"}

# Raw query-string values, percent-encoded as a browser or a script would send them.
VALUES = {
    "superscript two": quote("²"),
    "Arabic-Indic digits": quote("١٢"),
    "NUL": "%00",
    "percent-encoded NUL": quote("%00"),
    "invalid UTF-8": "%FF%FE",
    "huge number": "9" * 40,
    "minus one": "-1",
    "exponent": "1e9",
    "hostile HTML": quote('"><script>alert(1)</script>'),
}

# The roles the fuzz logs in as. Each requests the URLs it gets past the gates of; the
# last two only those the roles before them do not reach (their pages read the same
# parameters), so that the fuzz stays within a minute.
ROLES = ("anonymous", "registered", "member", "coordinator", "moderator", "editor")
THOROUGH = ROLES[:4]

# Lists whose filters are each tried alone too, once (they answer every role alike).
FILTERED_LISTS = {
    "projects:project-list": ProjectFilter,
    "projects:article-list": ArticleFilter,
    "networks:network-list": NetworkFilter,
    "networks:network-export": NetworkFilter,
    "networks:organisation-list": OrganisationFilter,
    "networks:organisation-export": OrganisationFilter,
}
PAGER = ("nach", "vor", "seite")


def read_parameters() -> set[str]:
    found = set(OTHERS)
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                found.update(READ.findall(path.read_text()))
    for filterset in FILTERED_LISTS.values():
        found.update(filterset.base_filters)
    return found


PARAMETERS = sorted(read_parameters())


def test_the_parameters_of_the_known_crashes_are_collected():
    assert {"ab", "zitat", "netzwerk", "nach", "q", "mitglied", "kreis"} <= set(PARAMETERS)
    assert set(FILTERED_LISTS) <= set(TABLE)


@pytest.fixture(scope="module")
def world(module_db):
    return build_world()


def _reaches_the_view(outcome) -> bool:
    """Whether the access table lets a GET past the gates (a page, or a redirect the view
    itself makes)."""
    return outcome == 200 or not isinstance(outcome, int | str)


def requests_for(role: str, world: dict) -> list[tuple[str, str]]:
    """(URL with query, label) for every URL the role is to try with every hostile value."""
    planned = []
    every = "&".join(f"{parameter}={{value}}" for parameter in PARAMETERS)
    for name, cases in TABLE.items():
        for case in cases:
            if not _reaches_the_view(case.get[role]):
                continue
            if role not in THOROUGH and any(_reaches_the_view(case.get[r]) for r in THOROUGH):
                continue
            path = reverse(name, kwargs=case.kwargs(world))
            for label, value in VALUES.items():
                query = every.format(value=value)
                planned.append((f"{path}?{query}", f"{name} {case.label}: all = {label}"))
                if role == "anonymous" and name in FILTERED_LISTS:
                    planned.extend(
                        (f"{path}?{parameter}={value}", f"{name}: {parameter} = {label}")
                        for parameter in (*FILTERED_LISTS[name].base_filters, *PAGER)
                    )
    return planned


def problem_of(client, url: str) -> str | None:
    with transaction.atomic():
        try:
            response = client.get(url)
        except Exception as error:  # the test client re-raises what would be a 500
            return f"500 ({type(error).__name__}: {error})"
        finally:
            transaction.set_rollback(True)
    if response.status_code >= 500:
        return str(response.status_code)
    if not response.streaming and b"Traceback" in response.content:
        return "a traceback in the page"
    return None


@pytest.mark.parametrize("role", ROLES)
def test_no_hostile_parameter_value_makes_a_500(role, world, client, db, settings):
    settings.DIRECTORY_EXPORTS_PER_HOUR = 10**6  # the fuzz is no visitor to be limited
    user = world["users"].get(role)
    if user is not None:
        client.force_login(user)
    failures = []
    for url, label in requests_for(role, world):
        problem = problem_of(client, url)
        if problem:
            failures.append(f"{label} ({url[:120]}): {problem}")
    assert not failures, f"{role}, {len(failures)} failures:\n" + "\n".join(failures[:40])
