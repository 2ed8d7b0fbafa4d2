"""Bytes to text: byte-order marks first, then strict UTF-8, then charset-normalizer.

UTF-8 is tried strictly before any guessing because a valid UTF-8 file is almost never anything
else, and guessing on short texts can pick a wrong single-byte code page. Binary files are
refused early with a message that says what they look like.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from explorer.corpus.errors import CorpusError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x7F}
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(data: bytes, path: str, *, html: bool = False) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the file's bytes, without the byte-order mark.

    Raises CorpusError when the file is empty, binary, or in no encoding we can recognise.
    """
    if not data.strip():
        raise CorpusError(path, "the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(name), path), name
            except UnicodeDecodeError as exc:
                raise CorpusError(
                    path, f"the file starts with a {name} byte-order mark but is not valid {name}"
                ) from exc
    _refuse_binary(data, path)
    if b"\x00" in data[:8192]:
        wide = charset_normalizer.from_bytes(data).best()  # UTF-16/32 without a BOM
        if wide is not None and wide.encoding.startswith(("utf_16", "utf_32")):
            return _checked(str(wide), path), wide.encoding
        raise CorpusError(path, "this is a binary file, not a text or HTML article")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data)
        if declared is not None:
            try:
                return _checked(data.decode(declared), path), declared
            except (UnicodeDecodeError, LookupError):
                pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise CorpusError(path, "the text encoding could not be recognised; save it as UTF-8")
    text = str(best)
    return _checked(text, path), _plainest(data, text, best.encoding)


def _plainest(data: bytes, text: str, guess: str) -> str:
    """Name the most common code page that gives the same text: several single-byte pages
    agree on most letters, and the guess among them is arbitrary."""
    for common in ("cp1252", "latin_1"):
        try:
            if data.decode(common) == text:
                return common
        except UnicodeDecodeError:
            continue
    return guess


def _declared_charset(data: bytes) -> str | None:
    match = _HTML_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _refuse_binary(data: bytes, path: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise CorpusError(path, f"this is {what}, not a text or HTML article")
    head = data[:8192]
    if b"\x00" in head:
        return  # maybe UTF-16 without a byte-order mark: decode_bytes decides
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls > max(4, len(head) // 50):
        raise CorpusError(path, "this is a binary file, not a text or HTML article")


def _checked(text: str, path: str) -> str:
    """Refuse decodings that are mostly control characters: a sign of a wrong guess."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(4, len(sample) // 50):
        raise CorpusError(path, "the file does not look like text (too many control characters)")
    if not text.strip():
        raise CorpusError(path, "the file is empty")
    return text
