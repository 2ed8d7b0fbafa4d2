"""Acronyms a story introduces itself: "the South African Defence Force (SADF)".

A lexicon cannot list every force's initials, but a story that spells a name out before its
initials in brackets tells what they stand for, in any war: each later use of the initials is
that body, with its land. Only a body the spelled-out name itself makes a side is learned: a
state's men in arms named with their state ("the Kenya Defence Forces (KDF)": Kenya), a rebel
army named with its land ("the Kosovo Liberation Army (KLA)"), or a body the lexicon
lists under its full name. A wire's credit, an agency, a company, a league or a person's
initials are none of these, and initials that do not spell the name before them are no
acronym of it.
"""

from __future__ import annotations

import re

from explorer.extract.actors import REBEL_ARMY_WORDS
from explorer.extract.lexicon import ActorRef, Lexicon
from explorer.extract.mentions import Mention

# initials in brackets, two to six capitals
_INTRODUCED = re.compile(r"\(([A-Z]{2,6})\)")
_WORD = re.compile(r"[\w'’.-]+")
# lower-case words a spelled-out name may hold between its capitalised words
_JOINS = frozenset({"of", "for", "and", "the"})
# the last word of a name that makes it men in arms
_FORCE_HEADS = frozenset({"army", "forces", "force", "military"})


def learn_introduced_acronyms(text: str, contexts: list, lex: Lexicon) -> None:
    """Each use of initials the story introduced after a name that is a side ("the Uganda
    People's Defence Force (UPDF) said ... an attack by the UPDF") is that side: a mention of
    what the name reads as, at the initials, in the sentences after the introduction. Initials
    the lexicon lists keep the lexicon's reading. In place, on each context's ``mentions``."""
    learned: dict[str, tuple[int, ActorRef]] = {}
    for ctx in contexts:
        base = ctx.s.start
        for found in _INTRODUCED.finditer(ctx.text):
            initials = found.group(1)
            if initials in learned or lex.lookup(initials) is not None:
                continue
            before = ctx.text[: found.start()].rstrip()
            lo = _spelled_out_before(before, initials)
            if lo is None:
                continue
            ref = _side_named(ctx, base + lo, base + len(before), lex)
            if ref is not None:
                learned[initials] = (base + found.end(), ref)
    if not learned:
        return
    for ctx in contexts:
        added = [
            Mention(t.i, t.i + 1, learned[t.text][1], ctx.s.char(t), ctx.s.char_end(t))
            for t in ctx.s.sent
            if t.text in learned
            and ctx.s.char(t) >= learned[t.text][0]
            and not any(m.i <= t.i < m.j for m in ctx.mentions)
        ]
        if added:
            ctx.mentions = sorted([*ctx.mentions, *added], key=lambda m: m.i)


def _spelled_out_before(before: str, initials: str) -> int | None:
    """Where the name whose capitalised words' first letters spell ``initials`` starts, ending
    right before the bracket ("Armed Forces of Liberia (AFL)"); None when the words before do
    not spell them ("PARIS (AFP)", "Mine-Resistant Ambush Protected (MRAP)")."""
    words = list(_WORD.finditer(before))
    if not words or words[-1].end() != len(before):
        return None
    left = len(initials)
    for w in reversed(words):
        word = w.group()
        if word.lower() in _JOINS:
            continue
        if not word[:1].isupper() or word[0] != initials[left - 1]:
            return None
        left -= 1
        if left == 0:
            return w.start()
    return None


def _side_named(ctx, start: int, end: int, lex: Lexicon) -> ActorRef | None:
    """What the spelled-out name between ``start`` and ``end`` names as a side: a body the
    lexicon lists under the whole name; else, for a name headed by a word of men in arms and
    holding one state's name or people's word, a rebel army of that land when a word of
    insurgency is in it ("the Sudan People's Liberation Army"), else that state's forces
    ("the Ethiopian National Defense Force"). None for anything else."""
    inside = [m for m in ctx.mentions if start <= m.start and m.end <= end]
    whole = [m for m in inside if m.start == start and m.end == end]
    if whole and whole[0].ref.kind in ("party", "org", "state"):
        return whole[0].ref
    name = ctx.doc_text[start:end]
    words = name.lower().split()
    # "the Armed Forces of Liberia": the head before its land
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in _FORCE_HEADS:
        return None
    codes = {
        m.ref.code
        for m in inside
        if m.ref.kind == "state" and m.ref.form in ("name", "demonym") and m.ref.code
    }
    if len(codes) != 1:
        return None
    code = codes.pop()
    if any(w in REBEL_ARMY_WORDS for w in words):
        return ActorRef(name, "armed", form="written", homes=(code,))
    state = lex.states_by_code.get(code)
    if state is None:
        return None
    return ActorRef(state.name, "state", state=state.name, code=code, form="organ")
