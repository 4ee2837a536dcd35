"""The held-out portal: a third vendor's markup, URL scheme and master, kept out of `PORTALS`.

Written after the extractor was tuned on town and unit, to measure it on markup it had never
seen (bench/RESULTS.md keeps that first figure); the extractor has been fixed on it since, so
its scores are now "seen". Serve it with `serve_replica(port=0, portals=HELDOUT_PORTALS)`.
"""

from __future__ import annotations

from datetime import datetime

from scraper.replica.chrome import HELDOUT_CHROME_STRINGS
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

HELDOUT = Portal(
    name="heldout",
    site_title="Cổng Thông tin điện tử huyện Lạc Hòa Sơn",
    master=Master.CUSTOM_2013,
    article_part=ArticlePart.LABELS,
    field_naming=FieldNaming.ASCII,
    comment_lines=3,
    footer_lines=(
        "Cơ quan chủ quản: Ủy ban nhân dân huyện Lạc Hòa Sơn",
        "Người chịu trách nhiệm: Ông Hà Minh Triết - Chánh Văn phòng HĐND và UBND huyện",
        "Trụ sở: Số 5 đường 30 Tháng 4, thị trấn Lạc Hòa - Điện thoại: (0277) 3862 145",
        "Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/03/2016",
        "Bản quyền thuộc về Ủy ban nhân dân huyện Lạc Hòa Sơn",
    ),
    sections=(
        Section(
            key="TinDiaPhuong",
            name="Tin địa phương",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.LINKS,
            listing_path="/tin-tuc/danh-sach.aspx",
            listing_query=(("ChuyenMucID", "3"),),
            page_param="page",
            article_page="/tin-tuc/chi-tiet.aspx",
            id_param="idTin",
            date_layouts=(
                DateLayout((DateFormat.FORM,)),
                DateLayout((DateFormat.SPELLED,), DateFormat.UPDATED),
                DateLayout((DateFormat.WEEKDAY_LONG,)),
            ),
            count=18,
            first_id=1501,
            seed=4131,
            page_size=5,
            deleted_ids=(1497, 1499),
            list_guid="{3E5A7C9D-2B4F-4618-9A0C-B2D4F6081A3C}",
            view_label="Lượt truy cập",
            category_label="Phân loại",
        ),
        Section(
            key="ChuyenDePhongSu",
            name="Chuyên đề - Phóng sự",
            kind=PageKind.PUBLISHING,
            paging=Paging.POSTBACK,
            listing_path="/Pages/ChuyenDe.aspx",
            listing_query=(("CateID", "7"),),
            web="chuyen-de",
            dated_pages=True,
            date_layouts=(
                DateLayout((DateFormat.SENT,)),
                DateLayout((DateFormat.SHORT,), DateFormat.UPDATED),
                DateLayout((DateFormat.POSTED,)),
            ),
            count=15,
            first_id=1,
            seed=4132,
            page_size=4,
            deleted_ids=(91,),
            list_guid="{7A9C1E3B-5D7F-4B19-8D2F-4A6C8E0B2D4F}",
            pager_guid="5e7a9c1b_3d2f_4a6b_8c0d_e1f2a3b4c5d6",
            view_label="Lượt người xem",
        ),
        Section(
            key="VanBanChiDao",
            name="Chỉ đạo - Điều hành",
            kind=PageKind.FILLED_FORM,
            paging=Paging.LIST_VIEW,
            listing_path="/Lists/VanBanChiDao/MoiNhat.aspx",
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=14,
            first_id=1,
            seed=4103,
            page_size=5,
            deleted_ids=(15,),
            list_guid="{C4E6A8B0-1D3F-4E57-9B1D-3F5A7C9E1B3D}",
            view_guid="{D15EA5E0-2468-4ACE-8BDF-13579BDF2468}",
        ),
    ),
    rss_guid="{3E5A7C9D-2B4F-4618-9A0C-B2D4F6081A3C}",
    visitor_count=1052367,
    start=datetime(2014, 1, 1),
    end=datetime(2025, 6, 30),
    form_schema=FormSchema.DIRECTIVE_NEWS,
)

HELDOUT_PORTALS: tuple[Portal, ...] = (HELDOUT,)

__all__ = ["HELDOUT", "HELDOUT_CHROME_STRINGS", "HELDOUT_PORTALS"]
