"""Files and crashes: atomic writes, and where a WARC or JSON Lines file stops being whole."""

from __future__ import annotations

import json
import logging
import os
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

logger = logging.getLogger(__name__)

CHUNK = 1 << 20
# zlib's window bits for a gzip member.
GZIP_MEMBER = 16 + zlib.MAX_WBITS
# What a cut tail is kept as, beside its file.
TAIL_SUFFIX = ".incomplete"
CONTENT_LENGTH = re.compile(rb"\r\nContent-Length:[ \t]*(\d+)[ \t]*\r\n", re.IGNORECASE)
RECORD_END = b"\r\n\r\n"
WARC_TYPE = re.compile(rb"\r\nWARC-Type:[ \t]*(\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class Repair:
    """A file cut back to its last whole record; the bytes after it kept in `kept_as`."""

    path: Path
    kept_bytes: int
    kept_as: Path


@dataclass(frozen=True)
class WarcScan:
    """What a WARC file holds whole: where its whole records end, and their types."""

    whole_end: int
    types: Counter[str]


def whole_warc_end(path: Path) -> int:
    """A gzipped WARC file -> the offset where its last whole record ends (scan_warc)."""
    return scan_warc(path).whole_end


def scan_warc(path: Path) -> WarcScan:
    """A gzipped WARC file (one record per gzip member, as warcio writes it) -> where its last
    whole record ends (its size when every record is whole) and how many whole records of
    each WARC-Type it holds. A member that does not end, does not inflate, or holds less (or
    more) than its record's Content-Length ends the whole part there."""
    types: Counter[str] = Counter()
    whole = 0
    position = 0
    inflater = zlib.decompressobj(GZIP_MEMBER)
    record = bytearray()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            data = chunk
            while data:
                try:
                    record += inflater.decompress(data)
                except zlib.error:
                    return WarcScan(whole, types)
                if not inflater.eof:
                    position += len(data)
                    break
                used = len(data) - len(inflater.unused_data)
                position += used
                if not _is_whole_record(bytes(record)):
                    return WarcScan(whole, types)
                whole = position
                if match := WARC_TYPE.search(record):
                    types[match.group(1).decode("ascii", "replace")] += 1
                data = inflater.unused_data
                inflater = zlib.decompressobj(GZIP_MEMBER)
                record = bytearray()
    return WarcScan(whole, types)


def _is_whole_record(record: bytes) -> bool:
    header, separator, rest = record.partition(RECORD_END)
    if not header.startswith(b"WARC/") or not separator:
        return False
    match = CONTENT_LENGTH.search(header + b"\r\n")
    if match is None:
        return False
    length = int(match.group(1))
    return len(rest) == length + len(RECORD_END) and rest.endswith(RECORD_END)


def whole_jsonl_end(path: Path) -> int:
    """A JSON Lines file -> the offset where its last whole line ends: a last line without
    its newline, or one that is not JSON, is not whole."""
    size = path.stat().st_size
    with path.open("rb") as file:
        end = _last_newline_end(file, size)
        if end == 0:
            return 0
        start = _last_newline_end(file, end - 1)
        file.seek(start)
        last = file.read(end - start)
    try:
        json.loads(last)
    except ValueError:
        return start
    return end


def _last_newline_end(file: BinaryIO, before: int) -> int:
    """The offset just after the last newline in file[:before], 0 when there is none."""
    position = before
    while position > 0:
        start = max(0, position - CHUNK)
        file.seek(start)
        block = file.read(position - start)
        found = block.rfind(b"\n")
        if found >= 0:
            return start + found + 1
        position = start
    return 0


def set_tail_aside(path: Path, whole_end: int) -> Repair | None:
    """Cut `path` back to its first `whole_end` bytes; the bytes after go to
    `<path>.incomplete` first (appended, flushed to disk), so nothing is lost. -> the repair,
    None when the file was whole."""
    size = path.stat().st_size
    if whole_end >= size:
        return None
    kept_as = path.with_name(path.name + TAIL_SUFFIX)
    with path.open("rb") as source, kept_as.open("ab") as target:
        source.seek(whole_end)
        while chunk := source.read(CHUNK):
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
    os.truncate(path, whole_end)
    logger.warning(
        "%s: incomplete tail of %d bytes after the last whole record, cut and kept in %s",
        path,
        size - whole_end,
        kept_as,
    )
    return Repair(path, size - whole_end, kept_as)


def write_atomically(path: Path, document: dict[str, Any]) -> None:
    """Write JSON to a temporary file beside `path`, flushed to disk, then rename it over."""
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False, indent=2)
        file.write("\n")
        file.flush()
        os.fsync(file.fileno())
    temporary.replace(path)
