import pytest
from django.test import Client

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_probe(faq):
    c = Client(raise_request_exception=False)
    member = factories.MemberFactory()
    m = Client(raise_request_exception=False)
    m.force_login(member)
    for url in ["/faq/suche/?q=Musik%00projekt", "/faq/suche/?q=%00", "/projekte/?q=Musik%00", "/netzwerke/?q=a%00b", "/organisationen/?q=a%00b", "/faq/frage-stellen/?q=a%00b"]:
        r = c.get(url)
        print(url, r.status_code)
    for url in ["/forum/suche/?q=Musik%00projekt"]:
        r = m.get(url)
        print(url, r.status_code)
    r = c.post("/faq/frage-stellen/", {"question": "Wie geht das mit \x00 Nullbyte?", "token": "t" * 20})
    print("ask", r.status_code)
    r = c.post("/faq/frage/foerdermittel/rueckmeldung/", {"helpful": "ja", "comment": "a\x00b"})
    print("feedback", r.status_code, r.headers.get("Location"))
    r = c.get("/faq/frage/foerdermittel/")
    print([str(x) for x in r.context["messages"]] if r.context else None)
