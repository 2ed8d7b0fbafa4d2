"""Who backs whom: per theatre, a sortable table of stances (when, by how many outlets, who
claims it, what contradicts it) or the same stances as a graph, and the excerpts behind the
one picked. Input is the ``sides`` report (``{"theatres": [{"name", "id", "stances": [...]}]}``).

A year chooser shows who backed whom in a given year: stances stated for other years, and
undated ones, step aside."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import pyphen
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.items_model import kind_icon
from explorer.ui.sides_graph import SidesGraph
from explorer.vocabulary import UNPLACED

# the speaker last: when the panel cannot hold every column, its names go under the relations
# (the relation's "*" marks a claim, its tooltip and the excerpts' box name the speaker too)
COLUMNS = ("Power", "Relation", "Party", "Years", "Sources", "Claimed by")
ALL_YEARS = "All years"
ALL_THEATRES = "__all__"
NO_STANCES = "No stances found"
NO_CONFLICTS = "No conflicts found"
OUTSIDE = "The item chosen is in no conflict's area"
# the panel follows the filters: what it says when there is nothing to show, and why
_NO_CONFLICTS_WHY = "No article shown describes a war, or who backs whom in one"
_YEARS = COLUMNS.index("Years")
_CLAIMED = COLUMNS.index("Claimed by")
_PARTY = COLUMNS.index("Party")
_SOURCES = COLUMNS.index("Sources")
_RELATION = COLUMNS.index("Relation")
# the columns of names, whose long words may break when the panel is too narrow
_NAMES = {COLUMNS.index("Power"), _RELATION, _PARTY, _CLAIMED}
STANCE_ROLE = Qt.ItemDataRole.UserRole + 1
# a cell's text as read: the table sorts by it, not by the text drawn (a long word broken)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# where a word too long for its column may break, with a hyphen drawn at the break
_SOFT = "\u00ad"
_PIECE = 3  # the fewest letters a broken word's piece keeps
# where a cell's text may break onto a new line: spaces, and the zero-width space the table
# puts after a range's dash ("2015–2019" was cut: Qt breaks no line at a dash)
_WORDS = re.compile("[ \\t\\n\u200b]+")  # not a no-break space: "backs *" stays one
_EMPTY = "<p style='color:#666'>Select a stance to read the excerpts that state it.</p>"


def share_widths(room: int, wants: dict[int, int], least: dict[int, int]) -> dict[int, int]:
    """Widths for columns that want ``wants`` and can do with ``least`` (each no more than it
    wants) in ``room`` pixels: what they want if it fits, else the room shared in proportion
    to what each wants, none below its least (then ``least`` whole, if even that is too much)."""
    if sum(wants.values()) <= room:
        return dict(wants)
    fixed: dict[int, int] = {}
    while True:
        free = {c: w for c, w in wants.items() if c not in fixed}
        left = room - sum(fixed.values())
        if not free or left <= 0:
            return {c: fixed.get(c, least[c]) for c in wants}
        scale = left / sum(free.values())
        below = {c: least[c] for c, w in free.items() if w * scale < least[c]}
        if not below:
            return {**fixed, **{c: int(w * scale) for c, w in free.items()}}
        fixed.update(below)


@cache
def _syllables() -> pyphen.Pyphen:
    """LibreOffice's American English hyphenation patterns (the news is in English), no
    piece of fewer than ``_PIECE`` letters at a word's ends."""
    return pyphen.Pyphen(lang="en_US", left=_PIECE, right=_PIECE)


def break_points(word: str) -> list[int]:
    """Where ``word`` may break: between two syllables of one of its runs of letters (the
    patterns' own breaks), each piece of the word at least ``_PIECE`` letters
    ("Revolutionary": Rev-o-lu-tion-ary, "(Counterrevolutionaries)" within its brackets);
    none in a word the patterns do not break ("al-Shabaab")."""
    letters = [sum(ch.isalpha() for ch in word[:i]) for i in range(len(word) + 1)]
    cut = []
    for run in re.finditer(r"[^\W\d_]+", word):
        cut += [run.start() + i for i in _syllables().positions(run.group(0))]
    return [i for i in cut if letters[i] >= _PIECE and letters[-1] - letters[i] >= _PIECE]


def hyphenable(word: str) -> str:
    """``word`` with a soft hyphen wherever it may break (``break_points``), so that Qt
    breaks it at a syllable as room asks, a hyphen drawn there."""
    out, last = [], 0
    for i in break_points(word):
        out.append(word[last:i])
        last = i
    out.append(word[last:])
    return _SOFT.join(out)


def fewest_broken(
    least: dict[int, int], over: int, needs: dict[int, list[int]], floor: dict[int, int]
) -> dict[int, int] | None:
    """Widths for the columns of ``needs`` (each cell's width with its words whole) that
    spare ``over`` pixels of their ``least`` in all, none below its ``floor``, breaking the
    fewest cells, then sparing the fewest pixels; None if they cannot. stances_fresh18: the
    FARC's "Revolutionary" in its Power column, where the column that could spare the most,
    narrowed by all that was lacking, broke "Venezuela" and "Zimbabwe" too."""
    best: dict[int, tuple[int, int, dict[int, int]]] = {0: (0, 0, {})}  # spared: cells, pixels
    for c, cells in needs.items():
        widths = {least[c], floor[c], *(n for n in cells if floor[c] <= n < least[c])}
        step: dict[int, tuple[int, int, dict[int, int]]] = {}
        for spared, (broken, pixels, chosen) in best.items():
            for width in (w for w in widths if w <= least[c]):
                more = least[c] - width
                key = min(over, spared + more)
                value = (
                    broken + sum(n > width for n in cells),
                    pixels + more,
                    {**chosen, c: width},
                )
                if key not in step or value[:2] < step[key][:2]:
                    step[key] = value
        best = step
    return best[over][2] if over in best else None


def widest_piece(word: str, parts: int) -> str:
    """The widest piece of ``word`` broken at its syllables (``break_points``) into at most
    ``parts`` lines, cut where that piece is the shortest, its hyphen drawn (the word itself
    if it has no break)."""
    points = break_points(word)
    if parts < 2 or not points:
        return word
    best = word
    for k in range(1, min(parts - 1, len(points)) + 1):
        for cuts in itertools.combinations(points, k):
            ends = [0, *cuts, len(word)]
            pieces = [word[a:b] + "-" for a, b in itertools.pairwise(ends[:-1])]
            pieces.append(word[ends[-2] :])
            widest = max(pieces, key=len)
            if len(widest) < len(best):
                best = widest
    return best


def years_text(stance: Mapping[str, Any]) -> str:
    years = stance.get("years") or []
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def note_text(stance: Mapping[str, Any]) -> str:
    """Claimed by whom, and what says otherwise, in a few words."""
    notes = []
    if stance.get("claimed_by"):
        notes.append(f"claimed by {stance['claimed_by']}")
    for c in stance.get("contested") or ():
        notes.append("denied" if c.get("negated") else f"contested: also {c['relation']}")
    return "; ".join(notes)


def relation_text(theatre_name: str, stance: Mapping[str, Any]) -> str:
    """The relation as read: a mediation that names no side has the conflict for its party
    ("Russia mediates in Syria", as the brief says it), not a state it mediates."""
    relation = str(stance.get("relation", ""))
    if relation == "mediates" and stance.get("party") == theatre_name:
        return "mediates in"
    return relation


def stance_html(
    theatre_name: str,
    stance: Mapping[str, Any],
    where: Callable[[dict], tuple[int, int]] | None = None,
) -> str:
    """The excerpts behind one stance, escaped, with their documents, offsets and dates."""
    head = f"{stance['power']} {relation_text(theatre_name, stance)} {stance['party']}"
    facts = [html.escape(theatre_name)]
    if stance.get("years"):
        facts.append(html.escape(years_text(stance)))
    outlets = stance.get("outlets") or []
    if outlets:
        n = len(outlets)
        facts.append(f"{n} outlet{'s' * (n != 1)}: " + html.escape(", ".join(outlets)))
    note = note_text(stance)
    parts = [
        f"<h3 style='margin:0'>{html.escape(head)}</h3>",
        f"<p style='color:#555;margin-top:2px'>{' · '.join(facts)}</p>",
    ]
    if note:
        parts.append(f"<p style='color:#a33;margin-top:0'>{html.escape(note)}</p>")
    evidence = stance.get("evidence") or []
    if not evidence:
        parts.append("<p>No excerpt supports this stance.</p>")
    for ev in evidence:
        # the file's own characters when ``where`` finds them (``explorer.items.in_file``), as the
        # brief and the Evidence panel cite them
        start, end = (
            where(ev) if where and "start" in ev else (ev.get("start", ""), ev.get("end", ""))
        )
        parts.append(
            "<div style='margin:8px 0;padding:6px 8px;border-left:3px solid #0072B2;"
            "background:#f6f8fa'>"
            f"<div>{html.escape(str(ev.get('text', '')))}</div>"
            f"<div style='color:#888;font-size:small;margin-top:4px'>"
            f"[{html.escape(str(ev.get('doc', '')))}, characters {start}–{end}"
            f"{(' · ' + html.escape(str(ev['date']))) if ev.get('date') else ''}]"
            "</div></div>"
        )
    return "".join(parts)


class SidesPanel(QWidget):
    stance_selected = Signal(dict)  # {theatre, power, relation, party, evidence}
    theatre_changed = Signal(str)  # theatre id, when the analyst picks another theatre

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._where: Callable[[dict], tuple[int, int]] | None = None
        self.theatre_box = QComboBox(self)
        self.theatre_box.setAccessibleName("Theatre")
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # the widths are the panel's (``_fit_columns``), at each fill, resize and sort; a
        # speaker's name can be long ("Stockholm International Peace Research Institute"):
        # wrapped, whole in its tooltip
        header.setMinimumSectionSize(24)
        # a row chosen drew every title bold (a whole row selected highlights each column's
        # section), wider than its column was measured at: "Years" ran into "Sources", cut
        header.setHighlightSections(False)
        header.sortIndicatorChanged.connect(self._fit_columns)
        self.model.horizontalHeaderItem(_SOURCES).setToolTip("Independent outlets that state it")
        self.model.horizontalHeaderItem(_CLAIMED).setToolTip(
            "Who the article says makes the claim (a stance it states itself has none)"
        )
        # a power's or a party's name too long for its column takes a second line, not an
        # ellipsis: "United Arab ..." beside "Southern Separatist ..." told the analyst neither
        # (a panel has tens of rows, each measured at once)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setText(_EMPTY)
        self.summary = QLabel("", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.year_box = QComboBox(self)
        self.year_box.setAccessibleName("Year")
        self.year_box.setToolTip("Who backed whom in one year (stances of other years step aside)")
        # the panel follows the selected item's conflict; pinned, it keeps the one chosen
        self.pin = QToolButton(self)
        self.pin.setText("Pin")
        self.pin.setCheckable(True)
        self.pin.setAccessibleName("Pin conflict")
        self.pin.setToolTip(
            "Keep this conflict when an item of another conflict is selected "
            "(unpinned, the panel shows the selected item's conflict)"
        )
        self.graph = SidesGraph(self)
        self.views = QTabWidget(self)
        # no frame around the tabs' page nor the table: their pixels are the columns'
        # (stances_fresh15's conflicts at 1280 x 760, their speakers folded under their
        # claims, wanted 374 pixels of 369)
        self.views.setDocumentMode(True)
        self.table.setFrameShape(QFrame.Shape.NoFrame)  # the tab's line and the grid frame it
        self.views.addTab(self.table, "Table")
        self.views.addTab(self.graph, "Graph")
        # The excerpts' box is two lines tall until a stance is chosen, the table the rest: at
        # 1280 x 760 the box held a fifth of the dock to say "Select a stance", and the table
        # showed two rows and a half. A stance chosen, the box takes its share (2 of 5).
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        self._reading = False  # excerpts shown: the box has its share
        self.browser.setMinimumHeight(self._hint_height())
        top = QHBoxLayout()
        top.addWidget(self.theatre_box, 3)
        top.addWidget(self.year_box, 1)
        top.addWidget(self.pin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self._theatres: list[dict[str, Any]] = []
        self._colours: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        self._quiet = False
        self._summary = ""  # what the conflict shown holds (``_show_stances``)
        self._outside = False  # the item chosen is in no conflict's area (``follow``)
        self._shown: list[dict[str, Any]] = []  # the stances in the table, in report order
        self._claims = False  # a stance shown is claimed by a speaker
        self._folded = False  # the speakers written under their relations, their column hidden
        self._hyphens = False  # a cell's long word has soft hyphens (``_break_words``)
        self.theatre_box.currentIndexChanged.connect(self._on_theatre_index_changed)
        self.year_box.currentIndexChanged.connect(self._on_year_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.graph.stance_clicked.connect(self._on_graph_stance_clicked)
        self.set_sides({"theatres": []})

    # -- public API -----------------------------------------------------------------------------
    def set_sides(
        self,
        sides: Mapping[str, Any],
        palette: Mapping[str, Any] | None = None,
        where: Callable[[dict], tuple[int, int]] | None = None,
        first: str | None = None,
    ) -> None:
        """Show a sides report; the current theatre stays if the new report has it, else
        ``first`` is shown (the conflict the map shows: ``MainWindow``), else the one with the
        most stances. The palette's side colours and numbers mark powers and parties as on
        the map and in its legend; ``where`` gives an excerpt's characters in its file."""
        self._where = where
        previous = self.current_theatre()
        # Theatres with the most claims first: those are what an analyst opens the panel for.
        # "Conflict not stated" gathers the stances whose war no article names: with none
        # (its only claim denied), there is nothing to show of it, as in the brief
        self._theatres = sorted(
            (
                dict(t)
                for t in sides.get("theatres", ())
                if t.get("stances") or t.get("id") != UNPLACED
            ),
            key=lambda t: (-len(t.get("stances") or ()), str(t.get("name") or t["id"])),
        )
        self._colours = dict((palette or {}).get("sides") or {})
        self._numbers = dict((palette or {}).get("numbers") or {})
        self._quiet = True
        try:
            self.theatre_box.clear()
            for theatre in self._theatres:
                n = len(theatre.get("stances") or ())
                label = f"{theatre.get('name') or theatre['id']} ({n} stance{'s' * (n != 1)})"
                self.theatre_box.addItem(label, theatre["id"])
            self.theatre_box.setEnabled(bool(self._theatres))
            self.pin.setEnabled(bool(self._theatres))  # nothing to keep with no conflict
            total = sum(len(t.get("stances") or ()) for t in self._theatres)
            if not self._theatres:
                self.theatre_box.addItem(NO_CONFLICTS, "")
            elif not total:
                # conflicts but no claim in any: say so first rather than open an empty one
                self.theatre_box.insertItem(0, NO_STANCES, "")
            elif len(self._theatres) > 1:
                label = f"All conflicts ({total} stance{'s' * (total != 1)})"
                self.theatre_box.addItem(label, ALL_THEATRES)
            index = self.theatre_box.findData(previous) if previous else -1
            if index < 0 and first:
                index = self.theatre_box.findData(first)
            self.theatre_box.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        self._show_theatre()

    def select_theatre(self, theatre_id: str) -> bool:
        """Show a theatre's stances (the map or a caller asked: no ``theatre_changed``)."""
        index = self.theatre_box.findData(theatre_id)
        if index < 0 or not theatre_id:
            return False
        self._set_outside(False)
        if index != self.theatre_box.currentIndex():
            self._quiet = True
            try:
                self.theatre_box.setCurrentIndex(index)
            finally:
                self._quiet = False
            self._show_theatre()
        return True

    def follow(self, theatre_id: str | None) -> bool:
        """Show the selected item's conflict, unless the analyst pinned the one shown. An
        item in no conflict's area leaves the conflict shown as it is, and the panel says so:
        it showed the last conflict (Burundi) under a drone attack on Volgograd as if it were
        the attack's."""
        if self.pinned:
            return False
        if not theatre_id:
            self._set_outside(True)
            return False
        return self.select_theatre(theatre_id)

    def _set_outside(self, outside: bool) -> None:
        """Whether the item chosen is in no conflict's area (see ``follow``): said under the
        summary of the conflict still shown."""
        if outside == self._outside:
            return
        self._outside = outside
        self._show_summary()

    def _show_summary(self) -> None:
        text = self._summary
        if self._outside:
            shown = self.theatre_box.currentText() if self.current_theatre() else ""
            text += f"\n{OUTSIDE}" + (f": still showing {shown}" if shown else "")
        self.summary.setText(text)

    @property
    def pinned(self) -> bool:
        return self.pin.isChecked()

    def current_theatre(self) -> str | None:
        return self.theatre_box.currentData() or None

    def current_stance(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._stance_dict(self.proxy.data(index.siblingAtColumn(0), STANCE_ROLE))

    def current_year(self) -> int | None:
        data = self.year_box.currentData()
        return int(data) if data else None

    def select_year(self, year: int | None) -> bool:
        index = self.year_box.findData(year if year is not None else 0)
        if index < 0:
            return False
        self.year_box.setCurrentIndex(index)
        return True

    def select_stance(self, power: str, relation: str, party: str) -> bool:
        """Select a stance's row, announcing it as a click would."""
        for row in range(self.proxy.rowCount()):
            i = self.proxy.data(self.proxy.index(row, 0), STANCE_ROLE)
            stance = self._shown[i]
            if (stance["power"], stance["relation"], stance["party"]) == (power, relation, party):
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    # -- filling --------------------------------------------------------------------------------
    def _theatre(self) -> dict[str, Any]:
        theatre_id = self.current_theatre()
        if theatre_id == ALL_THEATRES:
            stances = [
                dict(s, theatre=t["id"], theatre_name=t.get("name") or t["id"])
                for t in self._theatres
                for s in t.get("stances") or ()
            ]
            return {"id": ALL_THEATRES, "name": "All conflicts", "stances": stances}
        for theatre in self._theatres:
            if theatre["id"] == theatre_id:
                return theatre
        return {"id": "", "name": "", "stances": []}

    def _cell(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setToolTip(text)  # a long party's name is elided in its column
        colour = self._colours.get(text)
        if colour:
            item.setData(
                kind_icon("place", colour, self._numbers.get(text)), Qt.ItemDataRole.DecorationRole
            )
            item.setToolTip(f"{text}: side {self._numbers.get(text, '')} on the map, {colour}")
        return item

    def _number(self, value: int) -> QStandardItem:
        item = QStandardItem()
        item.setData(value, Qt.ItemDataRole.DisplayRole)
        item.setEditable(False)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill_years(self, stances: list[dict[str, Any]]) -> None:
        """The years the theatre's stances are stated for, the current one kept if present."""
        previous = self.current_year()
        years = sorted({y for s in stances for y in s.get("years") or ()})
        self._quiet = True
        try:
            self.year_box.clear()
            self.year_box.addItem(ALL_YEARS, 0)
            for y in years:
                n = sum(1 for s in stances if y in (s.get("years") or ()))
                self.year_box.addItem(f"{y} ({n})", y)
            self.year_box.setEnabled(bool(years))
            index = self.year_box.findData(previous) if previous else 0
            self.year_box.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False

    def _show_theatre(self) -> None:
        theatre = self._theatre()
        self._fill_years(list(theatre.get("stances") or []))
        self._show_stances()

    def _show_stances(self) -> None:
        theatre = self._theatre()
        stances = list(theatre.get("stances") or [])
        year = self.current_year()
        shown = [s for s in stances if year is None or year in (s.get("years") or ())]
        self._shown = shown
        self.model.removeRows(0, self.model.rowCount())
        for i, stance in enumerate(shown):
            power = self._cell(str(stance.get("power", "")))
            power.setData(i, STANCE_ROLE)
            relation = QStandardItem(relation_text(self._theatre_name(stance), stance))
            relation.setEditable(False)
            years = QStandardItem(years_text(stance).replace("–", "–\u200b"))
            years.setEditable(False)
            n_excerpts = len(stance.get("evidence") or ())
            outlets = self._number(int(stance.get("independent_outlets") or 0))
            outlets.setToolTip(
                f"{n_excerpts} excerpt{'s' * (n_excerpts != 1)} from: "
                + ", ".join(stance.get("outlets") or ())
            )
            note = note_text(stance)
            if note:
                # a claim someone makes (*), or one something else contradicts (⚠): marked
                # in the row, said in full in its tooltip and above the excerpts
                text = relation_text(self._theatre_name(stance), stance)
                if stance.get("claimed_by"):
                    text += "\u00a0*"  # the mark stays with its relation
                if stance.get("contested"):
                    text = "⚠ " + text
                    relation.setForeground(Qt.GlobalColor.darkRed)
                relation.setText(text)
                relation.setToolTip(note)
            # one claim made by several speakers is a row each: the speaker tells them apart
            claimed = QStandardItem(str(stance.get("claimed_by") or ""))
            claimed.setEditable(False)
            claimed.setToolTip(claimed.text())
            row = [power, relation, self._cell(str(stance.get("party", ""))), years, outlets]
            for item in [*row, claimed]:
                item.setData(item.data(Qt.ItemDataRole.DisplayRole), SORT_ROLE)
            self.model.appendRow([*row, claimed])
        docs = {e.get("doc") for s in shown for e in s.get("evidence") or ()}
        text = (
            f"{len(shown)} stance{'s' * (len(shown) != 1)} from "
            f"{len(docs)} article{'s' * (len(docs) != 1)}"
        )
        if year is not None and len(shown) < len(stances):
            text += f" in {year} ({len(stances) - len(shown)} of other years or undated aside)"
        contested = sum(1 for s in shown if s.get("contested"))
        if contested:
            text += f"; {contested} contested"
        if theatre["id"] and not stances:
            # not "0 stances from 0 articles": the conflict is there for what its articles
            # tell of the war itself
            text = (
                "No article shown says who backs whom in this conflict: its articles tell "
                "of the war, not of sides in it"
            )
        if not theatre["id"] and self._theatres:
            n = len(self._theatres)
            text = (
                f"{NO_STANCES} in {n} conflict{'s' * (n != 1)}: no article shown says "
                "who backs whom there"
            )
        self._summary = text if theatre["id"] or self._theatres else _NO_CONFLICTS_WHY
        self._show_summary()
        self.summary.setWordWrap(True)
        # an empty column (no stance stated for a year) gives its width to the names
        self.table.setColumnHidden(_YEARS, not any(s.get("years") for s in shown))
        self._claims = any(s.get("claimed_by") for s in shown)
        self._folded = False  # the relations as set above: each speaker in its column
        self.table.setColumnHidden(_CLAIMED, not self._claims)
        self._fit_columns()
        self.graph.set_stances(shown, {"sides": self._colours, "numbers": self._numbers})
        self.table.clearSelection()
        self._show_excerpts(_EMPTY if shown else "<p style='color:#666'>No stances.</p>")

    def _show_excerpts(self, html: str, reading: bool = False) -> None:
        """Write the excerpts' box, two lines tall for a hint, its share of the panel for a
        stance's excerpts."""
        self.browser.setText(html)
        if reading == self._reading and self.splitter.sizes()[1] > 0:
            return
        self._reading = reading
        total = sum(self.splitter.sizes())
        small = self._hint_height()
        below = max(small, round(0.4 * total)) if reading else small
        if total > 0:
            self.splitter.setSizes([max(0, total - below), below])

    def _hint_height(self) -> int:
        """Two lines of the excerpts' box, its frame and margins included."""
        margins = self.browser.contentsMargins()
        document = int(self.browser.document().documentMargin())
        return (
            2 * self.browser.fontMetrics().lineSpacing()
            + 2 * document
            + (margins.top() + margins.bottom())
        )

    def _fit_columns(self) -> None:
        """Every column in the panel's width: each as wide as its longest text, or, when the
        panel is narrower, the room shared in proportion, each down to its longest word (a
        name wrapped onto more lines); the party takes what is left. At 1280 x 760 the party
        kept 150 pixels and the table scrolled sideways, the number of sources out of sight in
        every conflict. When even the words do not fit with a speaker's column, the speakers
        are written under their relations ("backs *", "claimed by Israel") and their column
        hidden, if that fits: it scrolled out of sight, a scroll bar under the table
        (stances_fresh15's conflicts at 1280 x 760: the speakers at 369-442 pixels of 369).
        When even that does not fit (a long word: "Revolutionary", a name's side badge), the
        names' longest words break, a hyphen at the break, the fewest pixels taken from the
        columns that can best spare them (stances_fresh18's conflicts at 1280 x 760: 384
        pixels of 375 folded, "Sources" cut at the panel's edge and the speakers behind a
        sideways scroll bar). If it does not (a speaker's long word), the speaker's column,
        last, is what scrolls."""
        header = self.table.horizontalHeader()
        bar = self.table.verticalScrollBar()
        # rows wrapped taller may bring the scroll bar: its width is kept free beforehand
        room = self.table.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        if self._claims:
            self._fold_speakers(False)
        shown, wants, least = self._widths_wanted()
        whole = least
        # (a panel not laid out yet has no width to judge by: it is fitted again when shown)
        if self._claims and sum(least.values()) > room and self.table.isVisible():
            self._fold_speakers(True)
            shown, wants, least = self._widths_wanted(slack=True)
            whole = least
            least = self._words_broken(least, room, slack=True)
            if sum(least.values()) > room:  # a speaker's long word: no better folded
                self._fold_speakers(False)
                shown, wants, least = self._widths_wanted()
                whole = least
        elif sum(least.values()) > room and self.table.isVisible():
            least = self._words_broken(least, room)
        if sum(least.values()) > room and _CLAIMED in shown:  # the speaker's is what scrolls
            rest = [c for c in shown if c != _CLAIMED]
            widths = share_widths(room, {c: wants[c] for c in rest}, {c: least[c] for c in rest})
            widths[_CLAIMED] = least[_CLAIMED]
        else:
            widths = share_widths(room, wants, least)
        for c in shown:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, widths[c])
        if sum(widths.values()) <= room:  # the party takes what is left, scroll bar or none
            header.setSectionResizeMode(_PARTY, QHeaderView.ResizeMode.Stretch)
        if self._hyphens or least != whole:  # a word broken now, or before
            self._break_words({c: header.sectionSize(c) for c in shown})
        self.table.resizeRowsToContents()  # names wrapped onto more lines: rows as tall

    def _words_broken(
        self, least: dict[int, int], room: int, slack: bool = False
    ) -> dict[int, int]:
        """The least widths with the pixels they lack taken from the names' columns, each
        no narrower than its words broken in two (then three, four: ``_cell_needs``'
        ``broken``), so that the fewest cells have a word broken (``fewest_broken``). The
        least widths as they were if even that does not fit."""
        names = sorted(least.keys() & _NAMES)
        self.table.setWordWrap(False)
        try:
            whole = {c: self._cell_needs(c, slack=slack) for c in names}
            for parts in (2, 3, 4):
                floor = {
                    c: max([self._title_width(c), *self._cell_needs(c, slack, broken=parts)])
                    for c in names
                }
                chosen = fewest_broken(least, sum(least.values()) - room, whole, floor)
                if chosen is not None:
                    return {**least, **chosen}
        finally:
            self.table.setWordWrap(True)
        return least

    def _break_words(self, widths: dict[int, int]) -> None:
        """A soft hyphen between the letters of each word too wide for its column, the
        pieces at least ``_PIECE`` letters, so that Qt breaks it there with a hyphen drawn
        (it cut it short, "Revoluti…", or broke it anywhere); the other words whole."""
        metrics = self.table.fontMetrics()
        self.table.setWordWrap(False)
        try:
            rooms = []
            for row in range(self.proxy.rowCount()):
                for c in widths.keys() & _NAMES:
                    index = self.proxy.index(row, c)
                    text = str(index.data() or "").replace(_SOFT, "")
                    if text:
                        line = max(metrics.horizontalAdvance(t) for t in text.split("\n"))
                        hint = self.table.sizeHintForIndex(index).width() + 1
                        # a cell of one word is drawn as its size hint says; one that
                        # wraps keeps its margins (``_text_width``)
                        wraps = len([w for w in _WORDS.split(text) if w]) > 1
                        margin = self._wrap_margin() if wraps else 0
                        rooms.append((index, text, widths[c] - (hint - line) - margin))
        finally:
            self.table.setWordWrap(True)
        self._hyphens = False
        for index, text, width in rooms:
            parts = _WORDS.split(text)
            long_words = {w for w in parts if metrics.horizontalAdvance(w) > width}
            if long_words:
                self._hyphens = True
                text = re.sub(
                    "|".join(re.escape(w) for w in sorted(long_words, key=len, reverse=True)),
                    lambda m: hyphenable(m.group(0)),
                    text,
                )
            item = self.model.itemFromIndex(self.proxy.mapToSource(index))
            if item.text() != text:
                item.setText(text)

    def _wrap_margin(self) -> int:
        """The pixels a cell that wraps keeps free beside its lines."""
        style = self.table.style()
        return 2 * (style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin) + 1)

    def _widths_wanted(
        self, slack: bool = False
    ) -> tuple[list[int], dict[int, int], dict[int, int]]:
        """The columns shown, the width each wants (the speaker 110 pixels at most) and the
        least each can do with (``slack``: with a wrapped line's margins to spare, as the
        speakers are folded only when they fit so: "Yemeni government" at its least of 102
        pixels was cut to "governme…")."""
        shown = [c for c in range(len(COLUMNS)) if not self.table.isColumnHidden(c)]
        # measured unwrapped: a wrapped cell's size hint is that of its lines at the column's
        # present width, and a speaker folded under "backs" had narrowed the party's column
        # below "Yemeni government" (cut)
        self.table.setWordWrap(False)
        try:
            wants = {c: self._text_width(c, whole=True) for c in shown}
            least = {c: min(wants[c], self._text_width(c, whole=False, slack=slack)) for c in shown}
        finally:
            self.table.setWordWrap(True)
        if _CLAIMED in wants:
            wants[_CLAIMED] = min(wants[_CLAIMED], 110)
            least[_CLAIMED] = min(least[_CLAIMED], 110)
        return shown, wants, least

    def _fold_speakers(self, fold: bool) -> None:
        """Each claim's speaker written under its relation and the speaker's column hidden
        (``fold``), or the relations as read and the column shown."""
        if fold == self._folded:
            return
        self._folded = fold
        for row in range(self.model.rowCount()):
            speaker = self.model.item(row, _CLAIMED).text()
            if not speaker:
                continue
            relation = self.model.item(row, _RELATION)
            text = relation.text().partition("\n")[0]
            relation.setText(f"{text}\nclaimed by {speaker}" if fold else text)
        self.table.setColumnHidden(_CLAIMED, fold)

    def _text_width(self, column: int, whole: bool, slack: bool = False, broken: int = 0) -> int:
        """The width a column's texts need on one line each (``whole``), or wrapped without
        cutting a word: the longest word (``broken``: its widest piece once broken into that
        many lines, with its hyphen); its title counts whole."""
        return max([self._title_width(column), *self._cell_needs(column, slack, broken, whole)])

    def _title_width(self, column: int) -> int:
        """A column's title whole, with room for the sort arrow only where the arrow is (the
        header kept that room in every column: 26 pixels of "Sources"' 78, for a number of
        one or two digits)."""
        header = self.table.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(style.PixelMetric.PM_HeaderMargin, None, header)
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        least = header.fontMetrics().horizontalAdvance(title) + 2 * margin + 2
        if header.sortIndicatorSection() == column:
            least += header.height()
        return least

    def _cell_needs(
        self, column: int, slack: bool = False, broken: int = 0, whole: bool = False
    ) -> list[int]:
        """The width each of a column's cells needs (see ``_text_width``), measured as the
        table draws it unwrapped."""
        metrics = self.table.fontMetrics()
        wrap_margin = self._wrap_margin()
        needs = []
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, column)
            text = str(index.data() or "").replace(_SOFT, "")
            if not text:
                continue
            # the icon and margins, and the grid's line: at the size hint alone "2015–2019"
            # and "Southern Transitional Council" were cut
            need = self.table.sizeHintForIndex(index).width() + 1
            if not whole:  # the longest word in place of the line
                words = max(
                    metrics.horizontalAdvance(widest_piece(w, broken))
                    for w in _WORDS.split(text)
                    if w
                )
                line = max(metrics.horizontalAdvance(t) for t in text.split("\n"))
                need += words - line
                # a cell that wraps lays its lines out within its margins; one of a single
                # word is drawn as its size hint says ("Zimbabwe": the six pixels for its
                # wrapping left stances_fresh16's speakers 3 pixels short of folding)
                need += wrap_margin if (slack or broken) and words < line else 0
            needs.append(need)
        return needs

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        if not self._reading:  # the table keeps what a taller panel gives
            total = sum(self.splitter.sizes())
            small = self._hint_height()
            if total > small:
                self.splitter.setSizes([total - small, small])

    def _stance_dict(self, i: int) -> dict[str, Any]:
        theatre = self._theatre()
        stance = self._shown[i]
        out = {
            "theatre": stance.get("theatre", theatre["id"]),
            "power": stance.get("power"),
            "relation": stance.get("relation"),
            "party": stance.get("party"),
            "evidence": list(stance.get("evidence") or ()),
        }
        for key in ("years", "outlets", "claimed_by", "contested", "independent_outlets"):
            if stance.get(key):
                out[key] = stance[key]
        return out

    # -- events ---------------------------------------------------------------------------------
    def _on_theatre_index_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._outside = False  # the analyst chose a conflict: the note is said of no item
        self._show_theatre()
        theatre_id = self.current_theatre()
        if theatre_id:
            self.theatre_changed.emit(theatre_id)

    def _on_year_changed(self, _index: int) -> None:
        if not self._quiet:
            self._show_stances()

    def _theatre_name(self, stance: Mapping[str, Any]) -> str:
        return str(stance.get("theatre_name") or self._theatre().get("name", ""))

    def _on_current_row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        i = self.proxy.data(current.siblingAtColumn(0), STANCE_ROLE)
        stance = self._stance_dict(i)
        self._show_excerpts(
            stance_html(self._theatre_name(self._shown[i]), stance, self._where), reading=True
        )
        self.stance_selected.emit(stance)

    def _on_graph_stance_clicked(self, stance: dict) -> None:
        """An edge of the graph: the same as its row in the table."""
        if not self.select_stance(stance["power"], stance["relation"], stance["party"]):
            self._show_excerpts(
                stance_html(self._theatre_name(stance), stance, self._where), reading=True
            )
            self.stance_selected.emit(stance)
