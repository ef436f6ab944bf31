#include "tests/bench/NewsVocabulary.h"

#include <QHash>
#include <initializer_list>

namespace toasoan::bench::vocabulary {

namespace {

QStringList u8(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *item : items) {
        out.append(QString::fromUtf8(item));
    }
    return out;
}

NewsTopic topic(const char *category, std::initializer_list<const char *> tags,
                std::initializer_list<const char *> actions, std::initializer_list<const char *> titles,
                std::initializer_list<const char *> details)
{
    return NewsTopic{QString::fromUtf8(category), u8(tags), u8(actions), u8(titles), u8(details)};
}

} // namespace

const QList<CategoryNode> &categoryTree()
{
    static const QList<CategoryNode> tree = [] {
        QList<CategoryNode> out;
        const std::initializer_list<std::pair<const char *, const char *>> rows = {
            {"Thời sự", ""},
            {"Chính trị", "Thời sự"},
            {"Kinh tế", "Thời sự"},
            {"Xã hội", ""},
            {"Giáo dục", "Xã hội"},
            {"Y tế", "Xã hội"},
            {"An sinh xã hội", "Xã hội"},
            {"Văn hóa – Thể thao", ""},
            {"Quốc phòng – An ninh", ""},
            {"Đô thị – Môi trường", ""},
            {"Phường – Khu phố", ""},
        };
        for (const auto &[name, parent] : rows) {
            out.append(CategoryNode{QString::fromUtf8(name), QString::fromUtf8(parent)});
        }
        return out;
    }();
    return tree;
}

const QList<NewsTopic> &topics()
{
    static const QList<NewsTopic> all = {
        topic("Chính trị", {"Xây dựng Đảng", "Dân vận khéo", "Học tập và làm theo Bác"},
              {"tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm",
               "tổ chức lễ trao Huy hiệu Đảng cho các đảng viên lão thành",
               "triển khai nghị quyết của Ban Chấp hành Trung ương đến cán bộ, đảng viên",
               "tổ chức hội nghị giám sát việc thực hiện quy chế dân chủ ở cơ sở",
               "phát động phong trào thi đua chào mừng đại hội Đảng bộ các cấp"},
              {"sơ kết công tác xây dựng Đảng năm {Y}", "trao Huy hiệu 50 năm tuổi Đảng",
               "quán triệt nghị quyết Trung ương", "giám sát thực hiện quy chế dân chủ ở cơ sở"},
              {"Năm {Y}, Đảng bộ quận kết nạp {N} đảng viên mới, đạt {P} chỉ tiêu nghị quyết đề ra.",
               "Các chi bộ duy trì nghiêm túc chế độ sinh hoạt định kỳ, nội dung sinh hoạt ngày càng thiết thực.",
               "Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch, kịp thời chấn chỉnh những hạn chế.",
               "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chính "
               "trị của từng cơ quan, đơn vị."}),
        topic("Kinh tế", {"Kinh tế", "Đầu tư công", "Cải cách hành chính", "Chuyển đổi số"},
              {"tổ chức hội nghị đối thoại với doanh nghiệp và hộ kinh doanh trên địa bàn",
               "kiểm tra tiến độ giải ngân vốn đầu tư công", "ra mắt mô hình chợ 4.0 thanh toán không dùng tiền mặt",
               "triển khai dịch vụ công trực tuyến toàn trình cho người dân",
               "làm việc với các hợp tác xã về phát triển sản phẩm OCOP"},
              {"đối thoại với doanh nghiệp", "đẩy nhanh giải ngân vốn đầu tư công",
               "ra mắt chợ 4.0 không dùng tiền mặt", "hỗ trợ hộ kinh doanh chuyển đổi số"},
              {"Tổng thu ngân sách trên địa bàn ước đạt {B} đồng, bằng {P} dự toán năm.",
               "Trong {K} tháng, quận cấp mới giấy chứng nhận đăng ký cho {N} hộ kinh doanh cá thể.",
               "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt {P}.",
               "Nhiều tiểu thương cho biết việc thanh toán bằng mã QR giúp buôn bán thuận tiện hơn, "
               "hạn chế tiền lẻ và tiền giả."}),
        topic("Giáo dục", {"Giáo dục", "Khuyến học", "Trẻ em"},
              {"tổ chức lễ tổng kết năm học và tuyên dương học sinh giỏi",
               "trao {N} suất học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt",
               "tổ chức hội thi giáo viên dạy giỏi cấp quận", "khánh thành dãy phòng học mới tại Trường Tiểu học {W}",
               "ra quân chiến dịch phổ cập bơi cho học sinh tiểu học"},
              {"tuyên dương {N} học sinh giỏi cấp thành phố", "trao học bổng cho học sinh vượt khó",
               "khánh thành trường học mới", "phổ cập bơi cho học sinh tiểu học"},
              {"Năm học {Y}, toàn quận có {P} học sinh tiểu học hoàn thành chương trình lớp học.",
               "Tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt {P}, tăng so với năm học trước.",
               "Mỗi suất học bổng trị giá {M} đồng cùng bộ sách giáo khoa và dụng cụ học tập.",
               "Em Nguyễn Ngọc Hân, học sinh lớp 9, chia sẻ: “Em sẽ cố gắng học thật giỏi để không phụ lòng "
               "thầy cô và gia đình”."}),
        topic("Y tế", {"Y tế", "Phòng chống dịch", "Hiến máu tình nguyện"},
              {"ra quân chiến dịch diệt lăng quăng, phòng chống sốt xuất huyết",
               "tổ chức ngày hội hiến máu tình nguyện đợt {N}",
               "khám bệnh, cấp thuốc miễn phí cho {N} người cao tuổi và gia đình chính sách",
               "triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
               "kiểm tra an toàn thực phẩm tại các bếp ăn tập thể"},
              {"ra quân diệt lăng quăng phòng sốt xuất huyết", "tiếp nhận {N} đơn vị máu",
               "khám bệnh miễn phí cho người cao tuổi", "tăng cường kiểm tra an toàn thực phẩm"},
              {"Từ đầu năm đến nay, trên địa bàn ghi nhận {N} ca sốt xuất huyết, giảm so với cùng kỳ.",
               "Các tổ xung kích đã đến từng hộ gia đình hướng dẫn loại bỏ vật dụng chứa nước đọng.",
               "Kết thúc ngày hội, Ban Chỉ đạo tiếp nhận {N} đơn vị máu an toàn.",
               "Trung tâm Y tế quận khuyến cáo người dân ngủ màn, thường xuyên vệ sinh nơi ở."}),
        topic("An sinh xã hội", {"An sinh xã hội", "Vì người nghèo", "Người cao tuổi", "Chữ thập đỏ"},
              {"trao {N} phần quà cho các hộ nghèo, hộ cận nghèo nhân dịp Tết Nguyên đán",
               "bàn giao nhà Đại đoàn kết cho hộ gia đình có hoàn cảnh đặc biệt khó khăn",
               "thăm, tặng quà các gia đình chính sách, người có công với cách mạng",
               "phát động tháng cao điểm “Vì người nghèo” năm {Y}",
               "tổ chức phiên giao dịch việc làm cho người lao động"},
              {"trao {N} phần quà Tết cho hộ nghèo", "bàn giao nhà Đại đoàn kết", "tri ân người có công với cách mạng",
               "kết nối việc làm cho {N} lao động"},
              {"Mỗi phần quà gồm tiền mặt {M} đồng cùng gạo, dầu ăn và nhu yếu phẩm.",
               "Căn nhà có diện tích {N} mét vuông, tổng kinh phí xây dựng hơn {B} đồng.",
               "Quỹ “Vì người nghèo” của quận đã vận động được hơn {B} đồng từ các tổ chức, cá nhân.",
               "Xúc động nhận quà, bà Trần Thị Mai, ngụ phường {W}, bày tỏ lòng biết ơn sự quan tâm của "
               "chính quyền địa phương."}),
        topic("Văn hóa – Thể thao", {"Văn hóa", "Thể thao", "Du lịch", "Lễ hội"},
              {"tổ chức giải chạy việt dã báo Tiền Phong vòng loại cấp quận",
               "khai mạc hội thi văn nghệ quần chúng các khu phố", "tổ chức Ngày hội văn hóa các dân tộc",
               "phát động toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại",
               "tổ chức lễ hội đường phố chào mừng ngày giải phóng quê hương"},
              {"khai mạc hội thi văn nghệ quần chúng", "sôi nổi giải chạy việt dã", "rực rỡ lễ hội đường phố",
               "{N} vận động viên tranh tài giải bóng chuyền"},
              {"Giải đấu thu hút {N} vận động viên đến từ các phường trên địa bàn tham gia tranh tài.",
               "Các tiết mục ca múa nhạc mang đậm bản sắc quê hương, ca ngợi Đảng, Bác Hồ và đất nước.",
               "Ban Tổ chức trao giải nhất cho đội phường {W}, giải nhì cho đội phường {W}.",
               "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tiếp tục được nhân rộng."}),
        topic("Quốc phòng – An ninh", {"Quốc phòng", "An ninh trật tự", "Phòng cháy chữa cháy"},
              {"tổ chức lễ giao nhận quân năm {Y}", "diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư",
               "ra mắt mô hình “Khu phố an toàn về an ninh trật tự”",
               "tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
               "tuyên truyền phòng, chống tội phạm lừa đảo trên không gian mạng"},
              {"{N} thanh niên lên đường nhập ngũ", "diễn tập phòng cháy chữa cháy khu dân cư",
               "ra mắt khu phố an toàn về an ninh trật tự", "cảnh giác lừa đảo qua mạng"},
              {"Năm nay, quận có {N} thanh niên ưu tú lên đường thực hiện nghĩa vụ quân sự.",
               "Buổi diễn tập giả định đám cháy xảy ra tại một ki-ốt kinh doanh trong hẻm sâu.",
               "Công an quận khuyến cáo người dân không cung cấp mã OTP, không chuyển tiền theo yêu cầu của "
               "người lạ.",
               "Trong {K} tháng, lực lượng chức năng đã phát hiện, xử lý {N} vụ vi phạm về trật tự xã hội."}),
        topic("Đô thị – Môi trường", {"Môi trường", "Đô thị văn minh", "Giao thông"},
              {"ra quân tổng vệ sinh môi trường, khơi thông cống rãnh", "ra quân lập lại trật tự lòng đường, vỉa hè",
               "phát động phong trào chống rác thải nhựa", "trồng {N} cây xanh dọc các tuyến đường",
               "khởi công nâng cấp, mở rộng hẻm trong khu dân cư"},
              {"ra quân tổng vệ sinh môi trường", "lập lại trật tự vỉa hè", "nói không với rác thải nhựa",
               "trồng {N} cây xanh", "khởi công nâng cấp hẻm"},
              {"Hơn {N} cán bộ, đoàn viên và người dân đã tham gia thu gom rác, phát quang bụi rậm.",
               "Lực lượng chức năng đã nhắc nhở {N} trường hợp lấn chiếm vỉa hè để kinh doanh.",
               "Công trình có tổng vốn đầu tư {B} đồng, dự kiến hoàn thành trong quý IV năm {Y}.",
               "Người dân đồng tình hiến đất, tháo dỡ vật kiến trúc để mở rộng hẻm."}),
        topic("Phường – Khu phố", {"Khu phố", "Đại đoàn kết", "Nông thôn mới"},
              {"tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu phố {N}",
               "tổ chức hội nghị tiếp xúc cử tri trước kỳ họp",
               "tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân",
               "công nhận khu phố văn hóa năm {Y}", "sơ kết mô hình “Dân vận khéo” trong xây dựng khu phố văn minh"},
              {"ấm áp Ngày hội Đại đoàn kết", "cử tri kiến nghị nhiều vấn đề dân sinh", "đối thoại với nhân dân",
               "công nhận {N} khu phố văn hóa"},
              {"Tại hội nghị, cử tri phản ánh tình trạng ngập úng cục bộ khi mưa lớn tại phường {W}.",
               "Khu phố có {N} hộ gia đình, {P} hộ đạt danh hiệu gia đình văn hóa.",
               "Các ý kiến của cử tri đã được đại diện lãnh đạo UBND quận giải trình, làm rõ.",
               "Ngày hội là dịp để người dân ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam."}),
    };
    return all;
}

const QStringList &generalTags()
{
    static const QStringList tags =
        u8({"Tin địa phương",   "Hoạt động phường", "Tết Nguyên đán", "Thanh niên",
            "Phụ nữ",           "Cựu chiến binh",   "Bình đẳng giới", "Gương người tốt việc tốt",
            "Thi đua yêu nước", "Bầu cử",           "Hội Nông dân",   "Công đoàn",
            "Mặt trận Tổ quốc", "Người khuyết tật", "Quận ủy",        "Quận uỷ",
            "Thủy lợi",         "Thuỷ lợi",         "Hòa giải cơ sở", "Tuyên truyền pháp luật",
            "Mùa hè xanh",      "Ngày hội đọc sách"});
    return tags;
}

const QStringList &wards()
{
    static const QStringList list = u8({"Tân Lập", "Vĩnh Hòa", "Phước Hải", "Ngọc Hiệp", "Phương Sài", "Xương Huân",
                                        "Lộc Thọ", "Vạn Thắng", "Phước Long", "Vĩnh Nguyên", "Phước Tân", "Vĩnh Phước",
                                        "Phước Tiến", "Vạn Thạnh", "Thủy Triều", "Đồng Đế"});
    return list;
}

const QStringList &organisations()
{
    static const QStringList list = u8({"UBND quận",
                                        "Quận ủy",
                                        "Quận uỷ",
                                        "Ủy ban MTTQ Việt Nam quận",
                                        "Uỷ ban MTTQ Việt Nam phường {W}",
                                        "UBND phường {W}",
                                        "Phòng Giáo dục và Đào tạo quận",
                                        "Phòng Văn hóa và Thông tin quận",
                                        "Phòng Tài nguyên và Môi trường quận",
                                        "Phòng Lao động – Thương binh và Xã hội quận",
                                        "Trung tâm Y tế quận",
                                        "Công an quận",
                                        "Công an phường {W}",
                                        "Ban Chỉ huy Quân sự quận",
                                        "Hội Liên hiệp Phụ nữ quận",
                                        "Quận đoàn",
                                        "Đoàn Thanh niên phường {W}",
                                        "Hội Cựu chiến binh phường {W}",
                                        "Hội Chữ thập đỏ quận",
                                        "Liên đoàn Lao động quận",
                                        "Ban Tuyên giáo Quận ủy",
                                        "Ban Dân vận Quận ủy",
                                        "Hội Khuyến học quận",
                                        "Đội Quản lý trật tự đô thị quận"});
    return list;
}

const QStringList &agencies(const QString &category)
{
    static const QHash<QString, QStringList> byCategory = [] {
        QHash<QString, QStringList> out;
        const auto add = [&out](const char *name, std::initializer_list<const char *> names) {
            out.insert(QString::fromUtf8(name), u8(names));
        };
        add("Chính trị", {"Quận ủy", "Quận uỷ", "Ban Tuyên giáo Quận ủy", "Ban Dân vận Quận ủy", "Đảng ủy phường {W}",
                          "Ủy ban Kiểm tra Quận ủy"});
        add("Kinh tế", {"UBND quận", "Phòng Tài chính – Kế hoạch quận", "Phòng Kinh tế quận", "Chi cục Thuế khu vực",
                        "UBND phường {W}"});
        add("Giáo dục", {"Phòng Giáo dục và Đào tạo quận", "Hội Khuyến học quận", "Trường THCS Lê Lợi",
                         "Trường Tiểu học Kim Đồng", "Quận đoàn"});
        add("Y tế", {"Trung tâm Y tế quận", "Trạm Y tế phường {W}", "Hội Chữ thập đỏ quận",
                     "Ban Chỉ đạo vận động hiến máu tình nguyện quận"});
        add("An sinh xã hội", {"Phòng Lao động – Thương binh và Xã hội quận", "Ủy ban MTTQ Việt Nam quận",
                               "Uỷ ban MTTQ Việt Nam phường {W}", "Hội Chữ thập đỏ quận", "Hội Liên hiệp Phụ nữ quận"});
        add("Văn hóa – Thể thao", {"Phòng Văn hóa và Thông tin quận", "Trung tâm Văn hóa – Thể thao quận", "Quận đoàn",
                                   "Đoàn Thanh niên phường {W}"});
        add("Quốc phòng – An ninh", {"Công an quận", "Công an phường {W}", "Ban Chỉ huy Quân sự quận",
                                     "Hội đồng Nghĩa vụ quân sự quận", "Đội Cảnh sát phòng cháy chữa cháy quận"});
        add("Đô thị – Môi trường", {"Phòng Tài nguyên và Môi trường quận", "Phòng Quản lý đô thị quận",
                                    "Đội Quản lý trật tự đô thị quận", "UBND phường {W}"});
        add("Phường – Khu phố", {"UBND phường {W}", "Uỷ ban MTTQ Việt Nam phường {W}", "Ban điều hành khu phố {N}",
                                 "Hội Cựu chiến binh phường {W}"});
        return out;
    }();
    static const QStringList none;
    const auto it = byCategory.constFind(category);
    return it == byCategory.constEnd() ? none : *it;
}

const QStringList &titleSubjects()
{
    static const QStringList list = u8({"Quận", "Phường {W}", "Quận đoàn", "Hội Phụ nữ phường {W}", "Công an quận",
                                        "Mặt trận phường {W}", "Quận ủy", "Quận uỷ", "Tuổi trẻ phường {W}"});
    return list;
}

const QStringList &positions()
{
    static const QStringList list =
        u8({"Bí thư Quận ủy", "Phó Bí thư Thường trực Quận ủy", "Chủ tịch UBND quận", "Phó Chủ tịch UBND quận",
            "Chủ tịch Ủy ban MTTQ Việt Nam quận", "Trưởng Ban Tuyên giáo Quận uỷ", "Chủ tịch UBND phường {W}",
            "Bí thư Đảng ủy phường {W}", "Trưởng phòng Giáo dục và Đào tạo quận", "Giám đốc Trung tâm Y tế quận",
            "Trưởng Công an quận", "Chỉ huy trưởng Ban Chỉ huy Quân sự quận", "Bí thư Quận đoàn"});
    return list;
}

const QStringList &familyNames()
{
    static const QStringList list = u8({"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                                        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đoàn", "Trương"});
    return list;
}

const QStringList &middleNames()
{
    static const QStringList list =
        u8({"Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Đức", "Thu", "Hoàng", "Xuân", "Kim"});
    return list;
}

const QStringList &givenNames()
{
    static const QStringList list =
        u8({"Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Hoa", "Nam", "Hạnh", "Thắng", "Trang", "Bình",   "Phương", "Sơn",
            "Hải",  "Yến", "Long", "Thảo",  "Khoa", "Hòa", "Hoà", "Thủy", "Thuỷ",  "Quý",   "Nguyệt", "Đạt",    "Tâm"});
    return list;
}

const QStringList &places()
{
    static const QStringList list =
        u8({"hội trường UBND quận", "Nhà văn hóa phường {W}", "Trung tâm Văn hóa – Thể thao quận",
            "trụ sở UBND phường {W}", "sân vận động quận", "Trường THCS Lê Lợi", "khu phố {N}, phường {W}",
            "Trung tâm Chính trị quận", "công viên bờ sông phường {W}"});
    return list;
}

const QStringList &openings()
{
    static const QStringList list = u8({
        "{T} ngày {D}, tại {L}, {O} đã {A}.",
        "Ngày {D}, {O} {A}.",
        "Vừa qua, tại {L}, {O} phối hợp với {O} {A}.",
        "Nhằm thực hiện kế hoạch năm {Y}, {T} ngày {D}, {O} {A}.",
    });
    return list;
}

const QStringList &connectives()
{
    static const QStringList list = u8({
        "Tham dự có đồng chí {H}; đại diện lãnh đạo các ban, ngành, đoàn thể quận cùng {N} đại biểu.",
        "Phát biểu tại buổi lễ, đồng chí {H} đánh giá cao những kết quả mà các đơn vị đã đạt được trong thời gian "
        "qua.",
        "Theo báo cáo của {O}, trong {K} tháng đầu năm {Y}, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch.",
        "Dịp này, {O} đã trao {N} phần quà, mỗi phần trị giá {M} đồng cho các hộ gia đình có hoàn cảnh khó khăn.",
        "Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế như công tác phối hợp giữa các ngành chưa thật "
        "sự chặt chẽ, nguồn lực còn hạn chế.",
        "Chương trình nhận được sự hưởng ứng nhiệt tình của đông đảo người dân trên địa bàn.",
        "Đồng chí {H} đề nghị các cơ quan, đơn vị tiếp tục nâng cao chất lượng, hiệu quả công tác, bám sát cơ sở, "
        "lắng nghe ý kiến của nhân dân.",
        "Theo đánh giá của Ban Tổ chức, hoạt động năm nay được chuẩn bị chu đáo, đúng kế hoạch và đạt hiệu quả cao.",
        "Ông {H2}, người dân phường {W}, cho biết: “Chúng tôi rất phấn khởi trước những đổi thay của địa "
        "phương”.",
        "Dịp này, UBND quận tặng giấy khen cho {N} tập thể và {N} cá nhân có thành tích xuất sắc.",
        "Được biết, đây là hoạt động thiết thực nhằm cụ thể hóa nghị quyết của Quận ủy về phát triển kinh tế – "
        "xã hội năm {Y}.",
        "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn.",
        "Toàn quận hiện có {N} tổ dân phố, {P} hộ gia đình đăng ký xây dựng gia đình văn hóa.",
        "Ngay sau lễ phát động, các lực lượng đã ra quân thực hiện tại {L}.",
        "Hội nghị đã thông qua kế hoạch thực hiện nhiệm vụ trọng tâm {K} tháng cuối năm {Y}.",
        "Nhiều ý kiến đề nghị quận quan tâm bố trí kinh phí, tạo điều kiện để cơ sở triển khai hiệu quả.",
        "Theo đồng chí {H}, kết quả trên có được là nhờ sự vào cuộc đồng bộ của cả hệ thống chính trị.",
        "Bà {H2}, tổ trưởng tổ dân phố {N}, phường {W}, cho rằng cách làm này hợp lòng dân, cần được nhân rộng.",
        "Các đơn vị được giao nhiệm vụ đã xây dựng kế hoạch cụ thể, phân công cán bộ phụ trách từng địa bàn.",
        "Cũng tại buổi lễ, {O} đã ký kết chương trình phối hợp giai đoạn {Y} – 2030.",
        "Trước đó, {O} đã tổ chức khảo sát, nắm tình hình thực tế tại {N} khu phố.",
        "Qua đó, góp phần nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và nhân dân.",
        "Theo kế hoạch, đợt hoạt động kéo dài đến hết tháng {K}, tập trung tại các khu dân cư đông người.",
        "Đồng chí {H} ghi nhận, biểu dương tinh thần trách nhiệm của các lực lượng tham gia.",
        "Số liệu thống kê cho thấy {P} người dân được hỏi hài lòng với chất lượng phục vụ của cơ quan hành "
        "chính nhà nước.",
        "Kinh phí thực hiện được huy động từ ngân sách và nguồn xã hội hóa, tổng cộng hơn {B} đồng.",
    });
    return list;
}

const QStringList &closings()
{
    static const QStringList list = u8({
        "Thời gian tới, {O} tiếp tục đẩy mạnh công tác tuyên truyền, vận động nhân dân tích cực tham gia.",
        "Dự kiến, hoạt động sẽ được tổ chức định kỳ hằng năm, góp phần xây dựng quận ngày càng văn minh, giàu "
        "đẹp.",
        "Kết thúc buổi lễ, các đại biểu đã cùng chụp ảnh lưu niệm.",
        "{O} đề nghị các đơn vị nghiêm túc rút kinh nghiệm, khắc phục hạn chế để hoàn thành nhiệm vụ năm {Y}.",
    });
    return list;
}

const QStringList &sources()
{
    static const QStringList list = u8({"", "", "Cổng thông tin điện tử quận", "Văn phòng Quận ủy",
                                        "Phòng Văn hóa và Thông tin quận", "UBND phường {W}"});
    return list;
}

const QStringList &datelines()
{
    static const QStringList list = u8({"", "TS", "NTL", "TQ"});
    return list;
}

} // namespace toasoan::bench::vocabulary
