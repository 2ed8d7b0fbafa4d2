"""Stances on an eighteenth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first seventeen batches (``stances_fresh.py`` to ``stances_fresh17.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty other
queries (four of the fourteen war queries and two of the three reserves gave no news report), in
wars, sides and wordings none of the seventeen used (RFI asking whether France armed Biafra,
recalled in 2017; France's supplies parachuted to the forces fighting Libya in Chad in 1986;
Algeria recalling its ambassador over Spain's backing of Morocco's plan for the Western Sahara
in 2022; Peru's mediation between Britain and Argentina in 1982, recalled in 2012; the Saudi
money for the Bosnian Moslems' arms and the American denials in 1996; Zimbabwe's, Angola's and
Namibia's troops for Kabila and his charge against Rwanda and Uganda in 1998; East Timor's
defeated militias and their Indonesian patrons in 1999; Colombia accusing Chavez of
bankrolling the Farc in 2008; the Navy's seizure of Iranian missiles bound for the Huthis in
2020; the Kenyan-led mission fighting Haiti's gangs in 2024; the Nkomati accord and South
Africa's support for Renamo, 1985), and three stories that say "backing", "backed" or
"support" (or, in the second, nothing of the kind) with no stance between parties (a football
manager, a cycle lane, a carers' charity), where any claim is false (the queries, the rule and
the pages are in ``benchmarks/data/stances_fresh18/QUERIES.md`` and ``README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was written
here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh18.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh18" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Reagan|Clinton|Haig|Navy|CENTCOM"
FRANCE = r"France|French|Paris"
BIAFRA = r"Biafra|Eastern Region|Igbo|breakaway|secession"
NIGERIA = r"^(?!.*Biafra).*(Nigeria|Lagos|Federal)"
CHAD = r"Chad|Habre|Tibesti|forces|N'Djamena"
LIBYA = r"Libya|Tripoli|Gaddafi|Qaddafi"
ALGERIA = r"Algeria|Algiers"
SPAIN = r"Spain|Spanish|Madrid"
MOROCCO = r"Morocc|Rabat"
POLISARIO = r"Polisario|Sahrawi|Western Sahara|independence movement"
PERU = r"Peru|Lima|Belaunde"
UK = r"United Kingdom|\bUK\b|Brit|London|Thatcher|Pym"
ARGENTINA = r"Argentin|Buenos Aires|Galtieri|Malvinas"
SAUDI = r"Saudi|Riyadh"
BOSNIA = r"Bosnia|Moslem|Muslim|Sarajevo|Izetbegovic"
AFGHAN_FIGHTERS = r"anti-Soviet|Moslem fighters|Mujahid|mujahed|Afghan"
KABILA = r"Kabila|Congo|Kinshasa|forces|government"
CONGO_REBELS = r"rebel|Rally|RCD|insurrection|Tutsi|Banyamulenge"
RWANDA = r"Rwanda|Kigali|Kagame"
UGANDA = r"Uganda|Kampala|Museveni"
ZIMBABWE = r"Zimbabwe|Harare|Mugabe"
ANGOLA = r"Angola|Luanda"
NAMIBIA = r"Namibia|Windhoek|Nujoma"
INDONESIA = r"Indonesia|Jakarta|TNI|ABRI"
MILITIA = r"militia|pro-integration|integration|Forum for National Unity|Araujo"
TIMOR_INDEP = r"Fretilin|independence|East Timor|Timor-Leste|Falintil"
VENEZUELA = r"Venezuela|Caracas|Chavez|Chávez|Carrizalez"
FARC = r"Farc|FARC|Revolutionary Armed Forces|guerrilla|rebel|Reyes"
COLOMBIA = r"^(?!.*(Farc|FARC|Revolutionary Armed)).*(Colombia|Bogota|Uribe|Naranjo)"
ECUADOR = r"Ecuador|Quito|Correa"
IRAN = r"Iran|Tehran"
HOUTHIS = r"Huthi|Houthi|Ansar Allah|rebel"
SAUDI_SIDE = SAUDI + r"|coalition"
KENYA = r"Kenya|Nairobi|mission|Multinational Security|MSS|police|force"
GANGS = r"gang|Viv Ansanm|Cherizier|Barbecue"
HAITI = r"^(?!.*gang).*(Haiti|Port-au-Prince)"
UN = r"United Nations|\bU\.?N\.?\b|Security Council"
SOUTH_AFRICA = r"South Africa|Pretoria|Botha|Malan"
RENAMO = r"Renamo|RENAMO|Mozambique National Resistance|MNR|rebel"
MOZAMBIQUE = r"^(?!.*(Renamo|RENAMO|Resistance|rebel)).*(Mozambi|Maputo|Machel|Frelimo|government)"
ANC = r"African National Congress|\bANC\b|guerrilla"

E: dict[str, list[tuple[str, ...]]] = {
    "k01-allafrica-rfi-france-armed-biafra-2017": [
        # the headline asks; "France is reported to have been involved in Biafra's attempt"
        (FRANCE, "supplies|backs", BIAFRA, "?"),
        (NIGERIA, "opposes", BIAFRA, "?"),
        (BIAFRA, "opposes", NIGERIA, "?"),
    ],
    "k03-latimes-france-drops-supplies-chad-1986": [
        # "France dropped several tons of supplies by parachute to hard-pressed forces fighting
        # Libyan armored columns"
        (FRANCE, "supplies|backs", CHAD, "*"),
        (CHAD, "opposes", LIBYA, "?"),
        (LIBYA, "opposes", CHAD, "?"),
        (FRANCE, "opposes", LIBYA, "?"),
        # "it will not support any attempt to reconquer the north"
        (FRANCE, "backs|supplies", CHAD, "?neg"),
    ],
    "k04-ktvz-ap-algeria-recalls-envoy-spain-2022": [
        # "the Polisario Front independence movement, which Algeria backs"
        (ALGERIA, "backs|supplies", POLISARIO, "*"),
        # "Madrid's backing of a Moroccan plan"; "Spain backed a Moroccan proposal"
        (SPAIN, "backs", MOROCCO, "?"),
        (ALGERIA, "opposes", SPAIN + r"|" + MOROCCO, "?"),
        (MOROCCO, "opposes", POLISARIO, "?"),
        (POLISARIO, "opposes", MOROCCO, "?"),
    ],
    "k05-mercopress-peruvian-exocet-connection-2012": [
        # "ready to attempt a peace deal between Argentina and the UK"; Haig's "attempt to
        # mediate between the UK and Argentina"
        (PERU, "mediates", UK + r"|" + ARGENTINA + r"|Falkland", "*"),
        (US, "mediates", UK + r"|" + ARGENTINA + r"|Falkland", "?"),
        (PERU, "backs", ARGENTINA, "?"),
        (UK, "opposes", ARGENTINA, "?"),
        (ARGENTINA, "opposes", UK, "?"),
        (US, "backs", UK, "?"),
    ],
    "k07-moscowtimes-saudis-arm-bosnian-moslems-1996": [
        # "Saudi Arabia funded a covert operation ... to channel weapons to the Moslem-led
        # government", according to an official
        (SAUDI, "supplies|backs", BOSNIA, "*"),
        # the Saudi claim of American cooperation, denied by U.S. officials
        (US, "supplies|backs", BOSNIA, "?neg"),
        (US, "supplies|backs", BOSNIA, "?doubt"),
        # the Afghan war of the 1980s, not Bosnia's
        (SAUDI, "supplies|backs", AFGHAN_FIGHTERS, "?"),
        (AFGHAN_FIGHTERS, "opposes", r"Soviet", "?"),
        (r"Serb|Yugoslav", "opposes", BOSNIA, "?"),
    ],
    "k08-latimes-kabila-asks-nations-help-1998": [
        # "Zimbabwe, Angola and Namibia have sent troops to help Kabila's forces"
        (ZIMBABWE, "backs|supplies", KABILA, "*"),
        (ANGOLA, "backs|supplies", KABILA, "*"),
        (NAMIBIA, "backs|supplies", KABILA, "*"),
        # "Kabila has accused Rwanda and Uganda of supporting the Congolese rebels"
        (RWANDA, "backs|supplies", CONGO_REBELS, "by:Kabila|Congo"),
        (UGANDA, "backs|supplies", CONGO_REBELS, "by:Kabila|Congo"),
        (RWANDA + r"|" + UGANDA, "backs|supplies", CONGO_REBELS, "?"),
        # "accusing Rwanda and Uganda of invading his country"
        (RWANDA + r"|" + UGANDA, "opposes", KABILA, "?"),
        (CONGO_REBELS, "opposes", KABILA, "?"),
        (
            KABILA + r"|" + ZIMBABWE + r"|" + ANGOLA + r"|" + NAMIBIA,
            "opposes",
            CONGO_REBELS + r"|" + RWANDA + r"|" + UGANDA,
            "?",
        ),
        (UN + r"|Annan", "mediates", r".", "?"),
    ],
    "k10-scmp-etan-militias-vow-to-rise-1999": [
        # "patrons in the Indonesian administration" paid their way
        (INDONESIA, "backs|supplies", MILITIA, "?"),
        (MILITIA, "opposes", TIMOR_INDEP, "?"),
        (TIMOR_INDEP, "opposes", INDONESIA + r"|" + MILITIA, "?"),
        # the Portuguese colonial wars between clans, not 1999's
        (r"Portug", "backs", r"leader|clan|tribe", "?"),
    ],
    "k11-guardian-colombia-accuses-chavez-farc-2008": [
        # "Colombia accused Chavez of bankrolling the ... Farc"; "Chavez paid $300m"
        (VENEZUELA, "supplies|backs", FARC, "by:Colombia|Bogota|Naranjo|police"),
        (VENEZUELA, "supplies|backs", FARC, "?neg"),
        (VENEZUELA, "supplies|backs", FARC, "?doubt"),
        # "bombing a Farc camp ... killing 17 rebels"
        (COLOMBIA, "opposes", FARC, "*"),
        (FARC, "opposes", COLOMBIA, "?"),
        # "Farc had given money to Chavez", claimed by Bogota
        (FARC, "supplies|backs", VENEZUELA, "?"),
        (VENEZUELA + r"|" + ECUADOR, "opposes", COLOMBIA, "?"),
        (COLOMBIA, "opposes", VENEZUELA + r"|" + ECUADOR, "?"),
    ],
    "k12-rferl-navy-seizes-iranian-weapons-huthis-2020": [
        # "The Iran-backed Huthis"; weapons of Iranian make "meant for the Huthi rebels"
        (IRAN, "supplies|backs", HOUTHIS, "*"),
        (IRAN, "supplies|backs", HOUTHIS, "?"),
        # "have been fighting Saudi Arabia's forces in Yemen"
        (HOUTHIS, "opposes", SAUDI_SIDE, "*"),
        (SAUDI_SIDE, "opposes", HOUTHIS, "?"),
        (US, "opposes", IRAN + r"|" + HOUTHIS, "?"),
    ],
    "k13-localnews8-ap-kenyan-mission-fights-gangs-2024": [
        # "the Kenyans drove back heavily armed gangs"; deployed "to help quell gang violence"
        (KENYA, "opposes", GANGS, "*"),
        (GANGS, "opposes", KENYA + r"|" + HAITI, "?"),
        # "the United Nations-backed force"
        (UN, "backs", KENYA, "?"),
        (KENYA, "backs", HAITI, "?"),
        (HAITI, "opposes", GANGS, "?"),
    ],
    "k20-csmonitor-nkomati-accord-disappointment-1985": [
        # "the violence of the Renamo rebel movement ... against the Maputo government"
        (RENAMO, "opposes", MOZAMBIQUE, "*"),
        # "generally regarded as having had major support from South Africa"
        (SOUTH_AFRICA, "backs|supplies", RENAMO, "*"),
        (MOZAMBIQUE, "opposes", RENAMO, "?"),
        (ANC, "opposes", SOUTH_AFRICA, "?"),
        (SOUTH_AFRICA, "opposes", ANC + r"|" + MOZAMBIQUE, "?"),
        (US, "backs|mediates", SOUTH_AFRICA + r"|" + MOZAMBIQUE, "?"),
    ],
    # negatives: fans' protest against a football manager and "full backing from the owners";
    # a committee's cycle lane; a charity's funding "to boost support" for carers
    "k15-soccernews-kean-ignores-blackburn-protest-2011": [],
    "k16-bbc-brighton-cycle-lane-redesign-2023": [],
    "k17-rooftop-carers-trust-funding-boost-2021": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
