import io
from dataclasses import dataclass

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.test import override_settings

from faq.models import Category, Entry, SynonymGroup
from forum.models import Post
from networks.models import Network, Organisation
from portal.demo import DEMO_TOTP_SECRET
from portal.models import TargetGroup, Topic, User
from projects.models import Article, FundingProgramme, Project, ProjectImage
from tests.factories import current_totp_code

pytestmark = pytest.mark.django_db


def counts():
    models = [
        User,
        EmailAddress,
        Topic,
        TargetGroup,
        Project,
        ProjectImage,
        Article,
        FundingProgramme,
        Category,
        Entry,
        SynonymGroup,
        Entry.related_projects.through,
    ]
    return tuple(model.objects.count() for model in models)


@dataclass
class Demo:
    """What ``load_demo`` did on an empty database: refused, then forced."""

    refusal: CommandError | None  # the run with DEBUG off and without --force
    users_after_refusal: int
    output: str  # what the forced run printed


@pytest.fixture(scope="module")
def demo(module_db, module_media) -> Demo:
    """``load_demo`` on an empty database, once for the module (it takes many seconds):
    refused with DEBUG off, then forced. Its tests read what it left, each in a savepoint
    of its own (tests/conftest.py), and those that run it again do so there."""
    out = io.StringIO()
    with override_settings(DEBUG=False):
        try:
            call_command("load_demo", stdout=out)
        except CommandError as error:
            refusal = error
        else:
            refusal = None
        users_after_refusal = User.objects.count()
        call_command("load_demo", "--force", stdout=out)
    return Demo(refusal, users_after_refusal, out.getvalue())


def test_load_demo_twice_adds_nothing_the_second_time(demo, settings, capsys):
    settings.DEBUG = True
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert first[0] >= 4
    assert Project.objects.published().count() >= 15
    assert set(Article.objects.values_list("kind", flat=True)) >= {
        "interview",
        "expert_article",
        "success_story",
    }
    assert all(image.alt_text for image in ProjectImage.objects.all())
    assert Entry.objects.published().count() >= 40
    assert Entry.objects.filter(related_projects__isnull=False).exists()
    out = demo.output + capsys.readouterr().out
    assert "Demo-Passwort-2026" in out
    assert "redaktion@example.org" in out


def test_load_demo_on_an_empty_database_gives_the_same_content_as_before(demo):
    # The figures the demo gave while its content was still written in Python: moving the
    # content into files under <app>/demo/ must not lose or duplicate anything.
    assert Project.objects.count() == 20
    assert ProjectImage.objects.count() == 20
    assert Article.objects.count() == 4
    assert FundingProgramme.objects.count() == 10
    assert Category.objects.count() == 8
    assert Entry.objects.count() == 59
    assert SynonymGroup.objects.count() == 16
    assert Entry.related_projects.through.objects.count() == 11
    assert Topic.objects.count() == 11
    assert TargetGroup.objects.count() == 10
    assert User.objects.count() == 10
    assert Post.objects.count() == 74
    assert Network.objects.count() == 21
    assert Organisation.objects.count() == 99


def test_demo_users_can_log_in_and_hold_their_roles(demo, settings, client):
    settings.DEBUG = True
    assert User.objects.get(email="redaktion@example.org").groups.filter(name="Redaktion").exists()
    assert (
        User.objects.get(email="moderation@example.org").groups.filter(name="Moderation").exists()
    )
    response = client.post(
        "/konto/login/", {"login": "mitglied@example.org", "password": "Demo-Passwort-2026"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/konto/profil/"


def test_load_demo_refuses_without_debug_unless_forced(demo):
    assert isinstance(demo.refusal, CommandError)
    assert "--force" in str(demo.refusal)
    assert demo.users_after_refusal == 0
    assert User.objects.count() > 0  # after the forced run


def test_demo_editor_logs_in_with_the_published_second_factor(demo, settings, client):
    settings.DEBUG = True
    call_command("load_demo")  # a second run adds no second authenticator
    editor = User.objects.get(email="redaktion@example.org")
    assert editor.authenticator_set.count() == 1

    response = client.post(
        "/konto/login/", {"login": editor.email, "password": "Demo-Passwort-2026"}
    )
    assert response["Location"] == "/konto/2fa/authenticate/"
    code = current_totp_code(DEMO_TOTP_SECRET)
    response = client.post("/konto/2fa/authenticate/", {"code": code})
    assert response["Location"] == "/konto/profil/"
    assert client.get("/redaktion/").status_code == 200
