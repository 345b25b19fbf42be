"""A gallery of the main pages on a phone and a desktop screen: ``make screenshots``.

Takes the portal that ``make run`` serves (http://127.0.0.1:8000 unless ``--base-url``
names another), looks at each page as a visitor and as the demo member, at 390 and
1280 px, and writes into ``var/screenshots/``: one PNG per page and width (the first
screen, and ``-full`` the whole page), ``index.html`` to browse them, and
``measurements.json`` with the header's and the page's height and whether the page
scrolls sideways. Debian's Chromium drives it (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "var" / "screenshots"
WIDTHS = (390, 1280)
HEIGHT = 844
DEMO_MEMBER = ("mitglied@example.org", "Demo-Passwort-2026")

# (name, path, as member): the page types a reader meets first.
PAGES = (
    ("startseite", "/", False),
    ("projektliste", "/projekte/", False),
    ("projektportraet", None, False),  # the first portrait of the list
    ("beitraege", "/beitraege/", False),
    ("faq", "/faq/", False),
    ("faq-suche", "/faq/suche/?q=Versicherung", False),
    ("netzwerke", "/netzwerke/", False),
    ("organisationen", "/organisationen/", False),
    ("selbstcheck", "/selbstcheck/", False),
    ("ueber-das-portal", "/ueber-das-portal/", False),
    ("startseite-mitglied", "/", True),
    ("forum", "/forum/", True),
    ("forum-thema", None, True),  # the first topic of the first board
    ("initiative-eintragen", "/meine-initiativen/neu/", True),
)

MEASURE = """() => ({
  header: Math.round(document.querySelector('header').getBoundingClientRect().height),
  page: document.documentElement.scrollHeight,
  sideways: document.documentElement.scrollWidth > window.innerWidth,
})"""


def first_link(page, selector: str) -> str:
    href = page.locator(selector).first.get_attribute("href")
    if not href:
        raise SystemExit(f"No link matches {selector!r} on {page.url}.")
    return href


def log_in(page, base_url: str) -> None:
    email, password = DEMO_MEMBER
    page.goto(base_url + "/konto/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def shoot(base_url: str, chromium: str) -> list[dict]:
    from playwright.sync_api import sync_playwright

    shutil.rmtree(OUTPUT, ignore_errors=True)
    OUTPUT.mkdir(parents=True)
    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
        )
        for width in WIDTHS:
            visitor = browser.new_page(viewport={"width": width, "height": HEIGHT}, locale="de-DE")
            member = browser.new_page(viewport={"width": width, "height": HEIGHT}, locale="de-DE")
            log_in(member, base_url)
            for name, path, as_member in PAGES:
                page = member if as_member else visitor
                if path is None and name == "projektportraet":
                    page.goto(base_url + "/projekte/")
                    path = first_link(page, "main .result h3 a, main .result a[href^='/projekte/']")
                if path is None and name == "forum-thema":
                    page.goto(base_url + "/forum/")
                    page.goto(base_url + first_link(page, "main a[href^='/forum/bereich/']"))
                    path = first_link(page, "main a[href^='/forum/thema/']")
                response = page.goto(base_url + path)
                measured = page.evaluate(MEASURE)
                stem = f"{name}-{width}"
                page.screenshot(path=OUTPUT / f"{stem}.png")
                page.screenshot(path=OUTPUT / f"{stem}-full.png", full_page=True)
                results.append(
                    {"name": name, "path": path, "width": width, "status": response.status}
                    | measured
                )
                print(f"{stem:32} header {measured['header']:4} px, page {measured['page']:6} px")
        browser.close()
    return results


def write_index(results: list[dict]) -> None:
    rows = "\n".join(
        f"<figure><figcaption>{html.escape(r['name'])} · {r['width']} px · header "
        f"{r['header']} px · page {r['page']} px</figcaption>"
        f'<a href="{r["name"]}-{r["width"]}-full.png"><img src="{r["name"]}-{r["width"]}.png" '
        f'alt="{html.escape(r["name"])} at {r["width"]} px" width="{min(r["width"], 640)}"></a>'
        "</figure>"
        for r in results
    )
    (OUTPUT / "index.html").write_text(
        "<!DOCTYPE html><html lang='de'><meta charset='utf-8'><title>Screenshots</title>"
        "<style>body{font-family:sans-serif;display:flex;flex-wrap:wrap;gap:1rem}"
        "figure{margin:0}img{border:1px solid #ccc;height:auto}</style>" + rows + "</html>",
        encoding="utf-8",
    )
    (OUTPUT / "measurements.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    options = parser.parse_args()
    if not Path(options.chromium).exists():
        sys.exit("Chromium is missing: apt-get install chromium (or name it with --chromium).")
    try:
        results = shoot(options.base_url.rstrip("/"), options.chromium)
    except Exception as error:  # a readable sentence instead of a Playwright trace
        sys.exit(f"Taking the screenshots failed: {error}. Is `make run` serving the portal?")
    write_index(results)
    print(f"{len(results)} screenshots and index.html in {OUTPUT.relative_to(REPO_ROOT)}/")


if __name__ == "__main__":
    main()
