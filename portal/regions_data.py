"""Official keys of the regions the first migration ships with.

All 16 Länder, and the Kreise and kreisfreie Städte that the demo content uses: every
district of Thuringia (the municipal success stories) and the cities of the migrant
organisations' networks. Migration 0004 adds all other districts of Germany; editors
maintain them in the admin.
"""

LAENDER = [
    ("01", "Schleswig-Holstein"),
    ("02", "Hamburg"),
    ("03", "Niedersachsen"),
    ("04", "Bremen"),
    ("05", "Nordrhein-Westfalen"),
    ("06", "Hessen"),
    ("07", "Rheinland-Pfalz"),
    ("08", "Baden-Württemberg"),
    ("09", "Bayern"),
    ("10", "Saarland"),
    ("11", "Berlin"),
    ("12", "Brandenburg"),
    ("13", "Mecklenburg-Vorpommern"),
    ("14", "Sachsen"),
    ("15", "Sachsen-Anhalt"),
    ("16", "Thüringen"),
]

# (Kreisschlüssel, name, kind)
DISTRICTS = [
    ("02000", "Hamburg", "kreisfreie_stadt"),
    ("03241", "Region Hannover", "kreis"),
    ("04011", "Bremen", "kreisfreie_stadt"),
    ("05111", "Düsseldorf", "kreisfreie_stadt"),
    ("05113", "Essen", "kreisfreie_stadt"),
    ("05116", "Mönchengladbach", "kreisfreie_stadt"),
    ("05315", "Köln", "kreisfreie_stadt"),
    ("05911", "Bochum", "kreisfreie_stadt"),
    ("05913", "Dortmund", "kreisfreie_stadt"),
    ("06412", "Frankfurt am Main", "kreisfreie_stadt"),
    ("08111", "Stuttgart", "kreisfreie_stadt"),
    ("09162", "München", "kreisfreie_stadt"),
    ("09564", "Nürnberg", "kreisfreie_stadt"),
    ("11000", "Berlin", "kreisfreie_stadt"),
    ("14612", "Dresden", "kreisfreie_stadt"),
    ("14713", "Leipzig", "kreisfreie_stadt"),
    ("15002", "Halle (Saale)", "kreisfreie_stadt"),
    ("15003", "Magdeburg", "kreisfreie_stadt"),
    ("16051", "Erfurt", "kreisfreie_stadt"),
    ("16052", "Gera", "kreisfreie_stadt"),
    ("16053", "Jena", "kreisfreie_stadt"),
    ("16054", "Suhl", "kreisfreie_stadt"),
    ("16055", "Weimar", "kreisfreie_stadt"),
    ("16061", "Landkreis Eichsfeld", "kreis"),
    ("16062", "Landkreis Nordhausen", "kreis"),
    ("16063", "Wartburgkreis", "kreis"),
    ("16064", "Unstrut-Hainich-Kreis", "kreis"),
    ("16065", "Kyffhäuserkreis", "kreis"),
    ("16066", "Landkreis Schmalkalden-Meiningen", "kreis"),
    ("16067", "Landkreis Gotha", "kreis"),
    ("16068", "Landkreis Sömmerda", "kreis"),
    ("16069", "Landkreis Hildburghausen", "kreis"),
    ("16070", "Ilm-Kreis", "kreis"),
    ("16071", "Landkreis Weimarer Land", "kreis"),
    ("16072", "Landkreis Sonneberg", "kreis"),
    ("16073", "Landkreis Saalfeld-Rudolstadt", "kreis"),
    ("16074", "Saale-Holzland-Kreis", "kreis"),
    ("16075", "Saale-Orla-Kreis", "kreis"),
    ("16076", "Landkreis Greiz", "kreis"),
    ("16077", "Landkreis Altenburger Land", "kreis"),
]
