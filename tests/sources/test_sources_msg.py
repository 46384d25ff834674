"""Outlook .msg: subjects, attachments, embedded messages, code pages."""

from __future__ import annotations

import pytest
from sources_helpers import shared

from paperchase.errors import SourceError
from paperchase.model import ParsedMessage
from paperchase.sources import open_source
from paperchase.sources.rtf import convert

# file, subject, top-level attachments (files + embedded), embedded (recursive)
CASES = [
    ("msgreader__Simple.msg", "Simple", 0, 0),
    ("msgreader__attachAndInline.msg", "Attach and inline", 2, 0),
    ("msgreader__attachmentFiles.msg", "attachmentFiles", 3, 0),
    ("msgreader__attachmentsOrder.msg", "Attachments order", 4, 0),
    ("msgreader__msgInMsgInMsg.msg", "I have sub attachments!", 2, 2),
    ("msgreader__Outer_mail.msg", "Outer mail", 3, 1),
    ("msgreader__longerFat.msg", "Has Has 64KB bin.msg", 1, 1),
    ("msgreader__Attach_sample_eml_received.msg", "Attach sample.eml", 1, 1),
    ("msgreader__contactUnicode.msg", "コム ドット イグザンプル 殿", 0, 0),
    ("msgreader__contactAnsi.msg", "コム ドット イグザンプル 殿", 0, 0),
    ("msgreader__nonUnicodeCP932.msg", "日本語 Non Unicode タイトル", 0, 0),
    ("msgreader__voteYes.msg", "はい: 3 vote items: はい;いいえ;たぶん", 0, 0),
    ("msgreader__unicode1.msg", "畑㵲応ｲ瑤㵨㠱", 0, 0),
    ("msgreader__test2.msg", "", 1, 0),
    ("python-oxmsg__message.msg", "Re: test internal", 1, 0),
    ("python-oxmsg__no-attachments.msg", "This is the subject", 0, 0),
    ("msg-extractor__strangeDate.msg", "MSG Test File", 0, 0),
    ("msgreader__A_memo.msg", "A memo.", 0, 0),
    ("msgreader__Appointment_sample_EST.msg", "Appointment sample EST", 0, 0),
]


def embedded(m: ParsedMessage) -> int:
    return sum(1 + embedded(c.parsed) for c in m.children if c.parsed)


@pytest.mark.parametrize("name,subject,attachments,nested", CASES)
def test_msg_samples(name: str, subject: str, attachments: int, nested: int) -> None:
    path = shared("outlook", name)
    src = open_source(path)
    assert src.kind == "msg"
    (item,) = list(src.iter_items())
    assert item.kind == "outlook" and item.error is None and item.data == path.read_bytes()
    m = item.parsed
    assert m is not None and m.subject == subject
    assert len(m.attachments) + len(m.children) == attachments
    assert embedded(m) == nested


def test_msg_fields() -> None:
    (item,) = list(open_source(shared("outlook", "python-oxmsg__message.msg")).iter_items())
    m = item.parsed
    assert m.message_id and m.message_id.startswith("<") and m.date and m.date.startswith("2020-10-06T")
    assert m.sender[0].email.endswith("@tutanota.de") and m.to and m.text.startswith("asdfasdf")
    assert m.attachments[0].filename == "serveimage.jpg" and m.attachments[0].data[:3] == b"\xff\xd8\xff"
    (big,) = list(open_source(shared("outlook", "msgreader__200_recipients.msg")).iter_items())
    assert len(big.parsed.to) + len(big.parsed.cc) + len(big.parsed.bcc) == 200
    (cjk,) = list(open_source(shared("outlook", "msgreader__nonUnicodeCP932.msg")).iter_items())
    assert "本文" in cjk.parsed.text and cjk.parsed.html and "<html" in cjk.parsed.html


def test_non_mail_items_keep_their_class() -> None:
    (item,) = list(open_source(shared("outlook", "msgreader__contactUnicode.msg")).iter_items())
    assert ("X-Outlook-Message-Class", "IPM.Contact") in item.parsed.headers


def test_embedded_children_are_located() -> None:
    (item,) = list(open_source(shared("outlook", "msgreader__msgInMsgInMsg.msg")).iter_items())
    child = item.parsed.children[0]
    assert child.kind == "outlook" and child.data and child.location.member
    grandchild = child.parsed.children[0]
    assert grandchild.location.member.startswith(child.location.member + "!")


def test_not_a_msg_file_is_read_as_what_it_is() -> None:
    with pytest.raises(SourceError, match="PNG"):
        open_source(shared("outlook", "python-oxmsg__not-a-MSG-file.msg"))


def test_outlook_file_named_eml_is_read_by_content() -> None:
    (item,) = list(open_source(shared("email-samples", "misc", "spamscope__mail_outlook_1.eml")).iter_items())
    assert item.kind == "outlook" and item.parsed is not None


def test_rtf_html_and_text() -> None:
    html, is_html = convert(
        rb"{\rtf1\ansi\ansicpg1251\fromhtml1 {\*\htmltag19 <html>}\htmlrtf {\f0 x}\htmlrtf0 "
        rb"\'cf\'f0\'e8\'e2\'e5\'f2{\*\htmltag27 </html>}}"
    )
    assert is_html and html == "<html>Привет</html>"
    text, is_html = convert(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}Line one\par Line \u1044?two}")
    assert not is_html and text == "Line one\nLine Дtwo"
