"""Fighting told by its noun between two sides: "Clashes between China and the Soviet Union
killed dozens", "The war between Iran and Iraq began in 1980".

A war, clashes or fighting "between" two named sides (the lexicon's `clash_nouns`) sets each
against the other, but only where the sentence tells that fighting as happened: the noun is
the subject of a verb of what fighting does (the lexicon's `clash_verbs`: "killed", "erupted",
"has killed", "lasted") stated in the past or the present, or the fighting a clause is dated
by ("during the war between ...").
A war of trade, prices, courts or words (the lexicon's `clash_figurative_modifiers`: "the
tariff war between Canada and Mexico", "the patent battle between Nokia and
Motorola") is fought with no arms and sets no one against anyone; so is a contest of
an organisation no lexicon lists with no state, government or armed side ("the battle
between Microsoft and Google for AI talent": firms, clubs).
Feared, warned of, ended by talks, prevented or denied ("Fears of a war between India and
China", "Talks to end the war between ...", "A war between Russia and NATO would be a
catastrophe", "no war between the two Koreas") it sets no one against anyone.
"""

from __future__ import annotations

from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import _Claim, _framed_by
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, with_conjuncts

# what a clause's verb needs before it to tell of what is not (yet) so
_UNREAL_AUX = {"will", "would", "could", "might", "may", "should", "must", "shall", "can", "'ll"}
# who fights: beside them, a body no lexicon knows (a firm, a club, a movement) may be a side
_FIGHTERS = {"state", "government", "armed", "party", "leader", "coalition"}
# the fighting a clause is dated by: it happened
_DATED_BY = {"during", "after", "since", "amid", "throughout"}
# what is done to a war already fought, in any mood ("could widen the war between"): English's
# common verbs of making a going war bigger or longer, chosen by the team
_GOING_WAR_VERBS = {"widen", "escalate", "intensify", "prolong", "fuel", "spread", "expand"}
# the nouns of a war a widening tells as fought (``_a_bare_war``)
_BARE_WARS = {"war", "fighting", "hostilities"}
# what only fighting with arms does to people (``_a_war_over_a_thing``): English's verbs of a
# war's dead, wounded and displaced, chosen by the team
_TOLL_VERBS = {"kill", "wound", "claim", "displace"}
# where, how or by whom a war of arms is fought, as a noun before "war" names it
# (``_a_war_of_arms``): English's common ones, chosen by the team, beside the lexicon's
# munitions ("the drone war")
_FRONT_NOUNS = {"border", "frontier", "bush", "jungle", "desert", "mountain", "street", "city"}
_FRONT_NOUNS |= {"town", "sea", "air", "ground", "trench", "tanker", "shadow", "sniper", "gang"}
_FRONT_NOUNS |= {"guerrilla", "guerilla", "insurgency", "militia", "partisan", "proxy", "tank"}
_FRONT_NOUNS |= {"naval", "missile", "rocket"}
# the clash nouns that tell of a riot between neighbours as often as of fighting between
# armies (``_clash_of_peoples``); a war, a battle or fighting is of arms
_CLASH_NOUNS = {"clash", "clashes", "skirmish", "skirmishes"}


def _definite(tok) -> bool:
    """Whether a noun names one known fighting ("the war", "their clashes", "Monday's
    fighting"), not a kind of it ("a war", "war")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or c.dep_ == "poss"
        for c in tok.children
    )


def _a_year(tok) -> bool:
    """Whether a word is a year of the modern era written in figures ("1977")."""
    return tok.shape_ == "dddd" and 1800 <= int(tok.text) <= 2100


def _a_bare_war(tok) -> bool:
    """ "the war between Addis Ababa and Asmara", "the fighting between Thai and Cambodian
    troops": a war a widening may be read as fought from is a war or fighting named with its
    determiner alone. Not a war a word before it names as over something ("the gas war", "the
    beef war", "the cod war", "the water war between Egypt and Ethiopia": any word can, so no
    list holds them), not one its own relative clause tells ("the war between China and
    Taiwan that everyone wants to avoid"), and not a battle or clashes, which are contests as
    often ("the battle between Egypt and Ethiopia over the Nile's water", "the clashes
    between Chinese and Vietnamese fishermen")."""
    return (
        tok.lower_ in _BARE_WARS
        and not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
        and not any(c.dep_ == "relcl" for c in tok.children)
    )


def _a_war_over_a_thing(tok) -> bool:
    """ "The gas war between Russia and Ukraine escalated", "the cod war between Britain and
    Iceland intensified": a war a common noun before it names (the thing it is over: any
    word can, so no list holds them), told only by its course (it began, raged, escalated,
    resumed), is no war of arms by that telling; told by its dead, wounded or displaced ("the
    border war between Ethiopia and Eritrea killed tens of thousands") it is. A war an
    adjective names ("the bloody war", "the civil war") is not this kind."""
    if tok.lower_ != "war" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in tok.children):
        return False
    return tok.head.lemma_.lower() not in _TOLL_VERBS


def _clash_of_peoples(tok, sides: list, found: list[Mention], adjectives: dict) -> bool:
    """ "the clashes between Kikuyu and Luo that began in Kisumu", "Clashes between Serbs
    and Albanians in Mitrovica": clashes between two peoples each named by its own word alone
    (a people's word as the whole side, no troops, guards or state after it) are a riot or a
    pogrom of neighbours, no fighting between their states. A clash of their men ("between
    Kyrgyz and Tajik border guards"), of their states by name ("between Kyrgyzstan and
    Tajikistan") and a war or fighting between peoples ("the war between the Iranians and the
    Iraqis") are read as before."""
    if tok.lemma_.lower() not in _CLASH_NOUNS and tok.lower_ not in _CLASH_NOUNS:
        return False
    heads = {h.i for s in sides for h in with_conjuncts(s)}
    doc = tok.doc
    return all(
        m.ref.kind == "state"
        and m.j - m.i == 1
        and m.i in heads
        and _a_peoples_word(doc[m.i].text, m.ref.name, adjectives.get(m.ref.code or ""))
        for m in found
    )


def _between_on_its_verb(tok) -> list:
    """ "Fighting broke out on Sunday between Ethiopian and Somali troops", "Clashes erupted
    between Indian and Chinese troops", "War broke out last week between Iran and Iraq": a
    noun of fighting as its verb's subject, with no "between" of its own, whose "between"
    the parser hangs on that verb (the words between the verb and "between" part them). The
    sides are the fighting's all the same; the noun's own guards decide as before (the verb
    one of what fighting does, told as happened; no word of a contest of prices, trade or
    words on the noun; no riot of two peoples). A "between" on the verb of another noun's
    own clause is not the noun's: only the verb the noun is the subject of is looked at."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    ):
        return []  # "a war of words broke out between": a contest of words, no arms
    return [o for p in children(verb, "prep") if p.lower_ == "between" for o in children(p, "pobj")]


def _a_peoples_word(word: str, state: str, adjective: str | None) -> bool:
    """Whether a word naming a state is its people's word ("Uzbeks", "Kyrgyz", "Armenians":
    the state's adjective, or its plural), not the state's name ("Britain", "Kyrgyzstan");
    nor a plural the adjective grows from ("Serbs" of "Serbian", "Croats" of "Croatian",
    "Turks" of "Turkish")."""
    if not adjective or word.casefold() == state.casefold():
        return False
    w, adj = word.casefold(), adjective.casefold()
    return w.startswith(adj) or (len(w) > 3 and w.endswith("s") and adj.startswith(w[:-1]))


class ClashRules(PowerRules):
    """Claims read from a noun of fighting between two sides."""

    def _clash(self, tok) -> list[_Claim]:
        """ "Fighting between Ugandan and Rwandan troops erupted in Kisangani": each of the
        two sides opposes the other; none unless exactly two actors are named between."""
        nouns = self.lex.words("clash_nouns")
        if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
            return []  # "Fighting" may be tagged a verb: its form counts
        sides = [
            o for p in children(tok, "prep") if p.lower_ == "between" for o in children(p, "pobj")
        ]
        if not sides and tok.dep_ in ("nsubj", "nsubjpass"):
            sides = _between_on_its_verb(tok)
        figurative = self.lex.words("clash_figurative_modifiers")
        if any(
            c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in figurative
            for c in tok.children
        ):
            return []  # "the trade war between", "the legal battle between": no arms
        if self._contest(tok):
            return []
        if not sides or not self._told_as_fought(tok):
            return []
        if _a_war_over_a_thing(tok) and not self._a_war_of_arms(tok):
            return []
        found: list[Mention] = []
        for m in self._actors_of([h for s in sides for h in with_conjuncts(s)], role="party"):
            if all(m.ref.name != f.ref.name for f in found):
                found.append(m)
        if len(found) != 2:
            return []
        if any(m.ref.kind == "org" and m.ref.form == "written" for m in found) and not any(
            m.ref.kind in _FIGHTERS for m in found
        ):
            # "the battle between Microsoft and Google", "between Apple and the EU": a body
            # no lexicon knows, against none that fights (not "between Hamas and Fatah")
            return []
        if _clash_of_peoples(tok, sides, found, self.lex.adjectives):
            return []
        a, b = found
        return [_Claim("opposes", tok, [a], parties=[b]), _Claim("opposes", tok, [b], parties=[a])]

    def _a_war_of_arms(self, tok) -> bool:
        """Whether a noun before "war" names where or how a war of arms is fought, not a
        thing it is over: a front ("the border war between Ethiopia and Eritrea", "the bush
        war", "the air war", "the tanker war"), a weapon ("the drone war between Russia and
        Ukraine": the lexicon's ``munition_words``) or men in arms ("the guerrilla war", "the
        proxy war"). "The gas war", "the water war", "the banana war",
        "the arms war" (a race) stay no fighting when told only by their course."""
        arms = self.lex.words("munition_words") | _FRONT_NOUNS
        return any(
            c.dep_ in ("compound", "nmod") and (c.lemma_.lower() in arms or c.lower_ in arms)
            for c in tok.children
        )

    def _contest(self, tok) -> bool:
        """ "The clash between France and Germany over farm subsidies", "the battle between
        Spain and Portugal for the 2030 World Cup": one clash or battle over or for a thing
        that is no place is a dispute or a race, not fighting ("the battle between Russia
        and Ukraine for Bakhmut" is fought; plural "clashes" are fighting)."""
        if tok.lower_ not in ("clash", "battle"):
            return False
        places = {t.i for tp in self.ctx.toponyms for t in self.ctx.tokens_of(tp)}
        for p in children(tok, "prep"):
            if p.lower_ not in ("over", "about", "for", "on"):
                continue
            for o in children(p, "pobj"):
                if not any(t.i in places for t in o.subtree):
                    return True
        return False

    def _told_as_fought(self, tok) -> bool:
        """Whether the sentence tells the fighting as happened: the noun is the subject of one
        of the lexicon's `clash_verbs` (what fighting does: "killed", "erupted", "lasted",
        "began", or "was" said of it, not "was likely"; "is" only of a known one, "the war
        ... is", not of a kind, "a war ... is the worst fear") stated in the past or the present,
        with no modal, no "will" and no "no" on the noun; or the object of a preposition
        that dates by it ("during", "after", "since")."""
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return False
        if tok.dep_ == "pobj":
            return tok.head.lower_ in _DATED_BY
        if tok.dep_ == "dobj":
            return self._going_war(tok) or self._inverted_subject(tok)
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lem = verb.lemma_.lower()
        if lem not in self.lex.words("clash_verbs") and verb.lower_ not in self.lex.words(
            "clash_verbs"
        ):
            return False  # "was averted", "looms", "is feared", "seems likely": not fought
        if lem == "be" and verb.tag_ in ("VBZ", "VBP") and not _definite(tok):
            return False  # "A war between Iran and Saudi Arabia is the region's worst fear"
        if lem == "be" and any(
            c.lemma_.lower() in self.lex.words("intent_words")
            or c.lemma_.lower() in self.lex.words("clash_unreal_adjectives")
            for c in verb.children
            if c.dep_ in ("acomp", "attr")
        ):
            return False  # "is likely", "was imminent"
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
        if any(c.lower_ in _UNREAL_AUX or c.dep_ == "neg" for c in aux):
            return False
        if verb.tag_ in ("VB", "MD"):
            return any(c.lemma_ == "do" for c in aux)  # "did kill"; "to kill" is no fact
        return True

    def _inverted_subject(self, tok) -> bool:
        """ "Thirty years ago this month began the war between Peru and Ecuador", "In 1980 began
        the war between Iran and Iraq": a known war ("the war") after the main verb of its
        sentence, one of the lexicon's `clash_verbs` ("began", "broke out") in the past or
        the present with no subject of its own and no auxiliary, is that verb's subject set
        after it, told as fought (the parser takes it for an object). Not a verb with a
        subject ("Iraq began the war between ..."), an infinitive or a clause under another
        ("talks to end the war between ...", "the peace that ended the war"), nor "was".
        Only with a year in the sentence ("of 1977", "in 1980"): the turn is a teller's of a
        past war, and with no year its sides would be read as they stand at the story's date
        ("Fifty years ago began the war between Sudan and its south" is no war of Sudan's
        government of the story's year)."""
        verb = tok.head
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if children(verb, "nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg"):
            return False
        if not any(_a_year(t) for t in tok.sent):
            return False
        lem = verb.lemma_.lower()
        verbs = self.lex.words("clash_verbs")
        return lem != "be" and (lem in verbs or verb.lower_ in verbs) and _definite(tok)

    def _going_war(self, tok) -> bool:
        """ "a step likely to widen the war between Lima and Quito", "arms that prolong
        the war between Ethiopia and Eritrea": a known war ("the war", not "a war") made
        bigger or longer is being fought, whatever the mood of the verb that does so; a war
        ended, feared or prevented is not (its verbs are none of these)."""
        nouns = self.lex.words("clash_nouns")
        return (
            tok.dep_ == "dobj"
            and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)
            and tok.head.lemma_.lower() in _GOING_WAR_VERBS
            and _definite(tok)
            and _a_bare_war(tok)
        )

    def _in_a_contest(self, cl: _Claim) -> bool:
        """A fight told inside a sporting contest ("Uruguay fought Brazil in the World Cup
        final", "battled France in the semi-final"): a game, no war; the lexicon's
        `contest_words` name such contests (on the noun after "in", "at" or "within" the
        fight or a verb above it hangs on, or on a subject above it). A contest after "during"
        is a time ("During the World Cup, Britain fought Argentina in the South Atlantic"),
        and a contest's word on another noun ("in the final days of the war", "in the final
        week of the World Cup") names no contest."""
        verbs = set(self.cfg["fight"]["verbs"]) | self.lex.words("clash_nouns")
        if cl.relation != "opposes" or cl.trigger.lemma_.lower() not in verbs:
            return False
        contests = self.lex.words("contest_words")
        if _framed_by(cl.trigger, contests, frozenset(), within=("in", "at", "within")):
            return True
        # the phrase read on the surface too, from "in" to the word before the next
        # preposition, conjunction, verb or stop: the parser breaks "in the Euro 2016
        # semi-final" apart; the phrase's last word must be the contest ("in Kargil weeks
        # after their cricket match" is no game)
        doc = cl.trigger.doc
        for p in children(cl.trigger, "prep"):
            if p.lower_ not in ("in", "at"):
                continue
            last = None
            for t in doc[p.i + 1 : cl.trigger.sent.end]:
                if t.pos_ in ("ADP", "SCONJ", "CCONJ", "VERB", "AUX") or (
                    t.is_punct and t.text != "-"
                ):
                    break
                last = t
            if last is not None and (last.lower_ in contests or last.lemma_.lower() in contests):
                return True
        return False
