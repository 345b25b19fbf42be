"""Passwords: long enough, not common, not built from known names; forms say what is good."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from portal.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

# The passwords the outside test found accepted, exactly as reported.
REPORTED = ["passwort123", "Passwort1!", "Hallo12345", "Sommer2026!", "Integrationsportal"]
# Long enough, and still nothing but a common password dressed up.
DRESSED_UP = [
    "Passwort12345!",
    "P4ssw0rt-2026!!",
    "Sommer2026!!!!",
    "!!Kennwort1990!!",
    "Hallo-Hallo-2026",
]
# Passphrases of unrelated words, and the test factories' password.
GOOD = ["Kaktus Wolke Fahrrad Tinte", "tisch-regen-geige-wald", "Lampe Otter Nebel 7", PASSWORD]


def sign_up(client, password: str, email: str = "neu@example.org", path: str = "/konto/signup/"):
    return client.post(path, {"email": email, "password1": password, "password2": password})


def password_errors(response) -> str:
    form = response.context["form"]
    return " ".join(form.errors.get("password1", []))


@pytest.mark.parametrize("password", REPORTED)
def test_the_reported_passwords_are_refused_at_sign_up(client, password):
    response = sign_up(client, password)
    assert response.status_code == 200
    assert password_errors(response)
    assert not User.objects.exists()


@pytest.mark.parametrize("password", DRESSED_UP)
def test_common_passwords_with_digits_and_signs_are_refused_however_long(client, password):
    response = sign_up(client, password)
    assert response.status_code == 200
    assert "häufig benutztes Wort oder Passwort" in password_errors(response)
    assert not User.objects.exists()


def test_fewer_than_twelve_characters_are_refused_with_the_number(client):
    assert "mindestens 12 Zeichen" in password_errors(sign_up(client, "Regal-Kiwi9"))


def test_twelve_characters_are_enough_if_nothing_else_is_wrong(client):
    assert sign_up(client, "Regal-Kiwi-9").status_code == 302


@pytest.mark.parametrize(
    "password",
    ["Integrationsportal", "integrationsportal2026!", "1ntegrati0nsp0rtal", "Beispielverein-2026"],
)
def test_the_portals_and_operators_names_are_refused(client, password):
    response = sign_up(client, password)
    assert "dieses Portals" in password_errors(response)
    assert not User.objects.exists()


def test_the_operator_name_comes_from_the_settings(client, settings):
    settings.OPERATOR = {**settings.OPERATOR, "name": "Brückenbauer Nordstadt e. V."}
    assert "dieses Portals" in password_errors(sign_up(client, "Brueckenbauer-Nordstadt"))


@pytest.mark.parametrize(
    "password", ["MariaSchmidt2026!", "maria.schmidt-1987", "VereinNord2026!!"]
)
def test_ones_own_e_mail_address_is_refused_at_sign_up(client, password):
    response = sign_up(client, password, email="maria.schmidt@verein-nord.de")
    assert "Ihren eigenen Angaben" in password_errors(response)
    assert not User.objects.exists()


def test_a_name_inside_a_long_passphrase_is_fine(client):
    email = "maria.schmidt@verein-nord.de"
    assert sign_up(client, "Maria kocht Linsen am Fluss", email=email).status_code == 302


def test_the_names_on_ones_profile_are_refused_when_changing_the_password(client):
    person = UserFactory(display_name="Kemal Yıldız", organisation="Nachbarschaftshilfe Lindenau")
    client.force_login(person)
    for password in ["Kemal-Yildiz-1987!", "Nachbarschaftshilfe-Lindenau"]:
        response = client.post(
            "/konto/password/change/",
            {"oldpassword": PASSWORD, "password1": password, "password2": password},
        )
        assert response.status_code == 200
        assert "Ihren eigenen Angaben" in password_errors(response)
    person.refresh_from_db()
    assert person.check_password(PASSWORD)


@pytest.mark.parametrize("password", GOOD)
def test_passphrases_are_accepted(client, password):
    response = sign_up(client, password)
    assert response.status_code == 302, password_errors(response)
    assert User.objects.get(email="neu@example.org").check_password(password)


@pytest.mark.parametrize("password", ["", "\x00" * 12, "١٢٣٤٥٦٧٨٩٠١٢", "<b>x</b>"])
def test_odd_passwords_get_a_message_and_no_account(client, password):
    response = sign_up(client, password)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "<b>x</b>" not in response.content.decode()
    assert not User.objects.exists()


def help_text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.mark.parametrize(
    ("language", "advice", "minimum"),
    [
        ("de", "vier oder mehr Wörter", "mindestens 12 Zeichen"),
        ("en", "four or more words", "at least 12 characters"),
    ],
)
def test_the_password_forms_say_what_makes_a_good_password(client, language, advice, minimum):
    with translation.override(language):
        signup, change = reverse("account_signup"), reverse("account_change_password")
    signup_page = client.get(signup)
    client.force_login(UserFactory())
    for page in [signup_page, client.get(change)]:
        assert page.status_code == 200
        text = help_text(page)
        assert advice in text
        assert minimum in text
        assert "Sommer2026!" in text


def test_the_reset_form_says_what_makes_a_good_password(client, mail_after_commit):
    UserFactory(email="vergessen@example.org")
    with mail_after_commit():
        client.post("/konto/password/reset/", {"email": "vergessen@example.org"})
    link = re.search(r"https?://[^/\s]+(/\S+)", mail_after_commit.outbox[0].body).group(1)
    page = client.get(link, follow=True)
    assert "vier oder mehr Wörter" in help_text(page)
    assert "mindestens 12 Zeichen" in help_text(page)
