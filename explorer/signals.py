"""Signals for the Qt-free model: a class declares them, each of its instances emits its own.

    class Workspace:
        filters_changed = Signal(object)

    workspace.filters_changed.connect(panel.set_state)
    workspace.filters_changed.emit(filters)

A callback is called with as many of the signal's arguments as it takes, so one that wants
none can listen to a signal that sends one. A bound method is held by a weak reference, so a
panel that goes away stops listening without disconnecting. (psygnal did this before; its
import read every installed package's metadata for its own version: 45-55 ms of a snapshot.)
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from typing import Any

_ANY = 1 << 16  # a callback taking ``*args``: every argument


class Signal:
    """Declared on a class; ``instance.name`` is that instance's ``SignalInstance``."""

    def __init__(self, *types: type) -> None:
        self.nargs = len(types)
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        bound = SignalInstance(self.nargs)
        instance.__dict__[self.name] = bound  # made once: later reads find it there
        return bound


class SignalInstance:
    """One instance's signal: its callbacks, called in the order they were connected."""

    def __init__(self, nargs: int) -> None:
        self.nargs = nargs
        self._slots: list[tuple[Callable[[], Callable[..., Any] | None], int]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        taken = min(_positional(callback), self.nargs)
        if inspect.ismethod(callback):
            ref: Callable[[], Callable[..., Any] | None] = weakref.WeakMethod(callback)
        else:

            def ref(callback: Callable[..., Any] = callback) -> Callable[..., Any]:
                return callback

        self._slots.append((ref, taken))
        return callback

    def disconnect(self, callback: Callable[..., Any] | None = None) -> None:
        """Disconnect ``callback`` (every callback when None)."""
        self._slots = [
            (ref, n) for ref, n in self._slots if callback is not None and ref() != callback
        ]

    def emit(self, *args: Any) -> None:
        dead = False
        for ref, taken in list(self._slots):
            callback = ref()
            if callback is None:
                dead = True
                continue
            callback(*args[:taken])
        if dead:
            self._slots = [(ref, n) for ref, n in self._slots if ref() is not None]

    def __len__(self) -> int:
        return len(self._slots)


def _positional(callback: Callable[..., Any]) -> int:
    """How many positional arguments ``callback`` takes (``_ANY`` for ``*args``)."""
    try:
        parameters = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature: give it everything
        return _ANY
    count = 0
    for p in parameters:
        if p.kind == p.VAR_POSITIONAL:
            return _ANY
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            count += 1
    return count
