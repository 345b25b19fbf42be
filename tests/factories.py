import datetime
import io
import time

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as allauth_mfa_settings
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image

from networks.models import Meeting, Network, NetworkMembership, Organisation
from portal import roles
from portal.models import Region, TargetGroup, Topic, User
from projects.models import Article, FundingProgramme, Project
from selfcheck.models import AnswerOption, Dimension, Questionnaire, Recommendation, Statement

PASSWORD = "Sicheres-Testpasswort-1"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        # A verified primary address, as allauth keeps it after sign-up and confirmation.
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


def activate_totp(user: User) -> str:
    """Set up an authenticator app for ``user``, as on /konto/2fa/; return its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    user.totp_secret = secret
    return secret


def current_totp_code(secret: str) -> str:
    """The code an authenticator app shows right now for ``secret``."""
    return format_hotp_value(hotp_value(secret, current_totp_counter()))


def current_totp_counter() -> int:
    """The time step of now (allauth's own helper starts at the oldest step it accepts)."""
    return int(time.time()) // allauth_mfa_settings.TOTP_PERIOD


class PrivilegedUserFactory(UserFactory):
    """Editors, moderators and staff must use two-factor log-in; by default they do.

    ``PrivilegedUserFactory(mfa=False)`` makes one who has not set it up yet.
    """

    @factory.post_generation
    def mfa(user, create, extracted, **kwargs):
        if create and extracted is not False:
            activate_totp(user)


class EditorFactory(PrivilegedUserFactory):
    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=roles.EDITORS))


class ModeratorFactory(PrivilegedUserFactory):
    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=roles.MODERATORS))


class StaffFactory(PrivilegedUserFactory):
    is_staff = True
    is_superuser = True


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    name = factory.Sequence(lambda n: f"Zielgruppe {n}")
    slug = factory.Sequence(lambda n: f"zielgruppe-{n}")


def region(ags: str) -> Region:
    """A region shipped by the data migration, by its official key."""
    return Region.objects.get(ags=ags)


# --- projects ---------------------------------------------------------------------------


def image_upload(
    name: str = "foto.jpg", size=(800, 600), image_format: str = "JPEG", exif=None, color="teal"
) -> SimpleUploadedFile:
    """A real image file made with Pillow, as a browser would upload it."""
    buffer = io.BytesIO()
    image = Image.new("RGB", size, color)
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=image_format, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


class FundingProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingProgramme

    name = factory.Sequence(lambda n: f"Förderprogramm {n}")
    slug = factory.Sequence(lambda n: f"foerderprogramm-{n}")
    level = FundingProgramme.Level.LAND


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    owner = factory.SubFactory(UserFactory)
    status = Project.Status.PUBLISHED
    name = factory.Sequence(lambda n: f"Sprachcafé Nummer {n}")
    slug = factory.Sequence(lambda n: f"sprachcafe-nummer-{n}")
    summary = "Wöchentliches Treffen zum Deutschlernen im Gespräch."
    description = "Ehrenamtliche und Zugewanderte treffen sich jeden Dienstag."
    region = factory.LazyFunction(lambda: Region.objects.get(ags="16053"))
    land = factory.LazyAttribute(lambda project: project.region.land)
    sponsor_name = "Beispielverein e. V."
    sponsor_kind = "verein"
    published_at = factory.LazyFunction(timezone.now)


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    kind = Article.Kind.INTERVIEW
    title = factory.Sequence(lambda n: f"Gespräch {n}")
    slug = factory.Sequence(lambda n: f"gespraech-{n}")
    lead = "Wie ein Chor Menschen zusammenbringt."
    body = "**Frage:** Wie hat es angefangen?\n\nMit zehn Leuten."
    author_name = "Erika Beispiel"
    is_published = True


# --- forum ------------------------------------------------------------------------------


def make_member(user: User | None = None, **membership) -> User:
    """A user whose forum membership has been approved."""
    from forum.models import Membership

    user = user or UserFactory()
    Membership.objects.update_or_create(
        user=user,
        defaults={
            "status": Membership.Status.APPROVED,
            "organisation": membership.pop("organisation", "Beispielverein e. V."),
            "role": "Projektleitung",
            "motivation": "Ich möchte mich mit anderen Projekten austauschen.",
            "decided_at": timezone.now(),
            **membership,
        },
    )
    return user


class MemberFactory(UserFactory):
    @factory.post_generation
    def membership(user, create, extracted, **kwargs):
        if create:
            make_member(user, **kwargs)


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forum.Board"

    name = factory.Sequence(lambda n: f"Bereich {n}")
    slug = factory.Sequence(lambda n: f"bereich-{n}")
    description = "Austausch über die Praxis."


def start_topic(board=None, author=None, title="Wie finden wir Ehrenamtliche?", body="Hallo!"):
    """A topic with its first post, made the way members make them."""
    from forum import actions

    return actions.start_topic(
        board=board or BoardFactory(),
        author=author or MemberFactory(),
        title=title,
        body=body,
        token=None,
    )


def reply(topic, author=None, body="Eine Antwort."):
    from forum import actions

    return actions.reply_to_topic(
        topic=topic, author=author or MemberFactory(), body=body, token=None
    )


# --- networks ---------------------------------------------------------------------------


def make_organisation(name: str, *, kind=Organisation.Kind.VEREIN, ags="16051", **fields):
    slug = slugify(name)
    return Organisation.objects.create(
        name=name, slug=slug, kind=kind, region=region(ags), **fields
    )


def make_network(name: str = "Netzwerk Integration Erfurt", *, ags="16051", **fields):
    slug = fields.pop("slug", slugify(name))
    return Network.objects.create(
        name=name,
        slug=slug,
        kind=fields.pop("kind", Network.Kind.MUNICIPAL),
        scope=fields.pop("scope", Network.Scope.KOMMUNE),
        region=region(ags),
        **fields,
    )


def add_members(network: Network, count: int) -> list[Organisation]:
    kinds = list(Organisation.Kind)
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Mitglied {network.pk}-{index:03d}",
            slug=f"mitglied-{network.pk}-{index:03d}",
            kind=kinds[index % len(kinds)],
            region=network.region,
        )
        for index in range(count)
    )
    NetworkMembership.objects.bulk_create(
        NetworkMembership(network=network, organisation=organisation)
        for organisation in organisations
    )
    return organisations


def add_meeting(network: Network, *, days: int = 10, public: bool = True, **fields) -> Meeting:
    start = timezone.now() + datetime.timedelta(days=days)
    return Meeting.objects.create(
        network=network,
        title=fields.pop("title", "Netzwerktreffen"),
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place=fields.pop("place", "Rathaus, Festsaal"),
        is_public=public,
        **fields,
    )


# --- Selbstcheck -------------------------------------------------------------------------

SELFCHECK_SCALE = [("trifft nicht zu", 0), ("trifft eher nicht zu", 1), ("trifft eher zu", 2)]
SELFCHECK_SCALE += [("trifft voll zu", 3)]


def make_questionnaire(
    slug="testcheck", *, dimensions=3, statements=3, published=True, faq_entry=None
):
    """A questionnaire with a four-step scale, ``dimensions`` fields of ``statements`` each and
    three recommendation bands per field."""
    questionnaire = Questionnaire.objects.create(
        title=f"Check {slug}", slug=slug, intro="Ein **kurzer** Check.", is_published=published
    )
    for position, (label, score) in enumerate(SELFCHECK_SCALE):
        AnswerOption.objects.create(
            questionnaire=questionnaire, label=label, score=score, position=position
        )
    for number in range(dimensions):
        dimension = Dimension.objects.create(
            questionnaire=questionnaire, title=f"Handlungsfeld {number + 1}", position=number
        )
        Statement.objects.bulk_create(
            Statement(dimension=dimension, text=f"Aussage {number + 1}.{index + 1}", position=index)
            for index in range(statements)
        )
        for low, high, word in [(0, 39, "niedrig"), (40, 69, "mittel"), (70, 100, "hoch")]:
            recommendation = Recommendation.objects.create(
                dimension=dimension,
                min_percent=low,
                max_percent=high,
                text=f"Empfehlung {number + 1} {word}",
            )
            if faq_entry is not None:
                recommendation.faq_entries.add(faq_entry)
    return questionnaire
