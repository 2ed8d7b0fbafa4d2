"""Settings: one schema with defaults, versioned upgrades, and no trust in stored values."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QByteArray, QSettings

from explorer import settings as schema
from explorer.settings import MAX_RECENT, Settings
from explorer.ui.settings_store import SettingsStore


def _qsettings(path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "explorer.ini"


def test_an_empty_file_gives_the_defaults_quietly(ini, caplog):
    with caplog.at_level(logging.WARNING):
        loaded = SettingsStore(_qsettings(ini)).load()
    assert loaded == Settings()
    assert loaded.show_rejected is False and loaded.recent_sources == []
    assert caplog.records == []


def test_every_field_survives_a_round_trip_through_a_real_file(ini):
    saved = Settings(
        window_geometry=b"\x01\xd9\xd0\xcb\x00\x03\x00\x00geometry\x00\xff",
        window_state=b"\x00\x00\x00\xffstate",
        last_source="/data/articles/ünïcode folder",
        recent_sources=["/data/one"],  # one entry: QSettings would hand back a bare string
        filters={"kinds": ["place", "event"], "search": "pipe", "dates": {"from": "2020-01"}},
        palette={"Turkey": "#d55e00", "Russia": "#0072B2"},
        show_rejected=True,
    )
    store = SettingsStore(_qsettings(ini))
    store.save(saved)
    assert SettingsStore(_qsettings(ini)).load() == saved
    assert _qsettings(ini).value("version") in (1, "1")


def test_recent_sources_are_unique_most_recent_first_and_capped():
    s = Settings()
    for n in range(MAX_RECENT + 3):
        s.add_recent(f"/src/{n}")
    s.add_recent("/src/5")
    assert len(s.recent_sources) == MAX_RECENT
    assert s.recent_sources[:3] == ["/src/5", f"/src/{MAX_RECENT + 2}", f"/src/{MAX_RECENT + 1}"]
    assert s.recent_sources.count("/src/5") == 1
    assert s.last_source == "/src/5"


def test_a_version_0_layout_is_upgraded_and_its_old_keys_go_on_save(ini):
    old = _qsettings(ini)
    old.setValue("geometry", QByteArray(b"\x01\x02geo"))
    old.setValue("windowState", QByteArray(b"\x03state"))
    old.setValue("lastFolder", "/data/old")
    old.setValue("recentFolders", "/data/old")  # a one-entry list as QSettings returns it
    old.setValue("showRejected", True)
    old.setValue("someoneElse/key", "kept")
    old.sync()

    store = SettingsStore(_qsettings(ini))
    loaded = store.load()
    assert loaded.window_geometry == b"\x01\x02geo"
    assert loaded.window_state == b"\x03state"
    assert loaded.last_source == "/data/old"
    assert loaded.recent_sources == ["/data/old"]
    assert loaded.show_rejected is True

    store.save(loaded)
    keys = set(_qsettings(ini).allKeys())
    assert not keys & {"geometry", "windowState", "lastFolder", "recentFolders", "showRejected"}
    assert "someoneElse/key" in keys  # keys we do not own are left alone
    assert SettingsStore(_qsettings(ini)).load() == loaded


def test_upgrades_run_in_order_from_the_stored_version():
    ran = []

    def step(n):
        def upgrade(raw):
            ran.append(n)
            return {**raw, "sources/last": raw.get("sources/last", "") + str(n)}

        return upgrade

    steps = [step(0), step(1), step(2)]
    assert schema.from_mapping({"version": 1, "sources/last": "v"}, steps).last_source == "v12"
    assert ran == [1, 2]
    ran.clear()
    assert schema.from_mapping({"sources/last": "v"}, steps).last_source == "v012"
    assert ran == [0, 1, 2]


def test_a_failing_upgrade_is_logged_and_the_rest_still_loads(caplog):
    def broken(raw):
        raise KeyError("oops")

    with caplog.at_level(logging.WARNING):
        loaded = schema.from_mapping({"view/show_rejected": "true"}, [broken])
    assert loaded.show_rejected is True
    assert "upgrade from version 0 failed" in caplog.text


def test_garbage_values_fall_back_to_defaults_with_a_warning(ini, caplog):
    ini.write_text(
        "[General]\n"
        "version=not a number\n"
        "[window]\n"
        "geometry=not base64 at all!\n"
        "state=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1agarbage)\n"
        "[sources]\n"
        "last=/data/fine\n"
        "recent={unclosed\n"
        "[view]\n"
        "filters=[1, 2]\n"
        'palette="{\\"ok\\": \\"#112233\\", \\"bad\\": \\"red\\", \\"worse\\": 7}"\n'
        "show_rejected=maybe\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        loaded = SettingsStore(_qsettings(ini)).load()
    assert loaded.last_source == "/data/fine"  # good values survive their bad neighbours
    assert loaded.palette == {"ok": "#112233"}
    assert loaded.window_geometry == b""
    assert loaded.window_state == b""
    assert loaded.recent_sources == []
    assert loaded.filters == {}
    assert loaded.show_rejected is False
    text = caplog.text
    for key in (
        "version",
        "window/geometry",
        "sources/recent",
        "view/filters",
        "palette",
        "view/show_rejected",
    ):
        assert key in text


def test_wrongly_typed_entries_are_dropped_from_lists():
    loaded = schema.from_mapping(
        {"version": 1, "sources/recent": '["/a", 3, "", null, "/b", "/a"]'}
    )
    assert loaded.recent_sources == ["/a", "/b"]


def test_settings_from_a_newer_version_are_read_as_far_as_known(caplog):
    with caplog.at_level(logging.WARNING):
        loaded = schema.from_mapping({"version": 7, "sources/last": "/x", "future/key": 1})
    assert loaded.last_source == "/x"
    assert "newer" in caplog.text
