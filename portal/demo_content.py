"""Reading demo content that lives in files, so that editors can change it without Python.

Two kinds of file, both under ``<app>/demo/``:

Markdown with TOML front matter (one file per portrait, article, FAQ entry …)::

    +++
    slug = "chor-der-vielfalt"
    title = "Chor der Vielfalt"
    topics = ["musik-und-kultur"]
    +++
    The body: Markdown, up to the first named section or the end of the file.

    +++ goals
    - A further Markdown text of the same record, here called "goals".

The file starts with a line ``+++``; the TOML front matter runs to the next line ``+++``.
A line ``+++ <name>`` starts a named section. Texts are returned without the blank lines
around them; everything inside them is kept as written.

API:

- ``read_entries(directory) -> list[DemoEntry]``: every ``*.md`` file directly in
  ``directory``, in sorted order of file names (so a numeric prefix such as ``010-`` fixes
  the order). A ``DemoEntry`` has ``.meta`` (the front matter as a dict), ``.body`` (str),
  ``.sections`` (dict of section name to str) and ``.path``.
- ``read_entry(path) -> DemoEntry``: one such file.
- ``read_records(path) -> dict``: a plain TOML file, for small records that carry no prose
  worth a file of their own (lists of tables such as ``[[programme]]``).
- ``DemoContentError`` (a ``ValueError``): raised for any malformed file; its message names
  the file and the line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

FENCE = "+++"

__all__ = ["DemoContentError", "DemoEntry", "read_entries", "read_entry", "read_records"]


class DemoContentError(ValueError):
    """A demo content file that cannot be read; the message names the file and the line."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        self.path = path
        self.line = line
        super().__init__(f"{path}, line {line}: {problem}")


@dataclass(frozen=True)
class DemoEntry:
    path: Path
    meta: dict
    body: str
    sections: dict[str, str] = field(default_factory=dict)


_TOML_POSITION = re.compile(r"\(at (?:line (\d+), column \d+|end of document)\)$")


def _parse_toml(path: Path, text: str, first_line: int) -> dict:
    """TOML from ``text``, which starts at line ``first_line`` of ``path``."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib reports the position only in its message (before Python 3.14).
        message = str(error)
        match = _TOML_POSITION.search(message)
        if match and match.group(1):
            line = first_line + int(match.group(1)) - 1
        else:  # at the end of the document: its last line
            line = first_line + max(len(text.splitlines()), 1) - 1
        problem = _TOML_POSITION.sub("", message).strip()
        raise DemoContentError(path, line, f"invalid TOML: {problem}") from None


def _text(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").rstrip()


def read_entry(path: str | Path) -> DemoEntry:
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].rstrip() != FENCE:
        raise DemoContentError(path, 1, f"the file must start with a line {FENCE!r}")
    try:
        end = next(n for n in range(1, len(lines)) if lines[n].rstrip() == FENCE)
    except StopIteration:
        raise DemoContentError(path, 1, f"the front matter has no closing line {FENCE!r}") from None
    meta = _parse_toml(path, "\n".join(lines[1:end]), first_line=2)
    body: list[str] = []
    sections: dict[str, list[str]] = {}
    current = body
    for number, line in enumerate(lines[end + 1 :], start=end + 2):
        if line.startswith(FENCE):
            name = line[len(FENCE) :].strip()
            if not name:
                raise DemoContentError(path, number, f"a section line needs a name: '{FENCE} name'")
            if name in sections:
                raise DemoContentError(path, number, f"section {name!r} appears twice")
            current = sections[name] = []
        else:
            current.append(line)
    return DemoEntry(
        path=path,
        meta=meta,
        body=_text(body),
        sections={name: _text(text) for name, text in sections.items()},
    )


def read_entries(directory: str | Path) -> list[DemoEntry]:
    return [read_entry(path) for path in sorted(Path(directory).glob("*.md"))]


def read_records(path: str | Path) -> dict:
    path = Path(path)
    return _parse_toml(path, path.read_text(encoding="utf-8"), first_line=1)
