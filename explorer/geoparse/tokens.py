"""Token tests shared by recognition (parser.py) and the choice of what the NER reads (ner.py)."""

from __future__ import annotations

# lower-case words that may stand inside a name ("Bosnia and Herzegovina", "Port of Spain")
CONNECTORS = frozenset(
    {"of", "the", "de", "del", "la", "le", "al", "el", "da", "do", "upon", "on", "-", "and"}
    | {"du", "des", "am", "an"}
)
ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"])
# the article as French and English transliterations write it before a hyphen ("Deir ez-Zor",
# "Ras es-Sider", "Qasr el-Kebir")
JOINED_ARTICLES = ARTICLES | {"ez", "es", "ed", "er", "et", "esh", "ech", "en"}


def is_cap(tok) -> bool:
    """Capitalised, also after an ayn or apostrophe ("‘Amman", "'Ayn")."""
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[:1] in "ʿ‘'" and t[1:2].isupper()))


def starts_name(doc, k: int) -> bool:
    """A capitalised word, or a lower-case Arabic article joined by a hyphen ("el-Arish")."""
    if is_cap(doc[k]):
        return True
    return joined_article(doc, k, ARTICLES)


def joined_article(doc, k: int, articles: frozenset[str] = JOINED_ARTICLES) -> bool:
    """A lower-case Arabic article joined by a hyphen to a capitalised word ("el-Arish"; inside
    a name, the "ez-" of "Deir ez-Zor")."""
    return (
        doc[k].lower_ in articles
        and k + 2 < len(doc)
        and doc[k + 1].text == "-"
        and is_cap(doc[k + 2])
    )
