import pytest

from portal.models import User
from tests.factories import UserFactory, region

pytestmark = pytest.mark.django_db


def profile_data(**overrides):
    data = {
        "display_name": "Aylin K.",
        "organisation": "Nachbarschaftschor Jena e. V.",
        "organisation_role": "Chorleitung",
        "region": region("16053").pk,
    }
    return {**data, **overrides}


def test_profile_requires_log_in(client):
    response = client.get("/konto/profil/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/?next=/konto/profil/")


def test_user_edits_their_profile(user_client, user):
    response = user_client.post("/konto/profil/", profile_data())
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Aylin K."
    assert user.organisation == "Nachbarschaftschor Jena e. V."
    assert user.organisation_role == "Chorleitung"
    assert user.region.name == "Jena"
    page = user_client.get("/konto/profil/").content.decode()
    assert "Ihr Profil wurde gespeichert." in page
    assert 'value="Aylin K."' in page


def test_profile_form_loads_regions_in_one_query(user_client, django_assert_max_num_queries):
    # Session, user, then the form's region list with their Länder in one join.
    with django_assert_max_num_queries(4):
        response = user_client.get("/konto/profil/")
    assert "Jena (Thüringen)" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("display_name", "x" * 81, "höchstens 80 Zeichen"),
        ("organisation", "x" * 201, "höchstens 200 Zeichen"),
        ("organisation_role", "x" * 121, "höchstens 120 Zeichen"),
        ("region", "999999", "gültige Auswahl"),
        ("region", "keine-zahl", "gültige Auswahl"),
    ],
)
def test_bad_profile_input_is_refused_and_changes_nothing(user_client, user, field, value, message):
    before = User.objects.values().get(pk=user.pk)
    response = user_client.post("/konto/profil/", profile_data(**{field: value}))
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert f'id="id_{field}_error"' in body
    assert User.objects.values().get(pk=user.pk) == before


def test_hostile_html_in_profile_is_stored_as_text_and_escaped(user_client, user):
    user_client.post("/konto/profil/", profile_data(display_name="<script>alert(1)</script>"))
    user.refresh_from_db()
    assert user.display_name == "<script>alert(1)</script>"
    body = user_client.get("/konto/profil/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_profile_only_changes_the_logged_in_user(user_client, user):
    other = UserFactory(display_name="Unverändert")
    user_client.post("/konto/profil/", {**profile_data(), "id": other.pk, "email": other.email})
    other.refresh_from_db()
    assert other.display_name == "Unverändert"
    user.refresh_from_db()
    assert user.email != other.email
