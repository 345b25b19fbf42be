"""The mail that tells an organisation how the coordinators decided on its request."""

import pytest

from networks import actions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("accept", [True, False])
def test_the_coordinators_words_are_introduced_as_their_message(
    accept, network, organisation, owner, coordinator, mail_after_commit
):
    join_request = actions.request_to_join(
        organisation=organisation, network=network, user=owner, role="mitglied", message=""
    )
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        actions.decide_join_request(
            join_request=join_request, coordinator=coordinator, accept=accept, answer="Willkommen!"
        )
    (to_owner,) = [mail for mail in mail_after_commit.outbox if mail.to == [owner.email]]
    # "Ihre Antwort" would read as the applicant's own answer.
    assert "Ihre Antwort" not in to_owner.body
    assert "Nachricht der Koordination:\n\nWillkommen!" in to_owner.body
