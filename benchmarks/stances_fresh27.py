"""Stances on a twenty-seventh fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-six batches (``stances_fresh.py`` to ``stances_fresh26.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty other
queries (of the twelve war queries four gave no news report, so reserves were searched: twelve
war stories), in wars, sides and wordings none of the twenty-six used (Britain's force for
Kuwait against Iraq's threat, 1961; Yemen and Eritrea over the Hanish islands, 1995; Papua New
Guinea's troops against the Santo rebels in Vanuatu, 1980; France's troops against Denard's
coup in the Comoros, 1995; Zimbabwe's charge of a mercenaries' plot against Equatorial Guinea,
2004; the feud of Egypt and Libya before their war of 1977; Greece and Turkey over the Imia
islets, 1996; America's marines in Lebanon, 1958, and Hizballah's backers; China and Vietnam
in the South China Sea; Suriname's navy against Guyana's oil rig, 2000; Malaysia's army against
the Sulu intruders, 2013; Thailand and Laos over their border, 1987-88), and two stories that
say "back" or "support" with no stance between parties (doctors for a cancer screening
programme, fans for a football stadium), where any claim is false (the queries, the rule and
the pages are in ``benchmarks/data/stances_fresh27/QUERIES.md`` and ``README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was written
here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh27.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh27" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Eisenhower|Reagan|Bush|Marine|Sixth Fleet"
UK = (
    r"^(?!.*(Kuwait|Iraq)).*(Brit|\bU\.?K\.?\b|London|Elworthy|Royal Marine|commando|Dragoon"
    r"|Bulwark|Middle East Command|force)"
)
KUWAIT = r"Kuwait|Sheikh"
IRAQ = r"Iraq|Baghdad|Kassem|Qasim"
UN = r"United Nations|\bU\.?N\.?\b|Security Council"
YEMEN = r"Yemen|Sanaa|San'a|garrison"
ERITREA = r"Eritrea|Asmara"
PNG = r"Papua|P\.?N\.?G|jungle troops|Diro|force"
VANUATU = r"^(?!.*(rebel|Stevens|Santo|secession)).*(Vanuatu|Vila|Lini|Government|New Hebrides)"
SANTO_REBELS = r"rebel|Stevens|Santo|secession|Vanafo|revolt"
BRIT_FRANCE = r"Brit|France|French|colonial"
FRANCE = r"^(?!.*(Denard|mercenar)).*(Fran|Paris|Juppe|Legion|troops)"
DENARD = r"Denard|mercenar|coup|uprising|rebel|colonel"
COMOROS = r"^(?!.*(Denard|mercenar|coup)).*(Comor|Djohar|Moroni|government|unity)"
MERCENARIES = r"mercenar|\bmen\b|group|plotter|coup|plot"
EQ_GUINEA = r"Equatorial Guinea|Malabo|Obiang|sovereign government|government"
ZIMBABWE = r"Zimbabwe|Harare|Mohadi"
SOUTH_AFRICA = r"South Africa|Pretoria|Mbeki"
EGYPT = r"^(?!.*Egyptair).*(Egypt|Cairo|Sadat)"
LIBYA = r"Libya|Gaddafi|Qaddafi|Tripoli|Benghazi"
PLOTTERS = r"plotter|coup|revolutionary|group"
USSR = r"Soviet|Moscow|USSR"
ISRAEL = r"Israel"
GREECE_TURKEY = r"Gree|Athens|Simitis|Kalymnos|Turk|Ankara"
EU = r"European Union|\bEU\b"
LEBANON = r"^(?!.*(Hizb|Hezb)).*(Leban|Beirut|Chamoun)"
HIZBALLAH = r"Hizb|Hezb|suicide bomber"
IRAN_SYRIA = r"Iran|Tehran|Syria|Damascus"
NASSERISM = r"communis|Nasser|pan-Arab|Arab nationalis"
CHINA = r"China|Chinese|Beijing"
VIETNAM = r"Vietnam|Hanoi"
SEA_CLAIMANTS = r"Brunei|Malaysia|Philippine|claimant|Vietnam"
SURINAME = r"Surinam|Paramaribo|Sedney|navy"
GUYANA = r"Guyan|Georgetown|CGX|rig\b|platform"
MALAYSIA = r"^(?!.*Sulu).*(Malaysia|Najib|security forces|army|police)"
SULU = r"Sulu|intruder|gunm[ae]n|militant|Filipino|armed men|Idjirani|royal army"
THAILAND_LAOS = r"Thai|Bangkok|Siam|Lao|Vientiane"
CAMBODIA = r"Cambodia|Phnom Penh"

E: dict[str, list[tuple[str, ...]]] = {
    "v01-press-british-troops-and-planes-in-kuwait-1961": [
        # Britain's "very rapid build-up of military force" in Kuwait "to meet any threat from Iraq"
        (UK, "backs", KUWAIT, "*"),
        (UK, "opposes", IRAQ, "?"),
        (IRAQ, "opposes", KUWAIT + r"|" + UK, "?"),
        (UN, "mediates", KUWAIT + r"|" + IRAQ + r"|" + UK, "?"),
    ],
    "v02-chicagotribune-eritrean-warships-reportedly-attacked-1995": [
        # Yemen's planes "attacked Eritrean warships laying siege to a disputed island"
        (YEMEN, "opposes", ERITREA, "*"),
        # the Eritreans "began their assault on Friday" against the Yemeni garrison
        (ERITREA, "opposes", YEMEN, "*"),
    ],
    "v04-press-png-troops-corner-rebels-1980": [
        # "The Papua New Guinea force has moved fast to crush the revolt"
        (PNG, "opposes", SANTO_REBELS, "*"),
        # Vanuatu's government "asked Papua New Guinea for military help"
        (PNG, "backs", VANUATU, "*"),
        (VANUATU, "opposes", SANTO_REBELS, "?"),
        (SANTO_REBELS, "opposes", VANUATU, "?"),
        (BRIT_FRANCE, "opposes", SANTO_REBELS, "?"),
    ],
    "v05-independent-dawn-invasion-ends-comoros-uprising-1995": [
        # "A coup of six days ... ended yesterday when hundreds of French troops invaded"
        (FRANCE, "opposes", DENARD, "*"),
        # Denard "freed President Said Mohamed Djohar, whom he had held since launching the coup"
        (DENARD, "opposes", COMOROS, "*"),
        # "Paris backs a government of national unity"
        (FRANCE, "backs", COMOROS, "?"),
        (COMOROS, "opposes", DENARD, "?"),
    ],
    "v06-bbc-zimbabwe-rules-on-mercenaries-2004": [
        # "Zimbabwe has accused the group of planning a coup in oil-rich Equatorial Guinea"
        (MERCENARIES, "opposes", EQ_GUINEA, "by:Zimbabwe|Mohadi|minister|Home|confess|."),
        (MERCENARIES, "opposes", EQ_GUINEA, "?doubt"),
        (ZIMBABWE, "opposes", MERCENARIES, "?"),
        (EQ_GUINEA, "opposes", MERCENARIES, "?"),
        # Equatorial Guinea "asked South Africa for help with the trial"
        (SOUTH_AFRICA, "backs", EQ_GUINEA, "?"),
        (SOUTH_AFRICA + r"|" + ZIMBABWE, "mediates", r".", "?"),
    ],
    "v10-minbarlibya-the-forgotten-four-days-war-2017": [
        # "the war between Libya and Egypt of 1977"; Sadat's "plan for war with Libya"
        (EGYPT, "opposes", LIBYA, "*"),
        (LIBYA, "opposes", EGYPT, "*"),
        # Gaddafi "began to support revolutionary groups around the world"
        (LIBYA, "backs|supplies", r"revolutionary|group", "?"),
        # Egypt gave the failed plotters against Gaddafi leave to stay
        (EGYPT, "backs", PLOTTERS, "?"),
        (PLOTTERS, "opposes", LIBYA + r"|" + EGYPT, "?"),
        # Gaddafi "may well have planned the plot against Sadat's government"
        (LIBYA, "opposes", EGYPT, "?doubt"),
        (LIBYA, "backs", PLOTTERS, "?doubt"),
        (USSR, "backs", LIBYA, "?"),
        (LIBYA, "backs", USSR, "?"),
        (EGYPT, "opposes", ISRAEL, "?"),
        (ISRAEL, "opposes", EGYPT, "?"),
    ],
    "v11-greekreporter-the-imia-crisis-when-greece-faced-war-2019": [
        # Turkey's claim to the islets, Athens' rejection, both countries' special forces
        (GREECE_TURKEY, "opposes", GREECE_TURKEY, "*"),
        (US + r"|" + EU, "mediates", GREECE_TURKEY, "?"),
    ],
    "v12-jerusalemreport-hit-the-beach-marines-lebanon-1958-2008": [
        # Eisenhower sent the Marines "to thwart a perceived communist threat, in the form of
        # Nasser's pan-Arab nationalism"
        (US, "opposes", NASSERISM, "*"),
        (US, "backs", LEBANON, "?"),
        # "Hizballah, the Lebanese proxy of Iran and Syria"
        (IRAN_SYRIA, "backs|supplies", HIZBALLAH, "*"),
        (HIZBALLAH, "opposes", US + r"|Marine|barracks", "?"),
        (ISRAEL, "opposes", LEBANON + r"|Hizb|Palestin|PLO", "?"),
        (US, "backs", r"peacekeep|force", "?"),
        (US, "opposes", r"Iraq", "?"),
        (HIZBALLAH, "opposes", LEBANON, "?"),
    ],
    "v15-eurasiantimes-vietnam-sidelines-1988-clash-with-china-2025": [
        # "thirty-seven years ago they fought a bloody battle"; "locked in a territorial conflict"
        (CHINA, "opposes", VIETNAM, "*"),
        (VIETNAM, "opposes", CHINA, "?"),
        # China "is regularly accused of bullying and intimidating the other claimants"
        (CHINA, "opposes", SEA_CLAIMANTS, "by:."),
        (CHINA, "opposes", SEA_CLAIMANTS, "?doubt"),
    ],
    "v16-stabroeknews-guyana-protests-to-suriname-2000": [
        # "Suriname's navy had forced CGX to remove its rig"
        (SURINAME, "opposes", GUYANA, "*"),
        # Guyana "lodged a strong protest with the Government of Suriname"
        (GUYANA, "opposes", SURINAME, "*"),
        (r"Guyan|Georgetown", "backs", r"CGX|rig\b|company", "?"),
    ],
    "v17-malaysiatoday-total-defeat-for-sulu-group-2013": [
        # "the Malaysian army attacked the Filipino intruders at Kampung Tanduo"
        (MALAYSIA, "opposes", SULU, "*"),
        (SULU, "opposes", MALAYSIA, "?"),
    ],
    "v20-cambodiadaily-border-standoff-echoes-thai-lao-conflict-2011": [
        # "the Thai and Lao armies fought a contained battle"
        (THAILAND_LAOS, "opposes", THAILAND_LAOS, "*"),
        (r"Thai|Bangkok", "opposes", CAMBODIA, "?"),
        (CAMBODIA, "opposes", r"Thai|Bangkok", "?"),
    ],
    # negatives: doctors back a screening programme; fans back a club's new stadium
    "v13-dailymail-doctors-back-prostate-screening-campaign-2025": [],
    "v14-footballcouk-lansdown-fans-have-a-role-to-play-2009": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
