"""Plain text from Markdown, for feeds and calendars that show no markup."""

import pytest

from portal.markdown import markdown_to_text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("Ein **offener** Treff, *ohne* Anmeldung.", "Ein offener Treff, ohne Anmeldung."),
        ("# Ablauf\n\nWir beginnen pünktlich.", "Ablauf\n\nWir beginnen pünktlich."),
        (
            "> Sprache öffnet Türen.\n\nSagt eine Teilnehmerin.",
            "Sprache öffnet Türen.\n\nSagt eine Teilnehmerin.",
        ),
        ("- Sprechen üben\n- Nachbarn kennenlernen", "• Sprechen üben\n• Nachbarn kennenlernen"),
        ("1. Begrüßung\n2. Berichte", "1. Begrüßung\n2. Berichte"),
        ("3. Neuigkeiten\n4. Verschiedenes", "3. Neuigkeiten\n4. Verschiedenes"),
        ("- Sprache\n  - Kurse\n  - Cafés", "• Sprache\n  • Kurse\n  • Cafés"),
        (
            "Mehr beim [Netzwerk Erfurt](https://example.org/netzwerk).",
            "Mehr beim Netzwerk Erfurt (https://example.org/netzwerk).",
        ),
        ("Siehe <https://example.org/>.", "Siehe https://example.org/."),
        (
            "Fragen an [die Geschäftsstelle](mailto:info@example.org)",
            "Fragen an die Geschäftsstelle (info@example.org)",
        ),
        ("![Ein Chor singt](https://example.org/chor.png)", "Ein Chor singt"),
        ("Der Befehl `make run` startet alles.", "Der Befehl make run startet alles."),
        ("Kunst \\*und\\* Kultur &amp; Begegnung", "Kunst *und* Kultur & Begegnung"),
        ("Zeile eins  \nZeile zwei", "Zeile eins\nZeile zwei"),
        ("Vorher\n\n---\n\nNachher", "Vorher\n\nNachher"),
        ("| Zeit | Thema |\n|---|---|\n| 15:00 | Begrüßung |", "Zeit – Thema\n15:00 – Begrüßung"),
        ("```\nCode bleibt\n```", "Code bleibt"),
        ("<b>kein HTML</b>", "<b>kein HTML</b>"),
        ("", ""),
    ],
)
def test_markdown_becomes_plain_text(markdown, text):
    assert markdown_to_text(markdown) == text
