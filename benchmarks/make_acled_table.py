"""Make an ACLED-style event table of N rows, synthetic but plausible, for import tests and for
measuring the app on large layers (100,000 events and more).

Places are real: towns and cities of countries at war in the last decades, with their
coordinates, from the app's own gazetteer (geodata/build/gazetteer.sqlite, GeoNames, CC BY 4.0),
and the countries' own points for rows located only to a region. Dates, event types, actors and
notes are drawn at random (reproducibly, from --seed) in ACLED's column layout; nothing in the
table is a real event.

    .venv/bin/python benchmarks/make_acled_table.py --rows 5000 -o /tmp/acled.csv --seed 1
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "geodata" / "build" / "gazetteer.sqlite"
COORD_SCALE = 100_000  # the gazetteer keeps degrees as integers

COUNTRIES = {  # ISO alpha-2 -> forces named as ACLED names them
    "SY": ("Military Forces of Syria (2000-2024)", "Hayat Tahrir al-Sham",
           "Syrian Democratic Forces"),
    "UA": ("Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)", None),
    "YE": ("Military Forces of Yemen (2017-)", "Houthi Movement",
           "Southern Transitional Council"),
    "LY": ("Libyan National Army", "Government of National Unity", None),
    "IQ": ("Military Forces of Iraq (2022-)", "Islamic State (Iraq)",
           "Popular Mobilization Forces"),
    "SD": ("Military Forces of Sudan (2019-)", "Rapid Support Forces", None),
    "ML": ("Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims", None),
    "SO": ("Military Forces of Somalia (2022-)", "Al Shabaab", None),
    "AF": ("Taliban", "Islamic State Khorasan Province", None),
    "MM": ("Military Forces of Myanmar (2021-)", "PDF: People's Defense Force", "Arakan Army"),
    "NG": ("Military Forces of Nigeria (2015-2023)", "Boko Haram - Jamaatu Ahli is-Sunnah", None),
    "CD": ("Military Forces of the Democratic Republic of Congo (2019-)",
           "M23: March 23 Movement", None),
    "ET": ("Military Forces of Ethiopia (2018-)", "Fano Militia", None),
    "BF": ("Military Forces of Burkina Faso (2022-)",
           "JNIM: Group for Support of Islam and Muslims", None),
}  # fmt: skip
# (event_type, sub_event_type, note) in rough ACLED proportions; {a} acts on {b} at {p}
KINDS = [
    ("Battles", "Armed clash", "{a} clashed with {b} near {p}."),
    ("Battles", "Armed clash", "Fighting between {a} and {b} was reported in {p}."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack",
     "{a} shelled positions of {b} in {p}."),
    ("Explosions/Remote violence", "Air/drone strike",
     "{a} carried out a drone strike on {b} in {p}."),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED",
     "An IED planted by {a} hit a vehicle of {b} in {p}."),
    ("Violence against civilians", "Attack", "{a} attacked civilians in {p}."),
    ("Violence against civilians", "Abduction/forced disappearance",
     "{a} abducted residents of {p}."),
    ("Protests", "Peaceful protest", "Residents of {p} protested against rising prices."),
    ("Riots", "Violent demonstration", "Protesters clashed with police in {p}."),
    ("Strategic developments", "Agreement",
     "{a} and {b} agreed on a local truce around {p}."),
    ("Strategic developments", "Headquarters or base established",
     "{a} set up a base in {p}."),
]  # fmt: skip
SOURCES = ["Reuters", "AFP", "Al Jazeera", "BBC Monitoring", "Local media", "AP", "Xinhua",
           "The New Arab", "Kyiv Independent", "Radio Dabanga", "Sahara Reporters"]  # fmt: skip
COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "region",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities",
]  # fmt: skip


def places(conn: sqlite3.Connection) -> dict[str, tuple[str, list[tuple]]]:
    """Country code -> (country name and point, its towns with their admin-1 and points)."""
    out = {}
    for code in COUNTRIES:
        country = conn.execute(
            "SELECT name, lat, lon FROM entries WHERE kind = 'country' AND country = ?", (code,)
        ).fetchone()
        towns = conn.execute(
            "SELECT name, admin1, lat, lon FROM entries WHERE kind = 'city' AND country = ?"
            " AND population >= 5000 ORDER BY population DESC LIMIT 300",
            (code,),
        ).fetchall()
        if country and towns:
            out[code] = (country, towns)
    return out


def rows(n: int, seed: int, known: dict) -> list[dict]:
    rng = random.Random(seed)
    codes = sorted(known)
    weights = [len(known[c][1]) for c in codes]
    start = date(2018, 1, 1)
    span = (date(2024, 12, 31) - start).days
    out = []
    for i in range(n):
        code = rng.choices(codes, weights)[0]
        (country, clat, clon), towns = known[code]
        # big towns are reported more often
        name, _admin1, lat, lon = towns[min(int(rng.paretovariate(1.2)) - 1, len(towns) - 1)]
        forces = [f for f in COUNTRIES[code] if f]
        event_type, sub_type, note = rng.choice(KINDS)
        a = rng.choice(forces)
        b = rng.choice([f for f in forces if f != a] or [f"Civilians ({country})"])
        if event_type in ("Protests", "Riots"):
            a, b = (
                f"Protesters ({country})",
                f"Police Forces of {country}" if event_type == "Riots" else "",
            )
        if sub_type in ("Attack", "Abduction/forced disappearance"):
            b = f"Civilians ({country})"
        precision = rng.choices(["1", "2", "3"], [70, 20, 10])[0]
        if precision == "3":  # known only to the country: its point
            lat, lon, location = clat, clon, country
        else:
            jitter = 0.02 if precision == "1" else 0.15
            lat += rng.uniform(-jitter, jitter) * COORD_SCALE
            lon += rng.uniform(-jitter, jitter) * COORD_SCALE
            location = name
        when = start + timedelta(days=rng.randrange(span))
        time_precision = rng.choices(["1", "2", "3"], [85, 10, 5])[0]
        sources = rng.sample(SOURCES, rng.choice([1, 1, 2]))
        out.append(
            {
                "event_id_cnty": f"{code}{i + 1:06d}",
                "event_date": when.isoformat(),
                "year": when.year,
                "time_precision": time_precision,
                "disorder_type": "Demonstrations" if event_type in ("Protests", "Riots")
                else "Political violence",
                "event_type": event_type,
                "sub_event_type": sub_type,
                "actor1": a,
                "assoc_actor_1": "",
                "actor2": b,
                "assoc_actor_2": "",
                "iso": code,
                "region": "",
                "country": country,
                "admin1": "",  # the gazetteer has admin-1 codes, not names
                "location": location,
                "latitude": f"{lat / COORD_SCALE:.4f}",
                "longitude": f"{lon / COORD_SCALE:.4f}",
                "geo_precision": precision,
                "source": "; ".join(sources),
                "notes": f"On {when:%d %B %Y}, " + note.format(a=a, b=b or "unknown forces",
                                                              p=location),
                "fatalities": rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12]),
            }
        )  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True, help="number of events")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the CSV to write")
    parser.add_argument("--seed", type=int, default=0, help="the same seed, the same table")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    if not GAZETTEER.exists():
        print(f"no gazetteer at {GAZETTEER}: run scripts/setup.sh first", file=sys.stderr)
        return 1
    conn = sqlite3.connect(f"{GAZETTEER.as_uri()}?mode=ro", uri=True)
    try:
        known = places(conn)
    finally:
        conn.close()
    table = rows(args.rows, args.seed, known)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(table)
    print(f"{args.output}: {len(table)} events in {len(known)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
