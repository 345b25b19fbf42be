import cProfile
import pstats
import time

import pytest
from django.test import Client

from forum.models import Topic
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_timing(settings):
    board = factories.BoardFactory()
    users = [factories.UserFactory() for _ in range(30)]
    for u in users:
        factories.make_member(u, notify="none")
    clients = []
    for u in users:
        c = Client()
        c.force_login(u)
        clients.append(c)
    prof = cProfile.Profile()
    prof.enable()
    for i, c in enumerate(clients):
        r = c.post(f"/forum/bereich/{board.slug}/neues-thema/", {"title": f"Titel <script>{i}", "body": f"<img src=x onerror=alert({i})>", "token": f"tok-{i:020d}"})
        assert r.status_code == 302
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
