"""Bytes to text: byte-order marks, strict UTF-8, a declared charset, then a guess.

UTF-8 is tried strictly before any guessing because a valid UTF-8 file is almost never anything
else. A file that is UTF-8 on most lines and not on a few (pieces pasted from elsewhere) is read
line by line, and says so. Otherwise the single-byte code pages news is written in are compared
on how plausible their letters are: Windows-1252 and Latin-1 agree on every letter, but
Windows-1250 reads the same byte of "À Bamako" as "Ŕ", so the guess weighs which letters each
reading makes (common letters of the page's languages, no symbols inside words, no long runs of
accented letters), prefers the Western page on a tie, and warns when the evidence is thin.
charset-normalizer is asked only when no single-byte page reads well (Chinese, Japanese, ...).
A few NUL bytes inside text are ignored with a warning; binary files are refused early.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import charset_normalizer
from charset_normalizer.utils import is_multi_byte_encoding

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

# C0 controls other than NUL, tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = frozenset(range(0x01, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x7F}
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_WIDE_NULS = 0.1  # more NUL bytes than this share of the file: UTF-16/32, or binary


@dataclass(frozen=True)
class _Page:
    """A single-byte code page and the script of its letters."""

    codec: str
    label: str
    script: str = "Latin"


_PAGES = (  # in order of preference when two read equally well
    _Page("cp1252", "Windows-1252 (Western European)"),
    _Page("cp1250", "Windows-1250 (Central European)"),
    _Page("iso8859_2", "ISO-8859-2 (Central European)"),
    _Page("cp1251", "Windows-1251 (Cyrillic)", "Cyrillic"),
    _Page("koi8_r", "KOI8-R (Cyrillic)", "Cyrillic"),
    _Page("cp1253", "Windows-1253 (Greek)", "Greek"),
    _Page("cp1254", "Windows-1254 (Turkish)"),
    _Page("cp1257", "Windows-1257 (Baltic)"),
)
_LABELS = {page.codec: page.label for page in _PAGES} | {"latin_1": "Latin-1 (ISO-8859-1)"}
# The accented letters of languages written in those pages (lower case). A text is mostly in
# one language, so a reading whose accented letters one language accounts for is plausible.
_ALPHABETS = {
    "French": "àâçéèêëîïôœùû",
    "German": "äöüß",
    "Spanish": "áéíñóúü",
    "Portuguese": "áâãàçéêíóôõú",
    "Italian": "àèéìíîòóùú",
    "Catalan": "àçéèíïòóúü",
    "Dutch": "éëïóöü",
    "Danish and Norwegian": "æøåé",
    "Swedish and Finnish": "åäöé",
    "Icelandic": "áðéíóúýþæö",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Hungarian": "áéíóöőúüű",
    "Romanian": "ăâîșțşţ",
    "Croatian, Bosnian and Serbian": "čćđšž",
    "Turkish": "çğıöşüâîûi̇",
    "Azerbaijani": "çəğıöşüi̇",
    "Lithuanian": "ąčęėįšųūž",
    "Latvian": "āčēģīķļņšūž",
    "Estonian": "äöõüšž",
    "Albanian": "çë",
}
_PUNCTUATION = set("“”‘’„‚«»‹›–—…•·°§©®™€£¥¢¿¡×÷±½¼¾¹²³ªº\u00a0")


def decode_bytes(data: bytes, path: str, *, html: bool = False) -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, warnings)`` for the file's bytes, without the byte-order mark.

    Raises CorpusError when the file is empty, binary, or in no encoding we can recognise.
    """
    if not data.strip():
        raise CorpusError(path, "the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(name), path), name, []
            except UnicodeDecodeError as exc:
                raise CorpusError(
                    path, f"the file starts with a {name} byte-order mark but is not valid {name}"
                ) from exc
    _refuse_binary(data, path)
    warnings: list[str] = []
    nuls = data.count(b"\x00")
    if nuls > max(4, len(data) * _WIDE_NULS):
        wide = charset_normalizer.from_bytes(data).best()  # UTF-16/32 without a BOM
        if wide is not None and wide.encoding.startswith(("utf_16", "utf_32")):
            return _checked(str(wide), path), wide.encoding, []
        raise CorpusError(path, "this is a binary file, not a text or HTML article")
    if nuls:
        warnings.append(f"{nuls} NUL byte{'s' * (nuls != 1)} in the file were ignored")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data)
        if declared is not None:
            try:
                return _checked(data.decode(declared), path), declared, warnings
            except (UnicodeDecodeError, LookupError):
                pass
    mixed = _mixed(data)
    if mixed is not None:
        return _checked(mixed[0], path), mixed[1], [*warnings, mixed[2]]
    guess = _guess(data)
    if guess is None:
        raise CorpusError(path, "the text encoding could not be recognised; save it as UTF-8")
    text, encoding, note = guess
    return _checked(text, path), encoding, [*warnings, *([note] if note else [])]


@dataclass(frozen=True)
class _Reading:
    page: _Page
    text: str  # of the sample
    score: float  # mean plausibility of its non-ASCII characters


def _guess(data: bytes) -> tuple[str, str, str | None] | None:
    """A multi-byte East Asian reading when one is clear, else the most plausible single-byte
    one."""
    wide = _east_asian(data)
    if wide is not None:
        return wide
    readings = _single_byte_readings(_sample(data))
    for n, best in enumerate(readings):
        try:
            text = data.decode(best.page.codec)
        except UnicodeDecodeError:
            continue  # a byte outside the sample has no meaning in this page
        note = None
        rival = next((r for r in readings[n + 1 :] if r.text != best.text), None)
        if rival is not None:
            differing = sum(1 for a, b in zip(best.text, rival.text, strict=False) if a != b)
            if differing < 2 or (best.score - rival.score) * differing < 1.0:
                note = (
                    f"the text is not UTF-8 and its encoding was guessed from few clues as "
                    f"{best.page.label} (it could be {rival.page.label}); check its accented "
                    "letters"
                )
        return text, _plainest(data, text, best.page.codec), note
    return None


def _east_asian(data: bytes) -> tuple[str, str, None] | None:
    """charset-normalizer's reading when it is a multi-byte page giving Chinese, Japanese or
    Korean text (characters of those scripts, not stuck inside Latin words)."""
    if sum(1 for byte in _sample(data) if byte >= 0x80) < 4:
        return None
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32", "utf_8")):
        return None
    if not is_multi_byte_encoding(best.encoding):
        return None
    text = str(best)
    wide = inside = 0
    others = 0
    for match in _NON_ASCII.finditer(text):
        char, i = match.group(), match.start()
        if unicodedata.east_asian_width(char) in ("W", "F"):
            wide += 1
            near = text[max(0, i - 1) : i + 2]
            inside += any(c.isascii() and c.isalpha() for c in near)
        else:
            others += 1
    if wide >= 9 * others and inside <= wide / 5 and wide:
        return text, best.encoding, None
    return None


_SAMPLE_BYTES = 65_536


def _sample(data: bytes) -> bytes:
    """Lines with non-ASCII bytes, spread over the file, up to 64 KB: enough to judge by."""
    if len(data) <= _SAMPLE_BYTES:
        return data
    lines = [line for line in data.splitlines(keepends=True) if not line.isascii()]
    total = sum(len(line) for line in lines)
    step = max(1, total // _SAMPLE_BYTES)
    return b"".join(lines[::step])[: _SAMPLE_BYTES * 2]


def _single_byte_readings(data: bytes) -> list[_Reading]:
    readings = []
    for rank, page in enumerate(_PAGES):
        try:
            text = data.decode(page.codec)
        except UnicodeDecodeError:
            continue
        readings.append((_plausibility(text, page), -rank, _Reading(page, text, 0.0)))
    readings.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [_Reading(r.page, r.text, score) for score, _, r in readings]


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]+")


def _plausibility(text: str, page: _Page) -> float:
    """Mean score of the non-ASCII characters of one reading. Letters of the page's script
    score high when one language accounts for them; letters of another script, words that mix
    scripts or change case inside ("рТЕЪЙДЕОФ"), long runs of accented Latin letters
    ("Ïðåçèäåíò"), symbols inside words ("odby³y") and control characters score low."""
    total = 0.0
    count = 0
    latin: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        mixed = any(char < "\x80" for char in word)
        run = 0
        for j, char in enumerate(word):
            if char < "\x80":
                run = 0
                continue
            count += 1
            script = _script(char)
            if script != page.script:
                total -= 3
            elif script != "Latin":
                total += -3 if mixed else 2
            else:
                latin[char.lower()] += 1
            run = run + 1 if script == "Latin" else 0
            if run > 2:
                total -= 2
            if j and word[j - 1].islower() and char.isupper():
                total -= 2
            if j + 1 < len(word) and char.islower() and word[j + 1].isupper():
                total -= 2
    if latin:
        letters = sum(latin.values())
        covered = max(
            sum(n for char, n in latin.items() if char in alphabet)
            for alphabet in _ALPHABETS.values()
        )
        total += 2 * covered + 0.5 * (letters - covered)
    for match in _NON_ASCII.finditer(text):
        char = match.group()
        category = unicodedata.category(char)
        if category.startswith("L"):
            continue  # judged above, word by word
        count += 1
        i = match.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if category == "Cc":
            total -= 5
        elif char in _PUNCTUATION:
            inside = before.isalpha() and after.isalpha() and char not in "’·"
            total += -2 if inside else 1
        else:
            total -= 2 if (before.isalpha() or after.isalpha()) else 0.5
    return total / count if count else 2.0


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.capitalize()
    return "Other"


def _mixed(data: bytes) -> tuple[str, str, str] | None:
    """A file whose lines are UTF-8 except a few: each line decoded as what it is."""
    lines = data.splitlines(keepends=True)
    utf8: dict[int, str] = {}
    other: list[int] = []
    for n, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            utf8[n] = line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(n)
    if not utf8 or not other:
        return None
    guess = _guess(b"".join(lines[n] for n in other))
    if guess is None:
        return None
    codec = _codec_of(guess[1])
    parts = [
        utf8[n] if n in utf8 else line.decode(codec, "replace") for n, line in enumerate(lines)
    ]
    note = (
        f"the file mixes text encodings: {len(utf8)} line(s) read as UTF-8 and {len(other)} "
        f"as {_LABELS.get(guess[1], guess[1])}; check the accented letters on those lines"
    )
    return "".join(parts), f"utf-8+{guess[1]}", note


def _codec_of(encoding: str) -> str:
    return "cp1252" if encoding == "latin_1" else encoding


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
    if head.count(b"\x00") > max(4, len(head) * _WIDE_NULS):
        return  # maybe UTF-16 without a byte-order mark: decode_bytes decides
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls > max(4, len(head) // 50):
        raise CorpusError(path, "this is a binary file, not a text or HTML article")


def _checked(text: str, path: str) -> str:
    """Refuse decodings that are mostly control characters: a sign of a wrong guess."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(4, len(sample) // 50):
        raise CorpusError(path, "the file does not look like text (too many control characters)")
    if not text.replace("\x00", "").strip():
        raise CorpusError(path, "the file is empty")
    return text
