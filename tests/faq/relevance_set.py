"""Queries as newcomers type them, and the demo FAQ entries they should find.

Each item is ``(query, expected_slugs)``: at least one of the expected entries must be
among the top three results of the FAQ search over the demo entries in ``faq/demo/``. Every word of a
query that is not a stop word occurs in an expected entry (question, keywords or
answer) as a prefix, in an inflected form or through a synonym group in
``faq/demo/synonyms.toml`` – the search requires all words to match.
"""

RELEVANCE_SET = [
    # Straight matches on the question or the keywords.
    ("versicherung ehrenamtliche", ["versicherung-ehrenamtliche"]),
    ("wie finde ich teilnehmer", ["zielgruppe-erreichen"]),
    ("verein gründen", ["verein-gruenden"]),
    ("gema", ["gema-anmelden"]),
    ("dolmetscher", ["sprachmittlung-organisieren"]),
    ("fotos datenschutz", ["fotos-datenschutz"]),
    ("presse", ["pressearbeit-lokalzeitung", "pressemitteilung-schreiben"]),
    ("netzwerk aufbauen", ["phasen-der-vernetzung"]),
    ("phasen vernetzung", ["phasen-der-vernetzung"]),
    ("unfallversicherung", ["versicherung-ehrenamtliche"]),
    ("führungszeugnis", ["erweitertes-fuehrungszeugnis"]),
    ("Kinderschutz", ["erweitertes-fuehrungszeugnis"]),
    ("übungsleiterpauschale", ["ehrenamtspauschale-uebungsleiterpauschale"]),
    ("eigenanteil", ["eigenanteil-aufbringen"]),
    ("verwendungsnachweis", ["verwendungsnachweis"]),
    ("eu förderung", ["eu-foerderung-amif"]),
    ("pressemitteilung schreiben", ["pressemitteilung-schreiben"]),
    ("social media", ["social-media-nutzen"]),
    ("hasskommentare", ["umgang-mit-anfeindungen"]),
    ("interkulturelle öffnung schule", ["interkulturelle-oeffnung-einrichtung"]),
    ("interkulturelle öffnung verwaltung", ["interkulturelle-oeffnung-verwaltung"]),
    ("mso kooperationspartner", ["kooperationspartner-finden"]),
    ("erfolgsfaktoren netzwerk", ["netzwerkziele-festlegen", "netzwerk-strukturen-koordination"]),
    ("koordinator netzwerk", ["netzwerk-strukturen-koordination"]),
    ("netzwerktreffen", ["netzwerktreffen-arbeitsgruppen"]),
    ("integrationslotsen", ["integrationslotsen"]),
    ("integrationsmanagement landkreis", ["kommunales-integrationsmanagement"]),
    ("selbstcheck kommune", ["kommunaler-selbstcheck"]),
    ("dialogveranstaltung", ["dialogveranstaltung-planen"]),
    ("interkulturelle probleme", ["interkulturelle-huerden"]),
    ("trauma", ["trauma-sensibel-arbeiten"]),
    ("ramadan", ["religion-und-feiertage"]),
    ("flyer mehrsprachig", ["einladungen-verstaendlich-gestalten"]),
    ("Frauen erreichen", ["frauen-und-muetter-erreichen"]),
    ("gemeinnützigkeit finanzamt", ["gemeinnuetzigkeit"]),
    ("träger für projekt", ["traegerschaft"]),
    ("zugewanderte eltern schule", ["schule-und-zugewanderte-eltern"]),
    ("unterkunft auf dem land", ["aufsuchende-arbeit-unterkuenfte"]),
    ("datenschutz whatsapp", ["datenschutz-teilnehmerdaten"]),
    ("bedarf", ["bedarf-vor-ort-klaeren"]),
    # Only found through a synonym group.
    (
        "geld für musikprojekt",
        ["foerderung-musikprojekt", "musikprojekt-mit-gefluechteten-starten"],
    ),
    ("Flüchtlinge erreichen", ["zielgruppe-erreichen"]),
    ("fortbildung freiwillige", ["fortbildung-ehrenamtliche"]),
    ("aufwandsentschädigung freiwillige", ["ehrenamtspauschale-uebungsleiterpauschale"]),
    ("musikprojekt mit flüchtlingen starten", ["musikprojekt-mit-gefluechteten-starten"]),
    ("homepage verein", ["eigene-internetseite"]),
    # Only found through prefixes, compound parts or inflected forms.
    ("Förderungen", ["finanzielle-unterstuetzung-finden", "foerderung-musikprojekt"]),
    ("musik", ["musikprojekt-mit-gefluechteten-starten", "foerderung-musikprojekt"]),
    ("förder", ["finanzielle-unterstuetzung-finden", "foerderantrag-schreiben"]),
    ("Stiftungen", ["stiftungen-ansprechen"]),
    ("Musikprojekte fördern", ["foerderung-musikprojekt"]),
    ("räume für proben", ["raeume-und-instrumente"]),
    ("sponsoren gewinnen", ["spenden-und-sponsoring"]),
    ("teilnehmer kommen nicht wieder", ["teilnehmende-halten"]),
    ("patenschaft", ["patenschaften-aufbauen"]),
    ("ziele formulieren", ["projektziele-formulieren", "netzwerkziele-festlegen"]),
]
