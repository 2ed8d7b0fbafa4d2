"""Stances on a twenty-fifth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-four batches (``stances_fresh.py`` to ``stances_fresh24.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty-four other
queries (five of the twelve war queries gave no news report and two were of wars earlier batches
hold, so reserves were searched), in wars, sides and wordings none of the twenty-four used
(America's marines in Santo Domingo, 1965; the Pope's mediation over the Beagle Channel, 1979;
the Chaco war's Christmas truce, 1933; France's forces and Ouattara's fighters against Gbagbo,
2011; America's training of Peru's army against the Shining Path, 1990; the Zapatista rising
in Chiapas, 1994; Malaysia's help in the talks on southern Thailand, 2023; Norway's brokering
between Manila and the communist rebels, 2014; America's invasion of Panama, 1989, recalled in
2019; Israeli arms thought bound for the SPLA, the early 1990s; the Uzbek militants in
Kyrgyzstan's Batken, 1999; America's invasion of Grenada, 1983, recalled in 2008), and two
stories that say "back" or "support" with no stance between parties (a school's uniform, a
nurses' pay deal), where any claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh25/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh25.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh25" / "docs"
US = (
    r"United States|\bU\.?S\.?\b|Washington|America|Johnson|Bush|Reagan|Quainton"
    r"|State Department|Pentagon"
)
DOMINICAN = r"^(?!.*(rebel|Communist)).*(Dominican|junta|Benoit|Bonilla)"
DOMINICAN_REBELS = r"rebel|revolt|Communist|insurg"
OAS = r"Organi[sz]ation of American States|\bOAS\b"
ARGENTINA = r"Argentin|Buenos Aires"
CHILE = r"Chile|Santiago"
POPE = r"Pope|John Paul|Vatican|Holy See|Pius"
BOLIVIA = r"Bolivia|La Paz"
PARAGUAY = r"Paraguay|Asuncion"
LEAGUE = r"League of Nations|League"
FRANCE = r"France|French|Paris|Sarkozy"
OUATTARA = r"Ouattara|internationally recognised|Republican Forces|Golf Hotel"
GBAGBO = r"Gbagbo"
UN = r"United Nations|\bUN\b|\bU\.N\.|Ban Ki-moon|peacekeep"
PERU = r"^(?!.*Shining).*(Peru|Lima|Velazquez|Fujimori)"
SHINING_PATH = r"Shining Path|Sendero|guerrilla|leftist"
EL_SALVADOR = r"Salvador"
MEXICO = r"^(?!.*Zapatista).*(Mexic|army|Salinas)"
ZAPATISTAS = r"Zapatista|guerrilla|rebel|insurg|EZLN"
MALAYSIA = r"Malaysia|Anwar|Kuala Lumpur|Zulkifli"
THAILAND = r"^(?!.*(Barisan|BRN|insurg|separat)).*(Thai|Bangkok|Prayuth)"
THAI_INSURGENTS = r"Barisan|BRN|insurg|separat|Patani|rebel|militant"
NORWAY = r"Norw|Oslo|Brende"
PHILIPPINES = (
    r"^(?!.*(communist|Communist|rebel|New People)).*(Philippin|Manila|Aquino|del Rosario|military)"
)
COMMUNISTS = r"[Cc]ommunist|New People|NPA|rebel|insurg|guerrilla"
MUSLIM_REBELS = r"Muslim|Moro|MILF"
PANAMA = r"Panama|Noriega"
NORIEGA = r"Noriega|Panama"
SUDAN = r"^(?!.*(SPLA|People's Liberation|rebel)).*(Sudan|Khartoum)"
SPLA = r"SPLA|Sudan People's Liberation|rebel|southern Sudan|south"
ISRAEL = r"Israel|Tel Aviv"
EGYPT_SAUDI = r"Egypt|Saudi"
UGANDA = r"Uganda|Entebbe"
KYRGYZSTAN = r"Kyrgyz|Bishkek"
MILITANTS = r"militant|Islamic|Namangani|Uzbeks?\b|IMU|gunmen"
UZBEKISTAN = r"Uzbekistan|Tashkent"
GRENADA = r"Grenad|Revolutionary Military Council|junta|New Jewel|St George"
CARICOM = r"CARICOM|Caribbean"
SOVIET = r"Soviet|Moscow|USSR"

E: dict[str, list[tuple[str, ...]]] = {
    "t03-press-us-marines-sent-to-santo-domingo-1965": [
        # the marines "had taken no side"; the OAS meets at America's request; the ambassador
        # calls the revolt a Communist attempt to make "a second Cuba"
        (US, "backs", DOMINICAN + r"|" + DOMINICAN_REBELS, "?neg"),
        (US, "opposes", DOMINICAN_REBELS, "?"),
        (US + r"|" + OAS, "mediates", r".", "?"),
        (DOMINICAN_REBELS, "opposes", DOMINICAN, "?"),
        (DOMINICAN, "opposes", DOMINICAN_REBELS, "?"),
        (r"Cuba", "backs", DOMINICAN_REBELS, "?"),
    ],
    "t04-washingtonpost-the-beagle-channel-dispute-1979": [
        # "put their dispute to mediation by an envoy of Pope John Paul II"
        (POPE, "mediates", ARGENTINA + r"|" + CHILE + r"|Beagle", "*"),
        # Argentina rejected the award; Chile "preferred mediation to an invasion"
        (ARGENTINA, "opposes", CHILE, "?"),
        (CHILE, "opposes", ARGENTINA, "?"),
        (ARGENTINA, "opposes", CHILE, "?neg"),
        (CHILE, "opposes", ARGENTINA, "?neg"),
    ],
    "t05-time-bolivia-paraguay-unmentioned-truce-1933": [
        # "Paraguay pushed its great offensive to take Bolivia's Fort Munoz"
        (PARAGUAY, "opposes", BOLIVIA, "*"),
        (BOLIVIA, "opposes", PARAGUAY, "?"),
        # the truce "arranged by statesmen of the League of Nations"; last year's by the Pope
        (LEAGUE, "mediates", BOLIVIA + r"|" + PARAGUAY + r"|Chaco", "*"),
        (POPE, "mediates", BOLIVIA + r"|" + PARAGUAY + r"|Chaco", "?"),
    ],
    "t08-ghanaweb-laurent-gbagbo-captured-2011": [
        # "fighters backing Alassane Ouattara ... supported by French special forces"
        (FRANCE, "backs|supplies", OUATTARA, "*"),
        (FRANCE, "opposes", GBAGBO, "?"),
        (OUATTARA, "opposes", GBAGBO, "*"),
        (GBAGBO, "opposes", OUATTARA + r"|" + UN + r"|" + FRANCE, "?"),
        (UN, "opposes", GBAGBO, "?"),
        (UN, "backs", OUATTARA, "?"),
        # Gbagbo's supporters: his fall "engineered by the international community"
        (
            r"international community|" + UN + r"|" + FRANCE,
            "opposes",
            GBAGBO,
            "by:Gbagbo|support|.",
        ),
    ],
    "t09-chicagotribune-us-to-train-peru-troops-against-shining-path-1990": [
        # "a large military aid program ... to help Peru fight the leftist guerrillas"
        (US, "backs|supplies", PERU, "*"),
        (US, "opposes", SHINING_PATH, "?"),
        (PERU, "opposes", SHINING_PATH, "*"),
        (SHINING_PATH, "opposes", PERU + r"|" + US, "?"),
        (US, "backs|supplies", EL_SALVADOR, "?"),
        (SHINING_PATH, "backs", r"coca|grower|traffick", "?"),
    ],
    "t10-washingtonpost-55-killed-in-fighting-in-southern-mexico-1994": [
        # "the Mexican army fought to push back an uprising by hundreds of Indian guerrillas"
        (MEXICO, "opposes", ZAPATISTAS, "*"),
        (ZAPATISTAS, "opposes", MEXICO + r"|Mexico", "?"),
    ],
    "t11-reuters-malaysia-pm-vows-to-facilitate-southern-thailand-talks-2023": [
        # Malaysia "has helped facilitate talks between the separatists and the Thai government"
        (MALAYSIA, "mediates", THAILAND + r"|" + THAI_INSURGENTS, "*"),
        (THAILAND, "opposes", THAI_INSURGENTS, "?"),
        (THAI_INSURGENTS, "opposes", THAILAND, "?"),
        (MALAYSIA, "backs", THAILAND, "?"),
    ],
    "t16-foxnews-norway-committed-to-brokering-philippine-communist-talks-2014": [
        # "Norway will go on brokering peace talks between the Philippine government and
        # communist insurgents"
        (NORWAY, "mediates", PHILIPPINES + r"|" + COMMUNISTS, "*"),
        # the party "vowed to step up its attacks on government forces"
        (COMMUNISTS, "opposes", PHILIPPINES, "*"),
        (PHILIPPINES, "opposes", COMMUNISTS, "?"),
        (PHILIPPINES, "opposes", MUSLIM_REBELS, "?"),
        (MUSLIM_REBELS, "opposes", PHILIPPINES, "?"),
        (NORWAY, "backs|supplies", PHILIPPINES, "?"),
        (NORWAY, "mediates", MUSLIM_REBELS, "?"),
    ],
    "t19-bbc-panama-invasion-the-us-operation-that-ousted-noriega-2019": [
        # "more than 20,000 American troops invaded the country" "to unseat its de facto ruler"
        (US, "opposes", NORIEGA, "*"),
        (NORIEGA, "opposes", US, "?"),
        (r"Vatican", "backs", NORIEGA, "?"),
        (r"Panamanians opposed|opponent", "opposes", NORIEGA, "?"),
    ],
    "t21-independent-israeli-weapons-bound-for-southern-sudan-rebels": [
        # "may have been meant for the rebels of southern Sudan, diplomats and observers said"
        (ISRAEL, "supplies|backs", SPLA, "by:diplomat|observer|speculat|."),
        (ISRAEL, "supplies|backs", SPLA, "?doubt"),
        (ISRAEL + r"|" + UGANDA, "supplies|backs", UGANDA + r"|" + SPLA, "?doubt"),
        (ISRAEL, "supplies", UGANDA, "?"),
        (UGANDA, "supplies|backs", SPLA, "?neg"),
        # Egypt, Saudi Arabia and Israel "opposed to the Islamic fundamentalist government"
        (EGYPT_SAUDI + r"|" + ISRAEL + r"|" + US, "opposes", SUDAN, "?"),
        (EGYPT_SAUDI + r"|" + ISRAEL, "backs|supplies", SPLA, "?"),
        # Washington probably let an ally supply the SPLA; Khartoum's belief about Saudi arms
        (US + r"|" + EGYPT_SAUDI, "backs|supplies", SPLA, "?doubt"),
        (US + r"|" + EGYPT_SAUDI, "backs|supplies", SPLA, "by:."),
        # Khartoum's "new offensive in the south"
        (SUDAN, "opposes", SPLA, "*"),
        (SPLA, "opposes", SUDAN, "?"),
    ],
    "t22-rferl-kyrgyzstan-state-of-emergency-in-battle-zone-1999": [
        # "the Kyrgyz army and security forces are fighting Islamic militants"
        (KYRGYZSTAN, "opposes", MILITANTS, "*"),
        (MILITANTS, "opposes", KYRGYZSTAN + r"|" + UZBEKISTAN, "?"),
        (UZBEKISTAN, "opposes", MILITANTS, "?"),
    ],
    "t23-stabroeknews-the-conquest-of-grenada-in-1983-2008": [
        # "the United States ... invaded Grenada"
        (US, "opposes", GRENADA, "*"),
        (GRENADA, "opposes", US, "?"),
        (US, "opposes", SOVIET + r"|socialis", "?"),
        (GRENADA, "backs", SOVIET, "?"),
        (SOVIET, "backs", GRENADA, "?"),
        (CARICOM, "opposes|backs", US + r"|" + GRENADA, "?"),
        # the faction that "executed the prime minister"
        (GRENADA, "opposes", r"prime minister|Bishop|minister", "?"),
    ],
    # negatives: parents against a school's new uniform; nurses back a pay deal
    "t13-yourlocalpaper-row-over-new-school-uniform-2020": [],
    "t14-abc-nsw-nurses-agree-to-new-pay-deal-2011": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
