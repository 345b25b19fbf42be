"""Demo content for the forum: boards, demo members, and conversations among them.

Every person here is invented and plainly marked "(Demo)"; so are their words, and their
e-mail addresses use example.org. What they talk about follows the portal's source
documents: a national portal for music and integration, the programme "Weltoffene
Kommune", a talk on networks of migrant organisations, Erfurt's integration network, and
the success stories of Thuringian municipalities in the programme ThILIK. Real people named
in those sources never speak here; real places and programmes appear only as facts.

Topics are plain data. Each post is ``(author e-mail, hours after the topic was started,
Markdown text)``; the topic starts ``days_ago`` days before the demo is loaded.
"""

from __future__ import annotations

from textwrap import dedent

from portal.demo import DemoUser


def _md(text: str) -> str:
    """Markdown written indented in this file, without the indentation."""
    return dedent(text).strip()


# The portal's demo users who take part in the forum (see portal/demo.py).
MARA = "mitglied@example.org"  # choir volunteer in Jena
JONAS = "moderation@example.org"  # moderator
TAREK = "koordination@example.org"  # coordinator of an integration network
SELIN = "redaktion@example.org"  # editor of the portal

# The forum's own demo members.
LENA = "kommune@example.org"
FATOU = "verein@example.org"
DARIUSZ = "musikschule@example.org"
AYLIN = "beratung@example.org"

# Someone who has applied and waits for a moderator's decision.
NOAH = "bewerbung@example.org"

MODERATOR = JONAS

USERS = [
    DemoUser(
        LENA,
        "Lena Entwurf (Demo)",
        "Landratsamt Musterkreis, Stabsstelle Integration (Demo)",
        "Kommunale Integrationsmanagerin",
        "16071",
    ),
    DemoUser(
        FATOU,
        "Fatou Vorlage (Demo)",
        "Brückenverein Beispielstadt – Migrantenorganisation e. V. (Demo)",
        "Vorsitzende",
        "05116",
    ),
    DemoUser(
        DARIUSZ,
        "Dariusz Platzhalter (Demo)",
        "Musikschule Beispielhausen, Projekt Klangbrücke (Demo)",
        "Musikpädagoge und Projektleitung",
        "05315",
    ),
    DemoUser(
        AYLIN,
        "Aylin Testfeld (Demo)",
        "Migrationsberatung Beispielträger e. V. (Demo)",
        "Migrationsberaterin",
        "16052",
    ),
    DemoUser(
        NOAH,
        "Noah Anfrage (Demo)",
        "SV Beispieldorf 1921 e. V. (Demo)",
        "Jugendwart, Integration durch Sport",
        "16070",
    ),
]

# Approved members and what they wrote when they applied.
MEMBERS = {
    MARA: "Unser Chor singt mit Menschen aus zwölf Ländern. Ich möchte mich mit anderen "
    "Projekten austauschen, wie wir neue Sängerinnen und Sänger erreichen.",
    JONAS: "Ich moderiere das Forum und möchte ansprechbar sein, wo Fragen entstehen.",
    TAREK: "Ich koordiniere ein städtisches Netzwerk für Integration und suche den Austausch "
    "mit anderen Netzwerken über Arbeitsgruppen, Treffen und Verstetigung.",
    SELIN: "Aus der Redaktion: Ich möchte mitbekommen, welche Fragen die Praxis bewegen, "
    "damit FAQ und Porträts sie aufgreifen.",
    LENA: "Ich baue im Landkreis das Integrationsmanagement und ein Netzwerk Integration auf "
    "und möchte von den Erfahrungen anderer Kommunen lernen.",
    FATOU: "Unser Verein möchte mit anderen Migrantenorganisationen ein lokales Netzwerk "
    "gründen. Ich suche Menschen, die das schon einmal gemacht haben.",
    DARIUSZ: "Ich leite eine offene Bandwerkstatt für Jugendliche mit und ohne Fluchtgeschichte "
    "und brauche Rat zu Förderung und Methoden.",
    AYLIN: "Ich berate Zugewanderte in einer Migrationsberatungsstelle und möchte Erfahrungen "
    "zu Behördenwegen, Ausbildung und Begegnungsangeboten teilen.",
}

APPLICANT = NOAH
APPLICANT_MOTIVATION = (
    "Unser Sportverein möchte mehr Kinder und Jugendliche aus zugewanderten Familien "
    "erreichen. Ich würde gern von Projekten lernen, die mit Vereinen, Schulen und "
    "Unterkünften zusammenarbeiten."
)

BOARDS = [
    {
        "slug": "projektpraxis",
        "name": "Projektpraxis",
        "description": "Konzepte, Zielgruppen erreichen, Ehrenamt organisieren: Erfahrungen "
        "aus laufenden Projekten.",
        "position": 1,
    },
    {
        "slug": "finanzierung-und-foerderung",
        "name": "Finanzierung und Förderung",
        "description": "Förderprogramme, Anträge, Eigenanteile und der Weg von der "
        "Projektförderung zur dauerhaften Finanzierung.",
        "position": 2,
    },
    {
        "slug": "recht-und-aufenthalt",
        "name": "Recht und Aufenthalt",
        "description": "Erfahrungen mit Behörden, Aufenthalt, Ausbildung und Alltagsrecht. "
        "Keine Rechtsberatung im Einzelfall.",
        "position": 3,
    },
    {
        "slug": "vernetzung",
        "name": "Vernetzung",
        "description": "Netzwerke aufbauen und pflegen, Partner finden, Migrantenorganisationen "
        "stärken. Hier können Sie sich auch vorstellen.",
        "position": 4,
    },
    {
        "slug": "kultur-und-musik",
        "name": "Kultur und Musik",
        "description": "Singen, musizieren, kochen, feiern: Begegnungsformate und ihre Methoden.",
        "position": 5,
    },
    {
        "slug": "kommunen",
        "name": "Kommunen",
        "description": "Integrationsmanagement, Selbstchecks, Konzepte und Öffentlichkeitsarbeit "
        "in Städten, Gemeinden und Landkreisen.",
        "position": 6,
    },
]

TOPICS = [
    # --- Projektpraxis ------------------------------------------------------------------
    {
        "board": "projektpraxis",
        "title": "Willkommen im Forum – bitte zuerst lesen",
        "days_ago": 55,
        "pinned": True,
        "posts": [
            (
                JONAS,
                0,
                _md("""
                Herzlich willkommen im geschützten Forum des Portals!

                Hier tauschen sich Menschen aus, die Integrationsarbeit tragen: Ehrenamtliche
                und Vereine, Migrantenorganisationen, kommunale Integrationsmanager*innen und
                Netzwerkkoordinationen. Damit das gut gelingt, ein paar Regeln:

                - **Freundlich bleiben.** Ob Sie duzen oder siezen, entscheiden Sie selbst –
                  der Ton bleibt respektvoll.
                - **Keine personenbezogenen Daten** von Teilnehmenden oder Ratsuchenden.
                  Schildern Sie Fälle so, dass niemand erkennbar ist.
                - **Keine Rechtsberatung im Einzelfall.** Erfahrungen teilen ist ausdrücklich
                  erwünscht; verbindliche Auskünfte geben Migrationsberatung und Anwält*innen.
                - **Das passende Unterforum wählen** und einen aussagekräftigen Titel vergeben.
                  Vor dem Fragen lohnt ein Blick in die Suche und ins FAQ.
                - Beiträge, die gegen die Regeln verstoßen, bitte **melden** statt kommentieren.

                Neu hier? Stellen Sie sich gern im Bereich *Vernetzung* kurz vor: wer Sie sind,
                woran Sie arbeiten und wonach Sie suchen.
                """),
            ),
            (
                MARA,
                5,
                _md("""
                Danke für die klaren Regeln! Eine Frage dazu: Dürfen wir hier Fotos von unseren
                Chorproben zeigen, wenn alle einverstanden sind?
                """),
            ),
            (
                JONAS,
                7,
                _md("""
                Bilder lassen sich im Forum nicht hochladen. Wer sein Projekt mit Fotos zeigen
                möchte, kann ein Projektporträt anlegen; das sieht sich vor der Veröffentlichung
                die Redaktion an.

                Grundsätzlich gilt: nur mit Einwilligung der abgebildeten Menschen. Bei
                Geflüchteten sind Motive ohne erkennbare Gesichter – Hände am Instrument,
                Notenblätter, der Raum – oft die bessere Wahl.
                """),
            ),
            (
                AYLIN,
                30,
                _md("""
                Danke auch von mir. Den Punkt mit der Rechtsberatung finde ich besonders
                wichtig: Gerade beim Aufenthaltsrecht kann ein gut gemeinter Tipp viel Schaden
                anrichten. Ich schaue gern im Bereich *Recht und Aufenthalt* vorbei und
                erzähle, was ich aus der Beratung kenne.
                """),
            ),
        ],
    },
    {
        "board": "projektpraxis",
        "title": "Wie erreichen wir Menschen in Gemeinschaftsunterkünften?",
        "days_ago": 48,
        "posts": [
            (
                MARA,
                0,
                _md("""
                Hallo zusammen,

                unser Chor probt einmal pro Woche im Gemeindehaus, und wir würden gern mehr
                Menschen aus der Gemeinschaftsunterkunft am Stadtrand dabeihaben. Aushänge gibt
                es in fünf Sprachen, der Sozialdienst der Unterkunft weiß Bescheid – trotzdem
                kommen höchstens zwei oder drei Leute, und meist nicht ein zweites Mal.

                Was hat bei Ihnen funktioniert? Liegt es an der Uhrzeit, am Weg, an uns?
                """),
            ),
            (
                AYLIN,
                4,
                _md("""
                Aus der Beratung kann ich sagen: Aushänge werden kaum gelesen, egal in welcher
                Sprache. Was wirkt, ist persönliche Ansprache, am besten durch jemanden, den die
                Leute schon kennen. Fragen Sie doch, ob jemand, der schon einmal da war, beim
                nächsten Mal Bekannte mitbringt.

                Und kommen Sie selbst vorbei, zum Beispiel mit zwei, drei Liedern im
                Gemeinschaftsraum. Wer Sie einmal erlebt hat, traut sich eher ins Gemeindehaus.
                """),
            ),
            (
                LENA,
                9,
                _md("""
                Wir haben im Landkreis gute Erfahrungen damit gemacht, Angebote direkt *in* die
                Unterkünfte zu bringen, statt nur einzuladen. Gerade bei abgelegenen Unterkünften
                ist der Weg oft das eigentliche Hindernis: kein Busticket, unklare Verbindung,
                abends keine Rückfahrt.

                Zwei Dinge würde ich empfehlen:

                1. Eine Schnupperprobe vor Ort, am besten kurz nachdem neue Bewohner*innen
                   eingezogen sind.
                2. Eine Begleitung für den Weg: Beim ersten Mal holt jemand aus dem Chor die
                   Leute an der Haltestelle ab.
                """),
            ),
            (
                DARIUSZ,
                27,
                _md("""
                Bei uns hat die Uhrzeit viel ausgemacht. Abends nach 19 Uhr kamen kaum Familien,
                weil die Kinder ins Bett müssen und niemand sie allein lassen will. Seit wir
                samstags um 15 Uhr spielen und es eine Spielecke für die Kleinen gibt, ist die
                Gruppe deutlich gemischter. Vielleicht ist das bei Ihnen auch ein Thema?
                """),
            ),
            (
                MARA,
                50,
                _md("""
                Vielen Dank für die Anregungen! Wir probieren es jetzt so: Im nächsten Monat
                singen wir zweimal im Gemeinschaftsraum der Unterkunft, und zwei Chormitglieder
                holen Interessierte an der Haltestelle ab. Den Samstagstermin nehme ich mit in
                die nächste Vorstandssitzung. Ich berichte, wie es gelaufen ist.
                """),
            ),
        ],
    },
    {
        "board": "projektpraxis",
        "title": "Ehrenamtliche halten – was hilft gegen das Ausbrennen?",
        "days_ago": 40,
        "posts": [
            (
                FATOU,
                0,
                _md("""
                In unserem Verein tragen fünf, sechs Leute fast alles: Hausaufgabenhilfe,
                Begleitung zu Ämtern, das Sommerfest, die Anträge. Zwei davon haben mir letzte
                Woche gesagt, dass sie nicht mehr können. Ich verstehe das gut – mir geht es
                manchmal genauso.

                Wie verteilen Sie die Arbeit in Ihren Gruppen? Und wie gewinnen Sie neue
                Ehrenamtliche, ohne dass die erfahrenen noch mehr zu tun bekommen, weil sie alle
                einarbeiten müssen?
                """),
            ),
            (
                TAREK,
                6,
                _md("""
                Das Problem kennen wir im Netzwerk gut. Was bei uns geholfen hat:

                - **Klar umrissene Aufgaben** statt „mach doch mit“. Eine Patenschaft für eine
                  Familie über sechs Monate sagt man leichter zu als eine offene Mitarbeit.
                - **Einarbeitung bündeln:** Neue Integrationslotsen, Patinnen und Paten bekommen
                  eine gemeinsame Schulung statt einzelner Einweisungen.
                - **Austausch unter den Ehrenamtlichen**, einmal im Monat und ohne
                  Tagesordnung. Das klingt nach einem Termin mehr, entlastet aber spürbar.
                """),
            ),
            (
                MARA,
                20,
                _md("""
                Bei uns im Chor hat es geholfen, offen zu sagen, dass man auch wieder aufhören
                darf. Seit wir Aufgaben nur noch für ein Halbjahr vergeben, melden sich mehr
                Leute – und die meisten verlängern dann doch.
                """),
            ),
            (
                SELIN,
                31,
                _md("""
                Ein Hinweis aus der Redaktion: Im FAQ gibt es Einträge dazu, wie man
                Patenschaften aufbaut und wie man Teilnehmende und Helfende hält. Wenn Ihnen dort
                etwas fehlt, schreiben Sie es gern hier – wir sammeln solche Hinweise für die
                nächste Überarbeitung.
                """),
            ),
            (
                FATOU,
                53,
                _md("""
                Vielen Dank Ihnen allen! Die befristeten Aufgaben gefallen mir sehr. Wir
                probieren im nächsten Halbjahr feste Zusagen für drei Monate und einen
                Stammtisch für alle Aktiven. Ich erzähle gern, ob es etwas bringt.
                """),
            ),
        ],
    },
    # --- Finanzierung und Förderung -----------------------------------------------------
    {
        "board": "finanzierung-und-foerderung",
        "title": "Förderung für ein Musikprojekt mit Geflüchteten – wo fange ich an?",
        "days_ago": 45,
        "posts": [
            (
                DARIUSZ,
                0,
                _md("""
                Hallo in die Runde,

                an unserer Musikschule läuft seit einem halben Jahr eine offene Bandwerkstatt
                für Jugendliche mit und ohne Fluchtgeschichte, bisher ehrenamtlich und mit
                Leihinstrumenten. Jetzt möchten wir das auf feste Füße stellen: Honorare für
                zwei Dozent*innen, ein paar eigene Instrumente, Fahrtkosten für die
                Jugendlichen.

                Ich habe noch nie einen Förderantrag geschrieben. Wo fange ich an – Kommune,
                Land, Stiftung? Und wie viel Eigenanteil ist üblich?
                """),
            ),
            (
                SELIN,
                3,
                _md("""
                Ein guter Anfang ist das FAQ hier im Portal, Bereich *Finanzierung und
                Förderung*. Kurz zusammengefasst:

                - **Kommune:** Kulturamt oder Integrationsbeauftragte fragen. Oft gibt es kleine
                  Töpfe für Vereine, die schnell und unbürokratisch helfen.
                - **Land:** Landesmusikräte und Landesprogramme für Kultur oder Integration
                  fördern solche Vorhaben regelmäßig; die Fristen sind sehr unterschiedlich.
                - **Stiftungen:** Bürgerstiftungen und Sparkassenstiftungen sind für Beträge im
                  vierstelligen Bereich oft die beste Adresse.

                Schauen Sie sich auch die Projektporträts an: Bei vielen steht, wie sie
                finanziert werden.
                """),
            ),
            (
                LENA,
                22,
                _md("""
                Ein Tipp aus kommunaler Sicht: Melden Sie sich vor dem Antrag bei der
                Integrationskoordination Ihrer Stadt oder Ihres Kreises. Wir wissen meist,
                welche Programme gerade offen sind, und können manchmal Partner vermitteln.

                Bei uns in Thüringen werden zum Beispiel Projekte im Rahmen der Interkulturellen
                Woche gefördert, und über das Landesprogramm „Solidarisches Zusammenleben der
                Generationen“ (LSZ) sind auch Vorhaben für sozial benachteiligte Gruppen
                möglich. In NRW sieht das natürlich anders aus, aber die Frage lohnt sich
                überall.
                """),
            ),
            (
                MARA,
                30,
                _md("""
                Zum Eigenanteil: Bei kleinen Stiftungsanträgen haben bei uns oft zehn Prozent
                gereicht, und ehrenamtliche Stunden durften teilweise angerechnet werden. Fragen
                Sie das unbedingt vorher nach – das ist von Geldgeber zu Geldgeber verschieden.
                """),
            ),
            (
                DARIUSZ,
                74,
                _md("""
                Herzlichen Dank! Ich habe jetzt einen Termin beim Kulturamt und schreibe
                parallel eine kurze Projektskizze für unsere Bürgerstiftung. Wenn es klappt,
                lege ich gern ein Porträt an.
                """),
            ),
        ],
    },
    {
        "board": "finanzierung-und-foerderung",
        "title": "Förderung läuft aus – wie haben Sie Angebote verstetigt?",
        "days_ago": 33,
        "posts": [
            (
                TAREK,
                0,
                _md("""
                Eine Frage, die uns im Netzwerk gerade umtreibt: Viele gute Angebote laufen als
                Projekte über zwei oder drei Jahre – und danach ist Schluss, obwohl der Bedarf
                bleibt.

                Das Erfurter Netzwerk für Integration hatte selbst so einen Start: 1999 als
                Modellprojekt gegründet, drei Jahre von Bund und Stadt finanziert, danach hat
                die Stadt die Finanzierung übernommen. Selbstverständlich war das nicht.

                Wie ist es bei Ihnen gelaufen? Was hat Politik und Verwaltung überzeugt, eine
                Stelle oder ein Angebot dauerhaft zu übernehmen?
                """),
            ),
            (
                LENA,
                8,
                _md("""
                Bei uns hat vor allem geholfen, von Anfang an Zahlen zu sammeln: Wie viele
                Menschen erreichen wir, welche Anfragen kommen, was wäre ohne das Angebot liegen
                geblieben? Einmal im Jahr gab es dazu einen kurzen Bericht im Sozialausschuss.

                In Thüringen gibt es außerdem Landkreise, die ihre Netzwerkstelle für
                Integration inzwischen unbefristet und ohne Fördervorbehalt im Landratsamt
                eingerichtet haben. Solche Beispiele sind ein gutes Argument in den eigenen
                Haushaltsberatungen.
                """),
            ),
            (
                AYLIN,
                26,
                _md("""
                Ein Beispiel, das ich kenne: Eine interkulturelle Jugendbegleitung an fünf
                Regelschulen lief zunächst neun Monate als Projekt und wurde dann über eine
                Landesrichtlinie zur Beratung und Betreuung anerkannter Flüchtlinge
                weitergeführt – weil die Schulen sehr deutlich gesagt haben, dass sie nicht mehr
                darauf verzichten wollen. Die Stimme der Einrichtungen, die davon profitieren,
                wiegt oft mehr als jeder Bericht.
                """),
            ),
            (
                FATOU,
                47,
                _md("""
                Aus Sicht eines kleinen Vereins möchte ich ergänzen: Ehrenamt allein trägt eine
                anspruchsvolle Netzwerkarbeit auf Dauer nicht. Wir brauchen wenigstens ein paar
                bezahlte Stunden pro Woche für die Koordination, sonst bleibt alles an denselben
                Leuten hängen. Das sage ich inzwischen in jedem Gespräch mit der Stadt offen.
                """),
            ),
            (
                TAREK,
                70,
                _md("""
                Danke, das sind sehr hilfreiche Erfahrungen. Ich fasse für mich zusammen:

                1. Wirkung früh und regelmäßig dokumentieren.
                2. Die Einrichtungen, die profitieren, selbst sprechen lassen.
                3. Koordination als eigene Aufgabe benennen und einplanen, nicht „nebenbei“.

                Ein Satz aus unserer Steuerungsrunde passt gut dazu:

                > Ein Angebot wird selten verstetigt, weil es gut ist, sondern weil jemand
                > rechtzeitig zeigt, dass es fehlen würde.

                Das nehme ich so in die nächste Netzwerktagung mit.
                """),
            ),
        ],
    },
    # --- Recht und Aufenthalt -----------------------------------------------------------
    {
        "board": "recht-und-aufenthalt",
        "title": "Wohnsitzregelung und Ausbildungsplatz in einem anderen Bundesland",
        "days_ago": 37,
        "posts": [
            (
                AYLIN,
                0,
                _md("""
                Eine Frage an alle, die Geflüchtete bei der Ausbildungssuche begleiten: Ein
                junger Mann aus unserer Beratung hat einen Ausbildungsplatz in einem anderen
                Bundesland gefunden, hat aber noch eine Wohnsitzregelung für unseren Landkreis.

                Soweit ich weiß, kann die Auflage in so einem Fall aufgehoben werden. Mich
                interessiert die Praxis: Wie lange hat das bei Ihnen gedauert, und welche
                Unterlagen wollte die Ausländerbehörde sehen? Die Ausbildung beginnt in sechs
                Wochen.
                """),
            ),
            (
                LENA,
                5,
                _md("""
                Aus der Verwaltung: Bei uns reicht in der Regel der unterschriebene
                Ausbildungsvertrag, später ergänzt um die Meldebescheinigung am neuen Wohnort.
                Wichtig ist, dass die bisherige und die künftige Ausländerbehörde miteinander
                sprechen – rufen Sie am besten bei beiden an, statt auf den Postweg zu warten.
                Sechs Wochen sind knapp, aber machbar.
                """),
            ),
            (
                JONAS,
                6,
                _md("""
                Kurzer Hinweis der Moderation, weil es um einen Einzelfall geht: Bitte keine
                Details, die den jungen Mann erkennbar machen (Herkunft, Betrieb, Ort).
                Erfahrungen mit Abläufen und Unterlagen sind hier genau richtig; die
                verbindliche Prüfung übernimmt die Migrationsberatung, und die sitzt in diesem
                Fall ja schon mit am Tisch.
                """),
            ),
            (
                FATOU,
                29,
                _md("""
                Wir hatten letztes Jahr einen ähnlichen Fall. Zeit gekostet hat uns, dass der
                Betrieb den Vertrag noch nicht bei der Kammer hatte eintragen lassen. Fragen Sie
                ruhig nach, ob die Eintragung schon läuft – mit der Bestätigung ging es danach
                sehr schnell.
                """),
            ),
            (
                AYLIN,
                120,
                _md("""
                Kurze Rückmeldung: Die Auflage ist aufgehoben, gut drei Wochen nach dem Antrag.
                Der Tipp mit dem Anruf bei beiden Behörden war Gold wert. Danke!
                """),
            ),
        ],
    },
    {
        "board": "recht-und-aufenthalt",
        "title": "Handyvertrag, Konto, Versicherung – wie vermitteln Sie Verbraucherwissen?",
        "days_ago": 26,
        "posts": [
            (
                LENA,
                0,
                _md("""
                In unseren Sprechstunden geht es erstaunlich oft nicht um Aufenthalt oder
                Arbeit, sondern um Verträge: ein Handyvertrag über 24 Monate, der im Laden
                „nebenbei“ unterschrieben wurde, eine Versicherung, die niemand braucht,
                Mahnungen, die keiner versteht.

                Hat jemand ein Format gefunden, das Menschen *vorher* erreicht und nicht erst,
                wenn die Forderung vom Inkassobüro da ist?
                """),
            ),
            (
                AYLIN,
                4,
                _md("""
                Gute Erfahrungen haben wir mit Infoabenden der Verbraucherzentrale gemacht –
                allerdings nicht im Amt, sondern in einem Nachbarschaftszentrum, in das die
                Leute ohnehin kommen. Seitdem sind die Abende voll. Im Amt saßen wir vorher zu
                dritt.
                """),
            ),
            (
                FATOU,
                11,
                _md("""
                Bei uns funktioniert es am besten in der eigenen Sprache. Ein Vereinsmitglied,
                das selbst einmal in eine Vertragsfalle geraten ist, erklärt beim monatlichen
                Treffen das Wichtigste: Laufzeit, Kündigungsfrist, Widerrufsrecht – und wann es
                eben *nicht* gilt, zum Beispiel bei einem Vertrag, der im Laden geschlossen
                wurde. Das glaubt man eher als einem Faltblatt.
                """),
            ),
            (
                TAREK,
                30,
                _md("""
                Im Netzwerk haben wir das Thema in die Integrationsseminare aufgenommen.
                Entscheidend war, dass die Sprachkursträger mitmachen: Eine Unterrichtsstunde
                im Kurs mit echten Beispielverträgen erreicht mehr Menschen als jede
                Abendveranstaltung.
                """),
            ),
            (
                LENA,
                52,
                _md("""
                Danke! Ich nehme beides mit: Veranstaltungen dorthin bringen, wo die Menschen
                schon sind, und Leute aus den Communities als Multiplikator*innen gewinnen. Ich
                frage bei unserer Verbraucherzentrale an, ob sie eine kleine Reihe in zwei
                Sprachkursen anbieten kann.
                """),
            ),
        ],
    },
    # --- Vernetzung ---------------------------------------------------------------------
    {
        "board": "vernetzung",
        "title": "Ein Netzwerk von Migrantenorganisationen gründen – wie sind Sie vorgegangen?",
        "days_ago": 52,
        "posts": [
            (
                FATOU,
                0,
                _md("""
                Hallo zusammen,

                in unserer Stadt gibt es mindestens zwölf Migrantenorganisationen:
                Kulturvereine, Elternvereine, Moscheegemeinden, einen Radioverein. Jede leistet
                gute Arbeit, aber jede für sich. Wir überlegen, ein gemeinsames Netzwerk
                aufzubauen, damit wir gegenüber der Stadt mit einer Stimme sprechen und Räume,
                Wissen und Kontakte teilen können.

                Hat jemand so etwas schon angestoßen? Womit fängt man an, damit es nicht nach
                zwei Treffen wieder einschläft?
                """),
            ),
            (
                TAREK,
                5,
                _md("""
                Sehr gute Idee! Nach unserer Erfahrung verläuft Vernetzung in Phasen, und es
                hilft, sie bewusst nacheinander anzugehen:

                1. **Vorbereitung:** Ein kleiner Kreis formuliert das Kernziel und schaut, wer
                   ähnliche Interessen hat.
                2. **Kontaktaufnahme:** Gespräche führen, sich kennenlernen. Wer am Ende
                   mitmacht, ist da noch offen.
                3. **Sich organisieren:** Beim ersten gemeinsamen Treffen das Ziel zusammen
                   festlegen und erste Schritte planen.
                4. **Stabilisierung:** Zuständigkeiten klären, vor allem: Wer koordiniert?
                5. **Formalisierung:** Abläufe und Regeln aufschreiben. Das muss kein Vertrag
                   sein; Protokolle und eine Aufgabenliste reichen oft.

                Der häufigste Fehler, den ich sehe: Man springt gleich zu Phase 5 und
                diskutiert eine Satzung, bevor klar ist, was man gemeinsam will.
                """),
            ),
            (
                SELIN,
                24,
                _md("""
                Falls Sie ein Vorbild suchen: Im Bundesverband NEMO haben sich 442
                Migrantenorganisationen in elf Städten zusammengeschlossen, über Herkunft und
                Kultur hinweg. Dort lohnt sich ein Blick darauf, wie lokale Verbünde und die
                Bundesebene zusammenarbeiten. Und in den Projektporträts finden Sie einige
                Vorhaben, die von solchen Verbünden getragen werden.
                """),
            ),
            (
                LENA,
                30,
                _md("""
                Ein Punkt aus kommunaler Sicht: Sprechen Sie die Integrationskoordination früh
                an, aber lassen Sie sich nicht vereinnahmen. Ein Netzwerk von
                Migrantenorganisationen lebt davon, dass es unabhängig bleibt und sich alle auf
                Augenhöhe begegnen. Wir können Räume, Kontakte und Hinweise auf Fördermittel
                beisteuern – die Tagesordnung sollte trotzdem bei Ihnen liegen.
                """),
            ),
            (
                AYLIN,
                49,
                _md("""
                Und ganz praktisch: Legen Sie einen festen Rhythmus fest, bevor Sie anfangen.
                Ein Treffen im Monat, immer am selben Wochentag, immer mit Protokoll. Das klingt
                banal, aber genau daran sind die meisten Anläufe gescheitert, die ich erlebt
                habe.
                """),
            ),
            (
                FATOU,
                75,
                _md("""
                Das hilft mir sehr, danke! Wir stehen gerade zwischen Phase 1 und 2. Im
                nächsten Monat lade ich zu einem ersten Kennenlernen ein – mit Tee und Gebäck,
                ganz ohne Satzung.
                """),
            ),
        ],
    },
    {
        "board": "vernetzung",
        "title": "Wie oft trifft sich Ihr Netzwerk – und was passiert dazwischen?",
        "days_ago": 30,
        "posts": [
            (
                LENA,
                0,
                _md("""
                Wir bauen gerade ein Netzwerk Integration im Landkreis auf: Jobcenter,
                Bildungsträger, Beratungsstellen, Wohnungsunternehmen, Ehrenamtliche. Zum
                ersten Treffen kamen über 30 Leute, zum dritten noch zwölf.

                Wie oft treffen sich Ihre Netzwerke in großer Runde? Und wie halten Sie die
                Arbeit zwischen den Treffen am Laufen?
                """),
            ),
            (
                TAREK,
                3,
                _md("""
                Bei uns wirken über 60 Akteure mit: Ämter, Vereine, Träger, Firmen und
                Einzelpersonen. Die große Runde trifft sich sechsmal im Jahr. Dort stellen sich
                neue Projekte vor, es gibt Neuigkeiten und Berichte aus den Arbeitsgruppen.

                Die eigentliche Arbeit passiert in den **Arbeitsgruppen**. Manche sind ständig,
                etwa zur Sprache, andere gibt es nur für eine bestimmte Aufgabe, danach lösen
                sie sich wieder auf. Sehr geholfen haben außerdem eine Geschäftsordnung und
                kurze Bereitschaftserklärungen der Mitglieder: Das schafft Verbindlichkeit,
                ohne bürokratisch zu werden.
                """),
            ),
            (
                AYLIN,
                20,
                _md("""
                Aus Sicht einer Teilnehmerin: Ich gehe zu Netzwerktreffen, wenn ich dort etwas
                erfahre, das ich sonst nicht erfahre, und jemanden treffe, den ich sonst
                anrufen müsste. Lange Präsentationen ohne Austausch sind der Grund, warum ich zu
                manchen Runden nicht mehr gehe.
                """),
            ),
            (
                JONAS,
                28,
                _md("""
                Eine Ergänzung: Nutzen Sie gern auch dieses Forum für Fragen zwischen den
                Treffen. Themen lassen sich abonnieren; dann bekommen alle, die mitlesen
                möchten, eine Mail, sobald jemand antwortet.
                """),
            ),
            (
                LENA,
                60,
                _md("""
                Vielen Dank, das bestätigt meinen Eindruck: weniger große Runden, mehr kleine
                Arbeitsgruppen. Wir starten jetzt mit den Arbeitskreisen „Wohnen“, „Bildung und
                Arbeit“ und „Gesellschaftliche Teilhabe“ und treffen uns als Gesamtnetzwerk
                viermal im Jahr.
                """),
            ),
        ],
    },
    {
        "board": "vernetzung",
        "title": "Mitmachtag mit Vereinen: Wie werden aus Gästen Mitglieder?",
        "days_ago": 20,
        "posts": [
            (
                DARIUSZ,
                0,
                _md("""
                Unsere Musikschule möchte im Herbst mit einigen Sport- und Kulturvereinen einen
                gemeinsamen Mitmachtag für Neuzugewanderte veranstalten: ausprobieren, Leute
                kennenlernen, im besten Fall dabeibleiben.

                Hat jemand so etwas schon organisiert? Mich interessiert vor allem, wie aus dem
                Fest auch Mitgliedschaften werden – und nicht nur ein schöner Nachmittag.
                """),
            ),
            (
                LENA,
                6,
                _md("""
                Ein Landkreis in Thüringen hat das sehr erfolgreich gemacht: ein interkulturelles
                Spiel- und Sportfest direkt an einer Gemeinschaftsunterkunft, während der
                Interkulturellen Woche. Es gab Stationen von Fußball über Tischtennis und Schach
                bis zu Trommeln und Tanz. Gekommen sind rund 500 Menschen, etwa drei Viertel
                davon mit Migrationsgeschichte – und am Ende standen 17 Neuanmeldungen in fünf
                Vereinen.

                Im Jahr darauf wurde daraus ein „Tag der Vereine“ in den beiden größten Städten
                des Kreises, eine Art Messe, auf der sich die Vereine vorstellen. Entscheidend
                war wohl die persönliche Ansprache vorab.
                """),
            ),
            (
                TAREK,
                10,
                _md("""
                Holen Sie unbedingt den Landessportbund ins Boot. Über das Programm
                „Integration durch Sport“ werden Vereine gefördert, die sich dafür besonders
                einsetzen, und dort weiß man oft genau, wo Plätze frei sind und wer
                Übungsleiter*innen mit passenden Sprachkenntnissen hat.
                """),
            ),
            (
                FATOU,
                25,
                _md("""
                Aus Sicht einer Migrantenorganisation: Laden Sie uns als Mitveranstalter ein,
                nicht nur als Gäste. Wenn jemand aus der eigenen Community am Stand steht und
                übersetzt, trauen sich viel mehr Familien, ihre Kinder anzumelden. Und sprechen
                Sie über die Beiträge – der Mitgliedsbeitrag ist für manche Familien eine echte
                Hürde.
                """),
            ),
            (
                MARA,
                40,
                _md("""
                Wir hatten als Chor letztes Jahr einen Stand bei so einem Tag. Unser Tipp:
                nicht nur Flyer verteilen, sondern gleich einen konkreten Termin nennen –
                „Nächsten Dienstag um 18 Uhr, ich warte am Eingang.“ Von den Leuten, die wir so
                eingeladen haben, kamen fast alle auch wirklich.
                """),
            ),
        ],
    },
    # --- Kultur und Musik ---------------------------------------------------------------
    {
        "board": "kultur-und-musik",
        "title": "Gemeinsam singen ohne gemeinsame Sprache – Ideen für die ersten Proben",
        "days_ago": 42,
        "posts": [
            (
                MARA,
                0,
                _md("""
                Hallo ihr Lieben,

                nach den Tipps im Thema zu den Gemeinschaftsunterkünften kommen bei uns jetzt
                tatsächlich neue Leute zur Probe – wunderbar! Nur stehe ich vor einer neuen
                Frage: Wie gestalte ich eine Probe, wenn wir kaum eine gemeinsame Sprache haben?
                Deutsch sprechen manche erst seit ein paar Wochen, Englisch hilft nur halb.

                Was sind eure Lieblingsübungen und -lieder für den Einstieg?
                """),
            ),
            (
                DARIUSZ,
                2,
                _md("""
                Oh, das kenne ich gut! Ein paar Dinge, die bei uns immer funktionieren:

                - **Vormachen und nachmachen** statt erklären: Rhythmen klatschen,
                  Bodypercussion, kurze Rufe, die die Gruppe wiederholt.
                - **Lieder mit wenig Text** oder mit Silben ohne Bedeutung – da ist niemand im
                  Vorteil.
                - **Kanons:** Sobald die Melodie sitzt, ist das ein echtes
                  Gemeinschaftserlebnis.

                Und zeig viel mit Händen und Gesicht. Einen Daumen nach oben versteht jede*r.
                """),
            ),
            (
                FATOU,
                9,
                _md("""
                Fragt die Neuen, welche Lieder sie von zu Hause kennen, und lasst sie euch eins
                beibringen. Bei uns war das der Moment, in dem aus Gästen Mitglieder wurden.
                Plötzlich waren die anderen diejenigen, die die Sprache nicht konnten – und
                alle haben gelacht.
                """),
            ),
            (
                SELIN,
                33,
                _md("""
                Was für ein schönes Thema! Wenn sich euer Chor so weiterentwickelt: Wir suchen
                für das Portal immer Projekte, die wir in einem Porträt vorstellen können. Ihr
                könnt eure Initiative selbst eintragen; die Redaktion sieht sie sich vor der
                Veröffentlichung an und meldet sich, falls etwas fehlt.
                """),
            ),
            (
                MARA,
                55,
                _md("""
                Danke euch! Das Lied von zu Hause probieren wir gleich nächste Woche aus. Eine
                Teilnehmerin hat schon ein Wiegenlied angekündigt – ich bin gespannt.
                """),
            ),
        ],
    },
    {
        "board": "kultur-und-musik",
        "title": "Kochabende als Begegnungsformat – trägt das auf Dauer?",
        "days_ago": 16,
        "posts": [
            (
                AYLIN,
                0,
                _md("""
                Wir überlegen, in unserem Stadtteil monatliche Kochabende anzubieten: Menschen
                mit und ohne Migrationsgeschichte kochen zusammen, jede*r bringt ein Rezept
                mit. Die Idee ist schön, aber ich frage mich, ob daraus mehr entsteht als ein
                netter Abend.

                Hat jemand Erfahrung damit, wie so etwas dauerhaft trägt?
                """),
            ),
            (
                MARA,
                4,
                _md("""
                Bei uns in Jena stand 2018 sieben Wochen lang der mobile Kochcontainer eines
                Berliner Vereins im Stadtteil Lobeda-West. In der Zeit gab es 25 Kochabende;
                freitags war er für alle offen, am Wochenende haben ihn Vereine genutzt.

                Spannend war das Danach: Als der Container weiterzog, wurde einfach
                weitergekocht, einmal im Monat. Getragen wird das maßgeblich von zwei
                Geflüchteten, die schon während der Standzeit mit angepackt hatten. Mein
                Eindruck: Es trägt, wenn es von Anfang an Menschen gibt, die es zu *ihrem*
                Abend machen.
                """),
            ),
            (
                DARIUSZ,
                20,
                _md("""
                Wir haben einmal Kochen und Musik verbunden: Während das Essen auf dem Herd
                stand, gab es eine offene Session mit allem, was die Leute an Instrumenten
                mitgebracht hatten. Das Warten aufs Essen wurde so zum schönsten Teil des
                Abends.
                """),
            ),
            (
                LENA,
                28,
                _md("""
                Ganz praktisch: Klären Sie früh die Küche. Gemeindehäuser und Schulküchen sind
                oft zu haben, haben aber Hygieneregeln und feste Schlüsselzeiten. Und planen
                Sie die Lebensmittel von Anfang an im Budget ein – „alle bringen etwas mit“
                klappt dreimal, dann ist es ungleich verteilt.
                """),
            ),
        ],
    },
    # --- Kommunen -----------------------------------------------------------------------
    {
        "board": "kommunen",
        "title": "Selbstcheck zur Weltoffenheit – hat jemand Erfahrung damit?",
        "days_ago": 24,
        "posts": [
            (
                TAREK,
                0,
                _md("""
                Unsere Stadtverwaltung überlegt, mit einem Selbstcheck eine Standortbestimmung
                der Integrationsarbeit zu machen: Wo ist interkulturelle Öffnung schon Alltag,
                wo hakt es beim Integrationskonzept, wie gut klappt die Zusammenarbeit vor Ort?

                Ich kenne das Projekt „Weltoffene Kommune“, in dem 35 Kommunen mit
                Selbstchecks, Dialogveranstaltungen und Unterstützung für ihre
                Entscheidungsträger*innen begleitet wurden. Hat jemand von Ihnen so einen Check
                selbst durchlaufen? Wie viel Aufwand war das, und was kam heraus?
                """),
            ),
            (
                LENA,
                7,
                _md("""
                Ja, wir haben das im letzten Jahr gemacht. Ehrlich gesagt liegt der Aufwand
                weniger im Ausfüllen als darin, die richtigen Leute an einen Tisch zu bekommen:
                Ausländerbehörde, Jobcenter, Schulverwaltung, Sozialamt, dazu zwei Vereine.

                Herausgekommen sind:

                - ein gemeinsames Bild davon, wo wir stehen – für manche Ämter überraschend;
                - drei konkrete Baustellen, darunter mehrsprachige Informationen im
                  Bürgerservice;
                - ein Argument gegenüber der Kreisspitze, das nicht nur von der
                  Integrationsstelle kommt.
                """),
            ),
            (
                SELIN,
                22,
                _md("""
                Hinweis für alle Mitlesenden: Auch hier im Portal entsteht ein Selbstcheck.
                Ausprobieren können Sie ihn ohne Anmeldung, mit einem Konto lassen sich die
                Ergebnisse speichern. Wenn Sie Ihre Erfahrungen damit teilen, hilft uns das
                sehr.
                """),
            ),
            (
                AYLIN,
                30,
                _md("""
                Aus Sicht einer Beratungsstelle: Bitte beziehen Sie uns und die
                Migrantenorganisationen mit ein, nicht nur die Ämter. Ein Selbstcheck, den nur
                die Verwaltung über sich selbst ausfüllt, sieht meistens besser aus als die
                Wirklichkeit.
                """),
            ),
            (
                TAREK,
                46,
                _md("""
                Danke, sehr hilfreich. Ich schlage der Verwaltung vor, den Check in einer
                gemischten Runde zu machen und danach eine Dialogveranstaltung mit Bürgerinnen
                und Bürgern anzuschließen. Das Netzwerk verteilt die Einladungen über seine
                Arbeitsgruppen.
                """),
            ),
        ],
    },
    {
        "board": "kommunen",
        "title": "Öffentlichkeitsarbeit, wenn die Stimmung vor Ort kippt",
        "days_ago": 10,
        "posts": [
            (
                LENA,
                0,
                _md("""
                In einer unserer Gemeinden soll eine neue Unterkunft eröffnen, und in den
                sozialen Netzwerken geht es seit Tagen hoch her. Die Bürgermeisterin bekommt
                Hassnachrichten, die Lokalzeitung fragt täglich nach.

                Wie gehen Sie in solchen Lagen vor? Was hat sich bewährt, und was würden Sie
                nie wieder tun?
                """),
            ),
            (
                SELIN,
                3,
                _md("""
                Aus der Kommunikationsarbeit drei Dinge, die sich bewährt haben:

                1. **Ein fester Ort für Fakten:** eine Seite mit Fragen und Antworten zur
                   Unterbringung auf der Website des Landkreises, regelmäßig aktualisiert. Dann
                   können Sie darauf verweisen, statt jeden Kommentar einzeln zu beantworten.
                2. **Vor Ort reden, nicht nur online:** Eine Informationsveranstaltung, bei der
                   Verwaltung, Träger der Unterkunft und Polizei Fragen beantworten, erreicht die
                   Unentschlossenen – und um die geht es.
                3. **Schnell, aber nicht hektisch:** Lieber am selben Tag eine kurze, sachliche
                   Antwort an die Presse als drei Tage später eine perfekte.
                """),
            ),
            (
                TAREK,
                9,
                _md("""
                Wichtig ist, dass die Zivilgesellschaft sichtbar wird. Ein Landkreis in
                Thüringen hat mit seinem Netzwerk Integration eine gemeinsame Kampagne unter dem
                Motto „Herz statt Hetze“ gestartet. Wenn nur die Verwaltung spricht, wirkt es
                wie Rechtfertigung; wenn die Nachbarschaft spricht, wirkt es wie Haltung.
                """),
            ),
            (
                JONAS,
                20,
                _md("""
                Zum Schutz der Bürgermeisterin: Hassnachrichten dokumentieren (Screenshot mit
                Datum und Link) und zur Anzeige bringen. Es gibt inzwischen Beratungsstellen
                speziell für Kommunalpolitiker*innen, die angefeindet werden.

                Und niemand sollte solche Nachrichten allein lesen müssen. Es entlastet sehr,
                wenn jemand im Team das Postfach vorsortiert.
                """),
            ),
            (
                LENA,
                44,
                _md("""
                Danke Ihnen allen. Wir richten jetzt eine Seite mit Fragen und Antworten ein,
                und nächste Woche gibt es eine Informationsveranstaltung im Gemeindesaal,
                gemeinsam mit dem Träger. Die Idee mit der Kampagne nehme ich ins Netzwerk mit.
                """),
            ),
        ],
    },
    {
        "board": "kommunen",
        "title": "Online-Austausch der kommunalen Integrationskoordination – Terminabstimmung",
        "days_ago": 4,
        "locked": True,
        "posts": [
            (
                LENA,
                0,
                _md("""
                Liebe Kolleginnen und Kollegen aus den Kommunen,

                mehrere von Ihnen haben angeregt, dass wir uns einmal außerhalb der großen
                Tagungen austauschen. Ich schlage ein Online-Treffen von 90 Minuten vor, die
                Themen nach Wunsch, zum Beispiel:

                - Integrationskonzepte fortschreiben
                - Zusammenarbeit mit Migrantenorganisationen
                - Umgang mit Anfeindungen

                Schreiben Sie bitte hier, welcher Wochentag Ihnen passt, und ob vormittags oder
                nachmittags.
                """),
            ),
            (
                TAREK,
                5,
                _md("""
                Gern dabei! Dienstag oder Donnerstag vormittags passt mir am besten. Wenn
                Interesse besteht, erzähle ich etwas über die Arbeitsgruppen in unserem
                Netzwerk.
                """),
            ),
            (
                AYLIN,
                8,
                _md("""
                Ich bin zwar nicht in der Verwaltung, würde aber gern als Gast zuhören, falls
                das passt. Donnerstag geht bei mir.
                """),
            ),
            (
                LENA,
                26,
                _md("""
                Gäste aus Beratung und Vereinen sind ausdrücklich willkommen! Dann nehmen wir
                den Donnerstag in zwei Wochen, 10 bis 11:30 Uhr. Den Link schicke ich allen,
                die hier geantwortet haben, per Mail.
                """),
            ),
            (
                JONAS,
                28,
                _md("""
                Danke für die Organisation! Ich schließe das Thema, damit sich die Anmeldungen
                nicht hier sammeln; bitte melden Sie sich direkt bei Lena. Wer nach dem Treffen
                Ergebnisse teilen möchte, eröffnet gern ein neues Thema.
                """),
            ),
        ],
    },
]
