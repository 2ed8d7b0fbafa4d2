"""Stances on a twenty-fourth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-three batches (``stances_fresh.py`` to ``stances_fresh23.py``) have been read;
these stories are real reports found in the team's stored public web pages by seventeen other
queries (three of the fourteen war queries gave no news report, so the first reserve was
searched), in wars, sides and wordings none of the twenty-three used (Syria's tanks and the
Palestinian guerrillas in northern Jordan, 1970; China's invasion of India and America's help
for India, 1962; Britain's troops against the mutinies of Uganda and Kenya, 1964; Angola's
troops for Sassou-Nguesso in Brazzaville, 1997 to 2002; the row over India's arms for Nepal's
army, 2011; the Naga rebels' truce with India, 2005; America's special forces for Manila's
army at Marawi, 2017; Guatemala's break with Britain over Belize, 1981; France's and Spain's
police against ETA, 2002; Nigeria's deportation of Ambazonia's leaders to Cameroon, 2019;
India's charge that Pakistan trains Sikh militants, 2013; Senegal's troops against the
Gambian coup, 1981), and two stories that say "back" or "support" with no stance between
parties (a town's library bond, farmers and flood policy), where any claim is false (the
queries, the rule and the pages are in ``benchmarks/data/stances_fresh24/QUERIES.md`` and
``README.md``), each rewritten in our own words from the page's facts. What an analyst expects
of each was written here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh24.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh24" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Kennedy|Rogers|McCloskey|State Department|CIA"
SOVIET = r"Soviet|Moscow|U\.?S\.?S\.?R"
SYRIA = r"Syria|Damascus"
JORDAN = r"Jordan|Hussein|Amman"
PALESTINIANS = r"Palestin|guerrilla|fedayeen|PLO"
ISRAEL = r"Israel"
CHINA = r"China|Chinese|Beijing|Peking"
INDIA = r"India|New Delhi|Delhi|Nehru|Shinde|Singh"
TIBET = r"Tibet"
BRITAIN = r"Brit|London|United Kingdom|\bUK\b|Staffordshire|Scots Guards|Royal|Marine|Commando"
UGANDA = r"^(?!.*Rifles).*(Uganda|Obote|Kampala)"
KENYA = r"^(?!.*Rifles).*(Kenya|Kenyatta|Nairobi)"
MUTINEERS = r"mutin|Rifles|revolt|rebel"
ANGOLA = r"Angola|Luanda|da Rosa"
SASSOU = r"Sassou|Nguesso|Congo|Brazzaville"
LISSOUBA = r"Lissouba|Kolelas"
UNITA = r"UNITA|Cabinda|rebel"
NEPAL_ARMY = r"^(?!.*Maoist).*(Nepal|Kathmandu|army|Army)"
MAOISTS = r"Maoist|Prachanda|guerrilla"
NAGA = r"Naga|NSCN|Khaplang|Isak|Muivah|rebel|separatist|insurgen"
PHILIPPINES = r"^(?!.*(Maute|Islamic State|ISIS)).*(Philippin|Manila|Duterte|army|Herrera|Filipino)"
ISLAMIC_STATE = r"Islamic State|ISIS|\bIS\b|Maute|militant|jihad|fighter"
GUATEMALA = r"Guatemala|Toledo"
BELIZE = r"Belize"
FRANCE = r"France|French|Paris"
SPAIN = r"Spain|Spanish|Madrid|Acebes"
ETA = r"ETA|Basque|separatist|Fernandez Iradi|Garcia Montero"
NIGERIA = r"Nigeria|Abuja"
CAMEROON = r"^(?!.*Ambazon).*(Cameroon|Yaounde)"
AMBAZONIA = r"Ambazon|separatist|Ayuk Tabe|Tabe"
PAKISTAN = r"Pakistan|Islamabad|ISI|Inter-Services"
SIKHS = r"Sikh|militan|Khalistan"
SENEGAL = r"Senegal|Dakar|Diouf"
GAMBIA = r"^(?!.*rebel).*(Gambia|Jawara|Dawda|Banjul|loyalist)"
GAMBIAN_REBELS = r"rebel|Marxist|coup|putsch"

E: dict[str, list[tuple[str, ...]]] = {
    "s03-jta-israel-watches-syrian-thrust-into-jordan-1970": [
        # "Syrian forces ... their invasion of northern Jordan"; "Syrian armour and Palestinian
        # guerrillas captured Irbid"
        (SYRIA, "opposes", JORDAN, "*"),
        (SYRIA, "backs|supplies", PALESTINIANS, "?"),
        (PALESTINIANS, "opposes", JORDAN, "?"),
        (JORDAN, "opposes", SYRIA + r"|" + PALESTINIANS, "?"),
        # Israel weighs acting; Rogers asks Moscow to press Syria to end its invasion
        (ISRAEL, "opposes", SYRIA, "?"),
        (US, "opposes", SYRIA, "?"),
        (US + r"|" + SOVIET, "mediates", r".", "?"),
        (SOVIET, "supplies|backs", SYRIA, "?"),
    ],
    "s05-realclearworld-a-forgotten-war-in-the-himalayas-2012": [
        # "China's surprise invasion"; "Chinese forces launched a surprise invasion"
        (CHINA, "opposes", INDIA, "*"),
        (INDIA, "opposes", CHINA, "?"),
        # "a tactical military alliance with the United States"; transport planes, spare parts
        # and radios; Kennedy's "support"
        (US, "backs|supplies", INDIA, "*"),
        (INDIA, "backs", US, "?"),
        # China's suspicion that India (or the CIA) was involved in Tibet's revolt
        (INDIA + r"|" + US, "backs|supplies", TIBET, "?"),
        (CHINA, "opposes", TIBET, "?"),
        (US, "opposes", r"Cuba|Soviet", "?"),
    ],
    "s06-time-mutiny-spreads-to-uganda-and-kenya-1964": [
        # Obote "asked Britain for help"; 450 soldiers flown in from Kenya
        (BRITAIN, "backs|supplies", UGANDA, "*"),
        # Kenyatta asked London for more troops; the Kenya Rifles' revolt put down by British
        # artillery
        (BRITAIN, "backs|supplies", KENYA, "?"),
        (BRITAIN, "opposes", MUTINEERS, "?"),
        (MUTINEERS, "opposes", UGANDA + r"|" + KENYA + r"|" + BRITAIN, "?"),
        (UGANDA + r"|" + KENYA, "opposes", MUTINEERS, "?"),
    ],
    "s07-irin-angolan-troops-begin-pull-out-of-congo-2002": [
        # "Angolan soldiers backing President Denis Sassou-Nguesso"
        (ANGOLA, "backs|supplies", SASSOU, "*"),
        (ANGOLA, "opposes", LISSOUBA, "?"),
        (SASSOU, "opposes", LISSOUBA, "?"),
        (LISSOUBA, "opposes", SASSOU + r"|" + ANGOLA, "?"),
        # Angola's charge: Lissouba supported UNITA and Cabinda's rebels
        (LISSOUBA, "backs|supplies", UNITA, "by:Angola|Luanda|."),
        (LISSOUBA, "backs|supplies", UNITA, "?doubt"),
        (ANGOLA, "opposes", UNITA, "?"),
    ],
    "s08-ians-row-over-indian-arms-supplies-to-nepal-2011": [
        # the report and the Maoists' charge that India sends lethal arms to Nepal's army;
        # India's denial
        (INDIA, "supplies|backs", NEPAL_ARMY, "by:."),
        (INDIA, "supplies|backs", NEPAL_ARMY, "?neg"),
        (INDIA, "supplies|backs", NEPAL_ARMY, "?doubt"),
        (r"Hinduja|Gulf Oil", "supplies", NEPAL_ARMY, "?"),
        (MAOISTS, "opposes", NEPAL_ARMY + r"|" + INDIA, "?"),
        (NEPAL_ARMY, "opposes", MAOISTS, "?"),
    ],
    "s09-dailystar-naga-leaders-hold-talks-to-save-truce-2005": [
        # a truce "with Indian forces"; "India's oldest insurgency"
        (NAGA, "opposes", INDIA, "*"),
        (INDIA, "opposes", NAGA, "?"),
    ],
    "s10-newsweek-us-special-forces-help-fight-isis-in-marawi-2017": [
        # "American special forces have joined the Philippine army's effort to retake Marawi";
        # "at the request of Duterte's government"
        (US, "backs|supplies", PHILIPPINES, "*"),
        (US, "opposes", ISLAMIC_STATE, "?"),
        # the army's effort "to retake Marawi City from fighters loyal to the Islamic State"
        (PHILIPPINES, "opposes", ISLAMIC_STATE, "*"),
        (ISLAMIC_STATE, "opposes", PHILIPPINES, "?"),
        (r"Maute", "backs", r"Islamic State|ISIS", "?"),
    ],
    "s11-csmonitor-guatemala-cuts-british-tie-over-belize-1981": [
        # consular relations broken "because Britain was granting Belize independence
        # unilaterally"; Guatemala "claims" Belize
        (GUATEMALA, "opposes", BRITAIN + r"|" + BELIZE, "*"),
        # "will not try to occupy Belize"
        (GUATEMALA, "opposes", BELIZE, "?neg"),
        (BRITAIN, "backs|supplies", BELIZE, "?"),
        (BRITAIN + r"|" + BELIZE, "opposes", GUATEMALA, "?"),
    ],
    "s12-majorcadailybulletin-suspected-eta-leaders-held-2002": [
        # "a joint operation of the French and Spanish police"; "a very hard blow to ETA"
        (SPAIN + r"|" + FRANCE, "opposes", ETA, "*"),
        (FRANCE, "backs", SPAIN, "?"),
        (ETA, "opposes", SPAIN + r"|" + FRANCE, "?"),
        (r"European Union|\bEU\b|" + US, "opposes", ETA, "?"),
    ],
    "s13-journalducameroun-nigerian-court-orders-return-of-ambazonia-leaders-2019": [
        # the leaders Nigeria "arrested and deported to Cameroon"
        (NIGERIA, "opposes", AMBAZONIA, "*"),
        (NIGERIA, "backs", CAMEROON, "?"),
        (CAMEROON, "opposes", AMBAZONIA, "?"),
        (AMBAZONIA, "opposes", CAMEROON, "?"),
    ],
    "s14-straitstimes-india-accuses-pakistan-of-fomenting-punjab-militancy-2013": [
        # "India accused Pakistan's intelligence agency ... of trying to recruit and train
        # militants"; "Sikh youths are being trained in ISI facilities"
        (PAKISTAN, "backs|supplies", SIKHS, "by:India|Shinde|minister|Delhi"),
        (PAKISTAN, "backs|supplies", SIKHS, "?doubt"),
        # the old charge over Kashmir
        (PAKISTAN, "backs|supplies", r"Kashmir|insurgen|rebel|militan", "?doubt"),
        (PAKISTAN, "backs|supplies", r"Kashmir|insurgen|rebel|militan", "by:."),
        (INDIA, "opposes", PAKISTAN + r"|" + SIKHS + r"|Kashmir|rebel|insurgen", "?"),
        (PAKISTAN + r"|" + SIKHS + r"|rebel", "opposes", INDIA, "?"),
    ],
    "s17-press-senegal-president-defends-move-on-gambia-rebels-1981": [
        # "send troops into neighbouring Gambia to crush a Marxist rebellion"; "at the request of
        # the Gambian president ... under a mutual defence pact"
        (SENEGAL, "backs|supplies", GAMBIA, "*"),
        (SENEGAL, "opposes", GAMBIAN_REBELS, "*"),
        (GAMBIAN_REBELS, "opposes", GAMBIA + r"|" + SENEGAL, "?"),
        (GAMBIA, "opposes", GAMBIAN_REBELS, "?"),
    ],
    # negatives: residents support a library bond; farmers and the government on floods
    "s15-fosters-durham-residents-back-library-bond-2012": [],
    "s16-fwi-government-should-listen-to-farmers-on-floods": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
