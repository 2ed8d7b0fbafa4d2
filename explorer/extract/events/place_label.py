"""A headline's label in capitals, which is no dateline (eventsq47)."""

from __future__ import annotations

from explorer.extract.events.story import _Placing, _Story


def a_headlines_label(p: _Placing, story: _Story) -> bool:
    """Whether an event placed by its paragraph or its article stands at a land named only by
    an all-capitals label that opens the headline, a line of its own ("UK: Hostage video
    shows militants' cruelty", "FRANCE: Minister condemns bombing"), which the dateline's
    reading took for one: the label says who speaks or what the story is about, not where it
    was filed, and no place is better. A dateline on the lede's own line ("KANO: Gunmen
    attacked ...", "KABUL - ...") is one and stays."""
    tp = p.tp
    if tp is None or p.basis not in ("paragraph", "article") or tp.start >= story.cut:
        return False
    text = story.doc.text
    line_start = text.rfind("\n", 0, tp.start) + 1
    if text[line_start : tp.start].strip() or line_start != len(text) - len(text.lstrip()):
        return False  # not the text's first line, or words before the name on it
    line_end = text.find("\n", tp.start)
    return (
        line_end > 0
        and text[tp.end : tp.end + 1] == ":"
        and text[line_end : line_end + 2] == "\n\n"
        and story.cut <= line_end
    )
