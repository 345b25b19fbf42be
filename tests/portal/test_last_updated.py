"""Portraits and FAQ answers say when they were last brought up to date ("Stand:")."""

import datetime
import re

import pytest
from django.utils import timezone

from faq.models import Entry
from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def last_updated(body: str) -> tuple[str, str]:
    """The "last updated" line's machine-readable date and its words."""
    match = re.search(r'<p class="meta">([^<]*)<time datetime="([^"]+)">([^<]+)</time></p>', body)
    assert match, "no 'last updated' line"
    return match.group(2), f"{match.group(1)}{match.group(3)}"


def test_a_portrait_says_when_it_was_last_updated(client):
    project = ProjectFactory()
    changed = timezone.make_aware(datetime.datetime(2026, 3, 5, 10, 0))
    Project.objects.filter(pk=project.pk).update(updated_at=changed)

    when, words = last_updated(client.get(project.get_absolute_url()).content.decode())

    assert when == "2026-03-05"
    assert words == "Stand: 5. März 2026"


def test_an_faq_answer_says_when_it_was_last_updated(client, faq):
    entry = faq["versicherung"]
    Entry.objects.filter(pk=entry.pk).update(
        updated_at=timezone.make_aware(datetime.datetime(2025, 11, 20, 9, 30))
    )

    when, words = last_updated(client.get(entry.get_absolute_url()).content.decode())

    assert when == "2025-11-20"
    assert words == "Stand: 20. November 2025"
