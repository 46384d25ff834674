"""Decoding: MIME text to `ParsedMessage` (see message.py), attachment text
(attachments.py), charsets, headers, HTML and language."""

from paperchase.parse.attachments import extract_text
from paperchase.parse.language import detect_language
from paperchase.parse.message import parse_message

__all__ = ["detect_language", "extract_text", "parse_message"]
