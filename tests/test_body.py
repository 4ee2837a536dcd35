"""Body cleaning: Word-pasted SharePoint rich text -> canonical HTML and clean text."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from scraper.parsers.body import Body, extract_blocks, join_blocks

BASE = "http://portal.example.vn/Lists/TinTuc/DispForm.aspx?ID=3"


def clean(fragment: str) -> Body:
    soup = BeautifulSoup(f"<div id='body'>{fragment}</div>", "lxml")
    container = soup.find(id="body")
    assert container is not None
    return join_blocks(extract_blocks(container, BASE))


@pytest.mark.parametrize(
    ("fragment", "html", "text"),
    [
        pytest.param(
            '<p class="MsoNormal"><span style="font-size:13pt">&nbsp;&nbsp; Người dân '
            "<b>phấn khởi</b>"
            "</span></p>",
            "<p>Người dân <strong>phấn khởi</strong></p>",
            "Người dân phấn khởi",
            id="word-spans-and-nbsp-indent",
        ),
        pytest.param(
            "<p>Một</p><p>&nbsp;</p><p><br></p><div><br></div><p>Hai</p>",
            "<p>Một</p>\n<p>Hai</p>",
            "Một\n\nHai",
            id="empty-paragraphs-dropped",
        ),
        pytest.param(
            "<p>Đoạn một<br><br>Đoạn hai<br> <br>Đoạn ba</p>",
            "<p>Đoạn một</p>\n<p>Đoạn hai</p>\n<p>Đoạn ba</p>",
            "Đoạn một\n\nĐoạn hai\n\nĐoạn ba",
            id="double-br-splits-paragraphs",
        ),
        pytest.param(
            "<div>Đoạn trong div</div><div>Đoạn khác</div>",
            "<p>Đoạn trong div</p>\n<p>Đoạn khác</p>",
            "Đoạn trong div\n\nĐoạn khác",
            id="div-paragraphs-become-p",
        ),
        pytest.param(
            "<p>Xã &#7875;n &#273;&#7883;nh</p>",
            "<p>Xã ển định</p>",
            "Xã ển định",
            id="numeric-character-references",
        ),
        pytest.param(
            "<p>Thi\u0323 xa\u0303 tô\u0309 chư\u0301c</p>",
            "<p>Thị xã tổ chức</p>",
            "Thị xã tổ chức",
            id="nfd-comes-out-nfc",
        ),
        pytest.param(
            "<p>Ban\u200b chỉ\ufeff đạo\u00a0\u00a0thị xã</p>",
            "<p>Ban chỉ đạo thị xã</p>",
            "Ban chỉ đạo thị xã",
            id="zero-width-and-nbsp",
        ),
        pytest.param(
            '<p>Xem <a href="/Pages/ke-hoach.aspx" target="_blank" class="x">kế hoạch</a> và '
            '<a href="javascript:void(0)">in</a> <a href="https://www.facebook.com/p">trang</a></p>',
            '<p>Xem <a href="http://portal.example.vn/Pages/ke-hoach.aspx">kế hoạch</a> và in '
            '<a href="https://www.facebook.com/p">trang</a></p>',
            "Xem kế hoạch và in trang",
            id="links-absolute-javascript-unwrapped",
        ),
        pytest.param(
            "<p>Tỷ lệ <i>đạt</i> 5 < 6 & H<sub>2</sub>O</p>",
            "<p>Tỷ lệ <em>đạt</em> 5 &lt; 6 &amp; H<sub>2</sub>O</p>",
            "Tỷ lệ đạt 5 < 6 & H2O",
            id="escaping-and-inline-tags",
        ),
        pytest.param(
            "<h3><span>Kết quả đạt được</span></h3><ul><li>Một</li><li><p>Hai</p></li></ul>"
            "<ol><li>Ba</li></ol>",
            "<h3>Kết quả đạt được</h3>\n<ul><li>Một</li><li>Hai</li></ul>\n<ol><li>Ba</li></ol>",
            "Kết quả đạt được\n\nMột\nHai\n\nBa",
            id="headings-and-lists",
        ),
        pytest.param(
            '<table class="MsoTableGrid" border="1"><tbody><tr><th>Xã</th><th>Số hộ</th></tr>'
            '<tr><td><p class="MsoNormal">Mỹ Lợi</p></td><td>1.200</td></tr>'
            '<tr><td colspan="2">Tổng</td></tr></tbody></table>',
            "<table><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Mỹ Lợi</td><td>1.200</td></tr>"
            '<tr><td colspan="2">Tổng</td></tr></table>',
            "Xã | Số hộ\nMỹ Lợi | 1.200\nTổng",
            id="data-table",
        ),
        pytest.param(
            "<p>Trước</p><script>alert(1)</script><style>p{}</style><p onclick='x()'>Sau</p>"
            "<iframe src='http://x'></iframe>",
            "<p>Trước</p>\n<p>Sau</p>",
            "Trước\n\nSau",
            id="scripts-styles-handlers-iframes-gone",
        ),
        pytest.param(
            "<p><em>Nguồn: Báo Ấp Bắc Mới</em></p>",
            "<p><em>Nguồn: Báo Ấp Bắc Mới</em></p>",
            "Nguồn: Báo Ấp Bắc Mới",
            id="source-line-stays-in-body",
        ),
    ],
)
def test_rich_text_is_cleaned_to_canonical_html_and_text(
    fragment: str, html: str, text: str
) -> None:
    body = clean(fragment)
    assert body.html == html
    assert body.text == text


IMAGE = '<img src="/PublishingImages/2021-04/hoi-nghi.jpg" alt="Hội nghị">'
FIGURE = (
    '<figure><img src="http://portal.example.vn/PublishingImages/2021-04/hoi-nghi.jpg" '
    'alt="Hội nghị"><figcaption>Quang cảnh hội nghị (Ảnh: Minh Tâm)</figcaption></figure>'
)


@pytest.mark.parametrize(
    "fragment",
    [
        pytest.param(
            f"<p>{IMAGE}</p><p><em>Quang cảnh hội nghị (Ảnh: Minh Tâm)</em></p>", id="italic-next"
        ),
        pytest.param(
            f'<p style="text-align:center">{IMAGE}</p>'
            '<p style="text-align: center;">Quang cảnh hội nghị (Ảnh: Minh Tâm)</p>',
            id="centred-next",
        ),
        pytest.param(
            f"<table><tr><td>{IMAGE}</td></tr><tr><td>Quang cảnh hội nghị (Ảnh: Minh Tâm)</td></tr>"
            "</table>",
            id="table-row-under",
        ),
        pytest.param(
            f"<p>{IMAGE}<br>Quang cảnh hội nghị (Ảnh: Minh Tâm)</p>", id="same-paragraph-after-br"
        ),
        pytest.param(
            f"<figure>{IMAGE}<figcaption>Quang cảnh hội nghị (Ảnh: Minh Tâm)</figcaption></figure>",
            id="figure",
        ),
    ],
)
def test_captions_go_with_their_image_not_into_the_text(fragment: str) -> None:
    body = clean(f"<p>Trước ảnh</p>{fragment}<p>Sau ảnh</p>")
    assert body.html == f"<p>Trước ảnh</p>\n{FIGURE}\n<p>Sau ảnh</p>"
    assert body.text == "Trước ảnh\n\nSau ảnh"
    assert body.images == [
        {
            "url": "http://portal.example.vn/PublishingImages/2021-04/hoi-nghi.jpg",
            "caption": "Quang cảnh hội nghị (Ảnh: Minh Tâm)",
        }
    ]


def test_italic_source_line_after_an_image_is_not_its_caption() -> None:
    body = clean(f"<p>{IMAGE}</p><p><i>Nguồn: Cổng thông tin tỉnh</i></p>")
    assert body.images[0]["caption"] is None
    assert body.text == "Nguồn: Cổng thông tin tỉnh"


def test_plain_paragraph_after_an_image_stays_body_text() -> None:
    body = clean(f"<p>{IMAGE}</p><p>Hội nghị diễn ra trong một ngày.</p>")
    assert body.images[0]["caption"] is None
    assert body.text == "Hội nghị diễn ra trong một ngày."
