"""Filter tokens: dates at three grains, and the fewest tokens for a range."""

import datetime as dt

from paperchase.search.meta import doc_meta, range_tokens


def test_doc_meta() -> None:
    toks = doc_meta("2023-01-15T08:00:00+00:00", "RU", True, True).split()
    assert {"doc", "body", "hasattachment", "langru", "dated", "y2023", "m202301", "d20230115"} == set(toks)
    assert "undated" in doc_meta(None, None, False, False).split()
    assert "pre1970" in doc_meta("1969-12-31T00:00:00+00:00", None, False, True).split()


def expand(tokens: list[str]) -> set[dt.date]:
    """Every day a token list covers (within 2020-2024)."""
    days = set()
    d = dt.date(2020, 1, 1)
    while d < dt.date(2025, 1, 1):
        if {f"y{d.year}", f"m{d.year}{d.month:02}", f"d{d:%Y%m%d}"} & set(tokens):
            days.add(d)
        d += dt.timedelta(days=1)
    return days


def test_range_covers_exactly_the_days() -> None:
    lo, hi = dt.date(2021, 11, 20), dt.date(2023, 2, 3)
    toks = range_tokens(lo, hi, 2020, 2024)
    days = expand(toks)
    assert min(days) == lo and max(days) == hi - dt.timedelta(days=1)
    assert len(days) == (hi - lo).days
    assert "y2022" in toks and len(toks) < 30


def test_open_ranges_and_empty() -> None:
    after = range_tokens(dt.date(2024, 12, 31), None, 2020, 2024)
    assert after == ["post2100", "d20241231"]
    before = range_tokens(None, dt.date(2020, 2, 1), 2020, 2024)
    assert before == ["pre1970", "m202001"]
    assert range_tokens(dt.date(2023, 5, 1), dt.date(2023, 5, 1), 2020, 2024) == []
