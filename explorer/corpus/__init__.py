"""The corpus stage: articles on disk (txt, md, html) to cleaned, segmented Documents.

Public API::

    read_sources(paths) -> ReadResult   files and folders; problems collected, reading goes on
    article_files(paths, problems)      the files read_sources would read, with their ids
    iter_documents(files, problems)     the same documents one at a time (large corpora)
    read_file(path) -> Document         one file; raises CorpusError
    document_from_text(id, text)        in-memory text kept exactly as given, only segmented
    source_span(doc, span) -> Span      where a span of the cleaned text is in doc.raw_text
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.corpus.errors import CorpusError
    from explorer.corpus.reading import (
        DEFAULT_MAX_BYTES,
        ReadResult,
        article_files,
        document_from_text,
        iter_documents,
        read_file,
        read_sources,
        source_span,
    )

__all__ = [
    "DEFAULT_MAX_BYTES",
    "CorpusError",
    "ReadResult",
    "article_files",
    "document_from_text",
    "iter_documents",
    "read_file",
    "read_sources",
    "source_span",
]


def __getattr__(name: str) -> Any:
    """The public names, imported when first asked for: a module of this package that needs
    none of the reading (``textmap``, which the window's article view and the item contract
    use) is imported without the encodings', the HTML's and the sentences' modules (20-30 ms
    of a window's start, on its GUI thread, before its map page can load)."""
    if name == "CorpusError":
        from explorer.corpus.errors import CorpusError

        return CorpusError
    if name in __all__:
        from explorer.corpus import reading

        return getattr(reading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
