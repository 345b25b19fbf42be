"""Demo questionnaires of the Selbstcheck: a municipal check and a network check.

Fictional demo content, written from scratch from public facts: municipal self-checks for
a first assessment of local integration work (as 35 municipalities used them in the
model project "Weltoffene Kommune – Vom Dialog zum Zusammenhalt") and the success factors
and phases of networking among migrant self-organisations. No real person is named or
quoted.

Pure data, no Django imports: ``networks.selfcheck_demo`` loads it. Links point to demo
FAQ entries, articles and project portraits by slug; missing ones are skipped.
"""

SCALE = [
    ("trifft nicht zu", 0),
    ("trifft eher nicht zu", 1),
    ("trifft eher zu", 2),
    ("trifft voll zu", 3),
]

# Bands of every dimension: low, medium, high (both limits inclusive).
LOW, MEDIUM, HIGH = (0, 39), (40, 69), (70, 100)

QUESTIONNAIRES = [
    {
        "slug": "kommune",
        "title": "Selbstcheck für Kommunen: Integration und Weltoffenheit vor Ort",
        "intro": """\
Wo steht Ihre Stadt, Ihre Gemeinde oder Ihr Landkreis in der Integrationsarbeit? Dieser Selbstcheck hilft bei einer ehrlichen Standortbestimmung: Er zeigt, was bei Ihnen schon gelebte Normalität ist und wo es sich lohnt nachzubessern.

Selbstchecks dieser Art haben bundesweit 35 Kommunen im Modellprojekt „Weltoffene Kommune – Vom Dialog zum Zusammenhalt“ genutzt. Die Fragen hier sind für dieses Portal neu geschrieben.

**So geht es am besten:** Gehen Sie die Aussagen in einer kleinen Runde aus Verwaltung, Politik und Zivilgesellschaft durch, zum Beispiel mit der Integrationsbeauftragten, einer Person aus dem Bürgermeisterbüro und einem Migrantenverein. Wiederholen Sie den Check nach ein bis zwei Jahren, um Fortschritte sichtbar zu machen.""",
        "dimensions": [
            {
                "title": "Interkulturelle Öffnung der Verwaltung",
                "description": "Wie gut erreichen die Angebote der Verwaltung Menschen mit "
                "Einwanderungsgeschichte, und wie vielfältig ist die Verwaltung selbst?",
                "statements": [
                    "Wichtige Informationen der Verwaltung gibt es in mehreren Sprachen und in "
                    "einfacher Sprache.",
                    "Bei Terminen im Amt kann bei Bedarf eine Sprachmittlung hinzugezogen "
                    "werden, ohne dass die Menschen sie selbst mitbringen müssen.",
                    "Beschäftigte der Verwaltung werden regelmäßig in interkultureller "
                    "Kompetenz fortgebildet.",
                    "Die Verwaltung wirbt gezielt um Auszubildende und Fachkräfte mit "
                    "Einwanderungsgeschichte.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Die Verwaltung ist für viele Zugewanderte noch schwer zugänglich. Ein guter Anfang sind kleine, sichtbare Schritte:

- die zehn wichtigsten Formulare und Merkblätter in einfacher Sprache und den häufigsten Herkunftssprachen anbieten,
- eine Liste von Sprachmittlerinnen und Sprachmittlern anlegen, die Ämter kurzfristig anfragen können,
- eine erste Fortbildung zu interkultureller Kompetenz für Beschäftigte mit viel Publikumsverkehr.""",
                        "faq": [
                            "interkulturelle-oeffnung-verwaltung",
                            "sprachmittlung-organisieren",
                        ],
                    },
                    MEDIUM: {
                        "text": """\
Erste Bausteine der interkulturellen Öffnung sind da. Machen Sie daraus ein Vorhaben der ganzen Verwaltung: Legen Sie fest, wer die Öffnung steuert, welche Ämter als Nächstes an der Reihe sind und woran Sie Fortschritte messen. Fragen Sie Menschen mit Einwanderungsgeschichte, wo sie im Kontakt mit Ämtern noch auf Hürden stoßen.""",
                        "faq": [
                            "interkulturelle-oeffnung-verwaltung",
                            "interkulturelle-kompetenz-trainieren",
                        ],
                    },
                    HIGH: {
                        "text": """\
Ihre Verwaltung ist schon weit geöffnet. Halten Sie das Erreichte fest, zum Beispiel in Leitlinien für mehrsprachige Kommunikation, und teilen Sie Ihre Erfahrungen mit Nachbarkommunen. Prüfen Sie regelmäßig, ob neue Gruppen von Zugewanderten ebenso gut erreicht werden.""",
                        "faq": ["interkulturelle-kompetenz-trainieren"],
                    },
                },
            },
            {
                "title": "Integrationskonzept",
                "description": "Hat die Kommune gemeinsame Ziele für die Integration, und "
                "werden sie umgesetzt und überprüft?",
                "statements": [
                    "Unsere Kommune hat ein schriftliches Integrationskonzept mit Zielen und "
                    "Maßnahmen.",
                    "Das Konzept wurde gemeinsam mit Migrantenorganisationen, Vereinen und "
                    "weiteren Akteuren vor Ort erarbeitet.",
                    "Die Ziele werden regelmäßig überprüft, und die Ergebnisse werden "
                    "öffentlich vorgestellt.",
                    "Für die Umsetzung gibt es klare Zuständigkeiten und ein eigenes Budget.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Ohne gemeinsames Konzept hängt vieles vom Einsatz einzelner Personen ab. Beginnen Sie mit einer Bestandsaufnahme: Welche Angebote gibt es schon, wer macht was, wo fehlt etwas? Ein Beschluss des Rates, ein Integrationskonzept zu erarbeiten, gibt dem Vorhaben Rückhalt.""",
                        "faq": ["kommunaler-selbstcheck", "kommunales-integrationsmanagement"],
                        "articles": ["kommunales-integrationsmanagement-erfolgsfaktoren"],
                    },
                    MEDIUM: {
                        "text": """\
Ein Konzept ist da, aber es lebt noch nicht ganz. Verbinden Sie jedes Ziel mit einer zuständigen Stelle, einem Zeitplan und einer Kennzahl. Ein jährlicher Bericht im Rat und ein offenes Treffen für alle Beteiligten halten die Umsetzung in Bewegung.""",
                        "faq": ["kommunales-integrationsmanagement"],
                        "articles": ["kommunales-integrationsmanagement-erfolgsfaktoren"],
                        "projects": ["netzwerk-integration-soemmerda"],
                    },
                    HIGH: {
                        "text": """\
Ihr Integrationskonzept ist ein echtes Arbeitsinstrument. Schreiben Sie es in größeren Abständen gemeinsam fort und beziehen Sie dabei auch Menschen ein, die erst vor Kurzem zugezogen sind. Ihre Erfahrungen sind für andere Kommunen wertvoll – erzählen Sie davon.""",
                        "articles": ["erfolgsgeschichte-netzwerk-integration-soemmerda"],
                    },
                },
            },
            {
                "title": "Zusammenarbeit vor Ort",
                "description": "Arbeiten Ämter, freie Träger, Vereine und "
                "Migrantenorganisationen abgestimmt zusammen?",
                "statements": [
                    "Es gibt eine feste Stelle für Integration, die alle Beteiligten kennen und "
                    "erreichen.",
                    "Jobcenter, Ausländerbehörde, Jugend- und Sozialamt stimmen sich in "
                    "Integrationsfragen regelmäßig ab.",
                    "Ein Netzwerk aus Verwaltung, Wohlfahrtsverbänden, Vereinen und "
                    "Migrantenorganisationen trifft sich regelmäßig.",
                    "Ehrenamtliche Initiativen erhalten von der Kommune Unterstützung, etwa "
                    "durch Räume, Beratung oder kleine Zuschüsse.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Viele arbeiten nebeneinander statt miteinander. Benennen Sie eine Ansprechstelle für Integration und laden Sie die wichtigsten Akteure zu einem ersten Netzwerktreffen ein. Schon eine gemeinsame Übersicht der Angebote vor Ort hilft Ratsuchenden und Engagierten.""",
                        "faq": ["kooperationspartner-finden", "netzwerktreffen-arbeitsgruppen"],
                        "projects": ["netzwerkstelle-integration-hildburghausen"],
                    },
                    MEDIUM: {
                        "text": """\
Die Zusammenarbeit hat begonnen. Geben Sie ihr einen festen Rhythmus, zum Beispiel mehrere Netzwerktreffen im Jahr und Arbeitsgruppen zu Themen wie Sprache, Arbeit oder Wohnen. Vereinbaren Sie, wer einlädt, wer protokolliert und wie Ergebnisse weitergegeben werden.""",
                        "faq": [
                            "netzwerktreffen-arbeitsgruppen",
                            "netzwerk-strukturen-koordination",
                        ],
                        "projects": ["netzwerk-fuer-integration-erfurt"],
                    },
                    HIGH: {
                        "text": """\
Ihr Netzwerk vor Ort trägt. Achten Sie darauf, dass neue Initiativen und Migrantenorganisationen leicht hineinfinden, und würdigen Sie das Engagement der Ehrenamtlichen sichtbar. Tragen Sie Ihr Netzwerk im Verzeichnis dieses Portals ein, damit andere von Ihnen lernen können.""",
                        "projects": ["netzwerk-fuer-integration-erfurt"],
                    },
                },
            },
            {
                "title": "Teilhabe",
                "description": "Können Menschen mit Einwanderungsgeschichte mitreden, "
                "mitentscheiden und die Angebote vor Ort nutzen?",
                "statements": [
                    "Zugewanderte sind in Gremien wie einem Integrationsbeirat vertreten, und "
                    "ihre Vorschläge werden beraten.",
                    "Bürgerinnen und Bürger mit und ohne Einwanderungsgeschichte werden zu "
                    "Dialogveranstaltungen eingeladen.",
                    "Migrantenorganisationen werden an Entscheidungen und Förderprogrammen der "
                    "Kommune beteiligt.",
                    "Angebote in Sport, Kultur und Bildung sind für Neuzugewanderte bekannt und "
                    "gut zugänglich.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Zugewanderte kommen in Entscheidungen der Kommune bisher kaum vor. Laden Sie Migrantenorganisationen und engagierte Einzelpersonen zu einem offenen Gespräch ein und fragen Sie, was ihnen wichtig ist. Integrationslotsinnen und -lotsen können helfen, Angebote bekannt zu machen.""",
                        "faq": ["beteiligung-auf-augenhoehe", "integrationslotsen"],
                    },
                    MEDIUM: {
                        "text": """\
Es gibt Beteiligung, aber noch nicht überall. Sorgen Sie dafür, dass Gremien wie ein Integrationsbeirat tatsächlich gehört werden, und planen Sie Dialogveranstaltungen so, dass auch Menschen kommen, die sonst nicht erreicht werden: mehrsprachig eingeladen, zu guten Zeiten, an vertrauten Orten.""",
                        "faq": ["dialogveranstaltung-planen", "beteiligung-auf-augenhoehe"],
                        "projects": ["aktionstage-neue-heimat-nordhausen"],
                    },
                    HIGH: {
                        "text": """\
Teilhabe ist bei Ihnen selbstverständlich. Denken Sie daran, auch die jüngst Zugezogenen einzubeziehen, und unterstützen Sie Migrantenorganisationen dabei, selbst Projekte zu tragen und Fördermittel zu beantragen.""",
                        "faq": ["professionalisierung-mso"],
                    },
                },
            },
            {
                "title": "Umgang mit Anfeindungen",
                "description": "Ist die Kommune auf Hass, Hetze und Bedrohungen vorbereitet, und "
                "stärkt sie die Menschen, die sich engagieren?",
                "statements": [
                    "Die Spitze der Verwaltung bezieht öffentlich Stellung für ein weltoffenes "
                    "Miteinander.",
                    "Für Bedrohungen gegen Amts- und Mandatsträger gibt es ein mit der Polizei "
                    "abgestimmtes Vorgehen.",
                    "Beschäftigte und Engagierte wissen, wo sie nach Anfeindungen Beratung und "
                    "Unterstützung bekommen.",
                    "Bei Konflikten im Ort lädt die Kommune frühzeitig zum Gespräch ein.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Wer sich für Weltoffenheit einsetzt, steht bei Anfeindungen oft allein da. Klären Sie, wer bei Bedrohungen was tut, und machen Sie Beratungsstellen bekannt. Ein klares öffentliches Wort der Verwaltungsspitze stärkt allen Engagierten den Rücken.""",
                        "faq": ["umgang-mit-anfeindungen"],
                    },
                    MEDIUM: {
                        "text": """\
Einige Vorkehrungen gibt es schon. Schreiben Sie das Vorgehen bei Hassbotschaften und Bedrohungen auf, üben Sie es mit den Beteiligten und bieten Sie Engagierten einen Austausch darüber an. Dialogformate helfen, Spannungen im Ort früh aufzufangen.""",
                        "faq": ["umgang-mit-anfeindungen", "dialogveranstaltung-planen"],
                    },
                    HIGH: {
                        "text": """\
Ihre Kommune ist gut vorbereitet. Prüfen Sie das Vorgehen von Zeit zu Zeit, etwa nach einer Wahl oder wenn neue Beschäftigte kommen, und teilen Sie Ihre Erfahrungen mit anderen kommunalen Spitzen.""",
                        "faq": ["dialogveranstaltung-planen"],
                    },
                },
            },
        ],
    },
    {
        "slug": "netzwerk",
        "title": "Netzwerk-Check für Migrantenorganisationen",
        "intro": """\
Wie gut ist Ihr Netzwerk aufgestellt? Dieser Selbstcheck fragt nach den Erfolgsfaktoren, die sich in der Vernetzung von Migrantenselbstorganisationen bewährt haben: klare Ziele, klare Strukturen, eine Koordination, gepflegte Kontakte, Vertrauen auf Augenhöhe und verbindliche Absprachen.

Vernetzung ist ein Prozess in fünf Phasen – Vorbereitung, Kontaktaufnahme, sich organisieren, Stabilisierung und Formalisierung. Wie weit er führen kann, zeigt ein Bundesverband, in dem sich 442 Migrantenorganisationen in 11 Städten herkunftsübergreifend zusammengeschlossen haben.

Füllen Sie den Check am besten gemeinsam mit Ihren Netzwerkpartnern aus und sprechen Sie über die Stellen, an denen Sie unterschiedlich geantwortet hätten.""",
        "dimensions": [
            {
                "title": "Gemeinsame Ziele",
                "description": "Wissen alle im Netzwerk, wofür sie zusammenarbeiten?",
                "statements": [
                    "Unser Netzwerk hat ein klar formuliertes gemeinsames Ziel.",
                    "Alle Netzwerkpartner können sich mit diesem Ziel identifizieren.",
                    "Wir haben geklärt, was die Partner voneinander erwarten und was jeder "
                    "einbringen kann.",
                    "Wir überprüfen von Zeit zu Zeit, ob unser Ziel noch passt.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Ohne gemeinsames Ziel bleibt ein Netzwerk eine lose Kontaktliste. Setzen Sie sich mit den Initiatoren zusammen und formulieren Sie ein Kernziel in einem Satz, etwa: „Wir wollen gemeinsam Bildungs- und Kulturangebote für Familien in unserer Stadt machen.“ Klären Sie dann, wer dafür was einbringen kann.""",
                        "faq": ["netzwerkziele-festlegen", "phasen-der-vernetzung"],
                        "articles": ["vernetzung-migrantenorganisationen-fuenf-phasen"],
                    },
                    MEDIUM: {
                        "text": """\
Ein Ziel ist da, aber noch nicht alle tragen es mit. Besprechen Sie es in einer Sitzung mit allen Partnern und halten Sie das Ergebnis schriftlich fest. Ein gemeinsames Ziel ist auch der Ansporn, durchzuhalten, wenn einmal etwas schiefgeht.""",
                        "faq": ["netzwerkziele-festlegen"],
                    },
                    HIGH: {
                        "text": """\
Ihr Netzwerk weiß, wohin es will. Nutzen Sie das klare Ziel, um neue Partner zu gewinnen und gegenüber Politik und Förderern gemeinsam aufzutreten.""",
                        "faq": ["interessen-gemeinsam-vertreten"],
                    },
                },
            },
            {
                "title": "Strukturen und Koordination",
                "description": "Gibt es feste Abläufe und eine Person, die die Fäden in der "
                "Hand hält?",
                "statements": [
                    "Wir treffen uns regelmäßig, und die Termine stehen lange im Voraus fest.",
                    "Bei unseren Treffen werden Aufgaben verteilt und in einem Protokoll "
                    "festgehalten.",
                    "Eine Person oder ein kleines Team koordiniert das Netzwerk: lädt ein, "
                    "verteilt Informationen, behält die Aufgaben im Blick.",
                    "Informationen erreichen alle Partner zuverlässig und rechtzeitig.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Ein Netzwerk braucht einen verlässlichen Rahmen. Vereinbaren Sie einen festen Rhythmus für Treffen, führen Sie ein kurzes Protokoll mit Aufgaben und Zuständigen, und bestimmen Sie eine Person für die Koordination. Sie soll nicht bestimmen, sondern den Überblick behalten.""",
                        "faq": [
                            "netzwerk-strukturen-koordination",
                            "netzwerktreffen-arbeitsgruppen",
                        ],
                    },
                    MEDIUM: {
                        "text": """\
Die Grundstrukturen stehen. Entlasten Sie die Koordination, indem Sie Aufgaben breiter verteilen, und verabreden Sie, wie Informationen zwischen den Treffen weitergegeben werden – zum Beispiel über einen gemeinsamen Verteiler.""",
                        "faq": ["netzwerk-strukturen-koordination"],
                        "projects": ["vereinsnetz-vielfalt-moenchengladbach"],
                    },
                    HIGH: {
                        "text": """\
Ihr Netzwerk ist gut organisiert. Denken Sie an eine Vertretung für die Koordination und daran, wie neue Mitglieder schnell die Abläufe kennenlernen.""",
                        "projects": ["vereinsnetz-vielfalt-moenchengladbach"],
                    },
                },
            },
            {
                "title": "Kontakte und Kooperationspartner",
                "description": "Ist das Netzwerk mit Einrichtungen und Initiativen vor Ort "
                "verbunden und nach außen sichtbar?",
                "statements": [
                    "Wir arbeiten mit Einrichtungen wie Schulen, Jobcenter, Beratungsstellen oder "
                    "der Kommune zusammen.",
                    "Wir pflegen unsere Kontakte regelmäßig, nicht erst, wenn wir etwas brauchen.",
                    "Unser Netzwerk ist mit einer eigenen Internetseite oder einem anderen "
                    "Auftritt sichtbar.",
                    "Wir bringen uns in Gremien und Gruppen ein, in denen wir auch wirklich "
                    "mitarbeiten können.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Ihr Netzwerk ist noch wenig mit anderen verbunden. Überlegen Sie, wer vor Ort ähnliche Ziele hat – Schulen, Beratungsstellen, Religionsgemeinden, das Integrationsbüro der Stadt –, und nehmen Sie Kontakt auf. Ein einfacher Internetauftritt hilft, gefunden zu werden.""",
                        "faq": ["kooperationspartner-finden", "eigene-internetseite"],
                    },
                    MEDIUM: {
                        "text": """\
Es gibt gute Kontakte. Pflegen Sie sie auch zwischen den Projekten, etwa mit einer kurzen Nachricht über Neuigkeiten, und denken Sie daran: Ein erfolgreicher Kontakt ist ein Geben und Nehmen.""",
                        "faq": ["kontakte-pflegen-vertrauen", "vorteile-vernetzung"],
                    },
                    HIGH: {
                        "text": """\
Ihr Netzwerk ist breit aufgestellt. Nutzen Sie Ihre Kontakte, um gemeinsam Interessen zu vertreten, und helfen Sie jüngeren Migrantenorganisationen beim Einstieg in die Vernetzung.""",
                        "faq": ["interessen-gemeinsam-vertreten"],
                        "projects": ["tandem-aktiv-halle"],
                    },
                },
            },
            {
                "title": "Vertrauen und Augenhöhe",
                "description": "Begegnen sich die Partner als Gleiche, und bleibt das Netzwerk "
                "unabhängig?",
                "statements": [
                    "Alle Partner sind gleich wichtig; Entscheidungen treffen wir gemeinsam.",
                    "Unterschiedliche Herkunft, Sprache und Religion der Partner sind bei uns "
                    "eine Stärke.",
                    "Unser Netzwerk achtet auf seine Unabhängigkeit.",
                    "Dieselben Personen bleiben über längere Zeit dabei, sodass Vertrauen "
                    "wachsen kann.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Vertrauen braucht Zeit und gemeinsame Erlebnisse. Beginnen Sie mit einem kleinen gemeinsamen Vorhaben, bei dem alle Partner etwas beitragen, und sprechen Sie offen darüber, wie Entscheidungen getroffen werden sollen.""",
                        "faq": ["kontakte-pflegen-vertrauen", "beteiligung-auf-augenhoehe"],
                    },
                    MEDIUM: {
                        "text": """\
Die Zusammenarbeit ist auf einem guten Weg. Achten Sie darauf, dass nicht immer dieselben Partner den Ton angeben, und sorgen Sie bei Wechseln in den Vereinen für eine gute Übergabe, damit Vertrauen nicht verloren geht.""",
                        "faq": ["kontakte-pflegen-vertrauen"],
                    },
                    HIGH: {
                        "text": """\
In Ihrem Netzwerk begegnen sich die Partner auf Augenhöhe. Dieses Vertrauen ist Ihr größtes Kapital – erzählen Sie anderen, wie Sie es aufgebaut haben.""",
                        "articles": ["vernetzung-migrantenorganisationen-fuenf-phasen"],
                    },
                },
            },
            {
                "title": "Verbindlichkeit und Verstetigung",
                "description": "Sind Absprachen festgehalten, und hat das Netzwerk eine "
                "Zukunft über einzelne Projekte hinaus?",
                "statements": [
                    "Abläufe, Zuständigkeiten und Regeln des Netzwerks sind schriftlich "
                    "festgehalten.",
                    "Gemeinsame Maßnahmen werten wir danach zusammen aus.",
                    "Das Netzwerk hat Mittel für Zeit und Personal, nicht nur ehrenamtliche "
                    "Kräfte.",
                    "Wir haben einen Plan, wie das Netzwerk auch in einigen Jahren noch arbeitet.",
                ],
                "recommendations": {
                    LOW: {
                        "text": """\
Vieles beruht noch auf mündlichen Absprachen. Halten Sie fest, wer wofür zuständig ist und welche Regeln gelten – oft reichen Sitzungsprotokolle und eine To-do-Liste. Werten Sie nach jeder gemeinsamen Aktion kurz aus, was gut lief.""",
                        "faq": ["netzwerk-verbindlich-machen", "phasen-der-vernetzung"],
                        "articles": ["vernetzung-migrantenorganisationen-fuenf-phasen"],
                    },
                    MEDIUM: {
                        "text": """\
Ihr Netzwerk ist stabil, aber noch stark vom Ehrenamt abhängig. Prüfen Sie Förderprogramme für Strukturen und Koordination, und überlegen Sie, ob eine Kooperationsvereinbarung oder ein Trägerverein mehr Verbindlichkeit schafft.""",
                        "faq": ["netzwerk-verbindlich-machen", "professionalisierung-mso"],
                        "projects": ["gruendungsbegleitung-mso-saalfeld-rudolstadt"],
                    },
                    HIGH: {
                        "text": """\
Ihr Netzwerk ist verbindlich organisiert und hat eine Perspektive. Geben Sie Ihre Erfahrung weiter, etwa als Ansprechpartner für Migrantenorganisationen, die gerade mit der Vernetzung beginnen.""",
                        "faq": ["professionalisierung-mso"],
                    },
                },
            },
        ],
    },
]
