"""The one exception the store raises."""


class StoreError(Exception):
    """A project file that cannot be opened, read or written; the message says why."""
