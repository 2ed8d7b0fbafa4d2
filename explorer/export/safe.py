"""Article text made inert where each output format would read it as something else.

A title, an excerpt or a file name comes from the articles, which nobody vouches for: a cell
starting with ``=`` is a formula to a spreadsheet, ``<`` is markup to Google Earth's balloon
and to a browser, ``[x](javascript:...)`` is a link to a Markdown renderer, and a control
character makes an XML file unreadable. Every writer passes such values through the helper for
its format when it writes them, so they are read as text by whatever opens the file.
"""

from __future__ import annotations

import html
import re

# What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 forbids even escaped (C0 controls but tab, newline and carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Markdown punctuation that could make links, images, emphasis, code or table cells.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def csv_cell(value: object) -> object:
    """A value a spreadsheet shows as text: a string that would start a formula gets a
    leading apostrophe (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xml_text(value: object) -> str:
    """Text an XML file may hold (the serialiser escapes ``<`` and ``&`` itself)."""
    return _NOT_XML.sub("", str(value))


def html_text(value: object) -> str:
    """Text for HTML, and for KML descriptions, which viewers render as HTML."""
    return html.escape(xml_text(value), quote=True)


def markdown_text(value: object) -> str:
    """Text for one line of Markdown (a table cell or a heading): whitespace folded, markup
    characters escaped, HTML made entities."""
    text = " ".join(str(value).split())
    text = html.escape(text, quote=False)
    return _MARKDOWN.sub(r"\\\1", text)


def markdown_code(value: object) -> str:
    """Text for an inline code span, which cannot escape a backquote."""
    return " ".join(str(value).split()).replace("`", "'")
