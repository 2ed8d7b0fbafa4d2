"""Stances on a twenty-second fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-one batches (``stances_fresh.py`` to ``stances_fresh21.py``) have been read;
these stories are real reports found in the team's stored public web pages by seventeen other
queries (two of the fourteen war queries and one of the three negatives gave no news report),
in wars, sides and wordings none of the twenty-one used (Pakistan admitting its troops crossed
the Line of Control at Kargil, 1999; Senegal's and Guinea's troops for Vieira in Guinea
Bissau, 1998; South Africa's and Botswana's troops in Lesotho, 1998; Hezbollah beside Syria's
army at al-Qusayr and Assad's denial, 2013; Germany's weapons for the Peshmerga against ISIS,
2014; Sudan and South Sudan at Heglig, 2012; Qatar's mediation between Djibouti and Eritrea,
2010; Mali cutting ties with Ukraine over the Tuareg rebels, 2024; Rwanda's charge that
Burundi's troops fight the M23, 2025; Malaysia's ceasefire between Thailand and Cambodia, 2025;
America's bombers on Iran's nuclear sites, 2025; Costa Rica's border as a launch pad for the
anti-Sandinista rebels, 1983), and two stories that say "back", "support" or "supported" with
no stance between parties (a town's library vote, a food bank's volunteers), where any claim is
false (the queries, the rule and the pages are in ``benchmarks/data/stances_fresh22/QUERIES.md``
and ``README.md``), each rewritten in our own words from the page's facts. What an analyst
expects of each was written here before any extraction was run, read as in
``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh22.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh22" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Trump|White House|Pentagon"
PAKISTAN = r"Pakistan|Islamabad|Musharraf"
INDIA = r"India|New Delhi|Delhi"
INTRUDERS = r"mujahideen|infiltrator|intruder|enemy"
SENEGAL = r"Senegal|Dakar|Loum|Diouf"
GUINEA = r"^(?!.*Bissau).*(Guinea|Conakry)"
BISSAU_GOV = r"^(?!.*(Mane|rebel|revolt|army|officer)).*(Vieira|Guinea.?Bissau|Bissau)"
BISSAU_REBELS = r"Mane|rebel|revolt|army|mutin|officer"
SA = r"South Africa|Pretoria|SANDF|Mandela|Buthelezi"
BOTSWANA = r"Botswana|Gaborone"
SADC = r"SADC|Southern African Development Community|Southern African"
LESOTHO_GOV = r"^(?!.*(rebel|opposition|Defence Force)).*(Lesotho|Maseru|government)"
LESOTHO_REBELS = r"rebel|Defence Force|LDF|soldier|army|mutin"
HEZBOLLAH = r"Hezbollah|Islamic Resistance"
SYRIA_GOV = r"^(?!.*(Free Syrian|FSA|rebel|opposition)).*(Syria|Damascus|Assad|SANA|Arab Army)"
SYRIAN_REBELS = r"Free Syrian|FSA|rebel|opposition|terrorist"
GERMANY = r"German|Berlin|Merkel|von der Leyen"
KURDS = r"Kurd|Peshmerga|Iraq|Erbil"
ISIS = r"Islamic State|ISIS|\bIS\b|ISIL"
SOUTH_SUDAN = r"South Sudan|Juba|SPLA|Sudan People's Liberation|Aguer"
SUDAN = r"^(?!.*(South|People's Liberation|SPLA)).*(Sudan|Khartoum|SAF|Sudanese Armed)"
QATAR = r"Qatar|Doha|Hamad|Al Thani|al-Thani"
ERITREA = r"Eritrea|Asmara|Afwerki|Afewerki"
DJIBOUTI = r"Djibouti|Guelleh"
UKRAINE = r"Ukrain|Kyiv|Yusov|Pivovarov"
TUAREG = r"Tuareg|rebel|separatist"
MALI_GOV = r"^(?!.*(Tuareg|rebel)).*(Mali|Bamako|Malian|Armed Forces|junta)"
RUSSIA = r"Russia|Moscow|Wagner|Kremlin"
BURUNDI = r"Burundi|Ndayishimiye"
RWANDA = r"Rwanda|Kigali|Kagame|Nduhungirehe"
M23 = r"M23|March 23|rebel"
CONGO_GOV = r"^(?!.*(M23|rebel)).*(Congo|Kinshasa|FARDC|Tshisekedi)"
MALAYSIA = r"Malaysia|Anwar|Putrajaya|Kuala Lumpur|Asean|ASEAN"
THAILAND = r"Thai|Bangkok|Phumtham"
CAMBODIA = r"Cambodia|Phnom Penh|Hun Manet"
CHINA = r"China|Chinese|Beijing|Ouyang"
IRAN = r"Iran|Tehran|IRNA"
ISRAEL = r"Israel|Netanyahu|Jerusalem|Tel Aviv"
COSTA_RICA = r"Costa Rica|San Jose|Orozco|Mora|Peters"
CONTRAS = r"rebel|anti-Sandinista|antigovernment|Nicaraguan refugee|fighter|contra"
SANDINISTAS = r"^(?!.*anti).*(Sandinista|Nicaragua|Managua)"

E: dict[str, list[tuple[str, ...]]] = {
    "n01-independent-pakistan-admits-troops-incursion-1999": [
        # "its troops operated on the Indian side ... during the mountain war"; "the
        # Pakistani infiltrators who held off 40,000 Indian troops"
        (PAKISTAN, "opposes", INDIA, "*"),
        # "India launched a huge attack ... to drive the intruders out"
        (INDIA, "opposes", PAKISTAN + r"|" + INTRUDERS, "*"),
        (PAKISTAN, "backs|supplies", INTRUDERS, "?"),
        (INTRUDERS, "opposes", INDIA, "?"),
    ],
    "n03-irin-senegal-explains-guinea-bissau-intervention-1998": [
        # "Senegal said Vieira had invited Dakar to send troops"; "decided to intervene"
        (SENEGAL, "backs|supplies", BISSAU_GOV, "*"),
        # "Guinea (Conakry) sent a smaller contingent"
        (GUINEA, "backs|supplies", BISSAU_GOV, "*"),
        (SENEGAL + r"|" + GUINEA, "opposes", BISSAU_REBELS, "?"),
        (BISSAU_REBELS, "opposes", BISSAU_GOV + r"|" + SENEGAL, "?"),
        (BISSAU_GOV, "opposes", BISSAU_REBELS + r"|Casamance|separatist", "?"),
        # the accusation that officers smuggled arms to Casamance's separatists
        (BISSAU_REBELS + r"|Guinea.?Bissau", "supplies|backs", r"Casamance|separatist", "?doubt"),
        (r"ECOMOG|West Africa", "backs|supplies|mediates", r".", "?"),
    ],
    "n04-mg-troops-will-stay-in-lesotho-sadc-1998": [
        # "the military intervention in Lesotho by troops from South Africa and Botswana",
        # under agreements "that no legitimate government ... should be toppled by the
        # military"
        (SA + r"|" + SADC, "backs|supplies", LESOTHO_GOV, "*"),
        (BOTSWANA, "backs|supplies", LESOTHO_GOV, "*"),
        (r"Zimbabwe|Harare", "backs|supplies", LESOTHO_GOV, "?"),
        # "fighting between rebel Lesotho Defence Force soldiers and the SADC forces"
        (SA + r"|" + BOTSWANA + r"|" + SADC, "opposes", LESOTHO_REBELS, "?"),
        (LESOTHO_REBELS, "opposes", SA + r"|" + BOTSWANA + r"|" + SADC + r"|" + LESOTHO_GOV, "?"),
        (r"opposition", "opposes", SA + r"|" + SADC + r"|troops", "?"),
    ],
    "n05-syriadirect-hezbollah-assists-syrian-army-in-qusayr-2013": [
        # "Hezbollah assists Syrian army"; "the fighters of the Islamic Resistance and the
        # Syrian Arab Army were winning"; Assad "denied that Hezbollah fighters are involved"
        (HEZBOLLAH, "backs|supplies", SYRIA_GOV, "*"),
        (HEZBOLLAH, "backs|supplies", SYRIA_GOV, "?neg"),
        (HEZBOLLAH, "backs|supplies", SYRIA_GOV, "?doubt"),
        # the FSA "had killed dozens of Hezbollah fighters and destroyed several Syrian Army
        # tanks"
        (SYRIAN_REBELS, "opposes", HEZBOLLAH + r"|" + SYRIA_GOV, "*"),
        (HEZBOLLAH + r"|" + SYRIA_GOV, "opposes", SYRIAN_REBELS + r"|Qusayr", "?"),
        (IRAN, "backs|supplies", SYRIA_GOV, "?"),
        (HEZBOLLAH, "backs|supplies", r"Lebanon", "?"),
    ],
    "n06-alarabiya-germany-to-send-weapons-to-peshmerga-2014": [
        # "Germany will send enough weapons to arm 4,000 Kurdish fighters"
        (GERMANY, "supplies|backs", KURDS, "*"),
        (GERMANY, "opposes", ISIS, "?"),
        (KURDS, "opposes", ISIS, "?"),
        (ISIS, "opposes", KURDS + r"|" + GERMANY, "?"),
    ],
    "n07-chinadaily-sudan-says-south-sudan-attacked-heglig-2012": [
        # the SAF: "troops from South Sudan had launched a large-scale attack"
        (SOUTH_SUDAN, "opposes", SUDAN + r"|Heglig", "*"),
        # the SPLA: "Sudan had attacked a disputed oil-producing border area"
        (SUDAN, "opposes", SOUTH_SUDAN, "*"),
        (r"mercenar", "backs|opposes", r".", "?"),
    ],
    "n08-sudantribune-qatar-to-mediate-djibouti-eritrea-2010": [
        # "a Qatari offer to mediate between the two countries"
        (QATAR, "mediates", r".", "*"),
        (r"Sudan|Khartoum|Karti", "mediates", r".", "?"),
        (ERITREA, "opposes", DJIBOUTI + r"|deserter", "?"),
        (DJIBOUTI, "opposes", ERITREA, "?"),
    ],
    "n09-uawire-mali-cuts-ties-with-ukraine-2024": [
        # "accusing Kyiv of backing rebels who are fighting government forces"
        (UKRAINE, "backs|supplies", TUAREG, "by:Mali|Bamako|government|authorities|document"),
        (UKRAINE, "backs|supplies", TUAREG + r"|terror", "?doubt"),
        (UKRAINE, "backs|supplies", TUAREG, "?neg"),
        # "Tuareg rebels ... ambushed Malian government soldiers and Russian Wagner fighters"
        (TUAREG, "opposes", MALI_GOV + r"|" + RUSSIA, "*"),
        (MALI_GOV, "opposes", UKRAINE + r"|" + TUAREG, "?"),
        (RUSSIA, "backs|supplies", MALI_GOV, "?"),
        (UKRAINE, "opposes", RUSSIA + r"|" + MALI_GOV, "?"),
    ],
    "n10-sudantimes-rwanda-says-burundi-troops-fight-m23-2025": [
        # "Burundi's troops are defending the region alongside Congolese forces"; Rwanda's
        # charge that they fight the M23
        (BURUNDI, "backs|supplies", CONGO_GOV, "*"),
        (BURUNDI, "opposes", M23, "*"),
        # "The M23, backed by Rwanda"; "Rwanda has denied any involvement"
        (RWANDA, "backs|supplies", M23, "*"),
        (RWANDA, "backs|supplies", M23, "?neg"),
        (RWANDA, "opposes", BURUNDI + r"|" + CONGO_GOV, "?"),
        (BURUNDI, "opposes", RWANDA, "?"),
        (M23, "opposes", CONGO_GOV + r"|" + BURUNDI, "?"),
    ],
    "n12-thestar-thailand-cambodia-ceasefire-in-putrajaya-2025": [
        # "an agreement facilitated by Prime Minister Datuk Seri Anwar Ibrahim"; "Bangkok and
        # Phnom Penh asked it to mediate"
        (MALAYSIA, "mediates", r".", "*"),
        (US + r"|" + CHINA, "mediates|backs", r".", "?"),
        (THAILAND, "opposes", CAMBODIA, "?"),
        (CAMBODIA, "opposes", THAILAND, "?"),
    ],
    "n13-theheadliner-us-strikes-iranian-nuclear-sites-2025": [
        # "American forces bombed three Iranian nuclear facilities"
        (US, "opposes", IRAN, "*"),
        (ISRAEL, "opposes", IRAN, "?"),
        (IRAN, "opposes", US + r"|" + ISRAEL, "?"),
        (US, "backs|supplies", ISRAEL, "?"),
    ],
    "n14-csmonitor-neutral-costa-rica-launch-pad-for-rebel-raids-1983": [
        # "the rebels fighting the Sandinistas"; "antigovernment fighters"
        (CONTRAS, "opposes", SANDINISTAS, "*"),
        # the colonel: sympathy means "logistical support for the rebels"; the minister:
        # "We are neutral"
        (COSTA_RICA, "backs|supplies", CONTRAS, "?"),
        (COSTA_RICA, "opposes", SANDINISTAS + r"|communis", "?"),
        (SANDINISTAS, "opposes", CONTRAS + r"|" + COSTA_RICA, "?"),
    ],
    # negatives: voters back a new library; volunteers support food banks
    "n15-courant-voters-back-new-library-1998": [],
    "n17-chichester-volunteers-crucial-at-food-banks": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
