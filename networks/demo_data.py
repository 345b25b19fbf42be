"""Demo content for networks: organisations, networks, working groups and meeting plans.

The facts come from the portal's source documents: Erfurt's integration network (founded in
1999, more than 60 actors, six network meetings a year, standing and temporary working
groups, integration guides, sponsorships, a clearing office), a talk on networking migrant
organisations (an umbrella of 442 organisations in 11 cities, the five phases of
networking, typical partners), and the success stories of the integration managers in
Thuringian districts and cities (programme ThILIK). Every sentence is written fresh.

Nobody named in those sources appears here. Organisations carry generic or invented names
marked "(Demo)"; where a real office is meant (a Landratsamt, a Jobcenter), the entry says
what it does and carries no contact data of its own. E-mail addresses use example.org,
phone numbers are left empty. Minutes and agendas are invented.

Everything is plain data; ``networks/demo.py`` turns it into rows. Meetings are not listed
one by one but as plans (which months, which weekday of the month, what time): the loader
puts them into the months around the day it runs, so the demo always has a past with
minutes and a future with invitations.
"""

from __future__ import annotations

from textwrap import dedent
from typing import Any


def _md(text: str) -> str:
    """Text written indented in this file, without the indentation."""
    return dedent(text).strip()


def _org(
    slug: str,
    name: str,
    kind: str,
    region_ags: str,
    city: str,
    description: str,
    *,
    languages: tuple[str, ...] = ("de",),
    topics: tuple[str, ...] = (),
    email: str = "",
    owners: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "region_ags": region_ags,
        "city": city,
        "description": description,
        "languages": list(languages),
        "topics": list(topics),
        "email": email,
        "owners": list(owners),
    }


# The portal's demo users (see portal/demo.py) who have a part here.
COORDINATOR = "koordination@example.org"  # Tarek Exempel (Demo), coordinates Erfurt
MEMBER = "mitglied@example.org"  # Mara Beispiel (Demo), runs a choir in Jena

# Meetings take place in Erfurt and the other German towns named here.
TIME_ZONE = "Europe/Berlin"

MONTH_NAMES = [
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
]  # fmt: skip

DEMO_NOTE = "Demo-Eintrag: Die Angaben zu Personen, Kontakten und Terminen sind erfunden."

# --- Organisations ----------------------------------------------------------------------
# Kinds and languages are the values of Organisation.Kind and networks.models.LANGUAGES.

ERFURT = "16051"

ERFURT_ORGANISATIONS = [
    _org(
        "erfurt-bildungswerk-brueckenschlag",
        "Bildungswerk Brückenschlag – Geschäftsstelle Netzwerk Integration (Demo)",
        "bildung",
        ERFURT,
        "Erfurt",
        "Freier Bildungsträger, der im Auftrag der Stadt die Geschäftsstelle des Erfurter "
        "Netzwerks für Integration führt: Einladungen und Protokolle der Netzwerktagungen, "
        "Beratung für Vereine, Begleitung der Arbeitsgruppen.",
        languages=("de", "ru", "en", "ar"),
        topics=("vernetzung", "beratung-und-begleitung"),
        email="geschaeftsstelle.netzwerk-erfurt@example.org",
        owners=(COORDINATOR,),
    ),
    _org(
        "erfurt-stadtverwaltung-migration-integration",
        "Stadtverwaltung – Büro für Migration und Integration (Demo)",
        "behoerde",
        ERFURT,
        "Erfurt",
        "Das Büro der oder des Migrations- und Integrationsbeauftragten ist dem "
        "Oberbürgermeister zugeordnet. Hier sitzt auch das kommunale Integrationsmanagement, "
        "das Migrantenorganisationen berät und Wahlen zum Ausländerbeirat bekannt macht.",
        topics=("kommunale-integrationsarbeit", "teilhabe-und-antidiskriminierung"),
    ),
    _org(
        "erfurt-auslaenderbeirat",
        "Ausländerbeirat der Stadt (Demo)",
        "sonstige",
        ERFURT,
        "Erfurt",
        "Gewählte Vertretung der ausländischen Einwohnerinnen und Einwohner. Zehn gewählte "
        "Mitglieder, Vertretungen der Stadtratsfraktionen und beratende Mitglieder sprechen "
        "für Menschen, die bei Kommunalwahlen nicht wählen dürfen.",
        languages=("de", "en", "ar", "ru", "vi"),
        topics=("teilhabe-und-antidiskriminierung",),
    ),
    _org(
        "erfurt-auslaenderbehoerde",
        "Ausländerbehörde, Team Aufenthalt und Einbürgerung (Demo)",
        "behoerde",
        ERFURT,
        "Erfurt",
        "Zuständig für Aufenthaltstitel und Einbürgerung. Im Netzwerk erklärt das Team "
        "Verfahren und Fristen, damit Beratungsstellen richtig weiterverweisen können.",
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "erfurt-jugendamt",
        "Jugendamt, Fachdienst Jugendarbeit (Demo)",
        "behoerde",
        ERFURT,
        "Erfurt",
        "Bringt Jugendclubs, Schulsozialarbeit und Jugendmigrationsdienste zusammen und "
        "achtet darauf, dass Angebote für junge Zugewanderte in allen Stadtteilen ankommen.",
        topics=("sport-und-freizeit", "sprache-und-bildung"),
    ),
    _org(
        "erfurt-jobcenter",
        "Jobcenter, Team Neuzugewanderte (Demo)",
        "jobcenter",
        ERFURT,
        "Erfurt",
        "Begleitet anerkannte Geflüchtete und andere Neuzugewanderte auf dem Weg in Arbeit "
        "und Ausbildung und stimmt Sprachkurse mit den Kursträgern ab.",
        languages=("de", "en", "ar"),
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "erfurt-integration-point",
        "Agentur für Arbeit, Integration Point (Demo)",
        "jobcenter",
        ERFURT,
        "Erfurt",
        "Gemeinsame Anlaufstelle von Arbeitsagentur, Jobcenter und Ausländerbehörde für "
        "Fragen zu Arbeit, Anerkennung von Abschlüssen und Ausbildung.",
        languages=("de", "en", "ar", "fa"),
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "erfurt-ihk-anerkennungsberatung",
        "Industrie- und Handelskammer, Anerkennungsberatung (Demo)",
        "kammer",
        ERFURT,
        "Erfurt",
        "Prüft ausländische Berufsabschlüsse aus Industrie und Handel und berät Betriebe, "
        "die Zugewanderte ausbilden oder einstellen möchten.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "erfurt-handwerkskammer-ausbildung",
        "Handwerkskammer, Ausbildungsberatung für Zugewanderte (Demo)",
        "kammer",
        ERFURT,
        "Erfurt",
        "Vermittelt Praktika und Ausbildungsplätze im Handwerk und begleitet Auszubildende "
        "mit Fluchtgeschichte, wenn es in Berufsschule oder Betrieb hakt.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "erfurt-migrationsberatung-erwachsene",
        "Sozialverband Beispiel – Migrationsberatung für Erwachsene (Demo)",
        "wohlfahrt",
        ERFURT,
        "Erfurt",
        "Berät erwachsene Zugewanderte in den ersten Jahren nach der Ankunft: Sprache, "
        "Arbeit, Wohnen, Behördenpost. Termine auch in Russisch und Arabisch.",
        languages=("de", "ru", "ar", "uk"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "erfurt-jugendmigrationsdienst",
        "Sozialwerk Miteinander – Jugendmigrationsdienst (Demo)",
        "wohlfahrt",
        ERFURT,
        "Erfurt",
        "Begleitet junge Zugewanderte bis 27 Jahre zwischen Schule, Ausbildung und Beruf und "
        "bietet Gruppenangebote in den Ferien.",
        languages=("de", "en", "ar", "fa", "uk"),
        topics=("sprache-und-bildung", "arbeit-und-ausbildung"),
    ),
    _org(
        "erfurt-fluechtlingssozialarbeit",
        "Hilfswerk Beispiel, Kreisverband – Flüchtlingssozialarbeit (Demo)",
        "wohlfahrt",
        ERFURT,
        "Erfurt",
        "Soziale Betreuung in Gemeinschaftsunterkünften und Wohnungen; hilft beim Umzug in "
        "die eigene Wohnung und beim Kontakt zur Nachbarschaft.",
        languages=("de", "ar", "fa", "ps", "ti"),
        topics=("wohnen", "beratung-und-begleitung"),
    ),
    _org(
        "erfurt-sprachschule-wortwechsel",
        "Sprachschule Wortwechsel – Integrationskurse (Demo)",
        "bildung",
        ERFURT,
        "Erfurt",
        "Integrations- und Berufssprachkurse am Vormittag und Abend, ein Kurs mit "
        "Kinderbetreuung. Meldet freie Plätze an die Arbeitsgruppe Sprache.",
        languages=("de", "en", "ar", "ru"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "erfurt-volkshochschule-daz",
        "Volkshochschule, Fachbereich Deutsch als Zweitsprache (Demo)",
        "bildung",
        ERFURT,
        "Erfurt",
        "Alphabetisierungskurse, Integrationskurse und offene Gesprächsrunden; Raum für "
        "Integrationsseminare des Netzwerks.",
        topics=("sprache-und-bildung",),
    ),
    _org(
        "erfurt-lernwerkstatt-sprungbrett",
        "Lernwerkstatt Sprungbrett e. V. (Demo)",
        "bildung",
        ERFURT,
        "Erfurt",
        "Förderverein für Kinder und Jugendliche: Hausaufgabenhilfe, Lesepatenschaften und "
        "Elterncafés in zwei Stadtteilen.",
        languages=("de", "ar", "ru"),
        topics=("sprache-und-bildung", "ehrenamt-und-patenschaften"),
    ),
    _org(
        "erfurt-afrikanisch-deutscher-kulturtreff",
        "Afrikanisch-deutscher Kulturtreff e. V. (Demo)",
        "mso",
        ERFURT,
        "Erfurt",
        "Von Zugewanderten aus mehreren afrikanischen Ländern gegründeter Verein für Kultur "
        "und Bildung: Lesungen, Trommelkurse, Nachhilfe und Beratung in Französisch.",
        languages=("de", "fr", "en"),
        topics=("musik-und-kultur", "sprache-und-bildung"),
    ),
    _org(
        "erfurt-treffpunkt-brueckenland",
        "Treffpunkt Brückenland – Verein der Deutschen aus Russland (Demo)",
        "mso",
        ERFURT,
        "Erfurt",
        "Spätaussiedlerinnen und Spätaussiedler helfen Neuankommenden beim Ankommen; dazu ein "
        "Chor, ein Seniorentreff und Beratung in Russisch. Seit der Gründung im Netzwerk.",
        languages=("de", "ru"),
        topics=("beratung-und-begleitung", "musik-und-kultur"),
    ),
    _org(
        "erfurt-familienverein-jasmin",
        "Syrisch-deutscher Familienverein Jasmin e. V. (Demo)",
        "mso",
        ERFURT,
        "Erfurt",
        "Familien aus Syrien und ihre deutschen Nachbarn organisieren Elternabende, Feste und "
        "einen Arabischkurs für Kinder.",
        languages=("de", "ar"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "erfurt-kulturverein-lotus",
        "Vietnamesischer Kulturverein Lotus e. V. (Demo)",
        "mso",
        ERFURT,
        "Erfurt",
        "Pflegt Sprache und Feste der vietnamesischen Community, übersetzt bei Elterngesprächen "
        "und berät Gewerbetreibende.",
        languages=("de", "vi"),
        topics=("musik-und-kultur", "beratung-und-begleitung"),
    ),
    _org(
        "erfurt-garten-wurzelwerk",
        "Interkultureller Garten Wurzelwerk e. V. (Demo)",
        "verein",
        ERFURT,
        "Erfurt",
        "Gemeinschaftsgarten mit Beeten für Familien aus zwölf Ländern, Kochabenden und "
        "einem Saatgut-Tausch im Frühjahr.",
        topics=("wohnen", "musik-und-kultur"),
    ),
    _org(
        "erfurt-medienwerkstatt-vielklang",
        "Medienwerkstatt Vielklang e. V. (Demo)",
        "verein",
        ERFURT,
        "Erfurt",
        "Verein für Medienkultur und europäische Begegnung: Jugendliche drehen Filme, machen "
        "Radio und berichten über Veranstaltungen des Netzwerks.",
        languages=("de", "en", "pl"),
        topics=("musik-und-kultur",),
    ),
    _org(
        "erfurt-sportverein-gruen-weiss",
        "Sportverein Grün-Weiß Beispielstadt e. V. (Demo)",
        "verein",
        ERFURT,
        "Erfurt",
        "Fußball, Volleyball und Kampfsport; Teil des Programms „Integration durch Sport“, "
        "mit Schnuppertrainings für Neuzugewanderte.",
        topics=("sport-und-freizeit",),
    ),
    _org(
        "erfurt-ev-kirchengemeinde-beispielviertel",
        "Evangelische Kirchengemeinde Beispielviertel (Demo)",
        "religion",
        ERFURT,
        "Erfurt",
        "Stellt Räume für Sprachcafé und Patenschaftstreffen bereit; Ehrenamtliche der "
        "Gemeinde begleiten Familien zu Ämtern.",
        topics=("ehrenamt-und-patenschaften",),
    ),
    _org(
        "erfurt-kath-pfarrei-st-beispiel",
        "Katholische Pfarrei St. Beispiel (Demo)",
        "religion",
        ERFURT,
        "Erfurt",
        "Gottesdienste in mehreren Sprachen, eine Kleiderkammer und ein offener Mittagstisch.",
        languages=("de", "pl", "es", "it"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "erfurt-islamische-gemeinde",
        "Islamische Gemeinde Beispielstadt e. V. (Demo)",
        "religion",
        ERFURT,
        "Erfurt",
        "Moscheegemeinde mit Hausaufgabenhilfe, Frauengruppe und Tagen der offenen Moschee.",
        languages=("de", "ar", "tr"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "erfurt-clearingstelle",
        "Clearingstelle für Migrantinnen, Migranten und Härtefälle (Demo)",
        "beratung",
        ERFURT,
        "Erfurt",
        "Klärt schwierige Einzelfälle, bei denen mehrere Stellen zuständig sind, und bringt "
        "die Beteiligten an einen Tisch.",
        languages=("de", "en", "ru", "ar"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "erfurt-psychosoziale-beratung",
        "Psychosoziale Beratungsstelle für Geflüchtete (Demo)",
        "beratung",
        ERFURT,
        "Erfurt",
        "Beratung und Therapievermittlung für Geflüchtete mit belastenden Erfahrungen, mit "
        "Sprachmittlung.",
        languages=("de", "ar", "fa", "ku", "ti"),
        topics=("gesundheit",),
    ),
    _org(
        "erfurt-integrationslotsen-patenschaften",
        "Initiative Integrationslotsen und Patenschaften (Demo)",
        "initiative",
        ERFURT,
        "Erfurt",
        "Ehrenamtliche Lotsinnen und Lotsen zeigen Neuankommenden die Stadt; Patinnen und "
        "Paten begleiten Familien über ein Jahr.",
        topics=("ehrenamt-und-patenschaften",),
    ),
    _org(
        "erfurt-wohnungsgenossenschaft-beispielhaus",
        "Wohnungsgenossenschaft Beispielhaus eG (Demo)",
        "unternehmen",
        ERFURT,
        "Erfurt",
        "Vermietet an Familien mit Fluchtgeschichte und unterstützt Nachbarschaftsfeste in "
        "ihren Wohnanlagen.",
        topics=("wohnen",),
    ),
    _org(
        "erfurt-buergerstiftung",
        "Bürgerstiftung Beispielstadt (Demo)",
        "stiftung",
        ERFURT,
        "Erfurt",
        "Fördert kleine Projekte von Vereinen und Migrantenorganisationen mit schnellen, "
        "unbürokratischen Zuschüssen.",
        topics=("ehrenamt-und-patenschaften",),
    ),
    # Not (yet) in the Erfurt network: one asks to join, the other is for trying it out.
    _org(
        "erfurt-elternverein-sonnenblume",
        "Ukrainischer Elternverein Sonnenblume e. V. (Demo)",
        "mso",
        ERFURT,
        "Erfurt",
        "Eltern aus der Ukraine organisieren Spielgruppen, Ukrainischunterricht am Samstag "
        "und Begleitung zu Elterngesprächen in Kita und Schule.",
        languages=("de", "uk", "ru"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "chor-der-kulturen-musterstadt",
        "Chor der Kulturen Musterstadt e. V. (Demo)",
        "verein",
        "16053",
        "Jena",
        "Ein offener Chor, in dem Menschen aus zwölf Ländern Lieder aus ihren Herkunftsländern "
        "und aus Thüringen singen. Proben jeden Donnerstag, Noten braucht niemand.",
        languages=("de", "en", "ar", "fa"),
        topics=("musik-und-kultur",),
        owners=(MEMBER,),
    ),
]

# The organisation of the demo user mitglied@example.org, and the one that has asked to
# join the Erfurt network; neither is a member yet.
MEMBER_ORGANISATION = "chor-der-kulturen-musterstadt"
JOIN_REQUESTS = [
    {
        "network": "netzwerk-fuer-integration-erfurt",
        "organisation": "erfurt-elternverein-sonnenblume",
        "role": "mitglied",
        "message": "Wir sind seit zwei Jahren aktiv und möchten unsere Angebote für Familien "
        "mit den anderen Trägern abstimmen. Gern stellen wir uns auf der nächsten "
        "Netzwerktagung vor.",
        "days_ago": 3,
    },
]

MSO_ORGANISATIONS = [
    # Mönchengladbach
    _org(
        "mg-koepruee-bildung-kultur",
        "Köprü – Bildungs- und Kulturverein e. V. (Demo)",
        "mso",
        "05116",
        "Mönchengladbach",
        "Deutsch-türkisch-kurdischer Verein mit Nachhilfe, Elternseminaren und Kulturabenden; "
        "koordiniert ehrenamtlich den lokalen Verbund.",
        languages=("de", "tr", "ku"),
        topics=("sprache-und-bildung", "vernetzung"),
    ),
    _org(
        "mg-radio-vielstimmig",
        "Radio Vielstimmig e. V. (Demo)",
        "mso",
        "05116",
        "Mönchengladbach",
        "Ein Bürgerradio, das Menschen mit afrikanischen, russischen und deutschen Wurzeln "
        "gemeinsam machen: Sendungen in vier Sprachen, Medienkurse für Jugendliche.",
        languages=("de", "fr", "ru", "en"),
        topics=("musik-und-kultur",),
    ),
    _org(
        "mg-stimme-der-solidaritaet",
        "Stimme der Solidarität e. V. (Demo)",
        "mso",
        "05116",
        "Mönchengladbach",
        "Französischsprachige Zugewanderte aus Zentralafrika setzen sich für Menschenrechte "
        "ein und beraten Neuankommende.",
        languages=("de", "fr"),
        topics=("teilhabe-und-antidiskriminierung",),
    ),
    _org(
        "mg-moscheegemeinde-am-markt",
        "Moscheegemeinde am Markt (Demo)",
        "religion",
        "05116",
        "Mönchengladbach",
        "Öffnet ihre Räume für Treffen des Verbunds und lädt zu Nachbarschaftsabenden ein.",
        languages=("de", "tr", "ar"),
    ),
    _org(
        "mg-integrationsbuero",
        "Integrationsbüro der Stadt (Demo)",
        "behoerde",
        "05116",
        "Mönchengladbach",
        "Kommunale Anlaufstelle für Migrantenorganisationen: Förderberatung, Räume, Kontakte "
        "in die Verwaltung.",
        topics=("kommunale-integrationsarbeit",),
    ),
    # Dortmund
    _org(
        "do-elternverein-most",
        "Polnischer Elternverein Most e. V. (Demo)",
        "mso",
        "05913",
        "Dortmund",
        "Muttersprachlicher Unterricht am Wochenende und Elternberatung zu Schule und Kita.",
        languages=("de", "pl"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "do-kulturverein-akwaaba",
        "Ghanaisch-deutscher Kulturverein Akwaaba e. V. (Demo)",
        "mso",
        "05913",
        "Dortmund",
        "Begegnungsfeste, Trommelgruppe und Hausaufgabenhilfe in der Nordstadt.",
        languages=("de", "en"),
        topics=("musik-und-kultur",),
    ),
    _org(
        "do-nachbarschaft-prieteni",
        "Nachbarschaftsinitiative Prieteni e. V. (Demo)",
        "mso",
        "05913",
        "Dortmund",
        "Zugewanderte aus Rumänien und Bulgarien helfen einander bei Arbeitsverträgen, "
        "Wohnungssuche und Anmeldung.",
        languages=("de", "ro", "bg"),
        topics=("arbeit-und-ausbildung", "wohnen"),
    ),
    _org(
        "do-jobcenter-integration-point",
        "Jobcenter, Integration Point (Demo)",
        "jobcenter",
        "05913",
        "Dortmund",
        "Kooperationspartner des Verbunds für Sprechstunden in den Vereinsräumen.",
        topics=("arbeit-und-ausbildung",),
    ),
    # Essen
    _org(
        "e-frauenverein-zeitun",
        "Frauenverein Zeitun e. V. (Demo)",
        "mso",
        "05113",
        "Essen",
        "Arabischsprachige Frauen bieten Nähkurse, Sprachcafé und eine Beratung für Mütter.",
        languages=("de", "ar"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "e-elternverein-denge-me",
        "Kurdischer Kultur- und Elternverein Dengê Me e. V. (Demo)",
        "mso",
        "05113",
        "Essen",
        "Der Name heißt „unsere Stimme“: Kulturabende, Elternarbeit und Begleitung zu Ämtern.",
        languages=("de", "ku", "tr"),
        topics=("musik-und-kultur", "beratung-und-begleitung"),
    ),
    _org(
        "e-seniorentreff-cinar",
        "Seniorentreff Çınar e. V. (Demo)",
        "mso",
        "05113",
        "Essen",
        "Treffpunkt für ältere Zugewanderte der ersten Generation, mit Gesundheitsvorträgen "
        "in Türkisch.",
        languages=("de", "tr"),
        topics=("gesundheit",),
    ),
    _org(
        "e-gesamtschule-beispiel",
        "Gesamtschule Beispielviertel (Demo)",
        "bildung",
        "05113",
        "Essen",
        "Kooperationsschule des Verbunds: Elternabende mit Sprachmittlung aus den Vereinen.",
        topics=("sprache-und-bildung",),
    ),
    # Halle (Saale)
    _org(
        "hal-kulturverein-bab",
        "Syrisch-deutscher Kulturverein Bab e. V. (Demo)",
        "mso",
        "15002",
        "Halle (Saale)",
        "Bab heißt Tür: Der Verein öffnet Türen mit Lesungen, Kochabenden und Lernhilfe.",
        languages=("de", "ar"),
        topics=("musik-und-kultur",),
    ),
    _org(
        "hal-gemeinschaft-sen-vang",
        "Vietnamesische Gemeinschaft Sen Vàng e. V. (Demo)",
        "mso",
        "15002",
        "Halle (Saale)",
        "Älteste Migrantenorganisation im Verbund; berät Familien und Gewerbetreibende.",
        languages=("de", "vi"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "hal-frauenkreis-nawa",
        "Afghanischer Frauenkreis Nawa e. V. (Demo)",
        "mso",
        "15002",
        "Halle (Saale)",
        "Frauen aus Afghanistan treffen sich zum Austausch, zu Deutschkursen und Radtouren.",
        languages=("de", "fa", "ps"),
        topics=("sprache-und-bildung", "sport-und-freizeit"),
    ),
    # Düsseldorf
    _org(
        "d-eritreische-gemeinschaft",
        "Eritreische Gemeinschaft Rhein e. V. (Demo)",
        "mso",
        "05111",
        "Düsseldorf",
        "Hilft Neuankommenden aus Eritrea mit Übersetzungen und gemeinsamen Festen.",
        languages=("de", "ti", "en"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "d-elternverein-elia",
        "Griechisch-deutscher Elternverein Elia e. V. (Demo)",
        "mso",
        "05111",
        "Düsseldorf",
        "Elternbildung und Sprachunterricht; gibt Erfahrung aus fünfzig Jahren Vereinsarbeit "
        "an junge Organisationen weiter.",
        languages=("de",),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "d-kulturverein-atlas",
        "Marokkanisch-deutscher Kulturverein Atlas e. V. (Demo)",
        "mso",
        "05111",
        "Düsseldorf",
        "Kulturarbeit, Jugendfußball und Berufsorientierung für junge Erwachsene.",
        languages=("de", "ar", "fr"),
        topics=("sport-und-freizeit", "arbeit-und-ausbildung"),
    ),
    # Partner of the umbrella
    _org(
        "stiftung-teilhabe-und-vielfalt",
        "Stiftung Teilhabe und Vielfalt (Demo)",
        "stiftung",
        "11000",
        "Berlin",
        "Fördert die Qualifizierung ehrenamtlicher Vorstände in Migrantenorganisationen.",
        topics=("vernetzung",),
    ),
]

THURINGIA_ORGANISATIONS = [
    # Ilm-Kreis
    _org(
        "ilm-integrationssportverein",
        "Integrationssportverein Arnstadt (Demo)",
        "verein",
        "16070",
        "Arnstadt",
        "Stützpunktverein im Programm „Integration durch Sport“ mit Fußball, Kraftsport und "
        "Kickboxen.",
        topics=("sport-und-freizeit",),
    ),
    _org(
        "ilm-jugendhilfeverbund",
        "Kinder- und Jugendhilfeverbund Ilmtal (Demo)",
        "wohlfahrt",
        "16070",
        "Ilmenau",
        "Freier Träger der Jugendhilfe; betreut Spielstationen bei Festen des Landkreises.",
        topics=("sport-und-freizeit",),
    ),
    _org(
        "ilm-bildungstraeger",
        "Bildungsträger Ilmtal – Berufliche Perspektiven (Demo)",
        "bildung",
        "16070",
        "Arnstadt",
        "Berufsorientierung und Sprachförderung für Geflüchtete.",
        topics=("arbeit-und-ausbildung",),
    ),
    # Jena
    _org(
        "jena-stadtteilzentrum-lobeda",
        "Stadtteil- und Begegnungszentrum Lobeda (Demo)",
        "verein",
        "16053",
        "Jena",
        "Begegnungshaus im Plattenbaugebiet; Gastgeber der Kochabende im Stadtteil.",
        topics=("musik-und-kultur", "wohnen"),
    ),
    _org(
        "jena-kochgruppe-lobeda",
        "Kochgruppe Lobeda (Demo)",
        "initiative",
        "16053",
        "Jena",
        "Nachbarinnen und Nachbarn mit und ohne Fluchtgeschichte kochen einmal im Monat "
        "gemeinsam – entstanden aus einem Kochcontainer, der 2018 sieben Wochen im Stadtteil "
        "stand.",
        languages=("de", "ar", "fa"),
        topics=("musik-und-kultur",),
    ),
    _org(
        "jena-migrationsberatung",
        "Migrationsberatung Saaletal (Demo)",
        "beratung",
        "16053",
        "Jena",
        "Beratung für Zugewanderte zu Aufenthalt, Arbeit und Familie.",
        languages=("de", "en", "ar"),
        topics=("beratung-und-begleitung",),
    ),
    # Nordhausen
    _org(
        "ndh-helferkreis",
        "Helferkreis eines kirchlichen Wohlfahrtswerks (Demo)",
        "wohlfahrt",
        "16062",
        "Nordhausen",
        "Begleitet seit 2016 geflüchtete Familien aus Afghanistan, Iran und Syrien und "
        "organisiert die Aktionstage „Unterwegs in unserer neuen Heimat“.",
        languages=("de", "fa", "ar"),
        topics=("ehrenamt-und-patenschaften",),
    ),
    _org(
        "ndh-integrationsbeirat",
        "Integrationsbeirat des Landkreises (Demo)",
        "sonstige",
        "16062",
        "Nordhausen",
        "Beratendes Gremium; arbeitet eng mit der Koordinierungsstelle Integrationsmanagement "
        "zusammen.",
        topics=("teilhabe-und-antidiskriminierung",),
    ),
    _org(
        "ndh-wandergruppe-harz",
        "Wander- und Ausflugsgruppe Neue Heimat Harz (Demo)",
        "initiative",
        "16062",
        "Nordhausen",
        "Ehrenamtliche planen Ausflüge in den Harz mit einheimischen und zugewanderten Familien.",
        topics=("sport-und-freizeit",),
    ),
    # Saale-Holzland-Kreis
    _org(
        "shk-schulverwaltung",
        "Schulverwaltung und Schulamt im Landkreis (Demo)",
        "behoerde",
        "16074",
        "Eisenberg",
        "Mitglied der Arbeitsgruppe EU-Bürger; arbeitet an Merkblättern zur Schulpflicht.",
        topics=("sprache-und-bildung",),
    ),
    _org(
        "shk-schwerpunktschule",
        "Regelschule mit Schwerpunkt Deutsch als Zweitsprache (Demo)",
        "bildung",
        "16074",
        "Hermsdorf",
        "Schwerpunktschule für Kinder aus EU-Zuwandererfamilien; erprobt die neuen "
        "Elternmaterialien.",
        languages=("de", "ro", "bg", "pl"),
        topics=("sprache-und-bildung",),
    ),
    _org(
        "shk-beratung-eu-zugewanderte",
        "Beratungsstelle für EU-Zugewanderte (Demo)",
        "beratung",
        "16074",
        "Eisenberg",
        "Beratung zu Arbeitsrecht, Krankenversicherung und Schule in Rumänisch, Bulgarisch "
        "und Polnisch.",
        languages=("de", "ro", "bg", "pl"),
        topics=("beratung-und-begleitung",),
    ),
    # Eisenach
    _org(
        "esa-bildungskoordination",
        "Bildungskoordination für Neuzugewanderte (Demo)",
        "behoerde",
        "16063",
        "Eisenach",
        "Teil der Stabsstelle „Soziale Stadt“; bringt Bildungsangebote und Bedarfe zusammen.",
        topics=("sprache-und-bildung",),
    ),
    _org(
        "esa-familienzentrum",
        "Familienzentrum Wartburgblick (Demo)",
        "wohlfahrt",
        "16063",
        "Eisenach",
        "Beratung zur Vereinbarkeit von Familie und Beruf, Eltern-Kind-Gruppen.",
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "esa-sprachkurstraeger",
        "Sprachkursträger am Markt (Demo)",
        "bildung",
        "16063",
        "Eisenach",
        "Integrations- und Berufssprachkurse.",
        topics=("sprache-und-bildung",),
    ),
    # Hildburghausen
    _org(
        "hbn-kreissportbund",
        "Kreissportbund (Demo)",
        "verein",
        "16069",
        "Hildburghausen",
        "Richtet mit der Netzwerkstelle Sportzirkel und Begegnungs-Sportfeste aus.",
        topics=("sport-und-freizeit",),
    ),
    _org(
        "hbn-nachbarschaftszentrum",
        "Intergeneratives Nachbarschaftszentrum (Demo)",
        "verein",
        "16069",
        "Hildburghausen",
        "Anlaufstelle für Jung und Alt; Gastgeber von Informationsabenden, etwa zu Verträgen "
        "und Verbraucherrechten.",
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "hbn-volkshochschule",
        "Volkshochschule des Landkreises (Demo)",
        "bildung",
        "16069",
        "Hildburghausen",
        "Deutschkurse und Kurse zur beruflichen Orientierung im ländlichen Raum.",
        topics=("sprache-und-bildung",),
    ),
    _org(
        "hbn-netzwerk-ehrenamt",
        "Netzwerk Ehrenamt in der Flüchtlingsarbeit (Demo)",
        "initiative",
        "16069",
        "Hildburghausen",
        "Ehrenamtliche aus mehreren Orten des Landkreises; gefördert über den Engagementfonds "
        "„nebenan angekommen“.",
        topics=("ehrenamt-und-patenschaften",),
    ),
    # Saale-Orla-Kreis
    _org(
        "sok-paedagogikverein",
        "Interkultureller Pädagogikverein (Demo)",
        "verein",
        "16075",
        "Schleiz",
        "Zeigt Ausstellungen mit Bildern geflüchteter Kinder und arbeitet mit Schulen.",
        topics=("musik-und-kultur",),
    ),
    _org(
        "sok-erzaehlcafe",
        "Offener Nachbarschaftstreff Erzählcafé (Demo)",
        "initiative",
        "16075",
        "Bad Lobenstein",
        "Monatliches Erzählcafé, in dem Einheimische und Zugewanderte voneinander erfahren.",
        topics=("ehrenamt-und-patenschaften",),
    ),
    _org(
        "sok-jobcenter",
        "Jobcenter im Saale-Orla-Kreis (Demo)",
        "jobcenter",
        "16075",
        "Schleiz",
        "Bekommt den Newsletter des Integrationsmanagements und stimmt Angebote ab.",
        topics=("arbeit-und-ausbildung",),
    ),
    # Sömmerda
    _org(
        "som-sozialplanung",
        "Landratsamt, Stabsstelle Integrierte Sozialplanung (Demo)",
        "behoerde",
        "16068",
        "Sömmerda",
        "Hier ist das Integrationsmanagement angesiedelt, das das Netzwerk Integration "
        "organisiert, moderiert und dokumentiert.",
        topics=("kommunale-integrationsarbeit",),
    ),
    _org(
        "som-jobcenter",
        "Jobcenter im Landkreis Sömmerda (Demo)",
        "jobcenter",
        "16068",
        "Sömmerda",
        "Hat den Anstoß zum Netzwerk gegeben und arbeitet im Arbeitskreis Bildung & Arbeit.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "som-fluechtlingshilfe",
        "Flüchtlingshilfe eines Samariter-Kreisverbands (Demo)",
        "wohlfahrt",
        "16068",
        "Sömmerda",
        "Betreibt Gemeinschaftsunterkünfte, leistet die Sozialbetreuung und koordiniert "
        "Ehrenamtliche.",
        languages=("de", "ar", "fa"),
        topics=("beratung-und-begleitung", "ehrenamt-und-patenschaften"),
    ),
    _org(
        "som-wohnungsunternehmen",
        "Wohnungsgesellschaft im Landkreis (Demo)",
        "unternehmen",
        "16068",
        "Sömmerda",
        "Arbeitet im Arbeitskreis Wohnen am Konzept für Mietschulungen mit.",
        topics=("wohnen",),
    ),
    _org(
        "som-sportjugend",
        "Kreissportjugend (Demo)",
        "verein",
        "16068",
        "Sömmerda",
        "Vertritt Sport sowie Kinder- und Jugendarbeit im Arbeitskreis gesellschaftliche Teilhabe.",
        topics=("sport-und-freizeit",),
    ),
    # Saalfeld-Rudolstadt
    _org(
        "slf-somalische-gemeinschaft",
        "Somalische Gemeinschaft im Landkreis e. V. i. G. (Demo)",
        "mso",
        "16073",
        "Saalfeld",
        "Die erste Migrantenorganisation im Landkreis: Neuankommende sollen Orientierung, "
        "Begleitung zu Behörden und Menschen finden, die ihre Lage kennen.",
        languages=("de", "so", "ar"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "slf-wohlfahrtsverband",
        "Wohlfahrtsverband, Kreisverband im Nachbarkreis (Demo)",
        "wohlfahrt",
        "16072",
        "Sonneberg",
        "Hat die Vereinsgründung mit Erfahrungen aus eigener Vereinsarbeit begleitet.",
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "slf-landesnetzwerk-mso",
        "Landesnetzwerk der Migrantenorganisationen (Demo)",
        "mso",
        "16051",
        "Erfurt",
        "Berät neue Migrantenorganisationen in Thüringen bei Satzung, Vorstand und Förderung.",
        topics=("vernetzung",),
    ),
    # Altenburger Land
    _org(
        "abg-pflegeschule",
        "Höhere Berufsfachschule für Pflege eines Sozialwerks (Demo)",
        "bildung",
        "16077",
        "Altenburg",
        "Bildet seit 2016 auch Geflüchtete aus Ländern wie Afghanistan und Syrien aus – "
        "meist zuerst zur Pflegehilfe, dann zur Fachkraft.",
        topics=("arbeit-und-ausbildung", "gesundheit"),
    ),
    _org(
        "abg-kammer",
        "Industrie- und Handelskammer, Regionalstelle (Demo)",
        "kammer",
        "16077",
        "Altenburg",
        "Berät Betriebe, die Zugewanderte ausbilden.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "abg-jobcenter",
        "Jobcenter im Altenburger Land (Demo)",
        "jobcenter",
        "16077",
        "Altenburg",
        "Vermittlung und Förderung von Ausbildung und Arbeit.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "abg-arbeitsmarktprojekt",
        "Arbeitsmarktprojekt „Dranbleiben“ für Geflüchtete (Demo)",
        "beratung",
        "16077",
        "Altenburg",
        "Begleitet Geflüchtete seit 2015 auf dem Weg in Ausbildung und Arbeit.",
        topics=("arbeit-und-ausbildung",),
    ),
    # Wartburgkreis
    _org(
        "wak-wirtschaftsfoerderung",
        "Netzwerk Wirtschaftsförderung der Region (Demo)",
        "sonstige",
        "16063",
        "Bad Salzungen",
        "Lädt Unternehmen zum Tag der Arbeitsperspektive ein.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "wak-volkshochschule",
        "Volkshochschule im Wartburgkreis (Demo)",
        "bildung",
        "16063",
        "Bad Salzungen",
        "Gastgeberin des Tags der Arbeitsperspektive; stellt Deutschkurse vor.",
        topics=("sprache-und-bildung",),
    ),
    _org(
        "wak-jobcenter",
        "Jobcenter im Wartburgkreis (Demo)",
        "jobcenter",
        "16063",
        "Bad Salzungen",
        "Lädt gemeinsam mit Arbeitsagentur und Ausländerbehörde zum Tag der "
        "Arbeitsperspektive ein.",
        topics=("arbeit-und-ausbildung",),
    ),
    _org(
        "wak-anerkennungsberatung",
        "Beratung zur Anerkennung ausländischer Abschlüsse (Demo)",
        "beratung",
        "16063",
        "Eisenach",
        "Informiert über Anerkennung von Schul- und Berufsabschlüssen.",
        topics=("arbeit-und-ausbildung",),
    ),
    # Kyffhäuserkreis
    _org(
        "kyf-streetworkerbuero",
        "Streetworkerbüro am Wippertor (Demo)",
        "beratung",
        "16065",
        "Sondershausen",
        "Seit Dezember 2017 feste Anlaufstelle im Wohngebiet, mit Beratung auch auf Arabisch.",
        languages=("de", "ar"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "kyf-kreisjugendring",
        "Kreisjugendring (Demo)",
        "verein",
        "16065",
        "Sondershausen",
        "Dachverband der Jugendverbände; vermittelt Freizeitangebote.",
        topics=("sport-und-freizeit",),
    ),
    _org(
        "kyf-schuldnerberatung",
        "Schuldnerberatung im Kreis (Demo)",
        "beratung",
        "16065",
        "Sondershausen",
        "Hilft bei Schulden, Verträgen und Mahnungen.",
        topics=("beratung-und-begleitung",),
    ),
    # Schmalkalden-Meiningen
    _org(
        "sm-begegnungsstaette",
        "Interkulturelle Begegnungsstätte im Landkreis (Demo)",
        "verein",
        "16066",
        "Meiningen",
        "Seit 2015 ein Ort für Begegnungsfeste, Frauennachmittage und Beratungsstunden; "
        "kommt mit Angeboten auch in die Gemeinschaftsunterkünfte.",
        languages=("de", "ar", "fa", "ru"),
        topics=("musik-und-kultur", "beratung-und-begleitung"),
    ),
    _org(
        "sm-sportverein-werratal",
        "Sportverein im Werratal (Demo)",
        "verein",
        "16066",
        "Breitungen",
        "Bildet Bewohnerinnen und Bewohner einer Unterkunft zu Übungsleitungen aus.",
        topics=("sport-und-freizeit",),
    ),
    _org(
        "sm-frauennachmittag",
        "Ehrenamtsgruppe Frauennachmittag (Demo)",
        "initiative",
        "16066",
        "Meiningen",
        "Frauen aus dem Ort und aus den Unterkünften treffen sich jede Woche.",
        topics=("ehrenamt-und-patenschaften",),
    ),
    # Gera
    _org(
        "g-regelschule",
        "Regelschule im Stadtzentrum (Demo)",
        "bildung",
        "16052",
        "Gera",
        "Eine der Schulen, an denen interkulturelle Jugendbegleiter eingesetzt wurden.",
        topics=("sprache-und-bildung",),
    ),
    _org(
        "g-migrationsdienst",
        "Migrationsdienst eines Wohlfahrtsverbands (Demo)",
        "wohlfahrt",
        "16052",
        "Gera",
        "Soziale Betreuung anerkannter Geflüchteter; Träger der Jugendbegleitung.",
        languages=("de", "ar", "ku"),
        topics=("beratung-und-begleitung",),
    ),
    _org(
        "g-elternverein",
        "Arabisch-deutscher Elternverein (Demo)",
        "mso",
        "16052",
        "Gera",
        "Eltern aus Syrien und dem Irak vermitteln zwischen Familien und Schulen.",
        languages=("de", "ar", "ku"),
        topics=("sprache-und-bildung",),
    ),
]

ORGANISATIONS = ERFURT_ORGANISATIONS + MSO_ORGANISATIONS + THURINGIA_ORGANISATIONS

# --- Meetings of the Erfurt network -----------------------------------------------------
# A plan: the title's prefix, the calendar months, the n-th weekday of the month (Monday is
# 0), local start time and length, and themes. Each meeting takes the theme at its month's
# position in the plan, so a month always gets the same title and the same agenda.

ERFURT_PLACE = "Rathaus Erfurt, Fischmarkt 1, 99084 Erfurt"
ERFURT_OFFICE = "Geschäftsstelle des Netzwerks, Erfurt (Adresse mit der Einladung)"


def _network_agenda(*items: str) -> str:
    """The frame every Netzwerktagung follows, around the items of the day."""
    lines = [
        "1. Begrüßung, Tagesordnung, Protokoll der letzten Tagung",
        *(f"{number}. {item}" for number, item in enumerate(items, start=2)),
        f"{len(items) + 2}. Berichte aus den Arbeitsgruppen",
        f"{len(items) + 3}. Neuigkeiten, Termine und Verschiedenes",
    ]
    return "\n".join(lines)


NETWORK_MEETINGS = {
    "title": "Netzwerktagung",
    "group": None,
    "months": (1, 3, 5, 7, 9, 11),
    "week": 2,
    "weekday": 2,  # the second Wednesday
    "start": "15:00",
    "minutes": 120,
    "public": True,
    "place": ERFURT_PLACE,
    "online_url": "",
    "registration_note": "Offen für alle Interessierten. Bitte bis eine Woche vorher bei der "
    "Geschäftsstelle anmelden (Demo).",
    "themes": [
        {
            "title": "Jahresauftakt und Jahresplanung",
            "agenda": _network_agenda(
                "Rückblick auf das vergangene Jahr: Was hat das Netzwerk erreicht?",
                "Themen und Termine der sechs Netzwerktagungen in diesem Jahr",
                "Welche Arbeitsgruppen bleiben, welche enden, welche kommen dazu?",
            ),
            "minutes": _md(
                """
                **Protokoll (Demo)**

                - Die Geschäftsstelle stellt den Jahresbericht vor. Auf Wunsch mehrerer
                  Vereine wird er künftig auch in Leichter Sprache erscheinen.
                - Beschlossen: Die AG Aufbau Fach- und Servicestelle arbeitet bis zur
                  Eröffnung der Servicestelle weiter und berichtet auf jeder Tagung.
                - Für den Herbst soll eine zeitweilige AG den Interkulturellen Markt der
                  Möglichkeiten vorbereiten; Interessierte melden sich bei der
                  Geschäftsstelle.
                - Die Terminliste des Jahres geht mit dem Protokoll an alle Mitglieder.
                """
            ),
        },
        {
            "title": "Sprache – Kursangebote abstimmen",
            "agenda": _network_agenda(
                "Wartelisten und freie Plätze in Integrations- und Berufssprachkursen",
                "Kurse mit Kinderbetreuung: Was fehlt, wer kann es anbieten?",
                "Kurzvorstellung: Sprachcafés in den Stadtteilen",
            ),
            "minutes": _md(
                """
                **Protokoll (Demo)**

                - Die Kursträger berichten von langen Wartelisten am Vormittag und freien
                  Plätzen am Abend. Die AG Sprache sammelt die Zahlen künftig monatlich.
                - Kurse mit Kinderbetreuung fehlen weiterhin. Zwei Träger prüfen ein
                  gemeinsames Angebot; die Bürgerstiftung signalisiert Unterstützung.
                - Drei Sprachcafés stellen sich vor; ihre Termine kommen in den
                  gemeinsamen Kalender.
                """
            ),
        },
        {
            "title": "Jugendmigrationsdienste und Übergang Schule – Beruf",
            "agenda": _network_agenda(
                "Bericht der Jugendmigrationsdienste: Wer kommt, mit welchen Fragen?",
                "Ausbildung im Handwerk: Erfahrungen aus Betrieben und Berufsschule",
                "Ferienangebote für junge Zugewanderte abstimmen",
            ),
            "minutes": _md(
                """
                **Protokoll (Demo)**

                - Die Jugendmigrationsdienste sehen mehr Anfragen zu Schulabschlüssen und
                  Anerkennung. Die Handwerkskammer bietet eine gemeinsame Sprechstunde an.
                - Betriebe wünschen sich eine feste Ansprechstelle, wenn es in der
                  Ausbildung Probleme gibt. Die Geschäftsstelle klärt, wer das übernehmen
                  kann.
                - Die Ferienangebote werden in einer Übersicht gesammelt und mehrsprachig
                  verteilt.
                """
            ),
        },
        {
            "title": "Neue Projekte stellen sich vor",
            "agenda": _network_agenda(
                "Drei neue Projekte stellen sich vor (je zehn Minuten mit Rückfragen)",
                "Gemeinsame Förderanträge bei Bund und Land: Stand und Fristen",
                "Auswertung der Projekte, die im Frühjahr geendet haben",
            ),
            "minutes": _md(
                """
                **Protokoll (Demo)**

                - Vorgestellt wurden ein Lesepatenprojekt, eine Fahrradwerkstatt und ein
                  Beratungsangebot für Frauen. Zwei davon suchen noch Räume; Angebote bitte
                  an die Geschäftsstelle.
                - Der gemeinsame Antrag an das Land ist eingereicht. Die Entscheidung wird
                  im Herbst erwartet.
                - Die Auswertung der beendeten Projekte zeigt: Wo Ehrenamtliche früh
                  eingebunden waren, laufen die Angebote weiter.
                """
            ),
        },
        {
            "title": "Interkulturelle Woche und Markt der Möglichkeiten",
            "agenda": _network_agenda(
                "Programm der Interkulturellen Woche: Beiträge der Mitglieder",
                "Interkultureller Markt der Möglichkeiten: Stände, Bühne, Helferinnen und Helfer",
                "Öffentlichkeitsarbeit: Plakate, Presse, Sprachen",
            ),
            "minutes": _md(
                """
                **Protokoll (Demo)**

                - Achtzehn Mitglieder beteiligen sich mit eigenen Veranstaltungen an der
                  Interkulturellen Woche.
                - Auf dem Markt der Möglichkeiten zeigen Migrantenorganisationen ein
                  Bühnenprogramm; die AG Markt verteilt die Standplätze.
                - Plakate erscheinen in sechs Sprachen; die Medienwerkstatt begleitet den
                  Tag mit Kamera und Mikrofon.
                """
            ),
        },
        {
            "title": "Integrationslotsen, Patenschaften und Ausländerbeirat",
            "agenda": _network_agenda(
                "Bilanz der Integrationslotsen und Patenschaften im laufenden Jahr",
                "Der Ausländerbeirat stellt seine Arbeit vor: Wie können Vereine mitwirken?",
                "Dank an die Ehrenamtlichen: Ideen für eine gemeinsame Veranstaltung",
            ),
            "minutes": _md(
                """
                **Protokoll (Demo)**

                - Die Initiative berichtet von neuen Lotsinnen und Lotsen, aber auch von
                  Abschieden. Eine Schulung im Frühjahr soll weitere Freiwillige gewinnen.
                - Der Ausländerbeirat lädt die Vereine ein, Themen für seine Sitzungen
                  vorzuschlagen.
                - Für die Ehrenamtlichen wird im Januar ein Dankeschön-Abend geplant.
                """
            ),
        },
    ],
}

ERFURT_WORKING_GROUPS = [
    {
        "name": "AG Sprache",
        "topic": "sprache-und-bildung",
        "is_standing": True,
        "description": "Kursträger, Beratungsstellen und Jobcenter stimmen Sprachkurse ab: "
        "Wartelisten, freie Plätze, Kurse mit Kinderbetreuung und Sprachcafés.",
        "contact": "Geschäftsstelle des Netzwerks",
        "rhythm": "alle zwei Monate",
        "meetings": {
            "title": "AG Sprache",
            "months": (2, 4, 6, 8, 10, 12),
            "week": 1,
            "weekday": 1,  # the first Tuesday
            "start": "10:00",
            "minutes": 90,
            "public": True,
            "place": "Volkshochschule, Raum nach Aushang (Demo)",
            "online_url": "",
            "registration_note": "",
            "themes": [
                {
                    "title": "Kursplätze und Wartelisten",
                    "agenda": _md(
                        """
                        1. Freie Plätze und Wartelisten der Kursträger
                        2. Abendkurse für Berufstätige
                        3. Verschiedenes
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Die Träger melden zusammen rund vierzig freie Plätze in Abendkursen.
                        - Das Jobcenter verweist künftig gezielt auf diese Kurse.
                        """
                    ),
                },
                {
                    "title": "Sprachcafés und Lernpatenschaften",
                    "agenda": _md(
                        """
                        1. Übersicht der Sprachcafés in den Stadtteilen
                        2. Lernpatenschaften: Wer vermittelt, wer begleitet?
                        3. Verschiedenes
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Die Übersicht der Sprachcafés wird zweimal im Jahr aktualisiert.
                        - Lernpatenschaften vermittelt künftig die Initiative
                          Integrationslotsen.
                        """
                    ),
                },
            ],
        },
    },
    {
        "name": "AG Veranstaltungen und Fortbildungen",
        "topic": "vernetzung",
        "is_standing": True,
        "description": "Plant die Integrationsseminare im Rathaus, Fortbildungen für "
        "Mitglieder und gemeinsame Veranstaltungen des Netzwerks.",
        "contact": "Geschäftsstelle des Netzwerks",
        "rhythm": "vierteljährlich",
        "meetings": {
            "title": "AG Veranstaltungen und Fortbildungen",
            "months": (2, 5, 8, 11),
            "week": 3,
            "weekday": 3,  # the third Thursday
            "start": "16:00",
            "minutes": 120,
            "public": True,
            "place": ERFURT_OFFICE,
            "online_url": "",
            "registration_note": "",
            "themes": [
                {
                    "title": "Fortbildungsprogramm",
                    "agenda": _md(
                        """
                        1. Wünsche der Mitglieder für Fortbildungen
                        2. Integrationsseminar im Rathaus: Thema und Referierende
                        3. Verschiedenes
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Am häufigsten gewünscht: Aufenthaltsrecht für Beratende und
                          Vereinsfinanzen für Ehrenamtliche.
                        - Das nächste Integrationsseminar widmet sich dem Thema Wohnen.
                        """
                    ),
                },
                {
                    "title": "Rückblick und Vorschau",
                    "agenda": _md(
                        """
                        1. Rückmeldungen zu den letzten Veranstaltungen
                        2. Vorschau auf das nächste Quartal
                        3. Verschiedenes
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Veranstaltungen am frühen Abend waren besser besucht als am
                          Vormittag; das wird künftig berücksichtigt.
                        """
                    ),
                },
            ],
        },
    },
    {
        "name": "AG Integrationslotsen und Patenschaften",
        "topic": "ehrenamt-und-patenschaften",
        "is_standing": True,
        "description": "Gewinnt, schult und begleitet ehrenamtliche Lotsinnen, Lotsen, "
        "Patinnen und Paten, die Neuankommende in Erfurt unterstützen.",
        "contact": "Initiative Integrationslotsen und Patenschaften",
        "rhythm": "vierteljährlich",
        "meetings": {
            "title": "AG Integrationslotsen und Patenschaften",
            "months": (1, 4, 7, 10),
            "week": 3,
            "weekday": 0,  # the third Monday
            "start": "17:00",
            "minutes": 90,
            # Members only: the group talks about the people it accompanies.
            "public": False,
            "place": ERFURT_OFFICE,
            "online_url": "https://example.org/treffen/ag-lotsen",
            "registration_note": "",
            "themes": [
                {
                    "title": "Neue Freiwillige",
                    "agenda": _md(
                        """
                        1. Anfragen von Neuankommenden und offene Vermittlungen
                        2. Schulung für neue Lotsinnen und Lotsen
                        3. Austausch über schwierige Situationen (vertraulich)
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Zwölf Anfragen sind offen, acht davon von Familien.
                        - Die Schulung findet an zwei Samstagen statt; die Kirchengemeinde
                          stellt Räume.
                        """
                    ),
                },
                {
                    "title": "Begleitung der Ehrenamtlichen",
                    "agenda": _md(
                        """
                        1. Supervision und Erfahrungsaustausch
                        2. Versicherung und Auslagenerstattung
                        3. Verschiedenes
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Eine Supervision pro Quartal wird fest eingeplant.
                        - Die Geschäftsstelle stellt ein Merkblatt zur Versicherung bereit.
                        """
                    ),
                },
            ],
        },
    },
    {
        "name": "AG Aufbau Fach- und Servicestelle",
        "topic": "kommunale-integrationsarbeit",
        "is_standing": False,
        "description": "Zeitweilige Arbeitsgruppe: bereitet eine Fach- und Servicestelle für "
        "Migration und Integration vor – Aufgaben, Räume, Öffnungszeiten, Sprachen.",
        "contact": "Geschäftsstelle des Netzwerks",
        "rhythm": "monatlich, bis die Servicestelle eröffnet",
        "meetings": {
            "title": "AG Aufbau Fach- und Servicestelle",
            "months": tuple(range(1, 13)),
            "week": 4,
            "weekday": 2,  # the fourth Wednesday
            "start": "09:00",
            "minutes": 90,
            # Members only: drafts and budgets are discussed before they are agreed.
            "public": False,
            "place": "",
            "online_url": "https://example.org/treffen/ag-servicestelle",
            "registration_note": "",
            "themes": [
                {
                    "title": "Aufgaben und Zuständigkeiten",
                    "agenda": _md(
                        """
                        1. Welche Anfragen soll die Servicestelle beantworten?
                        2. Abgrenzung zu Migrationsberatung und Clearingstelle
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Die Servicestelle soll erste Orientierung geben und gezielt
                          weiterverweisen, aber keine Einzelfallberatung ersetzen.
                        """
                    ),
                },
                {
                    "title": "Räume und Öffnungszeiten",
                    "agenda": _md(
                        """
                        1. Raumangebote und Barrierefreiheit
                        2. Öffnungszeiten und Sprachen
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Zwei Räume sind im Gespräch; beide sind stufenlos erreichbar.
                        - Sprechzeiten sollen auch am Abend und in mindestens vier Sprachen
                          angeboten werden.
                        """
                    ),
                },
                {
                    "title": "Finanzierung",
                    "agenda": _md(
                        """
                        1. Stand der Gespräche mit der Stadt
                        2. Ergänzende Fördermittel
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Die Stadt prüft eine Finanzierung im nächsten Haushalt; ein
                          Förderantrag beim Land wird parallel vorbereitet.
                        """
                    ),
                },
            ],
        },
    },
    {
        "name": "AG Interkultureller Markt der Möglichkeiten",
        "topic": "teilhabe-und-antidiskriminierung",
        "is_standing": False,
        "description": "Zeitweilige Arbeitsgruppe: bereitet zur Interkulturellen Woche einen "
        "Markt vor, auf dem sich Integrationsakteure und Migrantenorganisationen zeigen.",
        "contact": "Büro für Migration und Integration",
        "rhythm": "monatlich von Mai bis September",
        "meetings": {
            "title": "AG Markt der Möglichkeiten",
            "months": (5, 6, 7, 8, 9),
            "week": 2,
            "weekday": 0,  # the second Monday
            "start": "16:00",
            "minutes": 90,
            "public": True,
            "place": ERFURT_OFFICE,
            "online_url": "",
            "registration_note": "Wer einen Stand oder einen Bühnenbeitrag plant, ist willkommen.",
            "themes": [
                {
                    "title": "Stände und Bühnenprogramm",
                    "agenda": _md(
                        """
                        1. Anmeldungen für Stände
                        2. Bühnenprogramm der Migrantenorganisationen
                        3. Technik und Helferliste
                        """
                    ),
                    "minutes": _md(
                        """
                        **Protokoll (Demo)**

                        - Vierundzwanzig Stände sind angemeldet, das Bühnenprogramm ist
                          fast voll.
                        """
                    ),
                },
            ],
        },
    },
]

# --- Networks ---------------------------------------------------------------------------
# Members: (organisation slug, role, member since). Roles are NetworkMembership.Role values.

ERFURT_NETWORK = {
    "slug": "netzwerk-fuer-integration-erfurt",
    "name": "Netzwerk für Integration Erfurt (Demo)",
    "kind": "kommunal",
    "scope": "kommune",
    "region_ags": ERFURT,
    "city": "Erfurt",
    "founded": 1999,
    "email": "netzwerk-integration-erfurt@example.org",
    "website": "https://example.org/netzwerk-integration-erfurt",
    "description": _md(
        """
        Seit Oktober 1999 bringt das Netzwerk in Erfurt Ämter, Träger, Vereine,
        Migrantenorganisationen, Firmen und Einzelpersonen zusammen – heute sind es mehr als 60
        Beteiligte. Es ging aus einem runden Tisch zur Aufnahme von Spätaussiedlerinnen und
        Spätaussiedlern hervor und war eines der ersten Modellprojekte dieser Art in den
        ostdeutschen Ländern. Seit dem Ende der Modellförderung durch Bund und Stadt im Jahr
        2002 finanziert die Stadt das Netzwerk; ein freier Bildungsträger führt die
        Geschäftsstelle.

        Sechsmal im Jahr lädt das Netzwerk zur Netzwerktagung ins Rathaus. Dort stellen sich
        neue Projekte vor, die Arbeitsgruppen berichten und die Beteiligten stimmen ihre
        Angebote ab. Ständige und zeitweilige Arbeitsgruppen bearbeiten einzelne Themen; eine
        Clearingstelle hilft in schwierigen Einzelfällen. Bereitschaftserklärungen und eine
        Geschäftsordnung machen die Zusammenarbeit verbindlich.
        """
    )
    + "\n\n"
    + DEMO_NOTE,
    "goals": _md(
        """
        - Angebote abstimmen, Lücken erkennen und Doppelungen vermeiden
        - Neuankommende durch Integrationslotsen und Patenschaften begleiten
        - Kommunale Vereinbarungen zur Integration entwickeln und umsetzen
        - Gemeinsame Anträge bei Bund und Land stellen, Projekte begleiten und auswerten
        - Eine Fach- und Servicestelle für Migration und Integration aufbauen
        """
    ),
    "parent": None,
    "coordinators": [COORDINATOR],
    "projects": ["netzwerk-fuer-integration-erfurt"],
    "members": [
        ("erfurt-bildungswerk-brueckenschlag", "koordination", "1999-10-01"),
        ("erfurt-stadtverwaltung-migration-integration", "koordination", "1999-10-01"),
        ("erfurt-auslaenderbeirat", "mitglied", "1999-10-01"),
        ("erfurt-treffpunkt-brueckenland", "mitglied", "1999-10-01"),
        ("erfurt-auslaenderbehoerde", "mitglied", "2000-03-01"),
        ("erfurt-jugendamt", "mitglied", "2000-03-01"),
        ("erfurt-migrationsberatung-erwachsene", "mitglied", "2000-06-15"),
        ("erfurt-jugendmigrationsdienst", "mitglied", "2001-01-10"),
        ("erfurt-volkshochschule-daz", "mitglied", "2001-09-01"),
        ("erfurt-ev-kirchengemeinde-beispielviertel", "mitglied", "2002-05-01"),
        ("erfurt-kath-pfarrei-st-beispiel", "mitglied", "2003-02-01"),
        ("erfurt-afrikanisch-deutscher-kulturtreff", "mitglied", "2004-11-01"),
        ("erfurt-lernwerkstatt-sprungbrett", "mitglied", "2005-04-01"),
        ("erfurt-jobcenter", "mitglied", "2005-01-01"),
        ("erfurt-clearingstelle", "mitglied", "2006-10-01"),
        ("erfurt-medienwerkstatt-vielklang", "mitglied", "2008-03-01"),
        ("erfurt-kulturverein-lotus", "mitglied", "2009-06-01"),
        ("erfurt-sprachschule-wortwechsel", "mitglied", "2010-01-15"),
        ("erfurt-integrationslotsen-patenschaften", "mitglied", "2011-05-01"),
        ("erfurt-garten-wurzelwerk", "mitglied", "2013-04-01"),
        ("erfurt-fluechtlingssozialarbeit", "mitglied", "2015-09-01"),
        ("erfurt-familienverein-jasmin", "mitglied", "2017-02-01"),
        ("erfurt-sportverein-gruen-weiss", "mitglied", "2018-09-01"),
        ("erfurt-integration-point", "partner", "2016-01-01"),
        ("erfurt-ihk-anerkennungsberatung", "partner", "2012-04-01"),
        ("erfurt-handwerkskammer-ausbildung", "partner", "2016-09-01"),
        ("erfurt-islamische-gemeinde", "partner", "2016-03-01"),
        ("erfurt-psychosoziale-beratung", "partner", "2017-06-01"),
        ("erfurt-wohnungsgenossenschaft-beispielhaus", "partner", "2019-01-01"),
        ("erfurt-buergerstiftung", "partner", "2014-10-01"),
    ],
    "working_groups": ERFURT_WORKING_GROUPS,
    "meetings": NETWORK_MEETINGS,
}

UMBRELLA_SLUG = "bundesnetzwerk-migrantenorganisationen"

MSO_NETWORKS = [
    {
        "slug": UMBRELLA_SLUG,
        "name": "Bundesnetzwerk lokaler Migrantenorganisationen (Demo)",
        "kind": "dachverband",
        "scope": "bund",
        "region_ags": "11000",
        "city": "Berlin",
        "founded": 2013,
        "email": "bundesnetzwerk-mso@example.org",
        "website": "",
        "description": _md(
            """
            Ein erfundener Dachverband nach dem Vorbild eines Bundesverbands, in dem sich 442
            Migrantenorganisationen aus elf Städten herkunfts- und kulturübergreifend
            zusammengeschlossen haben. Die Mitglieder sind lokale Verbünde: In jeder Stadt
            arbeiten Vereine zusammen, die Zugewanderte selbst gegründet haben – für Bildung,
            Kultur, Gesundheit und den Zugang zum Arbeitsmarkt.

            Der Dachverband bietet eine Plattform für Austausch und bundesweite Vernetzung,
            qualifiziert ehrenamtliche Vorstände und berät die lokalen Verbünde vor Ort. Er
            vertritt ihre Interessen auf Bundesebene und versteht den Kampf gegen Armut und
            Rassismus als Voraussetzung dafür, dass sich Menschen engagieren können.
            """
        )
        + "\n\n"
        + DEMO_NOTE,
        "goals": _md(
            """
            - Aktive mit Migrationsgeschichte vor Ort stärken, vernetzen und sichtbar machen
            - Lokale Arbeit und Bundesebene verknüpfen
            - Beratung, Qualifizierung und Erfahrungsaustausch für die Mitgliedsvereine
            - Mitsprache von Migrantenorganisationen in öffentlichen Debatten stärken
            """
        ),
        "parent": None,
        "coordinators": [],
        "projects": [],
        "members": [("stiftung-teilhabe-und-vielfalt", "partner", "2019-05-01")],
    },
    {
        "slug": "mso-verbund-moenchengladbach",
        "name": "Verbund Migrantenorganisationen Mönchengladbach (Demo)",
        "kind": "mso",
        "scope": "kommune",
        "region_ags": "05116",
        "city": "Mönchengladbach",
        "founded": 2014,
        "email": "mso-verbund-mg@example.org",
        "website": "",
        "description": _md(
            """
            Deutsch-türkische, kurdische, afrikanische und russischsprachige Vereine gestalten
            gemeinsam das Zusammenleben in der Stadt mit. Der Verbund ist in der Phase der
            Formalisierung angekommen: Abläufe, Zuständigkeiten und Regeln sind in einer
            Kooperationsvereinbarung festgehalten, die Koordination liegt bei einem
            Mitgliedsverein. Zusammengearbeitet wird mit Schulen, Moscheegemeinden,
            Migrationsberatung, Jobcenter und dem Integrationsbüro der Stadt.
            """
        )
        + "\n\n"
        + DEMO_NOTE,
        "goals": _md(
            """
            - Das interkulturelle Zusammenleben in der Stadt aktiv mitgestalten
            - Die schulische Situation von Kindern und Jugendlichen mit Migrationsgeschichte
              verbessern
            - Über Angebote auf dem Arbeitsmarkt informieren und dabei begleiten
            - Andere Migrantenorganisationen beraten und unterstützen
            """
        ),
        "parent": UMBRELLA_SLUG,
        "coordinators": [],
        "projects": ["vereinsnetz-vielfalt-moenchengladbach"],
        "members": [
            ("mg-koepruee-bildung-kultur", "koordination", "2014-03-01"),
            ("mg-radio-vielstimmig", "mitglied", "2014-03-01"),
            ("mg-stimme-der-solidaritaet", "mitglied", "2015-10-01"),
            ("mg-moscheegemeinde-am-markt", "partner", "2016-02-01"),
            ("mg-integrationsbuero", "partner", "2014-06-01"),
        ],
    },
    {
        "slug": "mso-netzwerk-dortmund",
        "name": "MSO-Netzwerk Dortmund (Demo)",
        "kind": "mso",
        "scope": "kommune",
        "region_ags": "05913",
        "city": "Dortmund",
        "founded": 2016,
        "email": "mso-netzwerk-dortmund@example.org",
        "website": "",
        "description": _md(
            """
            Vereine aus der Nordstadt haben sich zusammengetan, um Räume, Ehrenamtliche und
            Wissen zu teilen. Das Netzwerk ist in der Phase der Stabilisierung: Die
            Koordination ist vereinbart, erste gemeinsame Vorhaben laufen und werden
            gemeinsam ausgewertet.
            """
        )
        + "\n\n"
        + DEMO_NOTE,
        "goals": _md(
            """
            - Gemeinsam Bildungs- und Kulturangebote machen
            - Räume teilen und Kosten senken
            - Sprechstunden von Ämtern in die Vereine holen
            """
        ),
        "parent": UMBRELLA_SLUG,
        "coordinators": [],
        "projects": [],
        "members": [
            ("do-elternverein-most", "koordination", "2016-05-01"),
            ("do-kulturverein-akwaaba", "mitglied", "2016-05-01"),
            ("do-nachbarschaft-prieteni", "mitglied", "2018-01-15"),
            ("do-jobcenter-integration-point", "partner", "2019-03-01"),
        ],
    },
    {
        "slug": "mso-netzwerk-essen",
        "name": "MSO-Netzwerk Essen (Demo)",
        "kind": "mso",
        "scope": "kommune",
        "region_ags": "05113",
        "city": "Essen",
        "founded": 2021,
        "email": "mso-netzwerk-essen@example.org",
        "website": "",
        "description": _md(
            """
            Ein junges Netzwerk in der Phase „sich organisieren“: In der ersten gemeinsamen
            Sitzung haben die Vereine ihr Ziel festgelegt – Eltern und Ältere besser zu
            erreichen – und die ersten Maßnahmen verabredet. Ein Protokoll hält jede
            Vereinbarung fest.
            """
        )
        + "\n\n"
        + DEMO_NOTE,
        "goals": _md(
            """
            - Eltern mit Migrationsgeschichte und Schulen zusammenbringen
            - Gesundheitsinformationen für ältere Zugewanderte in ihren Sprachen anbieten
            """
        ),
        "parent": UMBRELLA_SLUG,
        "coordinators": [],
        "projects": [],
        "members": [
            ("e-frauenverein-zeitun", "koordination", "2021-09-01"),
            ("e-elternverein-denge-me", "mitglied", "2021-09-01"),
            ("e-seniorentreff-cinar", "mitglied", "2022-02-01"),
            ("e-gesamtschule-beispiel", "partner", "2022-08-15"),
        ],
    },
    {
        "slug": "mso-netzwerk-halle",
        "name": "MSO-Netzwerk Halle (Saale) (Demo)",
        "kind": "mso",
        "scope": "kommune",
        "region_ags": "15002",
        "city": "Halle (Saale)",
        "founded": 2023,
        "email": "mso-netzwerk-halle@example.org",
        "website": "",
        "description": _md(
            """
            Noch in der Phase der Kontaktaufnahme: Drei Vereine sprechen miteinander, lernen
            sich kennen und suchen weitere Partner mit ähnlichen Interessen. Wer am Ende
            dabei ist, ist noch offen.
            """
        )
        + "\n\n"
        + DEMO_NOTE,
        "goals": _md(
            """
            - Ein gemeinsames Kernziel finden, das alle mittragen
            - Stadtteilvereine und Migrantenorganisationen zusammenbringen
            """
        ),
        "parent": UMBRELLA_SLUG,
        "coordinators": [],
        "projects": ["tandem-aktiv-halle"],
        "members": [
            ("hal-gemeinschaft-sen-vang", "koordination", "2023-04-01"),
            ("hal-kulturverein-bab", "mitglied", "2023-04-01"),
            ("hal-frauenkreis-nawa", "mitglied", "2024-01-10"),
        ],
    },
    {
        "slug": "mso-netzwerk-duesseldorf",
        "name": "MSO-Netzwerk Düsseldorf (Demo)",
        "kind": "mso",
        "scope": "kommune",
        "region_ags": "05111",
        "city": "Düsseldorf",
        "founded": 2019,
        "email": "mso-netzwerk-duesseldorf@example.org",
        "website": "",
        "description": _md(
            """
            Ein älterer Elternverein gibt seine Erfahrung an junge Organisationen weiter. Das
            Netzwerk hat seine Geschäftsordnung beschlossen, trifft sich jeden Monat und
            wechselt den Gastgeber, damit alle Vereine die Räume der anderen kennenlernen.
            """
        )
        + "\n\n"
        + DEMO_NOTE,
        "goals": _md(
            """
            - Junge Migrantenorganisationen bei Gründung und Professionalisierung begleiten
            - Jugendliche beim Übergang in Ausbildung unterstützen
            """
        ),
        "parent": UMBRELLA_SLUG,
        "coordinators": [],
        "projects": [],
        "members": [
            ("d-elternverein-elia", "koordination", "2019-02-01"),
            ("d-eritreische-gemeinschaft", "mitglied", "2019-02-01"),
            ("d-kulturverein-atlas", "mitglied", "2020-06-01"),
        ],
    },
]


def _municipal(
    slug: str,
    name: str,
    region_ags: str,
    city: str,
    founded: int,
    description: str,
    goals: str,
    members: list[tuple[str, str, str]],
    projects: list[str],
    working_groups: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A Thuringian district's or city's integration management as a municipal network."""
    return {
        "slug": slug,
        "name": name,
        "kind": "kommunal",
        "scope": "kommune",
        "region_ags": region_ags,
        "city": city,
        "founded": founded,
        "email": f"{slug}@example.org",
        "website": "",
        "description": _md(description) + "\n\n" + DEMO_NOTE,
        "goals": _md(goals),
        "parent": None,
        "coordinators": [],
        "projects": projects,
        "members": members,
        "working_groups": working_groups or [],
    }


def _group(
    name: str, topic: str, description: str, rhythm: str, standing: bool = True
) -> dict[str, Any]:
    """A working group without meeting plans; the network's office is its contact."""
    return {
        "name": name,
        "topic": topic,
        "is_standing": standing,
        "description": description,
        "contact": "Integrationsmanagement im Landratsamt",
        "rhythm": rhythm,
    }


THURINGIA_NETWORKS = [
    _municipal(
        "integration-ilm-kreis",
        "Integrationsmanagement Ilm-Kreis (Demo)",
        "16070",
        "Arnstadt",
        2016,
        """
        Das Integrationsmanagement ist als Stabsstelle dem Sozialamt und dem Büro der
        Landrätin zugeordnet. Nach Unterbringung und Versorgung (2015/16) und einem Jahr mit
        Schwerpunkt berufliche Integration rückte 2018 die soziale Teilhabe in den Blick: Aus
        einer Arbeitsgruppe entstand ein interkulturelles Spiel- und Sportfest an einer
        Gemeinschaftsunterkunft. Rund 500 Menschen kamen, etwa drei Viertel davon mit
        Migrationsgeschichte; fünf Vereine zählten danach 17 neue Mitglieder. 2019 folgte ein
        „Tag der Vereine“ in Arnstadt und Ilmenau.
        """,
        """
        - Geflüchtete und Einheimische bei Spiel und Sport zusammenbringen
        - Zugewanderte in bestehende Vereine und Freizeitangebote führen
        - Die Vereinslandschaft des Kreises sichtbar machen
        """,
        [
            ("ilm-integrationssportverein", "mitglied", "2018-05-01"),
            ("ilm-jugendhilfeverbund", "mitglied", "2018-05-01"),
            ("ilm-bildungstraeger", "partner", "2017-03-01"),
        ],
        ["spiel-und-sportfest-ilm-kreis"],
        [
            _group(
                "AG Soziokulturelle Integration",
                "sport-und-freizeit",
                "Plant Begegnungsformate wie das Spiel- und Sportfest und den Tag der Vereine.",
                "nach Bedarf, vor Veranstaltungen monatlich",
            )
        ],
    ),
    _municipal(
        "integration-jena",
        "Team Integration Jena (Demo)",
        "16053",
        "Jena",
        2016,
        """
        Das Büro für Migration und Integration ist als Stabsstelle direkt beim
        Oberbürgermeister angesiedelt. Sein Schwerpunkt sind Begegnungs- und
        Beteiligungsformate. 2018 stand sieben Wochen lang ein Kochcontainer in Lobeda-West:
        25 Kochabende, freitags offene Abende, am Wochenende Vereine und Initiativen. Daraus
        ist eine Kochgruppe entstanden, die sich ohne Container jeden Monat weiter trifft –
        getragen auch von zwei Geflüchteten aus dem Stadtteil.
        """,
        """
        - Willkommens- und Anerkennungskultur in der Stadt stärken
        - Begegnungen schaffen, die über eine einzelne Veranstaltung hinaus halten
        """,
        [
            ("jena-stadtteilzentrum-lobeda", "mitglied", "2018-06-01"),
            ("jena-kochgruppe-lobeda", "mitglied", "2018-10-01"),
            ("jena-migrationsberatung", "partner", "2016-09-01"),
        ],
        ["gemeinsam-kochen-lobeda"],
    ),
    _municipal(
        "integration-landkreis-nordhausen",
        "Koordinierungsstelle Integrationsmanagement Nordhausen (Demo)",
        "16062",
        "Nordhausen",
        2016,
        """
        Das Integrationsmanagement gehört zum Stab Sozialplanung und Controlling und sitzt in
        der Koordinierungsstelle, nahe beim Integrationsbeirat. Mit dem Helferkreis eines
        Wohlfahrtswerks entstanden die Aktionstage „Unterwegs in unserer neuen Heimat“:
        Ausflüge einheimischer und geflüchteter Familien in den Harz und zu Sehenswürdigkeiten
        der Region. Von Frühjahr 2017 bis Herbst 2018 gab es sechs Aktionstage mit jeweils 30
        bis 60 Teilnehmenden; im Juli 2019 fuhren 18 Familien mit 56 Personen mit.
        """,
        """
        - Gemeinsame Erlebnisse jenseits kultureller und religiöser Unterschiede schaffen
        - Die neue Heimat und ihre Geschichte kennenlernen
        - Deutsch im Alltag üben
        """,
        [
            ("ndh-helferkreis", "mitglied", "2017-03-01"),
            ("ndh-integrationsbeirat", "mitglied", "2016-11-01"),
            ("ndh-wandergruppe-harz", "partner", "2018-04-01"),
        ],
        ["aktionstage-neue-heimat-nordhausen"],
    ),
    _municipal(
        "integration-saale-holzland-kreis",
        "Integrationsmanagement Saale-Holzland-Kreis (Demo)",
        "16074",
        "Eisenberg",
        2016,
        """
        Das Integrationsmanagement gehört zur Abteilung Soziales, Jugend und Gesundheit. Im
        Kreis stellen EU-Bürgerinnen und EU-Bürger rund 70 Prozent der gemeldeten
        Ausländerinnen und Ausländer. Die „Arbeitsgruppe EU-Bürger“ bringt Schule,
        Schulverwaltung, Ausländerrecht und Meldewesen zusammen. Sie hat einen Flyer zur
        Schulpflicht, Merkblätter für Schwerpunktschulen und eine Broschüre zum Schulalltag
        herausgebracht; ein Fragebogen zur Zusammenarbeit von Eltern und Schule ist geplant.
        """,
        """
        - Schulabsentismus vorbeugen und Bußgeldverfahren vermeiden
        - Kultur- und sprachsensible Arbeitshilfen entwickeln und übersetzen
        - Die Zusammenarbeit von Eltern und Schule verbessern
        """,
        [
            ("shk-schulverwaltung", "mitglied", "2017-09-01"),
            ("shk-schwerpunktschule", "mitglied", "2018-01-15"),
            ("shk-beratung-eu-zugewanderte", "partner", "2018-06-01"),
        ],
        [],
        [
            _group(
                "Arbeitsgruppe EU-Bürger",
                "sprache-und-bildung",
                "Entscheidungsträger aus Schule, Ausländerrecht, Schulverwaltung und "
                "Meldewesen erarbeiten Arbeitshilfen für Familien aus der EU.",
                "alle zwei Monate",
            )
        ],
    ),
    _municipal(
        "integration-eisenach",
        "Stabsstelle Soziale Stadt Eisenach – Integration (Demo)",
        "16063",
        "Eisenach",
        2016,
        """
        Das Integrationsmanagement arbeitet in der Stabsstelle „Soziale Stadt“ des Dezernats
        für Bildung, Jugend, Kultur und Soziales, zusammen mit Armutsprävention,
        Bildungsmanagement und der Bildungskoordination für Neuzugewanderte. Ein
        Lebenslagenbericht von 2018 hat erstmals Daten zu Kindern und Jugendlichen mit
        Migrationsgeschichte zusammengetragen. Das Integrationskonzept wird Teil der
        Armutspräventionsstrategie; die Netzwerkpartner haben Ziele und Maßnahmen mit
        erarbeitet.
        """,
        """
        - Beschäftigungsfähigkeit sichern, Familie und Beruf vereinbar machen
        - Seelische Gesundheit und Bildung für nachhaltige Entwicklung stärken
        - Interkulturelle Öffnung der Einrichtungen voranbringen
        """,
        [
            ("esa-bildungskoordination", "mitglied", "2017-01-01"),
            ("esa-familienzentrum", "mitglied", "2018-04-01"),
            ("esa-sprachkurstraeger", "partner", "2017-05-01"),
        ],
        [],
    ),
    _municipal(
        "netzwerkstelle-integration-hildburghausen",
        "Netzwerkstelle Integration und Migration Hildburghausen (Demo)",
        "16069",
        "Hildburghausen",
        2016,
        """
        Die Netzwerkstelle gibt es seit Januar 2016; seit 2019 ist sie ohne Fördervorbehalt
        fest im Amt für Migration verankert. Sie koordiniert Institutionen, Vereine und
        Ehrenamtliche rund um sechs Gemeinschafts- und 40 Einzelunterkünfte im ländlichen
        Raum. Mit dem Kreissportbund entstanden ein Sportzirkel (Herbst 2018) und ein
        Begegnungs-Sportfest (August 2019); Informationsabende finden dort statt, wo
        Neuzugewanderte ohnehin hinkommen, etwa im Nachbarschaftszentrum.
        """,
        """
        - Raum für Austausch und neue Begegnungen schaffen
        - Neue Partner finden und bestehende Partnerschaften pflegen
        - Ehrenamtliche in der Flüchtlingsarbeit stärken
        """,
        [
            ("hbn-kreissportbund", "mitglied", "2018-09-01"),
            ("hbn-nachbarschaftszentrum", "mitglied", "2017-02-01"),
            ("hbn-volkshochschule", "mitglied", "2016-04-01"),
            ("hbn-netzwerk-ehrenamt", "mitglied", "2016-01-15"),
        ],
        ["netzwerkstelle-integration-hildburghausen"],
    ),
    _municipal(
        "integration-saale-orla-kreis",
        "Integrationsmanagement Saale-Orla-Kreis (Demo)",
        "16075",
        "Schleiz",
        2016,
        """
        Das Integrationsmanagement gehört zur Stabsstelle Ausländerwesen und Integration beim
        Ersten Beigeordneten. Sein Schwerpunkt ist offene Kommunikation: Fragen und Antworten
        zu Asyl auf der Website des Landkreises, Informationen für die Presse, ein Newsletter
        für Bürgermeisterinnen und Bürgermeister, Jobcenter und Polizei, öffentliche
        Informationsabende und Ausstellungen. Ein Wegweiser hilft Migrantinnen und Migranten
        bei der Orientierung.
        """,
        """
        - Die Bevölkerung offen und verständlich informieren
        - Sorgen ernst nehmen und im Gespräch entkräften
        - Ein Klima der Beteiligung vor Ort mitgestalten
        """,
        [
            ("sok-paedagogikverein", "mitglied", "2016-09-01"),
            ("sok-erzaehlcafe", "mitglied", "2015-11-01"),
            ("sok-jobcenter", "partner", "2016-06-01"),
        ],
        [],
    ),
    _municipal(
        "netzwerk-integration-landkreis-soemmerda",
        "Netzwerk Integration im Landkreis Sömmerda (Demo)",
        "16068",
        "Sömmerda",
        2016,
        """
        Ein offener, freiwilliger Verbund von Akteuren der Integrationsarbeit, angestoßen von
        Jobcenter und einem Samariter-Kreisverband. Seit dem Frühjahr 2016 organisiert,
        moderiert und dokumentiert das Integrationsmanagement im Landratsamt die Treffen.
        Kern sind drei Arbeitskreise und eine Steuergruppe; bisher gab es 35 thematische
        Sitzungen. Ergebnisse: abgestimmte Sprachkurse, ein Konzept für Mietschulungen, die
        Kampagne „Herz statt Hetze“ und ein beteiligungsorientiert erarbeitetes
        Integrationskonzept.
        """,
        """
        - Informationen weitergeben, Bedarfe erkennen, Projekte abstimmen
        - Aufeinander aufbauende Angebote statt Parallelstrukturen
        - Künftig auch EU-Bürgerinnen und EU-Bürger besser erreichen
        """,
        [
            ("som-sozialplanung", "koordination", "2016-03-01"),
            ("som-jobcenter", "mitglied", "2015-10-01"),
            ("som-fluechtlingshilfe", "mitglied", "2015-10-01"),
            ("som-wohnungsunternehmen", "mitglied", "2016-09-01"),
            ("som-sportjugend", "partner", "2017-05-01"),
        ],
        ["netzwerk-integration-soemmerda"],
        [
            _group(
                "Steuergruppe",
                "kommunale-integrationsarbeit",
                "Bündelt die Ergebnisse der Arbeitskreise und bereitet Entscheidungen vor.",
                "nach Vereinbarung",
            ),
            _group(
                "Arbeitskreis Wohnen",
                "wohnen",
                "Wohnungssuche, Nachbarschaft und Mietschulungen.",
                "vierteljährlich",
            ),
            _group(
                "Arbeitskreis Bildung & Arbeit",
                "arbeit-und-ausbildung",
                "Sprachkurse, Ausbildung und Arbeit abstimmen.",
                "vierteljährlich",
            ),
            _group(
                "Arbeitskreis gesellschaftliche Teilhabe",
                "teilhabe-und-antidiskriminierung",
                "Interkulturelle Woche, Ehrenamt, Sport und Kampagnen.",
                "vierteljährlich",
            ),
        ],
    ),
    _municipal(
        "integration-saalfeld-rudolstadt",
        "Integrationsmanagement Saalfeld-Rudolstadt (Demo)",
        "16073",
        "Saalfeld",
        2016,
        """
        Das Integrationsmanagement gehört zur Stabsstelle Planung und Controlling im
        Fachbereich Jugend, Soziales und Gesundheit und setzt auf Empowerment. 2018 wünschte
        sich die somalische Community einen eigenen Verein. Ab November 2018 gab es
        Arbeitstreffen zu Satzung und Vereinsrecht, unterstützt von einem
        Wohlfahrtsverband und dem Landesnetzwerk der Migrantenorganisationen; im Februar 2019
        wurden Satzung beschlossen und Vorstand gewählt. Es ist die erste
        Migrantenorganisation im Landkreis.
        """,
        """
        - Gründungen von Migrantenorganisationen begleiten
        - Vorurteile und Diskriminierung abbauen, die Rechte von Frauen stärken
        - Eine Willkommens- und Anerkennungskultur im Landkreis fördern
        """,
        [
            ("slf-somalische-gemeinschaft", "mitglied", "2019-02-15"),
            ("slf-wohlfahrtsverband", "partner", "2018-11-01"),
            ("slf-landesnetzwerk-mso", "partner", "2018-11-01"),
        ],
        ["gruendungsbegleitung-mso-saalfeld-rudolstadt"],
    ),
    _municipal(
        "integration-altenburger-land",
        "Integrationsmanagement Altenburger Land (Demo)",
        "16077",
        "Altenburg",
        2016,
        """
        Das Integrationsmanagement ist als Stabsstelle beim Ersten Beigeordneten für
        Integration und freiwillige Aufgaben angesiedelt und legt einen Schwerpunkt auf Arbeit
        und Ausbildung. Seit 2015 arbeiten Kammern, Arbeitsagentur, Jobcenter,
        Berufsberatung, Bildungsträger, Wohlfahrtsverbände, Behörden und Arbeitgeber eng
        zusammen. Ein Beispiel: Seit 2016 lernen Geflüchtete an einer Pflegeschule im Kreis,
        meist zuerst in der Pflegehilfe und dann in der dreijährigen Ausbildung.
        """,
        """
        - Regelstrukturen nutzen und nur bei Bedarf ergänzen
        - Geflüchtete vor und während der Ausbildung begleiten
        - Fachkräfte für Pflege und Handwerk in der Region gewinnen
        """,
        [
            ("abg-pflegeschule", "mitglied", "2016-08-01"),
            ("abg-kammer", "mitglied", "2015-11-01"),
            ("abg-jobcenter", "mitglied", "2015-11-01"),
            ("abg-arbeitsmarktprojekt", "partner", "2015-11-01"),
        ],
        ["pflegeausbildung-altenburger-land"],
    ),
    _municipal(
        "integration-wartburgkreis",
        "Integrationsmanagement Wartburgkreis (Demo)",
        "16063",
        "Bad Salzungen",
        2016,
        """
        Das Integrationsmanagement ist eine Stabsstelle im Dezernat für Gesundheit, Soziales,
        Versorgung, Migration und Jugend. Im Juni 2019 lebten im Kreis 3.883 Menschen ohne
        deutschen Pass; ihre Arbeitslosenquote lag bei 9,9 Prozent, die des Kreises bei 3,8
        Prozent. Seit 2017 gibt es deshalb in der Interkulturellen Woche den „Tag der
        Arbeitsperspektive“: Unternehmen stellen sich vor, Bildungsträger informieren über
        Kurse und Anerkennung, Sprachmittlung gibt es auf Arabisch, Englisch und Französisch.
        """,
        """
        - Regionalen Fachkräfteengpässen entgegenwirken
        - Zugewanderten Praktika, Ausbildung und Arbeit zeigen
        - Vorurteile durch Begegnung abbauen
        """,
        [
            ("wak-wirtschaftsfoerderung", "mitglied", "2017-04-01"),
            ("wak-volkshochschule", "mitglied", "2017-04-01"),
            ("wak-jobcenter", "mitglied", "2016-10-01"),
            ("wak-anerkennungsberatung", "partner", "2018-05-01"),
        ],
        ["tag-der-arbeitsperspektive-wartburgkreis"],
    ),
    _municipal(
        "integration-kyffhaeuserkreis",
        "Integrationsmanagement Kyffhäuserkreis (Demo)",
        "16065",
        "Sondershausen",
        2016,
        """
        Das Integrationsmanagement gehört zum Bereich Schulverwaltung, Sport und
        Volkshochschule, weil Bildung und Sprache für die Integration entscheidend sind. Im
        Dezember 2017 eröffnete im Wohngebiet Wippertor in Sondershausen ein
        Streetworkerbüro, verabredet zwischen Landratsamt, Stadt und Polizei. Es ist
        Anlaufstelle für alle im Viertel, hilft bei Anträgen, Verträgen und Schulden und
        vermittelt in Vereine. Seitdem ist es im Wohngebiet spürbar ruhiger geworden.
        """,
        """
        - Probleme und Konflikte früh erkennen und lösen
        - Verbraucherkompetenz stärken: Wohnung, Versicherung, Konto, Handyvertrag
        - Zugewanderte in Vereine und Freizeitangebote vermitteln
        """,
        [
            ("kyf-streetworkerbuero", "mitglied", "2017-12-01"),
            ("kyf-kreisjugendring", "mitglied", "2017-12-01"),
            ("kyf-schuldnerberatung", "partner", "2018-06-01"),
        ],
        ["streetworkerbuero-sondershausen"],
    ),
    _municipal(
        "integration-schmalkalden-meiningen",
        "Integrationsmanagement Schmalkalden-Meiningen (Demo)",
        "16066",
        "Meiningen",
        2016,
        """
        Das Integrationsmanagement gehört zum Fachdienst Ausländer- und Personenstandswesen.
        Der Landkreis trägt seit September 2015 eine interkulturelle Begegnungsstätte. Ende
        August 2019 lebten 558 Asylsuchende und Geduldete im Kreis, meist in großen, teils
        ländlich gelegenen Gemeinschaftsunterkünften. Deshalb geht die Begegnungsstätte „on
        Tour“: mit einem zweistündigen Willkommens-Workshop für neue Bewohnerinnen und
        Bewohner, Gartenprojekten und einem Sportprojekt in den Unterkünften.
        """,
        """
        - Gegenseitige Akzeptanz von Zugewanderten und Einheimischen verbessern
        - Teilhabe und Hilfe zur Selbsthilfe stärken
        - Menschen in abgelegenen Unterkünften erreichen
        """,
        [
            ("sm-begegnungsstaette", "mitglied", "2015-09-01"),
            ("sm-sportverein-werratal", "partner", "2019-05-01"),
            ("sm-frauennachmittag", "mitglied", "2016-03-01"),
        ],
        ["begegnungsstaette-on-tour-schmalkalden-meiningen"],
    ),
    _municipal(
        "integration-gera",
        "Integrationsmanagement Gera (Demo)",
        "16052",
        "Gera",
        2016,
        """
        Das Integrationsmanagement ist im Dezernat Soziales angesiedelt und kümmert sich
        besonders um Schülerinnen und Schüler nichtdeutscher Herkunft. Etwa 36 Prozent der
        Zugewanderten in Gera stammen aus Syrien und dem Irak. Von Oktober 2017 bis Juni 2018
        begleitete ein arabischsprachiger Jugendbegleiter fünf Regelschulen; danach ging das
        Projekt mit zwei Begleitern weiter und erreichte auch Grundschulen.
        """,
        """
        - Zwischen Schule und Elternhaus vermitteln
        - Missverständnisse und Barrieren im Schulalltag abbauen
        - Kultursensible Jugend- und Elternarbeit stärken
        """,
        [
            ("g-regelschule", "mitglied", "2017-10-01"),
            ("g-migrationsdienst", "mitglied", "2017-10-01"),
            ("g-elternverein", "partner", "2018-03-01"),
        ],
        ["interkulturelle-jugendbegleitung-gera"],
    ),
]

# Parents first: local networks name their umbrella by slug.
NETWORKS = [ERFURT_NETWORK, *MSO_NETWORKS, *THURINGIA_NETWORKS]
