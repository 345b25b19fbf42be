import io
import uuid

from django.core.files.base import ContentFile
from django.db import migrations, models
from PIL import Image

import projects.models.articles

# As portal.images: covers are stored re-encoded and at most 1600 pixels wide already,
# so only the small rendition (480 pixels wide) is made here from the stored file.
SMALL_WIDTH = 480


def add_small_renditions(apps, schema_editor):
    """Give every existing cover its size and a small rendition, as new covers get."""
    Article = apps.get_model("projects", "Article")
    for article in Article.objects.exclude(cover_image="").iterator():
        try:
            with article.cover_image.open("rb") as stored, Image.open(stored) as picture:
                picture = picture.convert("RGB")
                width, height = picture.size
                if width > SMALL_WIDTH:
                    small_height = max(1, round(height * SMALL_WIDTH / width))
                    picture = picture.resize((SMALL_WIDTH, small_height), Image.LANCZOS)
                buffer = io.BytesIO()
                picture.save(buffer, format="JPEG", quality=85, optimize=True, progressive=True)
        except OSError:
            # A missing or unreadable file: the article keeps showing what it showed.
            continue
        article.cover_width, article.cover_height = width, height
        article.cover_image_small.save(
            f"{uuid.uuid4().hex}-klein.jpg", ContentFile(buffer.getvalue()), save=False
        )
        article.save(update_fields=["cover_width", "cover_height", "cover_image_small"])


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0008_review_decision_sections"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="cover_height",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="article",
            name="cover_image_small",
            field=models.ImageField(
                blank=True,
                upload_to=projects.models.articles.article_image_path,
                verbose_name="small rendition of the cover image",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="cover_width",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AlterField(
            model_name="article",
            name="cover_image",
            field=models.ImageField(
                blank=True,
                height_field="cover_height",
                upload_to=projects.models.articles.article_image_path,
                verbose_name="cover image",
                width_field="cover_width",
            ),
        ),
        migrations.RunPython(add_small_renditions, migrations.RunPython.noop, elidable=True),
    ]
