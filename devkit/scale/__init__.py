"""Scale data for the benchmark: sizes, vocabulary, a seeded text generator, bulk loading.

``manage.py generate_scale_data --scale small|large`` fills a database with portraits,
FAQ entries, forum posts, organisations and networks at the sizes of the issue. Each app
writes its own part (``devkit/scale/<app>.py``, found by the app's label and run in the
order of ``INSTALLED_APPS``); this module holds what they share:

* ``Scale``: how many rows of each kind, for "small", "large" or any factor of large;
* the vocabulary: German words of integration work with a skewed (Zipf-like) frequency,
  and four marker words placed deliberately, so that a search for each finds a known
  share of the rows (``SEARCH_TERMS``; the benchmark imports it);
* ``TextGenerator``: sentences, paragraphs and names from a seeded ``random.Random``;
* ``MarkerPlan``: which rows carry which marker word (exact counts, spread evenly);
* ``copy_rows``/``reserve_ids``/``delete_rows``: bulk writing with PostgreSQL's COPY
  and deleting without loading rows into Python.

Everything generated is recognisable: users by ``SCALE_EMAIL_DOMAIN``, every other row by
a slug that starts with ``SLUG_PREFIX`` (or by belonging to such a row), so that
``--replace`` can delete exactly the earlier scale data. The same seed gives the same
rows; times are placed relative to ``Scale.now`` (midnight UTC of the day of the run).
"""

from __future__ import annotations

import bisect
import datetime
import html
import itertools
import math
import random
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import CASCADE, SET_NULL, Model

from portal import demo
from portal.models import Region, User

SEED = 2026
SLUG_PREFIX = "skala-"
SCALE_EMAIL_DOMAIN = "skalendaten.example.org"

# The four marker words and the share of rows each is placed in: a search for the word
# finds that share of FAQ entries, portraits, organisations and forum posts. Each is a
# real German word that the german text search configuration keeps apart from every
# other word of the vocabulary (no other word's stem starts with the marker's stem).
SEARCH_TERMS: dict[str, tuple[str, float]] = {
    "rare": ("Zollamt", 0.0001),
    "uncommon": ("Streitschlichtung", 0.01),
    "common": ("Hausaufgabenhilfe", 0.10),
    "half": ("Beratung", 0.50),
}
# A real word that occurs nowhere in the scale data: a search that finds nothing.
MISSING_TERM = "Zahnradbahn"

# Sizes of "large"; "small" is a tenth of it.
LARGE = {
    "portraits": 10_000,
    "faq_entries": 100_000,
    "posts": 1_000_000,
    "topics": 20_000,
    "organisations": 50_000,
    "networks": 2_000,
}
GIANT_TOPIC_SHARE = 0.2  # one topic holds this share of all posts
LARGE_MEMBERS = 1_000  # forum members (and portrait owners); grows with the square root
SCALE_FACTORS = {"small": 0.1, "large": 1.0}


@dataclass(frozen=True)
class Scale:
    name: str
    factor: float
    portraits: int
    faq_entries: int
    posts: int
    topics: int
    giant_topic_posts: int
    organisations: int
    networks: int
    members: int
    now: datetime.datetime = field(compare=False)

    @classmethod
    def named(cls, name: str) -> Scale:
        return cls.of(SCALE_FACTORS[name], name=name)

    @classmethod
    def of(cls, factor: float, name: str | None = None) -> Scale:
        """The sizes at ``factor`` times "large", with the least that still makes sense."""
        if factor <= 0:
            raise ValueError("The factor must be positive.")

        def size(key: str, least: int) -> int:
            return max(least, round(LARGE[key] * factor))

        topics = size("topics", 2)
        posts = size("posts", 2 * topics)
        giant = max(1, round(posts * GIANT_TOPIC_SHARE))
        networks = size("networks", 1)
        today = datetime.datetime.now(datetime.UTC).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        return cls(
            name=name or f"factor {factor:g}",
            factor=factor,
            portraits=size("portraits", 1),
            faq_entries=size("faq_entries", 1),
            posts=posts,
            topics=topics,
            giant_topic_posts=giant,
            organisations=size("organisations", networks),
            networks=networks,
            members=max(8, round(LARGE_MEMBERS * math.sqrt(factor))),
            now=today,
        )


# --- vocabulary ----------------------------------------------------------------------------

# Zipf exponent of the nouns: the most frequent ("Integration") is about one noun in ten,
# the hundredth one in five hundred.
NOUN_EXPONENT = 0.85
# The words and sentence patterns live in vocabulary.toml, in the order the seeded
# generator draws them.
VOCABULARY = tomllib.loads((Path(__file__).with_name("vocabulary.toml")).read_text("utf-8"))
NOUNS: list[str] = VOCABULARY["nouns"]
TARGET_GROUPS: list[str] = VOCABULARY["target_groups"]
MONEY: list[str] = VOCABULARY["money"]
DISTRICTS: list[str] = VOCABULARY["districts"]
SENTENCES: list[str] = VOCABULARY["sentences"]
MARKER_SENTENCES: dict[str, list[str]] = VOCABULARY["marker_sentences"]
FIRST_NAMES: list[str] = VOCABULARY["first_names"]
ROLES: list[str] = VOCABULARY["roles"]
SLOT = re.compile(r"\{([nNgpm])\}")
LAST_INITIALS = "ABCDEFGHIJKLMNOPRSTUVWYZ"


def zipf_cum_weights(count: int, exponent: float = 1.0) -> list[float]:
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(count)))


def place_name(region_name: str) -> str:
    """The town in a district's name: "Landkreis Gifhorn" → "Gifhorn"."""
    for prefix in ("Landkreis ", "Kreis ", "Region ", "Stadtkreis ", "Regionalverband "):
        if region_name.startswith(prefix):
            region_name = region_name[len(prefix) :]
    return region_name.split(" (")[0].split(",")[0]


class TextGenerator:
    """German text of the domain from a seeded ``random.Random``.

    Sentences are made once into a pool (with Zipf-distributed nouns) and texts are drawn
    from the pool, which is fast enough for a million posts and keeps the skew.
    """

    POOL_SIZE = 5000

    def __init__(self, rng: random.Random, places: Sequence[str] = ("Erfurt", "Leipzig")):
        self.rng = rng
        self.places = list(places)
        self._noun_weights = zipf_cum_weights(len(NOUNS), NOUN_EXPONENT)
        self.pool = [self._sentence() for _ in range(self.POOL_SIZE)]

    def noun(self) -> str:
        return self.rng.choices(NOUNS, cum_weights=self._noun_weights)[0]

    def nouns(self, count: int) -> list[str]:
        return self.rng.choices(NOUNS, cum_weights=self._noun_weights, k=count)

    def place(self) -> str:
        return self.rng.choice(self.places)

    def fill(self, template: str) -> str:
        """The template with its slots ({n}, {N}, {g}, {p}, {m}) filled; the nouns of
        one sentence differ from each other."""
        used: set[str] = set()

        def noun() -> str:
            word = self.noun()
            for _attempt in range(5):
                if word not in used:
                    break
                word = self.noun()
            used.add(word)
            return word

        fill = {
            "n": noun,
            "N": noun,
            "g": lambda: self.rng.choice(TARGET_GROUPS),
            "p": self.place,
            "m": lambda: self.rng.choice(MONEY),
        }
        return SLOT.sub(lambda match: fill[match.group(1)](), template)

    def _sentence(self) -> str:
        return self.fill(self.rng.choice(SENTENCES))

    def sentences(self, count: int) -> str:
        return " ".join(self.rng.choices(self.pool, k=count))

    def paragraphs(self, count: int, low: int = 1, high: int = 4) -> list[str]:
        randint = self.rng.randint
        return [self.sentences(randint(low, high)) for _ in range(count)]

    def with_markers(self, paragraphs: list[str], markers: Iterable[str]) -> list[str]:
        """Add a sentence with each marker word to one of the paragraphs."""
        for key in markers:
            index = self.rng.randrange(len(paragraphs))
            paragraphs[index] = f"{paragraphs[index]} {self.rng.choice(MARKER_SENTENCES[key])}"
        return paragraphs


def person(rng: random.Random) -> str:
    """A plainly made-up name: a first name and an initial."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_INITIALS)}."


def markdown_text(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(paragraphs)


def paragraphs_html(paragraphs: Sequence[str]) -> str:
    """What ``portal.markdown.render_markdown`` makes of plain paragraphs, without the cost."""
    return "".join(f"<p>{html.escape(text, quote=False)}</p>\n" for text in paragraphs)


class MarkerPlan:
    """Which of ``total`` rows carry which marker word: exactly the planned number each.

    Row ``i`` carries a marker when ``(i * step + offset) % total`` falls below the
    marker's count; ``step`` is coprime to ``total``, so that is a permutation and the
    chosen rows are spread over the whole range.
    """

    def __init__(self, total: int, rng: random.Random, terms=SEARCH_TERMS):
        self.total = total
        self.rules: list[tuple[str, int, int, int]] = []
        for key, (_word, share) in terms.items():
            count = min(total, max(1, round(total * share)))
            step = rng.randrange(total * 7 + 1_000_003, total * 13 + 2_000_003)
            while math.gcd(step, total) != 1:
                step += 1
            self.rules.append((key, step, rng.randrange(total), count))

    def markers(self, index: int) -> list[str]:
        total = self.total
        return [
            key
            for key, step, offset, count in self.rules
            if (index * step + offset) % total < count
        ]


def cumulative(weights: Iterable[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def pick(rng: random.Random, items: Sequence, cum_weights: Sequence[float]):
    """One of ``items`` by cumulative weights (faster than ``choices`` for one item)."""
    return items[bisect.bisect(cum_weights, rng.random() * cum_weights[-1])]


def spread_times(
    rng: random.Random, count: int, start: datetime.datetime, end: datetime.datetime
) -> list[datetime.datetime]:
    """``count`` distinct, increasing times between ``start`` and ``end``, evenly jittered."""
    span = (end - start).total_seconds()
    step = span / max(count, 1)
    return [
        start + datetime.timedelta(seconds=step * index + rng.random() * step * 0.9)
        for index in range(count)
    ]


# --- database -------------------------------------------------------------------------------


def qn(name: str) -> str:
    return connection.ops.quote_name(name)


def copy_rows(model: type[Model], fields: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write rows into the model's table with COPY; ``fields`` are model field names
    (or, for auto-created M2M tables, column names). Returns the number of rows."""
    table = model._meta.db_table
    columns = [
        model._meta.get_field(name).column if _has_field(model, name) else name for name in fields
    ]
    sql = f"COPY {qn(table)} ({', '.join(qn(column) for column in columns)}) FROM STDIN"
    written = 0
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
            written += 1
    return written


def _has_field(model: type[Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:  # a plain column name
        return False
    return True


def reserve_ids(model: type[Model], count: int) -> list[int]:
    """``count`` fresh primary keys from the table's sequence, safe beside other writers."""
    if count <= 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return [row[0] for row in cursor.fetchall()]


def execute(sql: str, params: Sequence | dict = ()) -> int:
    """Run one statement; ``%`` in ``sql`` is written ``%%`` (it always has parameters)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def analyze(*models: type[Model]) -> None:
    """Fresh planner statistics for these tables, inside the running transaction.

    Needed before the rows are used: the foreign key checks, deferred to the commit, are
    planned then, and with the statistics of an empty table PostgreSQL may check each
    new row by walking a whole index.
    """
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {qn(model._meta.db_table)}")


def delete_rows(model: type[Model], where: str, params: Sequence = (), _depth: int = 0) -> int:
    """Delete the rows of ``model`` that match the SQL condition ``where``, in SQL only.

    Like Django's cascade, but without loading rows into Python: rows that point here
    with CASCADE are deleted first (recursively), SET_NULL references are cleared, and
    anything else (PROTECT) is left for the database to refuse.
    """
    if _depth > 6:
        raise RuntimeError(f"Cascade too deep at {model.__name__}.")
    table, pk = qn(model._meta.db_table), qn(model._meta.pk.column)
    selected = f"SELECT {pk} FROM {table} WHERE {where}"  # noqa: S608 - names are quoted
    for relation in model._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete):
            continue
        if not (relation.one_to_many or relation.one_to_one):
            continue
        related = relation.related_model
        column = qn(relation.field.column)
        condition = f"{column} IN ({selected})"
        if relation.on_delete is CASCADE:
            delete_rows(related, condition, params, _depth + 1)
        elif relation.on_delete is SET_NULL:
            execute(
                f"UPDATE {qn(related._meta.db_table)} SET {column} = NULL WHERE {condition}",  # noqa: S608
                params,
            )
    return execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608


def slug_condition() -> str:
    """SQL for ``execute``: the row's slug marks it as scale data (an indexed prefix)."""
    return f"slug LIKE '{SLUG_PREFIX}%%'"


# --- people -------------------------------------------------------------------------------


def district_rows() -> list[tuple[int, int, str]]:
    """(id, Land id, place name) of every Kreis and kreisfreie Stadt, in key order."""
    return [
        (region.pk, region.land_id, place_name(region.name))
        for region in Region.objects.districts().order_by("ags")
    ]


def scale_user_ids() -> list[int]:
    return list(
        User.objects.filter(email__endswith=f"@{SCALE_EMAIL_DOMAIN}")
        .order_by("email")
        .values_list("pk", flat=True)
    )


def generate_people(scale: Scale, rng: random.Random) -> dict[str, int]:
    """The taxonomy the apps refer to, and the people who own portraits and write posts."""
    demo.load_taxonomy()  # topics and target groups; adds only what is missing
    districts = district_rows()
    # Everyone joined before the oldest generated portrait, post or entry (ten years back).
    joined = spread_times(
        rng,
        scale.members,
        scale.now - datetime.timedelta(days=11 * 365),
        scale.now - datetime.timedelta(days=10 * 365),
    )
    users = []
    for index in range(scale.members):
        region_id, _land, place = rng.choice(districts)
        users.append(
            User(
                email=f"mitglied-{index + 1:05d}@{SCALE_EMAIL_DOMAIN}",
                password="!scale-data-no-login",  # unusable: starts with "!"
                display_name=person(rng),
                organisation=f"Initiative {rng.choice(NOUNS)} {place}",
                organisation_role=rng.choice(ROLES),
                region_id=region_id,
                date_joined=joined[index],
            )
        )
    User.objects.bulk_create(users, batch_size=1000)
    return {"users": len(users)}


def delete_people() -> int:
    return User.objects.filter(email__endswith=f"@{SCALE_EMAIL_DOMAIN}").delete()[0]


def people_exist() -> bool:
    return User.objects.filter(email__endswith=f"@{SCALE_EMAIL_DOMAIN}").exists()
