"""Charset decoding that never produces mojibake.

Mail from Russian-speaking senders is labelled wrongly or not at all as often
as it is labelled right: cp1251 sent as koi8-r, koi8-r with no label,
cp1251 bytes labelled iso-8859-1. A declared charset is trusted only when the
bytes decode in it and the result scores about as well as the best of the
codepages such a mailbox can hold. The scorer works on a byte histogram
(counted in C by `bytes.count`) against a per-codec table of letter
log-frequencies, so it costs microseconds, and it is more reliable on short
subjects than charset-normalizer, which guesses Japanese codecs for them.
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter, mul

from paperchase.model import Defect
from paperchase.parse.lexicon import letters

# Order is the prior: on a tie the earlier codec wins.
CYRILLIC = ("cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic")
WESTERN = ("cp1252", "iso8859-2", "iso8859-15", "iso8859-1")
CANDIDATES = ("utf-8",) + CYRILLIC + WESTERN
# scored; iso8859-1 and -15 differ from cp1252 in too few letters to tell apart
_WESTERN_SCORED = ("cp1252", "iso8859-2")
_STAND_IN = {"iso8859-1": "cp1252", "iso8859-15": "cp1252", "ascii": "cp1252"}

_BAD = -6.0  # control characters, box drawing, undefined bytes


def _char_score(ch: str) -> float:
    freq, punct, symbols = letters()
    low = ch.lower()
    if low in freq:
        base = math.log(freq[low] / 1000 * 33)
        # capitals are about one letter in twenty: text decoded in the codec
        # with the cases swapped (koi8-r vs cp1251) scores low through this
        return base  # capitals: weighed by context in score()
    if ch in punct:
        return 0.0
    if ch in symbols:
        return -1.0
    if ch.isalpha() and ord(ch) < 0x250:
        return -0.3  # Latin letters with diacritics: scored by context below
    return _BAD


def _table(codec: str) -> list[float]:
    out = []
    for b in range(128, 256):
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            out.append(_BAD)
            continue
        out.append(_char_score(ch))
    return out


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_CJK_FAMILY = {
    "iso2022_jp": ("euc_jp", "cp932"), "euc_jp": ("cp932", "euc_jis_2004"), "shift_jis": ("cp932", "euc_jp"),
    "cp932": ("euc_jp",), "gb18030": ("big5", "cp950"), "big5": ("cp950", "big5hkscs", "gb18030"),
    "euc_kr": ("cp949",), "cp949": ("euc_kr",), "iso2022_kr": ("cp949",),
}
_SEVEN_BIT = frozenset(("iso2022_jp", "iso2022_jp_2", "iso2022_kr", "utf-7", "hz"))
_TABLES: dict[str, list[float]] = {}
_HIGH = bytes(range(128, 256))
_ASCII = bytes(range(128))
_PLANE_BYTES = re.compile(rb"[\xf0-\xff]")  # lead bytes of supplementary-plane UTF-8


_CAPITAL: dict[str, list[float]] = {}
_CASE: dict[str, bytes] = {}  # translate tables: "l" lowercase Cyrillic, "u" capital, "x" other
# per byte: _SHIFT for a capital ("u" in _CASE), 1 for a small letter ("l"):
# one sum over the histogram gives both counts (a sample holds < _SHIFT bytes)
_CASES: dict[str, list[int]] = {}
_SHIFT = 1 << 20


def _case_of(ch: str) -> int:
    low = ch.lower()
    if low not in letters()[0]:
        return ord("x")
    return ord("l") if ch == low else ord("u")


# "a" ASCII letter, "h" high byte, " " anything else
_CLASS = bytes(ord("a") if chr(b).isascii() and chr(b).isalpha() else ord("h") if b >= 128 else 32
               for b in range(256))


def _tables() -> dict[str, list[float]]:
    if not _TABLES:
        for codec in CYRILLIC + _WESTERN_SCORED:
            _TABLES[codec] = [0.0] * 128 + _table(codec)
            caps = [0.0] * 256
            for b in range(128, 256):
                ch = bytes([b]).decode(codec, errors="replace")
                if ch.lower() in letters()[0] and ch != ch.lower():
                    caps[b] = 0.8  # gives back the capital's penalty at a word start
            _CAPITAL[codec] = caps
            _CASE[codec] = bytes(_case_of(bytes([b]).decode(codec, errors="replace")) for b in range(256))
            _CASES[codec] = [_SHIFT * (c == ord("u")) + (c == ord("l")) for c in _CASE[codec]]
            if any(_CASES[codec][:128]):
                raise AssertionError("score() counts cases from the high bytes only")
    return _TABLES


# labels seen in mail that Python does not know, or knows as something else
_ALIASES = {"x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic", "koi8r": "koi8-r",
            "koi8-ru": "koi8-u", "koi8u": "koi8-u", "x-user-defined": "cp1252", "ansi_x3.4-1968": "ascii",
            "unknown-8bit": "", "x-unknown": "", "unknown": "", "default": "", "charset": "",
            "iso-8859-8-i": "iso8859-8", "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
            "unicode-1-1-utf-8": "utf-8", "utf-8y": "utf-8", "dos-866": "cp866", "cp-866": "cp866"}


@lru_cache(maxsize=256)
def normalise(name: str | None) -> str | None:
    """A codec name Python knows, or None: labels like "x-mac-cyrillic",
    "windows-1251", "cp-1251", "koi8r", "unicode-1-1-utf-7" come in mail."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    if not name:
        return None
    for candidate in (name, name.removeprefix("x-"), name.replace("-", ""), name.replace("-", "").replace("win", "cp")):
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return None


def score(data: bytes) -> dict[str, float]:
    """Score of each single-byte candidate for these bytes (higher is better).

    Called for every 8-bit body and header, hence counted in C: a byte
    histogram, and `bytes.translate` + `count` for the context features
    (a high byte touching an ASCII letter; a lowercase letter followed by a
    capital in the codec at hand, the mark of the koi8/cp1251 swap)."""
    sample = data[:4096]
    # the high bytes' histogram, in first-seen order (the sums below add up
    # in that order): Counter counts in C and keeps that order
    high = Counter(sample.translate(None, _ASCII))
    hb, hn = list(high), list(high.values())
    cls = sample.translate(_CLASS)
    mixed = cls.count(b"ah") + cls.count(b"ha")
    pairs = cls.count(b"hh")
    # the first byte of each word, where it is a high one (histogram as above)
    firsts = Counter(bytes(map(itemgetter(0), sample.split())).translate(None, _ASCII))
    ib, inn = list(firsts), list(firsts.values())
    tables = _tables()
    out = {}
    # sums of count x weight run in C (map/mul), in the same order as a loop
    for codec in CYRILLIC:
        table, caps = tables[codec], _CAPITAL[codec]
        s = sum(map(mul, hn, map(table.__getitem__, hb)))
        s += sum(map(mul, inn, map(caps.__getitem__, ib)))
        cases = sample.translate(_CASE[codec])
        # capitals are rarer than small letters, except in all-capital text:
        # the smaller of the two counts pays, so "СРОЧНО" and "Срочно" both
        # read right; a capital straight after a small letter ("пРИВЕТ", the
        # koi8/cp1251 swap) pays more
        # (ASCII bytes are never "u" or "l": those two counts come from the histogram)
        upper, lower = divmod(sum(map(mul, hn, map(_CASES[codec].__getitem__, hb))), _SHIFT)
        s -= 0.8 * min(upper, lower) + 3.0 * cases.count(b"lu")
        out[codec] = s - 2.0 * mixed
    for codec in _WESTERN_SCORED:
        table = tables[codec]
        out[codec] = sum(map(mul, hn, map(table.__getitem__, hb))) + 2.0 * mixed - 1.0 * pairs
    return out


def best_single_byte(data: bytes) -> str:
    scores = score(data)
    return max(scores, key=lambda c: scores[c])  # max keeps the first on ties


_MOJIBAKE = re.compile(
    "[ÐÑ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]"  # UTF-8 read as cp1252/latin-1
    "|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]"
    "|[\u00c0-\u00ff]{4,}"  # cp1251 Cyrillic read as Latin-1: "Ñòàíêè"
    "|\ufffd"
)


def looks_mojibake(text: str) -> bool:
    """True where text shows the marks of a wrong decoding."""
    return _MOJIBAKE.search(text) is not None


_RARE_PLANES = re.compile("[\U00020000-\U0010ffff]")
_DOUBLE = re.compile("[ÐÑ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]")


def _latin_bytes(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 256:
            out.append(o)
        else:
            out += ch.encode("cp1252")  # raises for characters neither could give
    return bytes(out)


def fix_double_utf8(text: str) -> str | None:
    """Undo UTF-8 that was read as cp1252 and written out as UTF-8 again
    ("Ð¡ÐµÑ€Ð³ÐµÐ¹" -> "Сергей"), or None where that is not what happened."""
    if ("Ð" not in text and "Ñ" not in text) or (
        len(_DOUBLE.findall(text)) < 2 and not (text and _DOUBLE.fullmatch(text[:2]))
    ):
        return None
    try:
        fixed = _latin_bytes(text).decode("utf-8")
    except (UnicodeError, ValueError):
        return None
    return fixed


_LATIN_RUN = re.compile("[\u00c0-\u00ff]{4,}")


def fix_latin_view(text: str) -> tuple[str, str] | None:
    """Undo a Cyrillic codepage read as Latin-1 and saved as UTF-8
    ("Ñòàíêè" -> "Станки"): (text, codepage) or None. Only where most of
    the text's letters sit in such runs, so French or German is left alone."""
    sample = text[:4096]
    runs = _LATIN_RUN.findall(sample)
    if not runs or sum(map(len, runs)) * 3 < sum(1 for ch in sample if ord(ch) > 127):
        return None
    try:
        raw = _latin_bytes(text)
    except UnicodeEncodeError:
        return None
    scores = score(raw)
    best = max(scores, key=lambda c: scores[c])
    if best not in CYRILLIC or scores[best] < max(scores[c] for c in _WESTERN_SCORED) + 4:
        return None
    return raw.decode(best, errors="replace"), best


def decode(data: bytes, declared: str | None = None, where: str = "") -> tuple[str, str, list[Defect]]:
    """Decode bytes to text: returns (text, codec used, defects).

    Pure ASCII and valid UTF-8 are taken as they are (UTF-8 validity is
    itself strong evidence); a declared multi-byte charset (iso-2022-jp,
    gb18030, ...) is trusted when it decodes; a declared single-byte charset
    only when it scores near the best candidate; otherwise the best one is
    used and a `charset` defect says so."""
    defects: list[Defect] = []
    codec = normalise(declared)
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            # a byte-order mark outranks any label (Windows text files)
            return data[len(bom):].decode(bom_codec, errors="replace"), bom_codec, defects
    if data.isascii():
        if codec in _SEVEN_BIT and (b"\x1b" in data or codec == "utf-7"):
            try:
                return data.decode(codec), codec, defects
            except UnicodeDecodeError:
                defects.append(Defect("charset", f"broken {declared} sequences dropped", where))
                return data.decode(codec, errors="ignore"), codec, defects
        return data.decode("ascii"), "ascii", defects
    if declared and codec is None:
        defects.append(Defect("charset", f"unknown charset {declared!r}", where))
    try:
        text = data.decode("utf-8")
        if _PLANE_BYTES.search(data) and _RARE_PLANES.search(text):
            raise UnicodeDecodeError("utf-8", data, 0, 1, "supplementary-plane letters: a codepage by chance")
    except UnicodeDecodeError:
        pass
    else:
        # valid UTF-8 with non-ASCII bytes is almost never an accident of a
        # single-byte codepage, so it beats any label
        fixed = fix_double_utf8(text)
        if fixed is not None:
            defects.append(Defect("charset", "double-encoded UTF-8 repaired", where))
            return fixed, "utf-8", defects
        # U+00C0-U+00FF are C3 xx in UTF-8: without a C3 byte there is no
        # Latin-1 run to repair, and the byte is found far faster than the runs
        recoded = fix_latin_view(text) if b"\xc3" in data else None
        if recoded is not None:
            defects.append(Defect("charset", f"Cyrillic {recoded[1]} text stored as Latin-1 repaired", where))
            return recoded[0], "utf-8", defects
        if codec not in (None, "utf-8", "ascii") and codec not in CANDIDATES + ("latin-1", "iso8859-15"):
            # a multi-byte label (euc-jp, gb18030, ...) that also decodes
            try:
                return data.decode(codec), codec, defects
            except (UnicodeDecodeError, LookupError):
                pass
        if codec not in (None, "utf-8", "ascii"):
            defects.append(Defect("charset", f"declared {declared}, decoded as utf-8", where))
        return text, "utf-8", defects
    if codec in (None, "utf-8"):
        nearly = _nearly_utf8(data)
        if nearly is not None:
            defects.append(Defect("charset", "invalid UTF-8 sequences dropped", where))
            return nearly, "utf-8", defects
    scores = score(data)
    if codec is not None and codec not in ("utf-8", "ascii") and _declared_ok(data, codec, scores):
        return data.decode(codec), codec, defects
    for sibling in _CJK_FAMILY.get(codec or "", ()):
        # an East Asian label is wrong mostly within its family (EUC-JP sent
        # as ISO-2022-JP); a Cyrillic codepage would only give box drawing
        try:
            text = data.decode(sibling)
        except UnicodeDecodeError:
            continue
        defects.append(Defect("charset", f"declared {declared}, decoded as {sibling}", where))
        return text, sibling, defects
    best = max(scores, key=lambda c: scores[c])  # max keeps the first on ties
    if declared:
        defects.append(Defect("charset", f"declared {declared}, decoded as {best}", where))
    elif codec is None:
        defects.append(Defect("charset", f"no charset declared, detected {best}", where))
    return data.decode(best, errors="replace"), best, defects


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a character cut at a line or an
    encoded-word end) is better read as UTF-8 without them than as a
    codepage: only when the broken bytes are few."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    nonascii = len(text) - len(data.translate(None, _HIGH))  # ASCII bytes are one character each
    if nonascii - bad >= 2 and bad * 4 <= nonascii - bad:
        return text.replace("\ufffd", "")
    return None


def _declared_ok(data: bytes, codec: str, scores: dict[str, float]) -> bool:
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    scored = codec if codec in scores else _STAND_IN.get(codec)
    if scored is None:
        # a multi-byte or rarer codec: trusted where it decodes cleanly and
        # isn't a Latin-1 view of Cyrillic bytes
        return not looks_mojibake(text) and not _cyrillic_wins(scores, text)
    best = max(scores.values())
    sample = data[:4096]
    nhigh = len(sample) - len(sample.translate(None, _HIGH))
    if codec in WESTERN and re.search("[\u00c0-\u00ff]{4,}", text) and best > scores[scored]:
        return False  # "Ñòàíêè": Cyrillic bytes read as Latin-1
    return scores[scored] >= best - max(2.0, 0.25 * nhigh)


def _cyrillic_wins(scores: dict[str, float], text: str) -> bool:
    cyr = max(scores[c] for c in CYRILLIC)
    west = max(scores[c] for c in _WESTERN_SCORED)
    return cyr > west + 4 and re.search("[\u00c0-\u00ff]{3,}", text) is not None
