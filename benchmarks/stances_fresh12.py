"""Stances on a twelfth fresh batch of 15 real news stories nobody tuned on, labelled first.

The first eleven batches (``stances_fresh.py`` to ``stances_fresh11.py``) have been read; these
stories are real reports found in the team's stored public web pages by sixteen other queries
(one gave no news report), in wars, sides and wordings none of the eleven used (the Soviet
Union as Saddam Hussein's main backer against Iran, Egypt readying its army for the Saudi-led
war in Yemen in 2015, the Shah's and Britain's help to the Sultan of Oman in Dhofar, Israel's
South Lebanon Army, the foreign mujahedin beside Bosnia's army, Russia's 14th Army turning on
the Transdnestr leaders in 1994, Russian missiles for the separatists of eastern Ukraine in
2014, the Australian-led force in Timor-Leste, Chad's troops for Cameroon against Boko Haram,
China behind Pakistan after the fighting of May 2025, Egypt and Qatar between Israel and
Hamas), and four stories that say "support", "back", "came to the rescue" or "allies" with no
stance between parties (a council's gift to a food bank, football fans' vote on a stadium, an
airline's spare plane for stranded pupils, a mayor's housing plan), where any claim is false
(the rule and the pages are in ``benchmarks/data/stances_fresh12/README.md``), each rewritten
in our own words from the page's facts. What an analyst expects of each was written here
before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh12.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh12" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Trump|\bCIA\b"
UN = r"\bUN\b|\bU\.N\.|United Nations|Chambas"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London"
RUSSIA = r"Russia|Soviet|Moscow|Kremlin|14th Army"
IRAQ = r"Iraq|Saddam|Hussein|Baghdad"
IRAN = r"Iran|Tehran|Shah|Pahlavi|Islamic Republic"
SAUDI = r"Saudi|Riyadh"
EGYPT = r"Egypt|Cairo|Sisi"
HOUTHIS = r"Houthi|Ansar Allah|Shiite rebel|rebel"
YEMEN_GOV = r"^(?!.*Houthi).*(Yemen|Hadi|government|Sanaa)"
COALITION = r"coalition|Arab state|Saudi"
OMAN = r"^(?!.*(Front|Dhofar Liberation|rebel|Marxist)).*(Oman|Sultan|Qaboos|Muscat)"
DHOFAR_REBELS = r"Dhofar|Front|rebel|Marxist|insurg"
OLD_SULTAN = r"Oman|Sultan|Said bin Taimur|Taimur"
UAE = r"United Arab Emirates|\bUAE\b|Emirat"
ISRAEL = r"Israel|\bIDF\b|Jerusalem"
SLA = r"South Lebanon Army|\bSLA\b|Haddad|Army of Free Lebanon|militia|Lahad"
PLO = r"Palestin|\bPLO\b|Fatah"
LEBANON = r"Leban|Beirut"
MUJAHEDIN = r"mujahed|mujahid|El-Mujahid|foreign fighter|volunteer"
BOSNIA = r"^(?!.*(Serb|Croat)).*(Bosnia|government|army|Delic|Sarajevo)"
SERBS_CROATS = r"Serb|Croat"
TRANSDNESTR = r"Transdnestr|Dnestr|Transnistr|breakaway|rebel|Tiraspol|separatist|Slav leader"
MOLDOVA = r"^(?!.*(Transdnestr|Dnestr)).*(Moldov|Kishinyov|Chisinau)"
SEPARATISTS = r"separatist|rebel|Donetsk|Luhansk|militant"
UKRAINE = r"^(?!.*(separatist|rebel)).*(Ukrain|Kiev|Kyiv|Poroshenko|border guard)"
AUSTRALIA = r"Australia|Canberra|Howard|Cosgrove|INTERFET"
TIMOR = r"Timor|Dili|Falintil|Gusm"
INDONESIA = r"Indonesia|Jakarta|militia"
CHAD = r"Chad|N'Djamena|Deby"
CAMEROON = r"Cameroon|Yaounde|Biya"
BOKO_HARAM = r"Boko Haram|Islamist|militant|jihad"
NIGERIA_NIGER = r"Nigeria|Niger\b|Abuja|Niamey"
CHINA = r"China|Chinese|Beijing|Wang Yi"
PAKISTAN = r"Pakistan|Islamabad|Dar\b|Sharif"
INDIA = r"India|New Delhi|Modi"
KASHMIR_MILITANTS = r"militant|Kashmir|attacker"
QATAR = r"Qatar|Doha"
HAMAS = r"Hamas|Gaza|Palestin"

E: dict[str, list[tuple[str, ...]]] = {
    "c01-iranwire-soviet-main-backer-iraq-2020": [
        # "the Soviet Union ... was Saddam Hussein's main backer in the war against Iran";
        # the headline: "Moscow ... armed Saddam Hussein in his war on Iran"
        (RUSSIA, "backs|supplies", IRAQ, "*"),
        # Iran's officials name the United States as the war's instigator; the story rebuts it
        (US, "backs|supplies", IRAQ, "?doubt"),
        (US, "backs|supplies", IRAQ, "?neg"),
        # "the United States gave more to Iran than to Iraq"
        (US, "backs|supplies", IRAN, "?"),
        (IRAQ, "opposes", IRAN, "?"),
        (IRAN, "opposes", IRAQ + r"|" + US, "?"),
    ],
    "c03-upi-egypt-prepares-combat-yemen-2015": [
        # "Egypt's army ... stands ready to send troops to Yemen in support of the Saudi-led
        # campaign for the Yemeni government"; "Egypt's navy and air force would join"
        (EGYPT, "backs", YEMEN_GOV + r"|" + COALITION, "*"),
        (EGYPT, "opposes", HOUTHIS, "?"),
        # "Saudi Arabia and at least nine other Arab states have formed a coalition against
        # the Houthis"
        (SAUDI + r"|" + COALITION, "opposes", HOUTHIS, "*"),
        # "the Houthis, Shiite rebels backed by Iran"
        (IRAN, "backs|supplies", HOUTHIS, "*"),
        (SAUDI + r"|" + COALITION, "backs", YEMEN_GOV, "?"),
        (HOUTHIS, "opposes", YEMEN_GOV + r"|" + SAUDI + r"|" + COALITION, "?"),
        (US, "backs|supplies", SAUDI + r"|" + COALITION + r"|" + YEMEN_GOV, "?"),
        (r"Arab|Kuwait|Bahrain|Qatar|Emirat|UAE|Jordan|Morocco|Sudan", "opposes", HOUTHIS, "?"),
        (r"Arab|Kuwait|Bahrain|Qatar|Emirat|UAE|Jordan|Morocco|Sudan", "backs", YEMEN_GOV, "?"),
    ],
    "c04-orientxxi-shah-saved-oman-2020": [
        # "He won with the help of British troops and, later, of Iranian air and ground
        # forces"; "Iran came to the aid of the Sultan of Oman in Dhofar"
        (IRAN, "backs|supplies", OMAN, "*"),
        (BRITAIN, "backs|supplies", OMAN, "*"),
        (OMAN, "opposes", DHOFAR_REBELS, "?"),
        (IRAN + r"|" + BRITAIN, "opposes", DHOFAR_REBELS, "?"),
        (DHOFAR_REBELS, "opposes", OLD_SULTAN + r"|" + BRITAIN, "?"),
        # "Iranian hovercraft seized three islands ... which the United Arab Emirates still
        # claim"; "cheered in Washington"
        (IRAN, "opposes", UAE, "?"),
        (US, "backs", IRAN + r"|" + OMAN, "?"),
    ],
    "c05-newarab-south-lebanon-army-2020": [
        # "Israel financed, armed and commanded the South Lebanon Army"; "the Israeli-backed
        # South Lebanon Army"
        (ISRAEL, "backs|supplies", SLA, "*"),
        # "Israel launched Operation Litani to push PLO fighters back from the border"
        (ISRAEL, "opposes", PLO, "*"),
        (SLA, "opposes", PLO, "?"),
        (PLO, "opposes", ISRAEL + r"|" + SLA, "?"),
        (ISRAEL, "opposes", LEBANON, "?"),
        (SLA, "backs", ISRAEL, "?"),
    ],
    "c06-iwpr-bosnia-mujahedin-unmasked-2008": [
        # "the mujahedin who came to fight alongside Bosnian government forces"
        (MUJAHEDIN, "backs", BOSNIA, "*"),
        (MUJAHEDIN, "opposes", SERBS_CROATS, "?"),
        (BOSNIA, "opposes", SERBS_CROATS, "?"),
        (r"Qaeda|Qaida", "backs", BOSNIA + r"|" + MUJAHEDIN, "?"),
    ],
    "c07-moscowtimes-transdnestr-provocation-1994": [
        # "the rebels against Moldovan rule"
        (TRANSDNESTR, "opposes", MOLDOVA, "*"),
        # the 14th Army's threat to the leaders it once befriended
        (RUSSIA, "opposes", TRANSDNESTR, "?"),
        (RUSSIA, "backs", TRANSDNESTR, "?"),
        (RUSSIA, "backs", TRANSDNESTR, "?neg"),
        (TRANSDNESTR, "opposes", RUSSIA, "?"),
        (MOLDOVA, "opposes", TRANSDNESTR, "?"),
        (RUSSIA, "mediates", TRANSDNESTR + r"|" + MOLDOVA, "?"),
    ],
    "c08-newseveryday-russia-arming-separatists-2014": [
        # "Russia is supplying weapons to the rebels in eastern Ukraine"
        (RUSSIA, "supplies|backs", SEPARATISTS, "*"),
        (SEPARATISTS, "opposes", UKRAINE, "?"),
        (UKRAINE, "opposes", SEPARATISTS, "?"),
        (RUSSIA, "opposes", UKRAINE, "?"),
    ],
    "c09-crikey-australia-timor-leste-2019": [
        # "the Australian-led international force known as INTERFET landed in Timor-Leste,
        # ... in desperate need of help"
        (AUSTRALIA, "backs", TIMOR, "*"),
        (r"nation|international force|INTERFET|22", "backs", TIMOR, "?"),
        (AUSTRALIA, "opposes", INDONESIA, "?"),
        (INDONESIA, "opposes", TIMOR, "?"),
    ],
    "c10-asiaone-chad-troops-cameroon-boko-haram-2015": [
        # "Chad will send a large number of soldiers to neighbouring Cameroon to help it fight
        # ... Boko Haram"
        (CHAD, "backs", CAMEROON, "*"),
        (CHAD, "opposes", BOKO_HARAM, "*"),
        (CAMEROON, "opposes", BOKO_HARAM, "?"),
        (BOKO_HARAM, "opposes", CAMEROON + r"|" + NIGERIA_NIGER, "?"),
        (NIGERIA_NIGER, "opposes", BOKO_HARAM, "?"),
        (UN, "mediates|backs", CHAD + r"|" + CAMEROON + r"|" + NIGERIA_NIGER, "?"),
        (UN, "opposes", BOKO_HARAM, "?"),
    ],
    "c11-humenglish-china-backs-pakistan-2025": [
        # "China ... supports Pakistan in defending its 'national sovereignty'"; "China is
        # Pakistan's largest supplier of arms"
        (CHINA, "backs|supplies", PAKISTAN, "*"),
        (PAKISTAN, "opposes", INDIA, "?"),
        (INDIA, "opposes", PAKISTAN, "?"),
        # "New Delhi accused Islamabad of backing the militants ...; Pakistan denies it"
        (PAKISTAN, "backs", KASHMIR_MILITANTS, "?doubt"),
        (PAKISTAN, "backs", KASHMIR_MILITANTS, "?neg"),
        (US, "mediates", INDIA + r"|" + PAKISTAN, "?"),
        (CHINA, "mediates", INDIA + r"|" + PAKISTAN, "?"),
        (INDIA, "opposes", KASHMIR_MILITANTS, "?"),
    ],
    "c12-gulfmagazine-egypt-qatar-gaza-ceasefire-2025": [
        # "Both countries have been the main mediators in earlier negotiations between Israel
        # and Hamas"
        (EGYPT, "mediates", ISRAEL + r"|" + HAMAS, "*"),
        (QATAR, "mediates", ISRAEL + r"|" + HAMAS, "*"),
        (US, "mediates", ISRAEL + r"|" + HAMAS, "?"),
        (ISRAEL, "opposes", HAMAS, "?"),
        (HAMAS, "opposes", ISRAEL, "?"),
    ],
    # negatives: a council's gift to a food bank, fans' vote on a stadium, an airline's spare
    # plane, a mayor's housing plan
    "c13-northumberlandgazette-blyth-food-bank-2024": [],
    "c14-dailymail-leeds-fans-back-stadium-2001": [],
    "c15-businessinsider-delta-stranded-students-2019": [],
    "c16-crains-adams-hochul-housing-2023": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
