"""RTF to plain text: enough of the format for letters and Outlook bodies.

Handles \\'xx bytes in the document's code page (\\ansicpg, or a font's
\\fcharset), \\uN Unicode with its \\ucN fallback skip, \\par/\\line/\\tab, and
skips the destinations that hold no body text (font and colour tables,
stylesheets, pictures, \\* extensions). Outlook's HTML-in-RTF (\\fromhtml) keeps
its text, which is what investigators need."""

from __future__ import annotations

import re

_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\r\n|\n|\r)|([^\\{}\r\n]+)", re.S)
_SKIP_DEST = frozenset(
    b"fonttbl colortbl stylesheet info pict object header footer headerl headerr footerl footerr "
    b"listtable listoverridetable rsidtbl generator xmlnstbl themedata colorschememapping latentstyles "
    b"datastore mmathPr pgdsctbl revtbl filetbl fldinst".split()
)
_CHARSET_CP = {0: "cp1252", 204: "cp1251", 238: "cp1250", 161: "cp1253", 162: "cp1254", 186: "cp1257", 1: "cp1252"}
_SPECIAL = {b"par": "\n", b"line": "\n", b"tab": "\t", b"cell": "\t", b"row": "\n", b"sect": "\n",
            b"page": "\n", b"emdash": "\u2014", b"endash": "\u2013", b"bullet": "\u2022",
            b"lquote": "\u2018", b"rquote": "\u2019", b"ldblquote": "\u201c", b"rdblquote": "\u201d",
            b"emspace": " ", b"enspace": " ", b"qmspace": " "}


def rtf_to_text(data: bytes) -> str:
    """Plain text of an RTF document; never raises."""
    codepage = "cp1252"
    m = re.search(rb"\\ansicpg(\d+)", data[:2000])
    if m:
        codepage = _codec(f"cp{int(m.group(1))}")
    fonts = _font_codepages(data)
    out: list[str] = []
    pending = bytearray()  # \'xx bytes, decoded together so multi-byte code pages work
    stack: list[tuple[bool, int, str]] = []
    skip = False
    uc = 1
    to_skip = 0
    font_cp = codepage
    star = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(font_cp, errors="replace"))
            pending.clear()

    for tok in _TOKEN.finditer(data):
        word, arg, hexbyte, sym, brace, newline, text = tok.groups()
        if to_skip and (hexbyte or text or sym):
            if text and len(text) > to_skip:
                text = text[to_skip:]
                to_skip = 0
            else:
                to_skip -= 1 if not text else len(text)
                to_skip = max(to_skip, 0)
                continue
        if hexbyte is not None:
            if not skip:
                pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            stack.append((skip, uc, font_cp))
            star = False
        elif brace == b"}":
            if stack:
                skip, uc, font_cp = stack.pop()
        elif word is not None:
            if word in _SKIP_DEST or (star and not skip and word not in (b"htmltag",)):
                skip = True
            star = False
            if skip:
                continue
            if word == b"u" and arg is not None:
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code) if 0 <= (code % 65536) < 0x110000 else "")
                to_skip = uc
            elif word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"f" and arg is not None:
                font_cp = fonts.get(int(arg), codepage)
            elif word in _SPECIAL:
                out.append(_SPECIAL[word])
        elif sym is not None:
            if sym == b"*":
                star = True
            elif not skip:
                if sym in (b"\\", b"{", b"}"):
                    out.append(sym.decode())
                elif sym == b"~":
                    out.append("\xa0")
                elif sym in (b"\n", b"\r"):
                    out.append("\n")
        elif text is not None and not skip:
            out.append(text.decode(font_cp, errors="replace"))
    flush()
    result = "".join(out)
    result = re.sub(r"[ \t]+\n", "\n", result)
    return re.sub(r"\n{3,}", "\n\n", result).replace("\x00", "").strip()


def _codec(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def _font_codepages(data: bytes) -> dict[int, str]:
    out = {}
    for m in re.finditer(rb"\\f(\d+)[^{}]*?\\fcharset(\d+)", data[:20000]):
        cp = _CHARSET_CP.get(int(m.group(2)))
        if cp:
            out[int(m.group(1))] = cp
    return out
