"""The fourth held-out portal: a sixth vendor's markup, URL schemes and masters, kept out of
`PORTALS`.

A provincial health department's portal on the GRID vendor's theme (divs with short BEM-like
class names). The article extractor was tuned on town and unit and fixed on heldout, heldout2
and heldout3 before this portal was written apart from it; measured once unseen, it was fixed
on afterwards (its scores are "seen"). Serve it with
`serve_replica(port=0, portals=HELDOUT4_PORTALS)`.
"""

from __future__ import annotations

from datetime import datetime

from scraper.replica import chrome
from scraper.replica.chrome import HELDOUT4_CHROME_STRINGS
from scraper.replica.content import TitleBook
from scraper.replica.dates import DateFormat, DateLayout
from scraper.replica.pool_health import HEALTH_PLACES, HEALTH_TEXTS, NOTICE_TOPICS
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
    TitleArea,
)


class HealthTitles(TitleBook):
    """Titles that start with the department's units: '<hospital or centre> <predicate>'."""

    places = HEALTH_PLACES


# The news section's categories: the general one (id 1) also lists every other article of the
# topical ones; ids 4 (a category since removed) and above are not contiguous.
NEWS_CATEGORIES = Categories(
    listing_path="/Pages/danh-sach-tin.aspx",
    items=(
        Category(1, "Hoạt động ngành"),
        Category(2, "Y tế dự phòng"),
        Category(3, "Khám, chữa bệnh"),
        Category(5, "Dược - Trang thiết bị"),
        Category(6, "An toàn thực phẩm"),
    ),
    general=1,
)

HELDOUT4 = Portal(
    name="heldout4",
    site_title=chrome.HEALTH_PORTAL_TITLE,
    master=Master.GRID_2013,
    article_part=ArticlePart.GRID,
    field_naming=FieldNaming.ENCODED,
    comment_lines=1,
    footer_lines=chrome.HEALTH_FOOTER_LINES,
    sections=(
        Section(
            key="TinBai",
            name="Tin tức - Sự kiện",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.LINKS,
            listing_path="/Pages/tin-tuc-su-kien.aspx",
            article_page="/Pages/chi-tiet-tin.aspx",
            id_param="ItemID",
            categories=NEWS_CATEGORIES,
            page_param="p",
            page_item_id=7,
            title_area=TitleArea(
                article_heading=chrome.NEWS_DETAIL_HEADING,
                article_description=chrome.NEWS_DETAIL_DESCRIPTION,
                listing_description=chrome.NEWS_LISTING_DESCRIPTION,
            ),
            date_layouts=(
                DateLayout((DateFormat.WEEKDAY_LONG,), DateFormat.UPDATED),
                DateLayout((DateFormat.FORM,)),
                DateLayout((DateFormat.SENT,)),
                DateLayout((DateFormat.SHORT,), DateFormat.UPDATED),
            ),
            count=16,
            first_id=412,
            seed=7101,
            page_size=4,
            deleted_ids=(409, 410),
            list_guid="{3A5C7E9B-1D2F-4A6B-8C0D-E2F4A6B8C0D1}",
        ),
        Section(
            key="YTeCoSo",
            name="Y tế cơ sở",
            kind=PageKind.PUBLISHING,
            paging=Paging.LIST_VIEW,
            listing_path="/yte-coso/Pages/Forms/AllItems.aspx",
            web="yte-coso",
            master=Master.GRID_2010,
            site_collection=True,
            title_crumb=True,
            date_layouts=(
                DateLayout((DateFormat.SPELLED,)),
                DateLayout((DateFormat.SPELLED,), DateFormat.UPDATED),
            ),
            count=13,
            first_id=1,
            seed=7102,
            page_size=5,
            deleted_ids=(31,),
            list_guid="{4B6D8FAC-2E3A-4B7C-9D1E-F3A5B7C9D1E2}",
            view_guid="{7C9E1A3B-5D6F-4E8A-8B2C-4D6E8FA0B2C3}",
            category_label="Lĩnh vực",
        ),
        Section(
            key="ThongBao",
            name="Thông báo",
            kind=PageKind.FILLED_FORM,
            paging=Paging.POSTBACK,
            listing_path="/Pages/thong-bao.aspx",
            topics=NOTICE_TOPICS,
            short_notices=True,
            title_area=TitleArea(
                article_description=chrome.NOTICE_DESCRIPTION,
                listing_description=chrome.NOTICE_LISTING_DESCRIPTION,
            ),
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=12,
            first_id=1,
            seed=7103,
            page_size=5,
            deleted_ids=(13,),
            list_guid="{5C7E9BAD-3F4B-4C8D-8E2F-A4B6C8DAE2F3}",
            pager_guid="2b4d6f8a_0c1e_4a3b_9c5d_7e9f1a3b5c7d",
            category_label="Lĩnh vực",
        ),
    ),
    rss_guid="{3A5C7E9B-1D2F-4A6B-8C0D-E2F4A6B8C0D1}",
    # No page shows a visitor or view counter.
    visitor_count=0,
    start=datetime(2017, 1, 1),
    end=datetime(2025, 10, 31),
    title_book=HealthTitles,
    form_schema=FormSchema.NOTICE,
    texts=HEALTH_TEXTS,
    view_counter=False,
)

HELDOUT4_PORTALS: tuple[Portal, ...] = (HELDOUT4,)

__all__ = ["HELDOUT4", "HELDOUT4_CHROME_STRINGS", "HELDOUT4_PORTALS"]
