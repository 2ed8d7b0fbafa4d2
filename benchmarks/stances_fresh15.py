"""Stances on a fifteenth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first fourteen batches (``stances_fresh.py`` to ``stances_fresh14.py``) have been read;
these stories are real reports found in the team's stored public web pages by eighteen other
queries (two of the fourteen war queries and two of the four negatives gave no news report), in
wars, sides and wordings none of the fourteen used (America's airlift to Israel in 1973 recalled
beside its support against Hamas in 2023, Honduras denying a Sandinista incursion after the
contras' camps in 1986, the Athens junta's coup against Makarios in 1974, Cuba's troops leaving
Ethiopia in 1989, France's jets against Chad's UFR rebels in 2019, Albania's former president
who admitted arming the KLA, Chad's troops pulled out of the French-led war in Mali in 2013,
Azerbaijan denying that Turkey sent it fighters from Syria in 2020, Sudan's leaders denying
Iranian military aid in 2024, Russia's fighter jets for Myanmar's junta in 2021, Russia's
instructors for Niger's army in 2024, Algeria's mediation between the United States and Iran
over the hostages recalled in 2017), and two stories that say "backed", "backing" or "support"
with no stance between parties (a union's vote on a pay offer, a newspaper's campaign to save
post offices), where any claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh15/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh15.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh15" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Biden|Nixon|Reagan|State Department"
ISRAEL = r"Israel|\bIDF\b|Jewish state"
HAMAS = r"Hamas"
SOVIET = r"Soviet|USSR|Moscow"
IRAN = r"Iran|Tehran"
ARABS = r"attacker|Egypt|Syria|Arab"
CONTRAS = r"contra|rebel|Nicaraguan Democratic Force"
NICARAGUA = r"^(?!.*(contra|rebel)).*(Nicaragua|Managua|Sandinista)"
HONDURAS = r"Hondur|Tegucigalpa"
GREECE = r"Greece|Greek|Athens|junta"
CYPRUS = r"^(?!.*Turk).*(Cyprus|Cypriot|Makarios|Nicosia)"
TURKEY = r"Turk|Ankara|Erdogan"
WEST = r"NATO|Western|United States|America"
CUBA = r"Cuba|Havana|Castro"
ETHIOPIA = r"Ethiopia|Addis|Mengistu|Marxist government|Derg"
SOMALIA = r"Somali|Mogadishu|Siad"
FRANCE = r"France|French|Paris|Barkhane|Macron"
CHAD = r"^(?!.*(rebel|UFR|Union of Forces)).*(Chad|N'Djamena|Deby)"
CHAD_REBELS = r"rebel|UFR|Union of Forces|convoy|column"
ALBANIA = r"Albania|Tirana|Berisha"
KLA = r"Kosovo Liberation|\bKLA\b|UCK|separatist"
YUGOSLAVIA = r"Yugoslav|Serbia|Belgrade|Milosevic"
JIHADISTS = r"Qaida|Qaeda|Islamic Maghreb|AQIM|militant|jihad|Islamist"
MALI = r"^(?!.*(Qaida|militant)).*(Mali|Bamako)"
AZERBAIJAN = r"Azerbaijan|Baku|Aliyev|Azeri"
ARMENIA = r"Armenia|Yerevan|Karabakh|Pashinyan"
SUDAN = r"Sudan|Khartoum|Burhan|Jaber|Sovereign Council|army"
MYANMAR = r"Myanmar|Burma|junta|Naypyidaw|Tatmadaw|Min Aung Hlaing"
RUSSIA = r"Russia|Moscow|Kremlin|Putin|Africa Corps|African corps|Shugayev"
NIGER = r"^(?!.*Bazoum).*(Niger\b|Nigerien|Niamey|Tchiani|Tiani|junta)"
ALGERIA = r"Alger|Benyahia"

E: dict[str, list[tuple[str, ...]]] = {
    "f02-bootyreport-nixon-airlift-recalled-2023": [
        # "The Biden administration has moved quickly to support Israel in its fight against
        # Hamas"; "Nixon then ordered a mass airlift of tanks, ammunition and equipment to help
        # Israel win the war"
        (US, "backs|supplies", ISRAEL, "*"),
        (US, "supplies|backs", ISRAEL, "?"),
        (US, "opposes", HAMAS + r"|" + ARABS + r"|" + SOVIET, "?"),
        # "the Soviet Union arming Israel's attackers, much as Iran is now supporting Hamas"
        (SOVIET, "supplies|backs", ARABS, "?"),
        (SOVIET, "opposes", ISRAEL, "?"),
        (IRAN, "backs|supplies", HAMAS, "*"),
        (IRAN, "opposes", ISRAEL, "?"),
        (HAMAS + r"|" + ARABS, "opposes", ISRAEL, "?"),
        (ISRAEL, "opposes", HAMAS + r"|" + ARABS, "?"),
    ],
    "f03-latimes-honduras-denies-incursion-1986": [
        # "The contras, who are fighting a guerrilla war to overthrow the leftist Sandinista
        # government, operate from camps on the Honduran side"
        (CONTRAS, "opposes", NICARAGUA, "*"),
        # "Sandinista forces had moved into Honduras to stop the rebels" (said by US officials,
        # denied by Honduras)
        (NICARAGUA, "opposes", CONTRAS + r"|" + HONDURAS, "?"),
        (HONDURAS, "backs", CONTRAS, "?"),
        (US, "backs", CONTRAS, "?"),
        (HONDURAS, "opposes", NICARAGUA, "?"),
        (US, "opposes", NICARAGUA, "?"),
    ],
    "f04-famagusta-coup-anniversary-2023": [
        # "The coup ... against the lawful government of President Archbishop Makarios ... was
        # planned and ordered ... by the military junta that ruled Greece from Athens"
        (GREECE, "opposes", CYPRUS, "*"),
        # "the Turkish army invaded the island"
        (TURKEY, "opposes", CYPRUS + r"|" + GREECE, "?"),
        # "the tolerance and help of their Western allies, NATO and the United States"
        (WEST, "backs", GREECE, "?"),
    ],
    "f05-vinapk-cuban-troops-leave-ethiopia-1989": [
        # "the Cuban military presence in Ethiopia, which began in 1977 when the Marxist
        # government was fighting a war with Somalia"
        (CUBA, "backs", ETHIOPIA, "*"),
        (CUBA, "opposes", SOMALIA, "?"),
        (ETHIOPIA, "opposes", SOMALIA, "?"),
        (SOMALIA, "opposes", ETHIOPIA, "?"),
    ],
    "f06-euronews-french-jets-chad-rebels-2019": [
        # "French fighter jets carried out air strikes on rebels in north-eastern Chad"
        (FRANCE, "opposes", CHAD_REBELS, "*"),
        # headline "in support of Deby"; "he has kept their support"
        (FRANCE, "backs", CHAD, "*"),
        (r"Western|allies", "backs", CHAD, "?"),
        # "vowed last year to overthrow President Idriss Deby"
        (CHAD_REBELS, "opposes", CHAD, "*"),
        (CHAD, "opposes", CHAD_REBELS + r"|" + JIHADISTS, "?"),
        (FRANCE, "opposes", JIHADISTS + r"|terror", "?"),
        (CHAD, "backs", FRANCE + r"|" + MALI, "?"),
    ],
    "f08-sputnik-berisha-kla-arms-2017": [
        # "Berisha has admitted that he sent arms to the separatist Kosovo Liberation Army"
        (ALBANIA, "supplies|backs", KLA, "*"),
        # "which fought Yugoslav army and police units"
        (KLA, "opposes", YUGOSLAVIA, "*"),
        (YUGOSLAVIA, "opposes", KLA, "?"),
        (US, "opposes", KLA, "?"),
    ],
    "f09-guardian-chad-pulls-troops-mali-2013": [
        # "Chadian forces have backed French forces in some of the heaviest battles"
        (CHAD, "backs", FRANCE, "*"),
        # "the French-led mission against al-Qaida-linked militants"
        (FRANCE, "opposes", JIHADISTS, "*"),
        (CHAD, "opposes", JIHADISTS, "?"),
        (JIHADISTS, "opposes", CHAD + r"|" + FRANCE + r"|" + MALI, "?"),
        (CHAD + r"|" + FRANCE + r"|UN\b|United Nations", "backs", MALI, "?"),
    ],
    "f10-reuters-azerbaijan-denies-syrian-fighters-2020": [
        # "Armenia's ambassador to Russia said ... that Turkey had sent about 4,000 fighters from
        # northern Syria to Azerbaijan": an accusation, denied by Aliyev's aide
        (TURKEY, "backs|supplies", AZERBAIJAN, "by:Armenia|ambassador|Interfax|RIA"),
        (TURKEY, "backs|supplies", AZERBAIJAN, "?neg"),
        (AZERBAIJAN, "opposes", ARMENIA, "?"),
        (ARMENIA, "opposes", AZERBAIJAN + r"|" + TURKEY, "?"),
    ],
    "f11-albawaba-sudan-denies-iran-aid-2024": [
        # "have denied claims that Iran gave Sudan military aid"
        (IRAN, "backs|supplies", SUDAN, "?neg"),
        (IRAN, "backs|supplies", SUDAN, "?doubt"),
    ],
    "f12-reuters-russia-jets-myanmar-2021": [
        # "Russia is pressing on with plans to supply Myanmar with Su-30 fighter jets"
        (RUSSIA, "supplies|backs", MYANMAR, "*"),
        (RUSSIA, "backs|supplies", MYANMAR, "?"),
    ],
    "f13-rt-russian-instructors-niger-2024": [
        # "flown a team of instructors and equipment to Niger to help train the Nigerien army"
        (RUSSIA, "backs|supplies", NIGER, "*"),
        (RUSSIA, "supplies|backs", NIGER, "?"),
        (RUSSIA + r"|" + NIGER, "opposes", r"terror", "?"),
        # "France finished pulling its troops out of Niger ... after Niamey ordered them to
        # leave, accusing the former colonial power of meddling"
        (NIGER, "opposes", FRANCE + r"|Bazoum", "?"),
    ],
    "f14-ambalg-us-thanks-algeria-hostages-2017": [
        # "In 1980 and 1981 Algeria mediated the crisis"; "its mediation efforts that led to the
        # release of 52 American diplomats held hostage in Iran"
        (ALGERIA, "mediates", US + r"|" + IRAN, "*"),
        (IRAN, "opposes", US, "?"),
        (US, "opposes", IRAN, "?"),
    ],
    # negatives: a union's vote on a pay offer ("backed the offer", "support staff"), a
    # newspaper's campaign to save post offices ("backed the campaign", "the backing of their
    # MP", "supported by a residents' association")
    "f15-wionews-teachers-accept-pay-offer-2023": [],
    "f17-lancashiretelegraph-post-office-campaign-2008": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
