"""Demo content for the portal: funding programmes, project portraits and articles.

The content is fictional demo content based on facts from public sources about integration
work: the success stories of Thuringian municipalities in the programme ThILIK, a national
portal about music and integration, the programme "Weltoffene Kommune", a talk about
networks of migrant organisations and the description of Erfurt's integration network.
All sentences are newly written. Every person named here is invented, and so are their
words; e-mail addresses use example.org and phone numbers are zeros. Real public bodies
appear only as sponsors of the programmes the sources describe, never as speakers. Where a
source does not give a programme's exact title, the name used here is descriptive.
"""

from __future__ import annotations

from textwrap import dedent


def _md(text: str) -> str:
    """Markdown written indented in this file, without the indentation."""
    return dedent(text).strip()


IMAGE_CREDIT = "Grafik: Integrationsportal (generiert)"

FUNDING_PROGRAMMES = [
    {
        "slug": "thilik",
        "name": "ThILIK – Thüringer Initiative für lokales Integrationsmanagement in den Kommunen",
        "level": "land",
        "url": "https://example.org/foerderung/thilik",
    },
    {
        "slug": "thueringen-soziale-beratung-gefluechtete",
        "name": "Thüringer Richtlinie zur Förderung der sozialen Beratung und Betreuung anerkannter Flüchtlinge",
        "level": "land",
        "url": "https://example.org/foerderung/thueringen-soziale-beratung",
    },
    {
        "slug": "lsz-thueringen",
        "name": "Landesprogramm Solidarisches Zusammenleben der Generationen (LSZ)",
        "level": "land",
        "url": "",
    },
    {
        "slug": "amif",
        "name": "Asyl-, Migrations- und Integrationsfonds (AMIF)",
        "level": "eu",
        "url": "https://example.org/foerderung/amif",
    },
    {
        "slug": "mbe",
        "name": "Migrationsberatung für erwachsene Zuwanderer (MBE)",
        "level": "bund",
        "url": "https://example.org/foerderung/mbe",
    },
    {
        "slug": "weltoffene-kommune",
        "name": "Weltoffene Kommune – Vom Dialog zum Zusammenhalt",
        "level": "bund",
        "url": "https://example.org/foerderung/weltoffene-kommune",
    },
    {
        "slug": "integration-durch-sport",
        "name": "Integration durch Sport",
        "level": "bund",
        "url": "",
    },
    {
        "slug": "engagementfonds-nebenan-angekommen",
        "name": "Engagementfonds „nebenan angekommen“ der Thüringer Ehrenamtsstiftung",
        "level": "stiftung",
        "url": "https://example.org/foerderung/nebenan-angekommen",
    },
    {
        "slug": "landesmusikrat-nrw-musik-und-integration",
        "name": "Landesmusikrat NRW – Förderung musikalischer Integrationsarbeit",
        "level": "land",
        "url": "https://example.org/foerderung/landesmusikrat-nrw",
    },
    {
        "slug": "kommunale-integrationsfoerderung",
        "name": "Kommunale Integrationsförderung (Zuschüsse von Stadt oder Landkreis)",
        "level": "kommune",
        "url": "",
    },
]

PROJECTS = [
    # --- Thüringen: Erfolgsgeschichten des kommunalen Integrationsmanagements -------------
    {
        "slug": "spiel-und-sportfest-ilm-kreis",
        "name": "Interkulturelles Spiel- und Sportfest und Tag der Vereine",
        "summary": (
            "Ein Nachmittag voller Sportstationen an einer Gemeinschaftsunterkunft in Arnstadt "
            "bringt Geflüchtete und Einheimische zusammen und führt neue Mitglieder in die "
            "Vereine. Daraus entstand der „Tag der Vereine“ in Arnstadt und Ilmenau."
        ),
        "description": _md(
            """
            Nach 2015 ging es im Ilm-Kreis zuerst um Unterbringung und Versorgung, danach um
            den Weg in Arbeit. 2018 nahm sich das Landratsamt die soziale Integration vor: In
            einer Arbeitsgruppe zur soziokulturellen Teilhabe von Geflüchteten entstand die
            Idee eines großen Festes, bei dem man sich über Spiel und Sport begegnet.

            Im September 2018 fand das erste Fest während der Interkulturellen Woche an einer
            kommunalen Gemeinschaftsunterkunft in Arnstadt statt. Vereine und Träger boten
            Stationen an: Fußballturnier, Volleyball, Tischtennis, Kraftsport, Kickboxen,
            Aerobic, Schach, Trommeln und Tanz, Kindersport und eine Bastelecke. Rund 500
            Menschen kamen, etwa drei Viertel davon mit Migrationsgeschichte. Fünf Vereine
            verzeichneten danach zusammen 17 neue Anmeldungen.

            2019 wurde das Fest wiederholt und um den „Tag der Vereine“ in Arnstadt und
            Ilmenau ergänzt: eine kleine Messe, auf der sich Vereine aus Sport, Kultur, Natur
            und Heimatgeschichte vorstellen – ausdrücklich auch für Menschen, die aus anderen
            Gründen selten den Weg in ein Vereinsheim finden.
            """
        ),
        "goals": _md(
            """
            - Geflüchtete, ob anerkannt oder noch im Verfahren, und Einheimische zwanglos zusammenbringen
            - Neuzugewanderte an bestehende Vereinsangebote heranführen
            - Vereinen helfen, neue Mitglieder zu gewinnen
            - sozial benachteiligte Menschen insgesamt stärker ins Vereinsleben holen
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Die persönliche Einladung zählt mehr als jedes Plakat. Sozialbetreuung und
              Ehrenamtliche haben in der Unterkunft direkt angesprochen und nachgefragt.
            - Mitmachen statt zuschauen: Jede Station war ohne Vorkenntnisse zu schaffen. Die
              Gespräche über eine Mitgliedschaft ergaben sich fast nebenbei.
            - Der Landessportbund und die Integrationssportvereine brachten Erfahrung mit, die
              dem Landratsamt fehlte.

            **Was schwierig war:**

            Ein Fest ersetzt keine Begleitung. Wer sich anmeldet, braucht in den ersten Wochen
            jemanden, der bei Beitrag, Formularen und Fahrtwegen hilft – sonst bleiben neue
            Mitglieder nach zwei, drei Trainings weg. Der Ort an der Unterkunft hat zwei
            Seiten: Für die Bewohnerinnen und Bewohner war der Weg kurz, Einheimische mussten
            dagegen eigens überzeugt werden zu kommen.

            Für den Tag der Vereine hat sich gezeigt: Vereine brauchen vorher einen kurzen
            Hinweis, wie sie Menschen mit wenig Deutsch ansprechen – zum Beispiel mit Bildern
            und kurzen Sätzen auf ihren Infotafeln.
            """
        ),
        "topics": ["sport-und-freizeit", "kommunale-integrationsarbeit", "vernetzung"],
        "target_groups": ["gefluechtete", "familien", "kinder-und-jugendliche"],
        "region_ags": "16070",
        "place": "Arnstadt",
        "sponsor_name": "Landratsamt Ilm-Kreis – Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "Landessportbund Thüringen (Programm „Integration durch Sport“), "
            "Integrationssportvereine im Ilm-Kreis, Kinder- und Jugendhilfeeinrichtungen, "
            "Bildungsträger, soziale Träger, Betreiber der Gemeinschaftsunterkünfte"
        ),
        "funding": ["thilik", "lsz-thueringen", "integration-durch-sport"],
        "languages": "Deutsch, Arabisch, Dari, Russisch",
        "start_date": "2018-03-01",
        "end_date": None,
        "website": "https://example.org/ilm-kreis/sportfest",
        "contact": {
            "name": "Sabine Köhler",
            "email": "sportfest.ilm-kreis@example.org",
            "phone": "+49 3628 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: grüne und orange Kreise wie Bälle und der Schriftzug "
            "‚Interkulturelles Spiel- und Sportfest‘ (Platzhalterbild)"
        ),
        "image_caption": "Sportstationen für alle Altersgruppen",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "gemeinsam-kochen-lobeda",
        "name": "Gemeinsam kochen in Lobeda",
        "summary": (
            "Sieben Wochen lang stand 2018 ein mobiler Kochcontainer vor dem Stadtteilzentrum "
            "in Lobeda-West. An 25 Kochabenden lernten sich Menschen mit und ohne "
            "Migrationsgeschichte kennen; eine Kochgruppe trifft sich seitdem selbstständig."
        ),
        "description": _md(
            """
            Jena hat sein Integrationsmanagement im Büro für Migration und Integration direkt
            beim Oberbürgermeister angesiedelt. Ein Schwerpunkt des „Teams Integration“ sind
            Formate für Begegnung und Beteiligung. 2018 bot sich dafür eine besondere
            Gelegenheit: Ein Berliner Verein reiste mit einer Küche, die in einen
            Schiffscontainer eingebaut ist, durch Deutschland und machte in Lobeda-West Halt.

            Ab dem 8. August 2018 stand der Container sieben Wochen vor dem Stadtteilzentrum.
            Wer wollte, meldete sich für einen Kochabend an – mit eigenem Rezept oder ohne –
            und kochte mit Menschen, die er vorher nicht kannte. So kamen 25 Abende zusammen.
            Freitags war der Container ohne Anmeldung offen, am Wochenende nutzten ihn Vereine
            und Initiativen aus dem Stadtteil. Die Stadt half bei Organisation und Werbung.

            Mit der Abreise des Containers endete die Aktion, die Idee aber nicht: Eine Gruppe
            kocht seitdem einmal im Monat unter eigenem Namen weiter. Getragen wird sie vor
            allem von zwei Geflüchteten aus Neulobeda, die sich schon während der Standzeit als
            Helfer eingebracht hatten.
            """
        ),
        "goals": _md(
            """
            - Menschen im Stadtteil zusammenbringen, die sich im Alltag sonst nicht begegnen
            - Kochen als gemeinsame Sprache nutzen, auch bei wenig Deutschkenntnissen
            - eine Gruppe aufbauen, die nach dem Ende der Aktion allein weitermacht
            """
        ),
        "lessons": _md(
            """
            Der Container war ein Magnet: Ein auffälliges Objekt mitten im Wohngebiet weckt
            Neugier, und beim Kochen hat man sofort etwas zu tun – niemand muss mühsam ein
            Gespräch beginnen.

            **Was wir anderen raten:**

            - Von Anfang an an die Zeit danach denken. Dass es weitergeht, liegt an zwei
              Menschen aus dem Stadtteil, die früh Verantwortung übernommen haben. Solche
              Leute gezielt ansprechen und ihnen etwas zutrauen.
            - Offene Abende brauchen eine feste Ansprechperson, sonst weiß niemand, wer
              einkauft, aufräumt und abschließt.
            - Hygieneregeln, Einkauf und Abrechnung kosten mehr Zeit als gedacht.

            **Was schwierig war:**

            Ohne Container fehlt der auffällige Ort. Die Nachfolgegruppe musste erst eine
            Küche finden, die sie regelmäßig nutzen darf, und erreicht seitdem vor allem
            Menschen, die schon einmal dabei waren. Neue Gesichter kommen langsamer dazu.
            """
        ),
        "topics": [
            "musik-und-kultur",
            "ehrenamt-und-patenschaften",
            "kommunale-integrationsarbeit",
        ],
        "target_groups": ["gefluechtete", "zugewanderte", "familien"],
        "region_ags": "16053",
        "place": "Jena-Lobeda",
        "sponsor_name": "Stadtverwaltung Jena – Büro für Migration und Integration",
        "sponsor_kind": "kommune",
        "partners": (
            "Berliner Verein mit der Kochcontainer-Tour, Stadtteilzentrum in Lobeda-West, "
            "Vereine und Initiativen aus Lobeda, Ehrenamtliche aus Neulobeda"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Arabisch, Farsi, Englisch",
        "start_date": "2018-08-08",
        "end_date": "2018-09-26",
        "website": "",
        "contact": None,
        "image_alt": (
            "Grafik: ein blaues Rechteck wie ein Container, davor gelbe Punkte, und der "
            "Schriftzug ‚Gemeinsam kochen in Lobeda‘ (Platzhalterbild)"
        ),
        "image_caption": "Kochabende am Container in Lobeda-West",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "aktionstage-neue-heimat-nordhausen",
        "name": "Aktionstage „Unterwegs in unserer neuen Heimat“",
        "summary": (
            "Einheimische und geflüchtete Familien aus Afghanistan, Iran und Syrien erkunden "
            "gemeinsam Harz, Burgen und Ausflugsziele – Tagesausflüge mit je 30 bis 60 "
            "Menschen aller Generationen, organisiert von Ehrenamtlichen."
        ),
        "description": _md(
            """
            Ein ehrenamtlicher Helferkreis in Nordhausen begleitet seit 2016 Geflüchtete aus
            Afghanistan, Iran und Syrien. Nach dem Wechsel vom Asylbewerberleistungsgesetz in
            die Grundsicherung fielen für viele Familien Angebote weg. Gleichzeitig begann der
            eigentliche Alltag: Nachbarschaft aufbauen, sich mit neuen Rollenbildern
            auseinandersetzen, eine Beziehung zum neuen Wohnort finden.

            Helferkreis und Integrationsmanagement des Landkreises vereinbarten deshalb die
            Aktionstage. Zwischen Frühjahr 2017 und Herbst 2018 gab es sechs Ausflüge mit
            jeweils 30 bis 60 Menschen aus deutschen, afghanischen, iranischen und syrischen
            Familien: Wanderungen im Harz, Fahrten mit der Harzquerbahn, Freizeitpark, Zoo und
            Schwimmbad, dazu Orte deutscher und regionaler Geschichte wie der Kyffhäuser. Im
            Juli 2019 wanderten 56 Menschen aus 18 Familien bei Neustadt, erkundeten eine
            Burgruine, suchten einen Schatz und beendeten den Tag im Waldbad.

            Das Landratsamt beriet bei Konzept und Organisation und gab einen Zuschuss;
            Planung, Einladung und Durchführung lagen bei den Ehrenamtlichen. Aus den
            Ausflügen entstanden weitere Aktivitäten: Hoffeste, Aufräumaktionen im Stadtgebiet,
            Deutschkurse, Patenschaften und Wanderungen in kleinen Gruppen.
            """
        ),
        "goals": _md(
            """
            - gemeinsame Erlebnisse schaffen, bei denen Herkunft und Religion in den Hintergrund treten
            - Kontakte zwischen Familien und Generationen knüpfen und festigen
            - die Region und ihre Geschichte kennenlernen
            - Deutsch im Alltag sprechen – ohne Prüfungsdruck
            - Teilnehmende befähigen, selbst Ausflüge zu organisieren
            """
        ),
        "lessons": _md(
            """
            Am meisten hat die Sprache profitiert, obwohl sie gar nicht im Mittelpunkt stand:
            Wer einen Tag lang zusammen wandert, picknickt und Fragen stellt, verliert die
            Scheu vor dem Sprechen. Viele Teilnehmende fanden sich danach im Alltag sicherer
            zurecht.

            **Was funktioniert hat:**

            - Ziele in der Nähe und ein Programm, bei dem Kinder, Eltern und Großeltern
              gleichermaßen auf ihre Kosten kommen.
            - Große, gemischte Gruppen fallen auf. Mitreisende in Bahn und Bus sprachen die
              Gruppe an; die Gespräche waren überwiegend freundlich.
            - Eine klare Aufgabenteilung: Das Amt berät und gibt Geld, die Ehrenamtlichen
              planen und laden ein.

            **Was schwierig war:**

            Alles hängt an wenigen Ehrenamtlichen, die Fahrkarten, Verpflegung und Absprachen
            stemmen. Fällt jemand aus, wackelt der nächste Termin. Bei 50 Menschen sind
            Fahrtkosten und Eintritte der größte Posten; ohne Zuschuss könnten viele Familien
            nicht mitfahren. Und einheimische Familien gewinnt man nur mit persönlicher
            Einladung – ein Aushang reicht nicht.
            """
        ),
        "topics": ["sport-und-freizeit", "ehrenamt-und-patenschaften", "sprache-und-bildung"],
        "target_groups": ["gefluechtete", "familien", "ehrenamtliche"],
        "region_ags": "16062",
        "place": "Nordhausen",
        "sponsor_name": "Landratsamt Nordhausen – Koordinierungsstelle Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "ehrenamtlicher Helferkreis eines Wohlfahrtswerks in Nordhausen, "
            "Integrationsbeirat des Landkreises, Ehrenamtliche aus Nordhausen"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Dari, Farsi, Arabisch",
        "start_date": "2017-04-01",
        "end_date": "2019-10-31",
        "website": "",
        "contact": {
            "name": "Katrin Vogel",
            "email": "aktionstage.nordhausen@example.org",
            "phone": "+49 3631 000000",
            "consent": False,
        },
        "image_alt": (
            "Grafik: grüne Dreiecke wie Berge, ein gelber Kreis als Sonne und der Schriftzug "
            "‚Unterwegs in unserer neuen Heimat‘ (Platzhalterbild)"
        ),
        "image_caption": "Ausflüge in den Harz und die Umgebung",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "tag-der-arbeitsperspektive-wartburgkreis",
        "name": "Tag der Arbeitsperspektive für Neuzugewanderte",
        "summary": (
            "Einmal im Jahr stellen sich Unternehmen und Bildungsträger der Wartburgregion "
            "Menschen mit Migrationsgeschichte vor – mit Sprachmittlung, mitgebrachten "
            "Lebensläufen und ersten Vorstellungsgesprächen vor Ort."
        ),
        "description": _md(
            """
            Im Wartburgkreis lebten Mitte 2019 knapp 3.900 Menschen ohne deutsche
            Staatsangehörigkeit. Während die Arbeitslosenquote im Landkreis bei 3,8 Prozent
            lag, betrug sie bei den ausländischen Einwohnerinnen und Einwohnern 9,9 Prozent.
            Gründe sind unter anderem nicht anerkannte Abschlüsse, Sprachbarrieren und wenig
            Wissen über Bewerbungen und die duale Ausbildung, die es in vielen
            Herkunftsländern so nicht gibt.

            Das Integrationsmanagement im Landratsamt hat deshalb 2017 den „Tag der
            Arbeitsperspektive“ eingeführt. Zusammen mit der regionalen Wirtschaftsförderung
            lädt es Unternehmen ein, sich vorzustellen und Fachkräfte zu finden. Jobcenter,
            Agentur für Arbeit und Ausländerbehörde laden Menschen mit Migrationsgeschichte
            ein. Bildungsträger, Volkshochschule und Beratungsnetzwerke informieren über
            Deutschkurse, Ausbildungswege und die Anerkennung von Abschlüssen. Eine
            Sprachmittlerin übersetzt ins Arabische, Englische und Französische.

            Inzwischen gehört der Tag zur Interkulturellen Woche und findet an einem Vormittag
            in der Volkshochschule in Bad Salzungen statt. Schon im zweiten Jahr kamen mehr
            Besucherinnen und Besucher; viele brachten Lebensläufe mit, und aus spontanen
            Gesprächen wurden verabredete Vorstellungstermine.
            """
        ),
        "goals": _md(
            """
            - Zugewanderten konkrete Wege zu Praktikum, Ausbildung und Arbeit in der Region zeigen
            - Unternehmen mit möglichen Fachkräften ins Gespräch bringen
            - über Sprachkurse und die Anerkennung von Abschlüssen informieren
            - Vorurteile auf beiden Seiten durch direkten Kontakt abbauen
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Eine Checkliste in der Einladung: Wer weiß, dass er Lebenslauf, Aufenthaltstitel
              und Zeugnisse mitbringen soll, kommt vorbereitet – und Unternehmen können sofort
              einen Folgetermin anbieten.
            - Die Einladung über Jobcenter, Arbeitsagentur und Ausländerbehörde erreicht
              Menschen, die auf ein Schreiben des Landratsamts allein kaum reagiert hätten.
            - Die Volkshochschule als Ort: neutral, aus dem Deutschkurs bekannt, gut erreichbar.

            **Was schwierig bleibt:**

            Eine Sprachmittlerin reicht nicht, wenn mehrere Gespräche gleichzeitig laufen. Wir
            planen mehr Sprachmittlung ein und laden gezielt Absolventinnen und Absolventen von
            Deutschkursen ein. Manche Betriebe kommen mit festen Bildern im Kopf; am besten
            hilft, wenn ein Unternehmen mit guten Erfahrungen davon erzählt.

            Ehrlich gesagt wissen wir zu wenig darüber, was nach dem Tag passiert. Eine kurze
            Nachbefragung der Unternehmen nach einigen Monaten soll zeigen, wie viele Praktika
            und Einstellungen tatsächlich entstehen.
            """
        ),
        "topics": ["arbeit-und-ausbildung", "kommunale-integrationsarbeit", "vernetzung"],
        "target_groups": ["zugewanderte", "gefluechtete"],
        "region_ags": "16063",
        "place": "Bad Salzungen",
        "sponsor_name": "Landratsamt Wartburgkreis – Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "Wirtschaftsförderung der Wartburgregion, Jobcenter, Agentur für Arbeit, "
            "Ausländerbehörde, Volkshochschule, IQ Netzwerk, KAUSA, Bildungsträger der Region, "
            "Ehrenamtliche"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Arabisch, Englisch, Französisch",
        "start_date": "2017-09-01",
        "end_date": None,
        "website": "https://example.org/wartburgkreis/arbeitsperspektive",
        "contact": {
            "name": "Jan Werner",
            "email": "arbeitsperspektive@example.org",
            "phone": "+49 3695 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: blaue und graue Rechtecke wie Infostände und der Schriftzug "
            "‚Tag der Arbeitsperspektive‘ (Platzhalterbild)"
        ),
        "image_caption": "Unternehmen und Bildungsträger an einem Vormittag",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "netzwerkstelle-integration-hildburghausen",
        "name": "Netzwerkstelle Integration und Migration",
        "summary": (
            "Eine feste Stelle im Landratsamt verbindet Ehrenamtliche, Vereine, Bildungsträger "
            "und Ämter im ländlichen Landkreis Hildburghausen – vom Sportzirkel mit dem "
            "Kreissportbund bis zu Infoabenden im Nachbarschaftszentrum."
        ),
        "description": _md(
            """
            Seit Januar 2016 koordiniert im Landratsamt Hildburghausen eine Netzwerkstelle die
            Zusammenarbeit rund um Integration. Geflüchtete lebten damals in sechs
            Gemeinschaftsunterkünften und rund 40 Einzelunterkünften, verteilt auf viele
            kleine Orte. Zahlreiche Vereine, Institutionen und Ehrenamtliche hatten Kontakt zu
            ihnen, aber wenig miteinander. Seit 2019 ist die Stelle unbefristet im Amt für
            Migration verankert – bezahlt vom Landkreis selbst, ohne Förderprogramm.

            Die Koordinatorin wurde zuerst Mitglied in bestehenden Netzwerken und suchte
            Partner, statt Neues daneben zu bauen. Heute arbeitet sie eng mit anderen
            Koordinationsstellen zusammen, etwa der Bildungskoordination für Neuzugewanderte,
            den Frühen Hilfen, der Psychiatriekoordination und der Sozialplanung. Ein zentraler
            Partner ist das Netzwerk der Ehrenamtlichen in der Flüchtlingsarbeit, das Schulungen
            organisiert und über einen Engagementfonds kleine Projekte finanziert.

            Informationsabende finden bewusst nicht im Amt statt, sondern dort, wo Menschen
            ohnehin hingehen: Eine Reihe der Verbraucherberatung zu Verträgen im
            Nachbarschaftszentrum erreichte Zugewanderte und Einheimische zugleich. Mit dem
            Kreissportbund entstand 2018 ein „Sportzirkel“, bei dem Vereine um neue Mitglieder
            warben; 2019 folgte ein Begegnungs-Sportfest mit weiteren Partnern.
            """
        ),
        "goals": _md(
            """
            - Angebote von Ämtern, Vereinen und Ehrenamtlichen abstimmen statt nebeneinander laufen lassen
            - Ehrenamtliche im ländlichen Raum unterstützen und anerkennen
            - Räume für Austausch und Begegnung schaffen
            - neue Partner gewinnen und bestehende Partnerschaften pflegen
            """
        ),
        "lessons": _md(
            """
            Integration auf dem Land gelingt nur mit vielen Partnern – und mit Ehrenamtlichen,
            ohne die in kleinen Orten kaum etwas ginge. Die wichtigste Erfahrung: erst in
            bestehende Netzwerke hineingehen, zuhören und mitarbeiten, dann eigene Vorhaben
            anstoßen.

            **Was gut funktioniert hat:**

            - Veranstaltungen an Orte hängen, die Menschen schon kennen: Nachbarschaftszentrum,
              Volkshochschule, Buchhandlung.
            - Partnerschaft als Geben und Nehmen: Die Netzwerkstelle betreut einen Stand beim
              Familiensporttag, der Kreissportbund öffnet dafür seine Vereine.
            - Die Entfristung. Seitdem planen Partner längerfristig mit uns.

            **Was schwierig war:**

            Man muss die Argumente von Gegnern der Integrationsarbeit aushalten, in Gremien wie
            im Alltag. Und die Wege sind weit: Wer Menschen in 40 verstreuten Unterkünften
            erreichen will, braucht Zeit, ein Dienstauto und Ehrenamtliche vor Ort.
            """
        ),
        "topics": [
            "vernetzung",
            "kommunale-integrationsarbeit",
            "ehrenamt-und-patenschaften",
            "sport-und-freizeit",
        ],
        "target_groups": ["kommunen", "ehrenamtliche", "gefluechtete"],
        "region_ags": "16069",
        "place": "Hildburghausen",
        "sponsor_name": "Landratsamt Hildburghausen – Amt für Migration",
        "sponsor_kind": "kommune",
        "partners": (
            "Netzwerk der Ehrenamtlichen in der Flüchtlingsarbeit, Kreissportbund, "
            "Intergeneratives Nachbarschaftszentrum, Volkshochschule, Verbraucherzentrale, "
            "Bildungskoordination für Neuzugewanderte, Partnerschaft für Demokratie"
        ),
        "funding": [
            "kommunale-integrationsfoerderung",
            "engagementfonds-nebenan-angekommen",
            "integration-durch-sport",
        ],
        "languages": "Deutsch, Arabisch, Dari, Englisch",
        "start_date": "2016-01-01",
        "end_date": None,
        "website": "https://example.org/hildburghausen/netzwerkstelle",
        "contact": {
            "name": "Julia Neumann",
            "email": "netzwerkstelle.hildburghausen@example.org",
            "phone": "+49 3685 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: rote und blaue Punkte, durch Linien verbunden, und der Schriftzug "
            "‚Netzwerkstelle Integration und Migration‘ (Platzhalterbild)"
        ),
        "image_caption": "Viele Partner im ländlichen Raum",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "netzwerk-integration-soemmerda",
        "name": "Netzwerk Integration im Landkreis Sömmerda",
        "summary": (
            "Ein offener Verbund aus Jobcenter, Wohlfahrtsverband, Bildungsträgern, "
            "Wohnungsunternehmen und Ehrenamtlichen stimmt Sprachkurse, Wohnungsfragen und "
            "Veranstaltungen ab. Das Integrationsmanagement lädt ein, moderiert und protokolliert."
        ),
        "description": _md(
            """
            Der Landkreis Sömmerda hat einen der niedrigsten Ausländeranteile in Thüringen.
            Trotzdem brauchte es ab 2015 Abstimmung: Neue Angebote entstanden schnell und oft
            nebeneinander, die Wege im ländlichen Raum sind weit. Das Jobcenter und ein
            Kreisverband des Arbeiter-Samariter-Bunds stießen deshalb ein Gespräch mit weiteren
            Beteiligten an. Heraus kam ein offener, freiwilliger Verbund zu Wohnen, Bildung,
            Arbeit und gesellschaftlicher Teilhabe.

            Seit Frühjahr 2016 koordiniert das Integrationsmanagement des Landratsamts das
            Netzwerk: Es organisiert, moderiert und dokumentiert die Treffen und richtet die
            Themen an dem aus, was die Beteiligten einbringen. Im Kern gibt es drei
            Arbeitskreise – „Wohnen“, „Bildung & Arbeit“ und „gesellschaftliche Teilhabe“ –
            und eine Steuergruppe, die sich in selbst gewähltem Rhythmus treffen. Bis 2019
            kamen 35 thematische Sitzungen zusammen.

            Aus dem Netzwerk entstanden ein Schulungskonzept rund ums Mieten, eine gemeinsame
            Kampagne gegen Hetze, abgestimmte Sprachkursangebote, eine gemeinsame Planung der
            Interkulturellen Woche und eine Stellungnahme für ein psychosoziales Zentrum für
            Geflüchtete. Auch das Integrationskonzept des Landkreises wurde mit den
            Netzwerkpartnern erarbeitet.
            """
        ),
        "goals": _md(
            """
            - ein regelmäßiges Forum für alle, die am Integrationsprozess beteiligt sind
            - Informationen weitergeben, Bedarfe erkennen, Projekte abstimmen
            - Doppelstrukturen vermeiden und aufeinander aufbauende Angebote schaffen
            - künftig auch EU-Bürgerinnen und -Bürger stärker in den Blick nehmen
            """
        ),
        "lessons": _md(
            """
            Die offene Struktur ist die große Stärke: Wer mitmachen will, ist willkommen, und
            Arbeitskreise können schnell auf neue Themen reagieren. Damit das trägt, braucht es
            eine feste Stelle, die einlädt, nachhält und protokolliert – nebenbei oder rein
            ehrenamtlich ist das auf Dauer nicht zu leisten.

            **Was gut funktioniert hat:**

            - Kurze Inputs in jeder Sitzung, in denen neue Angebote vorgestellt werden. So
              wissen alle, was es gibt, und verweisen Menschen richtig weiter.
            - Zwei Treffen direkt in Gemeinschaftsunterkünften, bei denen Geflüchtete selbst
              erzählt haben, was ihnen fehlt.
            - Gemeinsame Ergebnisse – Mietschulung, Kampagne, Stellungnahme – halten das
              Netzwerk zusammen, weil alle sehen, wofür sie ihre Zeit einsetzen.

            **Was nicht geklappt hat:**

            Geflüchtete dauerhaft als eigene Interessenvertretung ins Netzwerk zu holen, ist
            bisher nicht gelungen. Wer im Sprachkurs sitzt oder arbeitet, kann nicht zu
            Sitzungen am Vormittag kommen. Hier braucht es andere Formate, etwa Abendtermine
            oder Treffen vor Ort. Auch EU-Zugewanderte erreicht das Netzwerk bislang kaum.
            """
        ),
        "topics": ["vernetzung", "kommunale-integrationsarbeit", "wohnen", "arbeit-und-ausbildung"],
        "target_groups": ["kommunen", "gefluechtete", "ehrenamtliche"],
        "region_ags": "16068",
        "place": "Sömmerda",
        "sponsor_name": "Landratsamt Sömmerda – Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "Jobcenter, Agentur für Arbeit, ASB-Kreisverband (Flüchtlingshilfe und "
            "Ehrenamtskoordination), Bildungsträger, Beratungsstellen, Wohnungsunternehmen, "
            "Unternehmensverbände, Sportvereine, Kinder- und Jugendarbeit, Quartiersarbeit, "
            "Ehrenamtliche"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch",
        "start_date": "2016-03-01",
        "end_date": None,
        "website": "https://example.org/soemmerda/netzwerk-integration",
        "contact": {
            "name": "Anja Schubert",
            "email": "netzwerk.soemmerda@example.org",
            "phone": "+49 3634 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: drei farbige Kreise um einen größeren Kreis und der Schriftzug "
            "‚Netzwerk Integration im Landkreis Sömmerda‘ (Platzhalterbild)"
        ),
        "image_caption": "Drei Arbeitskreise und eine Steuergruppe",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "gruendungsbegleitung-mso-saalfeld-rudolstadt",
        "name": "Hilfe zur Selbsthilfe: Begleitung einer Vereinsgründung",
        "summary": (
            "Das Integrationsmanagement im Landkreis Saalfeld-Rudolstadt hat Menschen aus der "
            "somalischen Community bei der Gründung der ersten Migrantenselbstorganisation im "
            "Kreis begleitet – von der Satzung bis zur Vorstandswahl."
        ),
        "description": _md(
            """
            Im Landkreis Saalfeld-Rudolstadt ist eine vergleichsweise große somalische
            Community entstanden. 2018 kamen einige ihrer Mitglieder mit einem Anliegen ins
            Landratsamt: Sie wollten einen Verein gründen, um Neuzugewanderten den Start zu
            erleichtern – mit Informationen, Begleitung zu Behörden und dem Wissen von
            Menschen, die all das selbst erlebt haben.

            Das Integrationsmanagement versteht die Unterstützung solcher Selbstorganisationen
            als Teil seines Auftrags. Ab November 2018 gab es mehrere Arbeitstreffen zu Sinn und
            Form eines eingetragenen Vereins, zu Satzung, Gemeinnützigkeit und Formalien. Ein
            Wohlfahrtsverband aus dem Nachbarkreis und ein landesweites Netzwerk von
            Migrantenorganisationen steuerten Erfahrungen und praktische Tipps bei.

            Im Februar 2019 war die Satzung fertig, die Mitglieder wählten ihren Vorstand, der
            Antrag auf Eintragung ging ans Amtsgericht. Der Verein will sich für ein
            friedliches Miteinander, interkulturellen Dialog, den Abbau von Vorurteilen und
            Diskriminierung und für die Rechte von Frauen einsetzen.
            """
        ),
        "goals": _md(
            """
            - Migrantinnen und Migranten darin stärken, sich selbst zu organisieren und mitzureden
            - Neuzugewanderten Ansprechpersonen aus der eigenen Community bieten
            - Wissen über Vereinsrecht und Förderung verständlich weitergeben
            - weitere Gründungen im Landkreis ermutigen
            """
        ),
        "lessons": _md(
            """
            Die größte Hürde war nicht die Motivation, sondern das Vereinsrecht. Satzung,
            Gemeinnützigkeit, Protokolle, Amtsgericht – auch das Integrationsmanagement musste
            sich vieles erst in kurzer Zeit aneignen. Es half sehr, dass erfahrene Partner ihr
            Wissen teilten.

            **Was wir anderen raten:**

            - Zuerst fragen, was die Gruppe eigentlich will. Die Antwort war hier schlicht:
              füreinander und für andere da sein. Daraus ließen sich Vereinszweck und Aufgaben
              gut ableiten.
            - Termine mit genug Zeit und mit Übersetzung planen. Begriffe wie
              „Gemeinnützigkeit“ oder „Kassenprüfung“ brauchen Beispiele.
            - Die Begleitung endet nicht mit der Gründung. Buchhaltung, Förderanträge und
              Vorstandswechsel sind die nächsten Stolpersteine.

            Während der Treffen wuchs spürbar das Selbstvertrauen der Beteiligten und ihr
            Wunsch, über die eigene Community hinaus aktiv zu werden. Das war die schönste
            Erfahrung in diesem Projekt.
            """
        ),
        "topics": [
            "teilhabe-und-antidiskriminierung",
            "beratung-und-begleitung",
            "kommunale-integrationsarbeit",
        ],
        "target_groups": ["migrantenorganisationen", "gefluechtete"],
        "region_ags": "16073",
        "place": "Saalfeld",
        "sponsor_name": "Landratsamt Saalfeld-Rudolstadt – Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "somalische Community im Landkreis, Wohlfahrtsverband aus dem Nachbarkreis, "
            "landesweites Netzwerk von Migrantenorganisationen"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Somali, Englisch",
        "start_date": "2018-11-01",
        "end_date": "2019-06-30",
        "website": "",
        "contact": None,
        "image_alt": (
            "Grafik: hellblaue Kreise, die sich überlappen, und der Schriftzug "
            "‚Hilfe zur Selbsthilfe‘ (Platzhalterbild)"
        ),
        "image_caption": "Von der ersten Idee zur Vorstandswahl",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "pflegeausbildung-altenburger-land",
        "name": "Pflegeberufe als Chance – Geflüchtete in Ausbildung begleiten",
        "summary": (
            "Geflüchtete lernen in Altenburg Pflegehilfe und steigen danach teils in die "
            "dreijährige Fachausbildung um. Ein Netzwerk aus Kammern, Arbeitsagentur, Jobcenter, "
            "Schule und Wohlfahrtsverbänden begleitet sie auf dem Weg."
        ),
        "description": _md(
            """
            Die Pflege gehört zu den Branchen, in denen Fachkräfte am deutlichsten fehlen. Im
            Landkreis Altenburger Land hat sich seit 2015 ein Netzwerk gebildet, das Geflüchtete
            für diesen Beruf gewinnt und auf dem langen Weg begleitet. Das
            Integrationsmanagement ist als Stabsstelle angesiedelt und hält die Verbindung
            zwischen den Beteiligten.

            Seit 2016 lernen an einer Höheren Berufsfachschule in Altenburg auch Menschen aus
            Nicht-EU-Staaten wie Afghanistan oder Syrien. Die meisten beginnen mit der
            Pflegehilfe: Sie lernen die Grundpflege und die Bedingungen der Pflege in
            Deutschland kennen und festigen nebenbei ihr Deutsch. Mit diesem Abschluss wagen
            einige den Übergang in die dreijährige Ausbildung zur Pflegefachkraft. Die ersten
            geflüchteten Absolventinnen und Absolventen arbeiten inzwischen in der Alten- und
            Krankenpflege.

            Leitidee war, die vorhandenen Regelstrukturen zu nutzen und nur dort zu ergänzen,
            wo es nötig ist – vor allem bei der sprachlichen und persönlichen Begleitung vor
            und während der Ausbildung. Ein Projekt zur beruflichen Integration Geflüchteter
            begleitet Einzelne zusätzlich auf dem Weg in den Arbeitsmarkt.
            """
        ),
        "goals": _md(
            """
            - Geflüchtete für Pflegeberufe gewinnen und zu anerkannten Abschlüssen führen
            - Regelangebote nutzen und nur gezielt ergänzen
            - sprachliche und persönliche Begleitung während der Ausbildung sichern
            - Vorbehalte bei Patientinnen, Kollegium und Auszubildenden abbauen
            """
        ),
        "lessons": _md(
            """
            Der Einstieg über die Pflegehilfe hat sich bewährt: Die Ausbildung ist kürzer, die
            Anforderungen sind überschaubar, und wer sie schafft, hat einen Abschluss und kann
            in Ruhe über den nächsten Schritt entscheiden.

            **Was wir gelernt haben:**

            - Ohne intensive Begleitung geht es oft nicht. Fachsprache, Dokumentation und
              Prüfungen sind nach kurzer Deutschlernzeit eine hohe Hürde.
            - Es gibt nicht „die Geflüchteten“: Bildungswege und Vorerfahrungen unterscheiden
              sich stark, die Begleitung muss das berücksichtigen.
            - Ein stabiles Netzwerk, das sich regelmäßig abstimmt, wirkt mehr als viele
              Einzelprojekte. Dass dieselben Personen über Jahre dabei sind, macht den
              Unterschied.

            **Was bitter bleibt:**

            Auszubildende erzählen, dass im Bus abfällig über „Ausländer, die nicht arbeiten
            wollen“ geredet wird – während sie selbst im Schichtdienst pflegen. Solche
            Erlebnisse verletzen. In der Pflege selbst legten sich Vorbehalte von Patientinnen
            und Patienten dagegen meist schnell, sobald man sich kannte.
            """
        ),
        "topics": ["arbeit-und-ausbildung", "gesundheit", "sprache-und-bildung", "vernetzung"],
        "target_groups": ["gefluechtete", "zugewanderte"],
        "region_ags": "16077",
        "place": "Altenburg",
        "sponsor_name": "Landratsamt Altenburger Land – Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "Höhere Berufsfachschule für Pflege in Altenburg, Industrie- und Handelskammer, "
            "Handwerkskammer, Agentur für Arbeit, Jobcenter, Berufsberatung, IQ Netzwerk, "
            "Caritas, Diakonie, Paritätischer Wohlfahrtsverband, Pflegeeinrichtungen"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Dari, Arabisch",
        "start_date": "2016-08-01",
        "end_date": None,
        "website": "",
        "contact": {
            "name": "Thomas Richter",
            "email": "pflege.altenburg@example.org",
            "phone": "+49 3447 000000",
            "consent": False,
        },
        "image_alt": (
            "Grafik: ein weißes Kreuz auf türkisem Quadrat, daneben Kreise, und der "
            "Schriftzug ‚Pflegeberufe als Chance‘ (Platzhalterbild)"
        ),
        "image_caption": "Von der Pflegehilfe zur Fachkraft",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "streetworkerbuero-sondershausen",
        "name": "Streetworkerbüro am Wippertor",
        "summary": (
            "In einem Wohngebiet in Sondershausen arbeiten seit 2017 ein arabischsprachiger "
            "Streetworker und eine Integrationslotsin: Anlaufstelle für die ganze Nachbarschaft, "
            "Hilfe bei Behördenpost und Schulden, Vermittlung in Vereine."
        ),
        "description": _md(
            """
            In Sondershausen nahmen mit dem Zuzug von Geflüchteten und EU-Bürgerinnen und
            -Bürgern auch Beschwerden und Proteste zu; das Thema Sicherheit beschäftigte
            Einheimische wie Zugewanderte. Landkreis, Stadt und Polizei vereinbarten mehr
            Präsenz im Stadtgebiet. Vorbeugend eröffnete der Landkreis im Dezember 2017
            außerdem ein Streetworkerbüro im Wohngebiet „Wippertor“.

            Als Streetworker wurde ein Mann gewonnen, der in der Stadt aus der Jugendarbeit
            bekannt war, Arabisch spricht und schon in der Gemeinschaftsunterkunft gearbeitet
            hatte. Er ist viel im Viertel unterwegs und nimmt sich Zeit für die Anliegen aller
            Bewohnerinnen und Bewohner. Die Integrationslotsin des Landkreises arbeitet eng mit
            ihm zusammen und trägt die Anliegen in die Netzwerkarbeit.

            Das Büro hilft bei Anträgen und Behördenpost, begleitet zur Schuldnerberatung,
            vermittelt mit Gläubigern und zeigt Wege zu Sprachkursen, Ausbildung und
            Freizeitangeboten. Mit der Zeit wurde es auch zum Treffpunkt, von dem aus
            Zugewanderte die Interkulturelle Woche und Wohngebietsfeste mit vorbereiten.
            """
        ),
        "goals": _md(
            """
            - eine feste, leicht erreichbare Ansprechperson im Wohngebiet schaffen
            - Konflikte früh erkennen und schlichten
            - Menschen zur Selbstständigkeit im Umgang mit Ämtern, Verträgen und Geld begleiten
            - Nachbarschaft und Engagement im Viertel stärken
            """
        ),
        "lessons": _md(
            """
            Der Schlüssel war die Person: Ein Streetworker, der die Sprache spricht und im Ort
            bekannt ist, gewinnt schnell Vertrauen – und öffnet damit auch der
            Integrationslotsin die Tür zu Menschen, die vorher nicht erreichbar waren.

            **Was sich verändert hat:**

            - Viele, die anfangs eng begleitet wurden, brauchen heute nur noch Beratung. Mit
              besserem Deutsch wächst das Selbstvertrauen gegenüber Behörden.
            - Die Fragen haben sich verschoben: weniger Aufenthaltsrecht, mehr Freizeit,
              Vereine und Ausbildung.
            - Im Wohngebiet ist es ruhiger geworden; Beschwerden wegen Ruhestörung sind selten.

            **Was schwierig bleibt:**

            Mietvertrag, Versicherung, Bankkonto, Handyvertrag – Verbraucherthemen sind eine
            Dauerbaustelle. Schulden entstehen oft aus Unwissen, und die Klärung mit Gläubigern
            kostet viel Zeit. Ohne kurzen Draht zu Ämtern, Schulen, Kitas und
            Sprachkursträgern wäre das Büro nicht so wirksam; diese Kontakte muss man pflegen.
            """
        ),
        "topics": ["beratung-und-begleitung", "wohnen", "kommunale-integrationsarbeit"],
        "target_groups": ["gefluechtete", "zugewanderte", "familien"],
        "region_ags": "16065",
        "place": "Sondershausen",
        "sponsor_name": "Landratsamt Kyffhäuserkreis",
        "sponsor_kind": "kommune",
        "partners": (
            "Stadt Sondershausen, Polizei, Schuldnerberatung, Schulen und Kindertagesstätten, "
            "Sprachkursträger, Vereine im Wohngebiet"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Arabisch",
        "start_date": "2017-12-01",
        "end_date": None,
        "website": "",
        "contact": {
            "name": "Maria Lehmann",
            "email": "streetwork.sondershausen@example.org",
            "phone": "+49 3632 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: ein oranges Haus aus einfachen Formen zwischen grauen Rechtecken und der "
            "Schriftzug ‚Streetworkerbüro am Wippertor‘ (Platzhalterbild)"
        ),
        "image_caption": "Eine Anlaufstelle mitten im Wohngebiet",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "begegnungsstaette-on-tour-schmalkalden-meiningen",
        "name": "Begegnungsstätte „Cabrini“ on Tour",
        "summary": (
            "Das interkulturelle Begegnungszentrum des Landkreises Schmalkalden-Meiningen geht "
            "dorthin, wo Geflüchtete wohnen: mit Willkommensworkshops, Gartenprojekten und "
            "Spielangeboten in ländlich gelegenen Gemeinschaftsunterkünften."
        ),
        "description": _md(
            """
            Im September 2015 eröffnete der Landkreis Schmalkalden-Meiningen die
            interkulturelle Begegnungsstätte „Cabrini“ – einen Ort für Menschen jeden Alters
            und jeder Herkunft. Dort gibt es Begegnungsfeste, Frauennachmittage,
            Beratungsstunden, interkulturelle Schulgruppen und Veranstaltungen zu Migration;
            was stattfindet, bestimmen die Besucherinnen und Besucher mit.

            Weil weniger Menschen neu ankommen, verschiebt sich die Arbeit: weg von
            Unterbringung und Erfassung, hin zur Integration derer, die bleiben. Im Sommer 2019
            lebten gut 550 Asylsuchende und Geduldete im Landkreis, viele in großen, teils
            abgelegenen Gemeinschaftsunterkünften. Bis in die Begegnungsstätte kommen sie
            selten. Deshalb geht das Team mit „Cabrini on Tour“ zu ihnen.

            Geplant sind ein fester aufsuchender Tag pro Woche und ein zweistündiger „Welcome
            Day“ für neue Bewohnerinnen und Bewohner zu Hausordnung, Mülltrennung und
            Umweltschutz. In einzelnen Unterkünften sollen ein Spielzimmer für Kinder,
            Hochbeete, ein Grill und Sitzecken aus Paletten entstehen; anderswo sollen
            Bewohner zu Sporttrainern ausgebildet werden, die dann selbst Gruppen anleiten.
            """
        ),
        "goals": _md(
            """
            - Menschen in ländlichen Gemeinschaftsunterkünften an Begegnung und Teilhabe beteiligen
            - neue Bewohnerinnen und Bewohner früh orientieren
            - das Zusammenleben in den Unterkünften verbessern
            - den Weg in die Begegnungsstätte und zu Vereinen vor Ort ebnen
            """
        ),
        "lessons": _md(
            """
            Die Erfahrung aus mehreren Jahren Begegnungsstätte ist eindeutig: Ein schöner Ort
            allein reicht nicht. Wer weit draußen wohnt, kein Auto hat und das Angebot nicht
            kennt, kommt nicht. Begegnung braucht auch neue, neutrale Orte – und manchmal
            heißt das, selbst loszufahren.

            **Was gut funktioniert hat:**

            - Einzelprojekte zu festen Terminen an wechselnden Orten erreichen mehr Menschen
              als ein Dauerangebot an einem Ort.
            - Was Bewohnerinnen und Bewohner mitgestalten, wird besser angenommen – etwa
              Gartenarbeit, für die Werkzeug und Unterstützung gestellt werden.

            **Was offen ist:**

            Ob die aufsuchende Arbeit wie geplant starten kann, hängt an bewilligten
            Fördermitteln. Was sie bewirkt, können wir deshalb noch nicht sagen; nach dem ersten
            Jahr wollen wir es auswerten. Ein Risiko bleibt, dass vieles an einem einzigen
            festangestellten Mitarbeiter hängt.
            """
        ),
        "topics": [
            "beratung-und-begleitung",
            "wohnen",
            "sport-und-freizeit",
            "kommunale-integrationsarbeit",
        ],
        "target_groups": ["gefluechtete", "familien", "kinder-und-jugendliche"],
        "region_ags": "16066",
        "place": "Meiningen",
        "sponsor_name": "Landratsamt Schmalkalden-Meiningen",
        "sponsor_kind": "kommune",
        "partners": (
            "Betreiber der Gemeinschaftsunterkünfte, Sportvereine, Schulen, "
            "Ehrenamtliche aus den Gemeinden"
        ),
        "funding": ["thilik"],
        "languages": "Deutsch, Arabisch, Farsi, Tigrinya, Russisch",
        "start_date": "2015-09-01",
        "end_date": None,
        "website": "https://example.org/schmalkalden-meiningen/begegnung",
        "contact": {
            "name": "Stefan Braun",
            "email": "begegnung.meiningen@example.org",
            "phone": "+49 3693 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: ein gelber Bus aus Rechtecken und Kreisen und der Schriftzug "
            "‚Begegnungsstätte on Tour‘ (Platzhalterbild)"
        ),
        "image_caption": "Aufsuchende Arbeit in den Unterkünften",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "interkulturelle-jugendbegleitung-gera",
        "name": "Interkulturelle Jugendbegleitung an Schulen",
        "summary": (
            "Ein arabischsprachiger Jugendbegleiter vermittelte an fünf Geraer Regelschulen "
            "zwischen Schule, Jugendlichen und Eltern. Danach lief das Angebot mit zwei "
            "Begleitern weiter und kam auch an Grundschulen."
        ),
        "description": _md(
            """
            Mit dem Zuzug geflüchteter Familien standen Geraer Schulen vor neuen Fragen: Wie
            umgehen mit vielen Sprachen, anderen Schulerfahrungen und belastenden Erlebnissen?
            Vereine, Sozialbetreuung und Migrationsdienste halfen bereits, doch im Schulalltag
            fehlte jemand, der leicht ansprechbar ist und beide Seiten versteht.

            Das Integrationsmanagement der Stadt hat deshalb von Oktober 2017 bis Juni 2018
            eine interkulturelle Jugendbegleitung an fünf Regelschulen erprobt. Weil gut ein
            Drittel der Zugewanderten in Gera aus Syrien und dem Irak kommt, wurde ein
            arabischsprachiger Begleiter auf Honorarbasis eingesetzt, der eine Qualifizierung
            in psychosozialer Unterstützung mitbrachte. Er war einmal pro Woche an jeder Schule
            und bei Bedarf zusätzlich.

            Er übersetzte nicht nur, sondern erklärte Regeln und Erwartungen, vermittelte bei
            Missverständnissen, stellte den Kontakt zu Eltern her und zeigte Familien Wege zu
            Bildungs- und Freizeitangeboten. Weil die Schulen sehr zufrieden waren, ging das
            Projekt von Juli 2018 bis Ende 2019 über ein Landesprogramm weiter – mit zwei
            Begleitern und nun auch an Grundschulen.
            """
        ),
        "goals": _md(
            """
            - Verständigung zwischen Schule, Schülerinnen und Schülern und Eltern verbessern
            - Regeln des Schulalltags erklären und Konflikte entschärfen
            - Familien den Zugang zu Bildungs- und Freizeitangeboten erleichtern
            - Lehrkräfte im Umgang mit Mehrsprachigkeit entlasten
            """
        ),
        "lessons": _md(
            """
            Regeln im Schulalltag wurden deutlich besser akzeptiert, seit jemand sie in der
            Muttersprache erklären und begründen konnte. Für viele Eltern war der Begleiter die
            erste Person an der Schule, mit der sie ohne Hemmungen sprechen konnten.

            **Was gut funktioniert hat:**

            - Feste Wochentage an jeder Schule: Lehrkräfte konnten Gespräche planen,
              Jugendliche wussten, wann er da ist.
            - Eine Person mit eigener Fluchterfahrung und guten Kontakten in die Community –
              das schafft Vertrauen, das eine Behörde so nicht hat.

            **Was schwierig war:**

            Ein Begleiter für fünf Schulen ist knapp; die Nachfrage lag oft über dem Budget.
            Auf Honorarbasis ist die Aufgabe kaum abgesichert: Fällt die Person aus, bricht das
            Angebot weg. Und Förderung in kurzen Etappen – erst neun Monate, dann anderthalb
            Jahre – macht es schwer, Schulen verlässlich zuzusagen, dass die Unterstützung
            bleibt.

            Wichtig ist eine klare Rolle: Der Begleiter baut Brücken. Er ersetzt weder
            Schulsozialarbeit noch Therapie noch einen Dolmetschdienst für schwierige Gespräche.
            """
        ),
        "topics": ["sprache-und-bildung", "beratung-und-begleitung"],
        "target_groups": ["kinder-und-jugendliche", "familien", "gefluechtete"],
        "region_ags": "16052",
        "place": "Gera",
        "sponsor_name": "Stadtverwaltung Gera – Integrationsmanagement",
        "sponsor_kind": "kommune",
        "partners": (
            "fünf Regelschulen und mehrere Grundschulen in Gera, Träger der sozialen "
            "Betreuung, Migrationsdienste, Vereine"
        ),
        "funding": ["thilik", "thueringen-soziale-beratung-gefluechtete"],
        "languages": "Deutsch, Arabisch, Kurdisch",
        "start_date": "2017-10-01",
        "end_date": "2019-12-31",
        "website": "",
        "contact": None,
        "image_alt": (
            "Grafik: zwei Sprechblasen in Blau und Grün über einem gelben Rechteck und der "
            "Schriftzug ‚Interkulturelle Jugendbegleitung‘ (Platzhalterbild)"
        ),
        "image_caption": "Brücken zwischen Schule und Elternhaus",
        "image_credit": IMAGE_CREDIT,
    },
    # --- Erfurt: das Netzwerk für Integration ----------------------------------------------
    {
        "slug": "netzwerk-fuer-integration-erfurt",
        "name": "Netzwerk für Integration Erfurt",
        "summary": (
            "Über 60 Ämter, Vereine, Träger, Firmen und Einzelpersonen stimmen in Erfurt ihre "
            "Angebote für Zugewanderte ab: sechs Netzwerktagungen im Jahr, Arbeitsgruppen, "
            "Integrationslotsen und ein Netz von Patenschaften."
        ),
        "description": _md(
            """
            Bevor es das Netzwerk gab, lief die Zusammenarbeit in Erfurt eher zufällig:
            Kooperationen entstanden im Einzelfall, manche Angebote gab es doppelt, andere
            fehlten. Zugewanderte wie Ämter verloren den Überblick. Aus einem runden Tisch zur
            Integration von Spätaussiedlerinnen und Spätaussiedlern entstand deshalb im
            Oktober 1999 das Netzwerk für Integration – eines der ersten Modellprojekte dieser
            Art in den ostdeutschen Ländern.

            Bis 2002 finanzierten Bund und Stadt das Modellprojekt, danach übernahm die Stadt
            Erfurt die Finanzierung. Sie ist Auftraggeberin, die Trägerschaft der
            Geschäftsstelle liegt bei einem freien Bildungsträger; Ausländerbeauftragte und
            Ausländerbeirat wirken mit. Beteiligt sind mehr als 60 Akteure: Ämter und Behörden,
            Vereine, Migrantenorganisationen, Firmen und Einzelpersonen.

            Sechsmal im Jahr gibt es eine Netzwerktagung, dazu Integrationsseminare im Rathaus.
            Dort stellen sich neue Projekte vor, Arbeitsgruppen berichten, Angebote werden
            abgestimmt. Ständige und zeitweilige Arbeitsgruppen befassen sich etwa mit Sprache
            und Veranstaltungen. Zu den Aufgaben gehören außerdem Integrationslotsen für
            Neuankommende, ein Netz von Patenschaften, eine Clearingstelle für schwierige Fälle
            und gemeinsame Förderanträge an Bund und Land.
            """
        ),
        "goals": _md(
            """
            - Angebote aller Beteiligten abstimmen, Lücken schließen, Doppelungen vermeiden
            - Neuankommende durch Integrationslotsen sowie Patinnen und Paten begleiten
            - Vereine und Migrantenorganisationen beraten und sichtbar machen
            - Projekte gemeinsam beantragen, begleiten und auswerten
            """
        ),
        "lessons": _md(
            """
            Ein Netzwerk mit über 60 Beteiligten lebt von Verbindlichkeit. Bewährt haben sich
            schriftliche Bereitschaftserklärungen und eine Geschäftsordnung: Wer mitmacht, weiß,
            was von ihm erwartet wird – und was er erwarten kann.

            **Was gut funktioniert hat:**

            - Ein fester Rhythmus von sechs Tagungen im Jahr, früh angekündigt. So bleibt das
              Netzwerk auch in ruhigen Zeiten lebendig.
            - Die Vorstellung neuer Projekte. Sie verhindert, dass zwei Träger parallel
              dasselbe aufbauen.
            - Die Übernahme durch die Stadt nach dem Ende der Modellförderung. Ohne diese
              Entscheidung gäbe es das Netzwerk heute nicht.

            **Was schwierig ist:**

            Große Runden neigen zum reinen Informationsaustausch. Die eigentliche Arbeit
            passiert in den Arbeitsgruppen – sie brauchen klare Aufträge und ein Ende, wenn ihr
            Thema erledigt ist. Lotsen und Paten müssen laufend gewonnen, geschult und
            begleitet werden; viele engagieren sich ein, zwei Jahre und ziehen dann weiter.
            """
        ),
        "topics": [
            "vernetzung",
            "kommunale-integrationsarbeit",
            "ehrenamt-und-patenschaften",
            "beratung-und-begleitung",
        ],
        "target_groups": [
            "spaetaussiedler",
            "zugewanderte",
            "migrantenorganisationen",
            "ehrenamtliche",
        ],
        "region_ags": "16051",
        "place": "Erfurt",
        "sponsor_name": "Stadtverwaltung Erfurt",
        "sponsor_kind": "kommune",
        "partners": (
            "Bildungsträger mit der Geschäftsstelle im Zentrum für Integration und Migration, "
            "Ausländerbeauftragte, Ausländerbeirat, Jugendmigrationsdienste, Vereine und "
            "Migrantenorganisationen, Sprachkursträger"
        ),
        "funding": ["kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Russisch, Arabisch, Englisch, Französisch",
        "start_date": "1999-10-01",
        "end_date": None,
        "website": "https://example.org/erfurt/netzwerk-integration",
        "contact": {
            "name": "Tobias Hartmann",
            "email": "netzwerk.erfurt@example.org",
            "phone": "+49 361 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: viele kleine bunte Punkte in einem großen Kreis und der Schriftzug "
            "‚Netzwerk für Integration Erfurt‘ (Platzhalterbild)"
        ),
        "image_caption": "Mehr als 60 Beteiligte an einem Tisch",
        "image_credit": IMAGE_CREDIT,
    },
    # --- Musik und Integration --------------------------------------------------------------
    {
        "slug": "chor-der-vielfalt-duesseldorf",
        "name": "Chor der Vielfalt",
        "summary": (
            "Ein offener Chor in Düsseldorf, in dem Geflüchtete und Alteingesessene jede Woche "
            "gemeinsam singen – Lieder aus Syrien, Afghanistan, Eritrea und dem Rheinland, ohne "
            "Vorsingen und ohne Notenkenntnisse."
        ),
        "description": _md(
            """
            Der Chor entstand 2016 aus einem Begegnungscafé in einer Unterkunft für
            Geflüchtete: Eine Ehrenamtliche spielte Gitarre, einige Bewohner sangen Lieder aus
            ihrer Heimat, andere stimmten ein. Daraus wurde eine wöchentliche Probe, die heute in
            einem Gemeindesaal in Düsseldorf-Oberbilk stattfindet. Rund 35 Menschen zwischen 16
            und 78 Jahren singen mit.

            Vorsingen und Noten gibt es nicht. Lieder werden nach Gehör gelernt, Texte in
            Lautschrift und mit Übersetzung verteilt. Jedes Mitglied kann ein Lied vorschlagen
            und den anderen beibringen – so stehen ein kurdisches Liebeslied, ein eritreischer
            Kirchengesang und ein rheinisches Volkslied nebeneinander. Eine Chorleiterin arbeitet
            auf Honorarbasis; Organisation, Raum und Fahrtkosten übernimmt der Verein.

            Zwei- bis dreimal im Jahr tritt der Chor auf: bei Stadtteilfesten, in
            Seniorenheimen und in der Interkulturellen Woche. Für viele Mitglieder ist er
            außerdem ein Ort, an dem sie Deutsch sprechen, Fragen zu Wohnung oder Arbeit stellen
            und Freundschaften schließen.
            """
        ),
        "goals": _md(
            """
            - einen regelmäßigen Ort schaffen, an dem Menschen unabhängig von Herkunft und Sprache Musik machen
            - Lieder aus den Herkunftsländern der Mitglieder hörbar machen
            - Deutsch im Alltag üben – beim Singen und in der Pause
            - mit Auftritten Begegnungen im Stadtteil schaffen
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Keine Hürden am Anfang: Wer kommt, singt mit. Niemand muss vorsingen oder Noten
              lesen.
            - Jedes Mitglied darf ein Lied beibringen. Das dreht die Rollen um: Wer sonst im
              Sprachkurs lernt, ist hier Lehrerin oder Lehrer.
            - Die Pause ist so wichtig wie die Probe. Tee, Gebäck und zwanzig Minuten zum Reden
              gehören fest dazu.

            **Was schwierig war:**

            Die Besetzung wechselt stark. Umzüge, Abendkurse, Schichtarbeit – nach einem Jahr
            war die Hälfte der Gründungsmitglieder nicht mehr dabei. Auftritte planen wir
            deshalb kurzfristig und mit einfachen Stücken. Nach einer hitzigen Diskussion über
            ein politisch aufgeladenes Lied besprechen wir religiöse und politische Lieder
            vorher in der Gruppe.

            Die Finanzierung bleibt ein Flickenteppich aus Jahreszuschüssen und Spenden. Das
            Honorar der Chorleitung ist der größte Posten – und der, an dem am wenigsten gespart
            werden darf.
            """
        ),
        "topics": ["musik-und-kultur", "sprache-und-bildung", "ehrenamt-und-patenschaften"],
        "target_groups": ["gefluechtete", "zugewanderte", "aeltere", "ehrenamtliche"],
        "region_ags": "05111",
        "place": "Düsseldorf-Oberbilk",
        "sponsor_name": "Singen verbindet Düsseldorf e. V.",
        "sponsor_kind": "verein",
        "partners": (
            "evangelische Kirchengemeinde im Stadtteil (Probenraum), Stadtteilbüro, "
            "Seniorenzentrum, Sozialdienst der Unterkunft"
        ),
        "funding": ["landesmusikrat-nrw-musik-und-integration", "kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Arabisch, Kurdisch, Tigrinya, Dari",
        "start_date": "2016-05-01",
        "end_date": None,
        "website": "https://example.org/chor-der-vielfalt",
        "contact": {
            "name": "Lena Brandt",
            "email": "chor-der-vielfalt@example.org",
            "phone": "+49 211 000000",
            "consent": True,
        },
        "image_alt": "Grafik: farbige Kreise und der Schriftzug ‚Chor der Vielfalt‘ (Platzhalterbild)",
        "image_caption": "Wöchentliche Probe in Oberbilk",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "bandwerkstatt-nordstadt-dortmund",
        "name": "Bandwerkstatt Nordstadt",
        "summary": (
            "Jugendliche aus der Dortmunder Nordstadt – neu zugewandert oder hier aufgewachsen – "
            "gründen in einer offenen Werkstatt eigene Bands, schreiben Songs in mehreren "
            "Sprachen und spielen einmal im Jahr ein Konzert im Stadtteil."
        ),
        "description": _md(
            """
            In der Dortmunder Nordstadt leben Menschen aus sehr vielen Ländern, darunter viele
            Jugendliche, die erst seit Kurzem in Deutschland sind. Die Bandwerkstatt bietet
            ihnen zweimal pro Woche nachmittags einen Proberaum mit Schlagzeug, Gitarren, Bass,
            Keyboard und Mikrofonen – und zwei Musikpädagogen, die beim Einstieg helfen.

            Wer neu dazukommt, probiert zuerst alle Instrumente aus. Nach einigen Wochen finden
            sich Bands von drei bis sechs Jugendlichen, die eigene Songs schreiben, oft in
            mehreren Sprachen zugleich. Die Texte entstehen in Schreibwerkstätten, in denen es
            um Ankommen, Schule, Freundschaft und Heimweh geht. Einmal im Jahr spielen alle
            Bands ein Konzert auf einem Platz im Stadtteil.

            Die Werkstatt arbeitet mit zwei Schulen mit internationalen Förderklassen zusammen,
            die neue Jugendliche vorbeibringen, und mit einem Jugendtreff, der den Raum stellt.
            Einige Jugendliche sind inzwischen selbst Tutorinnen und Tutoren und bringen Neuen
            die ersten Griffe bei.
            """
        ),
        "goals": _md(
            """
            - neu zugewanderten Jugendlichen kostenlos Zugang zu Instrumenten und Bandarbeit bieten
            - Jugendliche verschiedener Herkunft über gemeinsame Songs in Kontakt bringen
            - Selbstbewusstsein und Sprache über eigene Texte stärken
            - ältere Teilnehmende als Tutorinnen und Tutoren qualifizieren
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Die Zusammenarbeit mit den internationalen Förderklassen: Lehrkräfte kennen die
              Jugendlichen und kommen beim ersten Besuch mit. Ohne diese Brücke wäre kaum
              jemand gekommen.
            - Eigene Songs statt Nachspielen. Die Jugendlichen erzählen ihre Geschichten und
              entscheiden selbst, in welcher Sprache.
            - Das Tutorenmodell bindet die Älteren und entlastet die Pädagogen.

            **Was schwierig war:**

            Mädchen waren im ersten Jahr kaum dabei. Erst eine eigene Probe für Mädchen mit einer
            Musikerin als Anleiterin hat das geändert. Instrumente gehen kaputt oder verschwinden;
            eine Ausleihliste und Regeln, die die Jugendlichen selbst mit aufgestellt haben,
            helfen. Mit jedem Schuljahreswechsel gehen Jugendliche in Ausbildung oder in andere
            Städte – wir müssen jedes Jahr neu um Teilnehmende werben.
            """
        ),
        "topics": ["musik-und-kultur", "sprache-und-bildung", "sport-und-freizeit"],
        "target_groups": ["kinder-und-jugendliche", "zugewanderte", "gefluechtete"],
        "region_ags": "05913",
        "place": "Dortmund-Nordstadt",
        "sponsor_name": "Jugendkulturwerk Nordstadt e. V.",
        "sponsor_kind": "verein",
        "partners": (
            "zwei Schulen mit internationalen Förderklassen, Jugendtreff im Stadtteil, "
            "Musikschule (Instrumentenleihe), Quartiersmanagement"
        ),
        "funding": ["landesmusikrat-nrw-musik-und-integration", "kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Arabisch, Bulgarisch, Rumänisch, Türkisch, Englisch",
        "start_date": "2019-02-01",
        "end_date": None,
        "website": "https://example.org/bandwerkstatt-nordstadt",
        "contact": {
            "name": "Deniz Yılmaz",
            "email": "bandwerkstatt@example.org",
            "phone": "+49 231 000000",
            "consent": False,
        },
        "image_alt": (
            "Grafik: violette und gelbe Streifen wie Saiten und der Schriftzug "
            "‚Bandwerkstatt Nordstadt‘ (Platzhalterbild)"
        ),
        "image_caption": "Proberaum für junge Bands",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "ensemble-zwischenraeume-koeln",
        "name": "Ensemble Zwischenräume",
        "summary": (
            "Geflüchtete Berufsmusikerinnen und -musiker und Kölner Musikschaffende bildeten ein "
            "gemeinsames Ensemble, spielten Schulkonzerte und knüpften Kontakte in die Kölner "
            "Musikszene. Das Projekt lief gut drei Jahre."
        ),
        "description": _md(
            """
            Unter den Menschen, die nach Köln geflohen sind, sind auch ausgebildete
            Musikerinnen und Musiker – an Oud, Geige, Perkussion oder als Sängerinnen. Viele von
            ihnen fanden in Deutschland kaum Gelegenheit, in ihrem Beruf zu arbeiten. Das
            Ensemble Zwischenräume brachte ab 2020 acht von ihnen mit sechs Kölner Musikerinnen
            und Musikern zusammen.

            Gemeinsam entwickelte das Ensemble ein Programm aus arabischer, persischer und
            kurdischer Musik, Jazz und Neuer Musik. Damit ging es vor allem in Schulen: In rund
            40 Schulkonzerten mit anschließendem Workshop lernten Kinder Instrumente und
            Rhythmen kennen und sprachen mit den Musikerinnen und Musikern. Dazu kamen
            öffentliche Konzerte in Stadtteilbibliotheken und Kulturzentren.

            Neben der Musik ging es um berufliche Perspektiven: Das Projekt zahlte faire
            Honorare, half bei Pressematerial und Website und vermittelte Kontakte zu
            Veranstaltern, Musikschulen und Hochschulen. Die Förderung endete im Sommer 2023;
            einige Mitglieder spielen in kleineren Besetzungen weiter.
            """
        ),
        "goals": _md(
            """
            - geflüchteten Berufsmusikerinnen und -musikern Auftritte und faire Honorare ermöglichen
            - Kontakte in die Kölner Musikszene und zu Arbeitgebern knüpfen
            - Kindern in Schulen Musik aus vielen Regionen nahebringen
            - ein Ensemble auf Augenhöhe bilden, kein „Projekt für Geflüchtete“
            """
        ),
        "lessons": _md(
            """
            Augenhöhe war der Anspruch – und sie musste jeden Tag neu erarbeitet werden. Wer
            übersetzt, wer die Mails schreibt, wer mit Veranstaltern verhandelt, verteilt
            Einfluss. Wir haben Proben zweisprachig moderiert und die künstlerische Leitung auf
            zwei Personen mit unterschiedlichem Hintergrund verteilt.

            **Was gut funktioniert hat:**

            - Schulkonzerte mit Workshop: Die Kinder waren begeistert, die Schulen fragten nach,
              die Musiker hatten verlässliche Termine.
            - Faire Honorare statt Aufwandsentschädigung. Das war teurer, aber die Grundlage für
              Vertrauen.

            **Was schwierig war:**

            - Der Start 2020 fiel in die Pandemie; ein Jahr lang gab es fast nur Online-Proben
              und Aufnahmen.
            - Für eine Anstellung an Musikschulen reichten ausländische Abschlüsse oft nicht,
              und niemand konnte vorher klar sagen, was fehlt.
            - Drei Jahre sind kurz. Heute würden wir vom ersten Tag an mit den Beteiligten
              planen, wie es nach der Förderung weitergeht.
            """
        ),
        "topics": ["musik-und-kultur", "arbeit-und-ausbildung", "sprache-und-bildung"],
        "target_groups": ["gefluechtete", "kinder-und-jugendliche"],
        "region_ags": "05315",
        "place": "Köln",
        "sponsor_name": "Musikforum Ehrenfeld e. V.",
        "sponsor_kind": "verein",
        "partners": (
            "Grund- und weiterführende Schulen in Köln, Stadtteilbibliotheken, Kulturzentren, "
            "Musikschule, Beratungsstelle zur Anerkennung ausländischer Abschlüsse"
        ),
        "funding": ["landesmusikrat-nrw-musik-und-integration", "kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Arabisch, Farsi, Kurdisch, Englisch",
        "start_date": "2020-03-01",
        "end_date": "2023-06-30",
        "website": "",
        "contact": None,
        "image_alt": (
            "Grafik: rote und dunkelblaue Halbkreise wie Schallwellen und der Schriftzug "
            "‚Ensemble Zwischenräume‘ (Platzhalterbild)"
        ),
        "image_caption": "Musik aus vielen Regionen in Kölner Schulen",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "liederkiste-berlin",
        "name": "Liederkiste – Musik für Eltern und Kleinkinder",
        "summary": (
            "Einmal pro Woche singen, tanzen und trommeln Eltern und Kleinkinder in einer "
            "Berliner Gemeinschaftsunterkunft und einem Familienzentrum. Schlaflieder in vielen "
            "Sprachen werden gesammelt und in einem Liederheft weitergegeben."
        ),
        "description": _md(
            """
            In Berliner Gemeinschaftsunterkünften leben viele Familien mit kleinen Kindern, die
            noch keinen Kitaplatz haben. Die Liederkiste bietet ihnen eine wöchentliche
            Musikstunde: Eine Musikpädagogin und eine Sprachmittlerin kommen mit einer Kiste
            voller Rasseln, Trommeln, Tücher und einem Liederbuch.

            Jede Stunde folgt demselben Ablauf: Begrüßungslied, Bewegungs- und Fingerspiele,
            ein neues Lied, Instrumente ausprobieren, zum Schluss ein Schlaflied. Die Eltern
            bringen Lieder aus ihrer Kindheit mit, unter anderem auf Arabisch, Farsi,
            Ukrainisch, Russisch, Türkisch und Romanes. Daraus entstand ein mehrsprachiges
            Liederheft mit Links zu Aufnahmen, das Familien mit nach Hause nehmen.

            Seit 2023 gibt es eine zweite Gruppe in einem Familienzentrum im Kiez, zu der auch
            Familien aus der Nachbarschaft kommen. Dort lernen sich Eltern aus der Unterkunft
            und aus dem Viertel kennen, und der Schritt in Kita und weitere Familienangebote
            fällt leichter.
            """
        ),
        "goals": _md(
            """
            - Eltern und Kleinkinder in belastenden Wohnsituationen stärken
            - die Familiensprachen wertschätzen und Deutsch spielerisch einführen
            - Kontakte zu Familien aus der Nachbarschaft schaffen
            - den Übergang in Kita und Familienangebote vorbereiten
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Ein fester, immer gleicher Ablauf. Kleine Kinder brauchen Wiederholung, und Eltern
              mit wenig Deutsch wissen so, was als Nächstes kommt.
            - Die Sprachmittlerin ist mehr als Übersetzerin: Sie erklärt, wozu Fingerspiele gut
              sind, und nimmt Fragen zu Kita, Kinderarzt oder Impfungen auf.
            - Die Lieder der Eltern. Wenn eine Mutter ihr Schlaflied vorsingt und die Gruppe es
              nachsingt, verändert sich die Stimmung im Raum.

            **Was schwierig war:**

            In der Unterkunft kommen fast nur Mütter; Väter erreichen wir kaum. Der
            Gemeinschaftsraum ist oft doppelt belegt, Termine fielen kurzfristig aus. Viele
            Familien ziehen nach einigen Monaten in einen anderen Bezirk – sie bekommen das
            Liederheft und eine Liste mit Familienzentren in der neuen Umgebung mit. Bei den
            Aufnahmen mussten wir genau klären, wer damit einverstanden ist, dass seine Stimme
            veröffentlicht wird.
            """
        ),
        "topics": ["musik-und-kultur", "sprache-und-bildung"],
        "target_groups": ["familien", "frauen", "kinder-und-jugendliche", "gefluechtete"],
        "region_ags": "11000",
        "place": "Berlin-Lichtenberg",
        "sponsor_name": "Familienzentrum am Weidenhof e. V.",
        "sponsor_kind": "verein",
        "partners": (
            "Betreiber der Gemeinschaftsunterkunft, Familienzentrum im Kiez, Kitas in der "
            "Nachbarschaft, Stadtteilbibliothek"
        ),
        "funding": ["amif", "kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Arabisch, Farsi, Ukrainisch, Russisch, Türkisch, Romanes",
        "start_date": "2021-09-01",
        "end_date": None,
        "website": "https://example.org/liederkiste",
        "contact": {
            "name": "Olga Petrenko",
            "email": "liederkiste@example.org",
            "phone": "+49 30 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: eine braune Kiste aus Rechtecken mit bunten Noten darüber und der "
            "Schriftzug ‚Liederkiste‘ (Platzhalterbild)"
        ),
        "image_caption": "Musikstunde für die Kleinsten",
        "image_credit": IMAGE_CREDIT,
    },
    # --- Vernetzung von Migrantenorganisationen ---------------------------------------------
    {
        "slug": "vereinsnetz-vielfalt-moenchengladbach",
        "name": "Vereinsnetz Vielfalt Mönchengladbach",
        "summary": (
            "Sieben Migrantenorganisationen in Mönchengladbach arbeiten als Netzwerk zusammen: "
            "gemeinsame Räume, geteiltes Wissen über Förderung, Bildungsabende für Familien und "
            "eine gemeinsame Stimme gegenüber der Stadt."
        ),
        "description": _md(
            """
            Viele Migrantenorganisationen in Mönchengladbach leisten seit Jahren
            Integrationsarbeit – Hausaufgabenhilfe, Beratung, Kulturabende –, fast immer
            ehrenamtlich und jede für sich. 2021 haben sich sieben Vereine zusammengetan: ein
            deutsch-türkischer Bildungsverein, zwei afrikanische Initiativen, ein Medienverein
            mit mehrsprachigem Podcast, eine Moscheegemeinde, ein Verein Russlanddeutscher und
            eine syrische Elterninitiative.

            Das Netzwerk ist Schritt für Schritt gewachsen. Zuerst formulierten zwei Vereine ein
            gemeinsames Ziel und suchten Partner mit ähnlichen Interessen. Es folgten
            Kennenlerngespräche, eine erste gemeinsame Sitzung, in der das Ziel festgelegt
            wurde, und schließlich eine schriftliche Vereinbarung über Aufgaben, Regeln und
            Koordination. Eine Koordinatorin mit halber Stelle lädt zu den monatlichen Treffen
            ein, verteilt Aufgaben und hält Absprachen im Protokoll fest.

            Gemeinsam organisieren die Vereine Informationsabende zu Schule und Ausbildung,
            teilen sich Räume und eine Website, stellen gemeinsame Förderanträge und bringen
            ihre Anliegen in den Integrationsrat und zur Stadtverwaltung. Neue Vereine werden
            beim Aufbau beraten.
            """
        ),
        "goals": _md(
            """
            - das interkulturelle Zusammenleben in der Stadt aktiv mitgestalten
            - Kinder und Jugendliche mit Migrationsgeschichte in der Schule stärken
            - über Angebote am Arbeitsmarkt informieren
            - Räume, Wissen, Kontakte und Kosten teilen
            - kleinere und neue Vereine beraten
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Ein klares Ziel, das alle mittragen. Am Anfang stand der Satz „Wir machen
              gemeinsam Bildungsangebote für Familien“ – konkret genug, um loszulegen.
            - Eine Person, die die Fäden in der Hand hält. Die Koordinatorin entscheidet nichts
              allein, aber Einladungen, Protokolle und Aufgabenlisten bleiben nicht liegen.
            - Schriftliche Absprachen. Eine einfache Vereinbarung und kurze Protokolle haben den
              Streit über „Wer wollte das nochmal übernehmen?“ fast beendet.
            - Geteilte Räume: Drei Vereine nutzen denselben Raum zu verschiedenen Zeiten und
              teilen die Miete.

            **Was schwierig war:**

            Vertrauen wächst langsam, besonders zwischen Vereinen, die sich vorher als
            Konkurrenten um dieselben Fördertöpfe gesehen haben. Manche Vereine haben erfahrene
            Vorstände, andere hängen an zwei Personen. Und ehrenamtlich allein lässt sich das
            Netzwerk nicht tragen: Als die Koordination vier Monate unbesetzt war, schliefen die
            Treffen fast ein.

            Unser Rat: klein anfangen. Eine gelungene gemeinsame Veranstaltung überzeugt mehr
            Vereine als jedes Konzeptpapier.
            """
        ),
        "topics": ["vernetzung", "teilhabe-und-antidiskriminierung", "sprache-und-bildung"],
        "target_groups": ["migrantenorganisationen", "familien", "ehrenamtliche"],
        "region_ags": "05116",
        "place": "Mönchengladbach",
        "sponsor_name": "Vereinsnetz Vielfalt Mönchengladbach (Zusammenschluss von sieben Vereinen)",
        "sponsor_kind": "migrantenorganisation",
        "partners": (
            "Integrationsrat, Kommunales Integrationszentrum, Jobcenter, Schulen und "
            "Bildungslotsen, Migrationsberatungsstellen, Polizei (Kontaktbeamte)"
        ),
        "funding": ["kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Türkisch, Kurdisch, Französisch, Lingala, Arabisch, Russisch",
        "start_date": "2021-03-01",
        "end_date": None,
        "website": "https://example.org/vereinsnetz-vielfalt",
        "contact": {
            "name": "Sevgi Aydın",
            "email": "vereinsnetz@example.org",
            "phone": "+49 2161 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: sieben farbige Kreise, die einander berühren, und der Schriftzug "
            "‚Vereinsnetz Vielfalt‘ (Platzhalterbild)"
        ),
        "image_caption": "Sieben Vereine, ein Netzwerk",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "tandem-aktiv-halle",
        "name": "Tandem aktiv – Migrantenorganisationen und Stadtteilvereine",
        "summary": (
            "In Halle arbeiteten Migrantenorganisationen drei Jahre lang in festen Tandems mit "
            "Stadtteilvereinen: gemeinsame Sprechstunden für Geflüchtete, Fortbildungen für "
            "Ehrenamtliche und Austausch mit Netzwerken in anderen Städten."
        ),
        "description": _md(
            """
            Viele Menschen, die nach Halle geflohen sind, finden ihre ersten Ansprechpersonen
            nicht in Behörden, sondern in Migrantenorganisationen: Dort spricht man ihre Sprache
            und kennt die Wege aus eigener Erfahrung. Diese Arbeit ist aber meist unbezahlt und
            wenig sichtbar. Stadtteilvereine wiederum haben Räume, Routinen und Kontakte zur
            Verwaltung, erreichen Geflüchtete aber oft nicht.

            Das Projekt bildete von 2022 bis 2024 fünf feste Tandems aus je einer
            Migrantenorganisation und einem Stadtteilverein. Jedes Tandem entwickelte ein
            gemeinsames Angebot – etwa eine offene Sprechstunde in zwei Sprachen, eine
            Hausaufgabenhilfe oder einen Begleitdienst zu Ämtern. Eine Koordinationsstelle
            organisierte monatliche Tandemtreffen, Fortbildungen zu Vereinsrecht,
            Förderanträgen, Datenschutz und Öffentlichkeitsarbeit sowie den Austausch mit
            Netzwerken von Migrantenorganisationen in anderen Städten.

            Mit dem Ende der Förderung Ende 2024 lief die Koordination aus. Drei der fünf
            Tandems arbeiten mit eigenen Mitteln und kleinen Zuschüssen weiter.
            """
        ),
        "goals": _md(
            """
            - Aktive mit Migrationsgeschichte stärken, vernetzen und sichtbar machen
            - Wissen und Ressourcen zwischen Migrantenorganisationen und Stadtteilvereinen teilen
            - Geflüchteten im Stadtteil verlässliche Anlaufstellen bieten
            - lokale Arbeit mit überregionalen Netzwerken verbinden
            """
        ),
        "lessons": _md(
            """
            Tandems funktionieren, wenn beide Seiten etwas davon haben. Wo ein Stadtteilverein
            die Migrantenorganisation nur als „Zugang zur Zielgruppe“ sah, ging die
            Zusammenarbeit nach wenigen Monaten auseinander. Wo beide ein gemeinsames Angebot
            wollten und Verantwortung teilten, entstand eine echte Partnerschaft.

            **Was gut funktioniert hat:**

            - Eine schriftliche Tandemvereinbarung mit Zielen, Aufgaben und Ansprechpersonen
              auf beiden Seiten.
            - Gemeinsame Fortbildungen: Vorstände beider Vereine lernten im selben Raum dasselbe
              und lernten sich dabei kennen.
            - Honorare für Aktive aus den Migrantenorganisationen. Wer jede Woche Sprechstunde
              macht, sollte nicht draufzahlen.

            **Was schwierig war:**

            - Ungleiche Voraussetzungen: Der eine Verein hat eine Geschäftsstelle, der andere
              ein Vereinshandy. Das lässt sich mit gutem Willen allein nicht ausgleichen.
            - Drei Jahre sind zu kurz. Gerade als die Tandems eingespielt waren, endete die
              Förderung. Wir hätten früher mit der Stadt über eine Anschlussfinanzierung
              sprechen sollen.
            """
        ),
        "topics": ["vernetzung", "ehrenamt-und-patenschaften", "beratung-und-begleitung"],
        "target_groups": ["migrantenorganisationen", "gefluechtete", "ehrenamtliche"],
        "region_ags": "15002",
        "place": "Halle (Saale)",
        "sponsor_name": "Netzwerkbüro Saalebrücke e. V.",
        "sponsor_kind": "migrantenorganisation",
        "partners": (
            "fünf Migrantenorganisationen, fünf Stadtteilvereine, Quartiersmanagement, "
            "Migrationsberatungsstellen, Stadt Halle (Saale)"
        ),
        "funding": ["amif"],
        "languages": "Deutsch, Arabisch, Vietnamesisch, Russisch, Ukrainisch, Französisch",
        "start_date": "2022-01-01",
        "end_date": "2024-12-31",
        "website": "",
        "contact": {
            "name": "Hanh Nguyen",
            "email": "tandem-aktiv@example.org",
            "phone": "+49 345 000000",
            "consent": False,
        },
        "image_alt": (
            "Grafik: zwei verbundene Kreise in Orange und Türkis und der Schriftzug "
            "‚Tandem aktiv‘ (Platzhalterbild)"
        ),
        "image_caption": "Fünf Tandems in Halle",
        "image_credit": IMAGE_CREDIT,
    },
    # --- Sprachcafés: zwei Projekte mit fast gleichem Namen ----------------------------------
    {
        "slug": "sprachcafe-miteinander-weimar",
        "name": "Sprachcafé Miteinander",
        "summary": (
            "Jeden Donnerstagabend treffen sich in einer Weimarer Stadtteilbibliothek Menschen, "
            "die Deutsch lernen, mit Menschen, die Deutsch sprechen – an Thementischen, mit "
            "Spielen und ohne Lehrbuch."
        ),
        "description": _md(
            """
            Das Sprachcafé entstand 2022, als viele Menschen aus der Ukraine nach Weimar kamen
            und die Integrationskurse lange Wartelisten hatten. Eine Gruppe aus Studierenden und
            Rentnerinnen bot an, einfach zum Reden da zu sein. Inzwischen kommen jeden
            Donnerstag von 18 bis 20 Uhr 20 bis 40 Menschen in die Stadtteilbibliothek.

            Unterricht gibt es nicht. An jedem Tisch sitzen eine oder zwei Ehrenamtliche mit
            vier bis sechs Lernenden; ein Schild zeigt das Thema des Abends, etwa Arztbesuch,
            Wohnungssuche oder Rezepte. Wer noch kaum Deutsch spricht, setzt sich an den
            Anfängertisch mit Bildkarten und Spielen. Einmal im Monat geht die Gruppe gemeinsam
            ins Museum, auf den Markt oder in den Park.

            Die Bibliothek stellt den Raum kostenlos, die Volkshochschule weist
            Kursteilnehmende auf das Sprachcafé hin, und die Ehrenamtlichen treffen sich
            zweimal im Jahr zu einer kurzen Schulung in einfacher Sprache und Gesprächsführung.
            """
        ),
        "goals": _md(
            """
            - Deutsch sprechen üben, ohne Prüfungsdruck
            - Neuzugewanderte und Einheimische in Kontakt bringen
            - über Alltagsthemen Orientierung in der Stadt geben
            - Ehrenamtliche gewinnen und halten
            """
        ),
        "lessons": _md(
            """
            **Was gut funktioniert hat:**

            - Thementische. Ohne Thema reden die Sprachstärksten, mit Thema kommen alle zu Wort.
            - Ein fester Ort und eine feste Zeit, auch in den Ferien. Wer einmal vor
              verschlossener Tür stand, kommt nicht wieder.
            - Eine Liste mit Anlaufstellen – Migrationsberatung, Mietrecht, Kinderarzt – am
              Eingang. Viele Fragen gehen über Sprache hinaus, und Ehrenamtliche müssen nicht
              alles selbst beantworten.

            **Was schwierig war:**

            An manchen Abenden kommen doppelt so viele Lernende wie Ehrenamtliche. Einige Frauen
            fühlten sich an gemischten Tischen unwohl; ein eigener Frauentisch hat geholfen.
            Als Initiative ohne eigenen Verein konnten wir anfangs keine Fördermittel
            beantragen. Seit ein befreundeter Verein uns aufnimmt, bekommen wir kleine Zuschüsse
            aus einem Engagementfonds für Material und Ausflüge.

            Nach drei Jahren merken wir: Ehrenamtliche brauchen Anerkennung. Ein Sommerfest und
            ein Dankeschön der Stadt haben mehr bewirkt als jede Rundmail.
            """
        ),
        "topics": ["sprache-und-bildung", "ehrenamt-und-patenschaften"],
        "target_groups": ["zugewanderte", "gefluechtete", "ehrenamtliche"],
        "region_ags": "16055",
        "place": "Weimar",
        "sponsor_name": "Initiative Sprachcafé Miteinander Weimar",
        "sponsor_kind": "initiative",
        "partners": "Stadtteilbibliothek, Volkshochschule, Migrationsberatung, Studierendeninitiative",
        "funding": ["engagementfonds-nebenan-angekommen"],
        "languages": "Deutsch, Ukrainisch, Russisch, Arabisch, Englisch",
        "start_date": "2022-04-07",
        "end_date": None,
        "website": "https://example.org/sprachcafe-weimar",
        "contact": {
            "name": "Paula Schneider",
            "email": "sprachcafe.weimar@example.org",
            "phone": "+49 3643 000000",
            "consent": True,
        },
        "image_alt": (
            "Grafik: bunte Sprechblasen über runden Tischen und der Schriftzug "
            "‚Sprachcafé Miteinander‘ (Platzhalterbild)"
        ),
        "image_caption": "Thementische in der Stadtteilbibliothek",
        "image_credit": IMAGE_CREDIT,
    },
    {
        "slug": "sprach-cafe-miteinander-essen",
        "name": "Sprach-Café Miteinander",
        "summary": (
            "Ein Vormittagscafé für Frauen mit Kinderbetreuung: Zugewanderte Mütter übten "
            "Deutsch in kleinen Runden und fanden gleich nebenan die Migrationsberatung. Das "
            "Angebot lief knapp sechs Jahre im Essener Westen."
        ),
        "description": _md(
            """
            Viele zugewanderte Mütter in Essen-Altendorf kamen nicht in Sprachkurse, weil
            niemand ihre kleinen Kinder betreuen konnte. Die Migrationsberatung im
            Nachbarschaftshaus merkte außerdem, dass Frauen oft ihre Männer oder Kinder zum
            Übersetzen mitbrachten. Daraus entstand 2017 das Sprach-Café: zweimal pro Woche
            vormittags, mit Kinderbetreuung im Nebenraum.

            In kleinen Runden übten die Frauen mit Ehrenamtlichen Gespräche für den Alltag –
            beim Kinderarzt, in der Kita, am Telefon mit dem Vermieter. Die Beraterin der
            Migrationsberatung kam regelmäßig dazu, beantwortete Fragen zu Aufenthalt,
            Leistungen und Integrationskursen und vereinbarte bei Bedarf Termine. Zwei- bis
            dreimal im Jahr luden die Frauen zu einem Frühstück ein, zu dem sie Nachbarinnen
            mitbrachten.

            Ende 2022 endete das Angebot in dieser Form: Das Nachbarschaftshaus wurde saniert,
            und die Gruppe der Ehrenamtlichen hatte sich aufgelöst. Einige Teilnehmerinnen haben
            inzwischen einen Integrationskurs abgeschlossen; zwei arbeiten selbst als
            Sprachmittlerinnen.
            """
        ),
        "goals": _md(
            """
            - Müttern mit kleinen Kindern den Einstieg ins Deutschlernen ermöglichen
            - Zugang zur Migrationsberatung ohne Hemmschwelle schaffen
            - Frauen im Viertel miteinander bekannt machen
            - den Weg in Integrationskurse vorbereiten
            """
        ),
        "lessons": _md(
            """
            Ohne Kinderbetreuung wäre niemand gekommen – das war die wichtigste Bedingung und
            zugleich der teuerste Teil. Zwei verlässliche Betreuerinnen sind wichtiger als ein
            schöner Raum.

            **Was gut funktioniert hat:**

            - Beratung und Café unter einem Dach. Die Frauen lernten die Beraterin beim Kaffee
              kennen und kamen danach eher in die Sprechstunde – oft zum ersten Mal ohne ihre
              Kinder als Übersetzer.
            - Reine Frauenrunden. Viele Teilnehmerinnen sagten, dass sie in gemischten Gruppen
              nicht gesprochen hätten.

            **Was schwierig war:**

            - Die Ehrenamtlichen waren meist selbst im Ruhestand. Als drei von ihnen aus
              gesundheitlichen Gründen aufhörten, fand sich für Vormittage kein Ersatz.
            - Wir haben Teilnehmerinnen zu spät Verantwortung übertragen. Mit einigen Frauen als
              Co-Gastgeberinnen hätte das Café den Umbau vielleicht überstanden.
            - Wir haben nur gezählt, wer kam – nicht, wer danach einen Kurs begann. Eine kurze
              Nachfrage nach drei Monaten hätte bei späteren Anträgen sehr geholfen.
            """
        ),
        "topics": ["sprache-und-bildung", "beratung-und-begleitung", "ehrenamt-und-patenschaften"],
        "target_groups": ["frauen", "familien", "zugewanderte"],
        "region_ags": "05113",
        "place": "Essen-Altendorf",
        "sponsor_name": "Sozialwerk Essen-West e. V.",
        "sponsor_kind": "wohlfahrtsverband",
        "partners": "Nachbarschaftshaus Altendorf, Familienzentrum, Integrationskursträger, Ehrenamtliche",
        "funding": ["mbe", "kommunale-integrationsfoerderung"],
        "languages": "Deutsch, Arabisch, Türkisch, Bulgarisch, Kurdisch",
        "start_date": "2017-02-01",
        "end_date": "2022-12-31",
        "website": "",
        "contact": None,
        "image_alt": (
            "Grafik: eine rote Tasse und bunte Kreise auf hellem Grund und der Schriftzug "
            "‚Sprach-Café Miteinander‘ (Platzhalterbild)"
        ),
        "image_caption": "Vormittags Deutsch üben, nebenan spielen die Kinder",
        "image_credit": IMAGE_CREDIT,
    },
]

ARTICLES = [
    {
        "slug": "interview-chor-der-vielfalt",
        "kind": "interview",
        "title": "„Bei uns wird, wer sonst lernt, zur Lehrerin“ – ein Gespräch über den Chor der Vielfalt",
        "lead": (
            "Seit 2016 leitet Lena Brandt den Chor der Vielfalt in Düsseldorf-Oberbilk. Ein "
            "Gespräch über Lieder ohne Noten, eine Besetzung, die ständig wechselt, und die "
            "Frage, wer eigentlich wem etwas beibringt."
        ),
        "body": _md(
            """
            **Frage: Frau Brandt, wie ist der Chor entstanden?**

            **Lena Brandt:** Eigentlich aus einem Zufall. 2016 gab es in einer Unterkunft bei
            uns im Viertel ein wöchentliches Begegnungscafé. Eine Ehrenamtliche hatte ihre
            Gitarre dabei, ein junger Mann fing an, ein Lied aus seiner Heimatstadt zu singen,
            und plötzlich sangen zehn Leute mit. Danach hieß es: Das machen wir jetzt jede
            Woche. Ich bin Chorleiterin und wurde gefragt, ob ich helfen kann. Aus ein paar
            Wochen sind bald zehn Jahre geworden.

            **Frage: Wer singt heute bei Ihnen?**

            **Lena Brandt:** Rund 35 Menschen zwischen 16 und 78. Etwa die Hälfte ist nach
            Deutschland geflohen, aus Syrien, Afghanistan, Eritrea, dem Irak und seit 2022 auch
            aus der Ukraine. Die andere Hälfte lebt schon lange hier, viele aus dem Stadtteil,
            einige Rentnerinnen, die früher im Kirchenchor gesungen haben. Diese Mischung ist
            das Wertvollste, was wir haben.

            **Frage: Sie verzichten auf Vorsingen und Noten. Leidet darunter nicht die
            Qualität?**

            **Lena Brandt:** Kommt darauf an, was man unter Qualität versteht. Wir lernen nach
            Gehör, das ist in vielen Musiktraditionen ohnehin üblich. Die Texte gebe ich in
            Lautschrift und mit Übersetzung aus. Natürlich klingen wir nicht wie ein
            Konzertchor. Aber wenn 35 Menschen ein eritreisches Lied mit voller Überzeugung
            singen, berührt das das Publikum mehr als manche perfekte Aufführung.

            **Frage: Jedes Mitglied darf ein Lied beibringen. Wie läuft das ab?**

            **Lena Brandt:** Wer ein Lied vorschlägt, singt es vor und erzählt, worum es geht
            und wann man es zu Hause singt. Dann üben wir es Zeile für Zeile. Ich helfe bei
            Begleitung und Arrangement. Für viele ist das ein besonderer Moment. Im Sprachkurs,
            auf dem Amt, bei der Arbeit sind sie immer diejenigen, die etwas lernen müssen. Bei
            uns stehen sie vorne und unterrichten. Und die Alteingesessenen merken, wie schwer
            es ist, in einer fremden Sprache richtig auszusprechen.

            **Frage: Gab es auch Konflikte?**

            **Lena Brandt:** Natürlich. Einmal wollte jemand ein Lied mitbringen, das für
            andere im Chor politisch stark aufgeladen war. Das gab eine lange, hitzige
            Diskussion. Seitdem besprechen wir religiöse und politische Lieder vorher in der
            Gruppe. Das war eine gute Entscheidung, auch wenn sie uns damals Nerven gekostet
            hat. Konflikte gehören dazu. Wichtig ist, dass es einen Weg gibt, sie zu klären.

            **Frage: Was ist die größte praktische Herausforderung?**

            **Lena Brandt:** Die wechselnde Besetzung. Menschen ziehen um, beginnen einen
            Abendkurs oder arbeiten im Schichtdienst. Nach dem ersten Jahr war die Hälfte der
            Gründungsmitglieder nicht mehr dabei. Wir planen Auftritte deshalb kurzfristig und
            mit Stücken, die man schnell lernt. Und ich habe aufgehört, das als Scheitern zu
            sehen. Wenn jemand geht, weil er in einer anderen Stadt eine Ausbildung gefunden
            hat, ist das ein gutes Zeichen.

            **Frage: Und die Finanzierung?**

            **Lena Brandt:** Ist jedes Jahr ein Puzzle. Der Verein beantragt Zuschüsse beim
            Landesmusikrat und bei der Stadt, dazu kommen Spenden nach den Konzerten. Mein
            Honorar ist der größte Posten. Manchmal werde ich gefragt, ob das nicht
            ehrenamtlich ginge. Dann sage ich: Ehrenamtliche sind großartig, aber jemand muss
            jede Woche da sein, vorbereiten, arrangieren und den Überblick behalten.
            Verlässlichkeit kostet Geld.

            **Frage: Was raten Sie Menschen, die ein ähnliches Projekt starten wollen?**

            **Lena Brandt:** Klein anfangen und die Pause ernst nehmen. Bei uns gibt es nach der
            ersten Stunde Tee und Gebäck, zwanzig Minuten nur zum Reden. Dort entstehen
            Freundschaften, dort wird nach Wohnungen und Praktika gefragt, dort üben viele ihr
            Deutsch. Und: sich Rat bei anderen Projekten holen. Es gibt inzwischen viel
            Erfahrung mit Musik und Integration, auch mit dem, was schiefgegangen ist. Man muss
            nicht alles neu erfinden.

            **Frage: Was wünschen Sie sich für den Chor?**

            **Lena Brandt:** Dass es ihn einfach weiter gibt. Und einen Probenraum mit besserer
            Akustik – aber das ist ein Luxusproblem.
            """
        ),
        "author_name": "Miriam Hoffmann",
        "author_role": "Redaktion Integrationsportal",
        "published_on": "2025-10-14",
        "topics": ["musik-und-kultur", "ehrenamt-und-patenschaften"],
        "projects": [
            "chor-der-vielfalt-duesseldorf",
            "bandwerkstatt-nordstadt-dortmund",
            "ensemble-zwischenraeume-koeln",
        ],
        "image_alt": (
            "Grafik: farbige Kreise in Reihen wie ein Chor und der Schriftzug "
            "‚Interview: Chor der Vielfalt‘ (Platzhalterbild)"
        ),
    },
    {
        "slug": "vernetzung-migrantenorganisationen-fuenf-phasen",
        "kind": "expert_article",
        "title": "Vom ersten Gespräch zur festen Vereinbarung: Wie Netzwerke von Migrantenorganisationen gelingen",
        "lead": (
            "Migrantenorganisationen erreichen Menschen, an die Behörden kaum herankommen – doch "
            "allein stoßen sie schnell an Grenzen. Ein Überblick über Erfolgsfaktoren und die "
            "typischen Phasen, in denen Netzwerke entstehen."
        ),
        "body": _md(
            """
            Migrantenorganisationen sind freiwillige Zusammenschlüsse von Menschen mit
            Einwanderungsgeschichte. Manche pflegen Sprache, Religion oder Sport, andere bieten
            Hausaufgabenhilfe, Beratung oder Kulturabende an. Fast immer geht es dabei auch um
            Teilhabe und Zusammenleben. Viele dieser Vereine bauen Brücken: Sie sprechen die
            Sprachen der Menschen, kennen ihre Wege und genießen Vertrauen. Zugleich arbeiten sie
            meist ehrenamtlich, mit wenig Geld und ohne eigene Räume.

            ## Warum sich Vernetzung lohnt

            Wer sich mit anderen zusammentut, bekommt Zugang zu deren Kontakten, Ehrenamtlichen
            und Wissen. Ein Verein kann gut Pressearbeit, ein anderer kennt die Förderlandschaft,
            ein dritter hat einen Raum. Gemeinsame Projekte sparen Kosten, weil jeder nur einen
            Teil trägt. Und ein Netzwerk wird von Verwaltung und Politik eher gehört als ein
            einzelner kleiner Verein.

            Dass das auch im großen Maßstab funktioniert, zeigt der Bundesverband Netzwerke von
            Migrantenorganisationen (NEMO). In ihm haben sich lokale Verbünde mit zusammen 442
            Migrantenorganisationen in elf Städten zusammengeschlossen – über Herkunftsgrenzen
            hinweg. Der Verband ist Träger des Projekts samo.fa, das Aktive mit
            Migrationsgeschichte in ihrer Arbeit vor Ort stärkt, vernetzt und sichtbar macht und
            diese Arbeit mit der Bundesebene verbindet: durch regelmäßige Treffen,
            Qualifizierung, Beratung vor Ort und Veranstaltungen.

            ## Was erfolgreiche Netzwerke auszeichnet

            Aus der Praxis lassen sich einige Faktoren benennen, die immer wieder den
            Unterschied machen:

            - **Ein klares Ziel.** Alle Beteiligten müssen wissen und mittragen, wofür sie
              zusammenarbeiten – etwa „Wir bieten gemeinsam Bildungsangebote für Familien an“.
              Ein gutes Ziel trägt auch durch Phasen, in denen etwas misslingt.
            - **Verlässliche Strukturen.** Regelmäßige Treffen, verteilte Aufgaben, ein kurzes
              Protokoll. Das klingt banal, verhindert aber, dass Absprachen versanden.
            - **Eine Koordination.** Eine Person lädt ein, gibt Informationen weiter und hält
              nach. Sie bestimmt nicht über die anderen – alle Partner sind gleichberechtigt –,
              aber sie hält die Fäden zusammen.
            - **Sichtbarkeit.** Eine eigene Website oder ein Blog ist die Visitenkarte des
              Netzwerks und erreicht Menschen über die eigene Community hinaus.
            - **Kontaktpflege.** Lieber in wenigen Gremien aktiv mitarbeiten als überall nur
              Mitglied sein. Kontakte leben von Geben und Nehmen.
            - **Unabhängigkeit und Augenhöhe.** Gerade in der Zusammenarbeit mit Verwaltung
              oder großen Trägern sollten Migrantenorganisationen ihre eigene Stimme behalten.

            Ehrlich muss man auch sagen: Ehrenamt allein reicht für anspruchsvolle
            Netzwerkarbeit nicht aus. Personal, Zeit und Geld sind knapp, und die
            Vereinsstrukturen sind unterschiedlich gefestigt. Vertrauen, Arbeitsplanung,
            personelle Kontinuität und eine zeitliche Perspektive sind Voraussetzungen, die man
            nicht überspringen kann.

            ## Vernetzung in fünf Phasen

            Netzwerke entstehen selten auf einen Schlag. Typisch ist ein Verlauf in fünf
            Schritten:

            1. **Vorbereitung:** Die Initiatorinnen und Initiatoren klären ihr Kernziel und
               recherchieren, wer ähnliche Interessen hat – Vereine, Verbände, Einrichtungen,
               Einzelpersonen.
            2. **Kontaktaufnahme:** Gespräche, Austausch, Kennenlernen. Wer am Ende wirklich
               mitmacht, ist in dieser Phase noch offen.
            3. **Sich organisieren:** In einem ersten gemeinsamen Treffen wird das Ziel
               einvernehmlich festgelegt, erste Maßnahmen werden geplant.
            4. **Stabilisierung:** Der organisatorische Rahmen wird vereinbart, Zuständigkeiten
               und Koordination werden geklärt. Gemeinsame Maßnahmen laufen an und werden
               gemeinsam ausgewertet.
            5. **Formalisierung:** Abläufe, Verantwortlichkeiten und Regeln werden schriftlich
               festgehalten – je nach Netzwerk in einem Vertrag oder in Protokollen und
               Aufgabenlisten. Das schafft Verbindlichkeit.

            ## Ein Rat zum Schluss

            Wer ein Netzwerk aufbauen will, sollte mit einem kleinen, gut sichtbaren
            gemeinsamen Vorhaben beginnen. Ein gelungener Informationsabend oder ein gemeinsames
            Fest überzeugt weitere Partner mehr als jedes Konzeptpapier. Die Beispiele auf
            diesem Portal – aus Mönchengladbach, Halle und Erfurt – zeigen, wie unterschiedlich
            die Wege sein können. Und sie zeigen, dass es sich lohnt, die Zusammenarbeit früh
            schriftlich festzuhalten und rechtzeitig an eine Anschlussfinanzierung zu denken.
            """
        ),
        "author_name": "Karim Haddad",
        "author_role": "Berater für Vereinsentwicklung und Netzwerkarbeit",
        "published_on": "2025-06-03",
        "topics": ["vernetzung", "teilhabe-und-antidiskriminierung", "ehrenamt-und-patenschaften"],
        "projects": [
            "vereinsnetz-vielfalt-moenchengladbach",
            "tandem-aktiv-halle",
            "netzwerk-fuer-integration-erfurt",
        ],
        "image_alt": (
            "Grafik: fünf Kreise auf einer Linie, von hell nach dunkel, und der Schriftzug "
            "‚Vernetzung in fünf Phasen‘ (Platzhalterbild)"
        ),
    },
    {
        "slug": "erfolgsgeschichte-netzwerk-integration-soemmerda",
        "kind": "success_story",
        "title": "Viele Akteure, ein Tisch: das Netzwerk Integration im Landkreis Sömmerda",
        "lead": (
            "In einem ländlichen Landkreis mit wenigen Zugewanderten könnte man meinen, "
            "Integration laufe nebenbei. Der Landkreis Sömmerda hat sich anders entschieden – "
            "und mit einem offenen Netzwerk gute Erfahrungen gemacht."
        ),
        "body": _md(
            """
            Der Landkreis Sömmerda liegt nördlich von Erfurt, mitten in Thüringen. Der Anteil
            der Menschen ohne deutschen Pass ist hier so niedrig wie in kaum einem anderen
            Thüringer Kreis. Als ab 2015 mehr Asylsuchende zugewiesen wurden, stellte das die
            Beteiligten trotzdem vor Aufgaben: weite Wege, wenige spezialisierte Angebote – und
            was neu entstand, lief oft nebeneinander her.

            ## Der Anstoß kam nicht aus dem Amt

            Den ersten Schritt machten das Jobcenter und ein Kreisverband des
            Arbeiter-Samariter-Bunds, der Gemeinschaftsunterkünfte betreibt, Geflüchtete sozial
            betreut und Ehrenamtliche koordiniert. Sie luden weitere Einrichtungen zu einem
            Gespräch ein: Wie wollen wir künftig zusammenarbeiten? Die Bereitschaft war groß,
            und vier Themen standen schnell fest: Wohnen, Bildung, Arbeit und gesellschaftliche
            Teilhabe.

            Mit dem Landesprogramm ThILIK kam 2016 zusätzliches Personal in die
            Kreisverwaltung. Die Beteiligten verständigten sich darauf, dass das neue
            Integrationsmanagement das Netzwerk koordiniert. Seitdem lädt es ein, moderiert und
            schreibt Protokolle – und richtet die Tagesordnung an dem aus, was die Mitglieder
            einbringen.

            ## Drei Arbeitskreise und eine Steuergruppe

            Das Netzwerk besteht aus den Arbeitskreisen „Wohnen“, „Bildung & Arbeit“ und
            „gesellschaftliche Teilhabe“ sowie einer Steuergruppe. Jeder Kreis legt seinen
            Rhythmus selbst fest. Bis 2019 kamen 35 thematische Sitzungen zusammen. Am Tisch
            sitzen Jobcenter und Arbeitsagentur, Bildungsträger, Beratungsstellen,
            Wohnungsunternehmen, Unternehmensverbände, Sport, Jugendarbeit und Quartiersarbeit –
            seit 2019 auch Ehrenamtliche.

            ## Was dabei herauskommt

            Die Ergebnisse sind konkret:

            - Sprachkursangebote werden abgestimmt, damit nicht mehrere Träger gleichzeitig
              denselben Kurs anbieten, während ein anderer fehlt.
            - Für Mieterinnen und Mieter wurde ein Schulungskonzept rund ums Wohnen entwickelt.
            - Die Interkulturelle Woche wird gemeinsam geplant.
            - Unter dem Motto „Herz statt Hetze“ starteten die Beteiligten eine gemeinsame
              Kampagne.
            - In einer gemeinsamen Stellungnahme setzte sich das Netzwerk für ein
              psychosoziales Zentrum für Geflüchtete ein.
            - Das Integrationskonzept des Landkreises entstand mit den Netzwerkpartnern, nicht
              am Schreibtisch.

            Ebenso wichtig ist, was zwischen den Sitzungen passiert: Wer sich im Arbeitskreis
            kennengelernt hat, greift zum Telefon, wenn es ein Problem gibt. Aus solchen
            Kontakten sind weitere Kooperationen entstanden, die niemand geplant hatte.

            ## Auch Rückschläge gehören dazu

            Nicht alles gelang. Das Netzwerk wollte Geflüchtete dauerhaft als eigene
            Interessenvertretung einbinden. Doch wer tagsüber im Sprachkurs sitzt oder arbeitet,
            kann nicht zu Sitzungen am Vormittag kommen. Stattdessen fanden zwei Treffen direkt
            in Gemeinschaftsunterkünften statt, bei denen Bewohnerinnen und Bewohner erzählen
            konnten, was ihnen fehlt. Andere Formate, etwa Termine am Abend, sind im Gespräch.

            Auch der Blick weitet sich: Künftig sollen EU-Bürgerinnen und -Bürger, die im
            Landkreis leben, stärker in den Fokus rücken. Dafür muss das Netzwerk erst
            herausfinden, wie es diese Gruppe überhaupt erreicht und was sie braucht.

            ## Was andere übernehmen können

            Das Beispiel Sömmerda zeigt dreierlei. Erstens: Ein Netzwerk kann von unten
            entstehen; die Verwaltung muss es nicht erfinden, aber sie kann es tragen.
            Zweitens: Eine feste, bezahlte Koordination ist die Voraussetzung dafür, dass ein
            offenes Netzwerk nicht zerfasert. Drittens: Gemeinsame, greifbare Ergebnisse halten
            die Beteiligten bei der Stange. Die offene Struktur erlaubt es, schnell auf neue
            Fragen zu reagieren – solange die Menschen, die sie tragen, dabeibleiben.
            """
        ),
        "author_name": "Anna Krüger",
        "author_role": "Redaktion Integrationsportal",
        "published_on": "2026-01-20",
        "topics": ["vernetzung", "kommunale-integrationsarbeit", "wohnen"],
        "projects": ["netzwerk-integration-soemmerda"],
        "image_alt": (
            "Grafik: ein großer runder Tisch aus einem Kreis mit vielen kleinen farbigen "
            "Punkten und der Schriftzug ‚Netzwerk Integration Sömmerda‘ (Platzhalterbild)"
        ),
    },
    {
        "slug": "kommunales-integrationsmanagement-erfolgsfaktoren",
        "kind": "expert_article",
        "title": "Gestalten statt verwalten: Was kommunales Integrationsmanagement erfolgreich macht",
        "lead": (
            "Aus dem Krisenmodus der Jahre 2015 und 2016 sind in vielen Kommunen feste "
            "Strukturen geworden. Was Thüringer Landkreise und Städte dabei gelernt haben – und "
            "welche Werkzeuge auch anderswo helfen."
        ),
        "body": _md(
            """
            Als 2015 und 2016 viele Geflüchtete in die Kommunen kamen, ging es zunächst um das
            Nötigste: Unterkünfte, Versorgung, Registrierung. Viele Landkreise und Städte
            arbeiteten im Krisenmodus. Einige Jahre später lässt sich sehen, wo aus diesem
            Provisorium dauerhafte Strukturen geworden sind – und was dafür nötig war.

            ## Ein Landesprogramm als Hebel

            Thüringen hat dafür Mitte 2016 die „Thüringer Initiative für lokales
            Integrationsmanagement in den Kommunen“ (ThILIK) gestartet. Mit Landesmitteln
            entstanden in Landkreisen und kreisfreien Städten Stellen für
            Integrationsmanagerinnen und -manager; das Institut für kommunale Planung und
            Entwicklung in Erfurt begleitet die Kommunen fachlich, qualifiziert und organisiert
            den Austausch. Ziel ist, die strukturelle Integration von Zugewanderten zu
            verbessern, ein weltoffenes Klima zu fördern und Armut vorzubeugen. In einer
            Sammlung von 15 Erfolgsgeschichten haben die Kommunen ihre Arbeit beschrieben.

            ## Wo die Stelle sitzt, macht einen Unterschied

            Das Integrationsmanagement ist sehr unterschiedlich angesiedelt: als Stabsstelle im
            Bereich des Oberbürgermeisters wie in Jena und Erfurt, im Sozialdezernat wie in
            Gera, in der Sozialplanung wie in Sömmerda oder beim Fachdienst für
            Ausländerangelegenheiten wie in Schmalkalden-Meiningen. Jede Lösung hat Vor- und
            Nachteile. Nah an der Spitze fällt die ämterübergreifende Arbeit leichter; nah an
            der Ausländerbehörde sind die Wege im Einzelfall kurz. Entscheidend ist überall der
            Rückhalt von Landrätin, Landrat oder Oberbürgermeister. Ohne ihn bleibt Integration
            eine Aufgabe unter vielen.

            ## Die Werkzeuge

            Was Integrationsmanagerinnen und -manager konkret tun, lässt sich in einigen
            Bausteinen beschreiben:

            - **Leitbild und Konzept:** Gemeinsam mit lokalen Akteuren wird festgelegt, was
              Integration vor Ort bedeutet – mit Zielen und Maßnahmenplänen, deren Umsetzung
              später überprüft wird.
            - **Vernetzung:** ämterübergreifende Runden in der Verwaltung und offene Netzwerke
              mit Trägern, Vereinen und Ehrenamtlichen, wie in Sömmerda oder Hildburghausen.
            - **Angebotsanalyse:** Welche Angebote gibt es, welche Bedarfe, wo fehlt etwas, wo
              wird doppelt gearbeitet?
            - **Interkulturelle Öffnung der Regelangebote:** mehrsprachige Informationen,
              Dolmetschen per Telefon oder Video, Begleitung in Schulen wie in Gera.
            - **Öffentlichkeitsarbeit:** Wer offen informiert und Fragen beantwortet – wie der
              Saale-Orla-Kreis mit Informationsabenden und einer Seite mit Fragen und Antworten
              zum Thema Asyl –, nimmt Gerüchten den Boden.
            - **Begegnung und Arbeit:** Sportfeste, Ausflüge und Begegnungsstätten schaffen
              Kontakte; Formate wie der Tag der Arbeitsperspektive im Wartburgkreis bringen
              Zugewanderte und Betriebe zusammen.

            ## Was schwierig bleibt

            Viele Stellen waren lange befristet. Der Landkreis Hildburghausen ist einen anderen
            Weg gegangen und hat seine Netzwerkstelle aus eigenen Mitteln unbefristet
            eingerichtet. Wer Integration vor Ort vorantreibt, muss zudem mit Anfeindungen
            rechnen und zwischen lauten Forderungen und den tatsächlichen Bedarfen vermitteln.
            Und der Blick hat sich lange auf Geflüchtete verengt, während EU-Zugewanderte und
            Arbeitsmigrantinnen und -migranten kaum erreicht wurden.

            ## Selbstcheck und Dialog

            Hilfreich ist ein Blick über die Landesgrenze. Im bundesweiten Projekt „Weltoffene
            Kommune – Vom Dialog zum Zusammenhalt“, gefördert von der Beauftragten der
            Bundesregierung für Migration, Flüchtlinge und Integration, wurden zwischen 2019
            und 2021 35 Kommunen begleitet. Drei Bausteine standen im Mittelpunkt: Selbstchecks,
            mit denen Verwaltungen etwa ihre interkulturelle Öffnung, ihr Integrationskonzept
            und die Zusammenarbeit vor Ort selbst prüfen können; Dialogveranstaltungen mit
            Bürgerinnen und Bürgern; und Unterstützung für Bürgermeisterinnen, Landräte und
            andere Entscheidungsträger, die zunehmend Hass und Drohungen ausgesetzt sind. Gerade
            der Selbstcheck eignet sich als Einstieg für Kommunen, die noch kein eigenes
            Integrationsmanagement haben.

            ## Fazit

            Gutes Integrationsmanagement ist pragmatisch: Es fragt, was vor Ort gebraucht wird,
            bringt die richtigen Leute an einen Tisch und prüft, ob Maßnahmen wirken. Für die
            kommenden Jahre zeichnen sich drei Aufgaben ab: Wirkung sichtbar machen,
            Institutionen interkulturell öffnen und eine Kultur des Willkommens und der
            Anerkennung stärken – in der Verwaltung ebenso wie in der Nachbarschaft.
            """
        ),
        "author_name": "Jonas Weber",
        "author_role": "Referent für kommunale Sozialplanung",
        "published_on": "2026-03-10",
        "topics": [
            "kommunale-integrationsarbeit",
            "vernetzung",
            "teilhabe-und-antidiskriminierung",
        ],
        "projects": [
            "netzwerk-integration-soemmerda",
            "netzwerkstelle-integration-hildburghausen",
            "interkulturelle-jugendbegleitung-gera",
            "tag-der-arbeitsperspektive-wartburgkreis",
            "spiel-und-sportfest-ilm-kreis",
        ],
        "image_alt": (
            "Grafik: ein Raster aus farbigen Quadraten wie eine Landkarte und der Schriftzug "
            "‚Kommunales Integrationsmanagement‘ (Platzhalterbild)"
        ),
    },
]
