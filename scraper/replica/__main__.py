"""Command line: serve the replica portals on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from scraper.replica.heldout import HELDOUT_PORTALS
from scraper.replica.heldout2 import HELDOUT2_PORTALS
from scraper.replica.heldout3 import HELDOUT3_PORTALS
from scraper.replica.heldout4 import HELDOUT4_PORTALS
from scraper.replica.heldout5 import HELDOUT5_PORTALS
from scraper.replica.hostile import serve_hostile
from scraper.replica.portals import PORTALS, Portal
from scraper.replica.server import HOST, serve_replica

DEFAULT_PORT = 8000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line -> options."""
    names = ", ".join(f"{portal.name} on PORT+{offset}" for offset, portal in enumerate(PORTALS))
    parser = argparse.ArgumentParser(
        prog="python -m scraper.replica",
        description=f"Serve the replica SharePoint portals on {HOST} ({names}) until Ctrl-C.",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port of the first portal; the next portals take the following ports "
        f"(default {DEFAULT_PORT}; 0 picks free ports)",
    )
    held_out = ", ".join(portal.name for portal in HELDOUT_PORTALS)
    held_out2 = ", ".join(portal.name for portal in HELDOUT2_PORTALS)
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--heldout",
        action="store_true",
        help=f"serve the first held-out portal ({held_out}) instead (written after the "
        "extractor; it has been fixed on it since, so its scores are 'seen')",
    )
    choice.add_argument(
        "--heldout2",
        action="store_true",
        help=f"serve the second held-out portal ({held_out2}) instead (also fixed on since: "
        "'seen')",
    )
    held_out3 = ", ".join(portal.name for portal in HELDOUT3_PORTALS)
    choice.add_argument(
        "--heldout3",
        action="store_true",
        help=f"serve the third held-out portal ({held_out3}) instead (fixed on since: 'seen')",
    )
    held_out4 = ", ".join(portal.name for portal in HELDOUT4_PORTALS)
    choice.add_argument(
        "--heldout4",
        action="store_true",
        help=f"serve the fourth held-out portal ({held_out4}) instead: a health department's "
        "portal written apart from the extractor (fixed on since: 'seen')",
    )
    held_out5 = ", ".join(portal.name for portal in HELDOUT5_PORTALS)
    choice.add_argument(
        "--heldout5",
        action="store_true",
        help=f"serve the fifth held-out portal ({held_out5}) instead: an agriculture "
        "department's old table-layout site on SharePoint 2010, written apart from the "
        "extractor (fixed on since: 'seen')",
    )
    choice.add_argument(
        "--hostile",
        action="store_true",
        help="serve the misbehaving portal instead (the town portal plus slow, dead, looping, "
        "oversized and endless pages; see scraper/replica/hostile.py) and its trap server",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Serve every portal, print the home URLs, wait for Ctrl-C."""
    options = parse_args(argv)
    if options.hostile:
        serve_hostile_until_interrupted(options.port)
        return
    portals: tuple[Portal, ...] = PORTALS
    if options.heldout:
        portals = HELDOUT_PORTALS
    elif options.heldout2:
        portals = HELDOUT2_PORTALS
    elif options.heldout3:
        portals = HELDOUT3_PORTALS
    elif options.heldout4:
        portals = HELDOUT4_PORTALS
    elif options.heldout5:
        portals = HELDOUT5_PORTALS
    with serve_replica(options.port, portals) as replica:
        for name in replica.portal_names():
            print(f"{name}: {replica.home_url(name)}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)


def serve_hostile_until_interrupted(port: int) -> None:
    """Serve the hostile portal and its trap, print their URLs, wait for Ctrl-C."""
    with serve_hostile(port=port) as (hostile, trap):
        print(f"hostile: {hostile.home_url}", flush=True)
        print(f"trap (must never be requested): {trap.url}/", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)


if __name__ == "__main__":
    main()
