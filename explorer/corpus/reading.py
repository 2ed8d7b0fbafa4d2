"""Reading articles from disk into ``Document``s: the corpus stage's public functions.

A file goes through three steps: load (size check, decoding, HTML main text or Markdown
stripping, lines mapped to the original), clean (boilerplate lines dropped, with repetition
across the corpus considered when a whole folder is read) and segment (paragraphs and sentences
as spans). Cleaning never rewrites characters except whitespace and Unicode normalisation, and
each kept character carries its index in the decoded original.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from explorer.corpus import boilerplate
from explorer.corpus.dates import foot_date, is_date_line, parse_date
from explorer.corpus.encoding import decode_bytes
from explorer.corpus.errors import CorpusError
from explorer.corpus.markdown import markdown_lines
from explorer.corpus.outlets import outlet_from_dateline
from explorer.corpus.segment import paragraph_spans, sentence_spans
from explorer.corpus.textmap import MappedLine, nfc, source_lines, source_range, tidy
from explorer.corpus.webpage import read_page
from explorer.limits import BudgetExceeded, Cancelled, Limits, checkpoint
from explorer.listing import KINDS, article_paths
from explorer.model import Document, Span

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int, str], None]  # done, total, what

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_DATE_LINES_AT_TOP = 5  # a dateline further down is not the article's date
_WRAPPED_WIDTH = 100  # a file whose lines are never longer is hard-wrapped
_TITLE_CHARS = 120


@dataclass(slots=True)
class ReadResult:
    """Documents read from the sources, in order, and the files that could not be read."""

    documents: list[Document] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, message)


@dataclass(slots=True)
class _Loaded:
    """A decoded file split into mapped lines (None marks a blank line), before cleaning."""

    doc_id: str
    path: str
    raw_text: str
    sha256: str
    encoding: str
    lines: list[MappedLine | None]
    wrapped: bool
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [line.text for line in self.lines if line is not None]


def read_file(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, doc_id: str | None = None
) -> Document:
    """Read one article file. Raises CorpusError with a message naming the file."""
    path = Path(path)
    return _clean(_load(path, doc_id or path.name, max_bytes), frozenset())


def read_sources(
    sources: Iterable[Path | str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> ReadResult:
    """Read files and folders (recursively, sorted, hidden entries skipped).

    Problems are collected per file and reading goes on: a file that cannot be read, is not a
    regular file (a named pipe, a device), or runs over its budget (``limits``, per file) is
    named with the reason, and so is a folder that cannot be listed. Lines repeated across the
    documents read together (site furniture) are removed as boilerplate. ``Cancelled`` (from
    ``limits``) propagates.
    """
    limits = limits or Limits()
    result = ReadResult()
    entries = article_files(sources, result.problems)
    loaded: list[_Loaded] = []
    for n, (file, doc_id) in enumerate(entries):
        limits.check_cancelled()
        if progress:
            progress(n, len(entries), f"Reading {doc_id}")
        item = _guarded(
            str(file),
            _size(file),
            limits,
            result.problems,
            partial(_load, file, doc_id, max_bytes),
        )
        if item is not None:
            loaded.append(item)
    repeated = frozenset(boilerplate.repeated_keys(item.texts() for item in loaded))
    for item in loaded:
        limits.check_cancelled()
        document = _guarded(
            item.path,
            len(item.raw_text),
            limits,
            result.problems,
            partial(_clean, item, repeated),
        )
        if document is not None:
            result.documents.append(document)
    return result


def iter_documents(
    entries: list[tuple[Path, str]],
    problems: list[tuple[str, str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Collection[str] = (),
    limits: Limits | None = None,
) -> Iterator[Document]:
    """``read_sources`` one document at a time, for corpora too large to hold (``entries``
    from ``article_files``): every file is read twice, first for the lines repeated across
    the corpus (only their keys are kept), then to clean it; documents whose id is in
    ``skip`` count for the first pass only. Each file is read under its budget (``limits``);
    problems are appended to ``problems`` as they are met, and ``Cancelled`` propagates."""
    limits = limits or Limits()

    def texts() -> Iterator[list[str]]:
        for file, doc_id in entries:
            limits.check_cancelled()
            item = _guarded(
                str(file), _size(file), limits, [], partial(_load, file, doc_id, max_bytes)
            )
            if item is not None:  # a file that fails is said when it is read again below
                yield item.texts()

    repeated = frozenset(boilerplate.repeated_keys(texts()))
    for file, doc_id in entries:
        if doc_id in skip:
            continue
        limits.check_cancelled()
        document = _guarded(
            str(file),
            _size(file),
            limits,
            problems,
            partial(_read_clean, file, doc_id, max_bytes, repeated),
        )
        if document is not None:
            yield document


def article_files(
    sources: Iterable[Path | str], problems: list[tuple[str, str]]
) -> list[tuple[Path, str]]:
    """(file, document id) of every article file under the sources, in reading order.

    What is not a regular file (a named pipe, a device), a folder that cannot be listed and a
    link to nothing are named in ``problems`` and left out."""
    entries: list[tuple[Path, str]] = []
    for source in sources:
        source = Path(source)
        try:
            source.stat()
        except FileNotFoundError:
            pass  # named below
        except OSError as exc:
            problems.append((str(source), f"could not be read ({exc.strerror or exc})"))
            continue
        if source.is_dir():
            known = len(problems)
            found = list(_walk(source, problems))
            if not found and len(problems) == known:
                problems.append(
                    (str(source), "no .txt, .md or .html files were found in this folder")
                )
            entries.extend((file, file.relative_to(source).as_posix()) for file in found)
        elif source.exists() and not source.is_file():
            problems.append((str(source), _not_regular(source)))
        elif source.is_file():
            entries.append((source, source.name))
        else:
            problems.append((str(source), "no such file or folder"))
    ids = _unique_ids([relative for _, relative in entries])
    return [(file, doc_id) for (file, _), doc_id in zip(entries, ids, strict=True)]


def _guarded(
    name: str, size: int, limits: Limits, problems: list[tuple[str, str]], work: Callable[[], T]
) -> T | None:
    """``work()`` under a budget for one file; its failure becomes a problem, not an error."""
    budget = limits.budget(name, size)
    try:
        with budget:
            return work()
    except CorpusError as exc:
        problems.append((exc.path, exc.reason))
    except BudgetExceeded as exc:
        reason = (budget.reason or str(exc)).replace("to analyse", "to read")
        problems.append((name, f"{reason}; skipped"))
    except MemoryError:
        problems.append((name, "not enough memory to read it; skipped"))
    except Cancelled:
        raise
    except Exception as exc:  # a fault on one file must not cost the others
        log.exception("reading %s failed", name)
        problems.append((name, f"could not be read ({type(exc).__name__}: {exc})"))
    return None


def _read_clean(path: Path, doc_id: str, max_bytes: int, repeated: frozenset) -> Document:
    return _clean(_load(path, doc_id, max_bytes), repeated)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def document_from_text(doc_id: str, text: str, *, title: str | None = None) -> Document:
    """A Document for text given in memory (JSONL, batch input): kept exactly as given, no
    cleaning, offsets the identity; paragraphs and sentences are split."""
    paragraphs = paragraph_spans(text)
    sentences = [s for p in paragraphs for s in sentence_spans(text, p.start, p.end)]
    if title is None:
        title = _short_title(text[paragraphs[0].start : paragraphs[0].end]) if paragraphs else ""
    return Document(
        id=doc_id,
        path="",
        title=title,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        raw_text=text,
        offsets=list(range(len(text))),
        paragraphs=paragraphs,
        sentences=sentences,
    )


def source_span(document: Document, span: Span) -> Span:
    """The span of ``document.raw_text`` (the decoded original) that ``span`` of the cleaned
    text was read from, so an excerpt can be shown in place in the file."""
    return Span(*source_range(document.raw_text, document.offsets, span.start, span.end))


def _walk(folder: Path, problems: list[tuple[str, str]]) -> Iterator[Path]:
    def unreadable(error: OSError) -> None:
        where = error.filename or str(folder)
        problems.append((str(where), f"the folder could not be read ({error.strerror or error})"))

    def odd(path: Path) -> None:
        gone = "a link to nothing (the file it names is gone)"
        problems.append((str(path), _not_regular(path) if path.exists() else gone))

    yield from article_paths(folder, unreadable, odd)


def _not_regular(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"the file could not be read ({exc.strerror or exc})"
    what = (
        "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a folder"
        if stat.S_ISDIR(mode)
        else "not a regular file"
    )
    return f"{what}, not an article file; skipped"


def _unique_ids(relative: list[str]) -> list[str]:
    """File names as ids; where names clash, the path relative to the folder given."""
    names = [rel.rsplit("/", 1)[-1] for rel in relative]
    clashing = {name for name in names if names.count(name) > 1}
    ids = [rel if name in clashing else name for rel, name in zip(relative, names, strict=True)]
    seen: dict[str, int] = {}
    unique = []
    for doc_id in ids:
        seen[doc_id] = seen.get(doc_id, 0) + 1
        unique.append(doc_id if seen[doc_id] == 1 else f"{doc_id}#{seen[doc_id]}")
    return unique


_TABLE_SUFFIXES = (".csv", ".tsv", ".json", ".geojson")
_DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf")  # an article kept as a document


def _load(path: Path, doc_id: str, max_bytes: int) -> _Loaded:
    name = str(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        if path.suffix.lower() in _TABLE_SUFFIXES:  # the name says table; the content did not
            raise CorpusError(
                name,
                "neither an event table (an ACLED-style header: event_date, event_type, "
                "actor1, latitude, longitude) nor an article (.txt, .md or .html)",
            )
        if path.suffix.lower() in _DOCUMENT_SUFFIXES:
            raise CorpusError(
                name,
                f"a {path.suffix.lower()[1:].upper()} document is not read; save the article "
                "as text (.txt) or as a web page (.html) and add that",
            )
        raise CorpusError(name, "unsupported file type; open .txt, .md or .html files")
    data = _read_regular(path, max_bytes)
    checkpoint()
    raw_text, encoding, warnings = decode_bytes(data, name, html=kind == "html")
    checkpoint()
    loaded = _Loaded(
        doc_id=doc_id,
        path=name,
        raw_text=raw_text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        lines=[],
        wrapped=False,
        warnings=warnings,
    )
    if kind == "html":
        page = read_page(raw_text, name)
        checkpoint()
        loaded.lines = [_normalised(line) for line in _checked_lines(page.lines)]
        loaded.title, loaded.outlet, loaded.url = page.title, page.outlet, page.url
        loaded.published = page.published
        loaded.warnings.extend(page.warnings)
    else:
        lines = (
            markdown_lines(raw_text)
            if kind == "markdown"
            else [MappedLine.from_source(raw_text, a, b) for a, b in source_lines(raw_text)]
        )
        loaded.lines = [
            _normalised(line) if line is not None else None for line in _checked_lines(lines)
        ]
        widths = [len(line.text) for line in loaded.lines if line is not None and line.text]
        loaded.wrapped = bool(widths) and max(widths) <= _WRAPPED_WIDTH and len(widths) > 3
    loaded.lines = [line if line is not None and line.text else None for line in loaded.lines]
    return loaded


def _read_regular(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; only a regular file is read (a named pipe would block for ever, a
    device never end), and only up to the size limit."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise CorpusError(name, f"the file could not be read ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(name, _not_regular(path))
        if info.st_size > max_bytes:
            raise CorpusError(
                name,
                f"the file is too large ({info.st_size / 2**20:.1f} MB; the limit is "
                f"{max_bytes / 2**20:.0f} MB)",
            )
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise CorpusError(name, f"the file could not be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew while we read it
        raise CorpusError(name, f"the file is too large (over {max_bytes / 2**20:.0f} MB)")
    return data


def _checked_lines(lines: Iterable[T]) -> Iterator[T]:
    """The lines, with a budget checkpoint every few hundred (a big file has many)."""
    for n, line in enumerate(lines):
        if n % 256 == 0:
            checkpoint()
        yield line


def _normalised(line: MappedLine) -> MappedLine:
    """Whitespace collapsed, invisible characters dropped, NFC; offsets kept aligned."""
    line = tidy(line)
    text, offsets = nfc(line.text, line.offsets)
    return MappedLine(text, offsets, line.starts_block)


def _clean(item: _Loaded, repeated: frozenset[str]) -> Document:
    present = [line for line in item.lines if line is not None]
    if not present:
        raise CorpusError(item.path, "the file has no text")
    selection = boilerplate.select_lines(
        [line.text for line in present],
        repeated=repeated,
        title=item.title,
        running=_running(item.lines),
    )
    published = item.published
    if published is None:
        published = _dateline(present[:_DATE_LINES_AT_TOP]) or foot_date(
            present[-1].text, "\n".join(line.text for line in present[:-1])
        )
    kept_ids = {id(line) for line, keep in zip(present, selection.keep, strict=True) if keep}
    if not kept_ids:
        raise CorpusError(item.path, "no article text is left once page boilerplate is removed")
    title_line = present[selection.title_index] if selection.title_index is not None else None
    checkpoint()
    text, offsets, paragraphs = _assemble(item, kept_ids, title_line)
    sentences = [
        s for p in _checked_lines(paragraphs) for s in sentence_spans(text, p.start, p.end)
    ]
    title = item.title or _title_from(title_line, text, sentences, item.doc_id)
    return Document(
        id=item.doc_id,
        path=item.path,
        title=title,
        text=text,
        sha256=item.sha256,
        outlet=item.outlet or outlet_from_dateline(text),
        published=published,
        url=item.url,
        raw_text=item.raw_text,
        offsets=offsets,
        paragraphs=paragraphs,
        sentences=sentences,
        encoding=item.encoding,
        warnings=list(item.warnings),
    )


def _assemble(
    item: _Loaded, kept_ids: set[int], title_line: MappedLine | None
) -> tuple[str, list[int], list[Span]]:
    """Join kept lines into paragraphs separated by a blank line. In hard-wrapped files, and
    where a sentence runs on to the next line, lines of one block join with a space; a dropped
    line or a blank line ends a paragraph."""
    chars: list[str] = []
    offsets: list[int] = []
    paragraphs: list[Span] = []
    start: int | None = None
    previous: MappedLine | None = None
    for line in item.lines:
        if line is None or id(line) not in kept_ids:
            previous = None
            continue
        joins = (
            previous is not None
            and not line.starts_block
            and previous is not title_line
            and (item.wrapped or _continues(previous.text, line.text))
        )
        if joins:
            assert previous is not None  # joins says so
            chars.append(" ")
            offsets.append(previous.offsets[-1] + 1)
        else:
            if start is not None:
                paragraphs.append(Span(start, len(chars)))
                separator_at = offsets[-1] + 1
                chars.extend("\n\n")
                offsets.extend((separator_at, separator_at))
            start = len(chars)
        chars.extend(line.text)
        offsets.extend(line.offsets)
        previous = line
    if start is not None:
        paragraphs.append(Span(start, len(chars)))
    return "".join(chars), offsets, paragraphs


def _continues(previous: str, line: str) -> bool:
    """The same sentence broken across lines: a line that ends mid-sentence with the next in
    lower case, or that ends with a word no sentence ends with (``boilerplate.runs_on``)."""
    return boilerplate.runs_on(previous, line)


def _running(lines: list[MappedLine | None]) -> list[bool]:
    """For each line that is not blank: whether its sentence runs on into the next line, with
    no blank line or new block between them."""
    running = []
    for line, below in zip(lines, [*lines[1:], None], strict=True):
        if line is not None:
            running.append(
                below is not None
                and not below.starts_block
                and boilerplate.runs_on(line.text, below.text)
            )
    return running


def _dateline(lines: list[MappedLine]) -> str | None:
    for line in lines:
        if is_date_line(line.text):
            return parse_date(line.text)
    return None


def _title_from(
    title_line: MappedLine | None, text: str, sentences: list[Span], doc_id: str
) -> str:
    if title_line is not None and not boilerplate.is_sentence(title_line.text):
        return _short_title(title_line.text)
    if sentences:
        return _short_title(text[sentences[0].start : sentences[0].end])
    return doc_id


def _short_title(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _TITLE_CHARS:
        return text
    cut = text.rfind(" ", 0, _TITLE_CHARS)
    return text[: cut if cut > 0 else _TITLE_CHARS].rstrip(" ,;:") + "…"
