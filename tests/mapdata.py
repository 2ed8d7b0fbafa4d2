"""A small FeatureCollection in the export's shape, for tests of the map alone."""

from __future__ import annotations


def _feature(fid, kind, name, geometry, ftype=None):
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": {
            "id": fid,
            "kind": kind,
            "name": name,
            "type": ftype or kind,
            "date": None,
            "country": None,
            "gazetteer_id": None,
            "evidence": [{"doc": "a.txt", "start": 0, "end": len(name), "text": name}],
        },
    }


def sample_collection() -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            _feature(
                "place:1", "place", "Ankara", {"type": "Point", "coordinates": [32.85, 39.93]}
            ),
            _feature(
                "place:2", "place", "Damascus", {"type": "Point", "coordinates": [36.29, 33.51]}
            ),
            _feature(
                "event:1",
                "event",
                "Meeting",
                {"type": "Point", "coordinates": [39.72, 43.6]},
                "meeting",
            ),
            _feature(
                "asset:1",
                "asset",
                "Pipeline",
                {"type": "LineString", "coordinates": [[37.3, 45.0], [33.0, 43.0], [28.1, 41.6]]},
                "pipeline",
            ),
            _feature(
                "theatre:1",
                "theatre",
                "Region",
                {
                    "type": "Polygon",
                    "coordinates": [
                        [[46.0, 39.5], [47.3, 39.5], [47.3, 40.3], [46.0, 40.3], [46.0, 39.5]]
                    ],
                },
            ),
        ],
    }
