"""Password rules beyond Django's: length caps, German common passwords, known names.

The rules follow OWASP ASVS 4.0.3 level 2 (V2.1): at least 12 characters, no password
from a list of common ones, and nothing built from the service's or the person's names.
Common passwords are rarely used bare: people capitalise them, swap letters for digits
and add a year and a sign ("Sommer2026!"), so passwords are compared in a folded form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

GERMAN_COMMON_PASSWORDS = Path(__file__).resolve().parent / "data" / "common-passwords-de.txt"

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})
# Digits and signs that stand in for letters; "1" stands for "i" as often as for "l".
LEET_I = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
LEET_L = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
DECORATION = re.compile(r"^[\W\d_]+|[\W\d_]+$")
NOT_A_LETTER = re.compile(r"[\W\d_]+")
WORD_SEPARATOR = re.compile(r"[\W_]+")
# Parts of names shorter than this ("e", "V", "de") would match inside any passphrase.
SHORTEST_NAME_PART = 3


def fold(text: str) -> str:
    """Lower case, umlauts spelled out, accents dropped: "Müller" and "MUELLER" compare equal."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def strip_decoration(text: str) -> str:
    """Drop digits and signs at either end: "!!sommer2026!" becomes "sommer"."""
    return DECORATION.sub("", text)


def password_variants(password: str) -> set[str]:
    """The forms in which a password is compared with lists of common passwords."""
    folded = fold(password).strip()
    core = strip_decoration(folded)
    variants = {folded, core, NOT_A_LETTER.sub("", core)}
    for table in (LEET_I, LEET_L):
        unleeted = strip_decoration(core.translate(table))
        variants |= {unleeted, NOT_A_LETTER.sub("", unleeted)}
    return {variant for variant in variants if variant}


@cache
def german_common_passwords() -> frozenset[str]:
    entries: set[str] = set()
    for line in GERMAN_COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            folded = fold(line)
            entries.add(folded)
            if len(core := strip_decoration(folded)) >= SHORTEST_NAME_PART:
                entries.add(core)
    return frozenset(entries)


@cache
def django_common_passwords() -> frozenset[str]:
    return frozenset(CommonPasswordValidator().passwords)


class MaximumLengthValidator:
    """Refuse absurdly long passwords: hashing megabytes of input is a denial of service."""

    def __init__(self, max_length: int = 128):
        self.max_length = max_length

    def validate(self, password: str, user=None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(
                ngettext(
                    "This password is too long. It must contain at most %(max_length)d character.",
                    "This password is too long. It must contain at most %(max_length)d characters.",
                    self.max_length,
                ),
                code="password_too_long",
                params={"max_length": self.max_length},
            )

    def get_help_text(self) -> str:
        return _("Your password must contain at most %(max_length)d characters.") % {
            "max_length": self.max_length
        }


class CommonPasswordPatternValidator:
    """Refuse common passwords (German list and Django's) also when dressed up.

    "Passwort1!", "P4ssw0rt" and "Sommer2026!" are "passwort" and "sommer" with digits
    and a sign: guessing programs try exactly these variations first.
    """

    def validate(self, password: str, user=None) -> None:
        common = german_common_passwords() | django_common_passwords()
        if password_variants(password) & common:
            raise ValidationError(
                _(
                    "This password is a commonly used word or password, perhaps with digits "
                    "or signs added. Such passwords are guessed first."
                ),
                code="password_too_common",
            )

    def get_help_text(self) -> str:
        return _(
            "Your password can’t be a commonly used word or password, also not with digits or "
            "signs added (like “Sommer2026!”)."
        )


def name_parts(text: str) -> set[str]:
    """The words of a name or address that someone might build a password from."""
    folded = fold(text)
    words = [word for word in WORD_SEPARATOR.split(folded) if word]
    parts = set(words) | {strip_decoration(word) for word in words} | {"".join(words)}
    return {part for part in parts if len(part) >= SHORTEST_NAME_PART}


def site_names() -> set[str]:
    operator = getattr(settings, "OPERATOR", {})
    sources = [settings.SITE_NAME, operator.get("name", ""), operator.get("representative", "")]
    return set().union(*(name_parts(source) for source in sources if source))


def personal_names(user) -> set[str]:
    if user is None:
        return set()
    names: set[str] = set()
    email = getattr(user, "email", "") or ""
    local, _at, domain = email.rpartition("@") if "@" in email else (email, "", "")
    names |= name_parts(local)
    # The host name without its top-level domain: "verein-nord" of "verein-nord.de".
    names |= name_parts(" ".join(domain.split(".")[:-1]))
    for field in ("display_name", "first_name", "last_name", "organisation"):
        names |= name_parts(getattr(user, field, "") or "")
    return names


def without_names(text: str, names: set[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return strip_decoration(text)


class KnownNamesValidator:
    """Refuse passwords built from the portal's or its operator's name or one's own details.

    A name may be part of a longer passphrase; what is left without it must still be as
    long as a password has to be.
    """

    def __init__(self, min_length: int = 12):
        self.min_length = min_length

    def validate(self, password: str, user=None) -> None:
        names = site_names() | personal_names(user)
        folded = fold(password)
        forms = {folded, folded.translate(LEET_I), folded.translate(LEET_L)}
        if not any(name in form for name in names for form in forms):
            return
        if any(len(without_names(form, names)) < self.min_length for form in forms):
            raise ValidationError(
                _(
                    "This password is built from the name of this portal or of its operator, "
                    "or from your own details (e-mail address, name, organisation). Others can "
                    "guess those: please choose other words."
                ),
                code="password_contains_known_name",
            )

    def get_help_text(self) -> str:
        return _(
            "Your password can’t be built from the name of this portal, of its operator or "
            "from your own details."
        )


def passphrase_advice() -> str:
    return _(
        "A good password is easy for you to remember and hard for others to guess, for "
        "example four or more words that have nothing to do with each other. Use it only here."
    )
