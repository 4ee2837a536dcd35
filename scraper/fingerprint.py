"""Request fingerprints: one per canonical URL, and per pager argument for postbacks."""

from __future__ import annotations

import hashlib
from typing import Any

from scrapy import Request
from scrapy.utils.request import RequestFingerprinter

from scraper.urls import canonical_url

POSTBACK_META_KEY = "postback"


class PostbackAwareFingerprinter(RequestFingerprinter):
    """Spellings of one URL are one page; a postback is one page whatever __VIEWSTATE it carries.

    Requests go out as the portal spells the link (robots.txt rules are case-sensitive, so a
    lowercased path could slip past a Disallow), but they are deduplicated by canonical URL.

    ASP.NET pagers post the whole form back, and its __VIEWSTATE differs on every page, so
    Scrapy's default fingerprint (method, URL, body) would see "Page$1" posted from page 3 as
    new: a cycling pager would never end. The (URL, target, argument) triple names the page.
    """

    def fingerprint(self, request: Request) -> bytes:
        postback: Any = request.meta.get(POSTBACK_META_KEY)
        if not postback:
            return super().fingerprint(request.replace(url=canonical_url(request.url)))
        target, argument = postback
        key = "\n".join(("POSTBACK", canonical_url(request.url), str(target), str(argument)))
        return hashlib.sha1(key.encode("utf-8")).digest()
