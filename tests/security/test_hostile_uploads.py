"""Every hostile or odd file of the corpus through every image upload of the portal.

Each upload is posted through the real form as the person who may use it. A refused file
re-renders the form with a message for the upload field and changes nothing, neither in
the database nor in MEDIA_ROOT; a stored file is a clean JPEG under a name the server
made. No file may end in a server error.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.urls import reverse
from django.utils.html import escape
from PIL import Image, ImageFile

from networks.models import Network, Organisation
from portal import images
from projects.models import Article, Project, ProjectImage
from tests import factories
from tests.factories import make_network, make_organisation
from tests.networks.test_coordination import network_form, organisation_form
from tests.projects.test_views import form_data as project_form
from tests.security.hostile_files import CORPUS, HostileFile, jpeg_of_30_mb

pytestmark = pytest.mark.django_db

# What the user reads (German is the default language), by the reason of the refusal.
MESSAGES = {
    "empty": "Die übertragene Datei ist leer.",
    "not_an_image": "Diese Datei ist kein Bild, das wir verwenden können. "
    "Bitte laden Sie ein JPEG, PNG, WebP oder GIF hoch.",
    # Rounded up, so that a file just over the limit does not read "10,0 MB".
    "too_large": "Das Bild ist zu groß (10,1 MB). Erlaubt sind höchstens 10 MB.",
    "too_many_pixels": "Das Bild hat zu viele Pixel",
    "bad_proportions": "Das Bild ist zu klein oder zu schmal. "
    "Bitte laden Sie ein Foto oder eine Grafik hoch.",
}

# A stored name: 32 hex digits from uuid4, the small rendition marked, always ".jpg".
SERVER_MADE_NAME = re.compile(r"[0-9a-f]{32}(-klein)?\.jpg")

# What Pillow itself writes into a fresh JPEG; anything else came from the upload.
CLEAN_JPEG_INFO = {
    "jfif",
    "jfif_version",
    "jfif_unit",
    "jfif_density",
    "progressive",
    "progression",
}

# Traces of metadata and payloads that no stored file may carry, whatever was planted.
FORBIDDEN_BYTES = (b"Exif", b"<script", b"<?php", b"PK\x03\x04", b"xmpmeta", b"8BIM", b"ICC_")

BOUNDARY = "HostileUploadBoundary7MA4YWxkTrZu0gW"


def multipart(fields: dict, file_field: str, file_name: str, content: bytes) -> bytes:
    """A form body as a browser sends it.

    The test client's own encoder keeps only the base name of a file, so the path and
    Unicode tricks would never reach the server; this one sends the name as it is.
    """
    parts = []
    for key, value in fields.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            parts.append(f'Content-Disposition: form-data; name="{key}"\r\n\r\n{item}'.encode())
    # Browsers escape only quotes and line breaks in the file name.
    quoted = file_name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
    parts.append(
        f'Content-Disposition: form-data; name="{file_field}"; filename="{quoted}"\r\n'
        "Content-Type: image/jpeg\r\n\r\n".encode()
        + content
    )
    separator = f"\r\n--{BOUNDARY}\r\n".encode()
    return f"--{BOUNDARY}\r\n".encode() + separator.join(parts) + f"\r\n--{BOUNDARY}--\r\n".encode()


@dataclass
class Endpoint:
    """One upload form: where it is, what else it needs, and what it changes."""

    url: str
    file_field: str
    fields: dict
    # The stored files the database refers to after the post.
    stored_files: Callable[[], list]
    # True while the database holds what it held before the post.
    unchanged: Callable[[], bool]
    # The form that the re-rendered page shows.
    form_in: Callable[[object], object] = lambda response: response.context["form"]

    def post(self, client, file_name: str, content: bytes):
        body = multipart(self.fields, self.file_field, file_name, content)
        return client.post(self.url, body, content_type=f"multipart/form-data; boundary={BOUNDARY}")


def project_create(client) -> Endpoint:
    owner = factories.UserFactory()
    client.force_login(owner)
    return Endpoint(
        url=reverse("projects:project-create"),
        file_field="image",
        fields=project_form(image_alt_text="Menschen beim Sprachcafé"),
        stored_files=lambda: [
            file
            for image in ProjectImage.objects.all()
            for file in (image.image, image.image_small)
        ],
        unchanged=lambda: not Project.objects.exists() and not ProjectImage.objects.exists(),
    )


def project_edit(client) -> Endpoint:
    project = factories.ProjectFactory(status=Project.Status.DRAFT, name="Sprachcafé Lobeda")
    client.force_login(project.owner)
    return Endpoint(
        url=reverse("projects:project-edit", args=[project.pk]),
        file_field="image",
        fields=project_form(
            name="Geänderter Name",
            image_alt_text="Menschen beim Sprachcafé",
            lock_version=project.lock_version,
        ),
        stored_files=lambda: [
            file for image in project.images.all() for file in (image.image, image.image_small)
        ],
        unchanged=lambda: (
            Project.objects.get(pk=project.pk).name == "Sprachcafé Lobeda"
            and not project.images.exists()
        ),
    )


def network_logo(client) -> Endpoint:
    coordinator = factories.UserFactory()
    network = make_network(email="netzwerk@example.org")
    network.coordinators.add(coordinator)
    client.force_login(coordinator)

    def current() -> Network:
        return Network.objects.get(pk=network.pk)

    return Endpoint(
        url=reverse("networks:network-edit", args=[network.slug]),
        file_field="new_logo",
        fields=network_form(network, name="Geänderter Name"),
        stored_files=lambda: [current().logo] if current().logo else [],
        unchanged=lambda: current().name == network.name and not current().logo,
    )


def organisation_logo(client) -> Endpoint:
    owner = factories.UserFactory()
    organisation = make_organisation("Kulturbrücke e. V.")
    organisation.owners.add(owner)
    client.force_login(owner)

    def current() -> Organisation:
        return Organisation.objects.get(pk=organisation.pk)

    return Endpoint(
        url=reverse("networks:organisation-edit", args=[organisation.slug]),
        file_field="new_logo",
        fields=organisation_form(organisation, name="Geänderter Name"),
        stored_files=lambda: [current().logo] if current().logo else [],
        unchanged=lambda: current().name == organisation.name and not current().logo,
    )


def article_cover(client) -> Endpoint:
    client.force_login(factories.EditorFactory(is_staff=True))
    return Endpoint(
        url=reverse("admin:projects_article_add"),
        file_field="cover_image",
        fields={
            "kind": Article.Kind.INTERVIEW,
            "title": "Wie ein Sprachcafé entsteht",
            "slug": "wie-ein-sprachcafe-entsteht",
            "lead": "Drei Ehrenamtliche erzählen.",
            "body": "Am Anfang stand ein Aushang in der Bibliothek.",
            "author_name": "Redaktion",
            "author_role": "",
            "published_on": "2025-03-01",
            "cover_alt_text": "Tische mit Kaffeetassen",
            "_save": "Sichern",
        },
        stored_files=lambda: [
            file
            for article in Article.objects.all()
            for file in (article.cover_image, article.cover_image_small)
        ],
        unchanged=lambda: not Article.objects.exists(),
        form_in=lambda response: response.context["adminform"].form,
    )


ENDPOINTS = {
    "project-create": project_create,
    "project-edit": project_edit,
    "network-logo": network_logo,
    "organisation-logo": organisation_logo,
    "article-cover": article_cover,
}


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


@pytest.fixture(params=list(ENDPOINTS))
def endpoint(request, client, media_root) -> Endpoint:
    return ENDPOINTS[request.param](client)


def files_in(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def assert_refused(response, endpoint: Endpoint, message: str, media_root: Path):
    assert response.status_code == 200, "the form is shown again"
    form = endpoint.form_in(response)
    # Only the file is at fault: the rest of the form was valid.
    assert set(form.errors) == {endpoint.file_field}, form.errors
    assert escape(message) in response.content.decode(), form.errors
    assert endpoint.unchanged()
    assert files_in(media_root) == set()


def assert_stored_clean(response, endpoint: Endpoint, case: HostileFile, media_root: Path):
    assert response.status_code == 302, endpoint.form_in(response).errors
    stored = endpoint.stored_files()
    assert stored, "the picture was stored"
    # Nothing was written beside the files that the database knows.
    assert files_in(media_root) == {file.name for file in stored}
    for file in stored:
        folder, _, name = file.name.rpartition("/")
        assert folder in {"projekte", "logos", "beitraege"}
        assert SERVER_MADE_NAME.fullmatch(name), name
        raw = Path(file.path).read_bytes()
        for trace in (*case.planted, *FORBIDDEN_BYTES):
            assert trace not in raw, trace
        with Image.open(io.BytesIO(raw)) as image:
            assert image.format == "JPEG" and image.mode == "RGB"
            assert set(image.info) <= CLEAN_JPEG_INFO, image.info.keys()
            assert not image.getexif()
            assert [marker for marker, _ in image.applist] == ["APP0"]  # JFIF only
            if case.stored_size:
                assert image.size == case.stored_size


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_hostile_file_is_refused_or_stored_clean(case, endpoint, client, media_root):
    response = endpoint.post(client, case.file_name, case.content)
    assert response.status_code != 500
    if case.outcome == "refused":
        assert_refused(response, endpoint, MESSAGES[case.reason], media_root)
    else:
        assert_stored_clean(response, endpoint, case, media_root)


def test_the_corpus_is_large_and_varied():
    assert len(CORPUS) >= 30
    assert len({case.id for case in CORPUS}) == len(CORPUS)
    assert {case.outcome for case in CORPUS} == {"refused", "stored"}
    assert {case.reason for case in CORPUS if case.outcome == "refused"} == set(MESSAGES)


def test_a_huge_upload_waits_on_disk_and_is_refused_by_its_size_unread(
    endpoint, client, media_root, monkeypatch
):
    """A 30 MB upload must not be held in memory, and must not be decoded at all."""
    seen = []
    original = images.process_image

    def spy(upload):
        seen.append((type(upload), upload.tell()))
        return original(upload)

    monkeypatch.setattr("projects.forms.process_image", spy)
    monkeypatch.setattr("networks.forms.process_image", spy)
    monkeypatch.setattr("projects.admin.process_image", spy)
    # Reading its header is cheap; decoding its pixels must not even start.
    monkeypatch.setattr(ImageFile.ImageFile, "load", pytest.fail)

    response = endpoint.post(client, "riesig.jpg", jpeg_of_30_mb())
    assert response.status_code == 200
    assert escape("Das Bild ist zu groß (30,1 MB). Erlaubt sind höchstens 10 MB.") in (
        response.content.decode()
    )
    # Django streamed it to a temporary file (FILE_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB).
    assert seen == [(TemporaryUploadedFile, 0)]
    assert endpoint.unchanged()
