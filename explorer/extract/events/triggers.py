"""Which words of a sentence are triggers of an event (the lexicon's spec of each kind, verbs and
nouns)."""

from __future__ import annotations

from itertools import pairwise

from explorer.extract.events.base import _RulesBase
from explorer.extract.events.burning_alight import set_alight_in_a_building
from explorer.extract.events.burning_set import set_ablaze
from explorer.extract.events.clues import _a_fighter, _a_sea_craft, _a_year, _under
from explorer.extract.events.headline_as import subject_of_a_clause_read_as_a_phrase
from explorer.extract.events.nonevents_blast import blown_up_by_itself
from explorer.extract.events.objects_shared import heads_shared_with_others
from explorer.extract.events.poisoning import poisoned_on_purpose
from explorer.extract.events.readings import (
    Trigger,
    _a_name_of_a_body,
    _a_trend_of,
    _by_mishap,
    _captives_freed,
    _clause_words,
    _done_to_the_noun_before,
    _heads_in,
    _lemma_seq_match,
    _np_tokens,
    _trigger_index,
    _with_conjuncts_of,
    _with_what_they_are_of,
    _words,
)
from explorer.extract.events.roles_accused import accused_of_it
from explorer.extract.events.roles_raised import the_raised_subject
from explorer.extract.events.senses import a_seller_takes_a_market, power_only_before_a_noun
from explorer.extract.events.senses_bomber import a_bomber_by_his_deeds
from explorer.extract.events.shot_dead import a_counted_party, shot_dead_as_a_result
from explorer.extract.events.struck_sites import a_site_struck
from explorer.extract.events.victims_office import killed_for_his_office
from explorer.extract.events.words import (
    _EVENT_HEADS,
    _OCCURRING,
    _POLICE_TOO,
    _RULERS,
    _a_body_that_speaks,
    names_captives,
)
from explorer.extract.syntax import PERSPRON, RELPRON, children, governing_subjects

# nouns that count what their "of" names ("hundreds of prisoners", "a group of tourists")
_COUNT_NOUNS = frozenset(
    {"hundred", "dozen", "thousand", "score", "number", "group", "batch", "handful", "couple"}
)


# words of quantity whose "of" phrase names what is meant ("several of their shops")
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "all", "both", "each", "few"})


# gatherings of people whose "of" names who gathered ("a crowd of protesters")
_GATHERINGS = frozenset({"crowd", "mob", "throng", "horde", "swarm"})
# people who work at sea: water cannon fired at them is fired at their boats
_SEAFARERS = frozenset({"fisherman", "fishermen", "fisher", "sailor", "seaman", "crew", "boatman"})

# people who bear no arms: a crowd of them storming a place takes no land ("a crowd of
# protesters stormed the runway", "hundreds of passengers stormed the airport")
_UNARMED = _GATHERINGS | {
    "protester",
    "protestor",
    "demonstrator",
    "passenger",
    "student",
    "activist",
    "supporter",
    "fan",
    "resident",
    "villager",
    "worshipper",
    "worshiper",
    "pilgrim",
    "refugee",
    "migrant",
    "tourist",
    "farmer",
    "worker",
    "citizen",
    "voter",
    "mourner",
    "marcher",
    "people",
}

# people out to buy or to make merry, who "storm" a shop, a mall or a village of outlets
# only by crowding it ("Shoppers stormed the outlet village ... and looted the shelves for
# bargains", "Holidaymakers stormed the resort town": eventsfix59); no land is taken
_BUYERS_AND_REVELLERS = frozenset(
    {"shopper", "customer", "buyer", "holidaymaker", "vacationer", "reveller", "reveler"}
    | {"partygoer", "diner", "sightseer", "consumer", "punter"}
)


# men in arms who storm a place (not the lexicon's every armed noun: "members", "party",
# "opposition" name who belong to a side, armed or not)
_STORMING_MEN = frozenset(
    {"troop", "soldier", "serviceman", "servicemen", "guard", "police", "policeman"}
    | {"commando", "marine", "paratrooper", "gunman", "gunmen", "assailant", "attacker"}
    | {"raider", "bandit", "mutineer", "jihadist", "militant", "rebel", "fighter", "force"}
    | {"militia", "militiaman", "militiamen", "insurgent", "guerrilla", "separatist"}
    | {"paramilitary", "terrorist", "extremist", "officer", "unit", "army", "brigade"}
)


def _stormed_into(tok) -> list:
    """What a verb with no object of its own "storms into" ("Bolivian soldiers stormed into
    the presidential palace": the palace), as its object; none for another verb or
    preposition ("stormed out of the talks", "stormed the town")."""
    if tok.lemma_.lower() != "storm" or children(tok, "dobj"):
        return []
    return [o for p in children(tok, "prep") if p.lower_ == "into" for o in children(p, "pobj")]


def _a_headlines_verb_tagged_noun(tok, headline: bool) -> bool:
    """Whether ``tok`` is a headline's verb that the parser tagged a noun: the root of a
    headline (the story's first line, with no closing stop), bare (no article, possessive,
    number or adjective of its own), with a subject of its own whose number agrees with it as
    a verb's in the present ("Gabonese troops storm into state TV building as coup fears
    grow": "storm" a noun, "soldiers" its subject). A noun with an article ("A storm of
    protest") or none as its subject ("Winter storm into weekend") is a noun."""
    if not headline or tok.pos_ != "NOUN" or tok.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children):
        return False
    subjects = [s for s in children(tok, "nsubj") if s.pos_ in ("NOUN", "PROPN")]
    plural = {"NNS", "NNPS"}
    return any((s.tag_ in plural) == (tok.tag_ == "NN") for s in subjects)


def _a_vessels_word_on_another_thing(o) -> bool:
    """Whether the vessel's word ``o`` is the first word of another thing's name, a common
    noun right after it that the parser hangs on it ("seized cocaine from a boat shed near
    Cork harbour": "shed" a clause on "boat"; "a ship yard", "a boat owner"): a shed, a yard
    or an owner is no vessel. "From a boat moored in the harbour" (a verb after it) stays."""
    after = o.nbor(1) if o.i + 1 < len(o.doc) else None
    return (
        after is not None
        and after.pos_ == "NOUN"
        and after.head.i == o.i
        and after.dep_ not in ("appos", "conj", "npadvmod")
    )


# a body of vehicles or men on the move: what it is "of" says what moved ("a convoy of 32 tanks",
# "a column of troops"; "a convoy of aid lorries" is none of the armed)
_COLUMN_NOUNS = frozenset({"column", "convoy"}) | _COUNT_NOUNS
# craft named by the force they serve ("a ship of the coast guard", "a vessel of the navy")
_CRAFT_OF_A_FORCE = frozenset({"ship", "vessel", "boat", "craft"})


def _what_a_column_is_of(subjects: list) -> list:
    """Subjects with what each column or count is of ("a convoy of 32 tanks ... had crossed
    the border", "a group of soldiers says it has seized power")."""
    return _with_what_they_are_of(subjects, _COLUMN_NOUNS)


# a state's missions abroad, named by their state and standing in another's land
_MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery"})


def _a_missions_owner(tok) -> bool:
    """Whether ``tok`` names whose mission abroad a noun is ("the U.S. Embassy", "Britain's
    consulate", "the U.S. Embassy compound"): that land owns it, it stands in another."""
    while tok.dep_ in ("compound", "poss", "nmod", "amod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in _MISSIONS:
            return True
    return False


def _let_go(tok) -> list:
    """ "The hijackers let 41 hostages go": who "let" lets go, the subject of its "go"."""
    if tok.lemma_.lower() != "let":
        return []
    return [
        s
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "go"
        for s in children(c, "nsubj")
    ] + [o for o in children(tok, "dobj") if any(c.lemma_.lower() == "go" for c in tok.children)]


def _shot_dead(tok) -> bool:
    """ "the regional governor ... was shot dead in the province": a shooting told as a death in the
    passive, with no one said to have done it, is still a shooting of someone (an attack whose
    doer is unknown); "was shot" or "was killed" alone may be an accident, a battle's toll or
    an execution, and still want their doer."""
    return (
        tok.lemma_.lower() == "shoot"
        # told as the news, not as the time of another thing ("Twelve years ago -- when the
        # last policeman was shot dead --", "after a leader was shot dead")
        and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis")
        and bool(children(tok, "auxpass"))
        and bool(children(tok, "nsubjpass"))
        and any(c.lower_ == "dead" for c in tok.children)
    )


# the endings of a noun of one by trade or lot ("prosecutor", "lawyer", "journalist")
_ONE_BY_TRADE = ("or", "er", "ist", "man", "woman", "ee", "ant", "ent")
# offices the official nouns share with things ("the team", "a delegation", a chemical "agent")
_NOT_ONE_OFFICE = frozenset({"team", "delegation", "agent"})


# who shoot people for no side they name: their shooting of anyone is an attack
_SHOOTERS = frozenset({"gunman", "gunmen", "assailant", "attacker", "militant", "hitman"})
# what makes "men" such shooters ("armed men", "unknown men")
_SHOOTERS_MARKS = frozenset({"armed", "masked", "unidentified", "unknown", "hooded"})
# the endings of ``_ONE_BY_TRADE`` that name a person by his trade and no animal as well (an
# "elephant" ends as a "sergeant" does)
_ONE_BY_HIS_TRADE = ("or", "er", "ist", "man", "woman", "ee")
# works a shooting may be told in, not done ("In the new film, two gunmen shot dead ...")
_TOLD_WORKS = frozenset({"film", "movie", "novel", "book", "play", "series", "episode", "game"})


def _shooters_killed_one_by_trade(tok) -> bool:  # and counted ones: see shot_dead
    """ "Masked gunmen shot dead a local reporter", "Two assailants shot dead a lawyer":
    gunmen or assailants (or men marked as armed or unknown) who shoot dead one named by a noun
    of his trade (``_ONE_BY_HIS_TRADE``: a journalist, a lawyer, a pastor) attack him, though
    neither is named as an actor. Not "Hunters shot dead a tiger" (hunters are no such
    shooters), nor "Gunmen shot dead an elephant" (no trade's ending), nor a shooting without
    "dead", nor one told "in the new film" (a story's)."""
    if tok.lemma_.lower() != "shoot" or not shot_dead_as_a_result(tok):
        return False
    if _shot_in_a_tale_or_a_drill(tok):
        return False
    if any(
        o.lemma_.lower() in _TOLD_WORKS
        for p in children(tok, "prep")
        if p.lower_ == "in"
        for o in children(p, "pobj")
    ):
        return False
    shooters = children(tok, "nsubj")
    if not any(
        s.lemma_.lower() in _SHOOTERS
        or s.lower_ in _SHOOTERS
        or (
            s.lower_ in ("men", "man")
            and any(c.dep_ == "amod" and c.lower_ in _SHOOTERS_MARKS for c in s.children)
        )
        for s in shooters
    ):
        return False
    return any(
        o.pos_ == "NOUN"
        and (o.lemma_.lower().endswith(_ONE_BY_HIS_TRADE) or a_counted_party(o))
        and o.lemma_.lower() not in _BEASTS_LIKE_TRADES
        for o in children(tok, "dobj")
    )


# beasts whose names end as a trade's noun does ("a tiger" as "a sergeant"): shot, no attack
_BEASTS_LIKE_TRADES = frozenset(
    {"tiger", "deer", "reindeer", "panther", "rooster", "otter", "beaver", "badger", "heifer"}
    | {"steer", "lobster", "hamster", "oyster", "pointer", "setter", "retriever", "spaniel"}
)
# the tales and the drills a shooting is played or told in ("in the opera's final act",
# "in the thriller", "during the drill")
_TALES = frozenset({"opera", "drama", "thriller", "western", "show", "sketch", "musical"})
_TALES |= {"scene", "comedy", "sitcom", "soap", "chapter", "act"}
_DRILLS = frozenset({"drill", "exercise", "rehearsal", "simulation", "re-enactment"})


# the mishaps that leave a convoy's loads on the road for anyone to take
_MISHAPS = frozenset({"overturn", "crash", "capsize", "derail", "topple", "collide", "strand"})


def _a_wreck(tok) -> bool:
    """Whether what ``tok`` (a verb of looting) took was left by a mishap told in its clause:
    "Villagers looted a convoy of grain lorries that had overturned on the highway", "looted
    the tankers after they crashed": the plunder of a wreck, no attack on those it carried
    (review96)."""
    return any(t.lemma_.lower() in _MISHAPS for t in tok.subtree)


# the beasts that may kill a man, who wage no attack
_BEASTS = frozenset({"bull", "cow", "buffalo", "elephant", "hippo", "hippopotamus", "bear"})
_BEASTS |= {"horse", "camel", "gorilla", "baboon", "ox", "bison", "moose"}


def _by_a_beast(tok) -> bool:
    """Whether the passive's agent of ``tok`` is a beast ("a keeper was clubbed to death by an
    elephant", "trampled and beaten to death by a buffalo"): a mishap with an animal, no one's
    attack (review96)."""
    return any(
        o.lemma_.lower() in _BEASTS for a in children(tok, "agent") for o in children(a, "pobj")
    )


def _shot_in_a_tale_or_a_drill(tok) -> bool:
    """Whether the shooting ``tok`` is told in a tale or played in a drill: "In the opera's
    final act, hooded men shot dead the painter", "In the drama, unidentified gunmen shot dead
    a banker", "During the drill, masked men playing attackers shot dead a teacher with
    blanks": no shooting done (review90). "In the village, gunmen shot dead a teacher" is."""
    for p in children(tok, "prep"):
        if p.lower_ not in ("in", "during"):
            continue
        for o in children(p, "pobj"):
            words = [o, *(c for c in o.children if c.dep_ in ("poss", "compound"))]
            if any(w.lemma_.lower() in _TALES | _DRILLS | _TOLD_WORKS for w in words):
                return True
    return False


def _an_office_holder(tok, offices: frozenset[str]) -> bool:
    """ "Gunmen killed a police chief", "killed the district commander": one who holds an
    office, named by its noun alone (no state or name to make him an actor), is someone
    killed; "killed the deal" is not."""
    lem = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lem in offices - _NOT_ONE_OFFICE


# the titles of a head of state or government, and the words that put him out of office
_RULER_TITLES = frozenset({"president", "premier", "king", "emir", "sultan"})
_OUT_OF_OFFICE = frozenset({"former", "ex", "late", "deposed", "ousted", "exiled", "then"})


def _a_ruler_in_office(obj) -> bool:
    """ "President Ibrahim Boubacar Keita", "the president", "Prime Minister Abdalla Hamdok":
    a head of state or government by his title (the head or a word of his name), not "former
    President Zuma", "the president's son" (the head is the son) or "the president of the
    club" (an "of" phrase that names no land names another body)."""
    core = _np_tokens(obj)
    words = {t.lemma_.lower() for t in core if t.dep_ != "poss" and t.i != obj.i} | {
        obj.lemma_.lower()
    }
    titled = bool(words & _RULER_TITLES) or {"prime", "minister"} <= words
    if not titled or any(t.lower_.strip("-") in _OUT_OF_OFFICE for t in core):
        return False
    return not any(
        o.ent_type_ not in ("GPE", "NORP")
        for p in children(obj, "prep")
        if p.lower_ == "of"
        for o in children(p, "pobj")
    )


# verbs of trying whose subject is the doer of the infinitive under them
_TRYING = frozenset({"try", "attempt", "seek"})


def _a_tryers_deed(tok) -> bool:
    """ "A bomber in Grozny tried to kill the governor", "rebels attempted to kill the mayor":
    the infinitive under a verb of trying has that verb's subject for its own (a subject's
    control), so it has a doer; whether it was done is the status's to say ("Attempted")."""
    up = tok.head
    return (
        tok.dep_ == "xcomp"
        and up.i != tok.i
        and up.lemma_.lower() in _TRYING
        and bool(children(up, "nsubj"))
    )


class _Triggers(_RulesBase):
    """Which words of a sentence are triggers of an event (the lexicon's spec of each kind,
    verbs and nouns)."""

    # --- triggers -------------------------------------------------------------------------
    def _first_line(self) -> bool:
        """Whether the sentence is the story's first line with no closing stop: a headline."""
        return self.ctx.s.start == 0 and self.ctx.text.rstrip()[-1:] not in ".!?\"'"

    def _verb_ok(self, tok, spec: dict) -> bool:
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if spec.get("particle") and spec["particle"] not in prts:
            return False
        if spec.get("no_particle") and spec["no_particle"] in prts:
            return False
        done_to = (
            _done_to_the_noun_before(
                tok, {w.lower() for w in spec["object_any"]} | set(spec["object_any"])
            )
            if spec.get("active_subject") and "object_any" in spec and "declared" not in spec
            else []
        )  # "the relief ship hijacked in April": the ship, not whoever hijacked it (only of a
        # verb that wants a doer: "Israeli troops pushed into Rafah" pushed no troops)
        if (
            spec.get("active_subject")
            and not done_to
            and (
                not (
                    children(tok, "nsubj")
                    or (tok.dep_ == "conj" and governing_subjects(tok))
                    or accused_of_it(tok)  # "accused the troops of killing": see roles_accused
                    or _a_tryers_deed(tok)  # "a bomber tried to kill the governor" (eventsq51)
                )
                or children(tok, "auxpass", "nsubjpass")
                # a headline's passive with its "was" left out: "Northern Israel hit by rocket"
                or (tok.tag_ == "VBN" and children(tok, "agent") and not children(tok, "aux"))
            )
            and not self._by_an_actor(tok)
            and not _shot_dead(tok)
        ):
            return False
        if (
            spec.get("object_actor")
            and not any(
                self._phrase_actors(o)
                or self._people_counted(o)
                or _an_office_holder(o, self.words["official_nouns"])
                for o in children(tok, "dobj", "nsubjpass") + the_raised_subject(tok)
            )
            and not self._someone_shot_dead(tok)
            and not _shooters_killed_one_by_trade(tok)
            and not self._killed_for_his_office(tok)
        ):
            return False  # "killed the trade deal"
        if spec.get("no_object") and children(tok, "dobj"):
            return False
        if spec.get("past_only") and tok.tag_ not in ("VBD", "VBN"):
            return False  # "rival gangs fight over the drug trade": a habit
        if "not_preps" in spec and any(
            c.dep_ in ("prep", "prt") and c.lower_ in spec["not_preps"] for c in tok.children
        ):
            return False  # "the delegation stormed out of the talks": left in anger
        if "not_under" in spec and _under(tok, spec["not_under"]):
            return False  # "accused the army of seizing power": alleged
        if spec.get("not_by_mishap") and _by_mishap(tok):
            return False  # "tried to hurl a bomb but killed himself with it"
        if spec.get("needs_object") and not children(tok, "dobj", "nsubjpass"):
            return False
        if "alone_subject_any" in spec and blown_up_by_itself(
            tok, {w.lower() for w in spec["alone_subject_any"]}
        ):
            return False  # "a boiler blew up at the mill"; not "a car bomb blew up" (eventsq50)
        objs = self._with_whole(children(tok, "dobj", "nsubjpass"))
        if not objs and tok.dep_ == "conj" and children(tok, "auxpass"):
            # "The shell was secured so that it would not roll ... and was then blown up":
            # a passive with no subject of its own has the passive subject of a verb it is
            # joined to (the parser may join it to the clause between)
            up = tok.head
            for _ in range(3):
                objs = self._with_whole(children(up, "nsubjpass"))
                if objs or up.dep_ not in ("conj", "advcl") or up.head.i == up.i:
                    break
                up = up.head
        if spec.get("into_is_object") and (into := _stormed_into(tok)):
            if not self._armed_stormers(tok):
                return False  # "The minister stormed into the chamber", "stormed into the lead"
            objs = into
        if "not_objects" in spec and _heads_in(
            objs + heads_shared_with_others(objs), self._word_list(spec["not_objects"])
        ):
            return False  # "attacked the proposal", "meeting the needs", "stormed their way"
        if "not_bare_objects" in spec and _heads_in(
            [o for o in objs if all(c.dep_ == "det" for c in o.children)],
            spec["not_bare_objects"],
        ):
            return False  # "missiles hit the market"; not "hit the central market in Donetsk"
        if "not_with" in spec and _heads_in(
            [o for p in children(tok, "prep") if p.lower_ == "with" for o in children(p, "pobj")],
            self._word_list(spec["not_with"]),
        ):
            return False  # "the guard met them with heavy gunfire": answered, not received
        if (
            spec.get("not_crowd_control")
            and objs
            and all(self._crowd_control(o) for o in _with_conjuncts_of(objs))
            and not self._at_a_ship(tok)
        ):
            return False  # "fired water cannon and tear gas at marchers": a crowd dispersed
        subjects = [
            s.head.head if s.lower_ in RELPRON and s.head.dep_ == "relcl" else s
            for s in children(tok, "nsubj") or governing_subjects(tok)
        ]
        if "not_subjects" in spec and _heads_in(subjects, self._word_list(spec["not_subjects"])):
            return False  # "a fire that killed four children"
        if spec.get("armed_subject") and _heads_in(
            subjects
            + [
                w
                for x in subjects
                if x.lemma_.lower() in _COLUMN_NOUNS | _GATHERINGS
                for p in children(x, "prep")
                if p.lower_ == "of"
                for w in children(p, "pobj")
            ],
            _UNARMED | _BUYERS_AND_REVELLERS,
        ):
            return False  # "Angry passengers stormed the runway": a crowd takes no land
        if a_seller_takes_a_market(tok, subjects):
            return False  # "The carmaker stormed the Brazilian market": sold there (eventsfix60)
        agents = [o for p in children(tok, "agent") for o in children(p, "pobj")]
        if "not_agents" in spec and _heads_in(agents, self._word_list(spec["not_agents"])):
            return False  # "his words were met by hope, tears and applause": received so
        if spec.get("subject_not_state") and not self._armed_group_subject(subjects + agents):
            return False  # "Israel bombed a school": an air strike or a shelling, not a bomb
        if spec.get("object_not_person") and any(self._person(o) for o in children(tok, "dobj")):
            return False  # "fired Reams": dismissed him
        if "object_person_or_any" in spec and not any(
            (self._person(o) and not self._named_after_a_place(o))
            or _words(_np_tokens(o)) & set(spec["object_person_or_any"])
            for o in children(tok, "dobj")
        ):
            return False  # "hosted talks", "hosted the president"; not "hosted a comedy show"
        if "subject_any" in spec:
            subj = _with_what_they_are_of(
                _what_a_column_is_of(
                    children(tok, "nsubj", "nsubjpass")
                    or subject_of_a_clause_read_as_a_phrase(
                        tok, self._first_line(), _trigger_index(self.types)[1]
                    )
                    or governing_subjects(tok)
                ),
                _CRAFT_OF_A_FORCE,
            )  # "a cutter of the Icelandic coast guard rammed": the coast guard's cutter
            toks = sorted(
                (
                    t
                    for s in subj
                    for t in _np_tokens(s)
                    if not _a_fighter(t)
                    and not _a_sea_craft(t)
                    and not _a_possessors(t, s)
                    and not a_bomber_by_his_deeds(t)  # "the bomber blew himself up"
                ),
                key=lambda t: t.i,
            )  # "The plane's crew attacked the hijackers": the crew, no aircraft
            told = tok
            while told.dep_ == "conj" and told.head.i != told.i:
                told = told.head  # "says it has detained the president and taken power"
            if told.dep_ == "ccomp" and all(
                s.lower_ in ("they", "he", "we", "it") for s in subj
            ):  # "Soldiers said on state television that they had seized power", "a group of
                # soldiers says it has seized power"
                speakers = _what_a_column_is_of(children(told.head, "nsubj"))
                toks += [t for s in speakers for t in _np_tokens(s)]
            words = _words(toks)
            # a name of two words ("air force"), when the subject holds them side by side
            words |= {f"{a.lower_} {b.lower_}" for a, b in pairwise(toks) if b.i == a.i + 1}
            # "The convoy was attacked by Houthi fighters": men, no aircraft
            words |= _words(
                [o for p in children(tok, "agent") for o in p.subtree if not _a_fighter(o)]
            )
            if not words & {w.lower() for w in spec["subject_any"]}:
                return False
        if spec.get("aircraft_subject") and not self._military_aircraft_subject(
            tok, tuple(spec.get("preps", ())) if spec.get("intransitive") else ()
        ):
            return False  # "the Aeroflot plane entered Turkish airspace": no incursion
        if spec.get("bomber_subject") and not any(
            t.lemma_.lower() == "bomber" and _a_fighter(t) for s in subjects for t in _np_tokens(s)
        ):
            return False  # "a suicide bomber drove a van into a checkpoint"; not "B-52 bombers"
        if spec.get("alight_in_a_building") and not set_alight_in_a_building(tok):
            return False  # "heaped hymn books on the altar and set them ablaze" (eventsfix61)
        if "set_ablaze" in spec and not set_ablaze(tok, self._word_list(spec["set_ablaze"])):
            return False  # "rioters set the depot ablaze"; not "set the stage ablaze" (eventsfix65)
        if spec.get("poisoned_on_purpose") and not poisoned_on_purpose(tok):
            return False  # "Lead from the mine poisoned children": no attack (eventsfix62)
        if spec.get("site_struck") and not a_site_struck(tok, self.ctx.mention):
            return False  # "Ukrainian forces struck a refinery"; not "struck a deal"
        if spec.get("convoy_looted") and (_shot_in_a_tale_or_a_drill(tok) or _a_wreck(tok)):
            return False  # "In the new game, players looted a supply convoy" (eventsfix59)
        if spec.get("not_by_beasts") and _by_a_beast(tok):
            return False  # "a farmer was clubbed to death by a bull" (review96)
        if spec.get("ruler_in_office") and not self._soldiers_seize_a_ruler(tok, subjects):
            return False  # "rebel soldiers detained President Mamadou Tandja"
        if spec.get("member_suspended") and not self._a_member_suspended(tok):
            return False  # "suspending Guinea from its governing councils"
        if spec.get("let_go") and not _let_go(tok):
            return False  # "let" is a release only in "let 41 hostages go"
        if "captors_any" in spec and not self._captors_free_people(tok, spec["captors_any"]):
            return False
        if "declared" in spec and self._declared(tok, spec) is None:
            return False  # "declared two American diplomats persona non grata"
        if "object_any" in spec and "declared" not in spec:
            objs = self._with_whole(children(tok, "dobj", "nsubjpass")) or done_to
            if not objs and spec.get("into_is_object"):
                objs = _stormed_into(tok)  # "soldiers stormed into the palace" stormed it
            if not objs and self._elided_passive(tok):
                # a headline's participle ("60 villagers evacuated from shelled Georgian
                # town"): its subject, or the noun it hangs on, is what it was done to
                objs = children(tok, "nsubj") or ([tok.head] if tok.dep_ == "acl" else [])
            if spec.get("object_appos"):
                # "expelled Ivan Petrov, the charge d'affaires": the object's apposition
                # says what he is
                objs = objs + [a for o in objs for a in children(o, "appos")]
            objs = objs + [
                w
                for o in objs
                if o.pos_ == "NUM"
                or o.lemma_.lower() in _COUNT_NOUNS
                # only as a doer's object: "most of the captives are freed" tells a habit
                or (o.lower_ in _QUANTIFIERS and o.dep_ == "dobj")
                for p in children(o, "prep")
                if p.lower_ == "of"
                for w in children(p, "pobj")
            ]  # "swapped dozens of prisoners of war", "burned several of their shops" (eventsq52)
            words = _words([t for o in objs for t in _np_tokens(o)])
            matched = words & ({w.lower() for w in spec["object_any"]} | set(spec["object_any"]))
            if not matched and "object_held_by" in spec:
                # "released four tourists who were kidnapped in January": captives
                held = {w.lower() for w in spec["object_held_by"]}
                matched = {
                    c.lemma_.lower()
                    for o in objs
                    if self._person(o)
                    for c in o.children
                    if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in held
                }
            if not matched:
                return False
            if matched == {"power"} and power_only_before_a_noun(objs):
                return False  # "soldiers seized the power station": no coup (eventsfix60)
            if matched <= _POLICE_TOO and not any(
                self.ctx.mention(t) is not None
                for s in [*objs, *subjects, *agents]
                for t in _np_tokens(s)
            ):
                return False  # "Officers were dispatched to the intersection": police on a call
        if "object_not_carrying" in spec and self._carries(
            children(tok, "dobj", "nsubjpass"), self._word_list(spec["object_not_carrying"])
        ):
            return False  # "stopped a boat carrying 40 migrants": a rescue or a border's stop
        clause = _clause_words(tok) if "not_clause_any" in spec or "clause_any" in spec else set()
        if (
            "not_clause_any" in spec
            and clause & self._word_list(spec["not_clause_any"])
            and not clause & self._word_list(spec.get("unless_clause_any", []))
        ):
            # "boarded a cargo ship after it sent a distress call": a rescue; not "intercepted
            # a ship and seized its cargo of rifles, after rescuing its crew"
            return False
        if "clause_any" in spec and not clause & self._word_list(spec["clause_any"]):
            return False  # "intercepted a boat": no word of a seizure, of weapons or smuggling
        if "not_aimed_at" in spec and any(
            o.lemma_.lower() in spec["not_aimed_at"]
            for p in children(tok, "prep")
            if p.lower_ in ("into", "in", "toward", "towards")
            for o in children(p, "pobj")
        ):
            return False  # "fired shots into the air in Kisumu on Wednesday": warning shots
        if "preps" in spec:
            ps = [
                c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in spec["preps"]
            ]
            if not ps:
                return False
            if "pobj_any" in spec and not any(
                o.lemma_.lower() in spec["pobj_any"] and not _a_vessels_word_on_another_thing(o)
                for p in ps
                for o in p.children
            ):
                return False
            if spec.get("pobj_place") and not any(
                self._place_word(o) for p in ps for o in p.children if o.dep_ == "pobj"
            ):
                return False  # "arrived in response to the call": no place
        return True

    @staticmethod
    def _carries(objs: list, people: frozenset[str]) -> bool:
        """Whether a craft named by ``objs`` carries people of ``people``: "a boat carrying 40
        migrants", "a boat of migrants", "a dinghy with refugees", "a migrant boat", "a boat
        full of migrants", "a boat packed with refugees"."""
        for o in objs:
            said = [c for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "with"):
                    said += children(c, "pobj")
                elif c.dep_ in ("acl", "relcl", "amod"):  # "carrying", "full of", "packed with"
                    said += children(c, "dobj")
                    said += [w for p in children(c, "prep") for w in children(p, "pobj")]
            if _words([w for t in said for w in _with_conjuncts_of([t])]) & people:
                return True
        return False

    @staticmethod
    def _declared(tok, spec: dict):
        """Whom a verb declares what ``spec["declared"]`` says, when he is one of its
        ``object_any`` ("declared two American diplomats persona non grata", "the consul was
        declared persona non grata"): the parser hangs him on the verb, on "persona" or on
        "grata", so he is looked for in the verb's words, not in its subject's."""
        words = [w.lower() for w in spec["declared"].split()]
        sub = list(tok.subtree)
        if not any([t.lower_ for t in sub[k : k + len(words)]] == words for k in range(len(sub))):
            return None
        subject = {t.i for c in children(tok, "nsubj") for t in c.subtree}
        wanted = {w.lower() for w in spec["object_any"]}
        return next(
            (
                t
                for t in sub
                if t.i not in subject
                and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                and (t.lemma_.lower() in wanted or t.lower_ in wanted)
            ),
            None,
        )

    def _ruler(self, tok) -> bool:
        """Who holds power: a leader named (the lexicon's, or a person the recogniser finds) or
        a president, government or regime; not "him" ("removed him from the board")."""
        m = self.ctx.mention(tok)
        if m is not None and m.ref.kind == "leader":
            return True
        return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _RULERS

    def _soldiers_seize_a_ruler(self, tok, subjects: list) -> bool:
        """ "Rebel soldiers detained President Mamadou Tandja", "troops arrested
        Prime Minister Hamdok": soldiers who take the head of state or government in office
        seize power. Not one held before or after his time ("former President Zuma"), not
        someone of his ("the president's son"), and not soldiers a state's or a place's name
        marks as another land's ("US forces captured President Noriega")."""
        if children(tok, "auxpass", "nsubjpass") or not subjects:
            return False
        if any(
            t.ent_type_ in ("NORP", "GPE") or self.ctx.mention(t) is not None
            for s in subjects
            for t in _np_tokens(s)
        ):
            return False
        return any(_a_ruler_in_office(o) for o in children(tok, "dobj"))

    def _a_member_suspended(self, tok) -> bool:
        """ "SADC said it was suspending Madagascar from its governing councils", "the African
        Union suspended Guinea from the bloc": a state by its name, put out "from" a body, in
        the active voice, is punished by that body. Not "suspended the player from three
        games", "suspended flights from Mali" (no state put out), "Mali was suspended" (told
        by what befell it, with no one who did it)."""
        if children(tok, "auxpass", "nsubjpass"):
            return False
        if not any(p.lower_ == "from" and children(p, "pobj") for p in children(tok, "prep")):
            return False
        for o in children(tok, "dobj"):
            m = self.ctx.mention(o)
            if m is not None and m.ref.kind == "state" and m.ref.form != "demonym":
                return True
        return False

    def _captors_free_people(self, tok, captors: list[str]) -> bool:
        """ "Hamas freed 13 Israelis", "the rebels freed three aid workers": captives named by
        who they are, freed by the armed group that held them, in the active voice (the
        subject's head one of ``captors``, or a party to a war that is no state's forces, as
        "Hamas"); what is freed is people (the lexicon's people nouns or a people: "workers",
        "Israelis"), not a town or a statement."""
        if children(tok, "auxpass", "nsubjpass"):
            return False
        subjects = children(tok, "nsubj") or governing_subjects(tok)
        if not subjects or not self._armed_group_subject(subjects):
            return False
        forces = {w.lower() for w in self.types.get("coup", {}).get("forces_as_written", ())}
        low = {w.lower() for w in captors}

        def captor(s) -> bool:
            if s.lemma_.lower() in low or s.lower_ in low:
                return True
            m = self.ctx.mention(s)
            return (
                m is not None
                and m.ref.kind == "party"
                and not {w.lower() for w in m.ref.name.split()} & (forces | {"government"})
            )

        if not all(captor(s) for s in subjects):
            return False
        if any(
            c.lower_ in ("their", "its")
            for p in children(tok, "prep")
            if p.lower_ == "from"
            for o in children(p, "pobj")
            for c in o.children
        ):
            return False  # "released 20 children from their ranks": its own, let go
        w = self.words
        objs = _with_conjuncts_of(children(tok, "dobj") + _let_go(tok))
        return bool(objs) and all(
            names_captives(o.lemma_.lower(), w["people_nouns"])
            or (
                o.tag_ in ("NNPS", "NNS")
                and (
                    o.ent_type_ == "NORP"
                    or ((m := self.ctx.mention(o)) is not None and m.ref.form == "demonym")
                )
            )
            for o in objs
        )

    def _by_an_actor(self, tok) -> bool:
        """A passive verb whose victim and author are both named as people or sides: "a man
        was shot by a gunman", "Sgt. Gale was shot by a sniper" (not "shot by a
        photographer", nor "was shot" alone)."""
        agents = [o for a in children(tok, "agent") for o in children(a, "pobj")]
        victims = children(tok, "nsubjpass")
        w = self.words
        return bool(
            agents
            and victims
            and any(
                self.ctx.mention(o) is not None
                or o.lemma_.lower() in w["group_nouns"] | w["actor_nouns"]
                or o.lower_ in w["group_nouns"]
                for o in agents
            )
            and any(self._person(v) for v in victims)
        )

    def _armed_group_subject(self, subjects) -> bool:
        """Whether a verb's subjects (or its passive's agents) are named, and none is a state,
        its forces, an alliance or an organisation of states ("ETA", "militants"; not
        "Israel", "Israeli troops", "NATO", "they")."""
        if not subjects or any(s.lower_ in PERSPRON or s.lower_ in RELPRON for s in subjects):
            return False
        for s in subjects:
            for t in _np_tokens(s):
                m = self.ctx.mention(t)
                if m is not None and m.ref.kind in ("state", "org", "coalition"):
                    return False
        return True

    def _armed_stormers(self, tok) -> bool:
        """Whether who "storms into" a place are men in arms ("Bolivian soldiers", "gunmen",
        "police officers", "rebel fighters"): only they storm a building or a town; a minister
        who "stormed into the chamber", a team that "stormed into the lead" or a singer "into
        the charts" only went in, or rose, fast."""
        for h in children(tok, "nsubj") or governing_subjects(tok):
            if {h.lemma_.lower(), h.lower_} & _STORMING_MEN or _a_fighter(h):
                return True
        return False

    def _at_a_ship(self, tok) -> bool:
        """Whether ``tok`` fires "at" or "on" a ship (the lexicon's ``vessel_objects``: "fired
        water cannon at a Philippine government vessel"), or a ship or a coast guard fires it
        at the people who work at sea ("A Chinese patrol ship fired water cannon at Vietnamese
        fishermen"): a ship at sea is no crowd to disperse, and the water cannon that hits it
        is an attack on it."""
        vessels = self.words["vessel_objects"]
        seafarers = _SEAFARERS if self._from_a_ship(tok) else frozenset()
        return any(
            (o.lemma_.lower() in vessels or o.lemma_.lower() in seafarers)
            and not any(c.lower_ == "of" for c in o.children)
            for p in children(tok, "prep")
            if p.lower_ in ("at", "on")
            for o in _with_conjuncts_of(children(p, "pobj"))
        )  # "a boat of protesters" is a crowd

    def _from_a_ship(self, tok) -> bool:
        """Whether who fires is a ship or a navy's or a coast guard's men (the lexicon's
        ``vessel_objects`` and ``naval_subjects``): "A Chinese vessel fired", "The Japanese
        coast guard fired"; not "Riot police fired"."""
        words = self.words["vessel_objects"] | self.words["naval_subjects"]
        for subj in children(tok, "nsubj"):
            # in the order written: "The Japanese coast guard" holds "coast guard"
            text = " " + " ".join(t.lower_ for t in sorted(_np_tokens(subj), key=lambda t: t.i))
            if any(f" {w.lower()} " in text + " " for w in words):
                return True
        return False

    def _crowd_control(self, tok) -> bool:
        """Whether what is fired is what police disperse a crowd with ("tear gas", "water
        cannons", "rounds of tear gas", "stun grenades"), not a weapon that attacks."""
        toks = _np_tokens(tok)
        for p in children(tok, "prep"):
            if p.lower_ == "of":  # "rounds of tear gas", "volleys of rubber bullets"
                toks += [t for o in children(p, "pobj") for t in _np_tokens(o)]
        return bool(_words(toks) & self.words["crowd_control"])

    def _with_whole(self, objs: list) -> list:
        """Objects, and the whole a part of it names ("stormed the premises of the Danish
        embassy": the embassy was stormed, so an attack on it, not an incursion)."""
        parts = self.words["part_nouns"]
        return objs + [
            w
            for o in objs
            if o.lemma_.lower() in parts or o.lower_ in parts
            for p in children(o, "prep")
            if p.lower_ == "of"
            for w in children(p, "pobj")
        ]

    def _people_counted(self, tok) -> bool:
        """Whether a noun phrase names people by their lot, or counts them: "refugees", "a
        large number of refugees", "dozens of civilians", "hundreds of villagers" (people one
        can kill or wound, though no actor); not "the trade deal", "dozens of jobs"."""
        heads = [tok] + [
            w
            for p in children(tok, "prep")
            if p.lower_ == "of" and (tok.pos_ == "NUM" or tok.lemma_.lower() in _COUNT_NOUNS)
            for w in children(p, "pobj")
        ]
        return any(
            h.tag_ in ("NNS", "NNPS")
            and names_captives(h.lemma_.lower(), self.words["people_nouns"])
            for h in heads
        )

    def _word_list(self, words: list[str] | str) -> frozenset[str]:
        """A list of the lexicon, or the list a name stands for ("abstract_nouns")."""
        return self.words[words] if isinstance(words, str) else frozenset(words)

    def _killed_for_his_office(self, tok) -> bool:
        """ "Gunmen tried to kill a judge": one told by his office, killed by people (see
        victims_office); not in a tale, a film or a drill ("In the new film, a hitman tries to
        kill a judge")."""
        return (
            killed_for_his_office(tok, self._person)
            and not _shot_in_a_tale_or_a_drill(tok)
            and not (tok.dep_ == "xcomp" and _shot_in_a_tale_or_a_drill(tok.head))
        )

    def _someone_shot_dead(self, tok) -> bool:
        """ "A local prosecutor was shot dead", "the deputy head of the department was shot
        dead": a person shot dead in the passive is the target of an attack, though no one is
        named on either side ("a horse was shot dead" is no one's attack)."""
        return _shot_dead(tok) and any(
            self._person(s)
            or s.lemma_.lower() in ("head", "deputy")
            or (s.pos_ == "NOUN" and s.lemma_.lower().endswith(_ONE_BY_TRADE))
            for s in children(tok, "nsubjpass")
        )

    def _person(self, tok) -> bool:
        """Whether a noun phrase's head names a person, a people or a body: someone one can
        meet, host or dismiss."""
        if tok.lower_ in PERSPRON | {"him", "me", "us", "you"} and tok.lower_ not in ("it", "its"):
            return True
        if self.ctx.mention(tok) is not None or tok.ent_type_ in ("PERSON", "NORP", "ORG"):
            return True
        w = self.words
        kinds = w["official_nouns"] | w["people_nouns"] | w["actor_nouns"] | w["person_nouns"]
        return tok.lemma_.lower() in kinds

    def _named_after_a_place(self, tok) -> bool:
        """ "Rodeo Gainesville", "Expo Dubai": a show or a fair named after its town, neither
        the town nor anyone one hosts."""
        if tok.pos_ != "PROPN" or self.ctx.mention(tok) is not None:
            return False
        # the town's name, found here or elsewhere in the sentence ("The Gainesville Riding
        # Club will host Rodeo Gainesville", where the recogniser took it for a surname)
        s = self.ctx.s
        names = {tp.name for tp in self.ctx.toponyms if s.start <= tp.start < s.end}
        tp = self._toponym_of(tok)
        if tp is None and tok.text not in names:
            return False
        return any(
            c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i < tok.i
            and (tp is None or self._toponym_of(c) is not tp)
            and self.ctx.mention(c) is None
            and c.ent_type_ != "PERSON"
            for c in tok.children
        )

    def _place_word(self, tok) -> bool:
        """A toponym, or a noun that names a place ("the capital", "the conflict zone"); a
        place noun bare of any article, owner or modifier names none ("their ninth trip to
        state", "their 9th trip to State" in a headline's capitals: to the state
        championship; "went to town")."""
        if self._known_place(tok):
            return True
        if tok.lemma_.lower() not in self.words["place_nouns"]:
            return False
        return tok.tag_ not in ("NN", "NNP") or any(
            c.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod") for c in tok.children
        )

    def _a_states_act(self, head) -> bool:
        """ "Moscow's strike on the plant", "Israel's strike on Iran", "a Moscow strike on the
        power plant in Kharkiv": a bare act noun a state owns, done to something ("on",
        "against"): by its capital's name in the possessive; by its own name when what it was
        done to names a place or a side ("Britain's strike on the railways" may be the
        workers'); by its capital's name before it when that names a place in another land
        (``_a_capital_striking_abroad``; "a general strike on Monday" is none)."""
        struck = [
            o
            for p in children(head, "prep")
            if p.lower_ in ("on", "against")
            for o in children(p, "pobj")
            if o.ent_type_ not in ("DATE", "TIME")
        ]
        if not struck:
            return False
        for c in head.children:
            m = self.ctx.mention(c)
            if m is None or m.ref.kind != "state" or m.ref.form == "demonym":
                continue
            if c.dep_ == "poss" and (
                m.ref.form == "metonym"
                or any(
                    self._toponym_of(t) or self.ctx.mention(t) for o in struck for t in o.subtree
                )
            ):
                return True
            if c.dep_ in ("compound", "amod") and self._a_capital_striking_abroad(c):
                return True
        return False

    def _a_capital_striking_abroad(self, owner) -> bool:
        """ "A Moscow strike on the power plant in Kharkiv": a capital's name before an act
        noun whose "on" or "against" names a place in another land is the government that
        struck, not where it struck ("the Kabul attack on a hotel", "... on the Pakistani
        embassy" are in Kabul)."""
        m, tp = self.ctx.mention(owner), self._toponym_of(owner)
        if m is None or m.ref.form != "metonym" or tp is None or tp.candidate is None:
            return False
        for p in children(owner.head, "prep"):
            if p.lower_ not in ("on", "against"):
                continue
            for t in p.subtree:
                there = self._toponym_of(t)
                said = self.ctx.mention(t)
                if said is not None and said.ref.form == "demonym":
                    continue  # "the Kabul attack on the Pakistani embassy": whose, not where
                if _a_missions_owner(t):
                    continue  # "the Kabul attack on the U.S. Embassy": in Kabul, America's
                if (
                    there is not None
                    and there.candidate is not None
                    and there is not tp
                    and there.candidate.country != tp.candidate.country
                ):
                    return True
        return False

    def _noun_ok(self, head, spec: dict, first) -> bool:
        mods = {
            c.lemma_.lower()
            for c in head.children
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
        } | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod", "nmod")}
        if first.i > 0:  # a multi-word trigger's own modifiers ("car" in "car bomb"), not
            # the verb it is the object of ("Rebel soldiers attempted a coup")
            above = {a.i for a in head.ancestors if a.pos_ in ("VERB", "AUX")}
            mods |= {t.lower_ for t in head.doc[max(first.i - 2, 0) : first.i] if t.i not in above}
        if spec.get("not_modifiers") and mods & {m.lower() for m in spec["not_modifiers"]}:
            return False
        if "not_under" in spec and _under(head, spec["not_under"]):
            return False  # "accused opposition figures of trying to stage a coup": alleged
        if "not_governors" in spec:
            held = head
            while held.dep_ == "conj" and held.head.i != held.i:
                held = held.head  # "a rocket launcher, four pistols and nine landmines"
            if held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in self._word_list(
                spec["not_governors"]
            ):
                return False  # "six roadside bombs were destroyed", "police defused a bomb"
        if "not_freed" in spec and _captives_freed(head, spec["not_freed"]):
            return False  # "the sailors the gang had held hostage were rescued"
        if "not_trend" in spec and _a_trend_of(head, self._word_list(spec["not_trend"])):
            return False  # "the guerrillas have stepped up raids on oil wells": a campaign's course
        if spec.get("not_a_name") and _a_name_of_a_body(head):
            return False  # "The EU Border Assistance Mission to Moldova recorded ..."
        if spec.get("owner_state") and not self._a_states_act(head):
            return False  # "a general strike on Monday", "the strike on the docks"
        if spec.get("aimed") and not _aimed(head):
            return False  # "The airline opened an air campaign to win back customers"
        govs, pps, want = spec.get("governors"), spec.get("preps"), spec.get("modifiers_any")
        if "not_pobj_any" in spec:
            bodies = {w.lower() for w in spec["not_pobj_any"]}
            for p in head.children:
                if p.dep_ != "prep" or p.lower_ not in (pps or ["of"]):
                    continue
                for o in children(p, "pobj"):
                    words = sorted(_np_tokens(o), key=lambda t: t.i)
                    if " ".join(t.lower_ for t in words if t.dep_ != "det") in bodies:
                        # "Russia's mission to the UN": the state's standing delegation to
                        # a body, no journey
                        return False
        if want and not mods & {m.lower() for m in want}:
            return False
        if "pobj_any" in spec:
            objs = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in (pps or ["of"])
                for o in p.children
            ]
            wanted = {w.lower() for w in spec["pobj_any"]} | set(spec["pobj_any"])
            if spec.get("pobj_head"):  # "an exchange of prisoners", not of "prisoners' letters"
                return bool(_words([o for o in objs if o.dep_ == "pobj"]) & wanted)
            return bool(_words([t for o in objs for t in _np_tokens(o)]) & wanted)
        if not govs and not pps:
            return True
        if any(
            c.dep_ == "relcl"
            and c.lemma_.lower() in spec.get("effect_verbs", ())
            and any(s.lower_ in RELPRON for s in children(c, "nsubj"))
            and any(self._ruler(o) for o in children(c, "dobj"))
            for c in head.children
        ) and any(t.ent_type_ == "DATE" and _a_year(t) for t in head.sent):
            # "a coup that removed Robert Mugabe in 2017": told by what it did, and dated, so
            # that a coup in a story's background is not put on the story's day
            return True
        if any(
            c.ent_type_ == "DATE" and c.dep_ in ("compound", "nummod", "amod", "npadvmod", "poss")
            for c in head.children
        ):
            return True  # "the 1991 agreement", "Sunday's attacks"
        h = head.head
        if h.pos_ == "ADP":
            h = h.head
        if govs and h.lemma_.lower() in govs and h.i != head.i:
            return True
        if govs and any(
            c.dep_ == "relcl"
            and c.lemma_.lower() in set(govs) & _OCCURRING
            and any(s.lower_ in RELPRON for s in children(c, "nsubj", "nsubjpass"))
            for c in head.children
        ):
            return True  # "A bomb that went off near the field ruptured a pipeline"
        if govs and spec.get("governors_any_or_modified") and mods:
            return True
        return bool(pps and any(c.dep_ == "prep" and c.lower_ in pps for c in head.children))

    def triggers(self) -> list[Trigger]:
        # what a trigger needs is listed in trigger_readings(): keep them in step
        if self._triggers is not None:
            return self._triggers
        toks = list(self.ctx.s.sent)
        verbs, nouns = _trigger_index(self.types)
        headline = self._first_line()
        found: list[Trigger] = []
        for k, tok in enumerate(toks):
            lem = tok.lemma_.lower()
            keys = {lem, tok.lower_}
            done: set[str] = set()
            if (
                tok.pos_ == "VERB"
                or _a_headlines_verb_tagged_noun(tok, headline)
                or subject_of_a_clause_read_as_a_phrase(tok, headline, nouns)
            ):
                for etype, v in (x for key in keys for x in verbs.get(key, ())):
                    if etype not in done and self._verb_ok(tok, v):
                        done.add(etype)
                        found.append(
                            Trigger(
                                etype,
                                tok,
                                False,
                                v.get("object_role"),
                                bool(v.get("official_party")),
                                tuple(v.get("preps", ())) if v.get("intransitive") else (),
                                bool(v.get("named_actor")),
                            )
                        )
            if tok.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
                continue
            for etype, n, words in (x for key in keys for x in nouns.get(key, ())):
                if etype in done or not _lemma_seq_match(toks, k, words):
                    continue
                head = toks[k + len(words) - 1]
                if head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if head.dep_ == "compound" and n.get("own_head"):
                    continue  # "the prisoner exchange negotiations": talks, no swap
                if len(words) == 1 and head.dep_ == "compound":
                    # "protest rallies", "stabbing spree": the event is the head noun;
                    # "attack helicopters": a weapon, no event
                    if head.head.lemma_.lower() not in _EVENT_HEADS:
                        continue
                    if _a_body_that_speaks(head.head):
                        continue  # "the protest movement called for demonstrations": a body
                    head = head.head
                if self._noun_ok(head, n, tok):
                    done.add(etype)
                    found.append(Trigger(etype, head, True, named_actor=bool(n.get("named_actor"))))
        # one trigger per token (the first type listed wins), then one per type and clause;
        # a specific type in the same clause names the same event as a general one
        by_tok: dict[int, Trigger] = {}
        for t in found:
            have = by_tok.get(t.tok.i)
            if have is None or self._subsumed(have.type, t.type):
                by_tok[t.tok.i] = t
        kept: list[Trigger] = []
        for t in sorted(by_tok.values(), key=lambda t: t.tok.i):
            region = self._region(t)
            same = [
                o
                for o in kept
                if (o.type == t.type or self._subsumed(t.type, o.type))
                and (o.tok.i in region or t.tok.i in self._region(o))
                and not self._coordinated(o.tok, t.tok)
                and _a_time_counted_from(o) == _a_time_counted_from(t)
            ]
            if same:
                continue
            losers = [
                o
                for o in kept
                if self._subsumed(o.type, t.type)
                and (o.tok.i in region or t.tok.i in self._region(o))
                and not self._coordinated(o.tok, t.tok)
                and _a_time_counted_from(o) == _a_time_counted_from(t)
            ]
            for o in losers:
                kept.remove(o)
            kept.append(t)
        self._trigger_tokens = {t.tok.i for t in found}
        self._triggers = kept
        return kept

    def _subsumed(self, loser: str, winner: str) -> bool:
        return loser in self.ctx.lex.subsumes.get(winner, ())

    @staticmethod
    def _coordinated(a, b) -> bool:
        return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def _a_time_counted_from(trig: Trigger) -> bool:
    """Whether an event noun is the time the clause counts from ("Days after the invasion, US
    troops attacked Fallujah", "since the bombing"): an act before the clause's, never the
    same event as the clause's own act, which it neither names nor swallows. Only put before
    the clause's verb: one put after it ("attacked Fallujah on Monday, days after the
    invasion") is left as it was read (the two merge as one event later)."""
    tok = trig.tok
    if not (
        trig.is_noun and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before", "since")
    ):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and tok.i < verb.i


def _aimed(head) -> bool:
    """Whether a campaign's noun, or the verb it is the object of, says whom or where it
    struck: "against Yugoslavia", "on Iranian sites", "in Syria" (not a time: "on Monday").
    "The coalition waged a six-week air campaign against Iraq" is one; "The airline opened an air
    campaign to win back customers" is an advertiser's."""
    heads = [head] + ([head.head] if head.dep_ in ("dobj", "nsubjpass") else [])
    return any(
        o.ent_type_ not in ("DATE", "TIME")
        for h in heads
        for p in children(h, "prep")
        if p.lower_ in ("against", "on", "over", "in")
        for o in children(p, "pobj")
    )


def _a_possessors(tok, head) -> bool:
    """Whether ``tok`` belongs to a possessor of the noun phrase headed by ``head`` ("the
    plane's" in "the plane's crew"), which names whose it is, not what it is."""
    while tok.i != head.i:
        if tok.dep_ == "poss":
            return True
        tok = tok.head
    return False
