"""Request fingerprints that tell postback pages apart by pager argument, not by __VIEWSTATE."""

from __future__ import annotations

import hashlib
from typing import Any

from scrapy import Request
from scrapy.utils.request import RequestFingerprinter

POSTBACK_META_KEY = "postback"


class PostbackAwareFingerprinter(RequestFingerprinter):
    """A postback to a page is the same page whatever __VIEWSTATE it carries.

    ASP.NET pagers post the whole form back, and its __VIEWSTATE differs on every page, so
    Scrapy's default fingerprint (method, URL, body) would see "Page$1" posted from page 3 as
    new: a cycling pager would never end. The (URL, target, argument) triple names the page.
    """

    def fingerprint(self, request: Request) -> bytes:
        postback: Any = request.meta.get(POSTBACK_META_KEY)
        if not postback:
            return super().fingerprint(request)
        target, argument = postback
        key = "\n".join(("POSTBACK", request.url, str(target), str(argument)))
        return hashlib.sha1(key.encode("utf-8")).digest()
