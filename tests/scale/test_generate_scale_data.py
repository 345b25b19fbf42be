"""`manage.py generate_scale_data`, run for real at two tiny sizes.

Besides the data themselves (sizes, counters, marker shares, the same data from the same
seed), the main pages are requested at both sizes: their number of queries must be the
same, and none may count posts, portraits or organisations without a bound.
"""

from __future__ import annotations

import hashlib
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.models import Count, F, Max, Min, OuterRef, Subquery, Sum
from django.test.utils import CaptureQueriesContext

from devkit import scale
from faq.models import Category, Entry
from forum.models import Board, Membership, Post, ReadState, Topic
from networks.models import Network, NetworkMembership, Organisation
from portal.markdown import render_markdown
from portal.paging import KeysetPaginator
from portal.search import search_query
from projects.models import Project
from selfcheck.models import Questionnaire
from tests import factories

pytestmark = pytest.mark.django_db

# Lists are shorter than a page at the first size and longer at the second, so that a
# query per row would show as a difference.
FIRST, SECOND = 0.001, 0.005
PREFIX = scale.SLUG_PREFIX


def generate(factor: float, *options: str) -> str:
    out = io.StringIO()
    call_command("generate_scale_data", "--factor", str(factor), *options, stdout=out)
    return out.getvalue()


def scale_projects():
    return Project.objects.filter(slug__startswith=PREFIX)


def scale_entries():
    return Entry.objects.filter(category__slug__startswith=PREFIX)


def scale_topics():
    return Topic.objects.filter(board__slug__startswith=PREFIX)


def scale_posts():
    return Post.objects.filter(topic__board__slug__startswith=PREFIX)


def scale_organisations():
    return Organisation.objects.filter(slug__startswith=PREFIX)


def scale_networks():
    return Network.objects.filter(slug__startswith=PREFIX)


# --- the data ------------------------------------------------------------------------------


@pytest.mark.parametrize("factor", [FIRST, SECOND])
def test_sizes_follow_the_factor(factor):
    output = generate(factor)
    sizes = scale.Scale.of(factor)
    assert scale_projects().published().count() == sizes.portraits
    assert scale_entries().published().count() == sizes.faq_entries
    assert scale_posts().count() == sizes.posts
    assert scale_topics().count() == sizes.topics
    assert scale_organisations().count() == sizes.organisations
    assert scale_networks().count() == sizes.networks
    assert Membership.objects.approved().filter(
        user__email__endswith=scale.SCALE_EMAIL_DOMAIN
    ).count() == (sizes.members)
    # One topic holds a fifth of the posts, and no other comes near it.
    sizes_by_topic = sorted(scale_topics().values_list("post_count", flat=True), reverse=True)
    assert sizes_by_topic[0] == round(sizes.posts * scale.GIANT_TOPIC_SHARE)
    assert sizes_by_topic[1] < sizes_by_topic[0] / 2
    assert "Share of rows a search finds" in output


def test_small_and_large_are_a_tenth_apart():
    small, large = scale.Scale.named("small"), scale.Scale.named("large")
    assert (large.portraits, large.faq_entries, large.posts) == (10_000, 100_000, 1_000_000)
    assert (large.topics, large.giant_topic_posts) == (20_000, 200_000)
    assert (large.organisations, large.networks) == (50_000, 2_000)
    for name in ("portraits", "faq_entries", "posts", "topics", "organisations", "networks"):
        assert getattr(small, name) * 10 == getattr(large, name)


def test_forum_counters_match_the_rows():
    generate(SECOND)
    newest = Post.objects.filter(topic=OuterRef("pk")).order_by("-number")
    oldest = Post.objects.filter(topic=OuterRef("pk")).order_by("number")
    topics = scale_topics().annotate(
        counted=Count("posts"),
        lowest=Min("posts__number"),
        highest=Max("posts__number"),
        newest_id=Subquery(newest.values("pk")[:1]),
        newest_at=Subquery(newest.values("created_at")[:1]),
        oldest_author=Subquery(oldest.values("author")[:1]),
        oldest_at=Subquery(oldest.values("created_at")[:1]),
    )
    for topic in topics:
        # Numbers 1..n, each once (the pair is unique), and the counters agree with them.
        assert (topic.lowest, topic.highest, topic.counted) == (
            1,
            topic.post_count,
            topic.post_count,
        )
        assert topic.last_post_id == topic.newest_id
        assert topic.last_activity_at == topic.newest_at
        assert (topic.created_at, topic.author_id) == (topic.oldest_at, topic.oldest_author)
    # Within a topic, a later number was written later.
    later_but_older = scale_posts().filter(
        number__gt=1,
        created_at__lt=Subquery(
            Post.objects.filter(topic=OuterRef("topic"), number=OuterRef("number") - 1).values(
                "created_at"
            )[:1]
        ),
    )
    assert not later_but_older.exists()
    for board in Board.objects.filter(slug__startswith=PREFIX).annotate(
        topics_counted=Count("topics"), posts_counted=Sum("topics__post_count")
    ):
        assert board.topic_count == board.topics_counted
        assert board.post_count == (board.posts_counted or 0)
        latest = board.topics.order_by("-last_activity_at", "-id").first()
        assert board.last_topic_id == (latest.pk if latest else None)
        assert board.last_activity_at == (latest.last_activity_at if latest else None)
    # Every author is an approved member, subscribed to and marked as having read their topic.
    authors = set(scale_posts().values_list("author", flat=True))
    approved = set(Membership.objects.approved().values_list("user", flat=True))
    assert authors <= approved
    read = ReadState.objects.filter(topic__board__slug__startswith=PREFIX)
    assert read.count() == scale_posts().values("author", "topic").distinct().count()
    assert not read.exclude(
        last_read_number=Subquery(
            Post.objects.filter(topic=OuterRef("topic"), author=OuterRef("user"))
            .order_by("-number")
            .values("number")[:1]
        )
    ).exists()
    # Keyset columns are (nearly) distinct.
    times = list(scale_topics().values_list("last_activity_at", flat=True))
    assert len(set(times)) == len(times)


def test_directory_and_faq_are_consistent():
    generate(SECOND)
    assert not scale_organisations().filter(network_memberships__isnull=True).exists()
    assert not scale_networks().filter(memberships__isnull=True).exists()
    # Every network has one coordinating member, and a district is in its Land.
    coordinating = NetworkMembership.objects.filter(
        network__slug__startswith=PREFIX, role=NetworkMembership.Role.COORDINATION
    )
    assert coordinating.count() == scale_networks().count()
    assert not scale_projects().exclude(land=F("region__land")).exists()
    for category in Category.objects.filter(slug__startswith=PREFIX):
        assert category.entry_count == category.entries.published().count()
    assert Questionnaire.objects.filter(is_published=True).exists()
    # The HTML is what the Markdown renderer makes of the text.
    for entry in scale_entries().order_by("?")[:20]:
        assert entry.answer_html == render_markdown(entry.answer)
    for project in scale_projects()[:10]:
        assert project.description_html == render_markdown(project.description)
    for post in scale_posts().order_by("?")[:20]:
        assert post.body_html == render_markdown(post.body)
    slugs = list(scale_projects().values_list("published_at", flat=True))
    assert len(set(slugs)) == len(slugs)


def test_search_terms_find_their_planned_shares():
    generate(SECOND)
    sizes = scale.Scale.of(SECOND)
    datasets = {
        "portraits": (scale_projects(), sizes.portraits),
        "entries": (scale_entries(), sizes.faq_entries),
        "posts": (scale_posts(), sizes.posts),
        "organisations": (scale_organisations(), sizes.organisations),
    }
    for label, (queryset, total) in datasets.items():
        for key, (word, share) in scale.SEARCH_TERMS.items():
            found = queryset.filter(search_vector=search_query(word)).count()
            assert found == max(1, round(total * share)), (label, key, found)
        assert not queryset.filter(search_vector=search_query(scale.MISSING_TERM)).exists()


def test_no_word_of_the_vocabulary_matches_a_marker():
    """Prefix search: no other lexeme may start with a marker's stem."""
    from devkit.scale import faq as faq_data
    from devkit.scale import forum as forum_data
    from devkit.scale import networks as network_data
    from devkit.scale import projects as project_data

    words = [
        *scale.NOUNS, *scale.TARGET_GROUPS, *scale.MONEY, *scale.DISTRICTS, *scale.SENTENCES,
        *scale.FIRST_NAMES, *scale.ROLES, *project_data.KINDS, *project_data.SPONSORS,
        *project_data.LANGUAGES, *faq_data.QUESTIONS, *(name for _s, name in faq_data.CATEGORIES),
        *forum_data.TITLES, forum_data.GIANT_TITLE,
        *(text for _slug, name, text in forum_data.BOARDS for text in (name, text)),
        *network_data.NATIONS, *network_data.CAUSES, *network_data.WORDS, *network_data.THEMES,
        *network_data.WORKING_GROUPS, *network_data.STREETS,
        *(template for template, _k, _w in network_data.ORGANISATIONS),
        *(name for _k, _w, names in network_data.NETWORKS for name in names),
        *(place for _id, _land, place in scale.district_rows()),
    ]  # fmt: skip
    markers = [word for word, _share in scale.SEARCH_TERMS.values()] + [scale.MISSING_TERM]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT lexeme FROM unnest(to_tsvector('german', %s)) AS v(lexeme)",
            [" ".join(words).replace("{", " ").replace("}", " ")],
        )
        lexemes = {row[0] for row in cursor.fetchall()}
        stems = []
        for marker in markers:
            cursor.execute("SELECT to_tsquery('german', %s)::text", [f"{marker.lower()}:*"])
            stems.append(cursor.fetchone()[0].split("'")[1])
        # The marker sentences bring only their own marker.
        for key, sentences in scale.MARKER_SENTENCES.items():
            cursor.execute("SELECT to_tsvector('german', %s)::text", [" ".join(sentences)])
            vector = cursor.fetchone()[0]
            own = scale.SEARCH_TERMS[key][0]
            for marker, stem in zip(markers, stems, strict=True):
                assert (f"'{stem}" in vector) == (marker == own), (key, marker)
    assert len(set(stems)) == len(stems)
    clashes = {lexeme for lexeme in lexemes for stem in stems if lexeme.startswith(stem)}
    assert not clashes


def test_markdown_shortcut_renders_like_the_renderer():
    import random

    text = scale.TextGenerator(random.Random(1))
    for _ in range(30):
        paragraphs = text.with_markers(text.paragraphs(3), ["half", "rare"])
        markdown = scale.markdown_text(paragraphs)
        assert scale.paragraphs_html(paragraphs) == render_markdown(markdown)


def fingerprint() -> dict[str, str]:
    def digest(values) -> str:
        return hashlib.sha256("\x1f".join(map(str, values)).encode()).hexdigest()

    return {
        "projects": digest(scale_projects().order_by("slug").values_list("slug", "description")),
        "entries": digest(scale_entries().order_by("slug").values_list("slug", "answer")),
        "posts": digest(
            scale_posts().order_by("created_at").values_list("topic__title", "number", "body")
        ),
        "organisations": digest(
            scale_organisations().order_by("slug").values_list("slug", "languages", "region")
        ),
    }


def test_refuses_to_run_twice_replaces_and_gives_the_same_data(faq):
    generate(FIRST)
    before = fingerprint()
    with pytest.raises(CommandError, match="--replace"):
        generate(FIRST)
    output = generate(FIRST, "--replace")
    assert "Deleted earlier scale data" in output
    assert fingerprint() == before
    assert scale_posts().count() == scale.Scale.of(FIRST).posts
    # Another seed makes other data.
    generate(FIRST, "--replace", "--seed", "7")
    assert fingerprint()["posts"] != before["posts"]
    # Deleting leaves what was there before (the FAQ fixture) alone.
    call_command("generate_scale_data", "--delete", stdout=io.StringIO())
    assert not scale_posts().exists() and not scale_projects().exists()
    assert not scale_organisations().exists() and not scale_entries().exists()
    assert Entry.objects.count() == len(faq)
    assert not scale.people_exist()


def test_needs_a_size():
    with pytest.raises(CommandError, match="--scale"):
        call_command("generate_scale_data", stdout=io.StringIO())


# --- query counts ----------------------------------------------------------------------------

BIG_TABLES = ("forum_post", "projects_project", "networks_organisation")
# A bounded count: COUNT(*) over a subquery that stops at a LIMIT (portal.paging).
BOUNDED_COUNT = re.compile(r"COUNT\(\*\).*FROM \(SELECT .* LIMIT \d+\) subquery", re.S)


def page_urls() -> dict[str, str]:
    """The main pages, found in the generated data the same way at every size."""
    newest = list(scale_projects().order_by("-published_at", "-id")[:3])
    cursor = KeysetPaginator(Project.objects.all(), ["-published_at", "-id"]).cursor_at(
        [newest[-1].published_at.isoformat(), newest[-1].pk]
    )
    entry = scale_entries().order_by("slug").first()
    giant = scale_topics().order_by("-post_count").first()
    short = scale_topics().order_by("post_count", "pk").first()
    network = scale_networks().annotate(size=Count("memberships")).order_by("-size").first()
    organisation = scale_organisations().order_by("slug").first()
    questionnaire = Questionnaire.objects.filter(is_published=True).order_by("position").first()
    urls = {
        "home": "/",
        "project list": "/projekte/",
        "project list, filtered": "/projekte/?thema=sprache-und-bildung&sortierung=name",
        "project list, search": "/projekte/?q=Beratung",
        "project list, next page": f"/projekte/?nach={cursor}",
        "project list, last page": "/projekte/?seite=letzte",
        "project": newest[0].get_absolute_url(),
        "faq": "/faq/",
        "faq category": entry.category.get_absolute_url(),
        "faq entry": entry.get_absolute_url(),
        "faq search, nothing found": f"/faq/suche/?q={scale.MISSING_TERM}",
        "forum": "/forum/",
        "forum board": giant.board.get_absolute_url(),
        "forum board, last page": f"{giant.board.get_absolute_url()}?seite=letzte",
        "forum topic": giant.get_absolute_url(),
        "forum topic, last page": f"{giant.get_absolute_url()}?seite=letzte",
        "forum topic, from a post": f"{giant.get_absolute_url()}?ab={giant.post_count // 2}",
        "forum topic, short": short.get_absolute_url(),
        "forum unread": "/forum/ungelesen/",
        "forum search": "/forum/suche/?q=Hausaufgabenhilfe",
        "network list": "/netzwerke/",
        "network list, search": "/netzwerke/?q=Beratung",
        "network": network.get_absolute_url(),
        "organisation list": "/organisationen/",
        "organisation list, last page": "/organisationen/?seite=letzte",
        "organisation search": "/organisationen/?q=Beratung",
        "organisation": organisation.get_absolute_url(),
        "selbstcheck": "/selbstcheck/",
        "selbstcheck questionnaire": f"/selbstcheck/{questionnaire.slug}/",
    }
    for key, (word, _share) in scale.SEARCH_TERMS.items():
        urls[f"faq search, {key}"] = f"/faq/suche/?q={word}"
        urls[f"organisation search, {key}"] = f"/organisationen/?q={word}"
        urls[f"project search, {key}"] = f"/projekte/?q={word}"
    return urls


# Pages of one list that show from one row to a full page: a query per row would make
# their counts differ even where the sizes do not.
TERMS = list(scale.SEARCH_TERMS)
SAME_COUNT = [
    [
        # (not the filtered list: it looks up the topic of its filter)
        "project list", "project list, search", "project list, next page",
        "project list, last page",
        *(f"project search, {key}" for key in TERMS),
    ],
    [
        "organisation list", "organisation list, last page", "organisation search",
        *(f"organisation search, {key}" for key in TERMS),
    ],
    [f"faq search, {key}" for key in TERMS],
    ["forum topic", "forum topic, last page", "forum topic, from a post", "forum topic, short"],
]  # fmt: skip


def measure(client) -> tuple[dict[str, int], list[str], int]:
    """Queries per page; the unbounded counts over big tables; how many bounded ones.

    Each page is measured on its second request: the first fills per-process caches and
    does what a first visit does once (a forum topic marks the member's read position).
    """
    counts, unbounded, bounded = {}, [], 0
    for name, url in page_urls().items():
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(queries)
        for query in queries.captured_queries:
            sql = query["sql"]
            if "COUNT(" in sql.upper() and any(table in sql for table in BIG_TABLES):
                if BOUNDED_COUNT.search(sql):
                    bounded += 1
                else:
                    unbounded.append(f"{name}: {sql}")
    return counts, unbounded, bounded


class Rollback(Exception):
    pass


def test_query_counts_do_not_grow_with_the_data(client):
    member = factories.MemberFactory(display_name="Bench Mitglied")
    client.force_login(member)
    measured = {}
    for factor in (FIRST, SECOND):
        try:
            with transaction.atomic():
                generate(factor)
                measured[factor] = measure(client)
                raise Rollback
        except Rollback:
            pass
    (first, unbounded_first, bounded), (second, unbounded_second, _b) = measured.values()
    assert not unbounded_first + unbounded_second
    assert bounded  # the lists do count their results, up to a bound
    grown = {name: (first[name], second[name]) for name in first if first[name] != second[name]}
    assert not grown, f"query counts that change with the data: {grown}"
    for names in SAME_COUNT:
        counts = {name: second[name] for name in names}
        assert len(set(counts.values())) == 1, f"query counts differ by rows shown: {counts}"
