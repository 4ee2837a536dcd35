"""The fifth held-out portal: a seventh vendor's markup, URL schemes and master, kept out of
`PORTALS`.

A provincial agriculture department's portal whose contractor moved its 2000s static site onto
SharePoint 2010 and kept the look (the CLASSIC vendor: layout tables, `font` and `center`
tags, class names without meaning). Written apart from the article extractor (no extractor
was read or run while writing it) after the extractor was fixed on heldout .. heldout4; it
measured the extractor once on a layout family it had never seen, and was fixed on
afterwards (its scores are "seen"). Serve it with
`serve_replica(port=0, portals=HELDOUT5_PORTALS)`.
"""

from __future__ import annotations

from datetime import datetime

from scraper.replica import chrome
from scraper.replica.chrome import HELDOUT5_CHROME_STRINGS
from scraper.replica.content import TitleBook
from scraper.replica.dates import DateFormat, DateLayout
from scraper.replica.pool_agri import AGRI_NOTICE_TOPICS, AGRI_PLACES, AGRI_TEXTS
from scraper.replica.portals import (
    ArticlePart,
    Categories,
    Category,
    FieldNaming,
    FormSchema,
    Master,
    PageKind,
    Paging,
    Portal,
    Section,
)

DASH = "-"


class AgricultureTitles(TitleBook):
    """Titles that start with the department's units and communes: '<unit> <predicate>'."""

    places = AGRI_PLACES


# The news section's sub-menus: its listing filtered by a menu id (`DanhSach.aspx?m=12`) links
# the menu's articles as `XemTin.aspx?id=<n>&m=12`; the section's own listing links them bare.
# The ids are the old site's menu ids (16, a menu since removed, is missing).
NEWS_MENUS = Categories(
    listing_path="/TinTuc/DanhSach.aspx",
    items=(
        Category(12, "Trồng trọt - Bảo vệ thực vật"),
        Category(13, "Chăn nuôi - Thú y"),
        Category(14, "Thủy sản"),
        Category(15, "Lâm nghiệp"),
        Category(17, "Thủy lợi - Nông thôn mới"),
    ),
    # No general category: the section's own listing is the one that lists every article.
    general=0,
    param="m",
    bare_main_url=True,
)

HELDOUT5 = Portal(
    name="heldout5",
    site_title=chrome.AGRI_PORTAL_TITLE,
    master=Master.TABLES_2010,
    article_part=ArticlePart.CLASSIC,
    field_naming=FieldNaming.ASCII,
    comment_lines=3,
    footer_lines=chrome.AGRI_FOOTER_LINES,
    sections=(
        Section(
            key="TinTuc",
            name="Tin tức - Sự kiện",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.LINKS,
            listing_path="/TinTuc/DanhSach.aspx",
            article_page="/TinTuc/XemTin.aspx",
            id_param="id",
            page_param="pg",
            categories=NEWS_MENUS,
            date_layouts=(
                DateLayout((DateFormat.WEEKDAY_LONG,), separator=DASH),
                DateLayout((DateFormat.SHORT,), DateFormat.UPDATED, DASH),
                DateLayout((DateFormat.SENT,), separator=DASH),
                DateLayout((DateFormat.FORM,), DateFormat.UPDATED, DASH),
            ),
            count=16,
            # The old site's news ids, carried over.
            first_id=3405,
            seed=8119,
            page_size=5,
            deleted_ids=(3398, 3401),
            list_guid="{8D2F4A6C-0E1B-4C3D-9E5F-7A9B1C3D5E7F}",
        ),
        Section(
            key="Announcements",
            name="Thông báo",
            kind=PageKind.FILLED_FORM,
            paging=Paging.LIST_VIEW,
            listing_path="/Lists/Announcements/AllItems.aspx",
            topics=AGRI_NOTICE_TOPICS,
            short_notices=True,
            notice_leads=False,
            categorized=False,
            view_counter=False,
            list_columns=("Title", "Created"),
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=13,
            first_id=1,
            seed=8102,
            page_size=5,
            deleted_ids=(14,),
            list_guid="{9E3A5B7D-1F2C-4D4E-8A6B-8C0D2E4F6A8B}",
            view_guid="{1A3C5E7B-9D2F-4B6A-8C1E-3F5A7C9E1B3D}",
        ),
        Section(
            key="KhuyenNong",
            name="Khuyến nông - Khuyến ngư",
            kind=PageKind.PUBLISHING,
            paging=Paging.POSTBACK,
            listing_path="/khuyennong/Pages/default.aspx",
            web="khuyennong",
            view_counter=False,
            date_layouts=(
                DateLayout((DateFormat.SPELLED,)),
                DateLayout((DateFormat.SPELLED,), DateFormat.UPDATED, DASH),
                DateLayout((DateFormat.SHORT,), DateFormat.UPDATED, DASH),
                DateLayout((DateFormat.POSTED,), separator=DASH),
            ),
            count=14,
            first_id=1,
            seed=8106,
            page_size=4,
            deleted_ids=(21,),
            list_guid="{2B4D6F8A-0C1E-4F3A-9B5D-4E6F8A0B2C4D}",
            pager_guid="4d6f8a0c_2e3b_4c5d_8e7f_9a1b3c5d7e9f",
            category_label="Lĩnh vực",
        ),
    ),
    rss_guid="{8D2F4A6C-0E1B-4C3D-9E5F-7A9B1C3D5E7F}",
    visitor_count=1864302,
    start=datetime(2011, 1, 1),
    end=datetime(2025, 10, 31),
    title_book=AgricultureTitles,
    form_schema=FormSchema.ANNOUNCEMENT,
    texts=AGRI_TEXTS,
    date_separator=DASH,
)

HELDOUT5_PORTALS: tuple[Portal, ...] = (HELDOUT5,)

__all__ = ["HELDOUT5", "HELDOUT5_CHROME_STRINGS", "HELDOUT5_PORTALS"]
