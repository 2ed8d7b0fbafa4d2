"""Small helpers over spaCy's dependency parse: subjects, arguments, negation."""

from __future__ import annotations

import re

# words of the days of now ("last week", "on Monday"): a sentence holding one speaks of now
NOW_RE = re.compile(
    r"\b(?:today|tonight|yesterday|recently|currently|(?:this|last|next) (?:week|month|year)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)
_AMOUNTS = {"MONEY", "QUANTITY", "CARDINAL", "PERCENT", "DATE", "TIME"}
CLAUSAL = {"relcl", "advcl", "ccomp", "parataxis", "acl", "xcomp", "csubj"}
SUBJ = {"nsubj", "nsubjpass", "csubj"}
RELPRON = {"that", "which", "who", "whom", "whose"}
# who someone stands against ("the government's critics", "Washington's foe", "a rival of Iran")
FOE_NOUNS = {"critic", "opponent", "rival", "foe", "enemy", "detractor", "adversary"}
PERSPRON = {"it", "they", "he", "she", "its", "their", "his", "her", "him", "them", "itself"}


def is_verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def shared_gerund(tok):
    """ "accused Libya of training and arming guerrillas": the parser hangs the second
    gerund on "accused" as its conjunct, where it has the accuser for a subject; it stands
    where the first does, under the same "of". The first gerund, or None."""
    if tok.dep_ != "conj" or tok.tag_ != "VBG" or tok.i < 2:
        return None
    cc, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if cc.lower_ not in ("and", "or") or not first.lower_.endswith("ing"):
        return None
    prep = first.head
    if first.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.head.i != tok.head.i:
        return None
    return first


def participation_noun(tok, words: frozenset[str]):
    """ "Moscow's involvement in supplying the separatists", "Rwanda's role in aiding the
    militia", "the role of Iran in arming the Houthis": the noun of ``words`` whose deed the
    gerund ``tok`` under "in" tells, whether the parse hangs "in" on it or on the verb before
    it (then the noun right before "in", or the noun whose "of" object that is); None when
    there is none."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "in" or prep.i == 0:
        return None
    before = prep.doc[prep.i - 1]
    nouns = [prep.head, before] + ([before.head.head] if before.dep_ == "pobj" else [])
    return next(
        (n for n in nouns if n.i < prep.i and n.pos_ == "NOUN" and n.lemma_.lower() in words),
        None,
    )


def glued(tok) -> str:
    """The word as written when a hyphen split it: "cease-fire", "back-up" (lower case)."""
    doc = tok.doc
    k = tok.i
    text = tok.lower_
    while k >= 2 and doc[k - 1].text in ("-", "‐", "‑") and doc[k - 2].is_alpha:
        text = f"{doc[k - 2].lower_}-{text}"
        k -= 2
    return text


def children(tok, *deps: str) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def when_clause(tok) -> bool:
    """Whether ``tok`` heads a "when" clause on the word before it ("since 2013, when rebels
    ousted the president"): a relative clause opened by "when"."""
    return tok.dep_ == "relcl" and any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in tok.children
    )


def infinitive(tok) -> bool:
    """Whether ``tok`` is a verb with its infinitive "to" ("plans to arm", "refused to back")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def with_conjuncts(tok) -> list:
    """``tok`` and the heads coordinated with it ("Qatar and Egypt", "A, B and C")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj" and not _next_verbs_subject(c))
    return out


def _next_verbs_subject(tok) -> bool:
    """ "toppled the king and royalist militias took revenge": a noun the parse joins
    to its clause's object (or a preposition's: "sided with ... and Cuba sent"), whose
    words run straight into a finite verb not above it and with no subject of its own, is
    that verb's subject, not an object."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    nxt = tok.right_edge.i + 1
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if first.dep_ == "nmod" and first.head.dep_ in ("dobj", "pobj") and _split_clause(tok):
        return True  # "armed the MPLA and South Africa armed UNITA": the object's modifier
    if first.dep_ not in ("dobj", "pobj"):
        return False
    if _own_clause_inside(tok) or _gapped_with_adjunct(tok, first) or _gapped_appos(tok, first):
        return True
    if _described_subject(tok, first):
        return True
    if nxt >= len(tok.doc):
        return False
    verb = tok.doc[nxt]
    if (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        and first.head.dep_ == "acl"
        and first.head.tag_ == "VBD"
        and any(first.head in s.subtree for s in verb.children if s.dep_ == "nsubj")
    ):
        # "Britain armed Nigeria and Biafra fought on": the parse made the first clause a
        # clause of the subject of the verb the joined name runs into; that name is the
        # verb's subject
        return True
    # "sided with the Ethiopian government and Cuba sent troops", "sent weapons to the Kurds
    # and Turkey protested": the parse may hang that verb anywhere (a conjunct, a complement,
    # an adverbial clause, a clause of the noun) but above the noun; "armed by" is a
    # participle of the noun's own
    passive = nxt + 1 < len(tok.doc) and tok.doc[nxt + 1].lower_ == "by"
    subjectless = verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )
    if verb.dep_ == "ROOT" and subjectless and tok.left_edge.i > 0:
        # "Iran arms the Houthis, the United States, Britain and France said": a list set off
        # by a comma that runs into the sentence's own verb, which has no subject, says it
        # ("China armed Pakistan and India mobilised": one name joined by "and" straight
        # after the object, with no comma in the list nor in its own words, runs into that
        # verb as its subject; "... and the governor of Herat, Washington's envoy said": a
        # phrase set off by a comma says it)
        before = tok.doc[tok.left_edge.i - 1]
        listed = [t for t in tok.doc[first.i : nxt] if t.text == ","]
        return before.text == "," or (before.lower_ == "and" and not listed)
    return (
        # (a past verb the parse hangs as a preposition: "armed Assad's army and Iran armed")
        verb.dep_ in ("conj", "ccomp", "advcl", "acl", "prep")
        and verb not in tok.ancestors
        and not passive
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def described_subject_of(verb):
    """The name joined to an object that, with its description set off by commas, is the
    subject of ``verb`` right after them (``_described_subject``: "backed the plan and Iran,
    the Islamic Republic's rival, opposed it"); None when there is none."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    for tok in doc[verb.sent.start : verb.i]:
        if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ in ("dobj", "pobj") and _described_verb(tok, first) == verb.i:
            return tok
    return None


def _described_subject(tok, first) -> bool:
    return _described_verb(tok, first) is not None


def _described_verb(tok, first) -> int | None:
    """ "China armed Pakistan and India, the region's largest democracy, complained": a name
    joined to the object, then one singular noun phrase set off by commas (the parse hangs it
    on the name or on the first object), then a finite verb with no subject of its own: the
    name and its description are that verb's subject. A plural description ("and Jordan, its
    two allies, said") may be of the whole list, and a phrase with no verb after it ("and
    Jordan, its ally, last year") is the object's. The parse may hang the description on
    the first verb as a second object ("backed the plan and Iran, the Islamic Republic's
    rival, opposed it"), and tag a past verb with no auxiliary, no agent and no subject as a
    participle ("and Portugal, its neighbour, abstained")."""
    doc = tok.doc
    comma = tok.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    head = doc[comma + 1]
    while (
        head.dep_ in ("det", "poss", "amod", "compound", "case", "nummod") and head.head.i > head.i
    ):
        head = head.head
    second_object = head.dep_ == "dobj" and first.dep_ == "dobj" and head.head.i == first.head.i
    if (
        not (head.dep_ == "appos" and head.head.i in (tok.i, first.i)) and not second_object
    ) or head.tag_ not in ("NN", "NNP"):
        return None
    if head.left_edge.i != comma + 1:
        return None
    after = head.right_edge.i + 1
    if doc[after - 1].text == "," and after - 1 > head.i:
        after -= 1  # the closing comma hung on the description
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    verb = doc[after + 1]
    bare_participle = verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "agent") for c in verb.children
    )
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not bare_participle:
        return None
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return verb.i
    return None


def _own_clause_inside(tok) -> bool:
    """ "armed the Taliban and the Taliban sheltered al-Qaeda": the parse may make the joined
    clause's verb a modifier of its object; a name straight before a verb with words of its
    own after it, all within the joined phrase, is that verb's subject, and the phrase is a
    clause, no object of the first verb."""
    return clause_verb_inside(tok) is not None or _split_clause(tok)


def _split_clause(tok) -> bool:
    """ "armed Hezbollah and Syria armed Hamas", parsed as three joined names with "armed" an
    adjective of the last: a name after "and" straight before a past form ending in "-ed"
    that the parse made an adjective of the next name is that clause's subject, and the next
    name its object; neither is an object of the first verb."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.dep_ != "conj":
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    adj = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    # the next name joined to this one, or the object the first name hangs on ("armed the
    # MPLA and South Africa armed UNITA", "MPLA" parsed a modifier of "UNITA")
    if (
        adj is not None
        and _past_form(adj, adj.head)
        and (adj.head.dep_ == "conj" or (first.dep_ == "nmod" and adj.head.i == first.head.i))
    ):
        subject = tok  # "Syria" of "and Syria armed Hamas"
    else:
        adj = next((c for c in tok.children if c.dep_ == "amod" and _past_form(c, tok)), None)
        if adj is None or doc[adj.i - 1].pos_ != "PROPN":
            return False
        subject = doc[adj.i - 1]  # "Hamas" of "and Syria armed Hamas"
        if subject.dep_ != "conj" or subject in tok.subtree:
            return False
    k = subject.left_edge.i - 1
    while k > 0 and doc[k].dep_ == "det":
        k -= 1
    return k >= 0 and doc[k].dep_ == "cc"


def clause_verb_inside(tok):
    """The verb of a clause the parse folded into the noun phrase of ``tok``: a past verb
    before ``tok`` straight after a name of the phrase (its subject; "Iran-backed" has a
    hyphen between); None if there is none. A past form the parse tags an adjective of a
    name ("and the United States armed UNITA") counts too; not one of a common noun ("and
    the United States armed forces")."""
    for t in tok.subtree:
        if t.i >= tok.i or t.i == 0 or not _past_form(t, tok):
            continue
        before = tok.doc[t.i - 1]
        if before.pos_ != "PROPN" or before not in tok.subtree:
            continue
        # joined by "and" ("and the Taliban sheltered"): "Washington trained and armed
        # Syrian rebels", read as one noun phrase, is the one clause's subject and verb
        k = before.left_edge.i - 1
        while k > 0 and tok.doc[k].dep_ == "det":
            k -= 1
        if k >= 0 and tok.doc[k].dep_ == "cc":
            return t
    return None


def _past_form(t, tok) -> bool:
    """A past verb, or a past form ending in "-ed" the parse made a modifier of the name
    ``tok`` itself, an adjective or, lower-case, a word of the name ("and China armed Sri
    Lanka", "armed" a part of "Sri Lanka"), with only the name's own words between."""
    if t.pos_ == "VERB":
        return t.tag_ in ("VBD", "VBN")
    return (
        t.pos_ in ("ADJ", "PROPN")
        and t.text.islower()
        and t.lower_.endswith("ed")
        and t.head.i == tok.i
        and tok.pos_ == "PROPN"
        and all(b.pos_ == "PROPN" and b.head.i == tok.i for b in tok.doc[t.i + 1 : tok.i])
    )


def object_before_clause(tok) -> list:
    """ "armed Hezbollah and Hezbollah sheltered Hamas", parsed as one noun phrase headed by
    Hamas: the object is the names before the folded clause's subject, not its head;
    ``tok`` and its conjuncts when no clause is folded in."""
    verb = clause_verb_inside(tok)
    if verb is None:
        return with_conjuncts(tok)
    names = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i < verb.i - 1]
    return [h for n in names for h in with_conjuncts(n) if h.i < verb.i - 1]


def _gapped_with_adjunct(tok, first) -> bool:
    """ "backed Iraq and the Soviet Union the same year", "... and Moscow too": a joined name
    followed by a word comparing its act with the first clause's opens a gapped clause (the
    name did the same), so it is no object of the first verb; the adjunct is no object of the
    gapped clause."""
    nxt = tok.right_edge.i + 1
    if tok.dep_ != "conj" or first.dep_ != "dobj" or nxt >= len(tok.doc):
        return False
    words = [w.lower_ for w in tok.doc[nxt : nxt + 3]]
    return words[0] in ("too", "also") or words[:2] == ["as", "well"] or "same" in words


def _gapped_appos(tok, first) -> bool:
    """ "backed the government of Bashar al-Assad and the United States the Syrian
    Democratic Forces": a name joined to the "of" name of a verb's object, with a noun phrase
    of its own straight after it and no comma between (a comma makes it a description:
    "Hezbollah, a Lebanese militia"), is the subject of a clause whose verb is left out, not
    a joined name (the verb's own object's gap is read by the stance rules)."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "PROPN"
        and first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.dep_ == "dobj"
        and any(
            c.dep_ == "appos"
            and c.left_edge.i == tok.i + 1
            and tok.doc[c.left_edge.i].dep_ in ("det", "compound", "poss")
            for c in tok.children
        )
    )


def phrase(tok, stop=CLAUSAL) -> list:
    """Tokens of the phrase headed by ``tok``, without embedded clauses."""
    out = []

    def walk(t):
        out.append(t)
        for c in t.children:
            if c.dep_ in stop:
                continue
            walk(c)

    walk(tok)
    return sorted(out, key=lambda t: t.i)


def preps(tok, *words: str) -> list:
    """Objects of the prepositions ``words`` attached to ``tok`` (with their conjuncts)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in words:
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    out.extend(with_conjuncts(o))
        elif c.dep_ == "advmod" and c.lower_ in ("along", "together"):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "with" and "with" in words:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out.extend(with_conjuncts(o))
    return out


_SPANS_OF_TIME = frozenset(
    ("second", "minute", "hour", "day", "week", "month", "year", "decade", "moment")
)


def subject_after_a_time(verb, subject):
    """ "Days after Ethiopia and Kenya launched their joint offensive": the parser took the span
    of time for the verb's subject and the ones who launched it for the object of "after";
    the object, ending right before the verb, is its subject ("Weeks before Russia
    invaded"). Any other subject is itself."""
    if subject.lemma_.lower() not in _SPANS_OF_TIME or subject.i > verb.i:
        return subject
    for p in subject.children:
        if p.dep_ == "prep" and p.lower_ in ("after", "before", "since"):
            for o in p.children:
                if o.dep_ == "pobj" and o.right_edge.i == verb.i - 1 and o.pos_ == "PROPN":
                    return o
    return subject


def kind_before_its_name(verb, subject):
    """ "the opposition National Coalition said", "the rebel Seleka coalition said": the parser
    may make the word of kind a subject of its own beside the name it qualifies; the name,
    another subject of the verb starting right after it (no comma or "and" between), is the
    one subject. Any other subject is itself."""
    if subject.pos_ != "NOUN" or subject.i > verb.i or subject.right_edge.i != subject.i:
        return subject
    nxt = subject.i + 1
    for other in verb.children:
        if (
            other.dep_ in ("nsubj", "nsubjpass")
            and other.i != subject.i
            and other.left_edge.i == nxt
            and other.pos_ == "PROPN"
        ):
            return other
    return subject


def own_subject(verb, subject):
    """The subject the parser misplaced ("Days after Egypt attacked", "the opposition National
    Coalition said": ``subject_after_a_time``, ``kind_before_its_name``), else itself."""
    return kind_before_its_name(verb, subject_after_a_time(verb, subject))


_DOERS = frozenset(("GPE", "NORP", "ORG", "PERSON"))


def controlled_by_object(
    verb,
    controllers: frozenset[str],
    commands: frozenset[str] = frozenset(),
    stops: frozenset[str] = frozenset(),
):
    """ "persuaded Rwanda to halt", "convinced Tehran to stop": the object of a verb of
    ``controllers`` is the doer of the "to" infinitive under it (object control); that
    object, or None.

    The parser may hang the infinitive on the verb as a clause of purpose ("Qatar got Turkey
    to stop its support": an advcl); it is still the object's when it follows the object
    straight away and the object is a named state, people, body or person. A thing got for a
    purpose is no doer ("Taiwan will get a new tranche of aid to keep resisting": the aid
    does not fight, Ukraine does). Under one of ``commands`` ("ordered", "instructed") the
    object is the doer only of a stop (one of ``stops``: "ordered Hanoi to stop its support"
    tells of Hanoi's support, nothing of the one who ordered) and only when it has a name of
    its own: an order to act is the orderer's will ("ordered the Islah party to fight the
    separatists" is read as the orderer's hostility), and men ordered with no name of their own
    ("ordered its troops to", "ordered the army to") are the commander's."""
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or not infinitive(verb):
        return None
    up = verb.head
    lem = up.lemma_.lower()
    if up.pos_ != "VERB" or lem not in controllers | commands:
        return None
    objs = [o for o in children(up, "dobj") if o.i < verb.i]
    if not objs:
        return None
    if verb.dep_ == "advcl" and not (
        objs[0].ent_type_ in _DOERS and objs[0].right_edge.i + 1 == verb.left_edge.i
    ):
        return None
    if lem in commands and (
        verb.lemma_.lower() not in stops
        or any(c.dep_ == "poss" for c in objs[0].children)
        or not any(t.ent_type_ in _DOERS for t in phrase(objs[0]))
    ):
        return None
    return objs[0]


def antecedents(head, pronoun) -> list:
    """The nouns a relative pronoun stands for: its clause's head with the conjuncts written
    before the pronoun. A relative clause follows what it describes, so a noun the parse
    joins to the head after the pronoun ("sanctioned firms and persons that help fund
    the agency, its officers and the Guard": its officers and the Guard are funded) belongs to
    the clause, not to its antecedent."""
    if pronoun.lower_ == "who" and _a_place_people_are_in(head):
        # "thousands of protesters in the Maldives who set fire to the courthouse":
        # "who" is the people the place is said of, never the place
        head = head.head.head
    return [t for t in with_conjuncts(head) if t.i < pronoun.i]


def _a_place_people_are_in(noun) -> bool:
    """Whether ``noun`` is a place named as where the noun before it is ("demonstrators in the
    Solomon Islands", "officials at Kabul airport"), by its named entity."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "at")
        and noun.ent_type_ in ("GPE", "LOC", "FAC")
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    )


_BARE_CONTROLLERS = frozenset({"help", "let", "make"})


def bare_infinitive_doer(verb):
    """ "Britain praised Oman for helping Yemen's government fight the Houthis": a bare
    infinitive (no "to", no subject) the parser hung on a verb higher up as a clause of its
    own is the complement of the verb that takes one ("help", "let", "make") whose object
    ends right before it; that object does it. The object, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    for t in verb.doc[verb.head.i + 1 if verb.head.i < verb.i else 0 : verb.left_edge.i]:
        if (
            t.dep_ == "dobj"
            and t.right_edge.i + 1 == verb.left_edge.i
            and t.head.lemma_.lower() in _BARE_CONTROLLERS
        ):
            return t
    return None


def addressed_imperative(verb):
    """ "Turkey to Russia: stop backing Assad", "US to Pakistan: end support for the
    Taliban": a headline's "SPEAKER to ADDRESSEE: DEMAND" (what the speaker tells the
    addressee to do), which the parser reads with the speaker as the demand's subject. For
    the demand's verb (its root) or a verb it governs, (speaker, addressee) tokens, else None."""
    root = verb.sent.root
    if verb.i != root.i and not (verb.head.i == root.i and verb.dep_ in ("xcomp", "dobj")):
        return None
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in root.children):
        return None  # "US to stop arming Syrian rebels": what the US will do
    doc = root.doc
    for s in children(root, "nsubj"):
        if s.left_edge.i != root.sent.start:
            continue
        for to in children(s, "prep"):
            objs = children(to, "pobj") if to.lower_ == "to" else []
            colon = objs[0].right_edge.i + 1 if objs else root.i
            if colon < root.i and doc[colon].text == ":":
                return s, objs[0]
    return None


_CLAUSE_OPENERS = frozenset({"after", "before", "when", "as", "since", "until", "while"})


def participle_read_as_gerund(verb):
    """ "after mutinying soldiers detained President Keita": the parser reads "after
    mutinying soldiers" as a gerund with its object and leaves the finite verb after it with
    no subject; the noun straight before that verb is its subject, and the "-ing" word a
    participle before it ("mutinying soldiers", "retreating troops"). None where the verb has
    a subject or the words are otherwise."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or children(verb, "nsubj", "nsubjpass", "expl"):
        return None
    for opener in verb.children:
        if opener.lower_ not in _CLAUSE_OPENERS or opener.i > verb.i:
            continue
        for ger in opener.children:
            if ger.dep_ != "pcomp" or ger.tag_ != "VBG":
                continue
            for obj in children(ger, "dobj"):
                if obj.right_edge.i == verb.i - 1 and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def governing_subjects(
    tok,
    controllers: frozenset[str] = frozenset(),
    commands: frozenset[str] = frozenset(),
    stops: frozenset[str] = frozenset(),
) -> list:
    """The subject the clause of ``tok`` is about, walking up xcomp/conj/acl/prep chains.

    Passing through an "of" under a verb with a direct object ("accused Turkey of sending")
    yields that object: the one accused, not the accuser. Passing through an infinitive under
    one of ``controllers`` ("persuaded France to stop arming"), or a stop under one of
    ``commands``, yields that verb's object (``controlled_by_object``).
    """
    helped = bare_infinitive_doer(tok)
    if helped is not None:
        return with_conjuncts(helped)
    misread = participle_read_as_gerund(tok)
    if misread is not None:
        return with_conjuncts(misread)
    prev, cur = None, tok
    for _ in range(10):
        if is_verbal(cur):
            if prev is not None and prev.dep_ == "prep" and prev.lower_ == "of":
                dobj = children(cur, "dobj")
                if dobj:
                    return with_conjuncts(dobj[0])
            doer = controlled_by_object(cur, controllers, commands, stops)
            if doer is not None:
                return with_conjuncts(doer)
            deps = ("nsubj", "csubj") if cur.i == tok.i else SUBJ
            subj = [c for c in cur.children if c.dep_ in deps and tok not in c.subtree]
            if subj:
                s = own_subject(cur, subj[0])
                if s.lower_ in RELPRON and cur.dep_ == "relcl":
                    return antecedents(cur.head, s)
                return with_conjuncts(s)
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.ent_type_ not in _AMOUNTS:
                # "rebel factions fighting to unseat Gaddafi": the factions do the fighting (but
                # "billions of dollars keeping Assad in power" are spent by someone)
                return with_conjuncts(cur.head)
            if cur.dep_ == "conj" and cur.left_edge.i > 0:
                # "armed the Polisario and the Polisario fought Morocco": the name the parse
                # joined to the first clause's object, straight before this joined verb, is
                # its subject, not the first clause's
                before = cur.doc[cur.left_edge.i - 1]
                if before.dep_ == "conj" and _next_verbs_subject(before):
                    return [before]
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return []
        prev, cur = cur, cur.head
    return []


def negation(tok, deny_verbs: set[str]) -> bool:
    """Whether the claim at ``tok`` is negated ("does not back") or denied ("denies backing")."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.i != tok.i and cur.lemma_.lower() in deny_verbs:
            return True
        if cur.dep_ in ("ROOT", "advcl", "relcl", "parataxis") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def put_in_a_place(tok, through: frozenset[str]) -> bool:
    """Whether ``tok`` stands in a phrase put "in", "at", "near" or "outside" ("in Fallujah",
    "in the Syrian town of Ariha"), climbing through the dependencies ``through`` and "of"
    phrases to the preposition."""
    while tok.dep_ in through and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            if tok.head.lower_ in ("in", "at", "near", "outside"):
                return True
            if tok.head.lower_ != "of":
                return False
            tok = tok.head
        tok = tok.head
    return False
