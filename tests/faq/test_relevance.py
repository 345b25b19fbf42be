"""Does the FAQ search find what newcomers mean? Measured over the demo FAQ."""

import pytest

from faq import demo
from faq.search import search_faq
from tests.faq.relevance_set import RELEVANCE_SET

pytestmark = pytest.mark.django_db

REQUIRED_SHARE = 0.9


def test_relevance_set_is_large_enough():
    assert len(RELEVANCE_SET) >= 30


def test_expected_entries_appear_in_the_top_three(capsys):
    demo.load_all()
    misses = []
    for query, expected in RELEVANCE_SET:
        top = [entry.slug for entry in search_faq(query).entries[:3]]
        if not set(expected) & set(top):
            misses.append(f"{query!r}: expected one of {expected}, got {top}")
    share = 1 - len(misses) / len(RELEVANCE_SET)
    with capsys.disabled():
        print(
            f"\nFAQ relevance: {share:.0%} of {len(RELEVANCE_SET)} queries find an expected entry in the top 3"
        )
        for miss in misses:
            print("  miss:", miss)
    assert share >= REQUIRED_SHARE, "\n".join(misses)
