from __future__ import annotations

import datetime
import html
from itertools import chain

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from portal.markdown import markdown_to_text
from projects.models import Article, Project

FEED_LENGTH = 30


class NewContentFeed(Feed):
    """New portraits and articles in one Atom feed, newest first."""

    feed_type = Atom1Feed

    def link(self) -> str:
        # Reversed per request, so that each language's feed leads to the list in that language;
        # the portraits' list, as no page lists portraits and articles together. Absolute
        # from SITE_URL: the request's Host header is the sender's to choose.
        return settings.SITE_URL + reverse("projects:project-list")

    def feed_url(self) -> str:
        return settings.SITE_URL + reverse("projects:feed")

    def item_link(self, item) -> str:
        return settings.SITE_URL + item.get_absolute_url()

    def title(self) -> str:
        return _("%(site)s: new portraits and articles") % {"site": settings.SITE_NAME}

    def subtitle(self) -> str:
        return _("Project portraits, interviews, expert articles and success stories.")

    def items(self):
        projects = Project.objects.published().only(
            "name", "slug", "summary", "published_at", "updated_at"
        )[:FEED_LENGTH]
        articles = Article.objects.published().only(
            "title", "slug", "lead", "published_on", "updated_at"
        )[:FEED_LENGTH]
        return sorted(chain(projects, articles), key=self.item_pubdate, reverse=True)[:FEED_LENGTH]

    def item_title(self, item) -> str:
        return item.name if isinstance(item, Project) else item.title

    def item_description(self, item) -> str:
        text = markdown_to_text(item.summary if isinstance(item, Project) else item.lead)
        # Atom marks the summary as HTML: the plain text is escaped so that readers show it.
        return html.escape(text, quote=False)

    def item_pubdate(self, item) -> datetime.datetime:
        if isinstance(item, Project):
            return item.published_at
        return timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time(8)))

    def item_updateddate(self, item) -> datetime.datetime:
        return item.updated_at
