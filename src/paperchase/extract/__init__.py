"""Mentions of people, organisations, places, aircraft, positions, phones and
e-mail addresses, from every place they occur in a message. Entry point:
`extract_case(case)`. Models and lexicons load on first use, never at import."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from paperchase.store.case import Case


def extract_case(case: Case) -> int:
    """Write `mentions` for every message of `case` (replacing earlier ones);
    returns the number written."""
    from paperchase.extract.run import extract_case as run

    return run(case)


__all__ = ["extract_case"]
