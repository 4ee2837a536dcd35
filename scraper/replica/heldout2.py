"""The second held-out portal: a fourth vendor's markup, URL scheme and master, kept out of
`PORTALS`.

The article extractor was tuned on town and unit and then fixed on heldout; this portal measures
it on markup none of them has. Serve it with `serve_replica(port=0, portals=HELDOUT2_PORTALS)`.
"""

from __future__ import annotations

from datetime import datetime

from scraper.replica.chrome import HELDOUT2_CHROME_STRINGS
from scraper.replica.dates import DateFormat, DateLayout
from scraper.replica.portals import (
    ArticlePart,
    FieldNaming,
    FormSchema,
    Master,
    PageKind,
    Paging,
    Portal,
    Section,
)

HELDOUT2 = Portal(
    name="heldout2",
    site_title="Trang Thông tin điện tử thành phố Bạc Liên Giang",
    master=Master.CUSTOM_2010,
    article_part=ArticlePart.DATAVIEW,
    field_naming=FieldNaming.ASCII,
    comment_lines=1,
    footer_lines=(
        "Cơ quan thiết lập: Ủy ban nhân dân thành phố Bạc Liên Giang",
        "Trưởng Ban biên tập: Ông Diệp Quang Vinh - Phó Chủ tịch UBND thành phố",
        "Số 68 đường Trần Huỳnh, phường Nhà Mát Mới - Điện thoại: (0291) 3822 115",
        "Thư điện tử: bbt@bacliengiang.example.gov.vn",
        "Thiết kế và phát triển: Trung tâm Chuyển đổi số tỉnh Bạc Liên",
    ),
    sections=(
        Section(
            key="TinKinhTeXaHoi",
            name="Kinh tế - Xã hội",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.LINKS,
            listing_path="/kinh-te-xa-hoi.aspx",
            folder="kinh-te-xa-hoi",
            date_layouts=(
                DateLayout((DateFormat.SENT,), DateFormat.UPDATED),
                DateLayout((DateFormat.SPELLED,)),
                DateLayout((DateFormat.POSTED,)),
                DateLayout((DateFormat.WEEKDAY_LONG,), DateFormat.UPDATED),
            ),
            count=17,
            first_id=2201,
            seed=5101,
            page_size=5,
            deleted_ids=(2188, 2190),
            list_guid="{8C0E2A4B-6D8F-4A1C-9E3B-5D7F9B1C3E5A}",
            view_label="Số lượt xem",
            category_label="Lĩnh vực",
        ),
        Section(
            key="PhongSuGhiChep",
            name="Phóng sự - Ghi chép",
            kind=PageKind.PUBLISHING,
            paging=Paging.LIST_VIEW,
            listing_path="/Pages/Forms/PhongSuGhiChep.aspx",
            date_layouts=(
                DateLayout((DateFormat.SHORT,), DateFormat.UPDATED),
                DateLayout((DateFormat.WEEKDAY_LONG,)),
                DateLayout((DateFormat.POSTED,), DateFormat.UPDATED),
                DateLayout((DateFormat.FORM,)),
            ),
            count=14,
            first_id=12,
            seed=5102,
            page_size=4,
            deleted_ids=(9,),
            list_guid="{2F4A6C8E-0B1D-4E3F-8A5C-7E9B1D3F5A7C}",
            view_guid="{5EED1E55-4C3B-4A29-8E17-F6D5C4B3A291}",
        ),
        Section(
            key="TinCoSo",
            name="Thông tin từ phường, xã",
            kind=PageKind.FILLED_FORM,
            paging=Paging.POSTBACK,
            listing_path="/co-so/Pages/default.aspx",
            web="co-so",
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=13,
            first_id=1,
            seed=5103,
            page_size=5,
            deleted_ids=(14,),
            list_guid="{9A1B3C5D-7E9F-4B2D-A4C6-E8F0A2B4C6D8}",
            pager_guid="6b8d0f2a_4c6e_4a8b_9d1f_3a5c7e9b1d3f",
        ),
    ),
    rss_guid="{8C0E2A4B-6D8F-4A1C-9E3B-5D7F9B1C3E5A}",
    visitor_count=2415880,
    start=datetime(2015, 1, 1),
    end=datetime(2025, 9, 30),
    form_schema=FormSchema.PORTAL_ARTICLE,
)

HELDOUT2_PORTALS: tuple[Portal, ...] = (HELDOUT2,)

__all__ = ["HELDOUT2", "HELDOUT2_CHROME_STRINGS", "HELDOUT2_PORTALS"]
