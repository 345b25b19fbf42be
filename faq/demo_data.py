"""Demo content for the FAQ: categories, entries and search synonyms.

This is fictional demo content. It was written from scratch from public facts about
integration work in Germany: volunteer music projects with refugees, migrant
self-organisations (MSOs) and their networks, municipal integration management and
city integration networks. No real people are named or quoted and no contact data
is given. Legal and tax figures reflect the general situation at the time of writing
and are no substitute for advice in the individual case.

Pure data, no Django imports: ``faq.demo`` loads it into the database.
"""

CATEGORIES = [
    {
        "slug": "projektkonzeption",
        "name": "Projektkonzeption",
        "description": "Von der Idee zum tragfähigen Vorhaben: Bedarf klären, Ziele setzen, "
        "Räume finden, Formate wählen und Projekte auswerten.",
    },
    {
        "slug": "zielgruppen-erreichen",
        "name": "Zielgruppen erreichen",
        "description": "Wie Geflüchtete, Zugewanderte, Frauen und Familien von Ihrem Angebot "
        "erfahren, gern kommen und dabeibleiben.",
    },
    {
        "slug": "interkulturelle-zusammenarbeit",
        "name": "Interkulturelle Zusammenarbeit",
        "description": "Missverständnisse vermeiden, Sprachbarrieren überwinden, "
        "Einrichtungen öffnen und auf Augenhöhe zusammenarbeiten.",
    },
    {
        "slug": "finanzierung-und-foerderung",
        "name": "Finanzierung und Förderung",
        "description": "Fördermittel, Zuschüsse, Stiftungen, EU-Programme und Spenden – "
        "vom Antrag bis zum Verwendungsnachweis.",
    },
    {
        "slug": "recht-und-organisation",
        "name": "Recht und Organisation",
        "description": "Versicherung, GEMA, Vereinsgründung, Gemeinnützigkeit, Datenschutz, "
        "Kinderschutz, Pauschalen für Engagierte und Trägerschaft.",
    },
    {
        "slug": "kommunikation-und-oeffentlichkeitsarbeit",
        "name": "Kommunikation und Öffentlichkeitsarbeit",
        "description": "Pressearbeit, soziale Medien, die eigene Internetseite, "
        "Dialogveranstaltungen und der Umgang mit Anfeindungen.",
    },
    {
        "slug": "qualifizierung-und-weiterbildung",
        "name": "Qualifizierung und Weiterbildung",
        "description": "Fortbildungen für Engagierte, Integrationslotsen, interkulturelle "
        "Kompetenz und die Professionalisierung von Migrantenorganisationen.",
    },
    {
        "slug": "vernetzung",
        "name": "Vernetzung",
        "description": "Warum sich Vereine und Migrantenselbstorganisationen vernetzen, "
        "mit wem, was Netzwerke erfolgreich macht und in welchen Phasen sie entstehen.",
    },
]

ENTRIES = [
    # ------------------------------------------------------------------ Projektkonzeption
    {
        "slug": "musikprojekt-mit-gefluechteten-starten",
        "category": "projektkonzeption",
        "question": "Was brauche ich, um ehrenamtlich ein Musikprojekt mit Geflüchteten zu starten?",
        "answer": """\
Für den Anfang brauchen Sie weniger, als viele denken. Wichtiger als eine perfekte Ausstattung sind eine klare Idee und verlässliche Menschen.

- **Ein kleines Team:** Zwei oder drei Ehrenamtliche, die sich Proben, Organisation und Kontakte teilen, sind stabiler als eine Einzelperson.
- **Ein Raum:** Gemeindehäuser, Musikschulen oder Begegnungszentren stellen Räume oft kostenlos bereit.
- **Instrumente:** Einfache Percussion, ein paar Gitarren und die eigene Stimme genügen für den Start. Leihinstrumente gibt es häufig bei Musikschulen oder über einen Spendenaufruf.
- **Partner:** Eine Kooperation mit einer Unterkunft, einer Beratungsstelle oder einer Migrantenorganisation hilft, Mitwirkende zu finden.
- **Rahmen:** Klären Sie früh den Versicherungsschutz, den Datenschutz bei Fotos und – bei öffentlichen Auftritten – die GEMA-Anmeldung.

Planen Sie zunächst eine überschaubare Probephase von acht bis zehn Terminen. Danach wissen Sie, was funktioniert, und können gezielt Fördermittel beantragen.""",
        "keywords": "Musik, Musikprojekt, Chor, Band, Singen, Ehrenamt, anfangen, Start, Idee, "
        "Instrumente, Voraussetzungen, Checkliste",
        "related": ["zielgruppe-erreichen", "raeume-und-instrumente", "gema-anmelden"],
    },
    {
        "slug": "bedarf-vor-ort-klaeren",
        "category": "projektkonzeption",
        "question": "Wie finde ich heraus, ob mein Angebot vor Ort überhaupt gebraucht wird?",
        "answer": """\
Bevor Sie ein neues Angebot aufbauen, lohnt sich eine kurze Bestandsaufnahme. So vermeiden Sie Doppelstrukturen und entdecken Lücken, die noch niemand füllt.

1. **Bestehende Angebote sammeln:** Fragen Sie beim kommunalen Integrationsmanagement, bei Migrationsberatungsstellen und Freiwilligenagenturen nach, was es bereits gibt.
2. **Mit der Zielgruppe sprechen:** Kurze Gespräche in Sprachkursen, Unterkünften oder Vereinen zeigen, was Menschen mit Fluchterfahrung sich selbst wünschen – oft etwas anderes, als Außenstehende vermuten.
3. **Netzwerktreffen besuchen:** In vielen Städten gibt es runde Tische oder Integrationsnetzwerke, in denen Träger ihre Angebote vorstellen.
4. **Ergebnisse festhalten:** Notieren Sie in einer einfachen Tabelle, welche Angebote es für welche Gruppe zu welcher Zeit gibt.

Eine solche Bedarfsanalyse ist außerdem ein starkes Argument in jedem Förderantrag, weil sie zeigt, dass Ihr Vorhaben eine echte Lücke schließt.""",
        "keywords": "Bedarf, Bedarfsanalyse, Bestandsaufnahme, Angebote, Lücke, Doppelstrukturen, "
        "Umfrage, Befragung, Planung, sinnvoll",
        "related": ["projektziele-formulieren", "netzwerktreffen-arbeitsgruppen"],
    },
    {
        "slug": "projektziele-formulieren",
        "category": "projektkonzeption",
        "question": "Wie formuliere ich realistische Ziele für ein Integrationsprojekt?",
        "answer": """\
Gute Ziele beschreiben, was sich für die Teilnehmenden verändern soll – nicht nur, was Sie tun. „Wir bieten wöchentlich einen Chor an“ ist eine Maßnahme; „Zwölf Teilnehmende trauen sich nach sechs Monaten, im Alltag mehr Deutsch zu sprechen“ ist ein Ziel.

Bewährt hat sich die SMART-Regel: Ziele sollten **spezifisch, messbar, attraktiv, realistisch und terminiert** sein. Unterscheiden Sie außerdem:

- **Leitziel:** die langfristige Wirkung, etwa mehr Begegnung zwischen Alteingesessenen und Neuzugewanderten im Stadtteil.
- **Mittlerziele:** konkrete Veränderungen im Projektzeitraum.
- **Maßnahmen:** Proben, Ausflüge oder Workshops, mit denen Sie die Ziele erreichen wollen.

Beteiligen Sie die Zielgruppe schon bei der Zielfindung. Das erhöht die Motivation und verhindert, dass Ziele an den tatsächlichen Wünschen vorbeigehen. Halten Sie zu jedem Ziel fest, woran Sie den Erfolg erkennen wollen – das erleichtert später den Sachbericht.""",
        "keywords": "Ziele, Zielsetzung, SMART, Wirkung, Konzept, Projektkonzept, Konzeption, "
        "Planung, Indikatoren, Erfolg messen",
        "related": ["bedarf-vor-ort-klaeren", "projekt-auswerten-und-verstetigen"],
    },
    {
        "slug": "raeume-und-instrumente",
        "category": "projektkonzeption",
        "question": "Wo finde ich Räume und Ausstattung für mein Projekt, wenn kaum Mittel da sind?",
        "answer": """\
Räume und Material sind oft der erste Engpass. Meist lassen sie sich eher über Kooperationen lösen als über Geld.

- **Räume:** Fragen Sie bei Kirchengemeinden, Moscheevereinen, Stadtteilzentren, Volkshochschulen, Jugendhäusern und Sportvereinen. Viele Kommunen vergeben Räume in Bürgerhäusern an gemeinnützige Gruppen kostenlos oder gegen eine geringe Nutzungsgebühr.
- **Instrumente und Technik:** Musikschulen, Orchester und Bands verleihen oft Instrumente. Ein Aufruf in der Lokalzeitung holt erstaunlich viele Gitarren und Keyboards aus Kellern zurück ins Leben.
- **Gemeinsam nutzen:** In einem Netzwerk können sich mehrere Initiativen Beamer, Lautsprecher oder einen Transporter teilen und so Kosten senken.

Klären Sie bei der Nutzung fremder Räume schriftlich, wer aufschließt, wer haftet und was bei Schäden passiert. Eine Haftpflichtversicherung des Vereins oder des Kooperationspartners sollte die Nutzung abdecken.""",
        "keywords": "Raum, Räume, Proberaum, Instrumente, Ausstattung, Material, Technik, "
        "kostenlos, leihen, Ort",
        "related": ["vorteile-vernetzung", "versicherung-ehrenamtliche", "spenden-und-sponsoring"],
    },
    {
        "slug": "begegnungsformate",
        "category": "projektkonzeption",
        "question": "Welche Formate eignen sich, damit sich Einheimische und Zugewanderte wirklich begegnen?",
        "answer": """\
Begegnung gelingt am besten, wenn Menschen etwas gemeinsam tun, statt nur übereinander zu sprechen. Bewährte Formate sind zum Beispiel:

- **Gemeinsames Kochen:** Alle bringen ein Rezept mit; beim Schnippeln entstehen Gespräche fast von selbst.
- **Ausflüge und Wanderungen:** Familien aus verschiedenen Ländern erkunden gemeinsam die Region, und nebenbei wird Deutsch im Alltag geübt.
- **Spiel- und Sportfeste:** Vereine stellen Mitmachstationen vor. So finden Neuzugewanderte direkt Anschluss an das örtliche Vereinsleben.
- **Musik und Tanz:** Offene Singkreise oder Trommelgruppen funktionieren auch ohne gemeinsame Sprache.
- **Nachbarschaftsfeste:** Sie erreichen Menschen, die zu keinem Kurs kommen würden.

Wichtig ist Regelmäßigkeit. Ein einmaliges Fest schafft Aufmerksamkeit, doch erst wiederkehrende Treffen lassen Bekanntschaften wachsen. Planen Sie deshalb möglichst ein Anschlussangebot, etwa einen monatlichen Kochabend.""",
        "keywords": "Begegnung, Begegnungscafé, Fest, Kochen, Ausflug, Sportfest, Nachbarschaft, "
        "Kennenlernen, Veranstaltung, Ideen, Austausch",
        "related": [
            "zielgruppe-erreichen",
            "interkulturelle-huerden",
            "dialogveranstaltung-planen",
        ],
    },
    {
        "slug": "projekt-auswerten-und-verstetigen",
        "category": "projektkonzeption",
        "question": "Wie werte ich mein Projekt aus und sorge dafür, dass es nach Ablauf der Finanzierung weitergeht?",
        "answer": """\
Viele Integrationsprojekte enden mit dem Förderzeitraum, obwohl sie gut laufen. Denken Sie die Verstetigung deshalb von Anfang an mit.

**Auswertung:** Halten Sie fest, wie viele Menschen teilgenommen haben, wer regelmäßig kam und was sich verändert hat. Kurze Feedbackrunden, Fotos (mit Einwilligung) und Zitate von Teilnehmenden machen Ergebnisse anschaulich. Fragen Sie auch Ihre Kooperationspartner nach ihrer Einschätzung.

**Verstetigung:**
- Suchen Sie früh eine Anschlussfinanzierung, etwa über Landesprogramme, die Kommune oder eine Stiftung.
- Verteilen Sie Aufgaben auf mehrere Schultern und gewinnen Sie Teilnehmende als künftige Mitgestaltende.
- Binden Sie das Angebot an eine feste Einrichtung an, zum Beispiel ein Begegnungszentrum oder einen Verein.
- Stellen Sie die Ergebnisse in Netzwerktreffen und im zuständigen Ausschuss vor.

Eine ehrliche Auswertung benennt auch Schwierigkeiten. Gerade aus Problemen lassen sich wertvolle Erfahrungen für die nächste Runde gewinnen.""",
        "keywords": "Auswertung, Evaluation, Bilanz, Nachhaltigkeit, Verstetigung, "
        "Anschlussfinanzierung, weitermachen, Projektende, Dokumentation",
        "related": [
            "projektziele-formulieren",
            "finanzielle-unterstuetzung-finden",
            "verwendungsnachweis",
        ],
    },
    {
        "slug": "kommunaler-selbstcheck",
        "category": "projektkonzeption",
        "question": "Wie kann unsere Kommune prüfen, wo sie in der Integrationsarbeit steht?",
        "answer": """\
Ein Selbstcheck hilft Städten, Gemeinden und Landkreisen, ihre bisherige Integrationsarbeit strukturiert zu betrachten. Eine kleine Runde aus Verwaltung, Politik und Zivilgesellschaft geht dabei Leitfragen zu verschiedenen Themenfeldern durch, zum Beispiel:

- Gibt es ein Integrationskonzept mit Zielen und Maßnahmen, und wird es regelmäßig überprüft?
- Wie weit ist die interkulturelle Öffnung der Verwaltung, etwa bei mehrsprachigen Informationen oder Dolmetscherangeboten?
- Wer ist für Integration zuständig, und arbeiten die Ämter bereichsübergreifend zusammen?
- Werden Migrantenorganisationen sowie Bürgerinnen und Bürger an Entscheidungen beteiligt?

Das Ergebnis ist eine Standortbestimmung: Sie zeigt, was bereits gelebte Normalität ist und wo nachgebessert werden sollte. Wiederholen Sie den Check nach ein bis zwei Jahren, um Fortschritte sichtbar zu machen. Besonders wirksam wird er, wenn die Verwaltungsspitze die Ergebnisse mitträgt und daraus konkrete Arbeitsaufträge entstehen.""",
        "keywords": "Selbstcheck, Standortbestimmung, Kommune, Gemeinde, Stadt, Landkreis, "
        "Verwaltung, Integrationskonzept, Bestandsaufnahme, Check, Weltoffenheit",
        "related": [
            "kommunales-integrationsmanagement",
            "interkulturelle-oeffnung-verwaltung",
            "dialogveranstaltung-planen",
        ],
    },
    # -------------------------------------------------------------- Zielgruppen erreichen
    {
        "slug": "zielgruppe-erreichen",
        "category": "zielgruppen-erreichen",
        "question": "Wie erreiche ich Geflüchtete und finde Teilnehmende für mein Angebot?",
        "answer": """\
Plakate und Flyer allein reichen selten. Menschen mit Fluchterfahrung kommen vor allem dann, wenn jemand, dem sie vertrauen, sie persönlich einlädt.

- **Schlüsselpersonen gewinnen:** Sprechen Sie Sozialarbeitende in Unterkünften, Lehrkräfte in Integrationskursen, Migrationsberatungsstellen und aktive Mitglieder von Migrantenorganisationen an. Sie tragen Ihr Angebot weiter.
- **Hingehen statt warten:** Stellen Sie sich in Sprachkursen oder bei Festen kurz vor und bringen Sie eine Kostprobe mit, etwa ein Lied.
- **Messenger nutzen:** Viele Geflüchtete sind über Messenger-Gruppen besser erreichbar als per E-Mail.
- **Niedrigschwellig bleiben:** Keine Anmeldung, keine Kosten, ein gut erreichbarer Ort und Zeiten außerhalb von Kursen und Arbeit.
- **Mehrsprachig und einfach:** Kurze Texte in einfacher Sprache, ergänzt um Bilder und die wichtigsten Herkunftssprachen.

Rechnen Sie mit einer Anlaufzeit. In den ersten Wochen kommen oft nur wenige, bis sich das Angebot herumgesprochen hat.""",
        "keywords": "Zielgruppe, Teilnehmer, Teilnehmerinnen, Teilnehmende, gewinnen, ansprechen, "
        "Ansprache, Werbung, Einladung, Mundpropaganda",
        "related": [
            "einladungen-verstaendlich-gestalten",
            "teilnehmende-halten",
            "aufsuchende-arbeit-unterkuenfte",
        ],
    },
    {
        "slug": "teilnehmende-halten",
        "category": "zielgruppen-erreichen",
        "question": "Was kann ich tun, wenn Teilnehmende nach ein paar Treffen wegbleiben?",
        "answer": """\
Schwankende Teilnahme ist in der Arbeit mit Neuzugewanderten normal und selten ein Zeichen von Desinteresse. Häufig stecken Umzüge, eine neue Arbeitsstelle, Behördentermine oder Sorgen um Angehörige dahinter.

So stärken Sie die Bindung:

- **Verlässlichkeit:** Gleicher Ort, gleiche Zeit, gleiche Ansprechperson. Ausfälle kündigen Sie rechtzeitig in der Messenger-Gruppe an.
- **Beziehung:** Begrüßen Sie alle mit Namen und fragen Sie nach, wenn jemand länger fehlt – freundlich und ohne Druck.
- **Mitbestimmung:** Lassen Sie Teilnehmende Lieder, Themen oder Ausflugsziele mitbestimmen. Wer mitgestaltet, kommt wieder.
- **Verantwortung übertragen:** Regelmäßig Teilnehmende können Aufgaben übernehmen, etwa als Co-Leitung oder beim Übersetzen.
- **Praktische Hürden abbauen:** Kinderbetreuung und Fahrtkosten entscheiden oft mehr als das Programm.

Ein offenes Konzept, bei dem man jederzeit einsteigen kann, verträgt Schwankungen besser als ein Kurs, dessen Termine aufeinander aufbauen.""",
        "keywords": "Teilnahme, wegbleiben, dranbleiben, Motivation, Bindung, regelmäßig, "
        "Teilnehmerzahl, verlieren, Abbruch",
        "related": ["zielgruppe-erreichen", "beteiligung-auf-augenhoehe"],
    },
    {
        "slug": "aufsuchende-arbeit-unterkuenfte",
        "category": "zielgruppen-erreichen",
        "question": "Wie erreiche ich Menschen in Gemeinschaftsunterkünften auf dem Land?",
        "answer": """\
In ländlichen Regionen liegen Unterkünfte für Asylsuchende und Geduldete oft weit entfernt von Bus, Bahn und Beratungsstellen. Hier hilft aufsuchende Arbeit: Das Angebot kommt zu den Menschen, nicht umgekehrt.

- **Absprache mit der Unterkunft:** Stimmen Sie Termine, Räume und Hausordnung mit der Leitung und der sozialen Betreuung ab.
- **Regelmäßige Präsenz:** Ein fester Wochentag, an dem Sie vor Ort sind, schafft Vertrauen.
- **Willkommensformate:** Ein kurzer Workshop nach dem Einzug zu Alltagsfragen wie Mülltrennung, Busverbindungen oder Beratungsangeboten erleichtert den Start.
- **Mitgestaltung:** Gemeinsame Aktionen wie ein Hochbeet im Hof oder die Pflege des Außengeländes bringen Bewohnerinnen und Bewohner ins Tun.
- **Mobilität organisieren:** Fahrgemeinschaften mit Ehrenamtlichen oder Tickets ermöglichen die Teilnahme an Angeboten im Ort.

Binden Sie die kommunale Integrationskoordination ein. Sie kennt die Standorte und weiß, welche Programme aufsuchende Arbeit unterstützen.""",
        "keywords": "Unterkunft, Gemeinschaftsunterkunft, Heim, ländlich, Dorf, Land, aufsuchend, "
        "mobil, vor Ort, Asylbewerber, Asylsuchende",
        "related": ["zielgruppe-erreichen", "kommunales-integrationsmanagement"],
    },
    {
        "slug": "frauen-und-muetter-erreichen",
        "category": "zielgruppen-erreichen",
        "question": "Wie erreiche ich Frauen und Mütter mit Migrationsgeschichte?",
        "answer": """\
Frauen nehmen an offenen Angeboten oft seltener teil – weil Kinderbetreuung fehlt, weil gemischte Gruppen ungewohnt sind oder weil sie schlicht nicht davon erfahren.

Bewährt haben sich:

- **Geschützte Räume:** Ein Frauentreff oder ein Frauennachmittag senkt die Schwelle deutlich. Achten Sie, wenn gewünscht, auf Räume ohne Einblick von außen.
- **Kinderbetreuung mitdenken:** Eine Spielgruppe im Nebenraum ist oft der Schlüssel.
- **Zeiten anpassen:** Vormittage, an denen die Kinder betreut sind, passen vielen Müttern besser als Abende.
- **Multiplikatorinnen:** Frauen aus Migrantenorganisationen, Elterncafés oder Integrationskursen laden persönlich ein und übersetzen bei Bedarf.
- **Weibliche Ansprechpersonen:** Eine Projektleiterin oder Sprachmittlerin erleichtert vielen den ersten Schritt.

Fragen Sie die Frauen selbst, welche Themen sie interessieren – von Gesundheit über Bewerbung bis zu Musik und Bewegung. Angebote, die sie mitplanen, werden weiterempfohlen.""",
        "keywords": "Frauen, Mütter, Mädchen, Frauentreff, Familie, Kinderbetreuung, Elterncafé, "
        "Migrantinnen, Frauengruppe",
        "related": ["zielgruppe-erreichen", "sprachmittlung-organisieren"],
    },
    {
        "slug": "einladungen-verstaendlich-gestalten",
        "category": "zielgruppen-erreichen",
        "question": "Wie gestalte ich Flyer und Einladungen, die auch Menschen mit wenig Deutschkenntnissen verstehen?",
        "answer": """\
Eine gute Einladung beantwortet auf einen Blick: Was ist es, wann, wo, für wen, und kostet es etwas? Alles andere ist zweitrangig.

- **Einfache Sprache:** Kurze Sätze, keine Fachwörter, keine Abkürzungen. „Wir singen zusammen. Jeden Dienstag, 17 Uhr.“ ist besser als ein Absatz über Projektziele.
- **Bilder und Symbole:** Piktogramme für Uhrzeit, Ort und „kostenlos“ werden auch ohne Übersetzung verstanden. Ein Foto vom Raum schafft Vertrauen.
- **Übersetzungen:** Lassen Sie die Kernaussagen in die wichtigsten Sprachen vor Ort übertragen, zum Beispiel Arabisch, Dari, Ukrainisch oder Türkisch, und von einer zweiten Person gegenlesen.
- **Digital teilen:** Ein Bild im Hochformat lässt sich leicht über Messenger weiterleiten. Eine kurze Sprachnachricht erreicht auch Menschen, die wenig lesen.
- **Ort beschreiben:** Nennen Sie Eingang, Klingel oder Etage, denn ein unbekanntes Gebäude ist eine echte Hürde.""",
        "keywords": "Flyer, Einladung, Plakat, einfache Sprache, leichte Sprache, mehrsprachig, "
        "Übersetzung, Aushang, Gestaltung, Info",
        "related": ["zielgruppe-erreichen", "sprachmittlung-organisieren"],
    },
    {
        "slug": "patenschaften-aufbauen",
        "category": "zielgruppen-erreichen",
        "question": "Wie baue ich Patenschaften zwischen Einheimischen und Neuzugewanderten auf?",
        "answer": """\
In einer Patenschaft begleitet eine engagierte Person aus dem Ort eine neu zugewanderte Person oder Familie für eine gewisse Zeit – beim Ankommen, bei Behördengängen, bei der Suche nach Ausbildung, Wohnung oder Sportverein.

Damit Patenschaften tragen, brauchen sie einen Rahmen:

- **Koordination:** Eine feste Ansprechperson bringt Patinnen, Paten und Neuzugewanderte passend zusammen und ist bei Konflikten erreichbar.
- **Klare Erwartungen:** Beschreiben Sie, was eine Patenschaft ist – und was nicht, etwa Rechtsberatung oder finanzielle Hilfe.
- **Vorbereitung:** Eine kurze Einführung in Grundlagen des Asylrechts, in Beratungsangebote und in die Grenzen des Ehrenamts schützt vor Überforderung.
- **Austausch:** Regelmäßige Treffen der Patinnen und Paten helfen, Erfahrungen zu teilen.
- **Begrenzte Dauer:** Vereinbaren Sie einen Zeitraum, zum Beispiel sechs Monate, mit der Möglichkeit zur Verlängerung.

Viele städtische Integrationsnetzwerke bauen ein solches Patenschaftsnetz gemeinsam mit Vereinen, Kirchengemeinden und Migrantenorganisationen auf.""",
        "keywords": "Patenschaft, Paten, Patin, Mentoring, Mentor, Begleitung, Tandem, "
        "Alltagsbegleitung, Ankommen",
        "related": [
            "integrationslotsen",
            "fortbildung-ehrenamtliche",
            "netzwerktreffen-arbeitsgruppen",
        ],
    },
    # ----------------------------------------------------- Interkulturelle Zusammenarbeit
    {
        "slug": "interkulturelle-huerden",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Welche interkulturellen Hürden können in einem Projekt mit Geflüchteten auftreten?",
        "answer": """\
Missverständnisse entstehen selten aus bösem Willen, sondern aus unterschiedlichen Erwartungen. Häufige Stolpersteine sind:

- **Zeitverständnis:** Pünktlichkeit und verbindliche Zusagen haben nicht überall denselben Stellenwert. Erklären Sie, warum Ihnen Verlässlichkeit wichtig ist, statt sie stillschweigend vorauszusetzen.
- **Rollenbilder:** Gemischte Gruppen, Körperkontakt beim Tanzen oder ein Mann als Leiter einer Frauengruppe können für manche ungewohnt sein.
- **Kommunikation:** Ein „Ja“ bedeutet nicht immer Zustimmung, manchmal nur Höflichkeit. Direkte Kritik vor der Gruppe kann beschämen.
- **Hierarchien:** Manche erwarten eine klare Leitung, andere sind Mitbestimmung gewohnt.
- **Musik und Religion:** Bestimmte Lieder, Instrumente oder Feiertage können religiös oder politisch aufgeladen sein.

Hilfreich ist eine Haltung der Neugier: Fragen Sie nach, statt zu deuten. Sprechen Sie Regeln offen an und entwickeln Sie sie gemeinsam. Und denken Sie daran, dass es auch innerhalb einer Herkunftsgruppe große Unterschiede gibt.""",
        "keywords": "Hürden, Probleme, Missverständnisse, Konflikte, Kultur, interkulturell, "
        "Unterschiede, Stolpersteine, Schwierigkeiten",
        "related": [
            "interkulturelle-kompetenz-trainieren",
            "religion-und-feiertage",
            "trauma-sensibel-arbeiten",
        ],
    },
    {
        "slug": "sprachmittlung-organisieren",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Wie finde ich Dolmetscherinnen oder Sprachmittler für Gespräche und Veranstaltungen?",
        "answer": """\
Für Alltagsgespräche im Projekt reicht meist eine Sprachmittlung durch geschulte Laien. Für rechtlich oder medizinisch heikle Gespräche sollten Sie professionelle Dolmetscher einsetzen.

Mögliche Wege:

- **Kommunale und landesweite Angebote:** Viele Kommunen und Länder unterhalten Sprachmittlerpools oder Programme für Telefon- und Videodolmetschen. Die Integrationskoordination weiß, was es vor Ort gibt.
- **Migrantenorganisationen:** Sie kennen mehrsprachige Mitglieder und vermitteln Kontakte.
- **Ehrenamtliche Sprachmittlung:** Engagierte mit passenden Sprachkenntnissen sollten eine kurze Einführung zu Rollenverständnis, Neutralität und Schweigepflicht erhalten.

Wichtige Regeln:
- Setzen Sie keine Kinder als Übersetzer ein, schon gar nicht bei belastenden Themen.
- Planen Sie doppelte Zeit ein und sprechen Sie Ihr Gegenüber direkt an, nicht die sprachmittelnde Person.
- Kalkulieren Sie Honorare und Fahrtkosten im Förderantrag ein; Sprachmittlung ist in vielen Programmen förderfähig.""",
        "keywords": "Dolmetscher, Dolmetschen, Übersetzer, übersetzen, Sprachmittler, Sprachmittlung, "
        "Sprache, Verständigung, Sprachbarriere, Videodolmetschen",
        "related": ["einladungen-verstaendlich-gestalten", "interkulturelle-oeffnung-verwaltung"],
    },
    {
        "slug": "interkulturelle-oeffnung-einrichtung",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Was bedeutet interkulturelle Öffnung für eine Schule oder eine andere Bildungseinrichtung?",
        "answer": """\
Interkulturelle Öffnung heißt, dass eine Einrichtung ihre Angebote, ihr Personal und ihre Abläufe so gestaltet, dass alle Menschen sie gleichberechtigt nutzen können – unabhängig von Herkunft, Sprache oder Religion.

Für eine Schule kann das konkret bedeuten:
- Elternbriefe und Informationen zur Schulpflicht in mehreren Sprachen und in einfacher Sprache,
- Sprachmittlung bei Elterngesprächen statt Übersetzung durch die Kinder,
- Fortbildungen des Kollegiums zu Mehrsprachigkeit und zum Umgang mit Fluchterfahrung,
- interkulturelle Begleiterinnen oder Schulmittler, die zwischen Familien und Lehrkräften vermitteln,
- Zusammenarbeit mit Migrantenorganisationen, etwa bei Hausaufgabenhilfe oder Elterncafés.

Interkulturelle Öffnung ist kein einmaliges Projekt, sondern ein Prozess der Organisationsentwicklung. Er beginnt mit einer ehrlichen Bestandsaufnahme und braucht die Rückendeckung der Schulleitung. Musikschulen, Volkshochschulen und Kitas können denselben Weg gehen.""",
        "keywords": "interkulturelle Öffnung, Schule, Bildung, Kita, Lehrkräfte, Eltern, "
        "Schulmittler, Bildungseinrichtung, Vielfalt, Organisationsentwicklung",
        "related": [
            "schule-und-zugewanderte-eltern",
            "interkulturelle-oeffnung-verwaltung",
            "interkulturelle-kompetenz-trainieren",
        ],
    },
    {
        "slug": "interkulturelle-oeffnung-verwaltung",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Wie gelingt die interkulturelle Öffnung einer Verwaltung oder eines Vereins?",
        "answer": """\
Wenn Zugewanderte Ämter, Beratungsstellen oder Vereine kaum nutzen, liegt das oft nicht an fehlendem Interesse, sondern an Barrieren: unverständliche Formulare, fehlende Ansprechpersonen und Unsicherheit auf beiden Seiten.

Schritte zur interkulturellen Öffnung:

1. **Bestandsaufnahme:** Wer nutzt unsere Angebote, wer nicht? Ein kommunaler Selbstcheck oder eine Befragung liefert Anhaltspunkte.
2. **Zugänge verbessern:** Mehrsprachige Orientierungshilfen, Wegweiser im Gebäude, Telefon- oder Videodolmetschen.
3. **Personal stärken:** Fortbildungen zu interkultureller Kompetenz anbieten und Menschen mit Migrationsgeschichte gezielt als Mitarbeitende oder Vorstandsmitglieder gewinnen.
4. **Beteiligen:** Migrantenorganisationen und Integrationsbeiräte in Planungen einbeziehen.
5. **Verankern:** Ziele im Leitbild oder Integrationskonzept festhalten und regelmäßig überprüfen.

Für Vereine gilt Ähnliches: Ein Sportverein kann etwa Beiträge ermäßigen, Probetrainings mehrsprachig bewerben und neue Mitglieder durch Vereinspatinnen begleiten lassen.""",
        "keywords": "interkulturelle Öffnung, Verwaltung, Behörde, Amt, Verein, Sportverein, "
        "Zugang, Barrieren, Vielfalt, Diversität",
        "related": [
            "kommunaler-selbstcheck",
            "sprachmittlung-organisieren",
            "interkulturelle-oeffnung-einrichtung",
        ],
    },
    {
        "slug": "schule-und-zugewanderte-eltern",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Wie kann die Zusammenarbeit zwischen Schule und zugewanderten Eltern besser gelingen?",
        "answer": """\
Viele zugewanderte Eltern kennen das deutsche Schulsystem nicht: Schulpflicht, Elternabende, Noten oder der Übergang nach der Grundschule sind ihnen fremd. Umgekehrt wissen Lehrkräfte oft wenig über die Lebenslage der Familien.

Was hilft:

- **Mehrsprachige Arbeitshilfen:** Kurze Merkblätter zu Schulpflicht, Krankmeldung und Ansprechpersonen, übersetzt und bebildert.
- **Vermittelnde Personen:** Interkulturelle Jugendbegleiter oder Elternlotsinnen mit passenden Sprachkenntnissen schlagen Brücken und bauen Misstrauen ab.
- **Niedrigschwellige Treffpunkte:** Ein Elterncafé in der Schule ist zugänglicher als ein formeller Elternabend.
- **Arbeitsgruppe vor Ort:** Wenn Schule, Schulverwaltung, Ausländerbehörde, Jugendamt und Beratungsstellen an einem Tisch sitzen, lassen sich Probleme wie häufiges Fehlen lösungsorientiert angehen, bevor Bußgeldverfahren nötig werden.

Migrantenorganisationen können hier wichtige Partner sein, etwa mit Hausaufgabenhilfe oder Informationsabenden in der Herkunftssprache.""",
        "keywords": "Schule, Eltern, Elternarbeit, Schulpflicht, Lehrer, Lehrkräfte, Kinder, "
        "Schüler, Bildung, Elterncafé, Schulabsentismus",
        "related": [
            "interkulturelle-oeffnung-einrichtung",
            "sprachmittlung-organisieren",
            "kooperationspartner-finden",
        ],
    },
    {
        "slug": "trauma-sensibel-arbeiten",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Was muss ich beachten, wenn Teilnehmende belastende Fluchterfahrungen gemacht haben?",
        "answer": """\
Viele Menschen mit Fluchterfahrung haben Gewalt, Verlust oder lange Unsicherheit erlebt. Ein Musik-, Sport- oder Begegnungsprojekt ist keine Therapie – es kann aber ein sicherer Ort sein, der stabilisiert.

- **Sicherheit und Struktur:** Feste Abläufe, klare Ansagen und verlässliche Zeiten geben Halt.
- **Freiwilligkeit:** Niemand muss von der eigenen Flucht erzählen. Fragen Sie nicht nach, wenn jemand nicht darüber sprechen möchte.
- **Auslöser beachten:** Laute Geräusche, bestimmte Lieder, Dunkelheit oder Uniformen können starke Reaktionen hervorrufen. Bleiben Sie ruhig und bieten Sie eine Pause an.
- **Grenzen kennen:** Wirkt jemand dauerhaft sehr belastet, verweisen Sie behutsam an Fachstellen, etwa psychosoziale Zentren für Geflüchtete oder die Migrationsberatung.
- **Selbstschutz:** Auch Ehrenamtliche dürfen sich abgrenzen. Nutzen Sie den Austausch im Team oder Supervision, wenn Geschichten Sie nicht loslassen.

Eine kurze Fortbildung zu traumasensibler Arbeit gibt Sicherheit im Umgang mit solchen Situationen.""",
        "keywords": "Trauma, traumatisiert, Belastung, Flucht, psychisch, Psyche, Gesundheit, "
        "Stabilisierung, Krise, psychosozial",
        "related": ["fortbildung-ehrenamtliche", "interkulturelle-huerden"],
    },
    {
        "slug": "religion-und-feiertage",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Wie berücksichtige ich religiöse Feiertage und Regeln bei der Planung?",
        "answer": """\
Eine gute Planung nimmt religiöse Vielfalt ernst, ohne Menschen auf ihre Religion zu reduzieren.

- **Kalender führen:** Tragen Sie wichtige Fest- und Feiertage der Menschen in Ihrem Projekt ein, etwa Ramadan und Opferfest, orthodoxes Weihnachten, Jom Kippur oder das Neujahrsfest Newroz. Legen Sie Auftritte und Ausflüge möglichst nicht auf diese Tage.
- **Essen:** Bieten Sie bei Festen vegetarische Speisen an und kennzeichnen Sie Zutaten, insbesondere Schweinefleisch und Alkohol.
- **Fastenzeit:** Im Ramadan sind Termine nach Sonnenuntergang oft beliebter; körperlich anstrengende Aktivitäten am Tag eher nicht.
- **Räume:** Ein ruhiger Raum zum Beten wird bei längeren Veranstaltungen geschätzt.
- **Musik:** Nicht alle möchten religiöse Lieder singen – auch keine christlichen Weihnachtslieder. Bieten Sie Alternativen an.

Fragen Sie im Zweifel direkt nach. Die meisten Menschen freuen sich, wenn ihr Hintergrund respektvoll wahrgenommen wird.""",
        "keywords": "Religion, Feiertage, Ramadan, Fasten, Essen, Halal, Kalender, Glaube, "
        "Moschee, Kirche, Gebet",
        "related": ["interkulturelle-huerden", "begegnungsformate"],
    },
    {
        "slug": "beteiligung-auf-augenhoehe",
        "category": "interkulturelle-zusammenarbeit",
        "question": "Wie beteilige ich Menschen mit Migrationsgeschichte auf Augenhöhe an der Projektleitung?",
        "answer": """\
Projekte „für“ Geflüchtete werden oft besser, wenn sie zu Projekten „mit“ Geflüchteten werden. Beteiligung bedeutet, Entscheidungen zu teilen – nicht nur Meinungen abzufragen.

- **Von Anfang an:** Laden Sie Zugewanderte schon zur Planung ein, nicht erst zur Durchführung.
- **Rollen anbieten:** Co-Leitung, Organisationsteam, Sprachmittlung, Moderation oder eigene Workshops. Viele bringen Erfahrung als Musiker, Lehrerin oder Handwerker mit.
- **Migrantenorganisationen als Partner:** Arbeiten Sie mit Migrantenselbstorganisationen gleichberechtigt zusammen – mit gemeinsamer Planung und fairer Verteilung der Fördermittel.
- **Aufwand anerkennen:** Wer regelmäßig Verantwortung übernimmt, sollte eine Aufwandsentschädigung oder ein Honorar erhalten können, soweit Aufenthaltsstatus und Leistungsbezug es zulassen. Lassen Sie das im Einzelfall beraten.
- **Sichtbarkeit:** Nennen Sie Mitwirkende in Pressetexten und bei Auftritten.

Echte Beteiligung braucht Zeit und Geduld. Sie stärkt aber das Vertrauen und macht Ihr Projekt langfristig tragfähiger.""",
        "keywords": "Beteiligung, Partizipation, Augenhöhe, Mitbestimmung, mitgestalten, "
        "Empowerment, Selbstorganisation, Co-Leitung, Teilhabe",
        "related": [
            "teilnehmende-halten",
            "professionalisierung-mso",
            "ehrenamtspauschale-uebungsleiterpauschale",
        ],
    },
    # --------------------------------------------------------- Finanzierung und Förderung
    {
        "slug": "finanzielle-unterstuetzung-finden",
        "category": "finanzierung-und-foerderung",
        "question": "Wo bekomme ich Fördermittel und organisatorische Unterstützung für ein Integrationsprojekt?",
        "answer": """\
Für Integrationsprojekte gibt es mehr Fördertöpfe, als viele vermuten. Ein Überblick:

- **Kommune:** Viele Städte und Landkreise haben Mittel für Integration, Kultur oder Ehrenamt. Das Integrationsmanagement kennt Fristen und Ansprechpersonen.
- **Land:** Die Bundesländer fördern über Integrations-, Demokratie- und Ehrenamtsprogramme, oft mit kleinen Zuschüssen für Initiativen.
- **Bund:** Bundesprogramme unterstützen etwa Migrantenorganisationen sowie Sport-, Kultur- und Demokratieprojekte.
- **Stiftungen:** Von der lokalen Bürgerstiftung bis zu großen überregionalen Stiftungen.
- **EU:** Der AMIF und weitere Programme eignen sich eher für größere Träger oder Verbünde.
- **Spenden und Sponsoring:** Unternehmen, Serviceclubs und Privatpersonen.

Organisatorische Unterstützung bieten Freiwilligenagenturen, Landesmusikräte, Wohlfahrtsverbände und Dachverbände von Migrantenorganisationen, etwa bei Vereinsrecht, Antragstellung oder Abrechnung. Fangen Sie klein an: Ein erster Antrag über wenige Tausend Euro ist eine gute Übung für größere Vorhaben.""",
        "keywords": "Geld, Finanzierung, Förderung, Zuschuss, Förderprogramm, Unterstützung, "
        "Fördertopf, finanzieren, Kosten, Beratung",
        "related": ["foerderantrag-schreiben", "stiftungen-ansprechen", "eu-foerderung-amif"],
    },
    {
        "slug": "foerderung-musikprojekt",
        "category": "finanzierung-und-foerderung",
        "question": "Welche Förderung gibt es speziell für Musikprojekte mit Geflüchteten?",
        "answer": """\
Musikalische Integrationsarbeit kann aus mehreren Richtungen gefördert werden, weil sie Kultur, Bildung und Teilhabe verbindet.

- **Kulturförderung:** Kulturämter von Städten und Landkreisen sowie Kulturstiftungen der Länder unterstützen Musikprojekte, besonders wenn sie neue Publikumsgruppen erreichen.
- **Musikverbände:** Landesmusikräte sowie Chor- und Blasmusikverbände informieren über passende Programme und beraten zur Antragstellung.
- **Kulturelle Bildung:** Bundesprogramme für außerschulische kulturelle Bildung fördern Angebote für Kinder und Jugendliche, meist über lokale Bündnisse mehrerer Partner.
- **Integrations- und Ehrenamtsprogramme:** Auch ohne Musikschwerpunkt passen viele Programme, wenn Begegnung und Teilhabe im Mittelpunkt stehen.
- **Sparkassen- und Bürgerstiftungen:** Sie unterstützen gern sichtbare Vorhaben vor Ort, etwa ein gemeinsames Konzert.

Beschreiben Sie im Antrag nicht nur das musikalische Ziel, sondern auch die soziale Wirkung: Wer begegnet sich, was lernen die Teilnehmenden, wie geht das Musikprojekt nach dem Förderzeitraum weiter? Planen Sie Instrumente, Honorare, GEMA-Gebühren und Fahrten vollständig ein.""",
        "keywords": "Musik, Musikprojekt, Kultur, Kulturförderung, Chor, Band, Konzert, "
        "Landesmusikrat, Förderprogramm, kulturelle Bildung",
        "related": [
            "finanzielle-unterstuetzung-finden",
            "foerderantrag-schreiben",
            "gema-anmelden",
        ],
    },
    {
        "slug": "foerderantrag-schreiben",
        "category": "finanzierung-und-foerderung",
        "question": "Wie schreibe ich einen Förderantrag, der überzeugt?",
        "answer": """\
Ein guter Antrag beantwortet die Fragen des Fördergebers, bevor sie gestellt werden. Lesen Sie zuerst die Förderrichtlinie vollständig und prüfen Sie, ob Ihr Vorhaben wirklich passt.

Typischer Aufbau:
1. **Ausgangslage:** Welcher Bedarf besteht vor Ort? Belegen Sie ihn mit Zahlen oder Gesprächen.
2. **Ziele und Zielgruppe:** Wen wollen Sie erreichen, und was soll sich verändern?
3. **Maßnahmen und Zeitplan:** Was passiert wann, und wer ist verantwortlich?
4. **Kooperationspartner:** Absichtserklärungen von Partnern stärken den Antrag.
5. **Kosten- und Finanzierungsplan:** Alle Ausgaben realistisch kalkuliert, dazu Eigenanteil und weitere Finanzierungsquellen.
6. **Nachhaltigkeit:** Wie geht es nach dem Förderzeitraum weiter?

Schreiben Sie konkret statt blumig und rufen Sie vorher bei der Förderstelle an – viele beraten gern. Beginnen Sie nicht mit dem Projekt, bevor der Bewilligungsbescheid vorliegt, sonst ist eine Förderung oft ausgeschlossen. Lassen Sie den Antrag von jemandem gegenlesen, der das Vorhaben nicht kennt.""",
        "keywords": "Antrag, Förderantrag, Antragstellung, beantragen, Projektantrag, "
        "Finanzierungsplan, Kostenplan, Bewilligung, Zuschuss, Tipps",
        "related": ["eigenanteil-aufbringen", "verwendungsnachweis", "projektziele-formulieren"],
    },
    {
        "slug": "eigenanteil-aufbringen",
        "category": "finanzierung-und-foerderung",
        "question": "Was ist ein Eigenanteil und wie kann ein kleiner Verein ihn aufbringen?",
        "answer": """\
Viele Förderprogramme übernehmen nicht alle Kosten. Den Rest – den Eigenanteil – muss der Antragsteller selbst beisteuern. Üblich sind 10 bis 20 Prozent der Gesamtkosten; manche Programme verzichten bei Kleinprojekten ganz darauf.

Möglichkeiten, den Eigenanteil aufzubringen:

- **Eigenmittel:** Mitgliedsbeiträge, Rücklagen oder Einnahmen aus Festen.
- **Spenden:** Zweckgebundene Spenden von Privatpersonen oder Unternehmen.
- **Drittmittel:** Ein Zuschuss der Kommune oder einer Stiftung kann in vielen Programmen als Eigenanteil gelten. Prüfen Sie aber, ob eine Doppelförderung ausgeschlossen ist.
- **Unbare Eigenleistungen:** Einige Fördergeber erkennen ehrenamtliche Arbeitsstunden mit einem festen Stundensatz oder kostenlos überlassene Räume an. Das muss die Richtlinie ausdrücklich vorsehen, und Sie weisen es mit Stundenzetteln nach.

Fragen Sie bei der Förderstelle nach, was genau anerkannt wird. Planen Sie den Eigenanteil sichtbar im Finanzierungsplan ein, damit es bei der Abrechnung keine Überraschungen gibt.""",
        "keywords": "Eigenanteil, Eigenmittel, Eigenleistung, Kofinanzierung, Finanzierungsplan, "
        "Mitfinanzierung, Prozent, Geld",
        "related": ["foerderantrag-schreiben", "spenden-und-sponsoring", "verwendungsnachweis"],
    },
    {
        "slug": "verwendungsnachweis",
        "category": "finanzierung-und-foerderung",
        "question": "Was gehört in einen Verwendungsnachweis und worauf muss ich bei der Abrechnung achten?",
        "answer": """\
Mit dem Verwendungsnachweis belegen Sie nach Projektende, dass die Fördermittel zweckentsprechend eingesetzt wurden. Er besteht in der Regel aus zwei Teilen:

- **Sachbericht:** Was wurde umgesetzt, wer wurde erreicht, welche Ziele wurden erreicht, was lief anders als geplant und warum?
- **Zahlenmäßiger Nachweis:** Eine Aufstellung aller Einnahmen und Ausgaben, gegliedert wie der Finanzierungsplan im Antrag.

Damit die Abrechnung gelingt:
- Bewahren Sie alle Originalbelege geordnet auf – Rechnungen, Quittungen, Honorarverträge, Teilnahmelisten. Die Aufbewahrungsfrist beträgt je nach Programm meist fünf bis zehn Jahre.
- Beachten Sie die Fristen im Zuwendungsbescheid, etwa für Mittelabruf und Nachweis.
- Holen Sie bei größeren Anschaffungen Vergleichsangebote ein.
- Melden Sie größere Abweichungen vom Finanzplan vorher der Förderstelle.
- Nicht verbrauchte Mittel müssen in der Regel zurückgezahlt werden, teils mit Zinsen.

Führen Sie schon während des Projekts eine einfache Belegliste. Das spart am Ende viel Arbeit.""",
        "keywords": "Verwendungsnachweis, Abrechnung, Nachweis, Sachbericht, Belege, Quittungen, "
        "Rechnungen, Zuwendungsbescheid, Fristen, Rückforderung",
        "related": [
            "foerderantrag-schreiben",
            "eigenanteil-aufbringen",
            "projekt-auswerten-und-verstetigen",
        ],
    },
    {
        "slug": "stiftungen-ansprechen",
        "category": "finanzierung-und-foerderung",
        "question": "Welche Stiftungen fördern Integrationsarbeit und wie spreche ich sie an?",
        "answer": """\
Stiftungen sind oft flexibler als öffentliche Fördergeber und unterstützen auch kleinere Initiativen. Entscheidend ist, dass Ihr Vorhaben zum Stiftungszweck passt.

**So finden Sie passende Stiftungen:**
- Suchen Sie in öffentlichen Stiftungsverzeichnissen nach Zwecken wie Integration, Völkerverständigung, Kultur oder Jugend.
- Fragen Sie vor Ort nach Bürgerstiftungen und nach Stiftungen von Sparkassen, Genossenschaftsbanken und regionalen Unternehmen.
- Schauen Sie, wer vergleichbare Projekte in Ihrer Region unterstützt hat.

**So sprechen Sie Stiftungen an:**
1. Lesen Sie Förderkriterien und Antragsfristen genau.
2. Nehmen Sie vorab Kontakt auf und stellen Sie Ihr Vorhaben in wenigen Sätzen vor.
3. Reichen Sie einen knappen, konkreten Antrag ein, mit Kostenplan und gegebenenfalls dem Freistellungsbescheid des Finanzamts.
4. Berichten Sie nach der Förderung über die Ergebnisse und bedanken Sie sich öffentlich, sofern die Stiftung das wünscht.

Die meisten Stiftungen unterstützen nur gemeinnützige Organisationen. Ohne eigenen Verein hilft ein Träger, der den Antrag für Sie stellt.""",
        "keywords": "Stiftung, Stiftungen, Bürgerstiftung, Sparkasse, Förderer, Zuschuss, Antrag, "
        "Stiftungsmittel",
        "related": ["finanzielle-unterstuetzung-finden", "gemeinnuetzigkeit", "traegerschaft"],
    },
    {
        "slug": "eu-foerderung-amif",
        "category": "finanzierung-und-foerderung",
        "question": "Kommen EU-Fördermittel wie der AMIF auch für kleine Initiativen infrage?",
        "answer": """\
Der Asyl-, Migrations- und Integrationsfonds (AMIF) ist das zentrale EU-Instrument für Integration. In Deutschland wird er vom Bundesamt für Migration und Flüchtlinge verwaltet. Unterstützt werden unter anderem Vorhaben zur Integration von Drittstaatsangehörigen, etwa Beratung, Orientierung oder Qualifizierung.

Für kleine Initiativen ist ein eigener Antrag meist schwierig:
- Die Projekte sind auf mehrere Jahre und größere Summen angelegt.
- Die EU trägt nur einen Teil der Kosten; den Rest müssen Sie aus anderen Quellen sichern.
- Antrag, Dokumentation und Abrechnung sind aufwendig und erfordern Erfahrung mit dem Zuwendungsrecht.
- Zahlungen kommen teils erst nachträglich, sodass Sie in Vorleistung gehen müssen.

Realistischer ist die Mitarbeit als Partner in einem Verbund mit einem erfahrenen Träger oder Wohlfahrtsverband. Daneben gibt es weitere EU-Programme, etwa den Europäischen Sozialfonds Plus, Erasmus+ für Bildungsvorhaben oder Kreatives Europa für Kultur. Achten Sie auf Ausschreibungen und Informationsveranstaltungen von Bund und Ländern.""",
        "keywords": "EU, Europa, AMIF, Integrationsfonds, ESF, Erasmus, europäische Förderung, "
        "BAMF, Drittstaatsangehörige, Verbund",
        "related": ["finanzielle-unterstuetzung-finden", "traegerschaft", "eigenanteil-aufbringen"],
    },
    {
        "slug": "spenden-und-sponsoring",
        "category": "finanzierung-und-foerderung",
        "question": "Wie gewinne ich Spenden und Sponsoren aus der Region?",
        "answer": """\
Spenden und Sponsoring ergänzen öffentliche Zuschüsse und sind oft schneller verfügbar.

- **Konkret bitten:** „50 Euro finanzieren eine Trommel“ überzeugt mehr als ein allgemeiner Aufruf. Erstellen Sie eine kleine Wunschliste.
- **Lokale Unternehmen:** Handwerksbetriebe, Apotheken oder Supermärkte unterstützen gern sichtbare Projekte vor Ort, auch mit Sachspenden wie Lebensmitteln für ein Fest.
- **Serviceclubs und Kirchengemeinden:** Sie sind klassische Unterstützer, etwa über Benefizaktionen oder Kollekten.
- **Online:** Crowdfunding-Plattformen, regionale Spendenportale von Banken oder Spendenaktionen in sozialen Netzwerken.
- **Danke sagen:** Ein Foto vom Konzert, ein Dankesbrief oder die Nennung auf der Website binden Unterstützer langfristig.

Steuerlich wichtig: Nur gemeinnützige Organisationen dürfen Zuwendungsbestätigungen ausstellen. Beim Sponsoring erhält das Unternehmen eine Gegenleistung, etwa die Nennung seines Logos; das wird steuerlich anders behandelt als eine Spende. Klären Sie größere Sponsoringverträge mit einer Steuerberatung.""",
        "keywords": "Spenden, Spende, Sponsoring, Sponsor, Sponsoren, Sachspenden, Crowdfunding, "
        "Unternehmen, Spendenquittung, Zuwendungsbestätigung",
        "related": ["gemeinnuetzigkeit", "eigenanteil-aufbringen", "raeume-und-instrumente"],
    },
    # ------------------------------------------------------------ Recht und Organisation
    {
        "slug": "versicherung-ehrenamtliche",
        "category": "recht-und-organisation",
        "question": "Wie sind Ehrenamtliche bei Unfällen und Schäden versichert?",
        "answer": """\
Beim Versicherungsschutz stellen sich zwei Fragen: Wer zahlt, wenn einer engagierten Person etwas zustößt (Unfallversicherung)? Und wer zahlt, wenn sie anderen einen Schaden zufügt (Haftpflicht)?

**Unfallversicherung:** Wer im Auftrag einer Kommune, einer Kirche oder eines Wohlfahrtsverbands tätig ist, ist oft automatisch gesetzlich unfallversichert. Gewählte Vorstandsmitglieder gemeinnütziger Vereine können sich freiwillig bei der zuständigen Berufsgenossenschaft versichern.

**Haftpflicht:** Eine Vereinshaftpflichtversicherung schützt den Verein und in der Regel auch seine Mitwirkenden bei Tätigkeiten für den Verein. Private Haftpflichtversicherungen decken ehrenamtliches Handeln nur teilweise ab.

**Sammelverträge der Länder:** Fast alle Bundesländer haben Rahmenverträge abgeschlossen, die Freiwillige in nicht versicherten Initiativen nachrangig schützen – meist ohne Anmeldung.

Prüfen Sie zusätzlich, ob Fahrten mit Privatautos, geliehene Instrumente und Veranstaltungen abgedeckt sind. Eine kurze Beratung bei Ihrem Dachverband oder der Ehrenamtsstelle des Landes schafft Klarheit.""",
        "keywords": "Versicherung, Haftpflicht, Unfallversicherung, Unfall, Schaden, Haftung, "
        "versichert, Ehrenamt, Sammelversicherung, Berufsgenossenschaft",
        "related": ["raeume-und-instrumente", "verein-gruenden", "erweitertes-fuehrungszeugnis"],
    },
    {
        "slug": "gema-anmelden",
        "category": "recht-und-organisation",
        "question": "Muss ich ein Konzert oder ein Fest mit Musik bei der GEMA anmelden?",
        "answer": """\
Ja, wenn die Veranstaltung öffentlich ist und dort urheberrechtlich geschützte Musik erklingt – live oder aus der Konserve. Öffentlich ist sie, sobald nicht nur ein persönlich verbundener Kreis teilnimmt; ein offenes Begegnungsfest oder ein Auftritt im Stadtteilzentrum gehört dazu.

Worauf Sie achten sollten:
- **Vorher anmelden:** Melden Sie die Veranstaltung vor dem Termin an, in der Regel online. Ohne rechtzeitige Anmeldung kann ein deutlicher Aufschlag fällig werden.
- **Kosten:** Die Gebühr richtet sich vor allem nach Raumgröße und Eintrittspreis. Bei freiem Eintritt und kleinem Raum bleibt sie überschaubar.
- **Nachlässe:** Viele Dachverbände, etwa von Chören oder Wohlfahrtsverbänden, haben Gesamtverträge, die ihren Mitgliedern Rabatte bringen.
- **Musikfolge:** Nach der Veranstaltung reichen Sie eine Liste der gespielten Stücke ein. Traditionelle Lieder und Werke von Komponisten, die seit mehr als 70 Jahren tot sind, sind gemeinfrei – Bearbeitungen können aber wieder geschützt sein.

Interne Proben ohne Publikum sind nicht anmeldepflichtig. Planen Sie die Gebühren im Förderantrag ein.""",
        "keywords": "GEMA, Musik, Urheberrecht, Lizenz, Gebühren, Konzert, Fest, Veranstaltung, "
        "anmelden, Lieder, Musikfolge",
        "related": ["musikprojekt-mit-gefluechteten-starten", "foerderung-musikprojekt"],
    },
    {
        "slug": "verein-gruenden",
        "category": "recht-und-organisation",
        "question": "Wie gründe ich einen Verein für unsere Initiative?",
        "answer": """\
Ein eingetragener Verein (e. V.) gibt Ihrer Initiative eine rechtliche Form: Er kann Verträge schließen, Fördermittel beantragen und ein Konto führen, und die Mitglieder haften in der Regel nicht mit ihrem Privatvermögen.

Die Schritte:
1. **Satzung entwerfen:** Sie regelt Name, Sitz, Zweck, Mitgliedschaft, Beiträge, Vorstand und Mitgliederversammlung. Wenn der Verein gemeinnützig werden soll, stimmen Sie den Entwurf vorab mit dem Finanzamt ab.
2. **Gründungsversammlung:** Mindestens sieben Gründungsmitglieder beschließen die Satzung und wählen den Vorstand. Darüber wird ein Protokoll angefertigt.
3. **Anmeldung:** Der Vorstand meldet den Verein über ein Notariat beim Vereinsregister des Amtsgerichts an.
4. **Finanzamt und Bank:** Steuernummer und Anerkennung der Gemeinnützigkeit beantragen, Vereinskonto eröffnen.

Rechnen Sie mit einigen Wochen und überschaubaren Kosten für Notariat und Registergericht. Viele Dachverbände und Ehrenamtsstellen bieten Mustersatzungen und Beratung an. Überlegen Sie auch, ob sich Ihre Initiative zunächst einem bestehenden Träger anschließen kann.""",
        "keywords": "Verein, Vereinsgründung, gründen, eingetragener Verein, Satzung, Vorstand, "
        "Vereinsregister, Notar, Amtsgericht, Rechtsform",
        "related": ["gemeinnuetzigkeit", "traegerschaft", "versicherung-ehrenamtliche"],
    },
    {
        "slug": "gemeinnuetzigkeit",
        "category": "recht-und-organisation",
        "question": "Was bringt die Gemeinnützigkeit und wie wird ein Verein als gemeinnützig anerkannt?",
        "answer": """\
Gemeinnützige Organisationen sind von Körperschaft- und Gewerbesteuer weitgehend befreit, dürfen Zuwendungsbestätigungen für Spenden ausstellen und erhalten leichter Zugang zu Stiftungs- und öffentlichen Mitteln. Auch die steuerfreien Pauschalen für Engagierte setzen einen gemeinnützigen oder öffentlichen Auftraggeber voraus.

Voraussetzungen:
- Die Satzung verfolgt ausschließlich und unmittelbar steuerbegünstigte Zwecke. Für Integrationsarbeit kommen etwa die Hilfe für Flüchtlinge, die Förderung der Völkerverständigung, von Kunst und Kultur oder von Bildung in Betracht.
- Die Satzung übernimmt die Formulierungen der amtlichen Mustersatzung, unter anderem zur Selbstlosigkeit und zur Vermögensbindung bei Auflösung.
- Die tatsächliche Geschäftsführung entspricht der Satzung.

Ablauf: Das Finanzamt prüft die Satzung und stellt auf Antrag gesondert fest, dass sie die Voraussetzungen erfüllt. Nach der ersten Steuererklärung folgt der Freistellungsbescheid, der regelmäßig überprüft wird.

Verwenden Sie Mittel zeitnah für den Satzungszweck und dokumentieren Sie Einnahmen und Ausgaben sauber.""",
        "keywords": "Gemeinnützigkeit, gemeinnützig, Finanzamt, Steuer, Steuern, "
        "Freistellungsbescheid, Spendenquittung, Satzung, Mustersatzung, steuerbegünstigt",
        "related": [
            "verein-gruenden",
            "spenden-und-sponsoring",
            "ehrenamtspauschale-uebungsleiterpauschale",
        ],
    },
    {
        "slug": "fotos-datenschutz",
        "category": "recht-und-organisation",
        "question": "Darf ich Fotos von Teilnehmenden machen und veröffentlichen?",
        "answer": """\
Nur mit Einwilligung – und bei Geflüchteten ist besondere Vorsicht geboten. Ein Foto im Internet kann Angehörige im Herkunftsland gefährden oder Menschen, die vor Verfolgung geflohen sind, auffindbar machen.

So gehen Sie vor:
- **Schriftliche Einwilligung:** Holen Sie vor der Veröffentlichung eine Einwilligung ein, die Zweck und Ort benennt (Website, soziale Medien, Presse, Flyer). Sie muss freiwillig sein und kann jederzeit widerrufen werden.
- **Verständlich erklären:** Nutzen Sie übersetzte Formulare oder eine Sprachmittlung. Ein Kopfnicken ist keine wirksame Einwilligung.
- **Kinder und Jugendliche:** Bei Minderjährigen brauchen Sie die Zustimmung der Sorgeberechtigten; ältere Jugendliche sollten zusätzlich selbst zustimmen.
- **Alternativen:** Fotos von hinten, Hände am Instrument oder Gruppenbilder aus der Distanz erzählen auch eine Geschichte.
- **Veranstaltungen:** Weisen Sie am Eingang darauf hin, dass fotografiert wird, und bieten Sie etwa farbige Bänder für alle an, die nicht aufs Bild möchten.

Löschen Sie Bilder, wenn jemand die Einwilligung zurückzieht, und speichern Sie Fotos nicht länger als nötig.""",
        "keywords": "Fotos, Foto, Bilder, Bild, Datenschutz, Einwilligung, DSGVO, "
        "Recht am eigenen Bild, veröffentlichen, Video, fotografieren",
        "related": [
            "datenschutz-teilnehmerdaten",
            "social-media-nutzen",
            "pressearbeit-lokalzeitung",
        ],
    },
    {
        "slug": "datenschutz-teilnehmerdaten",
        "category": "recht-und-organisation",
        "question": "Welche Daten von Teilnehmenden darf ich sammeln und wie schütze ich sie?",
        "answer": """\
Auch kleine Initiativen unterliegen der Datenschutz-Grundverordnung (DSGVO). Der Grundsatz lautet: Erheben Sie nur, was Sie wirklich brauchen.

- **Datensparsamkeit:** Für ein offenes Angebot genügen oft Vorname und Telefonnummer. Angaben zu Aufenthaltsstatus, Religion oder Gesundheit sind besonders schutzwürdig und nur zu erfassen, wenn es zwingend nötig ist.
- **Teilnahmelisten:** Verlangt ein Fördergeber Listen, erklären Sie den Teilnehmenden, wofür sie gebraucht werden, und erfassen Sie nur die geforderten Felder.
- **Informationspflicht:** Erläutern Sie in einfacher Sprache, wer die Daten verarbeitet, wozu und wie lange.
- **Sicher aufbewahren:** Papierlisten gehören in einen verschlossenen Schrank, digitale Listen auf passwortgeschützte Geräte – nicht in private Chatverläufe.
- **Messenger:** In großen Gruppen sehen alle die Telefonnummern aller. Nutzen Sie nach Möglichkeit Kanäle oder Verteilerlisten und holen Sie eine Zustimmung ein.
- **Löschen:** Entfernen Sie Daten, sobald der Zweck entfällt und Aufbewahrungsfristen abgelaufen sind.

Eine verantwortliche Person im Verein und eine einfache Übersicht über alle Datenverarbeitungen helfen, den Überblick zu behalten.""",
        "keywords": "Datenschutz, DSGVO, Daten, Teilnehmerliste, Anmeldung, personenbezogen, "
        "WhatsApp, Messenger, speichern, löschen",
        "related": ["fotos-datenschutz", "verwendungsnachweis"],
    },
    {
        "slug": "erweitertes-fuehrungszeugnis",
        "category": "recht-und-organisation",
        "question": "Brauchen Ehrenamtliche in der Arbeit mit Kindern ein erweitertes Führungszeugnis?",
        "answer": """\
Wer mit Kindern und Jugendlichen arbeitet, sollte ein erweitertes Führungszeugnis vorlegen. Für Träger der Kinder- und Jugendhilfe ist das über Vereinbarungen mit dem Jugendamt oft verpflichtend; für alle anderen ist es ein wichtiger Baustein des Kinderschutzes.

So funktioniert es:
- Die Organisation bestätigt schriftlich, dass die Person ehrenamtlich mit Minderjährigen tätig ist.
- Mit dieser Bestätigung beantragt die Person das Zeugnis beim Bürgeramt oder online. Für ehrenamtlich Tätige ist es in der Regel gebührenfrei.
- Die Organisation nimmt Einsicht und notiert nur das Datum und ob ein relevanter Eintrag vorliegt. Eine Kopie wird nicht aufbewahrt.
- Üblich ist eine Wiederholung alle fünf Jahre.

Ein Führungszeugnis allein schützt Kinder nicht ausreichend. Ergänzen Sie es durch ein Schutzkonzept: Verhaltensregeln, etwa keine Einzelsituationen hinter verschlossenen Türen, eine Ansprechperson für Verdachtsfälle und Fortbildungen zum Kinderschutz. Beratung bieten Jugendämter und Kinderschutzfachstellen. Gerade geflüchtete Kinder haben oft schon Gewalt erlebt und brauchen besonderen Schutz.""",
        "keywords": "Führungszeugnis, erweitertes Führungszeugnis, Kinderschutz, Kinder, "
        "Jugendliche, Schutzkonzept, Kindeswohl, Prävention, Jugendarbeit",
        "related": ["versicherung-ehrenamtliche", "fotos-datenschutz", "fortbildung-ehrenamtliche"],
    },
    {
        "slug": "ehrenamtspauschale-uebungsleiterpauschale",
        "category": "recht-und-organisation",
        "question": "Dürfen wir Ehrenamtlichen eine Aufwandsentschädigung zahlen, ohne dass Steuern anfallen?",
        "answer": """\
Ja, im Rahmen der steuerfreien Pauschalen. Voraussetzung ist, dass die Tätigkeit nebenberuflich für eine gemeinnützige Organisation oder eine öffentliche Einrichtung ausgeübt wird.

- **Übungsleiterpauschale:** Für pädagogische, künstlerische oder betreuende Tätigkeiten – etwa Chorleitung, Musikunterricht, Sporttraining oder die Betreuung von Kindern – bleiben bis zu 3.000 Euro im Jahr steuer- und sozialversicherungsfrei.
- **Ehrenamtspauschale:** Für andere Tätigkeiten, zum Beispiel Kassenführung, Vorstandsarbeit oder Organisation, sind es bis zu 840 Euro im Jahr.

Die Beträge werden von Zeit zu Zeit angehoben; prüfen Sie den aktuellen Stand. Beide Pauschalen können nebeneinander genutzt werden, aber nicht für dieselbe Tätigkeit. Vorstandsmitglieder dürfen nur bezahlt werden, wenn die Satzung das ausdrücklich erlaubt.

Lassen Sie sich schriftlich bestätigen, dass die Pauschale nicht schon bei einer anderen Organisation ausgeschöpft wird, und halten Sie Tätigkeit und Betrag in einer kurzen Vereinbarung fest. Bei Menschen, die Sozialleistungen beziehen, gelten eigene Freibeträge – klären Sie das im Einzelfall. Auslagen wie Fahrtkosten gegen Beleg können Sie unabhängig davon erstatten.""",
        "keywords": "Übungsleiterpauschale, Ehrenamtspauschale, Aufwandsentschädigung, Honorar, "
        "bezahlen, Vergütung, steuerfrei, Pauschale, Geld, Auslagen",
        "related": [
            "gemeinnuetzigkeit",
            "beteiligung-auf-augenhoehe",
            "versicherung-ehrenamtliche",
        ],
    },
    {
        "slug": "traegerschaft",
        "category": "recht-und-organisation",
        "question": "Was bedeutet Trägerschaft und brauchen wir einen Träger für unser Projekt?",
        "answer": """\
Der Träger ist die Organisation, die ein Projekt rechtlich und finanziell verantwortet: Er stellt den Förderantrag, schließt Verträge, beschäftigt Personal, verwaltet die Mittel und haftet gegenüber dem Fördergeber.

Eine lose Initiative ohne eigene Rechtsform kann viele Fördermittel nicht selbst beantragen. Dann gibt es zwei Wege:

- **Eigene Trägerschaft:** Sie gründen einen Verein und lassen ihn als gemeinnützig anerkennen. Das bringt Unabhängigkeit, aber auch Pflichten bei Buchhaltung und Vorstandsarbeit.
- **Trägerschaft durch Partner:** Ein bestehender Verein, ein Wohlfahrtsverband, eine Kirchengemeinde oder eine Migrantenorganisation übernimmt die Trägerschaft, und Ihre Gruppe setzt das Projekt inhaltlich um.

Bei der zweiten Variante sollten Sie schriftlich festhalten: Wer entscheidet über Inhalte und Ausgaben? Wie hoch ist eine eventuelle Verwaltungspauschale? Wem gehören angeschaffte Instrumente nach Projektende? Wer erstellt den Verwendungsnachweis?

Auch kommunale Netzwerke arbeiten oft so: Die Stadt beauftragt und finanziert, ein freier Träger führt Geschäftsstelle und Koordination.""",
        "keywords": "Träger, Trägerschaft, Projektträger, Rechtsform, Dachorganisation, "
        "Kooperationsvertrag, Verwaltungspauschale, Verantwortung",
        "related": ["verein-gruenden", "eu-foerderung-amif", "stiftungen-ansprechen"],
    },
    # ------------------------------------------- Kommunikation und Öffentlichkeitsarbeit
    {
        "slug": "pressearbeit-lokalzeitung",
        "category": "kommunikation-und-oeffentlichkeitsarbeit",
        "question": "Wie bringe ich unser Projekt in die lokale Zeitung?",
        "answer": """\
Lokalredaktionen suchen Geschichten aus ihrer Umgebung – Sie müssen ihnen nur einen guten Anlass liefern.

- **Anlass schaffen:** Ein Konzert, ein Fest, ein Jubiläum, eine neue Kooperation oder eine Förderzusage sind berichtenswert. Der wöchentliche Alltag allein ist es meist nicht.
- **Ansprechperson finden:** Rufen Sie in der Lokalredaktion an und fragen Sie, wer für Soziales oder Kultur zuständig ist. Ein persönlicher Kontakt wirkt mehr als jede Rundmail.
- **Früh informieren:** Kündigen Sie Termine ein bis zwei Wochen vorher mit einer kurzen Pressemitteilung an.
- **Menschen zeigen:** Redaktionen brauchen Gesichter und Stimmen. Klären Sie vorher, wer mit der Presse sprechen und fotografiert werden möchte – und wer ausdrücklich nicht.
- **Bildmaterial:** Bieten Sie eigene Fotos mit geklärten Bildrechten an.

Denken Sie auch an Anzeigenblätter, Amtsblätter, Stadtteilzeitungen, Lokalradio und die Newsletter Ihrer Kooperationspartner. Ein Partner im Netzwerk, der gute Kontakte zur Presse hat, kann Türen öffnen.""",
        "keywords": "Presse, Pressearbeit, Zeitung, Lokalzeitung, Journalisten, Medien, Bericht, "
        "Artikel, Öffentlichkeitsarbeit, Radio",
        "related": ["pressemitteilung-schreiben", "fotos-datenschutz", "social-media-nutzen"],
    },
    {
        "slug": "pressemitteilung-schreiben",
        "category": "kommunikation-und-oeffentlichkeitsarbeit",
        "question": "Wie schreibe ich eine Pressemitteilung, die gelesen wird?",
        "answer": """\
Eine Pressemitteilung ist kein Vereinsbericht, sondern ein Angebot an Redaktionen. Sie sollte sich mit wenigen Änderungen übernehmen lassen.

**Aufbau:**
1. **Überschrift:** kurz, konkret, mit Ort. Beispiel: „Nachbarn aus zwölf Ländern singen gemeinsam im Stadtpark“.
2. **Erster Absatz:** die W-Fragen – wer, was, wann, wo, warum. Wer nur diesen Absatz liest, kennt das Wichtigste.
3. **Weitere Absätze:** Hintergrund, Zahlen und ein lebendiges Zitat einer beteiligten Person.
4. **Kurzinfo zur Organisation:** zwei bis drei Sätze.
5. **Ansprechperson** für Rückfragen.

**Tipps:**
- Höchstens eine Seite, sachlich, ohne Eigenlob und ohne Fachjargon.
- Schreiben Sie über Menschen, nicht über „Maßnahmen“.
- Stellen Sie Zugewanderte nicht als einheitliche Gruppe dar; lassen Sie lieber einzelne Beteiligte zu Wort kommen, sofern sie einverstanden sind.
- Setzen Sie den Text in die E-Mail selbst, nicht nur in den Anhang, und fügen Sie ein honorarfreies Foto bei.
- Nennen Sie Fördergeber, wenn das vorgeschrieben ist.""",
        "keywords": "Pressemitteilung, Pressetext, Presse, Medien, schreiben, Text, Zeitung, "
        "Meldung, Öffentlichkeitsarbeit, Vorlage",
        "related": ["pressearbeit-lokalzeitung", "social-media-nutzen"],
    },
    {
        "slug": "social-media-nutzen",
        "category": "kommunikation-und-oeffentlichkeitsarbeit",
        "question": "Welche sozialen Medien eignen sich für ein kleines Integrationsprojekt?",
        "answer": """\
Sie müssen nicht auf allen Kanälen präsent sein. Wählen Sie ein oder zwei Plattformen, die Ihre Zielgruppen tatsächlich nutzen, und bespielen Sie diese regelmäßig.

- **Instagram:** gut für Bilder und kurze Videos von Proben, Festen und Ausflügen; erreicht eher jüngere Menschen.
- **Facebook:** bei Vereinen, Nachbarschaftsgruppen und älteren Unterstützenden weiterhin verbreitet, praktisch für Veranstaltungshinweise.
- **Messenger-Kanäle:** Für viele Neuzugewanderte sind WhatsApp, Telegram oder Signal der wichtigste Informationsweg.
- **Videoplattformen:** lohnend, wenn jemand im Team Freude an Videos hat.

Praktische Regeln:
- Legen Sie fest, wer postet und wie oft – lieber einmal pro Woche verlässlich als täglich für einen Monat.
- Veröffentlichen Sie Fotos und Namen nur mit Einwilligung.
- Posten Sie mehrsprachig oder mit Untertiteln.
- Überlegen Sie, wie Sie mit feindseligen Kommentaren umgehen, bevor der erste kommt.

Wiederkehrende Formate, etwa ein „Lied der Woche“, erleichtern die Arbeit und machen Ihren Kanal wiedererkennbar.""",
        "keywords": "Social Media, soziale Medien, Instagram, Facebook, WhatsApp, Posts, posten, "
        "online, Internet, Kanal, Werbung",
        "related": ["fotos-datenschutz", "umgang-mit-anfeindungen", "eigene-internetseite"],
    },
    {
        "slug": "eigene-internetseite",
        "category": "kommunikation-und-oeffentlichkeitsarbeit",
        "question": "Braucht unser Verein eine eigene Internetseite?",
        "answer": """\
Eine eigene Internetseite oder ein einfacher Blog ist die Visitenkarte Ihres Vereins. Dort informieren sich mögliche Partner, Fördergeber, Redaktionen und Interessierte über Ihre Arbeit – auch über die eigene Community hinaus.

Was auf die Seite gehört:
- wer Sie sind und was Sie wollen, in wenigen Sätzen und möglichst mehrsprachig,
- aktuelle Angebote mit Ort und Zeit,
- Projekte und Kooperationspartner, gern mit Fotos, für die Einwilligungen vorliegen,
- Möglichkeiten, mitzumachen oder zu spenden,
- Impressum und Datenschutzerklärung – beides ist Pflicht.

Für den Anfang genügen ein Baukastensystem oder ein einfaches Redaktionssystem. Entscheidend ist nicht das Design, sondern dass die Inhalte aktuell sind. Eine Seite mit Terminen aus dem vorletzten Jahr wirkt schlechter als gar keine.

Netzwerke profitieren besonders: Eine gemeinsame Seite mit allen Partnern und einem Veranstaltungskalender zeigt, was vor Ort angeboten wird, und verhindert, dass sich Termine überschneiden.""",
        "keywords": "Internetseite, Website, Homepage, Webseite, Blog, Impressum, online, "
        "Internet, Auftritt, Visitenkarte",
        "related": [
            "social-media-nutzen",
            "pressearbeit-lokalzeitung",
            "kontakte-pflegen-vertrauen",
        ],
    },
    {
        "slug": "umgang-mit-anfeindungen",
        "category": "kommunikation-und-oeffentlichkeitsarbeit",
        "question": "Wie reagieren wir auf Hasskommentare und Anfeindungen gegen unser Projekt?",
        "answer": """\
Wer sich öffentlich für Geflüchtete einsetzt, erlebt leider manchmal Ablehnung, von abfälligen Kommentaren bis zu Drohungen. Bereiten Sie sich vor, damit Sie im Ernstfall besonnen handeln.

- **Netiquette festlegen:** Veröffentlichen Sie Regeln für Ihre Kanäle. Beleidigungen und Hetze dürfen Sie löschen.
- **Sachlich antworten:** Auf ernst gemeinte kritische Fragen antworten Sie freundlich und mit Fakten. Provokateuren müssen Sie keine Bühne bieten.
- **Dokumentieren:** Sichern Sie Screenshots mit Datum und Link, bevor Sie etwas löschen.
- **Anzeige erstatten:** Strafbare Inhalte wie Volksverhetzung oder Bedrohungen können Sie bei der Polizei anzeigen, oft auch online. Beratungsstellen gegen Hass im Netz und Opferberatungen helfen dabei.
- **Team schützen:** Niemand sollte allein mit Anfeindungen umgehen müssen. Besprechen Sie Vorfälle gemeinsam und achten Sie auf die Privatsphäre von Engagierten und Teilnehmenden.
- **Verbündete suchen:** Die kommunale Spitze, Netzwerkpartner und Unterstützende können öffentlich Position beziehen.

Auch die Verwaltung trägt Verantwortung: Offene, frühzeitige Information über Unterbringung und Integration nimmt Gerüchten den Boden.""",
        "keywords": "Hass, Hetze, Anfeindungen, Kritik, Kommentare, Bedrohung, Shitstorm, "
        "Rassismus, Krisenkommunikation, Anzeige",
        "related": ["social-media-nutzen", "dialogveranstaltung-planen"],
    },
    {
        "slug": "dialogveranstaltung-planen",
        "category": "kommunikation-und-oeffentlichkeitsarbeit",
        "question": "Wie plane ich eine Dialogveranstaltung mit Bürgerinnen und Bürgern zum Thema Integration?",
        "answer": """\
Dialogformate bringen Menschen ins Gespräch, die sonst eher übereinander als miteinander reden – Alteingesessene und Neuzugewanderte, Verwaltung und Nachbarschaft.

Planungsschritte:
1. **Ziel klären:** Wollen Sie informieren, Meinungen einholen, gemeinsam Lösungen entwickeln oder Begegnung ermöglichen? Davon hängt das Format ab.
2. **Format wählen:** Statt eines Podiums mit langen Vorträgen eignen sich Tischgespräche, ein World Café, Stadtteilspaziergänge oder eine Fishbowl-Diskussion, bei denen alle zu Wort kommen.
3. **Breit einladen:** Sprechen Sie gezielt Menschen an, die selten kommen – über Vereine, Migrantenorganisationen, Sprachkurse und persönliche Kontakte. Sorgen Sie für Sprachmittlung.
4. **Neutral moderieren:** Eine erfahrene Moderation achtet auf Regeln, Redezeiten und einen respektvollen Ton.
5. **Ergebnisse sichern:** Dokumentieren Sie Anliegen und Vorschläge und berichten Sie später, was daraus geworden ist.

Ein Dialog ist oft erst der Auftakt. Wenn daraus Arbeitsgruppen, Projekte oder regelmäßige Treffen entstehen, hat er sein Ziel erreicht.""",
        "keywords": "Dialog, Dialogveranstaltung, Dialogformat, Bürgerdialog, Bürgerversammlung, "
        "Beteiligung, World Café, Diskussion, Veranstaltung",
        "related": ["begegnungsformate", "kommunaler-selbstcheck", "umgang-mit-anfeindungen"],
    },
    # ---------------------------------------------------- Qualifizierung und Weiterbildung
    {
        "slug": "fortbildung-ehrenamtliche",
        "category": "qualifizierung-und-weiterbildung",
        "question": "Welche Fortbildungen gibt es für Ehrenamtliche in der Arbeit mit Geflüchteten?",
        "answer": """\
Viele Ehrenamtliche starten ohne Vorwissen – und merken schnell, dass Grundlagen helfen. Das Angebot ist breit und oft kostenlos:

- **Asyl- und Aufenthaltsrecht:** Flüchtlingsräte und Wohlfahrtsverbände erklären die Grundlagen, damit Sie wissen, was Sie selbst beantworten können und wann Sie an eine Fachberatung verweisen.
- **Interkulturelle Kompetenz:** Trainings zu Kommunikation, Werten und Missverständnissen.
- **Traumasensibler Umgang:** Psychosoziale Zentren bieten Einführungen für Engagierte an.
- **Deutsch vermitteln:** Volkshochschulen bereiten Ehrenamtliche auf Sprachtreffs und Lernpatenschaften vor.
- **Vereinsarbeit:** Finanzen, Förderanträge, Datenschutz und Öffentlichkeitsarbeit, etwa bei Ehrenamtsakademien der Länder.
- **Fachlich:** Musik- und Sportverbände qualifizieren für die Anleitung gemischter Gruppen.

Fragen Sie bei der kommunalen Ehrenamtskoordination, beim Integrationsmanagement oder in Ihrem Netzwerk nach Terminen; viele Kurse finden inzwischen online statt. Auch kollegiale Beratung und Supervision sind Weiterbildung: Sie helfen, schwierige Situationen gemeinsam zu reflektieren.""",
        "keywords": "Fortbildung, Weiterbildung, Schulung, Kurs, Seminar, Qualifizierung, lernen, "
        "Ehrenamt, Workshop, Supervision",
        "related": [
            "interkulturelle-kompetenz-trainieren",
            "trauma-sensibel-arbeiten",
            "weiterbildung-musik-integration",
        ],
    },
    {
        "slug": "professionalisierung-mso",
        "category": "qualifizierung-und-weiterbildung",
        "question": "Wie kann sich eine Migrantenorganisation weiterentwickeln und professionalisieren?",
        "answer": """\
Viele Migrantenselbstorganisationen leisten mit wenigen Ehrenamtlichen sehr viel. Wer mehr Projekte stemmen, Fördermittel einwerben und in Gremien mitreden will, braucht zusätzliche Kompetenzen und Strukturen.

Ansatzpunkte:
- **Qualifizierung:** Dachverbände und Netzwerke von Migrantenorganisationen bieten Fortbildungen zu Vereinsrecht, Projektmanagement, Förderanträgen und Öffentlichkeitsarbeit an.
- **Beratung und Begleitung:** Lokale Verbünde unterstützen bei konkreten Vorhaben, etwa beim ersten größeren Antrag oder beim Aufbau einer Buchhaltung.
- **Aufgaben verteilen:** Klare Zuständigkeiten im Vorstand und gezielte Nachwuchsgewinnung verhindern, dass alles an wenigen Personen hängt.
- **Kooperationen:** Gemeinsame Projekte mit etablierten Trägern bringen Erfahrung, ohne die eigene Unabhängigkeit aufzugeben.
- **Hauptamt:** Langfristig ist eine bezahlte Koordinationsstelle oft der entscheidende Schritt, denn anspruchsvolle Netzwerk- und Projektarbeit lässt sich allein ehrenamtlich kaum leisten.

Netzwerke erleichtern die Professionalisierung erheblich: Erfahrungen werden geteilt, und junge Organisationen lernen von denen, die schon weiter sind.""",
        "keywords": "Migrantenorganisation, MSO, Migrantenselbstorganisation, Professionalisierung, "
        "Weiterentwicklung, Qualifizierung, Dachverband, Strukturen, Kompetenzen, Hauptamt",
        "related": [
            "vorteile-vernetzung",
            "beteiligung-auf-augenhoehe",
            "interessen-gemeinsam-vertreten",
        ],
    },
    {
        "slug": "integrationslotsen",
        "category": "qualifizierung-und-weiterbildung",
        "question": "Was machen Integrationslotsen und wie wird man Integrationslotsin oder Integrationslotse?",
        "answer": """\
Integrationslotsinnen und -lotsen begleiten neu angekommene Menschen in den ersten Monaten. Sie zeigen Wege zu Ämtern, Schulen, Arztpraxen und Beratungsstellen, helfen beim Verstehen von Briefen und stellen Kontakte zu Vereinen und Nachbarschaft her. Oft haben sie selbst eine Migrationsgeschichte und sprechen die Sprache der Menschen, die sie begleiten.

Der Weg zur Lotsin oder zum Lotsen:
- Viele Kommunen, Wohlfahrtsverbände und Integrationsnetzwerke bilden Lotsen in kompakten Kursen aus, teils über mehrere Wochenenden.
- Inhalte sind zum Beispiel Behördenstrukturen, Grundlagen des Aufenthaltsrechts, Gesprächsführung, Rollenklarheit und Datenschutz.
- Nach der Qualifizierung arbeiten Lotsen ehrenamtlich, teils mit Aufwandsentschädigung, und werden von einer Koordinationsstelle begleitet.

Wichtig ist die Abgrenzung: Lotsen ersetzen keine Rechts- oder Sozialberatung, sondern führen zu ihr hin. Regelmäßige Austauschtreffen und Supervision sichern die Qualität. Fragen Sie beim Integrationsmanagement Ihrer Stadt oder Ihres Landkreises nach dem nächsten Kurs.""",
        "keywords": "Integrationslotsen, Lotse, Lotsin, Kulturmittler, Begleitung, Ausbildung, "
        "Qualifizierung, Mentoren, Wegweiser",
        "related": [
            "patenschaften-aufbauen",
            "fortbildung-ehrenamtliche",
            "sprachmittlung-organisieren",
        ],
    },
    {
        "slug": "interkulturelle-kompetenz-trainieren",
        "category": "qualifizierung-und-weiterbildung",
        "question": "Wie kann ich interkulturelle Kompetenz gezielt lernen?",
        "answer": """\
Interkulturelle Kompetenz heißt nicht, Listen mit angeblich typischen Verhaltensweisen einzelner Länder auswendig zu lernen. Es geht um eine Haltung: die eigenen Prägungen kennen, offen nachfragen und Mehrdeutigkeit aushalten.

Wege zum Lernen:
- **Trainings und Workshops:** Volkshochschulen, Bildungswerke, Wohlfahrtsverbände und Landeszentralen für politische Bildung bieten ein- bis mehrtägige Formate an. Gute Trainings arbeiten mit Fallbeispielen und Rollenspielen.
- **Perspektivwechsel:** Laden Sie Menschen mit Migrationsgeschichte als Referentinnen und Referenten ein, statt nur über sie zu sprechen.
- **Reflexion im Team:** Besprechen Sie schwierige Situationen aus dem Projektalltag regelmäßig. Was ist passiert, wie haben wir es gedeutet, welche anderen Deutungen gibt es?
- **Rassismuskritische Fortbildungen:** Sie helfen, unbewusste Vorurteile und strukturelle Benachteiligung zu erkennen.
- **Begegnung:** Nichts ersetzt die eigene Erfahrung in gemischten Teams.

Ob Schule, Kita, Beratungsstelle oder Amt: Die interkulturelle Kompetenz des Personals ist ein Baustein der interkulturellen Öffnung jeder Einrichtung. Sie wirkt am besten, wenn die Leitung sie aktiv unterstützt.""",
        "keywords": "interkulturelle Kompetenz, Training, Workshop, Sensibilisierung, Rassismus, "
        "Vorurteile, Haltung, Fortbildung, Diversity",
        "related": [
            "interkulturelle-huerden",
            "fortbildung-ehrenamtliche",
            "interkulturelle-oeffnung-verwaltung",
        ],
    },
    {
        "slug": "weiterbildung-musik-integration",
        "category": "qualifizierung-und-weiterbildung",
        "question": "Gibt es Weiterbildungen für Musikerinnen und Musiker, die mit Geflüchteten arbeiten wollen?",
        "answer": """\
Ja. Wer musikalisch mit Menschen unterschiedlicher Herkunft arbeitet, steht vor besonderen Aufgaben: Gruppen ohne gemeinsame Sprache, sehr unterschiedliche Vorkenntnisse und Musiktraditionen, die nicht auf Dur und Moll beruhen.

Passende Angebote finden Sie bei:
- **Musikakademien und Landesmusikräten:** Kurse zu interkultureller Musikvermittlung, Ensemblearbeit mit gemischten Gruppen oder Liedern aus aller Welt.
- **Musikhochschulen:** Weiterbildende Zertifikatskurse, etwa in Community Music oder elementarer Musikpädagogik.
- **Chor- und Musikschulverbänden:** Praxistage zu Singen ohne Noten, Body Percussion und Improvisation.
- **Fachtagungen und Austauschforen:** Hier berichten Projekte aus ganz Deutschland, was funktioniert und woran sie gescheitert sind.

Lernen Sie auch von Musikerinnen und Musikern mit Fluchterfahrung: Viele bringen eine professionelle Ausbildung mit und können als Co-Leitung oder Dozierende mitwirken. Das erweitert das Repertoire und verändert den Blick auf das eigene Musikprojekt.""",
        "keywords": "Musik, Musiker, Musikpädagogik, Weiterbildung, Fortbildung, Chorleitung, "
        "Community Music, Musikvermittlung, Kurs",
        "related": ["musikprojekt-mit-gefluechteten-starten", "fortbildung-ehrenamtliche"],
    },
    # ------------------------------------------------------------------------ Vernetzung
    {
        "slug": "vorteile-vernetzung",
        "category": "vernetzung",
        "question": "Welche Vorteile hat es, wenn sich unser Verein mit anderen vernetzt?",
        "answer": """\
Gerade wenn öffentliche Mittel knapper werden, sind Vereine und Migrantenorganisationen stärker aufeinander angewiesen. Vernetzung eröffnet Chancen, die eine Organisation allein nicht hätte:

- **Synergien:** Gemeinsame Projekte erreichen mehr, als jeder Partner für sich schaffen würde.
- **Zugang zu Ressourcen:** Sie profitieren von den Kontakten, Räumen, Ehrenamtlichen und Unterstützern der Partner.
- **Wissen teilen:** Erfahrungen, Hinweise auf Förderprogramme und Know-how fließen schneller.
- **Kompetenzen bündeln:** Ein Partner schreibt gute Pressemitteilungen, ein anderer kennt sich mit Abrechnungen aus.
- **Kosten senken:** Wenn jeder einen Anteil trägt, werden Veranstaltungen für alle günstiger.
- **Zielgruppen erreichen:** Über die Partner erreichen Sie Menschen, die Sie allein nie angesprochen hätten.
- **Mehr Gehör:** Ein Netzwerk wird von Politik und Verwaltung eher wahrgenommen als ein einzelner Verein.

Nicht zuletzt macht Zusammenarbeit Freude: Erfolge lassen sich gemeinsam feiern, Rückschläge gemeinsam verarbeiten. Und wenn Menschen unterschiedlicher Herkunft zusammenarbeiten, wächst Vertrauen.""",
        "keywords": "Vernetzung, Netzwerk, Kooperation, Zusammenarbeit, Vorteile, Chancen, "
        "Synergie, gemeinsam, Partner, Nutzen",
        "related": [
            "kooperationspartner-finden",
            "phasen-der-vernetzung",
            "interessen-gemeinsam-vertreten",
        ],
    },
    {
        "slug": "kooperationspartner-finden",
        "category": "vernetzung",
        "question": "Mit wem kann eine Migrantenselbstorganisation vor Ort zusammenarbeiten?",
        "answer": """\
Die Liste möglicher Partner ist lang. Überlegen Sie, wer ähnliche Ziele verfolgt oder Zugang zu Menschen, Räumen oder Wissen hat, die Ihnen fehlen.

- **Bildung:** Schulen, Kitas, Bildungsträger, Volkshochschulen, Bildungslotsen.
- **Religion und Seelsorge:** Kirchengemeinden, Moscheevereine und andere Religionsgemeinschaften.
- **Beratung:** Migrationsberatungsstellen, Jugendmigrationsdienste, Frauenberatungsstellen.
- **Verwaltung:** Integrationsbüro oder Integrationsbeauftragte, Jugendamt, Sozialamt, Ausländerbehörde, Jobcenter.
- **Sicherheit:** Kontaktbeamtinnen und -beamte der Polizei, etwa für Präventionsarbeit.
- **Zivilgesellschaft:** Sportvereine, Kulturvereine, Jugendeinrichtungen, Freiwilligenagenturen und andere Migrantenorganisationen.
- **Förderer:** Stiftungen, Landeszentralen für politische Bildung, lokale Unternehmen.

Netzwerke können organisations-, träger- und sogar länderübergreifend angelegt sein. Fangen Sie mit zwei oder drei Partnern an, mit denen Sie ein konkretes gemeinsames Vorhaben haben. Eine im Kleinen gelungene Kooperation spricht sich herum und zieht weitere Partner an.""",
        "keywords": "Kooperationspartner, Partner, Partnerschaft, Zusammenarbeit, Kooperation, MSO, "
        "Migrantenorganisation, Kirche, Moschee, Jobcenter, Behörden",
        "related": [
            "vorteile-vernetzung",
            "phasen-der-vernetzung",
            "schule-und-zugewanderte-eltern",
        ],
    },
    {
        "slug": "netzwerkziele-festlegen",
        "category": "vernetzung",
        "question": "Warum braucht ein Netzwerk ein klares gemeinsames Ziel?",
        "answer": """\
Das gemeinsame Ziel ist der wichtigste Erfolgsfaktor eines Netzwerks. Es ist Startschuss für den Aufbau, Wegweiser für die langfristige Zusammenarbeit und Grund, auch dann dabeizubleiben, wenn es schwierig wird.

Ein gutes Netzwerkziel
- ist klar und eindeutig formuliert,
- wird von allen Partnern mitgetragen, sodass sich jede Organisation damit identifizieren kann,
- ist konkret genug, um daraus Schritte abzuleiten.

Beispiele: „Wir bieten gemeinsam Bildungs- und Kulturangebote im Stadtteil an.“ Oder: „Wir unterstützen neu zugewanderte Familien gemeinsam beim Ankommen in unserer Stadt.“

Klären Sie neben dem Ziel auch die wechselseitigen Erwartungen und Ressourcen: Wer bringt was ein – Zeit, Räume, Kontakte, Geld? Was erwarten die Partner voneinander? Unausgesprochene Erwartungen sind eine häufige Ursache für Enttäuschungen.

Überprüfen Sie das Ziel regelmäßig. Wenn sich die Lage vor Ort verändert, darf sich auch das Netzwerk neu ausrichten – solange alle diesen Schritt gemeinsam gehen.""",
        "keywords": "Netzwerkziel, Ziel, Ziele, Erfolgsfaktor, Erfolgsfaktoren, Erwartungen, "
        "Ressourcen, Vernetzung, gemeinsam, Leitbild",
        "related": [
            "netzwerk-strukturen-koordination",
            "phasen-der-vernetzung",
            "kontakte-pflegen-vertrauen",
        ],
    },
    {
        "slug": "netzwerk-strukturen-koordination",
        "category": "vernetzung",
        "question": "Braucht ein Netzwerk feste Strukturen und eine Koordinatorin oder einen Koordinator?",
        "answer": """\
Ja. Netzwerke scheitern selten am guten Willen, häufiger an unklaren Absprachen. Zwei Erfolgsfaktoren hängen eng zusammen:

**Klare Strukturen:** Vereinbaren Sie, wie oft und in welcher Form Sie sich treffen – je nach Vorhaben wöchentlich, monatlich oder vierteljährlich. In den Sitzungen werden nächste Schritte beschlossen, Aufgaben verteilt und in einem Protokoll festgehalten. Wer sich an die vereinbarten Strukturen hält, schafft Verlässlichkeit.

**Koordination:** Eine Person sollte die Fäden in der Hand halten. Die Koordinatorin oder der Koordinator
- lädt zu Sitzungen ein und stimmt Termine ab,
- verteilt Aufgaben und behält im Blick, ob sie erledigt werden,
- gibt Informationen an alle Partner weiter,
- sorgt dafür, dass das gemeinsame Ziel nicht aus dem Blick gerät.

Koordinieren heißt nicht bestimmen: Alle Partner sind gleich wichtig und arbeiten auf Augenhöhe zusammen. Weil diese Aufgabe viel Zeit kostet, lohnt es sich, eine Koordinationsstelle über Fördermittel oder kommunale Unterstützung abzusichern.""",
        "keywords": "Koordination, Koordinator, Koordinatorin, Struktur, Strukturen, Sitzung, "
        "Protokoll, Organisation, Netzwerk, Erfolgsfaktoren",
        "related": [
            "netzwerkziele-festlegen",
            "netzwerktreffen-arbeitsgruppen",
            "netzwerk-verbindlich-machen",
        ],
    },
    {
        "slug": "kontakte-pflegen-vertrauen",
        "category": "vernetzung",
        "question": "Wie halten wir ein Netzwerk dauerhaft lebendig?",
        "answer": """\
Ein Netzwerk lebt von regelmäßigem Kontakt. Wer sich nur meldet, wenn er etwas braucht, verliert Partner schnell. Bewährt haben sich:

- **Kontakte pflegen:** Je regelmäßiger Sie sich austauschen, desto aktiver bleibt das Netzwerk – auch zwischen den Sitzungen, etwa mit einem kurzen Anruf oder einer Einladung zu Ihrem Fest.
- **Geben und Nehmen:** Unterstützen Sie Partner bei deren Veranstaltungen. Erfolgreiche Kontakte beruhen auf Gegenseitigkeit.
- **In Gruppen engagieren:** Foren, Arbeitskreise und Gremien sind gute Orte, um sich vorzustellen und neue Kontakte zu knüpfen. Werden Sie aber nur dort Mitglied, wo Sie sich auch einbringen können – Qualität vor Menge.
- **Sichtbar sein:** Eine eigene Internetseite oder ein Blog ermöglicht es Interessierten, sich über Ihre Arbeit zu informieren.
- **Vertrauen aufbauen:** Halten Sie Zusagen ein und gehen Sie offen mit Problemen um.
- **Kontinuität sichern:** Wechseln die Ansprechpersonen ständig, geht Wissen verloren. Sorgen Sie für Übergaben und Vertretungen.

Achten Sie außerdem auf die Unabhängigkeit des Netzwerks und bleiben Sie flexibel: Wer auf unerwartete Veränderungen schnell reagieren kann, bleibt handlungsfähig.""",
        "keywords": "Kontakte, Kontaktpflege, Vertrauen, Kontinuität, lebendig, aktiv, Austausch, "
        "Erfolgsfaktoren, Netzwerkpflege, Netzwerk",
        "related": [
            "netzwerk-strukturen-koordination",
            "eigene-internetseite",
            "netzwerktreffen-arbeitsgruppen",
        ],
    },
    {
        "slug": "phasen-der-vernetzung",
        "category": "vernetzung",
        "question": "In welchen Phasen läuft der Aufbau eines Netzwerks ab?",
        "answer": """\
Vernetzung ist ein Prozess, der sich gut in fünf Phasen beschreiben lässt:

1. **Vorbereitung:** Die Initiatorinnen und Initiatoren formulieren das Kernziel und überlegen, wie es erreicht werden könnte. Dann recherchieren sie, welche Vereine, Verbände, Einrichtungen oder Einzelpersonen ähnliche Interessen haben.
2. **Kontaktaufnahme:** Die möglichen Partner werden angesprochen. Es geht ums Kennenlernen und den Austausch; wer am Ende wirklich mitmacht, ist noch offen.
3. **Sich organisieren:** Bei einem ersten gemeinsamen Treffen wird das Ziel einvernehmlich festgelegt, und die Partner planen erste Maßnahmen.
4. **Stabilisierung:** Der organisatorische Rahmen wird vereinbart, Zuständigkeiten werden verteilt und die Koordination geklärt. Zugleich setzen die Partner erste Maßnahmen gemeinsam um und werten sie aus.
5. **Formalisierung:** Abläufe, Verantwortlichkeiten, Regeln und Maßnahmen werden schriftlich festgehalten, etwa in einer Kooperationsvereinbarung oder in Protokollen.

In der Praxis überschneiden sich die Phasen, und manchmal geht es einen Schritt zurück. Planen Sie genügend Zeit ein: Vertrauensbildung, Arbeitsplanung, personelle Kontinuität und eine zeitliche Perspektive sind Voraussetzungen für eine tragfähige Kooperation.""",
        "keywords": "Phasen, Prozess, Netzwerkaufbau, Netzwerk aufbauen, Schritte, Ablauf, "
        "Vorbereitung, Kontaktaufnahme, Stabilisierung, Formalisierung",
        "related": [
            "netzwerkziele-festlegen",
            "netzwerk-verbindlich-machen",
            "kooperationspartner-finden",
        ],
    },
    {
        "slug": "netzwerk-verbindlich-machen",
        "category": "vernetzung",
        "question": "Wie machen wir Absprachen in einem Netzwerk verbindlich?",
        "answer": """\
Solange ein Netzwerk nur auf mündlichen Zusagen beruht, hängt es an einzelnen Personen. Schriftliche Vereinbarungen schaffen Verbindlichkeit und erleichtern neuen Partnern den Einstieg.

Mögliche Instrumente, von leicht bis formell:
- **Protokolle und To-do-Listen:** Für viele lockere Netzwerke reicht es, Beschlüsse, Zuständigkeiten und Fristen nach jedem Treffen festzuhalten und zu verschicken.
- **Bereitschaftserklärungen:** Jede Organisation erklärt schriftlich, dass sie mitwirkt und welche Beiträge sie leistet.
- **Geschäftsordnung:** Sie regelt Mitgliedschaft, Sitzungsrhythmus, Entscheidungsverfahren, Sprecherrollen und den Umgang mit Konflikten.
- **Kooperationsvertrag:** Bei gemeinsamen Förderprojekten oder Geldflüssen zwischen Partnern ist ein Vertrag sinnvoll, der Aufgaben, Budgetanteile und Haftung festlegt.

Dokumentieren Sie vor allem Abläufe, Verantwortlichkeiten, Regeln und vereinbarte Maßnahmen. Prüfen Sie die Vereinbarungen etwa einmal im Jahr: Passen sie noch zur Praxis? Verbindlichkeit soll die Zusammenarbeit tragen, nicht lähmen.""",
        "keywords": "Verbindlichkeit, verbindlich, Kooperationsvereinbarung, Geschäftsordnung, "
        "Vertrag, Protokoll, Formalisierung, Regeln, Absprachen",
        "related": ["phasen-der-vernetzung", "netzwerk-strukturen-koordination", "traegerschaft"],
    },
    {
        "slug": "netzwerktreffen-arbeitsgruppen",
        "category": "vernetzung",
        "question": "Wie organisiert man Netzwerktreffen und Arbeitsgruppen in einem städtischen Integrationsnetzwerk?",
        "answer": """\
In vielen Städten haben sich Integrationsnetzwerke bewährt, in denen Ämter, Träger, Vereine, Migrantenorganisationen, Unternehmen und Einzelpersonen zusammenarbeiten. Oft entstehen sie aus einem runden Tisch, weil sich Angebote überschneiden, andere fehlen und niemand den Überblick hat.

Typische Bausteine:
- **Netzwerktagungen:** Mehrmals im Jahr, etwa alle zwei Monate, kommen alle Akteure zusammen. Neue Projekte stellen sich vor, Neuigkeiten werden ausgetauscht, Angebote abgestimmt und Fortbildungen angeboten.
- **Arbeitsgruppen:** Ständige und zeitweilige Gruppen bearbeiten Themen wie Sprache, Veranstaltungen, Arbeitsmarkt oder Jugend und berichten in den Tagungen.
- **Geschäfts- oder Kontaktstelle:** Eine feste Anlaufstelle koordiniert, lädt ein, hält die Übersicht über Angebote und ist für Zugewanderte wie für Vereine ansprechbar.
- **Gemeinsame Aufgaben:** Integrationslotsen, ein Patenschaftsnetz, abgestimmte Maßnahmen und gemeinsame Förderanträge.

Bewährt hat sich, dass die Kommune beauftragt und finanziert, während ein freier Träger die Geschäftsstelle führt. Beiräte und Integrationsbeauftragte sollten fest eingebunden sein.""",
        "keywords": "Netzwerktreffen, Netzwerktagung, Arbeitsgruppe, Arbeitskreis, runder Tisch, "
        "Geschäftsstelle, Kontaktstelle, Anlaufstelle, Integrationsnetzwerk, Stadt",
        "related": [
            "netzwerk-strukturen-koordination",
            "kommunales-integrationsmanagement",
            "patenschaften-aufbauen",
        ],
    },
    {
        "slug": "kommunales-integrationsmanagement",
        "category": "vernetzung",
        "question": "Was macht ein kommunales Integrationsmanagement und wie können Initiativen davon profitieren?",
        "answer": """\
Viele Landkreise und kreisfreie Städte haben Stellen für Integrationsmanagement oder Integrationskoordination eingerichtet, häufig mit Unterstützung des Landes. Ihre Aufgabe ist es, Integration als Querschnittsaufgabe zu steuern, statt sie einem einzelnen Amt zu überlassen.

Typische Aufgaben:
- ämterübergreifende Arbeitsgruppen innerhalb der Verwaltung leiten,
- ein Integrationskonzept mit Leitbild, Zielen und Maßnahmenplan erarbeiten und fortschreiben,
- Angebote erfassen, mit dem Bedarf vergleichen und Lücken schließen,
- haupt- und ehrenamtliche Akteure vernetzen, etwa in einem Netzwerk für Integration,
- Regelangebote kultur- und sprachsensibel öffnen, zum Beispiel mit mehrsprachigen Infomaterialien oder Dolmetscherangeboten,
- Begegnungsformate anstoßen und Projekte von Vereinen beraten oder mitfinanzieren.

Für Initiativen und Migrantenorganisationen ist das Integrationsmanagement eine wichtige Anlaufstelle: Es kennt Fördermöglichkeiten, vermittelt Kooperationspartner und trägt Anliegen in Verwaltung und Politik. Erfolgreich ist es vor allem dann, wenn die Spitze von Landkreis oder Stadt die Arbeit sichtbar unterstützt. Stellen Sie sich und Ihr Projekt dort frühzeitig vor.""",
        "keywords": "Integrationsmanagement, Integrationsmanager, Integrationskoordination, Kommune, "
        "Landkreis, Verwaltung, Integrationsbeauftragte, Integrationskonzept, Steuerung",
        "related": [
            "kommunaler-selbstcheck",
            "netzwerktreffen-arbeitsgruppen",
            "finanzielle-unterstuetzung-finden",
        ],
    },
    {
        "slug": "interessen-gemeinsam-vertreten",
        "category": "vernetzung",
        "question": "Wie können Migrantenorganisationen im Netzwerk ihre Interessen gegenüber Politik und Verwaltung vertreten?",
        "answer": """\
Einzelne Vereine finden bei Entscheidungsträgern oft wenig Gehör. Gemeinsam haben Migrantenselbstorganisationen mehr Gewicht und können ihre Erfahrungen aus der Praxis wirksamer einbringen.

Ansatzpunkte:
- **Gemeinsame Positionen:** Formulieren Sie im Netzwerk abgestimmte Anliegen, etwa zu Räumen, Förderrichtlinien oder Sprachkursen. Ein gemeinsames Papier wirkt stärker als viele Einzelbriefe.
- **Gremien nutzen:** Integrations- und Ausländerbeiräte, Ausschüsse, runde Tische und Begleitgremien von Förderprogrammen bieten Mitsprache. Werben Sie auch für die Beteiligung an Beiratswahlen.
- **Persönliche Kontakte:** Wer Menschen an wichtigen Schaltstellen kennt, etwa in Verwaltung, Politik oder Stiftungen, überwindet bürokratische Hürden leichter.
- **Dachverbände:** Auf Landes- und Bundesebene vertreten Verbände von Migrantenorganisationen die Interessen ihrer Mitglieder und bieten Plattformen für Austausch.
- **Öffentlichkeit:** Sichtbare Aktionen und gute Pressearbeit verschaffen Anliegen Aufmerksamkeit.

Wichtig ist, dass sich die Partner auf Augenhöhe begegnen und das Netzwerk unabhängig bleibt. Nur dann können alle Beteiligten seine Positionen mittragen.""",
        "keywords": "Interessenvertretung, Lobbyarbeit, Politik, Verwaltung, Beirat, "
        "Integrationsbeirat, Mitsprache, Teilhabe, MSO, Migrantenorganisation",
        "related": [
            "vorteile-vernetzung",
            "professionalisierung-mso",
            "kommunales-integrationsmanagement",
        ],
    },
]

SYNONYMS = [
    ["flüchtlinge", "flüchtling", "flüchtlingen", "geflüchtete", "geflüchteten", "schutzsuchende"],
    ["geld", "finanzierung", "förderung", "fördermittel", "zuschuss"],
    ["ehrenamtliche", "ehrenamtlichen", "freiwillige", "freiwilligen", "engagierte"],
    ["verein", "ev", "träger"],
    ["dolmetscher", "sprachmittler", "übersetzer", "sprachmittlung"],
    ["versicherung", "haftpflicht", "unfallversicherung"],
    ["migrantenorganisation", "migrantenselbstorganisation", "mso"],
    ["werbung", "öffentlichkeitsarbeit", "pressearbeit"],
    ["fortbildung", "weiterbildung", "schulung", "qualifizierung"],
    ["netzwerk", "vernetzung", "kooperation"],
    ["kinder", "jugendliche"],
    ["zuwanderer", "zugewanderte", "migranten", "migrantinnen"],
    ["konzert", "auftritt", "aufführung"],
    ["website", "homepage", "internetseite", "webseite"],
    ["spenden", "sponsoring", "sponsoren"],
    ["gründen", "gründung", "vereinsgründung"],
]
