"""Stances on a tenth fresh batch of 15 real news stories nobody tuned on, labelled before a run.

The first nine batches (``stances_fresh.py`` to ``stances_fresh9.py``) have been read; these
stories are real reports found in the team's stored public web pages by sixteen other queries
(one gave no news report), in wars, sides and wordings none of the nine used (North Korea's
troops sent to Russia's Kursk region in 2024, Belarus as the staging ground of the invasion of
Ukraine in 2022, Iran's drones for Russia, Egypt's intelligence and arms for Sudan's army
against the RSF, the UAE's drones for Ethiopia in Tigray, China's ceasefire between Myanmar's
junta and the Three Brotherhood Alliance, American sanctions on a network funding Iran's
support of Hamas and Hezbollah, Libya's arms for the IRA, Russia's charge that Israel armed
and trained Georgia in 2008, Greece's charge that its neighbours helped the guerrillas in
1946, Iran's arms for Bosnia's government under the embargo in 1994), and four stories that
say "aid", "support", "backed" or "backs" with no stance between parties (flood relief, a
hospital playground, a school playground, a music tourism bill), where any claim is false
(the rule and the pages are in ``benchmarks/data/stances_fresh10/README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was
written here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh10.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh10" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Biden|Treasury|State Department|Miller"
UN = r"\bUN\b|\bU\.N\.|United Nations|Security Council"
NATO = r"NATO|North Atlantic"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London"
FRANCE = r"France|French|Paris"
GERMANY = r"German|Berlin"
RUSSIA = r"Russia|Soviet|Moscow|Kremlin|Putin|Nogovitsyn"
UKRAINE = r"Ukrain|Kyiv|Kiev|Zelensky|Kharkiv"
NORTH_KOREA = r"North Korea|Pyongyang|\bKim\b"
BELARUS = r"Belarus|Minsk|Lukashenko"
IRAN = r"Iran|Tehran|Raisi|Revolutionary Guard|IRGC"
EGYPT = r"Egypt|Cairo|Sisi"
RSF = r"Rapid Support|\bRSF\b|Daglo|Dagalo|Hemedti|paramilitar"
SUDAN_ARMY = (
    r"^(?!.*(Rapid Support|RSF|Liberation)).*(Sudan|army|Armed Forces|\bSAF\b|Burhan|Khartoum)"
)
SLA = r"Sudan Liberation|\bSLA\b|Minnawi|allies"
UAE = r"\bUAE\b|Emirat|Abu Dhabi"
CHAD = r"Chad|N'Djamena"
CAR = r"Central African"
ETHIOPIA = r"^(?!.*Tigr).*(Ethiopia|Addis|Abiy|ENDF)"
TIGRAY = r"Tigr|TPLF"
CHINA = r"China|Chinese|Beijing|Mao Ning|Kunming"
JUNTA = (
    r"^(?!.*(Alliance|Ta'ang|Arakan|MNDAA|ethnic|armed group))"
    r".*(Myanmar|Burma|junta|military|Tatmadaw)"
)
ALLIANCE = r"Brotherhood|Alliance|Ta'ang|\bTNLA\b|Arakan|MNDAA|ethnic|armed group"
HAMAS = r"Hamas"
HEZBOLLAH = r"Hezbollah|Hizbollah"
ISRAEL = r"Israel|Jerusalem|Tel Aviv|\bIDF\b"
LIBYA = r"Libya|Gaddafi|Qadhafi|Tripoli"
IRA = r"\bIRA\b|Irish Republican|Provisional|republican"
GEORGIA = r"Georgia|Tbilisi|Saakashvili|Kutelia"
GREECE = r"^(?!.*(guerrilla|rebel|band)).*(Greece|Greek|Athens)"
GUERRILLAS = r"guerrilla|rebel|band|Markos"
YUGOSLAVIA = r"Yugoslav|Belgrade|Tito"
BALKAN_NEIGHBOURS = r"Bulgaria|Albania|Sofia|Tirana|neighbour"
BOSNIA = r"^(?!.*Serb).*(Bosnia|Sarajevo|Muslim|Izetbegovic)"

E: dict[str, list[tuple[str, ...]]] = {
    "a01-ap-nato-north-korean-troops-kursk-2024": [
        # "North Korea has sent troops to Russia to help it in its war against Ukraine"
        (NORTH_KOREA, "backs", RUSSIA, "*"),
        (NORTH_KOREA, "opposes", UKRAINE, "?"),
        (RUSSIA, "opposes", UKRAINE, "?"),
        (UKRAINE, "opposes", RUSSIA, "?"),
    ],
    "a02-opoyi-belarus-staging-ground-2022": [
        # "Belarus is the only country that has directly supported the invasion"
        (BELARUS, "backs", RUSSIA, "*"),
        (RUSSIA, "opposes", UKRAINE, "*"),
        (UKRAINE, "opposes", RUSSIA, "?"),
        (US, "opposes", RUSSIA, "?"),
        (US, "backs", UKRAINE, "?"),
        (BELARUS, "opposes", UKRAINE, "?"),
        (BELARUS, "backs|supplies", RUSSIA, "?neg"),
    ],
    "a03-interfax-iran-drones-russia-2022": [
        # "The Iranian government has supplied the Russian army with hundreds of drones"
        (IRAN, "supplies|backs", RUSSIA, "*"),
        (RUSSIA, "opposes", UKRAINE, "?"),
        (RUSSIA, "backs", IRAN, "?"),
        (US, "opposes", IRAN + r"|" + RUSSIA, "?"),
        (r"sanction|" + US, "opposes", RUSSIA, "?"),
    ],
    "a04-ayin-egypt-sudan-army-2024": [
        # "Egypt has backed Sudan's army from the first days of the war"
        (EGYPT, "backs|supplies", SUDAN_ARMY, "*"),
        (EGYPT, "backs|supplies", SLA, "?"),
        (EGYPT, "backs|supplies", SUDAN_ARMY + r"|" + SLA, "?neg"),
        # "the Rapid Support Forces are backed by the United Arab Emirates, Chad, the CAR"
        (UAE, "backs|supplies", RSF, "*"),
        (CHAD + r"|" + CAR, "backs|supplies", RSF, "?"),
        (r"five countries|countries", "backs|supplies", SUDAN_ARMY, "?"),
        (SUDAN_ARMY + r"|" + SLA, "opposes", RSF, "?"),
        (RSF, "opposes", SUDAN_ARMY + r"|" + EGYPT, "?"),
    ],
    "a05-kichuu-uae-drones-assab-2020": [
        # "Drones of the UAE ... are supporting Ethiopian forces in the war in Tigray"
        (UAE, "backs|supplies", ETHIOPIA, "*"),
        (ETHIOPIA, "opposes", TIGRAY, "?"),
        (TIGRAY, "opposes", ETHIOPIA, "?"),
        (UAE, "opposes", TIGRAY, "?"),
    ],
    "a06-wion-china-ceasefire-myanmar-2024": [
        # "China ... had negotiated an immediate ceasefire between Myanmar's military and ..."
        (CHINA, "mediates", r".", "*"),
        (ALLIANCE, "opposes", JUNTA, "?"),
        (JUNTA, "opposes", ALLIANCE, "?"),
    ],
    "a07-pledgetimes-us-sanctions-iran-network-2023": [
        # sanctions "on a financial network tied to Iran's Ministry of Defence"
        (US, "opposes", IRAN, "*"),
        # "gives the Iranian government the means to support Hamas and Hezbollah"
        (IRAN, "backs|supplies", HAMAS, "*"),
        (IRAN, "backs|supplies", HEZBOLLAH, "*"),
        (US, "opposes", HAMAS + r"|" + HEZBOLLAH, "?"),
        (HAMAS, "opposes", ISRAEL, "?"),
        (ISRAEL, "opposes", HAMAS, "?"),
        (US, "backs", ISRAEL, "?"),
    ],
    "a09-belfasttelegraph-gaddafi-ira-2011": [
        # "Gaddafi gave the IRA weapons"
        (LIBYA, "supplies|backs", IRA, "*"),
        (IRA + r"|" + LIBYA, "opposes", BRITAIN, "?"),
        (US + r"|" + BRITAIN + r"|" + UN, "opposes", LIBYA, "?"),
        (LIBYA, "opposes", US + r"|" + BRITAIN, "?"),
        (r"Czech", "supplies", IRA, "?"),
    ],
    "a10-jpost-russia-israel-armed-georgia-2008": [
        # "accused Israel ... of arming Georgia's military"
        (ISRAEL, "supplies|backs", GEORGIA, "*"),
        # "does not want to back either in this conflict"
        (ISRAEL, "backs|supplies", GEORGIA + r"|" + RUSSIA, "?neg"),
        (RUSSIA, "opposes", GEORGIA, "?"),
        (GEORGIA, "opposes", RUSSIA, "?"),
        (FRANCE, "mediates", r".", "?"),
        (GERMANY + r"|" + FRANCE, "backs|supplies", GEORGIA, "?"),
    ],
    "a11-gisborneherald-greece-accuses-neighbours-1946": [
        # "intervention by Yugoslavia, Bulgaria and Albania", "the connivance of the Yugoslav
        # frontier guards", claimed by Greece and the observers
        (YUGOSLAVIA, "backs|supplies", GUERRILLAS, "*"),
        (BALKAN_NEIGHBOURS, "backs|supplies", GUERRILLAS, "?"),
        (GREECE, "opposes", GUERRILLAS + r"|" + YUGOSLAVIA + r"|" + BALKAN_NEIGHBOURS, "?"),
        (GUERRILLAS, "opposes", GREECE, "?"),
        (YUGOSLAVIA + r"|" + BALKAN_NEIGHBOURS, "opposes", GREECE, "?"),
        (UN, "mediates", r".", "?"),
    ],
    "a12-chicagotribune-iran-violated-ban-1994": [
        # "Iran smuggled materials for making weapons to Bosnia's Muslim-led government"
        (IRAN, "supplies|backs", BOSNIA, "*"),
        (UN, "opposes", BOSNIA + r"|" + IRAN, "?"),
    ],
    # negatives: flood relief, a hospital playground, a school playground, a music tourism bill
    "a13-publicnet-flood-council-tax-2008": [],
    "a14-holdthefrontpage-ealing-hospital-playground-2007": [],
    "a15-cbc-seaside-park-playground-2017": [],
    "a16-pollstar-music-tourism-bill-2024": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
