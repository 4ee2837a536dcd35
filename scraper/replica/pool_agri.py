"""The invented text pool of a provincial agriculture department's portal: its sub-departments,
stations and communes, people and farming topics (heldout5), and the topics of its notices."""

from __future__ import annotations

from scraper.replica.pool import TextPool, Topic

# Invented sub-departments, stations, co-operatives and communes of the invented province; no
# name is a substring of another, so titles stay distinct.
AGRI_PLACES = (
    "Chi cục Trồng trọt và Bảo vệ thực vật",
    "Chi cục Chăn nuôi và Thú y",
    "Chi cục Thủy sản",
    "Chi cục Kiểm lâm",
    "Chi cục Thủy lợi",
    "Chi cục Phát triển nông thôn",
    "Trung tâm Khuyến nông tỉnh",
    "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
    "Ban Quản lý rừng phòng hộ Núi Vàm",
    "Trạm Khuyến nông huyện Cái Sơn",
    "Trạm Thú y huyện Tam Bình Đông",
    "Hợp tác xã nông nghiệp Phú Hữu Tây",
    "Hợp tác xã thủy sản Vàm Rây",
    "Xã Long Điền Đông",
    "Xã Mỹ Hòa Thạnh",
    "Xã Tân Phong Hạ",
    "Huyện Rạch Sỏi",
    "Thị xã Bàu Trâm",
)

AGRI_OFFICIALS = (
    "ông Nguyễn Văn Thắng, Giám đốc Sở Nông nghiệp và PTNT",
    "bà Trần Thị Kim Hoa, Phó Giám đốc Sở",
    "kỹ sư Lê Minh Trí, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật",
    "bác sĩ thú y Phạm Quốc Bảo, Trưởng trạm thú y",
    "ông Huỳnh Văn Sáu, Giám đốc hợp tác xã",
    "bà Võ Thị Ngọc Lan, Phó Chủ tịch UBND xã",
    "ông Đỗ Thanh Phong, Hạt trưởng Hạt Kiểm lâm",
    "ông Tăng Văn Nhựt, nông dân sản xuất giỏi cấp tỉnh",
)

# Bylines as the department's editors write them: "PV" (the reporter), initials, a name with
# the unit's abbreviation.
AGRI_REPORTERS = (
    "PV",
    "N.T.Hằng",
    "Thanh Tùng",
    "Hoàng Yến (TTKN)",
    "T.Lâm",
    "Minh Khôi",
    "Ngọc Diệp - CCTS",
    "Ph.Vinh",
    "Bảo Trâm",
    "K.Ngân",
)

# Source lines: "Theo …" as often as "Nguồn: …"; both are the last line of the body.
AGRI_SOURCES = (
    "Theo Báo Đồng Khê Nam",
    "Theo Trung tâm Khuyến nông tỉnh",
    "Nguồn: Chi cục Thủy sản",
    "Theo Đài Phát thanh - Truyền hình Đồng Khê Nam",
    "Nguồn: Bản tin Nông nghiệp Đồng Khê Nam",
)

AGRI_LINK_SENTENCES = (
    (
        "Bà con có thể theo dõi dự báo sâu bệnh hằng tuần trên ",
        "trang dự báo của Chi cục",
        "https://baovethucvat.dongkhenam.example.gov.vn/du-bao",
        ".",
    ),
    (
        "Cơ cấu tổ chức và nhiệm vụ của các đơn vị được đăng tại ",
        "trang tổ chức bộ máy",
        "/Pages/GioiThieu.aspx",
        " của Sở.",
    ),
    (
        "Phản ánh về vật tư nông nghiệp kém chất lượng xin gửi qua ",
        "đường dây tiếp nhận của Sở",
        "/Pages/LienHe.aspx",
        ".",
    ),
    (
        "Hồ sơ đề nghị hỗ trợ được nộp trực tuyến qua ",
        "Cổng dịch vụ công của tỉnh",
        "https://dichvucong.dongkhenam.example.gov.vn/thu-tuc?linhvuc=nong-nghiep",
        " để rút ngắn thời gian giải quyết.",
    ),
)

AGRI_EMPHASES = (
    "theo số liệu của ngành nông nghiệp",
    "tăng so với vụ trước",
    "trên diện tích gieo trồng",
    "tính đến cuối tháng",
)

AGRI_ATTACHMENT_NAMES = (
    ("KeHoach_{n}.pdf", "Kế hoạch số {n}/KH-SNN"),
    ("CongVan_{n}.pdf", "Công văn số {n}/SNN-TT"),
    ("QuyetDinh_{n}.pdf", "Quyết định số {n}/QĐ-SNN"),
    ("LichThoiVu_{n}.pdf", "Lịch thời vụ kèm theo văn bản số {n}"),
    ("BaoCao_{n}.pdf", "Báo cáo số {n}/BC-SNN"),
)

AGRI_ALT_TEXTS = (
    "Nông dân thăm đồng",
    "",
    "Cán bộ kỹ thuật hướng dẫn bà con",
    "Quang cảnh buổi ra quân",
    "",
    "Đại biểu tham quan mô hình",
)

AGRI_TOPICS = (
    Topic(
        category="Trồng trọt - Bảo vệ thực vật",
        predicates=(
            "ra quân phòng trừ rầy nâu trên lúa Hè Thu",
            "hướng dẫn nông dân xuống giống tập trung né rầy",
            "tổng kết mô hình cánh đồng lớn vụ Đông Xuân",
            "khuyến cáo biện pháp phòng bệnh đạo ôn lá",
            "tập huấn sử dụng thuốc bảo vệ thực vật an toàn",
        ),
        leads=(
            "Nhờ gieo sạ đồng loạt và thăm đồng thường xuyên, mật độ rầy trên đồng ruộng được "
            "khống chế ở mức thấp.",
            "Năng suất bình quân của mô hình đạt cao hơn ruộng đối chứng, chi phí sản xuất giảm "
            "đáng kể.",
            "Ngành nông nghiệp khuyến cáo bà con không phun thuốc định kỳ mà chỉ phun khi mật độ "
            "sâu bệnh vượt ngưỡng.",
        ),
        sentences=(
            "Toàn tỉnh đã xuống giống được hơn 85 nghìn héc-ta lúa, đạt 92% kế hoạch.",
            "Cán bộ kỹ thuật của {place} cùng nông dân thăm đồng, đặt bẫy đèn theo dõi rầy.",
            "Theo {official}, lịch xuống giống được xây dựng dựa trên kết quả theo dõi bẫy đèn.",
            "Bà con sử dụng giống lúa xác nhận, gieo sạ thưa và bón phân cân đối.",
            "Các điểm trình diễn áp dụng quy trình một phải năm giảm được nông dân hưởng ứng.",
            "Lượng thuốc bảo vệ thực vật sử dụng giảm gần một phần ba so với vụ trước.",
            "Vỏ bao bì thuốc sau khi sử dụng được thu gom vào các bể chứa đặt ven ruộng.",
        ),
        headings=("Kết quả thực hiện", "Khuyến cáo trong thời gian tới"),
        list_items=(
            "Thăm đồng ít nhất hai lần mỗi tuần",
            "Sử dụng giống lúa xác nhận",
            "Bón phân cân đối, không bón thừa đạm",
            "Phun thuốc theo nguyên tắc bốn đúng",
            "Thu gom vỏ bao bì thuốc đúng nơi quy định",
        ),
        captions=(
            "Cán bộ kỹ thuật kiểm tra mật độ rầy trên đồng",
            "Nông dân thu hoạch lúa trên cánh đồng lớn (Ảnh: {reporter})",
            "Bẫy đèn do {place} đặt để theo dõi rầy",
        ),
        table=(
            ("Huyện", "Diện tích xuống giống (ha)", "Tỷ lệ kế hoạch (%)"),
            ("Huyện Rạch Sỏi", "24.310", "95"),
            ("Huyện Cái Sơn", "31.050", "91"),
            ("Thị xã Bàu Trâm", "12.480", "88"),
        ),
    ),
    Topic(
        category="Chăn nuôi - Thú y",
        predicates=(
            "tiêm phòng lở mồm long móng đợt hai cho đàn gia súc",
            "giám sát dịch tả heo châu Phi tại các hộ chăn nuôi nhỏ",
            "phát động tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi",
            "kiểm tra điều kiện vệ sinh thú y tại cơ sở giết mổ",
            "trao bò giống cho hộ nghèo phát triển chăn nuôi",
        ),
        leads=(
            "Đợt tiêm phòng nhằm tạo miễn dịch chủ động cho đàn vật nuôi, không để dịch bệnh phát "
            "sinh và lây lan.",
            "Ngành thú y đề nghị người chăn nuôi thực hiện nghiêm các biện pháp an toàn sinh học.",
            "Mỗi hộ được nhận một con bò giống và được hướng dẫn kỹ thuật chăm sóc, phòng bệnh.",
        ),
        sentences=(
            "Tổng đàn gia súc, gia cầm trên địa bàn tỉnh hiện đạt hơn 4,2 triệu con.",
            "Lực lượng thú y cơ sở được {place} tập huấn quy trình tiêm phòng, bảo quản vắc xin.",
            "Theo {official}, tỷ lệ tiêm phòng đạt trên 85% tổng đàn trong diện tiêm.",
            "Các hộ chăn nuôi được cấp phát hóa chất để phun khử trùng chuồng trại.",
            "Người dân không mua bán, vận chuyển gia súc không rõ nguồn gốc.",
            "Khi phát hiện vật nuôi có biểu hiện bất thường, người chăn nuôi báo ngay cho thú y "
            "xã.",
            "Cơ sở giết mổ phải bảo đảm khu vực riêng cho gia súc nhập và sản phẩm xuất.",
        ),
        headings=("Kết quả tiêm phòng", "Các biện pháp phòng bệnh"),
        list_items=(
            "Vệ sinh chuồng trại hằng ngày",
            "Tiêm phòng đầy đủ các loại vắc xin",
            "Không sử dụng thức ăn thừa chưa qua xử lý",
            "Hạn chế người lạ ra vào khu chăn nuôi",
            "Báo cáo kịp thời khi có vật nuôi bị bệnh",
        ),
        captions=(
            "Nhân viên thú y tiêm vắc xin cho đàn bò",
            "Phun hóa chất khử trùng chuồng trại (Ảnh: {reporter})",
            "Hộ chăn nuôi nhận bò giống do {place} trao",
        ),
        table=(
            ("Loại vật nuôi", "Số con được tiêm", "Tỷ lệ (%)"),
            ("Trâu, bò", "62.400", "87,5"),
            ("Heo", "318.900", "82,1"),
            ("Gia cầm", "2.105.000", "79,4"),
        ),
    ),
    Topic(
        category="Thủy sản",
        predicates=(
            "thả cá giống tái tạo nguồn lợi thủy sản trên sông Vàm Rây",
            "khuyến cáo lịch thả giống tôm nước lợ vụ mới",
            "kiểm tra tàu cá chấp hành quy định chống khai thác bất hợp pháp",
            "nhân rộng mô hình nuôi cá lóc trong vèo",
            "quan trắc môi trường vùng nuôi tôm tập trung",
        ),
        leads=(
            "Hoạt động góp phần bảo vệ nguồn lợi thủy sản, nâng cao ý thức của người dân trong "
            "khai thác.",
            "Người nuôi được khuyến cáo thả giống theo lịch thời vụ, chọn con giống rõ nguồn gốc.",
            "Kết quả quan trắc là căn cứ để ngành chức năng cảnh báo sớm cho người nuôi.",
        ),
        sentences=(
            "Hơn 500 nghìn con cá giống các loại được {place} thả xuống sông.",
            "Diện tích nuôi tôm nước lợ toàn tỉnh năm nay đạt khoảng 23 nghìn héc-ta.",
            "Theo {official}, các chỉ tiêu môi trường nước nhìn chung nằm trong giới hạn cho phép.",
            "Người nuôi cần cải tạo ao, xử lý nước kỹ trước khi thả giống.",
            "Lực lượng kiểm ngư kiểm tra hồ sơ, thiết bị giám sát hành trình trên các tàu cá.",
            "Mô hình nuôi cá trong vèo tận dụng được mặt nước sông, chi phí đầu tư thấp.",
            "Con giống phải được kiểm dịch, có giấy chứng nhận của cơ quan chuyên môn.",
        ),
        headings=("Lịch thả giống", "Lưu ý đối với người nuôi"),
        list_items=(
            "Cải tạo ao và xử lý nước trước khi thả",
            "Chọn con giống đã qua kiểm dịch",
            "Thả giống với mật độ phù hợp",
            "Theo dõi các yếu tố môi trường hằng ngày",
            "Ghi chép nhật ký nuôi đầy đủ",
        ),
        captions=(
            "Thả cá giống xuống sông",
            "Cán bộ lấy mẫu nước tại vùng nuôi tôm (Ảnh: {reporter})",
            "Lồng bè nuôi cá được {place} hướng dẫn kỹ thuật",
        ),
        table=(
            ("Chỉ tiêu", "Kết quả đo", "Ngưỡng cho phép"),
            ("Độ mặn (‰)", "12", "10 - 25"),
            ("pH", "7,8", "7,5 - 8,5"),
            ("Kiềm (mg/l)", "95", "80 - 150"),
        ),
    ),
    Topic(
        category="Lâm nghiệp",
        predicates=(
            "ra quân trồng cây phân tán đầu xuân",
            "tăng cường phòng cháy, chữa cháy rừng mùa khô",
            "giao khoán bảo vệ rừng phòng hộ cho hộ dân",
            "nghiệm thu diện tích rừng trồng mới",
            "tuần tra ngăn chặn khai thác gỗ trái phép",
        ),
        leads=(
            "Phong trào trồng cây góp phần phủ xanh đất trống, cải thiện môi trường sống ở nông "
            "thôn.",
            "Mùa khô năm nay được dự báo kéo dài, nguy cơ cháy rừng ở mức cao.",
            "Người nhận khoán được hưởng tiền công bảo vệ và một phần sản phẩm tỉa thưa.",
        ),
        sentences=(
            "Các đơn vị đã trồng được hơn 120 nghìn cây phân tán các loại.",
            "Lực lượng kiểm lâm phối hợp với {place} tổ chức trực 24/24 giờ.",
            "Theo {official}, diện tích rừng được giao khoán đều được chăm sóc tốt.",
            "Các chòi canh lửa được sửa chữa, bổ sung bồn chứa nước và dụng cụ chữa cháy.",
            "Người dân vào rừng không được mang theo lửa, không đốt dọn thực bì.",
            "Tỷ lệ cây sống sau trồng đạt trên 90%, cây sinh trưởng và phát triển tốt.",
        ),
        headings=("Kết quả trồng rừng", "Nhiệm vụ trọng tâm"),
        list_items=(
            "Trực canh lửa trong những ngày nắng nóng",
            "Phát dọn đường băng cản lửa",
            "Tuyên truyền đến từng hộ nhận khoán",
            "Xử lý nghiêm các vi phạm",
        ),
        captions=(
            "Lực lượng kiểm lâm tuần tra trong rừng tràm",
            "Đoàn viên thanh niên trồng cây (Ảnh: {reporter})",
            "Chòi canh lửa do {place} quản lý",
        ),
        table=(
            ("Đơn vị", "Diện tích rừng (ha)", "Số hộ nhận khoán"),
            ("Ban Quản lý rừng phòng hộ", "3.420", "186"),
            ("Huyện Rạch Sỏi", "1.150", "74"),
            ("Thị xã Bàu Trâm", "640", "39"),
        ),
    ),
    Topic(
        category="Thủy lợi - Nông thôn mới",
        predicates=(
            "nạo vét kênh nội đồng chuẩn bị mùa khô",
            "vận hành cống ngăn mặn bảo vệ lúa cuối vụ",
            "đón nhận bằng công nhận xã đạt chuẩn nông thôn mới",
            "khánh thành trạm cấp nước sạch tập trung",
            "gia cố đê bao chống triều cường",
        ),
        leads=(
            "Công trình giúp chủ động nguồn nước tưới, bảo đảm sản xuất cho hàng nghìn héc-ta lúa.",
            "Sau nhiều năm nỗ lực, diện mạo nông thôn đã đổi thay rõ rệt, đời sống người dân được "
            "nâng lên.",
            "Trạm có công suất đủ cung cấp nước sạch cho hơn 1.500 hộ dân trong vùng.",
        ),
        sentences=(
            "Tổng khối lượng đất nạo vét đạt hơn 1,2 triệu mét khối.",
            "Người dân đóng góp ngày công và hiến đất mở rộng bờ kênh, theo báo cáo của {place}.",
            "Theo {official}, các cống được vận hành theo diễn biến mặn hằng ngày.",
            "Thu nhập bình quân đầu người của xã đạt trên 62 triệu đồng mỗi năm.",
            "Tỷ lệ hộ dân sử dụng nước sạch đạt tiêu chuẩn tăng lên 78%.",
            "Các tuyến đê bao xung yếu được gia cố bằng cừ tràm và bao cát.",
            "Kinh phí thực hiện từ nguồn ngân sách tỉnh và vốn đóng góp của nhân dân.",
        ),
        headings=("Kết quả thực hiện các tiêu chí", "Giải pháp trong thời gian tới"),
        list_items=(
            "Hoàn thành nạo vét trước mùa khô",
            "Đóng cống khi độ mặn vượt ngưỡng",
            "Duy tu đê bao sau mỗi đợt triều cường",
            "Duy trì các tiêu chí đã đạt",
        ),
        captions=(
            "Máy đào nạo vét kênh nội đồng",
            "Cống ngăn mặn được vận hành (Ảnh: {reporter})",
            "Trạm cấp nước do {place} quản lý",
        ),
        table=(
            ("Công trình", "Khối lượng", "Tiến độ (%)"),
            ("Kênh nội đồng", "146 km", "100"),
            ("Đê bao", "38 km", "85"),
            ("Cống ngăn mặn", "12 cống", "70"),
        ),
    ),
)

# Notices (thông báo): titles "<unit> thông báo …", one short formal paragraph each.
AGRI_NOTICE_TOPICS = (
    Topic(
        category="Lịch thời vụ",
        predicates=(
            "thông báo lịch xuống giống vụ Hè Thu",
            "thông báo lịch đóng cống ngăn mặn đợt cao điểm",
            "thông báo lịch tiêm phòng dại cho chó, mèo",
            "thông báo tạm ngừng cấp nước để sửa chữa đường ống",
            "thông báo lịch thả giống tôm sú",
        ),
        leads=(
            "Đơn vị thông báo để bà con nông dân biết, chủ động sắp xếp sản xuất.",
            "Trong thời gian trên, đề nghị người dân dự trữ nước sinh hoạt.",
        ),
        sentences=(
            "Thời gian xuống giống tập trung từ ngày 20 đến ngày 30 của tháng.",
            "Các cống ngăn mặn được đóng trong thời gian triều cường dâng cao.",
            "Việc tiêm phòng do {place} thực hiện tại nhà văn hóa các ấp vào buổi sáng.",
            "Thời gian tạm ngừng cấp nước dự kiến từ 7 giờ đến 17 giờ cùng ngày.",
            "Người nuôi chỉ thả giống khi độ mặn trong ao ổn định từ 10‰ trở lên.",
        ),
        headings=("Thời gian", "Địa điểm"),
        list_items=(
            "Buổi sáng: từ 7 giờ",
            "Buổi chiều: từ 13 giờ 30",
            "Thứ Bảy: làm việc buổi sáng",
            "Chủ nhật: nghỉ",
        ),
        captions=("Bảng thông báo tại ấp", "Cống ngăn mặn (Ảnh: {reporter})"),
        table=(
            ("Đợt", "Thời gian", "Khu vực"),
            ("Đợt 1", "Đầu tháng", "Vùng ven sông"),
            ("Đợt 2", "Giữa tháng", "Vùng nội đồng"),
        ),
    ),
    Topic(
        category="Hành chính",
        predicates=(
            "thông báo tuyển dụng viên chức làm việc tại các trạm",
            "thông báo mời chào giá cung cấp giống lúa xác nhận",
            "thông báo kết quả xét chọn hộ được hỗ trợ con giống",
            "thông báo danh sách tàu cá hết hạn giấy phép khai thác",
            "thông báo thay đổi địa điểm tiếp nhận hồ sơ",
        ),
        leads=(
            "Các tổ chức, cá nhân có nhu cầu vui lòng nộp hồ sơ đúng thời hạn.",
            "Danh sách chi tiết được niêm yết công khai tại trụ sở đơn vị.",
        ),
        sentences=(
            "Hồ sơ nộp trực tiếp tại bộ phận một cửa trong giờ hành chính.",
            "Thời hạn nhận hồ sơ là mười lăm ngày kể từ ngày ra thông báo.",
            "Danh sách được niêm yết tại trụ sở {place} và các ấp.",
            "Chủ tàu có tên trong danh sách đến cơ quan cấp phép làm thủ tục gia hạn.",
            "Địa điểm tiếp nhận hồ sơ mới tại tầng trệt trụ sở Sở, số 8 đường Hai Bà Trưng.",
        ),
        headings=("Hồ sơ gồm", "Thời hạn"),
        list_items=(
            "Đơn đăng ký theo mẫu",
            "Bản sao giấy tờ tùy thân",
            "Sơ yếu lý lịch có xác nhận",
            "Hai ảnh cỡ 3 x 4",
        ),
        captions=("Bộ phận một cửa của Sở", "Tàu cá neo đậu tại bến (Ảnh: {reporter})"),
        table=(
            ("Hạng mục", "Số lượng", "Ghi chú"),
            ("Giống lúa OM 5451", "20 tấn", "Cấp xác nhận"),
            ("Giống lúa ST 25", "15 tấn", "Cấp xác nhận"),
        ),
    ),
)

AGRI_TEXTS = TextPool(
    places=AGRI_PLACES,
    officials=AGRI_OFFICIALS,
    reporters=AGRI_REPORTERS,
    sources=AGRI_SOURCES,
    link_sentences=AGRI_LINK_SENTENCES,
    emphases=AGRI_EMPHASES,
    attachment_names=AGRI_ATTACHMENT_NAMES,
    alt_texts=AGRI_ALT_TEXTS,
    topics=AGRI_TOPICS,
)
