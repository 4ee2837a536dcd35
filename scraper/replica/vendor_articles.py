"""What the article pages of the vendors with a module of their own share: the page kinds."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from scraper.replica.content import SourceArticle
from scraper.replica.markup import attr
from scraper.replica.portals import PageKind, Portal, Section
from scraper.replica.webparts import web_part, zone

# (section, article, the section's other articles newest first) -> markup.
ArticleView = Callable[[Section, SourceArticle, list[SourceArticle]], str]
FormView = Callable[[Portal, Section, SourceArticle], str]


@dataclass(frozen=True)
class VendorArticles:
    """One vendor's renderers of the three article page kinds and the ids of its web parts."""

    custom_part: ArticleView
    publishing_layout: ArticleView
    filled_form: FormView
    article_part_id: str
    form_part_id: str
    # Web parts in the zone under the custom article part: (id, title, content).
    parts_below: tuple[tuple[str, str, str], ...] = ()
    # The article part's chrome type is None: its title bar, if any, is the vendor's own.
    untitled_part: bool = False


def escaped(text: str | None) -> str:
    """Optional text -> escaped markup ('' for None)."""
    return html.escape(text or "", quote=False)


def rich_field(field_id: str, kind: str, content: str) -> str:
    """A publishing field control of the page layout ('Html', 'Image') around its content."""
    return (
        f'<div id="ctl00_PlaceHolderMain_{field_id}__ControlWrapper_Rich{kind}Field" '
        f'class="ms-rtestate-field" style="display:inline">{content}</div>'
    )


def lead_image_field(field_id: str, article: SourceArticle) -> str:
    """The layout's image field with the article's lead image ('' without one)."""
    if not article.lead_image:
        return ""
    image = f'<div class="ms-rtestate-read"><img alt="" src="{attr(article.lead_image)}" /></div>'
    return rich_field(field_id, "Image", image)


def article_main(
    vendor: VendorArticles,
    portal: Portal,
    section: Section,
    article: SourceArticle,
    others: list[SourceArticle],
) -> str:
    """The content of an article page of the section's kind, as the vendor renders it; `others`
    are the section's other articles, newest first."""
    master = portal.master_of(section)
    if section.kind is PageKind.PUBLISHING:
        return vendor.publishing_layout(section, article, others)
    if section.kind is PageKind.FILLED_FORM:
        form = vendor.filled_form(portal, section, article)
        part = web_part(master, vendor.form_part_id, section.key, form, hidden_title=True)
        return zone(master, [part])
    item = vendor.custom_part(section, article, others)
    below = [web_part(master, *part) for part in vendor.parts_below]
    part = web_part(
        master, vendor.article_part_id, section.name, item, hidden_title=vendor.untitled_part
    )
    return zone(master, [part, *below])
