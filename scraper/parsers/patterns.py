"""Every selector and label pattern the page parsers use, named, in one place."""

from __future__ import annotations

import re

from lxml.cssselect import CSSSelector

from scraper.parsers.match import ElementMatcher, Selector

# --- The master page: read for facts, then stripped, on the whole page's lxml tree (CSS).
# Chrome: removed before any content is looked for (PORTAL.md section 2, "Always chrome").
CHROME = ElementMatcher(
    Selector.compile(
        ", ".join(
            (
                "script, style, noscript, link, meta, input, select, textarea, button",
                "iframe, object",
                "svg, #s4-ribbonrow, #suiteBar, #suiteBarDelta, #ms-designer-ribbon",
                "#TurnOnAccessibility, #TurnOffAccessibility, .ms-SkiptoNavigation",
                ".ms-SkiptoMainContent, .noindex, .s4-notdlg, .ms-dialogHidden, .ms-hide",
                "tr.ms-WPHeader, .ms-WPTitle, .ms-webpart-chrome-title, .ms-webpart-titleText",
                "table.ms-toolbar, td.ms-separator, .ms-formtoolbar, [id^=onetidinfoblock]",
                ".ms-descriptiontext, #sideNavBox, #s4-titlerow, .ms-quicklaunch, .s4-ql",
                ".ms-quickLaunch, .ms-topNavContainer, .s4-tn, .ms-breadcrumb, .s4-breadcrumb",
                "[id*=SiteMapPath], .ms-sitemapdirectional, nav, footer, [role=navigation]",
                ".ms-sbtable, #SearchBox, .ms-srch-sb, [id*=SearchBox]",
            )
        )
    )
)
# Where the master page puts the page's own content (2013 first, then 2010 ids), by priority.
CONTENT_ROOTS = tuple(
    CSSSelector(source)
    for source in (
        "#DeltaPlaceHolderMain",
        "#ctl00_DeltaPlaceHolderMain",
        "#contentBox",
        "#MSO_ContentTable",
        "#ctl00_MSO_ContentDiv",
        "[id$=PlaceHolderMain]",
    )
)
WEBPART_BODY_SOURCE = ".ms-WPBody, div[id^=WebPart]"
WEBPART_BODIES = CSSSelector(WEBPART_BODY_SOURCE)
WEBPART_TITLE = CSSSelector("h3.ms-WPTitle, .ms-WPTitle, .ms-webpart-titleText")
WEBPART_FRAME = CSSSelector("td[id^=MSOZoneCell_WebPart], .ms-webpart-chrome")
# Set on each web part body (from its title row) before the chrome goes.
WEBPART_TITLE_ATTRIBUTE = "data-webpart-title"
PAGE_TITLES = tuple(
    CSSSelector(source)
    for source in ("#pageTitle", "[id$=PlaceHolderPageTitleInTitleArea]", ".ms-pagetitle")
)
BREADCRUMBS = tuple(
    CSSSelector(source)
    for source in (
        "[id*=SiteMapPath]",
        ".ms-sitemapdirectional",
        ".s4-breadcrumb",
        ".ms-breadcrumb",
        "[class*=breadcrumb]",
        "[class*=Breadcrumb]",
        "[id*=breadcrumb]",
        # schema.org and ARIA: how HTML5 masters mark a breadcrumb without naming it.
        "[itemtype*=BreadcrumbList]",
        "[aria-label*=readcrumb]",
    )
)
# A breadcrumb written as plain text after a link home.
BREADCRUMB_SEPARATOR = re.compile(r"\s+(?:[»›>→/]|::)\s+|\s*[»›→]\s*")
BREADCRUMB_MAX_CHARS = 300
HOME_PATHS = frozenset({"", "/", "/default.aspx", "/pages/default.aspx", "/trangchu.aspx"})
BREADCRUMB_NOISE = frozenset({"skip navigation links", ">", "›", "»", "/", "|", "-", "→"})
INFO_BLOCK = CSSSelector("[id^=onetidinfoblock], .ms-descriptiontext")

# --- The page's own content, on its BeautifulSoup tree (simple selectors, match.py).
WEBPART_BODY = Selector.compile(WEBPART_BODY_SOURCE)
RICH_TEXT = Selector.compile(".ms-rtestate-field, [id$=__ControlWrapper_RichHtmlField]")
RICH_TEXT_CLASSES = ("ms-rtestate-field", "ExternalClass")
# A publishing page's rich HTML field (its page content, whatever the layout names it).
RICH_HTML_FIELD = Selector.compile("[id$=__ControlWrapper_RichHtmlField]")

# --- The list display form (PORTAL.md section 3).
FORM_BODY = Selector.compile("td.ms-formbody")
FORM_LABEL = Selector.compile("td.ms-formlabel")
FORM_TABLE = Selector.compile("table.ms-formtable")
FIELD_COMMENT = re.compile(r'FieldName="([^"]*)"\s+FieldInternalName="([^"]*)"')
BOOKMARK_PREFIX = "SPBookmark_"
# Folded label or internal name (see text.fold_key) -> record role.
FORM_FIELD_ROLES = {
    "tieude": "title",
    "title": "title",
    "tomtat": "summary",
    "mota": "summary",
    "trichyeu": "summary",
    "summary": "summary",
    "articlesummary": "summary",
    "description": "summary",
    "noidung": "body",
    "noidungchitiet": "body",
    "body": "body",
    "content": "body",
    "articlecontent": "body",
    "pagecontent": "body",
    "ngayxuatban": "published",
    "ngaydang": "published",
    "ngaybanhanh": "published",
    "thoigiandang": "published",
    "ngaygiodang": "published",
    "publishdate": "published",
    "publisheddate": "published",
    "articledate": "published",
    "tacgia": "author",
    "nguoiviet": "author",
    "butdanh": "author",
    "author": "author",
    "articleauthor": "author",
    "byline": "author",
    "phanloai": "category",
    "chuyenmuc": "category",
    "linhvuc": "category",
    "category": "category",
    "articlecategory": "category",
    "soluotnguoidoc": "view_count",
    "luotxem": "view_count",
    "soluotxem": "view_count",
    "hinhanh": "lead_image",
    "anhdaidien": "lead_image",
    "attachments": "attachments",
    "tepdinhkem": "attachments",
}
# SharePoint encodes non-ASCII characters of internal names as _xHHHH_.
ENCODED_CHAR = re.compile(r"_x([0-9a-fA-F]{4})_")

# --- The article block (PORTAL.md sections 3 and 7).
TITLE_CLASS = re.compile(r"title|tieu-?de|tieu_de|heading|headline|ten-?bai", re.IGNORECASE)
LEAD_CLASS = re.compile(
    r"sapo|summary|lead|tom-?tat|tomtat|mo-?ta|intro|excerpt|description|trich-?yeu",
    re.IGNORECASE,
)
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
TITLE_MIN_CHARS = 4
TITLE_MAX_CHARS = 400
# A link of a news list: its text reads like a title (menus say "Tin tức", pagers "2").
ITEM_TITLE_MIN_CHARS = 20
ITEM_TITLE_MIN_WORDS = 4
# Items of a list: at least this many siblings of one tag, each holding a title-like link
# (two when both show a date), found within this many levels above the link (a table row, a
# list item, a div).
ITEM_MIN_SIBLINGS = 3
ITEM_SEARCH_DEPTH = 6
LEAD_MIN_CHARS = 30
META_MAX_CHARS = 160
VIEW_COUNTER = re.compile(
    r"(?:số\s+)?lượt\s+(?:người\s+)?(?:xem|đọc|truy\s+cập)\s*:?\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)",
    re.IGNORECASE,
)
CATEGORY_LABEL = re.compile(
    r"^\s*(?:chuyên\s+mục|phân\s+loại|lĩnh\s+vực)\s*:\s*(.*)$", re.IGNORECASE
)
BYLINE_PREFIX = re.compile(
    r"^\s*(?:tác\s+giả|người\s+viết|người\s+đưa\s+tin|phóng\s+viên|tin\s*(?:,|và)\s*ảnh"
    r"|bài\s*(?:,|và)\s*ảnh|bài|tin)\s*:\s*(.+)$",
    re.IGNORECASE,
)
AUTHOR_CLASS = re.compile(r"tac-?gia|author|byline|nguoi-?viet|but-?danh", re.IGNORECASE)
# A bare byline: one to six capitalised words per name, names joined by ", " or " - ".
BARE_NAME = re.compile(
    r"^[^\W\d_][^\W\d_]*(?:\s[^\W\d_]+){0,5}(?:\s*(?:,|-|–)\s*[^\W\d_]+(?:\s[^\W\d_]+){0,5})*$"
)
BARE_NAME_MAX_CHARS = 60
RELATED_HEADING = re.compile(
    r"tin\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|mới|đã\s+đưa)|các\s+tin|xem\s+thêm|bài\s+viết\s+khác",
    re.IGNORECASE,
)
DOCUMENT_EXTENSIONS = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|txt)$", re.IGNORECASE
)
ATTACHMENT_PATH = re.compile(r"/Attachments/\d+/", re.IGNORECASE)
# Images that are interface, not content.
ICON_PATH = re.compile(r"/_layouts/|/_catalogs/|spacer|blank\.gif|icon", re.IGNORECASE)
ICON_MAX_PIXELS = 40
# Link text that is a page action, not content ("In bài", "Quay lại").
ACTION_TEXT = re.compile(
    r"^(?:in\s+bài|in\s+trang|quay\s+lại|trở\s+về|gửi\s+email|chia\s+sẻ|bản\s+in|đầu\s+trang)",
    re.IGNORECASE,
)

# --- Listings and paging (PORTAL.md section 4).
REFRESH_PAGE_TO = re.compile(r"RefreshPageTo\(\s*event\s*,\s*[\"']([^\"']+)[\"']")
DO_POSTBACK = re.compile(r"__doPostBack\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)")
# Postback arguments that page a list: GridView/DataPager ("Page$3", "Page$Next") and
# the DataFormWebPart's "dvt_firstrow={11}".
PAGER_ARGUMENT = re.compile(r"^(?:Page\$(?:\d+|Next|Prev|First|Last)|dvt_firstrow=\{\d+\}.*)$")
NON_PAGE_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "file:", "ftp:", "#")

# SharePoint's own error page (error.aspx, or its text inside a page answered with status 200):
# its heading, or the correlation id line it always shows.
ERROR_PAGE_TITLE = re.compile(
    r"^(?:Sorry, something went wrong|An unexpected error has occurred|Error|Lỗi"
    r"|Rất tiếc, đã xảy ra sự cố|Đã xảy ra lỗi(?: không mong muốn)?)\.?$",
    re.IGNORECASE,
)
ERROR_PAGE_LINE = re.compile(r"\b(?:Correlation ID|ID tương quan|Mã tương quan)\s*:", re.IGNORECASE)
