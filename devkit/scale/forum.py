"""Scale data: forum boards, members, topics and posts (see ``devkit.scale``).

One topic holds a fifth of all posts (the "giant" topic); the others have a heavy-tailed
number of posts. Posts are written with COPY in the order they were written (ids grow
with time, as in a real forum), numbered 1..n within their topic, with the text rendered
as the actions render Markdown. Afterwards the counters the actions keep are set from the
rows: each topic's post count, last post and last activity; each board's topic and post
counts, last topic and last activity; and what the actions leave for every author: a
subscription to the topic and a read marker at their own latest post.
"""

from __future__ import annotations

import datetime
import math
import random
from array import array

from devkit import scale as s
from forum.models import Board, Membership, Post, ReadState, Topic, TopicSubscription
from portal.models import User

TABLES = [Board, Membership, Topic, Post, ReadState, TopicSubscription]

BOARDS = [
    ("ankommen-und-orientierung", "Ankommen und Orientierung",
     "Erste Wochen, Behördengänge, Wege durch die Stadt: was Neuankommenden hilft."),
    ("sprache-und-lernen", "Sprache und Lernen",
     "Sprachkurse, Lernpatenschaften, Sprachcafés und Materialien."),
    ("arbeit-und-ausbildung", "Arbeit und Ausbildung",
     "Praktika, Anerkennung, Bewerbungen und Betriebe, die mitmachen."),
    ("ehrenamt-im-alltag", "Ehrenamt im Alltag",
     "Freiwillige gewinnen, begleiten und halten: der Alltag in den Projekten."),
    ("familie-und-schule", "Familie und Schule",
     "Kita, Schule, Elternarbeit und Angebote für Kinder und Jugendliche."),
    ("begegnung-und-freizeit", "Begegnung und Freizeit",
     "Feste, Sport, Musik, Ausflüge: Formate, die Menschen zusammenbringen."),
    ("vereinsarbeit", "Vereinsarbeit und Organisation",
     "Satzung, Vorstand, Versicherung, Datenschutz und Finanzen im Verein."),
    ("kommunale-praxis", "Kommunale Praxis",
     "Integrationsmanagement, Netzwerke und Zusammenarbeit mit der Verwaltung."),
]  # fmt: skip
GIANT_BOARD = 3
GIANT_TITLE = "Offener Austausch: Ehrenamt im Alltag – was beschäftigt euch gerade?"
TITLES = [
    "Erfahrungen mit {n} in {p}?",
    "Frage zu {n}",
    "{N}: wie macht ihr das?",
    "Suche Tipps für {n} mit {g}",
    "{N} und {n} – wer hat Ideen?",
    "Neu hier: {n} in {p}",
    "Wer kennt sich mit {n} aus?",
    "Austausch: {n} für {g}",
]
NOTIFY = [
    (Membership.Notify.EACH_POST, 55),
    (Membership.Notify.DAILY, 30),
    (Membership.Notify.NONE, 15),
]
MEAN_GAP = 6 * 3600.0  # seconds between two posts of a topic, on average
POST_FIELDS = [
    "topic", "number", "author", "body", "body_html", "created_at", "edited_at",
    "withdrawn_at", "is_hidden",
]  # fmt: skip


def scale_boards():
    return Board.objects.filter(slug__startswith=s.SLUG_PREFIX)


def scale_posts():
    return Post.objects.filter(topic__board__slug__startswith=s.SLUG_PREFIX)


def exists() -> bool:
    return scale_boards().exists()


def delete() -> int:
    board_t, topic_t = s.qn(Board._meta.db_table), s.qn(Topic._meta.db_table)
    boards = f"SELECT id FROM {board_t} WHERE {s.slug_condition()}"  # noqa: S608
    topics = f"SELECT id FROM {topic_t} WHERE board_id IN ({boards})"  # noqa: S608
    s.execute(f"UPDATE {board_t} SET last_topic_id = NULL WHERE id IN ({boards})")  # noqa: S608
    deleted = s.delete_rows(Post, f"topic_id IN ({topics})")
    deleted += s.delete_rows(Topic, f"board_id IN ({boards})")
    deleted += s.delete_rows(Board, s.slug_condition())
    return deleted


def searchable() -> dict[str, object]:
    return {"forum posts": scale_posts()}


def topic_sizes(scale: s.Scale, rng: random.Random) -> list[int]:
    """Posts per topic: the giant first, then a heavy tail; at least one post each."""
    others = scale.topics - 1
    rest = scale.posts - scale.giant_topic_posts
    # Softly capped (distinct sizes), so that with few topics none comes near the giant.
    cap = min(300.0, max(2.0, others / 20))
    weights = [cap * math.tanh(rng.paretovariate(1.3) / cap) for _ in range(others)]
    spare, total = rest - others, sum(weights)
    sizes = [1 + int(spare * weight / total) for weight in weights]
    for index in range(rest - sum(sizes)):
        sizes[index % others] += 1
    return [scale.giant_topic_posts, *sizes]


def _boards() -> list[int]:
    first_position = 20 + Board.objects.count()
    ids = []
    for position, (slug, name, description) in enumerate(BOARDS):
        board, _created = Board.objects.get_or_create(
            slug=f"{s.SLUG_PREFIX}{slug}",
            defaults={
                "name": name,
                "description": description,
                "position": first_position + position,
            },
        )
        ids.append(board.pk)
    return ids


def _memberships(user_ids: list[int], rng: random.Random) -> int:
    kinds, weights = zip(*NOTIFY, strict=True)
    weights = s.cumulative(weights)
    members = []
    for user in User.objects.filter(pk__in=user_ids).order_by("email"):
        applied = user.date_joined + datetime.timedelta(hours=rng.uniform(1, 72))
        members.append(
            Membership(
                user=user,
                status=Membership.Status.APPROVED,
                organisation=user.organisation or "Initiative",
                role=user.organisation_role or "Ehrenamt",
                motivation="Ich möchte mich mit anderen Projekten austauschen.",
                applied_at=applied,
                decided_at=applied + datetime.timedelta(hours=rng.uniform(2, 48)),
                notify=s.pick(rng, kinds, weights),
            )
        )
    Membership.objects.bulk_create(members, batch_size=1000, ignore_conflicts=True)
    return len(members)


def generate(scale: s.Scale, rng: random.Random) -> dict[str, int]:
    places = [place for _id, _land, place in s.district_rows()]
    text = s.TextGenerator(rng, places=places)
    boards = _boards()
    members = s.scale_user_ids()
    if not members:
        raise RuntimeError("The forum needs the scale members (devkit.scale.generate_people).")
    member_count = _memberships(members, rng)
    member_weights = s.zipf_cum_weights(len(members), 0.9)
    board_weights = s.zipf_cum_weights(len(boards), 0.7)
    sizes = topic_sizes(scale, rng)
    latest = scale.now.timestamp()  # edits and withdrawals happen before this
    now = latest - 3600  # the newest post is an hour older
    six_years = 6 * 365 * 86400.0

    # Topics: when they start and who starts them; ids in the order they were started.
    starts = [now - six_years * 0.92] + [now - rng.uniform(2 * 86400, six_years) for _ in sizes[1:]]
    order = sorted(range(len(sizes)), key=starts.__getitem__)
    topic_ids = dict(zip(order, s.reserve_ids(Topic, len(sizes)), strict=True))

    # Posts: topic, number, time and author of every post, in arrays to keep memory low.
    topic_of, numbers, stamps, authors = array("i"), array("i"), array("d"), array("q")
    first_last: list[tuple[float, float, int]] = []
    for index, size in enumerate(sizes):
        start = starts[index]
        if index == 0:
            step = (now - start) / size
            times = [start + step * k + rng.random() * step * 0.9 for k in range(size)]
        else:
            times, moment = [], start
            for _k in range(size):
                times.append(moment)
                moment += rng.expovariate(1 / MEAN_GAP)
            # A topic still running ends within the last days (and after it started).
            end = now - rng.uniform(60, min(3 * 86400, (now - start) / 2))
            if times[-1] > end:
                squeeze = (end - start) / (times[-1] - start)
                times = [start + (moment - start) * squeeze for moment in times]
        writers = rng.choices(members, cum_weights=member_weights, k=size)
        topic_of.extend([index] * size)
        numbers.extend(range(1, size + 1))
        stamps.extend(times)
        authors.extend(writers)
        first_last.append((times[0], times[-1], writers[0]))

    def when(stamp: float) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(stamp, datetime.UTC)

    def topic_rows():
        for index in order:
            first, last, author = first_last[index]
            yield (
                topic_ids[index],
                boards[GIANT_BOARD] if index == 0 else s.pick(rng, boards, board_weights),
                GIANT_TITLE if index == 0 else text.fill(rng.choice(TITLES))[:150],
                author,
                when(first),
                when(last),
                sizes[index],
                index != 0 and rng.random() < 0.002,
                index != 0 and rng.random() < 0.01,
            )

    topics_written = s.copy_rows(
        Topic,
        ["id", "board", "title", "author", "created_at", "last_activity_at", "post_count",
         "is_pinned", "is_locked"],
        topic_rows(),
    )  # fmt: skip

    plan = s.MarkerPlan(len(stamps), rng)
    chronological = sorted(range(len(stamps)), key=stamps.__getitem__)

    def post_rows():
        for position, index in enumerate(chronological):
            paragraphs = text.with_markers(
                text.paragraphs(rng.randint(1, 3), 1, 3), plan.markers(position)
            )
            created = stamps[index]
            roll = rng.random()
            yield (
                topic_ids[topic_of[index]],
                numbers[index],
                authors[index],
                s.markdown_text(paragraphs),
                s.paragraphs_html(paragraphs),
                when(created),
                when(min(latest, created + rng.uniform(60, 3600))) if roll < 0.02 else None,
                when(min(latest, created + rng.uniform(600, 86400)))
                if 0.02 <= roll < 0.023
                else None,
                0.023 <= roll < 0.024,
            )

    posts_written = s.copy_rows(Post, POST_FIELDS, post_rows())
    s.analyze(Topic, Post)  # the counters below join a million rows
    _set_counters(boards)
    return {
        "forum boards": len(boards),
        "forum members": member_count,
        "forum topics": topics_written,
        "forum posts": posts_written,
        "posts in the giant topic": sizes[0],
        "read markers (and as many topic subscriptions)": ReadState.objects.filter(
            topic__board__in=boards
        ).count(),
    }


def _set_counters(boards: list[int]) -> None:
    """The counters ``forum.actions`` keeps, set from the rows in a few statements."""
    board_t, topic_t, post_t = (s.qn(model._meta.db_table) for model in (Board, Topic, Post))
    s.execute(
        f"""
        UPDATE {topic_t} AS topic SET last_post_id = post.id
        FROM {post_t} AS post
        WHERE topic.board_id = ANY(%s) AND post.topic_id = topic.id
          AND post.number = topic.post_count
        """,  # noqa: S608
        [boards],
    )
    s.execute(
        f"""
        INSERT INTO {s.qn(ReadState._meta.db_table)} (user_id, topic_id, last_read_number)
        SELECT post.author_id, post.topic_id, max(post.number)
        FROM {post_t} AS post JOIN {topic_t} AS topic ON topic.id = post.topic_id
        WHERE topic.board_id = ANY(%s) AND post.author_id IS NOT NULL
        GROUP BY post.author_id, post.topic_id
        ON CONFLICT DO NOTHING
        """,  # noqa: S608
        [boards],
    )
    s.execute(
        f"""
        INSERT INTO {s.qn(TopicSubscription._meta.db_table)} (user_id, topic_id, created_at)
        SELECT post.author_id, post.topic_id, min(post.created_at)
        FROM {post_t} AS post JOIN {topic_t} AS topic ON topic.id = post.topic_id
        WHERE topic.board_id = ANY(%s) AND post.author_id IS NOT NULL
        GROUP BY post.author_id, post.topic_id
        ON CONFLICT DO NOTHING
        """,  # noqa: S608
        [boards],
    )
    s.execute(
        f"""
        UPDATE {board_t} AS board
        SET topic_count = counted.topics, post_count = counted.posts,
            last_activity_at = counted.last_activity,
            last_topic_id = (
                SELECT topic.id FROM {topic_t} AS topic WHERE topic.board_id = board.id
                ORDER BY topic.last_activity_at DESC, topic.id DESC LIMIT 1
            )
        FROM (
            SELECT board_id, count(*) AS topics, sum(post_count) AS posts,
                   max(last_activity_at) AS last_activity
            FROM {topic_t} GROUP BY board_id
        ) AS counted
        WHERE counted.board_id = board.id AND board.id = ANY(%s)
        """,  # noqa: S608
        [boards],
    )
