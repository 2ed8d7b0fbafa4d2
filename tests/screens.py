"""A subprocess of a test that runs on a virtual screen of its own (``xvfb-run``)."""

from __future__ import annotations

import os


def on_its_own_screen() -> dict[str, str]:
    """This process's environment without Qt's platform: a test that ran the command line in
    this process (a snapshot, a brief) has set it to offscreen for good, and the subprocess would
    then draw on no screen at all, whatever screen ``xvfb-run`` gave it (which test ran before
    depends on how the suite is shared among workers)."""
    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
