"""What keeps one article from stalling a batch: a budget per document, and long texts in pieces.

A ``Budget`` gives one document (its reading, or its analysis) a time limit that grows with its
length, a ceiling on memory growth, and the caller's cancel flag. The stages call
``checkpoint()`` between pieces of work (a parsed sentence, a geoparsed piece, a few hundred
lines read); it raises ``BudgetExceeded`` or ``Cancelled`` there, so a stopped document leaves no
half-made state behind. Should a stage loop without reaching a checkpoint (a bug), a watchdog
raises ``BudgetExceeded`` in the working thread shortly after the deadline.

``pieces()`` cuts a long text into consecutive ranges of bounded length, at paragraph breaks
when it can, else after a sentence, else at a space, so spaCy never sees more than a piece and
memory stays bounded whatever the length; offsets stay those of the whole text.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass, field

from explorer.bulk import collect_if_due

# Longest text handed to spaCy at once (characters). News articles are shorter (the longest of
# 706 in the evaluation sets has 9,148), so only longer texts are ever cut.
PIECE_CHARS = 20_000
# Longest stretch parsed as one sentence; a longer "sentence" (a file with no punctuation) is
# parsed, and quoted as evidence, in pieces of this size.
SENTENCE_CHARS = 2_000

_MiB = 1024 * 1024


def never() -> bool:
    """No cancel: the default flag (a module-level function, so Limits pickle to a worker)."""
    return False


class Cancelled(Exception):
    """The caller asked the work to stop."""


class BudgetExceeded(Exception):
    """One document needed more time or memory than its budget allows."""


@dataclass(frozen=True)
class Limits:
    """How much one document may take. ``seconds`` for any document, plus one second per
    ``chars_per_second`` characters (a 20 MB text is analysed in pieces for many minutes; a
    news article in well under a second); ``memory_bytes`` of growth over the process's
    resident memory when the document starts."""

    seconds: float = 60.0
    chars_per_second: float = 1_000.0
    memory_bytes: int = 3 * 1024 * _MiB
    is_cancelled: Callable[[], bool] = field(default=never)

    def budget(self, what: str, size: int) -> Budget:
        return Budget(
            what,
            seconds=self.seconds + size / self.chars_per_second,
            memory_bytes=self.memory_bytes,
            is_cancelled=self.is_cancelled,
        )

    def check_cancelled(self) -> None:
        if self.is_cancelled():
            raise Cancelled()


_current: ContextVar[Budget | None] = ContextVar("explorer_budget", default=None)


def checkpoint() -> None:
    """Stop here if the current document is over its budget or the caller cancelled."""
    budget = _current.get()
    if budget is not None:
        budget.check()


class Budget:
    """Time, memory and cancellation for one document; use as ``with budget:``.

    Inside the block, ``checkpoint()`` raises ``Cancelled`` once the caller cancels and
    ``BudgetExceeded`` once the time or memory is used up; ``reason`` then says which.
    """

    GRACE = 2.0  # seconds past the deadline before the watchdog interrupts the thread
    _MEMORY_EVERY = 0.05  # seconds between two looks at the process's memory

    def __init__(
        self,
        what: str,
        seconds: float,
        memory_bytes: int | None = None,
        is_cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.what = what
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        self.is_cancelled = is_cancelled
        self.reason: str | None = None
        self._deadline = 0.0
        self._baseline: int | None = None
        self._memory_checked = 0.0
        self._thread = 0
        self._lock = threading.Lock()
        self._closed = False
        self._fired = False
        self._timer: threading.Timer | None = None
        self._token: Token[Budget | None] | None = None

    def __enter__(self) -> Budget:
        self._deadline = time.monotonic() + self.seconds
        self._baseline = resident_memory() if self.memory_bytes else None
        self._thread = threading.get_ident()
        self._token = _current.set(self)
        if _can_interrupt():
            self._timer = threading.Timer(self.seconds + self.GRACE, self._expire)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._fired:
                _interrupt(self._thread, None)  # not delivered yet: withdraw it
        if self._token is not None:
            _current.reset(self._token)
            self._token = None
        # a document done on the thread that alone collects (the window's, once up): a pass of
        # the cyclic collector if one is due, as the automatic collector would have made
        collect_if_due()

    def check(self) -> None:
        if self.is_cancelled():
            raise Cancelled()
        now = time.monotonic()
        if now > self._deadline:
            self.reason = f"took longer than {self.seconds:.0f} s to analyse"
            raise BudgetExceeded(f"{self.what}: {self.reason}")
        if self._baseline is not None and now - self._memory_checked >= self._MEMORY_EVERY:
            self._memory_checked = now
            used = resident_memory()
            if used is not None and used - self._baseline > (self.memory_bytes or 0):
                self.reason = (
                    f"needed more than {(self.memory_bytes or 0) / _MiB / 1024:.1f} GB of memory"
                )
                raise BudgetExceeded(f"{self.what}: {self.reason}")

    def _expire(self) -> None:
        """Watchdog: the work reached no checkpoint in time; interrupt its thread."""
        with self._lock:
            if self._closed:
                return
            self._fired = True
            self.reason = f"took longer than {self.seconds:.0f} s to analyse (stopped)"
            _interrupt(self._thread, BudgetExceeded)


def _can_interrupt() -> bool:
    # ctypes imported when a budget is first set, not with this module: the window imports it
    # (through ``explorer.opening``) on its GUI thread while its map's page loads (2-6 ms)
    import ctypes

    return hasattr(ctypes, "pythonapi") and hasattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc")


def _interrupt(thread_id: int, exc_type: type[BaseException] | None) -> None:
    """Raise ``exc_type`` in another thread at its next Python instruction (None withdraws a
    pending one). CPython's documented way to stop a thread that never checks a flag."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc_type) if exc_type else None
    )


def resident_memory() -> int | None:
    """The process's resident memory in bytes, where the system tells it cheaply (Linux)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


# Where a long text may be cut, best first: a blank line, the end of a sentence, a space.
_CUTS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def pieces(text: str, limit: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` ranges covering ``text[start:end]``, none longer than
    ``limit``, cut at the best break in the second half of each stretch."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    position = start
    while end - position > limit:
        cut = _cut(text, position + limit // 2, position + limit)
        out.append((position, cut))
        position = cut
    if end > position or not out:
        out.append((position, end))
    return out


def _cut(text: str, low: int, high: int) -> int:
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(text, low, high)]
        if ends and low < ends[-1] <= high:
            return ends[-1]
    return high
