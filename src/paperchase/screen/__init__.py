"""Screening entities and names against sanctions and watch lists: loaders
for the published formats, a cached index per list, and scoring by the
project's one name comparison plus the evidence beside the name."""

from __future__ import annotations

from paperchase.screen.case import screen_case
from paperchase.screen.loaders import load_watchlist, open_watchlist

__all__ = ["load_watchlist", "open_watchlist", "screen_case"]
