"""Stances on a twenty-sixth fresh batch of 13 real news stories nobody tuned on, labelled first.

The first twenty-five batches (``stances_fresh.py`` to ``stances_fresh25.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty-one other
queries (of the twelve war queries one gave no news report and one was of a war an earlier batch
holds, so reserves were searched: eleven war stories), in wars, sides and wordings none of the
twenty-five used (Britain and Iceland in the Cod War, 1976; the UN's deal for Nigeria's handover
of Bakassi to Cameroon, 2006; Turkey's ultimatum to Syria over the PKK and Iran's mediation,
1998; India's paratroopers against the mercenaries' coup in the Maldives, 1988; China's protest
at America's arms for Taiwan; Bhutan's army against Indian rebels' camps, 2003; Myanmar's army
and the Karen rebels, 2009; the mercenaries' coup attempt in the Seychelles, 1981; Somalia's
charge that Kenya arms a militia, 2020; China's protest over Sikkim's border, 2017; Britain's
paratroopers for Anguilla, 1969), and two stories that say "back" with no stance between parties
(a brewer's takeover, a railway station's campaign), where any claim is false (the queries, the
rule and the pages are in ``benchmarks/data/stances_fresh26/QUERIES.md`` and ``README.md``),
each rewritten in our own words from the page's facts. What an analyst expects of each was
written here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh26.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh26" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Indyk|State Department|Pentagon"
UK = r"^(?!.*(Anguill|Iceland)).*(Brit|\bU\.?K\.?\b|London|Wilson|Whitlock|Whitehall|Navy|Commons)"
BRITISH_FLEET = r"trawler|skipper|fleet|vessel|Hull"
ICELAND = r"Iceland|Hallgrimsson|gunboat|Reykjavik"
NIGERIA = r"^(?!.*(resident|people)).*(Nigeria|Abuja|Obasanjo)"
CAMEROON = r"Cameroon|Yaounde|Biya"
BAKASSI_PEOPLE = r"resident|people|Bakassi|peninsula"
UN = r"United Nations|\bU\.?N\.?\b|Annan|refugee agency|UNHCR"
EGYPT = r"Egypt|Nasser|Cairo|Mubarak"
TURKEY = r"^(?!.*Kurd).*(Turk|Ankara|Demirel|Yilmaz)"
SYRIA = r"Syria|Damascus|Assad|Tlas"
KURDS = r"Kurd|PKK|separatist|rebel|Ocalan"
IRAN = r"Iran|Kharrazi|Tehran"
ISRAEL = r"Israel"
INDIA = (
    r"^(?!.*(separatist|rebel|insurgent|Liberation|Bodoland|Kamtapur|Asom))"
    r".*(India|Delhi|Gandhi)"
)
INDIAN_FORCES = r"paratroop|commando|frigate|Indian"
MALDIVES = r"^(?!.*(mercenar|gunm[ae]n|Nasir|attacker)).*(Maldiv|Gayoom|Male\b|government)"
COUP = r"mercenar|gunm[ae]n|attacker|Tamil|Nasir|coup"
CHINA = r"^(?!.*Taiwan).*(China|Chinese|Beijing|Xiaogang|Geng|PLA|People's Liberation)"
TAIWAN = r"Taiwan|Taipei"
BHUTAN = r"Bhutan|Thimphu"
ASSAM_REBELS = r"separatist|rebel|insurgent|United Liberation Front|ULFA|Asom|Bodoland|Kamtapur"
MYANMAR = r"^(?!.*(Karen National|KNU)).*(Myanmar|Burm|army|junta|soldier)"
DKBA = r"Democratic Karen Buddhist|DKBA|militia"
KNU = r"^(?!.*Buddhist).*(Karen|KNU|rebel)"
SEYCHELLES = r"^(?!.*mercenar).*(Seychell|Rene|Mahe|government)"
MERCENARIES = r"mercenar|attacker|sportsm[ae]n|rugby|gunm[ae]n"
SOUTH_AFRICA = r"South Africa|Pretoria|Rhodesia"
SOMALIA = r"^(?!.*(Somaliland|Shabaab|militia)).*(Somali|Mogadishu|Roble)"
KENYA = r"Kenya|Nairobi"
MILITIA = r"militia"
SOMALILAND = r"Somaliland"
SHABAAB = r"Shabaab|Islamist|al-Qaeda|bomber"
ANGUILLA = r"Anguill|Webster|rebel|islander"
ST_KITTS = r"St Kitts|Bradshaw|Federation"

E: dict[str, list[tuple[str, ...]]] = {
    "u01-guardian-cod-war-tensions-with-iceland-1976": [
        # skippers "faced threatening Icelandic gunboats"; the Navy sent in, then withdrawn
        (ICELAND, "opposes", UK + r"|" + BRITISH_FLEET, "*"),
        (UK, "opposes", ICELAND, "?"),
        (UK, "backs", BRITISH_FLEET, "?"),
    ],
    "u02-voa-nigeria-hands-over-bakassi-to-cameroon-2006": [
        # "Under an agreement brokered by the United Nations"
        (UN, "mediates", NIGERIA + r"|" + CAMEROON + r"|Bakassi", "*"),
        (NIGERIA, "opposes", CAMEROON, "?"),
        (CAMEROON, "opposes", NIGERIA, "?"),
        # some residents "have vowed to resist Cameroonian rule"
        (BAKASSI_PEOPLE, "opposes", CAMEROON, "?"),
    ],
    "u04-cbsnews-iran-takes-on-turkey-syria-row-1998": [
        # Kharrazi "on a mediation mission between Syria and Turkey"
        (IRAN, "mediates", TURKEY + r"|" + SYRIA, "*"),
        (EGYPT, "mediates", TURKEY + r"|" + SYRIA, "?"),
        # the ultimatum and "last warning"
        (TURKEY, "opposes", SYRIA, "*"),
        (SYRIA, "opposes", TURKEY, "?"),
        # "what it calls Damascus' backing of Kurdish separatist rebels": Turkey's charge
        (SYRIA, "backs|supplies", KURDS, "by:Turk|Ankara|parliament|."),
        (SYRIA, "backs|supplies", KURDS, "?doubt"),
        (SYRIA, "backs|supplies", KURDS, "?neg"),
        (TURKEY, "opposes", KURDS, "?"),
        (KURDS, "opposes", TURKEY, "?"),
        # Tlas: the alliance of Israel and Turkey "against the Arab nation"
        (ISRAEL + r"|" + TURKEY, "backs", ISRAEL + r"|" + TURKEY, "?doubt"),
        (ISRAEL + r"|" + TURKEY, "opposes", SYRIA + r"|Arab", "?doubt"),
        (US, "mediates", TURKEY + r"|" + SYRIA, "?"),
    ],
    "u05-latimes-india-sends-troops-to-maldives-1988": [
        # Gandhi answered Gayoom's appeal, sending paratroops "to crush the coup attempt"
        (INDIA + r"|" + INDIAN_FORCES, "backs", MALDIVES, "*"),
        (INDIA + r"|" + INDIAN_FORCES, "opposes", COUP, "*"),
        # "mercenary gunmen tried to overthrow the government"
        (COUP, "opposes", MALDIVES, "*"),
        (MALDIVES, "opposes", COUP, "?"),
        # a Sri Lankan officer said Nasir was behind the attempt
        (r"Nasir", "backs|supplies", COUP, "?doubt"),
        (r"Nasir", "opposes", MALDIVES, "?doubt"),
        # London and Washington "had no plans to give military help"
        (r"Brit|London|" + US, "backs|supplies", MALDIVES, "?neg"),
    ],
    "u06-censor-china-condemns-us-arms-sale-to-taiwan": [
        # "We oppose this and have lodged a strong protest with the United States"
        (CHINA, "opposes", US, "*"),
        # "the sale of American weapons to ... Taiwan"
        (US, "supplies|backs", TAIWAN, "*"),
        (CHINA, "opposes", TAIWAN, "?"),
        (US, "backs", TAIWAN, "?neg"),
    ],
    "u07-voa-bhutan-launches-offensive-against-indian-separatists-2003": [
        # "Bhutan's army has launched its first offensive against Indian separatist rebels"
        (BHUTAN, "opposes", ASSAM_REBELS, "*"),
        # "The operation has the support of Indian forces"
        (INDIA, "backs", BHUTAN, "*"),
        (INDIA, "opposes", ASSAM_REBELS, "?"),
        (ASSAM_REBELS, "opposes", INDIA + r"|Assam|Bengal", "?"),
        (ASSAM_REBELS, "opposes", BHUTAN, "?"),
    ],
    "u08-topnews-myanmar-offensive-forces-thousands-to-flee-2009": [
        # "the Myanmar army steps up its assault on the Karen rebels"
        (MYANMAR + r"|" + DKBA, "opposes", KNU, "*"),
        (DKBA, "backs", MYANMAR, "?"),
        (KNU, "opposes", MYANMAR + r"|" + DKBA, "?"),
    ],
    "u10-time-seychelles-coup-attempt-1981": [
        # "mercenaries hired to topple the left-wing government of President Albert Rene"
        (MERCENARIES, "opposes", SEYCHELLES, "*"),
        (SEYCHELLES, "opposes", MERCENARIES, "?"),
        # "It was unclear who put up the money": no backer is the article's fact
        (SOUTH_AFRICA, "backs|supplies", MERCENARIES, "?doubt"),
        (SOUTH_AFRICA, "backs|supplies", MERCENARIES, "?neg"),
        (r"islander|enem", "opposes", SEYCHELLES, "?"),
    ],
    "u11-bloomberg-somalia-accuses-kenya-of-arming-militia-2020": [
        # "Somalia's government accused Kenya of arming a local militia"
        (KENYA, "supplies|backs", MILITIA, "by:Somali|Ministry|government|."),
        (KENYA, "supplies|backs", MILITIA, "?doubt"),
        (KENYA, "supplies|backs", MILITIA, "?neg"),
        (MILITIA + r"|" + KENYA, "opposes", SOMALIA, "?"),
        (SOMALIA, "opposes", KENYA, "?"),
        (KENYA, "backs", SOMALILAND, "?"),
        # Kenya invaded Somalia in 2011 after al-Shabaab's kidnappings
        (KENYA, "opposes", SHABAAB + r"|Somali", "?"),
        (SHABAAB, "opposes", SOMALIA + r"|prime minister|Roble", "?"),
    ],
    "u12-indianexpress-china-lodges-protest-over-sikkim-2017": [
        # China "accused Indian border guards of crossing into its territory"
        (CHINA, "opposes", INDIA, "*"),
        (INDIA, "opposes", CHINA, "?"),
    ],
    "u20-press-uk-troops-head-for-anguilla-1969": [
        # "British paratroops ... apparently to invade the rebel island of Anguilla"
        (UK + r"|paratroop", "opposes", ANGUILLA, "*"),
        (ANGUILLA, "opposes", UK, "?"),
        (ANGUILLA, "opposes", ST_KITTS, "?"),
    ],
    # negatives: shareholders back a brewer's takeover; residents back a station's reopening
    "u13-abc-fosters-shareholders-approve-takeover-2011": [],
    "u19-gazetteandherald-fight-to-reopen-station-continues": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
