import json

from followthemoney import registry

from paperchase.export.ftmvalues import JSON_MAX, headers_json, split_text


def test_long_text_splits_at_white_space_and_loses_nothing():
    text = ("слово " * 30000).strip()
    pieces = split_text(text, registry.text.max_length)
    assert len(pieces) == 3 and "".join(pieces) == text
    assert all(len(p) <= registry.text.max_length and registry.text.validate(p) for p in pieces)
    assert all(not p.startswith("лово") for p in pieces)  # cut between words
    assert split_text("x" * 10, 4) == ["xxxx", "xxxx", "xx"]


def test_headers_pack_into_valid_json_values():
    headers = [["Received", f"from relay{i}.example.by by mx.example.by; Mon, 1 May 2023" * 2] for i in range(5)]
    headers += [["Subject", "Тема"], ["X-Long", "x" * 1000], ["Message-ID", "<a@b>"]]
    values = headers_json(headers)
    assert all(len(v) <= JSON_MAX and registry.json.validate(v) for v in values)
    merged = {}
    for v in values:
        for k, val in json.loads(v).items():
            merged.setdefault(k, []).extend(val if isinstance(val, list) else [val])
    assert merged["Subject"] == ["Тема"] and merged["Message-ID"] == ["<a@b>"]
    assert len(merged["Received"]) == 5
    assert merged["X-Long"][0].endswith("…")
    assert headers_json([]) == []
