"""Forms after the GOV.UK pattern, as the server writes them.

Required fields say so in their label, empty selects ask for a choice, a form sent with
errors starts with a summary that links each message to its field and names the error in
the page title, and the messages of the main flows say what to do. Wording is checked in
English (under /en/ or with English active), which holds before and after the German
catalogue is compiled.
"""

import re

import pytest
from django.utils import translation

from faq.forms import QuestionForm
from forum.forms import ApplicationForm
from networks.forms import NetworkForm, OrganisationForm
from projects.forms import ProjectForm
from projects.models import Project
from tests.factories import make_questionnaire
from tests.projects.test_views import form_data

pytestmark = pytest.mark.django_db

DJANGO_REQUIRED = "This field is required."
MAIN_FLOW_FORMS = [ProjectForm, NetworkForm, OrganisationForm, QuestionForm, ApplicationForm]


@pytest.mark.parametrize("form_class", MAIN_FLOW_FORMS, ids=lambda form: form.__name__)
def test_every_required_field_of_a_main_flow_says_what_to_do(form_class):
    with translation.override("en"):
        form = form_class(data={})
        form.is_valid()
        required = [
            name
            for name, field in form.fields.items()
            if field.required and not field.widget.is_hidden
        ]
        assert required
        for name in required:
            [message] = form.errors[name]
            assert message != DJANGO_REQUIRED
            assert message.endswith(".")


def test_the_initiative_form_names_what_is_missing():
    with translation.override("en"):
        form = ProjectForm(data={})
        assert not form.is_valid()
        assert form.errors["name"] == ["Give the name of the project."]
        assert form.errors["region"] == [
            "Choose the district or city where the project takes place."
        ]


def test_selects_ask_for_a_choice_instead_of_dashes(user_client):
    body = user_client.get("/en/meine-initiativen/neu/").content.decode()
    for name in ["region", "sponsor_kind"]:
        select = re.search(rf'<select name="{name}"[^>]*>\s*<option value=""[^>]*>([^<]*)<', body)
        assert select, name
        assert select.group(1) == "– please choose –"
    assert "---------" not in body


def test_required_labels_say_so_and_the_form_explains_it_once(user_client):
    body = user_client.get("/en/meine-initiativen/neu/").content.decode()
    name_label = re.search(r'<label for="id_name"[^>]*>(.*?)</label>', body, re.S).group(1)
    assert '<span class="field-required" aria-hidden="true"> (required)</span>' in name_label
    assert re.search(r'<input type="text" name="name"[^>]*\brequired\b', body)
    goals_label = re.search(r'<label for="id_goals"[^>]*>(.*?)</label>', body, re.S).group(1)
    assert "(required)" not in goals_label
    assert body.count("Fields marked “(required)” must be filled in.") == 1


def test_a_form_sent_empty_starts_with_a_summary_linking_each_message(user_client):
    response = user_client.post("/en/meine-initiativen/neu/", {"save": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert re.search(r"<title>Error: ", body)
    summary = re.search(r"<div class=\"error-summary[^>]*>(.*?)</div>\s*</div>", body, re.S)
    assert summary and "data-error-summary" in summary.group(0)
    assert 'tabindex="-1"' in summary.group(0)
    # The summary comes before the first field.
    assert body.index("data-error-summary") < body.index('id="id_name"')
    links = dict(re.findall(r'<a href="#(id_[a-z_0-9]+)">([^<]+)</a>', summary.group(1)))
    assert links == {
        "id_name": "Give the name of the project.",
        "id_summary": "Describe the project in one or two sentences.",
        "id_description": "Describe what the project does.",
        "id_region": "Choose the district or city where the project takes place.",
        "id_sponsor_name": "Give the name of the sponsor.",
        "id_sponsor_kind": "Choose the kind of sponsor.",
    }
    for target in links:
        assert f'id="{target}"' in body


def test_a_checkbox_group_error_links_to_its_first_box():
    form = ProjectForm(data={"topics": ["not-a-topic"]})
    form.is_valid()
    assert form["topics"].errors
    assert form["topics"].error_target == "id_topics_0"


def test_the_initiative_form_shows_its_steps_and_an_index(user_client):
    body = user_client.get("/en/meine-initiativen/neu/").content.decode()
    assert "Step 1 of 6:" in body and "Step 6 of 6:" in body
    index = re.search(r'<nav class="form-index".*?</nav>', body, re.S).group(0)
    assert index.count('<a href="#section-') == 6
    # Submitting for review is the primary action; saving a draft is offered beside it.
    actions = re.search(r'<div class="form-actions">(.*?)</div>', body, re.S).group(1)
    buttons = re.findall(r'<button type="submit" name="(\w+)" class="([^"]+)"', actions)
    assert buttons[0] == ("submit", "button")
    assert ("save", "button button--secondary") in buttons


def test_selfcheck_errors_stand_under_the_heading_and_the_form_leads_there(client):
    questionnaire = make_questionnaire(dimensions=3, statements=2)
    url = f"/en/selbstcheck/{questionnaire.slug}/"
    page = client.get(url).content.decode()
    assert 'action="#selfcheck-errors"' in page
    assert re.search(r"Field 2 of 3:</span>\s*Handlungsfeld 2", page)
    assert "It takes about 2 minutes." in page
    assert "(required)" not in page  # the page says once that every answer is needed
    body = client.post(url, {}).content.decode()
    heading_end = body.index("</h1>")
    summary = body.index('id="selfcheck-errors"')
    assert heading_end < summary < body.index("selfcheck-howto")
    tag = re.search(r'<div [^>]*id="selfcheck-errors"[^>]*>', body).group(0)
    assert 'tabindex="-1"' in tag and "data-error-summary" in tag
    assert re.search(r"<title>Error: ", body)


def test_saving_a_step_keeps_a_draft_and_continues_with_the_next_step(user_client, user):
    response = user_client.post("/meine-initiativen/neu/", form_data(save="about"))
    project = Project.objects.get(owner=user)
    assert project.status == Project.Status.DRAFT
    assert project.name == "Musikwerkstatt Nordstadt"
    assert response.status_code == 302
    assert response["Location"] == f"/meine-initiativen/{project.pk}/#section-topics"
    # The last step has no "continue"; a plain draft goes back to the top of the form.
    response = user_client.post(f"/meine-initiativen/{project.pk}/", form_data(save="images"))
    assert response["Location"] == f"/meine-initiativen/{project.pk}/"
    page = user_client.get(f"/en/meine-initiativen/{project.pk}/").content.decode()
    assert page.count('name="save" value="') == 5
