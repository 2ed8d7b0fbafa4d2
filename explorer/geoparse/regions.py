"""Derive the shapes of world regions news names ("Middle East", "Horn of Africa", "Sahel") as
unions of the country outlines the app ships (geodata/basemap/countries.geojson, Natural Earth).

    python -m explorer.geoparse.regions      # writes geodata/curated/macro_regions.geojson

The member lists are general geographic knowledge, each with the definition it follows. A region
drawn as the union of whole countries overstates belts such as the Sahel: its ``precision`` says
so. The output is committed (small, and read by the gazetteer at start-up); rerun this script
when the list or the country outlines change.
"""

from __future__ import annotations

import json
from pathlib import Path

from explorer.paths import geodata_dir

# id, name, aliases, members (ISO 3166-1 alpha-2), definition followed
REGIONS: list[tuple[str, str, list[str], str, str]] = [
    (
        "middle_east",
        "Middle East",
        ["Middle East", "the Middle East", "Mideast", "Mid-East"],
        "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
        "the usual English-language definition (Britannica, 'Middle East'): Egypt, the Levant, "
        "Arabia, Iraq, Iran, Turkey and Cyprus",
    ),
    (
        "horn_of_africa",
        "Horn of Africa",
        ["Horn of Africa", "the Horn of Africa"],
        "DJ ER ET SO",
        "Djibouti, Eritrea, Ethiopia and Somalia (Britannica, 'Horn of Africa')",
    ),
    (
        "sahel",
        "Sahel",
        ["Sahel", "the Sahel"],
        "SN MR ML BF NE TD",
        "the states of the Sahel belt as the G5 Sahel and Senegal; the belt itself is narrower",
    ),
    (
        "balkans",
        "Balkans",
        ["Balkans", "the Balkans", "Western Balkans", "the Western Balkans"],
        "AL BA BG HR XK ME MK RS",
        "the Balkan states as in EU usage (Western Balkans with Croatia and Bulgaria)",
    ),
    (
        "caucasus",
        "Caucasus",
        ["Caucasus", "the Caucasus", "South Caucasus", "the South Caucasus", "Transcaucasia"],
        "AM AZ GE",
        "the South Caucasus states; the North Caucasus is part of Russia and not drawn",
    ),
    (
        "central_asia",
        "Central Asia",
        ["Central Asia"],
        "KZ KG TJ TM UZ",
        "the five post-Soviet Central Asian states",
    ),
    (
        "gulf_states",
        "Gulf states",
        ["Gulf states", "the Gulf states", "Gulf countries", "Gulf monarchies", "GCC states"],
        "BH KW OM QA SA AE",
        "the member states of the Gulf Cooperation Council",
    ),
    (
        "levant",
        "Levant",
        ["Levant", "the Levant"],
        "IL JO LB PS SY",
        "the modern Levant: Syria, Lebanon, Jordan, Israel and the Palestinian territories",
    ),
    (
        "maghreb",
        "Maghreb",
        ["Maghreb", "the Maghreb", "North Africa", "Northern Africa"],
        "DZ LY MA MR TN",
        "the Arab Maghreb Union members",
    ),
    (
        "baltic_states",
        "Baltic states",
        ["Baltic states", "the Baltic states", "Baltics", "the Baltics"],
        "EE LV LT",
        "Estonia, Latvia and Lithuania",
    ),
    (
        "scandinavia",
        "Scandinavia",
        ["Scandinavia"],
        "DK NO SE",
        "Denmark, Norway and Sweden",
    ),
    (
        "southeast_asia",
        "Southeast Asia",
        ["Southeast Asia", "South-East Asia", "South East Asia"],
        "BN KH ID LA MY MM PH SG TH TL VN",
        "the ASEAN members and Timor-Leste",
    ),
    (
        "eastern_europe",
        "Eastern Europe",
        ["Eastern Europe", "eastern Europe", "East Europe"],
        "BY BG CZ HU MD PL RO SK UA",
        "the UN M49 subregion 'Eastern Europe' without Russia, whose outline would stretch it "
        "to the Pacific",
    ),
    (
        "western_europe",
        "Western Europe",
        ["Western Europe", "western Europe"],
        "AT BE FR DE LI LU MC NL CH",
        "the UN M49 subregion 'Western Europe'",
    ),
    (
        "southern_europe",
        "Southern Europe",
        ["Southern Europe", "southern Europe"],
        "AL AD BA HR GR VA IT MT ME MK PT SM RS SI ES",
        "the UN M49 subregion 'Southern Europe'",
    ),
    (
        "northern_europe",
        "Northern Europe",
        ["Northern Europe", "northern Europe"],
        "DK EE FI IS IE LV LT NO SE GB",
        "the UN M49 subregion 'Northern Europe'",
    ),
    (
        "east_asia",
        "East Asia",
        ["East Asia", "Eastern Asia"],
        "CN JP KP KR MN TW",
        "the UN M49 subregion 'Eastern Asia'",
    ),
    (
        "south_asia",
        "South Asia",
        ["South Asia", "Southern Asia"],
        "AF BD BT IN IR MV NP PK LK",
        "the UN M49 subregion 'Southern Asia'",
    ),
    (
        "central_america",
        "Central America",
        ["Central America"],
        "BZ CR SV GT HN MX NI PA",
        "the UN M49 subregion 'Central America' (Mexico included)",
    ),
    (
        "latin_america",
        "Latin America",
        ["Latin America", "Latin America and the Caribbean"],
        "AR BO BR CL CO EC GY PY PE SR UY VE BZ CR SV GT HN MX NI PA "
        "AG BS BB CU DM DO GD HT JM KN LC VC TT PR",
        "the UN M49 region 'Latin America and the Caribbean': its sovereign states and Puerto Rico",
    ),
    (
        "great_lakes_africa",
        "African Great Lakes",
        ["Great Lakes region", "African Great Lakes"],
        "BI CD RW UG TZ",
        "the states of the International Conference on the Great Lakes Region at its core",
    ),
]


def build(out: Path | None = None, tolerance: float = 0.05) -> Path:
    """Write the regions as a GeoJSON FeatureCollection and return its path."""
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    src = geodata_dir() / "basemap" / "countries.geojson"
    countries = {
        f["properties"]["code"]: shape(f["geometry"])
        for f in json.loads(src.read_text(encoding="utf-8"))["features"]
    }
    features = []
    for rid, name, aliases, members, definition in REGIONS:
        codes = members.split()
        missing = [c for c in codes if c not in countries]
        if missing:
            raise KeyError(f"{rid}: no outline for {missing} in {src}")
        union = unary_union([countries[c].buffer(0) for c in codes]).buffer(0.02).buffer(-0.02)
        geom = union.simplify(tolerance, preserve_topology=True)
        point = geom.representative_point()
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": rid,
                    "name": name,
                    "kind": "area",
                    "type": "area",
                    "aliases": aliases,
                    "country": None,
                    "members": codes,
                    "source": f"union of the Natural Earth outlines of {' '.join(codes)} "
                    f"(geodata/basemap/countries.geojson); members: {definition}",
                    "precision": "country borders; a region drawn as whole countries",
                    "point": [round(point.y, 3), round(point.x, 3)],
                },
                "geometry": _rounded(mapping(geom)),
            }
        )
    out = out or geodata_dir() / "curated" / "macro_regions.geojson"
    data = {"type": "FeatureCollection", "features": features}
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(out)
    return out


def _rounded(geom: dict, digits: int = 3) -> dict:
    def r(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], digits), round(c[1], digits)]
        return [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def main() -> int:
    out = build()
    print(f"{out}: {len(REGIONS)} regions, {out.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
