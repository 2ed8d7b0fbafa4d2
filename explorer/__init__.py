"""explorer: an offline map explorer for news on geopolitics."""

__version__ = "0.1.0"
