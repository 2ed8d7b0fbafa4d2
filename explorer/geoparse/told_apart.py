"""Names the words beside them tell apart from a namesake the text's other names pull towards.

Each function is one kind, called by the step that owns its concern: recognition asks whether
a name is a person's administration or a word of a title (:func:`administration_after`,
:func:`word_before_title`), or a dateline glued to a people's word (:func:`dateline_pieces`);
resolution reads a river's namesake region as context (:func:`river_regions`), a list's
members apart from "Town, State" (:func:`listed_not_contained`), and moves a choice for a
force based abroad (:func:`base_of_a_force_abroad`) or a list closing with a country
(:func:`closing_country`, unless a member beside it keeps its region: :func:`_beside_a_fellow`).
Branch geofix51's: the sifting drops an agency heading the story (:func:`agency_heading`) and a
region's name that names a river (:func:`river_named_for_a_region`); resolution moves a town
called the home of a country's own body (:func:`home_of_a_body_at_home`), placed in its
district (:func:`town_in_its_district`) or visited from a region it lies in
(:func:`visited_outside_their_region`). Branch geofix52's: a body's home among two namesakes
alike is left unplaced (:func:`_home_unproven`), the district that places a town is the
town's (:func:`district_of_its_town`), and a lone small town named for a curated area abroad
is the area (:func:`region_over_a_lone_town`).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry, Gazetteer
    from explorer.geoparse.resolve import Mention

# a president's (or a governor's) government named by the person: "the Clinton administration",
# "Obama administration officials": no town of the name
_ADMINISTRATION = frozenset({"administration", "presidency"})


def administration_after(words: list[str], end: int) -> bool:
    """The word after a name spaCy calls a person's is a president's government's noun."""
    return end < len(words) and words[end] in _ADMINISTRATION


# the hamlets a word of a title may share its name with: a town this small is named before a
# title only in its own local news, which names its region or country too
TITLE_WORD_POP = 20_000


def word_before_title(word: str, entries, countries) -> bool:
    """ "Veteran Sheriff John Doe": a one-word name that is a common word of English
    (:func:`explorer.language.a_word_of_english`) before a local office's title and a person's
    name (the caller asks both) describes the holder, where every reading of it is a town of
    under TITLE_WORD_POP people in no country the text names (``countries``; the caller keeps
    a town of a region the text names too). Not "Warren Mayor Jim Fouts" (a city of 134,000),
    nor "the Sheridan Police Department" (no office's title)."""
    from explorer.language import a_word_of_english

    return (
        a_word_of_english(word)
        and all(e.rank == 4 and e.population < TITLE_WORD_POP for e in entries)
        and not any(e.country in countries for e in entries)
    )


def dateline_pieces(words: list[str], spaces: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """ "KYIV - Russian missiles struck": spaCy's one entity over a dateline in capitals, its
    dash and the people's word after it. The tokens [i, j) cut at a spaced dash whose left side
    is one word in capitals opening the text or a line: [(i, dash), (dash + 1, j)]; [] where the
    entity holds no such dash, or where the word is a news agency's letters
    (:func:`_an_agency`)."""
    if i + 2 >= j or not words[i].isupper() or not words[i].isalpha() or len(words[i]) < 3:
        return []
    if _an_agency(words[i]):
        return []
    if i > 0 and "\n" not in words[i - 1] and words[i - 1] not in (".",):
        return []
    k = i + 1
    if words[k] in ("-", "–", "—") and spaces[i] and spaces[k]:
        return [(i, k), (k + 1, j)]
    return []


def _an_agency(word: str) -> bool:
    """ "SANA - Syrian army units", "SPA - Saudi air defences": the word before the dash is
    the agency that wrote the story (:data:`explorer.corpus.outlets.AGENCIES`), no dateline,
    though its letters name a place (Sanaa, Spa)."""
    from explorer.corpus.outlets import AGENCIES

    return word.lower() in AGENCIES


def agency_heading(words: list[str], spaces: list[str], text_before: str, i: int, j: int) -> bool:
    """ "SABA - Yemeni officials said", "PETRA - Jordanian border guards": one word in capitals
    opening the text or a line, before a spaced dash, that is a news agency's letters
    (:func:`_an_agency`) heads the story as its writer, wherever spaCy cuts the entity: the
    agency, no place its letters spell (Saba of the Caribbean, Petra); so is the agency in a
    dateline's brackets before its dash ("SANAA (Saba) -"). Not a word followed by a comma or
    a bracket ("PETRA, Jordan -" or "SANAA (Reuters) -" write a town), nor an agency's letters
    inside the story."""
    if j != i + 1 or j >= len(words) or not _an_agency(words[i]):
        return False
    if i > 0 and words[i - 1] == "(" and words[j] == ")":
        return j + 1 < len(words) and words[j + 1] in _DATELINE_DASHES
    if not words[i].isupper():
        return False
    before = text_before.rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    return words[j] in _DATELINE_DASHES and bool(spaces[i])


_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def agency_heading_abroad(
    words: list[str], spaces: list[str], text_before: str, f, found: list
) -> bool:
    """An agency heading the story (:func:`agency_heading`), unless, heading a line, its
    letters spell a town of a land the story names otherwise, in a story that names nothing of
    the agency's own land (:data:`explorer.corpus.outlets.AGENCY_HOMES`): "MENA - Ukrainian
    border guards said ... the Chernihiv regional governor said" is Mena, Chernihiv's town
    (MENA is Egypt's agency), while "PETRA - Jordanian border guards" (Jordan's agency and
    Petra), "SPA - Saudi officials met Belgian ministers" (the Saudi agency, whose land is
    named) and "SABA - Yemeni officials" (no Yemeni Saba) stay the agency, as does one in a
    dateline's brackets (review71)."""
    from explorer.corpus.outlets import AGENCY_HOMES

    i = f.start
    if not agency_heading(words, spaces, text_before, i, f.end):
        return False
    if i > 0 and words[i - 1] == "(":
        return True
    home = AGENCY_HOMES.get(words[i].lower())
    lands = {e.country for g in found if g.start != i for e in g.entries if e.rank == 0}
    return home in lands or not any(x.rank in (3, 4) and x.country in lands for x in f.entries)


def river_regions(mentions: list[Mention], gaz: Gazetteer, ctx_a: dict) -> None:
    """A river that bears the name of a first-level region of the one country it lies in (the
    Mississippi River in the United States; the Volga, a country's river of no region named
    so, not) speaks for that region as the region's own name did before the river was read as
    a river: "mayors of towns on the Mississippi River" is a story of the river's state too,
    for a county the text names in several states. Its weight goes to ``ctx_a`` under the
    river's name, as a name read there does."""
    for m in mentions:
        if not m.probs:
            continue
        best, p = m.probs[0]
        if not (best.gid.endswith("_river") and best.country):
            continue
        key = norm(m.name)
        bare = key.removesuffix(" river").removeprefix("river ").strip()
        regions = {
            (e.country, e.admin1)
            for e in gaz.lookup(bare)
            if e.rank == 2 and e.primary and e.country == best.country and e.admin1
        }
        for region in regions:
            ctx_a[key][region] += p


# the marks between two names of a list
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s*$")
# the last join of a list ("... Georgia and Moldova")
_LAST_JOIN = re.compile(r"^\s*,?\s+(?:and|or)\s+$")


def listed_not_contained(mentions: list[Mention], text: str) -> None:
    """ "Wines from Oregon, Washington, Georgia and Moldova": in a list of three names or more,
    each of which may be a first-level region or a country, a name and the next one after its
    comma are two members of the list, not a town and its state (Washington, Georgia): the
    container the comma gave it is dropped, unless the whole list reads as pairs of a town and
    the state that holds it ("Peru's president visited Lima, Ohio, and Peru, Indiana"; "Athens,
    Georgia, and Paris, Texas"). Kept too: "Salem, Oregon, Boise, Idaho and Reno" (towns in
    the list are no lands)."""

    def land(m: Mention) -> bool:
        return not m.demonym and any(e.primary and e.rank in (0, 2) for e in m.entries)

    run: list[Mention] = []
    for i, m in enumerate(mentions):
        if run and _LIST_JOIN.match(text[run[-1].end : m.start]) and land(m):
            run.append(m)
            if i + 1 < len(mentions):
                continue
        if len(run) >= 3 and not _pairs_of_towns(run):
            for a, b in pairwise(run):
                if a.container and a.container_end == b.end:
                    a.container, a.container_end = (), -1
        run = [m] if land(m) else []


def _pairs_of_towns(run: list[Mention]) -> bool:
    """The list reads wholly as pairs of a town and the state or country after its comma that
    holds a reading of it."""
    from explorer.geoparse.resolve import _inside

    if len(run) % 2:
        return False
    return all(
        a.container
        and a.container_end == b.end
        and any(_inside(e, c) for e in a.entries for c in a.container)
        for a, b in zip(run[::2], run[1::2], strict=True)
    )


# how much nearer the list's closing country a member's country reading must be than its
# region reading, for the member to be read as a country
CLOSING_RATIO = 3.0


def closing_country(mentions: list[Mention], final, text: str, km) -> None:
    """A list member read as a first-level region that is also a country's name, right before
    the list's last member, a country the text reads only as one, is the country where that
    reading lies CLOSING_RATIO times nearer the last member than the region does: "Wines from
    Oregon, Washington, Georgia and Moldova" (Georgia the country, beside Moldova). Kept:
    "Ohio, Georgia, Alabama and Florida" (a state closes the list), "Alabama, Georgia and
    Mexico" (the state is the nearer), "Georgia and Florida"."""
    from explorer.geoparse.resolve import _km_cached, _take

    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        ac, bc = a.chosen, b.chosen
        if ac is None or bc is None or a.demonym or b.demonym or a.container:
            continue
        if ac.rank != 2 or bc.rank != 0 or not _LAST_JOIN.match(text[a.end : b.start]):
            continue
        if any(e.rank == 2 for e in b.entries):
            continue  # the last member may be a region too
        if i + 2 < len(mentions) and _LIST_JOIN.match(text[b.end : mentions[i + 2].start]):
            continue  # the list goes on past it
        cs = final[i]
        country = [e for e, _ in cs if e.rank == 0 and e.primary and e.country != ac.country]
        if not country:
            continue
        g = country[0]
        to_closing = _km_cached(km, g, bc)
        if to_closing * CLOSING_RATIO <= _km_cached(km, ac, bc) and not _beside_a_fellow(
            mentions, i, text, km, to_closing
        ):
            _take(a, cs, g.gid)


def _beside_a_fellow(mentions: list[Mention], i: int, text: str, km, to_closing: float) -> bool:
    """The region reading of the list's member ``i`` lies nearer a region listed before it
    than its country reading lies to the list's closing country: "Peaches from South
    Carolina, Georgia and Greece" (the state beside its neighbour, 280 km, against 1,840 km
    from the Caucasus to Greece) keeps the state; "Wines from Oregon, Washington, Georgia and
    Moldova" (3,440 km from Oregon, 1,280 from Moldova) does not."""
    from explorer.geoparse.resolve import _km_cached

    ac = mentions[i].chosen
    assert ac is not None
    k = i
    while k > 0 and _LIST_JOIN.match(text[mentions[k - 1].end : mentions[k].start]):
        k -= 1
        fc = mentions[k].chosen
        if fc is not None and fc.rank == 2 and _km_cached(km, ac, fc) < to_closing:
            return True
    return False


# "Stuttgart, headquarters of U.S. Africa Command", "Naples, home of the U.S. Sixth Fleet":
# the apposition of a force's base, up to the owner's name
_BASE_OF = re.compile(
    r"^,\s+(?:the\s+)?(?:home|headquarters|base|seat|hub|home\s+port)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the force the owner's name goes on to, within a few words
_FORCE = re.compile(
    r"\s*(?:[\w.'’-]+\s+){0,3}?(?:Command|Fleet|Army|Navy|Air\s+Force|Forces|Marines|Corps|"
    r"Division|Brigade|Regiment|forces|troops|navy|army|fleet)\b"
)


# the words that end a force's name or say its men ("U.S. Africa Command", "the U.S. Sixth
# Fleet", "Russia's Black Sea Fleet", "U.S. troops")
FORCE_WORDS = frozenset(
    {"Command", "Fleet", "Army", "Navy", "Forces", "Marines", "Corps", "Division", "Brigade"}
    | {"Regiment", "Force", "troops", "forces", "soldiers", "sailors", "marines"}
)


def owns_a_force(words: list[str], end: int) -> bool:
    """The name ending before token ``end`` is a force's owner: its force's word follows
    within four capitalised words or a possessive ("U.S. Africa Command", "Russia's Black
    Sea Fleet", "U.S. troops"); a country named so in a place's apposition says whose force
    is based there, not where the place lies."""
    for w in words[end : end + 5]:
        if w in FORCE_WORDS:
            return True
        if not ((w[:1].isupper() and w.replace(".", "").isalnum()) or w in ("'s", "\u2019s")):
            return False
    return False


def base_of_a_force_abroad(mentions: list[Mention], final, text: str, km) -> None:
    """A town chosen as a small namesake (under STRAY_POP people) in a country whose force the
    town is said to be the base of ("Stuttgart, headquarters of U.S. Africa Command"; "Naples,
    home of the U.S. Sixth Fleet") is the city of its own name abroad of NAMESAKE_RATIO times
    its people and at least STRAY_POP: a country bases its commands and fleets abroad, so its
    name there is no evidence for its own town of the name, and a base is named for a city.
    Not a town its container places ("Stuttgart, Arkansas, home of ..."), nor where the text
    names the namesake's region, nor a namesake that is a city itself ("Norfolk, home of the
    U.S. Atlantic Fleet": Norfolk, Virginia stays)."""
    from explorer.geoparse.resolve import NAMESAKE_RATIO, STRAY_POP, _movable, _take

    for i, m in enumerate(mentions[:-1]):
        e = _movable(m)
        if e is None or e.population >= STRAY_POP:
            continue
        owner = mentions[i + 1]
        oc = owner.chosen
        if oc is None or oc.rank != 0 or oc.country != e.country:
            continue
        if not _BASE_OF.match(text[m.end : owner.start]) or not _FORCE.match(text, owner.end):
            continue
        if any(
            n.chosen is not None
            and n.chosen.rank == 2
            and n.chosen.admin1 == e.admin1
            and n.chosen.country == e.country
            for n in mentions
        ):
            continue  # the namesake's region is named
        key, cs = norm(m.name), final[i]
        abroad = [
            (x, sc)
            for x, sc in cs
            if x.primary
            and x.rank == 4
            and x.country != e.country
            and norm(x.name) == key
            and x.population >= max(STRAY_POP, NAMESAKE_RATIO * e.population)
        ]
        if abroad:
            _take(m, cs, max(abroad, key=lambda x: x[0].population)[0].gid)


# the people a town of the force's home must hold: a base's town, not a hamlet of the name
HOME_POP = 10_000
# the words of a force that serves abroad or of a posting abroad ("U.S. Africa Command", "the
# U.S. Navy's Sixth Fleet", "the U.S. Air Force's largest base abroad")
_SERVES_ABROAD = re.compile(
    r"\b(?:command|fleet|abroad|overseas|foreign|expeditionary)\b", re.IGNORECASE
)
# the apposition's end: a comma, a clause's mark or the text's end
_APPOSITION_END = re.compile(r"[,;:.!?)\n]|$")


def home_of_a_force_at_home(mentions: list[Mention], final, text: str, gaz: Gazetteer) -> None:
    """A town chosen abroad that the text calls the home of a country's own force ("Lima, home
    of the U.S. Army's only tank plant"; "Salisbury, home of Britain's Army headquarters") is
    that country's town of the name, the biggest of HOME_POP people or more: a country's army,
    navy or air force at home is the owner's evidence for where the town lies. Not a force
    that serves abroad (a command, a fleet, a posting "abroad": :func:`base_of_a_force_abroad`
    reads those), nor where the apposition names the town again or a land outside the owner's
    country ("the U.S. Army's headquarters in Europe", "the U.S. Army's Berlin Brigade",
    "U.S. Naval Forces Europe"), nor a town its container places ("Athens, Georgia, ...")."""
    for i, m in enumerate(mentions[:-1]):
        e, owner = m.chosen, mentions[i + 1]
        oc = owner.chosen
        if e is None or m.demonym or m.container or e.rank not in (3, 4):
            continue
        if oc is None or oc.rank != 0 or not oc.country or oc.country == e.country:
            continue
        if not _BASE_OF.match(text[m.end : owner.start]) or not _FORCE.match(text, owner.end):
            continue
        end = _APPOSITION_END.search(text, owner.end)
        phrase = text[owner.end : end.start() if end else len(text)]
        if _SERVES_ABROAD.search(phrase) or _names_a_land_abroad(phrase, m.name, oc.country, gaz):
            continue
        _take_home(m, final[i], oc.country)


def _take_home(m: Mention, cs, country: str) -> None:
    """Moves ``m`` to ``country``'s biggest town of its name of HOME_POP people or more."""
    from explorer.geoparse.resolve import _take

    key = norm(m.name)
    home = [
        x
        for x, _ in cs
        if x.rank in (3, 4)
        and x.country == country
        and norm(x.name) == key
        and x.population >= HOME_POP
    ]
    if home:
        _take(m, cs, max(home, key=lambda x: x.population).gid)


# "Rome, home of the U.S. Air Force Research Laboratory": a town's apposition naming a
# country's own body of research, learning or making, whose name spaCy often takes whole
_HOME_OF_BODY = re.compile(
    r",\s+(?:the\s+)?(?:home|headquarters|seat|site)\s+of\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)??)(?:'s|’s)?\s+(?:[A-Z][\w'’-]*\s+){0,4}?"
    r"(?:Laborator(?:y|ies)|Lab|Institute|Academy|Arsenal|Observatory|Survey|Mint|University|"
    r"College|Agency|Administration)\b"
)
# the words of a body that serves abroad ("the U.S. Agency for International Development's
# mission", "the U.S. Army's regional office"): its seat abroad says nothing of the owner
_BODY_ABROAD = re.compile(
    r"\b(?:international|foreign|overseas|abroad|mission|embassy|consulate|regional|office|"
    r"station|bureau|command|fleet|expeditionary)\b",
    re.IGNORECASE,
)


def home_of_a_body_at_home(mentions: list[Mention], final, text: str, gaz: Gazetteer) -> None:
    """A town chosen abroad that the text calls the home of a country's own laboratory,
    institute, academy, arsenal, agency or university ("Rome, home of the U.S. Air Force
    Research Laboratory": Rome, New York, not Italy's) is that country's town of the name, the
    biggest of HOME_POP people or more, as :func:`home_of_a_force_at_home` reads a force, where
    the owner is a country's name (often inside the body's name spaCy takes whole, so no
    mention). Not a body that serves abroad (:data:`_BODY_ABROAD`), nor one whose name names the
    town again or a land outside the owner ("the American Academy in Rome"), nor a town its
    container places."""
    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank not in (3, 4):
            continue
        body = _HOME_OF_BODY.match(text, m.end)
        if body is None:
            continue
        owners = [
            x.country for x in gaz.lookup(norm(body.group("owner"))) if x.rank == 0 and x.country
        ]
        if len(set(owners)) != 1 or owners[0] == e.country:
            continue
        end = _APPOSITION_END.search(text, body.end("owner"))
        phrase = text[body.end("owner") : end.start() if end else len(text)]
        if _BODY_ABROAD.search(phrase) or _names_a_land_abroad(phrase, m.name, owners[0], gaz):
            continue
        if _home_unproven(m, final[i], owners[0]):
            continue
        _take_home(m, final[i], owners[0])


# a second town of the name in the owner's country of at least 1/HOME_TIE the biggest's people
HOME_TIE = 2


def _home_unproven(m: Mention, cs, country: str) -> bool:
    """Branch geofix52's: ``country`` holds two towns of ``m``'s name of HOME_POP people or
    more, the second of at least 1/HOME_TIE the first's ("Rome, home of the U.S. Air Force
    Research Laboratory": Rome, Georgia, 36,323 people in GeoNames, and Rome, New York, 32,573,
    where the laboratory is), and the text does not say which: the body's home is not proven,
    and ``m`` is left unplaced, its readings kept as alternatives, rather than put on the
    bigger. The reading abroad is wrong still (the owner's body is at home); a town the text
    places (a container) never comes here."""
    from explorer.geoparse.resolve import _leave_unplaced

    key = norm(m.name)
    pops = sorted(
        (
            x.population
            for x, _ in cs
            if x.rank == 4
            and x.country == country
            and norm(x.name) == key
            and x.population >= HOME_POP
        ),
        reverse=True,
    )
    if len(pops) < 2 or pops[1] * HOME_TIE < pops[0]:
        return False
    _leave_unplaced(m, sorted(cs, key=lambda x: -x[1]))
    return True


def _names_a_land_abroad(phrase: str, town: str, country: str, gaz: Gazetteer) -> bool:
    """The force's words name the town again or a country, continent, region or area outside
    ``country`` ("in Europe", "Berlin Brigade", "in Spain"): where the force serves is said."""
    words = re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", phrase)
    for w in words:
        for part in {w, *w.split()}:
            key = norm(part.removesuffix("'s").removesuffix("’s"))
            if key == norm(town):
                return True
            if any(x.rank in (0, 1, 2, 5) and x.country != country for x in gaz.lookup(key)):
                return True
    return False


# a capital or a country named as the one who put in, backs or holds what the sentence is of:
# "installed by Moscow", "a Moscow-backed administration"
_AGENT_AFTER = re.compile(
    r"[-\u2013](?:installed|backed|appointed|controlled|supported|sponsored|funded|armed|"
    r"allied|aligned|occupied|annexed|run)\b",
    re.IGNORECASE,
)
_AGENT_BEFORE = re.compile(
    r"\b(?:installed|backed|appointed|controlled|supported|sponsored|funded|armed|occupied|"
    r"annexed|run|recogni[sz]ed)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _agent_before(text: str, start: int) -> bool:
    """Whether :data:`_AGENT_BEFORE` ends at ``start`` ("installed by the "): its last word,
    "by" or "the", before the spaces there is looked at first; the pattern, searched from the
    text's start, is tried at every position before the name."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == start or (text[k - 2 : k].lower() != "by" and text[k - 3 : k].lower() != "the"):
        return False
    return _AGENT_BEFORE.search(text, 0, start) is not None


def installed_from_abroad(mentions: list[Mention], final, text: str) -> None:
    """A town chosen in a country the text names only as the one who installed, backs or holds
    something ("The Donetsk administration installed by Moscow", "Moscow-backed separatists in
    Donetsk") is the namesake of NAMESAKE_RATIO times its people (and STRAY_POP or more) in
    another country: the agent says who acts on the town, not where it lies, as a speaker does
    ("in Donetsk, Moscow said"). Not where any other name of the text is read in the agent's
    country ("Donetsk in Russia's Rostov region"), a town its container places, or a famous
    city."""
    from explorer.geoparse.named_after import namesake_abroad
    from explorer.geoparse.resolve import NAMESAKE_RATIO, STRAY_POP, _movable, _take

    agents: dict[int, str | None] = {
        i: m.chosen.country
        for i, m in enumerate(mentions)
        if m.chosen is not None
        and (m.chosen.rank == 0 or m.chosen.capital)
        and (_AGENT_AFTER.match(text, m.end) or _agent_before(text, m.start))
    }
    countries = set(agents.values())
    for i, m in enumerate(mentions):
        e = _movable(m)
        if e is None or e.country not in countries:
            continue
        key = norm(m.name)
        if any(
            n.chosen is not None
            and n.chosen.country == e.country
            and j not in agents
            and norm(n.name) != key
            for j, n in enumerate(mentions)
        ):
            continue  # the text places something in the agent's country
        abroad = namesake_abroad(final[i], e, key, max(STRAY_POP, NAMESAKE_RATIO * e.population))
        if abroad is not None:
            _take(m, final[i], abroad.gid)


# "London on Kiritimati", "London, Kiritimati", "Berlin in Coos County": a town, then a comma
# or "in" or "on", then the second-level unit (a district, a county, an island) it lies in
_IN_DISTRICT = re.compile(r"^(?:\s*,\s*|\s+(?:in|on)\s+(?:the\s+)?)$")


def town_in_its_district(
    mentions: list[Mention], final, text: str, gap: re.Pattern[str] = _IN_DISTRICT
) -> None:
    """A town chosen outside the second-level unit the text places it in by a comma, "in" or
    "on" ("the village of London on Kiritimati", a Kiribati story: not England's London) is
    the town of its name in that unit's first-level region, the biggest there, where the
    unit's readings put every such town in one region of one country. Not a unit whose name
    a word goes on from ("in Washington, Washington County officials said": the officials'
    county), nor a town its container or its own region already places. ``gap``: the words
    between the two names (:func:`~explorer.geoparse.words_around.seafront_in_its_district`
    passes a seafront's)."""
    from explorer.geoparse.resolve import _WORD_AFTER, _choose

    for i, m in enumerate(mentions[:-1]):
        e, n = m.chosen, mentions[i + 1]
        if e is None or m.demonym or m.container or e.rank not in (3, 4):
            continue
        units = [x for x in n.entries if x.rank == 3 and x.country and x.admin1]
        if not units or not gap.match(text[m.end : n.start]):
            continue
        if _WORD_AFTER.match(text, n.end) or any(
            (e.country, e.admin1) == (u.country, u.admin1) for u in units
        ):
            continue
        regions = {(u.country, u.admin1) for u in units}
        # the unit's towns of the name among all its readings: a village the scoring dropped
        there = [x for x in m.entries if x.rank == 4 and (x.country, x.admin1) in regions]
        if not there or len({(x.country, x.admin1) for x in there}) != 1:
            continue
        town = max(there, key=lambda x: x.population)
        _choose(m, final[i], town)


def district_of_its_town(
    mentions: list[Mention], final, text: str, gap: re.Pattern[str] = _IN_DISTRICT
) -> None:
    """Branch geofix52's: the second-level unit that places a town by a comma, "in" or "on"
    is the unit of the town's own region, where the town is chosen in a region the unit's
    reading is not: "born in Richmond, Surrey" reads Richmond in England (Richmond upon Thames,
    of Surrey's historic county), and Surrey then is England's county, not Surrey, British
    Columbia, a town the town's reading leaves alone. Not where the unit's reading already lies
    in the town's region ("Richmond, Surrey" of two British Columbian towns stays so), nor a
    unit a word goes on from ("in Washington, Washington County officials said"), nor a
    first-level region or a country ("London, Ontario"), nor where the text names the region
    of the unit's reading (:func:`_region_named`). ``gap``: the words between the two names,
    as :func:`town_in_its_district`'s."""
    from explorer.geoparse.resolve import _WORD_AFTER, _choose

    for i, m in enumerate(mentions[:-1]):
        e, n = m.chosen, mentions[i + 1]
        if e is None or n.chosen is None or m.demonym or n.demonym or e.rank not in (3, 4):
            continue
        if not e.admin1 or not gap.match(text[m.end : n.start]):
            continue
        if _WORD_AFTER.match(text, n.end) or n.chosen.rank in (0, 1, 2):
            continue
        if (n.chosen.country, n.chosen.admin1) == (e.country, e.admin1):
            continue
        if _region_named(mentions, n.chosen):
            continue
        units = [
            x for x in n.entries if x.rank == 3 and (x.country, x.admin1) == (e.country, e.admin1)
        ]
        if len(units) != 1:
            continue
        _choose(n, final[i + 1], units[0])


def _region_named(mentions: list[Mention], e) -> bool:
    """The text names the first-level region ``e`` lies in: "Richmond, Surrey and Burnaby,
    British Columbia" keeps Surrey the Canadian town."""
    return any(
        k.chosen is not None
        and not k.demonym
        and k.chosen.rank == 2
        and (k.chosen.country, k.chosen.admin1) == (e.country, e.admin1)
        for k in mentions
    )


# a small town that shares its name with a curated area abroad ("Normandy",
# Missouri: 4,978 people), and how near another name of the text must lie to keep it
AREA_TOWN_POP = 20_000
AREA_TOWN_KM = 161.0


def region_over_a_lone_town(mentions: list[Mention], final, text: str) -> None:
    """Branch geofix52's: a name read as a town of under AREA_TOWN_POP people that is also a
    curated area of another country (a historic or broad region the team curated for its news
    sense: "landed on the beaches of Normandy" in a Jeffersonville, Indiana story, not
    Normandy, Missouri, a suburb of St. Louis) is the area, where the text names other places
    and none of them lies in the town's first-level region or within AREA_TOWN_KM of it: a
    small town is named beside its state, its neighbours or its city ("The mayor of Normandy,
    a suburb of St. Louis"), a land's region without them. Not a first-level unit abroad,
    whose names towns bear as often as news names the unit (tried: "Nelson", "Van", "Paul",
    "Carolina", "Santa Rosa" of the texts we hold went to New Zealand, Turkey, Cape Verde,
    Puerto Rico and Guatemala), nor a town its container places ("Normandy, Missouri"), a
    capital, or a text that names no other place."""
    from explorer.geoparse.resolve import _choose
    from explorer.model import great_circle_km

    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4 or e.capital:
            continue
        if e.population >= AREA_TOWN_POP:
            continue
        regions = [
            x
            for x, _ in final[i]
            if x.rank == 5 and x.kind == "area" and x.country and x.country != e.country
        ]
        if len({x.gid for x in regions}) != 1:
            continue
        others = [
            k.chosen
            for k in mentions
            if k is not m and k.chosen is not None and norm(k.name) != norm(m.name)
        ]
        if not others or any(
            (o.country, o.admin1) == (e.country, e.admin1)
            or great_circle_km(e.lat, e.lon, o.lat, o.lon) <= AREA_TOWN_KM
            for o in others
            if o.rank != 0
        ):
            continue
        _choose(m, final[i], regions[0])


def river_named_for_a_region(words: list[str], f, found: list) -> bool:
    """ "In Montana, the Missouri River rose": a first-level region's name right before the
    word "River" in capitals names the river, not the region (a river the gazetteer holds is
    found whole, "Mississippi River"), where the text names another first-level region of that
    country outside a river's name: the state named is the story's, and the river's namesake
    state would pull the towns to it (Glasgow, Missouri). With no other region named the name
    stays as it was read, the region the river is named for, which places its towns no worse
    ("the Missouri River flooded farms near Glasgow": Glasgow, Missouri, on that river)."""
    if f.end >= len(words) or words[f.end] != "River":
        return False
    regions = {(e.country, e.admin1) for e in f.entries if e.rank == 2}
    if not regions:
        return False
    lands = {c for c, _ in regions}
    return any(
        g.start != f.start
        and (g.end >= len(words) or words[g.end] != "River")
        and any(
            e.rank == 2
            and e.primary
            and e.country in lands
            and (e.country, e.admin1) not in regions
            for e in g.entries
        )
        for g in found
    )


# people who travel to see a place, named by where they come from: "Visitors from Ontario",
# "tourists from Texas", "Ontario tourists" (not fans nor delegates, who gather at home too:
# "Ontario fans filled Budweiser Gardens in London", "Delegates from Ontario met in Ottawa")
_VISITOR_NOUNS = r"(?:visitors|tourists|travell?ers|pilgrims|holidaymakers|vacationers|sightseers)"
_VISITORS_FROM = re.compile(rf"\b{_VISITOR_NOUNS}\s+from\s+$", re.IGNORECASE)
_VISITORS_AFTER = re.compile(rf"\s+{_VISITOR_NOUNS}\b")


def visited_outside_their_region(mentions: list[Mention], final, text: str) -> None:
    """A town chosen inside a first-level region that the text names only as where visitors
    come from ("Visitors from Ontario crowded Trafalgar Square in London"; "Ontario tourists") is
    its far bigger namesake outside it, of NAMESAKE_RATIO times its people and at least
    STRAY_POP: visitors from a province have left it, so the province says the town lies
    elsewhere (London, England, not London, Ontario). Not a town its container places
    ("London, Ontario"), nor a region named otherwise too ("in Ontario"), nor visitors "from
    across" or "from around" the region, who gather inside it."""
    from explorer.geoparse.resolve import NAMESAKE_RATIO, STRAY_POP, _take

    only: dict[str, bool] = {}
    places: dict[str, tuple[str, str]] = {}
    for m in mentions:
        e = m.chosen
        if m.demonym or e is None or e.rank != 2 or not e.admin1 or not e.country:
            continue
        key = norm(m.name)
        came = bool(
            _VISITORS_FROM.search(text, max(0, m.start - 30), m.start)
            or _VISITORS_AFTER.match(text, m.end)
        )
        only[key] = only.get(key, True) and came
        places[key] = (e.country, e.admin1)
    regions = {places[k] for k, v in only.items() if v}
    if not regions:
        return
    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4:
            continue
        if (e.country, e.admin1) not in regions or _placed_inside(mentions, m, e):
            continue
        key, cs = norm(m.name), final[i]
        bigger = [
            x
            for x, _ in cs
            if x.rank == 4
            and x.primary
            and norm(x.name) == key
            and (x.country, x.admin1) not in regions
            and x.population >= max(STRAY_POP, NAMESAKE_RATIO * e.population)
        ]
        if bigger:
            _take(m, cs, max(bigger, key=lambda x: x.population).gid)


def _placed_inside(mentions: list[Mention], m: Mention, e: Entry) -> bool:
    """Another name of the text, not ``m``'s, read as a town or a unit inside ``e``'s first-level
    region ("Tourists from Texas filled Paris, 100 miles northeast of Dallas"; "Visitors from
    Ontario packed London's fairgrounds, two hours west of Toronto"): the visitors travelled
    inside their own region, and the town stays there (review71)."""
    key = norm(m.name)
    return any(
        n.chosen is not None
        and n.chosen.rank in (3, 4)
        and (n.chosen.country, n.chosen.admin1) == (e.country, e.admin1)
        and norm(n.name) != key
        for n in mentions
    )
