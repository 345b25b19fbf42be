"""Numbers and words from request parameters, read so that no value can raise.

``str.isdigit()`` is True for "²" and "١٢", which ``int()`` refuses or reads as a number
nobody typed; PostgreSQL refuses text with NUL in it. A parameter is a URL anyone can
edit, so what does not parse is treated as absent: the page answers as without it.
"""

from __future__ import annotations

import re

# PostgreSQL's integer and bigint columns: a larger number would fail in the query.
INT_MAX = 2**31 - 1
BIGINT_MAX = 2**63 - 1

_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def int_param(
    value: str | None, *, minimum: int = 0, maximum: int = INT_MAX, default: int | None = None
) -> int | None:
    """``value`` as a whole number from ``minimum`` to ``maximum``, or ``default``.

    Only ASCII digits, no sign, no spaces, no exponent: "12", not "١٢", "²", " 12",
    "+12" or "1e9".
    """
    if value is None or not _ASCII_DIGITS.fullmatch(value):
        return default
    number = int(value)
    return number if minimum <= number <= maximum else default


def text_param(value: str | None, *, max_length: int, default: str = "") -> str:
    """``value`` cut to ``max_length`` characters, or ``default`` when it holds a NUL,
    which the database cannot store or compare."""
    if value is None or "\x00" in value:
        return default
    return value[:max_length]
