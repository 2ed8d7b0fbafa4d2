# ruff: noqa: E501  (data: one labelled sentence a line)
"""Writes the team's world stance set: docs/*.txt and cases.json in the format of
../shared/eval/stances (same scorer). Sentences written by the team, each a class of wording
about a conflict from another decade or region than the development set; labelled before the
extraction was run on them. Not real news: real news is the development set; this checks the
wording classes travel."""

import json
from pathlib import Path

US = r"\bU\.?\s?S\.?A?\b|United States|America|Washington|Reagan|Bush|Clinton|Obama|Trump|Pentagon"
RU = r"Russia|Moscow|Kremlin|Putin|Soviet|USSR"
D = []  # (doc, title, dateline text, [(sentence, [(power_re, rel, party_re)]) ...], negatives)


def doc(name, title, sentences, negatives=()):
    D.append((name, title, sentences, list(negatives)))


# the date each story was filed, written as its date line (as wire copy carries it)
DATES = {
    "angola-1985": "March 5, 1985",
    "angola-2002": "April 4, 2002",
    "nicaragua-1986": "June 25, 1986",
    "iran-iraq-1987": "May 12, 1987",
    "kosovo-1999": "April 18, 1999",
    "zaire-1996": "December 26, 1996",
    "srilanka-1987": "July 30, 1987",
    "kashmir-2001": "December 14, 2001",
    "georgia-2008": "August 10, 2008",
    "mali-2013": "January 26, 2013",
    "libya-2011": "April 14, 2011",
    "yemen-2016": "August 9, 2016",
    "ukraine-2014": "May 2, 2014",
    "bosnia-1993": "August 5, 1993",
    "colombia-2002": "October 18, 2002",
    "mozambique-1984": "March 16, 1984",
    "lebanon-1982": "June 13, 1982",
    "ethiopia-2021": "March 23, 2021",
    "nagorno-2020": "October 10, 2020",
    "sudan-2024": "September 1, 2024",
    "somalia-2007": "January 2, 2007",
    "chad-2008": "February 2, 2008",
    "ivorycoast-2004": "November 7, 2004",
}


doc(
    "angola-1985",
    "Cuba keeps troops in Angola",
    [
        (
            "LUANDA, Angola (Reuters) - Cuba has about 30,000 troops in Angola supporting the MPLA government against UNITA guerrillas, diplomats said on Tuesday.",
            [
                (r"Cuba|Havana|Castro", "backs", r"MPLA|Angol"),
                (r"Cuba|Havana|Castro", "opposes", r"UNITA"),
            ],
        ),
        (
            "UNITA, led by Jonas Savimbi, is backed by South Africa and the United States.",
            [
                (r"South Africa|Pretoria", "backs", r"UNITA|Savimbi"),
                (US, "backs", r"UNITA|Savimbi"),
            ],
        ),
    ],
)
doc(
    "angola-2002",
    "Angola signs ceasefire with UNITA",
    [
        (
            "LUANDA, Angola (AP) - The United States, which armed UNITA rebels in the 1980s, now backs the Angolan government and has pledged aid to demobilise the guerrillas.",
            [
                (US, "supplies", r"UNITA|rebel"),
                (US, "backs", r"Angol|MPLA|Luanda"),
            ],
        ),
        (
            "Portugal hosted talks between the government and UNITA in Lisbon last month.",
            [(r"Portugal|Lisbon", "mediates", r"UNITA|Angol|government")],
        ),
    ],
)
doc(
    "nicaragua-1986",
    "Congress approves aid to contras",
    [
        (
            "WASHINGTON (AP) - The House voted on Wednesday to send $100 million in military aid to the Contra rebels fighting Nicaragua's Sandinista government.",
            [
                (US + "|House|Congress", "backs", r"Contra"),
                (r"Contra", "opposes", r"Sandinista|Nicaragua"),
            ],
        ),
        (
            "The Soviet Union and Cuba supply the Sandinistas with tanks and helicopters.",
            [
                (RU, "supplies", r"Sandinista|Nicaragua"),
                (r"Cuba|Havana", "supplies", r"Sandinista|Nicaragua"),
            ],
        ),
    ],
)
doc(
    "iran-iraq-1987",
    "Gulf war",
    [
        (
            "BAGHDAD - France has sold Iraq dozens of Mirage jets since the war with Iran began in 1980.",
            [(r"France|Paris", "supplies", r"Iraq|Baghdad")],
        ),
        (
            "Syria and Libya sided with Iran in the war, while most Arab states backed Iraq.",
            [
                (r"Syria|Damascus", "backs", r"Iran|Tehran"),
                (r"Libya|Tripoli", "backs", r"Iran|Tehran"),
            ],
        ),
    ],
)
doc(
    "kosovo-1999",
    "NATO bombing enters fourth week",
    [
        (
            "BRUSSELS - NATO warplanes struck Serbian positions in Kosovo for a 25th night as the alliance pressed its campaign against Yugoslav President Slobodan Milosevic.",
            [(r"NATO|alliance", "opposes", r"Milosevic|Yugoslav|Serb")],
        ),
        (
            "Russia, a traditional ally of Serbia, condemned the air strikes.",
            [(RU, "backs", r"Serb|Yugoslav|Belgrade|Milosevic")],
        ),
    ],
)
doc(
    "zaire-1996",
    "Rebels advance in eastern Zaire",
    [
        (
            "GOMA, Zaire - Ugandan-backed rebels in eastern Zaire captured the town of Bunia on Thursday, the latest gain in a campaign against President Mobutu Sese Seko.",
            [
                (r"Uganda|Kampala|Museveni", "backs", r"rebel"),
                (r"rebel", "opposes", r"Mobutu|Zair"),
            ],
        ),
        ("Rwanda denies arming the rebels.", [(r"Rwanda|Kigali", "supplies", r"rebel")]),
    ],
    negatives=["Rwanda denies arming the rebels."],
)
doc(
    "srilanka-1987",
    "India sends peacekeepers",
    [
        (
            "COLOMBO - India, which trained Tamil militants in the early 1980s, has sent troops to enforce a peace accord between Colombo and the Tamil Tigers.",
            [
                (r"India|New Delhi|Delhi", "backs", r"Tamil"),
                (r"India|New Delhi|Delhi", "mediates", r"Tamil|Colombo|Sri Lank"),
            ],
        ),
    ],
)
doc(
    "kashmir-2001",
    "India blames Pakistan for attack",
    [
        (
            "NEW DELHI (Reuters) - India accused Pakistan on Friday of backing the Islamic militants who attacked the parliament in New Delhi.",
            [(r"Pakistan|Islamabad", "backs", r"militant")],
        ),
        (
            "Pakistan says it gives only moral and diplomatic support to Kashmiri separatists.",
            [(r"Pakistan|Islamabad", "backs", r"Kashmir|separatist")],
        ),
    ],
)
doc(
    "georgia-2008",
    "Russia recognises breakaway regions",
    [
        (
            "MOSCOW - Russia, which has long supported separatists in South Ossetia and Abkhazia, sent tanks into Georgia after Tbilisi tried to retake South Ossetia.",
            [
                (RU, "backs", r"separatist|Ossetia|Abkhaz"),
            ],
        ),
        ("The United States and the European Union back Georgia's territorial integrity.", []),
    ],
    negatives=["The United States and the European Union back Georgia's territorial integrity."],
)
doc(
    "mali-2013",
    "French troops push north",
    [
        (
            "BAMAKO, Mali - French troops backed by Malian soldiers retook the town of Gao from Islamist militants on Saturday.",
            [(r"France|French|Paris", "opposes", r"Islamist|militant")],
        ),
        (
            "Chad has sent 2,000 soldiers to fight alongside French and Malian forces against al Qaeda-linked fighters.",
            [
                (r"Chad|N'Djamena", "backs", r"Mali|Malian|Franc|French"),
                (r"Chad|N'Djamena", "opposes", r"Qaeda|fighter"),
            ],
        ),
    ],
)
doc(
    "libya-2011",
    "Qatar arms Libyan rebels",
    [
        (
            "DOHA - Qatar has supplied French-made anti-tank missiles to rebels fighting Muammar Gaddafi's forces, officials said.",
            [
                (r"Qatar|Doha", "supplies", r"rebel"),
                (r"rebel", "opposes", r"Gaddafi|Qaddafi|Libya"),
            ],
        ),
        (
            "NATO aircraft are enforcing a no-fly zone to protect civilians from Gaddafi's troops.",
            [],
        ),
    ],
    negatives=[
        "NATO aircraft are enforcing a no-fly zone to protect civilians from Gaddafi's troops."
    ],
)
doc(
    "yemen-2016",
    "Coalition strikes Sanaa",
    [
        (
            "SANAA, Yemen - The Saudi-led coalition, which backs President Abd-Rabbu Mansour Hadi, carried out air strikes on Houthi positions around the capital.",
            [
                (r"Saudi|Riyadh|coalition", "backs", r"Hadi|Yemen"),
            ],
        ),
        (
            "The Houthis are allied with forces loyal to former president Ali Abdullah Saleh.",
            [(r"Houthi", "backs", r"Saleh")],
        ),
    ],
)
doc(
    "ukraine-2014",
    "Kiev launches offensive in east",
    [
        (
            "DONETSK, Ukraine - Ukrainian troops launched an offensive against pro-Russian separatists near Slaviansk on Friday.",
            [(r"Ukrain|Kiev|Kyiv", "opposes", r"separatist")],
        ),
        (
            "Kiev and Western governments accuse Moscow of arming the rebels, which the Kremlin denies.",
            [(RU, "supplies", r"rebel|separatist")],
        ),
    ],
)
doc(
    "bosnia-1993",
    "Serbia cuts ties with Bosnian Serbs",
    [
        (
            "BELGRADE - Serbia, which has armed and financed the Bosnian Serbs since the war began, said on Thursday it would close its border with Bosnia.",
            [
                (r"Serbia|Belgrade", "supplies", r"Bosnian Serb"),
                (r"Serbia|Belgrade", "backs", r"Bosnian Serb"),
            ],
        ),
        (
            "Croatia has supported Bosnian Croat forces in central Bosnia.",
            [(r"Croatia|Zagreb", "backs", r"Croat")],
        ),
    ],
)
doc(
    "colombia-2002",
    "Venezuela denies FARC links",
    [
        (
            "BOGOTA - Colombian officials say Venezuela has given safe haven to FARC guerrillas, a charge Caracas rejects.",
            [(r"Venezuela|Caracas|Chavez", "backs", r"FARC")],
        ),
        (
            "The United States has provided Colombia with helicopters and training to fight the guerrillas.",
            [(US, "supplies", r"Colombia|Bogota"), (US, "opposes", r"guerrilla|FARC")],
        ),
    ],
)
doc(
    "mozambique-1984",
    "Nkomati accord",
    [
        (
            "MAPUTO - Mozambique and South Africa signed a non-aggression pact under which Pretoria promised to stop supporting the RENAMO rebels.",
            [(r"South Africa|Pretoria", "backs", r"RENAMO|rebel")],
        ),
    ],
    negatives=[
        "MAPUTO - Mozambique and South Africa signed a non-aggression pact under which Pretoria promised to stop supporting the RENAMO rebels."
    ],
)
doc(
    "lebanon-1982",
    "Israel invades Lebanon",
    [
        (
            "BEIRUT - Israeli forces, backed by Christian militias, reached the outskirts of Beirut on Sunday in their offensive against the Palestine Liberation Organization.",
            [
                (r"Christian|militia", "backs", r"Israel"),
                (r"Israel", "opposes", r"Palestine Liberation|PLO"),
            ],
        ),
        (
            "Syria has sent reinforcements to help PLO fighters.",
            [(r"Syria|Damascus", "backs", r"PLO|Palestin")],
        ),
    ],
)
doc(
    "ethiopia-2021",
    "Eritrean troops in Tigray",
    [
        (
            "ADDIS ABABA - Eritrean troops are fighting alongside Ethiopian federal forces against the Tigray People's Liberation Front, witnesses said.",
            [
                (r"Eritrea|Asmara", "backs", r"Ethiopia"),
                (r"Eritrea|Asmara", "opposes", r"Tigray|TPLF"),
            ],
        ),
        (
            "The United Arab Emirates is accused of supplying armed drones to the Ethiopian government.",
            [(r"Emirat|UAE|Abu Dhabi", "supplies", r"Ethiopia")],
        ),
    ],
)
doc(
    "nagorno-2020",
    "Turkey sends drones",
    [
        (
            "BAKU - Turkey has supplied Azerbaijan with armed drones that have devastated Armenian tanks in Nagorno-Karabakh.",
            [(r"Turk|Ankara", "supplies", r"Azerbaijan|Baku")],
        ),
        (
            "Russia, France and the United States co-chair the Minsk Group, which has mediated between Armenia and Azerbaijan since 1992.",
            [(r"Minsk Group|Russia|France|" + US, "mediates", r"Armenia|Azerbaijan")],
        ),
    ],
)
doc(
    "sudan-2024",
    "UAE denies arming RSF",
    [
        (
            "PORT SUDAN - Sudan's army accused the United Arab Emirates of supplying weapons to the Rapid Support Forces through Chad.",
            [(r"Emirat|UAE|Abu Dhabi", "supplies", r"Rapid Support|RSF")],
        ),
        (
            "Egypt, which supports army chief Abdel Fattah al-Burhan, hosted talks between the two sides in Cairo.",
            [
                (r"Egypt|Cairo", "backs", r"Burhan|army|Sudan"),
                (r"Egypt|Cairo", "mediates", r"Sudan|Rapid|RSF|army|side"),
            ],
        ),
    ],
)
doc(
    "somalia-2007",
    "Ethiopian troops in Mogadishu",
    [
        (
            "MOGADISHU - Ethiopian troops helped Somalia's transitional government drive the Islamic Courts Union out of the capital.",
            [
                (r"Ethiopia|Addis", "backs", r"Somali|transitional"),
                (r"Ethiopia|Addis", "opposes", r"Islamic Courts"),
            ],
        ),
        (
            "Eritrea is accused by U.N. monitors of arming the Islamists.",
            [(r"Eritrea|Asmara", "supplies", r"Islamist|Islamic Courts")],
        ),
    ],
)
doc(
    "chad-2008",
    "Rebels reach N'Djamena",
    [
        (
            "N'DJAMENA, Chad - Sudanese-backed rebels reached the Chadian capital on Saturday, and French troops evacuated foreigners.",
            [(r"Sudan|Khartoum", "backs", r"rebel")],
        ),
        (
            "President Idriss Deby has accused Khartoum of sponsoring the rebellion, while Sudan accuses Chad of backing Darfur rebels.",
            [(r"Sudan|Khartoum", "backs", r"rebel"), (r"Chad|N'Djamena|Deby", "backs", r"Darfur")],
        ),
    ],
)
doc(
    "ivorycoast-2004",
    "French strike Ivorian air force",
    [
        (
            "ABIDJAN - French troops destroyed the Ivorian air force after a raid killed nine French peacekeepers, and Gbagbo supporters rioted in the city.",
            [],
        ),
    ],
    negatives=[
        "ABIDJAN - French troops destroyed the Ivorian air force after a raid killed nine French peacekeepers, and Gbagbo supporters rioted in the city."
    ],
)
doc(
    "negatives-misc",
    "Briefs",
    [
        ("The European Union backs a plan to cut farm subsidies by 2013.", []),
        ("Brazil supports Argentina's bid to host the World Cup.", []),
        ("Local volunteers helped residents fill sandbags as the river rose.", []),
        ("The senator said he would support the nominee if the hearings went well.", []),
        ("Analysts say China could back a UN resolution on Myanmar if it is softened.", []),
    ],
    negatives=[
        "The European Union backs a plan to cut farm subsidies by 2013.",
        "Brazil supports Argentina's bid to host the World Cup.",
        "Local volunteers helped residents fill sandbags as the river rose.",
        "The senator said he would support the nominee if the hearings went well.",
        "Analysts say China could back a UN resolution on Myanmar if it is softened.",
    ],
)

cases = {"about": __doc__, "positives": [], "negatives": []}
out = Path(__file__).parent / "docs"
out.mkdir(exist_ok=True)
for name, title, sentences, negatives in D:
    dated = f"{DATES[name]}\n" if name in DATES else ""
    text = title + "\n" + dated + "\n" + " ".join(s for s, _ in sentences) + "\n"
    (out / f"{name}.txt").write_text(text, encoding="utf-8")
    for s, labels in sentences:
        for power_re, rel, party_re in labels:
            if s in negatives:
                continue
            cases["positives"].append(
                {
                    "doc": name,
                    "source": "team",
                    "sentence": s,
                    "power": power_re,
                    "power_re": power_re,
                    "relation": rel,
                    "party": party_re,
                    "party_re": party_re,
                    "theatre": "",
                    "year": None,
                    "pattern": "",
                }
            )
    for s in negatives:
        cases["negatives"].append({"doc": name, "sentence": s, "why": "no stance stated as fact"})
(Path(__file__).parent / "cases.json").write_text(
    json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
)
print(len(cases["positives"]), "positives", len(cases["negatives"]), "negatives")
