# ruff: noqa: E501  (data: one sentence and its expectations a line)
"""Stances told in wordings the probe held few of, each sentence written with its expectations first.

A probe, not a measure, beside ``stances_probe.py`` and read by its machinery (the same
expectations, flags and verdicts; see that file's docstring): 220 sentences of wire copy,
headlines and officials' quotes written for branch sidesfix37 before any run, over wars of
many decades and continents, in wordings the probe and the tests held few of ("threw its weight
behind", "came to the aid of", "lent support to", "funneled weapons to", "bankrolled", "sent
military advisers to", "pledged troops", "brokered a truce between", "sided with", "turned on",
"abandoned", "a client state of", "condemned X's invasion", "sanctioned", "recognised", "cut
off", the passive, relative clauses, headlines, quotes, negations and hypotheticals), with
sentences that say "support", "aid" or "ally" and no stance between parties (sport, charities,
politics at home), and four kinds the last stop left: a war or clashes "between" two sides,
weapons "supplied to" a side that struck, a war named from one of its parties, and the
Falklands as a place. Each sentence is its own article, dated by its date line.

    .venv/bin/python benchmarks/stances_wordings.py [--all] [--from ARTICLE] [--before ARTICLE]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stances_probe as probe  # the probe's machinery, beside this file

US = probe.US
RU = probe.RU
UK = r"United Kingdom|Britain|British|London"
NS = r"not stated|^$"
D: list = []


def one(name: str, date: str, sentence: str, *expected: tuple) -> None:
    """A one-sentence article and what an analyst expects of it."""
    D.append((name, date, [(sentence, list(expected))]))


# --- "threw its weight behind" ---------------------------------------------------------------
one(
    "weight-angola-1975",
    "November 20, 1975",
    "Cuba threw its weight behind the MPLA in Angola's civil war.",
    ("Cuba", "backs", "MPLA", "", "Angola"),
)
one(
    "weight-libya-2011",
    "March 10, 2011",
    "France threw its weight behind the Libyan rebels, recognising their council in Benghazi.",
    ("France", "backs", "rebel|council|Transitional|NTC", ""),
)
one(
    "weight-venezuela-2019",
    "January 24, 2019",
    "Washington threw its weight behind Juan Guaido, the Venezuelan opposition leader.",
    (US, "backs", "Guaido|opposition", "?"),
)
one(
    "weight-donbas-2014",
    "May 12, 2014",
    "Moscow has thrown its weight behind the separatists in eastern Ukraine.",
    (RU, "backs", "separatist|Donbas", ""),
)
one(
    "weight-headline-sudan-2023",
    "May 2, 2023",
    "Egypt throws weight behind Sudan's army as RSF advances",
    ("Egypt", "backs", "Sudan|army|SAF", ""),
)
one(
    "weight-bangladesh-1971",
    "November 1, 1971",
    "India threw its weight behind the Bengali guerrillas fighting Pakistan's army.",
    ("India", "backs", "Bengali|guerrilla|Mukti", ""),
    ("guerrilla|Bengali|Mukti", "opposes", "Pakistan", "?"),
)
one(
    "weight-negative-mayor-2022",
    "May 5, 2022",
    "The union threw its weight behind the mayor's re-election bid.",
)
one(
    "weight-karabakh-2020",
    "October 5, 2020",
    "Turkey threw its full weight behind Azerbaijan in the war over Nagorno-Karabakh.",
    ("Turkey", "backs", "Azerbaijan", "", "Karabakh"),
)

# --- "came to the aid of" --------------------------------------------------------------------
one(
    "aid-korea-1950",
    "July 5, 1950",
    "The United States came to the aid of South Korea after the North invaded in June.",
    (US, "backs", "South Korea|Korea", ""),
    ("North Korea", "opposes", "South Korea|Korea", "?"),
)
one(
    "aid-kuwait-1990",
    "August 9, 1990",
    "Saudi Arabia asked Washington to come to the aid of Kuwait after Iraq's invasion.",
    (US, "backs", "Kuwait", "?"),
    ("Iraq", "opposes", "Kuwait", "?"),
)
one(
    "aid-chad-1983",
    "August 10, 1983",
    "France came to the aid of Chad's government as Libyan-backed rebels advanced.",
    ("France", "backs", "Chad", ""),
    ("Libya", "backs", "rebel", ""),
    ("rebel", "opposes", "Chad", "?"),
)
one(
    "aid-mali-2013",
    "January 14, 2013",
    "French troops came to the aid of the Malian army when jihadists marched on Bamako.",
    ("France", "backs", "Mali", ""),
    ("France", "opposes", "jihad", "?"),
    ("jihad", "opposes", "Mali", "?"),
)
one(
    "aid-negative-floods-2021",
    "July 16, 2021",
    "Firefighters came to the aid of residents trapped by the floods.",
)
one(
    "aid-uganda-1979",
    "March 1, 1979",
    "Tanzania came to the aid of Ugandan exiles fighting Idi Amin.",
    ("Tanzania", "backs", "Ugand|exile", ""),
    ("exile|Ugand", "opposes", "Amin|Uganda", "?"),
)
one(
    "aid-nobody-armenia-2023",
    "September 25, 2023",
    "No country came to the aid of Armenia when Azerbaijan retook Karabakh.",
    ("Azerbaijan", "opposes", "Armenia|Karabakh", "?"),
)
one(
    "aid-not-serbia-1999",
    "April 20, 1999",
    "Russia did not come to the aid of Serbia during NATO's bombing.",
    (RU, "backs", "Serbia|Yugoslav", "?neg"),
    ("NATO", "opposes", "Serbia|Yugoslav", "?"),
)

# --- "lent support to" -----------------------------------------------------------------------
one(
    "lent-contras-1984",
    "May 3, 1984",
    "Honduras lent support to the Contras by letting them use camps along the border.",
    ("Honduras", "backs", "Contra", ""),
)
one(
    "lent-syria-2012",
    "August 2, 2012",
    "Qatar lent financial support to Syrian rebel groups, diplomats said.",
    ("Qatar", "backs", "rebel", "by:diplomat"),
)
one(
    "lent-rwanda-1994",
    "May 30, 1994",
    "Uganda lent support to the Rwandan Patriotic Front during its advance on Kigali.",
    ("Uganda", "backs", "Rwandan Patriotic|RPF", ""),
)
one(
    "lent-negative-charity-2018",
    "June 1, 2018",
    "The actress lent her support to a children's cancer charity.",
)
one(
    "lent-libya-2015",
    "June 1, 2015",
    "Egypt has lent support to Khalifa Haftar's forces in eastern Libya.",
    ("Egypt", "backs", "Haftar|LNA|Libyan National", ""),
)
one(
    "lent-biafra-1968",
    "September 10, 1968",
    "France quietly lent support to Biafra's secessionists.",
    ("France", "backs", "Biafra|secession", ""),
)

# --- "funneled weapons to" -------------------------------------------------------------------
one(
    "funnel-afghanistan-1985",
    "June 4, 1985",
    "The CIA funneled weapons to the Afghan mujahideen through Pakistan.",
    (US + "|CIA", "supplies", "mujahideen", ""),
)
one(
    "funnel-contras-1986",
    "November 25, 1986",
    "White House aides funneled money from secret arms sales to Iran to the Contras.",
    (US, "backs|supplies", "Contra", "?"),
    (US, "supplies", "Iran", "?"),
)
one(
    "funnel-donbas-2014",
    "August 28, 2014",
    "Russia has funneled weapons and fighters to the rebels in eastern Ukraine, NATO said.",
    (RU, "supplies|backs", "rebel|separatist", "by:NATO"),
)
one(
    "funnel-yemen-2015",
    "October 1, 2015",
    "Iran funneled weapons to the Houthis by sea, a UN panel found.",
    ("Iran", "supplies", "Houthi", "by:UN|U\\.N\\.|United Nations|panel"),
)
one(
    "funnel-congo-1998",
    "September 1, 1998",
    "Rwanda funnelled arms to Congolese rebels fighting Laurent Kabila.",
    ("Rwanda", "supplies", "rebel|Congolese", ""),
    ("rebel", "opposes", "Kabila|Congo", "?"),
)
one(
    "funnel-libya-2011",
    "June 30, 2011",
    "Qatar funnelled weapons to Libyan rebels in the Nafusa mountains.",
    ("Qatar", "supplies", "rebel", ""),
)

# --- "bankrolled" ----------------------------------------------------------------------------
one(
    "bankroll-iraq-1982",
    "June 1, 1982",
    "Saudi Arabia bankrolled Iraq's war against Iran.",
    ("Saudi", "backs", "Iraq", ""),
    ("Iraq", "opposes", "Iran", "?"),
)
one(
    "bankroll-ira-1987",
    "November 2, 1987",
    "Libya bankrolled the IRA's campaign in Northern Ireland.",
    ("Libya", "backs", "IRA|Irish Republican", "", "Northern Ireland"),
)
one(
    "bankroll-donors-2014",
    "June 15, 2014",
    "Gulf donors bankrolled jihadist groups in Syria.",
    ("donor|Gulf", "backs", "jihad", "?"),
)
one(
    "bankroll-negative-film-2019", "March 1, 2019", "A hedge fund bankrolled the film's production."
)
one(
    "bankroll-salvador-1982",
    "March 1, 1982",
    "Washington bankrolled the Salvadoran army's war on leftist guerrillas.",
    (US, "backs", "Salvador|army", ""),
    ("Salvador|army", "opposes", "guerrilla", "?"),
)
one(
    "bankroll-headline-2019",
    "June 5, 2019",
    "Tehran bankrolls Hezbollah with $700m a year, State Department says",
    ("Iran", "backs", "Hezbollah", "by:State Department|" + US),
)

# --- "sent military advisers to" -------------------------------------------------------------
one(
    "advisers-vietnam-1962",
    "February 1, 1962",
    "The United States sent military advisers to South Vietnam to train its army.",
    (US, "backs", "Vietnam", ""),
)
one(
    "advisers-angola-1975",
    "December 1, 1975",
    "The Soviet Union sent military advisers to Angola to help the MPLA.",
    ("Soviet", "backs", "MPLA", ""),
)
one(
    "advisers-ogaden-1977",
    "November 20, 1977",
    "Moscow sent military advisers to Ethiopia during the Ogaden war with Somalia.",
    ("Soviet", "backs", "Ethiop", ""),
    ("Ethiop", "opposes", "Somalia", "?"),
)
one(
    "advisers-car-2018",
    "March 22, 2018",
    "Russia sent military advisers to the Central African Republic.",
    (RU, "backs", "Central African|CAR", "?"),
)
one(
    "advisers-salvador-1981",
    "March 3, 1981",
    "Washington sent 55 military advisers to El Salvador.",
    (US, "backs", "Salvador", "?"),
)
one(
    "advisers-iraq-2014",
    "September 1, 2014",
    "Britain will send military advisers to Iraq to help Kurdish forces fight Islamic State.",
    (UK, "backs", "Kurd", "?"),
    (UK, "opposes", "Islamic State|ISIS|ISIL", "?"),
    ("Kurd", "opposes", "Islamic State", "?"),
)
one(
    "advisers-negative-coach-2021",
    "August 1, 2021",
    "The coach sent advisers to the youth team's training camp.",
)

# --- "pledged troops" ------------------------------------------------------------------------
one(
    "pledged-gulf-1990",
    "August 11, 1990",
    "Egypt and Syria pledged troops to the coalition against Iraq.",
    ("Egypt", "opposes", "Iraq", "?"),
    ("Syria", "opposes", "Iraq", "?"),
    ("Egypt|Syria", "backs", "coalition|" + US, "?"),
)
one(
    "pledged-congo-2022",
    "June 20, 2022",
    "Kenya pledged troops to a regional force to fight rebels in eastern Congo.",
    ("Kenya", "opposes", "rebel|M23", "?"),
    ("Kenya", "backs", "Congo", "?"),
)
one(
    "pledged-iraq-2003",
    "March 18, 2003",
    "Poland pledged troops for the US-led invasion of Iraq.",
    ("Poland", "backs", US + "|coalition", "?"),
    ("Poland", "opposes", "Iraq", "?"),
)
one(
    "pledged-mali-2013",
    "January 17, 2013",
    "Chad pledged 2,000 troops to help Mali fight the jihadists.",
    ("Chad", "backs", "Mali", ""),
    ("Chad", "opposes", "jihad", "?"),
    ("Mali", "opposes", "jihad", "?"),
)
one(
    "pledged-negative-police-2022",
    "May 1, 2022",
    "The mayor pledged more police officers for the city's parks.",
)
one(
    "pledged-haiti-2023",
    "July 30, 2023",
    "Kenya has pledged troops to a police mission in Haiti against the gangs.",
    ("Kenya", "opposes", "gang", "?"),
    ("Kenya", "backs", "Haiti", "?"),
)

# --- "brokered a truce between" --------------------------------------------------------------
one(
    "truce-karabakh-1994",
    "May 12, 1994",
    "Russia brokered a truce between Armenia and Azerbaijan in May.",
    (RU, "mediates", "Armenia", "", "Karabakh"),
    (RU, "mediates", "Azerbaijan", "", "Karabakh"),
)
one(
    "truce-gaza-2012",
    "November 22, 2012",
    "Egypt brokered a truce between Israel and Hamas.",
    ("Egypt", "mediates", "Israel", ""),
    ("Egypt", "mediates", "Hamas", ""),
)
one(
    "truce-palestine-1948",
    "June 11, 1948",
    "The United Nations brokered a truce between Israel and its Arab neighbours.",
    ("United Nations|UN", "mediates", "Israel", ""),
    ("United Nations|UN", "mediates", "Arab", "?"),
)
one(
    "truce-mali-2015",
    "June 20, 2015",
    "Algeria brokered a peace deal between Mali's government and Tuareg rebels.",
    ("Algeria", "mediates", "Mali", ""),
    ("Algeria", "mediates", "Tuareg|rebel", ""),
)
one(
    "truce-chechnya-1996",
    "August 31, 1996",
    "Russia brokered a truce between Chechen separatists and federal forces.",
    (RU, "mediates", "Chechen|separatist|federal", "?"),
)
one(
    "truce-negative-players-2020",
    "February 1, 2020",
    "The coach brokered a truce between the two star players.",
)
one(
    "truce-grain-2022",
    "July 22, 2022",
    "Turkey helped broker a deal between Russia and Ukraine on grain exports.",
    ("Turkey", "mediates", "Russia", ""),
    ("Turkey", "mediates", "Ukrain", ""),
)

# --- "sided with" ----------------------------------------------------------------------------
one(
    "sided-ogaden-1977",
    "September 1, 1977",
    "The Soviet Union sided with Ethiopia when Somalia invaded the Ogaden.",
    ("Soviet", "backs", "Ethiop", ""),
    ("Somalia", "opposes", "Ethiop", "?"),
)
one(
    "sided-kashmir-1965",
    "September 10, 1965",
    "China sided with Pakistan in its 1965 war with India.",
    ("China", "backs", "Pakistan", ""),
    ("Pakistan", "opposes", "India", "?"),
    ("China", "opposes", "India", "?"),
)
one(
    "sided-kosovo-1999",
    "April 1, 1999",
    "Russia sided with Serbia against NATO over Kosovo.",
    (RU, "backs", "Serbia|Yugoslav", ""),
    (RU, "opposes", "NATO", "?"),
)
one(
    "sided-tigray-2021",
    "June 1, 2021",
    "Eritrea sided with the Ethiopian army against Tigrayan forces.",
    ("Eritrea", "backs", "Ethiop", ""),
    ("Eritrea", "opposes", "Tigray|TPLF", ""),
)
one(
    "sided-iran-iraq-1982",
    "June 1, 1982",
    "Syria sided with Iran in the war with Iraq, a rare Arab state to do so.",
    ("Syria", "backs", "Iran", ""),
    ("Syria", "opposes", "Iraq", "?"),
    ("Iran", "opposes", "Iraq", "?"),
)
one(
    "sided-negative-tenants-2021",
    "May 1, 2021",
    "The judge sided with the tenants against their landlord.",
)
one(
    "sided-negative-voters-2022",
    "May 9, 2022",
    "Voters sided with the opposition in Sunday's election.",
)

# --- "turned on" -----------------------------------------------------------------------------
one(
    "turned-cambodia-1978",
    "December 26, 1978",
    "Vietnam turned on its former ally, the Khmer Rouge, and invaded Cambodia.",
    ("Vietnam", "opposes", "Khmer|Cambodia", ""),
)
one(
    "turned-kuwait-1990",
    "August 3, 1990",
    "Iraq turned on Kuwait, its wartime creditor, and invaded it.",
    ("Iraq", "opposes", "Kuwait", ""),
)
one(
    "turned-wagner-2023",
    "June 24, 2023",
    "Wagner turned on the Russian army and marched towards Moscow.",
    ("Wagner", "opposes", RU, "?"),
)
one(
    "turned-nusra-2014",
    "February 3, 2014",
    "The Islamic State turned on its former allies in the Nusra Front.",
    ("Islamic State|ISIS|ISIL", "opposes", "Nusra", "?"),
)
one("turned-negative-fans-2019", "March 1, 2019", "Fans turned on the manager after the defeat.")

# --- "abandoned" -----------------------------------------------------------------------------
one(
    "abandoned-vietnam-1975",
    "April 20, 1975",
    "The United States abandoned South Vietnam in its final months.",
    (US, "backs", "Vietnam", "?neg"),
)
one(
    "abandoned-kurds-2019",
    "October 10, 2019",
    "Washington abandoned the Syrian Kurds when Turkey invaded northern Syria.",
    (US, "backs", "Kurd|SDF|YPG", "?neg"),
    ("Turkey", "opposes", "Kurd|Syria|SDF|YPG", "?"),
)
one(
    "abandoned-najibullah-1991",
    "December 1, 1991",
    "Moscow abandoned its Afghan client, Najibullah, cutting off aid.",
    (RU, "backs", "Najib|Afghan", "?neg"),
)
one(
    "abandoned-afghanistan-2021",
    "August 16, 2021",
    "America abandoned the Afghan government to the Taliban.",
    (US, "backs", "Afghan", "?neg"),
    ("Taliban", "opposes", "Afghan", "?"),
)
one(
    "abandoned-negative-stadium-2017",
    "March 1, 2017",
    "The team abandoned its plans for a new stadium.",
)

# --- "a client state of" ---------------------------------------------------------------------
one(
    "client-yemen-1980",
    "June 1, 1980",
    "South Yemen, a client state of the Soviet Union, hosted Soviet naval bases.",
    ("Soviet", "backs", "Yemen", "?"),
)
one(
    "client-vietnam-1965",
    "June 1, 1965",
    "South Vietnam, a client state of the United States, fought the Viet Cong.",
    (US, "backs", "Vietnam", "?"),
    ("South Vietnam|Vietnam", "opposes", "Viet Cong", ""),
)
one(
    "client-cambodia-1979",
    "January 7, 1979",
    "Cambodia, a client state of China, was invaded by Vietnam.",
    ("China", "backs", "Cambodia|Khmer", "?"),
    ("Vietnam", "opposes", "Cambodia|Khmer", ""),
)
one(
    "client-belarus-2022",
    "February 25, 2022",
    "Belarus, a client state of Russia, let Russian troops invade Ukraine from its soil.",
    (RU, "backs", "Belarus", "?"),
    (RU, "opposes", "Ukrain", "?"),
)
one(
    "client-korea-1950",
    "June 26, 1950",
    "North Korea, then a Soviet client state, invaded the South.",
    ("Soviet", "backs", "North Korea", "?"),
    ("North Korea", "opposes", "South Korea|Korea", "?"),
)

# --- "condemned X's invasion" ----------------------------------------------------------------
one(
    "condemned-cambodia-1979",
    "January 8, 1979",
    "China condemned Vietnam's invasion of Cambodia.",
    ("China", "opposes", "Vietnam", "?"),
    ("Vietnam", "opposes", "Cambodia", "?"),
)
one(
    "condemned-kuwait-1990",
    "August 3, 1990",
    "The Arab League condemned Iraq's invasion of Kuwait.",
    ("Arab League", "opposes", "Iraq", "?"),
    ("Iraq", "opposes", "Kuwait", "?"),
)
one(
    "condemned-ukraine-2022",
    "February 25, 2022",
    "Japan condemned Russia's invasion of Ukraine and imposed sanctions.",
    ("Japan", "opposes", RU, "?"),
    (RU, "opposes", "Ukrain", "?"),
    ("Japan", "backs", "Ukrain", "?"),
)
one(
    "condemned-prague-1968",
    "August 22, 1968",
    "Romania condemned the Soviet invasion of Czechoslovakia.",
    ("Romania", "opposes", "Soviet", "?"),
    ("Soviet", "opposes", "Czech", "?"),
)
one(
    "condemned-cyprus-1974",
    "July 21, 1974",
    "Greece condemned Turkey's invasion of Cyprus.",
    ("Greece", "opposes", "Turkey", "?"),
    ("Turkey", "opposes", "Cyprus", "?"),
)
one(
    "condemned-grenada-1983",
    "October 26, 1983",
    "Britain condemned the American invasion of Grenada.",
    (UK, "opposes", US, "?"),
    (US, "opposes", "Grenada", "?"),
)
one(
    "condemned-negative-privacy-2020",
    "March 1, 2020",
    "Critics condemned the studio's invasion of privacy.",
)

# --- "sanctioned" ----------------------------------------------------------------------------
one(
    "sanctioned-russia-2022",
    "March 1, 2022",
    "The European Union sanctioned Russian banks over the war in Ukraine.",
    ("European Union|EU", "opposes", RU, "?"),
)
one(
    "sanctioned-turkey-2019",
    "October 15, 2019",
    "Washington sanctioned Turkish ministers over the offensive in northern Syria.",
    (US, "opposes", "Turk", "?"),
)
one(
    "sanctioned-iraq-1990",
    "August 6, 1990",
    "The UN Security Council sanctioned Iraq days after the invasion of Kuwait.",
    ("UN|United Nations|Security Council", "opposes", "Iraq", "?"),
    ("Iraq", "opposes", "Kuwait", "?"),
)
one(
    "sanctioned-houthis-2024",
    "January 25, 2024",
    "Britain sanctioned Houthi leaders over attacks on Red Sea shipping.",
    (UK, "opposes", "Houthi", "?"),
)
one(
    "sanctioned-negative-league-2018",
    "April 1, 2018",
    "The league sanctioned the club for fielding an ineligible player.",
)
one("sanctioned-negative-fifa-2017", "May 1, 2017", "FIFA sanctioned the tournament's new format.")

# --- "recognised" ----------------------------------------------------------------------------
one(
    "recognised-abkhazia-2008",
    "August 26, 2008",
    "Russia recognised Abkhazia and South Ossetia as independent states.",
    (RU, "backs", "Abkhaz", "?"),
    (RU, "backs", "Ossetia", "?"),
)
one(
    "recognised-ntc-2011",
    "March 10, 2011",
    "France recognised the rebels' National Transitional Council as Libya's government.",
    ("France", "backs", "Transitional|rebel|NTC", ""),
)
one(
    "recognised-mpla-1975",
    "November 25, 1975",
    "Nigeria recognised the MPLA as Angola's government.",
    ("Nigeria", "backs", "MPLA", ""),
)
one(
    "recognised-donbas-2022",
    "February 22, 2022",
    "Russia recognised the Donetsk and Luhansk separatist republics.",
    (RU, "backs", "Donetsk|Luhansk|separatist|Donbas", ""),
)
one(
    "recognised-sahara-2020",
    "December 11, 2020",
    "The United States recognised Morocco's sovereignty over Western Sahara.",
    (US, "backs", "Morocc", "?"),
)
one("recognised-negative-award-2019", "June 1, 2019", "The award recognised her work for refugees.")

# --- "cut off" -------------------------------------------------------------------------------
one(
    "cutoff-kabul-1992",
    "January 1, 1992",
    "Moscow cut off arms deliveries to Kabul after the Soviet Union collapsed.",
    (RU, "supplies|backs", "Afghan|Kabul", "?neg"),
)
one(
    "cutoff-contras-1984",
    "October 12, 1984",
    "Congress cut off aid to the Contras.",
    (US + "|Congress", "backs|supplies", "Contra", "?neg"),
)
one(
    "cutoff-gaza-2023",
    "October 10, 2023",
    "Israel cut off electricity and water to Gaza.",
    ("Israel", "opposes", "Gaza|Hamas|Palestin", "?"),
)
one(
    "cutoff-crimea-2014",
    "April 26, 2014",
    "Ukraine cut off water supplies to Crimea.",
    ("Ukrain", "opposes", "Crimea|Russia", "?"),
)
one(
    "cutoff-vietnam-1978",
    "July 3, 1978",
    "China cut off aid to Vietnam as relations collapsed.",
    ("China", "backs|supplies", "Vietnam", "?neg"),
)
one(
    "cutoff-negative-storm-2020", "August 1, 2020", "The storm cut off power to thousands of homes."
)

# --- the passive -----------------------------------------------------------------------------
one(
    "passive-mujahideen-1985",
    "June 1, 1985",
    "The mujahideen were armed by the United States and Saudi Arabia.",
    (US, "supplies", "mujahideen", ""),
    ("Saudi", "supplies", "mujahideen", ""),
)
one(
    "passive-unita-1976",
    "February 1, 1976",
    "UNITA was backed by South Africa and the United States.",
    ("South Africa", "backs", "UNITA", ""),
    (US, "backs", "UNITA", ""),
)
one(
    "passive-houthis-2015",
    "April 20, 2015",
    "The Houthis are armed by Iran, Saudi officials say.",
    ("Iran", "supplies", "Houthi", "by:Saudi|official"),
)
one(
    "passive-rwanda-1994",
    "April 20, 1994",
    "The Hutu militias were trained by the Rwandan army.",
    ("Rwanda", "backs", "Hutu|militia|Interahamwe", "?"),
)
one(
    "passive-syria-2013",
    "March 1, 2013",
    "The rebels were financed by Qatar and Saudi Arabia.",
    ("Qatar", "backs", "rebel", ""),
    ("Saudi", "backs", "rebel", ""),
)
one(
    "passive-kosovo-1998",
    "July 1, 1998",
    "The Kosovo Liberation Army was trained by Albanian officers.",
    ("Albania", "backs", "Kosovo|KLA", "?"),
)
one(
    "passive-hezbollah-2006",
    "July 20, 2006",
    "Hezbollah is funded and armed by Iran.",
    ("Iran", "backs", "Hezbollah", "?"),
    ("Iran", "supplies", "Hezbollah", ""),
)
one(
    "passive-sandinistas-1979",
    "July 1, 1979",
    "The Sandinistas were supported by Cuba.",
    ("Cuba", "backs", "Sandinista|FSLN", ""),
)
one(
    "passive-tripoli-2020",
    "June 5, 2020",
    "The Libyan government was defended by Turkish drones.",
    ("Turkey", "backs", "Libya|GNA|Tripoli|National Accord", "?"),
)
one(
    "passive-egypt-1973",
    "October 15, 1973",
    "Egypt was resupplied by the Soviet Union during the war.",
    ("Soviet", "supplies", "Egypt", ""),
)
one(
    "passive-kabila-1998",
    "September 1, 1998",
    "Kabila's government was rescued by Angolan and Zimbabwean troops.",
    ("Angola", "backs", "Kabila|Congo", ""),
    ("Zimbabwe", "backs", "Kabila|Congo", ""),
)
one("passive-negative-hospital-2019", "May 1, 2019", "The hospital was funded by a local charity.")

# --- relative clauses ------------------------------------------------------------------------
one(
    "relative-militia-2023",
    "October 20, 2023",
    "The militia, which Iran arms, fired rockets at American bases in Syria.",
    ("Iran", "supplies", "militia", ""),
    ("militia", "opposes", US, "?"),
)
one(
    "relative-contras-1985",
    "March 1, 1985",
    "The Contras, whom Washington armed and trained, attacked farming cooperatives.",
    (US, "supplies", "Contra", ""),
    (US, "backs", "Contra", "?"),
)
one(
    "relative-donbas-2015",
    "January 25, 2015",
    "The separatists, whom Moscow supplies with tanks, shelled Mariupol.",
    (RU, "supplies", "separatist", ""),
    ("separatist", "opposes", "Ukrain|Mariupol", "?"),
)
one(
    "relative-ogaden-1977",
    "July 25, 1977",
    "Somalia, which the Soviet Union had armed, invaded Ethiopia's Ogaden.",
    ("Soviet", "supplies", "Somalia", ""),
    ("Somalia", "opposes", "Ethiop", ""),
)
one(
    "relative-aleppo-2016",
    "December 13, 2016",
    "Assad's forces, which Russia backs from the air, retook Aleppo.",
    (RU, "backs", "Assad|Syria", ""),
)
one(
    "relative-haftar-2019",
    "April 10, 2019",
    "Haftar, whom the UAE supplies with drones, attacked Tripoli.",
    ("Emirates|UAE", "supplies", "Haftar|LNA", ""),
    ("Haftar|LNA", "opposes", "Tripoli|GNA|Libya|National Accord", "?"),
)
one(
    "relative-m23-2022",
    "June 14, 2022",
    "The M23, which Kinshasa says Rwanda backs, seized Bunagana.",
    ("Rwanda", "backs", "M23", "by:Kinshasa|Congo"),
)
one(
    "relative-tigers-1988",
    "June 1, 1988",
    "The Tamil Tigers, whom India once trained, fought Indian peacekeepers.",
    ("India", "backs", "Tamil|Tiger|LTTE", "?"),
    ("Tamil|Tiger|LTTE", "opposes", "India", "?"),
)
one(
    "relative-houthis-2024",
    "January 10, 2024",
    "The Houthis, who are backed by Iran, attacked ships in the Red Sea.",
    ("Iran", "backs", "Houthi", ""),
)
one(
    "relative-liberia-1990",
    "June 1, 1990",
    "Charles Taylor's rebels, whom Libya trained, advanced on Monrovia.",
    ("Libya", "backs", "Taylor|rebel|NPFL", ""),
)
one(
    "relative-ossetia-2008",
    "August 8, 2008",
    "South Ossetia, which Russia protects, was shelled by Georgian forces.",
    (RU, "backs", "Ossetia", "?"),
    ("Georgia", "opposes", "Ossetia", "?"),
)
one(
    "relative-negative-charity-2020",
    "May 1, 2020",
    "The charity, which the club supports, runs food banks.",
)

# --- headlines -------------------------------------------------------------------------------
one(
    "headline-houthis-2024",
    "February 1, 2024",
    "Iran arms Houthis, US says",
    ("Iran", "supplies", "Houthi", "by:" + US),
)
one(
    "headline-tanks-2023",
    "January 25, 2023",
    "Germany to send tanks to Ukraine",
    ("Germany", "supplies", "Ukrain", "?"),
)
one(
    "headline-falklands-1982",
    "April 5, 1982",
    "Britain sends task force to retake Falklands",
    (UK, "opposes", "Argentin", "?"),
)
one(
    "headline-sudan-2023",
    "June 1, 2023",
    "Egypt, UAE back rival sides in Sudan",
    ("Egypt", "backs", ".", "?"),
    ("Emirates|UAE", "backs", ".", "?"),
)
one(
    "headline-gulf-1990",
    "September 1, 1990",
    "Arab states join US-led coalition against Iraq",
    ("Arab", "opposes", "Iraq", "?"),
    ("Arab", "backs", US + "|coalition", "?"),
)
one(
    "headline-hezbollah-2006",
    "July 20, 2006",
    "Syria denies arming Hezbollah",
    ("Syria", "supplies", "Hezbollah", "neg"),
)
one(
    "headline-drones-2020",
    "October 10, 2020",
    "Turkish drones tip balance in Karabakh war",
    ("Turkey", "backs|supplies", "Azerbaijan", "?"),
)
one(
    "headline-veto-2012",
    "February 5, 2012",
    "Russia vetoes UN resolution on Syria",
    (RU, "backs", "Syria", "?"),
)
one(
    "headline-yemen-2015",
    "March 26, 2015",
    "Saudi-led coalition bombs Houthi rebels in Yemen",
    ("Saudi", "opposes", "Houthi", "", "Yemen"),
)
one(
    "headline-kabila-1998",
    "August 25, 1998",
    "Angola, Zimbabwe rush troops to aid Kabila",
    ("Angola", "backs", "Kabila|Congo", ""),
    ("Zimbabwe", "backs", "Kabila|Congo", ""),
)
one("headline-negative-flood-2021", "July 20, 2021", "City rallies behind flood victims")
one(
    "headline-negative-club-2022",
    "March 3, 2022",
    "Sponsors pull support from troubled football club",
)

# --- quotes by officials ---------------------------------------------------------------------
one(
    "quote-ukraine-2023",
    "March 3, 2023",
    '"We will stand with Ukraine for as long as it takes," the German chancellor said.',
    ("German", "backs", "Ukrain", "?"),
)
one(
    "quote-houthis-2015",
    "April 1, 2015",
    '"Iran is arming the Houthis," the Saudi foreign minister told reporters.',
    ("Iran", "supplies", "Houthi", "by:Saudi|minister"),
)
one(
    "quote-invaded-2022",
    "February 25, 2022",
    '"Russia has invaded a sovereign country," Japan\'s prime minister said.',
    (RU, "opposes", ".", "?"),
)
one(
    "quote-kurds-2019",
    "October 12, 2019",
    '"Turkey must stop its offensive against our Kurdish partners," a US envoy said.',
    ("Turkey", "opposes", "Kurd", "?"),
    (US, "backs", "Kurd", "?"),
)
one(
    "quote-nato-1999",
    "March 25, 1999",
    '"NATO\'s bombing of Yugoslavia is aggression," the Russian foreign minister said.',
    ("NATO", "opposes", "Yugoslav|Serbia", "?"),
    (RU, "opposes", "NATO", "?"),
)
one(
    "quote-denial-2024",
    "January 15, 2024",
    '"We do not arm the Houthis," an Iranian spokesman said.',
    ("Iran", "supplies", "Houthi", "?neg"),
)
one(
    "quote-contras-1985",
    "April 1, 1985",
    '"We will keep supplying the Contras," President Reagan said.',
    (US + "|Reagan", "supplies", "Contra", "?"),
)
one(
    "quote-sudan-2023",
    "May 5, 2023",
    '"Egypt supports the Sudanese army," an Egyptian official said.',
    ("Egypt", "backs", "Sudan|army", "?"),
)
one(
    "quote-qatar-2011",
    "April 1, 2011",
    '"Qatari jets are flying with NATO over Libya," the Qatari chief of staff said.',
    ("Qatar", "backs", "NATO", "?"),
    ("Qatar", "opposes", "Libya|Gaddafi", "?"),
)
one(
    "quote-armenia-2020",
    "October 20, 2020",
    '"Armenia is being supplied by Russia," Azerbaijan\'s president said.',
    (RU, "supplies", "Armenia", "by:Azerbaijan|president"),
)

# --- negations and hypotheticals -------------------------------------------------------------
one(
    "neg-vietnam-1965",
    "June 1, 1965",
    "China never sent combat troops to fight for North Vietnam.",
    ("China", "backs", "Vietnam", "?neg"),
)
one(
    "neg-israel-2022",
    "June 1, 2022",
    "Israel has not supplied weapons to Ukraine.",
    ("Israel", "supplies", "Ukrain", "?neg"),
)
one(
    "neg-kenya-2023",
    "June 1, 2023",
    "Kenya will not send troops to Sudan.",
    ("Kenya", "backs|supplies", "Sudan", "?neg"),
)
one(
    "hyp-if-2015",
    "April 1, 2015",
    "If Iran armed the Houthis, the coalition would respond.",
    ("Iran", "supplies", "Houthi", "?neg"),
)
one(
    "hyp-should-2023",
    "February 20, 2023",
    "Should China arm Russia, the West would impose sanctions.",
    ("China", "supplies", RU, "?neg"),
)
one(
    "hyp-could-2024",
    "April 1, 2024",
    "Washington could send more weapons to Israel if the war widens.",
    (US, "supplies", "Israel", "?neg"),
)
one(
    "neg-refused-1999",
    "April 10, 1999",
    "Russia refused to arm the Serbs during the NATO campaign.",
    (RU, "supplies", "Serb", "?neg"),
    ("NATO", "opposes", "Serb", "?"),
)
one(
    "neg-kobani-2014",
    "October 8, 2014",
    "Turkey stopped short of sending troops to help the Kurds in Kobani.",
    ("Turkey", "backs", "Kurd", "?neg"),
)
one(
    "neg-declined-2020",
    "October 10, 2020",
    "Russia declined to back Armenia in the war over Karabakh.",
    (RU, "backs", "Armenia", "?neg"),
)
one(
    "neg-suez-1956",
    "November 6, 1956",
    "The United States refused to support Britain and France at Suez.",
    (US, "backs", UK + "|France", "?neg"),
)
one(
    "neg-neither-2023",
    "June 1, 2023",
    "Neither Egypt nor Saudi Arabia armed the RSF.",
    ("Egypt|Saudi", "supplies", "RSF|Rapid", "?neg"),
)
one(
    "hyp-unlikely-2022",
    "March 1, 2022",
    "It is unlikely that Belarus will send troops into Ukraine.",
    ("Belarus", "opposes|backs", ".", "?neg"),
)
one(
    "hyp-chile-1982",
    "June 20, 1982",
    "Chile would have helped Britain had the war dragged on.",
    ("Chile", "backs", UK, "?neg"),
)
one(
    "hyp-without-2024",
    "September 1, 2024",
    "Without Iranian arms, Hezbollah could not fight Israel.",
    ("Iran", "supplies", "Hezbollah", "?"),
    ("Hezbollah", "opposes", "Israel", "?"),
)
one(
    "neg-crimea-2015",
    "March 18, 2015",
    "Kazakhstan has not recognised the annexation of Crimea.",
    ("Kazakh", "backs|opposes", ".", "?neg"),
)
one(
    "neg-algeria-2011",
    "August 30, 2011",
    "Algeria denied sending mercenaries to fight for Gaddafi.",
    ("Algeria", "backs|supplies", "Gaddafi|Libya", "?neg"),
)

# --- "support", "aid", "ally" with no stance between parties ---------------------------------
one("none-fans-2019", "May 30, 2019", "Supporters of Liverpool travelled to Madrid for the final.")
one(
    "none-aid-floods-2022",
    "September 1, 2022",
    "The aid agency shipped food to flood victims in Pakistan.",
)
one(
    "none-backbench-2019",
    "January 15, 2019",
    "The prime minister lost the support of his own party's backbenchers.",
)
one("none-cabinet-2021", "March 2, 2021", "Her closest ally in the cabinet resigned on Tuesday.")
one(
    "none-coach-2018",
    "July 5, 2018",
    "Germany's football federation backed its coach after the World Cup exit.",
)
one(
    "none-veterans-2021",
    "November 11, 2021",
    "The charity supports veterans of the war in Afghanistan.",
)
one("none-drought-1985", "January 10, 1985", "Foreign aid to Ethiopia rose during the drought.")
one("none-farm-bill-2018", "June 1, 2018", "The senator threw her support behind the farm bill.")
one(
    "none-greens-2020",
    "May 1, 2020",
    "The opposition party allied with the Greens to win the city council.",
)
one(
    "none-swiss-vote-2021",
    "November 28, 2021",
    "Swiss voters backed a ban on arms exports to countries at war.",
)
one(
    "none-loan-2019",
    "June 1, 2019",
    "The World Bank approved a $500 million loan to Kenya for roads.",
)
one("none-signing-2022", "August 20, 2022", "Chelsea's new signing armed the attack with pace.")
one("none-nurses-2023", "January 18, 2023", "The union sided with nurses in the pay dispute.")
one(
    "none-football-2022",
    "June 1, 2022",
    "Ukraine's footballers beat Scotland in the World Cup play-off.",
)
one(
    "none-red-cross-2022",
    "March 3, 2022",
    "Red Cross volunteers came to the aid of refugees at the Polish border.",
)
one(
    "none-guard-2017",
    "September 1, 2017",
    "The governor sent National Guard troops to help flood-hit towns.",
)
one(
    "none-oil-ally-2019", "June 1, 2019", "The Texas senator is a staunch ally of the oil industry."
)
one("none-statue-2016", "June 1, 2016", "Fans of the club bankrolled a statue of its founder.")
one("none-olympics-2015", "July 27, 2015", "The mayor abandoned the bid to host the Olympics.")
one("none-budget-2020", "March 6, 2020", "Parliament sanctioned the budget on Friday.")

# --- a war or clashes "between" two sides ----------------------------------------------------
one(
    "between-kisangani-1999",
    "August 20, 1999",
    "Fighting between Ugandan and Rwandan troops erupted in Kisangani in August.",
    ("Uganda", "opposes", "Rwanda", ""),
    ("Rwanda", "opposes", "Uganda", ""),
)
one(
    "between-ussuri-1969",
    "March 15, 1969",
    "Clashes between China and the Soviet Union on the Ussuri river killed dozens of soldiers.",
    ("China", "opposes", "Soviet", ""),
    ("Soviet", "opposes", "China", ""),
)
one(
    "between-badme-1999",
    "June 1, 1999",
    "The war between Ethiopia and Eritrea has killed tens of thousands of soldiers.",
    ("Ethiop", "opposes", "Eritrea", ""),
    ("Eritrea", "opposes", "Ethiop", ""),
)
one(
    "between-gulf-1981",
    "September 22, 1981",
    "The war between Iran and Iraq began a year ago.",
    ("Iran", "opposes", "Iraq", ""),
    ("Iraq", "opposes", "Iran", ""),
)
one(
    "between-tavush-2020",
    "July 20, 2020",
    "Clashes between Armenia and Azerbaijan flared again in July.",
    ("Armenia", "opposes", "Azerbaijan", ""),
    ("Azerbaijan", "opposes", "Armenia", ""),
)
one(
    "between-fears-2017",
    "February 20, 2017",
    "Fears of a war between India and Pakistan grew after the attack.",
)
one(
    "between-talks-2023",
    "May 6, 2023",
    "Talks to end the war between Sudan's army and the RSF opened in Jeddah.",
    ("Sudan|army", "opposes", "RSF|Rapid", "?"),
    ("RSF|Rapid", "opposes", "Sudan|army", "?"),
)
one(
    "between-would-2025",
    "March 1, 2025",
    "A war between Russia and NATO would be a catastrophe, the minister warned.",
)
one(
    "between-batken-2022",
    "September 18, 2022",
    "Fighting between Kyrgyzstan and Tajikistan on their border killed about 100 people.",
    ("Kyrgyz", "opposes", "Tajik", ""),
    ("Tajik", "opposes", "Kyrgyz", ""),
)
one(
    "between-falklands-1983",
    "April 2, 1983",
    "The war between Britain and Argentina over the Falklands lasted ten weeks.",
    (UK, "opposes", "Argentin", "", "Falkland"),
    ("Argentin", "opposes", UK, "", "Falkland"),
)
one(
    "between-exchanged-2024",
    "January 10, 2024",
    "Hezbollah and Israel have exchanged fire almost daily since October.",
    ("Hezbollah", "opposes", "Israel", "?"),
    ("Israel", "opposes", "Hezbollah", "?"),
)
one(
    "between-georgia-2008",
    "August 20, 2008",
    "The war between Russia and Georgia lasted five days.",
    (RU, "opposes", "Georgia", ""),
    ("Georgia", "opposes", RU, ""),
)
one(
    "between-kashmir-1965",
    "September 25, 1965",
    "The war between India and Pakistan ended with a ceasefire on Thursday.",
    ("India", "opposes", "Pakistan", ""),
    ("Pakistan", "opposes", "India", ""),
)
one(
    "between-gulf-fear-2019",
    "June 20, 2019",
    "Analysts fear clashes between Iran and the United States in the Gulf.",
)
one(
    "between-aleppo-2012",
    "August 1, 2012",
    "Clashes between the Syrian army and rebels in Aleppo intensified.",
    ("Syria|army", "opposes", "rebel", ""),
    ("rebel", "opposes", "Syria|army", ""),
)
one(
    "between-borno-2014",
    "March 14, 2014",
    "Clashes between Boko Haram and the Nigerian army killed dozens in Borno.",
    ("Boko Haram", "opposes", "Nigeria", ""),
    ("Nigeria", "opposes", "Boko Haram", ""),
)
one(
    "between-koreas-1985",
    "June 1, 1985",
    "There has been no war between the two Koreas since 1953.",
)
one(
    "between-taiwan-2023",
    "April 10, 2023",
    "A war between China and Taiwan could disrupt the supply of chips.",
)

# --- weapons "supplied to" a side that struck ------------------------------------------------
one(
    "supplied-struck-hezbollah-2024",
    "August 25, 2024",
    "Iranian drones supplied to Hezbollah struck northern Israel.",
    ("Iran", "supplies", "Hezbollah", "?"),
    ("Hezbollah", "opposes", "Israel", ""),
)
one(
    "supplied-struck-kyiv-2022",
    "October 17, 2022",
    "Iranian drones sold to Russia struck Kyiv's power plants.",
    ("Iran", "supplies", RU, "?"),
    (RU, "opposes", "Ukrain|Kyiv", ""),
)
one(
    "supplied-struck-crimea-2023",
    "September 13, 2023",
    "American missiles supplied to Ukraine hit a Russian airbase in Crimea.",
    (US, "supplies", "Ukrain", "?"),
    ("Ukrain", "opposes", RU, ""),
)
one(
    "supplied-struck-sanaa-2016",
    "October 8, 2016",
    "British bombs sold to Saudi Arabia hit a funeral hall in Sanaa.",
    (UK, "supplies", "Saudi", "?"),
    ("Saudi", "opposes", "Houthi|Yemen", "?"),
)
one(
    "supplied-struck-haifa-2006",
    "July 16, 2006",
    "Syrian rockets supplied to Hezbollah hit Haifa.",
    ("Syria", "supplies", "Hezbollah", "?"),
    ("Hezbollah", "opposes", "Israel", "?"),
)
one(
    "supplied-struck-kharkiv-2024",
    "January 10, 2024",
    "North Korean missiles given to Russia struck Kharkiv.",
    ("North Korea", "supplies", RU, "?"),
    (RU, "opposes", "Ukrain|Kharkiv", "?"),
)
one(
    "supplied-struck-sheffield-1982",
    "May 5, 1982",
    "French Exocet missiles sold to Argentina sank HMS Sheffield.",
    ("France", "supplies", "Argentin", "?"),
    ("Argentin", "opposes", UK, "?"),
)
one(
    "supplied-struck-armenia-2020",
    "October 1, 2020",
    "Turkish drones supplied to Azerbaijan struck Armenian positions.",
    ("Turkey", "supplies", "Azerbaijan", "?"),
    ("Azerbaijan", "opposes", "Armen", "?"),
)

# --- a war named from its parties, not from one of them ---------------------------------------
one(
    "named-vietnam-1967",
    "June 1, 1967",
    "North Vietnam, a close ally of the Soviet Union, fought the Americans for a decade.",
    ("Vietnam", "opposes", US, "?", "Vietnam|" + NS),
    ("Vietnam", "backs", "Soviet", "?", "Vietnam|" + NS),
    ("Soviet", "backs", "Vietnam", "?", "Vietnam|" + NS),
)
one(
    "named-korea-1951",
    "June 1, 1951",
    "North Korea, an ally of China, fought the United States and South Korea.",
    ("North Korea", "opposes", US, "", "Korea"),
    ("North Korea", "opposes", "South Korea", "", "Korea"),
    ("China", "backs", "North Korea", "?", "Korea|" + NS),
    ("North Korea", "backs", "China", "?", "Korea|" + NS),
)
one(
    "named-falklands-1982",
    "June 1, 1982",
    "Argentina fought Britain over the Falklands.",
    ("Argentin", "opposes", UK, "", "Falkland"),
)
one(
    "named-angola-1988",
    "June 1, 1988",
    "Cuba, an ally of Moscow, fought South Africa in Angola.",
    ("Cuba", "opposes", "South Africa", "", "Angola"),
    ("Cuba", "backs", RU, "?", "Angola|" + NS),
    ("Soviet|Russia", "backs", "Cuba", "?", "Angola|" + NS),
)
one(
    "named-iran-iraq-1988",
    "August 1, 1988",
    "Iraq, backed by the Gulf states, fought Iran for eight years.",
    ("Iraq", "opposes", "Iran", "", "Iran|Iraq"),
    ("Gulf", "backs", "Iraq", "?", "Iran|Iraq"),
)
one(
    "named-attrition-1969",
    "June 1, 1969",
    "Egypt fought Israel along the Suez Canal.",
    ("Egypt", "opposes", "Israel", "", "Egypt|Israel|Suez"),
)

# --- the Falklands as a place ----------------------------------------------------------------
one(
    "falklands-warships-1982",
    "April 5, 1982",
    "Britain sent warships to the Falklands.",
    (UK, "opposes", "Argentin", "?", "Falkland"),
)
one(
    "falklands-landed-1982",
    "April 3, 1982",
    "Argentina landed troops on the Falkland Islands.",
    ("Argentin", "opposes", UK + "|Falkland", "?", "Falkland"),
)
one(
    "falklands-destroyer-2012",
    "February 1, 2012",
    "Britain sent a destroyer to the South Atlantic as tension over the Falklands rose.",
)
one(
    "falklands-sidewinder-1982",
    "May 20, 1982",
    "The United States supplied Britain with Sidewinder missiles during the Falklands war.",
    (US, "supplies", UK, "", "Falkland"),
)
one(
    "falklands-peru-1982",
    "May 25, 1982",
    "Peru sent Mirage jets to Argentina during the Falklands war.",
    ("Peru", "supplies", "Argentin", "", "Falkland"),
)


def main(argv: list[str] | None = None) -> int:
    probe.D[:] = D
    return probe.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
