"""Article parts found by what they are: form fields by their labels' words, teasers by the
title link before them, meta lines by their dates and labels."""

from __future__ import annotations

import pytest

from scraper.parsers import ListedItem, parse_page
from scraper.parsers.article import _before_date, form_role_of
from tests.miniportal import page


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Nội dung tóm tắt", "summary"),  # the qualifier, last, decides
        ("Nội dung thông báo", "body"),
        ("Tiêu đề thông báo", "title"),
        ("Ngày đăng tin", "published"),
        ("Số ký hiệu", None),
        ("Đơn vị ban hành", None),
    ],
)
def test_a_form_label_s_role_comes_from_its_words(label: str, role: str | None) -> None:
    assert form_role_of(label) == role


def _field(label: str, internal: str, value: str) -> str:
    return (
        f'<tr><td class="ms-formlabel"><h3 class="ms-standardheader">'
        f'<a name="SPBookmark_{internal}"></a>{label}</h3></td>'
        f'<td class="ms-formbody"><!-- FieldName="{label}" FieldInternalName="{internal}" '
        f'FieldType="SPFieldNote" -->{value}</td></tr>'
    )


RELABELLED_FORM = page(
    "Thông báo",
    '<table class="ms-formtable">'
    + _field("Tiêu đề thông báo", "Title", "Bệnh viện tỉnh thông báo lịch trực dịp nghỉ lễ")
    + _field("Nội dung tóm tắt", "N_x1ed9_i_x0020_dung_x0020_t_x00", "Các khoa trực đủ 24 giờ.")
    + _field(
        "Nội dung thông báo",
        "N_x1ed9_i_x0020_dung_x0020_th_x0",
        '<div class="ms-rtestate-field"><p>Người bệnh cấp cứu được tiếp nhận ngay.</p></div>',
    )
    + _field("Ngày đăng tin", "Ng_x00e0_y_x0020__x0111__x0103_n", "21/01/2025 4:45 CH")
    + "</table>",
)


def test_relabelled_form_fields_with_cut_internal_names_are_read_by_their_labels() -> None:
    article = parse_page(RELABELLED_FORM, "http://h.vn/Lists/ThongBao/DispForm.aspx?ID=6").article
    assert article is not None
    assert article.title == "Bệnh viện tỉnh thông báo lịch trực dịp nghỉ lễ"
    assert article.summary == "Các khoa trực đủ 24 giờ."
    assert article.body_text == "Người bệnh cấp cứu được tiếp nhận ngay."
    assert article.published_at == "2025-01-21T16:45:00+07:00"


CATEGORY_PAGE = page(
    "Dược - Trang thiết bị",
    "".join(
        f'<div class="it"><a href="/tin/{n}.aspx">Trạm y tế xã số {n} tiếp nhận máy chụp cắt lớp'
        f"</a><span>0{n}/08/2022</span><p>Thiết bị hiện đại giúp chẩn đoán chính xác, rút ngắn "
        f"thời gian chờ đợi của người bệnh ở xã số {n}.</p></div>"
        for n in (1, 2)
    ),
)


def test_a_category_page_of_two_teasers_is_a_listing_not_an_article() -> None:
    found = parse_page(CATEGORY_PAGE, "http://h.vn/danh-sach.aspx?CateID=5", ListedItem(
        "Dược - Trang thiết bị của sở y tế", "06/08/2022"))  # fmt: skip
    assert found.article is None
    assert sorted(found.listing.items) == ["http://h.vn/tin/1.aspx", "http://h.vn/tin/2.aspx"]


def test_a_date_line_going_on_with_a_category_is_not_the_lead() -> None:
    html = page(
        "Tin",
        '<div class="bai"><h1>Sở Y tế kiểm tra an toàn thực phẩm dịp Tết Nguyên đán</h1>'
        "<div>23/05/2024 Chuyên mục: Hoạt động ngành</div>"
        "<div>Đoàn kiểm tra tập trung vào các cơ sở sản xuất bánh kẹo.</div>"
        '<div class="nd"><p>Đoàn đã kiểm tra ba mươi cơ sở, nhắc nhở năm cơ sở vi phạm.</p>'
        "<p>Các mẫu xét nghiệm nhanh hàn the, phẩm màu và chất tẩy trắng đều đạt yêu cầu; "
        "đoàn sẽ tiếp tục kiểm tra đột xuất đến hết tháng Giêng.</p></div></div>",
    )
    article = parse_page(html, "http://h.vn/tin/1.aspx").article
    assert article is not None
    assert article.summary == "Đoàn kiểm tra tập trung vào các cơ sở sản xuất bánh kẹo."
    assert article.published_at == "2024-05-23T00:00:00+07:00"
    assert article.category == "Hoạt động ngành"


def test_the_lead_of_a_page_whose_title_is_outside_the_content_is_its_first_prose_line() -> None:
    html = (
        page(
            "Cổng Sở Y tế - Khánh thành khu điều trị nội trú mới của bệnh viện tỉnh",
            '<div class="pl"><span>Thứ Năm, ngày 14 tháng 6 năm 2018</span>'
            "<div>Khu điều trị mới với 120 giường bệnh giúp giảm quá tải.</div>"
            '<div class="ms-rtestate-field"><p>Khu điều trị được xây trong hai năm, gồm bốn '
            "tầng và đủ trang thiết bị.</p><p>Người bệnh được chăm sóc tốt hơn.</p></div></div>",
        )
    )  # fmt: skip
    listed = ListedItem("Khánh thành khu điều trị nội trú mới của bệnh viện tỉnh", "14/06/2018")
    article = parse_page(html, "http://h.vn/yte/Pages/a.aspx", listed).article
    assert article is not None
    assert article.title == listed.title
    assert article.summary == "Khu điều trị mới với 120 giường bệnh giúp giảm quá tải."
    assert article.body_text.startswith("Khu điều trị được xây trong hai năm")


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("Ph.Vinh Thứ Hai, ngày 14 tháng 5 năm 2018", "Ph.Vinh"),
        ("PV, N.T.Hằng 24-12-2011", "PV, N.T.Hằng"),
        ("Lâm nghiệp Cập nhật: 16-02-2015 10:00", "Lâm nghiệp"),
        ("Cải cách hành chính Ngày đăng:", "Cải cách hành chính"),
        ("Giao thông - Xây dựng", "Giao thông - Xây dựng"),
    ],
)
def test_a_byline_or_category_running_on_into_a_date_line_stops_before_it(
    value: str, kept: str
) -> None:
    assert _before_date(value) == kept


NO_PLACEHOLDER_PAGE = """<html><head><title>Sở Nông nghiệp tỉnh Đồng Khê Nam</title></head><body>
<table><tr><td>SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN <br>Hôm nay: Thứ Tư, 26-11-2025</td></tr>
<tr><td><table>
 <tr><td><strong>Hợp tác xã Vàm Rây trao bò giống cho hộ nghèo</strong></td></tr>
 <tr><td>28-02-2019</td></tr>
 <tr><td><p><b>Ngành thú y đề nghị người chăn nuôi thực hiện nghiêm an toàn sinh học.</b></p>
  <p>Mỗi hộ nghèo được nhận một con bò giống và được hướng dẫn kỹ thuật chăm sóc.</p>
  <p>Bài, ảnh: Hoàng Yến</p></td></tr>
</table></td></tr>
<tr><td>Bản quyền © 2009 thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Khê Nam<br>
Chịu trách nhiệm: Ông Lâm Quang Định - Phó Giám đốc Sở<br>Địa chỉ: Số 8 đường Hai Bà Trưng,
phường 1, thành phố Đồng Khê<br>Điện thoại: (0275) 3 822 415 - Fax: (0275) 3 822 419<br>
Thiết kế và phát triển: Trung tâm Công nghệ thông tin tỉnh</td></tr></table></body></html>"""


def test_without_a_content_placeholder_the_body_is_the_text_nearest_the_listed_title() -> None:
    listed = ListedItem("Hợp tác xã Vàm Rây trao bò giống cho hộ nghèo", "28-02-2019")
    article = parse_page(NO_PLACEHOLDER_PAGE, "http://h.vn/TinTuc/XemTin.aspx?id=5", listed).article
    assert article is not None
    assert article.body_text == (
        "Mỗi hộ nghèo được nhận một con bò giống và được hướng dẫn kỹ thuật chăm sóc."
    )
    # The bold first paragraph is the lead; the chrome's "today" is not the date.
    assert (
        article.summary == "Ngành thú y đề nghị người chăn nuôi thực hiện nghiêm an toàn sinh học."
    )
    assert (article.published_at, article.author) == ("2019-02-28T00:00:00+07:00", "Hoàng Yến")


def test_a_list_item_dated_only_by_its_created_at_footer_takes_that_time() -> None:
    html = page(
        "Announcements",
        '<table class="ms-formtable">'
        + _field("Title", "Title", "Thông báo lịch tiêm phòng dại cho chó, mèo đợt hai")
        + _field("Body", "Body", '<div class="ms-rtestate-field"><p>Các xã tổ chức tiêm '
                 "phòng từ ngày 5 đến ngày 20 tháng sau.</p></div>")
        + '</table><table><tr><td id="onetidinfoblock1">Created at 26/01/2016 11:50 SA by '
        "Quản trị</td></tr></table>",
    )  # fmt: skip
    article = parse_page(html, "http://h.vn/Lists/Announcements/DispForm.aspx?ID=12").article
    assert article is not None
    assert (article.published_at, article.published_at_raw) == (
        "2016-01-26T11:50:00+07:00",
        "26/01/2016 11:50 SA",
    )
