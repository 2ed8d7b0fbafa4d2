"""Actor and asset names in a parsed sentence, matched on tokens against the lexicons."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from explorer.extract.lexicon import ActorRef, Lexicon, norm_name, office_day
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


def singular_name(m: Mention, doc) -> bool:
    """A name grammar counts as one: a state, a capital, an organisation or a person ("Saudi
    Arabia", "Riyadh", "the UN"), or a phrase headed by a singular noun ("the Afghan
    government"); not a people or a group ("the Saudis", "the Houthis", "Afghan forces")."""
    if m.ref.kind == "leader" or (
        m.ref.kind in ("state", "org") and m.ref.form in ("name", "metonym")
    ):
        return True
    head = doc[m.j - 1]
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:
        head = head.head
    return head.tag_ == "NN"


class _Names:
    """A name table (normalised name -> what it names) and every prefix of its names, kept
    to stop a match from growing once no longer name can start with what it has read."""

    __slots__ = ("exact", "exact_prefixes", "lower", "lower_prefixes")

    def __init__(self, exact: dict, lower: dict) -> None:
        self.exact, self.lower = exact, lower
        self.exact_prefixes = _prefixes(exact)
        self.lower_prefixes = _prefixes(lower)


def _prefixes(names: dict) -> frozenset[str]:
    return frozenset(name[:n] for name in names for n in range(len(name) + 1))


_TABLES: dict[tuple[int, int, int, int], _Names] = {}


def _names(exact: dict, lower: dict) -> _Names:
    """The tables with their prefixes, made again when a name is added (lexicons only grow)."""
    key = (id(exact), len(exact), id(lower), len(lower))
    table = _TABLES.get(key)
    if table is None or table.exact is not exact or table.lower is not lower:
        if len(_TABLES) > 8:  # lexicons made by tests: keep the last few only
            _TABLES.clear()
        table = _TABLES[key] = _Names(exact, lower)
    return table


# A normalised name that may not be the start of the next longer one: norm_name drops a
# leading "the " only once the space is read, and a final capital sigma lowercases apart.
_UNSURE = frozenset(("", "t", "th", "the"))


class _Words:
    """What the matcher reads of each token of a sentence, read once from spaCy."""

    __slots__ = ("punct", "skip", "texts", "toks", "with_ws")

    def __init__(self, sentence) -> None:
        self.toks = list(sentence.sent)
        self.with_ws = [t.text_with_ws for t in self.toks]
        self.texts = [t.text for t in self.toks]
        self.punct = [t.is_punct for t in self.toks]
        self.skip = [t.is_punct or t.lower_ in ("the", "'s") for t in self.toks]


def _match(words: _Words, names: _Names, max_len: int, k: int):
    """The longest name starting at token ``k`` (tokens joined as written, normalised), as
    (number of tokens, what it names); a name may not end on punctuation but ")" or "."."""
    if words.skip[k]:
        return 0, None
    found: tuple[int, object] = (0, None)
    raw = ""
    for n in range(1, min(max_len, len(words.toks) - k) + 1):
        last = k + n - 1
        raw += words.with_ws[last]
        key = norm_name(raw)
        low = key.lower()
        if not words.punct[last] or words.texts[last] in (")", "."):
            hit = names.exact.get(key) or names.lower.get(low)
            if hit is not None:
                found = (n, hit)
        if (
            key not in names.exact_prefixes
            and low not in names.lower_prefixes
            and low not in _UNSURE
            and "Σ" not in key
        ):
            break
    return found


# words before a town that say it is where something is ("the embassy in Jakarta")
_LOCATIVES = {
    "in", "at", "near", "outside", "inside", "into", "around", "across", "within",
    "throughout", "via", "through", "of",
}  # fmt: skip


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _capital_named(lex: Lexicon, tp: Toponym, first) -> bool:
    """Whether a geoparsed town is its country's capital (by the gazetteer's capitals),
    written by the capital's own name ("Lome" for Lomé; not a district the geoparser placed
    at it, "Cairo's Abbasiya"), named as its government, not as where something is ("the
    Australian Embassy in Jakarta")."""
    c = tp.candidate
    if c is None or c.kind != "city" or _folded(tp.name) != _folded(c.name):
        return False
    ref = lex.capitals.get(norm_name(c.name))
    if ref is None or ref.code != c.country:
        return False
    return first.i == 0 or first.doc[first.i - 1].lower_ not in _LOCATIVES


def _inside_a_longer_place(m: Mention, toponyms: list[Toponym]) -> bool:
    """A state's name that is only part of a longer place's name in another country, or of
    no country ("New Mexico", "Northern Ireland" where the lexicon lacks it, "the Gulf of
    Mexico"): the place the geoparser read names no state ("Mexico" in "the University of New
    Mexico" is not Mexico's government)."""
    if m.ref.kind != "state" or not m.ref.code:
        return False
    for tp in toponyms:
        if tp.start <= m.start and m.end <= tp.end and (tp.end - tp.start) > (m.end - m.start):
            c = tp.candidate
            if c is not None and c.country != m.ref.code:
                return True
    return False


# words between a given name and a surname ("Nasr al-Hariri", "Osama bin Laden")
_NAME_PARTICLES = frozenset(("al", "el", "-", "bin", "ibn", "abu", "de", "van", "von", "da"))


def _names_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each leader's name -> every word of the names the lexicon lists for that leader."""
    found = lex.derived.get("leaders_words")
    if found is None:
        words: dict[str, set[str]] = {}
        for table in (lex.exact, lex.lower):
            for key, ref in table.items():
                if ref.kind == "leader":
                    words.setdefault(ref.name, set()).update(key.lower().replace("-", " ").split())
        for name, ws in words.items():
            ws.update(name.lower().replace("-", " ").split())
        found = {name: frozenset(ws) for name, ws in words.items()}
        lex.derived["leaders_words"] = found
    return found


def _title_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the lexicon's titles and state offices ("President", "Foreign"), made
    once per lexicon rather than at each leader's mention."""
    found = lex.derived.get("title_words")
    if found is None:
        found = frozenset(
            w for t in lex.words("titles") | lex.words("state_offices") for w in t.split()
        )
        lex.derived["title_words"] = found
    return found


# a generation's word written after a surname ("Bush Sr.", "Bush Junior"): part of the surname
# the alias names, not a second name of the man
_GENERATIONS = frozenset(("sr", "sr.", "jr", "jr.", "senior", "junior"))
# English honorifics written before a surname ("Mr Hariri", "Dr. Garang"): no given name
_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madame"))


def _another_owners_force(m: Mention, found: list[Mention], toks: list, lex: Lexicon) -> bool:
    """A group's name written as a description, its last word a state's organ in lower case,
    after a foreign state's possessive ("Britain's Arakan army" of 1944): that state's force
    of the region, not the group of the name ("the Arakan Army", formed 2009). Written as
    the name ("Britain's Arakan Army"), or after the possessive of a state of the group's own
    wars ("Myanmar's Arakan army"), the group."""
    if m.ref.kind != "party" or m.j - m.i < 2 or not toks:
        return False
    doc = toks[0].doc
    words = [t for t in doc[m.i : m.j] if t.is_alpha]
    if not words or not words[-1].is_lower or not any(t.text[:1].isupper() for t in words):
        return False
    if words[-1].lower_ not in lex.words("state_organs"):
        return False  # "South Africa's Unita rebels": no organ a state owns
    if m.i < 1 or doc[m.i - 1].lower_ not in ("'s", "’s"):
        return False
    owner = next((o for o in found if o.j == m.i - 1 and o.ref.kind == "state"), None)
    if owner is None or not owner.ref.code:
        return False
    homes = {c for t in m.ref.theatres for th in [lex.theatres.get(t)] if th for c in th.countries}
    return owner.ref.code not in homes | set(m.ref.homes)


def _another_persons_name(m: Mention, toks: list, lex: Lexicon) -> bool:
    """A leader's surname written as part of another person's full name ("Syrian opposition
    negotiator Nasr al-Hariri" is not Rafik Hariri, "Saad Hariri" neither; "Wesley Bush Sr."
    not George H. W. Bush, a generation's word being part of the surname): a capitalised
    word straight before the surname (but for particles: "al-", "bin") that is none of the
    words of the leader's listed names, no title ("President Assad"), honorific or name the
    lexicon knows ("Lebanese Hariri"), is another person's given name. Read on tokens alone
    (no parse yet): a sentence's first word is a given name only with a particle between
    or a generation's word after the surname (and no common word: "Under Bush Sr."),
    and a headline in title case ("Syria Accuses Hariri") is left alone."""
    if m.ref.kind != "leader" or not toks:
        return False
    doc, first = toks[0].doc, toks[0].i
    named = [
        t
        for t in doc[m.i : m.j]
        if not t.is_punct and t.lower_ not in _NAME_PARTICLES | _GENERATIONS
    ]
    if len(named) != 1:
        return False  # a full name listed ("Antony Blinken"), whatever stands before it
    k = m.i - 1
    while k >= first and doc[k].lower_ in _NAME_PARTICLES and doc[k].whitespace_ == "":
        k -= 1
    # "al-Assad" may be the listed name itself, its particle inside the mention
    joined = k < m.i - 1 or doc[m.i].lower_ in _NAME_PARTICLES
    given = doc[k] if k >= first else None
    # a sentence's first word before a surname and its generation ("Wesley Bush Sr., an
    # oilman, ...") is a given name unless a common word opens the clause ("Under Bush Sr.")
    suffixed = any(t.lower_ in _GENERATIONS for t in doc[m.i : m.j])
    if given is None or (k == first and not joined and not (suffixed and not given.is_stop)):
        return False
    if not given.is_alpha or not given.is_title:
        return False
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in toks):
        return False  # a headline in title case: every word of length capitalised
    word = given.lower_
    if word in _title_words(lex) or word in _HONORIFICS or lex.lookup(given.text) is not None:
        return False
    return word not in _names_words(lex).get(m.ref.name, frozenset())


def actor_mentions(sentence, lex: Lexicon, toponyms: list[Toponym]) -> list[Mention]:
    """Longest-first lexicon matches, then countries the geoparser found that the lexicon lacks."""
    words = _Words(sentence)
    names = _names(lex.exact, lex.lower)
    toks = words.toks
    out: list[Mention] = []
    k = 0
    while k < len(toks):
        n, ref = _match(words, names, lex.max_len, k)
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
    out = [
        m
        for m in out
        if not _inside_a_longer_place(m, toponyms)
        and not _another_persons_name(m, toks, lex)
        and not _another_owners_force(m, out, toks, lex)
    ]
    covered = [(m.start, m.end) for m in out]
    for tp in toponyms:
        c = tp.candidate
        if c is None or not c.country:
            continue
        if any(s < tp.end and tp.start < e for s, e in covered):
            continue
        toks_in = [t for t in toks if tp.start <= sentence.char(t) < tp.end]
        if not toks_in:
            continue
        if c.kind != "country" and not tp.metonymic and not _capital_named(lex, tp, toks_in[0]):
            # a town is no actor, unless it is named as one ("Ankara says") or is a capital
            # the geoparser read as that city, which names its government as the lexicon's
            # capitals do ("accused Monrovia of arming the rebels"): the geoparser's context,
            # first names and common words are the guard
            continue
        ref = lex.states_by_code.get(c.country)
        if ref is None:
            continue
        if c.kind != "country":
            ref = ActorRef(ref.name, "state", state=ref.name, code=ref.code, form="metonym")
        out.append(Mention(toks_in[0].i, toks_in[-1].i + 1, ref, tp.start, tp.end))
    out.sort(key=lambda m: m.i)
    return [m for m in out if not _named_in_a_party(m, toks)]


# the nouns of a party or a movement named for its land ("the Communist Party of Ruritania",
# "the Patriotic Front of Ruritania"): English's common ones, capitalised as in a name
_PARTY_NAME_NOUNS = frozenset({"Party", "Front", "Movement"})


def _named_in_a_party(m: Mention, toks: list) -> bool:
    """A state named after "of" in a party's or a movement's name ("the Communist Party of
    Ruritania", "the National Liberation Front of the Isles"): the land is the party's
    name, and the party is no state; its government's, republic's or army's name ("the
    Government of Ruritania") is the state's."""
    if m.ref.kind != "state":
        return False
    at = {t.i: t for t in toks}
    k = m.i - 1
    if k in at and at[k].lower_ == "the":
        k -= 1
    return k in at and at[k].lower_ == "of" and k - 1 in at and at[k - 1].text in _PARTY_NAME_NOUNS


@dataclass(slots=True)
class AssetMention:
    i: int
    j: int
    kind: str  # weapon, infra
    entry: dict
    start: int
    end: int


def asset_mentions(sentence, lex: Lexicon) -> list[AssetMention]:
    words = _Words(sentence)
    names = _names(lex.asset_exact, lex.asset_lower)
    toks = words.toks
    out: list[AssetMention] = []
    k = 0
    while k < len(toks):
        n, hit = _match(words, names, lex.max_len, k)
        if n == 1 and not _names_weapon(words, k, lex):
            n = 0
        if (
            not n
            and not _before_a_weapon_noun(words.texts, k, lex)
            and (variant := _variant_of_a_model(words.texts[k], names)) is not None
        ):
            n, hit = 1, variant
        if not n and (plural := _plural_of_a_model(words, k, names, lex)) is not None:
            n, hit = 1, plural
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


# the letters a model's variant adds to its number ("F-15E", "Su-30SM", "T-72B3")
_VARIANT_LETTERS = re.compile(r"[A-Z][A-Za-z0-9]{0,3}")


def _variant_of_a_model(text: str, names: _Names) -> tuple[str, dict] | None:
    """A weapon the lexicon lists by its model's number, written as one of its variants in
    one word ("a US F-15E shot down a drone", "Su-30SM jets"): that variant, under its own
    name (an "F-15E" is an F-15, but "F-16" and "F-16V" told apart are two, as the form
    reader tells them). The model's name must end in its number ("Patriots", "F-35s" are no
    variants)."""
    for cut in range(len(text) - 1, 1, -1):
        model, rest = text[:cut], text[cut:]
        if not model[-1].isdigit() or rest[:1].isdigit():
            continue
        hit = names.exact.get(model)
        if hit is not None and hit[0] == "weapon" and _VARIANT_LETTERS.fullmatch(rest):
            return hit[0], {**hit[1], "name": text}
    return None


def _plural_of_a_model(words: _Words, k: int, names: _Names, lex: Lexicon) -> tuple | None:
    """A listed model written in the plural, one word ("France's delivery of Rafales",
    "sold F-16s to Taiwan"): that model. A model's name that is also an ordinary word or a
    surname ("Rafale", "Patriot") needs, as in the singular, a word of arms beside it, and one
    in lower case: "The Patriots beat the Jets" names teams."""
    text = words.texts[k]
    if len(text) < 3 or not text.endswith("s") or not text[:1].isupper():
        return None
    one = text[:-1]
    hit = names.exact.get(norm_name(one)) or names.lower.get(norm_name(one).lower())
    if hit is None or hit[0] != "weapon":
        return None
    if one.lower() in lex.asset_bare:
        near = [
            w
            for j, w in enumerate(words.texts)
            if j != k and abs(j - k) <= _CONTEXT_REACH + 1 and not words.punct[j] and w.islower()
        ]
        if not any(
            w in lex.asset_context or w.removesuffix("s") in lex.asset_context for w in near
        ) and not _traded(words, k):
            return None
    return hit


# a verb of the arms trade, as written before what it trades ("sent", "bought", "orders")
_TRADE_VERB = re.compile(
    r"buys?|bought|purchas(?:es|ed|e)|order(?:s|ed)?|acquir(?:es|ed|e)|receiv(?:es|ed|e)|"
    r"obtain(?:s|ed)?|sells?|sold|suppl(?:y|ies|ied)|deliver(?:s|ed)?|exports?|exported|"
    r"sends?|sent|transfer(?:s|red)?"
)
# what may follow a traded thing's plural: its sentence goes on ("to Ukraine", "in 2021")
_AFTER_TRADED = frozenset({"to", "from", "in", "for", "and", "on", "last", "this", "after"})


def _traded(words: _Words, k: int) -> bool:
    """ "Germany sent Leopards to Ukraine", "Greece bought 18 Rafales in 2021": a plural right
    after a verb of the arms trade (a count between them) and ending its phrase is what was
    traded. Not a name before another noun ("bought Patriots jerseys"), not a count alone
    ("Two Patriots were hurt in the game": a team's players), not "gave" ("gave Patriots
    fans hope")."""
    j = k - 1
    if j >= 0 and words.toks[j].like_num:
        j -= 1
    ends = k + 1 >= len(words.texts) or words.punct[k + 1]
    return (
        j >= 0
        and _TRADE_VERB.fullmatch(words.texts[j].lower()) is not None
        and (ends or words.texts[k + 1].lower() in _AFTER_TRADED)
    )


def _before_a_weapon_noun(texts: list[str], k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` stands before a weapon's noun ("18 F-16C fighters", "F-35A jets"):
    the form reader reads a model with its kind's noun ("F-16C fighter")."""
    if k + 1 >= len(texts):
        return False
    heads = lex.derived.get("weapon_head_words")
    if heads is None:
        named = lex.named_assets.get("weapons", {})
        heads = lex.derived["weapon_head_words"] = frozenset(h.split()[0] for h in named)
    word = texts[k + 1].lower()
    return word in heads or word.removesuffix("s") in heads or word.removesuffix("es") in heads


# how many words (not punctuation) either side of a one-word weapon name a context word may be
_CONTEXT_REACH = 3


def _names_weapon(words: _Words, k: int, lex: Lexicon) -> bool:
    """Whether the one token ``k`` that matched an asset name names it: a name that is also
    an ordinary word or a surname must be capitalised and stand beside a word such as
    "missiles", "tanks" or "drones" ("Patriot missiles", "the Abrams tanks", "Shahed
    drones"), so that "the word patriot" and "Elliott Abrams said" name no weapon."""
    text = words.texts[k]
    if text.lower() not in lex.asset_bare:
        return True
    if not text[:1].isupper():
        return False
    before = [w for w, p in zip(words.texts[:k], words.punct[:k], strict=True) if not p]
    after = [w for w, p in zip(words.texts[k + 1 :], words.punct[k + 1 :], strict=True) if not p]
    near = [w.lower() for w in [*before[-_CONTEXT_REACH:], text, *after[:_CONTEXT_REACH]]]
    pairs = [f"{a} {b}" for a, b in pairwise(near)]
    return any(
        w in lex.asset_context or (w.endswith("s") and w[:-1] in lex.asset_context)
        for w in near + pairs
    )


def mention_at(mentions: list[Mention], tok) -> Mention | None:
    for m in mentions:
        if m.covers(tok):
            return m
    return None


def settle_shared_demonyms(text: str, contexts: list, lex: Lexicon) -> None:
    """A people's word two states share (the lexicon's shared_demonyms: "Congolese" is of
    both Congos) names the state the article tells it is of (by a name, capital or place of
    that state alone: "Kinshasa", "Goma", "Brazzaville"); where the article tells of neither,
    or of both, it names no state: "Congolese Foreign Minister Basile Ikouebe" in a story of
    talks in Gabon is no more the DR Congo's than the Republic of Congo's. In place, on each
    context's ``mentions``."""
    shared: dict[str, list[str]] = lex.stances.get("shared_demonyms", {})
    if not shared:
        return
    for word, codes in shared.items():
        told = _states_told(text, contexts, word, codes, lex)
        for ctx in contexts:
            kept = []
            for m in ctx.mentions:
                if m.ref.form == "demonym" and text[m.start : m.end].lower() == word.lower():
                    if len(told) != 1:
                        continue
                    state = lex.states_by_code.get(next(iter(told)))
                    if state is not None and state.code != m.ref.code:
                        ref = dataclasses.replace(state, form="demonym")
                        m = Mention(m.i, m.j, ref, m.start, m.end)
                kept.append(m)
            ctx.mentions = kept
            if len(told) != 1:
                # the geoparser's reading of the word as one of the states goes with it
                ctx.toponyms = [
                    tp for tp in ctx.toponyms if text[tp.start : tp.end].lower() != word.lower()
                ]


def _states_told(text: str, contexts: list, word: str, codes: list[str], lex: Lexicon) -> set[str]:
    """The states of ``codes`` the article names otherwise than by the shared ``word`` (its
    names as the lexicon reads them: "Congo" alone is the DR Congo, as news mostly means), and
    the one state of ``codes`` a listed party it names fights in ("the M23 rebels" are the DR
    Congo's), unless the party is itself named with the word."""

    def telling(written: str) -> bool:
        return written.lower() != word.lower()

    by_party = set()
    for ctx in contexts:
        for m in ctx.mentions:
            if m.ref.kind != "party" or word.lower() in text[m.start : m.end].lower():
                continue
            where = (set(m.ref.homes) | lex.lands_of(m.ref.theatres)) & set(codes)
            if len(where) == 1:
                by_party |= where
    return (
        by_party
        | {
            m.ref.code
            for ctx in contexts
            for m in ctx.mentions
            if m.ref.code in codes and telling(text[m.start : m.end])
        }
        | {
            tp.candidate.country
            for ctx in contexts
            for tp in ctx.toponyms
            if tp.candidate is not None
            and tp.candidate.country in codes
            and telling(text[tp.start : tp.end])
        }
    )


def settle_family_names(text: str, contexts: list, lex: Lexicon, when: str | None) -> None:
    """A family name alone that two or more listed leaders of one state share ("Kabila",
    "Assad", "Bush") is the one ``Lexicon.family_holder`` names at the story's date ``when``
    (Laurent-Désiré Kabila on 20 November 1996, not his son, whose alias it is), unless the
    story names one of them in full ("President Bashar Assad": its "Assad" is he), or at the
    one year its sentence writes ("in 1998"), as ``context._office_day`` dates a claim; in a
    story with no date, at the years it writes when all of them give the same man. Where they
    do not tell, the name as written (in its state's wars), never the wrong man; a story that
    writes no year at all keeps the lexicon's reading, as every rule of office does without a
    date. In place, on each context's ``mentions``."""
    told = set(_YEAR.findall(text))
    # the leaders the story names in full ("President Bashar Assad"): its "Assad" is he
    full = {
        m.ref.name
        for ctx in contexts
        for m in ctx.mentions
        if m.ref.kind == "leader" and not lex.family_of(text[m.start : m.end], m.ref.code)
    }
    for ctx in contexts:
        kept = []
        for m in ctx.mentions:
            written = text[m.start : m.end]
            family = lex.family_of(written, m.ref.code) if m.ref.kind == "leader" else []
            named = [n for n in family if n in full]
            if len(named) == 1:
                m = Mention(m.i, m.j, lex.leaders[named[0]], m.start, m.end)
            elif family and (when or told):
                years = set(_YEAR.findall(ctx.text))
                if len(years) == 1:  # "in 1998": the sentence's time, as a claim's year is
                    days = [office_day(when, years.pop())]
                else:
                    days = [when] if when else sorted(told)
                holders = {lex.family_holder(family, day) for day in days}
                holder = holders.pop() if len(holders) == 1 else None
                if holder is None and _a_government_of(ctx, m, lex):
                    kept.append(m)  # "the Bush administration ... invaded Iraq", told in 2016
                    continue
                ref = lex.leaders.get(holder or "") or ActorRef(
                    written, "person", form="written", homes=(m.ref.code or "",)
                )
                if ref.name != m.ref.name:
                    m = Mention(m.i, m.j, ref, m.start, m.end)
            kept.append(m)
        ctx.mentions = kept


def _a_government_of(ctx, m: Mention, lex: Lexicon) -> bool:
    """ "the Bush administration ignored the warnings and invaded Iraq", told when none of the
    family held office: a family name before a government's noun names its state's government
    of the act's day, whichever of the family led it (the readers date it by the act, not the
    story), so the lexicon's reading stands."""
    doc = ctx.s.sent.doc
    return m.j < len(doc) and doc[m.j].lower_ in lex.words("government_nouns")


_YEAR = re.compile(r"(?<![\w-])(1[89]\d\d|20\d\d)(?![\w-])")
