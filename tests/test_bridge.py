"""The bridge's commands to the page: queued until the page is ready, then sent in order (as one
message) as compact JSON (a large project's data is millions of characters: no padding in it)."""

from __future__ import annotations

import json

from explorer.mapview.bridge import MapBridge


def test_commands_wait_for_the_page_and_go_as_compact_json(qtbot) -> None:
    bridge = MapBridge()
    sent: list[str] = []
    bridge.command.connect(sent.append)
    columns = {"id": ["place:1", "event:Ḩalab:2"], "n": [1, 2], "name": {"values": ["Ḩalab"]}}
    bridge.send("setData", items=columns, visible=None, fit=True)
    bridge.send("select", id="place:1", fly=False)
    assert sent == []  # the page has not said it is ready
    bridge.post('{"event": "ready"}')
    # in order, as one message (run by the page in one task)
    assert [json.loads(m) for m in sent] == [
        {
            "cmd": "batch",
            "commands": [
                {"cmd": "setData", "items": columns, "visible": None, "fit": True},
                {"cmd": "select", "id": "place:1", "fly": False},
                {"cmd": "start"},
            ],
        }
    ]
    assert sent[0].startswith(
        '{"cmd":"batch","commands":[{"cmd":"setData","items":{"id":["place:1","event:Ḩalab:2"],'
        '"n":[1,2],"name":{"values":["Ḩalab"]}},"visible":null,"fit":true},'
    )
    assert all(", " not in m and '": ' not in m for m in sent)
