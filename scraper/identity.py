"""What identifies an article across records: its id, and its content."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import Any

IDENTITY_BYTES = 8
CONTENT_FIELDS = ("title", "published_at", "body_text")


def article_identities(record: Mapping[str, Any]) -> Iterator[bytes]:
    """A record -> 8-byte digests of what identifies its article: its id, its content (small:
    two are kept per article for the whole crawl)."""
    content = "\x1f".join(str(record.get(name) or "") for name in CONTENT_FIELDS)
    for identity in (f"id\x1f{record['id']}", f"content\x1f{content}"):
        yield hashlib.blake2b(identity.encode("utf-8"), digest_size=IDENTITY_BYTES).digest()
