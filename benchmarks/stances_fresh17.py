"""Stances on a seventeenth fresh batch of 16 real news stories nobody tuned on, labelled first.

The first sixteen batches (``stances_fresh.py`` to ``stances_fresh16.py``) have been read;
these stories are real reports found in the team's stored public web pages by seventeen other
queries (one of the fourteen war queries gave no news report), in wars, sides and wordings none
of the sixteen used (the Western allies' decision of January 1980 to arm the Afghan Mujahidin,
recalled in 2010; the Reagan administration's missiles for Savimbi's rebels in 1986; the House
cutting off the contras' aid in 1985; Norway's mediation between Sri Lanka and the Tamil Tigers
in 2002; the Arab radicals' money behind Chechnya's war, 2003; Lavrov calling NATO's bombing of
Yugoslavia an aggression, 2016; Museveni confirming Uganda's troops beside South Sudan's army
in 2014; Tanzania's troops hunting the insurgents on the Mozambican border in 2020; Armenia
recalling its ambassador over Israel's arms for Azerbaijan in 2020; a UN expert naming China,
Russia and Serbia as the Myanmar junta's suppliers in 2022; Wagner's missiles for Sudan's RSF in
2023; Turkey warning Syria over the PKK in 2012; Ahmadinejad denying arms for the Taliban in
2007), and three stories that say "back", "backed" or "supports" (or, in the third, nothing of
the kind) with no stance between parties (a city status bid, a school crossing, a union's strike
ballot), where any claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh17/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh17.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh17" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Reagan|CIA|Congress|House|Senate|Crocker"
WEST = US + r"|Brit|United Kingdom|\bUK\b|France|French|German|West|allies|Thatcher"
MUJAHIDIN = r"Mujahid|mujahed|guerrilla|Afghan resistance|anti-Soviet"
SOVIET = r"Soviet|USSR|Moscow"
UNITA = r"UNITA|Savimbi|rebel|National Union for the Total"
ANGOLA = r"^(?!.*(UNITA|rebel|Savimbi)).*(Angola|Luanda|MPLA)"
CONTRAS = r"contra|rebel|anti-Sandinista|Nicaraguan Resistance"
SANDINISTA = r"Sandinista|Nicaragua|Managua|Ortega"
NORWAY = r"Norw|Oslo"
SRI_LANKA = r"^(?!.*(Tamil|LTTE|Tiger)).*(Sri Lanka|Colombo|Wickremesinghe|government)"
LTTE = r"Tamil|LTTE|Tiger|Liberation Tigers"
ARABS = r"Arab|radical|Abdurrakhman|jihad|militant|Jordan"
CHECHENS = r"Chechen|Chechnya|separatist|Ichkeria|Dagestan|rebel"
RUSSIA = r"Russia|Moscow|Kremlin|Lavrov|Putin"
NATO = r"NATO|North Atlantic|alliance"
YUGOSLAVIA = r"Yugoslav|Serbia|Belgrade|Milosevic|Montenegro"
ALBANIANS = r"Albanian|Kosovo|KLA"
UGANDA = r"Uganda|Kampala|Museveni|UPDF|Ankunda"
SOUTH_SUDAN = r"^(?!.*(rebel|Machar|SPLM-IO|SPLA-IO)).*(South Sudan|Juba|Kiir|SPLA|government)"
MACHAR = r"Machar|rebel|SPLM-IO|SPLA-IO|Nuer"
TANZANIA = r"Tanzania|Dar es Salaam|Dodoma"
MOZAMBIQUE = r"^(?!.*(insurgent|Ansar|Islamic State)).*(Mozambi|Maputo|Nyusi)"
INSURGENTS = r"insurgen|Ansar al-Sunna|Islamist|militant|al-Shabaab|Islamic State|criminal"
ISRAEL = r"Israel|Rivlin|Tel Aviv|Jerusalem"
AZERBAIJAN = r"Azerbaijan|Baku|Aliyev|Azeri"
ARMENIA = r"Armenia|Yerevan|Sarkissian|Karabakh|Artsakh"
CHINA = r"China|Chinese|Beijing"
SERBIA = r"Serbia|Belgrade"
JUNTA = r"Myanmar|Burm|junta|Tatmadaw|military"
WAGNER = r"Wagner|Prigozhin|" + RUSSIA
RSF = r"Rapid Support|RSF|Dagalo|Hemedti|paramilitar"
SUDAN_ARMY = r"^(?!.*(Rapid Support|RSF)).*(Sudan|Burhan|army|Khartoum|SAF)"
HAFTAR = r"Haftar|Libyan National Army|LNA"
TURKEY = r"Turk|Ankara|Erdogan|Davutoglu"
SYRIA = r"^(?!.*(rebel|Kurd|opposition)).*(Syria|Damascus|Assad)"
PKK = r"PKK|Kurdistan Workers|Kurd"
QAEDA = r"Qaeda|Qaida"
IRAN = r"Iran|Tehran|Ahmadinejad"
TALIBAN = r"Taliban|Taleban|insurgent"
AFGHANISTAN = r"^(?!.*Taliban).*(Afghan|Kabul|Karzai)"

E: dict[str, list[tuple[str, ...]]] = {
    "h02-thetimes-allies-backed-mujahidin-2010": [
        # "The Western allies decided to support the Afghan Mujahidin guerrillas"; "millions of
        # dollars in arms and hundreds of Stinger missiles were channelled to the Mujahidin"
        (WEST, "backs|supplies", MUJAHIDIN, "*"),
        (WEST, "backs|supplies", MUJAHIDIN + r"|Afghan", "?"),
        (WEST + r"|" + MUJAHIDIN, "opposes", SOVIET, "?"),
        (SOVIET, "opposes", MUJAHIDIN + r"|Afghan", "?"),
        (MUJAHIDIN + r"|Taleban|Taliban", "opposes", MUJAHIDIN + r"|Taleban|Taliban", "?"),
    ],
    "h03-sunsentinel-us-missiles-angola-rebels-1986": [
        # "decided to give the rebels in Angola anti-aircraft and anti-tank missiles"; "covert
        # military aid to the rebel forces led by Jonas Savimbi"
        (US, "supplies|backs", UNITA, "*"),
        (US, "supplies|backs", UNITA, "?"),
        (US + r"|" + UNITA, "opposes", ANGOLA + r"|Communist", "?"),
        # "the Communist-backed Angolan government": its backers are not named
        (SOVIET + r"|Cuba", "backs|supplies", ANGOLA, "?"),
    ],
    "h04-time-house-cuts-contra-aid-1985": [
        # "the rebels who seek to overthrow the Marxist-led Sandinista regime"
        (CONTRAS, "opposes", SANDINISTA, "*"),
        # the Senate's humanitarian aid; the House "cutting off aid altogether": "ends American
        # support for the rebels"
        (US, "backs|supplies", CONTRAS, "?"),
        (US, "opposes", SANDINISTA, "?"),
    ],
    "h05-scandasia-norway-peace-maker-2003": [
        # "brokering the peace process in Sri Lanka"; "With Norway's mediation"
        (NORWAY, "mediates", SRI_LANKA + r"|" + LTTE, "*"),
        (SRI_LANKA, "opposes", LTTE, "?"),
        (LTTE, "opposes", SRI_LANKA, "?"),
        (r"Thai", "backs|mediates", r".", "?"),
    ],
    "h06-washpost-jihad-chechnya-2003": [
        # "hundreds of Arab radicals whose zeal and funds fuelled a war" (Russian intelligence
        # officials say); "break Dagestan away from Russia"
        (ARABS, "backs|supplies", CHECHENS, "?"),
        (ARABS + r"|" + CHECHENS, "opposes", RUSSIA, "?"),
        (RUSSIA, "opposes", CHECHENS + r"|" + ARABS, "?"),
    ],
    "h07-sputnik-lavrov-yugoslavia-aggression-2016": [
        # "NATO, led by the United States, waged a 78-day air campaign against Yugoslavia"
        (NATO, "opposes", YUGOSLAVIA, "*"),
        (US + r"|Brit|United Kingdom", "opposes", YUGOSLAVIA, "?"),
        (US, "backs", NATO, "?"),
        # Lavrov: "an aggression"; his charge against the United States and Britain
        (RUSSIA, "opposes", NATO + r"|" + US + r"|Brit|United Kingdom", "?"),
        (RUSSIA, "backs", YUGOSLAVIA, "?"),
        (ALBANIANS, "opposes", YUGOSLAVIA, "?"),
        (YUGOSLAVIA, "opposes", ALBANIANS, "?"),
        (US + r"|Brit|United Kingdom|" + RUSSIA, "backs|opposes", r"Syria|Assad", "?"),
    ],
    "h08-bbc-museveni-troops-south-sudan-2014": [
        # "Ugandan troops are fighting beside South Sudanese government forces against the rebels"
        (UGANDA, "backs", SOUTH_SUDAN, "*"),
        (UGANDA, "opposes", MACHAR, "*"),
        (SOUTH_SUDAN, "opposes", MACHAR, "?"),
        (MACHAR, "opposes", SOUTH_SUDAN + r"|" + UGANDA, "?"),
    ],
    "h09-bulawayo24-tanzania-troops-border-2020": [
        # "sent ... the Tanzania Peoples Defence Forces to hunt insurgents"
        (TANZANIA, "opposes", INSURGENTS, "*"),
        (TANZANIA, "backs", MOZAMBIQUE, "?"),
        (INSURGENTS, "opposes", MOZAMBIQUE + r"|" + TANZANIA, "?"),
        (MOZAMBIQUE, "opposes", INSURGENTS, "?"),
    ],
    "h10-azatutyun-armenia-recalls-envoy-israel-2020": [
        # "Israel had not stopped selling arms to Azerbaijan"; "the weapons Israel sold to
        # Azerbaijan are used to bomb Armenian villages"
        (ISRAEL, "supplies|backs", AZERBAIJAN, "*"),
        (ISRAEL, "supplies|backs", AZERBAIJAN, "?"),
        # Rivlin: "not aimed against any side"
        (ISRAEL, "opposes", ARMENIA, "?neg"),
        (AZERBAIJAN, "opposes", ARMENIA, "?"),
        (ARMENIA, "opposes", AZERBAIJAN + r"|" + ISRAEL, "?"),
    ],
    "h11-monitor-afp-china-russia-arming-junta-2022": [
        # "China and Russia ... as well as Serbia, have kept supplying Myanmar's junta with
        # weapons", a UN rights expert said
        (CHINA, "supplies|backs", JUNTA, "*"),
        (RUSSIA, "supplies|backs", JUNTA, "*"),
        (SERBIA, "supplies|backs", JUNTA, "*"),
        (CHINA + r"|" + RUSSIA + r"|" + SERBIA, "supplies|backs", JUNTA, "?"),
        (JUNTA, "opposes", r"civilian|opposition|protest", "?"),
    ],
    "h12-rima-novaya-wagner-missiles-rsf-2023": [
        # "The Wagner group is supplying missiles to Sudan's Rapid Support Forces", CNN reports
        (WAGNER, "supplies|backs", RSF, "*"),
        (WAGNER, "supplies|backs", RSF, "?"),
        # "Khalifa Haftar, a Wagner-backed general" (Libya's war)
        (WAGNER, "backs|supplies", HAFTAR, "?"),
        (RSF, "opposes", SUDAN_ARMY, "?"),
        (SUDAN_ARMY, "opposes", RSF, "?"),
    ],
    "h13-almanar-turkey-pkk-syria-2012": [
        # "Erdogan accused Syria of giving the Kurdish rebels a free hand"
        (SYRIA, "backs|supplies", PKK, "by:Erdogan|Turk|Ankara"),
        (SYRIA, "backs|supplies", PKK, "?doubt"),
        # "would not tolerate ... the PKK or Al-Qaeda"; "would not hesitate to strike"
        (TURKEY, "opposes", PKK + r"|" + QAEDA + r"|" + SYRIA, "?"),
        (PKK, "opposes", TURKEY, "?"),
    ],
    "h14-dnaindia-ahmadinejad-taliban-weapons-2007": [
        # "rejected American and British claims that Iranian weapons are reaching Taliban
        # insurgents"; Gates: "hard to believe this happened without the Iranian government's
        # knowledge"
        (IRAN, "supplies|backs", TALIBAN, "by:" + US + r"|Brit|Gates"),
        (IRAN, "supplies|backs", TALIBAN, "?neg"),
        (IRAN, "supplies|backs", TALIBAN, "?doubt"),
        # "the foreign troops fighting the Taliban insurgency"; "a staunch opponent of the
        # Taliban's regime"
        (US, "opposes", TALIBAN, "*"),
        (IRAN + r"|" + AFGHANISTAN + r"|Brit", "opposes", TALIBAN, "?"),
        (TALIBAN, "opposes", AFGHANISTAN + r"|" + US, "?"),
        (IRAN + r"|" + US, "backs", AFGHANISTAN, "?"),
        (AFGHANISTAN, "backs", IRAN + r"|" + US, "?"),
    ],
    # negatives: residents asked whether they "would back a bid" for city status; parents'
    # petition "backed" by almost 400 and a councillor who "fully supports a crossing"; a
    # union's strike ballot over pay
    "h15-bournemouthecho-city-status-views-2021": [],
    "h16-largsnews-parents-crossing-petition-2018": [],
    "h17-communitycare-unison-strike-ballot-2014": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
