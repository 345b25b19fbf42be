"""Pages leave the portal gzip-compressed, padded at random, except those that show a secret."""

import gzip

import pytest
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def test_a_page_is_compressed_for_a_browser_that_accepts_gzip(client):
    plain = client.get(reverse("portal:about"))
    compressed = client.get(reverse("portal:about"), **GZIP)
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert len(compressed.content) < len(plain.content) / 2
    assert "Über das Portal" in gzip.decompress(compressed.content).decode()


def test_compressed_lengths_vary_so_that_they_tell_nothing(client):
    """Heal the BREACH: the same page, compressed twice, differs in length."""
    lengths = {len(client.get(reverse("portal:about"), **GZIP).content) for _ in range(8)}
    assert len(lengths) > 1


def test_the_page_with_the_authenticator_key_is_not_compressed(client, user):
    client.force_login(user)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})  # "confirm it's you"
    response = client.get(reverse("mfa_activate_totp"), **GZIP)
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert b"<form" in response.content
