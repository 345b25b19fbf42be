// The admin fills slug fields from the title as the editor types. Its URLify drops the
// dots of an umlaut ("Nähcafé" gives "nahcafe", and "nah" means "near"); the portal writes
// them out as German does, like portal/slugs.py on the server.
"use strict";
{
    const germanLetters = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"};
    const djangoURLify = window.URLify;
    if (typeof djangoURLify === "function") {
        window.URLify = function (text, maxLength, allowUnicode) {
            const written = String(text).normalize("NFC").replace(/[äöüÄÖÜßẞ]/g, (letter) => germanLetters[letter]);
            return djangoURLify(written, maxLength, allowUnicode);
        };
    }
}
