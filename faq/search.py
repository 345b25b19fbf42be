"""FAQ search: synonyms, ranking, snippets and "did you mean …?" in at most 3 queries.

1. the synonym groups of the typed words;
2. the ranked entries, with a snippet made only for the rows shown;
3. only when nothing was found: candidate words for a suggestion and the popular
   entries, in one statement.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from faq.models import Entry, SynonymGroup
from portal.search import CONFIG, Term, clean_query, parse, plain_words, tsquery_text

RESULT_LIMIT = 20
RANKED_CANDIDATES = 1000
# Start and stop markers for ts_headline that cannot occur in text: the snippet is
# escaped first and the markers become <mark> afterwards.
START, STOP = "\x02", "\x03"
MARKDOWN_NOISE = re.compile(r"[*_#>`\[\]]+")

# The most common German words, which PostgreSQL's german configuration ignores.
STOP_WORDS = frozenset(
    """aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
    anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit dann der den des
    dem die das dass daß derselbe derselben denselben desselben demselben dieselbe dieselben
    dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich dir du dies
    diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig
    einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren
    eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir
    ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes
    jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können
    könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner
    meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem
    seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher solches
    soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel
    vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher
    welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu
    zum zur zwar zwischen""".split()  # noqa: SIM905 - a word list reads best as text
)


@dataclass
class SearchOutcome:
    query: str
    terms: list[Term]
    entries: list[Entry] = field(default_factory=list)
    suggestion: str = ""
    popular: list[Entry] = field(default_factory=list)
    only_stop_words: bool = False

    @property
    def found(self) -> bool:
        return bool(self.entries)


def _synonyms(words: list[str]) -> dict[str, list[str]]:
    if not words:
        return {}
    groups = SynonymGroup.objects.filter(words__overlap=words).values_list("words", flat=True)
    found: dict[str, list[str]] = {}
    for group in groups:
        for word in words:
            if word in group:
                found.setdefault(word, []).extend(other for other in group if other != word)
    return found


def _snippet(text: str) -> SafeString:
    text = MARKDOWN_NOISE.sub("", text or "")
    return mark_safe(  # noqa: S308 - escaped before the markers become tags
        escape(text).replace(START, "<mark>").replace(STOP, "</mark>")
    )


def _ranked_entries(raw_query: str, limit: int) -> list[Entry]:
    # Rank decides the order (question, then keywords, then answer); ts_headline, which
    # is costly, runs in the outer query on the rows that are shown only. Ranking reads
    # every candidate's whole vector, so only the first RANKED_CANDIDATES matches are
    # ranked: a rare word is ranked among all its entries, a word in half the FAQ among
    # a bounded share, and a search costs the same however large the FAQ grows.
    sql = f"""
        SELECT entry.id, entry.question, entry.slug, entry.category_id, top.rank,
               category.name AS category_name, category.slug AS category_slug,
               ts_headline(%(config)s, entry.answer, query,
                           'StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2')
                   AS snippet
        FROM (
            SELECT id, ts_rank(search_vector, query) AS rank, position
            FROM (
                SELECT id, search_vector, position
                FROM faq_entry, to_tsquery(%(config)s, %(query)s) AS query
                WHERE is_published AND search_vector @@ query
                LIMIT %(candidates)s
            ) AS candidate, to_tsquery(%(config)s, %(query)s) AS query
            ORDER BY rank DESC, position, id
            LIMIT %(limit)s
        ) AS top
        JOIN faq_entry AS entry ON entry.id = top.id
        JOIN faq_category AS category ON category.id = entry.category_id,
        to_tsquery(%(config)s, %(query)s) AS query
        ORDER BY top.rank DESC, entry.position, entry.id
    """  # noqa: S608 - the markers are constants; the query text is a parameter
    parameters = {
        "config": CONFIG,
        "query": raw_query,
        "limit": limit,
        "candidates": RANKED_CANDIDATES,
    }
    entries = list(Entry.objects.raw(sql, parameters))
    for entry in entries:
        entry.snippet = _snippet(entry.snippet)
    return entries


@dataclass
class Candidates:
    """Words of the FAQ that a typed word may have meant, by first letter."""

    by_letter: dict[str, list[str]] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)


def _suggestion_and_popular(words: list[str]) -> tuple[Candidates, list[Entry]]:
    letters = sorted({word[0] for word in words})
    shortest = min((len(word) for word in words), default=0)
    longest = max((len(word) for word in words), default=0)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            (SELECT 'word', word, spelling, frequency FROM faq_word
             WHERE first_letter = ANY(%s) AND length BETWEEN %s AND %s)
            UNION ALL
            (SELECT 'entry', question, slug, helpful_yes FROM faq_entry
             WHERE is_published ORDER BY helpful_yes DESC, id LIMIT 5)
            """,
            [letters, shortest - 2, longest + 2],
        )
        rows = cursor.fetchall()
    candidates = Candidates()
    popular = []
    for kind, text, spelling_or_slug, _score in rows:
        if kind == "word":
            candidates.by_letter.setdefault(text[0], []).append(text)
            candidates.spellings[text] = spelling_or_slug or text
        else:
            popular.append(Entry(question=text, slug=spelling_or_slug))
    return candidates, popular


def _suggest(text: str, words: list[str], candidates: Candidates) -> str:
    replacements = {}
    for word in words:
        pool = candidates.by_letter.get(word[0], [])
        if word in pool:
            continue
        close = difflib.get_close_matches(word, pool, n=1, cutoff=0.75)
        if close:
            replacements[word] = candidates.spellings[close[0]]
    if not replacements:
        return ""
    suggestion = clean_query(text)
    for word, replacement in replacements.items():
        # Spelled as in the entries ("förderung" becomes "Förderung"), and with the
        # writer's capital letter where they gave one ("Versichrt" becomes "Versichert").
        suggestion = re.sub(
            rf"(?i)\b{re.escape(word)}\b",
            lambda typed, new=replacement: (
                new[0].upper() + new[1:] if typed.group(0)[0].isupper() else new
            ),
            suggestion,
        )
    return suggestion


def search_faq(text: str, *, limit: int = RESULT_LIMIT) -> SearchOutcome:
    text = clean_query(text)
    terms = parse(text)
    outcome = SearchOutcome(query=text, terms=terms)
    words = plain_words(terms)
    if words and all(word in STOP_WORDS for word in words) and len(words) == len(terms):
        outcome.only_stop_words = True
    meaningful = [word for word in words if word not in STOP_WORDS]
    if terms and not outcome.only_stop_words:
        synonyms = _synonyms(meaningful)
        raw = tsquery_text(
            [
                term
                for term in terms
                if term.is_phrase or term.excluded or term.words[0] not in STOP_WORDS
            ],
            lambda word: synonyms.get(word, []),
        )
        if raw:
            outcome.entries = _ranked_entries(raw, limit)
    if not outcome.entries:
        guessable = [word for word in meaningful if len(word) >= 3]
        candidates, outcome.popular = _suggestion_and_popular(guessable)
        outcome.suggestion = _suggest(text, guessable, candidates)
    return outcome
