"""The item contract's vocabulary: the kinds of item and the review states, defined once.

``explorer.items`` builds items from these and re-exports them. They live here, in a module that
imports nothing of the project, because the command line's parser (its ``--kind`` and
``--review`` choices) and the map page's options (the legend's kind labels) need them before a
map view is even made: importing the item contract there would load the extraction package
and its compiled patterns on the way to every start.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["place", "event", "asset", "theatre"]
KINDS: tuple[Kind, ...] = ("place", "event", "asset", "theatre")
KIND_LABELS: dict[str, str] = {
    "place": "Place",
    "event": "Event",
    "asset": "Asset",
    "theatre": "Conflict area",
}

ReviewState = Literal["unreviewed", "confirmed", "edited", "rejected"]
UNREVIEWED: ReviewState = "unreviewed"
CONFIRMED: ReviewState = "confirmed"
EDITED: ReviewState = "edited"
REJECTED: ReviewState = "rejected"
REVIEW_STATES: tuple[ReviewState, ...] = (UNREVIEWED, CONFIRMED, EDITED, REJECTED)

# the timeline's bins (explorer.timeline; the timeline panel's choices, made with the window)
Unit = Literal["day", "month", "year"]
UNITS: tuple[Unit, ...] = ("day", "month", "year")

# the dimensions an analyst filters by value (explorer.filters; the filter panel's groups, made
# with the window, before the item contract is imported)
VALUE_DIMENSIONS = (
    "kinds",
    "theatres",
    "sides",
    "actors",
    "event_types",
    "sources",
    "review_states",
)

# the conflict id of stances whose article names no conflict ("Conflict not stated")
UNPLACED = "unplaced"

# Whose data every map shows (README "Data and credits"); drawn on snapshots, briefs, HTML maps.
# Here, not with the exports: a snapshot's composition names it without the export package.
DATA_CREDITS = (
    "Basemap: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0) · "
    "Map: Leaflet · Made with explorer"
)
