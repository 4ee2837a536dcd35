"""Chrome texts of the replica pages: one place for the renderers and for CHROME_STRINGS."""

from __future__ import annotations

SKIP_RIBBON = "Skip Ribbon Commands"
SKIP_MAIN = "Skip to main content"
SKIP_NAVIGATION = "Skip Navigation Links"
ACCESSIBILITY_ON = "Turn on more accessible mode"
ACCESSIBILITY_OFF = "Turn off more accessible mode"
SIGN_IN = "Sign In"
LOCATION = "This page location is:"
MANAGE_PERMISSIONS = "Manage Permissions"
VERSION_HISTORY = "Version History"
CONTENT_TYPE = "Content Type: Tin Tức Mở Rộng"
VERSION = "Version:"
CREATED_AT = "Created at"
LAST_MODIFIED_AT = "Last modified at"
VISITOR_TITLE = "Thống kê truy cập"
VISITOR_LABEL = "Số lượt truy cập"
ONLINE_LABEL = "Đang trực tuyến"
PHOTO_TITLE = "Thư viện ảnh"
VIDEO_TITLE = "Video clip"
MOST_READ_TITLE = "Tin đọc nhiều"
LATEST_TITLE = "Tin mới cập nhật"
LINKS_TITLE = "Liên kết website"
BANNER_TITLE = "Chuyên trang tuyên truyền"
SEARCH_PLACEHOLDER = "Nhập từ khóa tìm kiếm"
SEARCH_BUTTON = "Tìm kiếm"
HOME_LABEL = "Trang chủ"
INTRO_LABEL = "Giới thiệu"
CONTACT_LABEL = "Liên hệ"
INTERNAL_LABEL = "Văn phòng điện tử"
QA_LABEL = "Hỏi đáp"
SERVICES_LABEL = "Dịch vụ công trực tuyến"
ATTACHMENTS_LABEL = "File đính kèm"
FILES_HEADING = "Tài liệu đính kèm"
NEXT_PAGE = "Trang sau"
LAST_PAGE = "Trang cuối"
PREVIOUS_PAGE = "Trang trước"

# Labels of the article list's fields, as the display forms show them.
FORM_LABELS_DISTINCTIVE = (
    "Hình ảnh mô tả",
    "Link thay thế nội dung",
    "Tin nổi bật",
    "Loại bài viết",
    "Số Trang",
    "Số Ảnh",
    "Số lượt người đọc",
    "Approval Status",
    "Attachments",
)

CHROME_STRINGS = [
    SKIP_RIBBON,
    SKIP_MAIN,
    SKIP_NAVIGATION,
    ACCESSIBILITY_ON,
    SIGN_IN,
    "This page location is",
    MANAGE_PERMISSIONS,
    VERSION_HISTORY,
    *FORM_LABELS_DISTINCTIVE,
    "Content Type",
    CREATED_AT,
    LAST_MODIFIED_AT,
    VISITOR_TITLE,
    VISITOR_LABEL,
    ONLINE_LABEL,
    PHOTO_TITLE,
    VIDEO_TITLE,
    MOST_READ_TITLE,
    LATEST_TITLE,
    LINKS_TITLE,
    BANNER_TITLE,
    "ỦY BAN NHÂN DÂN",
    "Chịu trách nhiệm chính",
    SEARCH_PLACEHOLDER,
    SEARCH_BUTTON,
    HOME_LABEL,
    INTRO_LABEL,
    CONTACT_LABEL,
    QA_LABEL,
    SERVICES_LABEL,
    ATTACHMENTS_LABEL,
    FILES_HEADING,
    NEXT_PAGE,
    LAST_PAGE,
]

# The held-out portal's own chrome: custom 2013 master, side web parts, article web part, form.
TODAY_LABEL = "Hôm nay"
TODAY_TEXT = "Thứ Tư, 26/11/2025"
YOU_ARE_HERE = "Bạn đang ở:"
COUNTER_TITLE = "Bộ đếm truy cập"
COUNTER_TOTAL = "Tổng số"
COUNTER_ONLINE = "Trực tuyến"
TOP_READ_TITLE = "Tin xem nhiều nhất"
SCHEDULE_TITLE = "Lịch công tác"
SCHEDULE_ITEMS = (
    "Lịch công tác tuần 48 (24/11 - 30/11/2025)",
    "Lịch tiếp công dân tháng 11/2025",
)
POLL_TITLE = "Thăm dò ý kiến"
POLL_QUESTION = "Bạn thấy thông tin trên trang này thế nào?"
POLL_OPTIONS = ("Rất hữu ích", "Hữu ích", "Chưa đầy đủ")
POLL_VOTE = "Biểu quyết"
POLL_RESULTS = "Xem kết quả"
WEBSITES_TITLE = "Trang web liên kết"
PRINT_LABEL = "In bài viết"
EMAIL_LABEL = "Gửi cho bạn bè"
SHARE_LABEL = "Chia sẻ Facebook"
OTHER_NEWS_TITLE = "Các tin khác"
ATTACHED_FILES_LABEL = "Tệp đính kèm"
PAGES_LABEL = "Trang:"
FIRST_PAGE = "Trang đầu"
FOLLOWING_PAGE = "Trang kế tiếp"
DIRECTIVE_CONTENT_TYPE = "Content Type: Tin chỉ đạo điều hành"
CLOSE_BUTTON = "Close"
# Labels of the held-out portal's list fields that only a display form shows.
DIRECTIVE_LABELS_DISTINCTIVE = (
    "Trích yếu",
    "Ảnh minh họa",
    "Nội dung chi tiết",
    "Người viết",
    "Hiển thị trang chủ",
)

HELDOUT_CHROME_STRINGS = [
    SKIP_RIBBON,
    SKIP_MAIN,
    ACCESSIBILITY_ON,
    SIGN_IN,
    "This page location is",
    "Content Type",
    CREATED_AT,
    LAST_MODIFIED_AT,
    TODAY_LABEL,
    TODAY_TEXT,
    YOU_ARE_HERE,
    COUNTER_TITLE,
    TOP_READ_TITLE,
    SCHEDULE_TITLE,
    *SCHEDULE_ITEMS,
    POLL_TITLE,
    POLL_QUESTION,
    POLL_VOTE,
    POLL_RESULTS,
    WEBSITES_TITLE,
    PRINT_LABEL,
    EMAIL_LABEL,
    SHARE_LABEL,
    OTHER_NEWS_TITLE,
    ATTACHED_FILES_LABEL,
    FIRST_PAGE,
    FOLLOWING_PAGE,
    LAST_PAGE,
    *DIRECTIVE_LABELS_DISTINCTIVE,
    "Cơ quan chủ quản",
    "Người chịu trách nhiệm",
    "Giấy phép số",
    "Bản quyền thuộc về",
    SEARCH_PLACEHOLDER,
    HOME_LABEL,
    INTRO_LABEL,
    CONTACT_LABEL,
    QA_LABEL,
    SERVICES_LABEL,
]

# The second held-out portal's own chrome: custom 2010 master, side web parts, data view
# article part, publishing layout, "Bài viết cổng" form.
WELCOME_PREFIX = "Chào mừng bạn đến với"
YOU_ARE_VIEWING = "Bạn đang xem:"
FIND_PLACEHOLDER = "Nhập nội dung cần tìm"
FIND_BUTTON = "Tìm"
NEWS_MENU_TITLE = "Danh mục tin tức"
USEFUL_LINKS_TITLE = "Liên kết hữu ích"
USEFUL_LINKS_CHOOSE = "--- Chọn trang liên kết ---"
STATS_TITLE = "Thống kê website"
STATS_ONLINE = "Đang online"
STATS_TOTAL = "Tổng lượt truy cập"
POPULAR_TITLE = "Bài viết đọc nhiều"
NEW_DOCUMENTS_TITLE = "Văn bản mới ban hành"
NEW_DOCUMENTS = (
    "Quyết định số 1520/QĐ-UBND ngày 12/11/2025 ban hành kế hoạch cải cách hành chính năm 2026",
    "Công văn số 884/UBND-VP ngày 05/11/2025 về việc bố trí lịch trực cơ quan",
)
HOTLINE_TITLE = "Đường dây nóng"
HOTLINE_LINES = (
    "Văn phòng UBND thành phố: 0291 3822 115",
    "Tiếp nhận phản ánh, kiến nghị: 1900 8198",
)
GALLERY_TITLE = "Thư viện hình ảnh"
POSTER_LABEL = "Người đưa tin"
ENCLOSED_LABEL = "Văn bản kèm theo"
PRINT_PAGE = "In trang"
BACK_TO_TOP = "Lên đầu trang"
SAME_SECTION_TITLE = "Tin cùng chuyên mục"
COMMENT_TITLE = "Ý kiến bạn đọc"
COMMENT_NAME = "Họ và tên"
COMMENT_EMAIL = "Thư điện tử"
COMMENT_SEND = "Gửi ý kiến"
COMMENT_NOTE = "Ý kiến của bạn sẽ được Ban biên tập xem xét trước khi đăng."
SHARE_PREFIX = "Chia sẻ:"
RELATED_ARTICLES_TITLE = "Bài viết liên quan"
NEXT_PAGES = "Tiếp theo"
PORTAL_ARTICLE_CONTENT_TYPE = "Content Type: Bài viết cổng thông tin"
ALERT_ME = "Alert Me"
# Values of the form's "Nguồn tin" field: page text that no record may carry.
NEWS_SOURCES = (
    "Ban Biên tập Trang thông tin điện tử thành phố",
    "Phòng Văn hóa và Thông tin thành phố",
    "Trung tâm Văn hóa, Thông tin và Thể thao thành phố",
)
# Labels of the second held-out portal's list fields that only a display form shows.
PORTAL_ARTICLE_LABELS_DISTINCTIVE = (
    "Tiêu đề bài viết",
    "Mô tả ngắn",
    "Ảnh đại diện",
    "Nội dung bài viết",
    "Thời gian đăng",
    "Nguồn tin",
    "Tác giả bài viết",
    "Thứ tự hiển thị",
)

HELDOUT2_CHROME_STRINGS = [
    SKIP_RIBBON,
    SKIP_MAIN,
    ACCESSIBILITY_ON,
    SIGN_IN,
    "This page location is",
    "Content Type",
    CREATED_AT,
    LAST_MODIFIED_AT,
    ALERT_ME,
    WELCOME_PREFIX,
    YOU_ARE_VIEWING,
    FIND_PLACEHOLDER,
    NEWS_MENU_TITLE,
    USEFUL_LINKS_TITLE,
    USEFUL_LINKS_CHOOSE,
    STATS_TITLE,
    STATS_ONLINE,
    STATS_TOTAL,
    POPULAR_TITLE,
    NEW_DOCUMENTS_TITLE,
    *NEW_DOCUMENTS,
    HOTLINE_TITLE,
    *HOTLINE_LINES,
    GALLERY_TITLE,
    POSTER_LABEL,
    ENCLOSED_LABEL,
    PRINT_PAGE,
    BACK_TO_TOP,
    SAME_SECTION_TITLE,
    COMMENT_TITLE,
    COMMENT_NAME,
    COMMENT_SEND,
    COMMENT_NOTE,
    SHARE_PREFIX,
    RELATED_ARTICLES_TITLE,
    NEXT_PAGES,
    *NEWS_SOURCES,
    *PORTAL_ARTICLE_LABELS_DISTINCTIVE,
    "Cơ quan thiết lập",
    "Trưởng Ban biên tập",
    "Thiết kế và phát triển",
    HOME_LABEL,
    INTRO_LABEL,
    CONTACT_LABEL,
    QA_LABEL,
    SERVICES_LABEL,
]

# The third held-out portal's own chrome: responsive 2013 master (HTML5 header, nav, aside,
# footer), side web parts, microdata article part, publishing layout, "Tin bài phát hành" form.
HOTLINE_STRIP = "Đường dây nóng: 0294 3755 300"
SLOGAN = "Chính quyền thân thiện, vì nhân dân phục vụ"
LOOKUP_PLACEHOLDER = "Gõ từ khóa cần tìm"
LOOKUP_BUTTON = "Tìm nhanh"
VISITS_TITLE = "Lượng truy cập"
VISITS_TODAY = "Hôm nay"
VISITS_MONTH = "Trong tháng"
VISITS_ALL = "Tổng cộng"
SPOTLIGHT_TITLE = "Tiêu điểm"
PROCEDURES_TITLE = "Tra cứu thủ tục"
PROCEDURE_ITEMS = (
    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Đăng ký hộ kinh doanh cá thể",
    "Xem toàn bộ danh mục thủ tục",
)
FEATURED_VIDEO_TITLE = "Video nổi bật"
FEATURED_VIDEO_CAPTION = "Bản tin truyền hình huyện tuần này"
PARTNER_SITES_TITLE = "Cổng thông tin liên kết"
SHARE_ARTICLE = "Chia sẻ bài viết:"
PRINT_VERSION = "Bản in"
TEXT_SIZE = "Cỡ chữ:"
ENCLOSED_DOCUMENTS_TITLE = "Văn bản đính kèm"
SAME_KIND_TITLE = "Tin cùng loại"
SAME_TOPIC_TITLE = "Bài cùng chủ đề"
FOLLOW_ON_PAGE = "Xem tiếp"
SHARED_WITH = "Shared With"
WORKFLOWS = "Workflows"
RELEASE_CONTENT_TYPE = "Content Type: Tin bài phát hành"
# Labels of the third held-out portal's list fields that only a display form shows.
RELEASE_LABELS_DISTINCTIVE = (
    "Tiêu đề tin",
    "Tóm lược",
    "Ảnh tiêu biểu",
    "Nội dung tin",
    "Ngày phát hành",
    "Ngày hết hạn",
    "Bút danh",
    "Nhóm tin",
    "Tin tiêu điểm",
    "Số lần truy cập",
)

HELDOUT3_CHROME_STRINGS = [
    SKIP_RIBBON,
    SKIP_MAIN,
    ACCESSIBILITY_ON,
    SIGN_IN,
    "This page location is",
    "Content Type",
    CREATED_AT,
    LAST_MODIFIED_AT,
    SHARED_WITH,
    WORKFLOWS,
    HOTLINE_STRIP,
    SLOGAN,
    LOOKUP_PLACEHOLDER,
    LOOKUP_BUTTON,
    VISITS_TITLE,
    VISITS_TODAY,
    VISITS_MONTH,
    VISITS_ALL,
    SPOTLIGHT_TITLE,
    PROCEDURES_TITLE,
    *PROCEDURE_ITEMS,
    FEATURED_VIDEO_TITLE,
    FEATURED_VIDEO_CAPTION,
    PARTNER_SITES_TITLE,
    SHARE_ARTICLE,
    PRINT_VERSION,
    TEXT_SIZE,
    ENCLOSED_DOCUMENTS_TITLE,
    SAME_KIND_TITLE,
    SAME_TOPIC_TITLE,
    FOLLOW_ON_PAGE,
    PREVIOUS_PAGE,
    *RELEASE_LABELS_DISTINCTIVE,
    "Cơ quan chủ trì",
    "Phụ trách biên tập",
    "Địa chỉ liên hệ",
    "Ghi rõ nguồn",
    HOME_LABEL,
    INTRO_LABEL,
    CONTACT_LABEL,
    QA_LABEL,
    SERVICES_LABEL,
]

# The fourth held-out portal's own chrome: the GRID vendor's masters (2013 and a 2010-mode site
# collection), side web parts, article part, publishing layout and "Thông báo của Sở" form.
HEALTH_PORTAL_TITLE = "Cổng thông tin điện tử Sở Y tế tỉnh Trà Lâm Sơn"
HEALTH_FOOTER_LINES = (
    "Cơ quan chủ quản: Sở Y tế tỉnh Trà Lâm Sơn",
    "Chịu trách nhiệm nội dung: Bác sĩ Lương Quốc Thái - Giám đốc Sở Y tế",
    "Trụ sở: Số 45 đường Bờ Kè, phường Mỹ Khê Bắc, thành phố Trà Lâm",
    "Điện thoại: (0277) 3 852 730 - Fax: (0277) 3 852 731 - "
    "Thư điện tử: vanphong.syt@tralamson.example.gov.vn",
    "Giấy phép thiết lập số 08/GP-TTĐT ngày 12/6/2019 của Sở Thông tin và Truyền thông",
)
TODAY_IN_WORDS = "Thứ Tư, ngày 26 tháng 11 năm 2025"
HEALTH_HOTLINE = "Đường dây nóng ngành Y tế: 1900 9065"
SITE_MAP_LABEL = "Sơ đồ cổng"
PROVINCE_LINE = "ỦY BAN NHÂN DÂN TỈNH TRÀ LÂM SƠN"
DEPARTMENT_LINE = "SỞ Y TẾ TỈNH TRÀ LÂM SƠN"
KEYWORD_PLACEHOLDER = "Nhập nội dung cần tra"
LATEST_NEWS_TITLE = "Tin bài mới"
NEW_PAPERS_TITLE = "Văn bản mới"
# (document, what it is about, date of issue): dates near every article that are not its own.
NEW_PAPERS = (
    ("Công văn số 3412/SYT-NVY", "V/v tăng cường phòng, chống dịch sốt xuất huyết", "18/11/2025"),
    ("Quyết định số 1187/QĐ-SYT", "Ban hành quy chế làm việc của Hội đồng Y khoa", "14/11/2025"),
    ("Kế hoạch số 296/KH-SYT", "Kiểm tra công tác y tế trường học năm học mới", "07/11/2025"),
)
WORK_CALENDAR_TITLE = "Lịch công tác lãnh đạo Sở"
# (day in words, what happens): the same date format the 2010-mode sub-site's articles use.
WORK_CALENDAR = (
    ("Thứ Hai, ngày 24 tháng 11 năm 2025", "Giám đốc Sở chủ trì giao ban chuyên môn tháng 11"),
    ("Thứ Tư, ngày 26 tháng 11 năm 2025", "Phó Giám đốc Sở làm việc với đoàn kiểm tra của Bộ"),
    ("Thứ Sáu, ngày 28 tháng 11 năm 2025", "Lãnh đạo Sở dự hội nghị tổng kết công tác dân số"),
)
PORTAL_LINKS_TITLE = "Các trang liên kết"
PORTAL_LINKS = (
    ("Cổng thông tin điện tử tỉnh Trà Lâm Sơn", "https://tralamson.example.gov.vn/"),
    ("Hệ thống đăng ký khám bệnh trực tuyến", "https://datlich.tralamson.example.gov.vn/"),
    ("Cổng Dịch vụ công tỉnh Trà Lâm Sơn", "https://dichvucong.tralamson.example.gov.vn/"),
)
PRINT_THIS_PAGE = "In trang này"
EMAIL_THIS = "Gửi tin qua email"
TO_TOP = "Về đầu trang"
FILES_ENCLOSED = "Tệp tin kèm theo"
EARLIER_NEWS_TITLE = "Các tin đã đưa"
MORE_ARTICLES_TITLE = "Bài viết khác"
WHOLE_CATEGORY = "Xem toàn bộ chuyên mục"
TO_FIRST_PAGE = "Về trang đầu"
TO_LAST_PAGE = "Về trang cuối"
BACK_TO_NOTICES = "Quay lại danh sách thông báo"
# The fixed words h1#pageTitle shows on every news article page, and the hidden descriptions.
NEWS_DETAIL_HEADING = "Chi tiết tin bài"
NEWS_DETAIL_DESCRIPTION = "Trang hiển thị nội dung một tin bài theo chuyên mục của Sở"
NEWS_LISTING_DESCRIPTION = "Tin bài mới nhất của từng chuyên mục, cập nhật hằng ngày"
NOTICE_DESCRIPTION = "Thông báo của cơ quan Sở và các đơn vị trực thuộc gửi tổ chức, công dân"
NOTICE_LISTING_DESCRIPTION = "Danh sách thông báo mới, sắp xếp theo ngày đăng"
NOTICE_CONTENT_TYPE = "Content Type: Thông báo của Sở"
NOTICE_EDITOR = "Văn thư Sở Y tế"
# Values of the form's "Đơn vị ban hành" field: page text that no record may carry.
ISSUING_OFFICES = (
    "Văn phòng Sở Y tế",
    "Phòng Nghiệp vụ Y",
    "Phòng Kế hoạch - Tài chính",
    "Thanh tra Sở Y tế",
)
# Labels of the fourth held-out portal's notice fields that only a display form shows.
NOTICE_LABELS_DISTINCTIVE = (
    "Tiêu đề thông báo",
    "Số ký hiệu",
    "Nội dung tóm tắt",
    "Nội dung thông báo",
    "Ngày đăng tin",
    "Đơn vị ban hành",
)

HELDOUT4_CHROME_STRINGS = [
    SKIP_RIBBON,
    SKIP_MAIN,
    ACCESSIBILITY_ON,
    SIGN_IN,
    "This page location is",
    "Content Type",
    CREATED_AT,
    LAST_MODIFIED_AT,
    HEALTH_PORTAL_TITLE,
    TODAY_IN_WORDS,
    HEALTH_HOTLINE,
    SITE_MAP_LABEL,
    PROVINCE_LINE,
    DEPARTMENT_LINE,
    KEYWORD_PLACEHOLDER,
    LATEST_NEWS_TITLE,
    NEW_PAPERS_TITLE,
    *(f"{paper} {about}" for paper, about, _ in NEW_PAPERS),
    WORK_CALENDAR_TITLE,
    *(what for _, what in WORK_CALENDAR),
    PORTAL_LINKS_TITLE,
    *(name for name, _ in PORTAL_LINKS),
    PRINT_THIS_PAGE,
    EMAIL_THIS,
    TO_TOP,
    FILES_ENCLOSED,
    EARLIER_NEWS_TITLE,
    MORE_ARTICLES_TITLE,
    WHOLE_CATEGORY,
    TO_FIRST_PAGE,
    PREVIOUS_PAGE,
    FOLLOWING_PAGE,
    TO_LAST_PAGE,
    NEXT_PAGE,
    BACK_TO_NOTICES,
    NEWS_DETAIL_HEADING,
    NEWS_DETAIL_DESCRIPTION,
    NEWS_LISTING_DESCRIPTION,
    NOTICE_DESCRIPTION,
    NOTICE_LISTING_DESCRIPTION,
    NOTICE_EDITOR,
    *ISSUING_OFFICES,
    *NOTICE_LABELS_DISTINCTIVE,
    *HEALTH_FOOTER_LINES,
    LATEST_TITLE,
    LAST_PAGE,
    HOME_LABEL,
    INTRO_LABEL,
    CONTACT_LABEL,
    QA_LABEL,
    SERVICES_LABEL,
    INTERNAL_LABEL,
]

# The fifth held-out portal's own chrome: the CLASSIC vendor's master of layout tables (a 2000s
# static site moved onto SharePoint 2010), its boxes and side web parts, article part,
# publishing layout and an English site's Announcements form.
AGRI_PORTAL_TITLE = (
    "Trang thông tin điện tử Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Khê Nam"
)
AGRI_BANNER_LINES = ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "TỈNH ĐỒNG KHÊ NAM")
AGRI_FOOTER_LINES = (
    "Bản quyền © 2009 thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Khê Nam",
    "Chịu trách nhiệm: Ông Lâm Quang Định - Phó Giám đốc Sở",
    "Địa chỉ: Số 8 đường Hai Bà Trưng, phường 1, thành phố Đồng Khê",
    "Điện thoại: (0275) 3 822 415 - Fax: (0275) 3 822 419 - Email: snn@dongkhenam.example.gov.vn",
    "Thiết kế và xây dựng: Công ty TNHH Tin học Sao Việt",
    "Trang web hiển thị tốt nhất với trình duyệt Internet Explorer 6.0, độ phân giải 1024 x 768",
)
# Today's date as the master writes it, and the marquee under the menu (a date that is no
# article's).
TODAY_DASHED = "Hôm nay: Thứ Tư, 26-11-2025"
AGRI_MARQUEE = (
    "Nhiệt liệt chào mừng kỷ niệm 80 năm Ngày truyền thống ngành Nông nghiệp và Phát triển "
    "nông thôn (14/11/1945 - 14/11/2025)"
)
FIND_NEWS_BUTTON = "Tìm tin"
MENU_BOX_TITLE = "DANH MỤC"
SUPPORT_BOX_TITLE = "HỖ TRỢ TRỰC TUYẾN"
# (who answers, Yahoo! Messenger nick, phone)
SUPPORT_DESKS = (
    ("Văn phòng Sở", "vanphong_snn_dkn", "(0275) 3 822 415"),
    ("Bộ phận một cửa", "motcua_snn_dkn", "(0275) 3 822 416"),
)
HITS_BOX_TITLE = "LƯỢT TRUY CẬP"
WATCHING_NOW = "Số người đang xem"
NEWEST_BOX_TITLE = "TIN MỚI ĐĂNG"
DOCUMENTS_BOX_TITLE = "VĂN BẢN MỚI"
# (document, what it is about, date of issue): dates beside every article that are not its own.
AGRI_DOCUMENTS = (
    ("Quyết định số 2215/QĐ-SNN", "ban hành lịch thời vụ vụ Đông Xuân 2025 - 2026", "20-11-2025"),
    (
        "Công văn số 1876/SNN-CNTY",
        "tăng cường phòng chống bệnh dại trên đàn chó, mèo",
        "17-11-2025",
    ),
    ("Kế hoạch số 341/KH-SNN", "kiểm tra vật tư nông nghiệp cuối năm", "10-11-2025"),
)
PRICES_BOX_TITLE = "GIÁ NÔNG SẢN"
PRICES_UPDATED = "Cập nhật ngày 25-11-2025"
# (product, price) in the prices box.
AGRI_PRICES = (
    ("Lúa tươi IR 50404", "6.800 đ/kg"),
    ("Lúa Đài Thơm 8", "9.200 đ/kg"),
    ("Heo hơi", "52.000 đ/kg"),
    ("Cá tra thịt", "28.500 đ/kg"),
)
WEBSITES_BOX_TITLE = "WEBSITE LIÊN KẾT"
CHOOSE_WEBSITE = "-- Chọn website --"
AGRI_WEBSITES = (
    ("Cổng thông tin điện tử tỉnh Đồng Khê Nam", "http://www.dongkhenam.example.gov.vn/"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "http://www.agroviet.example.gov.vn/"),
    ("Trung tâm Khuyến nông Quốc gia", "http://www.khuyennong.example.vn/"),
)
PRINT_ARTICLE = "In bài này"
SEND_TO_FRIEND = "Gửi bạn bè"
GO_BACK = "Quay lại"
PAGE_TOP = "Đầu trang"
VIEWED = "Đã xem"
FILES_ATTACHED = "Tập tin đính kèm"
OTHER_POSTED_NEWS = "Các tin khác đã đăng"
OTHER_ARTICLES = "Các bài khác"
NEWER_NEWS = "Tin mới hơn"
OLDER_NEWS = "Tin cũ hơn"
PAGER_BACK = "Trước"
PAGER_ON = "Sau"
ANNOUNCEMENT_EDITOR = "Quản trị website"
# The English labels of the Announcements list's fields that only a display form shows.
ANNOUNCEMENT_LABELS = ("Title", "Body", "Expires")

HELDOUT5_CHROME_STRINGS = [
    SKIP_RIBBON,
    SKIP_MAIN,
    ACCESSIBILITY_ON,
    SIGN_IN,
    "This page location is",
    CREATED_AT,
    LAST_MODIFIED_AT,
    CLOSE_BUTTON,
    AGRI_PORTAL_TITLE,
    *AGRI_BANNER_LINES,
    *AGRI_FOOTER_LINES,
    TODAY_DASHED,
    AGRI_MARQUEE,
    MENU_BOX_TITLE,
    SUPPORT_BOX_TITLE,
    *(desk for desk, _, _ in SUPPORT_DESKS),
    HITS_BOX_TITLE,
    WATCHING_NOW,
    NEWEST_BOX_TITLE,
    DOCUMENTS_BOX_TITLE,
    *(paper for paper, _, _ in AGRI_DOCUMENTS),
    *(about for _, about, _ in AGRI_DOCUMENTS),
    PRICES_BOX_TITLE,
    PRICES_UPDATED,
    *(product for product, _ in AGRI_PRICES),
    WEBSITES_BOX_TITLE,
    CHOOSE_WEBSITE,
    *(name for name, _ in AGRI_WEBSITES),
    PRINT_ARTICLE,
    SEND_TO_FRIEND,
    GO_BACK,
    PAGE_TOP,
    FILES_ATTACHED,
    OTHER_POSTED_NEWS,
    OTHER_ARTICLES,
    NEWER_NEWS,
    OLDER_NEWS,
    ANNOUNCEMENT_EDITOR,
    *ANNOUNCEMENT_LABELS,
    LATEST_TITLE,
    HOME_LABEL,
    INTRO_LABEL,
    CONTACT_LABEL,
    QA_LABEL,
    SERVICES_LABEL,
    INTERNAL_LABEL,
]
