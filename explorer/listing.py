"""Which files of a folder are articles, in the order an ingest reads them.

Kept out of the corpus package so that a folder already up to date in its project can be
listed, and its files' hashes compared, without importing the readers (explorer.opening).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

# An article file's suffix and the reader that reads it.
KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def article_paths(
    folder: Path,
    unreadable: Callable[[OSError], None],
    odd: Callable[[Path], None],
) -> Iterator[Path]:
    """The article files under ``folder``, folders and names sorted; hidden files and folders
    left out. A folder that cannot be listed goes to ``unreadable``; an article's name that is
    no regular file (a link to nothing, a pipe, a folder called "x.txt") to ``odd``."""
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in KINDS:
                continue
            path = Path(root) / name
            if path.is_file():
                yield path
            else:
                odd(path)
