"""The model's signals: what the panels rely on when they listen to the workspace."""

from __future__ import annotations

import gc

from explorer.filters import FilterState
from explorer.workspace import Workspace


class Listener:
    def __init__(self) -> None:
        self.heard: list[object] = []

    def on_filters(self, filters: FilterState) -> None:
        self.heard.append(filters)

    def on_anything(self) -> None:
        self.heard.append("changed")


def test_each_workspace_has_its_own_listeners_called_in_order():
    one, two = Workspace(), Workspace()
    heard: list[str] = []
    one.filters_changed.connect(lambda f: heard.append(f"first {f.text}"))
    one.filters_changed.connect(lambda f: heard.append(f"second {f.text}"))
    two.filters_changed.connect(lambda f: heard.append(f"other {f.text}"))
    one.set_search("Idlib")
    assert heard == ["first Idlib", "second Idlib"]


def test_a_listener_is_given_as_many_arguments_as_it_takes():
    ws = Workspace()
    listener = Listener()
    seen: list[object] = []
    ws.filters_changed.connect(listener.on_anything)  # takes none of the signal's one
    ws.filters_changed.connect(listener.on_filters)
    ws.filters_changed.connect(seen.append)  # a builtin
    ws.filters_changed.connect(lambda *args: seen.append(args))
    ws.set_search("Sochi")
    assert listener.heard[0] == "changed"
    assert listener.heard[1].text == "Sochi"
    assert seen[0].text == "Sochi" and seen[1] == (seen[0],)


def test_a_listener_that_goes_away_stops_listening_and_one_disconnected_is_not_called():
    ws = Workspace()
    gone, kept = Listener(), Listener()
    ws.filters_changed.connect(gone.on_filters)
    ws.filters_changed.connect(kept.on_filters)
    ws.filters_changed.connect(kept.on_anything)
    del gone
    gc.collect()
    ws.filters_changed.disconnect(kept.on_anything)
    ws.set_search("Aleppo")
    assert [f.text for f in kept.heard] == ["Aleppo"]
    assert len(ws.filters_changed) == 1
