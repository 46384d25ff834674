"""Helpers for the sources tests: where the shared samples are, tiny builders."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared sample {path} is absent")
    return path


def msg(subject: str, body: str = "Body text.\n", eol: str = "\n", sender: str = "ivan@example.org") -> bytes:
    """A tiny fictional RFC 822 message."""
    lines = [
        f"From: Ivan Testov <{sender}>",
        "To: Olga Primerova <olga@example.org>",
        f"Subject: {subject}",
        "Date: Mon, 05 Sep 2022 10:00:00 +0300",
        f"Message-ID: <{zlib.crc32(subject.encode())}@example.org>",
        "",
    ]
    return (eol.join(lines) + eol + body.replace("\n", eol)).encode("utf-8")
