"""The window's model, free of Qt: what is loaded, what is shown, what is selected, in what colours.

Workspace owns the view state: the filters (kinds, conflicts, sides, actors, event types,
sources, review states, dates, "show rejected", the search text) and the selection. Panels and
menus only reflect it (they listen to its signals) and change it (they call its methods). The
command line builds the same Workspace, so an export or a snapshot with the same filters gives
what the window shows.

Its four signals are psygnal's, or, in the window, Qt's (``explorer.ui.signals``: the same
``connect`` and ``emit``), given to it when it is made: psygnal's import (28-31 ms of CPU, most
of it ``importlib.metadata``, which its ``__init__`` imports to read its own version) held the
window's GUI thread while its map's page loaded, and the window has Qt's signals already.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from threading import Thread
from typing import TYPE_CHECKING, Any

from explorer.bulk import making_many
from explorer.palette import ColourBook, palette

if TYPE_CHECKING:  # the item contract: imported when first used (not by a window's build)
    from explorer.filters import Facet, FilterState
    from explorer.items import Item, ItemSet
    from explorer.model import Analysis, Document


@cache
def _psygnal_signals() -> type:
    """The workspace's signals made with psygnal (imported when first made)."""
    from psygnal import Signal

    class WorkspaceSignals:
        analysis_changed = Signal()
        filters_changed = Signal(object)
        selection_changed = Signal(object)
        palette_changed = Signal(object)

    return WorkspaceSignals


# names of folders that hold articles without saying what they are about: a brief of
# ".../sudan-2008/docs" was titled "docs"
_CONTAINER_NAMES = frozenset(
    [
        "articles",
        "data",
        "docs",
        "documents",
        "download",
        "downloads",
        "files",
        "html",
        "input",
        "news",
        "raw",
        "sources",
        "src",
        "text",
        "texts",
        "txt",
    ]
)


def folder_title(source: Path) -> str:
    """What a corpus opened from ``source`` is called: a file's name without its suffix, a
    folder's name, or, for a folder named only for what it holds ("docs", "articles"), the
    nearest folder above it that is named otherwise; underscores read as spaces."""
    source = source.resolve()
    if source.is_file():
        return source.stem
    here = source
    while here.name.lower() in _CONTAINER_NAMES and here.parent.name:
        here = here.parent
    name = here.name if here.name.lower() not in _CONTAINER_NAMES else source.name
    return name.replace("_", " ").strip() or name


def conflicts_named(items: ItemSet, most: int = 2) -> str:
    """The conflicts of the claims ``items`` shows, those with most claims first: "Syria,
    Iraq, and 6 more conflicts". A brief of the stance documents was titled "stances", the
    folder above their "docs", which says nothing of what the brief is about; its claims
    are. Claims of no named conflict, negated or rejected count for none; "" when none is
    left."""
    from explorer.vocabulary import REJECTED, UNPLACED

    counts: Counter[str] = Counter(
        s.theatre_name or s.theatre
        for s in items.stances
        if s.theatre != UNPLACED and not s.negated and s.review != REJECTED
    )
    ranked = [name for name, _n in sorted(counts.items(), key=lambda c: (-c[1], c[0].casefold()))]
    if len(ranked) <= most + 1:
        return ", ".join(ranked)
    # commas alone between the names: "Bosnia and Herzegovina and 9 more" read as one list
    return f"{', '.join(ranked[:most])}, and {len(ranked) - most} more conflicts"


class Workspace:
    def __init__(self, book: ColourBook | None = None, signals: Any = None) -> None:
        """``signals``: an object with the four signals as attributes (each with ``connect``
        and ``emit``: ``explorer.ui.signals.WorkspaceSignals``, Qt's); psygnal's if None."""
        self._signals = signals if signals is not None else _psygnal_signals()()
        self.analysis_changed = self._signals.analysis_changed  # items loaded, added, reviewed
        self.filters_changed = self._signals.filters_changed  # the FilterState now in force
        self.selection_changed = self._signals.selection_changed  # item id, or None
        self.palette_changed = self._signals.palette_changed  # explorer.palette.palette(...)
        # the analysis, its items and the filters: empty ones made when first asked for, so
        # that a window's GUI thread builds its panels without the item contract's modules
        # (the thread that reads the project imports them while the map's page loads)
        self._analysis: Analysis | None = None
        self.project: Path | None = None
        self.reviews: dict[str, Any] = {}
        self._items: ItemSet | None = None
        self._filters: FilterState | None = None
        self._saved: tuple[Any, bool] | None = None  # restore_filters, until shown
        self.selection: str | None = None
        self.book = book if book is not None else ColourBook()
        self.palette: dict[str, Any] = palette(self.book.kinds(), {})
        self._by_id: dict[str, Item] | None = {}  # made when first asked (``_index``)
        self._documents: dict[str, Document] = {}
        self._visible: ItemSet | None = None
        self._search: tuple[bytes, ...] | None = None  # the items' search texts
        self._search_ahead: tuple[ItemSet, Thread, list] | None = None  # ``prepare_search``
        self._facets: dict[str, list[Facet]] | None = None

    @property
    def analysis(self) -> Analysis:
        if self._analysis is None:
            from explorer.model import Analysis

            self._analysis = Analysis()
        return self._analysis

    @analysis.setter
    def analysis(self, value: Analysis) -> None:
        self._analysis = value

    @property
    def items(self) -> ItemSet:
        if self._items is None:
            from explorer.items import ItemSet

            self._items = ItemSet()
        return self._items

    @items.setter
    def items(self, value: ItemSet) -> None:
        self._items = value

    @property
    def filters(self) -> FilterState:
        if self._filters is None:
            from explorer.filters import FilterState

            if self._saved is None:
                self._filters = FilterState()
            else:
                saved, show_rejected = self._saved
                state = FilterState.from_dict(saved)
                if not isinstance(saved, dict) or "show_rejected" not in saved:
                    state = state.with_changes(show_rejected=show_rejected)
                self._filters = state
        return self._filters

    @filters.setter
    def filters(self, value: FilterState) -> None:
        self._filters = value

    @property
    def untouched(self) -> bool:
        """No analysis, items or filters made yet (a window being built): nothing to show."""
        return self._analysis is None and self._items is None and self._filters is None

    def restore_filters(self, saved: Any, show_rejected: bool) -> None:
        """The filters the analyst left last time (the settings' JSON values; their
        ``show_rejected`` if set, else ``show_rejected``): read when first used, and announced
        (``filters_changed``, when not the defaults) by ``show_restored_filters``."""
        self._saved = (saved, show_rejected)
        self._filters = None

    def show_restored_filters(self) -> None:
        """Announce the restored filters, once: before the first analysis is shown, or before
        they are saved. A change the analyst made meanwhile has announced them already."""
        if self._saved is None:
            return
        unread = self._filters is None
        state = self.filters
        self._saved = None
        if unread and not state.is_default:
            self.filters_changed.emit(state)

    # --- loading -----------------------------------------------------------------------
    def set_analysis(
        self,
        analysis: Analysis,
        project: Path | None = None,
        reviews: dict | None = None,
        items: ItemSet | None = None,
    ) -> None:
        """Show a new or updated analysis; ``reviews`` are its project's (``Project.reviews``).

        ``items``: ``build_items(analysis, reviews)`` made beforehand (the window builds them in
        the thread that read the project); built here if None.

        The analyst's filter choices stay: a value they had ticked off stays off, and values
        the new data brings (a new article, a new conflict) are shown.
        """
        self.analysis = analysis
        if project is not None:
            self.project = project
        self.reviews = dict(reviews or {})
        self._rebuild(items)

    def set_reviews(self, reviews: dict) -> None:
        """New review states on the same analysis (a confirm or a reject): no reload needed."""
        self.reviews = dict(reviews)
        self._rebuild()

    def _rebuild(self, items: ItemSet | None = None) -> None:
        with making_many():
            self._rebuild_items(items)

    def _rebuild_items(self, items: ItemSet | None = None) -> None:
        before = self._present_values() if self._items is not None and self._items.items else None
        if items is None:
            from explorer.items import build_items

            items = build_items(self.analysis, self.reviews)
        self.items = items
        # items by id made when first asked (a click, a selection): not in a large
        # project's hand-over, which sends the map its items first
        self._by_id = None
        self._documents = {d.id: d for d in self.analysis.documents}
        self._search = None
        self._facets = None
        self._visible = None
        if before is not None:
            self._admit_new_values(before)
        if self.selection is not None and self.selection not in self._index():
            self.selection = None
        self._recolour()
        # the colours first: the map then draws the new items once, in their sides' colours
        # (after them, it drew them in the old colours, then indexed and drew them all again)
        self.palette_changed.emit(self.palette)
        self.analysis_changed.emit()

    def _index(self) -> dict[str, Item]:
        if self._by_id is None:
            self._by_id = self.items.by_id
        return self._by_id

    def _present_values(self) -> dict[str, set[str]]:
        from explorer.filters import VALUE_DIMENSIONS

        return {d: {f.value for f in self.facets()[d]} for d in VALUE_DIMENSIONS}

    def _admit_new_values(self, before: dict[str, set[str]]) -> None:
        """Values that were not in the data when the analyst chose are let in."""
        from explorer.filters import VALUE_DIMENSIONS

        changes: dict[str, frozenset[str]] = {}
        now = self._present_values()
        for dimension in VALUE_DIMENSIONS:
            allowed = getattr(self.filters, dimension)
            new = now[dimension] - before[dimension]
            if allowed is not None and new - allowed:
                changes[dimension] = allowed | new
        if changes:
            self.filters = self.filters.with_changes(**changes)
            self.filters_changed.emit(self.filters)

    # --- colours -------------------------------------------------------------------------
    def _recolour(self) -> None:
        drawn = sorted(self.items.item_sides)
        known = len(self.book.assigned)
        sides = self.book.assign(drawn, self.items.side_names())
        if len(self.book.assigned) != known:  # new names got their colour: keep it
            self.book.save()
        self.palette = palette(self.book.kinds(), sides)

    def choose_colours(self, choices: dict[str, str]) -> None:
        """The analyst's colours for kinds and sides (View > Colours); kept for every project."""
        self.book.choose(choices)
        self.book.save()
        self._recolour()
        self.palette_changed.emit(self.palette)

    # --- what there is --------------------------------------------------------------------
    @property
    def sides(self) -> dict:
        return self.items.sides()

    @property
    def documents(self) -> dict[str, Document]:
        return self._documents

    def item(self, item_id: str | None) -> Item | None:
        return self._index().get(item_id) if item_id else None

    def facets(self) -> dict[str, list[Facet]]:
        if self._facets is None:
            from explorer.filters import facets

            self._facets = facets(self.items)
        return self._facets

    def mentions_in(self, doc_id: str) -> list[dict]:
        """Spans of a document to highlight in the article view, each tied to its item."""
        index = self._index()
        spans = [
            {"start": m.start, "end": m.end, "item_id": m.place_id, "kind": "place"}
            for m in self.analysis.mentions
            if m.doc == doc_id and m.place_id in index
        ]
        for item in self.items:
            if item.kind == "place" or doc_id not in item.sources:
                continue
            spans += [
                {"start": e.start, "end": e.end, "item_id": item.id, "kind": item.kind}
                for e in item.evidence
                if e.doc == doc_id
            ]
        return spans

    def candidates_of(self, place_id: str) -> list[dict[str, Any]]:
        """The gazetteer entries a place's mentions could also have meant, best first."""
        seen: dict[str, dict[str, Any]] = {}
        for mention in self.analysis.mentions:
            if mention.place_id != place_id:
                continue
            for c in mention.candidates:
                seen.setdefault(
                    c.gazetteer_id,
                    {
                        "gazetteer_id": c.gazetteer_id,
                        "name": c.name,
                        "country": c.country,
                        "lat": c.lat,
                        "lon": c.lon,
                        "kind": c.kind,
                    },
                )
        return list(seen.values())

    # --- what is shown ------------------------------------------------------------------
    @property
    def visible(self) -> ItemSet:
        """The items that pass the filters: what the map and the tables show, and what an
        export or a snapshot writes."""
        if self._visible is None:
            if self.filters.text.strip() and self._search is None:
                self._search = self._searched()
            self._visible = self.filters.apply(self.items, self._search)
        return self._visible

    def prepare_search(self) -> None:
        """The items' search texts made in a thread of their own, before the search needs
        them (when the analyst starts typing one: the search waits for the typing to pause;
        or once the window has drawn them), and the filters' groups (``filters.prepare``)."""
        if self._search is not None or (self._search_ahead and self._search_ahead[0] is self.items):
            return
        from explorer.filters import prepare

        items, made = self.items, []
        thread = Thread(target=lambda: made.append(prepare(items)), name="search texts")
        thread.daemon = True
        thread.start()
        self._search_ahead = (items, thread, made)

    def _searched(self) -> tuple[bytes, ...]:
        """The items' search texts: those ``prepare_search`` made (waited for), else made now."""
        from explorer.filters import search_texts

        ahead, self._search_ahead = self._search_ahead, None
        if ahead is not None and ahead[0] is self.items:
            ahead[1].join()
            if ahead[2]:
                return ahead[2][0]
        return search_texts(self.items)

    def map_collection(self) -> dict[str, Any]:
        """The compact FeatureCollection of the visible items, as the map page draws it."""
        return self.visible.map_collection()

    def set_filters(self, filters: FilterState) -> None:
        if filters == self.filters:
            return
        self.filters = filters
        self._visible = None
        self.filters_changed.emit(filters)

    def update_filters(self, **changes: Any) -> None:
        """Change some of the filters, e.g. ``update_filters(kinds={"event"})``."""
        self.set_filters(self.filters.with_changes(**changes))

    def set_show_rejected(self, on: bool) -> None:
        self.update_filters(show_rejected=bool(on))

    def set_search(self, text: str) -> None:
        self.update_filters(text=text)

    def set_date_range(self, start: str | None, end: str | None) -> None:
        self.update_filters(date_start=start, date_end=end)

    def allow(self, dimension: str, value: str, on: bool) -> None:
        """Tick a value of a dimension on or off (the filter panel's boxes)."""
        present = {f.value for f in self.facets()[dimension]}
        allowed = getattr(self.filters, dimension)
        current = set(present if allowed is None else allowed)
        current = current | {value} if on else current - {value}
        self.update_filters(**{dimension: None if current >= present else frozenset(current)})

    def allow_only(self, dimension: str, values: Iterable[str] | None) -> None:
        self.update_filters(**{dimension: None if values is None else frozenset(values)})

    def reset_filters(self) -> None:
        """Every filter back to "show everything" (rejected items stay as the analyst set)."""
        from explorer.filters import FilterState

        self.set_filters(FilterState(show_rejected=self.filters.show_rejected))

    def shown(self, dimension: str, value: str) -> bool:
        allowed = getattr(self.filters, dimension)
        return allowed is None or value in allowed

    def items_with(self, dimension: str, value: str) -> list[str]:
        """Ids of visible items that carry ``value`` for ``dimension`` (for highlighting)."""
        from explorer.filters import values_of

        return [i.id for i in self.visible if value in (values_of(dimension, i) or ())]

    def select(self, item_id: str | None) -> None:
        if item_id is not None and item_id not in self._index():
            return
        if item_id != self.selection:
            self.selection = item_id
            self.selection_changed.emit(item_id)

    # --- outputs --------------------------------------------------------------------------
    def export(self, fmt: str, path: Path, title: str = "", map_page: str | None = None):
        """Write the visible items as ``fmt`` (explorer.export.FORMATS) in the window's colours;
        returns an ``ExportResult`` (its ``message()`` says what was written)."""
        from explorer.export import ExportOptions, export_items

        options = ExportOptions(title=title, palette=self.palette, map_page=map_page)
        return export_items(self.visible, fmt, path, options)

    def default_title(self, source: Path | None = None) -> str:
        """A title for a map or a brief: the conflict when the filters show only one, else
        the folder (or file) the analyst opened, else the project's name, followed by the
        conflicts its claims shown are in (``conflicts_named``)."""
        conflicts = self.filters.theatres
        if conflicts and len(conflicts) == 1:
            only = next(iter(conflicts))
            return self.items.theatre_names.get(only, only)
        if source is not None:
            corpus = folder_title(Path(source))
        elif self.project is not None:
            corpus = self.project.stem
        else:
            corpus = "explorer map"
        named = conflicts_named(self.visible)
        return f"{corpus}: {named}" if named else corpus

    def summary(self) -> str:
        total, shown = len(self.items), len(self.visible)
        docs = len(self._documents)
        items = "item" if total == 1 else "items"
        count = f"{shown} of {total} {items} shown" if shown != total else f"{total} {items}"
        return f"{docs} article{'s' * (docs != 1)} · {count}"
