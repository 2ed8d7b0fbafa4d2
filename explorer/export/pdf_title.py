"""A printed PDF given its title: the document information's ``/Title``, which a PDF viewer
shows in its title bar and tab, a file manager in its properties, a library in its catalogue.

QtWebEngine's ``printToPdf`` writes Chromium's information dictionary (creator, producer,
dates) but not the page's ``<title>``: the brief of the stance documents opened in a viewer as
"brief.pdf", its title field empty. The title is added by an incremental update (PDF 1.7,
7.5.6): the information dictionary written again with ``/Title``, a cross-reference section
for it and a trailer pointing back at the file's own, appended after its end; nothing the
printer wrote is changed.
"""

from __future__ import annotations

import re
from pathlib import Path

# the last trailer of a file with a classic cross-reference table (Chromium's Skia writes one)
_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s+(?P<xref>\d+)\s*%%EOF\s*$", re.S)
_INFO_REF = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT_REF = re.compile(rb"/Root\s+\d+\s+\d+\s+R")
_ID = re.compile(rb"/ID\s*\[[^\]]*\]")
# an entry of the old information dictionary kept as it was: a name and a literal string with
# no parentheses inside (Chromium's dates, creator and producer), or a name
_ENTRY = re.compile(rb"(/(?!Title\b)[A-Za-z]+)\s*(\([^()\\]*\)|/[A-Za-z]+)")


def pdf_text(value: str) -> bytes:
    """A PDF text string of ``value`` in any script: UTF-16BE with its byte-order mark,
    written in hexadecimal (so no character needs escaping)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def set_pdf_title(path: Path, title: str) -> bool:
    """Give the PDF at ``path`` the title ``title`` (its information dictionary's ``/Title``),
    by an incremental update appended to the file. False, and the file untouched, where it is
    not a PDF this can update: no classic trailer at its end (a cross-reference stream), or
    no information dictionary to write again."""
    data = path.read_bytes()
    tail = _TRAILER.search(data[-4096:])
    if tail is None:
        return False
    body, prev = tail["body"], int(tail["xref"])
    info, size, root = _INFO_REF.search(body), _SIZE.search(body), _ROOT_REF.search(body)
    if info is None or size is None or root is None:
        return False
    number, generation = int(info[1]), int(info[2])
    old = re.search(
        rb"(?<!\d)%d\s+%d\s+obj\s*<<(.*?)>>\s*endobj" % (number, generation), data, re.S
    )
    kept = b"".join(b"%s %s\n" % (m[1], m[2]) for m in _ENTRY.finditer(old[1])) if old else b""
    start = len(data) + (0 if data.endswith(b"\n") else 1)
    update = b"%d %d obj\n<<%s/Title %s>>\nendobj\n" % (number, generation, kept, pdf_text(title))
    xref = start + len(update)
    update += b"xref\n%d 1\n%010d %05d n \n" % (number, start, generation)
    ident = _ID.search(body)
    update += b"trailer\n<</Size %s\n%s\n/Info %d %d R\n/Prev %d%s>>\n" % (
        size[1],
        root[0],
        number,
        generation,
        prev,
        b"\n" + ident[0] if ident else b"",
    )
    update += b"startxref\n%d\n%%%%EOF\n" % xref
    with path.open("ab") as fh:
        if not data.endswith(b"\n"):
            fh.write(b"\n")
        fh.write(update)
    return True
