"""Hostile input: every XSS payload of the corpus through every field where people write.

The text goes in through the portal's real forms (Django's test client, logged in as the
person who may write there), so the server-side cleaning path runs: portraits and their
review, articles in the admin, FAQ feedback and questions, forum posts, titles, reports and
applications, profiles, network, organisation, working group and meeting entries, join
requests and Selbstcheck notes. Then Chromium renders every page that shows the text, with
the production Content-Security-Policy, and the test fails on anything a payload made:

- a dialog (alert, confirm, prompt), ``window.__xss``, a changed ``document.title``, a
  navigation, a request to another host;
- any Content-Security-Policy violation: the policy is the second line of defence, and an
  injected script, handler or style that only the policy stopped is a bug just the same;
- markup that only a payload can have put there (script, frame, object, base, style, an
  event-handler or style attribute, a ``javascript:`` URL, ...), whether it fired or not.

Each page must also show the payloads it holds (literally where the text is escaped, by
their "Probe X017" label where it is Markdown), so the test cannot pass by showing nothing.

Texts are packed: a Markdown field or a long text field holds a chunk of payloads, and
one-line fields hold one payload per object. Lists (which show one-line fields of many
objects on one page) get one object per payload, made in bulk from values that the
fields' own form fields cleaned; pages that show one object get a sample, breakouts first.
Search words that come back in the page are tried too, and on the way the forms must
refuse NUL characters and ``javascript:`` links.

The test has been seen to fail loudly (hundreds of findings) with Django's autoescaping
switched off and with Markdown rendered without nh3: it notices what it is meant to.
"""

from __future__ import annotations

import datetime
import html
import itertools
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.utils import timezone
from playwright.sync_api import Error as PlaywrightError

from faq.models import Category, Entry, FailedSearch, SubmittedQuestion, Vote
from forum.forms import TopicForm
from forum.models import Membership, Topic
from networks.models import (
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal.models import User
from portal.paging import KeysetPaginator
from projects.models import Article, Project
from selfcheck.forms import field_name
from selfcheck.models import AnswerOption, CheckResult, Dimension, Questionnaire, Statement
from tests import factories
from tests.browser.checks import csp_violations, describe_csp_violations
from tests.security.xss_payloads import (
    NULL_BYTE_PAYLOADS,
    PAYLOADS,
    TITLE_MARKER,
    Payload,
    chunks,
    fitting,
    probe,
    visible,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JS_URL = "javascript:alert(1)"

# --- what the browser checks on every page -------------------------------------------------

# Set up before any of the page's code: print() would open no dialog, so it leaves a mark.
MARKERS = "window.print = () => { window.__xss = 'print()'; };"

# After a short pause for handlers that fire late (autofocus, toggle): what payloads did,
# and markup the portal's own pages never have, which on a page with user text only a
# payload can have put there. The Selbstcheck's chart is the portal's one inline SVG; the
# filter forms load the portal's one script file.
INSPECT = """async () => {
  await new Promise(resolve => setTimeout(resolve, 20));
  const found = [];
  const show = (el, why) => found.push(why + ": " + el.outerHTML.slice(0, 160));
  const FOREIGN = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "style", "math", "template", "noscript", "xmp", "plaintext", "listing", "marquee", "isindex",
    "portal", "video", "audio", "source", "foreignobject", "animate", "set", "use"]);
  const URLS = new Set(["href", "src", "action", "formaction", "data", "xlink:href", "background",
    "poster", "srcset", "codebase", "cite", "ping", "to", "from", "values", "by", "lowsrc", "dynsrc"]);
  // The portal's own icons: hidden from assistive technology, drawn from plain shapes or
  // from the sprite under /static/img/ of this origin, and nothing else inside. (User text
  // passes nh3, which keeps no SVG at all; an SVG of this kind could not run anything.)
  const SHAPES = new Set(["path", "circle", "rect", "line", "polyline", "use"]);
  const ownIcon = (svg) => svg !== null && svg.getAttribute("aria-hidden") === "true"
    && Array.from(svg.querySelectorAll("*")).every((part) => SHAPES.has(part.localName)
      && (part.localName !== "use" || (new URL(part.getAttribute("href"), location.href).origin
        === location.origin && new URL(part.getAttribute("href"), location.href).pathname
        .startsWith("/static/img/"))));
  for (const el of document.querySelectorAll("*")) {
    const tag = el.localName.toLowerCase();
    const inHead = el.parentElement === document.head;
    const ownChart = el.closest("svg.selfcheck-chart") !== null || ownIcon(el.closest("svg"));
    if (tag === "script") {
      // The portal's own scripts are files under /static/js/ (the CSP allows only 'self'),
      // judged by the address the browser resolved, so "../" leads nowhere else.
      const ownFile = el.src && new URL(el.src).origin === location.origin
        && new URL(el.src).pathname.startsWith("/static/js/") && !el.text.trim();
      const jsonLd = inHead && el.getAttribute("type") === "application/ld+json";
      if (!ownFile && !jsonLd) show(el, "script element");
    } else if (!ownChart) {
      if (FOREIGN.has(tag) || tag === "svg") show(el, tag + " element");
      else if (["link", "meta", "title"].includes(tag) && !inHead) show(el, tag + " outside head");
    }
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
      if (name.startsWith("on")) show(el, "event handler " + name);
      else if (["style", "srcdoc", "formaction", "http-equiv", "contenteditable"].includes(name)) {
        show(el, name + " attribute");
      } else if (URLS.has(name) && /^(javascript|vbscript|livescript|data):/.test(value)) {
        show(el, "script URL in " + name);
      }
    }
  }
  return {
    xss: typeof window.__xss === "undefined" ? null : String(window.__xss),
    title: document.title,
    url: location.href,
    text: document.body ? document.body.textContent : "",
    jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      s => s.textContent),
    markup: found,
  };
}"""

VALUES = """([selector, attribute]) => [...document.querySelectorAll(selector)].map(
  el => attribute ? el.getAttribute(attribute) : el.value)"""


@dataclass
class Visit:
    """A page, who looks at it, and which payloads it must show (and how)."""

    viewer: str
    path: str
    literal: list[Payload] = field(default_factory=list)  # escaped: the text itself
    labelled: list[Payload] = field(default_factory=list)  # Markdown: "Probe X017"
    title: str | None = None  # in <title>
    values: list[tuple[str, str | None, str]] = field(default_factory=list)  # (css, attr, value)
    json_ld: dict | None = None  # expected keys and values of the JSON-LD block


STATIC_FILES: dict[str, tuple[int, dict, bytes]] = {}


class Viewer:
    """One person's Chromium, under the portal's own CSP, that notes what payloads did."""

    def __init__(self, name: str, new_page, live_server, findings: list[str], user=None):
        self.name = name
        self.findings = findings
        self.origin = live_server.url
        self.page = new_page()
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        context = self.page.context
        context.add_init_script(MARKERS)
        # Nothing leaves the test: other hosts are noted and refused.
        context.route(re.compile(rf"^(?!{re.escape(self.origin)}/)"), lambda route: route.abort())
        # The portal's style sheets and icon are fetched once, not for every page.
        context.route(f"{self.origin}/static/**", self._static)
        self.page.on("dialog", self._dialog)
        self.page.on("request", self._request)
        if user is not None:
            session = client_for(user).cookies["sessionid"].value
            context.add_cookies([{"name": "sessionid", "value": session, "url": self.origin}])

    def _static(self, route) -> None:
        url = route.request.url
        if url not in STATIC_FILES:
            response = route.fetch()
            STATIC_FILES[url] = (response.status, response.headers, response.body())
        status, headers, body = STATIC_FILES[url]
        route.fulfill(status=status, headers=headers, body=body)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}({dialog.message!r})")
        dialog.dismiss()

    def _request(self, request) -> None:
        if not request.url.startswith((self.origin + "/", "data:", "about:")):
            self.foreign.append(request.url)

    def visit(self, visit: Visit) -> None:
        where = f"{visit.path} (as {self.name})"
        try:
            response = self.page.goto(visit.path)
            if response is None or response.status != 200:
                self.findings.append(f"{where}: HTTP {response and response.status}")
                return
            served = response.text()
        except PlaywrightError as error:
            self.broken(where, error)
            return
        self.inspect(where, visit, served=served)

    def broken(self, where: str, error: PlaywrightError) -> None:
        """A payload took the page away (navigated, reloaded) while it was checked."""
        self.findings.append(f"{where}: the page broke while being checked: {error.message[:200]}")
        try:
            self.page.wait_for_load_state()
            self.report_csp(where)
        except PlaywrightError:
            pass

    def report_csp(self, where: str) -> None:
        violations = csp_violations(self.page, clear=True)
        if violations:
            more = f"\n  ... and {len(violations) - 5} more" if len(violations) > 5 else ""
            self.findings.append(
                f"{where}: {len(violations)} CSP violations:\n"
                + describe_csp_violations(violations[:5])
                + more
            )

    def inspect(self, where: str, visit: Visit, served: str | None = None) -> None:
        page, findings = self.page, self.findings
        try:
            state = page.evaluate(INSPECT)
        except PlaywrightError as error:
            self.broken(where, error)
            return
        for dialog in self.dialogs:
            findings.append(f"{where}: a payload opened a dialog: {dialog}")
        if state["xss"] is not None:
            findings.append(f"{where}: a payload ran and set window.__xss = {state['xss']!r}")
        if served is not None:
            match = re.search(r"<title>(.*?)</title>", served, re.DOTALL)
            sent = visible(html.unescape(match.group(1))) if match else ""
            if visible(state["title"]) != sent or state["title"] == TITLE_MARKER:
                findings.append(f"{where}: a payload changed the title to {state['title']!r}")
        if not state["url"].startswith(self.origin + visit.path.split("?")[0]):
            findings.append(f"{where}: a payload navigated to {state['url']}")
        for url in self.foreign:
            findings.append(f"{where}: a payload made a request to {url}")
        for problem in state["markup"][:10]:
            findings.append(f"{where}: injected markup in the DOM: {problem}")
        self.report_csp(where)
        self.dialogs.clear()
        self.foreign.clear()

        text = visible(state["text"])
        missing = [p.key for p in visit.literal if visible(p.text) not in text]
        missing += [p.key for p in visit.labelled if f"Probe{p.key}" not in text]
        if missing:
            findings.append(f"{where}: payloads not shown: {', '.join(missing[:30])}")
        if visit.title is not None and visible(visit.title) not in visible(state["title"]):
            findings.append(f"{where}: the title does not show {visit.title!r}")
        for selector, attribute, value in visit.values:
            if value not in page.evaluate(VALUES, [selector, attribute]):
                findings.append(f"{where}: {selector} {attribute or 'value'} is not {value!r}")
        if visit.json_ld is not None:
            blocks = [json.loads(block) for block in state["jsonld"]]
            if not any(all(b.get(k) == v for k, v in visit.json_ld.items()) for b in blocks):
                findings.append(f"{where}: the JSON-LD block does not hold {visit.json_ld}")


# --- putting text in ------------------------------------------------------------------------


def client_for(user=None, **defaults) -> Client:
    client = Client(raise_request_exception=False, **defaults)
    if user is not None:
        client.force_login(user)
    return client


def form_errors(response) -> str:
    context = response.context or {}
    form = context.get("form")
    return str(form.errors.as_data()) if form is not None else response.content[:2000].decode()


def send(client: Client, path: str, data: dict, *, status: int = 302):
    """POST like a browser; the form must take it (or answer ``status``)."""
    response = client.post(path, data)
    assert response.status_code == status, (
        f"POST {path}: {response.status_code} {form_errors(response)}"
    )
    return response


def cleaned(model, name: str, value: str) -> str:
    """``value`` as the model field's own form field cleans it (what a form would store)."""
    return model._meta.get_field(name).formfield().clean(value)


class Singles:
    """Payloads for one-line fields that show one object per page: breakouts first."""

    def __init__(self) -> None:
        # Long enough for every one-line field (a topic title needs five characters).
        breakouts = [p for p in PAYLOADS if p.is_breakout and len(p.text.strip()) >= 5]
        others = [
            p
            for p in PAYLOADS
            if not p.is_breakout and p.variant == "plain" and len(p.text.strip()) >= 5
        ]
        self._order = breakouts + others
        self._cycle = itertools.cycle(self._order)

    def take(self, limit: int) -> Payload:
        for payload in self._cycle:
            if len(payload.text) <= limit:
                return payload
        raise AssertionError("unreachable")


def topic_title(text: str) -> str | None:
    """The title as the topic form cleans it; None if the form refuses it (too short)."""
    form = TopicForm({"title": text, "body": "Text", "token": "t" * 16})
    return form.cleaned_data["title"] if form.is_valid() else None


def pk_from(response) -> int:
    return int(re.search(r"/(\d+)/", response["Location"]).group(1))


def spread(*columns: list[Payload]) -> list[tuple[Payload, ...]]:
    """Rows of values for objects made in bulk: every payload of every column is used at
    least once (shorter columns repeat), and no row has the same payload twice."""
    rows = max(len(column) for column in columns)
    return [
        tuple(column[(row + 7 * shift) % len(column)] for shift, column in enumerate(columns))
        for row in range(rows)
    ]


# --- the portal's parts -----------------------------------------------------------------------


def seed_projects(people, singles: Singles, findings: list[str]) -> list[Visit]:
    owner, editor = people["owner"], people["editor"]
    owner_client, editor_client = client_for(owner), client_for(editor)
    region = factories.region("16053")
    markdown = chunks(PAYLOADS, 3000)
    plain = chunks(PAYLOADS, 3000, labelled=False, separator="\n")
    count = len(markdown)
    visits: list[Visit] = []
    projects = []
    for index in range(count):
        values = {
            "name": singles.take(200), "summary": singles.take(300), "place": singles.take(120),
            "sponsor_name": singles.take(200), "languages": singles.take(200),
            "contact_name": singles.take(120), "contact_phone": singles.take(40),
        }  # fmt: skip
        data = {name: payload.text for name, payload in values.items()}
        data |= {
            "description": markdown[index][1],
            "goals": markdown[(index + 1) % count][1],
            "lessons": markdown[(index + 2) % count][1],
            "partners": plain[index % len(plain)][1],
            "region": region.pk, "sponsor_kind": "verein", "contact_email": "kontakt@example.org",
            "contact_consent": "on", "website": "https://example.org/",
        }  # fmt: skip
        image = {}
        if index < 2:  # pictures carry text in attributes (alt) and in the caption
            image = {
                "alt": singles.take(250), "caption": singles.take(250), "credit": singles.take(120)
            }  # fmt: skip
            data |= {
                "image": factories.image_upload(size=(320, 240)),
                "image_alt_text": image["alt"].text,
                "image_caption": image["caption"].text,
                "image_credit": image["credit"].text,
            }
        pk = pk_from(send(owner_client, "/meine-initiativen/neu/", data))
        send(owner_client, f"/meine-initiativen/{pk}/einreichen/", {})
        message = plain[(index + 3) % len(plain)]
        send(
            editor_client,
            f"/redaktion/projekte/{pk}/",
            {"decision": "publish", "message": message[1]},
        )
        project = Project.objects.get(pk=pk)
        assert project.status == Project.Status.PUBLISHED
        projects.append((project, values, image, message[0]))
        literal = [*values.values(), *plain[index % len(plain)][0]]
        if image:
            literal += [image["caption"], image["credit"]]
        visits.append(
            Visit(
                "visitor",
                project.get_absolute_url(),
                literal=literal,
                labelled=[
                    *markdown[index][0],
                    *markdown[(index + 1) % count][0],
                    *markdown[(index + 2) % count][0],
                ],
                title=values["name"].text,
                values=[(".gallery img", "alt", image["alt"].text)] if image else [],
                json_ld={"name": values["name"].text, "description": values["summary"].text},
            )
        )

    # Every payload as the name and as the summary of a portrait in the list.
    names, summaries = fitting(200), fitting(300)
    Project.objects.bulk_create(
        Project(
            owner=owner,
            status=Project.Status.PUBLISHED,
            name=cleaned(Project, "name", name.text),
            slug=f"xss-{index}",
            summary=cleaned(Project, "summary", summary.text),
            description="Beschreibung",
            region=region,
            land=region.land,
            sponsor_name="Verein",
            sponsor_kind="verein",
            published_at=timezone.now(),
        )
        for index, (name, summary) in enumerate(spread(names, summaries))
    )
    listed = [*names, *summaries]
    visits.append(
        Visit(
            "visitor",
            "/projekte/",
            literal=[*listed, *(values["name"] for _p, values, _i, _m in projects)],
            values=[(".result__image", "alt", projects[0][2]["alt"].text)],
        )
    )
    visits.append(
        Visit(
            "owner",
            "/meine-initiativen/",
            literal=[p for project in projects for p in (project[1]["name"], *project[3])],
        )
    )

    # A change to a published portrait: the owner's preview and the editor's comparison.
    first, values, _image, _message = projects[0]
    changed = {
        "name": singles.take(200), "summary": singles.take(300), "place": singles.take(120)
    }  # fmt: skip
    data = {
        **{name: payload.text for name, payload in changed.items()},
        "description": markdown[3 % count][1], "partners": plain[4 % len(plain)][1],
        "region": region.pk, "sponsor_name": values["sponsor_name"].text,
        "sponsor_kind": "verein", "lock_version": first.lock_version, "submit": "1",
    }  # fmt: skip
    send(owner_client, f"/meine-initiativen/{first.pk}/", data)
    send(owner_client, f"/meine-initiativen/{first.pk}/einreichen/", {})
    visits += [
        Visit(
            "owner",
            f"/meine-initiativen/{first.pk}/vorschau/",
            literal=[*changed.values(), *plain[4 % len(plain)][0]],
            labelled=markdown[3 % count][0],
            title=None,
        ),
        Visit("editor", "/redaktion/", literal=[values["name"]]),
        Visit(
            "editor",
            f"/redaktion/projekte/{first.pk}/",
            literal=[
                *changed.values(),
                values["name"],
                values["summary"],
                *plain[4 % len(plain)][0],
            ],
        ),
    ]
    # The edit form shows the saved text in inputs and text areas.
    second, values, _image, _message = projects[1]
    visits.append(
        Visit(
            "owner",
            f"/meine-initiativen/{second.pk}/",
            literal=[*plain[1][0]],
            values=[
                ("#id_name", None, values["name"].text),
                ("#id_summary", None, values["summary"].text),
                ("#id_place", None, values["place"].text),
                ("#id_description", None, markdown[1][1]),
            ],
        )
    )

    # Script URLs are refused where a link is asked for; NUL characters everywhere.
    refused = {"website": JS_URL, "description": NULL_BYTE_PAYLOADS[0]}
    for name, value in refused.items():
        data = {
            "name": "Projekt", "summary": "Kurz", "description": "Text", "region": region.pk,
            "sponsor_name": "Verein", "sponsor_kind": "verein", name: value,
        }  # fmt: skip
        response = owner_client.post("/meine-initiativen/neu/", data)
        if response.status_code != 200 or name not in response.context["form"].errors:
            findings.append(f"project form took {value!r} as {name}: HTTP {response.status_code}")
    return visits


def seed_articles(people, singles: Singles) -> list[Visit]:
    staff_client = client_for(people["staff"])
    markdown = chunks(PAYLOADS, 5000)
    visits = []
    shown = []
    for index, (payloads, body) in enumerate(markdown):
        values = {
            "title": singles.take(200), "lead": singles.take(600),
            "author_name": singles.take(120), "author_role": singles.take(200),
        }  # fmt: skip
        data = {name: payload.text for name, payload in values.items()}
        data |= {
            "kind": "interview", "slug": f"xss-beitrag-{index}", "body": body,
            "published_on": timezone.localdate().isoformat(), "is_published": "on",
            "cover_alt_text": "",
        }  # fmt: skip
        send(staff_client, "/admin/projects/article/add/", data)
        shown.append(values["title"])
        visits.append(
            Visit(
                "visitor",
                f"/beitraege/xss-beitrag-{index}/",
                literal=list(values.values()),
                labelled=payloads,
                title=values["title"].text,
                values=[('meta[property="og:title"]', "content", values["title"].text)],
            )
        )
    titles, leads, authors = fitting(200), fitting(600), fitting(120)
    Article.objects.bulk_create(
        Article(
            kind="success_story",
            title=cleaned(Article, "title", title.text),
            slug=f"xss-liste-{index}",
            lead=cleaned(Article, "lead", lead.text),
            body="Text",
            author_name=cleaned(Article, "author_name", author.text),
            is_published=True,
        )
        for index, (title, lead, author) in enumerate(spread(titles, leads, authors))
    )
    visits.append(Visit("visitor", "/beitraege/", literal=[*titles, *leads, *authors, *shown]))
    return visits


def seed_faq(people, singles: Singles, findings: list[str]) -> list[Visit]:
    category = Category.objects.create(name="Finanzierung", slug="finanzierung")
    entry = Entry.objects.create(
        category=category, slug="foerdermittel", question="Wo gibt es Fördermittel?",
        answer="Bei Ländern, Kommunen und Stiftungen.",
    )  # fmt: skip
    visits = []
    # Feedback: every visitor (a session of their own, an address of their own) comments once.
    comments = chunks(PAYLOADS, 1000, labelled=False, separator="\n")
    for index, (_payloads, comment) in enumerate(comments):
        visitor = client_for(REMOTE_ADDR=f"10.1.{index // 200}.{index % 200 + 1}")
        send(
            visitor,
            f"/faq/frage/{entry.slug}/rueckmeldung/",
            {"helpful": "nein", "comment": comment},
        )
    assert Vote.objects.filter(entry=entry).exclude(comment="").count() == len(comments)
    editor = "editor"
    visits.append(
        Visit(
            editor,
            f"/faq/redaktion/frage/{entry.slug}/",
            literal=[p for payloads, _text in comments for p in payloads],
        )
    )
    # Questions for the editors, each from another visitor.
    questions = chunks(PAYLOADS, 1000, labelled=False, separator="\n")
    for index, (_payloads, question) in enumerate(questions):
        visitor = client_for(REMOTE_ADDR=f"10.2.{index // 200}.{index % 200 + 1}")
        send(
            visitor,
            "/faq/frage-stellen/",
            {"question": question, "email": "", "token": f"xss-{index:020d}"},
        )
    submitted = list(SubmittedQuestion.objects.order_by("pk"))
    assert len(submitted) == len(questions)
    visits += [
        Visit(editor, f"/faq/redaktion/eingang/{question.pk}/", literal=payloads)
        for question, (payloads, _text) in zip(submitted, questions, strict=True)
    ]
    # An editor publishes one question as it was asked, with a Markdown answer.
    asked = singles.take(250)
    extra = SubmittedQuestion.objects.create(
        question=asked.text, submission_token="xss-extra-0000000"
    )
    answer_payloads, answer = chunks(PAYLOADS, 30000)[0]
    send(
        client_for(people["editor"]),
        f"/faq/redaktion/eingang/{extra.pk}/",
        {"category": category.pk, "question": asked.text, "answer": answer},
    )
    answered = Entry.objects.get(question=cleaned(Entry, "question", asked.text))
    visits += [
        Visit(
            "visitor",
            answered.get_absolute_url(),
            literal=[asked],
            labelled=answer_payloads,
            title=asked.text,
        ),
        Visit("visitor", category.get_absolute_url(), literal=[asked]),
    ]
    # Searches that found nothing are listed for the editors.
    searched = [p for p in fitting(100) if p.variant == "plain"][:15]
    anonymous = client_for()
    for payload in searched:
        anonymous.get("/faq/suche/?" + urlencode({"q": payload.text}))
    recorded = set(FailedSearch.objects.values_list("query", flat=True))
    visits.append(
        Visit(editor, "/faq/redaktion/", literal=[p for p in searched if p.text in recorded])
    )
    # A NUL in a question or comment is refused with a message, and nothing is stored.
    response = anonymous.post(
        "/faq/frage-stellen/",
        {"question": NULL_BYTE_PAYLOADS[0] + " Frage?", "email": "", "token": "x" * 20},
    )
    if response.status_code != 200 or not response.context["form"].errors:
        findings.append(f"FAQ question form took a NUL character: HTTP {response.status_code}")
    return visits


def seed_forum(people, singles: Singles, findings: list[str]) -> list[Visit]:
    board = factories.BoardFactory(name="Praxis", slug="praxis")
    listing = factories.BoardFactory(name="Liste", slug="liste")
    poster, moderator = people["poster"], people["moderator"]
    poster_client, reader_client = client_for(poster), client_for(people["reader"])
    moderator_client = client_for(moderator)

    # Named people: display name, organisation and role through the profile form.
    authors = []
    for index in range(6):
        values = {
            "display_name": singles.take(80), "organisation": singles.take(200),
            "organisation_role": singles.take(120),
        }  # fmt: skip
        user = factories.MemberFactory(membership__notify="none")
        client = client_for(user)
        send(
            client, "/konto/profil/", {name: p.text for name, p in values.items()} | {"region": ""}
        )
        authors.append((user, client, values))
        people[f"author-{index}"] = user

    # Topics with hostile titles, started by those people.
    topics = []
    for index, (_user, client, values) in enumerate(authors):
        title, body = singles.take(150), singles.take(2000)
        data = {"title": title.text, "body": probe(body), "token": f"topic-{index:016d}"}
        topic = Topic.objects.get(
            pk=pk_from(send(client, f"/forum/bereich/{board.slug}/neues-thema/", data))
        )
        topics.append((topic, title, values, body))

    # The big topic: chunks of Markdown, then one payload per post.
    big = topics[0][0]
    for number in range(3):  # new members may post few links; this member is not new
        factories.reply(big, author=poster, body=f"Beitrag {number}")
    markdown = chunks(PAYLOADS, 3000)
    single = [p for p in PAYLOADS if p.family in {"broken", "markdown"}]
    bodies = [text for _payloads, text in markdown] + [probe(p) for p in single]
    for index, body in enumerate(bodies):
        send(
            poster_client,
            f"/forum/thema/{big.pk}/antworten/",
            {"body": body, "token": f"reply-{index:016d}"},
        )
    chunk_posts = list(big.posts.filter(author=poster).order_by("number"))[3 : 3 + len(markdown)]
    # The first chunk post is edited to hold the second chunk; the last one is hidden.
    shown = [p for payloads, _text in markdown[1:-1] for p in payloads]
    hidden = markdown[-1][0]

    # Reports: one per post, each with a reason the moderators read.
    reasons = chunks(PAYLOADS, 1000, labelled=False, separator="\n")
    reportable = list(big.posts.filter(author=poster).order_by("number"))[3 + len(markdown) :]
    for post, (_payloads, reason) in zip(reportable, reasons, strict=False):
        send(reader_client, f"/forum/beitrag/{post.pk}/melden/", {"reason": reason})
    assert len(reportable) >= len(reasons)

    # An edit keeps the old text in the history; a hidden post stays visible to moderators.
    edited = chunk_posts[0]
    new_payloads, new_body = markdown[1 % len(markdown)]
    send(poster_client, f"/forum/beitrag/{edited.pk}/bearbeiten/", {"body": new_body})
    send(
        moderator_client,
        f"/forum/moderation/beitrag/{chunk_posts[-1].pk}/ausblenden/",
        {"next": big.get_absolute_url()},
    )

    # Applications for membership, with organisation, role and motivation.
    applications = []
    motivations = chunks(PAYLOADS, 2000, labelled=False, separator="\n")
    for payloads, motivation in motivations:
        values = {"organisation": singles.take(200), "role": singles.take(120)}
        applicant = factories.UserFactory()
        send(
            client_for(applicant),
            "/forum/mitglied-werden/",
            {
                "organisation": values["organisation"].text,
                "role": values["role"].text,
                "motivation": motivation,
            },
        )
        applications.append((Membership.objects.get(user=applicant), values, payloads))

    # Every payload as a member's name and organisations, and as a topic title.
    names, organisations = fitting(80), fitting(200)
    rows = spread(names, organisations, organisations[::-1])
    users = User.objects.bulk_create(
        User(
            email=f"xss-{index}@example.org",
            display_name=cleaned(User, "display_name", name.text),
            organisation=cleaned(User, "organisation", organisation.text),
        )
        for index, (name, organisation, _other) in enumerate(rows)
    )
    Membership.objects.bulk_create(
        Membership(
            user=user,
            status=Membership.Status.APPROVED,
            notify=Membership.Notify.NONE,
            organisation=cleaned(Membership, "organisation", other.text),
            role="Mitglied",
            motivation="Austausch",
            decided_at=timezone.now(),
        )
        for user, (_name, _organisation, other) in zip(users, rows, strict=True)
    )
    titles = [payload for payload in fitting(150) if topic_title(payload.text)]
    now = timezone.now()
    Topic.objects.bulk_create(
        Topic(
            board=listing,
            author=users[index % len(users)],
            created_at=now,
            last_activity_at=now,
            title=topic_title(title.text),
        )
        for index, title in enumerate(titles)
    )

    author_names = [values["display_name"] for _user, _client, values in authors]
    visits = [
        Visit(
            "reader",
            big.get_absolute_url(),
            literal=[topics[0][1], authors[0][2]["display_name"], authors[0][2]["organisation"]],
            labelled=[topics[0][3], *shown, *single],
            title=topics[0][1].text,
        ),
        Visit(
            "moderator",
            big.get_absolute_url(),
            labelled=[topics[0][3], *shown, *hidden, *single],
        ),
        Visit("reader", "/forum/"),
        Visit(
            "reader",
            board.get_absolute_url(),
            literal=[*(t[1] for t in topics), *author_names],
        ),
        Visit(
            "reader",
            listing.get_absolute_url(),
            literal=[*titles, *names],
        ),
        Visit("reader", "/forum/ungelesen/", literal=[*titles, *(t[1] for t in topics[1:])]),
        Visit("reader", "/forum/suche/?q=alert"),
        Visit(
            "reader",
            "/forum/mitglieder/",
            literal=[*names, *organisations, *author_names],
        ),
        Visit(
            "moderator",
            "/forum/moderation/",
            literal=[p for payloads, _t in reasons for p in payloads],
        ),
        Visit(
            "moderator",
            f"/forum/beitrag/{edited.pk}/verlauf/",
            literal=[*markdown[0][0], *new_payloads],
        ),
        Visit(
            "moderator",
            "/forum/moderation/antraege/",
            literal=[values["organisation"] for _m, values, _p in applications],
        ),
        Visit(
            "poster",
            f"/forum/beitrag/{chunk_posts[1].pk}/bearbeiten/",
            literal=markdown[1][0],
        ),
        Visit("poster", f"/forum/thema/{big.pk}/antworten/?zitat={chunk_posts[2].pk}"),
        Visit("poster", f"/forum/thema/{topics[1][0].pk}/antworten/", title=topics[1][1].text),
    ]
    visits += [
        Visit(
            "reader",
            topic.get_absolute_url(),
            literal=[title, values["display_name"], values["organisation"]],
            labelled=[body],
            title=title.text,
        )
        for topic, title, values, body in topics[1:]
    ]
    visits += [
        Visit(
            "moderator",
            f"/forum/moderation/antraege/{membership.pk}/",
            literal=[*values.values(), *payloads],
        )
        for membership, values, payloads in applications
    ]
    visits += [
        Visit(
            f"author-{index}",
            "/konto/profil/",
            values=[(f"#id_{name}", None, payload.text) for name, payload in values.items()],
        )
        for index, (_user, _client, values) in enumerate(authors[:2])
    ]

    # NUL characters are refused with a message.
    for path, data in [
        (f"/forum/thema/{big.pk}/antworten/", {"body": NULL_BYTE_PAYLOADS[1], "token": "n" * 20}),
        (
            "/konto/profil/",
            {
                "display_name": NULL_BYTE_PAYLOADS[2][:80],
                "organisation": "",
                "organisation_role": "",
            },
        ),
    ]:
        response = poster_client.post(path, data)
        if response.status_code != 200 or not response.context["form"].errors:
            findings.append(f"{path} took a NUL character: HTTP {response.status_code}")
    return visits


def seed_networks(people, singles: Singles, findings: list[str]) -> list[Visit]:
    coordinator, org_owner = people["coordinator"], people["org_owner"]
    coordinator_client, owner_client = client_for(coordinator), client_for(org_owner)
    region = factories.region("16051")
    descriptions = chunks(PAYLOADS, 5000)
    goals = chunks(PAYLOADS, 3000)
    visits: list[Visit] = []

    networks = []
    for index in range(max(len(descriptions), len(goals))):
        network = Network.objects.create(
            name=f"Netzwerk {index}", slug=f"netzwerk-{index}", kind="kommunal",
            scope="kommune", region=region,
        )  # fmt: skip
        network.coordinators.add(coordinator)
        values = {
            "name": singles.take(200), "street": singles.take(200), "city": singles.take(100),
            "phone": singles.take(40),
        }  # fmt: skip
        described = descriptions[index % len(descriptions)]
        aims = goals[index % len(goals)]
        send(
            coordinator_client,
            f"/netzwerke/{network.slug}/bearbeiten/",
            {name: p.text for name, p in values.items()}
            | {
                "kind": "kommunal",
                "scope": "kommune",
                "region": region.pk,
                "description": described[1],
                "goals": aims[1],
                "postcode": "99084",
                "email": "netz@example.org",
                "website": "https://example.org/",
            },
        )
        networks.append((network, values, described[0], aims[0]))

    # Organisations, edited by their owner, members of the first network.
    organisations = []
    org_descriptions = chunks(PAYLOADS, 5000)
    for index, (payloads, description) in enumerate(org_descriptions):
        organisation = Organisation.objects.create(
            name=f"Verein {index}", slug=f"verein-{index}", kind="verein", region=region
        )
        organisation.owners.add(org_owner)
        values = {"name": singles.take(200), "street": singles.take(200), "city": singles.take(100)}
        send(
            owner_client,
            f"/organisationen/{organisation.slug}/bearbeiten/",
            {name: p.text for name, p in values.items()}
            | {"kind": "verein", "region": region.pk, "description": description, "postcode": ""},
        )
        NetworkMembership.objects.create(network=networks[0][0], organisation=organisation)
        organisations.append((organisation, values, payloads))

    # Working groups and meetings of the first network.
    first = networks[0][0]
    group_texts = chunks(PAYLOADS, 3000, labelled=False, separator="\n")
    groups = []
    for payloads, description in group_texts:
        values = {
            "name": singles.take(150),
            "contact": singles.take(200),
            "rhythm": singles.take(120),
        }
        send(
            coordinator_client,
            f"/netzwerke/{first.slug}/arbeitsgruppen/neu/",
            {name: p.text for name, p in values.items()}
            | {"description": description, "is_standing": "on", "topic": ""},
        )
        groups.append((values, payloads))
    agendas = chunks(PAYLOADS, 5000)
    minutes = chunks(PAYLOADS, 20000)
    meetings = []
    start = timezone.localtime() + datetime.timedelta(days=7)
    for index, (payloads, agenda) in enumerate(agendas):
        values = {
            "title": singles.take(200),
            "place": singles.take(300),
            "registration_note": singles.take(300),
        }
        when = start + datetime.timedelta(days=index)
        response = send(
            coordinator_client,
            f"/netzwerke/{first.slug}/termine/neu/",
            {name: p.text for name, p in values.items()}
            | {
                "agenda": agenda,
                "minutes": minutes[index % len(minutes)][1],
                "starts_at": when.strftime("%Y-%m-%dT%H:%M"),
                "ends_at": (when + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
                "working_group": "",
                "online_url": "",
                "is_public": "on" if index % 2 else "",
            },
        )
        meeting = Meeting.objects.get(pk=pk_from(response))
        meetings.append((meeting, values, payloads, minutes[index % len(minutes)][0]))

    # Requests to join other networks, with a message for the coordinators.
    messages = chunks(PAYLOADS, 2000, labelled=False, separator="\n")
    requests = []
    pairs = itertools.product([o for o, _v, _p in organisations], [n for n, *_ in networks[1:]])
    for (organisation, network), (payloads, message) in zip(pairs, messages, strict=False):
        send(
            owner_client,
            f"/organisationen/{organisation.slug}/netzwerk-beitreten/",
            {"network": network.pk, "role": "mitglied", "message": message},
        )
        requests.append(
            (JoinRequest.objects.get(organisation=organisation, network=network), payloads)
        )
    assert len(requests) == len(messages), "more organisations or networks needed"

    # Every payload as the name of a network, an organisation, a working group, a meeting.
    names = fitting(200)
    Network.objects.bulk_create(
        Network(
            name=cleaned(Network, "name", name.text),
            slug=f"xss-netz-{index}",
            kind="thematisch",
            scope="bund",
            region=region,
            city=cleaned(Network, "city", name.text[:100]),
        )
        for index, name in enumerate(names)
    )
    listed_organisations = Organisation.objects.bulk_create(
        Organisation(
            name=cleaned(Organisation, "name", name.text),
            slug=f"xss-verein-{index}",
            kind="verein",
            region=region,
        )
        for index, name in enumerate(names)
    )
    NetworkMembership.objects.bulk_create(
        NetworkMembership(network=networks[1][0], organisation=organisation)
        for organisation in listed_organisations
    )
    group_names = {}
    for payload in fitting(150):  # names are unique per network regardless of case
        group_names.setdefault(payload.text.casefold(), payload)
    WorkingGroup.objects.bulk_create(
        WorkingGroup(
            network=networks[2][0], name=cleaned(WorkingGroup, "name", p.text), rhythm="monatlich"
        )
        for p in group_names.values()
    )
    later = timezone.now() + datetime.timedelta(days=30)
    Meeting.objects.bulk_create(
        Meeting(
            network=networks[2][0],
            title=cleaned(Meeting, "title", name.text),
            place=cleaned(Meeting, "place", name.text),
            starts_at=later,
            ends_at=later + datetime.timedelta(hours=1),
            is_public=True,
        )
        for name in names
    )

    visits += [
        Visit(
            "visitor", "/netzwerke/", literal=[*names, *(v["name"] for _n, v, _d, _g in networks)]
        ),
        Visit(
            "visitor",
            "/organisationen/",
            literal=[*names, *(v["name"] for _o, v, _p in organisations)],
        ),
        Visit("visitor", "/netzwerke/termine/", literal=names),
        Visit(
            "visitor",
            networks[1][0].get_absolute_url(),
            literal=[*names, *networks[1][1].values()],
            labelled=[*networks[1][2], *networks[1][3]],
        ),
        Visit(
            "visitor",
            networks[2][0].get_absolute_url(),
            literal=[*group_names.values(), *networks[2][1].values()],
            labelled=[*networks[2][2], *networks[2][3]],
        ),
        Visit(
            "coordinator",
            first.get_absolute_url(),
            literal=[
                *networks[0][1].values(),
                *(v["name"] for _o, v, _p in organisations),
                *(p for values, payloads in groups for p in (*values.values(), *payloads)),
                *(m[1]["title"] for m in meetings[:5]),
            ],
            labelled=[*networks[0][2], *networks[0][3]],
            title=networks[0][1]["name"].text,
        ),
        Visit(
            "coordinator",
            f"/netzwerke/{first.slug}/bearbeiten/",
            literal=networks[0][2],
            values=[
                ("#id_name", None, networks[0][1]["name"].text),
                ("#id_phone", None, networks[0][1]["phone"].text),
            ],
        ),
        Visit(
            "coordinator",
            f"/netzwerke/{first.slug}/termine/{meetings[0][0].pk}/bearbeiten/",
            literal=meetings[0][2],
            values=[("#id_title", None, meetings[0][1]["title"].text)],
        ),
        Visit("coordinator", f"/netzwerke/{networks[1][0].slug}/anfragen/"),
    ]
    visits += [
        Visit(
            "visitor",
            network.get_absolute_url(),
            literal=list(values.values()),
            labelled=[*described, *aims],
            title=values["name"].text,
        )
        for network, values, described, aims in networks[3:]
    ]
    visits += [
        Visit(
            "visitor",
            organisation.get_absolute_url(),
            literal=list(values.values()),
            labelled=payloads,
            title=values["name"].text,
        )
        for organisation, values, payloads in organisations
    ]
    visits += [
        Visit(
            "coordinator",
            meeting.get_absolute_url(),
            literal=list(values.values()),
            labelled=[*payloads, *written],
            title=values["title"].text,
        )
        for meeting, values, payloads, written in meetings
    ]
    visits += [
        Visit("coordinator", f"/netzwerke/anfragen/{join_request.pk}/", literal=payloads)
        for join_request, payloads in requests
    ]

    # Links must be links: a script URL is refused in every URL field.
    response = coordinator_client.post(
        f"/netzwerke/{first.slug}/termine/neu/",
        {
            "title": "Treffen",
            "online_url": JS_URL,
            "starts_at": "2030-01-01T10:00",
            "ends_at": "2030-01-01T12:00",
        },
    )
    if response.status_code != 200 or "online_url" not in response.context["form"].errors:
        findings.append(f"meeting form took {JS_URL!r} as online link: HTTP {response.status_code}")
    response = owner_client.post(
        f"/organisationen/{organisations[0][0].slug}/bearbeiten/",
        {"name": "Verein", "kind": "verein", "region": region.pk, "website": JS_URL},
    )
    if response.status_code != 200 or "website" not in response.context["form"].errors:
        findings.append(
            f"organisation form took {JS_URL!r} as website: HTTP {response.status_code}"
        )
    return visits


def seed_selfcheck(people) -> list[Visit]:
    questionnaire = Questionnaire.objects.create(
        title="Selbstcheck Vernetzung", slug="xss-check", intro="Wie steht es?", is_published=True
    )
    AnswerOption.objects.bulk_create(
        AnswerOption(questionnaire=questionnaire, label=label, score=score, position=score)
        for score, label in enumerate(["trifft nicht zu", "trifft zu"])
    )
    dimension = Dimension.objects.create(questionnaire=questionnaire, title="Strukturen")
    statement = Statement.objects.create(dimension=dimension, text="Es gibt eine Geschäftsstelle.")
    client = client_for(people["checker"])
    notes = chunks(PAYLOADS, 1000, labelled=False, separator="\n")
    visits = []
    answers = {field_name(statement.pk): "1"}
    for payloads, note in notes:
        send(client, "/selbstcheck/xss-check/", answers)
        response = send(client, "/selbstcheck/xss-check/ergebnis/speichern/", {"note": note})
        visits.append(Visit("checker", response["Location"], literal=payloads))
    assert CheckResult.objects.count() == len(notes)
    visits.append(Visit("checker", "/selbstcheck/meine-ergebnisse/"))
    return visits


def reflected_visits() -> list[Visit]:
    """Search words come back in the page: in the search field, the title, the message."""
    breakouts = [p.text for p in PAYLOADS if p.is_breakout and p.variant == "plain"]
    queries = [" ".join(breakouts[:6])[:200], " ".join(breakouts[6:12])[:200]]
    visits = []
    for query in queries:
        encoded = urlencode({"q": query})
        visits += [
            Visit("visitor", f"/faq/suche/?{encoded}"),
            Visit("visitor", f"/projekte/?{encoded}"),
            Visit("visitor", f"/netzwerke/?{encoded}"),
            Visit("visitor", f"/organisationen/?{encoded}"),
            Visit("visitor", f"/faq/frage-stellen/?{encoded}"),
            Visit("reader", f"/forum/suche/?{encoded}"),
        ]
    return visits


# --- the test -------------------------------------------------------------------------------


@pytest.fixture
def one_page_lists(settings, monkeypatch):
    """Every list on one page, so that one page load shows every payload of a field."""
    settings.FORUM_POSTS_PER_PAGE = 5000
    settings.FORUM_TOPICS_PER_PAGE = 5000
    original = KeysetPaginator.__init__

    def long_pages(self, queryset, ordering, per_page=20, **options):
        original(self, queryset, ordering, per_page=5000, **options)

    monkeypatch.setattr(KeysetPaginator, "__init__", long_pages)


def test_no_payload_runs_in_any_field(new_page, live_server, settings, tmp_path, one_page_lists):
    # The corpus: large, without repeats, from every family of vectors.
    assert len(PAYLOADS) >= 300
    assert len({p.text for p in PAYLOADS}) == len(PAYLOADS)
    assert len({p.family for p in PAYLOADS}) >= 10
    assert all("\x00" not in p.text for p in PAYLOADS)

    settings.MEDIA_ROOT = tmp_path
    findings: list[str] = []
    people = {
        "owner": factories.UserFactory(),
        "editor": factories.EditorFactory(),
        "staff": factories.StaffFactory(),
        "moderator": factories.ModeratorFactory(),
        "poster": factories.MemberFactory(membership__notify="none"),
        "reader": factories.MemberFactory(membership__notify="none"),
        "coordinator": factories.UserFactory(),
        "org_owner": factories.UserFactory(),
        "checker": factories.UserFactory(),
    }
    singles = Singles()
    visits = [
        *seed_projects(people, singles, findings),
        *seed_articles(people, singles),
        *seed_faq(people, singles, findings),
        *seed_forum(people, singles, findings),
        *seed_networks(people, singles, findings),
        *seed_selfcheck(people),
        *reflected_visits(),
    ]
    viewers: dict[str, Viewer] = {}

    def viewer(name: str) -> Viewer:
        if name not in viewers:
            user = people.get(name)  # the visitor is nobody
            viewers[name] = Viewer(name, new_page, live_server, findings, user)
        return viewers[name]

    for visit in visits:
        viewer(visit.viewer).visit(visit)

    # The composer's preview, written and sent in the browser.
    poster = viewer("poster")
    topic = Topic.objects.filter(board__slug="praxis").order_by("pk").first()
    payloads, text = chunks(PAYLOADS, 20000)[0]
    poster.page.goto(f"/forum/thema/{topic.pk}/antworten/")
    poster.page.locator("#id_body").fill(text)
    poster.page.locator("button[name=preview]").click()
    poster.page.wait_for_load_state()
    poster.inspect(
        "the composer's preview",
        Visit("poster", poster.page.url.replace(live_server.url, ""), labelled=payloads),
    )

    assert not findings, f"{len(findings)} problems with hostile input:\n" + "\n".join(findings)
