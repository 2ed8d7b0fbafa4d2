"""Actor and asset names in a parsed sentence, matched on tokens against the lexicons."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.extract.lexicon import ActorRef, Lexicon, norm_name
from explorer.model import Toponym


@dataclass(slots=True)
class Mention:
    i: int  # first token index (doc-level, as spaCy's token.i)
    j: int  # one past the last token
    ref: ActorRef
    start: int  # character offsets in Document.text
    end: int

    def covers(self, tok) -> bool:
        return self.i <= tok.i < self.j


def _match(tokens, lex_exact, lex_lower, max_len, k):
    if tokens[k].is_punct or tokens[k].lower_ in ("the", "'s"):
        return 0, None
    for n in range(min(max_len, len(tokens) - k), 0, -1):
        last = tokens[k + n - 1]
        if last.is_punct and last.text not in (")", "."):
            continue
        key = norm_name("".join(t.text_with_ws for t in tokens[k : k + n]))
        hit = lex_exact.get(key) or lex_lower.get(key.lower())
        if hit is not None:
            return n, hit
    return 0, None


def actor_mentions(sentence, lex: Lexicon, toponyms: list[Toponym]) -> list[Mention]:
    """Longest-first lexicon matches, then countries the geoparser found that the lexicon lacks."""
    toks = list(sentence.sent)
    out: list[Mention] = []
    k = 0
    while k < len(toks):
        n, ref = _match(toks, lex.exact, lex.lower, lex.max_len, k)
        if n:
            # a name glued to a word ("Syrian-Turkish") still counts; a lowercase common word
            # that happens to be a name ("turkey" the bird) rarely appears in this kind of news
            first, last = toks[k], toks[k + n - 1]
            out.append(
                Mention(first.i, last.i + 1, ref, sentence.char(first), sentence.char_end(last))
            )
            k += n
        else:
            k += 1
    covered = [(m.start, m.end) for m in out]
    for tp in toponyms:
        c = tp.candidate
        if c is None or not c.country:
            continue
        if c.kind != "country" and not tp.metonymic:
            continue
        if any(s < tp.end and tp.start < e for s, e in covered):
            continue
        ref = lex.states_by_code.get(c.country)
        if ref is None:
            continue
        if tp.metonymic and c.kind != "country":
            ref = ActorRef(ref.name, "state", state=ref.name, code=ref.code, form="metonym")
        toks_in = [t for t in toks if tp.start <= sentence.char(t) < tp.end]
        if not toks_in:
            continue
        out.append(Mention(toks_in[0].i, toks_in[-1].i + 1, ref, tp.start, tp.end))
    out.sort(key=lambda m: m.i)
    return out


@dataclass(slots=True)
class AssetMention:
    i: int
    j: int
    kind: str  # weapon, infra
    entry: dict
    start: int
    end: int


def asset_mentions(sentence, lex: Lexicon) -> list[AssetMention]:
    toks = list(sentence.sent)
    out: list[AssetMention] = []
    k = 0
    while k < len(toks):
        n, hit = _match(toks, lex.asset_exact, lex.asset_lower, lex.max_len, k)
        if n:
            first, last = toks[k], toks[k + n - 1]
            out.append(
                AssetMention(
                    first.i,
                    last.i + 1,
                    hit[0],
                    hit[1],
                    sentence.char(first),
                    sentence.char_end(last),
                )
            )
            k += n
        else:
            k += 1
    return out


def mention_at(mentions: list[Mention], tok) -> Mention | None:
    for m in mentions:
        if m.covers(tok):
            return m
    return None
