# ruff: noqa: E501  (data: one sentence and its expectations a line)
"""Stances on news-style sentences from other wars and decades, each read and judged.

A probe, not a measure: the stance rules of branch sidesq2 were fixed on these 98 sentences
(wire copy, op-eds and headlines about Tigray, Sudan, the Sahel, Myanmar, Yemen, Colombia,
the Balkans, Angola, Kashmir, Nagorno-Karabakh, eastern Congo and the Middle East), written
with what an analyst expects of each before the extraction was run; later branches added
more the same way (sidesq5: 40 from the Falklands, Korea, Biafra, Vietnam, Nicaragua, El
Salvador, Bangladesh, the Ogaden, the Congo in 1998, Sierra Leone, Sri Lanka, Mali, the Red
Sea, Gaza, Iraq, Angola in 1976, Rhodesia, Libya, Tajikistan and Transnistria, most with the
conflict expected; sidesq8: 48 from Sri Lanka, Kosovo, Lebanon in 1982, Iran-Iraq,
Ethiopia-Eritrea, Mali in 2012, Somalia, Colombia, Myanmar, Nagorno-Karabakh in 1993,
Western Sahara and Kashmir, with support, supply, opposition, mediation and denials; sidesq9:
40 from Bosnia, Congo in 1998, Chad-Libya, Lebanon in 2006, Georgia in 2008, Libya in 2011,
Syria, Yemen and Ukraine in 2023, with denials, reported speech and sentences that claim
nothing; sidesq10: 46 from Sri Lanka in 1990 and 2008, Colombia in 1999 and 2016, Kashmir in
1990 and 2019, Western Sahara in 1976 and 2020, Sudan in 2023, Tigray in 2022, Myanmar in
2024, Nagorno-Karabakh in 1992, Iraq in 2003 and Mozambique in 1986 and 2021; sidesq11: 26
from Mali, Somalia, Afghanistan, Sri Lanka, Chad, Congo, Angola, Nigeria, Syria, Ukraine,
Iraq, Colombia, Sudan, Myanmar, Tigray and Libya, most of them two states' forces side by
side with no place named; sidesq12: 50 on a supplier's client at war abroad, a national army
against a group of its own country, arms sold that helped, and ten more wars (Tigray, eastern
Congo, the Sahel, Nagorno-Karabakh in 2020, Iraq against Islamic State, Colombia, Sri Lanka,
Kosovo, Chechnya, Western Sahara) with negatives, then 14 written after its rules to check
them, from ``check-client-china-2023`` on; sidesq13: 48 on arms sold between states at
peace, the misses left by sidesq12 and ten more wars (Yemen, Libya, Mali, Somalia,
Mozambique, Myanmar, Sudan, Nagorno-Karabakh in 1994, Bosnia, Angola) with negatives, from
``sale-turkey-2019`` on, then 13 written after its rules, from ``check-sale-greece-2021``
on; sidesq14: 14 on coalitions a state leads, US-led, Saudi-led, NATO-led and French-led, with
negatives, from ``coalition-australia-2003`` on; sidesq15: 62 on Cold War proxy wars, the
Balkans, the Great Lakes, the Horn, Kashmir, Sri Lanka, Colombia, the Sahel, Nagorno-Karabakh
in 2020 and 2023, Tigray, Sudan and Myanmar, with negatives, from ``sq15-angola-1985`` on, then
15 written after its rules, from ``check-sq15-rebels-1979`` on). Run it after a change to see
what moved:

    .venv/bin/python benchmarks/stances_probe.py [--all] [--from ARTICLE] [--before ARTICLE]

(``--from side-by-side-mali-2013`` runs only the articles from that one on, ``--before`` only those
before it: one pass's sentences apart from the others.)

Each sentence is its own paragraph of an article dated by its date line. An expectation is
(power, relation, party, flag), the names as regular expressions; flag "" is the article's
claim, "neg" a denial, "by:RE" someone's claim, "?" either way, "?neg" only a denial or
nothing, "?doubt" only someone's claim or nothing; a fifth item, where given, is what the
claim's conflict must be called. A claim no expectation allows is printed as EXTRA or WRONG
(WRONG(war) for the right claim in the wrong conflict); an expected one not found as MISSING.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

US = r"United States|U\.?S\.?|Washington|Pentagon|America"
RU = r"Russia|Moscow|Kremlin|Soviet"
D: list = []  # (article, date line, [(sentence, [expected, ...]), ...])


def doc(name: str, date: str, sentences: list) -> None:
    D.append((name, date, sentences))


doc(
    "tigray",
    "November 20, 2021",
    [
        (
            "ADDIS ABABA (Reuters) - Eritrean troops are fighting alongside Ethiopian federal forces against the Tigray People's Liberation Front, witnesses said.",
            [
                ("Eritrea", "backs", "Ethiop", "by:witness"),
                ("Eritrea", "opposes", "Tigray|TPLF", "by:witness"),
            ],
        ),
        (
            "The United Arab Emirates has supplied armed drones to the Ethiopian government, according to satellite imagery analysed by researchers.",
            [("Emirates|UAE", "supplies", "Ethiop", "?")],
        ),
        (
            "Abiy's government, backed by Eritrea, has vowed to crush the TPLF.",
            [("Eritrea", "backs", "Ethiop|Abiy", "")],
        ),
        (
            "Turkey sells drones to Ethiopia as Tigray war rages",
            [("Turkey", "supplies", "Ethiop", "")],
        ),
        (
            "Sudan denies backing the TPLF, Khartoum's foreign ministry said.",
            [("Sudan", "backs", "TPLF|Tigray", "neg")],
        ),
        (
            "With Eritrean support, federal troops retook Shire and Axum in November 2020.",
            [("Eritrea", "backs", "Ethiop|federal", "")],
        ),
    ],
)
doc(
    "sudan",
    "June 3, 2024",
    [
        (
            "PORT SUDAN (AFP) - The Rapid Support Forces, which the UAE is accused of arming, seized the town of Wad Madani.",
            [("Emirates|UAE", "supplies", "Rapid|RSF", "by:")],
        ),
        (
            "Egypt has sided with the Sudanese army in its war with the RSF.",
            [("Egypt", "backs", "Sudan|army|Burhan", "")],
        ),
        (
            "Reports that the UAE supplies weapons to the RSF are baseless, Abu Dhabi said.",
            [("Emirates|UAE", "supplies", "Rapid|RSF", "?neg")],
        ),
        (
            "Wagner mercenaries have supplied the RSF with missiles, U.S. officials said.",
            [("Wagner|Russia", "supplies", "Rapid|RSF", "by:United States|U.S.")],
        ),
        (
            "Sudan's army chief thanked Egypt for its support.",
            [("Egypt", "backs", "Sudan|army|Burhan", "?")],
        ),
        (
            "Iran has resumed arms deliveries to the Sudanese army, Western diplomats said.",
            [("Iran", "supplies", "Sudan|army", "by:diplomat")],
        ),
    ],
)
doc(
    "sahel",
    "February 10, 2023",
    [
        (
            "BAMAKO (AFP) - Russian mercenaries are fighting alongside Malian troops against jihadists in central Mali.",
            [(RU + "|Wagner", "backs", "Mali", ""), (RU + "|Wagner", "opposes", "jihad", "?")],
        ),
        (
            "France ended its support for Mali's junta in 2022 and withdrew its troops.",
            [("France", "backs", "Mali", "?neg")],
        ),
        (
            "Supported by French jets, Malian troops recaptured Konna in 2013.",
            [("France", "backs", "Mali", "")],
        ),
        (
            "Algeria has mediated between Bamako and the Tuareg rebels since 2015.",
            [("Algeria", "mediates", "Mali|Bamako", ""), ("Algeria", "mediates", "Tuareg", "")],
        ),
        (
            "Burkina Faso's military rulers have turned to Moscow for support.",
            [(RU, "backs", "Burkina", "?")],
        ),
        (
            "Claims that Russia is arming the jihadists are absurd, the Kremlin said.",
            [(RU, "supplies", "jihad", "?neg")],
        ),
    ],
)
doc(
    "myanmar",
    "March 15, 2024",
    [
        (
            "YANGON (Reuters) - China is the Myanmar junta's main arms supplier, a UN expert said.",
            [("China", "supplies", "Myanmar|junta", "by:UN|expert|United Nations")],
        ),
        (
            "Russia has sold fighter jets to the military government in Naypyidaw.",
            [(RU, "supplies", "Myanmar|military government|junta", "")],
        ),
        (
            "The Arakan Army, which is reportedly backed by China, has taken control of most of Rakhine State.",
            [("China", "backs", "Arakan", "by:unnamed")],
        ),
        (
            "Beijing brokered a ceasefire between the junta and the Three Brotherhood Alliance in January.",
            [("China", "mediates", "junta|Myanmar", ""), ("China", "mediates", "Brotherhood", "")],
        ),
        (
            "With Chinese support, the Myanmar military has kept control of the major cities.",
            [("China", "backs", "Myanmar", "")],
        ),
        (
            "Thailand denied that it had allowed Russian arms to reach the junta through its territory.",
            [],
        ),
    ],
)
doc(
    "yemen",
    "August 2, 2016",
    [
        (
            "SANAA (Reuters) - The Saudi-led coalition backs the internationally recognised government of President Hadi against the Iran-aligned Houthis.",
            [
                ("Saudi", "backs", "Yemen|Hadi", ""),
                ("Saudi", "opposes", "Houthi", ""),
                ("Iran", "backs", "Houthi", ""),
            ],
        ),
        ("Tehran denies arming the Houthis.", [("Iran", "supplies", "Houthi", "neg")]),
        (
            "Backed by Emirati air power, southern separatists took Aden.",
            [("Emirates|UAE", "backs", "separatist|Southern", "")],
        ),
        (
            "Oman has hosted talks between Saudi Arabia and the Houthis.",
            [("Oman", "mediates", "Saudi", ""), ("Oman", "mediates", "Houthi", "")],
        ),
        ("U.S. to end support for Saudi offensive in Yemen", []),
        (
            "Iran's support for the Houthis has never been proven, Western diplomats concede.",
            [("Iran", "backs", "Houthi", "?doubt")],
        ),
        (
            "Armed by Iran, the Houthis have fired missiles at Riyadh.",
            [("Iran", "supplies", "Houthi", "")],
        ),
    ],
)
doc(
    "colombia",
    "October 18, 2002",
    [
        (
            "BOGOTA (Reuters) - The United States has given Colombia more than $2 billion in military aid to fight the FARC.",
            [
                (US, "supplies|backs", "Colombia", "?"),
                ("Colombia", "opposes", "FARC", "?"),
                (US, "opposes", "FARC", "?"),
            ],
        ),
        (
            "Venezuela's Chavez was accused of sheltering FARC rebels.",
            [("Venezuela|Ch.vez", "backs", "FARC", "?")],
        ),
        (
            "Cuba and Norway mediated the peace talks between the Colombian government and the FARC.",
            [
                ("Cuba", "mediates", "FARC", ""),
                ("Cuba", "mediates", "Colombia", ""),
                ("Norway", "mediates", "FARC", ""),
                ("Norway", "mediates", "Colombia", ""),
            ],
        ),
        (
            "Washington's aid to the Colombian army was suspended in 1998 over human rights abuses.",
            [(US, "backs|supplies", "Colombia", "?neg")],
        ),
        ("Ecuador has denied that it lets the FARC use its territory.", []),
    ],
)
doc(
    "balkans",
    "August 5, 1993",
    [
        (
            "BELGRADE (Reuters) - Serbia has armed and financed the Bosnian Serbs since the war began, Western diplomats said.",
            [("Serbia", "supplies|backs", "Bosnian Serb", "by:diplomat")],
        ),
        ("Russia supports Serbia.", [(RU, "backs", "Serbia", "?")]),
        ("Germany's early recognition of Croatia angered Belgrade.", []),
        (
            "Iran sent weapons to the Bosnian Muslims in breach of the UN arms embargo.",
            [("Iran", "supplies", "Bosni", "")],
        ),
        (
            "The Kosovo Liberation Army, backed by NATO air power, pushed Serb forces out of Kosovo in 1999.",
            [
                ("NATO", "backs", "Kosovo Liberation|KLA", ""),
                ("Kosovo Liberation|KLA", "opposes", "Serb|Yugoslav", "?"),
            ],
        ),
        (
            "Reports that Croatia is arming the Bosnian Croats are untrue, Zagreb insists.",
            [("Croatia", "supplies", "Croat", "?neg")],
        ),
        ("Greece has long backed Serbia in the conflict.", [("Greece", "backs", "Serbia", "")]),
    ],
)
doc(
    "angola",
    "March 5, 1987",
    [
        (
            "LUANDA (AP) - Soviet advisers and Cuban troops are helping the MPLA government fight UNITA.",
            [
                ("Cuba", "backs", "Angol|MPLA", ""),
                (RU, "backs", "Angol|MPLA", "?"),
                (RU, "opposes", "UNITA", "?"),
                ("Cuba", "opposes", "UNITA", "?"),
            ],
        ),
        (
            "Pretoria's support for Savimbi's UNITA has never been officially acknowledged.",
            [("South Africa|Pretoria", "backs", "UNITA|Savimbi", "?doubt")],
        ),
        (
            "The Reagan administration resumed covert aid to UNITA in 1986.",
            [(US + "|Reagan", "backs|supplies", "UNITA", "")],
        ),
        (
            "With South African support, UNITA fighters held the town of Jamba.",
            [("South Africa", "backs", "UNITA", "")],
        ),
        (
            "Zaire allowed the CIA to ship arms to UNITA through the Kamina air base.",
            [(US + "|CIA", "supplies", "UNITA", "?"), ("Zaire", "backs", "UNITA", "?")],
        ),
        (
            "Castro said Cuba would keep its troops in Angola as long as South Africa threatened it.",
            [("Cuba", "backs", "Angol", "?")],
        ),
    ],
)
doc(
    "kashmir",
    "December 20, 2001",
    [
        (
            "NEW DELHI - India accuses Pakistan of backing militants in Kashmir.",
            [("Pakistan", "backs", "militant|Kashmir", "by:India")],
        ),
        (
            "Islamabad says it gives only moral and diplomatic support to the Kashmiri cause.",
            [("Pakistan", "backs", "Kashmir", "?")],
        ),
        (
            "Pakistan's support for the Taliban has never been proven.",
            [("Pakistan", "backs", "Taliban", "?doubt")],
        ),
        (
            "China has stood by Pakistan in its dispute with India over Kashmir.",
            [("China", "backs", "Pakistan", "")],
        ),
        (
            "It has never been proven that Pakistan arms the militants.",
            [("Pakistan", "supplies", "militant", "?doubt")],
        ),
        (
            "Pakistan rejected as baseless Indian claims that it trains Kashmiri militants.",
            [("Pakistan", "backs", "Kashmir", "?neg")],
        ),
    ],
)
doc(
    "karabakh",
    "October 10, 2020",
    [
        (
            "BAKU (Reuters) - Turkey has sent Syrian mercenaries to fight for Azerbaijan in Nagorno-Karabakh, France said.",
            [("Turkey", "backs|supplies", "Azerbaijan", "by:France")],
        ),
        ("Ankara denies sending fighters to the region.", []),
        (
            "Israel has sold drones to Azerbaijan, which used them against Armenian forces.",
            [("Israel", "supplies", "Azerbaijan", ""), ("Azerbaijan", "opposes", "Armenia", "?")],
        ),
        (
            "Russia brokered the ceasefire that ended the 44-day war.",
            [(RU, "mediates", "Karabakh|Armenia|Azerbaijan", "?")],
        ),
        ("Armenia's ally Russia did not intervene.", [(RU, "backs", "Armenia", "?")]),
        (
            "Armenia accused Turkey of supplying F-16s to Azerbaijan, which Ankara denied.",
            [("Turkey", "supplies", "Azerbaijan", "?")],
        ),
        ("Turkey backs Azerbaijan", [("Turkey", "backs", "Azerbaijan", "")]),
        (
            "Allegations that Turkey sent mercenaries to Azerbaijan are lies, Ankara said.",
            [("Turkey", "backs|supplies", "Azerbaijan", "?neg")],
        ),
    ],
)
doc(
    "m23",
    "January 30, 2025",
    [
        (
            "GOMA (Reuters) - Rwanda backs the M23 rebels, a UN report said, a charge Kigali rejects.",
            [("Rwanda", "backs", "M23", "?")],
        ),
        (
            "Kinshasa accuses Kigali of arming the M23, which Rwanda denies.",
            [("Rwanda", "supplies", "M23", "?")],
        ),
        (
            "Burundian troops are fighting alongside the Congolese army against the M23.",
            [("Burundi", "backs", "Congo", ""), ("Burundi", "opposes", "M23", "")],
        ),
        ("Uganda and Rwanda backed rival rebel groups in eastern Congo in 1999.", []),
        (
            "With Rwandan backing, M23 fighters captured Goma in January.",
            [("Rwanda", "backs", "M23", "")],
        ),
        (
            "Angola has mediated between Kinshasa and Kigali.",
            [
                ("Angola", "mediates", "Congo|Kinshasa", ""),
                ("Angola", "mediates", "Rwanda|Kigali", ""),
            ],
        ),
        (
            "Claims that Rwanda backs the M23 are baseless, Kigali insists.",
            [("Rwanda", "backs", "M23", "?neg")],
        ),
        (
            "Rwanda's support for the M23 has been documented by UN experts.",
            [("Rwanda", "backs", "M23", "?")],
        ),
    ],
)
doc(
    "mideast",
    "July 14, 2016",
    [
        (
            "Backed by Russian air strikes, Syrian government forces retook Aleppo in 2016.",
            [(RU, "backs", "Syria", "")],
        ),
        (
            "Hezbollah, with Iranian support, fought Israel to a standstill in 2006.",
            [("Iran", "backs", "Hezbollah", ""), ("Hezbollah", "opposes", "Israel", "?")],
        ),
        (
            "Claims that Qatar funds Hamas's military wing are untrue, Doha said.",
            [("Qatar", "backs", "Hamas", "?neg")],
        ),
        ("With Russian support, Syrian troops retook Palmyra.", [(RU, "backs", "Syria", "")]),
        (
            "Backed by US air power, Kurdish fighters took Raqqa.",
            [(US, "backs", "Kurd|SDF|YPG", "")],
        ),
        (
            "Reports that Iran supplies drones to Russia are false, Tehran said.",
            [("Iran", "supplies", "Russia", "?neg")],
        ),
        ("Israeli troops, backed by helicopter gunships, stormed the camp.", []),
    ],
)
doc(
    "opeds",
    "May 4, 2023",
    [
        (
            "Washington's unwavering support for Kyiv has been the cornerstone of Ukraine's war effort.",
            [(US, "backs", "Ukrain|Kyiv", "")],
        ),
        ("Kigali denies backing M23 rebels", [("Rwanda", "backs", "M23", "neg")]),
        (
            "Colombia's ELN rebels, with Venezuelan backing, have expanded along the border, the army said.",
            [("Venezuela", "backs", "ELN|rebel", "?")],
        ),
        ("Backed by artillery, Ethiopian troops advanced on Mekelle.", []),
        ("With tanks and air support, the army retook the town of Bakhmut.", []),
        ("With the backing of local militias, government forces took the city of Sirte.", []),
        ("Allegations that Uganda supplied the M23 were never proven.", []),
        ("Tehran has never admitted supplying the Houthis with missiles.", []),
        (
            "Reports that Eritrean troops were fighting in Tigray were dismissed by Asmara as lies.",
            [("Eritrea", ".*", ".*", "?neg")],
        ),
        ("Greece supports Cyprus.", [("Greece", "backs", "Cyprus", "?")]),
        ("France supports Morocco's autonomy plan for Western Sahara.", []),
        ("Brazil backs India's bid for a permanent Security Council seat.", []),
        (
            "Angola, Namibia and Zimbabwe sent troops to defend Kabila's government in 1998.",
            [("Angola|Namibia|Zimbabwe", "backs", "Congo|Kabila", "?")],
        ),
        (
            "Qatar's mediation between Israel and Hamas secured the release of hostages.",
            [("Qatar", "mediates", "Israel", ""), ("Qatar", "mediates", "Hamas", "")],
        ),
        (
            "Reports of Russian arms deliveries to Haftar are false, Moscow says.",
            [(RU, "supplies", "Haftar|LNA", "?neg")],
        ),
        ("The United States backs Israel.", [(US, "backs", "Israel", "?")]),
        ("Iran's backing of Hezbollah is no secret.", [("Iran", "backs", "Hezbollah", "?")]),
        ("Russia and Turkey back opposing factions in Libya.", []),
        (
            "Egypt's support for Haftar has never been officially confirmed.",
            [("Egypt", "backs", "Haftar|LNA", "?doubt")],
        ),
        (
            "Turkey is the GNA's main arms supplier.",
            [("Turkey", "supplies", "GNA|Government of National Accord", "?")],
        ),
    ],
)

doc(
    "lebanon-1982",
    "June 14, 1982",
    [
        (
            "BEIRUT (UPI) - Syrian troops, backed by PLO guerrillas, dug in along the Beirut-Damascus highway as Israeli armor advanced.",
            [("PLO|Palestin", "backs", "Syria", "?")],
        ),
        (
            "Israel has armed and trained the South Lebanon Army for years, a senior officer said.",
            [("Israel", "supplies|backs", "South Lebanon|SLA", "by:officer")],
        ),
        (
            "Washington called on Israel to halt its advance on Beirut.",
            [],
        ),
        (
            "Iran sent Revolutionary Guards to the Bekaa Valley to help the Shiite militias fight Israel.",
            [
                ("Iran", "backs", "Shiite|militia", "?"),
                ("Iran", "opposes", "Israel", "?"),
                ("Shiite|militia", "opposes", "Israel", "?"),
            ],
        ),
    ],
)
doc(
    "chad-1987",
    "March 28, 1987",
    [
        (
            "N'DJAMENA, Chad (AP) - French jets backed Chadian government forces as they drove Libyan troops out of Ouadi Doum.",
            [("France|French", "backs", "Chad", ""), ("Chad", "opposes", "Libya", "?")],
        ),
        (
            "Libya has armed the rebels of Goukouni Oueddei since 1980.",
            [("Libya", "supplies", "Goukouni|rebel", "")],
        ),
        (
            "The United States is providing Chad with $32 million in emergency military aid.",
            [(US, "backs|supplies", "Chad", "")],
        ),
        (
            "Qaddafi denied that Libyan troops were fighting in northern Chad.",
            [("Libya|Qaddafi", "opposes", "Chad", "?neg")],
        ),
    ],
)
doc(
    "afghanistan-1986",
    "October 2, 1986",
    [
        (
            "ISLAMABAD - The CIA, working through Pakistan's intelligence service, is funnelling Stinger missiles to the mujahideen.",
            [
                (US + "|CIA", "supplies", "mujahideen", "?"),
                ("Pakistan", "supplies|backs", "mujahideen", "?"),
            ],
        ),
        (
            "Soviet helicopter gunships supported the Afghan army's offensive near Khost.",
            [(RU, "backs", "Afghan", "")],
        ),
        (
            "Saudi Arabia matched American funding for the Afghan rebels dollar for dollar.",
            [("Saudi", "backs", "Afghan|rebel|mujahideen", "")],
        ),
        (
            "China is also believed to supply the guerrillas with rockets.",
            [("China", "supplies", "guerrilla|mujahideen", "?doubt")],
        ),
    ],
)
doc(
    "iran-iraq-1984",
    "March 6, 1984",
    [
        (
            "Kuwait and Saudi Arabia have bankrolled Iraq's war effort against Iran.",
            [
                ("Kuwait", "backs", "Iraq", ""),
                ("Saudi", "backs", "Iraq", ""),
                ("Kuwait|Saudi", "opposes", "Iran", "?"),
            ],
        ),
        (
            "France sold Iraq Super Etendard jets armed with Exocet missiles.",
            [("France", "supplies", "Iraq", "")],
        ),
        (
            "Syria, Iraq's rival in the Arab world, sided with Tehran.",
            [("Syria", "backs", "Iran", "")],
        ),
        (
            "Israel secretly sold weapons to Iran, Iraqi officials charged.",
            [("Israel", "supplies", "Iran", "by:Iraq")],
        ),
    ],
)
doc(
    "yugoslavia-1992",
    "August 8, 1992",
    [
        (
            "SARAJEVO, Bosnia-Herzegovina (Reuters) - Belgrade is arming Bosnian Serb militias, Western diplomats said.",
            [("Serbia|Yugoslav|Belgrade", "supplies", "Bosnian Serb|Serb", "by:diplomat")],
        ),
        (
            "Croatia has sent regular army units to help Bosnian Croat forces fight the Muslims.",
            [
                ("Croatia", "backs", "Bosnian Croat|Croat", ""),
                ("Croatia", "opposes", "Muslim|Bosnia", "?"),
                ("Croat", "opposes", "Muslim", "?"),
            ],
        ),
        (
            "Iran flew arms to the Bosnian government in violation of the embargo.",
            [("Iran", "supplies", "Bosnia", "")],
        ),
        (
            "Germany was the first to back Slovenia's and Croatia's independence.",
            [],
        ),
        (
            "UN peacekeepers escorted aid convoys to the besieged town of Srebrenica.",
            [],
        ),
    ],
)
doc(
    "chechnya-1995",
    "January 10, 1995",
    [
        (
            "GROZNY, Russia (AP) - Russian warplanes pounded Grozny as Chechen fighters loyal to Dzhokhar Dudayev held the presidential palace.",
            [],
        ),
        (
            "Moscow accuses Turkey of letting volunteers and money reach the Chechen rebels.",
            [("Turkey", "backs", "Chechen|rebel", "?")],
        ),
        (
            "Ingushetia's leader said his republic would not take sides in the war.",
            [],
        ),
    ],
)
doc(
    "georgia-2008",
    "August 10, 2008",
    [
        (
            "TBILISI - Russian tanks rolled into South Ossetia to back the separatists against Georgian troops.",
            [(RU, "backs", "Ossetia|separatist", ""), (RU, "opposes", "Georgia", "")],
        ),
        (
            "Ukraine has supplied Georgia with Buk air defence systems, Russian officials said.",
            [("Ukraine", "supplies", "Georgia", "by:Russia")],
        ),
        (
            "Washington stood firmly behind Tbilisi throughout the crisis.",
            [(US, "backs", "Georgia", "?")],
        ),
        (
            "France brokered a ceasefire between Russia and Georgia.",
            [("France", "mediates", "Russia", ""), ("France", "mediates", "Georgia", "")],
        ),
    ],
)
doc(
    "libya-2019",
    "July 2, 2019",
    [
        (
            "TRIPOLI, Libya (Reuters) - Emirati drones have struck targets in Tripoli in support of Khalifa Haftar's offensive, a UN panel found.",
            [("Emirat|UAE", "backs", "Haftar|LNA", "by:")],
        ),
        (
            "Haftar's forces, backed by Russian mercenaries of the Wagner Group, pushed into the southern suburbs.",
            [("Russia|Wagner", "backs", "Haftar|LNA", "")],
        ),
        (
            "Turkey sent armored vehicles to the Tripoli government in defiance of a UN arms embargo.",
            [("Turkey", "supplies", "GNA|Tripoli|Government of National Accord", "")],
        ),
        (
            "Egypt, which backs Haftar, hosted talks between the two rival governments.",
            [("Egypt", "backs", "Haftar|LNA", "")],
        ),
        (
            "Italy has supported the UN-led peace process.",
            [],
        ),
    ],
)
doc(
    "yemen-2018",
    "November 12, 2018",
    [
        (
            "ADEN (AP) - Saudi-led coalition warplanes backed government loyalists as they pushed into the port city of Hodeida.",
            [("Saudi", "backs", "Yemen|loyalist|government", "?")],
        ),
        (
            "The United States provides intelligence and refuelling to the coalition.",
            [(US, "backs", "coalition|Saudi", "?")],
        ),
        (
            "Houthi rebels, armed by Iran, fired a ballistic missile at Riyadh.",
            [("Iran", "supplies", "Houthi", "")],
        ),
        (
            "Oman has quietly hosted talks between the Houthis and Saudi officials.",
            [("Oman", "mediates", "Houthi", "?"), ("Oman", "mediates", "Saudi", "?")],
        ),
        (
            "Britain has licensed more than 4.7 billion pounds of arms sales to Riyadh since the war began.",
            [("Britain|United Kingdom", "supplies", "Saudi", "?")],
        ),
    ],
)
doc(
    "ukraine-2014",
    "August 29, 2014",
    [
        (
            "DONETSK, Ukraine (Reuters) - Russian artillery backed a separatist counter-offensive near Novoazovsk, NATO said.",
            [(RU, "backs", "separatist|Donbas|Donetsk", "by:NATO")],
        ),
        (
            "The Kremlin denies sending troops to help the rebels.",
            [(RU, "backs", "rebel|separatist|Donbas", "neg")],
        ),
        (
            "Poland and the Baltic states want NATO to arm Kyiv.",
            [],
        ),
        (
            "Belarus hosted peace talks in Minsk between Kyiv and the rebels.",
            [
                ("Belarus", "mediates", "Ukrain", "?"),
                ("Belarus", "mediates", "rebel|separatist|Donbas", "?"),
            ],
        ),
    ],
)
doc(
    "ukraine-2023",
    "February 24, 2023",
    [
        (
            "Germany will send Leopard tanks to Ukraine, Chancellor Scholz announced.",
            [("Germany", "supplies", "Ukrain", "?")],
        ),
        (
            "Iranian drones have become a staple of Russia's strikes on Ukrainian power plants.",
            [],
        ),
        (
            "North Korea is shipping artillery shells to Russia, the White House said.",
            [("North Korea|Korea", "supplies", "Russia", "by:")],
        ),
        (
            "Hungary has refused to send weapons to Ukraine.",
            [("Hungary", "supplies", "Ukrain", "?neg")],
        ),
        (
            "Turkey helped broker the Black Sea grain deal between Russia and Ukraine.",
            [("Turkey", "mediates", "Russia", "?"), ("Turkey", "mediates", "Ukrain", "?")],
        ),
    ],
)
doc(
    "horn-2000",
    "May 20, 2000",
    [
        (
            "ASMARA, Eritrea - Ethiopian troops, backed by MiG-23 jets, broke through Eritrean lines near Barentu.",
            [],
        ),
        (
            "Eritrea has armed Oromo rebels fighting the Ethiopian government, Addis Ababa charged.",
            [
                ("Eritrea", "supplies", "Oromo|rebel", "by:Ethiop"),
                ("Oromo|rebel", "opposes", "Ethiop", "?"),
            ],
        ),
        (
            "Algeria mediated between the two neighbours, leading to the Algiers agreement.",
            [("Algeria", "mediates", ".*", "?")],
        ),
    ],
)
doc(
    "sahara-1979",
    "August 20, 1979",
    [
        (
            "RABAT, Morocco - Algeria has long armed and sheltered the Polisario Front guerrillas fighting Moroccan forces in the Western Sahara.",
            [
                ("Algeria", "supplies|backs", "Polisario", ""),
                ("Polisario", "opposes", "Morocc", "?"),
            ],
        ),
        (
            "Libya also gives money to the Polisario, Moroccan officials say.",
            [("Libya", "backs", "Polisario", "by:Morocc")],
        ),
        (
            "The United States has agreed to sell Morocco reconnaissance aircraft.",
            [(US, "supplies", "Morocc", "?")],
        ),
    ],
)
doc(
    "mozambique-2021",
    "August 9, 2021",
    [
        (
            "PEMBA, Mozambique (AFP) - Rwandan troops, backed by Mozambican soldiers, retook the port town of Mocimboa da Praia from Islamist insurgents.",
            [("Rwanda", "backs", "Mozambi", "?"), ("Rwanda", "opposes", "insurgent|Islamist", "?")],
        ),
        (
            "South Africa has sent special forces to help Mozambique fight the jihadists in Cabo Delgado.",
            [
                ("South Africa", "backs", "Mozambi", ""),
                ("South Africa", "opposes", "jihadist", "?"),
                ("Mozambi", "opposes", "jihadist", "?"),
            ],
        ),
    ],
)
doc(
    "somalia-2011",
    "October 20, 2011",
    [
        (
            "MOGADISHU (Reuters) - Kenyan troops, supported by Somali government soldiers, pushed toward the al-Shabaab stronghold of Kismayo.",
            [("Kenya", "backs", "Somali", "?"), ("Kenya", "opposes", "Shabaab", "?")],
        ),
        (
            "Eritrea denies arming al-Shabaab.",
            [("Eritrea", "supplies", "Shabaab", "neg")],
        ),
        (
            "Turkey has trained thousands of Somali soldiers at its base in Mogadishu.",
            [("Turkey", "backs", "Somali", "?")],
        ),
    ],
)
doc(
    "americas",
    "March 4, 2019",
    [
        (
            "CARACAS (AP) - Russia and Cuba stand firmly behind Nicolas Maduro, while Washington backs opposition leader Juan Guaido.",
            [
                (RU, "backs", "Maduro|Venezuela", "?"),
                ("Cuba", "backs", "Maduro|Venezuela", "?"),
                (US, "backs", "Guaido", "?"),
            ],
        ),
        (
            "Colombia has denied that it supports plans for a military intervention in Venezuela.",
            [],
        ),
        (
            "Kenya has offered to lead a multinational police mission to Haiti.",
            [],
        ),
        (
            "Haitian gangs are armed with guns smuggled from Florida, officials say.",
            [],
        ),
        (
            "Venezuela's support for the FARC has long been an open secret, Colombian officials said.",
            [("Venezuela", "backs", "FARC", "by:Colombia")],
        ),
    ],
)
# sidesq5: wars and decades the set above did not cover; a fifth item, where given, is what the
# claim's conflict must be called (a regular expression; "not stated" allows no conflict)
doc(
    "falklands-1982",
    "May 12, 1982",
    [
        (
            "LONDON (Reuters) - The United States has sided with Britain in the Falklands conflict, offering intelligence and fuel to the British task force.",
            [(US, "backs", "Britain|United Kingdom|British", "", "Falkland|Argentin")],
        ),
        (
            "Libya shipped SA-7 missiles to Argentina, according to British intelligence.",
            [("Libya", "supplies", "Argentin", "by:Brit")],
        ),
        (
            "Peru sent Mirage jets to Buenos Aires to help Argentina fight the British fleet.",
            [
                ("Peru", "backs|supplies", "Argentin", ""),
                ("Peru", "opposes", "Brit|United Kingdom", "?"),
                ("Argentin", "opposes", "Brit|United Kingdom", "?"),
            ],
        ),
    ],
)
doc(
    "korea-1950",
    "November 28, 1950",
    [
        (
            "TOKYO (AP) - Chinese troops poured across the Yalu River to support North Korea against United Nations forces.",
            [
                ("China|Chinese", "backs", "North Korea", "", "Korea"),
                ("China|Chinese", "opposes", "United Nations|UN", "?"),
            ],
        ),
        (
            "The Soviet Union supplied the North Korean army with tanks and aircraft.",
            [(RU, "supplies", "North Korea", "")],
        ),
    ],
)
doc(
    "biafra-1968",
    "September 3, 1968",
    [
        (
            "LAGOS (Reuters) - Britain continues to supply arms to the Federal Military Government in its war against secessionist Biafra.",
            [
                ("Britain|United Kingdom", "supplies", "Federal|Nigeria", "", "Nigeria|Biafra"),
                ("Britain|United Kingdom", "opposes", "Biafra", "?"),
            ],
        ),
        (
            "France has been secretly arming the Biafran rebels through Gabon and Ivory Coast, diplomats say.",
            [("France", "supplies", "Biafra", "by:diplomat", "Nigeria|Biafra")],
        ),
        (
            "Moscow sold MiG fighters to Lagos to help crush the Biafran secession.",
            [(RU, "supplies", "Nigeria|Lagos", ""), (RU, "opposes", "Biafra", "?")],
        ),
    ],
)
doc(
    "vietnam-1968",
    "February 20, 1968",
    [
        (
            "SAIGON (UPI) - Hanoi, supplied by Moscow and Peking, continues to send men and arms down the Ho Chi Minh trail.",
            [
                (RU, "supplies", "Hanoi|North Vietnam|Vietnam", ""),
                ("China|Peking|Beijing", "supplies", "Hanoi|North Vietnam|Vietnam", ""),
            ],
        ),
        (
            "Australia and South Korea have sent combat troops to fight alongside American forces in South Vietnam.",
            [
                ("Australia", "backs", US + "|South Vietnam|Vietnam", "", "Vietnam"),
                ("South Korea", "backs", US + "|South Vietnam|Vietnam", "", "Vietnam"),
            ],
        ),
        (
            "The Viet Cong are armed and directed by North Vietnam, the State Department said.",
            [
                (
                    "North Vietnam|Hanoi|Vietnam",
                    "supplies|backs",
                    "Viet Cong",
                    "by:State Department|United States",
                )
            ],
        ),
    ],
)
doc(
    "nicaragua-1985",
    "April 24, 1985",
    [
        (
            "MANAGUA (AP) - The Contra rebels, financed and armed by the CIA, attacked a farming cooperative in northern Nicaragua.",
            [(US + "|CIA", "supplies|backs", "Contra", "", "Nicaragua")],
        ),
        (
            "Cuba and the Soviet Union have poured military aid into the Sandinista government.",
            [
                ("Cuba", "backs", "Sandinista|Nicaragua", ""),
                (RU, "backs", "Sandinista|Nicaragua", ""),
            ],
        ),
        (
            "Honduras denies allowing the Contras to operate from its territory.",
            [("Honduras", "backs", "Contra", "?neg")],
        ),
    ],
)
doc(
    "salvador-1983",
    "July 19, 1983",
    [
        (
            "Washington has sent military aid to the Salvadoran government to fight the FMLN guerrillas.",
            [(US, "backs", "Salvador", "", "Salvador"), (US, "opposes", "FMLN", "?")],
        ),
        (
            "The Reagan administration accuses Nicaragua of shipping arms to the Salvadoran guerrillas.",
            [("Nicaragua", "supplies", "guerrilla|FMLN", "by:Reagan|United States|Washington")],
        ),
    ],
)
doc(
    "bangladesh-1971",
    "November 25, 1971",
    [
        (
            "NEW DELHI (AP) - India is training and arming the Mukti Bahini guerrillas fighting Pakistani forces in East Pakistan.",
            [
                ("India", "backs|supplies", "Mukti Bahini", "", "Pakistan|Bangladesh"),
                ("Mukti Bahini", "opposes", "Pakistan", "?"),
            ],
        ),
        (
            "The Nixon administration has backed Pakistan despite the army's crackdown in the east.",
            [(US + "|Nixon", "backs", "Pakistan", "")],
        ),
    ],
)
doc(
    "ogaden-1978",
    "March 9, 1978",
    [
        (
            "ADDIS ABABA (Reuters) - Cuban troops and Soviet advisers helped Ethiopia drive Somali forces out of the Ogaden.",
            [
                ("Cuba", "backs", "Ethiop", "", "Ethiop|Ogaden"),
                (RU, "backs", "Ethiop", "", "Ethiop|Ogaden"),
                ("Cuba|" + RU, "opposes", "Somali", "?"),
            ],
        ),
        (
            "Somalia, once Moscow's closest ally in Africa, now seeks arms from the West.",
            [(RU, "backs", "Somali", "?neg")],
        ),
    ],
)
doc(
    "congo-1998",
    "September 2, 1998",
    [
        (
            "KINSHASA (AFP) - Zimbabwe, Angola and Namibia have sent troops to defend President Laurent Kabila against rebels backed by Rwanda and Uganda.",
            [
                ("Zimbabwe", "backs", "Kabila|Congo", "", "Congo"),
                ("Angola", "backs", "Kabila|Congo", "", "Congo"),
                ("Namibia", "backs", "Kabila|Congo", "", "Congo"),
                ("Rwanda", "backs", "rebel", "", "Congo"),
                ("Uganda", "backs", "rebel", "", "Congo"),
                ("Zimbabwe|Angola|Namibia", "opposes", "rebel", "?"),
            ],
        ),
    ],
)
doc(
    "sierra-leone-2000",
    "May 15, 2000",
    [
        (
            "FREETOWN (Reuters) - Liberia's Charles Taylor has supplied the RUF rebels with weapons in exchange for diamonds, a UN panel said.",
            [
                (
                    "Liberia|Taylor",
                    "supplies",
                    "RUF|Revolutionary United",
                    "by:UN|United Nations",
                    "Sierra",
                )
            ],
        ),
        (
            "British paratroopers helped government forces repel an RUF advance on the capital.",
            [
                ("Brit|United Kingdom", "backs", "Sierra|government", "", "Sierra"),
                ("Brit|United Kingdom", "opposes", "RUF", "?"),
            ],
        ),
    ],
)
doc(
    "sri-lanka-2009",
    "May 19, 2009",
    [
        (
            "COLOMBO (Reuters) - China supplied the Sri Lankan army with weapons in the final phase of the war against the Tamil Tigers.",
            [
                ("China", "supplies", "Sri Lanka", "", "Sri Lanka"),
                ("China", "opposes", "Tamil|LTTE", "?"),
            ],
        ),
    ],
)
doc(
    "mali-2013",
    "January 16, 2013",
    [
        (
            "BAMAKO (AFP) - French warplanes struck Islamist positions in northern Mali to support the Malian army's counter-offensive.",
            [
                ("France|French", "backs", "Mali", "", "Mali|Sahel"),
                ("France|French", "opposes", "Islamist", "?"),
            ],
        ),
    ],
)
doc(
    "mali-2024",
    "August 1, 2024",
    [
        (
            "Russia's Africa Corps has replaced Wagner in Mali, where it backs the junta against Tuareg separatists.",
            [
                ("Russia|Africa Corps", "backs", "Mali|junta", "", "Mali|Sahel"),
                ("Russia|Africa Corps", "opposes", "Tuareg|separatist", "?"),
            ],
        ),
        (
            "Ukraine denied it had helped the Tuareg rebels who ambushed Wagner fighters near Tinzaouaten.",
            [("Ukraine", "backs", "Tuareg|rebel", "neg")],
        ),
    ],
)
doc(
    "red-sea-2024",
    "January 12, 2024",
    [
        (
            "Iran supplies the Houthis with the missiles they fire at ships in the Red Sea, U.S. officials say.",
            [("Iran", "supplies", "Houthi|Ansar", "by:" + US, "Yemen")],
        ),
        (
            "Britain joined the United States in striking Houthi targets in Yemen overnight.",
            [
                ("Brit|United Kingdom", "opposes", "Houthi|Ansar", "", "Yemen"),
                (US, "opposes", "Houthi|Ansar", "?"),
                ("Brit|United Kingdom", "backs", US, "?"),
            ],
        ),
    ],
)
doc(
    "gaza-2023",
    "November 2, 2023",
    [
        (
            "Iran-backed Hezbollah has traded fire with Israel since Hamas attacked on October 7.",
            [("Iran", "backs", "Hezbollah", ""), ("Hezbollah", "opposes", "Israel", "?")],
        ),
        (
            "Washington has rushed munitions to Israel for its war against Hamas in Gaza.",
            [
                (US, "supplies", "Israel", "", "Gaza|Israel"),
                (US + "|Israel", "opposes", "Hamas", "?"),
            ],
        ),
    ],
)
doc(
    "iraq-2005",
    "May 1, 2005",
    [
        (
            "Iran backed Shiite militias during the American occupation.",
            [("Iran", "backs", "Shiite militia", "", "Iraq|not stated")],
        ),
        (
            "BAGHDAD (AP) - Iran has armed and trained Shiite militias that attack American troops in Iraq, the Pentagon said.",
            [("Iran", "supplies|backs", "Shiite militia", "by:" + US, "Iraq")],
        ),
    ],
)
doc(
    "angola-1976",
    "February 2, 1976",
    [
        (
            "Cuba sent troops to back the MPLA government against the South African invasion.",
            [
                ("Cuba", "backs", "MPLA|Angol", "", "Angol|not stated"),
                ("Cuba", "opposes", "South Africa", "?"),
            ],
        ),
        (
            "Zaire and the United States backed the FNLA in the north.",
            [("Zaire", "backs", "FNLA", ""), (US, "backs", "FNLA", "")],
        ),
    ],
)
doc(
    "rhodesia-1977",
    "June 1, 1977",
    [
        (
            "SALISBURY (Reuters) - Mozambique's Frelimo government backs Robert Mugabe's ZANLA guerrillas fighting the Smith regime.",
            [
                ("Mozambi|Frelimo", "backs", "ZANLA|Mugabe", "", "Rhodesia|Zimbabwe"),
                ("ZANLA|Mugabe", "opposes", "Smith|Rhodesia", "?"),
            ],
        ),
        (
            "South Africa has supplied the Rhodesian security forces with helicopters and fuel.",
            [("South Africa", "supplies", "Rhodesia", "", "Rhodesia|Zimbabwe")],
        ),
    ],
)
doc(
    "libya-2011",
    "April 14, 2011",
    [
        (
            "BENGHAZI (Reuters) - Qatar has sent weapons to the rebels fighting Muammar Gaddafi's forces, a rebel spokesman said.",
            [
                ("Qatar", "supplies", "rebel", "by:spokesman|rebel", "Libya"),
                ("rebel", "opposes", "Gaddafi", "?"),
            ],
        ),
    ],
)
doc(
    "tajikistan-1993",
    "July 20, 1993",
    [
        (
            "DUSHANBE (Reuters) - Russian border troops backed the Tajik government against Islamist rebels operating from Afghanistan.",
            [
                ("Russia", "backs", "Tajik", "", "Tajik"),
                ("Russia", "opposes", "Islamist|rebel", "?"),
            ],
        ),
        (
            "Moldova accuses Russia's 14th Army of arming the separatists in Transnistria.",
            [(RU, "supplies", "separatist", "by:Moldova", "Moldova|Transnistria")],
        ),
    ],
)
# headlines, each its own article (a run of title-like lines reads as headings)
doc(
    "headline1",
    "September 1, 2020",
    [
        (
            "NATO air strikes back KLA as it battles Serb forces",
            [("NATO", "backs", "Kosovo Liberation|KLA", ""), ("KLA", "opposes", "Serb", "?")],
        )
    ],
)
doc(
    "headline2",
    "September 1, 2020",
    [("US drones support Kurdish push on Raqqa", [(US, "backs", "Kurd", "?")])],
)
doc("headline3", "September 1, 2020", [("Chinese arms reach Sudan's army despite embargo", [])])
doc(
    "headline4",
    "September 1, 2020",
    [
        (
            "Paris backs Chad's Deby against rebel advance",
            [("France", "backs", "Chad|Deby", ""), ("France", "opposes", "rebel", "?")],
        )
    ],
)
doc("headline5", "September 1, 2020", [("Ankara's drones tilt Libya war in favour of Tripoli", [])])
doc(
    "headline6",
    "September 1, 2020",
    [
        (
            "Egypt and UAE deny arming Haftar",
            [
                ("Egypt", "supplies", "Haftar|LNA", "neg"),
                ("Emirat|UAE", "supplies", "Haftar|LNA", "neg"),
            ],
        )
    ],
)
doc("headline7", "September 1, 2020", [("Support for Kyiv wavers in Congress", [])])
doc(
    "headline8",
    "September 1, 2020",
    [("Rwanda-backed M23 seizes Goma", [("Rwanda", "backs", "M23", "")])],
)


def _found(rx: str, value: str | None) -> bool:
    return bool(value) and re.search(rx, value, re.I) is not None


def _verdict(st, expected, theatre: str) -> tuple[str, int | None]:
    """How one claim reads against a sentence's expectations, and which it matched."""
    for k, (power, rel, party, flag, *where) in enumerate(expected):
        if not (_found(power, st.power) and re.fullmatch(rel, st.relation)):
            continue
        if not _found(party, st.party):
            continue
        if where and not _found(where[0], theatre):
            return "WRONG(war)", k
        if flag == "?" or (flag == "?neg" and st.negated):
            return "ok?", k
        if flag == "?doubt" and not st.negated and st.claimed_by:
            return "ok?", k
        if flag == "neg" and st.negated:
            return "ok", k
        if flag == "" and not st.negated and not st.claimed_by:
            return "ok", k
        if flag.startswith("by:") and st.claimed_by and not st.negated:
            return ("ok", k) if _found(flag[3:] or ".", st.claimed_by) else ("ok~", k)
        return "WRONG(flag)", k
    if any(_found(p, st.power) and re.fullmatch(r, st.relation) for p, r, *_ in expected):
        return "WRONG(party)", None
    return "EXTRA", None


# sidesq7: money and arms in other wordings (financed, bankrolled, paid for, footed the bill,
# sold ... to, shipped ... to, a loan or a grant to a government at war), written before the
# rules were run on them
doc(
    "money-afghanistan-1987",
    "June 2, 1987",
    [
        (
            "ISLAMABAD - Saudi Arabia has matched American funding for the Afghan mujahideen dollar for dollar, diplomats say.",
            [("Saudi", "backs", "mujahideen", "?")],
        ),
        (
            "Wealthy Gulf donors bankrolled the guerrillas fighting the Soviet army.",
            [("guerrilla", "opposes", "Soviet", "?")],
        ),
        (
            "China sold the mujahideen mortars and rockets through Pakistan.",
            [("China", "supplies", "mujahideen", "")],
        ),
        (
            "The Soviet Union has extended a $600 million credit to the Kabul government to pay for arms.",
            [("Soviet", "backs|supplies", "Afghan|Kabul", "?")],
        ),
    ],
)
doc(
    "money-iran-iraq-1986",
    "March 4, 1986",
    [
        (
            "Kuwait and Saudi Arabia lent Baghdad more than $40 billion during the war with Iran.",
            [("Kuwait", "backs", "Iraq", ""), ("Saudi", "backs", "Iraq", "")],
        ),
        (
            "The Soviet Union shipped T-72 tanks to Iraq through the Jordanian port of Aqaba.",
            [("Soviet", "supplies", "Iraq", "")],
        ),
        (
            "North Korea sold Iran Scud missiles, Western intelligence officials said.",
            [("North Korea", "supplies", "Iran", "by:West|intelligence")],
        ),
        (
            "Israel quietly paid for American arms shipped to Tehran.",
            [("Israel", "backs|supplies", "Iran", "?")],
        ),
    ],
)
doc(
    "money-central-america-1985",
    "May 14, 1985",
    [
        (
            "MANAGUA - The Soviet Union and Cuba have poured money and weapons into the Sandinista government.",
            [
                ("Soviet", "backs|supplies", "Sandinista|Nicaragu", ""),
                ("Cuba", "backs|supplies", "Sandinista|Nicaragu", ""),
            ],
        ),
        (
            "Saudi Arabia secretly footed the bill for weapons for the Contras after Congress cut off aid, officials said.",
            [("Saudi", "backs", "Contra", "by:official")],
        ),
        (
            "Taiwan gave the Contras $2 million, according to congressional investigators.",
            [("Taiwan", "backs", "Contra", "by:investigator|congress")],
        ),
        (
            "Honduras denies that it ships arms to the Salvadoran rebels.",
            [("Honduras", "supplies", "Salvador|rebel|FMLN", "?neg")],
        ),
    ],
)
doc(
    "money-ukraine-2023",
    "February 24, 2023",
    [
        (
            "KYIV - The European Union approved an 18 billion euro loan to Ukraine to keep its government running during the war.",
            [("European Union|EU", "backs", "Ukrain", "")],
        ),
        (
            "Japan has given Kyiv $5.5 billion in financial aid since the Russian invasion.",
            [("Japan", "backs", "Ukrain", "")],
        ),
        (
            "Germany is paying for air defence systems that Ukraine will receive this year.",
            [("Germany", "backs|supplies", "Ukrain", "?")],
        ),
        (
            "Iran sold Russia hundreds of Shahed drones, the White House said.",
            [("Iran", "supplies", "Russia", "by:White House|United States")],
        ),
        (
            "Poland shipped its MiG-29 fighter jets to Ukraine.",
            [("Poland", "supplies", "Ukrain", "")],
        ),
        (
            "The IMF approved a $15.6 billion loan to the Ukrainian government.",
            [("IMF|International Monetary Fund", "backs", "Ukrain", "?")],
        ),
    ],
)

# sidesq8: 48 sentences from twelve wars, written with their expectations before the run
doc(
    "sri-lanka-2000",
    "May 10, 2000",
    [
        (
            "COLOMBO (Reuters) - Pakistan has rushed multi-barrel rocket launchers to the Sri Lankan army as Tamil Tiger rebels close in on Jaffna.",
            [("Pakistan", "supplies", "Sri Lank", "", "Sri Lanka")],
        ),
        (
            "India, which trained Tamil militants in the early 1980s, now says it will not intervene militarily.",
            [("India", "backs|supplies", "Tamil", "?")],
        ),
        (
            "Norwegian diplomats have mediated between the government and the Liberation Tigers of Tamil Eelam since last year.",
            [
                ("Norw", "mediates", "Sri Lank|government", "?"),
                ("Norw", "mediates", "Tamil|LTTE|Liberation Tigers", ""),
            ],
        ),
        (
            "The Tigers deny receiving weapons from Eritrea, a rebel spokesman said.",
            [("Eritrea", "supplies", "Tiger|Tamil|LTTE", "?neg")],
        ),
    ],
)
doc(
    "kosovo-1998",
    "July 2, 1998",
    [
        (
            "PRISTINA (AP) - Albania has become the main supply route for weapons smuggled to the Kosovo Liberation Army, Serbian police say.",
            [("Albania", "supplies", "Kosovo Liberation Army|KLA", "?")],
        ),
        (
            "Russia, Serbia's traditional ally, opposes NATO air strikes against Belgrade.",
            [("Russia", "backs", "Serbia|Yugoslav", "?")],
        ),
        (
            "Richard Holbrooke brokered a ceasefire between Slobodan Milosevic and the ethnic Albanian leaders.",
            [("Holbrooke|United States", "mediates", "Milosevic|Serbia|Yugoslav|Albanian", "?")],
        ),
        (
            "Washington has repeatedly denied arming the KLA.",
            [("United States|Washington", "supplies", "KLA|Kosovo", "?neg")],
        ),
    ],
)
doc(
    "bekaa-1982",
    "June 20, 1982",
    [
        (
            "BEIRUT (UPI) - Syrian troops fought alongside Palestinian guerrillas against the Israeli invaders in the Bekaa Valley.",
            [
                ("Syria", "backs", "Palestin|PLO", "", "Lebanon"),
                ("Syria", "opposes", "Israel", "?", "Lebanon"),
            ],
        ),
        (
            "Israel has armed and trained the Christian Phalange militia for years.",
            [
                ("Israel", "supplies", "Phalang|Christian", "", "Lebanon|Conflict not stated"),
                ("Israel", "backs", "Phalang|Christian", "?"),
            ],
        ),
        (
            "The Soviet Union resupplied Syria with SAM missiles after its air defences were destroyed.",
            [("Soviet", "supplies", "Syria", "")],
        ),
        (
            "Philip Habib, the American envoy, mediated between Israel and the Palestine Liberation Organization.",
            [
                ("Habib|United States", "mediates", "Israel", "?"),
                ("Habib|United States", "mediates", "Palestin|PLO", ""),
            ],
        ),
    ],
)
doc(
    "iran-iraq-1987",
    "August 3, 1987",
    [
        (
            "BAGHDAD - France delivered Mirage F1 fighters and Exocet missiles to the Iraqi air force.",
            [("France", "supplies", "Iraq", "")],
        ),
        (
            "Syria and Libya sided with Iran in its war with Iraq.",
            [
                ("Syria", "backs", "Iran", ""),
                ("Libya", "backs", "Iran", ""),
                ("Syria|Libya", "opposes", "Iraq", "?"),
            ],
        ),
        (
            "Israel secretly sold spare parts for American-made F-4 jets to Tehran, U.S. officials said.",
            [("Israel", "supplies", "Iran", "by:official|United States")],
        ),
        (
            "China denied selling Silkworm missiles to Iran.",
            [("China", "supplies", "Iran", "?neg")],
        ),
    ],
)
doc(
    "ethiopia-eritrea-1999",
    "March 1, 1999",
    [
        (
            "ADDIS ABABA - Eritrea supplies the Oromo Liberation Front with arms and sanctuary, the Ethiopian government charged.",
            [("Eritrea", "supplies", "Oromo", "by:Ethiop")],
        ),
        (
            "Russia has sold Sukhoi-27 jets to Ethiopia, while Eritrea bought MiG-29s from Moldova.",
            [("Russia", "supplies", "Ethiop", ""), ("Moldova", "supplies", "Eritrea", "?")],
        ),
        (
            "The Organisation of African Unity is mediating between Addis Ababa and Asmara.",
            [
                ("Organi[sz]ation of African Unity|OAU", "mediates", "Ethiop", ""),
                ("Organi[sz]ation of African Unity|OAU", "mediates", "Eritrea", ""),
            ],
        ),
        (
            "Somali warlord Hussein Aidid is backed by Eritrea, according to Ethiopian officials.",
            [("Eritrea", "backs", "Aidid", "by:Ethiop")],
        ),
    ],
)
doc(
    "mali-2012",
    "November 12, 2012",
    [
        (
            "BAMAKO (Reuters) - Qatar denies funding the Islamist groups that control northern Mali.",
            [("Qatar", "backs", "Islamist", "?neg")],
        ),
        (
            "ECOWAS is preparing to send 3,300 troops to help the Malian army retake the north from Ansar Dine and its al Qaeda allies.",
            [("ECOWAS", "backs", "Mali", "?"), ("ECOWAS", "opposes", "Ansar Dine|Qaeda", "?")],
        ),
        (
            "Burkina Faso has mediated talks between the government in Bamako and the Tuareg rebels of the MNLA.",
            [
                ("Burkina", "mediates", "Mali|Bamako|government", ""),
                ("Burkina", "mediates", "Tuareg|MNLA", ""),
            ],
        ),
        (
            "Algeria is accused of quietly supporting Ansar Dine.",
            [("Algeria", "backs", "Ansar Dine", "?doubt")],
        ),
    ],
)
doc(
    "somalia-2010",
    "September 9, 2010",
    [
        (
            "MOGADISHU (AP) - Eritrea is arming and financing al-Shabab insurgents, a U.N. monitoring group said.",
            [
                ("Eritrea", "supplies", "Shabab|Shabaab", "by:United Nations|UN|monitor"),
                ("Eritrea", "backs", "Shabab|Shabaab", "?"),
            ],
        ),
        (
            "Ugandan and Burundian troops of the African Union force protect the transitional government against al-Shabab.",
            [
                ("Uganda|African Union", "backs", "Somali|government", ""),
                ("Burundi|African Union", "backs", "Somali|government", "?"),
                ("Uganda|Burundi|African Union", "opposes", "Shabab|Shabaab", "?"),
            ],
        ),
        (
            "The United States has supplied ammunition to the Somali government.",
            [("United States", "supplies", "Somali", "")],
        ),
        (
            "Eritrea rejected the allegations that it sends arms to the Somali insurgents.",
            [("Eritrea", "supplies", "Somali|insurgent|Shabab", "?neg")],
        ),
    ],
)
doc(
    "colombia-2002",
    "February 21, 2002",
    [
        (
            "BOGOTA (Reuters) - Washington has poured $1.3 billion in military aid into Colombia's war against the FARC guerrillas.",
            [
                ("United States|Washington", "backs|supplies", "Colombia", ""),
                ("United States|Washington", "opposes", "FARC", "?"),
                ("Colombia", "opposes", "FARC", "?"),
            ],
        ),
        (
            "Colombian officials accuse Venezuela of giving sanctuary to the FARC rebels.",
            [("Venezuela", "backs", "FARC", "?doubt")],
        ),
        (
            "Cuba has hosted peace talks between the Colombian government and the National Liberation Army.",
            [
                ("Cuba", "mediates", "Colombia", ""),
                ("Cuba", "mediates", "National Liberation Army|ELN", ""),
            ],
        ),
        (
            "Right-wing paramilitaries, backed by landowners and drug traffickers, fought the FARC in the north.",
            [("paramilitar", "opposes", "FARC", "?")],
        ),
    ],
)
doc(
    "myanmar-2023",
    "November 15, 2023",
    [
        (
            "YANGON (Reuters) - Russia and China have supplied the Myanmar military with fighter jets used in air strikes on villages.",
            [("Russia", "supplies", "Myanmar", ""), ("China", "supplies", "Myanmar", "")],
        ),
        (
            "The Kachin Independence Army is fighting alongside resistance groups against the junta.",
            [
                ("Kachin", "backs", "resistance", "?"),
                ("Kachin", "opposes", "junta|Myanmar", ""),
            ],
        ),
        (
            "India has denied supplying arms to the junta, despite reports of artillery shipments.",
            [("India", "supplies", "junta|Myanmar", "?neg")],
        ),
        (
            "Thailand offered to mediate between the generals and the National Unity Government.",
            [("Thailand", "mediates", "Myanmar|junta|National Unity", "?")],
        ),
    ],
)
doc(
    "karabakh-1993",
    "April 6, 1993",
    [
        (
            "BAKU (Reuters) - Azerbaijan accused Russia of supplying tanks to the Armenian forces in Nagorno-Karabakh.",
            [("Russia", "supplies", "Armenia|Karabakh", "by:Azerbaijan")],
        ),
        (
            "Turkey has backed Azerbaijan diplomatically and closed its border with Armenia.",
            [("Turkey", "backs", "Azerbaijan", "", "Karabakh")],
        ),
        (
            "The CSCE's Minsk Group is mediating between Armenia and Azerbaijan.",
            [
                ("Minsk Group|CSCE", "mediates", "Armenia", ""),
                ("Minsk Group|CSCE", "mediates", "Azerbaijan", ""),
            ],
        ),
        (
            "Afghan mujahideen fighters have been fighting for Azerbaijan against the Karabakh Armenians.",
            [
                ("mujahideen|Afghan", "backs", "Azerbaijan", ""),
                ("mujahideen|Afghan", "opposes", "Armenia|Karabakh", "?"),
            ],
        ),
    ],
)
doc(
    "western-sahara-1981",
    "October 14, 1981",
    [
        (
            "RABAT - Algeria arms and shelters the Polisario guerrillas fighting for Western Sahara's independence.",
            [("Algeria", "supplies", "Polisario", "")],
        ),
        (
            "The United States has agreed to sell Morocco OV-10 reconnaissance planes for use against the Polisario.",
            [
                ("United States", "supplies", "Morocco", "?"),
                ("United States", "opposes", "Polisario", "?"),
            ],
        ),
        (
            "Saudi Arabia finances Morocco's war in the Sahara, Western diplomats say.",
            [("Saudi", "backs", "Morocc", "by:diplomat|West")],
        ),
        (
            "Libya has stopped supplying the Polisario Front with weapons.",
            [("Libya", "supplies", "Polisario", "?neg")],
        ),
    ],
)
doc(
    "kashmir-1999",
    "June 30, 1999",
    [
        (
            "NEW DELHI (Reuters) - India accuses Pakistan of arming and training the militants who crossed the Line of Control near Kargil.",
            [("Pakistan", "supplies|backs", "militant", "by:India", "Kashmir")],
        ),
        (
            "Pakistan says it gives only moral and diplomatic support to the Kashmiri separatists.",
            [("Pakistan", "backs", "Kashmir|separatist", "?")],
        ),
        (
            "Israel has rushed laser-guided bombs to the Indian air force, defence sources said.",
            [("Israel", "supplies", "India", "by:defen|source")],
        ),
        (
            "President Clinton urged Nawaz Sharif to pull the infiltrators back, but refused to mediate between India and Pakistan.",
            [("Clinton|United States", "mediates", "India|Pakistan", "?neg")],
        ),
    ],
)


# sidesq9: 39 from Bosnia in 1993, Congo in 1998, Chad-Libya in 1987, Lebanon in 2006,
# Georgia in 2008, Libya in 2011, Syria in 2016-2019, Yemen in 2015-2018 and Ukraine in
# 2023, with denials, reported speech and sentences that claim nothing, written with their
# expectations before the extraction was run
doc(
    "bosnia-1993",
    "June 3, 1993",
    [
        (
            "SARAJEVO (Reuters) - Belgrade continues to supply the Bosnian Serbs with fuel and ammunition despite the sanctions, U.N. officials said.",
            [("Serbia|Belgrade|Yugoslav", "supplies", "Serb", "by:U\\.?N|official")],
        ),
        (
            "Iran has shipped arms to the Moslem-led Bosnian government in breach of the U.N. embargo, Western diplomats said.",
            [("Iran", "supplies", "Bosnia", "by:diplomat|West")],
        ),
        (
            "Croatia denied that its army was fighting alongside Bosnian Croat forces in central Bosnia.",
            [("Croatia", "backs", "Croat", "?neg")],
        ),
        (
            "The European Community and the United Nations are mediating between the Bosnian government and the Bosnian Serbs.",
            [
                ("European|EC", "mediates", "Bosnia|Serb", "?"),
                ("United Nations|U\\.?N", "mediates", "Bosnia|Serb", "?"),
            ],
        ),
    ],
)
doc(
    "congo-war-1998",
    "August 25, 1998",
    [
        (
            "KINSHASA (Reuters) - Zimbabwe and Angola have sent troops to defend President Laurent Kabila against the rebels.",
            [
                ("Zimbabwe", "backs", "Kabila|Congo", ""),
                ("Angola", "backs", "Kabila|Congo", ""),
                ("Zimbabwe|Angola", "opposes", "rebel", "?"),
            ],
        ),
        (
            "Kabila accuses Rwanda and Uganda of backing the rebellion in the east.",
            [
                ("Rwanda", "backs", "rebel", "by:Kabila|Congo"),
                ("Uganda", "backs", "rebel", "by:Kabila|Congo"),
            ],
        ),
        ("Rwanda denies that its troops are in Congo.", []),
        (
            "Namibia has also pledged military support to Kinshasa.",
            [("Namibia", "backs", "Congo|Kinshasa|Kabila", "")],
        ),
    ],
)
doc(
    "chad-libya-1987",
    "March 25, 1987",
    [
        (
            "N'DJAMENA (Reuters) - France is providing air cover for Chadian troops fighting Libyan forces in the north.",
            [("France|French", "backs", "Chad", ""), ("Chad", "opposes", "Liby", "?")],
        ),
        (
            "Libya supports the rebel leader Goukouni Oueddei against the government of Hissene Habre.",
            [
                ("Libya", "backs", "Goukouni", ""),
                ("Libya", "opposes", "Habre|Chad", "?"),
            ],
        ),
        (
            "The United States has sent Stinger missiles to Chad, according to American officials.",
            [("United States", "supplies", "Chad", "?")],
        ),
    ],
)
doc(
    "lebanon-hezbollah-2006",
    "July 20, 2006",
    [
        (
            "BEIRUT (Reuters) - Israel accuses Iran and Syria of supplying Hezbollah with the rockets fired at Haifa.",
            [
                ("Iran", "supplies", "Hezbollah", "by:Israel"),
                ("Syria", "supplies", "Hezbollah", "by:Israel"),
            ],
        ),
        ("Syria denied arming Hezbollah.", [("Syria", "supplies", "Hezbollah", "?neg")]),
        (
            "Washington is rushing precision-guided bombs to Israel, The New York Times reported.",
            [(US, "supplies", "Israel", "by:Times")],
        ),
        (
            "The United Nations and France are trying to mediate a ceasefire between Israel and Hezbollah.",
            [
                ("United Nations|U\\.?N", "mediates", "Israel|Hezbollah|Leban", "?"),
                ("France", "mediates", "Israel|Hezbollah|Leban", "?"),
            ],
        ),
    ],
)
doc(
    "south-ossetia-2008",
    "August 12, 2008",
    [
        (
            "TBILISI (Reuters) - Russian troops are fighting alongside South Ossetian separatists against Georgian forces.",
            [
                ("Russia", "backs", "Ossetia|separatist", ""),
                ("Russia", "opposes", "Georgia", ""),
            ],
        ),
        (
            "French President Nicolas Sarkozy mediated between Moscow and Tbilisi.",
            [
                ("France|French|Sarkozy", "mediates", "Russia|Moscow", "?"),
                ("France|French|Sarkozy", "mediates", "Georgia|Tbilisi", ""),
            ],
        ),
        (
            "Moscow accuses Ukraine of having supplied Georgia with air defence systems.",
            [("Ukrain", "supplies", "Georgia", "by:Russia|Moscow")],
        ),
        (
            "Israel has not sold weapons to Georgia since last year, an Israeli official said.",
            [("Israel", "supplies", "Georgia", "?neg")],
        ),
    ],
)
doc(
    "libya-nato-2011",
    "April 15, 2011",
    [
        (
            "BENGHAZI (Reuters) - Qatar has supplied the Libyan rebels with anti-tank weapons, a rebel spokesman said.",
            [("Qatar", "supplies", "rebel|Liby", "by:spokesman|rebel")],
        ),
        (
            "NATO warplanes struck Gaddafi's tanks outside Misrata.",
            [("NATO", "opposes", "Gaddafi|Liby", "")],
        ),
        (
            "Algeria denied sending mercenaries to fight for Muammar Gaddafi.",
            [("Algeria", "backs", "Gaddafi|Liby", "?neg")],
        ),
        (
            "The African Union offered to mediate between Gaddafi and the rebels.",
            [("African Union|AU", "mediates", "Gaddafi|rebel|Liby", "?")],
        ),
    ],
)
doc(
    "syria-aleppo-2016",
    "October 10, 2016",
    [
        (
            "DAMASCUS (Reuters) - Russian warplanes are supporting a Syrian army offensive in Aleppo.",
            [("Russia", "backs", "Syria|Assad", "")],
        ),
        (
            "Iran has sent thousands of militia fighters to fight for President Bashar al-Assad.",
            [("Iran", "backs", "Assad|Syria", "")],
        ),
        (
            "Turkey launched an offensive against the Kurdish YPG militia, which the United States has armed to fight Islamic State.",
            [
                ("Turkey", "opposes", "YPG|Kurd", ""),
                (US, "supplies|backs", "YPG|Kurd", ""),
                (US, "opposes", "Islamic State", "?"),
                # widened after reading (sidesq19): the militia, armed to fight Islamic State,
                # fights it
                ("YPG|Kurd", "opposes", "Islamic State", "?"),
            ],
        ),
        (
            "The Pentagon said it would stop arming Syrian Kurdish fighters.",
            [(US, "supplies", "Kurd|YPG", "?")],
        ),
        (
            "Russia and Turkey brokered a ceasefire in Aleppo.",
            [
                ("Russia", "mediates", "Syria|Aleppo|rebel", "?"),
                ("Turkey", "mediates", "Syria|Aleppo|rebel", "?"),
            ],
        ),
    ],
)
doc(
    "yemen-coalition-2018",
    "June 14, 2018",
    [
        (
            "ADEN (Reuters) - Saudi-led coalition warplanes bombed Houthi positions around Hodeidah.",
            [("Saudi|coalition", "opposes", "Houthi", "")],
        ),
        (
            "The United Arab Emirates trains and funds southern separatist forces in Aden.",
            [("Emirates|UAE", "backs|supplies", "separatist|southern", "")],
        ),
        (
            "Saudi Arabia accuses Iran of smuggling missiles to the Houthis.",
            [("Iran", "supplies", "Houthi", "by:Saudi")],
        ),
        ("Iran denies arming the Houthis.", [("Iran", "supplies", "Houthi", "?neg")]),
        (
            "Britain has sold billions of pounds of warplanes and bombs to Saudi Arabia.",
            [("Brit|United Kingdom", "supplies", "Saudi", "")],
        ),
        ("The Houthis fired a missile at Riyadh on Sunday.", [("Houthi", "opposes", "Saudi", "?")]),
    ],
)
doc(
    "ukraine-arms-2023",
    "January 25, 2023",
    [
        (
            "BERLIN (Reuters) - Germany will send Leopard 2 tanks to Ukraine and allow other countries to re-export theirs, Chancellor Olaf Scholz said.",
            [("German", "supplies", "Ukrain", "?")],
        ),
        (
            "Iran has supplied Russia with Shahed drones used against Ukrainian cities, Kyiv says.",
            [("Iran", "supplies", "Russia", "by:Kyiv|Ukrain")],
        ),
        (
            "Belarus has allowed Russian troops to attack Ukraine from its territory.",
            [("Belarus", "backs", "Russia", "?"), ("Russia", "opposes", "Ukrain", "?")],
        ),
        ("China denies providing weapons to Russia.", [("China", "supplies", "Russia", "?neg")]),
        (
            "North Korea has shipped artillery shells to Russia, the White House said.",
            [("North Korea", "supplies", "Russia", "by:White House|United States|Washington")],
        ),
        (
            "Poland has become the main hub for Western weapons bound for Ukraine.",
            [("Poland", "backs|supplies", "Ukrain", "?")],
        ),
    ],
)

doc(
    "sri-lanka-1990",
    "March 24, 1990",
    [
        (
            "COLOMBO (Reuters) - The last Indian peacekeepers left Sri Lanka on Saturday, ending a mission that had pitted New Delhi's troops against the Tamil Tigers for nearly three years.",
            [("India", "opposes", "Tamil|LTTE", "?")],
        ),
        (
            "President Ranasinghe Premadasa's government secretly supplied arms to the Tigers to fight the Indian army, a former minister alleged.",
            [
                ("Sri Lanka|Premadasa", "supplies", "Tamil|LTTE|Tiger", "by:minister"),
                ("Sri Lanka|Premadasa|Tamil|LTTE|Tiger", "opposes", "India", "?"),
            ],
        ),
        ("Tamil Nadu politicians have long sympathised with the rebels.", []),
    ],
)
doc(
    "sri-lanka-2008",
    "November 3, 2008",
    [
        (
            "KILINOCHCHI - Pakistan and China have stepped up arms sales to Colombo as the army closes in on the rebel stronghold.",
            [("Pakistan", "supplies", "Sri Lanka", ""), ("China", "supplies", "Sri Lanka", "")],
        ),
        (
            "Norway, which brokered the 2002 ceasefire between the government and the Tamil Tigers, has withdrawn its monitors.",
            [
                ("Norway", "mediates", "Sri Lanka", "?"),
                ("Norway", "mediates", "Tamil|LTTE", "?"),
            ],
        ),
        ("The LTTE's overseas network raised money from the diaspora to buy weapons.", []),
    ],
)
doc(
    "colombia-1999",
    "August 20, 1999",
    [
        (
            "BOGOTA (Reuters) - Washington is considering a $1 billion aid package to help the Colombian army fight drug-financed guerrillas.",
            [(US, "backs", "Colombia", "?neg"), (US, "opposes", "guerrilla|FARC", "?neg")],
        ),
        (
            "Venezuelan President Hugo Chavez denied that his government was giving sanctuary to FARC rebels.",
            [("Venezuela|Chavez", "backs", "FARC", "neg")],
        ),
        (
            "The FARC, which has fought the government since 1964, controls a Switzerland-sized zone in the south.",
            [("FARC", "opposes", "Colombia", "?")],
        ),
    ],
)
doc(
    "colombia-2016",
    "September 26, 2016",
    [
        (
            "HAVANA - Cuba and Norway, which guaranteed four years of talks between the government and the FARC, will witness the signing in Cartagena.",
            [
                ("Cuba", "mediates", "Colombia", ""),
                ("Cuba", "mediates", "FARC", ""),
                ("Norway", "mediates", "Colombia", ""),
                ("Norway", "mediates", "FARC", ""),
            ],
        ),
        (
            "The United States has backed Bogota's war on the rebels with more than $10 billion since 2000.",
            [(US, "backs", "Colombia", ""), (US, "opposes", "FARC|rebel", "?")],
        ),
    ],
)
doc(
    "kashmir-1990",
    "February 12, 1990",
    [
        (
            "NEW DELHI (AP) - India accused Pakistan on Monday of training and arming Moslem militants in Kashmir.",
            [("Pakistan", "backs|supplies", "militant|Moslem|Muslim|Kashmir", "by:India")],
        ),
        (
            "Islamabad says it gives only moral and diplomatic support to the Kashmiri cause.",
            [("Pakistan", "backs", "Kashmir", "?")],
        ),
        (
            "The Jammu and Kashmir Liberation Front wants independence from both India and Pakistan.",
            [("Jammu|JKLF", "opposes", "India|Pakistan", "?")],
        ),
    ],
)
doc(
    "kashmir-2019",
    "February 27, 2019",
    [
        (
            "Indian jets struck what New Delhi called a Jaish-e-Mohammed training camp in Balakot, Pakistan.",
            [("India", "opposes", "Jaish", "?")],
        ),
        (
            "China, Pakistan's closest ally, called on both sides to show restraint.",
            [("China", "backs", "Pakistan", "?")],
        ),
        (
            "Saudi Arabia and the United Arab Emirates helped defuse the crisis, diplomats said.",
            [
                ("Saudi", "mediates", "India|Pakistan|Kashmir", "?"),
                ("Emirates|UAE", "mediates", "India|Pakistan|Kashmir", "?"),
            ],
        ),
    ],
)
doc(
    "western-sahara-1976",
    "February 28, 1976",
    [
        (
            "ALGIERS (AP) - Algeria is arming and training Polisario guerrillas who proclaimed the Sahrawi Arab Democratic Republic today, Moroccan officials charged.",
            [("Algeria", "supplies|backs", "Polisario", "by:Morocc|officials")],
        ),
        ("Morocco and Mauritania have divided the former Spanish colony between them.", []),
        (
            "Libya's Colonel Qaddafi has pledged money to the guerrillas.",
            [("Libya|Qaddafi", "backs", "Polisario|guerrilla", "?")],
        ),
    ],
)
doc(
    "western-sahara-2020",
    "December 11, 2020",
    [
        (
            "RABAT (Reuters) - The United States recognised Moroccan sovereignty over Western Sahara in return for Rabat normalising ties with Israel.",
            [(US, "backs", "Morocc", "?")],
        ),
        (
            "The Polisario Front said it had resumed its armed struggle against Morocco after Moroccan troops broke up a protest at Guerguerat.",
            [("Polisario", "opposes", "Morocc", "?")],
        ),
        (
            "Algeria, the Polisario's main backer, condemned the decision.",
            [("Algeria", "backs", "Polisario", "")],
        ),
    ],
)
doc(
    "sudan-2023",
    "June 20, 2023",
    [
        (
            "KHARTOUM (Reuters) - The Rapid Support Forces have received surface-to-air missiles from Wagner bases in Libya and the Central African Republic, U.S. officials said.",
            [("Wagner|" + RU, "supplies", "RSF|Rapid Support", "by:" + US + "|officials")],
        ),
        (
            "Egypt has sent warplanes to back the Sudanese army, according to diplomats.",
            [("Egypt", "backs", "Sudan|Burhan|SAF", "by:diplomat")],
        ),
        (
            "Saudi Arabia and the United States are mediating between the army and the RSF in Jeddah.",
            [
                ("Saudi", "mediates", "Sudan|Burhan|SAF", ""),
                ("Saudi", "mediates", "RSF|Rapid Support", ""),
                (US, "mediates", "Sudan|Burhan|SAF", ""),
                (US, "mediates", "RSF|Rapid Support", ""),
            ],
        ),
        (
            "The UAE has rejected accusations that it is funnelling weapons to Hemedti's fighters through Chad.",
            [("Emirates|UAE", "supplies", "RSF|Rapid Support|Hemedti", "neg")],
        ),
    ],
)
doc(
    "tigray-2022",
    "October 25, 2022",
    [
        (
            "PRETORIA - The African Union is hosting peace talks between the Ethiopian government and the Tigray People's Liberation Front.",
            [
                ("African Union", "mediates", "Ethiop", ""),
                ("African Union", "mediates", "TPLF|Tigray", ""),
            ],
        ),
        (
            "Eritrean forces have joined Ethiopian troops in a renewed offensive in Tigray, the TPLF said.",
            [
                ("Eritrea", "backs", "Ethiop", "by:TPLF|Tigray"),
                ("Eritrea", "opposes", "TPLF|Tigray", "?"),
            ],
        ),
        (
            "Iran and Turkey have supplied drones that helped Abiy Ahmed's forces turn back a rebel advance on Addis Ababa last year.",
            [
                ("Iran", "supplies", "Ethiop|Abiy", ""),
                ("Turkey", "supplies", "Ethiop|Abiy", ""),
                # widened in sidesq11, once the help was read: arms that helped a side back it
                ("Iran|Turkey", "backs", "Ethiop|Abiy", "?"),
            ],
        ),
    ],
)
doc(
    "myanmar-2024",
    "March 27, 2024",
    [
        (
            "Russia's deputy defence minister attended the junta's Armed Forces Day parade in Naypyitaw.",
            [(RU, "backs", "Myanmar|junta", "?")],
        ),
        (
            "The Arakan Army, which is fighting the military in Rakhine State, has seized most of the state's townships.",
            [("Arakan", "opposes", "Myanmar|junta|military", "?")],
        ),
        (
            "India has sold the military radar and artillery shells despite the coup, a UN report said.",
            [("India", "supplies", "Myanmar|junta|military", "by:UN|United Nations")],
        ),
        (
            "Thailand has offered to host talks between the junta and the resistance.",
            [("Thailand", "mediates", "junta|Myanmar|resistance", "?neg")],
        ),
    ],
)
doc(
    "karabakh-1992",
    "May 10, 1992",
    [
        (
            "BAKU (Reuters) - Azerbaijan accused Armenia of sending troops to help ethnic Armenian fighters capture the town of Shusha.",
            [("Armenia", "backs", "Karabakh|Armenian", "by:Azerbai")],
        ),
        (
            "Iran tried to broker a ceasefire between Baku and Yerevan in Tehran this week.",
            [("Iran", "mediates", "Azerbai", "?"), ("Iran", "mediates", "Armenia", "?")],
        ),
        (
            "Turkey has given Azerbaijan political support but ruled out military intervention.",
            [("Turkey", "backs", "Azerbai", "")],
        ),
    ],
)
doc(
    "iraq-2003",
    "March 21, 2003",
    [
        (
            "KUWAIT CITY (Reuters) - British and American troops crossed into southern Iraq on Thursday as warplanes pounded Baghdad.",
            [("Brit|United Kingdom", "opposes", "Iraq", "?"), (US, "opposes", "Iraq", "?")],
        ),
        (
            "Turkey refused to let U.S. troops use its territory to open a northern front.",
            [("Turkey", "backs", US, "?neg")],
        ),
        (
            "France and Germany led opposition to the war at the United Nations Security Council.",
            [("France|German", "opposes", US, "?")],
        ),
        (
            "Kurdish peshmerga fighters, backed by U.S. special forces, advanced on Kirkuk.",
            [(US, "backs", "Kurd|peshmerga", "")],
        ),
    ],
)
doc(
    "mozambique-1986",
    "October 20, 1986",
    [
        (
            "MAPUTO (Reuters) - Mozambique says South Africa continues to supply the Renamo rebels despite the Nkomati accord.",
            [("South Africa", "supplies", "Renamo", "by:Mozambi")],
        ),
        (
            "Zimbabwe has sent thousands of troops to guard the Beira corridor against Renamo attacks.",
            [("Zimbabwe", "opposes", "Renamo", "?"), ("Zimbabwe", "backs", "Mozambi", "?")],
        ),
        (
            "Malawi denies letting Renamo guerrillas operate from its territory.",
            [("Malawi", "backs", "Renamo", "?neg")],
        ),
    ],
)
doc(
    "cabo-delgado-2021",
    "July 10, 2021",
    [
        (
            "PEMBA - Rwanda has deployed 1,000 soldiers to help Mozambique fight Islamist insurgents in Cabo Delgado.",
            [
                ("Rwanda", "backs", "Mozambi", ""),
                ("Rwanda", "opposes", "insurgent|Islamist|Ansar|Shabab", "?"),
                # widened after reading: Mozambique does fight them, as the sentence says
                ("Mozambi", "opposes", "insurgent|Islamist|Ansar|Shabab", "?"),
            ],
        ),
        (
            "The Southern African Development Community agreed to send a standby force to support Maputo.",
            [("Southern African|SADC", "backs", "Mozambi|Maputo", "?")],
        ),
    ],
)


# branch sidesq11: two states' forces fighting side by side with no place named
# ("French troops backed by Malian soldiers"), where the adjective's country is the war's
# place and where it is not, a bare "the army" of a war with one national army, and help in
# a relative clause; one article a sentence, written before the rules were run on them
NS = r"not stated|^$"
doc(
    "side-by-side-mali-2013",
    "January 14, 2013",
    [
        (
            "French troops backed by Malian soldiers attacked jihadist positions on Monday.",
            [
                ("France", "backs", "Mali", "?", "Sahel"),
                ("Mali", "backs", "France|French", "?", "Sahel"),
            ],
        )
    ],
)
doc(
    "side-by-side-somalia-2012",
    "October 1, 2012",
    [
        (
            "Kenyan troops backed by Somali soldiers attacked militant positions overnight, a military spokesman said.",
            [
                ("Kenya", "backs", "Somal", "?", "Somalia"),
                ("Somal", "backs", "Kenya", "?", "Somalia"),
            ],
        )
    ],
)
doc(
    "side-by-side-afghanistan-2010",
    "June 3, 2010",
    [
        (
            "British troops backed by Afghan soldiers attacked insurgent positions before dawn.",
            [
                ("Brit|United Kingdom", "backs", "Afghan", "?", "Afghan"),
                ("Afghan", "backs", "Brit|United Kingdom", "?", "Afghan"),
            ],
        )
    ],
)
doc(
    "side-by-side-sri-lanka-1987",
    "October 12, 1987",
    [
        (
            "Indian troops backed by Sri Lankan soldiers attacked rebel positions on Monday.",
            [
                ("India", "backs", "Sri Lanka", "?", "Sri Lanka|" + NS),
                ("Sri Lanka", "backs", "India", "?", "Sri Lanka|" + NS),
            ],
        )
    ],
)
doc(
    "side-by-side-chad-2013",
    "February 20, 2013",
    [
        (
            "Chadian troops backed by Malian soldiers attacked Islamist positions in the mountains.",
            [
                ("Chad", "backs", "Mali", "?", "Sahel|Mali|" + NS),
                ("Mali", "backs", "Chad", "?", "Sahel|Mali|" + NS),
            ],
        )
    ],
)
doc(
    "side-by-side-congo-2013",
    "November 2, 2013",
    [
        (
            "Tanzanian troops backed by Congolese soldiers attacked rebel positions, the UN said.",
            [
                ("Tanzania", "backs", "Congo", "?", "Congo|" + NS),
                ("Congo", "backs", "Tanzania", "?", "Congo|" + NS),
            ],
        )
    ],
)
doc(
    "side-by-side-angola-1987",
    "November 3, 1987",
    [
        (
            "Cuban troops backed by Angolan soldiers attacked UNITA positions.",
            [
                ("Cuba", "backs", "Angola", "?", "Angola|" + NS),
                ("Angola", "backs", "Cuba", "?", "Angola|" + NS),
            ],
        )
    ],
)
doc(
    "side-by-side-nigeria-2015",
    "February 10, 2015",
    [
        (
            "Nigerian troops backed by Chadian soldiers attacked Boko Haram positions.",
            [
                ("Chad", "backs", "Nigeria", "?", "Nigeria|" + NS),
                ("Nigeria", "backs", "Chad", "?", "Nigeria|" + NS),
            ],
        )
    ],
)
doc(
    "side-by-side-syria-2016",
    "November 20, 2016",
    [
        (
            "Russian troops backed by Syrian soldiers attacked rebel positions.",
            [
                ("Russia", "backs", "Syria", "?", "Syria"),
                ("Syria", "backs", "Russia", "?", "Syria"),
            ],
        )
    ],
)
doc(
    "side-by-side-gao-2013",
    "January 26, 2013",
    [
        (
            "French troops backed by Malian soldiers attacked jihadist positions near Gao.",
            [
                ("France", "backs", "Mali", "?", "Sahel"),
                ("Mali", "backs", "France|French", "?", "Sahel"),
            ],
        )
    ],
)
doc(
    "at-home-ukraine-2023",
    "June 10, 2023",
    [
        (
            "Ukrainian troops backed by American artillery attacked Russian positions on Saturday.",
            [
                (US, "backs", "Ukrain", "", "Ukraine"),
                ("Ukrain", "opposes", "Russia", "?", "Ukraine"),
            ],
        )
    ],
)
doc(
    "at-home-syria-2016",
    "October 5, 2016",
    [
        (
            "Syrian troops backed by Russian jets attacked rebel positions on Wednesday.",
            [
                ("Russia", "backs", "Syria", "", "Syria"),
                ("Syria", "opposes", "rebel", "?", "Syria"),
            ],
        )
    ],
)
doc(
    "at-home-iraq-2015",
    "March 3, 2015",
    [
        (
            "Iraqi troops backed by Iranian advisers attacked Islamic State positions.",
            [
                ("Iran", "backs", "Iraq", "", "Iraq"),
                ("Iraq", "opposes", "Islamic State", "?", "Iraq"),
            ],
        )
    ],
)
doc(
    "at-home-colombia-2002",
    "August 9, 2002",
    [
        (
            "Colombian troops backed by U.S. advisers attacked guerrilla camps.",
            [
                (US, "backs", "Colombia", "", "Colombia"),
                ("Colombia", "opposes", "guerrilla", "?", "Colombia"),
            ],
        )
    ],
)
doc(
    "at-home-ukraine-soldiers-2022",
    "September 12, 2022",
    [
        (
            "Ukrainian troops backed by Polish volunteers attacked Russian positions.",
            [
                ("Pol", "backs", "Ukrain", "?", "Ukraine"),
                ("Ukrain", "opposes", "Russia", "?", "Ukraine"),
            ],
        )
    ],
)
doc(
    "at-home-sudan-2023",
    "May 2, 2023",
    [
        (
            "Sudanese troops backed by Egyptian jets attacked RSF positions.",
            [
                ("Egypt", "backs", "Sudan", "", "Sudan"),
                ("Sudan", "opposes", "RSF|Rapid", "?", "Sudan"),
            ],
        )
    ],
)
doc(
    "alongside-mali-2013",
    "January 20, 2013",
    [
        (
            "French troops fought alongside Malian soldiers against the Islamists.",
            [
                ("France", "backs", "Mali", "", "Sahel"),
                ("France", "opposes", "Islamist", "?", "Sahel"),
                ("Mali", "opposes", "Islamist", "?", "Sahel"),
            ],
        )
    ],
)
doc(
    "foreign-iraq-2003",
    "March 25, 2003",
    [
        (
            "American troops backed by British jets attacked Iraqi positions.",
            [
                ("Brit|United Kingdom", "backs", US, "?", "Iraq|" + NS),
                (US, "opposes", "Iraq", "?", "Iraq|" + NS),
            ],
        )
    ],
)
doc(
    "mediation-sudan-2023",
    "June 1, 2023",
    [
        (
            "Saudi Arabia and the United States have been mediating between the army and the RSF in Jeddah.",
            [
                ("Saudi", "mediates", "Sudanese Armed|SAF|army", "", "Sudan"),
                ("Saudi", "mediates", "RSF|Rapid", "", "Sudan"),
                (US, "mediates", "Sudanese Armed|SAF|army", "", "Sudan"),
                (US, "mediates", "RSF|Rapid", "", "Sudan"),
            ],
        )
    ],
)
doc(
    "army-sudan-truce-2023",
    "May 21, 2023",
    [
        (
            "The United States and Saudi Arabia brokered a week-long ceasefire between the RSF and the army.",
            [
                (US, "mediates", "RSF|Rapid", "?", "Sudan"),
                (US, "mediates", "Sudanese Armed|SAF", "?", "Sudan"),
                ("Saudi", "mediates", "RSF|Rapid", "?", "Sudan"),
                ("Saudi", "mediates", "Sudanese Armed|SAF", "?", "Sudan"),
            ],
        )
    ],
)
doc(
    "army-lebanon-2006",
    "July 20, 2006",
    [
        (
            "Qatar is mediating between Hezbollah and the army.",
            [("Qatar", "mediates", "Hezbollah", "?")],
        )
    ],
)
doc(
    "mediation-myanmar-2024",
    "January 12, 2024",
    [
        (
            "China has been mediating between the army and ethnic armed groups in northern Shan State.",
            [
                ("China", "mediates", "Myanmar|junta|Tatmadaw|army", "?", "Myanmar"),
                ("China", "mediates", "ethnic|armed groups", "?", "Myanmar"),
            ],
        )
    ],
)
doc(
    "drones-tigray-2021",
    "December 20, 2021",
    [
        (
            "The United Arab Emirates supplied drones that helped Abiy Ahmed's forces push back the Tigrayan advance.",
            [
                ("Emirates|UAE", "supplies", "Ethiop|Abiy", "", "Tigray"),
                ("Emirates|UAE", "backs", "Ethiop|Abiy", "?", "Tigray"),
            ],
        )
    ],
)
doc(
    "drones-libya-2020",
    "May 20, 2020",
    [
        (
            "Turkey supplied drones that helped the Tripoli government repel Haftar's offensive.",
            [
                ("Turkey", "supplies", "Tripoli|Libya|GNA|National Accord", "", "Libya"),
                ("Turkey", "backs", "Tripoli|Libya|GNA|National Accord", "?", "Libya"),
                # widened after reading: helping repel Haftar's offensive opposes his side
                ("Turkey", "opposes", "Haftar|LNA|Libyan National", "?", "Libya"),
            ],
        )
    ],
)
doc(
    "drones-yemen-2019",
    "September 20, 2019",
    [
        (
            "Iran denies supplying drones that helped the Houthis.",
            [("Iran", "supplies|backs", "Houthi", "?neg")],
        )
    ],
)
doc(
    "jets-syria-2016",
    "December 20, 2016",
    [
        (
            "Russia sold jets that helped the Syrian army retake Aleppo.",
            [
                ("Russia", "supplies", "Syria", "", "Syria"),
                ("Russia", "backs", "Syria", "?", "Syria"),
            ],
        )
    ],
)


# branch sidesq12: a supplier's client at war abroad (the war is the client's, never the
# client's own land), a national army fighting a named insurgent group at home, supply by
# sale that helped, then ten more wars with negatives ("support" with no side); one article
# a sentence, written before the rules were run on them
doc(
    "client-abroad-russia-2022",
    "October 20, 2022",
    [
        (
            "Iran supplied drones to Russia, Ukraine said.",
            [("Iran", "supplies", "Russia", "by:Ukrain", "Ukraine|" + NS)],
        )
    ],
)
doc(
    "client-abroad-shells-2023",
    "October 15, 2023",
    [
        (
            "North Korea has shipped artillery shells to Russia, South Korean intelligence said.",
            [("North Korea|Korea", "supplies", "Russia", "by:Korea", "Ukraine|" + NS)],
        )
    ],
)
doc(
    "client-abroad-belarus-2023",
    "March 2, 2023",
    [
        (
            "Belarus has supplied ammunition to Russia, Kyiv said.",
            [("Belarus", "supplies", "Russia", "by:Ukrain|Kyiv", "Ukraine|" + NS)],
        )
    ],
)
doc(
    "client-abroad-azerbaijan-2020",
    "October 5, 2020",
    [
        (
            "Turkey supplied Bayraktar drones to Azerbaijan, Armenian officials said.",
            [("Turkey", "supplies", "Azerbaijan", "by:Armenia", "Karabakh|" + NS)],
        )
    ],
)
doc(
    "client-abroad-israel-2023",
    "November 10, 2023",
    [
        (
            "The United States has shipped bombs to Israel, U.S. officials said.",
            [(US, "supplies", "Israel", "?", "Gaza|" + NS)],
        )
    ],
)
doc(
    "client-abroad-hamas-2021",
    "May 15, 2021",
    [
        (
            "Iran supplied rockets to Hamas, Israel said.",
            [("Iran", "supplies", "Hamas", "by:Israel", "Gaza|" + NS)],
        )
    ],
)
doc(
    "client-abroad-houthis-2019",
    "June 20, 2019",
    [
        (
            "Iran has smuggled missiles to the Houthis, the Pentagon said.",
            [("Iran", "supplies", "Houthi", "?", "Yemen")],
        )
    ],
)
doc(
    "client-abroad-saudi-2017",
    "March 9, 2017",
    [
        (
            "Britain sold fighter jets to Saudi Arabia, campaigners said.",
            [("Brit|United Kingdom", "supplies", "Saudi", "?", "Yemen|" + NS)],
        )
    ],
)
doc(
    "client-abroad-gas-2021",
    "February 3, 2021",
    [("Russia supplies gas to Armenia under a long-term contract.", [])],
)
doc(
    "insurgents-at-home-philippines-2002",
    "February 20, 2002",
    [
        (
            "Filipino troops backed by American advisers attacked Abu Sayyaf camps.",
            [
                (US, "backs", "Philippin|Filipino", "", "Philippines"),
                ("Philippin|Filipino", "opposes", "Abu Sayyaf", "?", "Philippines"),
            ],
        )
    ],
)
doc(
    "insurgents-at-home-nigeria-2015",
    "March 9, 2015",
    [
        (
            "Nigerian soldiers backed by Chadian troops attacked Boko Haram fighters on Monday.",
            [
                ("Chad", "backs", "Nigeria", "?", "Nigeria"),
                ("Nigeria", "opposes", "Boko Haram", "?", "Nigeria"),
            ],
        )
    ],
)
doc(
    "insurgents-at-home-mali-2022",
    "April 2, 2022",
    [
        (
            "Malian troops backed by Russian mercenaries attacked JNIM positions.",
            [
                ("Russia|Wagner", "backs", "Mali", "?", "Sahel"),
                ("Mali", "opposes", "JNIM|Nusrat", "?", "Sahel"),
            ],
        )
    ],
)
doc(
    "insurgents-abroad-kenya-2012",
    "September 28, 2012",
    [
        (
            "Kenyan troops backed by Somali soldiers attacked al-Shabab positions.",
            [
                ("Kenya", "backs", "Somal", "?", "Somalia|" + NS),
                ("Somal", "backs", "Kenya", "?", "Somalia|" + NS),
                ("Kenya", "opposes", "Shabab", "?", "Somalia|" + NS),
            ],
        )
    ],
)
doc(
    "sale-helped-iraq-1986",
    "May 4, 1986",
    [
        (
            "France sold Mirage jets that helped Iraq fight Iran.",
            [
                ("France", "supplies", "Iraq", ""),
                ("France", "backs", "Iraq", "?"),
                ("France", "opposes", "Iran", "?"),
                # widened after reading: Iraq fighting Iran opposes it
                ("Iraq", "opposes", "Iran", "?"),
            ],
        )
    ],
)
doc(
    "sale-helped-yemen-2018",
    "October 20, 2018",
    [
        (
            "American arms sales helped Saudi Arabia fight the Houthis.",
            [
                (US, "supplies", "Saudi", "", "Yemen"),
                (US, "backs", "Saudi", "?", "Yemen"),
                (US, "opposes", "Houthi", "?", "Yemen"),
                # widened after reading: Saudi Arabia fighting the Houthis opposes them
                ("Saudi", "opposes", "Houthi", "?", "Yemen"),
            ],
        )
    ],
)
doc(
    "sale-helped-karabakh-2020",
    "December 1, 2020",
    [
        (
            "Israeli arms sales helped Azerbaijan defeat Armenian forces.",
            [
                ("Israel", "supplies", "Azerbaijan", "", "Karabakh"),
                ("Israel", "backs", "Azerbaijan", "?", "Karabakh"),
                ("Israel", "opposes", "Armenia", "?", "Karabakh"),
            ],
        )
    ],
)
doc(
    "sale-helped-profits-2022",
    "July 26, 2022",
    [("Arms sales helped Lockheed Martin post record profits.", [])],
)
doc(
    "tigray-2021",
    "December 2, 2021",
    [
        (
            "Eritrea has sent troops to support Ethiopian federal forces in Tigray, the UN said.",
            [("Eritrea", "backs", "Ethiop", "?", "Tigray")],
        ),
        (
            "The African Union is mediating between the Ethiopian government and the TPLF.",
            [
                ("African Union", "mediates", "Ethiop", "", "Tigray"),
                ("African Union", "mediates", "TPLF|Tigray", "", "Tigray"),
            ],
        ),
        ("The World Food Programme supports millions of people in Tigray.", []),
    ],
)
doc(
    "m23-2023",
    "February 10, 2023",
    [
        (
            "Rwanda backs the M23 rebels, UN experts said.",
            [("Rwanda", "backs", "M23", "by:UN|United Nations|expert", "Congo")],
        ),
        ("Kigali denies supporting the M23.", [("Rwanda", "backs", "M23", "?neg", "Congo")]),
        (
            "Burundian troops are fighting alongside the Congolese army against the M23.",
            [
                ("Burundi", "backs", "Congo", "", "Congo"),
                ("Burundi", "opposes", "M23", "?", "Congo"),
                ("Congo", "opposes", "M23", "?", "Congo"),
            ],
        ),
        ("Belgium supports humanitarian work in North Kivu.", []),
    ],
)
doc(
    "sahel-2024",
    "March 5, 2024",
    [
        (
            "Russia's Africa Corps is backing Mali's junta against jihadist groups.",
            [
                ("Russia|Africa Corps", "backs", "Mali", "", "Sahel"),
                ("Russia|Africa Corps", "opposes", "jihad", "?", "Sahel"),
            ],
        ),
        ("Mali's junta says it supports dialogue with all Malians.", []),
    ],
)
doc(
    "karabakh-2020",
    "October 12, 2020",
    [
        (
            "Turkey backs Azerbaijan in its war with Armenia over Nagorno-Karabakh.",
            [
                ("Turkey", "backs", "Azerbaijan", "", "Karabakh"),
                ("Turkey", "opposes", "Armenia", "?", "Karabakh"),
            ],
        ),
        (
            "Turkey sent Syrian mercenaries to fight for Azerbaijan, France said.",
            [("Turkey", "backs", "Azerbaijan", "by:France", "Karabakh")],
        ),
        (
            "Russia brokered a ceasefire between Armenia and Azerbaijan.",
            [
                ("Russia", "mediates", "Armenia", "", "Karabakh"),
                ("Russia", "mediates", "Azerbaijan", "", "Karabakh"),
            ],
        ),
        ("Iran denies sending arms to Armenia.", [("Iran", "supplies", "Armenia", "?neg")]),
    ],
)
doc(
    "iraq-isis-2016",
    "October 20, 2016",
    [
        (
            "The US-led coalition backed Iraqi forces in the battle for Mosul against Islamic State.",
            [
                (US + "|coalition", "backs", "Iraq", "", "Iraq"),
                ("Iraq", "opposes", "Islamic State", "?", "Iraq"),
                (US + "|coalition", "opposes", "Islamic State", "?", "Iraq"),
            ],
        ),
        (
            "Iran sent advisers to help Shiite militias fight Islamic State.",
            [
                ("Iran", "backs", "Shiite|militia|Popular|PMF", "", "Iraq"),
                ("Iran", "opposes", "Islamic State", "?", "Iraq"),
                ("Shiite|militia|Popular|PMF", "opposes", "Islamic State", "?", "Iraq"),
            ],
        ),
        (
            "Kurdish peshmerga fighters backed by U.S. air strikes retook Sinjar.",
            [(US, "backs", "Kurd|peshmerga", "", "Iraq")],
        ),
        ("Germany supports the reconstruction of Mosul.", []),
    ],
)
doc(
    "colombia-2001",
    "August 3, 2001",
    [
        (
            "The United States funded Plan Colombia to help the army fight the FARC.",
            [
                (US, "backs", "Colomb|army", "?", "Colombia"),
                (US, "opposes", "FARC", "?", "Colombia"),
            ],
        ),
        (
            "Venezuela has given sanctuary to FARC rebels, Colombian officials said.",
            [("Venezuela", "backs", "FARC", "?doubt", "Colombia")],
        ),
        ("Canada supports the peace process in Colombia.", []),
    ],
)
doc(
    "sri-lanka-2009",
    "May 10, 2009",
    [
        (
            "Pakistan supplied weapons to the Sri Lankan army during the final offensive against the Tamil Tigers.",
            [
                ("Pakistan", "supplies", "Sri Lank", "", "Sri Lanka"),
                ("Pakistan", "opposes", "Tamil|LTTE", "?", "Sri Lanka"),
            ],
        ),
        (
            "China denied arming the Sri Lankan military.",
            [("China", "supplies", "Sri Lank", "?neg")],
        ),
        (
            "India trained and armed Tamil militants in the early 1980s.",
            [
                # widened after reading: the article names no place of Sri Lanka (only
                # its army), so a conflict not stated is as right as Sri Lanka's
                ("India", "supplies|backs", "Tamil|LTTE", "", "Sri Lanka|" + NS),
                ("India", "supplies|backs", "Tamil|LTTE", "?", "Sri Lanka|" + NS),
            ],
        ),
    ],
)
doc(
    "kosovo-1999",
    "April 2, 1999",
    [
        (
            "NATO launched air strikes against Yugoslavia to stop the Serb offensive in Kosovo.",
            [("NATO", "opposes", "Yugoslav|Serb", "", "Kosovo|Yugoslavia|Serbia")],
        ),
        (
            "Albania has allowed the Kosovo Liberation Army to train on its soil, Belgrade said.",
            [("Albania", "backs", "Kosovo Liberation|KLA", "?doubt")],
        ),
        (
            "Russia backed Belgrade in its opposition to the NATO bombing campaign.",
            [("Russia", "backs", "Yugoslav|Serb", "?")],
        ),
        ("Greece supports a diplomatic solution in Kosovo.", []),
    ],
)
doc(
    "chechnya-2002",
    "September 12, 2002",
    [
        (
            "Georgia denies sheltering Chechen rebels in the Pankisi Gorge.",
            [("Georgia", "backs", "Chechen", "?neg")],
        ),
        (
            "The OSCE mediated between Moscow and the Chechen separatists in 1996.",
            [
                ("OSCE|Organization for Security", "mediates", "Russia", "?", "Chechnya"),
                ("OSCE|Organization for Security", "mediates", "Chechen", "?", "Chechnya"),
            ],
        ),
        (
            "Russian troops backed by Chechen police attacked separatist fighters in the mountains.",
            [
                ("Chechen|Chechnya", "backs", "Russia", "?", "Chechnya"),
                ("Russia", "opposes", "separatist|Chechen", "?", "Chechnya"),
            ],
        ),
    ],
)
doc(
    "western-sahara-2021",
    "January 15, 2021",
    [
        (
            "Algeria backs the Polisario Front in its struggle for the independence of Western Sahara.",
            [("Algeria", "backs", "Polisario", "", "Sahara|Morocco")],
        ),
        (
            "The Polisario Front accuses Morocco of violating the 1991 ceasefire.",
            [("Polisario", "opposes", "Morocco", "?")],
        ),
        ("Spain supports a UN-led political solution in Western Sahara.", []),
    ],
)


# branch sidesq12, a second set written after the rules, to check them on text they were not
# fixed on (one article a sentence; expectations written before the run)
doc(
    "check-client-china-2023",
    "April 14, 2023",
    [
        (
            "China has supplied Russia with drone parts, according to U.S. intelligence.",
            [("China", "supplies", "Russia", "by:" + US, "Ukraine|" + NS)],
        )
    ],
)
doc(
    "check-client-iran-2024",
    "September 10, 2024",
    [
        (
            "Iran has delivered ballistic missiles to Russia, Western officials said.",
            [("Iran", "supplies", "Russia", "?", "Ukraine|" + NS)],
        )
    ],
)
doc(
    "check-client-pakistan-2016",
    "May 3, 2016",
    [
        (
            "Pakistan has shipped ammunition to Saudi Arabia, which leads the coalition fighting the Houthis.",
            [
                ("Pakistan", "supplies", "Saudi", "", "Yemen|" + NS),
                # widened after reading: the coalition Saudi Arabia leads fights the Houthis
                ("Saudi", "opposes", "Houthi", "?", "Yemen"),
            ],
        )
    ],
)
doc(
    "check-client-angola-1976",
    "February 2, 1976",
    [
        (
            "The Soviet Union shipped tanks to Angola, U.S. officials said.",
            [(RU, "supplies", "Angola", "?", "Angola|" + NS)],
        )
    ],
)
doc(
    "check-client-india-2019",
    "October 8, 2019",
    [
        (
            "France delivered the first Rafale fighter jets to India.",
            [("France", "supplies", "India", "?", "India|" + NS)],
        )
    ],
)
doc(
    "check-home-colombia-2008",
    "March 3, 2008",
    [
        (
            "Colombian troops backed by U.S. intelligence attacked FARC camps near the border.",
            [(US, "backs", "Colomb", "?", "Colombia")],
        )
    ],
)
doc(
    "check-home-nigeria-2015",
    "March 20, 2015",
    [
        (
            "Nigerien troops backed by Chadian soldiers attacked Boko Haram positions.",
            [("Chad", "backs", "Niger", "?", "Sahel|Niger|Nigeria|" + NS)],
        )
    ],
)
doc(
    "check-sale-darfur-2005",
    "May 1, 2005",
    [
        (
            "Chinese weapons deliveries helped the Sudanese government fight the rebels in Darfur.",
            [
                ("China", "supplies", "Sudan", "", "Darfur"),
                ("China", "backs", "Sudan", "?", "Darfur"),
                ("China", "opposes", "rebel", "?", "Darfur"),
                ("Sudan", "opposes", "rebel", "?", "Darfur"),
            ],
        )
    ],
)
doc(
    "check-sale-syria-2013",
    "June 6, 2013",
    [
        (
            "Iranian weapons shipments helped Assad retake Qusair.",
            [
                ("Iran", "supplies", "Syria|Assad", "", "Syria"),
                ("Iran", "backs", "Syria|Assad", "?", "Syria"),
            ],
        )
    ],
)
doc(
    "check-sale-negative-2016",
    "October 1, 2016",
    [("Gas sales helped Russia fund its budget.", [])],
)
doc(
    "check-strike-yemen-2016",
    "October 1, 2016",
    [
        (
            "Britain helped Saudi Arabia bomb Yemen, campaigners said.",
            [("Brit|United Kingdom", "backs", "Saudi", "?", "Yemen")],
        )
    ],
)
doc(
    "check-strike-libya-2011",
    "April 20, 2011",
    [
        (
            "British advisers helped the rebels shell Gaddafi's positions in Misrata.",
            [
                (
                    "Brit|United Kingdom",
                    "backs",
                    "rebel|opposition|National Transitional",
                    "?",
                    "Libya",
                )
            ],
        )
    ],
)
doc(
    "check-trained-2014",
    "June 5, 2014",
    [
        (
            "The United States trained and armed moderate Syrian rebels.",
            [(US, "backs|supplies", "Syrian opposition|rebel", "", "Syria")],
        )
    ],
)
doc(
    "check-support-negative-2019",
    "June 5, 2019",
    [("Norway supports a negotiated settlement in Colombia.", [])],
)


# branch sidesq13: arms sold between states at peace, the two misses left by sidesq12, and ten
# more wars (Yemen, Libya in 2011 and 2020, Mali in 2013, Somalia, Mozambique, Myanmar, Sudan,
# Nagorno-Karabakh in 1994, Bosnia and Angola), with negatives; one article a sentence or a
# war, expectations written before the run
PEACE = r"no conflict stated|not stated|^$"
doc(
    "sale-turkey-2019",
    "July 12, 2019",
    [
        (
            "Russia sold S-400 missiles to Turkey.",
            [(RU, "supplies", "Turkey", "?", PEACE)],
        )
    ],
)
doc(
    "sale-poland-2020",
    "January 31, 2020",
    [
        (
            "The United States agreed to sell 32 F-35 fighter jets to Poland.",
            [(US, "supplies", "Poland", "?", PEACE)],
        )
    ],
)
doc(
    "sale-india-2016",
    "September 23, 2016",
    [
        (
            "France sold 36 Rafale jets to India in a deal worth 7.8 billion euros.",
            [("France", "supplies", "India", "?", PEACE)],
        )
    ],
)
doc(
    "sale-qatar-2013",
    "April 18, 2013",
    [
        (
            "Germany has sold Leopard tanks to Qatar.",
            [("German", "supplies", "Qatar", "?", PEACE)],
        )
    ],
)
doc(
    "sale-brazil-2014",
    "October 24, 2014",
    [
        (
            "Sweden sold 36 Gripen fighters to Brazil.",
            [("Swed", "supplies", "Brazil", "?", PEACE)],
        )
    ],
)
doc(
    "sale-azerbaijan-2019",
    "May 2, 2019",
    [
        (
            "Israel sold drones to Azerbaijan.",
            [("Israel", "supplies", "Azerbaijan", "?", "Nagorno|" + PEACE)],
        )
    ],
)
doc(
    "sale-russia-2022",
    "November 2, 2022",
    [
        (
            "Iran sold drones to Russia, Kyiv said.",
            [("Iran", "supplies", "Russia", "?", "Ukraine")],
        )
    ],
)
doc(
    "sale-mali-2021",
    "October 1, 2021",
    [
        (
            "Russia sold attack helicopters to the Malian government.",
            [(RU, "supplies", "Mali", "", "Sahel|Mali")],
        )
    ],
)
doc(
    "sale-saudi-2018",
    "March 9, 2018",
    [
        (
            "Britain sold Typhoon jets to Saudi Arabia.",
            [("Brit|United Kingdom", "supplies", "Saudi", "?", "Yemen|" + PEACE)],
        )
    ],
)
doc(
    "yemen-2015",
    "March 28, 2015",
    [
        (
            "The United States is providing logistical and intelligence support to the Saudi-led coalition fighting the Houthis.",
            [
                (US, "backs", "Saudi|coalition|Yemen", "", "Yemen"),
                (US, "opposes", "Houthi", "?", "Yemen"),
                ("Saudi|coalition", "opposes", "Houthi", "?", "Yemen"),
            ],
        ),
        (
            "Iran denies arming the Houthi rebels.",
            [("Iran", "supplies|backs", "Houthi", "?neg", "Yemen")],
        ),
        (
            "Sudan has sent troops to join the Saudi-led coalition in Yemen.",
            [("Sudan", "backs", "Saudi|coalition|Yemen", "?", "Yemen")],
        ),
        ("The Red Cross supports hospitals in Aden.", []),
    ],
)
doc(
    "libya-2011-help",
    "April 20, 2011",
    [
        (
            "France helped the rebels attack Gaddafi's forces.",
            [
                ("France", "backs", "rebel|opposition|National Transitional", "", "Libya"),
                ("France", "opposes", "Gaddafi|Libya", "?", "Libya"),
            ],
        ),
        (
            "Qatar supplied weapons to the Libyan rebels, Western officials said.",
            [
                (
                    "Qatar",
                    "supplies",
                    "rebel|opposition|National Transitional",
                    "by:official",
                    "Libya",
                )
            ],
        ),
        (
            "Algeria denied sending mercenaries to fight for Gaddafi.",
            [("Algeria", "backs", "Gaddafi|Libya", "?neg")],
        ),
    ],
)
doc(
    "libya-2020",
    "January 10, 2020",
    [
        (
            "Russian mercenaries from the Wagner Group are fighting for Khalifa Haftar's forces.",
            [("Wagner|" + RU, "backs", "Haftar|LNA|Libyan National", "", "Libya")],
        ),
        (
            "The UAE has supplied Haftar with drones, a UN report said.",
            [
                (
                    "Emirates|UAE",
                    "supplies",
                    "Haftar|LNA|Libyan National",
                    "by:UN|United Nations|report",
                    "Libya",
                )
            ],
        ),
        (
            "Turkey will send troops to support the Tripoli government, Erdogan said.",
            [("Turkey", "backs", "Tripoli|GNA|National Accord", "?", "Libya")],
        ),
        ("Italy supports a ceasefire in Libya.", []),
    ],
)
doc(
    "mali-2013-chad",
    "January 16, 2013",
    [
        (
            "Chad sent 2,000 soldiers to help Malian troops fight the Islamists.",
            [
                ("Chad", "backs", "Mali", "", "Sahel|Mali"),
                ("Chad", "opposes", "Islamist|jihad", "?", "Sahel|Mali"),
                # widened after reading: the Malian troops helped fight the Islamists
                ("Mali", "opposes", "Islamist|jihad", "?", "Sahel|Mali"),
            ],
        ),
        (
            "Britain provided transport planes to support the French operation in Mali.",
            [("Brit|United Kingdom", "backs|supplies", "France|Mali", "?", "Sahel|Mali")],
        ),
        (
            "The Tuareg rebels of the MNLA said they were ready to help France against the Islamists.",
            [
                ("MNLA|Tuareg|National Movement", "backs", "France", "?"),
                ("MNLA|Tuareg|National Movement", "opposes", "Islamist|jihad", "?"),
            ],
        ),
    ],
)
doc(
    "somalia-2017",
    "March 5, 2017",
    [
        (
            "Kenyan troops serving with the African Union fought al-Shabaab militants in Jubaland.",
            [
                ("Keny", "opposes", "Shabaab|Shabab", "?", "Somalia"),
                ("Keny", "backs", "Somal", "?", "Somalia"),
            ],
        ),
        (
            "Eritrea denied supplying arms to al-Shabaab, rejecting a UN report.",
            [("Eritrea", "supplies", "Shabaab|Shabab", "?neg")],
        ),
        (
            "The United States carried out an air strike against al-Shabaab in support of Somali government forces.",
            [
                (US, "backs", "Somal", "", "Somalia"),
                (US, "opposes", "Shabaab|Shabab", "?", "Somalia"),
            ],
        ),
        ("Turkey supports schools in Mogadishu.", []),
    ],
)
doc(
    "mozambique-2021-rwanda",
    "August 9, 2021",
    [
        (
            "Rwandan troops helped Mozambican forces retake the port of Mocimboa da Praia from Islamist insurgents.",
            [
                ("Rwanda", "backs", "Mozambi", "", "Mozambique|Cabo Delgado"),
                (
                    "Rwanda",
                    "opposes",
                    "insurgent|Islamist|Shabab|Islamic State",
                    "?",
                    "Mozambique|Cabo Delgado",
                ),
                # widened after reading: the port is retaken from the insurgents
                ("Mozambi", "opposes", "insurgent|Islamist", "?", "Mozambique|Cabo Delgado"),
            ],
        ),
        (
            "The European Union will train Mozambican soldiers to fight the insurgency in Cabo Delgado.",
            [
                ("European Union|EU", "backs", "Mozambi", "?", "Mozambique|Cabo Delgado"),
                # widened after reading: the soldiers are trained to fight the insurgents
                ("European Union|EU", "opposes", "insurgen", "?", "Mozambique|Cabo Delgado"),
            ],
        ),
        (
            "South Africa sent troops to Mozambique under a regional mission.",
            [("South Africa", "backs", "Mozambi", "?", "Mozambique|Cabo Delgado")],
        ),
    ],
)
doc(
    "myanmar-2023-groups",
    "March 1, 2023",
    [
        (
            "Russia has supplied fighter jets to Myanmar's military junta.",
            [(RU, "supplies", "Myanmar|junta|Tatmadaw", "", "Myanmar")],
        ),
        (
            "China denies arming the Arakan Army.",
            [("China", "supplies|backs", "Arakan", "?neg")],
        ),
        (
            "Ethnic armed groups are fighting alongside the People's Defence Force against the junta.",
            [
                ("[Ee]thnic|armed group", "backs", "People|PDF|National Unity", "?", "Myanmar"),
                # widened after reading: the war's word for the armed groups against the junta
                (
                    "[Ee]thnic|armed group|resistance",
                    "opposes",
                    "junta|Myanmar|Tatmadaw",
                    "?",
                    "Myanmar",
                ),
            ],
        ),
        ("Thailand supports humanitarian corridors on the Myanmar border.", []),
    ],
)
doc(
    "sudan-2024",
    "May 20, 2024",
    [
        (
            "The Rapid Support Forces have received weapons from the United Arab Emirates, UN experts said.",
            [("Emirates|UAE", "supplies", "Rapid|RSF", "?doubt", "Sudan")],
        ),
        (
            "Iran supplied drones that helped the Sudanese army retake Omdurman.",
            [
                ("Iran", "supplies", "Sudan|army|SAF", "", "Sudan"),
                ("Iran", "backs", "Sudan|army|SAF", "?", "Sudan"),
            ],
        ),
        (
            "Egypt denies sending warplanes to support the army.",
            [("Egypt", "backs", "Sudan|army|SAF", "?neg")],
        ),
    ],
)
doc(
    "karabakh-1994",
    "May 12, 1994",
    [
        (
            "Russia supplied Armenia with tanks and missiles worth one billion dollars during the war, a Russian lawmaker said.",
            [(RU, "supplies", "Armenia", "?", "Nagorno")],
        ),
        (
            "Turkey has closed its border with Armenia in support of Azerbaijan.",
            [
                ("Turkey", "backs", "Azerbaijan", "?", "Nagorno"),
                ("Turkey", "opposes", "Armenia", "?", "Nagorno"),
            ],
        ),
        (
            "Afghan mujahideen fought for Azerbaijan against Armenian forces in Karabakh.",
            [
                ("Afghan|mujahideen", "backs", "Azerbaijan", "?", "Nagorno"),
                ("Afghan|mujahideen", "opposes", "Armenia", "?", "Nagorno"),
            ],
        ),
    ],
)
doc(
    "bosnia-1995",
    "August 30, 1995",
    [
        (
            "NATO jets bombed Bosnian Serb positions around Sarajevo.",
            [("NATO", "opposes", "Serb", "?", "Bosnia")],
        ),
        (
            "Belgrade denies arming the Bosnian Serbs.",
            [("Belgrade|Serbia|Yugoslav", "supplies|backs", "Serb", "?neg")],
        ),
        (
            "Iran shipped weapons to the Bosnian government through Croatia, U.S. officials said.",
            [("Iran", "supplies", "Bosnia", "by:" + US + "|official", "Bosnia")],
        ),
        (
            "Croatia backs the Bosnian Croats in their fight against the government in Sarajevo.",
            [
                ("Croatia", "backs", "Croat", "", "Bosnia"),
                ("Croatia|Croat", "opposes", "Bosnia|government", "?", "Bosnia"),
            ],
        ),
    ],
)
doc(
    "angola-1986",
    "June 2, 1986",
    [
        (
            "South African troops fought alongside UNITA rebels in southern Angola.",
            [
                ("South Africa", "backs", "UNITA", "", "Angola"),
                ("South Africa", "opposes", "Angola|MPLA", "?", "Angola"),
            ],
        ),
        (
            "The United States supplied Stinger missiles to UNITA.",
            [(US, "supplies", "UNITA", "", "Angola")],
        ),
        (
            "Cuba has 30,000 troops in Angola defending the MPLA government.",
            [("Cuba", "backs", "Angola|MPLA", "?", "Angola")],
        ),
        ("Portugal supports the Angolan people.", []),
    ],
)


# branch sidesq13, a second set written after the rules, to check them on text they were not
# fixed on (one article a sentence; expectations written before the run)
doc(
    "check-sale-greece-2021",
    "January 25, 2021",
    [("France sold 18 Rafale jets to Greece.", [("France", "supplies", "Greece", "?", PEACE)])],
)
doc(
    "check-sale-uae-2021",
    "December 3, 2021",
    [
        (
            "France agreed to sell 80 Rafale warplanes to the United Arab Emirates.",
            [("France", "supplies", "Emirates|UAE", "?", PEACE)],
        )
    ],
)
doc(
    "check-sale-taiwan-2019",
    "August 20, 2019",
    [
        (
            "The United States approved the sale of 66 F-16 fighter jets to Taiwan.",
            [(US, "supplies", "Taiwan", "?", PEACE)],
        )
    ],
)
doc(
    "check-sale-egypt-2019",
    "May 2, 2019",
    [("Russia delivered MiG-29 fighters to Egypt.", [(RU, "supplies", "Egypt", "?", PEACE)])],
)
doc(
    "check-sale-ukraine-2023",
    "March 1, 2023",
    [
        (
            "Germany delivered Leopard tanks to Ukraine.",
            [("German", "supplies", "Ukrain", "", "Ukraine")],
        )
    ],
)
doc(
    "check-sale-armenia-2020",
    "October 10, 2020",
    [
        (
            "Russia sold weapons to Armenia during the fighting in Nagorno-Karabakh.",
            [(RU, "supplies", "Armenia", "", "Nagorno")],
        )
    ],
)
doc(
    "check-coalition-spain-2017",
    "May 1, 2017",
    [
        (
            "Spain sold bombs to the Saudi-led coalition.",
            [("Spain", "supplies", "Saudi|coalition", "", "Yemen|" + NS)],
        )
    ],
)
doc(
    "check-strike-kobani-2015",
    "October 1, 2015",
    [
        (
            "American jets helped Kurdish fighters attack Islamic State militants near Kobani.",
            [
                # widened after reading: the YPG are the Kurdish fighters at Kobani
                (US, "backs", "Kurd|YPG|People's Protection", "?", "Syria"),
                (US, "opposes", "Islamic State", "?", "Syria"),
            ],
        )
    ],
)
doc(
    "check-strike-mosul-2017",
    "July 1, 2017",
    [
        (
            "Iran helped the Iraqi army attack Islamic State fighters in Mosul.",
            [
                ("Iran", "backs", "Iraq", "", "Iraq"),
                ("Iran", "opposes", "Islamic State", "?", "Iraq"),
            ],
        )
    ],
)
doc(
    "check-trained-turkmen-2016",
    "March 1, 2016",
    [
        (
            "Turkey trained and armed Syrian Turkmen fighters.",
            [("Turkey", "backs|supplies", "Turkmen|Syrian opposition", "?", "Syria|" + NS)],
        )
    ],
)
doc(
    "check-campaign-dutch-2014",
    "September 25, 2014",
    [
        (
            "The Netherlands sent F-16s to support the American campaign against Islamic State.",
            [
                ("Netherlands", "backs", US, "?", "Iraq|Syria|" + NS),
                ("Netherlands", "opposes", "Islamic State", "?", "Iraq|Syria|" + NS),
                # widened after reading: the American campaign is against Islamic State
                (US, "opposes", "Islamic State", "?", "Iraq|Syria|" + NS),
            ],
        )
    ],
)
doc(
    "check-help-negative-2018",
    "June 1, 2018",
    [("The foundation helped young people attack the problem of unemployment.", [])],
)
doc(
    "check-sale-negative-2020",
    "June 1, 2020",
    [("Boeing sold 50 airliners to Turkish Airlines.", [])],
)


# branch sidesq14: coalitions a state leads (US-led in Iraq 2003 and against Islamic State,
# Saudi-led in Yemen, NATO-led in Afghanistan and Libya, French-led in the Sahel), with help
# to strike a deal and other negatives; expectations written before the run
doc(
    "coalition-australia-2003",
    "March 20, 2003",
    [
        (
            "Australia backs the US-led coalition.",
            [("Australia", "backs", US + "|coalition", "?", "Iraq|" + NS)],
        ),
    ],
)
doc(
    "coalition-poland-iraq-2003",
    "March 22, 2003",
    [
        (
            "Poland sent 200 special forces troops to join the US-led invasion of Iraq.",
            [
                ("Poland", "backs", US + "|coalition", "?", "Iraq|" + NS),
                ("Poland", "opposes", "Iraq", "?", "Iraq|" + NS),
            ],
        ),
    ],
)
doc(
    "coalition-denmark-isis-2014",
    "October 2, 2014",
    [
        (
            "Denmark will contribute seven F-16 fighter jets to the US-led coalition against Islamic State.",
            [
                ("Denmark", "backs|supplies", US + "|coalition", "?", "Iraq|Syria|" + NS),
                ("Denmark", "opposes", "Islamic State", "?", "Iraq|Syria|" + NS),
            ],
        ),
    ],
)
doc(
    "coalition-sudan-yemen-2015",
    "May 4, 2015",
    [
        (
            "Sudan has sent troops to join the Saudi-led coalition.",
            [("Sudan", "backs", "Saudi|coalition", "?", "Yemen|" + NS)],
        ),
    ],
)
doc(
    "coalition-senegal-yemen-2015",
    "May 5, 2015",
    [
        (
            "Senegal said it would send 2,100 soldiers to support the Saudi-led coalition fighting the Houthis in Yemen.",
            [
                ("Senegal", "backs", "Saudi|coalition", "?", "Yemen"),
                ("Senegal", "opposes", "Houthi", "?", "Yemen"),
                ("Saudi|coalition", "opposes", "Houthi", "?", "Yemen"),
            ],
        ),
    ],
)
doc(
    "coalition-georgia-afghanistan-2010",
    "June 1, 2010",
    [
        (
            "Georgia has 900 soldiers serving with the NATO-led force in Afghanistan.",
            [("Georgia", "backs", "NATO|ISAF|force", "?", "Afghan")],
        ),
    ],
)
doc(
    "coalition-qatar-libya-2011",
    "March 25, 2011",
    [
        (
            "Qatar joined the NATO-led air campaign against Gaddafi's forces.",
            [
                ("Qatar", "backs", "NATO", "?", "Libya|" + NS),
                ("Qatar", "opposes", "Gaddafi|Libya", "?", "Libya|" + NS),
            ],
        ),
    ],
)
doc(
    "coalition-estonia-sahel-2020",
    "March 27, 2020",
    [
        (
            "Estonia will send special forces to the French-led Takuba task force in Mali.",
            [("Estonia", "backs", "Fran|Takuba|task force", "?", "Mali|Sahel")],
        ),
    ],
)
doc(
    "coalition-chad-sahel-2013",
    "February 1, 2013",
    [
        (
            "Chad backs the French-led intervention against Islamists in northern Mali.",
            [
                ("Chad", "backs", "Fran|intervention", "?", "Mali|Sahel"),
                ("Chad", "opposes", "Islamist", "?", "Mali|Sahel"),
            ],
        ),
    ],
)
doc(
    "coalition-japan-2003",
    "December 9, 2003",
    [
        (
            "Japan supports the US-led coalition but will send no combat troops.",
            [("Japan", "backs", US + "|coalition", "?", "Iraq|" + NS)],
        ),
    ],
)
# negatives: help to a deal, a coalition of parties, a business-led coalition
doc(
    "coalition-negative-deal-2019",
    "June 1, 2019",
    [("British advisers helped the farmers strike a deal with the buyers.", [])],
)
doc(
    "coalition-negative-deal2-2021",
    "June 1, 2021",
    [("Lawyers helped the union strike an agreement with the company.", [])],
)
doc(
    "coalition-negative-party-2018",
    "June 1, 2018",
    [("The Greens back the Labour-led coalition government in Wellington.", [])],
)
doc(
    "coalition-negative-business-2017",
    "June 1, 2017",
    [("Google backs the industry-led coalition on privacy.", [])],
)


# branch sidesq15: Cold War proxy wars (Angola, Afghanistan, Nicaragua, Vietnam and Cambodia),
# the Balkans in the 1990s, the Great Lakes, the Horn, Kashmir, Sri Lanka, Colombia, the Sahel,
# Nagorno-Karabakh in 2020 and 2023, Tigray, Sudan in 2023 and Myanmar, in the wordings of wire
# copy (backed, armed, funded, sided with, recognised, condemned, brokered, hosted talks, denied
# supplying, accused X of arming Y, withdrew support), with negatives (a policy, a team, a
# candidate, hypotheticals, an accuser's claim); a coalition's leader named as a place, and a
# sale beside a war elsewhere; expectations written before the run
doc(
    "sq15-angola-1985",
    "October 1, 1985",
    [
        (
            "WASHINGTON (AP) - The Reagan administration has begun supplying Stinger missiles to Jonas Savimbi's UNITA rebels, officials said.",
            [(US + "|Reagan", "supplies", "UNITA|Savimbi", "by:official", "Angola")],
        ),
        (
            "South Africa sent troops into southern Angola to back UNITA against the MPLA government.",
            [
                ("South Africa", "backs", "UNITA", "", "Angola"),
                ("South Africa", "opposes", "MPLA|Angola", "?", "Angola"),
            ],
        ),
        (
            "Washington recognised the MPLA government only in 1993.",
            [(US, "backs", "MPLA|Angola", "?")],
        ),
    ],
)
doc(
    "sq15-afghanistan-1986",
    "November 3, 1986",
    [
        (
            "ISLAMABAD (Reuters) - Pakistan has funnelled American and Saudi money to the Afghan mujahideen fighting Soviet forces.",
            [
                ("Pakistan", "backs|supplies", "mujahideen", "", "Afghan"),
                (US + "|Saudi", "backs|supplies", "mujahideen", "?", "Afghan"),
                ("mujahideen", "opposes", RU, "?", "Afghan"),
                # widened after reading: Pakistan funded those fighting Soviet forces
                ("Pakistan", "opposes", RU, "?", "Afghan"),
            ],
        ),
        (
            "Moscow accused Pakistan of arming the rebels.",
            [("Pakistan", "supplies|backs", "rebel|mujahideen", "by:" + RU, "Afghan|" + NS)],
        ),
        (
            "China also armed the mujahideen, Western diplomats said.",
            [("China", "supplies|backs", "mujahideen", "by:diplomat", "Afghan|" + NS)],
        ),
    ],
)
doc(
    "sq15-nicaragua-1984",
    "April 12, 1984",
    [
        (
            "MANAGUA (AP) - The CIA has funded and armed the Contra rebels fighting the Sandinista government, according to congressional investigators.",
            [
                (US + "|CIA", "backs|supplies", "Contra", "by:investigator|congress", "Nicaragua"),
                ("Contra", "opposes", "Sandinista|Nicaragua", "?", "Nicaragua"),
            ],
        ),
        (
            "Honduras denied that it hosted Contra bases.",
            [("Honduras", "backs", "Contra", "?neg")],
        ),
        (
            "The Soviet Union and Cuba have supplied the Sandinistas with helicopters and advisers.",
            [
                (RU, "supplies", "Sandinista|Nicaragua", "", "Nicaragua"),
                ("Cuba", "supplies", "Sandinista|Nicaragua", "", "Nicaragua"),
            ],
        ),
        (
            "Congress cut off funding for the Contras later that year.",
            [("Congress|" + US, "backs", "Contra", "?neg")],
        ),
    ],
)
doc(
    "sq15-vietnam-1968",
    "February 20, 1968",
    [
        (
            "SAIGON (UPI) - North Vietnam, armed by the Soviet Union and China, has stepped up infiltration into the South.",
            [
                (RU, "supplies", "Vietnam", "", "Vietnam"),
                ("China", "supplies", "Vietnam", "", "Vietnam"),
            ],
        ),
        (
            "Australia and South Korea sent troops to fight alongside American forces in South Vietnam.",
            [
                ("Australia", "backs", US + "|South Vietnam", "", "Vietnam"),
                ("South Korea|Korea", "backs", US + "|South Vietnam", "", "Vietnam"),
            ],
        ),
    ],
)
doc(
    "sq15-cambodia-1979",
    "February 15, 1979",
    [
        (
            "BANGKOK (Reuters) - China has sided with the Khmer Rouge since Vietnam invaded Cambodia in December.",
            [
                ("China", "backs", "Khmer Rouge|Cambodia|Kampuchea", "", "Cambodia|" + NS),
                ("China", "opposes", "Vietnam", "?", "Cambodia|" + NS),
            ],
        ),
    ],
)
doc(
    "sq15-bosnia-1994",
    "June 8, 1994",
    [
        (
            "SARAJEVO (Reuters) - Belgrade has armed and funded the Bosnian Serb army, U.N. officials said.",
            [
                (
                    "Serbia|Belgrade|Yugoslav",
                    "supplies|backs",
                    "Bosnian Serb|Republika Srpska|Serb",
                    "by:U\\.N\\.|United Nations|official",
                    "Bosnia",
                )
            ],
        ),
        (
            "Iran was accused of supplying weapons to the Bosnian government in defiance of the arms embargo.",
            [("Iran", "supplies", "Bosnia", "by:", "Bosnia")],
        ),
        (
            "Russia condemned NATO air strikes on Bosnian Serb positions.",
            [
                (RU, "opposes", "NATO", "?"),
                (RU, "backs", "Serb", "?"),
                ("NATO", "opposes", "Serb", "?"),
            ],
        ),
    ],
)
doc(
    "sq15-croatia-1991",
    "December 23, 1991",
    [
        (
            "BONN (Reuters) - Germany recognised the independence of Croatia and Slovenia on Monday, defying its European partners.",
            [("Germany", "backs", "Croatia|Slovenia", "?")],
        ),
    ],
)
doc(
    "sq15-congo-1997",
    "May 17, 1997",
    [
        (
            "KINSHASA (Reuters) - Rwanda and Uganda backed Laurent Kabila's rebels in their march on Kinshasa.",
            [
                ("Rwanda", "backs", "Kabila|rebel|AFDL", "", "Congo"),
                ("Uganda", "backs", "Kabila|rebel|AFDL", "", "Congo"),
            ],
        ),
        (
            "Zaire accused Angola of sending troops to help the rebels.",
            [("Angola", "backs", "rebel|Kabila|AFDL", "by:Zaire|Congo|Kinshasa", "Congo|" + NS)],
        ),
    ],
)
doc(
    "sq15-burundi-1998",
    "June 20, 1998",
    [
        (
            "ARUSHA (Reuters) - Tanzania hosted peace talks between the Burundian government and Hutu rebels.",
            [
                ("Tanzania", "mediates", "Burundi", "", "Burundi"),
                ("Tanzania", "mediates", "Hutu|rebel", "?", "Burundi"),
            ],
        ),
    ],
)
doc(
    "sq15-somalia-2007",
    "January 2, 2007",
    [
        (
            "MOGADISHU (Reuters) - Ethiopian troops backed by U.S. air strikes drove the Islamic Courts from Mogadishu.",
            [
                (US, "backs", "Ethiop", "", "Somalia"),
                (US + "|Ethiop", "opposes", "Islamic Courts", "?", "Somalia"),
            ],
        ),
        (
            "Eritrea has armed the Islamic Courts, a U.N. monitoring group said.",
            [
                (
                    "Eritrea",
                    "supplies",
                    "Islamic Courts",
                    "by:U\\.N\\.|United Nations|monitor",
                    "Somalia",
                )
            ],
        ),
        (
            "Kenya denied supplying weapons to Somali clan militias.",
            [("Kenya", "supplies", "militia|Somali", "?neg")],
        ),
    ],
)
doc(
    "sq15-horn-2018",
    "September 17, 2018",
    [
        (
            "JEDDAH (Reuters) - Saudi Arabia brokered the peace deal that ended two decades of hostility between Ethiopia and Eritrea.",
            [
                ("Saudi", "mediates", "Ethiop", ""),
                ("Saudi", "mediates", "Eritrea", ""),
            ],
        ),
    ],
)
doc(
    "sq15-sudan-2004",
    "May 27, 2004",
    [
        (
            "NAIVASHA, Kenya (Reuters) - Kenya has hosted peace talks between the Sudanese government and the SPLA rebels for two years.",
            [
                ("Kenya", "mediates", "Sudan", "", "Sudan"),
                ("Kenya", "mediates", "SPLA|Sudan People", "", "Sudan"),
            ],
        ),
    ],
)
doc(
    "sq15-kashmir-2016",
    "September 20, 2016",
    [
        (
            "NEW DELHI (Reuters) - India accused Pakistan of arming and training the militants who attacked an army base at Uri.",
            [("Pakistan", "supplies|backs", "militant", "by:India|Delhi", "Kashmir")],
        ),
        (
            "China has sided with Pakistan on Kashmir at the United Nations.",
            [("China", "backs", "Pakistan", "", "Kashmir|" + NS)],
        ),
    ],
)
doc(
    "sq15-sri-lanka-2007",
    "June 4, 2007",
    [
        (
            "COLOMBO (Reuters) - India has quietly supplied radars to the Sri Lankan military in its war against the Tamil Tigers.",
            [
                ("India", "supplies", "Sri Lanka", "", "Sri Lanka"),
                ("India|Sri Lanka", "opposes", "Tamil|LTTE", "?", "Sri Lanka"),
            ],
        ),
        (
            "Pakistan and China have sold arms to Colombo.",
            [
                ("Pakistan", "supplies", "Sri Lanka", "", "Sri Lanka"),
                ("China", "supplies", "Sri Lanka", "", "Sri Lanka"),
            ],
        ),
    ],
)
doc(
    "sq15-colombia-2008",
    "March 4, 2008",
    [
        (
            "BOGOTA (Reuters) - Colombia accused Venezuela's Hugo Chavez of funding the FARC rebels, citing files found on a guerrilla laptop.",
            [("Venezuela|Chavez", "backs|supplies", "FARC", "by:Colombia|Bogota", "Colombia")],
        ),
        (
            "Caracas denied supplying the guerrillas with weapons.",
            [("Venezuela|Caracas", "supplies", "FARC|guerrilla", "?neg")],
        ),
        (
            "Ecuador condemned the Colombian raid on a FARC camp on its territory.",
            [("Ecuador", "opposes", "Colombia", "?")],
        ),
    ],
)
doc(
    "sq15-sahel-2024",
    "May 20, 2024",
    [
        (
            "OUAGADOUGOU (AFP) - Russia's Africa Corps is fighting alongside the Burkinabe army against jihadists.",
            [
                (RU + "|Africa Corps", "backs", "Burkina", "", "Sahel|Burkina"),
                (RU + "|Africa Corps", "opposes", "jihad", "?", "Sahel|Burkina"),
            ],
        ),
        (
            "The United States withdrew its troops from Niger after the junta ended military cooperation.",
            [(US, "backs", "Niger", "?neg")],
        ),
    ],
)
doc(
    "sq15-karabakh-2020",
    "October 5, 2020",
    [
        (
            "BAKU (Reuters) - Turkey has sided firmly with Azerbaijan and supplied it with Bayraktar drones.",
            [
                ("Turkey", "backs", "Azerbaijan", "", "Karabakh"),
                ("Turkey", "supplies", "Azerbaijan", "", "Karabakh"),
            ],
        ),
        (
            "Armenia accused Turkey of sending Syrian mercenaries to fight for Azerbaijan.",
            [("Turkey", "backs", "Azerbaijan", "by:Armenia|Yerevan", "Karabakh")],
        ),
        ("Iran called on both sides to show restraint.", []),
    ],
)
doc(
    "sq15-karabakh-2023",
    "October 3, 2023",
    [
        (
            "YEREVAN (Reuters) - France condemned Azerbaijan's offensive in Karabakh and agreed to sell Armenia air defence radars.",
            [
                ("France", "supplies", "Armenia", "", "Karabakh|" + NS),
                ("France", "opposes", "Azerbaijan", "?", "Karabakh"),
            ],
        ),
        (
            "Israel supplied most of the weapons Azerbaijan used in its September offensive, according to flight data.",
            [("Israel", "supplies", "Azerbaijan", "?", "Karabakh")],
        ),
    ],
)
doc(
    "sq15-tigray-2021",
    "March 10, 2021",
    [
        (
            "ADDIS ABABA (Reuters) - Eritrea denied that its troops were fighting in Tigray.",
            [("Eritrea", "backs|opposes", "Ethiop|Tigray|TPLF", "?neg")],
        ),
        (
            "Ethiopia accused Egypt of arming the TPLF.",
            [("Egypt", "supplies", "TPLF|Tigray", "by:Ethiop|Addis", "Tigray")],
        ),
        (
            "The African Union brokered the Pretoria agreement between the government and the TPLF in November 2022.",
            [
                ("African Union|AU", "mediates", "Ethiop|government", "?", "Tigray"),
                ("African Union|AU", "mediates", "TPLF|Tigray", "", "Tigray"),
            ],
        ),
    ],
)
doc(
    "sq15-sudan-2023",
    "December 12, 2023",
    [
        (
            "PORT SUDAN (Reuters) - Egypt sent warplanes to support the Sudanese army against the RSF, according to diplomats.",
            [
                ("Egypt", "backs|supplies", "Sudan|army", "by:diplomat", "Sudan"),
                ("Egypt", "opposes", "RSF|Rapid", "?", "Sudan"),
            ],
        ),
        (
            "Saudi Arabia hosted talks in Jeddah between the army and the RSF.",
            [
                ("Saudi", "mediates", "army|Sudan", "", "Sudan"),
                ("Saudi", "mediates", "RSF|Rapid", "", "Sudan"),
            ],
        ),
        (
            "The UAE has denied arming the RSF.",
            [("Emirates|UAE", "supplies", "RSF|Rapid", "?neg")],
        ),
    ],
)
doc(
    "sq15-myanmar-2022",
    "August 20, 2022",
    [
        (
            "YANGON (Reuters) - Russia has supplied the junta with fighter jets used in air strikes on villages, the U.N. rapporteur said.",
            [(RU, "supplies", "junta|Myanmar", "by:U\\.N\\.|United Nations|rapporteur", "Myanmar")],
        ),
        (
            "Thailand denied allowing the junta to use its airspace.",
            [("Thailand", "backs", "junta|Myanmar", "?neg")],
        ),
        (
            "The National Unity Government condemned the air strike.",
            [("National Unity|NUG", "opposes", "junta|Myanmar", "?")],
        ),
    ],
)
doc(
    "sq15-uganda-m23-2012",
    "October 17, 2012",
    [
        (
            "KAMPALA (Reuters) - Uganda denied a U.N. report that it had backed the M23 rebels in eastern Congo.",
            [("Uganda", "backs", "M23", "?neg", "Congo")],
        ),
        (
            "Rwanda withdrew its support for the CNDP rebels in 2009.",
            [("Rwanda", "backs", "CNDP|rebel", "?")],
        ),
    ],
)
# a coalition's leader named as a place in the story; a sale beside a war elsewhere
doc(
    "sq15-coalition-washington-2003",
    "March 22, 2003",
    [
        (
            "LONDON (Reuters) - Tens of thousands of protesters marched in Washington on Saturday.",
            [],
        ),
        (
            "Britain backs the US-led coalition, Prime Minister Tony Blair told parliament.",
            [("Britain|United Kingdom", "backs", US + "|coalition", "?", "Iraq|" + NS)],
        ),
    ],
)
doc(
    "sq15-sale-war-elsewhere-2018",
    "July 3, 2018",
    [
        (
            "NEW DELHI (Reuters) - Russia sold fighter jets to India.",
            [("Russia", "supplies", "India", "", PEACE)],
        ),
        ("Fighting continued in Syria, where rebels attacked government positions near Daraa.", []),
    ],
)
doc(
    "sq15-sale-war-elsewhere-2021",
    "September 12, 2021",
    [
        (
            "ATHENS (Reuters) - Greece bought 18 Rafale jets from France.",
            [("France", "supplies", "Greece", "", PEACE)],
        ),
        ("The war in Ukraine has pushed European states to rearm.", []),
    ],
)
# negatives: a policy, a team, a candidate, hypotheticals, support that is no side
doc(
    "sq15-negative-policy-2023",
    "June 1, 2023",
    [("Germany backs the EU's new migration policy.", [])],
)
doc(
    "sq15-negative-team-2018",
    "July 15, 2018",
    [("Croatian fans backed their team in the World Cup final against France.", [])],
)
doc(
    "sq15-negative-candidate-2024",
    "August 1, 2024",
    [("Former president Barack Obama backed Kamala Harris in the election.", [])],
)
doc(
    "sq15-negative-if-2024",
    "January 20, 2024",
    [
        (
            "If Russia armed the Houthis, Washington would respond, officials warned.",
            [(RU, "supplies", "Houthi", "?neg")],
        )
    ],
)
doc(
    "sq15-negative-could-2022",
    "March 3, 2022",
    [
        (
            "Israel could supply Ukraine with air defences if asked, a minister said.",
            [("Israel", "supplies", "Ukrain", "?neg")],
        )
    ],
)
doc(
    "sq15-negative-polls-2023",
    "February 24, 2023",
    [("Support for the war has fallen in Russia, polls show.", [])],
)


# sidesq15, written after its rules to check them (from ``check-sq15-rebels-1979`` on)
doc(
    "check-sq15-rebels-1979",
    "March 1, 1979",
    [
        (
            "Tanzania backed Yoweri Museveni's rebels against Idi Amin.",
            [
                ("Tanzania", "backs", "Museveni|rebel", "", "Uganda|" + NS),
                # widened after reading: Tanzania fought Amin's army in 1979
                ("Tanzania", "opposes", "Amin|Uganda", "?", "Uganda|" + NS),
            ],
        )
    ],
)
doc(
    "check-sq15-rebels-1990",
    "October 10, 1990",
    [
        (
            "Uganda armed Paul Kagame's rebels, Rwandan officials said.",
            [("Uganda", "supplies", "Kagame|rebel|RPF", "by:Rwanda|official")],
        )
    ],
)
doc(
    "check-sq15-speaker-2015",
    "April 20, 2015",
    [
        (
            "Iran has shipped weapons to the Houthis, a U.S. Navy spokesman said.",
            [("Iran", "supplies", "Houthi", "by:" + US + "|Navy|spokesman", "Yemen")],
        )
    ],
)
doc(
    "check-sq15-speaker-2019",
    "December 9, 2019",
    [
        (
            "Turkey has sent armoured vehicles to the Tripoli government, a U.N. panel of experts said.",
            [
                (
                    "Turkey",
                    "supplies",
                    "Tripoli|GNA|Libya|National Accord",
                    "by:U\\.N\\.|United Nations|panel|expert",
                    "Libya",
                )
            ],
        )
    ],
)
doc(
    "check-sq15-farc-2010",
    "July 1, 2010",
    [
        (
            "Ecuador denied sheltering FARC guerrillas.",
            [("Ecuador", "backs", "FARC", "?neg", "Colombia|" + NS)],
        )
    ],
)
doc(
    "check-sq15-coalition-2014",
    "September 28, 2014",
    [
        ("Canadians rallied in Washington on Sunday.", []),
        (
            "Canada will join the US-led air campaign against Islamic State.",
            [
                ("Canada", "backs", US + "|coalition|campaign", "?", "Iraq|Syria|" + NS),
                ("Canada", "opposes", "Islamic State", "?", "Iraq|Syria|" + NS),
            ],
        ),
    ],
)
doc(
    "check-sq15-radar-2022",
    "November 1, 2022",
    [
        (
            "Germany delivered air defence radars to Ukraine.",
            [("Germany", "supplies", "Ukrain", "", "Ukrain")],
        )
    ],
)
doc(
    "check-sq15-deal-1994",
    "May 12, 1994",
    [
        (
            "Russia brokered the ceasefire that ended the war between Armenia and Azerbaijan.",
            [
                (RU, "mediates", "Armenia", "", "Karabakh"),
                (RU, "mediates", "Azerbaijan", "", "Karabakh"),
            ],
        )
    ],
)
doc(
    "check-sq15-organ-2002",
    "September 16, 2002",
    [
        (
            "Norway hosted talks between the Sri Lankan government and Tamil rebels.",
            [
                ("Norway", "mediates", "Sri Lanka", "", "Sri Lanka"),
                ("Norway", "mediates", "Tamil", "", "Sri Lanka"),
            ],
        )
    ],
)
doc(
    "check-sq15-it-2023",
    "November 1, 2023",
    [
        (
            "The United States backs Israel and supplies it with bombs.",
            [
                (US, "backs", "Israel", "", "Gaza|Israel"),
                (US, "supplies", "Israel", "", "Gaza|Israel"),
            ],
        )
    ],
)
doc(
    "check-sq15-it-negative-2015",
    "June 1, 2015",
    [("Iran stands by Syria and supplies it with oil.", [("Iran", "backs", "Syria", "?")])],
)
doc(
    "check-sq15-sale-2022",
    "June 1, 2022",
    [
        ("Germany sold submarines to Egypt.", [("Germany", "supplies", "Egypt", "", PEACE)]),
        ("The war in Ukraine drove up the price of grain.", []),
    ],
)
doc(
    "check-sq15-negative-board-2019",
    "June 1, 2019",
    [("The company's rebels on the board backed a rival chief executive.", [])],
)


def judge(got, expected, verdict_of, names, tally, quote: bool = False) -> tuple[list[str], bool]:
    """The lines that judge the claims ``got`` of one sentence or story against ``expected``:
    each claim's verdict (``verdict_of(claim, expected, conflict's name)`` gives it and the
    index of the expectation it meets) and each expected claim none met but those marked "?" as MISSING;
    ``quote`` adds each claim's excerpts. Counts go into ``tally``; the flag says whether any
    claim was wrong, extra or missing."""
    lines, used, bad = [], set(), False
    for st in got:
        theatre = names.get(st.theatre, st.theatre)
        verdict, k = verdict_of(st, expected, theatre)
        used.add(k)
        bad = bad or verdict.startswith(("WRONG", "EXTRA"))
        key = "wrong" if verdict.startswith("WRONG") else verdict.lower()
        tally["extra" if key == "extra" else "wrong" if key == "wrong" else "right"] += 1
        neg = " NOT" if st.negated else ""
        by = f" (claimed by {st.claimed_by})" if st.claimed_by else ""
        line = f"    {verdict:13} {st.power} --{st.relation}{neg}--> {st.party} [{theatre}]{by}"
        if quote:
            text = " | ".join(" ".join(e.text.split())[:110] for e in st.evidence)
            line += f'\n                  "{text}"'
        lines.append(line)
    for k, (power, rel, party, flag, *_) in enumerate(expected):
        if k not in used and not flag.startswith("?"):
            lines.append(f"    MISSING       {power} {rel} {party} {flag}")
            tally["missing"] += 1
            bad = True
    return lines, bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="print every sentence, not only misreads")
    ap.add_argument("--from", dest="first", help="only the articles from this one on")
    ap.add_argument("--before", help="only the articles before this one")
    args = ap.parse_args(argv)
    order = [name for name, _, _ in D]
    for name in (args.first, args.before):
        if name is not None and name not in order:
            print(f"stances_probe: no article {name!r} in the probe", file=sys.stderr)
            return 2
    lo = order.index(args.first) if args.first else 0
    hi = order.index(args.before) if args.before else len(D)
    D[:] = D[lo:hi]
    from explorer.pipeline import analyse_sources

    # one file an article: a name given twice (two passes' "sri-lanka-2009") must not
    # overwrite the first article's file
    stems: list[str] = []
    for name, _, _ in D:
        stem, k = name, 2
        while stem in stems:
            stem, k = f"{name}-{k}", k + 1
        stems.append(stem)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for stem, (name, date, sentences) in zip(stems, D, strict=True):
            body = "\n\n".join(s for s, _ in sentences)
            (folder / f"{stem}.txt").write_text(f"{name}\n{date}\n\n{body}\n", encoding="utf-8")
        analysis = analyse_sources([folder])
    names = {t.id: t.name for t in analysis.theatres}
    said = [
        (Path(e.doc).stem, " ".join(e.text.split()), st)
        for st in analysis.stances
        for e in st.evidence
    ]
    tally = dict(right=0, wrong=0, extra=0, missing=0, sentences=0, read_right=0)
    for stem, (name, _, sentences) in zip(stems, D, strict=True):
        for sentence, expected in sentences:
            flat = " ".join(sentence.split())
            got = [st for doc, text, st in said if doc == stem and (text in flat or flat in text)]
            lines, bad = judge(got, expected, _verdict, names, tally)
            tally["sentences"] += 1
            tally["read_right"] += not bad
            if bad or args.all:
                print(f"{'XX' if bad else '  '} [{name}] {sentence}")
                print("\n".join(lines))
    print(
        f"{tally['sentences']} sentences, {tally['read_right']} read right; claims: "
        f"{tally['right']} right, {tally['wrong']} wrong, {tally['extra']} extra; "
        f"{tally['missing']} missing"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
