import re

import pytest
from django.urls import reverse
from PIL import Image

from portal.images import process_image
from projects.demo import load_articles
from projects.models import Article
from tests.factories import ArticleFactory, image_upload

pytestmark = pytest.mark.django_db


def article_with_cover(**fields) -> Article:
    article = ArticleFactory.build(cover_alt_text="Menschen an einem Tisch", **fields)
    article.set_cover(process_image(image_upload(size=(1200, 800))))
    article.save()
    return article


def img_tags(html: str) -> list[str]:
    return re.findall(r"<img\b[^>]*>", html)


def test_the_article_list_shows_the_small_rendition_not_the_original(client, media_root):
    article = article_with_cover()

    html = client.get(reverse("projects:article-list")).content.decode()

    [img] = img_tags(html)
    assert f'src="{article.cover_image_small.url}"' in img
    assert f'srcset="{article.cover_image_small.url} 480w"' in img
    assert 'sizes="240px"' in img
    assert article.cover_image.url not in html
    assert 'width="240"' in img and 'height="160"' in img
    with Image.open(article.cover_image_small.path) as small:
        assert small.size == (480, 320)


def test_the_article_page_offers_both_renditions_with_their_size(client, media_root):
    article = article_with_cover()

    html = client.get(article.get_absolute_url()).content.decode()

    [img] = img_tags(html)
    assert f'srcset="{article.cover_image_small.url} 480w, {article.cover_image.url} 1200w"' in img
    assert "sizes=" in img
    assert 'width="1200"' in img and 'height="800"' in img


def test_an_article_without_a_cover_gets_the_placeholder_not_a_picture(client, media_root):
    ArticleFactory()

    html = client.get(reverse("projects:article-list")).content.decode()

    assert img_tags(html) == []
    assert '<div class="result__image placeholder"><svg class="icon"' in html


def test_demo_articles_get_a_small_rendition(media_root):
    load_articles()

    articles = Article.objects.all()
    assert articles
    for article in articles:
        assert article.cover_image_small, article.slug
        assert (article.cover_width, article.cover_height) == (1200, 800)
