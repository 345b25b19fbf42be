"""Two-factor log-in, sessions, the security log, rate limits, headers and checks."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.core.cache import cache
from django.core.checks import run_checks
from django.db import connection
from django.test import Client
from django.urls import reverse

from portal.models import SecurityEvent
from tests.factories import (
    PASSWORD,
    EditorFactory,
    ModeratorFactory,
    StaffFactory,
    current_totp_code,
)

pytestmark = pytest.mark.django_db


def log_in(client: Client, user, password: str = PASSWORD, **extra):
    return client.post(
        reverse("account_login"), {"login": user.email, "password": password}, **extra
    )


def log_in_with_code(client: Client, user, secret: str):
    response = log_in(client, user)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    return client.post(reverse("mfa_authenticate"), {"code": current_totp_code(secret)})


def start_totp_setup(client: Client) -> str:
    """Open the set-up page as a person would: allauth asks for the password once more."""
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    return client.session["mfa.totp.secret"]


def is_logged_in(client: Client) -> bool:
    return client.get(reverse("portal:profile")).status_code == 200


# --- Two-factor log-in ----------------------------------------------------------------


@pytest.mark.parametrize("factory", [EditorFactory, ModeratorFactory, StaffFactory])
def test_privileged_roles_must_set_up_two_factor_log_in_first(client, factory):
    person = factory(mfa=False)
    log_in(client, person)

    for page in [reverse("portal:home"), reverse("projects:review-queue"), "/admin/"]:
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_activate_totp")

    start_totp_setup(client)
    assert "Authenticator-App" in client.get(reverse("mfa_activate_totp")).text


def test_a_registered_user_is_not_forced_but_may_use_two_factor_log_in(client, user):
    client.force_login(user)
    assert client.get(reverse("portal:home")).status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200


def test_editor_activates_an_authenticator_and_is_let_in(client):
    editor = EditorFactory(mfa=False)
    log_in(client, editor)
    secret = start_totp_setup(client)

    wrong = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert wrong.status_code == 200
    assert not Authenticator.objects.filter(user=editor).exists()

    done = client.post(reverse("mfa_activate_totp"), {"code": current_totp_code(secret)})
    assert done.status_code == 302
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get(reverse("projects:review-queue")).status_code == 200


def test_log_in_with_two_factor_needs_the_code(client):
    editor = EditorFactory()
    response = log_in(client, editor)
    assert response["Location"] == reverse("mfa_authenticate")
    # Password alone is not enough.
    assert not is_logged_in(client)

    wrong = client.post(reverse("mfa_authenticate"), {"code": "123456"})
    assert wrong.status_code == 200
    assert not is_logged_in(client)
    assert SecurityEvent.objects.filter(user=editor, kind=SecurityEvent.Kind.MFA_FAILED).exists()

    right = client.post(
        reverse("mfa_authenticate"), {"code": current_totp_code(editor.totp_secret)}
    )
    assert right.status_code == 302
    assert is_logged_in(client)


def test_a_recovery_code_replaces_the_app_once(client):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    editor = EditorFactory()
    code = RecoveryCodes.activate(editor).get_unused_codes()[0]

    log_in(client, editor)
    assert client.post(reverse("mfa_authenticate"), {"code": code}).status_code == 302
    assert is_logged_in(client)

    again = Client()
    log_in(again, editor)
    assert again.post(reverse("mfa_authenticate"), {"code": code}).status_code == 200
    assert not is_logged_in(again)


def test_admin_login_goes_through_the_portal_log_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- Sessions -------------------------------------------------------------------------


@pytest.fixture
def two_sessions(user):
    """The same person logged in on a laptop and a phone."""
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        assert log_in(device, user).status_code == 302
    assert is_logged_in(laptop)
    assert is_logged_in(phone)
    return laptop, phone


def test_the_session_list_shows_every_session_and_ends_the_others(two_sessions, user):
    laptop, phone = two_sessions
    page = laptop.get(reverse("usersessions_list"))
    assert page.status_code == 200
    assert len(page.context["sessions"]) == 2

    response = laptop.post(reverse("usersessions_list"))
    assert response.status_code == 302
    assert is_logged_in(laptop)
    assert not is_logged_in(phone)
    assert UserSession.objects.filter(user=user).count() == 1


def test_changing_the_password_ends_the_other_sessions(two_sessions, user):
    laptop, phone = two_sessions
    new_password = "Ganz-neues-Passwort-2"
    response = laptop.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": new_password, "password2": new_password},
    )
    assert response.status_code == 302
    assert is_logged_in(laptop)
    assert not is_logged_in(phone)
    assert SecurityEvent.objects.filter(
        user=user, kind=SecurityEvent.Kind.PASSWORD_CHANGED
    ).exists()


def test_adding_an_email_address_ends_the_other_sessions(two_sessions, user):
    laptop, phone = two_sessions
    response = laptop.post(
        reverse("account_email"), {"action_add": "", "email": "zweite@example.org"}
    )
    assert response.status_code == 302
    assert user.emailaddress_set.filter(email="zweite@example.org").exists()
    assert is_logged_in(laptop)
    assert not is_logged_in(phone)


def test_turning_on_two_factor_log_in_ends_the_other_sessions(
    two_sessions, user, mail_after_commit
):
    laptop, phone = two_sessions
    secret = start_totp_setup(laptop)
    with mail_after_commit():  # allauth announces the new authenticator after commit
        response = laptop.post(reverse("mfa_activate_totp"), {"code": current_totp_code(secret)})
    assert response.status_code == 302
    assert is_logged_in(laptop)
    assert not is_logged_in(phone)
    kinds = set(SecurityEvent.objects.filter(user=user).values_list("kind", flat=True))
    assert {SecurityEvent.Kind.MFA_CHANGED, SecurityEvent.Kind.SESSIONS_ENDED} <= kinds


def test_the_security_log_records_log_ins_and_failed_attempts_with_the_address(client, user):
    log_in(client, user, password="falsch", REMOTE_ADDR="203.0.113.7")
    log_in(client, user, REMOTE_ADDR="203.0.113.7")
    events = list(SecurityEvent.objects.filter(user=user).order_by("created_at"))
    assert [event.kind for event in events] == [
        SecurityEvent.Kind.LOGIN_FAILED,
        SecurityEvent.Kind.LOGGED_IN,
    ]
    assert {event.ip_address for event in events} == {"203.0.113.7"}


def test_failed_log_in_for_an_unknown_address_leaves_no_trace(client):
    client.post(reverse("account_login"), {"login": "niemand@example.org", "password": "x"})
    assert not SecurityEvent.objects.exists()


# --- Rate limits ----------------------------------------------------------------------


@pytest.fixture
def rate_limits(settings):
    """Production-like limits with short windows, so that expiry can be seen."""
    settings.ACCOUNT_RATE_LIMITS = {
        "login_failed": "3/2s/key",
        "reset_password": "2/2s/ip",
        "signup": "2/2s/ip",
    }
    cache.clear()
    yield
    cache.clear()


def cache_rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM portal_cache")
        return cursor.fetchone()[0]


def test_failed_log_ins_lock_the_account_for_a_while_only(client, user, rate_limits):
    for _attempt in range(3):
        assert log_in(client, user, password="falsch").status_code == 200
    # Even the right password is refused while the lock holds ...
    locked = log_in(client, user)
    assert locked.status_code == 200
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in locked.text
    assert not is_logged_in(client)
    # ... and the counter lives in the shared database cache, which every app process
    # reads, not in the memory of this one.
    assert cache_rows() > 0

    time.sleep(2.1)
    assert log_in(client, user).status_code == 302
    assert is_logged_in(client)


def test_a_password_reset_lifts_the_lock(client, user, rate_limits, mail_after_commit):
    for _attempt in range(3):
        log_in(client, user, password="falsch")
    assert "Zu viele" in log_in(client, user).text

    with mail_after_commit():
        client.post(reverse("account_reset_password"), {"email": user.email})
    link = re.search(
        r"https?://\S+/konto/password/reset/key/\S+/", mail_after_commit.outbox[-1].body
    ).group(0)
    form_url = client.get(link)["Location"]
    new_password = "Ein-neues-Passwort-3"
    done = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302

    assert log_in(client, user, password=new_password).status_code == 302
    assert is_logged_in(client)


def test_password_reset_requests_are_limited(client, user, rate_limits, mail_after_commit):
    url = reverse("account_reset_password")
    with mail_after_commit():
        for _attempt in range(2):
            assert client.post(url, {"email": user.email}).status_code == 302
        refused = client.post(url, {"email": user.email})
    assert refused.status_code == 429
    assert "Zu viele Versuche" in refused.text
    assert len(mail_after_commit.outbox) == 2


def test_sign_ups_are_limited(client, rate_limits):
    url = reverse("account_signup")
    for number in range(2):
        data = {
            "email": f"neu{number}@example.org",
            "password1": "Langes-Passwort-4",
            "password2": "Langes-Passwort-4",
        }
        assert client.post(url, data).status_code == 302
    data = {"email": "neu9@example.org", "password1": "Langes-Passwort-4", "password2": "x"}
    assert client.post(url, data).status_code == 429


def test_wrong_two_factor_codes_are_limited_per_account(client, rate_limits):
    editor = EditorFactory()
    log_in(client, editor)
    for _attempt in range(3):
        client.post(reverse("mfa_authenticate"), {"code": "000000"})
    locked = client.post(
        reverse("mfa_authenticate"), {"code": current_totp_code(editor.totp_secret)}
    )
    assert locked.status_code == 200
    assert not is_logged_in(client)


# --- Headers --------------------------------------------------------------------------


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/projekte/",
        "/faq/",
        "/netzwerke/",
        "/konto/login/",
        "/gibt-es-nicht/",
        "/static/css/portal.css",
        "/forum/",
    ],
)
def test_every_page_type_sends_the_security_headers(client, path):
    response = client.get(path, secure=True)
    directives = csp_directives(response)
    # Pages with no inline script carry no nonce either: 'self' alone is stricter.
    scripts = directives["script-src"]
    assert scripts[0] == "'self'"
    assert "'unsafe-inline'" not in scripts
    assert "'unsafe-eval'" not in scripts
    for name in ("object-src", "base-uri", "frame-ancestors"):
        assert directives[name] == ["'none'"]
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    if not path.startswith("/static/"):  # pages; frame-ancestors covers the rest
        assert response["X-Frame-Options"] == "DENY"


def test_pages_for_logged_in_people_are_never_cached(client, user):
    assert "no-store" not in client.get("/projekte/").get("Cache-Control", "")
    client.force_login(user)
    for path in ["/projekte/", reverse("portal:profile"), reverse("usersessions_list")]:
        response = client.get(path)
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]


# --- System checks --------------------------------------------------------------------


def error_ids(**kwargs) -> set[str]:
    return {message.id for message in run_checks(**kwargs)}


def test_the_configured_policy_passes_the_check():
    assert not {i for i in error_ids() if i.startswith("portal.")}


@pytest.mark.parametrize(
    ("directive", "sources", "error"),
    [
        ("script-src", ["'self'", "'unsafe-inline'"], "portal.E003"),
        ("script-src", ["'self'", "'unsafe-eval'"], "portal.E003"),
        ("script-src", ["https:"], "portal.E003"),
        ("object-src", ["'self'"], "portal.E004"),
        ("base-uri", [], "portal.E004"),
        ("frame-ancestors", ["*"], "portal.E004"),
    ],
)
def test_a_weaker_policy_fails_the_check(settings, directive, sources, error):
    directives = dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    directives[directive] = sources
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": directives}
    assert error in error_ids()


def test_a_missing_script_policy_fails_the_check(settings):
    directives = {
        name: value
        for name, value in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items()
        if name not in {"script-src", "default-src"}
    }
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": directives}
    assert "portal.E002" in error_ids()


def test_a_cache_of_one_process_fails_the_deploy_check(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "portal.E005" in error_ids(include_deployment_checks=True)


def test_the_email_page_with_a_pending_change_needs_no_inline_style(user_client):
    # allauth's own template hides a form with style="…", which the CSP would block.
    user_client.post(reverse("account_email"), {"action_add": "", "email": "neu@example.org"})
    page = user_client.get(reverse("account_email"))
    assert "<form hidden" in page.text
    assert 'style="' not in page.text


def test_a_code_from_the_window_just_ended_still_logs_in_but_an_older_one_does_not(client):
    # People type the code their app shows; in its last seconds it reaches the server in
    # the next window. One step back is accepted, two are not.
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    from tests.factories import current_totp_counter

    editor = EditorFactory()
    now = current_totp_counter()

    def code(steps_back: int) -> str:
        return format_hotp_value(hotp_value(editor.totp_secret, now - steps_back))

    client.post("/konto/login/", {"login": editor.email, "password": PASSWORD})
    refused = client.post("/konto/2fa/authenticate/", {"code": code(2)})
    assert refused.status_code == 200 and "_auth_user_id" not in client.session
    accepted = client.post("/konto/2fa/authenticate/", {"code": code(1)})
    assert accepted.status_code == 302 and client.session["_auth_user_id"] == str(editor.pk)
