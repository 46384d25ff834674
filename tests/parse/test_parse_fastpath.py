"""The single-part shortcut (parse/fastpath.py) must give exactly the Message
and the ParsedMessage the full compat32 parse gives: on every sample message
in ../shared, the bundled demo mailbox, and hand-made edge cases."""

from __future__ import annotations

import email
from email.message import Message
from pathlib import Path

import pytest

from paperchase.parse import fastpath, parse_message
from paperchase.parse.fastpath import _single_part
from paperchase.sources import open_source

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DEMO = Path(__file__).resolve().parents[2] / "src" / "paperchase" / "data" / "demo"


def _shape(msg: Message) -> object:
    """Everything of a compat32 Message that parse_message can read."""
    payload = msg._payload  # noqa: SLF001 - the raw payload is what parse reads
    if isinstance(payload, list):
        payload = [_shape(p) for p in payload]
    return (list(msg.raw_items()), payload, [type(d).__name__ for d in msg.defects], msg.get_unixfrom(),
            msg.preamble, msg.epilogue)


def _check(data: bytes) -> bool:
    """Asserts both parses agree; True where the shortcut was taken."""
    fast = _single_part(data)
    full = email.message_from_bytes(data)
    if fast is not None:
        assert _shape(fast) == _shape(full)
    assert _shape(fastpath.message_from_bytes(data)) == _shape(full)
    return fast is not None


def _parsed_both_ways(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(fastpath, "ENABLED", False)
        full = parse_message(data)
    assert parse_message(data) == full


def _sample_messages() -> list[bytes]:
    root = SHARED / "data" / "email-samples"
    if not root.is_dir():
        pytest.skip("../shared/data/email-samples is absent")
    out = [p.read_bytes() for sub in ("cyrillic", "misc") for p in sorted((root / sub).glob("*.eml"))]
    for box in sorted((root / "mbox").glob("*.mbox")):
        out.extend(item.data for item in open_source(box).iter_items() if not item.error)
    return out


def test_fast_path_gives_the_full_parse_on_every_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    messages = _sample_messages()
    taken = sum(_check(data) for data in messages)
    assert taken >= 20, f"the shortcut was taken for only {taken} of {len(messages)} samples"
    for data in messages:
        _parsed_both_ways(data, monkeypatch)


def test_fast_path_gives_the_full_parse_on_the_demo_mailbox(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [item.data for item in open_source(DEMO / "mailbox.mbox").iter_items() if not item.error]
    items += [p.read_bytes() for p in sorted((DEMO / "loose").glob("*.eml"))]
    assert sum(_check(data) for data in items) >= 1
    for data in items:
        _parsed_both_ways(data, monkeypatch)


HEAD = b"From: a@example.by\nTo: b@example.by\nSubject: =?koi8-r?b?8NLJ18XU?=\n"
BODY = "Текст\n\nвторой абзац\n".encode("cp1251")

EDGE_CASES = {
    "plain LF": (HEAD + b"\n" + BODY, True),
    "plain CRLF": ((HEAD + b"\n" + BODY).replace(b"\n", b"\r\n"), True),
    "mbox From_ line first": (b"From x@example.by Mon Oct  2 09:12:00 2023\n" + HEAD + b"\n" + BODY, True),
    "folded header": (HEAD + b"X-Long: one\n two\n\tthree\n\n" + BODY, True),
    "8-bit header bytes": (HEAD + "X-Name: Пётр\n\n".encode("cp1251") + BODY, True),
    "empty body": (HEAD + b"\n", True),
    "body with lone CR": (HEAD + b"\n" + b"a\rb\r\n", True),
    "no blank line": (HEAD, False),
    "body line inside headers": (HEAD + b"not a header line\nX-More: 1\n\n" + BODY, False),
    "From_ line inside headers": (HEAD + b"From x@example.by Mon\n\n" + BODY, False),
    "From_ line last header": (b"From: a@example.by\nFrom b Mon\n\nbody\n", False),
    "lone CR in headers": (HEAD.replace(b"To:", b"X: 1\rTo:") + b"\n" + BODY, False),
    "mixed line ends": (HEAD.replace(b"\n", b"\r\n", 1) + b"\r\n" + BODY, False),
    "continuation first": (b" folded: x\n" + HEAD + b"\n" + BODY, True),
    "blank-ish continuation": (HEAD + b" \n\n" + BODY, True),
    "multipart": (HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nx\n--b--\n', False),
    "message/rfc822": (HEAD + b"Content-Type: message/rfc822\n\n" + HEAD + b"\n" + BODY, False),
    "starts with blank line": (b"\n" + HEAD + b"\n" + BODY, False),
    "base64 text": (HEAD + b"Content-Transfer-Encoding: base64\nContent-Type: text/plain; charset=utf-8\n\n"
                    b"0KLQtdC60YHRgg==\n", True),
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_fast_path_edge_cases(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data, taken = EDGE_CASES[name]
    assert _check(data) is taken
    _parsed_both_ways(data, monkeypatch)


def test_boundary_shim_matches_what_the_compiled_pattern_matches() -> None:
    import email.feedparser
    import random
    import re

    from paperchase.parse.fastpath import _RE_SHIM, _SEP_CLOSE, _SEP_OPEN, _Boundary

    rng = random.Random(7)
    for boundary in ("b", "===============123==", "a.b+c(d)*?[x]", "граница", " sp ace", "x\\y", "--"):
        sep = "--" + boundary
        # built as email/feedparser.py builds it
        pattern = _SEP_OPEN + re.escape(sep) + _SEP_CLOSE
        shim = _RE_SHIM.compile(pattern)
        assert isinstance(shim, _Boundary)
        real = re.compile(pattern)
        pieces = [sep, "--", " ", "\t", "\r", "\n", "\r\n", "x", "-", boundary[:1]]
        lines = [sep + t for t in ("", "--", "--\n", " \t\r\n", "\r", "\n\n", "x", "-- \n", "--\r\n", "\r\r")]
        lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(400)]
        for line in lines:
            a, b = real.match(line), shim.match(line)
            assert (a is None) == (b is None), (boundary, line)
            if a and b:
                assert (a.group("end"), a.group("ws"), a.group("linesep")) == \
                    (b.group("end"), b.group("ws"), b.group("linesep")), (boundary, line)
    assert "(?P<sep>' + re.escape(separator) +" in Path(email.feedparser.__file__).read_text(), \
        "the stdlib's boundary pattern changed: the shim is never used"
    assert not isinstance(_RE_SHIM.compile("(?P<sep>x)y"), _Boundary)


def test_feedparser_re_is_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    import email.feedparser
    import re

    msg = fastpath.message_from_bytes(HEAD + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nx\n--b--\n')
    assert msg.is_multipart()
    assert email.feedparser.re is re
