"""Why a request gave no page, in words for the crawl summary."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionLost, TimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

# Failures by exception type, most specific first.
REASONS: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, TimeoutError), "timed out (DOWNLOAD_TIMEOUT)"),
    (DownloadConnectionRefusedError, "connection refused"),
    (CannotResolveHostError, "host name not found"),
    ((DownloadCancelledError, CancelledError), "page over DOWNLOAD_MAXSIZE"),
    (ResponseDataLossError, "page cut short (less than its Content-Length)"),
    (
        (
            DownloadFailedError,
            ConnectionLost,
            ResponseFailed,
            ResponseNeverReceived,
        ),
        "connection lost or reset",
    ),
)
# Requests Scrapy itself drops, by their message; other drops (robots.txt, the portal fence,
# a stopped portal) are counted where they happen.
IGNORED = (("DOWNLOAD_MAXSIZE", "page over DOWNLOAD_MAXSIZE once decompressed"),)


def failure_reason(error: BaseException) -> str | None:
    """A download or spider failure -> its reason, or None when it was counted elsewhere."""
    if isinstance(error, IgnoreRequest):
        message = str(error)
        return next((reason for key, reason in IGNORED if key in message), None)
    for kinds, reason in REASONS:
        if isinstance(error, kinds):
            return reason
    return type(error).__name__
