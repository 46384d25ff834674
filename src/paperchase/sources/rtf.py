"""The little RTF an Outlook body needs: recover the HTML Outlook wrapped in
RTF (`\\fromhtml1`, [MS-OXRTFEX]), or else the plain text of the RTF.

Not a full RTF reader: tables, fields and pictures are reduced to their
text or dropped. Enough for message bodies, which is all it is used for."""

from __future__ import annotations

import re

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)",
    re.S,
)
# destinations whose content is not text
_SKIP = frozenset(
    b"fonttbl colortbl stylesheet info pict object header footer headerl headerr footerl "
    b"footerr footnote themedata datastore latentstyles listtable listoverridetable rsidtbl "
    b"generator xmlnstbl mmathPr filetbl revtbl".split()
)
_CODEPAGES = {65001: "utf-8", 20866: "koi8-r", 21866: "koi8-u", 10007: "mac-cyrillic", 28595: "iso8859-5"}


def is_html_rtf(rtf: bytes) -> bool:
    return b"\\fromhtml" in rtf[:4096]


def _codec(rtf: bytes) -> str:
    m = re.search(rb"\\ansicpg(\d+)", rtf[:4096])
    if not m:
        return "cp1252"
    n = int(m.group(1))
    name = _CODEPAGES.get(n, f"cp{n}")
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def convert(rtf: bytes) -> tuple[str, bool]:
    """(text, is_html): the HTML of an RTF-encapsulated HTML body, else the
    plain text of the RTF."""
    html = is_html_rtf(rtf)
    codec = _codec(rtf)
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (double-byte code pages)

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, "replace"))
            pending.clear()

    # per group: (skipped, in htmltag, uc, htmlrtf suppressed)
    stack: list[tuple[bool, bool, int, bool]] = []
    skip, tag, uc, suppressed = False, False, 1, False
    star = False  # the last token was \* (an optional destination follows)
    to_skip = 0  # characters to drop after \uN
    first_in_group = False
    for m in _TOKEN.finditer(rtf):
        word, arg, hexa, sym, brace, text = m.groups()
        if brace == b"{":
            stack.append((skip, tag, uc, suppressed))
            first_in_group = True
            star = False
            continue
        if brace == b"}":
            flush()
            if stack:
                skip, tag, uc, suppressed = stack.pop()
            star = False
            first_in_group = False
            continue
        emit = not skip and (tag or not (html and suppressed))
        if word is not None:
            w = word
            if first_in_group and (w in _SKIP or star):
                if html and star and w == b"htmltag":
                    tag = True
                else:
                    skip = True
            first_in_group = False
            star = False
            if w == b"htmlrtf":
                suppressed = arg != b"0"
            elif w == b"uc" and arg is not None:
                uc = int(arg)
            elif w == b"u" and arg is not None:
                if emit:
                    flush()
                    n = int(arg)
                    out.append(chr(n + 65536 if n < 0 else n))
                to_skip = uc
            elif w in (b"par", b"line", b"sect", b"row") and emit:
                flush()
                out.append("\n")
            elif w == b"tab" and emit:
                flush()
                out.append("\t")
            elif w == b"cell" and emit:
                flush()
                out.append("\t")
            continue
        if sym is not None:
            if sym == b"*":
                star = True
                continue
            first_in_group = False
            if emit and sym in (b"\\", b"{", b"}"):
                flush()
                out.append(sym.decode())
            elif emit and sym == b"~":
                flush()
                out.append("\u00a0")
            continue
        first_in_group = False
        star = False
        if hexa is not None:
            if to_skip:
                to_skip -= 1
                continue
            if emit:
                pending.append(int(hexa, 16))
            continue
        if text is not None:
            if to_skip:
                cut = min(to_skip, len(text))
                text = text[cut:]
                to_skip -= cut
            if emit and text:
                flush()
                out.append(text.decode(codec, "replace"))
    flush()
    return "".join(out), html
