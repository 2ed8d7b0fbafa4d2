"""The one error the corpus reader raises, worded for the person who chose the file."""

from __future__ import annotations


class CorpusError(Exception):
    """A file could not be read as an article; the message names the file and says why."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")
