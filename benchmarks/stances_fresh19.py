"""Stances on a nineteenth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first eighteen batches (``stances_fresh.py`` to ``stances_fresh18.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty other
queries (five of the fourteen war queries and one of the three negatives gave no news report,
so the three reserves were searched), in wars, sides and wordings none of the eighteen used
(the British files on Israel's jets for Argentina in the Falklands, reported in 2016; China's
denial of Silkworm sales to Iran against America's charge, 1987; a retired Indian air marshal's
book on how Tamil Nadu and then Delhi trained the Tamil militants; the Brotherhood Alliance
taking Laukkai from Myanmar's junta with the NUG-supported People's Defence Force, 2024;
Sudan's letter charging the UAE with backing the RSF, 2024; the Warsaw Pact's invasion of
Czechoslovakia remembered in 2018; the Algerian-led mediation of Mali's peace accord, 2015;
Pakistan rejecting the Afghan army chief's charge that it controls the Taliban, 2013; an
Iranian official denying that Oman mediates between Iran and the United States; South Africa's
SADC incursion into Lesotho against the army's resistance, 1998; ECOMOG against Charles Taylor
and Sierra Leone's junta, 1998; Chad and Sudan blaming each other, and the rebels' call on
France to stop backing Deby, 2008), and two stories that say "support" or "backing" (or, in
the second, "welcomed") with no stance between parties (a village pub, hedgerow grants), where
any claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh19/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh19.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh19" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Armacost|Navy|Administration"
ISRAEL = r"Israel"
ARGENTINA = r"Argentin|Buenos Aires|junta|Galtieri"
UK = r"United Kingdom|\bUK\b|Brit|London|Thatcher|Foreign Office"
CHINA = r"China|Chinese|Beijing|Ma Yuzhen"
IRAN = r"Iran|Tehran|Khomeini"
IRAQ = r"Iraq|Baghdad"
KUWAIT = r"Kuwait"
INDIA = r"India|New Delhi|Delhi|Tamil Nadu|Gandhi|intelligence|Ramachandran|Karunanidhi"
TAMILS = r"Tamil militant|Tamil rebel|LTTE|Tiger|militant|rebel|Tamil group|Tamils"
SRI_LANKA = r"^(?!.*Tamil).*(Sri Lanka|Colombo)"
ALLIANCE = (
    r"Brotherhood|MNDAA|Myanmar National Democratic|Arakan|\bAA\b|Ta'ang|TNLA|alliance|ethnic"
    r"|People's Defence|PDF|rebel"
)
JUNTA = (
    r"^(?!.*(Alliance|Arakan|Ta'ang|Defence Force|National Unity)).*"
    r"(junta|Myanmar|military|Army|Tatmadaw)"
)
NUG = r"National Unity Government|NUG|parallel"
PDF = r"People's Defence|PDF"
UAE = r"United Arab Emirates|\bUAE\b|Emirat|Abu Dhabi|Dubai"
RSF = r"Rapid Support|RSF|paramilitar|Dagalo|Hemedti|Janjaweed|mercenar"
SUDAN = r"^(?!.*(Rapid|RSF|rebel|Darfur)).*(Sudan|Khartoum|Burhan|army|Bashir)"
CHAD = r"^(?!.*(rebel|Alliance|Nouri)).*(Chad|N'Djamena|Deby)"
PACT = r"Warsaw Pact|Soviet|USSR|Moscow|Bulgaria|Hungar|East German|Poland|Polish|troops"
CZECH = r"Czechoslovak|Prague|Dubcek|Czech"
ALGERIA = r"Algeria|Algiers"
MALI = r"^(?!.*(movement|rebel|Tuareg|Azawad|platform)).*(Mali|Bamako)"
MOVEMENTS = r"movement|rebel|Tuareg|Azawad|platform|northern Mali|political-military"
MEDIATORS = (
    ALGERIA + r"|ECOWAS|Economic Community|African Union|\bAU\b|United Nations|\bUN\b"
    r"|European Union|\bEU\b|Islamic Cooperation|OIC|Burkina|Mauritania|Niger|Chad|mediation"
)
PAKISTAN = r"Pakistan|Islamabad|Chaudhry|ISI"
TALIBAN = r"Taliban|militant|insurgent"
AFGHAN = r"^(?!.*Taliban).*(Afghan|Kabul|Karzai|Karimi)"
OMAN = r"Oman|Muscat|bin Alawi|Yusuf"
SA = r"South Africa|Pretoria|SADC|Southern African Development|Mandela|Botswana|task force"
LESOTHO_GOV = (
    r"^(?!.*(Defence Force|opposition|army|soldier)).*"
    r"(Lesotho|Maseru|Mosisili|Congress for Democracy|Letsie)"
)
LDF = r"Lesotho Defence Force|Lesotho army|soldier|mutin|Defence Force|opposition|protest"
ECOMOG = (
    r"ECOMOG|West African|peacekeep|Nigeria|Ghana|Guinea|Gambia|Shelpidi|ECOWAS|force"
    r"|^(?!.*(Koroma|junta|military government)).*Sierra Leone"
)
TAYLOR = r"Taylor|NPFL|National Patriotic|warlord"
SL_JUNTA = r"Koroma|military government|junta|AFRC|troops loyal"
KABBAH = r"Kabbah|militia|Kamajor|ousted|elected government"
CHAD_REBELS = r"rebel|National Alliance|Nouri"
FRANCE = r"France|French|Paris"

E: dict[str, list[tuple[str, ...]]] = {
    "m02-haaretz-israel-sold-arms-argentina-2016": [
        # "Israel sold weapons to Argentina ... the files"; "Israel armed the Argentine junta"
        (ISRAEL, "supplies|backs", ARGENTINA, "*"),
        # "Israel at first denied any part in arming the Argentine military"
        (ISRAEL, "supplies|backs", ARGENTINA, "?neg"),
        (ISRAEL, "supplies|backs", ARGENTINA, "?doubt"),
        (ARGENTINA, "opposes", UK, "?"),
        (UK, "opposes", ARGENTINA, "?"),
        # Israel's argument "that the British armed Arab countries"
        (UK, "supplies|backs", r"Arab", "?doubt"),
    ],
    "m05-latimes-upi-china-stops-silkworm-sales-1987": [
        # "Washington has accused Beijing of supplying Silkworm ... missiles to Iran"
        (CHINA, "supplies|backs", IRAN, "by:" + US + r"|official|analyst"),
        # "China sells no weapons to Iran"; "China has repeatedly denied supplying arms"
        (CHINA, "supplies|backs", IRAN, "?neg"),
        (CHINA, "supplies|backs", IRAN, "?doubt"),
        (IRAN, "opposes", US + r"|" + KUWAIT + r"|shipping|tanker", "?"),
        (IRAN, "opposes", IRAQ, "?"),
        (IRAQ, "opposes", IRAN, "?"),
        (US, "opposes", IRAN, "?"),
    ],
    "m06-sbs-india-trained-tamil-militants-2013": [
        # "the training of Tamil militants began in Tamil Nadu ... with the knowledge and
        # patronage of the Tamil Nadu government"; Delhi's agencies "began their own training"
        (INDIA, "supplies|backs", TAMILS, "*"),
        (TAMILS, "opposes", SRI_LANKA, "?"),
        (SRI_LANKA, "opposes", TAMILS, "?"),
        # "a way to press the Sri Lankan government"
        (INDIA, "opposes", SRI_LANKA, "?"),
    ],
    "m07-trtworld-brotherhood-alliance-takes-laukkai-2024": [
        # "captured a northern town ... another blow to the embattled junta"
        (ALLIANCE, "opposes", JUNTA, "*"),
        # "the People's Defence Force, which is supported by ... the National Unity Government"
        (NUG, "backs|supplies", PDF, "*"),
        (PDF, "opposes", JUNTA, "?"),
        (JUNTA, "opposes", ALLIANCE + r"|" + NUG, "?"),
        (PDF + r"|" + NUG, "backs", ALLIANCE, "?"),
        (ALLIANCE, "backs", PDF, "?"),
    ],
    "m08-wallafricajournal-sudan-accuses-uae-rsf-2024": [
        # "Sudan ... renewed its accusations against the United Arab Emirates ... backing to
        # the Rapid Support Forces"
        (UAE, "supplies|backs", RSF, "by:Sudan|Khartoum|Foreign Ministry|letter|government"),
        (UAE, "supplies|backs", RSF, "?doubt"),
        (UAE, "supplies|backs", RSF, "?neg"),
        # "working with Chad to support the RSF", Sudan's earlier complaint
        (CHAD, "supplies|backs", RSF, "?doubt"),
        (RSF, "opposes", SUDAN, "?"),
        (SUDAN, "opposes", RSF, "?"),
        # "a primary collaborator in the war of aggression against Sudan", Sudan's word
        (UAE, "opposes", SUDAN, "?doubt"),
        (SUDAN, "opposes", UAE, "?"),
    ],
    "m09-praguemonitor-warsaw-pact-invasion-remembered-2018": [
        # "troops from the Soviet Union, Bulgaria, Hungary, East Germany and Poland invaded"
        (PACT, "opposes", CZECH, "*"),
        (CZECH, "opposes", PACT, "?"),
    ],
    "m11-eurasia-mali-parties-sign-algiers-accord-2015": [
        # "an international mediation led by Algeria"
        (ALGERIA, "mediates", MALI + r"|" + MOVEMENTS + r"|Mali|crisis", "*"),
        (MEDIATORS, "mediates", r"Mali|movement|rebel|crisis", "?"),
        (MOVEMENTS, "opposes", MALI, "?"),
        (MALI, "opposes", MOVEMENTS, "?"),
    ],
    "m12-businessstandard-pti-pakistan-rejects-afghan-charge-2013": [
        # "Pakistan today rejected the Afghan army chief's claim that Islamabad controls the
        # Taliban": a denial, and the Afghan charge (the Doha office Pakistan helped open is
        # help to talks, no backing in the war: shown as the article's own fact it is wrong)
        (PAKISTAN, "backs|supplies", TALIBAN, "neg"),
        (PAKISTAN, "backs|supplies", TALIBAN, "?doubt"),
        (TALIBAN, "opposes", AFGHAN + r"|Western|NATO|troops", "?"),
        (AFGHAN, "opposes", TALIBAN, "?"),
        # "fully supported the reconciliation process at the Afghan leaders' request"
        (PAKISTAN, "backs", AFGHAN + r"|reconciliation", "?"),
        (PAKISTAN, "mediates", r".", "?"),
        (PAKISTAN, "opposes", AFGHAN, "?"),
        (AFGHAN, "opposes", PAKISTAN, "?"),
    ],
    "m14-kayhan-official-denies-oman-mediation-2019": [
        # "not meant to mediate between Iran and the United States": no mediation
        (OMAN, "mediates", IRAN + r"|" + US, "?neg"),
        (IRAN, "opposes", US, "?"),
        (US, "opposes", IRAN, "?"),
    ],
    "m18-irishtimes-lesotho-army-resists-sa-incursion-1998": [
        # "South African troops, acting under the Southern African Development Community,
        # entered ... Lesotho"; "made at the request of Lesotho's Prime Minister"
        (SA, "backs|supplies", LESOTHO_GOV, "*"),
        # "met fierce resistance from soldiers of the Lesotho Defence Force"
        (SA, "opposes", LDF, "?"),
        (LDF, "opposes", SA + r"|" + LESOTHO_GOV + r"|troops", "?"),
        (LESOTHO_GOV, "opposes", LDF, "?"),
    ],
    "m19-bbc-ecomog-peacekeeper-or-participant-1998": [
        # "stopping the forces of the warlord Charles Taylor from entering the capital"
        (ECOMOG, "opposes", TAYLOR, "*"),
        (TAYLOR, "opposes", ECOMOG, "?"),
        # "fighting ... between ECOMOG and troops loyal to the military government"
        (ECOMOG, "opposes", SL_JUNTA, "*"),
        (SL_JUNTA, "opposes", ECOMOG + r"|" + KABBAH, "?"),
        # "The Nigerians, backed by the militia loyal to the ousted president"
        (KABBAH, "backs", ECOMOG, "*"),
        (ECOMOG, "backs", KABBAH, "?"),
        # "the UN and the Organisation of African Unity supported it"
        (r"United Nations|\bUN\b|OAU|Organisation of African Unity", "backs", ECOMOG, "?"),
        (KABBAH, "opposes", SL_JUNTA, "?"),
    ],
    "m20-aljazeera-chad-blamed-sudan-attack-2008": [
        # "Khartoum says a village in Darfur has been bombed", by Chad; Chad denies it
        (CHAD, "opposes", SUDAN, "by:Sudan|Khartoum"),
        (CHAD, "opposes", SUDAN, "?neg"),
        # "Chad's defence ministry said Sudan was behind a rebel attack"
        (SUDAN, "backs|supplies", CHAD_REBELS, "by:Chad|ministry|N'Djamena"),
        (SUDAN, "backs|supplies", CHAD_REBELS, "?neg"),
        (SUDAN, "opposes", CHAD, "?doubt"),
        # the rebels' call "on France to stop backing Idriss Deby"
        (FRANCE, "backs|supplies", CHAD, "*"),
        (CHAD_REBELS, "opposes", CHAD, "*"),
        (CHAD, "opposes", CHAD_REBELS + r"|Sudan", "?"),
        (CHAD_REBELS, "opposes", FRANCE, "?"),
        (r"Senegal|Dakar|Wade", "mediates", r".", "?"),
    ],
    # negatives: villagers' pledges "to support the effort" to save a pub; campaigners who
    # "welcomed" hedgerow grants
    "m15-salisburyjournal-villagers-battle-save-pub-2016": [],
    "m17-independent-farmers-offered-cash-hedges-1992": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
