"""The state every stance reader shares: the sentence, the lexicon and what earlier claims consumed.

Every mixin of :class:`explorer.extract.stances.StanceRules` stands on :class:`RulesBase`, so
mypy checks the attributes they read against the one ``__init__`` that sets them.
"""

from __future__ import annotations

from explorer.extract.actors import PhraseReader
from explorer.extract.context import SentenceContext
from explorer.extract.mentions import Mention
from explorer.extract.modality import ModalityReader


class RulesBase:
    """The sentence being read, the lexicon's stance words and the tokens already read."""

    def __init__(self, ctx: SentenceContext, doc_theatre, published: str | None = None) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.cfg = ctx.lex.stances
        self.doc_theatre = doc_theatre  # callable(ctx, powers, parties, trigger) -> id | None
        self.published = published
        self.reader = PhraseReader(ctx)
        self.modal = ModalityReader(self.lex.words)
        self.weapon_words = self.lex.words("weapon_words")
        self.loaded = self.lex.words("loaded_labels")
        self.conflict_words = self.lex.words("conflict_words")
        self.sideless = self.lex.words("sideless_words")
        self.consumed: set[int] = set()  # tokens already read as a party of an earlier claim
        self.chunk_heads: dict[int, Mention] = {}

    ctx_doc_id = ""
