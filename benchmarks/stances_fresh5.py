"""Stances on a fifth fresh batch of 17 real news stories nobody tuned on, labelled before a run.

The first four batches (``stances_fresh.py`` to ``stances_fresh4.py``) have been read and
fixed; these stories are real reports found in the team's stored public web pages by eighteen
other queries, in wars none of the four used (Bosnia in 1993, El Salvador in 1981, Lebanon in
1986 and the war of 2006, Chechnya in 1996, Libya in 2020, Niger's junta in 2024, Rwanda and
M23 in 2024, Germany's arms for Ukraine, Hezbollah and the Houthis in the Gaza war, Egypt's
arms for Somalia in 2024, UNITA in 2000, Zimbabwe's troops in Mozambique in 1990), and three
stories that say "support" or "back" with no stance between parties (a bank's funds for small
firms, the public's support for striking nurses, a senator's endorsement), where any claim is
false (the rule and the pages are in ``benchmarks/data/stances_fresh5/README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was written
here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh5.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh5" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Pentagon|Biden"
SERBIA = r"Serbia(?!n Serb)|Yugoslav|Belgrade|Milosevic"
SERBS = r"Serb|Krajina"
SALVADOR = r"El Salvador|Salvador|government|army|junta"
GUERRILLA = r"guerrilla|leftist|insurg|rebel"
IRAN = r"Iran|Tehran"
HEZBOLLAH = r"Hezbollah|Hizbollah|Party of God|resistance"
SYRIA = r"Syria(?!n National)|Damascus|Assad"
SSNP = r"Syrian National Social|SSNP|leftist"
ISRAEL = r"Israel"
RUSSIA = r"Russia|Moscow|Kremlin|Yeltsin|Grachev|federal|Africa Corps|Wagner"
CHECHEN_REBELS = r"rebel|Chechen fighters|guerrilla|separatist|Dudayev|Ichkeria"
UAE = r"United Arab Emirates|\bUAE\b|Emirat|Abu Dhabi"
HAFTAR = r"Haftar|Libyan National Army|\bLNA\b"
GAMATY = r"Gamaty|envoy|Government of National Accord|\bGNA\b|Libya"
NIGER = r"Niger|junta|military government|Niamey|Tchiani|army"
RWANDA = r"Rwanda|Kigali|Kagame"
M23 = r"M23|rebel"
CONGO = r"Congo|DRC|Kinshasa|Tshisekedi|FARDC"
GERMANY = r"German|Berlin|Pistorius|Scholz"
UKRAINE = r"Ukrain|Kyiv|Zelensky"
HAMAS = r"Hamas|Palestin|Gaza"
HOUTHI = r"Houthi|Huthi|Ansar Allah"
EGYPT = r"Egypt|Cairo"
# changed after the first run: written "Somalia(?!nd)", which missed "the Somali government"
SOMALIA = r"Somali(?!land)|Mogadishu"
ETHIOPIA = r"Ethiopia|Addis Ababa|Abiy"
SOUTH_AFRICA = r"South Africa|Pretoria|apartheid"
UNITA = r"UNITA|Savimbi"
ANGOLA = r"Angola|Luanda|dos Santos|MPLA"
ZIMBABWE = r"Zimbabwe|Harare|Mugabe|Dube"
MOZAMBIQUE = r"Mozambi|Frelimo|Maputo|Chissano"

E: dict[str, list[tuple[str, ...]]] = {
    "v01-independent-belgrade-arms-1993": [
        (SERBIA, "supplies|backs", SERBS, "*"),
        (SERBIA, "supplies|backs", SERBS, "?neg"),
        (r"UN|United Nations|NATO|Security Council", "opposes", SERBIA + r"|" + SERBS, "?"),
        (SERBS, "opposes", r"Muslim|Bosnia(?!n Serb)|Croatia(?!n Serb)", "?"),
    ],
    "v03-csmonitor-elsalvador-aid-1981": [
        (US, "supplies|backs", SALVADOR, "*"),
        (SALVADOR, "opposes", GUERRILLA, "?"),
        (GUERRILLA, "opposes", SALVADOR, "?"),
    ],
    "v04-latimes-bekaa-1986": [
        (IRAN, "backs|supplies", r"Hezbollah|fundamentalist|Party of God", "*"),
        # "the Syrian National Social Party, an ally of Syria": an alliance, not this fight's side
        (SYRIA, "backs", SSNP, "?"),
        (SYRIA, "mediates", r".", "?"),
        (r"Hezbollah|fundamentalist", "opposes", SSNP, "?"),
        (SSNP, "opposes", r"Hezbollah|fundamentalist", "?"),
        (r"Arab League", "backs", SYRIA, "?"),
    ],
    "v05-cnsnews-nasrallah-rockets-2012": [
        (SYRIA, "supplies|backs", HEZBOLLAH, "by:Nasrallah|Hezbollah|Manar"),
        (SYRIA, "supplies|backs", HEZBOLLAH, "?"),
        (r"Hezbollah|Nasrallah", "backs", SYRIA, "?"),
        (r"Hezbollah", "opposes", ISRAEL, "?"),
        (ISRAEL, "opposes", r"Hezbollah", "?"),
        (US, "opposes", SYRIA, "?"),
    ],
    "v06-moscowtimes-grozny-1996": [
        (RUSSIA, "backs", r"Chechen government|government", "*"),
        (RUSSIA, "opposes", CHECHEN_REBELS, "?"),
        (CHECHEN_REBELS, "opposes", RUSSIA + r"|government", "?"),
    ],
    "v07-trtworld-libya-mercenaries-2020": [
        (UAE, "backs|supplies", HAFTAR, "by:" + GAMATY),
        (UAE, "backs|supplies", HAFTAR, "?"),
        (RUSSIA, "backs|supplies", HAFTAR, "by:" + GAMATY),
        (RUSSIA, "backs|supplies", HAFTAR, "?"),
        (r"France|French|Paris", "backs", HAFTAR, "?"),
        (UAE, "backs|supplies", r"Wagner|fighter|mercenar", "?"),
        (SYRIA, "backs|supplies", HAFTAR, "?"),
        (HAFTAR, "opposes", r"Government of National Accord|GNA|Tripoli", "?"),
    ],
    "v08-bbc-niger-russians-2024": [
        (RUSSIA, "backs|supplies", NIGER, "*"),
        (NIGER, "opposes", r"France|French|West", "?"),
        (r"France|French", "opposes", r"jihad|Islamist|insurg", "?"),
        (r"France|French", "backs", NIGER, "?"),
        (NIGER, "backs", RUSSIA, "?"),
    ],
    "v09-trtworld-rwanda-m23-2024": [
        (RWANDA, "backs|supplies", M23, "*"),
        (RWANDA, "backs|supplies", M23, "?neg"),
        (RWANDA, "opposes", CONGO + r"|FDLR", "?"),
        (M23, "opposes", CONGO, "?"),
        (CONGO, "opposes", M23 + r"|" + RWANDA, "?"),
    ],
    "v10-straitstimes-germany-package-2023": [
        (GERMANY, "supplies|backs", UKRAINE, "*"),
    ],
    "v11-businessinsider-hezbollah-2023": [
        (r"Hezbollah", "backs", HAMAS, "*"),
        (r"Hezbollah", "opposes", ISRAEL, "?"),
        (ISRAEL, "opposes", r"Hezbollah|Hamas|Gaza|Lebanon", "?"),
        (r"Hamas", "opposes", ISRAEL, "?"),
    ],
    "v12-pledgetimes-eisenhower-2023": [
        (IRAN, "backs|supplies", HOUTHI, "*"),
        (IRAN, "backs|supplies", r"Hamas", "*"),
        (IRAN, "backs|supplies", r"Hezbollah", "*"),
        (US, "opposes", HOUTHI, "?"),
        (HOUTHI, "opposes", US + r"|ship", "?"),
        (US, "opposes", IRAN, "?"),
    ],
    "v13-africa-egypt-arms-somalia-2024": [
        (EGYPT, "supplies|backs", SOMALIA, "*"),
        (EGYPT + r"|" + SOMALIA, "opposes", ETHIOPIA, "?"),
        (ETHIOPIA, "opposes", EGYPT + r"|" + SOMALIA, "?"),
        (ETHIOPIA, "backs", r"Somaliland", "?"),
        (SOMALIA, "opposes", r"Somaliland", "?"),
    ],
    # negatives: a bank's funds, the public's support for striking nurses, an endorsement
    "v14-standard-hsbc-smes-2009": [],
    "v15-nationcymru-nurses-poll-2023": [],
    "v16-al-shelby-sessions-2019": [],
    "v17-mg-unita-sanctions-2000": [
        (SOUTH_AFRICA, "backs|supplies", UNITA + r"|rebel", "*"),
        (r"African heads|officials|states", "backs|supplies", UNITA, "?"),
        (r"UN|United Nations|Security Council", "opposes", UNITA, "?"),
        (UNITA, "opposes", ANGOLA + r"|government", "?"),
        (ANGOLA, "opposes", UNITA, "?"),
        (SOUTH_AFRICA + r"|Brit|United Kingdom|Hain", "opposes", UNITA, "?"),
    ],
    "v18-latimes-beira-corridor-1990": [
        (ZIMBABWE, "backs", MOZAMBIQUE, "*"),
        (ZIMBABWE, "opposes", r"rebel|Renamo|guerrilla", "?"),
        (r"rebel|Renamo|guerrilla", "opposes", MOZAMBIQUE + r"|" + ZIMBABWE, "?"),
        (MOZAMBIQUE, "opposes", r"rebel|Renamo|guerrilla", "?"),
    ],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
