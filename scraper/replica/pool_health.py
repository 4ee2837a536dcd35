"""The invented text pool of a provincial health department's portal: its units, people and
topics (heldout4), and the topics of its notices."""

from __future__ import annotations

from scraper.replica.pool import TextPool, Topic

# Invented hospitals, centres and commune health stations of the invented province; no name is
# a substring of another, so titles stay distinct.
HEALTH_PLACES = (
    "Bệnh viện Đa khoa tỉnh Trà Lâm Sơn",
    "Trung tâm Kiểm soát bệnh tật tỉnh",
    "Trung tâm Y tế huyện Lâm Phú",
    "Trung tâm Y tế huyện Cầu Đá",
    "Trung tâm Y tế thị xã Hòa Khê",
    "Bệnh viện Đa khoa khu vực Bến Sỏi",
    "Bệnh viện Sản - Nhi tỉnh",
    "Bệnh viện Y dược cổ truyền tỉnh",
    "Bệnh viện Phổi tỉnh",
    "Phòng khám Đa khoa khu vực Rạch Tre",
    "Trạm Y tế xã Phú Thạnh Đông",
    "Trạm Y tế phường Mỹ Khê Bắc",
    "Trạm Y tế xã Tân Quới Hạ",
    "Trạm Y tế xã Long Bình Thượng",
    "Chi cục An toàn vệ sinh thực phẩm",
    "Chi cục Dân số tỉnh",
    "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm",
    "Trung tâm Giám định y khoa tỉnh",
)

HEALTH_OFFICIALS = (
    "bác sĩ Lương Quốc Thái, Giám đốc Sở Y tế",
    "bà Lê Thị Thu Vân, Phó Giám đốc Sở Y tế",
    "bác sĩ chuyên khoa II Phan Hữu Tài, Giám đốc Bệnh viện Đa khoa tỉnh",
    "ông Huỳnh Công Danh, Giám đốc Trung tâm Kiểm soát bệnh tật",
    "dược sĩ Võ Thị Ngọc Bích, Trưởng khoa Dược",
    "bác sĩ Đoàn Thanh Liêm, Trưởng trạm y tế",
    "ông Tạ Quang Vũ, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm",
    "điều dưỡng Mai Thị Kiều Oanh, Trưởng khoa Kiểm soát nhiễm khuẩn",
)

HEALTH_REPORTERS = (
    "Hoài Thương",
    "Trung Kiên",
    "Mỹ Duyên",
    "Tấn Phát",
    "Diệu Linh",
    "Quang Nhật",
    "Thảo Vy",
    "Bá Tùng",
    "Ngọc Trinh",
    "Hữu Lợi",
)

HEALTH_SOURCES = (
    "Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Trà Lâm Sơn",
    "Nguồn: Báo Trà Lâm Sơn điện tử",
    "Nguồn: Đài Phát thanh và Truyền hình tỉnh",
    "Nguồn: Bệnh viện Đa khoa tỉnh",
    "Nguồn: Tổ Truyền thông - Sở Y tế",
)

HEALTH_LINK_SENTENCES = (
    (
        "Người dân có thể đặt lịch khám trước qua ",
        "ứng dụng đăng ký khám bệnh",
        "https://datlich.bvdktralamson.example.vn/dang-ky",
        " để giảm thời gian chờ.",
    ),
    (
        "Danh sách điểm tiêm được cập nhật tại ",
        "trang thông tin tiêm chủng",
        "https://tiemchung.tralamson.example.gov.vn/diem-tiem",
        ".",
    ),
    (
        "Phản ánh về chất lượng khám, chữa bệnh xin gửi qua ",
        "mục góp ý trực tuyến",
        "/Pages/LienHe.aspx",
        " của cổng thông tin.",
    ),
    (
        "Chức năng, nhiệm vụ của các đơn vị được đăng tại ",
        "trang tổ chức bộ máy",
        "/Pages/GioiThieu.aspx",
        ".",
    ),
)

HEALTH_EMPHASES = (
    "theo số liệu của ngành y tế",
    "tính đến giữa tháng",
    "tăng so với cùng kỳ năm trước",
    "trong đợt cao điểm",
)

HEALTH_ATTACHMENT_NAMES = (
    ("CongVan_{n}.pdf", "Công văn số {n}/SYT-VP"),
    ("KeHoach_{n}.pdf", "Kế hoạch số {n}/KH-SYT"),
    ("QuyetDinh_{n}.pdf", "Quyết định số {n}/QĐ-SYT"),
    ("HuongDan_{n}.pdf", "Hướng dẫn số {n}/HD-SYT"),
    ("DanhMuc_{n}.pdf", "Danh mục kèm theo Quyết định số {n}"),
)

HEALTH_ALT_TEXTS = (
    "Quang cảnh hội nghị",
    "Nhân viên y tế khám cho người dân",
    "",
    "Đoàn kiểm tra làm việc tại cơ sở",
    "",
    "Lễ ra quân hưởng ứng chiến dịch",
)

HEALTH_TOPICS = (
    Topic(
        category="Y tế dự phòng",
        predicates=(
            "triển khai tiêm vắc xin sởi - rubella cho trẻ dưới năm tuổi",
            "ra quân diệt lăng quăng trước mùa mưa",
            "giám sát chặt ca bệnh tay chân miệng tại trường học",
            "tổ chức tiêm chủng bổ sung cho trẻ chưa tiêm đủ mũi",
            "phun hóa chất xử lý ổ dịch sốt xuất huyết",
        ),
        leads=(
            "Chiến dịch nhằm bảo đảm tỷ lệ miễn dịch cộng đồng, không để dịch bệnh bùng phát "
            "trên địa bàn.",
            "Số ca mắc trong tháng giảm đáng kể nhờ các biện pháp phòng chống được triển khai "
            "đồng bộ.",
            "Ngành y tế khuyến cáo người dân chủ động đưa trẻ đi tiêm đúng lịch và giữ vệ sinh "
            "nơi ở.",
        ),
        sentences=(
            "Trong đợt này, {place} đã tiêm cho hơn 1.800 trẻ, đạt 96% kế hoạch.",
            "Cán bộ y tế đến từng hộ gia đình rà soát trẻ chưa được tiêm hoặc tiêm chưa đủ mũi.",
            "Theo {official}, không ghi nhận trường hợp phản ứng nặng sau tiêm.",
            "Các tổ xung kích đã kiểm tra gần 3.500 hộ, xử lý hơn 900 dụng cụ chứa nước có lăng "
            "quăng.",
            "Ổ dịch được khoanh vùng và phun hóa chất trong vòng 48 giờ kể từ khi phát hiện ca "
            "bệnh.",
            "Nhà trường được hướng dẫn lau rửa đồ chơi, bàn ghế bằng dung dịch khử khuẩn mỗi ngày.",
            "Số ca sốt xuất huyết cộng dồn từ đầu năm là 214 ca, giảm 31% so với cùng kỳ.",
            "Mỗi điểm tiêm đều bố trí khu vực theo dõi sau tiêm và đội cấp cứu lưu động.",
        ),
        headings=("Tiêm đủ mũi, đúng lịch", "Khoanh vùng, xử lý ổ dịch"),
        list_items=(
            "Khám sàng lọc trước khi tiêm",
            "Theo dõi trẻ 30 phút sau tiêm",
            "Ghi nhận mũi tiêm vào sổ và phần mềm quản lý",
            "Hẹn lịch tiêm mũi tiếp theo",
        ),
        captions=(
            "Nhân viên y tế tiêm vắc xin cho trẻ tại điểm tiêm",
            "Tổ xung kích kiểm tra dụng cụ chứa nước trong khu dân cư (Ảnh: {reporter})",
            "Phun hóa chất diệt muỗi tại ổ dịch",
        ),
        table=(
            ("Đơn vị", "Số trẻ cần tiêm", "Đã tiêm"),
            ("Huyện Lâm Phú", "1.240", "1.198"),
            ("Huyện Cầu Đá", "980", "955"),
            ("Thị xã Hòa Khê", "1.105", "1.087"),
        ),
    ),
    Topic(
        category="Khám, chữa bệnh",
        predicates=(
            "đưa vào sử dụng khu điều trị nội trú mới",
            "thực hiện thành công ca phẫu thuật nội soi lồng ngực",
            "triển khai bệnh án điện tử tại tất cả khoa lâm sàng",
            "khám sàng lọc tim bẩm sinh cho trẻ em vùng sâu",
            "tiếp nhận kỹ thuật thay khớp háng từ tuyến trung ương",
        ),
        leads=(
            "Khu điều trị mới với 120 giường bệnh giúp giảm quá tải, người bệnh được chăm sóc "
            "tốt hơn.",
            "Việc làm chủ kỹ thuật cao giúp người bệnh được điều trị ngay tại tỉnh, tiết kiệm chi "
            "phí đi lại.",
            "Đơn vị cam kết nâng cao chất lượng khám, chữa bệnh và thái độ phục vụ người bệnh.",
        ),
        sentences=(
            "Người bệnh nhập viện trong tình trạng khó thở, được chỉ định phẫu thuật khẩn cấp.",
            "Ê-kíp gồm bác sĩ ngoại khoa, gây mê hồi sức và điều dưỡng đã mổ trong gần ba giờ.",
            "Sau năm ngày điều trị, sức khỏe người bệnh ổn định và đã được xuất viện.",
            "Theo {official}, bệnh viện sẽ tiếp tục cử bác sĩ đi đào tạo chuyên sâu.",
            "Từ khi có bệnh án điện tử, thời gian chờ kết quả xét nghiệm giảm gần một nửa.",
            "Tại {place}, mỗi ngày tiếp nhận khoảng 650 lượt khám ngoại trú.",
            "Đoàn bác sĩ đã siêu âm tim cho 412 trẻ, phát hiện 17 trường hợp nghi mắc bệnh tim.",
            "Các trường hợp cần phẫu thuật được hỗ trợ chi phí từ quỹ bảo trợ bệnh nhi.",
        ),
        headings=("Làm chủ kỹ thuật mới", "Người bệnh được hưởng lợi"),
        list_items=(
            "Đăng ký khám qua tổng đài và ứng dụng",
            "Thanh toán viện phí không dùng tiền mặt",
            "Trả kết quả xét nghiệm qua tin nhắn",
            "Khảo sát sự hài lòng của người bệnh hằng quý",
        ),
        captions=(
            "Ê-kíp phẫu thuật trong phòng mổ",
            "Bác sĩ siêu âm tim cho trẻ (Ảnh: {reporter})",
            "Khu điều trị nội trú mới đưa vào sử dụng",
        ),
        table=(
            ("Chỉ tiêu", "Năm trước", "Năm nay"),
            ("Lượt khám ngoại trú", "182.400", "197.650"),
            ("Số ca phẫu thuật", "6.120", "6.894"),
            ("Công suất sử dụng giường", "96%", "91%"),
        ),
    ),
    Topic(
        category="An toàn thực phẩm",
        predicates=(
            "kiểm tra an toàn thực phẩm dịp Tết Trung thu",
            "tập huấn kiến thức an toàn thực phẩm cho bếp ăn tập thể",
            "xử lý cơ sở kinh doanh thực phẩm không rõ nguồn gốc",
            "lấy mẫu xét nghiệm nhanh tại chợ đầu mối",
            "ký cam kết bảo đảm an toàn thực phẩm với tiểu thương",
        ),
        leads=(
            "Đoàn kiểm tra tập trung vào các cơ sở sản xuất, kinh doanh bánh kẹo và thực phẩm "
            "tươi sống.",
            "Phần lớn cơ sở chấp hành tốt quy định, một số cơ sở bị nhắc nhở và xử phạt.",
            "Hoạt động góp phần phòng ngừa ngộ độc thực phẩm, bảo vệ sức khỏe người tiêu dùng.",
        ),
        sentences=(
            "Đoàn đã kiểm tra 46 cơ sở, trong đó 39 cơ sở đạt yêu cầu.",
            "Hơn 120 kg thực phẩm không rõ nguồn gốc đã bị tiêu hủy theo quy định.",
            "Các mẫu xét nghiệm nhanh hàn the, phẩm màu đều cho kết quả âm tính.",
            "Theo {official}, lực lượng chức năng sẽ tăng cường kiểm tra đột xuất vào cuối tuần.",
            "Học viên được hướng dẫn quy trình chế biến một chiều và lưu mẫu thức ăn.",
            "Tại {place}, các tiểu thương đã ký cam kết không kinh doanh thực phẩm kém chất lượng.",
            "Cơ sở vi phạm bị phạt tiền và buộc khắc phục trong thời hạn mười ngày.",
            "Người tiêu dùng nên chọn sản phẩm có nhãn mác, hạn sử dụng rõ ràng.",
        ),
        headings=("Kết quả kiểm tra", "Khuyến cáo người tiêu dùng"),
        list_items=(
            "Giấy chứng nhận cơ sở đủ điều kiện",
            "Hồ sơ nguồn gốc nguyên liệu",
            "Sổ kiểm thực ba bước",
            "Giấy xác nhận kiến thức của người chế biến",
        ),
        captions=(
            "Đoàn kiểm tra làm việc tại cơ sở sản xuất bánh",
            "Cán bộ lấy mẫu thực phẩm để xét nghiệm nhanh (Ảnh: {reporter})",
            "Tiểu thương ký cam kết bảo đảm an toàn thực phẩm",
        ),
        table=(
            ("Loại hình", "Số cơ sở kiểm tra", "Số cơ sở vi phạm"),
            ("Sản xuất, chế biến", "14", "3"),
            ("Kinh doanh", "22", "3"),
            ("Dịch vụ ăn uống", "10", "1"),
        ),
    ),
    Topic(
        category="Dược - Trang thiết bị",
        predicates=(
            "tiếp nhận máy chụp cắt lớp vi tính 128 lát cắt",
            "kiểm tra hoạt động kinh doanh tại các nhà thuốc tư nhân",
            "bảo đảm cung ứng đủ thuốc cho người bệnh bảo hiểm",
            "kết nối liên thông dữ liệu với các nhà thuốc",
            "tổ chức đấu thầu tập trung vật tư y tế",
        ),
        leads=(
            "Thiết bị hiện đại giúp chẩn đoán chính xác, rút ngắn thời gian chờ đợi của người "
            "bệnh.",
            "Đoàn kiểm tra đề nghị các cơ sở bán thuốc theo đơn đúng quy định và niêm yết giá "
            "đầy đủ.",
            "Đơn vị đã chủ động xây dựng kế hoạch dự trữ, không để thiếu thuốc và vật tư.",
        ),
        sentences=(
            "Máy được lắp đặt tại khoa Chẩn đoán hình ảnh sau hơn một tháng chạy thử.",
            "Tổng giá trị gói thầu thuốc năm nay hơn 312 tỷ đồng, chia thành 1.046 mặt hàng.",
            "Đoàn đã kiểm tra 58 nhà thuốc, quầy thuốc, nhắc nhở 9 cơ sở ghi chép chưa đầy đủ.",
            "Theo {official}, toàn bộ nhà thuốc trên địa bàn đã kết nối phần mềm quản lý.",
            "Kỹ thuật viên được đào tạo vận hành và bảo dưỡng thiết bị theo khuyến cáo của nhà "
            "sản xuất.",
            "Tại {place}, kho thuốc được sắp xếp lại theo nguyên tắc hết hạn trước, xuất trước.",
            "Các mặt hàng thiếu tạm thời được điều chuyển giữa các đơn vị trong ngành.",
            "Người dân không nên tự ý mua thuốc kháng sinh khi không có đơn của bác sĩ.",
        ),
        headings=("Nâng cao năng lực chẩn đoán", "Quản lý chặt chẽ kinh doanh thuốc"),
        list_items=(
            "Bán thuốc kê đơn theo đúng đơn thuốc",
            "Bảo quản thuốc ở nhiệt độ quy định",
            "Niêm yết giá thuốc công khai",
            "Lưu trữ hồ sơ mua bán ít nhất một năm",
        ),
        captions=(
            "Kỹ thuật viên vận hành máy chụp cắt lớp",
            "Đoàn kiểm tra làm việc tại một nhà thuốc (Ảnh: {reporter})",
            "Kho thuốc của bệnh viện sau khi sắp xếp lại",
        ),
        table=(
            ("Nhóm", "Số mặt hàng", "Giá trị (tỷ đồng)"),
            ("Thuốc generic", "824", "198,6"),
            ("Thuốc biệt dược", "142", "87,3"),
            ("Vật tư y tế", "80", "26,4"),
        ),
    ),
    Topic(
        category="Dân số - Sức khỏe sinh sản",
        predicates=(
            "tổ chức chiến dịch chăm sóc sức khỏe sinh sản cho phụ nữ",
            "tư vấn khám sức khỏe tiền hôn nhân cho thanh niên",
            "khám sàng lọc trước sinh và sơ sinh miễn phí",
            "ra mắt câu lạc bộ chăm sóc người cao tuổi tại cộng đồng",
            "nói chuyện chuyên đề nuôi con bằng sữa mẹ",
        ),
        leads=(
            "Chiến dịch giúp phụ nữ ở vùng khó khăn được tiếp cận dịch vụ chăm sóc sức khỏe có "
            "chất lượng.",
            "Khám sàng lọc sớm giúp phát hiện và can thiệp kịp thời các bệnh, tật bẩm sinh ở trẻ.",
            "Hoạt động góp phần nâng cao chất lượng dân số trên địa bàn tỉnh.",
        ),
        sentences=(
            "Hơn 700 phụ nữ trong độ tuổi sinh đẻ được khám phụ khoa và tư vấn miễn phí.",
            "Trẻ sơ sinh được lấy máu gót chân để sàng lọc năm bệnh bẩm sinh thường gặp.",
            "Theo {official}, tỷ lệ thanh niên khám sức khỏe trước khi kết hôn tăng mỗi năm.",
            "Câu lạc bộ sinh hoạt mỗi tháng một lần với nội dung về dinh dưỡng và vận động.",
            "Tại {place}, cộng tác viên dân số đến từng hộ vận động người dân tham gia.",
            "Các bà mẹ được hướng dẫn cho con bú sớm trong giờ đầu sau sinh.",
            "Những trường hợp nghi ngờ được chuyển lên tuyến tỉnh để làm thêm xét nghiệm.",
            "Chương trình dùng kinh phí của đề án nâng cao chất lượng dân số.",
        ),
        headings=("Tầm soát sớm, can thiệp kịp thời", "Vai trò của cộng tác viên"),
        list_items=(
            "Tư vấn dinh dưỡng cho bà mẹ mang thai",
            "Sàng lọc thính lực cho trẻ sơ sinh",
            "Khám phụ khoa định kỳ",
            "Tầm soát ung thư cổ tử cung",
        ),
        captions=(
            "Bác sĩ tư vấn cho phụ nữ mang thai",
            "Lấy mẫu máu gót chân cho trẻ sơ sinh (Ảnh: {reporter})",
            "Thành viên câu lạc bộ tập thể dục buổi sáng",
        ),
        table=(
            ("Nội dung", "Chỉ tiêu", "Thực hiện"),
            ("Sàng lọc trước sinh", "4.500", "4.812"),
            ("Sàng lọc sơ sinh", "5.200", "5.037"),
            ("Khám tiền hôn nhân", "1.600", "1.744"),
        ),
    ),
    Topic(
        category="Bảo hiểm y tế",
        predicates=(
            "vận động hộ cận nghèo tham gia bảo hiểm y tế",
            "khám bệnh bằng căn cước công dân gắn chip",
            "đối thoại về quyền lợi người bệnh có thẻ bảo hiểm",
            "mở rộng danh mục kỹ thuật được quỹ bảo hiểm chi trả",
            "nâng tỷ lệ bao phủ bảo hiểm y tế toàn dân",
        ),
        leads=(
            "Người bệnh chỉ cần xuất trình căn cước công dân là được làm thủ tục khám, không cần "
            "thẻ giấy.",
            "Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn đã vượt chỉ tiêu được giao.",
            "Buổi đối thoại giải đáp nhiều thắc mắc của người dân về quyền lợi khi đi khám, chữa "
            "bệnh.",
        ),
        sentences=(
            "Toàn tỉnh hiện có hơn 1,2 triệu người tham gia bảo hiểm y tế, đạt 93,4% dân số.",
            "Thời gian làm thủ tục tiếp đón giảm còn khoảng hai phút cho mỗi người bệnh.",
            "Theo {official}, ngân sách hỗ trợ 70% mức đóng cho người thuộc hộ cận nghèo.",
            "Nhiều ý kiến đề nghị đơn giản hóa thủ tục chuyển tuyến cho người bệnh mãn tính.",
            "Tại {place}, quầy tiếp đón được trang bị đầu đọc thẻ căn cước gắn chip.",
            "Cán bộ bảo hiểm xã hội giải đáp trực tiếp từng câu hỏi của người dân.",
            "Các kỹ thuật mới được thanh toán giúp người bệnh giảm đáng kể chi phí tự chi trả.",
            "Đại lý thu đến tận nhà vận động các hộ gia đình tham gia theo hình thức cả hộ.",
        ),
        headings=("Thủ tục nhanh gọn", "Quyền lợi người tham gia"),
        list_items=(
            "Xuất trình căn cước công dân khi đến khám",
            "Khám đúng nơi đăng ký ban đầu",
            "Mang theo giấy chuyển tuyến khi cần",
            "Kiểm tra thời hạn sử dụng thẻ",
        ),
        captions=(
            "Người bệnh làm thủ tục bằng căn cước công dân",
            "Quang cảnh buổi đối thoại (Ảnh: {reporter})",
            "Đại lý thu vận động người dân tham gia bảo hiểm",
        ),
        table=(
            ("Đối tượng", "Số người tham gia", "Tỷ lệ (%)"),
            ("Hộ gia đình", "512.300", "88,2"),
            ("Học sinh, sinh viên", "214.800", "99,1"),
            ("Người lao động", "186.450", "95,6"),
        ),
    ),
)

# Notices (thông báo): titles "<unit> thông báo …", one formal paragraph each.
NOTICE_TOPICS = (
    Topic(
        category="Tuyển dụng - Đào tạo",
        predicates=(
            "thông báo tuyển dụng viên chức làm việc tại các khoa lâm sàng",
            "thông báo chiêu sinh lớp đào tạo điều dưỡng cơ bản",
            "thông báo kết quả xét tuyển viên chức đợt một",
            "thông báo danh sách thí sinh đủ điều kiện dự tuyển",
            "thông báo lịch phỏng vấn thí sinh dự tuyển",
        ),
        leads=(
            "Đơn vị thông báo để các cá nhân có nhu cầu, đủ điều kiện biết và đăng ký.",
            "Thí sinh theo dõi thông tin trên cổng thông tin điện tử và bảng tin của đơn vị.",
            "Đề nghị các cá nhân có tên trong danh sách có mặt đúng thời gian quy định.",
        ),
        sentences=(
            "Hồ sơ nộp trực tiếp tại phòng Tổ chức - Hành chính trong giờ hành chính.",
            "Thời gian nhận hồ sơ là ba mươi ngày kể từ ngày đăng thông báo.",
            "Thí sinh có mặt trước giờ phỏng vấn 30 phút, mang theo giấy tờ tùy thân có ảnh.",
            "Danh sách chi tiết được niêm yết tại trụ sở {place}.",
            "Mọi thắc mắc xin gọi bộ phận tổ chức qua số điện thoại (0277) 3 852 744.",
            "Học viên được miễn học phí lý thuyết và hỗ trợ một phần chi phí thực hành.",
        ),
        headings=("Điều kiện dự tuyển", "Hồ sơ đăng ký"),
        list_items=(
            "Đơn đăng ký dự tuyển theo mẫu",
            "Bản sao văn bằng, chứng chỉ",
            "Giấy chứng nhận sức khỏe còn thời hạn",
            "Hai ảnh cỡ 4 x 6",
        ),
        captions=(
            "Thí sinh làm thủ tục dự tuyển",
            "Lớp học thực hành điều dưỡng (Ảnh: {reporter})",
            "Bảng niêm yết danh sách thí sinh",
        ),
        table=(
            ("Vị trí", "Chỉ tiêu", "Trình độ"),
            ("Bác sĩ", "12", "Đại học"),
            ("Điều dưỡng", "20", "Cao đẳng"),
            ("Kỹ thuật viên", "6", "Cao đẳng"),
        ),
    ),
    Topic(
        category="Lịch làm việc",
        predicates=(
            "thông báo lịch tiếp công dân định kỳ của lãnh đạo đơn vị",
            "thông báo lịch tiêm chủng thường xuyên hằng tháng",
            "thông báo tạm ngừng tiếp nhận hồ sơ trực tiếp để nâng cấp hệ thống",
            "thông báo lịch trực khám, chữa bệnh dịp nghỉ lễ",
            "thông báo điều chỉnh giờ làm việc mùa nắng nóng",
        ),
        leads=(
            "Đơn vị thông báo để người dân và các cơ quan, tổ chức biết, sắp xếp thời gian.",
            "Trong thời gian trên, các trường hợp cấp cứu vẫn được tiếp nhận bình thường.",
            "Người dân có nhu cầu vui lòng gọi điện trước để được hướng dẫn.",
        ),
        sentences=(
            "Lịch tiếp được thực hiện vào sáng thứ Năm tuần thứ hai của mỗi tháng.",
            "Buổi tiêm diễn ra từ 7 giờ 30 đến 11 giờ tại trụ sở {place}.",
            "Hồ sơ trực tuyến vẫn được tiếp nhận qua Cổng dịch vụ công của tỉnh.",
            "Các khoa lâm sàng bố trí bác sĩ trực 24/24 giờ trong suốt thời gian nghỉ.",
            "Giờ làm việc buổi chiều bắt đầu từ 13 giờ 30 và kết thúc lúc 17 giờ.",
            "Người đến làm việc mang theo giấy tờ liên quan đến nội dung cần giải quyết.",
        ),
        headings=("Thời gian thực hiện", "Địa điểm"),
        list_items=(
            "Sáng thứ Hai: tiếp nhận hồ sơ",
            "Sáng thứ Tư: tiêm chủng",
            "Chiều thứ Sáu: trả kết quả",
            "Thứ Bảy: trực cấp cứu",
        ),
        captions=(
            "Bảng thông báo tại khu tiếp đón",
            "Người dân chờ tiêm chủng (Ảnh: {reporter})",
            "Quầy tiếp nhận hồ sơ",
        ),
        table=(
            ("Ngày", "Buổi sáng", "Buổi chiều"),
            ("Thứ Hai", "Tiếp nhận hồ sơ", "Xử lý hồ sơ"),
            ("Thứ Tư", "Tiêm chủng", "Khám định kỳ"),
            ("Thứ Sáu", "Khám định kỳ", "Trả kết quả"),
        ),
    ),
    Topic(
        category="Đấu thầu - Mua sắm",
        predicates=(
            "thông báo mời chào giá cung cấp hóa chất xét nghiệm",
            "thông báo kết quả lựa chọn nhà thầu mua sắm thiết bị",
            "thông báo mời báo giá dịch vụ sửa chữa máy phát điện",
            "thông báo bán đấu giá xe cứu thương đã thanh lý",
            "thông báo công khai dự toán ngân sách được giao",
        ),
        leads=(
            "Đơn vị kính mời các nhà cung cấp có đủ năng lực, kinh nghiệm tham gia chào giá.",
            "Kết quả được công khai theo quy định của pháp luật về đấu thầu.",
            "Các tổ chức, cá nhân quan tâm vui lòng gửi hồ sơ đúng thời hạn.",
        ),
        sentences=(
            "Hồ sơ chào giá gửi về bộ phận Tài chính - Kế toán trước 16 giờ ngày hết hạn.",
            "Danh mục hàng hóa và yêu cầu kỹ thuật được đăng kèm tại trụ sở {place}.",
            "Nhà thầu trúng thầu có giá đánh giá thấp nhất và đáp ứng yêu cầu kỹ thuật.",
            "Báo giá có hiệu lực tối thiểu chín mươi ngày kể từ ngày ký.",
            "Tài sản được bán theo hình thức đấu giá công khai, trả giá lên.",
            "Dự toán được công khai bằng hình thức niêm yết tại trụ sở và đăng trên cổng thông "
            "tin.",
        ),
        headings=("Yêu cầu chung", "Thời hạn nộp hồ sơ"),
        list_items=(
            "Báo giá có chữ ký và đóng dấu",
            "Catalogue hoặc tài liệu kỹ thuật",
            "Giấy chứng nhận đăng ký doanh nghiệp",
            "Cam kết thời gian giao hàng",
        ),
        captions=(
            "Buổi mở hồ sơ chào giá",
            "Thiết bị được bàn giao cho bệnh viện (Ảnh: {reporter})",
            "Xe cứu thương chờ thanh lý",
        ),
        table=(
            ("Gói", "Nội dung", "Giá trị (triệu đồng)"),
            ("Gói 1", "Hóa chất xét nghiệm", "1.250"),
            ("Gói 2", "Vật tư tiêu hao", "860"),
            ("Gói 3", "Sửa chữa thiết bị", "415"),
        ),
    ),
)

HEALTH_TEXTS = TextPool(
    places=HEALTH_PLACES,
    officials=HEALTH_OFFICIALS,
    reporters=HEALTH_REPORTERS,
    sources=HEALTH_SOURCES,
    link_sentences=HEALTH_LINK_SENTENCES,
    emphases=HEALTH_EMPHASES,
    attachment_names=HEALTH_ATTACHMENT_NAMES,
    alt_texts=HEALTH_ALT_TEXTS,
    topics=HEALTH_TOPICS,
)
