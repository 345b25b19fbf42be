"""User text is Markdown, rendered once when saved and sanitised with an allow-list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import nh3
from django.db import models
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

# Raw HTML in the source is not passed through: people write Markdown, not markup.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre",
    "h2", "h3", "h4", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def render_markdown(text: str) -> str:
    if not text:
        return ""
    html = _markdown.render(text)
    # Headings of user text start at h2: the page's h1 is the title.
    for level in (3, 2, 1):
        html = html.replace(f"<h{level}>", f"<h{level + 1}>").replace(
            f"</h{level}>", f"</h{level + 1}>"
        )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    )


class RendersMarkdown(models.Model):
    """A model whose Markdown texts are stored rendered next to their source.

    ``markdown_fields`` maps each source field to the field that holds its HTML. Saving
    renders every source; a partial save renders the sources it names and writes their
    HTML with them, so the two never disagree.
    """

    markdown_fields: ClassVar[dict[str, str]] = {}

    class Meta:
        abstract = True

    def save(self, *args, update_fields: Iterable[str] | None = None, **kwargs) -> None:
        if update_fields is None:
            self.render_markdown_fields()
        else:
            update_fields = list(update_fields)
            sources = [name for name in update_fields if name in self.markdown_fields]
            rendered = self.render_markdown_fields(sources)
            update_fields += [name for name in rendered if name not in update_fields]
        super().save(*args, update_fields=update_fields, **kwargs)

    def render_markdown_fields(self, sources: Iterable[str] | None = None) -> list[str]:
        """Render ``sources`` (all by default) into their fields; the names of those fields."""
        names = self.markdown_fields if sources is None else sources
        rendered = []
        for source in names:
            target = self.markdown_fields[source]
            setattr(self, target, render_markdown(getattr(self, source)))
            rendered.append(target)
        return rendered


def markdown_to_text(text: str) -> str:
    """The words of Markdown without its syntax, for feeds and calendars that show no markup.

    The same parser as for the pages reads the text, so both agree on what is syntax.
    Links keep their address in brackets, numbered lists their numbers, bullets become "•".
    """
    if not text:
        return ""
    blocks = _blocks(SyntaxTreeNode(_markdown.parse(text)), indent="")
    return "\n\n".join(blocks)


def _blocks(node: SyntaxTreeNode, *, indent: str) -> list[str]:
    blocks = []
    for child in node.children:
        if child.type in {"paragraph", "heading"}:
            blocks.append(_inline_text(child).strip())
        elif child.type == "blockquote":
            blocks.extend(_blocks(child, indent=indent))
        elif child.type in {"bullet_list", "ordered_list"}:
            blocks.append(_list_text(child, indent=indent))
        elif child.type in {"code_block", "fence", "html_block"}:
            blocks.append(child.content.rstrip("\n"))
        elif child.type == "table":
            rows = (row for section in child.children for row in section.children)
            blocks.append(
                "\n".join(
                    " – ".join(_inline_text(cell).strip() for cell in row.children) for row in rows
                )
            )
    return [block for block in blocks if block]


def _list_text(node: SyntaxTreeNode, *, indent: str) -> str:
    first_number = int(node.attrs.get("start", 1))
    lines = []
    for position, item in enumerate(node.children):
        marker = "•" if node.type == "bullet_list" else f"{first_number + position}."
        text = "\n".join(_blocks(item, indent=indent + "  "))
        lines.append(f"{indent}{marker} {text}")
    return "\n".join(lines)


def _inline_text(node: SyntaxTreeNode) -> str:
    if node.type in {"text", "code_inline", "html_inline"}:
        return node.content
    if node.type in {"softbreak", "hardbreak"}:
        return "\n"
    text = "".join(_inline_text(child) for child in node.children)
    if node.type == "link":
        address = str(node.attrs.get("href", "")).removeprefix("mailto:")
        if address and address != text:
            return f"{text} ({address})"
    return text
