"""Stances on a fourth fresh batch of 20 real news stories nobody tuned on, labelled before a run.

The first three batches (``stances_fresh.py``, ``stances_fresh2.py``, ``stances_fresh3.py``)
have been read and fixed; these stories are real reports found in the team's stored public web
pages by ten other queries, in today's wars none of the three used (Yemen since 2015, Ethiopia
and Tigray, Wagner and Mali's junta, Sudan since 2023, Myanmar since 2021, Armenia and
Azerbaijan, Cabo Delgado, Kashmir), and four stories that say "support" with no stance between
parties (drought aid, a club's fans), where any claim is false (the rule and the pages are in
``benchmarks/data/stances_fresh4/README.md``), each rewritten in our own words from the page's
facts. What an analyst expects of each was written here before any extraction was run, read as
in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh4.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh4" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America"
HOUTHI = r"Houthi|Huthi|rebel|Ansar Allah"
COALITION = r"Saudi|coalition|Riyadh"
ERITREA = r"Eritrea|Asmara|Isaias"
ETHIOPIA = r"Ethiopia|Abiy|Addis Ababa|federal|government"
TPLF = r"Tigray|TPLF|Tigrayan|Debretsion"
WAGNER = r"Wagner|Russia|mercenar"
MALI = r"Mali|Bamako|junta|Goita"
UAE = r"United Arab Emirates|\bUAE\b|Emirat|Abu Dhabi"
RSF = r"Rapid Support|\bRSF\b|Janjaweed|paramilitar|Dagalo|Hemedti"
SAF = r"Sudan|army|Khartoum|Burhan|Port Sudan"
RUSSIA = r"Russia|Moscow|Kremlin|Putin|Shoigu"
MYANMAR = r"Myanmar|Burma|junta|military|regime|Naypyidaw|Min Aung Hlaing|Tatmadaw"
TURKEY = r"Turkey|Turkish|T[uü]rkiye|Ankara|Erdogan|Cavusoglu"
AZ = r"Azerbaijan|Azeri|Baku|Aliyev"
ARM = r"Armenia|Yerevan|Karabakh|Artsakh"
MOZ = r"Mozambi|Maputo|Nyusi|government|FDS"
INSURGENT = r"insurg|militant|Islamist|Islamic State|al-Shabaab|terrorist|jihadist"
PAK = r"Pakistan|Islamabad|\bISI\b|Inter-Services"
MILITANT = r"militant|terrorist|guerrilla|insurg|rebel|separatist|Lashkar|Jaish|Hizbul"
INDIA = r"India|New Delhi|Delhi|Sitharaman|army"

E: dict[str, list[tuple[str, ...]]] = {
    "u01-devdiscourse-sanaa-2021": [
        (r"Iran|Tehran", "backs|supplies", HOUTHI, "*"),
        (COALITION, "opposes", HOUTHI + r"|Sanaa", "?"),
        (HOUTHI, "opposes", COALITION + r"|government", "?"),
    ],
    "u01-thenational-drones-2022": [
        # "Iran-aligned" and "a proxy war between Saudi Arabia and Iran": a backing an
        # analyst reads, not a stated one
        (r"Iran|Tehran", "backs|supplies", HOUTHI, "?"),
        (COALITION, "opposes", HOUTHI + r"|Sanaa", "?"),
        (HOUTHI, "opposes", COALITION + r"|kingdom|government", "?"),
        (COALITION, "opposes", r"Iran", "?"),
        (r"Iran", "opposes", COALITION, "?"),
        (COALITION, "backs", r"government|Yemen", "?"),
    ],
    "u02-eri21-diplomats-2020": [
        (ERITREA, "backs", ETHIOPIA, "*"),
        (ERITREA, "opposes", TPLF, "?"),
        (ETHIOPIA, "opposes", TPLF, "?"),
        (TPLF, "opposes", ERITREA + r"|" + ETHIOPIA, "?"),
    ],
    "u02-kichuu-nyt-refugees-2020": [
        (ERITREA, "backs", ETHIOPIA, "*"),
        (ERITREA, "backs", ETHIOPIA, "?neg"),
        (ERITREA, "opposes", TPLF, "?"),
        (ETHIOPIA, "opposes", TPLF, "?"),
        (TPLF, "opposes", ERITREA + r"|" + ETHIOPIA, "?"),
    ],
    "u03-euobserver-wagner-2021": [
        (WAGNER, "backs|supplies", MALI, "*"),
        (MALI, "backs", RUSSIA, "?"),
        (r"France|French|Paris|EU", "opposes", r"terror|jihad|insurg|Islamist", "?"),
        (r"France|French|Paris|EU", "backs", MALI, "?"),
    ],
    "u03-gobnews-nun-2021": [
        (WAGNER, "backs|supplies", MALI, "*"),
        (WAGNER, "backs", r"Haftar", "*"),
        (r"Haftar", "opposes", r"Libya|government", "?"),
    ],
    "u04-trt-uae-arms-2025": [
        (UAE, "backs|supplies", RSF, "by:Sudan|Khartoum|government|Ali|spokes"),
        (UAE, "backs|supplies", RSF, "?"),
        (RSF, "opposes", SAF, "?"),
        (SAF, "opposes", RSF, "?"),
        (SAF, "opposes", UAE, "?"),
        (UAE, "opposes", SAF, "?"),
    ],
    "u04-bdnews-atta-2023": [
        (UAE, "backs|supplies", RSF, "by:Atta|general|Sudan|army|intelligence"),
        (UAE, "backs|supplies", RSF, "?"),
        (RSF, "opposes", SAF, "?"),
        (SAF, "opposes", RSF, "?"),
        (r"Janjaweed|militia", "backs", r"army|Sudan", "?"),
        (r"Janjaweed|militia|army|Sudan", "opposes", r"rebel|Darfur", "?"),
    ],
    "u05-rocketry-sukhoi-2022": [
        (RUSSIA, "supplies|backs", MYANMAR, "*"),
        (MYANMAR, "opposes", r"civilian|resistance|rebel", "?"),
    ],
    "u05-youngbhartiya-jets-2022": [
        (RUSSIA, "supplies|backs", MYANMAR, "*"),
        (RUSSIA, "backs", MYANMAR, "?"),
        (MYANMAR, "backs", RUSSIA, "?"),
        (RUSSIA, "opposes", r"Ukrain|Kyiv", "?"),
    ],
    "u06-pledgetimes-drones-2020": [
        (TURKEY, "backs|supplies", AZ, "by:Armenia|Naghdalyan|ministry|spokes"),
        (TURKEY, "backs|supplies", AZ, "?"),
        (TURKEY, "backs|supplies", AZ, "?neg"),
        (ARM, "opposes", AZ, "?"),
        (AZ, "opposes", ARM, "?"),
    ],
    "u06-voa-drone-power-2020": [
        (TURKEY, "backs|supplies", AZ, "*"),
        (AZ, "opposes", ARM, "?"),
        (ARM, "opposes", AZ, "?"),
    ],
    "u07-zambianobserver-rwanda-2021": [
        (r"Rwanda|Kigali", "backs", MOZ, "*"),
        (r"Southern African Development|SADC", "backs", MOZ, "?"),
        (r"Rwanda|Kigali|" + MOZ + r"|SADC|Southern African", "opposes", INSURGENT, "?"),
        (INSURGENT, "opposes", MOZ, "?"),
    ],
    "u07-zwnews-rwanda-2021": [
        (r"Rwanda|Kigali", "backs", MOZ, "*"),
        (r"Zimbabwe|Mnangagwa|5th Brigade", "backs", MOZ, "?"),
        (r"Southern African Development|SADC", "backs", MOZ, "?"),
        (r"Rwanda|Kigali|" + MOZ, "opposes", INSURGENT, "?"),
    ],
    "u08-brecorder-infiltration": [
        (PAK, "backs|supplies", MILITANT, "by:India|army|Mathur|spokes|Delhi"),
        (PAK, "backs|supplies", MILITANT, "?neg"),
        (PAK, "backs|supplies", MILITANT, "?"),
        (INDIA, "opposes", MILITANT + r"|" + PAK, "?"),
        (MILITANT, "opposes", INDIA, "?"),
        (PAK, "opposes", MILITANT, "?"),
    ],
    "u08-voiceofwadi-sunjuwan-2018": [
        (PAK, "backs|supplies", MILITANT, "by:India|Sitharaman|minister|army|Delhi"),
        (PAK, "backs|supplies", MILITANT, "?neg"),
        (PAK, "backs|supplies", MILITANT, "?"),
        (INDIA, "opposes", MILITANT + r"|" + PAK, "?"),
        (PAK, "opposes", INDIA, "?"),
        (MILITANT, "opposes", INDIA, "?"),
    ],
    # negatives: support for farmers and for a football club, no stance between parties
    "u09-aap-drought-aid-2018": [],
    "u09-aap-abbott-drought-2015": [],
    "u10-mls-nycfc-2015": [],
    "u10-bnn-carlisle-2024": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
