"""Demo portraits, funding programmes and articles (fictional, based on public facts).

The content lives in files under ``projects/demo/`` (see ``portal.demo_content``): one
Markdown file per portrait (description, with the sections ``goals`` and ``lessons``) and per
article (body), and ``funding-programmes.toml``. Portraits are published in the order of their
file names, one every few days back from today.

The pictures are generated: no photos of real projects are available, so each portrait
gets a simple graphic with its name, and alt texts that say so.
"""

from __future__ import annotations

import datetime
import hashlib
import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from portal.demo_content import read_entries, read_records
from portal.images import process_image
from portal.models import Region, TargetGroup, Topic, User
from projects.models import Article, FundingProgramme, Project, ProjectImage

CONTENT = Path(__file__).resolve().parent / "demo"
# Pillow's built-in font lacks ä, ö, ü, ß, „“ and –; DejaVu Sans has every German character.
FONT = Path(__file__).resolve().parent.parent / "portal" / "fonts" / "DejaVuSans-Bold.ttf"


def funding_programmes() -> list[dict]:
    return read_records(CONTENT / "funding-programmes.toml")["programme"]


def portraits() -> list[dict]:
    """The demo portraits as dicts of model fields (plus keys, contact and image texts)."""
    return [
        {**entry.meta, "description": entry.body, **entry.sections}
        for entry in read_entries(CONTENT / "portraits")
    ]


def articles() -> list[dict]:
    return [{**entry.meta, "body": entry.body} for entry in read_entries(CONTENT / "articles")]


PALETTES = [
    ("#0b5f6e", "#f2c14e", "#e8f1f2"),
    ("#7a3b69", "#f4a261", "#fbeff5"),
    ("#2a6f3e", "#e9c46a", "#edf6ee"),
    ("#264d8c", "#f28482", "#eef2fa"),
]


def placeholder_image(title: str, seed: str) -> SimpleUploadedFile:
    """A calm graphic with overlapping circles and the title, as a PNG upload."""
    digest = hashlib.sha256(seed.encode()).digest()
    dark, accent, light = PALETTES[digest[0] % len(PALETTES)]
    image = Image.new("RGB", (1200, 800), light)
    draw = ImageDraw.Draw(image)
    for index in range(5):
        x = 200 + digest[index + 1] * 3
        y = 150 + digest[index + 6] * 2
        radius = 90 + digest[index + 11] // 2
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=accent if index % 2 else dark
        )
    font = ImageFont.truetype(FONT, size=56)
    words, lines, line = title.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) > 1040:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    top = 800 - 60 - 70 * len(lines)
    draw.rectangle((0, top - 30, 1200, 800), fill=dark)
    for number, text in enumerate(lines):
        draw.text((80, top + 70 * number), text, font=font, fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return SimpleUploadedFile(f"{seed}.png", buffer.getvalue(), content_type="image/png")


def load_funding_programmes() -> dict[str, FundingProgramme]:
    programmes = {}
    for item in funding_programmes():
        programmes[item["slug"]], _ = FundingProgramme.objects.get_or_create(
            slug=item["slug"],
            defaults={"name": item["name"], "level": item["level"], "url": item["url"]},
        )
    return programmes


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def load_projects(owner: User | None, editor: User | None) -> None:
    programmes = load_funding_programmes()
    regions = {region.ags: region for region in Region.objects.select_related("land")}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    groups = {group.slug: group for group in TargetGroup.objects.all()}
    now = timezone.now()
    for age, item in enumerate(portraits()):
        if Project.objects.filter(slug=item["slug"]).exists():
            continue
        region = regions[item["region_ags"]]
        contact = item.get("contact") or {}
        consent = bool(contact.get("consent"))
        project = Project.objects.create(
            owner=owner,
            status=Project.Status.PUBLISHED,
            slug=item["slug"],
            name=item["name"],
            summary=item["summary"],
            description=item["description"],
            goals=item["goals"],
            lessons=item["lessons"],
            region=region,
            land=region.land,
            place=item["place"],
            sponsor_name=item["sponsor_name"],
            sponsor_kind=item["sponsor_kind"],
            partners=item["partners"],
            languages=item["languages"],
            start_date=_date(item.get("start_date")),
            end_date=_date(item.get("end_date")),
            website=item["website"],
            contact_name=contact.get("name", ""),
            contact_email=contact.get("email", ""),
            contact_phone=contact.get("phone", ""),
            contact_consent_at=now if consent else None,
            contact_consent_by=owner if consent else None,
            contact_consent_text="Demo: Einwilligung zur Veröffentlichung (fiktiv)"
            if consent
            else "",
            published_at=now - datetime.timedelta(days=3 * age + 1),
            updated_at=now - datetime.timedelta(days=2 * age),
        )
        project.topics.set([topics[slug] for slug in item["topics"] if slug in topics])
        project.target_groups.set(
            [groups[slug] for slug in item["target_groups"] if slug in groups]
        )
        project.funding_programmes.set([programmes[slug] for slug in item["funding"]])
        processed = process_image(placeholder_image(item["name"], item["slug"]))
        ProjectImage.objects.create(
            project=project,
            image=processed.large,
            image_small=processed.small,
            alt_text=item["image_alt"],
            caption=item.get("image_caption", ""),
            credit=item.get("image_credit", ""),
            position=1,
            approved=True,
        )


def load_articles() -> None:
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for item in articles():
        if Article.objects.filter(slug=item["slug"]).exists():
            continue
        processed = process_image(placeholder_image(item["title"], item["slug"]))
        article = Article(
            slug=item["slug"],
            kind=item["kind"],
            title=item["title"],
            lead=item["lead"],
            body=item["body"],
            author_name=item["author_name"],
            author_role=item["author_role"],
            published_on=_date(item["published_on"]),
            is_published=True,
            cover_alt_text=item["image_alt"],
        )
        article.set_cover(processed)
        article.save()
        article.topics.set([topics[slug] for slug in item["topics"] if slug in topics])
        article.projects.set(Project.objects.filter(slug__in=item["projects"]))


@transaction.atomic
def load_all() -> None:
    owner = User.objects.filter(email="koordination@example.org").first()
    editor = User.objects.filter(email="redaktion@example.org").first()
    load_projects(owner, editor)
    load_articles()
