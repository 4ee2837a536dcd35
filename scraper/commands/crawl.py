"""`scrapy crawl`, plus an exit status: non-zero when the crawl's verdict is not "ok"."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from scraper.stats import VERDICT_OK, VERDICT_STAT


class Command(ScrapyCrawlCommand):
    """Run a spider; exit with status 1 when it failed to start or wrote too few articles."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. `scrapy crawl portal -a url=...`")
        assert self.crawler_process is not None
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        verdict = crawler.stats.get_value(VERDICT_STAT) if crawler.stats else None
        if verdict not in (None, VERDICT_OK):
            print(f"crawl failed: {verdict}", file=sys.stderr)
            self.exitcode = 1
