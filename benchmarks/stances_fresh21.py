"""Stances on a twenty-first fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty batches (``stances_fresh.py`` to ``stances_fresh20.py``) have been read; these
stories are real reports found in the team's stored public web pages by twenty other queries
(three of the fourteen war queries and two of the three reserves gave no news report, and two
more gave pages an earlier batch had taken, so the next in rank was read), in wars, sides and
wordings none of the twenty used (Libya's arms for the IRA on the Eksund, 1987; South Africa
against Angola's army at Cuito Cuanavale, recalled; Reagan admitting arms for Iran, 1986;
France's Super Etendards bound for Iraq, 1983; Zimbabwe's troops leaving Congo, 2002; the
American blessing for Qatar's arms to Libya's rebels, told in 2012; Chad's column joining the
French in Mali, 2013; China's ceasefire between Myanmar's army and the ethnic alliance, 2024;
Sudan condemning Kenya for hosting the RSF, 2025; Turkey's Baykar drones for Azerbaijan, 2020;
the Libyan force sent to support Idi Amin against Tanzania, recalled), and three stories that
say "support", "backing" (or, in the first, "help save") with no stance between parties (a
village bus, a skatepark, Christmas lights), where any claim is false (the queries, the rule
and the pages are in ``benchmarks/data/stances_fresh21/QUERIES.md`` and ``README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was written
here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh21.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh21" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Reagan|White House|Obama|CIA|Carter"
LIBYA = r"Libya|Qaddafi|Gaddafi|Tripoli"
IRA = r"Irish Republican Army|\bIRA\b"
UK = r"Brit|United Kingdom|London|Thatcher|Northern Ireland|Foreign Office"
SOUTH_AFRICA = r"South Africa|SADF|Pretoria"
ANGOLA = r"^(?!.*(UNITA|Swapo|SWAPO)).*(Angola|Luanda|FAPLA)"
CUBA = r"Cuba|Havana"
IRAN = r"Iran|Tehran|Khomeini|Vellayati"
IRAQ = r"Iraq|Baghdad|Saddam|Aziz"
FRANCE = r"France|French|Paris|Mitterrand"
ZIMBABWE = r"Zimbabwe|Harare|Mugabe"
CONGO_GOV = r"^(?!.*rebel).*(Congo|Kinshasa|Kabila|government)"
CONGO_REBELS = r"rebel|Congolese rebels"
QATAR = r"Qatar|Doha"
LIBYAN_REBELS = r"rebel|militant|Islamist|opposition|National Transitional|Benghazi"
CHAD = r"Chad|N'Djamena|Deby"
MALI_SIDE = r"^(?!.*Islam).*(Mali|Bamako|France|French|ECOWAS|African)"
ISLAMISTS = r"Islam|militant|jihad|al-Qaida|al Qaeda|AQIM"
CHINA = r"China|Chinese|Beijing|Mao Ning"
MYANMAR_ARMY = r"^(?!.*(Alliance|Liberation|ethnic)).*(Myanmar|Burma|junta|military|Tatmadaw)"
ALLIANCE = r"Alliance|ethnic|Liberation Army|TNLA|Tang|armed groups|rebel"
KENYA = r"Kenya|Nairobi|Ruto"
RSF = r"Rapid Support|\bRSF\b|Janjaweed|paramilitary"
SUDAN = r"^(?!.*(Rapid|RSF)).*(Sudan|Khartoum|Burhan|Armed Forces|SAF)"
TURKEY = r"Turk|Ankara|Erdogan|Baykar|Bayraktar"
AZERBAIJAN = r"Azerbaijan|Baku|Aliyev"
UGANDA_AMIN = r"^(?!.*(exile|guerrilla)).*(Amin|Uganda|Kampala)"
TANZANIA = r"Tanzania|Nyerere|Dar es Salaam|Msuguri"

E: dict[str, list[tuple[str, ...]]] = {
    "n02-csmonitor-qaddafi-linked-to-ira-arms-shipment-1987": [
        # "behind one of his largest attempts to arm the Irish Republican Army"; the French
        # reports "are well founded"; "Libya's ambassador ... denied"
        (LIBYA, "supplies|backs", IRA + r"|Ireland|Irish", "*"),
        (LIBYA, "supplies|backs", IRA + r"|Ireland|Irish", "?neg"),
        (LIBYA, "supplies|backs", IRA + r"|Ireland|Irish", "?doubt"),
        (LIBYA, "opposes", UK, "?"),
        (IRA, "opposes", UK, "?"),
        (UK + r"|" + FRANCE + r"|Ireland|Dublin", "opposes", IRA + r"|" + LIBYA, "?"),
        (US, "opposes", LIBYA, "?"),
        (UK, "backs|supplies", US, "?"),
    ],
    "n04-mercury-cuito-cuanavale-battle-recalled": [
        # "the South African Defence Force ... cornered the best Angolan units ... preparing
        # to destroy them"
        (SOUTH_AFRICA, "opposes", ANGOLA + r"|" + CUBA, "*"),
        (ANGOLA + r"|" + CUBA + r"|Swapo|MK", "opposes", SOUTH_AFRICA, "?"),
        (CUBA + r"|Swapo|MK", "backs|supplies", ANGOLA, "?"),
    ],
    "n05-time-reagan-admits-sending-arms-to-iran-1986": [
        # "admitted that the United States sent arms to Iran"
        (US, "supplies|backs", IRAN, "*"),
    ],
    "n06-csmonitor-french-jets-may-escalate-iran-iraq-war-1983": [
        # the jets "expected to leave a French naval base for Iraq any day now": a sale under
        # way, told as still to come
        (FRANCE, "supplies|backs", IRAQ, "?"),
        # "the war between Baghdad and Tehran"
        (IRAQ + r"|" + IRAN, "opposes", IRAQ + r"|" + IRAN, "*"),
        (US, "opposes", IRAN, "?"),
        (US, "opposes", FRANCE, "?"),
        (IRAQ, "opposes", UK, "?"),
    ],
    "n07-chicagotribune-zimbabwe-begins-pulling-out-troops-2002": [
        # "Zimbabwe, Angola and Namibia sent troops to support the government"
        (ZIMBABWE, "backs|supplies", CONGO_GOV, "*"),
        (ZIMBABWE, "backs|supplies", CONGO_GOV, "?neg"),
        (r"Angola", "backs|supplies", CONGO_GOV, "*"),
        (r"Namibia", "backs|supplies", CONGO_GOV, "*"),
        # "Rwanda and Uganda sent troops to back Congolese rebels"
        (r"Rwanda", "backs|supplies", CONGO_REBELS, "*"),
        (r"Uganda", "backs|supplies", CONGO_REBELS, "*"),
        (CONGO_REBELS, "opposes", CONGO_GOV, "?"),
        (r"Rwanda|Uganda", "opposes", CONGO_GOV + r"|Zimbabwe", "?"),
        (CONGO_GOV + r"|Zimbabwe", "opposes", r"Rwanda|Uganda|" + CONGO_REBELS, "?"),
    ],
    "n08-salon-us-approved-qatar-arms-for-libyan-rebels-2012": [
        # "secretly approved shipments of arms from Qatar to the Libyan rebels", the Times's
        # report and the article's own
        (QATAR, "supplies|backs", LIBYAN_REBELS + r"|Libya", "*"),
        (US, "backs|supplies", LIBYAN_REBELS + r"|" + QATAR, "?"),
        (QATAR, "supplies|backs", r"Syria|rebel", "?"),
        (LIBYAN_REBELS, "opposes", r"Gaddafi|Qaddafi", "?"),
    ],
    "n09-armyrecognition-chadian-soldiers-join-french-in-mali-2013": [
        # Chad's column "heading north to join the French and African forces fighting to free
        # northern Mali from armed Islamic groups"; "to support the French and Malian troops"
        (CHAD, "backs|supplies", MALI_SIDE, "*"),
        (CHAD, "opposes", ISLAMISTS, "?"),
        (MALI_SIDE, "opposes", ISLAMISTS, "?"),
        (r"France|French|ECOWAS|African", "backs|supplies", r"Mali|Bamako", "?"),
        (ISLAMISTS, "opposes", MALI_SIDE + r"|" + CHAD, "?"),
        (CHAD, "opposes", LIBYA, "?"),
        (LIBYA, "opposes", CHAD, "?"),
    ],
    "n11-theworldmonitor-china-facilitates-myanmar-ceasefire-2024": [
        # "talks ... with China's mediation"; "China ... had facilitated an immediate
        # ceasefire"
        (CHINA, "mediates", MYANMAR_ARMY + r"|" + ALLIANCE + r"|.", "*"),
        (ALLIANCE, "opposes", MYANMAR_ARMY, "?"),
        (MYANMAR_ARMY, "opposes", ALLIANCE, "?"),
    ],
    "n12-truthwavetv-sudan-slams-kenya-for-hosting-rsf-2025": [
        # "accused Kenya of complicity in the war crimes committed by the RSF militia";
        # "endorsing terrorism"
        (KENYA, "backs|supplies", RSF, "by:Sudan|Khartoum|ministry|government"),
        (KENYA, "backs|supplies", RSF, "?doubt"),
        (KENYA, "backs|supplies", RSF, "?neg"),
        (SUDAN, "opposes", KENYA + r"|" + RSF, "?"),
        (RSF, "opposes", SUDAN, "?"),
        (KENYA, "opposes", SUDAN, "?doubt"),
    ],
    "n13-albawaba-turkish-drones-for-azerbaijan-2020": [
        # "Baykar ... has been supplying fighters in ... Azerbaijan"; "Azerbaijan had bought
        # Turkish-made drones"
        (TURKEY, "supplies|backs", AZERBAIJAN, "*"),
        (TURKEY, "supplies|backs", r"Libya|Iraq|Syria|fighter", "?"),
        (AZERBAIJAN, "opposes", r"Armenia|Karabakh", "?"),
    ],
    # negatives: villagers' campaign to save a bus; skaters' supporters; businesses that do not
    # "support the lights"
    "n15-ledburyreporter-campaigners-fight-to-save-bus-service": [],
    "n16-oxfordmail-skaters-win-skatepark-approval": [],
    "n17-northernecho-businesses-snub-christmas-lights": [],
    "n20-monitor-libyan-force-sent-to-support-amin": [
        # "the Libyan force sent to support Amin against the invading Tanzanian troops"
        (LIBYA, "backs|supplies", UGANDA_AMIN, "*"),
        (LIBYA, "opposes", TANZANIA, "?"),
        # "overthrown by the Tanzanian army together with armed Ugandan groups"
        (TANZANIA, "opposes", UGANDA_AMIN, "*"),
        (UGANDA_AMIN, "opposes", TANZANIA, "?"),
        (r"exile|guerrilla|Ugandan groups", "opposes", UGANDA_AMIN + r"|" + TANZANIA, "?"),
        (TANZANIA, "backs|supplies", r"exile|guerrilla|Ugandan groups", "?"),
    ],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
