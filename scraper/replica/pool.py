"""The invented text pool the replica articles are composed from: places, people, topics."""

from __future__ import annotations

from dataclasses import dataclass

# Invented communes and wards; no name is a substring of another, so titles stay distinct.
PLACES = (
    "Xã Mỹ Lợi Đông",
    "Xã Bình Thạnh Lâm",
    "Phường Hòa Phú Mới",
    "Xã Long Khánh Thượng",
    "Xã Thạnh Hưng Lộc",
    "Phường Vĩnh Xuân Hòa",
    "Xã Tân Lập Điền",
    "Xã Phước Hậu Tây",
    "Xã An Thạnh Hạ",
    "Phường Đông Hòa Mỹ",
    "Xã Kim Sơn Thượng",
    "Xã Hòa Lạc Nam",
    "Xã Nhơn Phú Lộc",
    "Phường Thới Bình Tân",
    "Xã Lộc Điền Trung",
    "Xã Vạn Phước Hòa",
    "Thị xã Tân An Hòa",
    "Huyện Vĩnh Lạc Đông",
    "Xã Quảng Thạnh Đông",
    "Phường Hưng Phú Mỹ",
)

OFFICIALS = (
    "ông Trần Văn Lực, Chủ tịch UBND xã",
    "bà Nguyễn Thị Hạnh Dung, Phó Chủ tịch UBND thị xã",
    "ông Lê Hoàng Phúc, Bí thư Đảng ủy phường",
    "bà Phạm Thị Mỹ Lệ, Trưởng phòng Văn hóa - Thông tin",
    "ông Võ Minh Khoa, Giám đốc Trung tâm Y tế",
    "ông Đặng Quốc Thịnh, Trưởng phòng Kinh tế",
    "bà Huỳnh Ngọc Trâm, Bí thư Đoàn thị xã",
    "ông Bùi Thanh Sang, Chỉ huy trưởng Ban Chỉ huy Quân sự",
)

REPORTERS = (
    "Thúy An",
    "Minh Thư",
    "Quốc Huy",
    "Hồng Nhung",
    "Thanh Tâm",
    "Bảo Ngọc",
    "Đức Trọng",
    "Ngọc Hân",
    "Phước Lộc",
    "Kim Yến",
)

SOURCES = (
    "Nguồn: Báo Tân An Hòa điện tử",
    "Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã",
    "Nguồn: Phòng Nông nghiệp và Phát triển nông thôn",
    "Nguồn: Đài Truyền thanh huyện Vĩnh Lạc Đông",
    "Nguồn: Văn phòng HĐND và UBND thị xã",
)

# (text before, link text, href, text after): on-site hrefs are relative, off-site absolute.
LINK_SENTENCES = (
    (
        "Người dân có thể nộp hồ sơ trực tuyến qua ",
        "Cổng dịch vụ công của tỉnh",
        "https://dichvucong.tanhoa.example.gov.vn/thu-tuc?linhvuc=12",
        " để được giải quyết nhanh hơn.",
    ),
    (
        "Mọi ý kiến góp ý xin gửi về địa chỉ tại trang ",
        "thông tin liên lạc",
        "/Pages/LienHe.aspx",
        " của cơ quan.",
    ),
    (
        "Toàn văn kế hoạch được đăng trên ",
        "trang văn bản của tỉnh",
        "https://vanban.tanhoa.example.gov.vn/van-ban/2021/ke-hoach-45",
        ".",
    ),
    (
        "Thông tin thêm về địa phương được đăng tải tại ",
        "trang tổng quan",
        "/Pages/GioiThieu.aspx",
        " của cổng thông tin.",
    ),
    (
        "Hình ảnh hoạt động được cập nhật thường xuyên trên ",
        "trang mạng xã hội của đơn vị",
        "https://www.facebook.com/tananhoa.example",
        ".",
    ),
)

EMPHASES = (
    "theo báo cáo sơ bộ",
    "tính đến cuối tháng",
    "vượt chỉ tiêu đề ra",
    "trong điều kiện thời tiết bất lợi",
)

ATTACHMENT_NAMES = (
    ("KeHoach_{n}.pdf", "Kế hoạch số {n}/KH-UBND"),
    ("ThongBao_{n}.pdf", "Thông báo số {n}/TB-UBND"),
    ("QuyetDinh_{n}.pdf", "Quyết định số {n}/QĐ-UBND"),
    ("BaoCao_{n}.pdf", "Báo cáo số {n}/BC-UBND"),
    ("PhuLuc_{n}.pdf", "Phụ lục kèm theo văn bản số {n}"),
)

ALT_TEXTS = (
    "Quang cảnh buổi lễ",
    "Đại biểu tham quan mô hình",
    "Lực lượng ra quân",
    "",
    "Người dân tham gia",
    "",
)


@dataclass(frozen=True)
class Topic:
    """One news topic: title predicates, sentences and decorations that fit together."""

    category: str
    predicates: tuple[str, ...]
    leads: tuple[str, ...]
    sentences: tuple[str, ...]
    headings: tuple[str, ...]
    list_items: tuple[str, ...]
    captions: tuple[str, ...]
    table: tuple[tuple[str, ...], ...]


TOPICS = (
    Topic(
        category="Nông nghiệp",
        predicates=(
            "ra mắt tổ hợp tác trồng thanh long sạch",
            "xuống giống lúa vụ Đông Xuân đúng lịch thời vụ",
            "hỗ trợ nông dân chuyển đổi sang nuôi tôm càng xanh",
            "tổng kết mô hình cánh đồng lớn liên kết tiêu thụ",
            "tập huấn kỹ thuật phòng trừ rầy nâu cho bà con",
        ),
        leads=(
            "Nhiều hộ dân đã mạnh dạn thay đổi cách làm, nhờ đó thu nhập tăng rõ rệt so với năm "
            "trước.",
            "Mô hình mới giúp giảm chi phí phân bón và nâng cao chất lượng nông sản của địa "
            "phương.",
            "Hoạt động nằm trong kế hoạch phát triển nông nghiệp bền vững giai đoạn 2021 - 2025.",
        ),
        sentences=(
            "Toàn {place} có hơn 1.200 ha lúa được gieo sạ tập trung theo lịch khuyến cáo.",
            "Cán bộ khuyến nông thường xuyên thăm đồng, hướng dẫn bà con bón phân cân đối.",
            "Năng suất bình quân đạt 6,8 tấn mỗi ha, cao hơn vụ trước khoảng 0,4 tấn.",
            "Tổ hợp tác đã ký hợp đồng bao tiêu sản phẩm với hai doanh nghiệp trong tỉnh.",
            "Theo {official}, địa phương sẽ nhân rộng mô hình sang các ấp lân cận.",
            "Nhiều nông dân cho biết giá vật tư tăng nhưng lợi nhuận vẫn được bảo đảm.",
            "Hệ thống kênh mương nội đồng được nạo vét trước khi xuống giống.",
            "Các hộ tham gia được hỗ trợ 50% giá giống và chi phí chế phẩm sinh học.",
        ),
        headings=("Kết quả bước đầu", "Hướng nhân rộng mô hình"),
        list_items=(
            "Gieo sạ đồng loạt, né rầy theo khuyến cáo",
            "Sử dụng giống xác nhận, giảm lượng giống gieo",
            "Ghi chép nhật ký đồng ruộng đầy đủ",
            "Liên kết tiêu thụ qua hợp tác xã",
        ),
        captions=(
            "Cán bộ khuyến nông hướng dẫn bà con kiểm tra mật độ rầy",
            "Nông dân thu hoạch lúa trên cánh đồng liên kết (Ảnh: {reporter})",
            "Sản phẩm của tổ hợp tác được đóng gói trước khi giao cho doanh nghiệp",
        ),
        table=(
            ("Ấp", "Diện tích (ha)", "Năng suất (tấn/ha)"),
            ("Ấp Bình Lợi", "320", "6,9"),
            ("Ấp Tân Hòa Nhì", "285", "6,7"),
            ("Ấp Mỹ Thuận Ba", "410", "7,0"),
        ),
    ),
    Topic(
        category="Giáo dục",
        predicates=(
            "khánh thành điểm trường mầm non ấp Bình Lợi",
            "trao học bổng cho học sinh vượt khó học giỏi",
            "huy động trẻ ra lớp đầu năm học mới",
            "tổ chức hội thi giáo viên dạy giỏi cấp cơ sở",
            "đạt chuẩn phổ cập giáo dục tiểu học mức độ ba",
        ),
        leads=(
            "Công trình được đưa vào sử dụng kịp thời, giúp các em có nơi học tập khang trang, an "
            "toàn.",
            "Năm nay, tỷ lệ huy động trẻ trong độ tuổi đến trường đạt cao nhất từ trước đến nay.",
            "Phần thưởng là nguồn động viên để các em tiếp tục phấn đấu trong học tập.",
        ),
        sentences=(
            "Điểm trường có bốn phòng học, một phòng chức năng và sân chơi rộng rãi.",
            "Tổng kinh phí đầu tư hơn 5,2 tỷ đồng từ nguồn ngân sách thị xã và xã hội hóa.",
            "Ban giám hiệu đã rà soát từng hộ gia đình để vận động trẻ ra lớp đúng độ tuổi.",
            "Phát biểu tại buổi lễ, {official} đề nghị nhà trường giữ gìn cơ sở vật chất.",
            "Mỗi suất học bổng trị giá từ một đến hai triệu đồng kèm theo tập vở.",
            "Giáo viên tham gia hội thi đã trình bày nhiều tiết dạy sáng tạo, gần gũi với học "
            "sinh.",
            "Công tác phổ cập tại {place} được kiểm tra chặt chẽ theo từng tiêu chí.",
            "Phụ huynh phấn khởi khi con em được học trong môi trường sạch đẹp.",
        ),
        headings=("Nâng chất lượng dạy và học", "Sự quan tâm của các cấp"),
        list_items=(
            "Rà soát số trẻ trong độ tuổi đến trường",
            "Bảo đảm đủ sách giáo khoa trước ngày khai giảng",
            "Kiểm tra an toàn phòng học và công trình vệ sinh",
            "Phối hợp với ban nhân dân ấp vận động trẻ ra lớp",
        ),
        captions=(
            "Các em học sinh trong ngày đầu đến lớp tại điểm trường mới",
            "Đại biểu trao học bổng cho học sinh (Ảnh: {reporter})",
            "Một tiết dạy tại hội thi giáo viên",
        ),
        table=(
            ("Cấp học", "Số lớp", "Số học sinh"),
            ("Mầm non", "18", "512"),
            ("Tiểu học", "42", "1.236"),
            ("Trung học cơ sở", "27", "948"),
        ),
    ),
    Topic(
        category="Y tế",
        predicates=(
            "khám sàng lọc bệnh tim mạch miễn phí cho người cao tuổi",
            "triển khai chiến dịch tiêm vắc xin sởi mở rộng",
            "ra quân diệt lăng quăng phòng bệnh sốt xuất huyết",
            "đưa trạm y tế đạt chuẩn quốc gia vào hoạt động",
        ),
        leads=(
            "Hơn 300 người dân đã được khám, tư vấn sức khỏe và nhận thuốc miễn phí.",
            "Chiến dịch nhằm chủ động phòng bệnh trước mùa mưa, khi số ca mắc thường tăng cao.",
            "Ngành y tế đề nghị người dân phối hợp chặt chẽ để bảo vệ sức khỏe cộng đồng.",
        ),
        sentences=(
            "Đội ngũ y bác sĩ của Trung tâm Y tế trực tiếp thăm khám tại nhà văn hóa ấp.",
            "Các trường hợp có dấu hiệu bất thường được hướng dẫn tái khám tại tuyến trên.",
            "Tại {place}, các tổ xung kích đã kiểm tra hơn 2.000 hộ gia đình.",
            "Người dân được hướng dẫn đậy kín dụng cụ chứa nước và thu gom vật phế thải.",
            "Theo {official}, tỷ lệ tiêm chủng đầy đủ năm nay đạt trên 97%.",
            "Trạm y tế được trang bị thêm máy siêu âm và tủ bảo quản vắc xin.",
            "Công tác truyền thông được thực hiện qua loa phát thanh và tờ rơi.",
        ),
        headings=("Chủ động phòng bệnh", "Những con số đáng chú ý"),
        list_items=(
            "Đo huyết áp và đường huyết",
            "Tư vấn chế độ dinh dưỡng hợp lý",
            "Cấp thuốc điều trị các bệnh thông thường",
            "Hướng dẫn theo dõi sức khỏe tại nhà",
        ),
        captions=(
            "Bác sĩ khám sức khỏe cho người cao tuổi",
            "Tổ xung kích kiểm tra dụng cụ chứa nước (Ảnh: {reporter})",
            "Trẻ em được tiêm vắc xin tại trạm y tế",
        ),
        table=(
            ("Nội dung", "Kế hoạch", "Thực hiện"),
            ("Số hộ được kiểm tra", "2.000", "2.148"),
            ("Số trẻ được tiêm", "640", "627"),
            ("Số người được khám", "300", "326"),
        ),
    ),
    Topic(
        category="Giao thông - Xây dựng",
        predicates=(
            "thông xe cầu bê tông nối liền hai ấp ven sông",
            "bê tông hóa tuyến đường liên ấp dài gần bốn cây số",
            "kiểm tra tiến độ nâng cấp đường đê bao",
            "lắp đặt đèn chiếu sáng trên các tuyến đường nông thôn",
        ),
        leads=(
            "Công trình hoàn thành giúp người dân đi lại thuận tiện, nhất là trong mùa mưa.",
            "Phần lớn kinh phí do nhân dân đóng góp theo phương châm nhà nước và nhân dân cùng "
            "làm.",
            "Đơn vị thi công cam kết bàn giao đúng hẹn và bảo đảm chất lượng.",
        ),
        sentences=(
            "Tuyến đường có mặt rộng 3,5 mét, kết cấu bê tông cốt thép dày 18 cm.",
            "Nhiều hộ dân tự nguyện hiến đất, dời hàng rào để mở rộng lộ giới.",
            "Tổng vốn đầu tư hơn 7 tỷ đồng, trong đó nhân dân đóng góp gần 1,5 tỷ đồng.",
            "Đoàn kiểm tra yêu cầu nhà thầu bố trí biển báo an toàn tại các điểm thi công.",
            "Theo {official}, trong năm tới {place} sẽ tiếp tục làm mới ba tuyến đường.",
            "Hệ thống đèn sử dụng năng lượng mặt trời, tiết kiệm chi phí vận hành.",
            "Cây cầu thay thế đò ngang đã tồn tại hơn hai mươi năm.",
        ),
        headings=("Sức dân làm nên công trình", "Bảo đảm an toàn thi công"),
        list_items=(
            "Hoàn thành giải phóng mặt bằng trước mùa mưa",
            "Công khai kinh phí đóng góp tại ấp",
            "Giám sát cộng đồng trong suốt quá trình thi công",
            "Bàn giao và duy tu sau khi đưa vào sử dụng",
        ),
        captions=(
            "Lãnh đạo địa phương cắt băng thông xe công trình",
            "Tuyến đường sau khi được bê tông hóa (Ảnh: {reporter})",
            "Công nhân lắp đặt đèn chiếu sáng",
        ),
        table=(
            ("Công trình", "Chiều dài (m)", "Kinh phí (triệu đồng)"),
            ("Đường liên ấp số 3", "3.800", "4.950"),
            ("Cầu kênh Ranh", "42", "1.870"),
            ("Đèn chiếu sáng ấp Mới", "2.100", "640"),
        ),
    ),
    Topic(
        category="Văn hóa - Lễ hội",
        predicates=(
            "khai mạc lễ hội đua ghe truyền thống mừng xuân",
            "tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư",
            "công nhận ấp văn hóa tiêu biểu giai đoạn năm năm",
            "tưng bừng hội thi đờn ca tài tử mở rộng",
        ),
        leads=(
            "Lễ hội thu hút đông đảo người dân và du khách đến cổ vũ, tạo không khí vui tươi.",
            "Hoạt động góp phần gìn giữ, phát huy bản sắc văn hóa của vùng đất phương Nam.",
            "Ngày hội là dịp để bà con cùng nhìn lại kết quả xây dựng đời sống văn hóa.",
        ),
        sentences=(
            "Mười hai đội ghe đến từ các ấp đã tranh tài sôi nổi trên dòng kênh.",
            "Bên cạnh phần thi chính còn có các trò chơi dân gian như kéo co, đập nồi.",
            "Các tiết mục đờn ca tài tử được dàn dựng công phu, đậm chất miền sông nước.",
            "Phát biểu khai mạc, {official} cảm ơn sự đóng góp của các mạnh thường quân.",
            "Tại {place}, bà con đã cùng nhau trang trí đường làng, treo cờ từ nhiều ngày trước.",
            "Ban tổ chức đã trao giải nhất, nhì, ba và nhiều giải khuyến khích.",
            "Lực lượng công an và dân quân bảo đảm an ninh trật tự suốt thời gian diễn ra lễ hội.",
        ),
        headings=("Sôi nổi các phần thi", "Gìn giữ nét đẹp truyền thống"),
        list_items=(
            "Đua ghe ngo nam và nữ",
            "Thi đờn ca tài tử",
            "Trò chơi dân gian cho thiếu nhi",
            "Gian hàng ẩm thực của các ấp",
        ),
        captions=(
            "Các đội ghe tranh tài trên kênh",
            "Tiết mục văn nghệ chào mừng ngày hội (Ảnh: {reporter})",
            "Trao giải cho các đội đạt thành tích cao",
        ),
        table=(
            ("Giải", "Đơn vị", "Thành tích"),
            ("Nhất", "Ấp Tân Hòa Nhì", "12 phút 05 giây"),
            ("Nhì", "Ấp Bình Lợi", "12 phút 31 giây"),
            ("Ba", "Ấp Mỹ Thuận Ba", "12 phút 48 giây"),
        ),
    ),
    Topic(
        category="Cải cách hành chính",
        predicates=(
            "vận hành bộ phận một cửa hiện đại",
            "tiếp nhận hồ sơ trực tuyến mức độ bốn",
            "đối thoại với người dân về thủ tục đất đai",
            "kiểm tra công tác cải cách hành chính sáu tháng đầu năm",
        ),
        leads=(
            "Người dân được hướng dẫn tận tình, thời gian giải quyết hồ sơ rút ngắn đáng kể.",
            "Địa phương đặt mục tiêu đến cuối năm có ít nhất 60% hồ sơ được nộp trực tuyến.",
            "Nhiều kiến nghị của người dân đã được giải đáp ngay tại buổi đối thoại.",
        ),
        sentences=(
            "Bộ phận tiếp nhận được trang bị máy lấy số tự động và màn hình tra cứu.",
            "Trong sáu tháng, {place} tiếp nhận hơn 4.500 hồ sơ, giải quyết đúng hạn 99%.",
            "Công chức được phân công hỗ trợ người dân tạo tài khoản và nộp hồ sơ qua mạng.",
            "Theo {official}, thái độ phục vụ là tiêu chí quan trọng trong đánh giá cán bộ.",
            "Các thủ tục về hộ tịch, chứng thực được giải quyết trong ngày.",
            "Đoàn kiểm tra ghi nhận việc niêm yết công khai thủ tục đầy đủ, đúng quy định.",
            "Hòm thư góp ý được đặt tại nơi dễ thấy để người dân phản ánh.",
        ),
        headings=("Lấy người dân làm trung tâm", "Những việc cần làm tiếp"),
        list_items=(
            "Niêm yết công khai thủ tục hành chính",
            "Trả kết quả qua dịch vụ bưu chính công ích",
            "Số hóa hồ sơ, kết quả giải quyết",
            "Khảo sát mức độ hài lòng của người dân",
        ),
        captions=(
            "Công chức hướng dẫn người dân nộp hồ sơ trực tuyến",
            "Quang cảnh buổi đối thoại (Ảnh: {reporter})",
            "Bộ phận một cửa sau khi được nâng cấp",
        ),
        table=(
            ("Lĩnh vực", "Số hồ sơ", "Đúng hạn"),
            ("Hộ tịch", "1.820", "1.820"),
            ("Chứng thực", "2.104", "2.101"),
            ("Đất đai", "612", "598"),
        ),
    ),
    Topic(
        category="Phòng chống thiên tai",
        predicates=(
            "diễn tập phương án ứng phó lũ và sạt lở bờ sông",
            "gia cố đê bao bảo vệ vườn cây ăn trái mùa lũ",
            "di dời khẩn cấp các hộ dân ven kênh bị sạt lở",
            "kiện toàn ban chỉ huy phòng chống thiên tai và cứu nạn",
        ),
        leads=(
            "Buổi diễn tập giúp các lực lượng nâng cao khả năng phối hợp khi có tình huống xảy ra.",
            "Chính quyền đã kịp thời hỗ trợ lương thực và chỗ ở tạm cho các hộ bị ảnh hưởng.",
            "Địa phương chủ động phương châm bốn tại chỗ, không để bị động, bất ngờ.",
        ),
        sentences=(
            "Tình huống giả định là mưa lớn kéo dài kết hợp triều cường làm tràn đê bao.",
            "Hơn 150 cán bộ, chiến sĩ và dân quân tham gia cùng nhiều phương tiện cứu hộ.",
            "Tại {place}, đoạn bờ kênh dài khoảng 60 mét bị sạt lở sâu vào đất ở.",
            "Các hộ dân được hỗ trợ mỗi hộ năm triệu đồng để ổn định cuộc sống.",
            "Theo {official}, lực lượng xung kích sẵn sàng trực 24/24 giờ trong mùa lũ.",
            "Bao cát, cọc tràm và máy bơm đã được chuẩn bị tại các điểm xung yếu.",
            "Người dân được khuyến cáo không neo đậu ghe xuồng gần khu vực sạt lở.",
        ),
        headings=("Phương án bốn tại chỗ", "Khắc phục hậu quả"),
        list_items=(
            "Chỉ huy tại chỗ",
            "Lực lượng tại chỗ",
            "Phương tiện, vật tư tại chỗ",
            "Hậu cần tại chỗ",
        ),
        captions=(
            "Lực lượng cứu hộ thực hành đưa người dân đến nơi an toàn",
            "Khu vực bờ kênh bị sạt lở (Ảnh: {reporter})",
            "Dân quân gia cố đê bao bằng bao cát",
        ),
        table=(
            ("Hạng mục", "Số lượng", "Đơn vị tính"),
            ("Bao cát", "3.500", "bao"),
            ("Cọc tràm", "1.200", "cây"),
            ("Máy bơm", "14", "cái"),
        ),
    ),
    Topic(
        category="Đoàn thể",
        predicates=(
            "ra quân chiến dịch thanh niên tình nguyện hè",
            "trao nhà nhân ái cho đoàn viên có hoàn cảnh khó khăn",
            "tổ chức ngày chủ nhật xanh làm sạch kênh rạch",
            "phát động phong trào thanh niên khởi nghiệp ở nông thôn",
        ),
        leads=(
            "Chiến dịch để lại nhiều công trình thiết thực, được người dân đồng tình ủng hộ.",
            "Hoạt động thể hiện tinh thần tương thân tương ái của tuổi trẻ địa phương.",
            "Đoàn viên, thanh niên là lực lượng xung kích trong xây dựng nông thôn mới.",
        ),
        sentences=(
            "Hơn 200 đoàn viên, thanh niên đã tham gia dọn vệ sinh, trồng cây xanh.",
            "Căn nhà có tổng trị giá 60 triệu đồng do đoàn viên và nhà hảo tâm đóng góp.",
            "Tại {place}, các đội hình tình nguyện còn sửa chữa điện miễn phí cho hộ nghèo.",
            "Theo {official}, mỗi chi đoàn sẽ đăng ký ít nhất một công trình thanh niên.",
            "Nhiều dự án khởi nghiệp về nông sản sạch đã được hỗ trợ vốn vay ưu đãi.",
            "Các em thiếu nhi được sinh hoạt hè, học bơi và kỹ năng phòng tránh đuối nước.",
            "Hàng tấn rác thải nhựa được thu gom dọc hai bên bờ kênh.",
        ),
        headings=("Những công trình mang dấu ấn tuổi trẻ", "Tiếp sức cho thanh niên lập nghiệp"),
        list_items=(
            "Thắp sáng đường quê",
            "Tuyến đường hoa thanh niên",
            "Lớp dạy bơi miễn phí cho thiếu nhi",
            "Hỗ trợ vốn cho dự án khởi nghiệp",
        ),
        captions=(
            "Đoàn viên dọn vệ sinh bờ kênh",
            "Trao quyết định hỗ trợ nhà cho đoàn viên (Ảnh: {reporter})",
            "Thanh niên tình nguyện sửa chữa điện cho hộ nghèo",
        ),
        table=(
            ("Công trình", "Số lượng", "Kinh phí (triệu đồng)"),
            ("Nhà nhân ái", "3", "180"),
            ("Tuyến đường hoa", "5", "45"),
            ("Cầu dân sinh", "2", "120"),
        ),
    ),
    Topic(
        category="Bầu cử",
        predicates=(
            "tiếp xúc cử tri trước kỳ họp thường lệ",
            "kiểm tra công tác chuẩn bị bầu cử tại các khu vực bỏ phiếu",
            "niêm yết danh sách cử tri đúng thời gian quy định",
            "hội nghị hiệp thương lựa chọn người ứng cử",
        ),
        leads=(
            "Cử tri đã nêu nhiều ý kiến, kiến nghị tâm huyết liên quan đến đời sống dân sinh.",
            "Công tác chuẩn bị được thực hiện chu đáo, đúng luật và đúng tiến độ.",
            "Mọi cử tri được tạo điều kiện thuận lợi để thực hiện quyền và nghĩa vụ của mình.",
        ),
        sentences=(
            "Các đại biểu đã báo cáo kết quả giải quyết kiến nghị từ kỳ tiếp xúc trước.",
            "Cử tri {place} đề nghị sớm sửa chữa tuyến đường xuống cấp và bổ sung đèn đường.",
            "Danh sách cử tri được niêm yết tại trụ sở ủy ban và nhà văn hóa các ấp.",
            "Theo {official}, mọi thắc mắc của cử tri đều được tiếp nhận và trả lời công khai.",
            "Mỗi khu vực bỏ phiếu được bố trí đủ hòm phiếu, phòng viết phiếu kín.",
            "Tổ bầu cử đã được tập huấn nghiệp vụ và quy trình kiểm phiếu.",
            "Hội nghị thống nhất danh sách người ứng cử đủ tiêu chuẩn theo quy định.",
        ),
        headings=("Lắng nghe ý kiến cử tri", "Sẵn sàng cho ngày bầu cử"),
        list_items=(
            "Niêm yết danh sách cử tri",
            "Lập khu vực bỏ phiếu",
            "Tập huấn tổ bầu cử",
            "Tuyên truyền trên hệ thống loa truyền thanh",
        ),
        captions=(
            "Cử tri phát biểu tại buổi tiếp xúc",
            "Đoàn kiểm tra làm việc tại khu vực bỏ phiếu số 3 (Ảnh: {reporter})",
            "Danh sách cử tri được niêm yết tại nhà văn hóa ấp",
        ),
        table=(
            ("Khu vực bỏ phiếu", "Số cử tri", "Số tổ bầu cử"),
            ("Khu vực 1", "1.245", "1"),
            ("Khu vực 2", "986", "1"),
            ("Khu vực 3", "1.102", "1"),
        ),
    ),
)

# Titles for listing entries whose article was deleted (they answer 404).
DELETED_TITLES = (
    "Bài viết tạm gỡ để hiệu đính nội dung",
    "Thông tin cũ đã được thay thế bằng bài khác",
)


@dataclass(frozen=True)
class TextPool:
    """The texts one portal's articles are composed from: title places, people, sources, the
    decorations of the body and the topics."""

    places: tuple[str, ...]
    officials: tuple[str, ...]
    reporters: tuple[str, ...]
    sources: tuple[str, ...]
    # (text before, link text, href, text after)
    link_sentences: tuple[tuple[str, str, str, str], ...]
    emphases: tuple[str, ...]
    # (file name pattern, shown name pattern) with `{n}` for the document number
    attachment_names: tuple[tuple[str, str], ...]
    alt_texts: tuple[str, ...]
    topics: tuple[Topic, ...]


# The pool of the town, unit and first held-out portals (a town's news).
TOWN_TEXTS = TextPool(
    places=PLACES,
    officials=OFFICIALS,
    reporters=REPORTERS,
    sources=SOURCES,
    link_sentences=LINK_SENTENCES,
    emphases=EMPHASES,
    attachment_names=ATTACHMENT_NAMES,
    alt_texts=ALT_TEXTS,
    topics=TOPICS,
)
