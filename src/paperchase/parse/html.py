"""HTML to readable text with the standard library's tokenizer: scripts and
styles dropped, block elements become line breaks, entities decoded. Nothing
is fetched: images and links are never followed (a link's address is kept in
brackets after its text, since investigators need it)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul title".split()
)
_SKIP = frozenset(("script", "style", "title", "head", "noscript", "template", "svg", "object", "iframe"))
_CELL = frozenset(("td", "th"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0
        self.href: list[str | None] = []
        self.title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag != "head":
                self.skip += 1
            return
        if tag in _BLOCK:
            self.out.append("\n")
        elif tag in _CELL:
            self.out.append("\t")
        if tag == "pre":
            self.pre += 1
        if tag == "a":
            self.href.append(dict(attrs).get("href"))
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f"[{alt}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "p", "div"):
            self.out.append("\n")
        elif tag == "img":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            if tag != "head" and self.skip:
                self.skip -= 1
            return
        if tag in _BLOCK:
            self.out.append("\n")
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag == "a" and self.href:
            href = self.href.pop()
            if href and href.startswith(("http:", "https:", "mailto:")):
                target = href[7:] if href.startswith("mailto:") else href
                if not self.out or target not in self.out[-1]:
                    self.out.append(f" <{target}>")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = _SPACE.sub(" ", data)
        self.out.append(data)


_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_LINE_SPACE = re.compile(r"[ \t]*\n[ \t]*")
_BLANKS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment; never raises."""
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser can assert on odd markup; keep what was read
        pass
    text = "".join(parser.out).replace("\xa0", " ")
    text = _LINE_SPACE.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()
