"""Stances on a thirtieth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-nine batches (``stances_fresh.py`` to ``stances_fresh29.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty-nine
queries (of the twelve war queries six gave no news report, so the reserves and three addenda
of reserves were searched until twelve war stories were held), in wars, sides and wordings none
of the twenty-nine used (Britain's war on the Mau Mau in Kenya, 1950s; the Turkish
nationalists' victory over Greece at Smyrna, 1922; the Leticia war of Colombia and Peru, 1933;
Japan's clash with China at the Marco Polo Bridge, 1937; the Viet Minh's siege of Dien Bien
Phu, 1954; Pancho Villa's raid on Columbus, 1916; the Six-Day war's first day, 1967; Iraq's
invasion of Kuwait, 1990; Germany's attack on Poland, 1939; Japan's torpedo boats at Port
Arthur, 1904; Italy's invasion of Albania, 1939; the Soviet attack on Japan's army in
Manchuria, 1945), and two stories that say "back" with no stance between parties, or no
stance word at all (shareholders backing a takeover, a state's money for a town's library),
where any claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh30/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh30.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh30" / "docs"
BRITAIN = (
    r"^(?!.*Mau).*(Brit|\bU\.?K\.?\b|London|Lancashire|\bKAR\b|Kenya|Home Guard|soldier"
    r"|troops|[Aa]skari|police)"
)
MAU_MAU = r"Mau Mau|rebel|Kikuyu|gang|insurg"
TURKEY = r"^(?!.*Gree).*(Turk|nationalist|Kemal|Ataturk|Ankara|Ottoman)"
GREECE = r"^(?!.*Turk).*(Gree|Athens)"
ALLIES = r"Allied|Allies|Brit|\bU\.?K\.?\b|London"
COLOMBIA = r"^(?!.*Peru).*(Colombia|Bogota|Vasquez|Cordoba)"
PERU = r"^(?!.*Colombia).*(Peru|Lima|Iquitos|Maurtua)"
JAPAN = r"^(?!.*(Chin|Soviet|Russia|Korea)).*(Japan|Tokyo|Tokio|Togo|Kwantung)"
CHINA = r"^(?!.*Japan).*(Chin|Peiping|Beijing|Peking)"
FRANCE = r"^(?!.*Viet).*(Fran|Fren|Paris|Castries|Piroth|paratroop|parachut)"
VIET_MINH = r"Viet Minh|Vietminh|Vietnam|Ho Chi Minh|Giap"
VILLA = r"Villa|bandit|raider|revolutionar"
US = (
    r"^(?!.*(Villa|Iraq|Soviet)).*(\bU\.?S\.?\b|United States|America|Wilson|Washington"
    r"|Cavalry|Columbus)"
)
CARRANZA = r"Carranza|Mexican government"
ISRAEL = r"^(?!.*(Egypt|Syria|Jordan|Arab)).*(Israel|Eshkol|Jerusalem|Tel Aviv)"
EGYPT = r"^(?!.*Israel).*(Egypt|Cairo|Nasser|United Arab Republic)"
SYRIA = r"^(?!.*Israel).*(Syria|Damascus)"
ARAB_STATES = r"^(?!.*Israel).*(Arab|Jordan|Amman|Syria|Egypt)"
IRAQ = r"^(?!.*Kuwait).*(Iraq|Saddam|Baghdad)"
KUWAIT = r"^(?!.*Iraq).*(Kuwait|Jaber|emir)"
UN = r"United Nations|\bU\.?N\.?\b|Security Council"
GERMANY = r"^(?!.*Pol).*(German|Nazi|Berlin|Reich|Hitler)"
POLAND = r"^(?!.*German).*(Pol|Warsaw|Wielun|Danzig|Gdansk)"
RUSSIA = r"^(?!.*Japan).*(Russia|Soviet|Red Army|Moscow|U\.?S\.?S\.?R|Czar|Tsar|Port Arthur)"
ITALY = r"^(?!.*Albania).*(Ital|Mussolini|Rome|Victor Emmanuel)"
ALBANIA = r"^(?!.*Ital).*(Albania|Zog|Tirana)"

E: dict[str, list[tuple[str, ...]]] = {
    "m02-dailymail-british-soldiers-against-the-mau-mau": [
        # "British soldiers at work putting down the Mau Mau rebellion"
        (BRITAIN, "opposes", MAU_MAU, "*"),
        # the rebels "lay in wait to ambush them"
        (MAU_MAU, "opposes", BRITAIN, "?"),
    ],
    "m03-yahoo-turkey-wins-war-with-greece-1922": [
        # "Turkish nationalists ended their three-year war with Greece by taking Smyrna"
        (TURKEY, "opposes", GREECE, "*"),
        (GREECE, "opposes", TURKEY, "?"),
        # land "that Greece had seized, with British backing"
        (ALLIES, "backs", GREECE, "*"),
        (ALLIES, "opposes", TURKEY, "?"),
        # accused of starting the fire to drive the minorities out
        (TURKEY, "opposes", r"Armenian|Greek|minorit", "?"),
    ],
    "m04-eveningpost-war-on-the-amazon-colombia-and-peru-1933": [
        # "Peruvian aeroplanes had bombed the Colombian gunboat Cordoba"
        (PERU, "opposes", COLOMBIA, "*"),
        # "fighting broke out between Colombian and Peruvian forces"
        (COLOMBIA, "opposes", PERU, "*"),
    ],
    "m05-eblnews-remembering-the-sino-japanese-war-80-years-on": [
        # "Japanese soldiers provoked a clash with Chinese forces"; "the Japanese invasion"
        (JAPAN, "opposes", CHINA, "*"),
        (CHINA, "opposes", JAPAN, "?"),
    ],
    "m06-ibtimes-vietnam-marks-60-years-since-dien-bien-phu-2014": [
        # "Viet Minh forces overran the French garrison"
        (VIET_MINH, "opposes", FRANCE, "*"),
        (FRANCE, "opposes", VIET_MINH, "?"),
    ],
    "m10-dailybeast-when-terrorists-first-attacked-the-us-2016": [
        # Villa's men "fell on Columbus, New Mexico"
        (VILLA, "opposes", US, "*"),
        (US, "opposes", VILLA, "?"),
        # "the Wilson administration had formally backed his chief political rival ... Carranza"
        (US, "backs", CARRANZA, "*"),
        (VILLA, "opposes", CARRANZA, "?"),
    ],
    "m15-washingtonpost-israel-claims-major-land-and-air-gains-1967": [
        # "The Israelis also pushed into Egyptian territory"; jets bombed airfields in Egypt
        (ISRAEL, "opposes", EGYPT, "*"),
        # Egypt's "armour had thrust into Israel" (Egypt's claim)
        (EGYPT, "opposes", ISRAEL, "*"),
        # jets "bombed and strafed airfields in Syria, Jordan and Egypt"
        (ISRAEL, "opposes", SYRIA, "*"),
        (ISRAEL, "opposes", ARAB_STATES, "?"),
        (ARAB_STATES, "opposes", ISRAEL, "?"),
        # "was said to be receiving 43 more of them, flown in from its ally Algeria"
        (r"Algeria", "supplies|backs", EGYPT, "?"),
        (r"Russia|Soviet", "supplies", EGYPT, "?"),
        (r"Fran|Fren", "supplies", ISRAEL, "?"),
        (r"U\.?S\.?|Soviet|Russia", "mediates", r".", "?"),
    ],
    "m19-trtworld-thirty-years-after-iraq-invaded-kuwait-2020": [
        # "Saddam sent his army ... into Kuwait"
        (IRAQ, "opposes", KUWAIT, "*"),
        (KUWAIT, "opposes", IRAQ, "?"),
        (r"Arab League|Saudi", "mediates", IRAQ + r"|" + KUWAIT, "?"),
        (UN, "opposes", IRAQ, "?"),
        (US, "opposes", IRAQ, "?"),
        (r"Soviet|Russia|U\.?S\.?S\.?R", "supplies|backs", IRAQ, "?"),
        (IRAQ, "opposes", r"Iran", "?"),
        (r"Saudi", "backs", KUWAIT, "?"),
    ],
    "m20-dw-what-happened-on-1-september-1939": [
        # "Nazi Germany attacked Poland without declaring war"
        (GERMANY, "opposes", POLAND, "*"),
        (POLAND, "opposes", GERMANY, "?"),
    ],
    "m24-rensselaerrepublican-tells-of-port-arthur-fight-1904": [
        # torpedo boats "sank two battleships and a cruiser"; Togo "opened fire"
        (JAPAN, "opposes", RUSSIA, "*"),
        (RUSSIA, "opposes", JAPAN, "?"),
    ],
    "m25-voxnews-84-years-ago-italy-invaded-albania-2023": [
        # "Italy invaded Albania on 7 April 1939"
        (ITALY, "opposes", ALBANIA, "*"),
        (ALBANIA, "opposes", ITALY, "?"),
        (GERMANY, "opposes", r"Czech", "?"),
    ],
    "m30-moscowtimes-a-soviet-push-helped-force-japan-to-surrender": [
        # "the Soviet attack"; "the Red Army's lightning advance through Manchuria"
        (RUSSIA, "opposes", JAPAN, "*"),
        (JAPAN, "opposes", RUSSIA, "?"),
        (r"Communist", "opposes", r"Nationalist", "?"),
        (r"Nationalist", "opposes", r"Communist", "?"),
        (r"America|\bU\.?S\.?\b|United States|Anglo", "opposes", JAPAN, "?"),
        (RUSSIA, "opposes", r"German|Nazi", "?"),
    ],
    # negatives: shareholders back a takeover; a state's money for a town's library
    "m13-investmentobserver-takeda-shareholders-approve-shire-takeover-2018": [],
    "m14-ajc-state-funds-to-expand-braselton-library-2021": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
