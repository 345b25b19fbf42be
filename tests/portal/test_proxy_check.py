"""`check --deploy` tells when a proxy forwards visitors' addresses that the portal ignores.

Behind a reverse proxy every request comes from the proxy's address; with
TRUSTED_PROXY_COUNT at 0 the rate limits of log-in, sign-up and password reset then
count all visitors as one, and one stranger's failed log-ins lock everyone out.
"""

import logging

import pytest
from django.core.checks import run_checks
from django.test import Client

from portal.actions import client_ip

pytestmark = pytest.mark.django_db


def deploy_warnings(databases=("default",)) -> list:
    return [
        message
        for message in run_checks(include_deployment_checks=True, databases=databases)
        if message.id == "portal.W001"
    ]


def forwarded_request(address: str = "203.0.113.7", client: Client | None = None):
    return (client or Client()).get("/", headers={"x-forwarded-for": address})


def test_a_forwarded_request_without_trusted_proxies_brings_a_warning(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert deploy_warnings() == []
    assert forwarded_request().status_code == 200
    (warning,) = deploy_warnings()
    assert "X-Forwarded-For" in warning.msg
    assert "TRUSTED_PROXY_COUNT" in warning.hint


def test_without_forwarded_requests_there_is_no_warning(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert Client().get("/").status_code == 200
    assert deploy_warnings() == []


def test_with_trusted_proxies_forwarded_requests_are_expected(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    forwarded_request()
    assert deploy_warnings() == []


def test_the_check_reads_the_record_only_when_asked_for_the_database(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    forwarded_request()
    # A plain `check` (no --database) touches neither the database nor the cache.
    assert deploy_warnings(databases=None) == []


def test_the_log_tells_once_per_process(settings, caplog):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    client = Client()  # one client, one set of middleware: as one app process
    with caplog.at_level(logging.WARNING, logger="portal.proxy"):
        for address in ("203.0.113.7", "203.0.113.8", "203.0.113.9"):
            forwarded_request(address, client)
    told = [record for record in caplog.records if "TRUSTED_PROXY_COUNT" in record.getMessage()]
    assert len(told) == 1
    # Only that the header came, never whose address it carried.
    assert "203.0.113" not in told[0].getMessage()


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.7", "127.0.0.1"),  # not trusted: the connection's address
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # the client's own entry is ignored
        (2, "203.0.113.7", None),  # fewer entries than proxies: nobody to believe
    ],
)
def test_the_recorded_address_follows_the_proxy_setting(settings, rf, count, forwarded, expected):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = count
    request = rf.get("/", headers={"x-forwarded-for": forwarded}, REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == expected
