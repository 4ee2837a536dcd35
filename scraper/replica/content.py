"""Deterministic invented source data of the replica: article models and their composition."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum

from scraper.replica import pool


@dataclass(frozen=True)
class Link:
    """An inline link; `href` is site-relative (on-site) or absolute (off-site)."""

    text: str
    href: str


@dataclass(frozen=True)
class Strong:
    """Bold inline text."""

    text: str


@dataclass(frozen=True)
class Em:
    """Italic inline text."""

    text: str


Inline = str | Link | Strong | Em


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph made of inlines."""

    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside the body."""

    level: int
    text: str


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list."""

    ordered: bool
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A data table with an optional header row."""

    header_row: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Image:
    """An inline image: site-relative `src`, alt text ('' for none), caption or None."""

    src: str
    alt: str
    caption: str | None


@dataclass(frozen=True)
class SourceLine:
    """The trailing `Nguồn: …` line of the body."""

    text: str


Block = Paragraph | Heading | ListBlock | Table | Image | SourceLine


class Byline(Enum):
    """How the author line is written; the value is the prefix shown before the names."""

    BARE = ""
    TAC_GIA = "Tác giả: "
    TIN_ANH = "Tin, ảnh: "
    BAI_ANH = "Bài, ảnh: "
    BAI = "Bài: "
    TIN = "Tin: "


@dataclass(frozen=True)
class Attachment:
    """A list attachment: the file name on the server and the name shown for it."""

    file_name: str
    shown_name: str


@dataclass(frozen=True)
class SourceArticle:
    """One invented article, independent of how a portal renders it.

    `published`/`modified` are naive Vietnam local times. `variant` picks the rendering
    variation (date layout, caption convention...), `word_pasted` and `decomposed` make the
    page dirty (Word markup, NFD text).
    """

    item_id: int
    slug: str
    title: str
    category: str | None
    summary: str | None
    authors: tuple[str, ...]
    author_joiner: str
    byline: Byline
    published: datetime
    modified: datetime | None
    view_count: int | None
    lead_image: str | None
    attachments: tuple[Attachment, ...]
    blocks: tuple[Block, ...]
    variant: int
    word_pasted: bool
    decomposed: bool
    # The ids of the category listings that link the article, its own category's first (the
    # sections split into category listings; empty elsewhere).
    listed_in: tuple[int, ...] = ()

    @property
    def author(self) -> str | None:
        """The names as the byline shows them (without prefix), or None."""
        return self.author_joiner.join(self.authors) if self.authors else None


@dataclass(frozen=True)
class Composition:
    """What a section asks of the composer."""

    count: int
    first_id: int
    seed: int
    with_attachments: bool
    start: datetime
    end: datetime
    texts: pool.TextPool = pool.TOWN_TEXTS
    # The section's own topics instead of the pool's (notices, say); empty: the pool's.
    topics: tuple[pool.Topic, ...] = ()


MAX_PARAGRAPHS = 15
PARAGRAPH_WEIGHTS = (4, 3, 5, 6, 6, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1)
NO_LEAD_RATE = 0.2
NO_AUTHOR_RATE = 0.2
NO_CATEGORY_RATE = 0.25
NO_VIEWS_RATE = 0.15
LEAD_IMAGE_RATE = 0.6
ATTACHMENT_RATE = 0.35
MODIFIED_RATE = 0.5
WORD_PASTED_RATE = 0.3
DECOMPOSED_RATE = 0.08
HEADING_RATE = 0.25
LIST_RATE = 0.3
TABLE_RATE = 0.25
IMAGE_RATE = 0.3
CAPTION_RATE = 0.75
SOURCE_RATE = 0.45
LINK_RATE = 0.25
STRONG_RATE = 0.25
EMPHASIS_RATE = 0.15
VARIANTS = 720  # divisible by every small count of alternatives the renderers choose from
PLACE_SLOT = "{place}"
ASCII_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def slugify(text: str) -> str:
    """Vietnamese text -> lowercase ASCII words joined by '-'."""
    decomposed = unicodedata.normalize("NFD", text.translate(ASCII_FOLD))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))


class Deck:
    """Draws items without repeating until every item was drawn once."""

    def __init__(self, items: tuple[str, ...], rng: random.Random) -> None:
        self.items, self.rng, self.left = items, rng, list[str]()

    def draw(self) -> str:
        """The next item of the shuffled deck (reshuffled when empty)."""
        if not self.left:
            self.left = self.rng.sample(self.items, len(self.items))
        return self.left.pop()


def _place_in_sentence(rng: random.Random, texts: pool.TextPool) -> str:
    """A place name as written mid-sentence: 'xã Mỹ Lợi Đông'."""
    place = rng.choice(texts.places)
    return place[0].lower() + place[1:]


def _fill(template: str, rng: random.Random, texts: pool.TextPool) -> str:
    return (
        template.replace("{official}", rng.choice(texts.officials))
        .replace("{reporter}", rng.choice(texts.reporters))
        .replace(PLACE_SLOT, _place_in_sentence(rng, texts))
    )


def _sentence_inlines(template: str, rng: random.Random, texts: pool.TextPool) -> list[Inline]:
    """A sentence template -> inlines, the place name sometimes in bold."""
    if PLACE_SLOT not in template or rng.random() > STRONG_RATE:
        return [_fill(template, rng, texts)]
    before, after = template.split(PLACE_SLOT, 1)
    return [
        _fill(before, rng, texts),
        Strong(_place_in_sentence(rng, texts)),
        _fill(after, rng, texts),
    ]


def _merge(inlines: Iterable[Inline]) -> tuple[Inline, ...]:
    """Join neighbouring plain strings and drop empty ones."""
    merged: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, str) and merged and isinstance(merged[-1], str):
            merged[-1] += inline
        elif inline != "":
            merged.append(inline)
    return tuple(merged)


def _paragraph(sentences: Deck, rng: random.Random, texts: pool.TextPool) -> Paragraph:
    inlines: list[Inline] = []
    for index in range(rng.randint(1, 3)):
        inlines.extend([" "] if index else [])
        inlines.extend(_sentence_inlines(sentences.draw(), rng, texts))
    if rng.random() < EMPHASIS_RATE:
        text = inlines[-1]
        if isinstance(text, str) and text.endswith("."):
            inlines[-1] = text[:-1] + " ("
            inlines.extend([Em(rng.choice(texts.emphases)), ")."])
    if rng.random() < LINK_RATE:
        before, text, href, after = rng.choice(texts.link_sentences)
        inlines.extend([" " + before, Link(text, href), after])
    return Paragraph(_merge(inlines))


def _image(
    topic: pool.Topic, rng: random.Random, texts: pool.TextPool, month: str, name: str
) -> Image:
    caption = _fill(rng.choice(topic.captions), rng, texts) if rng.random() < CAPTION_RATE else None
    return Image(f"/PublishingImages/{month}/{name}.jpg", rng.choice(texts.alt_texts), caption)


def _extra_block(topic: pool.Topic, rng: random.Random, used: set[type]) -> Block | None:
    """At most one list, one table and one heading per article."""
    roll = rng.random()
    block: Block | None = None
    if roll < LIST_RATE:
        block = ListBlock(
            rng.random() < 0.5, tuple(rng.sample(topic.list_items, rng.randint(2, 4)))
        )
    elif roll < LIST_RATE + TABLE_RATE:
        header, *rows = topic.table
        block = Table(header if rng.random() < 0.8 else None, tuple(rows))
    elif roll < LIST_RATE + TABLE_RATE + HEADING_RATE:
        block = Heading(rng.choice((3, 4)), rng.choice(topic.headings))
    if block is None or type(block) in used:
        return None
    used.add(type(block))
    return block


def _body(
    topic: pool.Topic,
    rng: random.Random,
    texts: pool.TextPool,
    published: datetime,
    item_id: int,
) -> tuple[Block, ...]:
    """Paragraphs with extra blocks between them; an image is always followed by a paragraph."""
    count = rng.choices(range(1, MAX_PARAGRAPHS + 1), weights=PARAGRAPH_WEIGHTS)[0]
    month = published.strftime("%Y-%m")
    sentences, used = Deck(topic.sentences, rng), set[type]()
    blocks: list[Block] = []
    for index in range(count):
        extra = _extra_block(topic, rng, used) if 0 < index < count - 1 else None
        blocks.extend([extra] if extra is not None else [])
        if rng.random() < IMAGE_RATE:
            blocks.append(_image(topic, rng, texts, month, f"anh-{item_id}-{index + 1}"))
        blocks.append(_paragraph(sentences, rng, texts))
    if rng.random() < SOURCE_RATE:
        blocks.append(SourceLine(rng.choice(texts.sources)))
    return tuple(blocks)


def _attachments(rng: random.Random, texts: pool.TextPool, item_id: int) -> tuple[Attachment, ...]:
    chosen = rng.sample(texts.attachment_names, rng.randint(1, 2))
    number = 40 + item_id * 3
    return tuple(
        Attachment(file.format(n=number), shown.format(n=number)) for file, shown in chosen
    )


def _authors(rng: random.Random, texts: pool.TextPool) -> tuple[tuple[str, ...], str, Byline]:
    if rng.random() < NO_AUTHOR_RATE:
        return (), ", ", Byline.BARE
    names = tuple(rng.sample(texts.reporters, rng.choice((1, 1, 1, 2))))
    return names, rng.choice((", ", " - ")), rng.choice(list(Byline))


def _moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    days = rng.randrange((end - start).days)
    hour, minute = rng.randint(6, 20), rng.choice((0, 5, 15, 30, 45, 50))
    return (start + timedelta(days=days)).replace(
        hour=hour, minute=minute, second=rng.randrange(60)
    )


class TitleBook:
    """Hands out titles "<place> <predicate>"; none equals or contains another."""

    # The places titles start with (a portal of another pool names its own).
    places: tuple[str, ...] = pool.PLACES

    def __init__(self) -> None:
        self.used: list[str] = []

    def _fits(self, title: str) -> bool:
        return all(title not in other and other not in title for other in self.used)

    def take(self, topic: pool.Topic, rng: random.Random) -> str:
        """A fresh title for the topic; numbered once the combinations run out."""
        for _ in range(len(self.places) * 2):
            title = f"{rng.choice(self.places)} {rng.choice(topic.predicates)}"
            if self._fits(title):
                self.used.append(title)
                return title
        # A closing parenthesis keeps "(đợt 1)" from being a substring of "(đợt 12)".
        title = f"{rng.choice(self.places)} {rng.choice(topic.predicates)} (đợt {len(self.used)})"
        self.used.append(title)
        return title


def compose_article(
    rng: random.Random, item_id: int, titles: TitleBook, spec: Composition
) -> SourceArticle:
    """One article drawn from the pool with the seeded generator."""
    texts = spec.texts
    topic = rng.choice(spec.topics or texts.topics)
    title = titles.take(topic, rng)
    published = _moment(rng, spec.start, spec.end)
    authors, joiner, byline = _authors(rng, texts)
    has_attachments = spec.with_attachments and rng.random() < ATTACHMENT_RATE
    word_pasted = rng.random() < WORD_PASTED_RATE
    month = published.strftime("%Y-%m")
    return SourceArticle(
        item_id=item_id,
        slug=f"{slugify(title)[:60].rstrip('-')}-{item_id}",
        title=title,
        category=None if rng.random() < NO_CATEGORY_RATE else topic.category,
        summary=None if rng.random() < NO_LEAD_RATE else rng.choice(topic.leads),
        authors=authors,
        author_joiner=joiner,
        byline=byline,
        published=published,
        modified=(
            published + timedelta(days=rng.randint(0, 30), hours=rng.randint(1, 9))
            if rng.random() < MODIFIED_RATE
            else None
        ),
        view_count=None
        if rng.random() < NO_VIEWS_RATE
        else rng.choice((76, 1204, 2381, 0)) + rng.randrange(5000),
        lead_image=(
            f"/PublishingImages/{month}/dai-dien-{item_id}.jpg"
            if rng.random() < LEAD_IMAGE_RATE
            else None
        ),
        attachments=_attachments(rng, texts, item_id) if has_attachments else (),
        blocks=_body(topic, rng, texts, published, item_id),
        variant=rng.randrange(VARIANTS),
        word_pasted=word_pasted,
        decomposed=not word_pasted and rng.random() < DECOMPOSED_RATE,
    )


def compose_articles(spec: Composition, titles: TitleBook) -> list[SourceArticle]:
    """A section's articles, newest id last, reproducible from `spec.seed`."""
    rng = random.Random(spec.seed)
    return [
        compose_article(rng, spec.first_id + offset, titles, spec) for offset in range(spec.count)
    ]


def as_notice(
    article: SourceArticle, sources: tuple[str, ...], *, leads: bool = True
) -> SourceArticle:
    """The article cut to a short notice (thông báo): its lead and first paragraph, or (without
    a lead, or every other variant) that paragraph and a `Nguồn:` line; nothing else: no
    byline, lead image, inline image or file. A list without a lead field (`leads` False)
    keeps the paragraph alone where the lead would have gone."""
    paragraph = next(block for block in article.blocks if isinstance(block, Paragraph))
    if article.variant % 2 == 0 and not leads:
        return _bare_notice(article, None, (paragraph,))
    if article.summary is not None and article.variant % 2 == 0:
        return _bare_notice(article, article.summary, (paragraph,))
    source = next(
        (block for block in article.blocks if isinstance(block, SourceLine)),
        SourceLine(sources[article.variant % len(sources)]),
    )
    return _bare_notice(article, None, (paragraph, source))


def _bare_notice(
    article: SourceArticle, summary: str | None, blocks: tuple[Block, ...]
) -> SourceArticle:
    return replace(
        article,
        summary=summary,
        blocks=blocks,
        authors=(),
        byline=Byline.BARE,
        lead_image=None,
        attachments=(),
    )


def inline_text(inline: Inline) -> str:
    """An inline -> its plain text."""
    return inline if isinstance(inline, str) else inline.text


def article_texts(article: SourceArticle) -> list[str]:
    """Every human-readable text of an article (for checks against chrome strings)."""
    texts = [article.title, article.summary or "", article.author or "", article.category or ""]
    texts.extend(attachment.shown_name for attachment in article.attachments)
    for block in article.blocks:
        texts.extend(block_texts(block))
    return texts


def block_texts(block: Block) -> list[str]:
    """A block -> its texts (an image gives its alt and caption)."""
    if isinstance(block, Paragraph):
        return ["".join(inline_text(inline) for inline in block.inlines)]
    if isinstance(block, ListBlock):
        return list(block.items)
    if isinstance(block, Table):
        rows = (*((block.header_row,) if block.header_row else ()), *block.rows)
        return [" | ".join(row) for row in rows]
    if isinstance(block, Image):
        return [block.alt, block.caption or ""]
    return [block.text]
