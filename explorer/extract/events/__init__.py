"""Events (meetings, visits, strikes, bombings, protests, deals, ...) from trigger lexicons and
the dependency parse: what happened, who did it, to whom, where and when.

Per sentence (:class:`EventRules`): a trigger word of ``geodata/lexicons/events.json`` makes an
event mention; its roles come from the trigger's own arguments (the subject acts, the object or
"on X" is struck), its place and date only from its own clause, so that a year that dates
another clause of the sentence never dates it. Wishes, threats, conditions and denials ("called
for talks", "if they attack", "did not attend") make no event; "will meet" makes a planned one.
:mod:`explorer.extract.core` then places the mentions the sentence leaves unplaced (paragraph,
then article, :mod:`explorer.extract.focus`) and joins the mentions of one event
(:mod:`explorer.extract.merge`).

Where each part lives (a package of modules one can read in one sitting; a pure move of the one
module ``events.py`` it was, every name still importable from here):

- :mod:`.words`: the word lists and the small readings only they need;
  :mod:`.readings`: :class:`Trigger`, :class:`EventMention`, :func:`trigger_readings` and the
  token readings the sentence rules share; :mod:`.clues` and :mod:`.clues_when`: the plain
  functions the rules ask of who acts and of when and where.
- :class:`EventRules` (:mod:`.rules`) is :class:`._RulesBase` (:mod:`.base`: the attributes every
  mixin reads) with one mixin per thing decided: :mod:`.triggers` (which words are triggers),
  :mod:`.status` (the trigger's clause; fact, plan or none), :mod:`.parties` (who a phrase names),
  :mod:`.roles` (who acts, who is struck), :mod:`.place`, :mod:`.date`, :mod:`.history` (history,
  habits, background, private occasions) and :mod:`.nonevents` (words that look like events and
  are none).
- The document's passes: :mod:`.story` (the story around every sentence), :mod:`.placing` (the
  place of a mention and the vetoes of one the paragraph or the story gave), :mod:`.place_steps`
  (the moves and removals of that place, in order), :mod:`.event_made` (the date, the event),
  :mod:`.passes` (the passes once every sentence is read), :mod:`.document_reads` (what they read
  of the text) and :mod:`.document` (:func:`document_events`).
"""

from explorer.extract.events.document import document_events
from explorer.extract.events.readings import EventMention, trigger_readings
from explorer.extract.events.rules import EventRules
from explorer.extract.events.words import event_words
from explorer.extract.syntax import with_conjuncts

__all__ = [
    "EventMention",
    "EventRules",
    "document_events",
    "event_words",
    "trigger_readings",
    "with_conjuncts",
]
