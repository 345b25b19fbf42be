"""Who gets what from every URL of the portal: the table that test_access_matrix.py checks.

One entry per URL name of the URLconf (namespaced, as ``reverse`` takes it). An entry holds one
or more cases: the URL's arguments, taken from the test world (see ``build_world`` in
test_access_matrix.py), and the expected answer per role to a GET and to a POST. Where the owner
matters there are two cases: the object of "registered" (the only role that owns portraits,
organisations and saved results) and the object of a stranger, which every role gets as "not
found" unless an editor's or a coordinator's right covers it.

Every pattern of the Django admin (namespace ``admin``) follows one rule, ``ADMIN``, below.

Outcomes: a number is that status code; LOGIN, APPLY, MFA, ADMIN_LOGIN and REAUTH are the
redirects of the gates; ``Redirect`` is any other redirect, to the path it names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from django.urls import reverse

ROLES = (
    "anonymous",
    "registered",
    "applicant",
    "member",
    "suspended",
    "moderator",
    "editor",
    "coordinator",
    "staff",
    # An editor who has not set up two-factor log-in yet: sent to do that first, except on
    # the pages it needs for that (portal.middleware.MFA_SETUP_URL_NAMES).
    "editor-no-mfa",
)

LOGIN = "login"  # 302 to the portal's log-in (/konto/login/) with ?next= this URL
APPLY = "forum-apply"  # 302 to the forum's application page
MFA = "mfa-setup"  # 302 to setting up the authenticator app (/konto/2fa/totp/activate/)
ADMIN_LOGIN = "admin-login"  # 302 to /admin/login/?next= this URL (which is refused, see ADMIN)
REAUTH = "reauthenticate"  # 302 to allauth's "confirm it's you" (/konto/reauthenticate/)

# Answers that refuse: after such an answer to a POST the database must be unchanged.
REFUSALS = frozenset({LOGIN, APPLY, MFA, ADMIN_LOGIN, REAUTH, 400, 403, 404, 405})


@dataclass(frozen=True)
class Redirect:
    """302 to this path: a URL name without arguments, or a function of the world."""

    to: str | Callable[[dict], str]


Outcome = int | str | Redirect


def answers(default: Outcome, **by_role: Outcome) -> dict[str, Outcome]:
    """``default`` for every role, the editor without second factor sent to set it up."""
    outcomes = dict.fromkeys(ROLES, default)
    outcomes["editor-no-mfa"] = MFA
    for role, outcome in by_role.items():
        role = role.replace("_", "-")
        assert role in outcomes, role
        outcomes[role] = outcome
    return outcomes


@dataclass(frozen=True)
class Case:
    kwargs: Callable[[dict], dict]
    get: Mapping[str, Outcome]
    post: Mapping[str, Outcome]
    label: str = ""
    data: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def no_args(world: dict) -> dict:
    return {}


def one(kwargs=no_args, get=None, post=None, **options) -> tuple[Case, ...]:
    """A URL with one case; POST answers as GET unless told otherwise."""
    return (Case(kwargs, get, post if post is not None else get, **options),)


def slug(key: str):
    return lambda world: {"slug": world[key].slug}


def pk(key: str):
    return lambda world: {"pk": world[key].pk}


def path_of(key: str):
    return Redirect(lambda world: world[key].get_absolute_url())


def join_requests_of(key: str):
    return lambda world: reverse("networks:join-requests", kwargs={"slug": world[key].slug})


# --- the usual groups -------------------------------------------------------------------

PUBLIC = answers(200)
LOGGED_IN = answers(200, anonymous=LOGIN)
EDITORS = answers(403, anonymous=LOGIN, editor=200)
# Coordinators keep their own network; editors any network.
COORDINATORS = answers(403, anonymous=LOGIN, editor=200, coordinator=200)
OWNER_ONLY = answers(404, anonymous=LOGIN, registered=200)
NOBODY = answers(404, anonymous=LOGIN)  # another user's object: "not found" for everybody

# The forum gate (forum/views/gate.py): members and moderators inside, suspended members
# read only; registered people, applicants, editors, coordinators and staff are no members.
FORUM_GATE = answers(APPLY, anonymous=LOGIN, member=200, suspended=200, moderator=200)
FORUM_READ = FORUM_GATE
FORUM_WRITE = {**FORUM_GATE, "suspended": 403}
FORUM_MODERATE = {**FORUM_GATE, "member": 403, "suspended": 403}


def inside_forum(**by_role: Outcome) -> dict[str, Outcome]:
    return {**FORUM_GATE, **{role.replace("_", "-"): value for role, value in by_role.items()}}


def exempt(outcomes: Mapping[str, Outcome]) -> dict[str, Outcome]:
    """Pages exempt from the two-factor duty (portal.middleware.MFA_SETUP_URL_NAMES): the
    editor without second factor gets what the editor gets."""
    return {**outcomes, "editor-no-mfa": outcomes["editor"]}


TABLE: dict[str, tuple[Case, ...]] = {
    # --- portal ----------------------------------------------------------------------------
    "healthz": one(get=exempt(PUBLIC), post=exempt(answers(405))),
    "portal:home": one(get=PUBLIC),
    "portal:profile": one(get=LOGGED_IN),
    "portal:my-data": one(get=LOGGED_IN, post=answers(405, anonymous=LOGIN)),
    "portal:my-data-export": one(get=LOGGED_IN, post=answers(405, anonymous=LOGIN)),
    # An empty form deletes nothing; the last superuser may not delete the account at all.
    "portal:delete-account": one(
        get=answers(405, anonymous=LOGIN),
        post=answers(200, anonymous=LOGIN, staff=Redirect("portal:my-data")),
    ),
    "portal:imprint": one(get=exempt(PUBLIC)),
    "portal:privacy": one(get=exempt(PUBLIC)),
    "portal:accessibility": one(get=exempt(PUBLIC)),
    "portal:about": one(get=PUBLIC),
    # --- projects --------------------------------------------------------------------------
    "projects:project-list": one(get=PUBLIC),
    "projects:project-detail": (
        Case(slug("published"), PUBLIC, PUBLIC, "published"),
        # Drafts exist for their owner and the editors only.
        Case(
            slug("own_draft"),
            answers(404, registered=200, editor=200),
            answers(404, registered=200, editor=200),
            "draft of registered",
        ),
        Case(
            slug("foreign_draft"),
            answers(404, editor=200),
            answers(404, editor=200),
            "draft of another user",
        ),
    ),
    "projects:project-archive": (
        Case(
            pk("published"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(404, anonymous=LOGIN, editor=Redirect("projects:project-list")),
            "published portrait of another user",
        ),
        Case(pk("foreign_draft"), NOBODY, NOBODY, "draft of another user"),
    ),
    "projects:my-projects": one(get=LOGGED_IN),
    "projects:project-create": one(get=LOGGED_IN),
    "projects:project-edit": (
        Case(pk("own_draft"), OWNER_ONLY, OWNER_ONLY, "draft of registered"),
        Case(pk("foreign_draft"), NOBODY, NOBODY, "draft of another user"),
        Case(pk("published"), NOBODY, NOBODY, "published portrait of another user"),
    ),
    "projects:project-preview": (
        Case(pk("own_draft"), OWNER_ONLY, OWNER_ONLY, "draft of registered"),
        Case(pk("foreign_draft"), NOBODY, NOBODY, "draft of another user"),
    ),
    "projects:project-submit": (
        Case(
            pk("own_draft"),
            OWNER_ONLY,
            answers(404, anonymous=LOGIN, registered=Redirect("projects:my-projects")),
            "draft of registered",
        ),
        Case(pk("foreign_draft"), NOBODY, NOBODY, "draft of another user"),
    ),
    "projects:project-image-delete": (
        Case(
            lambda w: {"pk": w["own_draft"].pk, "image_pk": w["own_image"].pk},
            answers(405, anonymous=LOGIN),
            answers(
                404,
                anonymous=LOGIN,
                registered=Redirect(
                    lambda w: reverse("projects:project-edit", kwargs={"pk": w["own_draft"].pk})
                ),
            ),
            "picture of registered's draft",
        ),
        Case(
            lambda w: {"pk": w["foreign_draft"].pk, "image_pk": w["foreign_image"].pk},
            answers(405, anonymous=LOGIN),
            NOBODY,
            "picture of another user's draft",
        ),
        Case(
            lambda w: {"pk": w["own_draft"].pk, "image_pk": w["foreign_image"].pk},
            answers(405, anonymous=LOGIN),
            NOBODY,
            "another user's picture under registered's draft",
        ),
    ),
    # The owner, the editors and whoever gave it may withdraw a contact person's consent.
    "projects:project-consent-withdraw": (
        Case(
            pk("own_draft"),
            answers(405, anonymous=LOGIN),
            answers(
                404,
                anonymous=LOGIN,
                registered=Redirect("projects:my-projects"),
                editor=Redirect("projects:my-projects"),
            ),
            "portrait of registered",
        ),
        Case(
            pk("published"),
            answers(405, anonymous=LOGIN),
            answers(404, anonymous=LOGIN, editor=Redirect("projects:my-projects")),
            "portrait of another user",
        ),
    ),
    "projects:review-queue": one(get=EDITORS),
    "projects:review-project": one(
        pk("submitted"),
        get=EDITORS,
        post={**EDITORS, "editor": Redirect("projects:review-queue")},
        data={"decision": "publish", "message": "Sieht gut aus."},
    ),
    "projects:article-list": one(get=PUBLIC),
    "projects:article-detail": one(slug("article"), get=PUBLIC),
    "projects:feed": one(get=PUBLIC),
    # --- faq -------------------------------------------------------------------------------
    "faq:index": one(get=PUBLIC),
    "faq:search": one(get=PUBLIC),
    "faq:ask-question": one(get=PUBLIC),
    "faq:category-detail": one(slug("category"), get=PUBLIC),
    "faq:entry-detail": one(slug("entry"), get=PUBLIC),
    # Anyone may say whether an answer helped.
    "faq:entry-feedback": one(
        slug("entry"), get=answers(405), post=answers(path_of("entry")), data={"helpful": "yes"}
    ),
    "faq:editor-dashboard": one(get=EDITORS),
    "faq:editor-entry-feedback": one(slug("entry"), get=EDITORS),
    "faq:editor-answer-question": one(
        pk("question"),
        get=EDITORS,
        post={**EDITORS, "editor": Redirect("faq:editor-dashboard")},
        data={"dismiss": "1"},
    ),
    # --- forum -----------------------------------------------------------------------------
    "forum:index": one(get=FORUM_READ),
    "forum:apply": one(
        get=answers(
            200,
            anonymous=LOGIN,
            member=Redirect("forum:index"),
            suspended=Redirect("forum:index"),
            moderator=Redirect("forum:index"),
        )
    ),
    "forum:member-list": one(get=FORUM_READ),
    "forum:settings": one(get=FORUM_READ),
    # Opened from a mail, without logging in: the signed token is the permission.
    "forum:unsubscribe": one(lambda w: {"token": w["unsubscribe_token"]}, get=PUBLIC),
    "forum:unread": one(get=FORUM_READ),
    "forum:search": one(get=FORUM_READ),
    "forum:board-detail": one(slug("board"), get=FORUM_READ),
    "forum:topic-create": one(slug("board"), get=FORUM_WRITE),
    "forum:board-subscribe": one(
        slug("board"),
        get=inside_forum(member=405, suspended=405, moderator=405),
        post=inside_forum(
            member=path_of("board"), suspended=path_of("board"), moderator=path_of("board")
        ),
        data={"subscribed": "1"},
    ),
    "forum:topic-detail": one(pk("topic"), get=FORUM_READ),
    "forum:post-create": one(pk("topic"), get=FORUM_WRITE),
    "forum:topic-subscribe": one(
        pk("topic"),
        get=inside_forum(member=405, suspended=405, moderator=405),
        post=inside_forum(
            member=path_of("topic"), suspended=path_of("topic"), moderator=path_of("topic")
        ),
        data={"subscribed": "1"},
    ),
    "forum:post-goto": one(
        pk("answer"),
        get=inside_forum(
            member=path_of("topic"), suspended=path_of("topic"), moderator=path_of("topic")
        ),
    ),
    # The first post is the member's own: only its author edits or withdraws it. Forum posts
    # are visible to every member, so another member's post is "forbidden", not "not found".
    "forum:post-edit": one(
        pk("first"),
        get={**FORUM_WRITE, "moderator": 403},
        post={**FORUM_WRITE, "member": path_of("first"), "moderator": 403},
        data={"body": "Übernommen."},
    ),
    "forum:post-withdraw": one(
        pk("first"),
        get=inside_forum(suspended=403, moderator=403),
        post=inside_forum(member=path_of("first"), suspended=403, moderator=403),
    ),
    "forum:post-report": one(pk("answer"), get=FORUM_READ),
    "forum:post-history": one(pk("first"), get=FORUM_MODERATE),
    "forum:moderation": one(get=FORUM_MODERATE),
    "forum:moderation-log": one(get=FORUM_MODERATE),
    "forum:application-list": one(get=FORUM_MODERATE),
    "forum:application-decide": one(
        pk("application"),
        get=FORUM_MODERATE,
        post={**FORUM_MODERATE, "moderator": Redirect("forum:application-list")},
        data={"decision": "approve", "message": "Willkommen!"},
    ),
    "forum:member-suspend": one(pk("member_membership"), get=FORUM_MODERATE),
    "forum:member-unsuspend": one(
        pk("suspended_membership"),
        get=FORUM_MODERATE,
        post={**FORUM_MODERATE, "moderator": Redirect("forum:member-list")},
    ),
    "forum:post-hide": one(
        pk("answer"),
        get={**FORUM_MODERATE, "moderator": 405},
        post={**FORUM_MODERATE, "moderator": path_of("answer")},
    ),
    "forum:post-restore": one(
        pk("answer"),
        get={**FORUM_MODERATE, "moderator": 405},
        post={**FORUM_MODERATE, "moderator": path_of("answer")},
    ),
    "forum:topic-moderate": one(
        pk("topic"),
        get={**FORUM_MODERATE, "moderator": 405},
        post={**FORUM_MODERATE, "moderator": path_of("topic")},
        data={"action": "lock"},
    ),
    "forum:topic-move": one(pk("topic"), get=FORUM_MODERATE),
    "forum:report-dismiss": one(
        pk("report"),
        get={**FORUM_MODERATE, "moderator": 405},
        post={**FORUM_MODERATE, "moderator": Redirect("forum:moderation")},
    ),
    # --- networks --------------------------------------------------------------------------
    "networks:network-list": one(get=PUBLIC),
    "networks:network-export": one(get=PUBLIC),
    "networks:calendar": one(get=PUBLIC),
    "networks:feed-all": one(get=PUBLIC),
    "networks:meeting-detail": (
        Case(pk("meeting"), PUBLIC, PUBLIC, "public meeting"),
        # Members-only meetings do not exist for people outside the network.
        Case(
            pk("closed_meeting"),
            answers(404, editor=200, coordinator=200),
            answers(404, editor=200, coordinator=200),
            "members-only meeting",
        ),
    ),
    "networks:join-decide": (
        Case(
            pk("join_request"),
            answers(404, anonymous=LOGIN, editor=200, coordinator=200),
            {
                **answers(404, anonymous=LOGIN, editor=200, coordinator=200),
                "editor": Redirect(join_requests_of("network")),
                "coordinator": Redirect(join_requests_of("network")),
            },
            "request to the coordinator's network",
            data={"decision": "accept", "answer": "Willkommen!"},
        ),
        # A request exists only for its network's coordinators and the editors.
        Case(
            pk("foreign_join_request"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(
                404,
                anonymous=LOGIN,
                editor=Redirect(join_requests_of("foreign_network")),
            ),
            "request to another network",
            data={"decision": "accept", "answer": "Willkommen!"},
        ),
    ),
    "networks:network-detail": one(slug("network"), get=PUBLIC),
    "networks:feed-network": one(slug("network"), get=PUBLIC),
    "networks:network-edit": (
        Case(slug("network"), COORDINATORS, COORDINATORS, "the coordinator's network"),
        Case(
            slug("foreign_network"),
            answers(403, anonymous=LOGIN, editor=200),
            answers(403, anonymous=LOGIN, editor=200),
            "another network",
        ),
        Case(
            slug("hidden_network"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(404, anonymous=LOGIN, editor=200),
            "another's unpublished network",
        ),
    ),
    "networks:join-requests": (
        Case(slug("network"), COORDINATORS, COORDINATORS, "the coordinator's network"),
        Case(
            slug("foreign_network"),
            answers(403, anonymous=LOGIN, editor=200),
            answers(403, anonymous=LOGIN, editor=200),
            "another network",
        ),
        Case(
            slug("hidden_network"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(404, anonymous=LOGIN, editor=200),
            "another's unpublished network",
        ),
    ),
    "networks:working-group-create": (
        Case(slug("network"), COORDINATORS, COORDINATORS, "the coordinator's network"),
        Case(
            slug("hidden_network"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(404, anonymous=LOGIN, editor=200),
            "another's unpublished network",
        ),
    ),
    "networks:working-group-edit": (
        Case(
            lambda w: {"slug": w["network"].slug, "pk": w["working_group"].pk},
            COORDINATORS,
            COORDINATORS,
            "group of the coordinator's network",
        ),
        Case(
            lambda w: {"slug": w["network"].slug, "pk": w["foreign_group"].pk},
            answers(403, anonymous=LOGIN, editor=404, coordinator=404),
            answers(403, anonymous=LOGIN, editor=404, coordinator=404),
            "another network's group under the coordinator's network",
        ),
    ),
    "networks:feed-working-group": one(
        lambda w: {"slug": w["network"].slug, "pk": w["working_group"].pk}, get=PUBLIC
    ),
    "networks:meeting-create": (
        Case(slug("network"), COORDINATORS, COORDINATORS, "the coordinator's network"),
        Case(
            slug("hidden_network"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(404, anonymous=LOGIN, editor=200),
            "another's unpublished network",
        ),
    ),
    "networks:meeting-edit": (
        Case(
            lambda w: {"slug": w["network"].slug, "pk": w["meeting"].pk},
            COORDINATORS,
            COORDINATORS,
            "meeting of the coordinator's network",
        ),
        Case(
            lambda w: {"slug": w["network"].slug, "pk": w["foreign_meeting"].pk},
            answers(403, anonymous=LOGIN, editor=404, coordinator=404),
            answers(403, anonymous=LOGIN, editor=404, coordinator=404),
            "another network's meeting under the coordinator's network",
        ),
    ),
    "networks:meeting-delete": (
        Case(
            lambda w: {"slug": w["network"].slug, "pk": w["meeting"].pk},
            COORDINATORS,
            {**COORDINATORS, "editor": path_of("network"), "coordinator": path_of("network")},
            "meeting of the coordinator's network",
        ),
        Case(
            lambda w: {"slug": w["network"].slug, "pk": w["foreign_meeting"].pk},
            answers(403, anonymous=LOGIN, editor=404, coordinator=404),
            answers(403, anonymous=LOGIN, editor=404, coordinator=404),
            "another network's meeting under the coordinator's network",
        ),
    ),
    "networks:organisation-list": one(get=PUBLIC),
    "networks:organisation-export": one(get=PUBLIC),
    "networks:organisation-detail": one(slug("organisation"), get=PUBLIC),
    # Published organisations are public entries: another's is "forbidden"; an unpublished
    # one is "not found" to all but its owners and the editors.
    "networks:organisation-edit": (
        Case(
            slug("organisation"),
            answers(403, anonymous=LOGIN, registered=200, editor=200),
            answers(403, anonymous=LOGIN, registered=200, editor=200),
            "organisation of registered",
        ),
        Case(
            slug("foreign_organisation"),
            answers(403, anonymous=LOGIN, editor=200),
            answers(403, anonymous=LOGIN, editor=200),
            "another user's organisation",
        ),
        Case(
            slug("hidden_organisation"),
            answers(404, anonymous=LOGIN, editor=200),
            answers(404, anonymous=LOGIN, editor=200),
            "another user's unpublished organisation",
        ),
    ),
    "networks:organisation-join": (
        Case(
            slug("organisation"),
            answers(403, anonymous=LOGIN, registered=200),
            answers(403, anonymous=LOGIN, registered=200),
            "organisation of registered",
        ),
        Case(
            slug("foreign_organisation"),
            answers(403, anonymous=LOGIN),
            answers(403, anonymous=LOGIN),
            "another user's organisation",
        ),
    ),
    "selfcheck:questionnaire-list": one(get=PUBLIC),
    "selfcheck:result-list": one(get=LOGGED_IN),
    "selfcheck:result-detail": (
        Case(pk("own_result"), OWNER_ONLY, OWNER_ONLY, "result of registered"),
        Case(pk("foreign_result"), NOBODY, NOBODY, "result of another user"),
    ),
    "selfcheck:result-delete": (
        Case(
            pk("own_result"),
            answers(405, anonymous=LOGIN),
            answers(404, anonymous=LOGIN, registered=Redirect("selfcheck:result-list")),
            "result of registered",
        ),
        Case(pk("foreign_result"), answers(405, anonymous=LOGIN), NOBODY, "result of another user"),
    ),
    "selfcheck:questionnaire-take": one(slug("questionnaire"), get=PUBLIC),
    # Without answers in the session there is no result yet: back to the questions.
    "selfcheck:questionnaire-result": one(
        slug("questionnaire"), get=answers(path_of("questionnaire"))
    ),
    "selfcheck:result-save": one(
        slug("questionnaire"),
        get=answers(405),
        post=answers(path_of("questionnaire"), anonymous=LOGIN),
    ),
    # --- accounts (allauth) ----------------------------------------------------------------
    "account_login": one(get=answers(Redirect("portal:profile"), anonymous=200)),
    "account_logout": one(
        get=exempt(answers(200, anonymous=Redirect("portal:home"))),
        post=exempt(answers(Redirect("portal:home"))),
    ),
    "account_inactive": one(get=PUBLIC, post=answers(405)),
    "account_signup": one(get=answers(Redirect("portal:profile"), anonymous=200)),
    "account_reauthenticate": one(get=exempt(LOGGED_IN)),
    # Confirming by a mailed code is switched off (ACCOUNT_REAUTHENTICATION_METHODS).
    "account_request_reauthentication_code": one(
        get=answers(403, anonymous=LOGIN), post=answers(403, anonymous=LOGIN)
    ),
    "account_confirm_reauthentication_code": one(
        get=answers(403, anonymous=LOGIN), post=answers(403, anonymous=LOGIN)
    ),
    "account_email": one(get=LOGGED_IN, post=answers(Redirect("account_email"), anonymous=LOGIN)),
    "account_email_verification_sent": one(get=PUBLIC, post=answers(405)),
    "account_change_password": one(get=LOGGED_IN),
    # Everybody here has a password: setting a first one leads to changing it.
    "account_set_password": one(get=answers(Redirect("account_change_password"), anonymous=LOGIN)),
    "account_reset_password": one(get=PUBLIC),
    "account_confirm_login_code": one(
        get=answers(Redirect("portal:profile"), anonymous=Redirect("account_login"))
    ),
    "account_confirm_email": one(lambda w: {"key": "ungueltig"}, get=PUBLIC, post=answers(404)),
    "account_reset_password_from_key_done": one(get=PUBLIC, post=answers(405)),
    "account_reset_password_from_key": one(
        lambda w: {"uidb36": "1", "key": "ungueltig-abc"}, get=PUBLIC
    ),
    "account_reset_password_done": one(get=PUBLIC, post=answers(405)),
    # The two-factor pages: a log-in made by the test (force_login) is not "recent", so changing
    # anything asks to confirm it is you first.
    "mfa_index": one(get=exempt(LOGGED_IN), post=exempt(answers(405, anonymous=LOGIN))),
    "mfa_authenticate": one(
        get=answers(Redirect("portal:profile"), anonymous=Redirect("account_login"))
    ),
    "mfa_reauthenticate": one(
        get=answers(REAUTH, anonymous=LOGIN, moderator=200, editor=200, staff=200)
    ),
    "mfa_activate_totp": one(get=exempt(answers(REAUTH, anonymous=LOGIN))),
    "mfa_deactivate_totp": one(
        get=answers(404, anonymous=LOGIN, moderator=REAUTH, editor=REAUTH, staff=REAUTH)
    ),
    # Nobody in the world has generated recovery codes.
    "mfa_view_recovery_codes": one(
        get=exempt(answers(404, anonymous=LOGIN)), post=exempt(answers(405, anonymous=LOGIN))
    ),
    "mfa_generate_recovery_codes": one(get=exempt(answers(REAUTH, anonymous=LOGIN))),
    "mfa_download_recovery_codes": one(get=exempt(answers(404, anonymous=LOGIN))),
    # Passkeys. Adding one is a way to set up the second factor, so it is open to the editor
    # without one; renaming and removing ask to confirm it is you before the key is looked up.
    "mfa_list_webauthn": one(get=LOGGED_IN, post=answers(405, anonymous=LOGIN)),
    "mfa_add_webauthn": one(get=exempt(answers(REAUTH, anonymous=LOGIN))),
    "mfa_edit_webauthn": one(lambda w: {"pk": 1}, get=answers(REAUTH, anonymous=LOGIN)),
    "mfa_remove_webauthn": one(lambda w: {"pk": 1}, get=answers(REAUTH, anonymous=LOGIN)),
    # Nobody in the world has a passkey: confirming with one leads to the other ways.
    "mfa_reauthenticate_webauthn": one(get=answers(REAUTH, anonymous=LOGIN)),
    # Without JavaScript's request for a challenge, the log-in page; logged in, the profile.
    "mfa_login_webauthn": one(
        get=answers(Redirect("portal:profile"), anonymous=Redirect("account_login"))
    ),
    "usersessions_list": one(
        get=LOGGED_IN, post=answers(Redirect("usersessions_list"), anonymous=LOGIN)
    ),
}


# --- the Django admin ---------------------------------------------------------------------
#
# Everyone but staff is sent to the admin's log-in, which sends visitors on to the portal's
# log-in (allauth's secure_admin_login, portal/urls.py) and refuses people who are logged in
# but not staff with a 403 (test_the_admin_refuses_everyone_but_staff follows both).
# Staff get the admin's own answers (see ``staff_admin_outcome`` in test_access_matrix.py):
# 200, or the admin's redirects, or its 403 where the ModelAdmin allows no such change.

ADMIN = answers(ADMIN_LOGIN, staff="admin")
ADMIN_EXCEPTIONS: dict[str, dict[str, dict[str, Outcome]]] = {
    "admin:login": {
        "get": answers(403, anonymous=LOGIN, staff=Redirect("admin:index")),
        "post": answers(403, anonymous=LOGIN, staff=200),
    },
    "admin:logout": {
        "get": answers(Redirect("admin:index"), staff=405),
        "post": answers(Redirect("admin:index"), staff=200),
    },
    # Without a field to complete the admin refuses; the page answers GET only.
    "admin:autocomplete": {
        "get": answers(ADMIN_LOGIN, staff=403),
        "post": answers(ADMIN_LOGIN, staff=405),
    },
    "admin:jsi18n": {"post": answers(ADMIN_LOGIN, staff=405)},
    "admin:password_change_done": {"post": answers(ADMIN_LOGIN, staff=405)},
}
