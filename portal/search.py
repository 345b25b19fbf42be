"""German full-text search over stored, generated ``tsvector`` columns.

People type words, "quoted phrases" and -exclusions, as in a web search engine. The
query is built as a ``tsquery`` of its own: every plain word becomes a prefix term, so
that "Musik" finds "Musikprojekt" and "Förder" finds "Fördermittel", and since the
``german`` configuration stems the word before the prefix is applied, "Förderungen"
still finds "Förderung". A word can be widened by synonyms (each again a prefix term).
Only letters and digits from the input reach the query, so no input can break its
syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery
from django.db import models
from django.db.models import QuerySet

CONFIG = "german"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
WORD = re.compile(r"[^\W_]+", re.UNICODE)
PART = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase
    excluded: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


def clean_query(text: str) -> str:
    # Control characters and the like are no words; they go with the whitespace.
    text = "".join(char if char.isprintable() else " " for char in (text or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def parse(text: str) -> list[Term]:
    """The words, phrases and exclusions of what a person typed, at most MAX_TERMS."""
    terms: list[Term] = []
    for match in PART.finditer(clean_query(text)):
        phrase_minus, phrase, word_minus, word = match.groups()
        if phrase is not None:
            words = tuple(part.lower() for part in WORD.findall(phrase))
            if words:
                terms.append(Term(words, excluded=bool(phrase_minus)))
        else:
            for index, part in enumerate(WORD.findall(word)):
                excluded = bool(word_minus) and index == 0
                if excluded or len(part) >= 2:
                    terms.append(Term((part.lower(),), excluded=excluded))
    return terms[:MAX_TERMS]


def plain_words(terms: Iterable[Term]) -> list[str]:
    return [term.words[0] for term in terms if not term.is_phrase and not term.excluded]


def tsquery_text(terms: list[Term], synonyms: Callable[[str], Iterable[str]] | None = None) -> str:
    """The terms in ``to_tsquery`` syntax ("" when nothing is left)."""
    parts = []
    for term in terms:
        if term.is_phrase:
            parts.append(("!" if term.excluded else "") + "(" + " <-> ".join(term.words) + ")")
        elif term.excluded:
            parts.append(f"!{term.words[0]}")
        else:
            word = term.words[0]
            alternatives = [word, *(synonyms(word) if synonyms else [])]
            # Synonyms come from editors: only single words of letters and digits are used.
            options = [f"{alt}:*" for alt in dict.fromkeys(alternatives) if WORD.fullmatch(alt)]
            parts.append(options[0] if len(options) == 1 else "(" + " | ".join(options) + ")")
    return " & ".join(parts)


def search_query(text: str, synonyms=None) -> SearchQuery | None:
    raw = tsquery_text(parse(text), synonyms)
    if not raw:
        return None
    return SearchQuery(raw, search_type="raw", config=CONFIG)


def matching(queryset: QuerySet, text: str, field: str = "search_vector") -> QuerySet:
    query = search_query(text)
    if query is None:
        return queryset
    return queryset.filter(**{field: query})


class SearchVectorDeferringManager(models.Manager):
    """A manager that leaves the stored search vector out of every query.

    The vector holds every word of a row's texts; pages only search with it, in SQL, and
    never read it. Loading it would multiply the bytes each list and detail page fetches.
    Use as ``objects = SearchVectorDeferringManager.from_queryset(MyQuerySet)()``.
    """

    def get_queryset(self):
        return super().get_queryset().defer("search_vector")
