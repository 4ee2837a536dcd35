"""Command line: serve the replica portals on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from scraper.replica.heldout import HELDOUT_PORTALS
from scraper.replica.heldout2 import HELDOUT2_PORTALS
from scraper.replica.heldout3 import HELDOUT3_PORTALS
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
        help=f"serve the held-out portal ({held_out}) instead, the one the extractor was not "
        "tuned on",
    )
    choice.add_argument(
        "--heldout2",
        action="store_true",
        help=f"serve the second held-out portal ({held_out2}) instead, which the extractor has "
        "never seen",
    )
    held_out3 = ", ".join(portal.name for portal in HELDOUT3_PORTALS)
    choice.add_argument(
        "--heldout3",
        action="store_true",
        help=f"serve the third held-out portal ({held_out3}) instead, which the extractor has "
        "never seen either",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Serve every portal, print the home URLs, wait for Ctrl-C."""
    options = parse_args(argv)
    portals: tuple[Portal, ...] = PORTALS
    if options.heldout:
        portals = HELDOUT_PORTALS
    elif options.heldout2:
        portals = HELDOUT2_PORTALS
    elif options.heldout3:
        portals = HELDOUT3_PORTALS
    with serve_replica(options.port, portals) as replica:
        for name in replica.portal_names():
            print(f"{name}: {replica.home_url(name)}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)


if __name__ == "__main__":
    main()
