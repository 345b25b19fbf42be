"""One way to write: forms validate, actions change, and refusals speak the user's language."""

import pytest

from networks.forms import OrganisationForm
from portal.actions import ActionRefused
from portal.forms import ProfileForm
from tests.factories import UserFactory, make_organisation, region

pytestmark = pytest.mark.django_db


def test_validating_leaves_the_instance_as_loaded():
    user = UserFactory(display_name="Aylin K.")
    form = ProfileForm(
        {"display_name": "x" * 500, "organisation": "", "organisation_role": ""}, instance=user
    )
    assert not form.is_valid()
    assert user.display_name == "Aylin K."
    valid = ProfileForm(
        {"display_name": "Neuer Name", "organisation": "", "organisation_role": ""},
        instance=user,
    )
    assert valid.is_valid()
    assert valid.cleaned_data["display_name"] == "Neuer Name"
    assert user.display_name == "Aylin K."
    assert valid.instance is user


def test_a_refused_edit_leaves_the_entry_as_stored():
    organisation = make_organisation("Brücke e. V.")
    form = OrganisationForm(
        {
            "name": "Brücke e. V.",
            "kind": organisation.kind,
            "region": region("16051").pk,
            "postcode": "1234",
        },
        instance=organisation,
    )
    assert not form.is_valid()
    assert "postcode" in form.errors
    assert organisation.postcode != "1234"


def test_an_action_form_does_not_save_itself():
    user = UserFactory()
    form = ProfileForm(
        {"display_name": "Neu", "organisation": "", "organisation_role": ""}, instance=user
    )
    assert form.is_valid()
    with pytest.raises(NotImplementedError):
        form.save()


def test_a_refusal_carries_its_sentence_and_field():
    refusal = ActionRefused("Diese Anfrage ist schon beantwortet.", field="network")
    assert str(refusal) == refusal.message == "Diese Anfrage ist schon beantwortet."
    assert refusal.field == "network"
    assert ActionRefused("Nein.").field is None


def test_refusals_are_sentences_in_the_users_language():
    from django.utils import translation

    from forum import actions as forum_actions
    from networks import actions as network_actions
    from networks.models import NetworkMembership
    from tests.factories import make_member, make_network

    network = make_network()
    organisation = make_organisation("Brücke e. V.")
    NetworkMembership.objects.create(network=network, organisation=organisation)
    with translation.override("de"), pytest.raises(network_actions.NetworkActionError) as refused:
        network_actions.request_to_join(
            organisation=organisation,
            network=network,
            user=UserFactory(),
            role=NetworkMembership.Role.MEMBER,
            message="",
        )
    assert refused.value.message == "Brücke e. V. gehört bereits zu diesem Netzwerk."
    assert refused.value.field == "network"

    member = make_member()
    with translation.override("de"), pytest.raises(forum_actions.ForumActionError) as refused:
        forum_actions.apply_for_membership(
            user=member, organisation="Brücke e. V.", role="Vorstand", motivation="Austausch"
        )
    assert refused.value.message == "Sie sind bereits Mitglied im Forum."
