"""The lexicon matcher finds the longest name at each token, whatever the text: the same
names as trying every length from the longest down (what it did before it learnt to stop
once no name can start with the words read), and names added to the lexicon after use."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from explorer.extract.lexicon import ActorRef, Lexicon, default_lexicon, norm_name
from explorer.extract.mentions import actor_mentions, asset_mentions
from explorer.extract.nlp import Sentence, nlp


@cache
def lexicon() -> Lexicon:
    return default_lexicon()


def _names(lex: Lexicon, n: int) -> list[str]:
    actors = sorted(lex.exact)[:n] + sorted(lex.lower)[:n]
    assets = sorted(lex.asset_exact)[:n] + sorted(lex.asset_lower)[:n]
    return actors + assets


WORDS = ["the", "The", "'s", "-", "(", ")", ".", ",", "\n", "  ", "’", "of", "ΟΔΟΣ", "th", "t"]


@cache
def vocabulary() -> list[str]:
    lex = lexicon()
    names = _names(lex, 10**6)
    # names, their first words, and names run together, to reach prefixes and overlaps
    return names + [n.split()[0] for n in names if n.split()] + WORDS


def sentence_of(text: str) -> Sentence:
    doc = nlp().make_doc(text)  # the matcher reads only the tokens' texts
    return Sentence(0, 0, 0, len(text), doc[:], 0)


def longest_first(sentence: Sentence, exact: dict, lower: dict, max_len: int) -> list[tuple]:
    """The plain matcher: every length from the longest down, at every token."""
    toks = list(sentence.sent)
    out, k = [], 0
    while k < len(toks):
        hit_n, hit = 0, None
        if not (toks[k].is_punct or toks[k].lower_ in ("the", "'s")):
            for n in range(min(max_len, len(toks) - k), 0, -1):
                last = toks[k + n - 1]
                if last.is_punct and last.text not in (")", "."):
                    continue
                key = norm_name("".join(t.text_with_ws for t in toks[k : k + n]))
                hit = exact.get(key) or lower.get(key.lower())
                if hit is not None:
                    hit_n = n
                    break
        if hit_n:
            out.append((toks[k].i, toks[k + hit_n - 1].i + 1, hit))
            k += hit_n
        else:
            k += 1
    return out


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(vocabulary()),
            st.sampled_from(vocabulary()).map(str.upper),
            st.sampled_from(vocabulary()).map(str.lower),
            st.text(max_size=6),
        ),
        max_size=25,
    ),
    glue=st.sampled_from([" ", "", "-", " the ", "\n"]),
)
@example(parts=["ruhollah khomeini", "JAVELINS"], glue=" ")  # a bare weapon name, no context
def test_the_matcher_finds_what_trying_every_length_finds(parts, glue):
    lex = lexicon()
    s = sentence_of(glue.join(parts))
    _actors_agree(s, lex)
    assets = [(m.i, m.j, (m.kind, m.entry)) for m in asset_mentions(s, lex)]
    reference = longest_first(s, lex.asset_exact, lex.asset_lower, lex.max_len)
    # the same matches, less one-word weapon names that are also ordinary words and stand
    # without a weapon beside them (tests/test_extract.py checks which of those are kept)
    assert [m for m in reference if m in assets] == assets
    assert all(
        j == i + 1 and s.sent[i - s.sent.start].lower_ in lex.asset_bare
        for i, j, hit in reference
        if (i, j, hit) not in assets
    )


@cache
def small_lexicon() -> Lexicon:
    """Few names, so that what the big lexicon's many prefixes hide shows (a match may start
    on a run of spaces before "the")."""
    lex = Lexicon(max_len=8)
    for name in ("Blue Lake", "blue lake front", "Tarn", "ΟΔΟΣ's Front", "U.S.", "Red (North)"):
        ref = ActorRef(name, "org")
        if name.isupper() or name == "Tarn":
            lex.exact[norm_name(name)] = ref
        else:
            lex.lower[norm_name(name).lower()] = ref
    return lex


SMALL_WORDS = ["Blue", "blue", "Lake", "LAKE", "front", "Tarn", "ΟΔΟΣ", "'s", "ΟΔΟΣ's", "Front"]
SMALL_WORDS += ["U.S.", "Red"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(parts=["the", "ΟΔΟΣ's", "Front"], glue=" ")  # a final sigma, lowercased apart
@example(parts=["Ships", "the", "Blue", "Lake"], glue="  ")  # a match from the spaces on
@given(
    parts=st.lists(st.sampled_from(SMALL_WORDS + WORDS + ["(North)", "North"]), max_size=12),
    glue=st.sampled_from([" ", "  ", "", "-", "\n"]),
)
def test_a_small_lexicon_matches_what_trying_every_length_finds(parts, glue):
    _actors_agree(sentence_of(glue.join(parts)), small_lexicon())


def _actors_agree(s, lex: Lexicon) -> None:
    found = [(m.i, m.j, m.ref) for m in actor_mentions(s, lex, [])]
    reference = longest_first(s, lex.exact, lex.lower, lex.max_len)
    assert [r for r in reference if r in found] == found
    # all the matcher leaves out is a leader's surname written inside another person's full
    # name ("Nasr al-Hariri" is not Rafik Hariri: mentions._another_persons_name)
    assert all(ref.kind == "leader" for r in reference if r not in found for ref in [r[2]])


def test_real_sentences_match_as_before():
    lex = lexicon()
    text = (
        "The United States and the European Union imposed sanctions on the Islamic "
        "Revolutionary Guard Corps, while Hezbollah's fighters and the Syrian Democratic "
        "Forces (SDF) clashed near the Nord Stream pipeline; the U.S.-led coalition said so."
    )
    s = sentence_of(text)
    mentions = actor_mentions(s, lex, [])
    assert [(m.i, m.j, m.ref) for m in mentions] == longest_first(
        s, lex.exact, lex.lower, lex.max_len
    )
    assert len(mentions) >= 4  # a matcher that stops too soon finds none of these
    assert [text[m.start : m.end] for m in asset_mentions(s, lex)] == ["Nord Stream pipeline"]


def test_a_name_added_after_use_is_found():
    lex = Lexicon()
    ref = ActorRef("Blue Lake Alliance", "org")
    lex.lower["blue lake"] = ActorRef("Blue Lake", "org")
    lex.max_len = 6
    s = sentence_of("Fighters of the Blue Lake Alliance of Tarn advanced.")
    assert [m.ref.name for m in actor_mentions(s, lex, [])] == ["Blue Lake"]
    lex.lower["blue lake alliance of tarn"] = ref
    assert [m.ref.name for m in actor_mentions(s, lex, [])] == ["Blue Lake Alliance"]
