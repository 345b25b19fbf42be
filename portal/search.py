"""German full-text search over stored, generated ``tsvector`` columns.

People type words, "quoted phrases" and -exclusions, as in a web search engine. The
query is built as a ``tsquery`` of its own: every plain word becomes a prefix term, so
that "Musik" finds "Musikprojekt" and "Förder" finds "Fördermittel", and since the
``german`` configuration stems the word before the prefix is applied, "Förderungen"
still finds "Förderung". Only letters and digits from the input reach the query, so no
input can break its syntax.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery
from django.db.models import QuerySet

CONFIG = "german"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
WORD = re.compile(r"[^\W_]+", re.UNICODE)
PART = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


def clean_query(text: str) -> str:
    return " ".join((text or "").split())[:MAX_QUERY_LENGTH]


def tsquery_text(text: str) -> str:
    """Translate what a person typed into ``to_tsquery`` syntax ("" when nothing is left)."""
    terms: list[str] = []
    for match in PART.finditer(clean_query(text)):
        phrase_minus, phrase, word_minus, word = match.groups()
        if phrase is not None:
            words = WORD.findall(phrase)
            if not words:
                continue
            term = "(" + " <-> ".join(words) + ")" if len(words) > 1 else words[0]
            terms.append(("!" if phrase_minus else "") + term)
        else:
            for index, part in enumerate(WORD.findall(word)):
                if word_minus and index == 0:
                    terms.append(f"!{part}")
                elif len(part) >= 2:
                    terms.append(f"{part}:*")
        if len(terms) >= MAX_TERMS:
            break
    return " & ".join(terms[:MAX_TERMS])


def search_query(text: str) -> SearchQuery | None:
    raw = tsquery_text(text)
    if not raw:
        return None
    return SearchQuery(raw, search_type="raw", config=CONFIG)


def matching(queryset: QuerySet, text: str, field: str = "search_vector") -> QuerySet:
    query = search_query(text)
    if query is None:
        return queryset
    return queryset.filter(**{field: query})
