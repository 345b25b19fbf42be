"""Every forum URL, for every role: the gate holds and the answer stays private.

The table lists every URL name of ``forum/urls.py``; a new URL without a row fails
``test_every_forum_url_has_a_row``.
"""

import pytest
from django.urls import get_resolver, reverse

from forum import notifications
from forum.models import Membership, ModerationLogEntry, Post, Report, Topic

ROLES = ["anonymous", "registered", "applicant", "member", "suspended", "moderator"]

# What the URL needs, and the GET outcome per role. "login": sent to log-in; "apply": sent
# to the application page; "index": sent to the forum; a number: that status code.
R, W, M = "read", "write", "moderate"
GATED = {"anonymous": "login", "registered": "apply", "applicant": "apply"}
READ = {**GATED, "member": 200, "suspended": 200, "moderator": 200}
WRITE = {**GATED, "member": 200, "suspended": 403, "moderator": 200}
MODERATE = {**GATED, "member": 403, "suspended": 403, "moderator": 200}
POST_ONLY = {**GATED, "member": 405, "suspended": 405, "moderator": 405}
MODERATE_POST_ONLY = {**GATED, "member": 403, "suspended": 403, "moderator": 405}

TABLE = {
    "index": (lambda w: {}, READ),
    "apply": (
        lambda w: {},
        {
            "anonymous": "login",
            "registered": 200,
            "applicant": 200,
            "member": "index",
            "suspended": "index",
            "moderator": "index",
        },
    ),
    "member-list": (lambda w: {}, READ),
    "settings": (lambda w: {}, READ),
    "unsubscribe": (
        lambda w: {"token": notifications.unsubscribe_token(w["first"].author, "topic", 1)},
        dict.fromkeys(ROLES, 200),
    ),
    "unread": (lambda w: {}, READ),
    "search": (lambda w: {}, READ),
    "board-detail": (lambda w: {"slug": w["board"].slug}, READ),
    "topic-create": (lambda w: {"slug": w["board"].slug}, WRITE),
    "board-subscribe": (lambda w: {"slug": w["board"].slug}, POST_ONLY),
    "topic-detail": (lambda w: {"pk": w["topic"].pk}, READ),
    "post-create": (lambda w: {"pk": w["topic"].pk}, WRITE),
    "topic-subscribe": (lambda w: {"pk": w["topic"].pk}, POST_ONLY),
    "post-goto": (lambda w: {"pk": w["answer"].pk}, {**READ, **dict.fromkeys(ROLES[3:], 302)}),
    # The first post is the member's own: only its author edits or withdraws it.
    "post-edit": (lambda w: {"pk": w["first"].pk}, {**WRITE, "moderator": 403}),
    "post-withdraw": (
        lambda w: {"pk": w["first"].pk},
        {**READ, "suspended": 403, "moderator": 403},
    ),
    "post-report": (lambda w: {"pk": w["answer"].pk}, READ),
    "post-history": (lambda w: {"pk": w["first"].pk}, MODERATE),
    "moderation": (lambda w: {}, MODERATE),
    "moderation-log": (lambda w: {}, MODERATE),
    "application-list": (lambda w: {}, MODERATE),
    "application-decide": (lambda w: {"pk": w["application"].pk}, MODERATE),
    "member-suspend": (lambda w: {"pk": w["member_membership"].pk}, MODERATE),
    "member-unsuspend": (lambda w: {"pk": w["suspended_membership"].pk}, MODERATE),
    "post-hide": (lambda w: {"pk": w["answer"].pk}, MODERATE_POST_ONLY),
    "post-restore": (lambda w: {"pk": w["answer"].pk}, MODERATE_POST_ONLY),
    "topic-moderate": (lambda w: {"pk": w["topic"].pk}, MODERATE_POST_ONLY),
    "topic-move": (lambda w: {"pk": w["topic"].pk}, MODERATE),
    "report-dismiss": (lambda w: {"pk": w["report"].pk}, MODERATE_POST_ONLY),
}


def forum_url_names() -> set[str]:
    resolver = get_resolver()
    names = set()
    for pattern in resolver.url_patterns:
        for inner in getattr(pattern, "url_patterns", []):
            if getattr(inner, "namespace", None) == "forum":
                names.update(p.name for p in inner.url_patterns)
    return names


def test_every_forum_url_has_a_row():
    names = forum_url_names()
    assert names, "no forum URLs found"
    assert names == set(TABLE), f"missing rows: {names - set(TABLE)}, stale: {set(TABLE) - names}"


@pytest.fixture
def login_as(client, applicant, member, suspended_member, moderator):
    people = {
        "registered": None,
        "applicant": applicant,
        "member": member,
        "suspended": suspended_member,
        "moderator": moderator,
    }

    def log_in(role: str):
        if role == "registered":
            from tests.factories import UserFactory

            people["registered"] = UserFactory()
        if role != "anonymous":
            client.force_login(people[role])
        return client

    return log_in


def assert_outcome(response, expected, url):
    if expected == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login") + "?next=")
    elif expected == "apply":
        assert response.status_code == 302
        assert response["Location"] == reverse("forum:apply")
    elif expected == "index":
        assert response.status_code == 302
        assert response["Location"] == reverse("forum:index")
    else:
        assert response.status_code == expected, url


def assert_private(response):
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.parametrize("role", ROLES)
def test_get_every_forum_url(role, forum_world, login_as):
    client = login_as(role)
    for name, (kwargs, outcomes) in TABLE.items():
        url = reverse(f"forum:{name}", kwargs=kwargs(forum_world))
        response = client.get(url)
        assert_outcome(response, outcomes[role], f"{role} GET {name}")
        assert_private(response)


def _state():
    return (
        Post.objects.count(),
        list(Post.objects.order_by("pk").values_list("body", "is_hidden", "withdrawn_at")),
        list(Topic.objects.order_by("pk").values_list("board", "is_locked", "is_pinned")),
        list(Report.objects.order_by("pk").values_list("status", flat=True)),
        list(Membership.objects.order_by("pk").values_list("status", "suspended_until")),
        ModerationLogEntry.objects.count(),
    )


@pytest.mark.parametrize("role", ["anonymous", "registered", "applicant"])
def test_post_to_any_forum_url_from_outside_changes_nothing(role, forum_world, login_as):
    client = login_as(role)
    before = _state()
    data = {"body": "Hallo", "title": "Ein neues Thema", "action": "lock", "reason": "x"}
    for name, (kwargs, outcomes) in TABLE.items():
        if name in {"apply", "unsubscribe"}:
            continue
        response = client.post(reverse(f"forum:{name}", kwargs=kwargs(forum_world)), data)
        assert_outcome(response, outcomes[role], f"{role} POST {name}")
    assert _state() == before


@pytest.mark.parametrize("role", ["member", "suspended"])
def test_members_cannot_moderate(role, forum_world, login_as):
    client = login_as(role)
    before = _state()
    data = {
        "action": "lock",
        "decision": "approve",
        "until": "2099-01-01",
        "reason": "x",
        "board": forum_world["board"].pk,
    }
    for name, (kwargs, outcomes) in TABLE.items():
        if (
            outcomes["moderator"] in (200, 405)
            and outcomes["member"] == 403
            and name
            not in {
                "post-edit",
                "post-withdraw",
            }
        ):
            response = client.post(reverse(f"forum:{name}", kwargs=kwargs(forum_world)), data)
            assert response.status_code == 403, name
    assert _state() == before


def test_suspended_member_cannot_write(forum_world, suspended_member, client):
    client.force_login(suspended_member)
    topic = forum_world["topic"]
    before = _state()
    response = client.post(
        reverse("forum:post-create", kwargs={"pk": topic.pk}),
        {"body": "Trotzdem schreiben", "token": "x" * 20},
    )
    assert response.status_code == 403
    assert "Beleidigender Ton" in response.content.decode()
    assert _state() == before


def test_another_members_post_cannot_be_edited_or_withdrawn(forum_world, other_member, client):
    client.force_login(other_member)
    first = forum_world["first"]
    for name in ("post-edit", "post-withdraw"):
        response = client.post(
            reverse(f"forum:{name}", kwargs={"pk": first.pk}), {"body": "Übernommen"}
        )
        assert response.status_code == 403
    first.refresh_from_db()
    assert first.body == "Wie macht ihr das?" and first.withdrawn_at is None


def test_unknown_ids_give_404_inside_the_gate(forum_world, member, client):
    client.force_login(member)
    for name in ("topic-detail", "post-goto", "post-edit", "post-report", "post-create"):
        response = client.get(reverse(f"forum:{name}", kwargs={"pk": 999999}))
        assert response.status_code == 404
        assert_private(response)


def test_forum_content_is_in_no_public_page(forum_world, client):
    title = forum_world["topic"].title
    for url in (
        reverse("portal:home"),
        reverse("projects:feed"),
        reverse("faq:search") + "?q=Ehrenamtliche",
    ):
        response = client.get(url)
        assert title not in response.content.decode()
