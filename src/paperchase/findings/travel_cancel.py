"""How a trip is called off, for travel.py: the country a refused visa or a
cancelled plan speaks of, which trip a cancellation cancels, and when a
trip reported as made after the cancellation was another plan."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from paperchase.extract.places import PlaceHit, find_all, find_countries
from paperchase.findings.context import Context
from paperchase.findings.cues import has
from paperchase.findings.text import Segment
from paperchase.findings.view import Block, View

if TYPE_CHECKING:
    from paperchase.findings.travel import _Statement, _Trip


def visa_country(view: View, block: Block, seg: Segment, clause: str, ctx: Context) -> list[PlaceHit]:
    """A refused visa or cancelled trip names its country in the clause
    ("польскую визу"), else in the sentence, the subject or the message
    ("Re: Белосток"), else by the consulate that wrote."""
    for text in (clause, seg.text, view.subject, block.text):
        hits = [h for h in find_countries(text) + find_all(text) if h.code not in ("eu", ctx.home_country)]
        if hits:
            return hits[:1]
    d = ((view.sender or {}).get("email") or "").rsplit("@", 1)[-1]
    code = ctx.country_of_domain(d) if d and d not in ctx.home_domains else None
    return [PlaceHit(0, 0, "", code)] if code else []


def same_trip(t: _Trip, cancel: _Statement) -> bool:
    """A cancellation speaks of a trip of its country, or, naming none, of the trip its thread discusses."""
    if cancel.country:
        # "Поездку в Саратов отменяю" does not cancel the trip to Yaroslavl
        places = {s.place for s in t.members if s.place}
        return t.country == cancel.country and not (cancel.place and places and cancel.place not in places)
    thread = cancel.extra.get("thread")
    return thread is not None and any(s.extra.get("thread") == thread for s in t.members)


def confirmed_after(t: _Trip, cancel: _Statement) -> bool:
    """A trip reported as made after the cancellation was another plan."""
    return any(s.when and cancel.when and s.when > cancel.when + timedelta(days=3) and has("past", s.evidence.quote)
               for s in t.members)
