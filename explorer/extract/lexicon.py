"""Lexicons for extraction, loaded once from ``geodata/lexicons/*.json``.

Names of actors, leaders, armed groups, theatres and weapon systems live in data, never in code:
adding a conflict or a party means editing JSON, not Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from explorer.model import Country
from explorer.paths import geodata_dir


def _family_name(name: str) -> str:
    """A name's last word, lower-cased, without Arabic's "al-" ("Bashar al-Assad" -> "assad")."""
    word = name.split()[-1].lower() if name.split() else ""
    return word.removeprefix("al-")


def office_day(published: str | None, year: int | str) -> str:
    """The day to test a leader's office at for a claim of ``year``: the article's day when
    the claim is of its year, else the year."""
    return published if published and published[:4] == str(year) else str(year)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What a name in the text stands for."""

    name: str  # canonical name of the thing named (state, organisation, leader, party)
    # state, org, leader, party (a listed conflict party); for names no lexicon lists:
    # armed (a group kept as written), person, coalition ("the Saudi-led coalition")
    kind: str
    state: str | None = None  # the state it speaks for (states: itself)
    code: str | None = None  # ISO alpha-2 of that state
    party: str | None = None  # the side it stands for when named as a party (leaders)
    theatres: tuple[str, ...] = ()  # parties: where they usually fight
    form: str = "name"  # name, demonym, metonym
    # parties of a war the theatres do not list: the countries they fight in (Boko Haram's)
    homes: tuple[str, ...] = ()
    # a party known by an older name: the party it became (the Janjaweed: the RSF)
    successor: str | None = None

    @property
    def actor(self) -> str:
        """The normalised actor: states for leaders, capitals and demonyms; else the name."""
        if self.kind in ("leader", "coalition") or self.form in ("demonym", "metonym", "organ"):
            return self.state or self.name
        return self.name


@dataclass(slots=True)
class TheatreDef:
    id: str
    name: str
    countries: tuple[str, ...]
    keywords: tuple[str, ...]
    areas: tuple[str, ...]
    state_parties: dict[str, str]
    generic: list[dict]
    keyword_re: re.Pattern | None = None
    years: tuple[int, int | None] | None = None  # a named war's span; None: any time
    within: tuple[str, ...] = ()  # a regional conflict's countries (Darfur: SD)
    # code -> the first year its state party held the state (the GNA from 2016): before,
    # the state's organs are its government of the time, named by its adjective
    state_parties_since: dict[str, int] = field(default_factory=dict)
    # code -> the first year the state waged this war away from home as one of its principals
    # (Russia in Ukraine from 2014)
    belligerents: dict[str, int] = field(default_factory=dict)
    began: int | None = None  # the first year of its fighting (its years' first, or "began")
    # code -> the last year its state party held the state (the GNA to 2020: the Government
    # of National Unity took office in March 2021); after it, as before its first year
    state_parties_until: dict[str, int] = field(default_factory=dict)

    @property
    def between_states(self) -> bool:
        """Whether the lexicon lists this war by its states alone: two or more countries and
        no side of its own (the Iran-Israel war)."""
        return len(self.countries) >= 2 and not self.state_parties and not self.generic

    def waged_by(self, code: str, year: int | None) -> bool:
        """Whether ``code`` wages this war from abroad in ``year`` (any year: None)."""
        since = self.belligerents.get(code)
        if since is None or not self.covers(year):
            return False
        return year is None or year >= since

    def state_party(self, code: str, year: int | None) -> str | None:
        """The side a country stands for in this conflict in ``year`` (any year: None)."""
        name = self.state_parties.get(code)
        since = self.state_parties_since.get(code)
        if name is None or (since is not None and year is not None and year < since):
            return None
        return None if self._state_party_gone(code, year) else name

    def _state_party_gone(self, code: str, year: int | None) -> bool:
        """Whether ``code``'s state party no longer held the state in ``year``."""
        until = self.state_parties_until.get(code)
        return until is not None and year is not None and year > until

    def covers(self, year: int | None) -> bool:
        if self.years is None or year is None:
            return True
        first, last = self.years
        return first <= year and (last is None or year <= last)


@dataclass(slots=True)
class Lexicon:
    """Everything extraction looks names up in."""

    exact: dict[str, ActorRef] = field(default_factory=dict)  # normalised name -> actor
    lower: dict[str, ActorRef] = field(default_factory=dict)
    max_len: int = 1
    states_by_code: dict[str, ActorRef] = field(default_factory=dict)
    states_by_name: dict[str, ActorRef] = field(default_factory=dict)
    parties: dict[str, ActorRef] = field(default_factory=dict)
    # a party's name -> the year it was founded (actors.json's "formed")
    formed: dict[str, int] = field(default_factory=dict)
    # a party's name -> the last year it stood as what its aliases name (actors.json's
    # "until": the GNA, the government in Tripoli, to 2020)
    until: dict[str, int] = field(default_factory=dict)
    # a party of several wars -> the code of the state that raised it and sends it to them
    # (actors.json's "sent_by": the Wagner Group, the Africa Corps: RU)
    sent_by: dict[str, str] = field(default_factory=dict)
    # leader -> when he took and left his state's highest office, a year or a day (actors.json's
    # "in_office": "Viktor Yanukovych" -> ("2010-02-25", "2014-02-22"); "" as the end: still
    # in office)
    in_office: dict[str, tuple[str, str]] = field(default_factory=dict)
    leaders: dict[str, ActorRef] = field(default_factory=dict)  # a leader's name -> his actor
    theatres: dict[str, TheatreDef] = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    subsumes: dict[str, list[str]] = field(default_factory=dict)
    weapons: list[dict] = field(default_factory=list)
    infrastructure: list[dict] = field(default_factory=list)
    infra_by_id: dict[str, dict] = field(default_factory=dict)
    type_words: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, list[str]] = field(default_factory=dict)
    weapon_roles: dict[str, list[str]] = field(default_factory=dict)  # roles only a weapon has
    # assets.json's "named": the words by which a site or weapon no entry lists is found
    named_assets: dict[str, Any] = field(default_factory=dict)
    stances: dict = field(default_factory=dict)
    # asset names: normalised name -> ("weapon"|"infra", entry)
    asset_exact: dict[str, tuple[str, dict]] = field(default_factory=dict)
    asset_lower: dict[str, tuple[str, dict]] = field(default_factory=dict)
    # weapon names that are one ordinary word or a surname ("patriot", "abrams"), lower-cased:
    # they name the weapon only capitalised and beside a word of ``asset_context``
    asset_bare: set[str] = field(default_factory=set)
    asset_context: frozenset[str] = frozenset()
    capitals: dict[str, ActorRef] = field(default_factory=dict)  # "Kinshasa" -> DR Congo
    adjectives: dict[str, str] = field(default_factory=dict)  # code -> "Afghan"
    # a state's own name -> its adjective, historic states too ("Zaire" -> "Zairean")
    state_adjectives: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # code -> "Afghanistan"
    # code -> the state its country was before it took today's name, with the years
    # ("ZW" -> ("Rhodesia", 1965, 1979)); a partition ("North Vietnam") is no earlier name
    former_names: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    # code -> the year the state became independent (actors.json's "founded": "IL" -> 1948)
    founded: dict[str, int] = field(default_factory=dict)
    # a capital, normalised -> the states of the past it spoke for, with their years
    # ("Moscow" -> ("Soviet Union", 1922, 1991); "Hanoi" -> ("North Vietnam", 1945, 1976))
    capitals_then: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    # stances.json's word lists, lower-cased, made once (every sentence's readers use them)
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    # what extraction derives from this lexicon once and reuses for every sentence (the cue
    # finder of explorer.extract.core), kept with the lexicon it was made from
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def not_yet_formed(self, party: str, year: int | None) -> bool:
        """Whether a listed party did not exist yet in ``year`` (the LNA in 2011), or no longer
        stood as what its aliases name (``gone_by``)."""
        formed = self.formed.get(party)
        return (formed is not None and year is not None and year < formed) or self.gone_by(
            party, year
        )

    def gone_by(self, party: str, year: int | None) -> bool:
        """Whether a listed party no longer stood as what its aliases name in ``year``: "the
        government in Tripoli" of 2022 is not the GNA, which the Government of National Unity
        replaced in March 2021 (actors.json's "until")."""
        until = self.until.get(party)
        return until is not None and year is not None and year > until

    def leads_a_side(self, ref: ActorRef) -> bool:
        """Whether a listed leader leads a listed side of a war that no war the lexicon
        lists has as his state's government (Hemedti's RSF, Kony's LRA, al-Houthi's
        Houthis): his men are that side's, not his state's. A head of state's side is his
        state's government somewhere (Assad's, Abiy's, Burhan's SAF, Sarraj's GNA)."""
        if ref.kind != "leader" or not ref.party or ref.party not in self.parties:
            return False
        return all(
            th.state_parties.get(ref.code or "") != ref.party for th in self.theatres.values()
        )

    def out_of_office(self, leader: str, when: str | None) -> bool:
        """Whether a listed leader is known not to hold office at ``when`` (a year or an ISO
        day: Yanukovych in 2015 or on 2014-03-01), each bound compared at the coarser of the
        two (in 2014, the year he left, he is not known out)."""
        span = self.in_office.get(leader)
        if span is None or not when:
            return False
        took, left = span
        return when[: len(took)] < took[: len(when)] or when[: len(left)] > left[: len(when)]

    def in_office_at(self, leader: str, when: str | None) -> bool:
        """Whether a listed leader is known to hold office at ``when``: the lexicon gives the
        years he held power and ``when`` falls inside them (no years: not known)."""
        return leader in self.in_office and bool(when) and not self.out_of_office(leader, when)

    def family_of(self, written: str, code: str | None) -> list[str]:
        """The listed leaders of the state ``code`` whose family name is ``written`` alone
        ("Kabila", "Assad" for al-Assad), when two or more share it (else none)."""
        key = _family_name(written)
        if not code or len(written.split()) != 1 or not key:
            return []
        families = self.derived.get("families")
        if families is None:  # made once per lexicon: every leader's mention asks
            families = {}
            for name, ref in self.leaders.items():
                families.setdefault((ref.code, _family_name(name)), []).append(name)
            self.derived["families"] = families
        found = families.get((code, key), [])
        return list(found) if len(found) > 1 else []

    def family_holder(self, family: list[str], when: str | None) -> str | None:
        """Which of the leaders ``family`` (sharing a family name) the name alone means on the
        day ``when``: the one whose years hold the state's highest office then (one holder at a
        time, so one the lexicon gives no years is not him); before any of them held it, the
        first to take it, in the ten years before he did (his rise: Laurent-Désiré Kabila in
        1996, Hafez al-Assad in 1966). Else none: the lexicon cannot tell (Bush in 1995)."""
        if not when:
            return None
        holding = [n for n in family if self.in_office_at(n, when)]
        if len(holding) == 1:
            return holding[0]
        if holding or any(n not in self.in_office for n in family):
            return None
        first = min(family, key=lambda n: self.in_office[n][0])
        took = self.in_office[first][0]
        if when[:4] >= took[:4] or int(took[:4]) - int(when[:4]) > 10:
            return None
        return first

    def office_of_another(
        self, leader: str, code: str | None, when: str | None, words: str = ""
    ) -> bool:
        """Whether the lexicon gives ``leader`` no years of power and knows another leader
        of his state (``code``) held its highest office at ``when`` (Gbagbo's Ivory Coast in
        March 2011, for Ouattara; Idriss Deby's Chad in 2015, for his son): he did not hold
        it then, whatever he became. Not when the text names him by ``words`` that are the
        other's family name too ("Kabila" in 1998 is the father, then in office)."""
        if not code or not when or leader in self.in_office:
            return False
        for other in self.in_office:
            ref = self.lookup(other)
            if other == leader or ref is None or ref.code != code:
                continue
            if not self.in_office_at(other, when):
                continue
            # his family name alone is the one then in office
            return not (words and words.split() == other.split()[-1:])
        return False

    def lands_of(self, wars: Iterable[str]) -> set[str]:
        """The countries the listed wars ``wars`` (theatre ids) are fought in (Darfur's:
        Sudan)."""
        return {
            c
            for t in wars
            if (th := self.theatres.get(t)) is not None
            for c in (*th.countries, *th.within)
        }

    def words(self, key: str) -> frozenset[str]:
        """The lower-cased words of the list ``key`` of stances.json (empty if none)."""
        found = self._word_sets.get(key)
        if found is None:
            found = frozenset(w.lower() for w in self.stances.get(key, []))
            self._word_sets[key] = found
        return found

    def lookup(self, text: str) -> ActorRef | None:
        """The actor a name stands for, as the token matcher would read it."""
        key = norm_name(text)
        return self.exact.get(key) or self.lower.get(key.lower())

    def adjective(self, code: str | None) -> str | None:
        return self.adjectives.get(code or "")

    def state_name(self, code: str) -> str:
        """A country's name by its code; a state of the past that no country of today has
        (South Vietnam, "VD", named by "Saigon") by its own name, not by its code."""
        found = self.country_names.get(code)
        if found is None:
            found = next((r.name for r in self.states_by_name.values() if r.code == code), code)
        return found

    def adjective_then(self, code: str | None, year: int | None) -> str | None:
        """The adjective of the state that held ``code``'s country in ``year``: "Rhodesian"
        for Zimbabwe in 1977, "Zairean" for DR Congo in 1996; today's otherwise."""
        if year is not None:
            for name, first, last in self.former_names.get(code or "", ()):
                if first <= year <= last and name in self.state_adjectives:
                    return self.state_adjectives[name]
        return self.adjective(code)

    def capital_then(self, city: str, year: int | None) -> str | None:
        """The state a capital's name stood for in ``year``: "Moscow" in 1986 is the Soviet
        Union, "Belgrade" in 1993 Yugoslavia, "Hanoi" in 1968 North Vietnam, or the party
        that held it then ("Sanaa" in 2023 is the Houthis); outside those years, or with no
        year, the state whose capital it is today ("Hanoi" in 2020 is Vietnam); None when the
        lexicon knows it as no capital of the past."""
        key = norm_name(city)
        if key.endswith(("'s", "’s")):
            key = key[:-2]
        eras = self.capitals_then.get(key)
        if not eras:
            return None
        if year is not None:
            for name, first, last in eras:
                if first <= year <= last:
                    return name
        today = self.capitals.get(key)
        return today.name if today is not None else None

    def add_countries(
        self, countries: Iterable[Country], curated: dict[str, list[str]] | None = None
    ) -> None:
        """Every country of the gazetteer: its name, demonyms and capital name a state.

        Curated states keep their own entries; country names reach the matcher through the
        geoparser too; names and demonyms are matched only capitalised, as news writes them,
        and capitals are kept apart for glued forms ("Kinshasa-backed"). A country's adjective
        is taken from ``curated`` (the curated demonyms by country code) when it names the
        country: the gazetteer's others include countryinfo's, some of them misspelt
        ("Maldivan") or a person's ("Mosotho").
        """
        curated = curated or {}
        for c in countries:
            ref = self.states_by_code.get(c.code)
            if ref is None:
                ref = ActorRef(c.name, "state", state=c.name, code=c.code)
                self.states_by_code[c.code] = ref
                self.states_by_name[c.name] = ref
                self.country_names[c.code] = c.name
                key = norm_name(c.name)  # case-sensitive: "Guinea", not "guinea fowl"
                self.max_len = max(self.max_len, _size(key))
                self.exact.setdefault(key, ref)
            name = ref.name
            adjective = _adjective(
                c.name, curated.get(c.code) or [d for d in c.demonyms if d and d[0].isupper()]
            )
            if adjective and _a_persons_word(c.name, adjective):
                adjective = c.name  # "the Lesotho government", not "the Mosotho government"
            if adjective:
                self.adjectives.setdefault(c.code, adjective)
            for d in c.demonyms:
                if d and d[0].isupper():
                    dem = ActorRef(name, "state", state=name, code=c.code, form="demonym")
                    key = norm_name(d)
                    self.max_len = max(self.max_len, _size(key))
                    self.exact.setdefault(key, dem)
            if c.capital:
                cap = ActorRef(name, "state", state=name, code=c.code, form="metonym")
                self.capitals.setdefault(norm_name(c.capital), cap)


def _adjective(country: str, demonyms: list[str]) -> str | None:
    """The adjective a government of ``country`` is named with, of the gazetteer's demonyms
    (listed alphabetically, older transliterations beside today's): the one made from the
    country's own name with the fewest letters of its own ("Tajik" of Tajikistan, not
    "Tadzhik"; "Kyrgyz", not "Kirghiz"; "Uzbek", not "Uzbekistani"), a word for a person
    ("Icelander") only when no other is as close."""

    def distance(d: str) -> tuple[int, bool]:
        a, b = d.casefold(), country.casefold()
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return len(a) - n, d.endswith("er")

    return min(demonyms, key=distance, default=None)  # min keeps the first of a tie


def _a_persons_word(country: str, demonym: str) -> bool:
    """Whether ``demonym`` is a word for one of ``country``'s people made by putting a prefix
    on the country's own stem, a person's word and no adjective: "Mosotho" of Lesotho,
    "Motswana" of Botswana (the stem after the name's own first two letters), "I Kiribati",
    "Ni Vanuatu" (the whole name after a prefix). A government is then named by the
    country's name ("the Lesotho government"), as news writes it."""
    a, b = demonym.casefold().replace("-", " "), country.casefold()
    if a.endswith(" " + b):
        return True
    stem = b[2:]
    return len(stem) >= 4 and a.endswith(stem) and a[:2] != b[:2]


_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def norm_name(text: str) -> str:
    """Whitespace-collapsed name without a leading "the"; how names are looked up."""
    text = " ".join(text.replace("’", "'").split())
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def _size(alias: str) -> int:
    """An upper bound of the tokens spaCy makes of a name (words, hyphens, 's)."""
    return len(_WORD.findall(alias)) + 1


def _is_exact(alias: str) -> bool:
    """Short all-capital aliases (US, IS, AU, CAR) match only in that exact case."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return bool(letters) and letters.isupper() and len(letters) <= 4


def _is_bare_word(alias: str) -> bool:
    """One capitalised word of letters ("Patriot", "Abrams", "Javelins"), which news also
    writes for a citizen, a surname or a sport; "HIMARS", "BrahMos" and "S-400" name only
    weapons."""
    return alias.isalpha() and alias[:1].isupper() and alias[1:].islower()


def _add(lex: Lexicon, alias: str, ref: ActorRef) -> None:
    key = norm_name(alias)
    if not key:
        return
    lex.max_len = max(lex.max_len, _size(key))
    if _is_exact(key):
        lex.exact.setdefault(key, ref)
    else:
        lex.lower.setdefault(key.lower(), ref)


# the keys of an event trigger whose value may be the name of one of events.json's word lists
_LISTED_KEYS = ("object_any", "subject_any")


def _named_lists_read(types: dict, data: dict) -> dict:
    """The event types with every ``_LISTED_KEYS`` value that names a word list of the file
    ("vessel_objects") replaced by that list: the ships that may be boarded, stopped or
    intercepted, and who does it, are written once."""
    for spec in types.values():
        for trig in (*spec.get("verbs", ()), *spec.get("nouns", ())):
            for key in _LISTED_KEYS:
                if isinstance(trig.get(key), str):
                    trig[key] = list(data[trig[key]])
    return types


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def load_lexicon(folder: Path | None = None, countries: Iterable[Country] = ()) -> Lexicon:
    folder = folder or geodata_dir() / "lexicons"
    actors = _load(folder / "actors.json")
    lex = Lexicon()
    # parties and leaders first: "Syrian government forces" must not be read as "Syrian" + noise
    for p in actors.get("parties", []):
        ref = ActorRef(
            p["name"],
            "party",
            theatres=tuple(p.get("theatres", ())),
            homes=tuple(p.get("countries", ())),
            successor=p.get("successor"),
        )
        lex.parties[p["name"]] = ref
        if "formed" in p:
            lex.formed[p["name"]] = int(p["formed"])
        if "until" in p:
            lex.until[p["name"]] = int(p["until"])
        if "sent_by" in p:
            lex.sent_by[p["name"]] = p["sent_by"]
        for a in [p["name"], *p.get("aliases", [])]:
            _add(lex, a, ref)
        for city in p.get("capitals", []) if p.get("held") else ():
            # a capital a party holds ("Sanaa", the Houthis' since their capture of it in
            # September 2014) names that party as a government in the years it holds it
            lex.capitals_then.setdefault(norm_name(city), []).append((p["name"], *p["held"]))
    states = {s["name"]: s for s in actors.get("states", [])}
    for s in states.values():
        ref = ActorRef(s["name"], "state", state=s["name"], code=s.get("code"))
        years = s.get("historic")
        if "founded" in s:
            lex.founded[s["code"]] = int(s["founded"])
        if years and s["name"].split()[0] not in ("North", "South", "East", "West"):
            lex.former_names.setdefault(s["code"], []).append((s["name"], *years))
        if not years:  # Zaire speaks for itself, not for today's DR Congo
            lex.states_by_code[s["code"]] = ref
            lex.country_names[s["code"]] = s["name"]
            if s.get("demonyms"):
                lex.adjectives[s["code"]] = s["demonyms"][0]
        lex.states_by_name[s["name"]] = ref
        for city in [*s.get("metonyms", []), *s.get("capitals", [])] if years else ():
            lex.capitals_then.setdefault(norm_name(city), []).append((s["name"], *years))
        if s.get("demonyms"):
            lex.state_adjectives[s["name"]] = s["demonyms"][0]
    for ld in actors.get("leaders", []):
        st = states.get(ld["state"], {})
        ref = ActorRef(
            ld["name"], "leader", state=ld["state"], code=st.get("code"), party=ld.get("party")
        )
        lex.leaders[ld["name"]] = ref
        if "in_office" in ld:
            lex.in_office[ld["name"]] = (str(ld["in_office"][0]), str(ld["in_office"][1]))
        for a in [ld["name"], *ld.get("aliases", [])]:
            # people's names match as written: "Bush" the president, not "bush"
            key = norm_name(a)
            lex.max_len = max(lex.max_len, _size(key))
            lex.exact.setdefault(key, ref)
    for o in actors.get("organisations", []):
        st = states.get(o.get("state", ""), {})
        ref = ActorRef(o["name"], "org", state=o.get("state"), code=st.get("code"))
        for a in [o["name"], *o.get("aliases", [])]:
            _add(lex, a, ref)
        for d in o.get("demonyms", []):
            _add(lex, d, ActorRef(o["name"], "org", form="demonym", state=o["name"]))
    for s in states.values():
        base = lex.states_by_name[s["name"]]
        for a in [s["name"], *s.get("aliases", [])]:
            _add(lex, a, base)
        for d in s.get("demonyms", []):
            _add(
                lex,
                d,
                ActorRef(s["name"], "state", state=s["name"], code=s["code"], form="demonym"),
            )
        for m in s.get("metonyms", []):
            _add(
                lex,
                m,
                ActorRef(s["name"], "state", state=s["name"], code=s["code"], form="metonym"),
            )

    for t in _load(folder / "theatres.json").get("theatres", []):
        kws = tuple(t.get("keywords", ()))
        rx = None
        if kws:
            alts = "|".join(re.escape(k) for k in sorted(kws, key=len, reverse=True))
            rx = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
        lex.theatres[t["id"]] = TheatreDef(
            t["id"],
            t["name"],
            tuple(t.get("countries", ())),
            kws,
            tuple(t.get("areas", ())),
            dict(t.get("state_parties", {})),
            list(t.get("generic", [])),
            rx,
            tuple(t["years"]) if t.get("years") else None,
            tuple(t.get("within", ())),
            dict(t.get("state_parties_since", {})),
            dict(t.get("belligerents", {})),
            t["years"][0] if t.get("years") else t.get("began"),
        )
        lex.theatres[t["id"]].state_parties_until.update(t.get("state_parties_until", {}))

    lex.stances = _load(folder / "stances.json")
    ev = _load(folder / "events.json")
    lex.events = _named_lists_read(ev.get("types", {}), ev)
    # people who serve an international mission: one list for events and stances
    lex.stances.setdefault("mission_nouns", ev.get("mission_nouns", []))
    lex.subsumes = ev.get("subsumes", {})

    assets = _load(folder / "assets.json")
    lex.weapons = assets.get("weapons", [])
    lex.infrastructure = assets.get("infrastructure", [])
    lex.infra_by_id = {e["gazetteer_id"]: e for e in lex.infrastructure}
    lex.type_words = assets.get("type_words", {})
    lex.roles = assets.get("roles", {})
    lex.weapon_roles = assets.get("weapon_roles", {})
    lex.named_assets = assets.get("named", {})
    lex.asset_context = frozenset(w.lower() for w in assets.get("context_words", []))
    for kind, entries in (("weapon", lex.weapons), ("infra", lex.infrastructure)):
        for e in entries:
            for a in [e["name"], *e.get("aliases", [])]:
                key = norm_name(a)
                if not key:
                    continue
                lex.max_len = max(lex.max_len, _size(key))
                if _is_exact(key):
                    lex.asset_exact.setdefault(key, (kind, e))
                else:
                    lex.asset_lower.setdefault(key.lower(), (kind, e))
                if kind == "weapon" and _is_bare_word(key):
                    lex.asset_bare.add(key.lower())
    lex.add_countries(countries, _curated_demonyms(folder.parent / "gazetteer" / "demonyms.tsv"))
    return lex


def _curated_demonyms(path: Path) -> dict[str, list[str]]:
    """The curated demonyms and adjectives by country code, capitalised as news writes them
    (the gazetteer's table holds them folded, with countryinfo's beside them)."""
    found: dict[str, list[str]] = {}
    if not path.exists():
        return found
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, code = line.partition("\t")
        if word[:1].isupper() and code.strip():
            found.setdefault(code.strip(), []).append(word.strip())
    return found


@cache
def _listed_years() -> dict[str, tuple[int, int | None]]:
    return {
        t["id"]: (int(t["years"][0]), None if t["years"][1] is None else int(t["years"][1]))
        for t in _load(geodata_dir() / "lexicons" / "theatres.json").get("theatres", [])
        if t.get("years")
    }


def theatre_years(theatre_id: str) -> tuple[int, int | None] | None:
    """The years a listed war was fought (theatres.json), by its id alone (a stored project
    keeps no more); None for a conflict of any time. A country's conflict named by a decade
    ("Ethiopia (1970s)") is of any time too: the decade is the claim's, not the war's span."""
    return _listed_years().get(theatre_id)


def war_waged_from(
    theatre_id: str, code: str | None, year: int | None, actors: Iterable[str] = ()
) -> bool:
    """Whether the state ``code`` wages the listed war ``theatre_id`` from its own land in
    ``year`` (any year: None), by the war's id alone (theatres.json's belligerents, as
    ``TheatreDef.waged_by`` reads them: Russia in the Russia-Ukraine war since 2014), and
    every one of ``actors`` is a side of it the lexicon lists (a state it is fought in or by,
    or a party of it)."""
    lex = default_lexicon()
    th = lex.theatres.get(theatre_id)
    if th is None or code is None or not th.waged_by(code, year):
        return False
    sides = {*th.countries, *th.within, *th.belligerents}
    for actor in actors:
        ref = lex.lookup(actor)
        if ref is None or not (ref.code in sides or theatre_id in ref.theatres):
            return False
    return True


@cache
def default_lexicon() -> Lexicon:
    """The curated lexicon alone (tests, and callers without a gazetteer)."""
    return load_lexicon()


@cache
def lexicon_for(countries: tuple[Country, ...]) -> Lexicon:
    """The curated lexicon plus every country the gazetteer knows (what the pipeline uses)."""
    return load_lexicon(countries=countries)
