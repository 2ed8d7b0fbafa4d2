"""The claim a trigger makes, the lexicon's trigger readings and the small tree helpers they share.

A :class:`_Claim` is what one trigger says (a relation, its powers and the heads of its
parties) before :mod:`explorer.extract.stances.keep` decides whether it becomes a stance;
:func:`trigger_readings` tells the sentence reader which words may start one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from explorer.extract.mentions import Mention
from explorer.extract.modality import Modality
from explorer.extract.stances.restore import PUT_VERBS, RESTORE_VERBS, SEAT_WORDS
from explorer.extract.syntax import FOE_NOUNS, RELPRON, children, infinitive, preps

_SUBCLAUSE = ("relcl", "advcl", "ccomp", "acl", "parataxis", "csubj")


def _by_war(ms: list[Mention]) -> list[list[Mention]]:
    """A list of parties each of which the lexicon places in wars of its own, and not all in
    the same ("Iran, which backs Hezbollah, the Houthis and Hamas"): each is placed in its
    own war, not all in the one of the list's story. Else the list as one."""
    wars = [frozenset(m.ref.theatres) for m in ms]
    if len(ms) < 2 or not all(wars) or len(set(wars)) < 2 or frozenset.intersection(*wars):
        return [ms]
    return [[m] for m in ms]


def _lent(verb) -> list:
    """A relative pronoun the parser made the object of ``verb`` (an infinitive under a
    relative clause) though ``verb`` has an object of its own after it: the pronoun is the
    relative clause's ("which the United States has armed to fight Islamic State")."""
    objs = children(verb, "dobj")
    return [
        o for o in objs if o.lower_ in RELPRON and o.i < verb.i and any(p.i > verb.i for p in objs)
    ]


def _own_objects(verb) -> list:
    """The verb's objects, a pronoun lent to it by the relative clause above left out."""
    lent = _lent(verb)
    return [o for o in children(verb, "dobj") if o not in lent]


# a speaker named by whom he stands against ("the general's critics", "the government's opponents")
_FOES_OF = FOE_NOUNS


_SPEAKER_MODS = ("compound", "amod", "nmod", "poss")


_OWN = ("DET", "ADJ", "NUM", "NOUN", "PROPN")


def _holder_of(subj, clause_verbs) -> list | None:
    """ "the M23 rebels holding Goma were supported by Uganda", "the rebels who hold Goma were
    ...", "the Houthis controlling Sanaa were armed by Iran", parsed with the town the passive's
    subject: a subject right after a verb with no object of its own, which has a subject before
    it (a noun, or a relative pronoun's noun), is that verb's object (the town held, the people
    shelled), and what is backed or armed is that subject; [] when it is no noun, None when the
    subject stands free. A participle inside the subject's phrase ("the remaining rebels",
    "the ruling party") takes the noun before it only when the subject is a name (a town is
    held, a party does not rule "Goma"). A verb of speech or belief ("said Goma was backed"), or an
    infinitive passive ("allows troops to be supported"), leaves the subject its own."""
    if subj.lower_ in RELPRON or subj.tag_ in ("WP", "WDT"):
        return None  # "reshaped what had been backed by ...": a clause of its own
    i = subj.i - 1  # over the subject's own words ("the town", "the northern town")
    while i > subj.sent.start and subj.doc[i].head.i == subj.i and subj.doc[i].pos_ in _OWN:
        i -= 1
    if i <= subj.sent.start:
        return None
    verb = subj.doc[i]
    if verb.pos_ != "VERB" or children(verb, "dobj") or verb.lemma_.lower() in clause_verbs:
        return None
    if any(c.tag_ == "TO" for c in subj.head.children):
        return None  # "a resolution which allows troops to be supported by NATO": its object
    subjects = [c for c in children(verb, "nsubj") if c.i < verb.i]
    if any(c.lower_ in RELPRON for c in subjects):
        nouns = [verb.head] if verb.dep_ == "relcl" and verb.head.i < verb.i else []
    elif subjects and verb.tag_ == "VBG":
        nouns = subjects
    elif verb.head.i == subj.i and verb.tag_ == "VBG" and subj.pos_ == "PROPN":
        before = subj.doc[verb.i - 1]
        if before.head.i != subj.i or before.dep_ != "compound":
            return None
        nouns = [before]
    else:
        return None
    return [n for n in nouns if n.pos_ in ("NOUN", "PROPN")][:1]


def _purpose(tok) -> bool:
    """ "sent troops ... to support the regime": an infinitive of purpose shares its main
    clause's time."""
    return (
        tok.dep_ in ("advcl", "xcomp", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and infinitive(tok)
    )


def _clause_tokens(trigger) -> set[int]:
    """Token indices of the clause a trigger sits in, without clauses nested in it."""
    root = trigger
    for _ in range(8):
        if root.head.i == root.i:
            break
        if root.dep_ in ("ROOT", *_SUBCLAUSE) and not _purpose(root):
            break
        root = root.head
    out: set[int] = set()
    todo = [root]
    while todo:
        t = todo.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in _SUBCLAUSE and trigger.i not in {x.i for x in c.subtree}:
                continue
            todo.append(c)
    return out


_BACKS_PARTS = {
    "backed",
    "supported",
    "sponsored",
    "funded",
    "financed",
    "bankrolled",
    "trained",
    "installed",
    "allied",
    "aligned",
}


_SUPPLY_PARTS = {"armed", "equipped", "supplied"}


_MEDIATE_PARTS = {"brokered", "mediated", "hosted", "facilitated", "sponsored"}


@dataclass(slots=True)
class _Claim:
    relation: str
    trigger: Any  # spacy Token
    powers: list[Mention]
    party_heads: list = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)  # already read (glued forms)
    spread: bool = False  # mediation: every actor inside the phrase is a party
    whole_conflict: bool = False  # mediation with no party named: the conflict itself
    modality: Modality | None = None
    # "support for Chad against Libyan forces": the opposition is in the war of the support
    conflict_of: _Claim | None = None
    conflict: Any = None  # the conflict found for this claim (a TheatreRef), once read
    # a loan, a grant or a sum of money lent or given: backing only with a war in sight
    needs_war: bool = False
    # "South Africa supplies the Renamo rebels": supplying with nothing named, only to the
    # armed ("Russia supplies Europe" is gas)
    armed_only: bool = False
    # "helped the rebels attack Gaddafi's forces": the help names the side it is against
    foe_named: bool = False
    # "Russian forces invaded Ukraine from Belarus": the fighting is in the party's country
    fought_in: bool = False
    # "Pakistan, an ally of China": an alliance of two states told in passing, no side of a war
    tie: bool = False
    # "the release of American diplomats held in Iran": homes of parties that are not where
    # the claim's matter is (the captives'), kept out of its war's place
    away_homes: frozenset[str] = frozenset()
    # "scolded NATO for bombing Yugoslavia": the act of war a blame is for (a spacy Token),
    # whose own claim the blame needs and whose war it takes
    blamed_for: Any = None


_STATE_KINDS = ("state", "leader", "coalition")


# who meets for a side at talks ("hosting the delegates of X and of Y")
_ENVOYS = {"delegate", "delegation", "representative", "negotiator", "envoy", "emissary"}


# the words of a state's armed men on the ground, who fight where they stand
_TROOPS = {"troops", "soldiers", "forces", "army", "marines", "paratroopers", "commandos"}
# "action" told as one of arms by a word on it (``TriggerRules._armed_action``)
_ACTION_NOUNS = frozenset({"action"})
_ARMED_ACTION_WORDS = frozenset({"military", "armed"})
# verbs of killing and the men in arms a side's killing of them sets against their side
# (``_men_in_arms_killed``): English's common ones, chosen by the team
_KILL_VERBS = frozenset({"kill"})
_KILLED_MEN = frozenset(
    {
        "fighters",
        "soldiers",
        "troops",
        "militants",
        "insurgents",
        "rebels",
        "guerrillas",
        "jihadists",
        "militiamen",
        "gunmen",
        "paratroopers",
        "marines",
        "commandos",
        "peacekeepers",
    }
)


def _y_verb(lemma: str, groups) -> str:
    """ "resupplie" -> "resupply" when that is a verb of the rules' lists."""
    alt = lemma[:-2] + "y"
    return alt if any(alt in g.get("verbs", ()) for g in groups) else lemma


def _belligerent(power: str, m: Mention, theatre) -> bool:
    """Whether a power fights the conflict itself: named in the conflict's name ("Russia–Ukraine
    war"), or the country it is fought in. Such a power takes a side; it cannot mediate."""
    sides = {p.strip().lower() for p in re.split(r"[–—-]| and | vs\.? ", theatre.name)}
    sides.discard("")
    if power.lower() in sides or power.lower() + " war" in sides:
        return True
    words = theatre.name.lower().replace("–", " ").split()
    if power.lower() in words and len(words) > 1 and words[-1] in ("war", "conflict"):
        return True
    return bool(m.ref.code) and m.ref.code == theatre.country and m.ref.kind == "state"


def _people(m: Mention) -> bool:
    """ "the ethnic Serbs of Croatia": a people named as such (``PhraseReader._ethnic_group``),
    no armed group by its name."""
    return m.ref.kind == "armed" and m.ref.form == "written" and m.ref.name.startswith("ethnic ")


def _named(m: Mention) -> bool:
    """A side the text names (a state, a leader, a listed or proper-named group)."""
    ref = m.ref
    if ref.kind in ("state", "leader", "party", "coalition"):
        return True
    return any(ch.isupper() for ch in ref.name)


def _framed_by(tok, staged, staged_mods, within=("in", "during", "within")) -> bool:
    """Whether the act ``tok`` is told inside a frame named by a noun of ``staged`` (or a
    noun that a word of ``staged_mods`` modifies), as ``_not_done`` reads it; the frame is
    the object of one of the prepositions ``within``."""

    def framed(noun) -> bool:
        # the frame is a noun ("a video game", not "in a novel way") or a word on one
        # ("a cyber attack", "a mock assault"); "the exercise of its right" is a use
        if noun.lemma_.lower() == "exercise" and preps(noun, "of"):
            return False
        # "a video game", "the novel's first chapter"
        nouns = [noun, *(c for c in noun.children if c.dep_ in ("compound", "poss"))]
        if any(
            w.pos_ in ("NOUN", "PROPN") and (w.lower_ in staged or w.lemma_.lower() in staged)
            for w in nouns
        ):
            return True
        return any(
            c.dep_ in ("amod", "compound") and c.lower_ in staged_mods for c in noun.children
        )

    cur = tok
    for _ in range(8):
        for p in children(cur, "prep"):
            if p.lower_ not in within:
                continue
            for o in children(p, "pobj"):
                if o.tag_ == "WDT" and cur.dep_ == "relcl":
                    o = cur.head  # "a novel in which Iranian drones struck Israel"
                if framed(o):
                    return True
        if cur.i != tok.i and any(framed(s) for s in children(cur, "nsubj")):
            return True  # "The film imagines how Israeli jets struck Iran"
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def particles(listed) -> tuple[str, ...]:
    """The particles a phrasal verb of the lexicon takes: one ("push": "back") or several
    ("drive": ["out", "back"])."""
    if listed is None:
        return ()
    return (listed,) if isinstance(listed, str) else tuple(listed)


def trigger_readings(
    cfg: dict, governing_only: bool = False
) -> dict[str, list[tuple[frozenset[str], ...]]]:
    """What a sentence needs for a claim to start (StanceRules.claims: keep in step; glued
    participles aside, "U.S.-backed"): each word a claim starts from (its lemma or
    lower-cased form), with, for each way it can start one, the groups of words of which
    the sentence must hold one ("sides with", "drive out", "a campaign against", weapons
    "received from"). ``governing_only``: without the nouns of a diplomatic act or an owned
    assault ("relations", "an ultimatum", "its assault on"), which start claims of their own
    but own no "against" of their object ("its relations with the rebels against the
    government": the rebels' own)."""
    backs, opp, med, sup = cfg["backs"], cfg["opposes"], cfg["mediates"], cfg["supplies"]
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}

    def low(words) -> frozenset[str]:
        return frozenset(w.lower() for w in words)

    def add(words, *groups: frozenset[str]) -> None:
        for w in words:
            out.setdefault(w.lower(), []).append(groups)

    against = frozenset(["against"])
    add(["back", "support", "backing"])
    for key in ("chunk_forms", "provide_verbs", "verbs", "keep_in_power", "agent_nouns", "nouns"):
        add(backs.get(key, []))
    for word, prep_words in backs.get("sides_with", {}).items():
        add([word], low(prep_words))
    add(backs.get("loyal_adjectives", []), frozenset(["to"]))
    add(backs.get("recognise_verbs", []), frozenset(["as"]))
    add(backs.get("aid_lots", []), low(backs.get("aid_lot_words", [])))
    add(cfg.get("pay_verbs", []), low(["for", *cfg.get("paid_nouns", [])]))
    add(cfg["fight"]["verbs"])
    add(cfg.get("invade_verbs", []))
    add(cfg.get("attack_verbs", []), frozenset(_TROOPS))
    add(cfg.get("strike_verbs", []), low(cfg.get("weapon_organs", [])) | {"force"})
    add([*cfg.get("attack_verbs", []), *cfg.get("side_attack_verbs", [])])
    add(opp.get("verbs", []))
    add(opp.get("nouns", []))
    for word, particle in opp.get("particle_verbs", {}).items():
        add([word], low(particles(particle)))
    add(opp.get("member_nouns", []), against, low(opp.get("campaign_nouns", [])))
    add(opp.get("join_verbs", []), low(["in"]))
    add(opp.get("campaign_nouns", []), against)
    add(cfg.get("rebel_nouns", []), against)
    add(cfg.get("air_drop_verbs", []), frozenset(["to"]))
    add(cfg.get("bombing_nouns", []), frozenset(["of"]))
    add(med.get("verbs", []))
    add(med.get("nouns", []))
    add(cfg.get("capture_verbs", []))
    add(sup.get("verbs", []))
    add(sup.get("no_weapon_needed", []))
    add(sup.get("nouns", []))
    add(sup.get("receive_verbs", []), low(["from"]), low(cfg.get("weapon_words", [])))
    add(cfg.get("depend_verbs", []), low(["on", "upon"]), low(cfg.get("weapon_words", [])))
    aggressions = cfg.get("aggression_nouns", [])
    accuse = cfg.get("accuse_verbs", [])
    add(cfg.get("condemn_verbs", []), low([*aggressions, *(f"{w}s" for w in aggressions)]))
    # a verb of blame for an act of war ("scolded NATO for bombing Yugoslavia")
    blame = {*cfg.get("condemn_verbs", []), *set(accuse) & set(cfg.get("reason_verbs", []))}
    acts = [*cfg.get("invade_verbs", []), *cfg.get("attack_verbs", [])]
    add(sorted(blame), low([*acts, *cfg.get("bombing_verbs", [])]))
    add(cfg.get("clash_nouns", []), frozenset(["between"]))
    add(["behind"])  # "Ethiopia was behind a rebel raid" (VerbRules._behind)
    # "killed dozens of Hezbollah fighters" (TriggerRules._men_in_arms_killed)
    add(["kill"], frozenset(_KILLED_MEN))
    add(_ACTION_NOUNS, against, _ARMED_ACTION_WORDS)  # "military action against"
    # "accused Belgrade of complicity in war crimes carried out by the Arkan militia"
    # (``_share_in_deeds``)
    add(cfg.get("participation_nouns", []), frozenset(["in"]))
    # "lodged a protest with the Government of Argentina" (``ProtestRules._protest_lodged``)
    add(["protest"], frozenset(["lodge", "file", "register"]), frozenset(["with"]))
    # "restored the emir to power", "put him back in office" (``restore.put_back_in_power``)
    add([*RESTORE_VERBS, *PUT_VERBS], SEAT_WORDS)
    # "Eritrean troops fired at Ethiopian border guards" (``SupplyRules._hostile_act``)
    add(["fire"], frozenset(["at", "on", "upon"]), frozenset(_TROOPS))
    from explorer.extract.stances.quell import quell_readings  # (quell reads _Claim)

    for word, groups in quell_readings(cfg).items():
        add([word], *groups)  # "troops crushed the rebellion" (QuellRules._revolt_put_down)
    if governing_only:
        return out
    from explorer.extract.stances.reciprocal import reciprocal_readings  # (reads _Claim)

    for word, groups in reciprocal_readings(cfg).items():
        add([word], *groups)  # "Ecuador and Peru fought each other" (ReciprocalRules)
    # "Indian troops clashed with Chinese soldiers" (``ReciprocalRules._met_in_a_fight``)
    add(["clash", "skirmish"])
    from explorer.extract.stances.rupture import rupture_readings  # (rupture reads _Claim)

    for word, groups in rupture_readings().items():
        add([word], *groups)  # "broke off relations with", "an ultimatum" (RuptureRules)
    from explorer.extract.stances.assault_on import assault_readings  # (reads _Claim)

    for word, groups in assault_readings().items():
        add([word], *groups)  # "stepped up its assault on the rebels" (AssaultRules)
    from explorer.extract.stances.asked import asked_readings  # (asked reads _Claim)

    for word, groups in asked_readings().items():
        add([word], *groups)  # "troops arrived at the request of", "asked X for help"
    from explorer.extract.stances.attack_nouns import attack_noun_readings  # (reads _Claim)

    for word, groups in attack_noun_readings().items():
        add([word], *groups)  # "the Cuban raid on Haiti's port" (AttackNounRules)
    from explorer.extract.stances.retaken import retaken_readings  # (reads _Claim)

    for word, groups in retaken_readings(cfg).items():
        add([word], *groups)  # "took back the fort from" (RetakenRules)
    from explorer.extract.stances.invasion import invasion_readings  # (reads _Claim)

    for word, groups in invasion_readings().items():
        add([word], *groups)  # "Tanzania's invasion of Uganda" (InvasionRules)
    from explorer.extract.stances.war_idioms import war_idiom_readings  # (reads _Claim)

    for word, groups in war_idiom_readings().items():
        add([word], *groups)  # "Chile went to war with Bolivia" (WarIdiomRules)
    return out
