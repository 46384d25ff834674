"""What followthemoney accepts, where it is stricter than it says: its
`validate` refuses a json value over 250 characters and a text over 65,000,
though `add` keeps them. The FtM export shapes values to fit rather than
lose them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

DEFAULT_MIME = {"application/octet-stream", "binary/octet-stream"}  # FtM reads these as "no type"
JSON_MAX = 250  # followthemoney's json type validates no longer value


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at the last white space
    before the limit where there is one (a very long body stays whole
    across several bodyText values)."""
    out = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        out.append(text[:cut])
        text = text[cut:]
    out.append(text)
    return out


def headers_json(headers: Iterable[Any]) -> list[str]:
    """Email.headers wants JSON strings, and followthemoney validates none
    longer than 250 characters: the headers go as several JSON objects of
    header name to value (a list where the header repeats, as Received
    does), packed up to that size; a single header longer than that keeps
    its first characters and ends with "…"."""
    pairs = []
    for item in headers or []:
        if isinstance(item, list | tuple) and len(item) == 2:
            pairs.append((str(item[0]), str(item[1])))
    chunks: list[dict[str, Any]] = []
    current: dict[str, Any] = {}

    def size(obj: dict[str, Any]) -> int:
        return len(json.dumps(obj, ensure_ascii=False))

    for name, value in pairs:
        trial = dict(current)
        if name in trial:
            trial[name] = (trial[name] if isinstance(trial[name], list) else [trial[name]]) + [value]
        else:
            trial[name] = value
        if size(trial) <= JSON_MAX:
            current = trial
            continue
        if current:
            chunks.append(current)
        current = {name: value}
        while size(current) > JSON_MAX and len(current[name]) > 1:
            over = size(current) - JSON_MAX
            current[name] = current[name][: max(len(current[name]) - over - 1, 1)].rstrip() + "…"
    if current:
        chunks.append(current)
    return [json.dumps(c, ensure_ascii=False) for c in chunks]
