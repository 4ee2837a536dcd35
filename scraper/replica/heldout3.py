"""The third held-out portal: a fifth vendor's markup, URL scheme and master, kept out of
`PORTALS`.

The article extractor was tuned on town and unit and then fixed on heldout and heldout2; this
portal, HTML5 microdata markup none of them has, was measured once unseen and fixed on
afterwards (its scores are "seen"). Serve it with
`serve_replica(port=0, portals=HELDOUT3_PORTALS)`.
"""

from __future__ import annotations

from datetime import datetime

from scraper.replica.chrome import HELDOUT3_CHROME_STRINGS
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

HELDOUT3 = Portal(
    name="heldout3",
    site_title="Cổng Thông tin điện tử huyện Thới Sơn Điền",
    master=Master.HTML5_2013,
    article_part=ArticlePart.MICRODATA,
    field_naming=FieldNaming.ASCII,
    comment_lines=3,
    footer_lines=(
        "Cơ quan chủ trì: Văn phòng HĐND và UBND huyện Thới Sơn Điền",
        "Phụ trách biên tập: Bà Châu Ngọc Uyên - Phó Chánh Văn phòng HĐND và UBND huyện",
        "Địa chỉ liên hệ: Số 27 đường Bến Đò Cũ, thị trấn Thới Sơn - ĐT: (0294) 3755 302",
        "Hộp thư: bientap@thoisondien.example.gov.vn",
        "Ghi rõ nguồn Cổng Thông tin điện tử huyện Thới Sơn Điền khi đăng lại thông tin",
    ),
    sections=(
        Section(
            key="BanTinHuyen",
            name="Tin tức - Sự kiện",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.LIST_VIEW,
            listing_path="/Lists/BanTinHuyen/TatCaTin.aspx",
            article_page="/Pages/ChiTietTin.aspx",
            item_query=(("CateID", "12"),),
            id_param="ItemID",
            date_layouts=(
                DateLayout((DateFormat.WEEKDAY_LONG,), DateFormat.UPDATED),
                DateLayout((DateFormat.SPELLED,)),
                DateLayout((DateFormat.SENT,)),
                DateLayout((DateFormat.SHORT,), DateFormat.UPDATED),
            ),
            count=17,
            first_id=1601,
            seed=6101,
            page_size=5,
            deleted_ids=(1598, 1599),
            list_guid="{4B6D8F1A-3C5E-4A7B-9D1F-6E8A0C2B4D6F}",
            view_guid="{7E3A9C51-2B4D-4F6A-8C1E-5A7B9D3F1C2E}",
            view_label="lượt đọc",
        ),
        Section(
            key="PhongSuKySu",
            name="Phóng sự - Ký sự",
            kind=PageKind.PUBLISHING,
            paging=Paging.POSTBACK,
            listing_path="/Pages/PhongSuKySu.aspx",
            pages_folder="PhongSuKySu",
            date_layouts=(
                DateLayout((DateFormat.POSTED,), DateFormat.UPDATED),
                DateLayout((DateFormat.FORM,)),
                DateLayout((DateFormat.SPELLED,), DateFormat.UPDATED),
                DateLayout((DateFormat.UPDATED,)),
            ),
            count=14,
            first_id=301,
            seed=6102,
            page_size=4,
            deleted_ids=(297,),
            list_guid="{5C7E9A2B-4D6F-4B8C-8E2A-7F9B1D3E5A7C}",
            pager_guid="9d1f3b5c_7e9a_4c2d_8f4b_6a8c0e2d4f6b",
            category_label="Lĩnh vực",
        ),
        Section(
            key="ThongBaoUBND",
            name="Thông báo - Chỉ đạo",
            kind=PageKind.FILLED_FORM,
            paging=Paging.LINKS,
            listing_path="/Pages/DanhSachThongBao.aspx",
            listing_query=(("loai", "thong-bao"),),
            page_param="trang",
            form_page="ChiTiet.aspx",
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=14,
            first_id=1,
            seed=6103,
            page_size=5,
            deleted_ids=(15,),
            list_guid="{6D8FAB3C-5E7A-4C9D-9F3B-8A0C2E4F6B8D}",
        ),
    ),
    rss_guid="{4B6D8F1A-3C5E-4A7B-9D1F-6E8A0C2B4D6F}",
    visitor_count=3486120,
    start=datetime(2016, 1, 1),
    end=datetime(2025, 10, 31),
    form_schema=FormSchema.RELEASE,
)

HELDOUT3_PORTALS: tuple[Portal, ...] = (HELDOUT3,)

__all__ = ["HELDOUT3", "HELDOUT3_CHROME_STRINGS", "HELDOUT3_PORTALS"]
