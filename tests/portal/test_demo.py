import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

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


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_load_demo_twice_adds_nothing_the_second_time(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo")
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
    out = capsys.readouterr().out
    assert "Demo-Passwort-2026" in out
    assert "redaktion@example.org" in out


def test_load_demo_on_an_empty_database_gives_the_same_content_as_before(settings):
    # The figures the demo gave while its content was still written in Python: moving the
    # content into files under <app>/demo/ must not lose or duplicate anything.
    settings.DEBUG = True
    call_command("load_demo")
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


def test_demo_users_can_log_in_and_hold_their_roles(settings, client):
    settings.DEBUG = True
    call_command("load_demo")
    assert User.objects.get(email="redaktion@example.org").groups.filter(name="Redaktion").exists()
    assert (
        User.objects.get(email="moderation@example.org").groups.filter(name="Moderation").exists()
    )
    response = client.post(
        "/konto/login/", {"login": "mitglied@example.org", "password": "Demo-Passwort-2026"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/konto/profil/"


def test_load_demo_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo")
    assert User.objects.count() == 0
    call_command("load_demo", "--force")
    assert User.objects.count() > 0


def test_demo_editor_logs_in_with_the_published_second_factor(settings, client):
    settings.DEBUG = True
    call_command("load_demo")
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
