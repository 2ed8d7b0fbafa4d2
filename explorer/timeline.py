"""Dates as spans and the timeline's histogram of dated events; no Qt here.

A partial date stands for the whole period it names: "2020" is every day of 2020 and "2020-10"
every day of October 2020. Filters compare spans, and the histogram puts an event whose date is
coarser than a bin into the bin where its span starts, counted as approximate so that the view
can draw it apart. Bins are days, months or years: the finest the dates and the span allow.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from itertools import chain, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Literal

from explorer.vocabulary import UNITS, Unit

if TYPE_CHECKING:
    from explorer.items import Item


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_COUNTS_KEPT = 64  # ranges whose count a histogram keeps (a slider drag asks many)
# Up to this many days between the first and the last event (and with day-precise dates),
# bins are days; up to this many months, months; years beyond.
MAX_DAY_BINS = 62
MAX_MONTH_BINS = 36
# Finer bins than these are refused even when asked for: too narrow to see or to point at.
MOST_BINS = {"day": 1100, "month": 600, "year": 10_000}


@lru_cache(maxsize=1 << 16)  # a large project has a few thousand distinct dates
def date_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date ("YYYY", "YYYY-MM", "YYYY-MM-DD", or a longer
    timestamp) stands for, or None when there is no readable date."""
    if not value:
        return None
    match = _ISO.match(str(value).strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = last_day(year, month)
            return date(year, month, 1), date(year, month, last)
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (``calendar.monthrange``'s second value,
    without importing ``calendar``: 1.5-2 ms of every start that reads a date); ValueError
    for a month or year a ``date`` cannot hold."""
    date(year, month, 1)  # the month and year checked as a date checks them
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def precision_of(value: str | None) -> Literal["day", "month", "year", "unknown"]:
    """How precise an ISO date string is, read from its shape."""
    if date_span(value) is None:
        return "unknown"
    match = _ISO.match(str(value).strip())
    assert match is not None
    if match.group(3):
        return "day"
    return "month" if match.group(2) else "year"


def event_span(item: Item) -> tuple[date, date] | None:
    """An event's date span; None when it is undated (no date, or its precision is unknown)."""
    if item.date_precision == "unknown":
        return None
    return date_span(item.date)


@dataclass(frozen=True)
class Bin:
    start: date
    end: date
    count: int = 0
    approximate: int = 0  # events whose date is coarser than the bin (e.g. a year in months)

    @property
    def label(self) -> str:
        if self.start == self.end:
            return f"{self.start.day} {_MONTHS[self.start.month - 1]} {self.start.year}"
        if self.start.month == 1 and self.end.month == 12:
            return str(self.start.year)
        return f"{_MONTHS[self.start.month - 1]} {self.start.year}"


@dataclass(frozen=True)
class Histogram:
    unit: Unit
    bins: tuple[Bin, ...] = ()
    undated: int = 0
    spans: tuple[tuple[date, date], ...] = field(default=(), repr=False)  # every dated event
    # each distinct span with its number of events (100,000 events have a few thousand), for
    # counting a range at every move of the slider; None: counted from ``spans``
    span_counts: tuple[tuple[date, date, int], ...] | None = field(
        default=None, repr=False, compare=False
    )
    # the events counted, for ``ids``
    events: tuple[Item, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def ids(self) -> tuple[tuple[str, ...], ...]:
        """Each bin's event ids, sorted. Worked out when first read: the window reads none
        of them, and the ids of 100,000 events gathered per date and sorted in each bin cost
        a third of the histogram at every open."""
        if not self.bins:
            return ()
        lo = _key(self.bins[0].start, self.unit)
        ids: list[list[str]] = [[] for _ in self.bins]
        for item in self.events:
            span = event_span(item)
            if span is not None:
                ids[_key(span[0], self.unit) - lo].append(item.id)
        return tuple(tuple(sorted(x)) for x in ids)

    def count_between(self, start: str | None, end: str | None) -> int:
        """How many dated events a filter from ``start`` to ``end`` lets through: spans that
        overlap the range, as explorer.filters compares them (so a "2020" event counts in any
        range that touches 2020, whichever bin it is drawn in)."""
        known = self._counted
        found = known.get((start, end))
        if found is not None:  # the panel's labels ask three times at a filter's change
            return found
        lo, hi = date_span(start), date_span(end)
        counted = self.span_counts
        if counted is None:
            counted = tuple((first, last, 1) for first, last in self.spans)
        found = sum(
            n
            for first, last, n in counted
            if (lo is None or last >= lo[0]) and (hi is None or first <= hi[1])
        )
        if len(known) >= _COUNTS_KEPT:
            known.clear()
        known[(start, end)] = found
        return found

    @cached_property
    def _counted(self) -> dict[tuple[str | None, str | None], int]:
        """``count_between``'s answers by range, the last few."""
        return {}

    @property
    def dated(self) -> int:
        return sum(b.count for b in self.bins)

    @property
    def peak(self) -> int:
        return max((b.count for b in self.bins), default=0)

    def range_of(self, first: int, last: int) -> tuple[str | None, str | None]:
        """ISO start and end dates covering bins ``first`` to ``last``; an end at the edge of
        the histogram is open (None) so that nothing outside the data is ever cut off."""
        if not self.bins:
            return None, None
        first = max(0, min(first, len(self.bins) - 1))
        last = max(first, min(last, len(self.bins) - 1))
        start = None if first == 0 else self.bins[first].start.isoformat()
        end = None if last == len(self.bins) - 1 else self.bins[last].end.isoformat()
        return start, end

    def index_of(self, iso: str | None, *, at_end: bool) -> int:
        """The bin holding an ISO date; None (open) maps to the first or the last bin."""
        if not self.bins:
            return 0
        span = date_span(iso)
        if span is None:
            return len(self.bins) - 1 if at_end else 0
        day = span[1] if at_end else span[0]
        for i, b in enumerate(self.bins):
            if b.start <= day <= b.end:
                return i
        return 0 if day < self.bins[0].start else len(self.bins) - 1


_DATE = attrgetter("date")
_DATE_PRECISION = attrgetter("date_precision")


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _bin_for(index: int, unit: Unit) -> tuple[date, date]:
    if unit == "day":
        day = date.fromordinal(index)
        return day, day
    if unit == "year":
        return date(index, 1, 1), date(index, 12, 31)
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, 1), date(year, month, last_day(year, month))


def bins_between(first: date, last: date, unit: Unit) -> int:
    if unit == "day":
        return (last - first).days + 1
    if unit == "month":
        return _month_index(last) - _month_index(first) + 1
    return last.year - first.year + 1


def choose_unit(
    first: date, last: date, days_known: bool = True, months_known: bool = True
) -> Unit:
    """Days for a short span of day-precise dates, months while the span fits in a readable
    number of bins, years beyond. Dates that name only their years are binned by year: a
    month bin would say "Jan 1961" of a story's "in 1961"."""
    if days_known and bins_between(first, last, "day") <= MAX_DAY_BINS:
        return "day"
    if months_known and bins_between(first, last, "month") <= MAX_MONTH_BINS:
        return "month"
    return "year"


def histogram(
    items: Iterable[Item],
    unit: Unit | None = None,
    counted: Mapping[tuple[str | None, str], int] | None = None,
) -> Histogram:
    """Count the events among ``items`` per day, month or year (``unit``, or the finest that
    suits the dates), from the first dated event to the last with empty bins kept; other
    kinds are left out, undated events are only counted. A unit too fine for the span (more
    than ``MOST_BINS``) gives way to the next coarser one.

    ``counted``: the events' (date, precision) pairs counted beforehand (``ItemSet.
    event_dates``); ``items`` are then those events, and are not read again."""
    # events counted by their date as given (C-level: a Counter over two attribute maps):
    # 100,000 events have a few thousand distinct dates, each read into its span and put
    # into its bin once
    by_date: Mapping[tuple[str | None, str], int]
    if counted is not None:
        events = tuple(items)
        by_date = counted
    else:
        events = tuple([item for item in items if item.kind == "event"])
        by_date = Counter(zip(map(_DATE, events), map(_DATE_PRECISION, events), strict=True))
    groups: list[tuple[date, date, int]] = []
    undated = 0
    for (value, precision), n in by_date.items():
        span = None if precision == "unknown" else date_span(value)
        if span is None:
            undated += n
        else:
            groups.append((*span, n))
    if not groups:
        return Histogram(unit=unit or "month", undated=undated, events=events)
    first = min(g[0] for g in groups)
    last = max(g[0] for g in groups)
    if unit is None:
        unit = choose_unit(
            first,
            last,
            days_known=any(a == b for a, b, _ in groups),
            months_known=any((a.year, a.month) == (b.year, b.month) for a, b, _ in groups),
        )
    while unit != "year" and bins_between(first, last, unit) > MOST_BINS[unit]:
        unit = UNITS[UNITS.index(unit) + 1]

    lo, hi = _key(first, unit), _key(last, unit)
    counts = [0] * (hi - lo + 1)
    approximate = [0] * (hi - lo + 1)
    for start, end, n in groups:
        i = _key(start, unit) - lo
        counts[i] += n
        if _key(end, unit) != _key(start, unit):
            approximate[i] += n
    bins = tuple(
        Bin(*_bin_for(lo + i, unit), count=counts[i], approximate=approximate[i])
        for i in range(len(counts))
    )
    spans = sorted(groups)
    return Histogram(
        unit=unit,
        bins=bins,
        undated=undated,
        # one tuple per distinct span, repeated for its events (C-level, shared)
        spans=tuple(chain.from_iterable(repeat((start, end), n) for start, end, n in spans)),
        span_counts=tuple(spans),
        events=events,
    )


def dated_count(counted: Mapping[tuple[str | None, str], int]) -> int:
    """How many events of ``ItemSet.event_dates`` the timeline counts as dated."""
    return sum(
        n
        for (value, precision), n in counted.items()
        if precision != "unknown" and date_span(value) is not None
    )


def _key(day: date, unit: Unit) -> int:
    """The number of the bin of ``unit`` holding ``day`` (consecutive bins, consecutive keys)."""
    if unit == "day":
        return day.toordinal()
    return day.year if unit == "year" else _month_index(day)
