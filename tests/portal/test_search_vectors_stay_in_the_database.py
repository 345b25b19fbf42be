"""Pages search with the stored vectors in SQL but never load them into Python."""

import pytest

from faq.models import Entry
from forum.models import Post, Topic
from networks.models import Network, Organisation
from projects.models import Project


@pytest.mark.parametrize("model", [Project, Entry, Topic, Post, Organisation, Network])
def test_default_queries_leave_the_search_vector_out(model):
    select_list = str(model.objects.all().query).split(" FROM ")[0]
    assert "search_vector" not in select_list
    # It is still there to search with.
    assert "search_vector" in str(model.objects.filter(search_vector="wort").query)
