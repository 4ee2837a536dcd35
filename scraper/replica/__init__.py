"""Local replica of two SharePoint news portals with the expected record of every article."""

from __future__ import annotations

from scraper.replica.chrome import CHROME_STRINGS
from scraper.replica.server import ReplicaServer, serve_replica

__all__ = ["CHROME_STRINGS", "ReplicaServer", "serve_replica"]
