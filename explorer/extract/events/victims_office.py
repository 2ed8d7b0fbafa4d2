"""One killed or struck who is told by his office or his part in public life (eventsfix65)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.syntax import children, governing_subjects

# the offices and public parts of one whom an attack may be aimed at for what he is: of the
# courts, of a council, of a faith, of the press, of the police (the lexicon's officials, its
# counted people and those shot dead by gunmen are read elsewhere)
_OFFICES = frozenset(
    {"judge", "magistrate", "prosecutor", "juror", "witness", "lawyer", "attorney"}
    | {"councillor", "councilor", "alderman", "journalist", "reporter", "activist", "unionist"}
    | {"imam", "priest", "pastor", "cleric", "rabbi", "mullah"}
    | {"policeman", "policewoman", "constable"}
)
# the verbs of trying whose subject is the doer of the infinitive under them
_TRYING = frozenset({"try", "attempt", "seek"})


def one_by_his_office(obj) -> bool:
    """ "a judge", "two prosecutors", "the trade unionist": a common noun of an office or a
    public part of ``_OFFICES`` at the head of the phrase (not "a judge's nomination", whose
    head is the nomination, nor "the witness box", a thing the noun only modifies)."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in _OFFICES


def the_doers(verb) -> list:
    """The subject of ``verb``, of the verb it is joined to, or of the verb of trying it hangs
    under ("the gang sought to kill a witness")."""
    subjects = children(verb, "nsubj") or governing_subjects(verb)
    if not subjects and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _TRYING:
        subjects = children(verb.head, "nsubj")
    return list(subjects)


def killed_for_his_office(verb, person: Callable[[object], bool]) -> bool:
    """ "Gunmen tried to kill a judge", "rebels killed a prosecutor", "the gang sought to kill a
    witness": one told by his office, the object of a verb of killing or striking, is the
    target of an attack when its doer is people (``person``: a person, a people, a body or a
    side by its noun or name); a bear that killed a priest, a bus, a disease, or a judge who
    killed a motion (no office for object) make none."""
    if not any(one_by_his_office(o) for o in children(verb, "dobj")):
        return False
    return any(person(s) for s in the_doers(verb))
