<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>toasoan::ActingUser</name>
    <message>
        <source>Unknown user: please log in again.</source>
        <translation>Không rõ người dùng: vui lòng đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::ApprovalSlip</name>
    <message>
        <source>NEWSROOM</source>
        <translation>TÒA SOẠN</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Bút danh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Toàn văn</translation>
    </message>
    <message>
        <source>Workflow trail</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>REPORTER</source>
        <translation>PHÓNG VIÊN</translation>
    </message>
    <message>
        <source>EDITOR</source>
        <translation>BIÊN TẬP VIÊN</translation>
    </message>
    <message>
        <source>APPROVED BY</source>
        <translation>LÃNH ĐẠO DUYỆT</translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>ARTICLE APPROVAL SLIP</source>
        <translation>PHIẾU DUYỆT BÀI</translation>
    </message>
    <message>
        <source>The approval slip can only be printed by the application.</source>
        <translation>Phiếu duyệt bài chỉ có thể in từ ứng dụng.</translation>
    </message>
    <message>
        <source>The font for the approval slip could not be loaded.</source>
        <translation>Không nạp được phông chữ cho phiếu duyệt bài.</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
    <message>
        <source>Approval slip: %1</source>
        <translation>Phiếu duyệt bài: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo bài</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleDiff</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Bút danh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ký hiệu đầu bài</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Ảnh đại diện bài viết</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleDocument</name>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
    <message>
        <source>The image %1 of the article cannot be read.</source>
        <translation>Không đọc được ảnh %1 của bài.</translation>
    </message>
    <message>
        <source>The font for the PDF could not be loaded.</source>
        <translation>Không nạp được phông chữ cho tệp PDF.</translation>
    </message>
    <message>
        <source>Picture on the web: %1</source>
        <translation>Ảnh trên mạng: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleRepository</name>
    <message>
        <source>Article %1 has no revision %2.</source>
        <translation>Bài %1 không có phiên bản %2.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo bài</translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it before editing.</source>
        <translation>Bài này đang ở thùng rác. Hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>No article has the identifier %1.</source>
        <translation>Không có bài nào mang mã %1.</translation>
    </message>
    <message>
        <source>Article %1 does not exist.</source>
        <translation>Không có bài %1.</translation>
    </message>
    <message>
        <source>Someone else saved this article after you opened it. Your changes were not written over theirs; reopen the article to see the newer version.</source>
        <translation>Người khác đã lưu bài này sau khi bạn mở nó. Thay đổi của bạn không ghi đè lên bản của họ; hãy mở lại bài để xem phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>This article has been saved before; it is kept.</source>
        <translation>Bài này đã được lưu trước đó nên vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>This computer is working offline: submitting, returning, approving, publishing and moving articles to or from the trash need the office server. Try again when the connection is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: gửi bài, trả lại, duyệt, xuất bản và chuyển bài vào hoặc ra khỏi thùng rác cần máy chủ của toà soạn. Hãy thử lại khi có kết nối.</translation>
    </message>
    <message>
        <source>This computer is working offline: only your own drafts and returned articles can be edited until the connection to the office server is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: chỉ sửa được bản nháp và bài bị trả lại của chính bạn cho đến khi kết nối lại với máy chủ của toà soạn.</translation>
    </message>
    <message>
        <source>This computer is working offline and the article is already on the office server: it is kept.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến và bài đã có trên máy chủ của toà soạn: bài được giữ lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleSearch</name>
    <message>
        <source>Full-text search is not available for this database.</source>
        <translation>Cơ sở dữ liệu này không hỗ trợ tìm kiếm toàn văn.</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleValidation</name>
    <message>
        <source>Enter a headline before submitting.</source>
        <translation>Hãy nhập tiêu đề trước khi gửi duyệt.</translation>
    </message>
    <message>
        <source>Write a sapo: the lead readers see under the headline.</source>
        <translation>Hãy viết sapo: đoạn dẫn người đọc thấy ngay dưới tiêu đề.</translation>
    </message>
    <message>
        <source>The article has no body text yet.</source>
        <translation>Bài chưa có nội dung.</translation>
    </message>
    <message>
        <source>Choose the category the article appears in.</source>
        <translation>Hãy chọn chuyên mục đăng bài.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; keep it within %2 so it fits on the site.</source>
        <translation>Tiêu đề dài %1 ký tự; hãy giữ trong %2 ký tự để vừa trên trang web.</translation>
    </message>
    <message>
        <source>The sapo has %1 characters; the office limit is %2.</source>
        <translation>Sapo dài %1 ký tự; giới hạn của cơ quan là %2.</translation>
    </message>
</context>
<context>
    <name>toasoan::AuthService</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Vui lòng chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Vui lòng chờ %n phút rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed log-in attempts.</source>
        <translation>Đăng nhập sai quá nhiều lần.</translation>
    </message>
</context>
<context>
    <name>toasoan::CommentRepository</name>
    <message>
        <source>The comment is empty.</source>
        <translation>Ý kiến đang để trống.</translation>
    </message>
    <message>
        <source>The comment you reply to is not on this article.</source>
        <translation>Ý kiến bạn trả lời không thuộc bài này.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Bài viết không còn nữa.</translation>
    </message>
</context>
<context>
    <name>toasoan::ConflictResolution</name>
    <message>
        <source>Article %1 has no revision %2.</source>
        <translation>Bài %1 không có phiên bản %2.</translation>
    </message>
    <message>
        <source>This conflict copy has been dealt with already (revision %1).</source>
        <translation>Bản xung đột này đã được xử lý rồi (phiên bản %1).</translation>
    </message>
    <message>
        <source>Revision %1 is not a conflict copy.</source>
        <translation>Phiên bản %1 không phải là bản xung đột.</translation>
    </message>
    <message>
        <source>Only the person who wrote this conflict copy, an editor or an approver can deal with it.</source>
        <translation>Chỉ người viết bản xung đột này, biên tập viên hoặc lãnh đạo duyệt mới được xử lý nó.</translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it before dealing with its conflict copy.</source>
        <translation>Bài này đang ở thùng rác. Hãy khôi phục bài trước khi xử lý bản xung đột của nó.</translation>
    </message>
    <message>
        <source>Someone saved this article after you compared it with the conflict copy. Compare them again with the newer version.</source>
        <translation>Có người đã lưu bài này sau khi bạn so sánh nó với bản xung đột. Hãy so sánh lại với phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>Conflict copy (revision %1) set aside: the current version is kept.</source>
        <translation>Bản xung đột (phiên bản %1) được gác lại: giữ bản hiện tại.</translation>
    </message>
    <message>
        <source>You cannot write a text from this conflict copy into the article: %1</source>
        <translation>Bạn không thể đưa nội dung từ bản xung đột này vào bài: %1</translation>
    </message>
    <message>
        <source>Conflict copy (revision %1) taken: its text is the current version.</source>
        <translation>Đã lấy bản xung đột (phiên bản %1): nội dung của nó là bản hiện tại.</translation>
    </message>
    <message>
        <source>Conflict copy (revision %1) merged with the current version.</source>
        <translation>Đã gộp bản xung đột (phiên bản %1) với bản hiện tại.</translation>
    </message>
    <message>
        <source>Someone dealt with this conflict copy at the same time.</source>
        <translation>Có người đã xử lý bản xung đột này cùng lúc.</translation>
    </message>
    <message>
        <source>This computer is working offline and the office server does not know this conflict copy yet. Try again after the next synchronisation.</source>
        <translation>Máy này đang làm việc ngoại tuyến và máy chủ của tòa soạn chưa biết bản xung đột này. Hãy thử lại sau lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>toasoan::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Không tạo được thư mục %1 cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Không mở được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a ToaSoan database. It was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng hoặc không phải của Tòa soạn. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program. It was left untouched.</source>
        <translation>Tệp %1 là cơ sở dữ liệu SQLite của chương trình khác. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ToaSoan (schema %2; this version understands up to %3). Please update ToaSoan. The file was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 được ghi bởi phiên bản Tòa soạn mới hơn (lược đồ %2; phiên bản này chỉ hiểu tới %3). Vui lòng cập nhật Tòa soạn. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed.</source>
        <translation>Nâng cấp cơ sở dữ liệu lên lược đồ %1 thất bại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The change was cancelled.</source>
        <translation>Thay đổi đã bị hủy.</translation>
    </message>
    <message>
        <source>The database refused a request.</source>
        <translation>Cơ sở dữ liệu từ chối một yêu cầu.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Please try again.</source>
        <translation>Cơ sở dữ liệu đang bận ghi thay đổi của người khác. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The database could not complete the request.</source>
        <translation>Cơ sở dữ liệu không hoàn tất được yêu cầu.</translation>
    </message>
    <message>
        <source>The database did not return the new record.</source>
        <translation>Cơ sở dữ liệu không trả về bản ghi mới.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Không đọc được tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a ToaSoan database. It was left untouched.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu của Tòa soạn. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>This copy of ToaSoan does not match the SQLite library of the system&apos;s Qt. Reinstall ToaSoan for this system.</source>
        <translation>Bản Tòa soạn này không khớp với thư viện SQLite mà Qt của hệ thống đang dùng. Hãy cài lại Tòa soạn cho hệ thống này.</translation>
    </message>
    <message>
        <source>The SQLite library could not be checked.</source>
        <translation>Không kiểm tra được thư viện SQLite.</translation>
    </message>
    <message>
        <source>The database %1 must be updated for this version of ToaSoan, but it is read-only. It was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 cần được cập nhật cho phiên bản Tòa soạn này nhưng đang ở chế độ chỉ đọc. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only, so the change was not saved. Reading still works.</source>
        <translation>Cơ sở dữ liệu %1 đang mở ở chế độ chỉ đọc nên thay đổi chưa được lưu. Vẫn đọc được bình thường.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full, so the change was not saved. Free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu %1 đã đầy nên thay đổi chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database %1. Check the disk or the network drive and try again.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu %1 trên ổ đĩa. Hãy kiểm tra ổ đĩa hoặc ổ mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged.</source>
        <translation>Tệp cơ sở dữ liệu %1 bị hỏng.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: check that it exists and that you may read its folder.</source>
        <translation>Không mở được tệp cơ sở dữ liệu %1: hãy kiểm tra tệp còn tồn tại và bạn có quyền đọc thư mục chứa nó.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database?sslmode=verify-full.</source>
        <translation>Địa chỉ PostgreSQL không hợp lệ. Hãy viết theo dạng postgresql://người_dùng@máy_chủ:cổng/cơ_sở_dữ_liệu?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The database server did not describe the database.</source>
        <translation>Máy chủ cơ sở dữ liệu không cho biết thông tin về cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database %1 does not store text as UTF-8, so Vietnamese text would be damaged. Create it with ENCODING &apos;UTF8&apos; (see &quot;Office set-up&quot; in the README).</source>
        <translation>Cơ sở dữ liệu %1 không lưu văn bản theo UTF-8 nên chữ tiếng Việt sẽ bị hỏng. Hãy tạo lại với ENCODING &apos;UTF8&apos; (xem mục &quot;Office set-up&quot; trong README).</translation>
    </message>
    <message>
        <source>The database %1 was created with the character type (LC_CTYPE) %2, under which Vietnamese letters are not told apart by case. Create it with LC_CTYPE &apos;C.UTF-8&apos; (see &quot;Office set-up&quot; in the README).</source>
        <translation>Cơ sở dữ liệu %1 được tạo với kiểu ký tự (LC_CTYPE) %2, theo đó chữ hoa và chữ thường tiếng Việt không được phân biệt. Hãy tạo lại với LC_CTYPE &apos;C.UTF-8&apos; (xem mục &quot;Office set-up&quot; trong README).</translation>
    </message>
    <message>
        <source>This computer lacks the database driver %1 (on Debian: the package libqt6sql6-psql).</source>
        <translation>Máy tính này thiếu trình điều khiển cơ sở dữ liệu %1 (trên Debian: gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program: it is not a ToaSoan database. It was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 chứa bảng của chương trình khác: đây không phải cơ sở dữ liệu của Tòa soạn. Cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database %1 was updated by a newer version of ToaSoan (schema %2; this version understands up to %3). Please update ToaSoan on this computer. The database was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 đã được cập nhật bởi phiên bản Tòa soạn mới hơn (lược đồ %2; phiên bản này chỉ hiểu tới %3). Vui lòng cập nhật Tòa soạn trên máy này. Cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost; nothing was half-written. Try again once the server is back.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu %1; không có thay đổi nào bị ghi dở. Hãy thử lại khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password. Check the password (or PGPASSWORD, ~/.pgpass) with the office&apos;s administrator.</source>
        <translation>Máy chủ cơ sở dữ liệu %1 từ chối tên người dùng hoặc mật khẩu. Hãy kiểm tra lại mật khẩu (hoặc PGPASSWORD, ~/.pgpass) với người quản trị của cơ quan.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the database server %1 failed: the server does not offer TLS, or its certificate is not the expected one (sslrootcert).</source>
        <translation>Kết nối bảo mật (TLS) tới máy chủ cơ sở dữ liệu %1 không thành công: máy chủ không hỗ trợ TLS, hoặc chứng chỉ của máy chủ không đúng chứng chỉ mong đợi (sslrootcert).</translation>
    </message>
    <message>
        <source>The database server has no database named in %1. Check the address.</source>
        <translation>Máy chủ cơ sở dữ liệu không có cơ sở dữ liệu ghi trong %1. Hãy kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the network, the address and that the server is running.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu %1. Hãy kiểm tra mạng, địa chỉ và máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost while the change was being stored, so it is not known whether it was stored (it was stored whole or not at all). Once the server is back, check it before doing it again.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu %1 đúng lúc đang lưu thay đổi, nên chưa rõ thay đổi đã được lưu hay chưa (nếu đã lưu thì được lưu trọn vẹn, không bị ghi dở). Khi máy chủ hoạt động trở lại, hãy kiểm tra trước khi làm lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::EditLockRepository</name>
    <message>
        <source>%1 has been editing this article since %2.</source>
        <translation>%1 đang sửa bài này từ %2.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Bài viết không còn nữa.</translation>
    </message>
    <message>
        <source>The edit lock could not be taken.</source>
        <translation>Không khóa được bài để sửa.</translation>
    </message>
    <message>
        <source>%1 took over editing this article. Your copy is now read-only; save your changes elsewhere or take the article back.</source>
        <translation>%1 đã nhận sửa bài này. Bản của bạn giờ chỉ được đọc; hãy lưu thay đổi của bạn ở chỗ khác hoặc nhận lại bài.</translation>
    </message>
    <message>
        <source>Took over editing from %1 (editing since %2).</source>
        <translation>Nhận sửa bài từ %1 (người này sửa từ %2).</translation>
    </message>
    <message>
        <source>This computer is working offline: taking over someone&apos;s article needs the office server. Try again when the connection is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: giành quyền sửa bài của người khác cần máy chủ của toà soạn. Hãy thử lại khi có kết nối.</translation>
    </message>
</context>
<context>
    <name>toasoan::HouseToneStyle</name>
    <message>
        <source>New style (hoà, khoẻ, thuỷ)</source>
        <translation>Kiểu mới (hoà, khoẻ, thuỷ)</translation>
    </message>
    <message>
        <source>Old style (hòa, khỏe, thủy)</source>
        <translation>Kiểu cũ (hòa, khỏe, thủy)</translation>
    </message>
</context>
<context>
    <name>toasoan::MediaRepository</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 rỗng.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2); the limit is %3.</source>
        <translation>Tệp %1 quá lớn (%2); giới hạn là %3.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The image or file %1 is not in the workspace.</source>
        <translation>Ảnh hoặc tệp %1 không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>New pictures and files are stored on the shared database server: add them when it can be reached.</source>
        <translation>Ảnh và tệp mới được lưu trên máy chủ cơ sở dữ liệu dùng chung: hãy thêm chúng khi kết nối được tới máy chủ.</translation>
    </message>
</context>
<context>
    <name>toasoan::Migrations</name>
    <message>
        <source>Creating the tables of accounts, articles, revisions and the event log</source>
        <translation>Tạo các bảng tài khoản, tin bài, phiên bản và nhật ký</translation>
    </message>
    <message>
        <source>Adding editorial comments and autosaved copies</source>
        <translation>Thêm ý kiến biên tập và bản lưu tự động</translation>
    </message>
    <message>
        <source>Adding the website connections</source>
        <translation>Thêm kết nối website</translation>
    </message>
    <message>
        <source>Adding the publishing queue and the websites&apos; categories and tags</source>
        <translation>Thêm hàng chờ đăng, chuyên mục và thẻ của các website</translation>
    </message>
    <message>
        <source>Adding edit locks and the log-in delay</source>
        <translation>Thêm khóa chỉnh sửa và thời gian chờ khi đăng nhập sai</translation>
    </message>
    <message>
        <source>Building the full-text search index</source>
        <translation>Lập chỉ mục tìm kiếm toàn văn</translation>
    </message>
    <message>
        <source>Indexing the article list again</source>
        <translation>Lập lại chỉ mục danh sách tin bài</translation>
    </message>
    <message>
        <source>Adding prefix indexes for search as you type</source>
        <translation>Thêm chỉ mục tiền tố cho tìm kiếm khi đang gõ</translation>
    </message>
    <message>
        <source>Adding the search backlog of bulk imports</source>
        <translation>Thêm danh sách chờ lập chỉ mục của các lần nhập hàng loạt</translation>
    </message>
    <message>
        <source>Counting the articles of each state</source>
        <translation>Đếm số tin bài theo từng trạng thái</translation>
    </message>
    <message>
        <source>Adding the change counter of the shared database</source>
        <translation>Thêm bộ đếm thay đổi của cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>Building the full-text search of the shared database</source>
        <translation>Lập tìm kiếm toàn văn cho cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>Adding retired categories</source>
        <translation>Thêm chuyên mục ngừng dùng</translation>
    </message>
    <message>
        <source>Telling the other computers about changes</source>
        <translation>Báo thay đổi cho các máy khác</translation>
    </message>
    <message>
        <source>Adding leases to the publishing queue</source>
        <translation>Thêm thời hạn nhận việc cho hàng chờ đăng</translation>
    </message>
    <message>
        <source>Moving the search vectors of the shared database to their own table</source>
        <translation>Chuyển dữ liệu tìm kiếm của cơ sở dữ liệu dùng chung sang bảng riêng</translation>
    </message>
    <message>
        <source>Compressing long texts on the shared database with lz4</source>
        <translation>Nén văn bản dài trên cơ sở dữ liệu dùng chung bằng lz4</translation>
    </message>
    <message>
        <source>Adding row versions and tombstones for the offline working copies</source>
        <translation>Thêm phiên bản dòng và dấu xóa cho các bản sao làm việc ngoại tuyến</translation>
    </message>
    <message>
        <source>Adding royalties</source>
        <translation>Thêm nhuận bút</translation>
    </message>
    <message>
        <source>Adding conflict copies</source>
        <translation>Thêm bản xung đột</translation>
    </message>
    <message>
        <source>Rebuilding the search index with longer prefixes</source>
        <translation>Lập lại chỉ mục tìm kiếm với tiền tố dài hơn</translation>
    </message>
    <message>
        <source>Keeping revision bodies apart from their snapshots</source>
        <translation>Tách nội dung của các phiên bản khỏi bản chụp</translation>
    </message>
    <message>
        <source>Checking the shared database&apos;s foreign keys per statement</source>
        <translation>Kiểm tra khóa ngoại của cơ sở dữ liệu dùng chung theo từng câu lệnh</translation>
    </message>
    <message>
        <source>Indexing the event log by state for the reports</source>
        <translation>Lập chỉ mục nhật ký theo trạng thái cho các báo cáo</translation>
    </message>
    <message>
        <source>Updating the database to schema %1</source>
        <translation>Nâng cấp cơ sở dữ liệu lên lược đồ %1</translation>
    </message>
    <message>
        <source>Making the search documents refer to the articles&apos; text</source>
        <translation>Cho dữ liệu tìm kiếm dùng thẳng nội dung bài viết thay vì giữ bản sao</translation>
    </message>
</context>
<context>
    <name>toasoan::NetworkDiagnosis</name>
    <message>
        <source>The answer from %1 is too large; it was cut off. The address may point to something other than the website&apos;s interface.</source>
        <translation>Câu trả lời từ %1 quá lớn nên đã bị cắt bớt. Có thể địa chỉ này không trỏ tới giao diện lập trình của trang web.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because of its certificate: %2. Ask the site&apos;s administrator to fix the certificate, and check this computer&apos;s date.</source>
        <translation>Kết nối bảo mật tới %1 bị từ chối vì chứng chỉ: %2. Hãy đề nghị quản trị trang web sửa chứng chỉ, và kiểm tra ngày giờ của máy tính này.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. The address may say https for a server that only speaks http, or the server&apos;s TLS setup is broken.</source>
        <translation>Kết nối bảo mật (TLS) tới %1 thất bại: %2. Có thể địa chỉ ghi https cho một máy chủ chỉ dùng http, hoặc cấu hình TLS của máy chủ bị lỗi.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 không trả lời trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check the site&apos;s address and this computer&apos;s Internet connection.</source>
        <translation>Không tìm thấy tên miền %1. Hãy kiểm tra địa chỉ trang web và kết nối Internet của máy tính này.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: the web server is not running or a firewall blocks it.</source>
        <translation>%1 từ chối kết nối ở cổng %2: máy chủ web chưa chạy hoặc bị tường lửa chặn.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 đã đóng kết nối trước khi trả lời xong.</translation>
    </message>
    <message>
        <source>%1 sends the request round in a loop of redirections. Check the site&apos;s address (http or https, with or without www).</source>
        <translation>%1 chuyển hướng yêu cầu theo một vòng lặp. Hãy kiểm tra địa chỉ trang web (http hay https, có hay không có www).</translation>
    </message>
    <message>
        <source>%1 redirects a secure request to an insecure address; ToaSoan does not follow it.</source>
        <translation>%1 chuyển một yêu cầu bảo mật sang địa chỉ không bảo mật; Tòa soạn không đi theo.</translation>
    </message>
    <message>
        <source>This computer seems to be offline (%1).</source>
        <translation>Máy tính này có vẻ đang ngoại tuyến (%1).</translation>
    </message>
    <message>
        <source>The proxy server failed: %1</source>
        <translation>Máy chủ proxy bị lỗi: %1</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Kết nối tới %1 thất bại: %2</translation>
    </message>
    <message>
        <source>%1 is busy and asks to come back in %2 seconds.</source>
        <translation>%1 đang bận và đề nghị thử lại sau %2 giây.</translation>
    </message>
    <message>
        <source>%1 is busy and asks to come back later.</source>
        <translation>%1 đang bận và đề nghị thử lại sau.</translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2). ToaSoan will try again.</source>
        <translation>%1 gặp lỗi nội bộ (HTTP %2). Tòa soạn sẽ thử lại.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the website&apos;s interface (perhaps an error or a login page). ToaSoan will try again.</source>
        <translation>%1 trả lời bằng nội dung không phải giao diện của trang web (có thể là trang báo lỗi hoặc trang đăng nhập). Tòa soạn sẽ thử lại.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 từ chối yêu cầu (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>toasoan::NewsroomStats</name>
    <message>
        <source>No category</source>
        <translation>Không có chuyên mục</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>Ngày bắt đầu phải trước hoặc trùng ngày kết thúc của kỳ thống kê.</translation>
    </message>
</context>
<context>
    <name>toasoan::OfficeSettingsRepository</name>
    <message>
        <source>This computer is working offline: the office&apos;s settings are changed on the office server. Try again when the connection is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: thiết lập của toà soạn được sửa trên máy chủ của toà soạn. Hãy thử lại khi có kết nối.</translation>
    </message>
</context>
<context>
    <name>toasoan::Outbox</name>
    <message>
        <source>&quot;%1&quot; is %2: only approved articles can be published.</source>
        <translation>&quot;%1&quot; đang ở trạng thái %2: chỉ bài đã duyệt mới được đăng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash.</source>
        <translation>&quot;%1&quot; đang ở thùng rác.</translation>
    </message>
</context>
<context>
    <name>toasoan::OutboxJob</name>
    <message>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Cần bạn quyết định</translation>
    </message>
</context>
<context>
    <name>toasoan::OutboxRepository</name>
    <message>
        <source>This job has already finished; there is nothing to cancel.</source>
        <translation>Lệnh đăng này đã xong; không còn gì để hủy.</translation>
    </message>
    <message>
        <source>This job is being sent right now.</source>
        <translation>Lệnh đăng này đang được gửi.</translation>
    </message>
    <message>
        <source>This job has finished; queue the article again to resend it.</source>
        <translation>Lệnh đăng này đã xong; hãy đưa bài vào hàng chờ đăng lần nữa để gửi lại.</translation>
    </message>
    <message>
        <source>This job is not waiting for a decision.</source>
        <translation>Lệnh đăng này không chờ quyết định nào.</translation>
    </message>
    <message>
        <source>Outbox job %1 does not exist.</source>
        <translation>Việc đăng bài %1 không tồn tại.</translation>
    </message>
</context>
<context>
    <name>toasoan::Permissions</name>
    <message>
        <source>Edit</source>
        <translation>Sửa bài</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút bài</translation>
    </message>
    <message>
        <source>Forward for approval</source>
        <translation>Chuyển lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation>Trả lại tác giả</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Gỡ bài</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Restore to draft</source>
        <translation>Khôi phục thành bản nháp</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Cho ý kiến</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Quản lý người dùng</translation>
    </message>
    <message>
        <source>Manage websites, categories and settings</source>
        <translation>Quản lý trang web, chuyên mục và cài đặt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the article is &quot;%2&quot;.</source>
        <translation>Không thể &quot;%1&quot; khi bài đang ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Only approvers and administrators can do &quot;%1&quot;.</source>
        <translation>Chỉ lãnh đạo duyệt và quản trị mới được &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot review your own article: another person has to do it.</source>
        <translation>Bạn không thể tự duyệt bài của mình: phải có người khác làm việc này.</translation>
    </message>
    <message>
        <source>This article is still with its author.</source>
        <translation>Bài này vẫn đang ở chỗ tác giả.</translation>
    </message>
    <message>
        <source>The article was submitted: it is locked for its author until it is returned or withdrawn.</source>
        <translation>Bài đã được gửi duyệt: tác giả không sửa được cho đến khi bài bị trả lại hoặc được rút về.</translation>
    </message>
    <message>
        <source>Reporters can only edit their own articles before submitting them.</source>
        <translation>Phóng viên chỉ được sửa bài của mình trước khi gửi duyệt.</translation>
    </message>
    <message>
        <source>An article that is &quot;%1&quot; cannot be edited.</source>
        <translation>Không thể sửa bài ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An approved or published article cannot go to the trash: return or unpublish it first.</source>
        <translation>Bài đã duyệt hoặc đã đăng không thể chuyển vào thùng rác: hãy trả lại hoặc gỡ bài trước.</translation>
    </message>
    <message>
        <source>You can only move your own drafts to the trash.</source>
        <translation>Bạn chỉ được chuyển bản nháp của mình vào thùng rác.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Tài khoản này đã bị khóa.</translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation>Chỉ quản trị mới được quản lý người dùng.</translation>
    </message>
    <message>
        <source>Only administrators can manage websites, categories and settings.</source>
        <translation>Chỉ quản trị mới được quản lý trang web, chuyên mục và cài đặt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an article.</source>
        <translation>&quot;%1&quot; cần có một bài viết.</translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it first.</source>
        <translation>Bài này đang ở thùng rác. Hãy khôi phục trước.</translation>
    </message>
    <message>
        <source>Only the author can submit this article.</source>
        <translation>Chỉ tác giả mới được gửi duyệt bài này.</translation>
    </message>
    <message>
        <source>Only the author can withdraw this article.</source>
        <translation>Chỉ tác giả mới được rút bài này.</translation>
    </message>
    <message>
        <source>Someone has already started reviewing this article; ask them to return it instead.</source>
        <translation>Đã có người bắt đầu xem xét bài này; hãy đề nghị họ trả lại bài.</translation>
    </message>
    <message>
        <source>Only editors, approvers and administrators can forward articles for approval.</source>
        <translation>Chỉ biên tập viên, lãnh đạo duyệt và quản trị mới được chuyển bài lên lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Only editors, approvers and administrators can return articles.</source>
        <translation>Chỉ biên tập viên, lãnh đạo duyệt và quản trị mới được trả lại bài.</translation>
    </message>
    <message>
        <source>You cannot approve your own article: the office settings require another approver.</source>
        <translation>Bạn không thể tự duyệt bài của mình: cài đặt của cơ quan yêu cầu một lãnh đạo khác duyệt.</translation>
    </message>
    <message>
        <source>Reporters can only comment on their own articles.</source>
        <translation>Phóng viên chỉ được cho ý kiến vào bài của mình.</translation>
    </message>
    <message>
        <source>This article is still with its author: it can be opened once it is submitted.</source>
        <translation>Bài này vẫn đang ở chỗ tác giả: chỉ mở được sau khi đã gửi duyệt.</translation>
    </message>
    <message>
        <source>Set royalties and close months</source>
        <translation>Chấm nhuận bút và khóa sổ tháng</translation>
    </message>
    <message>
        <source>Only approvers and administrators can set royalties and close months.</source>
        <translation>Chỉ lãnh đạo duyệt và quản trị viên mới được chấm nhuận bút và khóa sổ tháng.</translation>
    </message>
</context>
<context>
    <name>toasoan::PersonalDictionary</name>
    <message>
        <source>Type the word to add to the dictionary.</source>
        <translation>Hãy gõ từ cần thêm vào từ điển.</translation>
    </message>
    <message>
        <source>Add one word at a time: the spell checker checks words separately.</source>
        <translation>Mỗi lần chỉ thêm một từ: trình kiểm tra chính tả xét từng từ riêng.</translation>
    </message>
</context>
<context>
    <name>toasoan::PublishCheck</name>
    <message>
        <source>&quot;%1&quot; cannot be published: its body has an image without an address. Insert the picture again from its file, or remove it.</source>
        <translation>Không thể đăng bài “%1”: nội dung có một ảnh không có địa chỉ. Hãy chèn lại ảnh từ tệp của nó, hoặc xóa ảnh đó đi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published: its body shows &quot;%2&quot;, which is neither an image of the workspace nor an https:// address. Insert the picture again from its file, or remove it.</source>
        <translation>Không thể đăng bài “%1”: nội dung có ảnh “%2”, không phải ảnh lưu trong cơ sở dữ liệu cũng không phải địa chỉ https://. Hãy chèn lại ảnh từ tệp của nó, hoặc xóa ảnh đó đi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published: its body shows the image %2, which is not in the workspace. Insert the picture again from its file, or remove it.</source>
        <translation>Không thể đăng bài “%1”: nội dung có ảnh %2, ảnh này không có trong cơ sở dữ liệu. Hãy chèn lại ảnh từ tệp của nó, hoặc xóa ảnh đó đi.</translation>
    </message>
</context>
<context>
    <name>toasoan::PublishJobRunner</name>
    <message>
        <source>The job was cancelled.</source>
        <translation>Lệnh đăng đã bị hủy.</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Đã đăng trên %1</translation>
    </message>
    <message>
        <source>Taken off %1</source>
        <translation>Đã gỡ khỏi %1</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is in the trash; restore it before publishing.</source>
        <translation>Bài &quot;%1&quot; đang ở thùng rác; hãy khôi phục trước khi đăng.</translation>
    </message>
    <message>
        <source>The post for &quot;%1&quot; was deleted on %2. Choose &quot;Recreate&quot; to publish it again as a new post, or cancel the job.</source>
        <translation>Bài đăng của &quot;%1&quot; đã bị xóa trên %2. Chọn &quot;Tạo lại&quot; để đăng lại thành bài mới, hoặc hủy lệnh đăng.</translation>
    </message>
    <message>
        <source>The outbox could not be saved.</source>
        <translation>Không lưu được hàng chờ đăng.</translation>
    </message>
</context>
<context>
    <name>toasoan::PublishWorker</name>
    <message>
        <source>Interrupted when ToaSoan stopped; it will be sent again.</source>
        <translation>Bị gián đoạn khi Tòa soạn dừng; sẽ được gửi lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::Role</name>
    <message>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>toasoan::RoyaltyStatement</name>
    <message>
        <source>NEWSROOM</source>
        <translation>TÒA SOẠN</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>Total amount in words: %1.</source>
        <translation>Tổng số tiền bằng chữ: %1.</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>CHIEF ACCOUNTANT</source>
        <translation>KẾ TOÁN TRƯỞNG</translation>
    </message>
    <message>
        <source>HEAD OF THE OFFICE</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Nothing was published in %1.</source>
        <translation>Không có bài nào được đăng trong tháng %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::RoyaltyWorkbook</name>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::SecretStore</name>
    <message>
        <source>Passwords are kept in memory for this session only.</source>
        <translation>Mật khẩu chỉ được giữ trong bộ nhớ cho phiên làm việc này.</translation>
    </message>
    <message>
        <source>The system keychain refused to give the password of %1.</source>
        <translation>Kho mật khẩu của hệ thống từ chối trả mật khẩu của %1.</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1.</source>
        <translation>Kho mật khẩu của hệ thống không lưu được mật khẩu của %1.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the password of %1.</source>
        <translation>Kho mật khẩu của hệ thống không xóa được mật khẩu của %1.</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>không có phiên D-Bus</translation>
    </message>
    <message>
        <source>The system keychain refused to give a password.</source>
        <translation>Kho mật khẩu của hệ thống từ chối trả mật khẩu.</translation>
    </message>
    <message>
        <source>The system keychain could not store a password.</source>
        <translation>Kho mật khẩu của hệ thống không lưu được mật khẩu.</translation>
    </message>
    <message>
        <source>The system keychain could not delete a password.</source>
        <translation>Kho mật khẩu của hệ thống không xóa được mật khẩu.</translation>
    </message>
    <message>
        <source>No password is stored for the connection %1. Enter it in the connection&apos;s settings (or, for the command line and unattended workers, set %2 or give %3 in the secrets file named by TOASOAN_SECRETS_FILE).</source>
        <translation>Chưa lưu mật khẩu cho kết nối %1. Hãy nhập mật khẩu trong phần cài đặt kết nối (hoặc, khi dùng dòng lệnh và tiến trình gửi bài tự động, đặt biến %2 hay ghi %3 trong tệp mật khẩu do biến TOASOAN_SECRETS_FILE chỉ ra).</translation>
    </message>
    <message>
        <source>The secrets file %1 (TOASOAN_SECRETS_FILE) cannot be read: %2.</source>
        <translation>Không đọc được tệp mật khẩu %1 (TOASOAN_SECRETS_FILE): %2.</translation>
    </message>
    <message>
        <source>The secrets file %1 belongs to another user: ToaSoan reads passwords only from a file of the user it runs as. Give it to that user (chown) with mode 0600.</source>
        <translation>Tệp mật khẩu %1 thuộc về người dùng khác: ToaSoan chỉ đọc mật khẩu từ tệp của chính người dùng đang chạy chương trình. Hãy chuyển tệp cho người dùng đó (chown) và đặt quyền 0600.</translation>
    </message>
    <message>
        <source>The secrets file %1 may be read by other users (mode %2): ToaSoan refuses it. Make it private with &quot;chmod 600 %1&quot;.</source>
        <translation>Tệp mật khẩu %1 để người dùng khác đọc được (quyền %2): ToaSoan không dùng tệp này. Hãy giữ riêng tệp bằng lệnh &quot;chmod 600 %1&quot;.</translation>
    </message>
    <message>
        <source>The website connections %1 and %2 both read their password from %3: rename one of them so that each has its own.</source>
        <translation>Hai kết nối trang web %1 và %2 cùng lấy mật khẩu từ %3: hãy đổi tên một kết nối để mỗi kết nối có mật khẩu riêng.</translation>
    </message>
    <message>
        <source>TOASOAN_SITE_PASSWORD serves a workspace with one website connection only, and this one has %1: it would give one site&apos;s password to the others. Set %2 for %3 (or give %4 in the secrets file named by TOASOAN_SECRETS_FILE).</source>
        <translation>Biến TOASOAN_SITE_PASSWORD chỉ dùng được khi dữ liệu có đúng một kết nối trang web, nhưng ở đây có %1 kết nối: mật khẩu của một trang sẽ bị gửi sang các trang khác. Hãy đặt biến %2 cho %3 (hoặc ghi %4 trong tệp mật khẩu do biến TOASOAN_SECRETS_FILE chỉ ra).</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (%1). Passwords are kept in memory for this session only and must be entered again after a restart; the command line can read TOASOAN_SITE_PASSWORD_&lt;SITE&gt; or the secrets file named by TOASOAN_SECRETS_FILE.</source>
        <translation>Máy tính này không có kho mật khẩu của hệ thống (%1). Mật khẩu chỉ được giữ trong bộ nhớ cho phiên làm việc này và phải nhập lại sau khi khởi động lại; dòng lệnh có thể đọc biến TOASOAN_SITE_PASSWORD_&lt;SITE&gt; hoặc tệp mật khẩu do biến TOASOAN_SECRETS_FILE chỉ ra.</translation>
    </message>
</context>
<context>
    <name>toasoan::ServerLink</name>
    <message>
        <source>This was made on this computer and has not reached the office server yet.</source>
        <translation>Mục này được tạo trên máy tính này và chưa được gửi lên máy chủ của toà soạn.</translation>
    </message>
    <message>
        <source>The office server made the change; this computer has not received it yet.</source>
        <translation>Máy chủ của toà soạn đã thực hiện thay đổi; máy tính này chưa nhận được.</translation>
    </message>
</context>
<context>
    <name>toasoan::Site</name>
    <message>
        <source>XML-RPC (legacy portal)</source>
        <translation>XML-RPC (cổng thông tin kiểu cũ)</translation>
    </message>
    <message>
        <source>WordPress REST API</source>
        <translation>WordPress REST API</translation>
    </message>
</context>
<context>
    <name>toasoan::SiteAdmin</name>
    <message>
        <source>Only administrators can manage the website connections.</source>
        <translation>Chỉ quản trị viên mới được quản lý các kết nối website.</translation>
    </message>
    <message>
        <source>This computer is working offline: the websites are set up on the office server. Try again when the connection is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: các website được thiết lập trên máy chủ của toà soạn. Hãy thử lại khi có kết nối.</translation>
    </message>
</context>
<context>
    <name>toasoan::SiteRepository</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>Kết nối cần có tên.</translation>
    </message>
    <message>
        <source>The address must be a web address such as https://example.org/.</source>
        <translation>Địa chỉ phải là địa chỉ web, ví dụ https://example.org/.</translation>
    </message>
    <message>
        <source>The connection needs the user name used on the website.</source>
        <translation>Kết nối cần tên người dùng trên trang web.</translation>
    </message>
    <message>
        <source>A connection named %1 already exists.</source>
        <translation>Đã có kết nối tên %1.</translation>
    </message>
    <message>
        <source>There is no website connection named %1.</source>
        <translation>Không có kết nối trang web nào tên là %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::SpellChecker</name>
    <message>
        <source>The spelling dictionary %1 uses an encoding ToaSoan cannot read (%2). Spell checking is off.</source>
        <translation>Từ điển chính tả %1 dùng bảng mã Tòa soạn không đọc được (%2). Kiểm tra chính tả đã tắt.</translation>
    </message>
    <message>
        <source>The Vietnamese spelling dictionary is not installed, so spell checking is off. Install the hunspell-vi package (files %1.aff and %1.dic) and restart ToaSoan.</source>
        <translation>Chưa cài từ điển chính tả tiếng Việt nên kiểm tra chính tả đã tắt. Hãy cài gói hunspell-vi (tệp %1.aff và %1.dic) rồi khởi động lại Tòa soạn.</translation>
    </message>
</context>
<context>
    <name>toasoan::SyncEngine</name>
    <message>
        <source>The working copy could not take a change from the server.</source>
        <translation>Bản sao làm việc không nhận được một thay đổi từ máy chủ.</translation>
    </message>
    <message>
        <source>Only a shared database has working copies.</source>
        <translation>Chỉ cơ sở dữ liệu dùng chung mới có bản sao làm việc.</translation>
    </message>
    <message>
        <source>The shared database has no change counter.</source>
        <translation>Cơ sở dữ liệu dùng chung không có bộ đếm thay đổi.</translation>
    </message>
    <message>
        <source>Changes made on this computer wait to be sent to the server first.</source>
        <translation>Các thay đổi trên máy tính này cần được gửi lên máy chủ trước.</translation>
    </message>
    <message>
        <source>A change made offline names someone the server does not know.</source>
        <translation>Một thay đổi làm khi ngoại tuyến ghi tên người mà máy chủ không biết.</translation>
    </message>
    <message>
        <source>The working copy holds a change this version cannot push.</source>
        <translation>Bản sao làm việc có một thay đổi mà phiên bản này không gửi lên được.</translation>
    </message>
    <message>
        <source>Written offline</source>
        <translation>Viết khi ngoại tuyến</translation>
    </message>
    <message>
        <source>Restored as its author&apos;s draft: it was deleted on the server while being edited offline.</source>
        <translation>Khôi phục thành bản nháp của tác giả: bài bị xoá trên máy chủ trong khi đang được sửa ngoại tuyến.</translation>
    </message>
    <message>
        <source>Conflict copy: written offline while the article changed on the server</source>
        <translation>Bản xung đột: viết khi ngoại tuyến trong lúc bài đã thay đổi trên máy chủ</translation>
    </message>
    <message>
        <source>The text written offline is kept as a conflict copy beside the current version.</source>
        <translation>Nội dung viết khi ngoại tuyến được giữ thành bản xung đột bên cạnh phiên bản hiện hành.</translation>
    </message>
</context>
<context>
    <name>toasoan::TaxonomyAdmin</name>
    <message>
        <source>No category is named &quot;%1&quot;.</source>
        <translation>Không có chuyên mục nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This computer is working offline: categories and tags are changed on the office server. Try again when the connection is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: chuyên mục và thẻ được sửa trên máy chủ của toà soạn. Hãy thử lại khi có kết nối.</translation>
    </message>
</context>
<context>
    <name>toasoan::TaxonomyRepository</name>
    <message>
        <source>Please enter the category name.</source>
        <translation>Vui lòng nhập tên chuyên mục.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot; at this place.</source>
        <translation>Ở vị trí này đã có chuyên mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No such category.</source>
        <translation>Không có chuyên mục này.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Thẻ không được để trống.</translation>
    </message>
    <message>
        <source>A category cannot go under itself or one of its own subcategories.</source>
        <translation>Không thể đặt một chuyên mục vào bên trong chính nó hoặc một chuyên mục con của nó.</translation>
    </message>
    <message>
        <source>A category cannot be merged into itself or one of its own subcategories.</source>
        <translation>Không thể gộp một chuyên mục vào chính nó hoặc một chuyên mục con của nó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer used: bring it back before merging into it.</source>
        <translation>Chuyên mục &quot;%1&quot; đã ngừng dùng: hãy dùng lại nó trước khi gộp vào.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n article(s): retire it instead, it will stay on them.</source>
        <translation>
            <numerusform>Chuyên mục &quot;%1&quot; đang được %n bài dùng: hãy ngừng dùng thay vì xóa, các bài đó vẫn giữ chuyên mục này.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen category was removed or merged into another one: choose another category.</source>
        <translation>Chuyên mục đã chọn đã bị xóa hoặc gộp vào chuyên mục khác: hãy chọn chuyên mục khác.</translation>
    </message>
    <message>
        <source>The chosen category is no longer used: choose another category.</source>
        <translation>Chuyên mục đã chọn đã ngừng dùng: hãy chọn chuyên mục khác.</translation>
    </message>
    <message>
        <source>No such tag.</source>
        <translation>Không có thẻ này.</translation>
    </message>
    <message>
        <source>There is already a tag &quot;%1&quot;: merge the two instead.</source>
        <translation>Đã có thẻ &quot;%1&quot;: hãy gộp hai thẻ thay vì đổi tên.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Không thể gộp một thẻ vào chính nó.</translation>
    </message>
</context>
<context>
    <name>toasoan::UserAdmin</name>
    <message>
        <source>You are the only active administrator. Make another user an administrator first, otherwise nobody could manage users any more.</source>
        <translation>Bạn là quản trị viên duy nhất còn hoạt động. Hãy cấp quyền quản trị cho một người dùng khác trước, nếu không sẽ không còn ai quản lý được người dùng.</translation>
    </message>
    <message>
        <source>This workspace already has users: only an administrator can add one.</source>
        <translation>Cơ sở dữ liệu này đã có người dùng: chỉ quản trị viên mới được thêm người dùng.</translation>
    </message>
    <message>
        <source>This computer is working offline: users are managed on the office server. Try again when the connection is back.</source>
        <translation>Máy tính này đang làm việc ngoại tuyến: người dùng được quản lý trên máy chủ của toà soạn. Hãy thử lại khi có kết nối.</translation>
    </message>
</context>
<context>
    <name>toasoan::UserRepository</name>
    <message>
        <source>A login has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.</source>
        <translation>Tên đăng nhập dài 2 đến 64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>Please enter the user&apos;s full name.</source>
        <translation>Vui lòng nhập họ và tên người dùng.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>Tên đăng nhập &quot;%1&quot; đã có người dùng.</translation>
    </message>
    <message>
        <source>The password could not be protected (hashing failed).</source>
        <translation>Không bảo vệ được mật khẩu (băm mật khẩu thất bại).</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Không có người dùng này.</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Không có người dùng nào có tên đăng nhập &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Please ask the administrator.</source>
        <translation>Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Mật khẩu phải có ít nhất 8 ký tự.</translation>
    </message>
</context>
<context>
    <name>toasoan::WordPressRestClient</name>
    <message>
        <source>The web server or a security plugin of %1 blocks the REST API (HTTP %2 at %3). Ask the site&apos;s administrator to allow it, or use the XML-RPC connection type.</source>
        <translation>Máy chủ web hoặc một plugin bảo mật của %1 chặn REST API (HTTP %2 tại %3). Hãy đề nghị người quản trị trang cho phép, hoặc dùng kiểu kết nối XML-RPC.</translation>
    </message>
    <message>
        <source>The WordPress REST API is not available at %1: neither /wp-json/ nor ?rest_route=/ answered (HTTP %2). It may be turned off by a plugin, or the address is not a WordPress site. Check the address, or use the XML-RPC connection type.</source>
        <translation>Không có WordPress REST API tại %1: cả /wp-json/ lẫn ?rest_route=/ đều không trả lời (HTTP %2). Có thể một plugin đã tắt nó, hoặc địa chỉ không phải trang WordPress. Hãy kiểm tra địa chỉ, hoặc dùng kiểu kết nối XML-RPC.</translation>
    </message>
    <message>
        <source>The REST API of %1 does not offer the WordPress routes (wp/v2); a plugin has probably removed them.</source>
        <translation>REST API của %1 không có các đường dẫn của WordPress (wp/v2); có lẽ một plugin đã gỡ chúng.</translation>
    </message>
    <message>
        <source>%1 asks for a login that is not WordPress&apos;s (HTTP 401 without a WordPress answer): a password-protected folder or a proxy is in the way.</source>
        <translation>%1 đòi đăng nhập nhưng không phải của WordPress (HTTP 401 không kèm phản hồi của WordPress): có thư mục được bảo vệ bằng mật khẩu hoặc proxy chắn giữa.</translation>
    </message>
    <message>
        <source>The web server or a security plugin of %1 refused the request (HTTP %2).</source>
        <translation>Máy chủ web hoặc một plugin bảo mật của %1 từ chối yêu cầu (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 does not have this address (HTTP %2).</source>
        <translation>%1 không có địa chỉ này (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the user name %2 or its application password. Create a new application password in the user&apos;s profile on the site and enter it again.</source>
        <translation>%1 không chấp nhận tên người dùng %2 hoặc mật khẩu ứng dụng của tài khoản này. Hãy tạo mật khẩu ứng dụng mới trong hồ sơ người dùng trên trang rồi nhập lại.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on %1 (by a plugin, the host, or because the site is not served over HTTPS).</source>
        <translation>Mật khẩu ứng dụng đã bị tắt trên %1 (do plugin, nhà cung cấp hosting, hoặc vì trang không chạy qua HTTPS).</translation>
    </message>
    <message>
        <source>Application passwords are turned off for the account %1 on %2.</source>
        <translation>Mật khẩu ứng dụng đã bị tắt cho tài khoản %1 trên %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials: the application password is wrong, or the web server strips the Authorization header. &quot;Test connection&quot; tells which.</source>
        <translation>%1 không chấp nhận thông tin đăng nhập: mật khẩu ứng dụng sai, hoặc máy chủ web bỏ mất tiêu đề Authorization. &quot;Kiểm tra kết nối&quot; sẽ cho biết nguyên nhân.</translation>
    </message>
    <message>
        <source>The account %1 may write but not publish posts on %2. Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>Tài khoản %1 được viết nhưng không được đăng bài trên %2. Hãy đề nghị người quản trị trang cấp vai trò Author hoặc Editor.</translation>
    </message>
    <message>
        <source>The account %1 may not upload images on %2.</source>
        <translation>Tài khoản %1 không được tải ảnh lên %2.</translation>
    </message>
    <message>
        <source>%1 does not allow the account %2 to do this: %3</source>
        <translation>%1 không cho tài khoản %2 làm việc này: %3</translation>
    </message>
    <message>
        <source>%1 does not offer this part of the REST API (it may be turned off).</source>
        <translation>%1 không có phần REST API này (có thể đã bị tắt).</translation>
    </message>
    <message>
        <source>%1 no longer has this item: it was deleted on the site.</source>
        <translation>%1 không còn mục này: nó đã bị xóa trên trang.</translation>
    </message>
    <message>
        <source>%1 is busy and asks to come back later.</source>
        <translation>%1 đang bận và đề nghị thử lại sau.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 từ chối yêu cầu: %2</translation>
    </message>
    <message>
        <source>Pretty permalinks are off on this site; ToaSoan uses the ?rest_route= form.</source>
        <translation>Trang này tắt đường dẫn tĩnh; Tòa soạn dùng dạng ?rest_route=.</translation>
    </message>
    <message>
        <source>The account %1 may not publish posts on %2 (role: %3). Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>Tài khoản %1 không được đăng bài trên %2 (vai trò: %3). Hãy đề nghị người quản trị trang cấp vai trò Author hoặc Editor.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The account may not upload images: articles with images will fail.</source>
        <translation>Tài khoản không được tải ảnh lên: bài có ảnh sẽ đăng không được.</translation>
    </message>
    <message>
        <source>Application passwords are not available on %1: WordPress is older than 5.6, a plugin turns them off, or the site is not served over HTTPS.</source>
        <translation>Không dùng được mật khẩu ứng dụng trên %1: WordPress cũ hơn bản 5.6, một plugin đã tắt chúng, hoặc trang không chạy qua HTTPS.</translation>
    </message>
    <message>
        <source>The web server of %1 removes the Authorization header before WordPress sees it, so the password never arrives. On Apache, add to .htaccess: SetEnvIf Authorization &quot;(.*)&quot; HTTP_AUTHORIZATION=$1 — or ask the host to pass the header on.</source>
        <translation>Máy chủ web của %1 bỏ tiêu đề Authorization trước khi WordPress nhận được, nên mật khẩu không bao giờ tới nơi. Với Apache, thêm vào .htaccess: SetEnvIf Authorization &quot;(.*)&quot; HTTP_AUTHORIZATION=$1 — hoặc đề nghị nhà cung cấp hosting chuyển tiếp tiêu đề này.</translation>
    </message>
    <message>
        <source>The site redirects to %1: update the connection&apos;s address to it.</source>
        <translation>Trang web chuyển hướng tới %1: hãy cập nhật địa chỉ của kết nối.</translation>
    </message>
    <message>
        <source>The site answered the upload without the image&apos;s id. ToaSoan will check and try again.</source>
        <translation>Trang web trả lời việc tải ảnh lên mà không có mã số của ảnh. Tòa soạn sẽ kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>The site answered without the post&apos;s id. ToaSoan will check and try again.</source>
        <translation>Trang web trả lời mà không có mã số của bài viết. Tòa soạn sẽ kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>%1 does not allow the account %2 to do this (HTTP %3).</source>
        <translation>%1 không cho tài khoản %2 làm việc này (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2).</source>
        <translation>%1 gặp lỗi nội bộ (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2): %3</source>
        <translation>%1 gặp lỗi nội bộ (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 từ chối yêu cầu (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>toasoan::WorkflowService</name>
    <message>
        <source>Edited after approval: it needs approval again.</source>
        <translation>Bài được sửa sau khi duyệt: cần duyệt lại.</translation>
    </message>
    <message>
        <source>Revision %1 is the same as the current text.</source>
        <translation>Phiên bản %1 giống hệt nội dung hiện tại.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Đã khôi phục phiên bản %1</translation>
    </message>
    <message>
        <source>Please give the reason for returning the article.</source>
        <translation>Vui lòng ghi lý do trả lại bài.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not change the article&apos;s state.</source>
        <translation>&quot;%1&quot; không làm thay đổi trạng thái của bài.</translation>
    </message>
    <message>
        <source>The article changed since you opened it. Reopen it and check the new version first.</source>
        <translation>Bài đã thay đổi từ khi bạn mở. Hãy mở lại và xem phiên bản mới trước.</translation>
    </message>
    <message>
        <source>Give the article a title before submitting it.</source>
        <translation>Hãy đặt tiêu đề cho bài trước khi gửi duyệt.</translation>
    </message>
    <message>
        <source>This article is in the trash.</source>
        <translation>Bài này đang ở thùng rác.</translation>
    </message>
    <message>
        <source>The article is &quot;%1&quot;; it cannot become &quot;%2&quot;.</source>
        <translation>Bài đang ở trạng thái &quot;%1&quot;; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>toasoan::WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Awaiting editing</source>
        <translation>Chờ biên tập</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Đã gỡ bài</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>toasoan::WorkspaceCopy</name>
    <message>
        <source>The two databases do not have the same table %1. Nothing was copied.</source>
        <translation>Bảng %1 ở hai cơ sở dữ liệu không giống nhau. Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2). Nothing was copied.</source>
        <translation>Hai cơ sở dữ liệu có phiên bản lược đồ khác nhau (%1 và %2). Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The database %1 has a table this version of ToaSoan cannot copy: %2. Nothing was copied.</source>
        <translation>Cơ sở dữ liệu %1 có một bảng mà phiên bản Tòa soạn này không sao chép được: %2. Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The database %1 is not empty (its table %2 has rows): a workspace is only copied into an empty database. Nothing was copied.</source>
        <translation>Cơ sở dữ liệu %1 không trống (bảng %2 đã có dữ liệu): chỉ sao chép dữ liệu làm việc vào một cơ sở dữ liệu trống. Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The copy of the table %1 has %2 rows instead of %3. Nothing was copied.</source>
        <translation>Bản sao của bảng %1 có %2 dòng thay vì %3. Chưa sao chép gì.</translation>
    </message>
</context>
<context>
    <name>toasoan::XmlRpcClient</name>
    <message>
        <source>xmlrpc.php is blocked on %1 (HTTP %2): a security plugin or the host refuses XML-RPC. Ask the site&apos;s administrator to allow it, or use the WordPress REST connection type.</source>
        <translation>xmlrpc.php bị chặn trên %1 (HTTP %2): một plugin bảo mật hoặc nhà cung cấp hosting từ chối XML-RPC. Hãy đề nghị người quản trị trang cho phép, hoặc dùng kiểu kết nối WordPress REST.</translation>
    </message>
    <message>
        <source>There is no XML-RPC interface at %1 (HTTP 404).</source>
        <translation>Không có giao diện XML-RPC tại %1 (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 refused the user name %2 or its password.</source>
        <translation>%1 không chấp nhận tên người dùng %2 hoặc mật khẩu của tài khoản này.</translation>
    </message>
    <message>
        <source>XML-RPC is turned off on %1.</source>
        <translation>XML-RPC đã bị tắt trên %1.</translation>
    </message>
    <message>
        <source>%1 does not allow the account %2 to do this: %3</source>
        <translation>%1 không cho tài khoản %2 làm việc này: %3</translation>
    </message>
    <message>
        <source>%1 no longer has this item: it was deleted on the site.</source>
        <translation>%1 không còn mục này: nó đã bị xóa trên trang.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 thất bại: %2</translation>
    </message>
    <message>
        <source>%1 does not know the method %2.</source>
        <translation>%1 không biết phương thức %2.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 từ chối yêu cầu: %2</translation>
    </message>
    <message>
        <source>The site is not WordPress; categories and rights cannot be checked.</source>
        <translation>Trang này không phải WordPress; không kiểm tra được chuyên mục và quyền.</translation>
    </message>
    <message>
        <source>The account %1 may not publish posts on %2 (role: %3). Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>Tài khoản %1 không được đăng bài trên %2 (vai trò: %3). Hãy đề nghị người quản trị trang cấp vai trò Author hoặc Editor.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>toasoan::backup</name>
    <message>
        <source>There is not enough space on the disk for the backup %1. Nothing was changed in the workspace; free some space or choose another folder.</source>
        <translation>Ổ đĩa không đủ chỗ cho bản sao lưu %1. Dữ liệu làm việc không bị thay đổi gì; hãy giải phóng bớt dung lượng hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (the folder may be read-only or missing). Nothing was changed in the workspace.</source>
        <translation>Không ghi được bản sao lưu %1 (thư mục có thể chỉ cho đọc hoặc không còn). Dữ liệu làm việc không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>The backup %1 could not be made.</source>
        <translation>Không tạo được bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be put in place.</source>
        <translation>Không đặt được tệp %1 vào chỗ.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in ToaSoan (here or on another program). Close it first, then restore.</source>
        <translation>Dữ liệu làm việc %1 đang được mở trong Tòa soạn (ở đây hoặc trong chương trình khác). Hãy đóng lại trước rồi mới khôi phục.</translation>
    </message>
    <message>
        <source>There is already a workspace at %1. Restoring would replace it.</source>
        <translation>Đã có dữ liệu làm việc tại %1. Khôi phục sẽ thay thế dữ liệu đó.</translation>
    </message>
    <message>
        <source>The current workspace could not be kept as %1; nothing was restored.</source>
        <translation>Không giữ lại được dữ liệu làm việc hiện tại thành %1; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (full disk or read-only folder?). Nothing was changed.</source>
        <translation>Không sao chép được bản sao lưu vào %1 (ổ đĩa đầy hoặc thư mục chỉ cho đọc?). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the workspace: a backup holds every account&apos;s password.</source>
        <translation>Chỉ quản trị mới được sao lưu hoặc khôi phục dữ liệu làm việc: bản sao lưu chứa mật khẩu của mọi tài khoản.</translation>
    </message>
    <message>
        <source>The office&apos;s shared database (PostgreSQL) is backed up on the server with pg_dump and restored with pg_restore (see &quot;Office set-up&quot; in the README), not by ToaSoan.</source>
        <translation>Cơ sở dữ liệu dùng chung của cơ quan (PostgreSQL) được sao lưu trên máy chủ bằng pg_dump và khôi phục bằng pg_restore (xem mục &quot;Office set-up&quot; trong README), không phải bằng Tòa soạn.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Không có tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation>Không đọc được tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or is not a ToaSoan workspace. It cannot be restored.</source>
        <translation>Bản sao lưu %1 bị hỏng hoặc không phải dữ liệu của Tòa soạn. Không thể khôi phục từ tệp này.</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file.</source>
        <translation>%1 là một thư mục; hãy ghi tên tệp sao lưu.</translation>
    </message>
    <message>
        <source>The backup cannot replace the workspace itself.</source>
        <translation>Bản sao lưu không được ghi đè lên chính dữ liệu làm việc.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>Dữ liệu làm việc chưa được mở.</translation>
    </message>
    <message>
        <source>The backup and the workspace are the same file.</source>
        <translation>Bản sao lưu và dữ liệu làm việc là cùng một tệp.</translation>
    </message>
</context>
<context>
    <name>toasoan::cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Tùy chọn --%1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>The option --database needs a file path.</source>
        <translation>Tùy chọn --database cần đường dẫn tệp.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Không có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a sub-command.</source>
        <translation>&quot;%1&quot; cần một lệnh con.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Không có lệnh &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Tùy chọn --%1 không dùng được với &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Cần có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Thiếu tham số: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Tham số thừa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as article %2 (%3), author %4.</source>
        <translation>Đã nhập &quot;%1&quot; thành bài %2 (%3), tác giả %4.</translation>
    </message>
    <message>
        <source>Print the new article as JSON</source>
        <translation>In bài mới dưới dạng JSON</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;. Known states: %2.</source>
        <translation>Không có trạng thái &quot;%1&quot;. Các trạng thái hợp lệ: %2.</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit cần một số nguyên lớn hơn 0, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No articles.</source>
        <translation>Không có bài nào.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Showing %1 of %2 articles; use --limit to see more.</source>
        <translation>Đang hiện %1 trên %2 bài; dùng --limit để xem thêm.</translation>
    </message>
    <message>
        <source>List articles, most recently changed first (trash excluded).</source>
        <translation>Liệt kê bài viết, bài mới sửa nhất lên đầu (không gồm thùng rác).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table</source>
        <translation>In JSON thay cho bảng</translation>
    </message>
    <message>
        <source>Only articles in this state (draft, submitted, awaiting_approval, approved, published, returned, rejected, unpublished, archived); several separated by commas</source>
        <translation>Chỉ các bài ở trạng thái này (draft, submitted, awaiting_approval, approved, published, returned, rejected, unpublished, archived); nhiều trạng thái cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Show at most N articles (default 50)</source>
        <translation>Hiện tối đa N bài (mặc định 50)</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Bút danh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>In trash since</source>
        <translation>Ở thùng rác từ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Internal notes: %1</source>
        <translation>Ghi chú nội bộ: %1</translation>
    </message>
    <message>
        <source>Show one article; ID is its number or its UUID.</source>
        <translation>Hiện một bài; MÃ là số thứ tự hoặc UUID của bài.</translation>
    </message>
    <message>
        <source>Print every field as JSON</source>
        <translation>In mọi trường dưới dạng JSON</translation>
    </message>
    <message>
        <source>Usage: toasoan [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Cách dùng: toasoan [TÙY_CHỌN] LỆNH [THAM_SỐ]</translation>
    </message>
    <message>
        <source>       toasoan [--database PATH] [--demo]   (opens the window)</source>
        <translation>       toasoan [--database ĐƯỜNG_DẪN] [--demo]   (mở cửa sổ)</translation>
    </message>
    <message>
        <source>ToaSoan: drafting, review and publishing for a newsroom. Without a command the window opens.</source>
        <translation>Tòa soạn: soạn thảo, duyệt và đăng tin bài cho cơ quan báo chí. Không có lệnh thì cửa sổ sẽ mở.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo users and articles first</source>
        <translation>Trước hết tạo người dùng và bài viết mẫu nếu cơ sở dữ liệu còn trống</translation>
    </message>
    <message>
        <source>Show the technical detail of errors</source>
        <translation>Hiện chi tiết kỹ thuật của lỗi</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>Hiện hướng dẫn này, hoặc hướng dẫn của một lệnh khi đặt sau lệnh đó</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Hiện phiên bản</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Run &quot;toasoan COMMAND --help&quot; for the options of a command.</source>
        <translation>Chạy &quot;toasoan LỆNH --help&quot; để xem tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Cách dùng:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Run &quot;toasoan --help&quot; for the list of commands.</source>
        <translation>Chạy &quot;toasoan --help&quot; để xem danh sách lệnh.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Chưa có lệnh.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>Created a demo workspace in %1 (logins phongvien, bientap, lanhdao, quantri; password %2).</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu tại %1 (tên đăng nhập phongvien, bientap, lanhdao, quantri; mật khẩu %2).</translation>
    </message>
    <message>
        <source>Run &quot;toasoan %1 --help&quot; for more.</source>
        <translation>Chạy &quot;toasoan %1 --help&quot; để biết thêm.</translation>
    </message>
    <message>
        <source>Common options: --database PATH, --demo, --verbose (see &quot;toasoan --help&quot;).</source>
        <translation>Tùy chọn chung: --database ĐƯỜNG_DẪN, --demo, --verbose (xem &quot;toasoan --help&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an article number nor an article UUID.</source>
        <translation>&quot;%1&quot; không phải số bài cũng không phải UUID của bài.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Không có bài %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>No password given: set the TOASOAN_PASSWORD environment variable or run the command in a terminal.</source>
        <translation>Chưa có mật khẩu: hãy đặt biến môi trường TOASOAN_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Use reporter, editor, approver or admin.</source>
        <translation>Không có vai trò &quot;%1&quot;. Hãy dùng reporter, editor, approver hoặc admin.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>Tên đăng nhập &quot;%1&quot; đã có người dùng.</translation>
    </message>
    <message>
        <source>Created user %1 (%2, %3).</source>
        <translation>Đã tạo người dùng %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Full name, e.g. &quot;Nguyễn Thị Lan&quot;</source>
        <translation>Họ và tên, ví dụ &quot;Nguyễn Thị Lan&quot;</translation>
    </message>
    <message>
        <source>reporter, editor, approver or admin</source>
        <translation>reporter (phóng viên), editor (biên tập viên), approver (lãnh đạo duyệt) hoặc admin (quản trị)</translation>
    </message>
    <message>
        <source>No users yet. Add one with &quot;toasoan users add&quot; or try --demo.</source>
        <translation>Chưa có người dùng nào. Hãy thêm bằng &quot;toasoan users add&quot; hoặc thử --demo.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>List the users of the workspace.</source>
        <translation>Liệt kê người dùng của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Detected Unicode text (confidence %1%); nothing to decode.</source>
        <translation>Nhận ra văn bản Unicode (độ tin cậy %1%); không cần chuyển mã.</translation>
    </message>
    <message>
        <source>%1, all-caps font</source>
        <translation>%1, phông chữ hoa</translation>
    </message>
    <message>
        <source>Detected %1 from the font names (confidence %2%).</source>
        <translation>Nhận ra %1 qua tên phông chữ (độ tin cậy %2%).</translation>
    </message>
    <message>
        <source>Detected %1 (confidence %2%).</source>
        <translation>Nhận ra %1 (độ tin cậy %2%).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; for --from: use auto, unicode, tcvn3, vni or viqr.</source>
        <translation>Không có bảng mã &quot;%1&quot; cho --from: hãy dùng auto, unicode, tcvn3, vni hoặc viqr.</translation>
    </message>
    <message>
        <source>Unknown tone style &quot;%1&quot; for --tone-style: use old or new.</source>
        <translation>Không có kiểu đặt dấu &quot;%1&quot; cho --tone-style: hãy dùng old (cũ) hoặc new (mới).</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Không đọc được đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved the tone mark in %n syllable(s).</source>
        <translation>
            <numerusform>Đã chuyển vị trí dấu thanh ở %n âm tiết.</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert Vietnamese text in TCVN3 (ABC), VNI Windows or VIQR to Unicode. Reads FILE (.txt or .html; in HTML only the text is converted and font names serve as hints) or the standard input, and writes UTF-8 to the standard output.</source>
        <translation>Chuyển văn bản tiếng Việt gõ bằng TCVN3 (ABC), VNI Windows hoặc VIQR sang Unicode. Đọc TỆP (.txt hoặc .html; với HTML chỉ chuyển phần chữ, tên phông chữ dùng làm gợi ý) hoặc đầu vào chuẩn, và ghi UTF-8 ra đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>auto (default, reports what it found), unicode, tcvn3, vni or viqr</source>
        <translation>auto (mặc định, báo bảng mã nhận ra), unicode, tcvn3, vni hoặc viqr</translation>
    </message>
    <message>
        <source>Also place tone marks the old way (hòa, thủy) or the new way (hoà, thuỷ)</source>
        <translation>Đồng thời đặt dấu thanh theo kiểu cũ (hòa, thủy) hoặc kiểu mới (hoà, thuỷ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revision number (see articles history).</source>
        <translation>&quot;%1&quot; không phải số phiên bản (xem articles history).</translation>
    </message>
    <message>
        <source>Article %1, revision %2 → %3</source>
        <translation>Bài %1, phiên bản %2 → %3</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Compare two revisions of an article word by word: changed fields first, then the body. Deleted words show as [-...-], inserted ones as {+...+}.</source>
        <translation>So sánh hai phiên bản của một bài theo từng từ: các trường thay đổi trước, rồi đến nội dung. Từ bị xóa hiện dạng [-...-], từ được thêm dạng {+...+}.</translation>
    </message>
    <message>
        <source>Print JSON instead of text</source>
        <translation>In JSON thay cho văn bản</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo bài</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>lưu</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>cho ý kiến</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>took over editing</source>
        <translation>nhận sửa bài</translation>
    </message>
    <message>
        <source>Revisions of article %1 &quot;%2&quot;:</source>
        <translation>Các phiên bản của bài %1 &quot;%2&quot;:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lưu lúc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người lưu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Lịch sử:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(hệ thống)</translation>
    </message>
    <message>
        <source>Show the saved revisions of an article and its history: who created, saved, moved or commented on it, when, and with which comment.</source>
        <translation>Hiện các phiên bản đã lưu của một bài và lịch sử của bài: ai tạo, lưu, chuyển hoặc cho ý kiến, lúc nào, kèm ý kiến gì.</translation>
    </message>
    <message>
        <source>Print JSON instead of tables</source>
        <translation>In JSON thay cho bảng</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD.</source>
        <translation>--date cần ngày viết dạng NNNN-TT-NN (năm-tháng-ngày).</translation>
    </message>
    <message>
        <source>The approval slip could not be printed.</source>
        <translation>Không in được phiếu duyệt bài.</translation>
    </message>
    <message>
        <source>Wrote the approval slip of article %1 to %2.</source>
        <translation>Đã ghi phiếu duyệt của bài %1 vào %2.</translation>
    </message>
    <message>
        <source>Print the approval slip of an article as an A4 PDF: office, metadata, full text, the workflow trail and signature blocks for the reporter, editor and approver.</source>
        <translation>In phiếu duyệt bài ra tệp PDF khổ A4: cơ quan, thông tin bài, toàn văn, quá trình xử lý và chỗ ký của phóng viên, biên tập viên và lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Where to write the PDF</source>
        <translation>Nơi ghi tệp PDF</translation>
    </message>
    <message>
        <source>The date printed on the slip (default: today)</source>
        <translation>Ngày in trên phiếu (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>Queued job %1 (%2) to send &quot;%3&quot; to %4. Run &quot;toasoan outbox run&quot; to send it now.</source>
        <translation>Đã đưa lệnh đăng %1 (%2) gửi &quot;%3&quot; tới %4 vào hàng chờ. Chạy &quot;toasoan outbox run&quot; để gửi ngay.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Hàng chờ đăng trống.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Lần thử tới</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Article / last error</source>
        <translation>Bài / lỗi gần nhất</translation>
    </message>
    <message>
        <source>Job %1 done: &quot;%2&quot; on %3 %4</source>
        <translation>Lệnh %1 đã xong: &quot;%2&quot; trên %3 %4</translation>
    </message>
    <message>
        <source>Job %1 will be tried again at %2: %3</source>
        <translation>Lệnh %1 sẽ được thử lại lúc %2: %3</translation>
    </message>
    <message>
        <source>Job %1 %2: %3</source>
        <translation>Lệnh %1 %2: %3</translation>
    </message>
    <message>
        <source>The network seems down: waiting for it to come back.</source>
        <translation>Mạng có vẻ bị mất: đang chờ có mạng trở lại.</translation>
    </message>
    <message>
        <source>Sent: %1. Still waiting in the outbox: %2.</source>
        <translation>Đã gửi: %1. Còn chờ trong hàng chờ đăng: %2.</translation>
    </message>
    <message>
        <source>The website connection</source>
        <translation>Kết nối trang web</translation>
    </message>
    <message>
        <source>List the outbox: what is waiting, sent or failed, with the last error.</source>
        <translation>Liệt kê hàng chờ đăng: việc đang chờ, đã gửi hoặc thất bại, kèm lỗi gần nhất.</translation>
    </message>
    <message>
        <source>Keep going (waiting for retries) until nothing is left to send</source>
        <translation>Tiếp tục chạy (chờ các lần thử lại) cho đến khi không còn gì để gửi</translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n article(s).</source>
        <translation>
            <numerusform>Đã dựng lại chỉ mục tìm kiếm: %n bài.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reindex takes no query.</source>
        <translation>--reindex không nhận từ khóa tìm kiếm.</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Hãy nhập từ cần tìm.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Không có trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Không có bài nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search the articles (title, sapo, body, tags, byline). Marks are ignored unless --exact: &quot;quan uy&quot; finds &quot;Quận ủy&quot;. Quote words to find them side by side.</source>
        <translation>Tìm bài viết (tiêu đề, sapo, nội dung, thẻ, bút danh). Bỏ qua dấu trừ khi có --exact: &quot;quan uy&quot; tìm thấy &quot;Quận ủy&quot;. Đặt các từ trong ngoặc kép để tìm chúng đứng liền nhau.</translation>
    </message>
    <message>
        <source>Match diacritics exactly (&quot;hòa&quot; does not find &quot;hoa&quot;)</source>
        <translation>Khớp chính xác dấu (&quot;hòa&quot; không tìm thấy &quot;hoa&quot;)</translation>
    </message>
    <message>
        <source>Show at most N articles (default 20)</source>
        <translation>Hiện tối đa N bài (mặc định 20)</translation>
    </message>
    <message>
        <source>Only articles in these states (comma-separated)</source>
        <translation>Chỉ các bài ở những trạng thái này (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Rebuild the search index instead of searching</source>
        <translation>Dựng lại chỉ mục tìm kiếm thay vì tìm</translation>
    </message>
    <message>
        <source>--type must be &quot;wordpress&quot; or &quot;xmlrpc&quot;.</source>
        <translation>--type phải là &quot;wordpress&quot; hoặc &quot;xmlrpc&quot;.</translation>
    </message>
    <message>
        <source>--unpublish must be &quot;draft&quot; or &quot;trash&quot;.</source>
        <translation>--unpublish phải là &quot;draft&quot; (bản nháp) hoặc &quot;trash&quot; (thùng rác).</translation>
    </message>
    <message>
        <source>Added the website connection %1 (%2, %3).</source>
        <translation>Đã thêm kết nối trang web %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain.</source>
        <translation>Mật khẩu đã được lưu trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>No website connections yet. Add one with &quot;toasoan sites add&quot;.</source>
        <translation>Chưa có kết nối trang web nào. Hãy thêm bằng &quot;toasoan sites add&quot;.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>The connection to %1 does not work.</source>
        <translation>Kết nối tới %1 không hoạt động.</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>Kết nối tới %1 hoạt động tốt.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Trang web: %1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>Giao diện: %1</translation>
    </message>
    <message>
        <source>Account: %1 (may publish: %2, may upload images: %3)</source>
        <translation>Tài khoản: %1 (được đăng bài: %2, được tải ảnh lên: %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Múi giờ: %1</translation>
    </message>
    <message>
        <source>The site&apos;s interface</source>
        <translation>Giao diện của trang web</translation>
    </message>
    <message>
        <source>The site&apos;s address</source>
        <translation>Địa chỉ của trang web</translation>
    </message>
    <message>
        <source>The user name on the site</source>
        <translation>Tên người dùng trên trang web</translation>
    </message>
    <message>
        <source>What unpublishing does on this site (default: draft)</source>
        <translation>Gỡ bài trên trang này thì làm gì (mặc định: draft, chuyển về bản nháp)</translation>
    </message>
    <message>
        <source>List the website connections.</source>
        <translation>Liệt kê các kết nối trang web.</translation>
    </message>
    <message>
        <source>Check a website connection: address, password and rights, with a precise explanation of what is wrong.</source>
        <translation>Kiểm tra một kết nối trang web: địa chỉ, mật khẩu và quyền, kèm giải thích cụ thể chỗ sai.</translation>
    </message>
    <message>
        <source>Unknown workflow action &quot;%1&quot;. Use one of: %2.</source>
        <translation>Không có thao tác duyệt bài &quot;%1&quot;. Hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>--seen-version needs a positive number.</source>
        <translation>--seen-version cần một số dương.</translation>
    </message>
    <message>
        <source>Article %1 &quot;%2&quot;: %3 → %4.</source>
        <translation>Bài %1 &quot;%2&quot;: %3 → %4.</translation>
    </message>
    <message>
        <source>Move an article through the editorial workflow. ACTION is submit, withdraw, forward, return, approve, reject, unpublish, archive or restore (to a draft). The password of --user comes from TOASOAN_PASSWORD or is asked on the terminal; the same permission rules as in the window apply. Returning needs a --comment with the reason.</source>
        <translation>Chuyển bài qua quy trình biên tập. THAO_TÁC là submit (gửi duyệt), withdraw (rút bài), forward (chuyển lãnh đạo duyệt), return (trả lại), approve (duyệt), reject (từ chối), unpublish (gỡ bài), archive (lưu trữ) hoặc restore (khôi phục thành bản nháp). Mật khẩu của --user lấy từ biến TOASOAN_PASSWORD hoặc được hỏi trong cửa sổ dòng lệnh; áp dụng cùng quy tắc phân quyền như trong cửa sổ. Trả lại bài cần --comment ghi lý do.</translation>
    </message>
    <message>
        <source>Who does it (logs in with their password)</source>
        <translation>Người thực hiện (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>The reason or note written in the history</source>
        <translation>Lý do hoặc ghi chú ghi vào lịch sử</translation>
    </message>
    <message>
        <source>Refuse if the article changed since version N (see articles show)</source>
        <translation>Từ chối nếu bài đã thay đổi sau phiên bản N (xem articles show)</translation>
    </message>
    <message>
        <source>The articles were imported, but not yet added to the search index: %1</source>
        <translation>Các bài đã được nhập nhưng chưa được đưa vào chỉ mục tìm kiếm: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s), author %1.</source>
        <translation>
            <numerusform>Đã nhập %n bài, tác giả %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Tên trang</translation>
    </message>
    <message>
        <source>List what this user may open (logs in with their password): other people&apos;s drafts are left out</source>
        <translation>Liệt kê những bài người dùng này được mở (đăng nhập bằng mật khẩu của họ): bản nháp của người khác bị bỏ qua</translation>
    </message>
    <message>
        <source>Show it as this user (logs in with their password): another person&apos;s draft is refused</source>
        <translation>Xem với tư cách người dùng này (đăng nhập bằng mật khẩu của họ): không xem được bản nháp của người khác</translation>
    </message>
    <message>
        <source>The administrator who makes the change (logs in with their password)</source>
        <translation>Quản trị viên thực hiện thay đổi (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>The same as --user</source>
        <translation>Giống --user</translation>
    </message>
    <message>
        <source>Name the administrator who makes the change: --user LOGIN.</source>
        <translation>Hãy cho biết quản trị viên thực hiện thay đổi: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>No categories yet. Add one with &quot;toasoan categories add&quot;.</source>
        <translation>Chưa có chuyên mục nào. Thêm bằng &quot;toasoan categories add&quot;.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ngừng dùng</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>Category %1 %2 added.</source>
        <translation>Đã thêm chuyên mục %1 %2.</translation>
    </message>
    <message>
        <source>Category %1 renamed: %2 → %3.</source>
        <translation>Đã đổi tên chuyên mục %1: %2 → %3.</translation>
    </message>
    <message>
        <source>--position needs a number from 1.</source>
        <translation>--position cần một số từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Category %1 %2 is now at the top level.</source>
        <translation>Chuyên mục %1 %2 nay ở cấp cao nhất.</translation>
    </message>
    <message>
        <source>Category %1 %2 is now under %3.</source>
        <translation>Chuyên mục %1 %2 nay nằm trong %3.</translation>
    </message>
    <message>
        <source>Category %1 %2 deleted: no article used it.</source>
        <translation>Đã xóa chuyên mục %1 %2: không bài nào dùng nó.</translation>
    </message>
    <message>
        <source>Category %1 %2 retired: it stays on the articles that have it but cannot be chosen for others. It was not deleted because articles use it.</source>
        <translation>Đã ngừng dùng chuyên mục %1 %2: các bài đang có vẫn giữ, nhưng không chọn được cho bài khác. Chuyên mục không bị xóa vì có bài đang dùng.</translation>
    </message>
    <message numerus="yes">
        <source>Category %1 merged into %2: %n article(s) moved.</source>
        <translation>
            <numerusform>Đã gộp chuyên mục %1 vào %2: đã chuyển %n bài.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet: they are added with the articles.</source>
        <translation>Chưa có thẻ nào: thẻ được thêm cùng bài viết.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Probably the same tag: %1. Merge them with &quot;toasoan tags merge&quot;.</source>
        <translation>Có lẽ là cùng một thẻ: %1. Gộp chúng bằng &quot;toasoan tags merge&quot;.</translation>
    </message>
    <message>
        <source>A tag is named by its ID (see &quot;toasoan tags list&quot;).</source>
        <translation>Thẻ được chỉ bằng MÃ của nó (xem &quot;toasoan tags list&quot;).</translation>
    </message>
    <message>
        <source>Tag %1 renamed: %2 → %3.</source>
        <translation>Đã đổi tên thẻ %1: %2 → %3.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 merged into %2 on %n article(s).</source>
        <translation>
            <numerusform>Đã gộp thẻ %1 vào %2 trên %n bài.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the category tree with the number of articles in each, retired categories included.</source>
        <translation>Liệt kê cây chuyên mục cùng số bài của mỗi chuyên mục, kể cả chuyên mục đã ngừng dùng.</translation>
    </message>
    <message>
        <source>Add a category, at the top level or under --parent (its ID or name). Administrators only: the password of --user comes from TOASOAN_PASSWORD or is asked on the terminal.</source>
        <translation>Thêm một chuyên mục, ở cấp cao nhất hoặc trong --parent (MÃ hoặc tên của chuyên mục cha). Chỉ dành cho quản trị: mật khẩu của --user lấy từ TOASOAN_PASSWORD hoặc được hỏi trên màn hình dòng lệnh.</translation>
    </message>
    <message>
        <source>The category it goes under</source>
        <translation>Chuyên mục cha</translation>
    </message>
    <message>
        <source>Rename a category (ID is its number from &quot;categories list&quot;); its articles keep it. Administrators only.</source>
        <translation>Đổi tên một chuyên mục (MÃ là số của nó trong &quot;categories list&quot;); các bài vẫn giữ chuyên mục này. Chỉ dành cho quản trị.</translation>
    </message>
    <message>
        <source>Move a category under another one (--parent ID) or to the top level (--parent 0), last among its new siblings or at --position. A category cannot go under its own subcategories. Administrators only.</source>
        <translation>Chuyển một chuyên mục vào trong chuyên mục khác (--parent MÃ) hoặc lên cấp cao nhất (--parent 0), đứng cuối hoặc ở vị trí --position. Không thể chuyển một chuyên mục vào chuyên mục con của chính nó. Chỉ dành cho quản trị.</translation>
    </message>
    <message>
        <source>The new parent; 0 for the top level</source>
        <translation>Chuyên mục cha mới; 0 là cấp cao nhất</translation>
    </message>
    <message>
        <source>Its place among its siblings, from 1</source>
        <translation>Vị trí giữa các chuyên mục cùng cấp, từ 1</translation>
    </message>
    <message>
        <source>Remove a category: deleted when no article uses it, otherwise retired (it stays on its articles but cannot be chosen for new ones). Says which happened. Administrators only.</source>
        <translation>Bỏ một chuyên mục: xóa nếu không bài nào dùng, nếu không thì ngừng dùng (các bài đang có vẫn giữ, nhưng không chọn được cho bài mới). Cho biết việc nào đã làm. Chỉ dành cho quản trị.</translation>
    </message>
    <message>
        <source>Merge a category into another one (--into): its articles and subcategories move there and it is deleted. Administrators only.</source>
        <translation>Gộp một chuyên mục vào chuyên mục khác (--into): các bài và chuyên mục con của nó chuyển sang đó, rồi nó bị xóa. Chỉ dành cho quản trị.</translation>
    </message>
    <message>
        <source>The category that remains</source>
        <translation>Chuyên mục được giữ lại</translation>
    </message>
    <message>
        <source>List the tags with the number of articles that have each, and the tags that are probably the same.</source>
        <translation>Liệt kê các thẻ cùng số bài có mỗi thẻ, và những thẻ có lẽ là một.</translation>
    </message>
    <message>
        <source>Rename a tag on every article that has it (ID is its number from &quot;tags list&quot;). Administrators only.</source>
        <translation>Đổi tên một thẻ trên mọi bài có thẻ đó (MÃ là số của nó trong &quot;tags list&quot;). Chỉ dành cho quản trị.</translation>
    </message>
    <message>
        <source>Merge a tag into another one (--into ID): the articles that have it get the other one and it is deleted. Administrators only.</source>
        <translation>Gộp một thẻ vào thẻ khác (--into MÃ): các bài có thẻ này nhận thẻ kia, rồi thẻ này bị xóa. Chỉ dành cho quản trị.</translation>
    </message>
    <message>
        <source>The tag that remains</source>
        <translation>Thẻ được giữ lại</translation>
    </message>
    <message>
        <source>The database %1 is read-only: it can be read, but changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu %1 ở chế độ chỉ đọc: vẫn đọc được nhưng không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The text is neither Unicode nor TCVN3, VNI or VIQR as far as ToaSoan can tell.</source>
        <translation>Tòa soạn không nhận ra văn bản là Unicode, TCVN3, VNI hay VIQR.</translation>
    </message>
    <message>
        <source>It might be %1, but only with %2% confidence.</source>
        <translation>Có thể là %1, nhưng độ tin cậy chỉ %2%.</translation>
    </message>
    <message>
        <source>Cannot tell which encoding the text is in; nothing was converted. %1 If you know the encoding, name it with --from tcvn3, --from vni or --from viqr.</source>
        <translation>Không xác định được bảng mã của văn bản; chưa chuyển đổi gì. %1 Nếu biết bảng mã, hãy chỉ rõ bằng --from tcvn3, --from vni hoặc --from viqr.</translation>
    </message>
    <message numerus="yes">
        <source>Converted %n line(s) from %1.</source>
        <translation>
            <numerusform>Đã chuyển đổi %n dòng từ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n line(s) already in Unicode as they were.</source>
        <translation>
            <numerusform>Giữ nguyên %n dòng vốn đã là Unicode.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace file, or the office&apos;s shared database as postgresql://USER@HOST/DATABASE (default: $TOASOAN_DB, else %1)</source>
        <translation>Tệp dữ liệu làm việc, hoặc cơ sở dữ liệu dùng chung của cơ quan dạng postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU (mặc định: $TOASOAN_DB, nếu không có thì %1)</translation>
    </message>
    <message>
        <source>The database %1 already has users: it was set up before. Nothing was changed; add people with &quot;toasoan users add&quot;.</source>
        <translation>Cơ sở dữ liệu %1 đã có người dùng: nó đã được thiết lập trước đây. Không có gì thay đổi; hãy thêm người dùng bằng &quot;toasoan users add&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema %2). Administrator: %3 (%4).</source>
        <translation>Cơ sở dữ liệu %1 đã sẵn sàng (lược đồ %2). Quản trị viên: %3 (%4).</translation>
    </message>
    <message>
        <source>Login of the first administrator</source>
        <translation>Tên đăng nhập của quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Full name of the administrator</source>
        <translation>Họ và tên của quản trị viên</translation>
    </message>
    <message>
        <source>Name the author of the articles: --user LOGIN.</source>
        <translation>Hãy cho biết tác giả của bài: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>The author of the new articles (logs in with their password: TOASOAN_PASSWORD or asked on the terminal)</source>
        <translation>Tác giả của các bài mới (đăng nhập bằng mật khẩu của mình: biến TOASOAN_PASSWORD hoặc được hỏi trong cửa sổ dòng lệnh)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>No password given for the new user: set the %1 environment variable or run the command in a terminal.</source>
        <translation>Chưa có mật khẩu cho người dùng mới: hãy đặt biến môi trường %1 hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>Name who publishes: --user LOGIN.</source>
        <translation>Hãy cho biết người đăng bài: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Queue an approved article for publishing on a website (an update when it is already there). The password of --user comes from TOASOAN_PASSWORD or is asked on the terminal; the same permission rules as in the window apply, and the job records who queued it.</source>
        <translation>Đưa một bài đã duyệt vào hàng chờ đăng lên trang web (cập nhật nếu bài đã có trên trang). Mật khẩu của --user lấy từ biến TOASOAN_PASSWORD hoặc được hỏi trong cửa sổ dòng lệnh; áp dụng cùng quy tắc phân quyền như trong cửa sổ, và lệnh đăng ghi lại người đã đưa bài vào hàng chờ.</translation>
    </message>
    <message>
        <source>Who publishes (logs in with their password)</source>
        <translation>Người đăng bài (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>Name the administrator who adds the site: --as LOGIN.</source>
        <translation>Hãy cho biết quản trị viên thêm trang web: --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>The administrator who adds the site (logs in with their password)</source>
        <translation>Quản trị viên thêm trang web (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>The workspace has no users yet: the first one must be an administrator (--role admin).</source>
        <translation>Cơ sở dữ liệu chưa có người dùng nào: người dùng đầu tiên phải là quản trị viên (--role admin).</translation>
    </message>
    <message>
        <source>Name the administrator who creates the user: --as LOGIN.</source>
        <translation>Hãy cho biết quản trị viên tạo người dùng: --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Create a user. The administrator named by --as logs in with their password (TOASOAN_PASSWORD or asked on the terminal); the new user&apos;s password comes from TOASOAN_NEW_PASSWORD or is asked twice. In a workspace without users, the first administrator is created without --as (--role admin; password from TOASOAN_NEW_PASSWORD, TOASOAN_PASSWORD or asked twice).</source>
        <translation>Tạo người dùng. Quản trị viên nêu ở --as đăng nhập bằng mật khẩu của mình (biến TOASOAN_PASSWORD hoặc được hỏi trong cửa sổ dòng lệnh); mật khẩu của người dùng mới lấy từ biến TOASOAN_NEW_PASSWORD hoặc được hỏi hai lần. Khi cơ sở dữ liệu chưa có người dùng nào, quản trị viên đầu tiên được tạo không cần --as (--role admin; mật khẩu lấy từ TOASOAN_NEW_PASSWORD, TOASOAN_PASSWORD hoặc được hỏi hai lần).</translation>
    </message>
    <message>
        <source>The administrator who creates the user (logs in with their password)</source>
        <translation>Quản trị viên tạo người dùng (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>Name who does it: --user LOGIN.</source>
        <translation>Hãy cho biết người thực hiện: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Set up the office&apos;s shared database: create the schema and the first administrator. Give the database with --database postgresql://USER@HOST/DATABASE; the administrator&apos;s password comes from the TOASOAN_NEW_PASSWORD or TOASOAN_PASSWORD environment variable or is asked twice. Refuses a database that already has users.</source>
        <translation>Thiết lập cơ sở dữ liệu dùng chung của cơ quan: tạo lược đồ và quản trị viên đầu tiên. Chỉ định cơ sở dữ liệu bằng --database postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU; mật khẩu quản trị viên lấy từ biến môi trường TOASOAN_NEW_PASSWORD hoặc TOASOAN_PASSWORD, nếu không có thì được hỏi hai lần. Từ chối cơ sở dữ liệu đã có người dùng.</translation>
    </message>
    <message>
        <source>Jobs for %1 are left to a worker that has its password: %2</source>
        <translation>Các lệnh đăng lên %1 được để lại cho tiến trình gửi bài có mật khẩu của trang này: %2</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 4.</source>
        <translation>--jobs phải là một số từ 1 đến 4.</translation>
    </message>
    <message>
        <source>Name who runs the worker: --user LOGIN.</source>
        <translation>Hãy cho biết người chạy tiến trình gửi bài: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Stopping: finishing the jobs being sent (at most %1 seconds).</source>
        <translation>Đang dừng: hoàn tất các lệnh đang gửi (tối đa %1 giây).</translation>
    </message>
    <message>
        <source>Sending the outbox of %1 for %2 as worker &quot;%3&quot;. Stop with Ctrl+C or SIGTERM.</source>
        <translation>Đang gửi hàng chờ đăng của %1 cho %2, với tên tiến trình &quot;%3&quot;. Dừng bằng Ctrl+C hoặc SIGTERM.</translation>
    </message>
    <message>
        <source>Stopped. Sent: %1.</source>
        <translation>Đã dừng. Đã gửi: %1.</translation>
    </message>
    <message>
        <source>Send the jobs that are due (for a scheduled task). Nobody logs in: each job records the person who queued it. Passwords come from TOASOAN_SITE_PASSWORD_&lt;SITE&gt;, the secrets file named by TOASOAN_SECRETS_FILE, or the keychain; jobs of a site without one are left to another worker.</source>
        <translation>Gửi các lệnh đã đến hạn (dùng cho tác vụ chạy theo lịch). Không ai cần đăng nhập: mỗi lệnh ghi lại người đã đưa bài vào hàng chờ. Mật khẩu lấy từ biến TOASOAN_SITE_PASSWORD_&lt;SITE&gt;, tệp mật khẩu do biến TOASOAN_SECRETS_FILE chỉ ra, hoặc kho mật khẩu; lệnh của trang không có mật khẩu được để lại cho tiến trình gửi bài khác.</translation>
    </message>
    <message>
        <source>Keep sending the outbox until stopped (a service: see resources/systemd). Any number of workers, on any computers of the office, share the outbox job by job; each takes only the jobs of sites whose password it has (TOASOAN_SITE_PASSWORD_&lt;SITE&gt; or the secrets file named by TOASOAN_SECRETS_FILE). --user, who may publish, logs in with TOASOAN_PASSWORD. SIGTERM or Ctrl+C finishes the jobs being sent, or puts them back in the queue, and exits.</source>
        <translation>Gửi hàng chờ đăng liên tục cho đến khi bị dừng (chạy như một dịch vụ: xem resources/systemd). Nhiều tiến trình gửi bài, trên bất kỳ máy nào của cơ quan, cùng chia nhau hàng chờ đăng theo từng lệnh; mỗi tiến trình chỉ nhận lệnh của những trang mà nó có mật khẩu (biến TOASOAN_SITE_PASSWORD_&lt;SITE&gt; hoặc tệp mật khẩu do biến TOASOAN_SECRETS_FILE chỉ ra). Người ghi ở --user phải có quyền đăng bài và đăng nhập bằng TOASOAN_PASSWORD. SIGTERM hoặc Ctrl+C sẽ hoàn tất các lệnh đang gửi, hoặc trả chúng về hàng chờ, rồi thoát.</translation>
    </message>
    <message>
        <source>Who runs the worker (logs in with their password)</source>
        <translation>Người chạy tiến trình gửi bài (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>Jobs sent at the same time, 1 to 4 (default 2)</source>
        <translation>Số lệnh gửi cùng lúc, từ 1 đến 4 (mặc định 2)</translation>
    </message>
    <message>
        <source>No password was given (set %1): enter it in the application, or set %1 when publishing from the command line.</source>
        <translation>Chưa có mật khẩu (đặt biến %1): hãy nhập trong ứng dụng, hoặc đặt biến %1 khi đăng bài bằng dòng lệnh.</translation>
    </message>
    <message>
        <source>The password was not saved: this computer has no system keychain. Set %1 (or give %2 in the secrets file named by TOASOAN_SECRETS_FILE) whenever you run &quot;toasoan sites test&quot;, &quot;toasoan outbox run&quot;, &quot;toasoan outbox serve&quot; or the application.</source>
        <translation>Mật khẩu chưa được lưu: máy tính này không có kho mật khẩu của hệ thống. Hãy đặt biến %1 (hoặc ghi %2 trong tệp mật khẩu do biến TOASOAN_SECRETS_FILE chỉ ra) mỗi khi chạy &quot;toasoan sites test&quot;, &quot;toasoan outbox run&quot;, &quot;toasoan outbox serve&quot; hoặc ứng dụng.</translation>
    </message>
    <message>
        <source>Add a website connection, as the administrator named by --as (who logs in with their password: TOASOAN_PASSWORD or asked on the terminal). The site&apos;s password (application password) is read from TOASOAN_SITE_PASSWORD_&lt;SITE&gt; (SITE: the name in capitals without marks, other characters as _) or TOASOAN_SITE_PASSWORD, and kept in the system keychain.</source>
        <translation>Thêm kết nối trang web, do quản trị viên nêu ở --as thực hiện (đăng nhập bằng mật khẩu của mình: biến TOASOAN_PASSWORD hoặc được hỏi trong cửa sổ dòng lệnh). Mật khẩu của trang web (mật khẩu ứng dụng) được đọc từ biến TOASOAN_SITE_PASSWORD_&lt;SITE&gt; (SITE: tên kết nối bỏ dấu, viết hoa, các ký tự khác thành _) hoặc TOASOAN_SITE_PASSWORD, và lưu trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from và --to chỉ cùng một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no workspace file %1.</source>
        <translation>Không có tệp dữ liệu làm việc %1.</translation>
    </message>
    <message>
        <source>Name an administrator of the source workspace: --as LOGIN.</source>
        <translation>Hãy nêu một quản trị viên của dữ liệu nguồn: --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>workspace copy: the database copied from</comment>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>workspace copy: the database copied into</comment>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; the counts above were verified on both sides. Website passwords are not in the database: enter them again on the PCs that publish.</source>
        <translation>Đã sao chép %1 dòng trong %2 bảng từ %3 sang %4; số dòng ở trên đã được kiểm tra ở cả hai bên. Mật khẩu trang web không nằm trong cơ sở dữ liệu: hãy nhập lại trên các máy đăng bài.</translation>
    </message>
    <message>
        <source>Copy a whole workspace into an empty database: from this PC&apos;s file to the office&apos;s PostgreSQL database (postgresql://USER@HOST/DATABASE), or back for a backup. Accounts keep their passwords, ids stay the same; website passwords are not copied. The administrator&apos;s password comes from TOASOAN_PASSWORD or is asked. Refuses a database that holds data.</source>
        <translation>Sao chép toàn bộ dữ liệu làm việc vào một cơ sở dữ liệu trống: từ tệp của máy này lên cơ sở dữ liệu PostgreSQL của cơ quan (postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU), hoặc ngược lại để sao lưu. Tài khoản giữ nguyên mật khẩu, mã giữ nguyên; mật khẩu trang web không được sao chép. Mật khẩu quản trị viên lấy từ TOASOAN_PASSWORD hoặc được hỏi. Từ chối cơ sở dữ liệu đã có dữ liệu.</translation>
    </message>
    <message>
        <source>The workspace to copy (a file or postgresql://…)</source>
        <translation>Dữ liệu làm việc cần sao chép (một tệp hoặc postgresql://…)</translation>
    </message>
    <message>
        <source>The empty database to copy into</source>
        <translation>Cơ sở dữ liệu trống để sao chép vào</translation>
    </message>
    <message>
        <source>An administrator of the source workspace</source>
        <translation>Một quản trị viên của dữ liệu nguồn</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n article(s), schema %3, integrity check ok.</source>
        <translation>
            <numerusform>%1: %2, %n bài, lược đồ %3, kiểm tra toàn vẹn đạt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the administrator who makes the backup: --user LOGIN.</source>
        <translation>Hãy ghi tên quản trị thực hiện sao lưu: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Đã sao lưu %1</translation>
    </message>
    <message>
        <source>There is already a workspace at %1. Add --force to replace it (it is kept as %1.before-restore).</source>
        <translation>Đã có dữ liệu làm việc tại %1. Thêm --force để thay thế (dữ liệu cũ được giữ lại thành %1.before-restore).</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation>Không đọc được tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>Name an administrator of the workspace to replace: --as LOGIN.</source>
        <translation>Hãy ghi tên một quản trị của dữ liệu làm việc sẽ bị thay thế: --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Name an administrator of the backup: --as LOGIN.</source>
        <translation>Hãy ghi tên một quản trị có trong bản sao lưu: --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Đã khôi phục %1</translation>
    </message>
    <message>
        <source>The workspace it replaced is kept as %1.</source>
        <translation>Dữ liệu làm việc bị thay thế được giữ lại thành %1.</translation>
    </message>
    <message>
        <source>Back up the workspace into one file while ToaSoan may be running. The copy is checked (integrity and schema) and written under a temporary name first, so FILE is never left half written. It holds every account&apos;s password: only an administrator makes it (the password comes from TOASOAN_PASSWORD or is asked). The office&apos;s shared PostgreSQL database is backed up with pg_dump instead (see the README).</source>
        <translation>Sao lưu dữ liệu làm việc vào một tệp, kể cả khi Tòa soạn đang chạy. Bản sao được kiểm tra (tính toàn vẹn và lược đồ) và ghi dưới một tên tạm trước, nên TỆP không bao giờ bị ghi dở. Bản sao chứa mật khẩu của mọi tài khoản: chỉ quản trị được tạo (mật khẩu lấy từ TOASOAN_PASSWORD hoặc được hỏi). Cơ sở dữ liệu PostgreSQL dùng chung của cơ quan thì sao lưu bằng pg_dump (xem README).</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists)</source>
        <translation>Tệp sao lưu cần ghi (ghi đè nếu đã có)</translation>
    </message>
    <message>
        <source>The administrator who makes the backup</source>
        <translation>Quản trị thực hiện sao lưu</translation>
    </message>
    <message>
        <source>Restore a backup into a workspace file. The backup is checked first (integrity, a ToaSoan workspace, not from a newer version). An existing workspace is replaced only with --force, never while it is open, and is kept as PATH.before-restore; the replacement is atomic. The administrator&apos;s password comes from TOASOAN_PASSWORD or is asked.</source>
        <translation>Khôi phục một bản sao lưu vào tệp dữ liệu làm việc. Bản sao lưu được kiểm tra trước (tính toàn vẹn, đúng là dữ liệu Tòa soạn, không phải của phiên bản mới hơn). Dữ liệu làm việc đã có chỉ bị thay thế khi có --force, không bao giờ khi đang mở, và được giữ lại thành ĐƯỜNG_DẪN.before-restore; việc thay thế diễn ra trọn vẹn một lần. Mật khẩu của quản trị lấy từ TOASOAN_PASSWORD hoặc được hỏi.</translation>
    </message>
    <message>
        <source>The workspace file to restore into</source>
        <translation>Tệp dữ liệu làm việc cần khôi phục vào</translation>
    </message>
    <message>
        <source>Replace an existing workspace</source>
        <translation>Thay thế dữ liệu làm việc đã có</translation>
    </message>
    <message>
        <source>An administrator of the workspace replaced (of the backup when there is none)</source>
        <translation>Một quản trị của dữ liệu làm việc bị thay thế (của bản sao lưu nếu chưa có dữ liệu)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) typed in TCVN3 or VNI fonts converted to Unicode.</source>
        <translation>
            <numerusform>%1: đã chuyển %n cụm chữ gõ bằng phông TCVN3 hoặc VNI sang Unicode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a draft from each UTF-8 .html or .txt file, Word .docx or LibreOffice .odt document (or .json export). Text files: the first line is the title, blank lines separate paragraphs. HTML and documents keep headings, lists, tables, links and images (a document&apos;s images become the article&apos;s media, its text in TCVN3 or VNI fonts is converted to Unicode); everything else is removed. Several files are imported together: if one cannot be read, none is.</source>
        <translation>Tạo bản nháp từ mỗi tệp .html hoặc .txt mã UTF-8, văn bản Word .docx hoặc LibreOffice .odt (hoặc tệp .json đã xuất). Tệp văn bản: dòng đầu là tiêu đề, dòng trống ngăn cách các đoạn. Tệp HTML và văn bản giữ tiêu đề mục, danh sách, bảng, liên kết và ảnh (ảnh trong văn bản trở thành ảnh của bài, chữ gõ bằng phông TCVN3 hoặc VNI được chuyển sang Unicode); mọi thứ khác bị bỏ. Nhiều tệp được nhập cùng lúc: nếu một tệp không đọc được thì không tệp nào được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n picture(s) left out, linked to a file outside the document or in a format web pages do not show: %2</source>
        <translation>
            <numerusform>%1: bỏ qua %n ảnh vì ảnh liên kết tới tệp bên ngoài văn bản hoặc ở định dạng trang web không hiển thị được: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off the server&apos;s: correct it (the order of changes does not depend on it, but the times shown do).</source>
        <translation>Đồng hồ của máy tính này lệch %1 phút so với máy chủ: hãy chỉnh lại (thứ tự các thay đổi không phụ thuộc vào đồng hồ này, nhưng thời gian hiển thị thì có).</translation>
    </message>
    <message>
        <source>Only a shared database (PostgreSQL) has working copies to sync: this workspace is a file.</source>
        <translation>Chỉ cơ sở dữ liệu dùng chung (PostgreSQL) mới có bản sao làm việc để đồng bộ: dữ liệu làm việc này là một tệp.</translation>
    </message>
    <message>
        <source>Say who syncs: --user LOGIN.</source>
        <translation>Hãy cho biết ai đồng bộ: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Pulled %1 changed rows and %2 deletions from the server (now at version %3).</source>
        <translation>Đã lấy về từ máy chủ %1 dòng thay đổi và %2 lần xoá (nay ở phiên bản %3).</translation>
    </message>
    <message>
        <source>Working copy: %1</source>
        <translation>Bản sao làm việc: %1</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>Trực tuyến.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached.</source>
        <translation>Ngoại tuyến: không kết nối được tới máy chủ.</translation>
    </message>
    <message>
        <source>Changes waiting to be synced: %1</source>
        <translation>Thay đổi chờ đồng bộ: %1</translation>
    </message>
    <message>
        <source>Conflicts waiting: %1</source>
        <translation>Xung đột phiên bản đang chờ xử lý: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Who syncs (logs in with their password: TOASOAN_PASSWORD or asked on the terminal)</source>
        <translation>Người đồng bộ (đăng nhập bằng mật khẩu của họ: TOASOAN_PASSWORD hoặc hỏi trên cửa sổ dòng lệnh)</translation>
    </message>
    <message>
        <source>Say whether the shared database can be reached, and how this computer&apos;s working copy stands (changes waiting, conflicts, last sync).</source>
        <translation>Cho biết có kết nối được tới cơ sở dữ liệu dùng chung không, và tình trạng bản sao làm việc trên máy tính này (thay đổi đang chờ, xung đột phiên bản, lần đồng bộ gần nhất).</translation>
    </message>
    <message>
        <source>The article could not be written as %1.</source>
        <translation>Không ghi được bài thành tệp %1.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use html, json, docx, odt or pdf.</source>
        <translation>Không có định dạng &quot;%1&quot;. Hãy dùng html, json, docx, odt hoặc pdf.</translation>
    </message>
    <message>
        <source>A %1 file cannot be written to the terminal: give --out FILE.</source>
        <translation>Không thể ghi tệp %1 ra cửa sổ dòng lệnh: hãy cho --out TỆP.</translation>
    </message>
    <message>
        <source>Wrote article %1 to %2.</source>
        <translation>Đã ghi bài %1 ra %2.</translation>
    </message>
    <message>
        <source>Write one article as a standalone HTML document, as JSON with every field, or as a Word (.docx), OpenDocument (.odt) or PDF file with its title, sapo, body, images and byline.</source>
        <translation>Xuất một bài thành tài liệu HTML độc lập, JSON đủ mọi trường, hoặc tệp Word (.docx), OpenDocument (.odt) hay PDF gồm tiêu đề, sapo, nội dung, ảnh và bút danh.</translation>
    </message>
    <message>
        <source>html (default), json, docx, odt or pdf; without it, the type of the --out file</source>
        <translation>html (mặc định), json, docx, odt hoặc pdf; nếu không có thì theo loại của tệp --out</translation>
    </message>
    <message>
        <source>Where to write the file (needed for docx, odt and pdf; html and json go to standard output without it)</source>
        <translation>Nơi ghi tệp (bắt buộc với docx, odt và pdf; không có thì html và json được in ra đầu ra chuẩn)</translation>
    </message>
    <message>
        <source>Statistics from %1 to %2</source>
        <translation>Thống kê từ %1 đến %2</translation>
    </message>
    <message>
        <source>Articles published: %1</source>
        <translation>Số bài đã xuất bản: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <source>Published per month</source>
        <translation>Số bài xuất bản theo tháng</translation>
    </message>
    <message>
        <source>Published per week</source>
        <translation>Số bài xuất bản theo tuần</translation>
    </message>
    <message>
        <source>Published by category</source>
        <translation>Số bài xuất bản theo chuyên mục</translation>
    </message>
    <message>
        <source>Published by author</source>
        <translation>Số bài xuất bản theo tác giả</translation>
    </message>
    <message>
        <source>Articles by state now</source>
        <translation>Số bài theo trạng thái hiện nay</translation>
    </message>
    <message>
        <source>Waiting longest: #%1 &quot;%2&quot;, %3 since %4</source>
        <translation>Chờ lâu nhất: #%1 &quot;%2&quot;, %3 từ %4</translation>
    </message>
    <message>
        <source>Review time (submitted to approved): no approvals in the period.</source>
        <translation>Thời gian duyệt (từ gửi duyệt đến duyệt): không có bài nào được duyệt trong kỳ.</translation>
    </message>
    <message>
        <source>Returns and rejections per month</source>
        <translation>Tỷ lệ trả lại và từ chối theo tháng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Tỷ lệ trả lại</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Tỷ lệ từ chối</translation>
    </message>
    <message>
        <source>--from and --to need dates written YYYY-MM-DD.</source>
        <translation>--from và --to cần ngày viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No category is called &quot;%1&quot;.</source>
        <translation>Không có chuyên mục nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show what was published in a period, by week, month, category and author, the articles in each state now and how long review took.</source>
        <translation>Cho biết những gì đã xuất bản trong một kỳ theo tuần, tháng, chuyên mục và tác giả, số bài ở từng trạng thái hiện nay và thời gian duyệt bài.</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Ngày đầu của kỳ</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>Ngày cuối của kỳ (tính cả ngày này)</translation>
    </message>
    <message>
        <source>Only this category and its subcategories</source>
        <translation>Chỉ chuyên mục này và các chuyên mục con</translation>
    </message>
    <message>
        <source>Only this author&apos;s articles</source>
        <translation>Chỉ bài của tác giả này</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, for example 2026-11.</source>
        <translation>Tháng phải viết dạng YYYY-MM, ví dụ 2026-11.</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
    <message>
        <source>Nothing was published in %1.</source>
        <translation>Không có bài nào được đăng trong tháng %1.</translation>
    </message>
    <message>
        <source>%1 articles, %2 not scored</source>
        <translation>%1 bài, %2 bài chưa chấm điểm</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --out.</source>
        <translation>Chỉ chọn một trong --json, --csv và --out.</translation>
    </message>
    <message>
        <source>--out writes a .pdf, .xlsx or .csv file.</source>
        <translation>--out ghi tệp .pdf, .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>Wrote the royalties of %1 to %2.</source>
        <translation>Đã ghi nhuận bút tháng %1 vào %2.</translation>
    </message>
    <message>
        <source>Name the approver or administrator who does it: --user LOGIN.</source>
        <translation>Hãy ghi tên lãnh đạo duyệt hoặc quản trị thực hiện: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>The royalties of %1 are closed.</source>
        <translation>Đã khóa sổ nhuận bút tháng %1.</translation>
    </message>
    <message>
        <source>The royalties of %1 are open again.</source>
        <translation>Đã mở lại nhuận bút tháng %1.</translation>
    </message>
    <message>
        <source>The approver or administrator who does it (logs in with their password)</source>
        <translation>Lãnh đạo duyệt hoặc quản trị thực hiện (đăng nhập bằng mật khẩu của mình)</translation>
    </message>
    <message>
        <source>Show a month&apos;s royalties (nhuận bút): per author the articles first published in the month (Viet Nam time), their kind, points and amount, the totals and the office total in figures and in words. Amounts are whole đồng: points × value of one point, rounded half up. --out writes an A4 PDF statement, an .xlsx workbook or a CSV file.</source>
        <translation>Xem nhuận bút của một tháng: theo từng tác giả, các bài đăng lần đầu trong tháng (giờ Việt Nam), thể loại, điểm và thành tiền, tổng của từng người và tổng của cơ quan bằng số và bằng chữ. Số tiền là đồng chẵn: điểm × giá trị một điểm, làm tròn nửa lên. --out ghi bảng kê PDF khổ A4, sổ tính .xlsx hoặc tệp CSV.</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Print CSV, one row per article</source>
        <translation>In CSV, mỗi bài một dòng</translation>
    </message>
    <message>
        <source>Write FILE.pdf, FILE.xlsx or FILE.csv</source>
        <translation>Ghi TỆP.pdf, TỆP.xlsx hoặc TỆP.csv</translation>
    </message>
    <message>
        <source>Close a month&apos;s royalties once the month is over: its points can no longer change (reopen it for that) and it keeps the value of one point it had. Approvers and administrators only; the password comes from TOASOAN_PASSWORD or is asked.</source>
        <translation>Khóa sổ nhuận bút của một tháng đã qua: điểm các bài trong tháng không sửa được nữa (muốn sửa phải mở lại) và tháng giữ nguyên giá trị một điểm lúc khóa. Chỉ lãnh đạo duyệt và quản trị; mật khẩu lấy từ TOASOAN_PASSWORD hoặc được hỏi.</translation>
    </message>
    <message>
        <source>Open a closed month&apos;s royalties again, so that points can be changed; the event log records who did it and why. Approvers and administrators only.</source>
        <translation>Mở lại nhuận bút của một tháng đã khóa sổ để sửa điểm; nhật ký ghi lại ai mở và vì sao. Chỉ lãnh đạo duyệt và quản trị.</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Lý do mở lại</translation>
    </message>
    <message>
        <source>The royalty statement could not be written.</source>
        <translation>Không ghi được bảng kê nhuận bút.</translation>
    </message>
    <message>
        <source>--points needs a number of points, for example 2 or 2,5.</source>
        <translation>--points cần một số điểm, ví dụ 2 hoặc 2,5.</translation>
    </message>
    <message>
        <source>Article %1: %2, %3 points.</source>
        <translation>Bài %1: %2, %3 điểm.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Số từ</translation>
    </message>
    <message>
        <source>Give an approved (or published) article its royalty kind and points, as the approving leader does when approving. Refused while the month of its first publication is closed. Approvers and administrators only; the event log records who set what.</source>
        <translation>Chấm thể loại và điểm nhuận bút cho một bài đã duyệt (hoặc đã đăng), như lãnh đạo làm khi duyệt bài. Bị từ chối khi tháng bài được đăng lần đầu đã khóa sổ. Chỉ lãnh đạo duyệt và quản trị; nhật ký ghi lại ai chấm gì.</translation>
    </message>
    <message>
        <source>The kind&apos;s code (see &quot;toasoan report scheme&quot;)</source>
        <translation>Mã thể loại (xem &quot;toasoan report scheme&quot;)</translation>
    </message>
    <message>
        <source>The points, within the kind&apos;s range (2 or 2,5)</source>
        <translation>Số điểm, trong khung điểm của thể loại (2 hoặc 2,5)</translation>
    </message>
    <message>
        <source>Show the office&apos;s royalty scheme: the value of one point and each kind of work with its code, points and length band.</source>
        <translation>Xem khung nhuận bút của cơ quan: giá trị một điểm và từng thể loại với mã, khung điểm và khung độ dài.</translation>
    </message>
    <message>
        <source>This is the example scheme shipped with ToaSoan, not yet the office&apos;s own.</source>
        <translation>Đây là khung nhuận bút mẫu đi kèm Tòa soạn, chưa phải khung của cơ quan.</translation>
    </message>
    <message>
        <source>The printer %1 is not installed next to toasoan.</source>
        <translation>Chưa cài chương trình in %1 cạnh toasoan.</translation>
    </message>
    <message>
        <source>royalty set (kind and points)</source>
        <translation>chấm nhuận bút (thể loại và điểm)</translation>
    </message>
    <message numerus="yes">
        <source>Review time (submitted to approved) over %Ln approval(s): median %1, slowest %2 (#%3 &quot;%4&quot;)</source>
        <translation>
            <numerusform>Thời gian duyệt (từ gửi duyệt đến duyệt) của %Ln bài được duyệt: trung vị %1, lâu nhất %2 (#%3 &quot;%4&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <source>restored as a draft: deleted on the server while edited offline</source>
        <translation>khôi phục thành bản nháp: bị xoá trên máy chủ khi đang sửa ngoại tuyến</translation>
    </message>
    <message>
        <source>conflict copy kept (edited offline)</source>
        <translation>giữ bản xung đột (sửa khi ngoại tuyến)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n changes made on this computer to the server.</source>
        <translation>
            <numerusform>Đã gửi %n thay đổi trên máy tính này lên máy chủ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had changed on the server meanwhile: your text is kept as a conflict copy beside the server&apos;s version.</source>
        <translation>
            <numerusform>%n trong số đó đã thay đổi trên máy chủ trong lúc ấy: nội dung của bạn được giữ thành bản xung đột bên cạnh phiên bản trên máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the changes made in this computer&apos;s working copy of the shared database to the server, then bring the copy up to date.</source>
        <translation>Gửi các thay đổi trong bản sao làm việc của cơ sở dữ liệu dùng chung trên máy tính này lên máy chủ, rồi cập nhật bản sao.</translation>
    </message>
    <message>
        <source>Offline: the database server %1 cannot be reached. This works on this computer&apos;s working copy, last synced at %2; the changes wait there and &quot;toasoan sync&quot; sends them to the server.</source>
        <translation>Ngoại tuyến: không kết nối được tới máy chủ cơ sở dữ liệu %1. Lệnh chạy trên bản sao làm việc trên máy tính này, đồng bộ lần cuối lúc %2; các thay đổi được giữ lại ở đó và lệnh &quot;toasoan sync&quot; sẽ gửi chúng lên máy chủ.</translation>
    </message>
    <message>
        <source>Offline: the database server %1 cannot be reached. The answers come from this computer&apos;s working copy, last synced at %2.</source>
        <translation>Ngoại tuyến: không kết nối được tới máy chủ cơ sở dữ liệu %1. Kết quả lấy từ bản sao làm việc trên máy tính này, đồng bộ lần cuối lúc %2.</translation>
    </message>
    <message>
        <source>Offline: %1 This command needs the server; only reading, searching and importing articles work from this computer&apos;s working copy.</source>
        <translation>Ngoại tuyến: %1 Lệnh này cần máy chủ; khi ngoại tuyến chỉ đọc, tìm kiếm và nhập tin bài được thực hiện trên bản sao làm việc của máy tính này.</translation>
    </message>
    <message>
        <source>Compacted %1: %2 before, %3 now (%4 given back).</source>
        <translation>Đã thu gọn %1: trước %2, nay %3 (trả lại %4).</translation>
    </message>
    <message>
        <source>The database is up to date (schema %1, %2 s).</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp (lược đồ %1, %2 giây).</translation>
    </message>
    <message>
        <source>Updating the database (%1) from schema %2 to %3; it may take a while. Do not stop ToaSoan.</source>
        <translation>Đang nâng cấp cơ sở dữ liệu (%1) từ lược đồ %2 lên %3; có thể mất một lúc. Đừng dừng Tòa soạn.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Bước %1/%2: %3…</translation>
    </message>
    <message>
        <source>The update left %1 unused in the file; &quot;toasoan compact&quot; gives it back.</source>
        <translation>Lần nâng cấp để lại %1 không dùng đến trong tệp; lệnh &quot;toasoan compact&quot; sẽ trả lại dung lượng đó.</translation>
    </message>
    <message>
        <source>Compact an SQLite workspace: the space freed by deleted articles and by schema updates is given back to the disk (VACUUM). It changes nothing in the workspace, takes about as long as copying the file, and other programs using the workspace wait meanwhile. The office&apos;s shared PostgreSQL database reuses its free space by itself.</source>
        <translation>Thu gọn dữ liệu làm việc SQLite: dung lượng được giải phóng khi xóa tin bài và khi nâng cấp lược đồ được trả lại cho ổ đĩa (VACUUM). Lệnh không thay đổi gì trong dữ liệu làm việc, mất khoảng thời gian bằng sao chép tệp, và các chương trình khác đang dùng dữ liệu làm việc phải chờ trong lúc đó. Cơ sở dữ liệu PostgreSQL dùng chung của cơ quan tự dùng lại dung lượng trống.</translation>
    </message>
    <message>
        <source>You have nothing published in %1.</source>
        <translation>Bạn không có bài nào được đăng trong %1.</translation>
    </message>
    <message>
        <source>Your own articles only: approvers and administrators read every author&apos;s royalties.</source>
        <translation>Chỉ có bài của chính bạn: lãnh đạo duyệt và quản trị viên xem được nhuận bút của mọi tác giả.</translation>
    </message>
    <message>
        <source>Name who reads the royalties: --user LOGIN (approvers and administrators read every author&apos;s, others their own).</source>
        <translation>Hãy nêu người xem nhuận bút: --user TÊN_ĐĂNG_NHẬP (lãnh đạo duyệt và quản trị viên xem của mọi tác giả, những người khác xem của chính mình).</translation>
    </message>
    <message>
        <source>Who reads (logs in with their password): approvers and administrators read every author&apos;s royalties, others their own</source>
        <translation>Người xem (đăng nhập bằng mật khẩu của mình): lãnh đạo duyệt và quản trị viên xem nhuận bút của mọi tác giả, những người khác xem của chính mình</translation>
    </message>
    <message>
        <source>Name whose conflict copies to list: --user LOGIN.</source>
        <translation>Hãy cho biết bản xung đột của ai cần liệt kê: --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>No conflict copies waiting.</source>
        <translation>Không có bản xung đột nào đang chờ.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Viết lúc</translation>
    </message>
    <message>
        <source>--keep is current (the article as it is) or copy (the conflict copy&apos;s text), not &quot;%1&quot;.</source>
        <translation>--keep là current (giữ bài như hiện tại) hoặc copy (lấy nội dung bản xung đột), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--revision needs a positive number.</source>
        <translation>--revision cần một số dương.</translation>
    </message>
    <message>
        <source>Article %1 has no conflict copy waiting for you.</source>
        <translation>Bài %1 không có bản xung đột nào chờ bạn xử lý.</translation>
    </message>
    <message>
        <source>Article %1 has several conflict copies waiting (revisions %2): name one with --revision.</source>
        <translation>Bài %1 có nhiều bản xung đột đang chờ (phiên bản %2): hãy chọn một bản bằng --revision.</translation>
    </message>
    <message>
        <source>Article %1 &quot;%2&quot;: the text of conflict copy %3 is now the current version (version %4).</source>
        <translation>Bài %1 &quot;%2&quot;: nội dung của bản xung đột %3 giờ là bản hiện tại (phiên bản %4).</translation>
    </message>
    <message>
        <source>Article %1 &quot;%2&quot;: the current version is kept; conflict copy %3 is set aside in the history.</source>
        <translation>Bài %1 &quot;%2&quot;: giữ bản hiện tại; bản xung đột %3 được gác lại trong lịch sử.</translation>
    </message>
    <message>
        <source>List the conflict copies waiting: texts written offline while the article changed on the server. Without ID, those --user wrote; with ID, those of that article --user may deal with. Changes nothing.</source>
        <translation>Liệt kê các bản xung đột đang chờ: nội dung viết khi ngoại tuyến trong lúc bài đã thay đổi trên máy chủ. Không có MÃ: các bản do --user viết; có MÃ: các bản của bài đó mà --user được xử lý. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>Whose copies (logs in with their password)</source>
        <translation>Bản xung đột của ai (đăng nhập bằng mật khẩu của người đó)</translation>
    </message>
    <message>
        <source>Deal with a conflict copy of the article: keep the current version (the copy stays in the history) or make the copy&apos;s title, sapo and body the current version. Its author, an editor or an approver may; taking the copy needs the article to be theirs to edit. To merge part by part, use the window&apos;s conflict view.</source>
        <translation>Xử lý một bản xung đột của bài: giữ bản hiện tại (bản xung đột vẫn nằm trong lịch sử) hoặc lấy tiêu đề, sapo và nội dung của bản xung đột làm bản hiện tại. Người viết bản đó, biên tập viên hoặc lãnh đạo duyệt được làm việc này; muốn lấy bản xung đột thì người đó phải đang được sửa bài. Để gộp từng phần, hãy dùng cửa sổ xung đột phiên bản.</translation>
    </message>
    <message>
        <source>current or copy</source>
        <translation>current (bản hiện tại) hoặc copy (bản xung đột)</translation>
    </message>
    <message>
        <source>Which conflict copy (see articles conflicts); needed when there are several</source>
        <translation>Bản xung đột nào (xem articles conflicts); cần khi có nhiều bản</translation>
    </message>
    <message>
        <source>conflict copy dealt with</source>
        <translation>đã xử lý bản xung đột</translation>
    </message>
</context>
<context>
    <name>toasoan::cli::placeholder</name>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>REV1</source>
        <translation>BẢN1</translation>
    </message>
    <message>
        <source>REV2</source>
        <translation>BẢN2</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>TỪ_KHÓA</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TRẠNG_THÁI</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>BẢNG_MÃ</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>KIỂU</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>NGƯỜI_DÙNG</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ_LOẠI</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>BẢN</translation>
    </message>
</context>
<context>
    <name>toasoan::compaction</name>
    <message>
        <source>The office&apos;s PostgreSQL server reuses free space by itself (autovacuum): ToaSoan does not compact the shared database.</source>
        <translation>Máy chủ PostgreSQL của cơ quan tự dùng lại dung lượng trống (autovacuum): Tòa soạn không thu gọn cơ sở dữ liệu dùng chung.</translation>
    </message>
    <message>
        <source>The workspace cannot be compacted during a change.</source>
        <translation>Không thể thu gọn dữ liệu làm việc khi đang có thay đổi.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be compacted.</source>
        <translation>Không thu gọn được dữ liệu làm việc %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::demo</name>
    <message>
        <source>The demo data built into ToaSoan is damaged.</source>
        <translation>Dữ liệu mẫu kèm theo Tòa soạn bị hỏng.</translation>
    </message>
</context>
<context>
    <name>toasoan::html::PasteCleaner</name>
    <message>
        <source>The text to paste is too large (%1; the limit is %2). Paste it in smaller parts.</source>
        <translation>Đoạn văn bản cần dán quá lớn (%1; giới hạn là %2). Hãy dán thành nhiều phần nhỏ hơn.</translation>
    </message>
    <message>
        <source>The formatted content is too large (%1; the limit is %2): it was pasted as plain text.</source>
        <translation>Nội dung có định dạng quá lớn (%1; giới hạn là %2): đã được dán dưới dạng văn bản thuần.</translation>
    </message>
    <message>
        <source>The content to paste is too large (%1; the limit is %2). Paste it in smaller parts.</source>
        <translation>Nội dung cần dán quá lớn (%1; giới hạn là %2). Hãy dán thành nhiều phần nhỏ hơn.</translation>
    </message>
    <message>
        <source>pasted-image</source>
        <translation>anh-dan</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 không phải ảnh.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</source>
        <translation>
            <numerusform>Không giữ được %n ảnh: ảnh không nằm sẵn trong nội dung đã sao chép hoặc không đọc được. Hãy chèn ảnh bằng lệnh Chèn ảnh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::io</name>
    <message>
        <source>Source:</source>
        <translation>Nguồn tin:</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 không phải tệp văn bản (có chứa dữ liệu nhị phân).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. If it was typed with an old Vietnamese encoding (TCVN3, VNI), convert it to Unicode first.</source>
        <translation>%1 không phải văn bản UTF-8. Nếu được gõ bằng bảng mã tiếng Việt cũ (TCVN3, VNI), hãy chuyển sang Unicode trước.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>%1 has no title: the first line (or the &lt;title&gt; or &lt;h1&gt; of an HTML file) must hold the headline.</source>
        <translation>%1 không có tiêu đề: dòng đầu tiên (hoặc thẻ &lt;title&gt; hay &lt;h1&gt; của tệp HTML) phải là tiêu đề bài.</translation>
    </message>
    <message>
        <source>%1 is not an article exported as JSON by ToaSoan.</source>
        <translation>%1 không phải bài viết do Tòa soạn xuất ra dạng JSON.</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1 không có tiêu đề.</translation>
    </message>
    <message>
        <source>%1 has no title: give the headline the Title or Heading 1 style.</source>
        <translation>%1 không có tiêu đề: hãy đặt kiểu Title (Tiêu đề) hoặc Heading 1 cho dòng tiêu đề.</translation>
    </message>
    <message>
        <source>%1 is not a Word document: the package has no word/document.xml.</source>
        <translation>%1 không phải văn bản Word: trong gói không có word/document.xml.</translation>
    </message>
    <message>
        <source>%1 is damaged: its text (word/document.xml) is not valid XML.</source>
        <translation>%1 bị hỏng: phần nội dung (word/document.xml) không phải XML hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument text: the package has no content.xml.</source>
        <translation>%1 không phải văn bản OpenDocument: trong gói không có content.xml.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Word or LibreOffice, remove the password, save it and import it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Word hoặc LibreOffice, bỏ mật khẩu, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1 is damaged: its text (content.xml) is not valid XML.</source>
        <translation>%1 bị hỏng: phần nội dung (content.xml) không phải XML hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is an old Word document (.doc, Word 97-2003), which ToaSoan does not read. Open it in Word or LibreOffice, save it as .docx and import that file.</source>
        <translation>%1 là văn bản Word kiểu cũ (.doc, Word 97-2003), ToaSoan không đọc được. Hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1 is not a Word or OpenDocument file: it is not a zip package, or it is damaged.</source>
        <translation>%1 không phải tệp Word hay OpenDocument: tệp không phải gói zip, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>%1 holds too many files (more than %2): it is not a document ToaSoan opens.</source>
        <translation>%1 chứa quá nhiều tệp (hơn %2): đây không phải văn bản ToaSoan mở được.</translation>
    </message>
    <message>
        <source>%1 contains a file with an unsafe name (&quot;%2&quot;): it was not made by Word or LibreOffice and is not imported.</source>
        <translation>%1 chứa một tệp có tên không an toàn (&quot;%2&quot;): tệp không do Word hay LibreOffice tạo ra nên không được nhập.</translation>
    </message>
    <message>
        <source>%1 unpacks to far more data than a document holds (a &quot;zip bomb&quot;): it is not imported.</source>
        <translation>%1 giải nén ra nhiều dữ liệu hơn hẳn một văn bản (một &quot;quả bom zip&quot;): tệp không được nhập.</translation>
    </message>
    <message>
        <source>%1 is too large for an article (more than %2 MB).</source>
        <translation>%1 quá lớn để làm một bài viết (hơn %2 MB).</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; is outside the folder of the file. Only pictures in that folder (or a folder inside it) are imported: copy the picture there, change the link and import the file again.</source>
        <translation>%1: ảnh “%2” nằm ngoài thư mục chứa tệp. Chỉ nhập được ảnh nằm trong thư mục đó (hoặc thư mục con của nó): hãy chép ảnh vào đó, sửa lại liên kết rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; was not found in the folder of the file. Put the picture there (or take it out of the file) and import the file again.</source>
        <translation>%1: không tìm thấy ảnh “%2” trong thư mục chứa tệp. Hãy đặt ảnh vào đó (hoặc bỏ ảnh khỏi tệp) rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; is too large (more than %3 MB).</source>
        <translation>%1: ảnh “%2” quá lớn (hơn %3 MB).</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; cannot be read.</source>
        <translation>%1: không đọc được ảnh “%2”.</translation>
    </message>
    <message>
        <source>The image %1 of the article is missing from the workspace.</source>
        <translation>Ảnh %1 của bài không còn trong dữ liệu làm việc.</translation>
    </message>
    <message>
        <source>The document could not be packed.</source>
        <translation>Không đóng gói được tài liệu.</translation>
    </message>
    <message>
        <source>ToaSoan does not write %1 files.</source>
        <translation>ToaSoan không ghi được tệp dạng %1.</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::render::PreviewRenderer</name>
    <message>
        <source>Posted %1 | %2</source>
        <translation>Ngày đăng %1 | %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::report::Royalties</name>
    <message>
        <source>The royalty scheme has no kind of work &quot;%1&quot;.</source>
        <translation>Khung nhuận bút không có thể loại &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; gets from %2 to %3 points.</source>
        <translation>Thể loại &quot;%1&quot; được chấm từ %2 đến %3 điểm.</translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it first.</source>
        <translation>Bài này đang ở thùng rác. Hãy khôi phục trước.</translation>
    </message>
    <message>
        <source>Royalties are set when the article is approved: it is &quot;%1&quot;.</source>
        <translation>Nhuận bút được chấm khi duyệt bài: bài đang ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot set the royalty of your own article: another approver has to do it.</source>
        <translation>Bạn không thể chấm nhuận bút cho bài của chính mình: cần một lãnh đạo duyệt khác.</translation>
    </message>
    <message>
        <source>The royalties of %1 are closed: reopen the month to change them.</source>
        <translation>Nhuận bút tháng %1 đã khóa sổ: hãy mở lại tháng để sửa.</translation>
    </message>
    <message>
        <source>%1 has not ended yet: a month is closed once it is over.</source>
        <translation>Tháng %1 chưa kết thúc: chỉ khóa sổ được khi tháng đã qua.</translation>
    </message>
    <message>
        <source>The royalties of %1 are already closed.</source>
        <translation>Nhuận bút tháng %1 đã được khóa sổ.</translation>
    </message>
    <message>
        <source>The royalties of %1 are not closed.</source>
        <translation>Nhuận bút tháng %1 chưa khóa sổ.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Tài khoản này đã bị khóa.</translation>
    </message>
</context>
<context>
    <name>toasoan::report::RoyaltySchemes</name>
    <message>
        <source>The value of one point must be more than 0 đồng.</source>
        <translation>Giá trị một điểm phải lớn hơn 0 đồng.</translation>
    </message>
    <message>
        <source>Every kind of work needs a code and a name.</source>
        <translation>Mỗi thể loại cần có mã và tên.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is used twice.</source>
        <translation>Mã &quot;%1&quot; bị dùng hai lần.</translation>
    </message>
    <message>
        <source>The points of &quot;%1&quot; must go from a number to a larger or equal one.</source>
        <translation>Khung điểm của &quot;%1&quot; phải đi từ một số đến một số lớn hơn hoặc bằng nó.</translation>
    </message>
    <message>
        <source>The length band of &quot;%1&quot; is reversed.</source>
        <translation>Khung độ dài của &quot;%1&quot; bị đảo ngược.</translation>
    </message>
</context>
<context>
    <name>toasoan::report::RoyaltyTexts</name>
    <message>
        <source>ROYALTY STATEMENT, MONTH %1</source>
        <translation>BẢNG KÊ NHUẬN BÚT THÁNG %1</translation>
    </message>
    <message>
        <source>Value of one point: %1 đ</source>
        <translation>Giá trị một điểm: %1 đ</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>Khóa sổ lúc %1, người khóa: %2.</translation>
    </message>
    <message>
        <source>Open: the figures may still change until the month is closed.</source>
        <translation>Chưa khóa sổ: số liệu còn có thể thay đổi cho đến khi khóa sổ tháng.</translation>
    </message>
    <message>
        <source>An article counts in the month of its first publication (Viet Nam time); unpublishing or republishing it does not change that. Each amount is points × value of one point, rounded half up to a whole đồng.</source>
        <translation>Mỗi bài được tính vào tháng đăng lần đầu (giờ Việt Nam); gỡ bài hay đăng lại không làm thay đổi điều đó. Thành tiền của mỗi bài là điểm × giá trị một điểm, làm tròn nửa lên đến đồng.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Mã bài</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation>Thành tiền (đồng)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Office total</source>
        <translation>Tổng cộng toàn cơ quan</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm điểm</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Bằng chữ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
</context>
<context>
    <name>toasoan::sync</name>
    <message>
        <source>The database server %1 cannot be reached, and this computer has no working copy of it yet. Run &quot;toasoan sync&quot; once while the server can be reached; after that, reading and importing articles work without it.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu %1, và máy tính này chưa có bản sao làm việc của nó. Hãy chạy &quot;toasoan sync&quot; một lần khi kết nối được tới máy chủ; sau đó có thể đọc và nhập tin bài cả khi không có máy chủ.</translation>
    </message>
</context>
<context>
    <name>toasoan::text::LegacyEncoding</name>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <source>VNI Windows</source>
        <translation>VNI Windows</translation>
    </message>
    <message>
        <source>VIQR</source>
        <translation>VIQR</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleFileExport</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the article as a Word (.docx), LibreOffice (.odt), PDF, web page or JSON file</source>
        <translation>Lưu bài thành tệp Word (.docx), LibreOffice (.odt), PDF, trang web hoặc JSON</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>LibreOffice documents (*.odt)</source>
        <translation>Văn bản LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Open or select an article to export it.</source>
        <translation>Hãy mở hoặc chọn một bài để xuất.</translation>
    </message>
    <message>
        <source>The article was not exported</source>
        <translation>Chưa xuất được bài</translation>
    </message>
    <message>
        <source>Export the article</source>
        <translation>Xuất bài</translation>
    </message>
    <message>
        <source>Choose a file ending in .docx, .odt, .pdf, .html or .json: its type says the format.</source>
        <translation>Hãy chọn tệp có đuôi .docx, .odt, .pdf, .html hoặc .json: đuôi tệp cho biết định dạng xuất.</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>Đã xuất bài &quot;%1&quot; ra %2.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleFileImport</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Create drafts from Word (.docx), LibreOffice (.odt), web page (.html) or text (.txt) files</source>
        <translation>Tạo bản nháp từ tệp Word (.docx), LibreOffice (.odt), trang web (.html) hoặc văn bản (.txt)</translation>
    </message>
    <message>
        <source>Articles (*.docx *.odt *.html *.htm *.txt *.json)</source>
        <translation>Bài viết (*.docx *.odt *.html *.htm *.txt *.json)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>LibreOffice documents (*.odt)</source>
        <translation>Văn bản LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <source>The files were not imported</source>
        <translation>Chưa nhập được các tệp</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Đã nhập %n bài.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) typed in TCVN3 or VNI fonts were converted to Unicode.</source>
        <translation>
            <numerusform>Đã chuyển %n cụm chữ gõ bằng phông TCVN3 hoặc VNI sang Unicode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) left out (linked, or in a format web pages do not show): %1</source>
        <translation>
            <numerusform>Bỏ qua %n ảnh (ảnh liên kết, hoặc ở định dạng trang web không hiển thị được): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleListPane</name>
    <message>
        <source>Article list</source>
        <translation>Danh sách bài viết</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Cannot read the article list</source>
        <translation>Không đọc được danh sách bài viết</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+Shift+F)</source>
        <translation>Tìm bài viết (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Lọc theo chuyên mục</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Lọc theo tác giả</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Mọi tác giả</translation>
    </message>
    <message>
        <source>Filter by last change</source>
        <translation>Lọc theo lần sửa gần nhất</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi lúc</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Chu&amp;yên mục:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Tác g&amp;iả:</translation>
    </message>
    <message>
        <source>C&amp;hanged:</source>
        <translation>Sửa &amp;lúc:</translation>
    </message>
    <message>
        <source>There are no articles yet.
Start by writing the first one.</source>
        <translation>Chưa có bài viết nào.
Hãy bắt đầu với bài đầu tiên.</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Tạo bài mới</translation>
    </message>
    <message>
        <source>Create a new article</source>
        <translation>Tạo bài viết mới</translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>Mọi trạng thái (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from an import are still being added to the search index and may be missing from these results.</source>
        <translation>
            <numerusform>%n bài mới nhập đang được đưa vào chỉ mục tìm kiếm và có thể chưa có trong kết quả này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleRecordActions</name>
    <message>
        <source>Revision &amp;history…</source>
        <translation>&amp;Lịch sử phiên bản…</translation>
    </message>
    <message>
        <source>Every saved revision of the article: compare two, restore one</source>
        <translation>Mọi phiên bản đã lưu của bài viết: so sánh hai phiên bản, khôi phục một phiên bản</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <source>&amp;Print approval slip…</source>
        <translation>&amp;In phiếu duyệt…</translation>
    </message>
    <message>
        <source>Save the article&apos;s approval slip as an A4 PDF, for signing</source>
        <translation>Lưu phiếu duyệt của bài viết thành tệp PDF khổ A4 để ký duyệt</translation>
    </message>
    <message>
        <source>Print approval slip</source>
        <translation>In phiếu duyệt</translation>
    </message>
    <message>
        <source>Restored an earlier revision as revision %1.</source>
        <translation>Đã khôi phục một phiên bản cũ thành phiên bản %1.</translation>
    </message>
    <message>
        <source>approval-slip-%1.pdf</source>
        <translation>phieu-duyet-%1.pdf</translation>
    </message>
    <message>
        <source>Cannot print the approval slip</source>
        <translation>Không in được phiếu duyệt</translation>
    </message>
    <message>
        <source>Saved the approval slip to %1 (the saved text, without the unsaved changes).</source>
        <translation>Đã lưu phiếu duyệt vào %1 (theo bản đã lưu, không gồm các thay đổi chưa lưu).</translation>
    </message>
    <message>
        <source>Saved the approval slip to %1.</source>
        <translation>Đã lưu phiếu duyệt vào %1.</translation>
    </message>
    <message>
        <source>Cannot open the approval slip</source>
        <translation>Không mở được phiếu duyệt</translation>
    </message>
    <message>
        <source>The slip was saved to %1, but no program to show PDF files could be started. Open the file yourself to print it.</source>
        <translation>Phiếu duyệt đã được lưu vào %1 nhưng không mở được chương trình xem tệp PDF. Hãy tự mở tệp đó để in.</translation>
    </message>
    <message>
        <source>Preview the article&apos;s approval slip on A4 pages and print it, for signing</source>
        <translation>Xem trước phiếu duyệt của bài viết trên trang A4 rồi in ra để ký duyệt</translation>
    </message>
    <message>
        <source>Save approval slip as P&amp;DF…</source>
        <translation>Lưu phiếu duyệt thành tệp P&amp;DF…</translation>
    </message>
    <message>
        <source>Approval slip: %1</source>
        <translation>Phiếu duyệt bài: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành tệp PDF…</translation>
    </message>
    <message>
        <source>Save the approval slip as an A4 PDF</source>
        <translation>Lưu phiếu duyệt thành tệp PDF khổ A4</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleSession</name>
    <message>
        <source>%1, not saved yet</source>
        <translation>%1, chưa lưu</translation>
    </message>
    <message>
        <source>Cannot read the article</source>
        <translation>Không đọc được bài viết</translation>
    </message>
    <message>
        <source>Cannot read the article&apos;s permissions</source>
        <translation>Không đọc được quyền của bạn đối với bài viết</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · phiên bản %2</translation>
    </message>
    <message>
        <source>Cannot open the article for editing</source>
        <translation>Không mở được bài viết để sửa</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Chỉ xem: %1</translation>
    </message>
    <message>
        <source>you cannot edit this article now.</source>
        <translation>hiện bạn không sửa được bài này.</translation>
    </message>
    <message>
        <source>%1 took over editing at %2: you can no longer save this article.</source>
        <translation>%1 đã giành quyền sửa lúc %2: bạn không lưu được bài này nữa.</translation>
    </message>
    <message>
        <source>Your unsaved changes are still shown here: copy what you need.</source>
        <translation>Những thay đổi chưa lưu của bạn vẫn còn ở đây: hãy sao chép phần bạn cần.</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2. You can read it; to edit it, take over.</source>
        <translation>Đang được %1 sửa từ %2. Bạn vẫn đọc được; muốn sửa, hãy giành quyền sửa.</translation>
    </message>
    <message>
        <source>Someone else may be editing this article; it is read only for now.</source>
        <translation>Có thể người khác đang sửa bài này; tạm thời bạn chỉ xem được.</translation>
    </message>
    <message>
        <source>A newer version of this article was saved (version %1; you are looking at version %2).</source>
        <translation>Bài này đã được lưu phiên bản mới hơn (phiên bản %1; bạn đang xem phiên bản %2).</translation>
    </message>
    <message>
        <source>Your changes were not saved: copy them before showing it.</source>
        <translation>Thay đổi của bạn chưa được lưu: hãy sao chép trước khi xem phiên bản mới.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2.</source>
        <translation>%1 đã trả lại bài lúc %2.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation>%1 đã trả lại bài lúc %2. Lý do: %3</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>%1 đã từ chối bài lúc %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2: %3</source>
        <translation>%1 đã từ chối bài lúc %2. Lý do: %3</translation>
    </message>
    <message>
        <source>Taken off the websites by %1 on %2: %3</source>
        <translation>%1 đã gỡ bài khỏi trang web lúc %2. Lý do: %3</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>người dùng %1</translation>
    </message>
    <message>
        <source>Cannot take over editing</source>
        <translation>Không giành được quyền sửa</translation>
    </message>
    <message>
        <source>Show the new version and lose your unsaved changes?</source>
        <translation>Xem phiên bản mới và bỏ những thay đổi chưa lưu của bạn?</translation>
    </message>
    <message>
        <source>Edited by %1 on %2 after it was approved. The approval stands: %1 may approve it.</source>
        <translation>%1 đã sửa bài lúc %2, sau khi bài được duyệt. Bài vẫn giữ trạng thái đã duyệt vì %1 có quyền duyệt.</translation>
    </message>
    <message>
        <source>Edited by %1 on %2 after it was approved: it needs approving again.</source>
        <translation>%1 đã sửa bài lúc %2, sau khi bài được duyệt: bài cần được duyệt lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTab</name>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Preview of the article</source>
        <translation>Xem trước bài viết</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Soạn</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>Soạn hoặc xem trước</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) may be misspelled (underlined in red): %1</source>
        <translation>
            <numerusform>%n từ có thể sai chính tả (gạch đỏ): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Chuyên mục: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Tác giả: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTabs</name>
    <message>
        <source>Open articles</source>
        <translation>Các bài đang mở</translation>
    </message>
    <message>
        <source>Open an article to see its details here.</source>
        <translation>Mở một bài để xem thông tin của bài ở đây.</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Không mở được bài viết</translation>
    </message>
    <message>
        <source>%1, not saved</source>
        <translation>%1, chưa lưu</translation>
    </message>
    <message>
        <source>Version conflict</source>
        <translation>Xung đột phiên bản</translation>
    </message>
    <message>
        <source>Someone else saved this article after you opened it. Your changes were not saved and their version was not overwritten. Copy your text, then reopen the article from the list.</source>
        <translation>Người khác đã lưu bài này sau khi bạn mở nó. Thay đổi của bạn chưa được lưu và phiên bản của họ không bị ghi đè. Hãy sao chép nội dung của bạn, rồi mở lại bài từ danh sách.</translation>
    </message>
    <message>
        <source>Cannot save the article</source>
        <translation>Không lưu được bài viết</translation>
    </message>
    <message>
        <source>Cannot discard the recovery copy</source>
        <translation>Không bỏ được bản khôi phục</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved — autosave failed: %1</source>
        <translation>Chưa lưu — tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <source>Not saved (recovery copy at %1)</source>
        <translation>Chưa lưu (bản khôi phục lúc %1)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Cannot discard the new article</source>
        <translation>Không bỏ được bài mới</translation>
    </message>
    <message>
        <source>Your text is kept in the window, and ToaSoan keeps trying to save a recovery copy.</source>
        <translation>Nội dung bạn gõ vẫn được giữ trong cửa sổ, và Tòa soạn sẽ tiếp tục thử lưu bản khôi phục.</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Tự động lưu thất bại</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>The office&apos;s shared database is backed up on the server with pg_dump</source>
        <translation>Cơ sở dữ liệu dùng chung của cơ quan được sao lưu trên máy chủ bằng pg_dump</translation>
    </message>
    <message>
        <source>Copy the whole workspace into the backup folder now</source>
        <translation>Sao chép toàn bộ dữ liệu làm việc vào thư mục sao lưu ngay bây giờ</translation>
    </message>
    <message>
        <source>Replace the workspace with a backup (administrators)</source>
        <translation>Thay dữ liệu làm việc bằng một bản sao lưu (dành cho quản trị)</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Backed up automatically: %1</source>
        <translation>Đã tự động sao lưu: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>ToaSoan backups (*.sqlite);;All files (*)</source>
        <translation>Bản sao lưu Tòa soạn (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Restore the workspace from %1?

The backup holds: %2 (checked, whole).

Everything written since then is replaced; the current workspace is kept as %3.before-restore. ToaSoan restores it when it starts again.</source>
        <translation>Khôi phục dữ liệu làm việc từ %1?

Bản sao lưu gồm: %2 (đã kiểm tra, nguyên vẹn).

Mọi thứ viết sau thời điểm đó sẽ bị thay thế; dữ liệu làm việc hiện tại được giữ lại thành %3.before-restore. Tòa soạn khôi phục khi khởi động lại.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Khôi phục và khởi động lại</translation>
    </message>
    <message>
        <source>The backup will be restored when ToaSoan starts again.</source>
        <translation>Bản sao lưu sẽ được khôi phục khi Tòa soạn khởi động lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::BackupDialog</name>
    <message numerus="yes">
        <source>%1, %2, %n article(s)</source>
        <translation>
            <numerusform>%1, %2, %n bài</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole workspace — articles, history, accounts — in one file. Keep the folder on another disk or a USB drive if you can.</source>
        <translation>Bản sao lưu là bản sao toàn bộ dữ liệu làm việc — bài viết, lịch sử, tài khoản — trong một tệp. Nếu được, hãy đặt thư mục sao lưu trên ổ đĩa khác hoặc USB.</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>C&amp;họn thư mục…</translation>
    </message>
    <message>
        <source>Backup folder on this computer:</source>
        <translation>Thư mục sao lưu trên máy này:</translation>
    </message>
    <message>
        <source>Latest backup:</source>
        <translation>Bản sao lưu gần nhất:</translation>
    </message>
    <message>
        <source>ToaSoan also backs up by itself once a day while it runs, into this folder. It keeps the backups of the last %1 days and one for each of the %2 weeks before.</source>
        <translation>Khi đang chạy, Tòa soạn còn tự sao lưu mỗi ngày một lần vào thư mục này. Giữ lại bản sao lưu của %1 ngày gần nhất và mỗi tuần một bản cho %2 tuần trước đó.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>Only an administrator may make a backup or choose its folder.</source>
        <translation>Chỉ quản trị mới được sao lưu hoặc chọn thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Backed up: %1 (%2). The check found it whole.</source>
        <translation>Đã sao lưu: %1 (%2). Kiểm tra cho thấy bản sao nguyên vẹn.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Thư mục chứa bản sao lưu</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>%1 (%2, %3 in the folder)</source>
        <translation>%1 (%2, có %3 bản trong thư mục)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CategoryCombo</name>
    <message>
        <source>Retired: kept on old articles, not for new ones</source>
        <translation>Ngừng dùng: giữ trên bài cũ, không dùng cho bài mới</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ngừng dùng)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CategoryMappingDialog</name>
    <message>
        <source>Categories on the websites</source>
        <translation>Chuyên mục trên website</translation>
    </message>
    <message>
        <source>&amp;Read the website&apos;s categories</source>
        <translation>Đồng &amp;bộ chuyên mục từ website</translation>
    </message>
    <message>
        <source>Read the category tree from the website again</source>
        <translation>Đọc lại cây chuyên mục từ website</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Trang web:</translation>
    </message>
    <message>
        <source>Choose, for each category of the office, the website&apos;s category its articles are published in. &quot;Automatic&quot; finds the website&apos;s category with the same name, and creates it when there is none.</source>
        <translation>Với mỗi chuyên mục của tòa soạn, chọn chuyên mục trên website mà bài thuộc chuyên mục đó sẽ được đăng vào. &quot;Tự động&quot; tìm chuyên mục cùng tên trên website và tạo mới nếu chưa có.</translation>
    </message>
    <message>
        <source>Category mapping</source>
        <translation>Ghép chuyên mục</translation>
    </message>
    <message>
        <source>Category in ToaSoan</source>
        <translation>Chuyên mục trong Tòa soạn</translation>
    </message>
    <message>
        <source>Category on the website</source>
        <translation>Chuyên mục trên website</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cannot open the category mapping</source>
        <translation>Không mở được phần ghép chuyên mục</translation>
    </message>
    <message>
        <source>Discard the category choices not saved yet?</source>
        <translation>Bỏ các lựa chọn chuyên mục chưa lưu?</translation>
    </message>
    <message>
        <source>Category on the website for %1</source>
        <translation>Chuyên mục trên website cho %1</translation>
    </message>
    <message>
        <source>Automatic (same name, created if missing)</source>
        <translation>Tự động (cùng tên, tạo mới nếu chưa có)</translation>
    </message>
    <message>
        <source>Website category %1</source>
        <translation>Chuyên mục số %1 trên website</translation>
    </message>
    <message>
        <source>There is no website connection yet: add one under Website connections first.</source>
        <translation>Chưa có kết nối website nào: hãy thêm trong mục Kết nối website trước.</translation>
    </message>
    <message>
        <source>The categories of %1 have not been read yet: press &quot;Read the website&apos;s categories&quot;.</source>
        <translation>Chưa đọc chuyên mục của %1: bấm &quot;Đồng bộ chuyên mục từ website&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of %1 known.</source>
        <translation>
            <numerusform>Đã có %n chuyên mục của %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office has no categories yet.</source>
        <translation>Tòa soạn chưa có chuyên mục nào.</translation>
    </message>
    <message>
        <source>Reading the categories of %1…</source>
        <translation>Đang đọc chuyên mục của %1…</translation>
    </message>
    <message>
        <source>The categories of %1 could not be read: %2</source>
        <translation>Không đọc được chuyên mục của %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n category(ies) from %1.</source>
        <translation>
            <numerusform>Đã đọc %n chuyên mục từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The category mapping for %1 is saved.</source>
        <translation>Đã lưu cách ghép chuyên mục cho %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CategoryTree</name>
    <message>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Retired: it stays on its old articles but cannot be chosen for new ones.</source>
        <translation>Ngừng dùng: vẫn giữ trên các bài cũ nhưng không chọn được cho bài mới.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (bảng số liệu)</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Lưu thành ảnh PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image, to put in a report</source>
        <translation>Lưu biểu đồ này thành ảnh để đưa vào báo cáo</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG image</source>
        <translation>Lưu thành ảnh PNG</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CommentsPanel</name>
    <message>
        <source>Editorial comments</source>
        <translation>Ý kiến biên tập</translation>
    </message>
    <message>
        <source>Comments on the article</source>
        <translation>Các ý kiến về bài viết</translation>
    </message>
    <message>
        <source>Write a new comment instead of a reply</source>
        <translation>Viết ý kiến mới thay vì trả lời</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Hủy trả lời</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ý kiến mới</translation>
    </message>
    <message>
        <source>Write a comment for the author and the editors…</source>
        <translation>Viết ý kiến cho tác giả và biên tập viên…</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>Gửi ý kiến (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Comments belong to a saved article: open one, or save this one first.</source>
        <translation>Ý kiến gắn với bài đã lưu: hãy mở một bài, hoặc lưu bài này trước.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Chưa có ý kiến nào.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>người dùng %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Trả lời %1</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>Trả lời %1:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ConflictActions</name>
    <message>
        <source>Version &amp;conflicts…</source>
        <translation>&amp;Xung đột phiên bản…</translation>
    </message>
    <message>
        <source>Texts written offline while the article changed on the server: compare them with the current version and merge</source>
        <translation>Nội dung viết khi ngoại tuyến trong lúc bài đã thay đổi trên máy chủ: so sánh với bản hiện tại và gộp</translation>
    </message>
    <message>
        <source>Cannot list the conflict copies</source>
        <translation>Không liệt kê được các bản xung đột</translation>
    </message>
    <message>
        <source>No conflict copy of this article waits for you.</source>
        <translation>Bài này không có bản xung đột nào chờ bạn.</translation>
    </message>
    <message>
        <source>No conflict copy waits for you.</source>
        <translation>Không có bản xung đột nào chờ bạn.</translation>
    </message>
    <message>
        <source>The conflict copy is dealt with.</source>
        <translation>Đã xử lý bản xung đột.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ConflictDialog</name>
    <message>
        <source>Version conflict</source>
        <translation>Xung đột phiên bản</translation>
    </message>
    <message>
        <source>Conflict copy</source>
        <translation>Bản xung đột</translation>
    </message>
    <message>
        <source>%1 — revision %2, %3</source>
        <translation>%1 — phiên bản %2, %3</translation>
    </message>
    <message>
        <source>Conflict &amp;copy:</source>
        <translation>&amp;Bản xung đột:</translation>
    </message>
    <message>
        <source>The current version</source>
        <translation>Bản hiện tại</translation>
    </message>
    <message>
        <source>The conflict copy</source>
        <translation>Bản xung đột</translation>
    </message>
    <message>
        <source>You edited the merged text by hand: the choices no longer change it.</source>
        <translation>Bạn đã tự sửa bản gộp: các lựa chọn không còn thay đổi nó nữa.</translation>
    </message>
    <message>
        <source>&amp;Undo my edits, follow the choices</source>
        <translation>&amp;Bỏ phần tự sửa, theo các lựa chọn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Sapo:</source>
        <translation>&amp;Sapo:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>C&amp;hoose change by change</source>
        <translation>&amp;Chọn từng chỗ khác nhau</translation>
    </message>
    <message>
        <source>&amp;Merged text</source>
        <translation>Bản &amp;gộp</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>&amp;Giữ bản hiện tại</translation>
    </message>
    <message>
        <source>The article stays as it is; the conflict copy stays in the revision history</source>
        <translation>Bài giữ nguyên; bản xung đột vẫn nằm trong lịch sử phiên bản</translation>
    </message>
    <message>
        <source>Take the whole c&amp;opy</source>
        <translation>&amp;Lấy toàn bộ bản xung đột</translation>
    </message>
    <message>
        <source>The copy&apos;s title, sapo and body become the current version</source>
        <translation>Tiêu đề, sapo và nội dung của bản xung đột trở thành bản hiện tại</translation>
    </message>
    <message>
        <source>&amp;Save the merged text</source>
        <translation>Lư&amp;u bản gộp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cannot open the conflict copy</source>
        <translation>Không mở được bản xung đột</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the text you wrote offline (revision %2, %3) and the current version (version %4), which changed on the server meanwhile.</source>
        <translation>&quot;%1&quot;: nội dung bạn viết khi ngoại tuyến (phiên bản %2, %3) và bản hiện tại (phiên bản %4), đã thay đổi trên máy chủ trong lúc đó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the text %2 wrote offline (revision %3, %4) and the current version (version %5), which changed on the server meanwhile.</source>
        <translation>&quot;%1&quot;: nội dung %2 viết khi ngoại tuyến (phiên bản %3, %4) và bản hiện tại (phiên bản %5), đã thay đổi trên máy chủ trong lúc đó.</translation>
    </message>
    <message>
        <source>Places that differ: %1. Choose for each which text to keep, or edit the merged text.</source>
        <translation>Số chỗ khác nhau: %1. Hãy chọn giữ bản nào ở từng chỗ, hoặc tự sửa bản gộp.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body, paragraph %1</source>
        <translation>Nội dung, đoạn %1</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Giữ bản hiện tại</translation>
    </message>
    <message>
        <source>Take my version</source>
        <translation>Lấy bản của tôi</translation>
    </message>
    <message>
        <source>Take the copy</source>
        <translation>Lấy bản xung đột</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>Hai bản giống nhau.</translation>
    </message>
    <message>
        <source>(nothing here)</source>
        <translation>(không có gì ở đây)</translation>
    </message>
    <message>
        <source>The current version (version %1)</source>
        <translation>Bản hiện tại (phiên bản %1)</translation>
    </message>
    <message>
        <source>My version, written offline (revision %1)</source>
        <translation>Bản của tôi, viết khi ngoại tuyến (phiên bản %1)</translation>
    </message>
    <message>
        <source>%1&apos;s version, written offline (revision %2)</source>
        <translation>Bản của %1, viết khi ngoại tuyến (phiên bản %2)</translation>
    </message>
    <message>
        <source>Cannot deal with the conflict copy</source>
        <translation>Không xử lý được bản xung đột</translation>
    </message>
    <message>
        <source>The article has unsaved changes in its tab. Save or discard them first, then deal with the copy.</source>
        <translation>Bài còn thay đổi chưa lưu trong thẻ của nó. Hãy lưu hoặc bỏ các thay đổi đó trước, rồi xử lý bản xung đột.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ConnectionWatch</name>
    <message>
        <source>The connection to the office&apos;s database server %1 was lost. Nothing was half-written; your text stays in the window, and ToaSoan reconnects by itself when the server is back. Until then, saving is not possible.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu %1 của cơ quan. Không có thay đổi nào bị ghi dở; bài đang viết vẫn nằm trong cửa sổ, và ToaSoan tự kết nối lại khi máy chủ hoạt động trở lại. Trong lúc chờ, chưa lưu được bài.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ConvertEncodingDialog</name>
    <message>
        <source>Convert encoding</source>
        <translation>Chuyển mã</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Paste text copied from an old document</source>
        <translation>Dán văn bản sao chép từ tài liệu cũ</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Mở tệp…</translation>
    </message>
    <message>
        <source>Read a .txt or .html file</source>
        <translation>Đọc tệp .txt hoặc .html</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa trắng</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tự nhận dạng</translation>
    </message>
    <message>
        <source>&amp;Typed in:</source>
        <translation>&amp;Bảng mã gốc:</translation>
    </message>
    <message>
        <source>All-caps &amp;font (.VnTimeH, .VnArialH …)</source>
        <translation>&amp;Phông chữ hoa (.VnTimeH, .VnArialH …)</translation>
    </message>
    <message>
        <source>Paste the text here, or open a file.</source>
        <translation>Dán văn bản vào đây, hoặc mở một tệp.</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Văn bản gốc</translation>
    </message>
    <message>
        <source>Converted text</source>
        <translation>Văn bản đã chuyển mã</translation>
    </message>
    <message>
        <source>O&amp;riginal:</source>
        <translation>Bản &amp;gốc:</translation>
    </message>
    <message>
        <source>&amp;Unicode:</source>
        <translation>&amp;Unicode:</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>Sao &amp;chép kết quả</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Bộ nhớ tạm không có văn bản nào.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1 (UTF-8).</source>
        <translation>Đã lưu thành %1 (UTF-8).</translation>
    </message>
    <message>
        <source>The converted text is on the clipboard.</source>
        <translation>Văn bản đã chuyển mã nằm trong bộ nhớ tạm.</translation>
    </message>
    <message>
        <source>Paste text or open a file to convert it to Unicode.</source>
        <translation>Dán văn bản hoặc mở một tệp để chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>%1, all-caps font</source>
        <translation>%1, phông chữ hoa</translation>
    </message>
    <message>
        <source>Converted from %1.</source>
        <translation>Đã chuyển từ %1.</translation>
    </message>
    <message>
        <source>The text is already Unicode: nothing to convert.</source>
        <translation>Văn bản đã là Unicode: không cần chuyển mã.</translation>
    </message>
    <message>
        <source>Detected %1 from the font names (confidence %2%).</source>
        <translation>Nhận ra %1 qua tên phông chữ (độ tin cậy %2%).</translation>
    </message>
    <message>
        <source>Detected %1 (confidence %2%).</source>
        <translation>Nhận ra %1 (độ tin cậy %2%).</translation>
    </message>
    <message>
        <source>%1 is a web page: only its text is converted.</source>
        <translation>%1 là trang web: chỉ phần chữ được chuyển mã.</translation>
    </message>
    <message>
        <source>Open a file to convert</source>
        <translation>Mở tệp cần chuyển mã</translation>
    </message>
    <message>
        <source>Text files and web pages (*.txt *.htm *.html)</source>
        <translation>Tệp văn bản và trang web (*.txt *.htm *.html)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Save the converted text</source>
        <translation>Lưu văn bản đã chuyển mã</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Where this computer keeps the newsroom&apos;s articles and accounts.</source>
        <translation>Nơi máy này lưu tin bài và tài khoản của tòa soạn.</translation>
    </message>
    <message>
        <source>&amp;This computer only (SQLite)</source>
        <translation>&amp;Chỉ máy này (SQLite)</translation>
    </message>
    <message>
        <source>The &amp;office&apos;s server (PostgreSQL)</source>
        <translation>Máy chủ của cơ &amp;quan (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. db.toasoan.lan or 192.168.1.10</source>
        <translation>Ví dụ: db.toasoan.lan hoặc 192.168.1.10</translation>
    </message>
    <message>
        <source>Off (sslmode=disable)</source>
        <translation>Tắt (sslmode=disable)</translation>
    </message>
    <message>
        <source>On (sslmode=require)</source>
        <translation>Bật (sslmode=require)</translation>
    </message>
    <message>
        <source>On, with the server&apos;s certificate checked (sslmode=verify-full)</source>
        <translation>Bật, kiểm tra chứng chỉ của máy chủ (sslmode=verify-full)</translation>
    </message>
    <message>
        <source>Off: only on a network you trust. On: the connection is encrypted. With the certificate checked, ToaSoan also proves it reaches the office&apos;s server, with the office&apos;s CA file.</source>
        <translation>Tắt: chỉ dùng trong mạng tin cậy. Bật: kết nối được mã hóa. Khi kiểm tra chứng chỉ, Tòa soạn còn xác minh đúng là máy chủ của cơ quan, bằng tệp CA của cơ quan.</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate (.crt)</source>
        <translation>Chứng chỉ CA của cơ quan (.crt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file. Leave it empty to use the stored one, PGPASSWORD or ~/.pgpass.</source>
        <translation>Mật khẩu được giữ trong kho mật khẩu của hệ thống, không bao giờ ghi vào tệp cài đặt. Để trống để dùng mật khẩu đã lưu, PGPASSWORD hoặc ~/.pgpass.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (%1): the password is kept for this session only and asked again at the next start. It is never written to the settings file.</source>
        <translation>Máy tính này không có kho mật khẩu của hệ thống (%1): mật khẩu chỉ được giữ trong phiên làm việc này và sẽ được hỏi lại ở lần khởi động sau. Mật khẩu không bao giờ được ghi vào tệp cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Máy c&amp;hủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật khẩ&amp;u:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Mã hóa (TLS):</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Tệp CA:</translation>
    </message>
    <message>
        <source>Test the &amp;connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Connect to the server and look at the database, without changing anything</source>
        <translation>Kết nối tới máy chủ và xem cơ sở dữ liệu, không thay đổi gì</translation>
    </message>
    <message>
        <source>A new choice applies at the next start of ToaSoan (unless --database or TOASOAN_DB names another database).</source>
        <translation>Lựa chọn mới có hiệu lực từ lần khởi động Tòa soạn sau (trừ khi --database hoặc TOASOAN_DB chỉ định cơ sở dữ liệu khác).</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Dùng cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Cơ sở &amp;dữ liệu…</translation>
    </message>
    <message>
        <source>Where this computer keeps the newsroom: this computer only, or the office&apos;s server</source>
        <translation>Nơi máy này lưu dữ liệu của tòa soạn: chỉ máy này, hoặc máy chủ của cơ quan</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Đang mở: %1</translation>
    </message>
    <message>
        <source>Only an administrator can change the database.</source>
        <translation>Chỉ quản trị mới được đổi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s CA file: verify-full checks the server&apos;s certificate against it.</source>
        <translation>Chọn tệp CA của cơ quan: verify-full đối chiếu chứng chỉ của máy chủ với tệp này.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Không có tệp CA %1.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Đang kiểm tra kết nối tới %1…</translation>
    </message>
    <message>
        <source>The connection works. The database %1 is empty: ToaSoan creates its tables when it opens it and asks for the first administrator.</source>
        <translation>Kết nối được. Cơ sở dữ liệu %1 còn trống: Tòa soạn sẽ tạo các bảng khi mở và hỏi tài khoản quản trị đầu tiên.</translation>
    </message>
    <message>
        <source>The connection works. %1 is a ToaSoan database of an older version (schema %2): it is updated to schema %3 when this ToaSoan opens it.</source>
        <translation>Kết nối được. %1 là cơ sở dữ liệu Tòa soạn của phiên bản cũ hơn (lược đồ %2): sẽ được cập nhật lên lược đồ %3 khi phiên bản Tòa soạn này mở.</translation>
    </message>
    <message>
        <source>The connection works: %1 is a ToaSoan database.</source>
        <translation>Kết nối được: %1 là cơ sở dữ liệu của Tòa soạn.</translation>
    </message>
    <message>
        <source>A file on this computer: %1. Nobody at another computer sees its articles.</source>
        <translation>Một tệp trên máy này: %1. Người ở máy khác không thấy tin bài trong đó.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s CA certificate</source>
        <translation>Chọn chứng chỉ CA của cơ quan</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Chứng chỉ (*.crt *.pem);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Chưa lưu được mật khẩu: %1</translation>
    </message>
    <message>
        <source>The database chosen is used from the next start of ToaSoan.</source>
        <translation>Cơ sở dữ liệu vừa chọn được dùng từ lần khởi động Tòa soạn sau.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::DatabaseStart</name>
    <message>
        <source>Database password</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The password of the user %1 on %2:</source>
        <translation>Mật khẩu của người dùng %1 trên %2:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::EditorInfoBar</name>
    <message>
        <source>Editor message</source>
        <translation>Thông báo của trình soạn thảo</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FeaturedImageField</name>
    <message>
        <source>Featured image preview</source>
        <translation>Xem trước ảnh đại diện bài viết</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Chọn ảnh đại diện bài viết</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <source>Remove the featured image</source>
        <translation>Bỏ ảnh đại diện bài viết</translation>
    </message>
    <message>
        <source>Caption under the image</source>
        <translation>Chú thích dưới ảnh</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <source>Cannot use this image</source>
        <translation>Không dùng được ảnh này</translation>
    </message>
    <message>
        <source>The file is not an image ToaSoan can read.</source>
        <translation>Tệp không phải ảnh mà Tòa soạn đọc được.</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Không tìm thấy ảnh</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Không hiển thị được ảnh này</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FileDialogSlipQuestion</name>
    <message>
        <source>Save the approval slip</source>
        <translation>Lưu phiếu duyệt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Tìm và thay thế</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Chữ cần tìm</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Phân biệt &amp;hoa thường</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <source>Match &amp;diacritics (off: &quot;quan uy&quot; finds &quot;Quận ủy&quot;)</source>
        <translation>Phân biệt &amp;dấu (tắt: &quot;quan uy&quot; tìm thấy &quot;Quận ủy&quot;)</translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation>Phân biệt dấu</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Kết quả tìm</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Thay &amp;bằng:</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Tìm &amp;tiếp</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Tìm &amp;ngược lại</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Th&amp;ay</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Thay tất &amp;cả</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>Đã thay %n chỗ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FirstAdminDialog</name>
    <message>
        <source>Create the first administrator account</source>
        <translation>Tạo tài khoản quản trị đầu tiên</translation>
    </message>
    <message>
        <source>This workspace has no users yet. Create the administrator account: it can then add reporters, editors and approvers.</source>
        <translation>Cơ sở dữ liệu này chưa có người dùng nào. Hãy tạo tài khoản quản trị; sau đó tài khoản này có thể thêm phóng viên, biên tập viên và lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>ví dụ: quantri</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords do not match. Please type the password again.</source>
        <translation>Hai mật khẩu không khớp nhau. Vui lòng nhập lại mật khẩu.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FirstStartWizard</name>
    <message>
        <source>First-start setup</source>
        <translation>Thiết lập ban đầu</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Bỏ qua bước này</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>First-start &amp;setup…</source>
        <translation>&amp;Thiết lập ban đầu…</translation>
    </message>
    <message>
        <source>Office name, categories, review mode and the first users</source>
        <translation>Tên cơ quan, chuyên mục, cách duyệt bài và những người dùng đầu tiên</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Printed on the approval slip. You can change it later under File ▸ Settings.</source>
        <translation>In trên phiếu duyệt. Có thể đổi sau trong Tệp ▸ Cài đặt.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>e.g. Culture and Information Centre</source>
        <translation>Ví dụ: Trung tâm Văn hóa - Thông tin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>e.g. Nam Tu Liem</source>
        <translation>Ví dụ: Nam Từ Liêm</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Tên &amp;cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>The place opens the slip&apos;s date line: &quot;Nam Từ Liêm, ngày 9 tháng 11 năm 2022&quot;.</source>
        <translation>Địa danh đứng đầu dòng ngày tháng của phiếu: &quot;Nam Từ Liêm, ngày 9 tháng 11 năm 2022&quot;.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>The sections of the website. The usual ones of a district news site are ticked: untick those you do not need, double-click a name to change it, add your own.</source>
        <translation>Các chuyên mục của trang tin. Những chuyên mục thường có của trang tin quận, huyện đã được đánh dấu: bỏ dấu những mục không cần, nhấp đúp vào tên để sửa, thêm mục của riêng cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>Thê&amp;m chuyên mục</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt bài</translation>
    </message>
    <message>
        <source>&amp;One step: reporter → approver</source>
        <translation>Duyệt &amp;một bước: phóng viên → lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>&amp;Two steps: reporter → editor → approver</source>
        <translation>Duyệt h&amp;ai bước: phóng viên → biên tập viên → lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>A submitted article goes straight to the leaders for approval: for a small office without editors.</source>
        <translation>Bài gửi duyệt đến thẳng lãnh đạo duyệt: hợp với cơ quan nhỏ, không có biên tập viên.</translation>
    </message>
    <message>
        <source>An editor reviews and edits the article first, then forwards it to the leaders for approval.</source>
        <translation>Biên tập viên đọc và biên tập bài trước, rồi chuyển lên lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>The first users</source>
        <translation>Những người dùng đầu tiên</translation>
    </message>
    <message>
        <source>One line per person; empty lines are ignored. You can add more later under File ▸ Manage users.</source>
        <translation>Mỗi người một dòng; dòng trống được bỏ qua. Có thể thêm người sau trong Tệp ▸ Quản lý người dùng.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mật khẩu ban đầu</translation>
    </message>
    <message>
        <source>Add a &amp;line</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s). Give each person theirs in person.</source>
        <translation>
            <numerusform>Mật khẩu có ít nhất %n ký tự. Hãy trực tiếp báo mật khẩu cho từng người.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the workspace</source>
        <translation>Đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>Who reads an article before it may be published. You can change it later under File ▸ First-start setup.</source>
        <translation>Ai đọc bài trước khi bài được đăng. Có thể đổi sau trong Tệp ▸ Thiết lập ban đầu.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::GuiApp</name>
    <message>
        <source>Database file: %1</source>
        <translation>Tệp cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>ToaSoan</source>
        <translation>Tòa soạn</translation>
    </message>
    <message>
        <source>Open the workspace database at &lt;path&gt;.</source>
        <translation>Mở cơ sở dữ liệu của tòa soạn tại &lt;đường-dẫn&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường-dẫn</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo users and articles.</source>
        <translation>Tạo người dùng và bài viết mẫu khi cơ sở dữ liệu còn trống.</translation>
    </message>
    <message>
        <source>Cannot start ToaSoan</source>
        <translation>Không khởi động được Tòa soạn</translation>
    </message>
    <message>
        <source>Try: toasoan --help</source>
        <translation>Xem hướng dẫn: toasoan --help</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Không tạo được dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ImageDialog</name>
    <message>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Mô tả ảnh</translation>
    </message>
    <message>
        <source>What the image shows, e.g. Delegates cut the ribbon at the new bridge</source>
        <translation>Ảnh thể hiện gì, ví dụ: Các đại biểu cắt băng khánh thành cầu mới</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <source>Shown under the image</source>
        <translation>Hiện dưới ảnh</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Description (alt text):</source>
        <translation>&amp;Mô tả (văn bản thay thế):</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Chú thích:</translation>
    </message>
    <message>
        <source>Without a description, readers who cannot see the image (screen readers, images that do not load) learn nothing from it.</source>
        <translation>Không có mô tả, người đọc không xem được ảnh (dùng trình đọc màn hình, hoặc ảnh không tải được) sẽ không biết ảnh nói gì.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::InboxBar</name>
    <message>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <source>My work:</source>
        <translation>Việc của tôi:</translation>
    </message>
    <message>
        <source>Cannot count the work waiting for you</source>
        <translation>Không đếm được việc đang chờ bạn</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>Cần biên tập (%1)</translation>
    </message>
    <message>
        <source>Submitted articles waiting for an editor</source>
        <translation>Bài đã gửi, đang chờ biên tập viên</translation>
    </message>
    <message>
        <source>To approve (%1)</source>
        <translation>Cần duyệt (%1)</translation>
    </message>
    <message>
        <source>Articles waiting for your approval</source>
        <translation>Bài đang chờ bạn duyệt</translation>
    </message>
    <message>
        <source>Returned to me (%1)</source>
        <translation>Bị trả lại (%1)</translation>
    </message>
    <message>
        <source>Your articles sent back to you, with the reason</source>
        <translation>Bài của bạn bị trả lại, kèm lý do</translation>
    </message>
    <message>
        <source>Texts you wrote offline while the article changed on the server: compare and merge</source>
        <translation>Nội dung bạn viết khi ngoại tuyến trong lúc bài đã thay đổi trên máy chủ: so sánh và gộp</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Địa chỉ web</translation>
    </message>
    <message>
        <source>Text to show</source>
        <translation>Chữ hiển thị</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Lỗi ở địa chỉ</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Địa chỉ:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Chữ hiển thị:</translation>
    </message>
    <message>
        <source>Apply link</source>
        <translation>Gắn liên kết</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail addresses can be linked.</source>
        <translation>Chỉ gắn được liên kết tới địa chỉ web (http, https) và thư điện tử.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&lt;b&gt;ToaSoan&lt;/b&gt;&lt;br&gt;Log in to continue.</source>
        <translation>&lt;b&gt;Tòa soạn&lt;/b&gt;&lt;br&gt;Đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Please enter your login and password.</source>
        <translation>Vui lòng nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Bây giờ bạn có thể thử lại.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MainWindow</name>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Người dùng đang đăng nhập</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>Tạo &amp;bài mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About ToaSoan</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>About ToaSoan</source>
        <translation>Giới thiệu Tòa soạn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Choose an article in the list, or start a new one with Ctrl+N.</source>
        <translation>Chọn một bài trong danh sách, hoặc tạo bài mới bằng Ctrl+N.</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Thông tin bài viết</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to submit: headline, sapo, body and category are filled in.</source>
        <translation>Sẵn sàng gửi duyệt: đã có tiêu đề, sapo, nội dung và chuyên mục.</translation>
    </message>
    <message>
        <source>Some fields need attention before submitting; see the messages.</source>
        <translation>Một số mục cần xem lại trước khi gửi duyệt; hãy xem các thông báo.</translation>
    </message>
    <message>
        <source>Cannot read the autosaved changes</source>
        <translation>Không đọc được các thay đổi đã tự động lưu</translation>
    </message>
    <message>
        <source>Cannot discard the recovered changes</source>
        <translation>Không bỏ được các thay đổi đã khôi phục</translation>
    </message>
    <message>
        <source>Publishing queue: unknown</source>
        <translation>Hàng chờ đăng: không rõ</translation>
    </message>
    <message>
        <source>Publishing queue: empty</source>
        <translation>Hàng chờ đăng: trống</translation>
    </message>
    <message>
        <source>Publishing queue: %1</source>
        <translation>Hàng chờ đăng: %1</translation>
    </message>
    <message>
        <source>Articles waiting to be published on the websites</source>
        <translation>Các bài đang chờ đăng lên trang web</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Số từ</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Tình trạng lưu</translation>
    </message>
    <message>
        <source>Publishing queue</source>
        <translation>Hàng chờ đăng</translation>
    </message>
    <message>
        <source>Start a new article in a new tab</source>
        <translation>Bắt đầu bài mới trong tab mới</translation>
    </message>
    <message>
        <source>Save a revision of the article</source>
        <translation>Lưu một phiên bản của bài viết</translation>
    </message>
    <message>
        <source>&amp;Close article</source>
        <translation>Đó&amp;ng bài</translation>
    </message>
    <message>
        <source>Close the article&apos;s tab</source>
        <translation>Đóng tab của bài viết</translation>
    </message>
    <message>
        <source>Close ToaSoan</source>
        <translation>Đóng Tòa soạn</translation>
    </message>
    <message>
        <source>Search &amp;articles…</source>
        <translation>Tìm &amp;bài viết…</translation>
    </message>
    <message>
        <source>Search the article list</source>
        <translation>Tìm trong danh sách bài viết</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>&amp;Tải lại danh sách</translation>
    </message>
    <message>
        <source>Read the article list again</source>
        <translation>Đọc lại danh sách bài viết</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Show the article as the website will</source>
        <translation>Hiện bài như trên trang web</translation>
    </message>
    <message>
        <source>Ne&amp;xt article</source>
        <translation>Bài &amp;kế tiếp</translation>
    </message>
    <message>
        <source>Show the next open article</source>
        <translation>Hiện bài đang mở kế tiếp</translation>
    </message>
    <message>
        <source>Pre&amp;vious article</source>
        <translation>Bài &amp;trước</translation>
    </message>
    <message>
        <source>Show the previous open article</source>
        <translation>Hiện bài đang mở trước đó</translation>
    </message>
    <message>
        <source>Article &amp;list</source>
        <translation>&amp;Danh sách bài</translation>
    </message>
    <message>
        <source>Show or hide the article list</source>
        <translation>Hiện hoặc ẩn danh sách bài viết</translation>
    </message>
    <message>
        <source>Article &amp;details</source>
        <translation>Thông tin &amp;bài</translation>
    </message>
    <message>
        <source>Show or hide the article details</source>
        <translation>Hiện hoặc ẩn thông tin bài viết</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Đến danh sách</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article list</source>
        <translation>Chuyển con trỏ bàn phím tới danh sách bài viết</translation>
    </message>
    <message>
        <source>Go to the body</source>
        <translation>Đến nội dung</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article body</source>
        <translation>Chuyển con trỏ bàn phím tới nội dung bài viết</translation>
    </message>
    <message>
        <source>Go to the details</source>
        <translation>Đến thông tin bài</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article details</source>
        <translation>Chuyển con trỏ bàn phím tới thông tin bài viết</translation>
    </message>
    <message>
        <source>C&amp;heck before submitting</source>
        <translation>&amp;Kiểm tra trước khi gửi duyệt</translation>
    </message>
    <message>
        <source>Show what is missing before the article can be submitted</source>
        <translation>Hiện những gì còn thiếu trước khi bài có thể gửi duyệt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Liệt kê mọi phím tắt</translation>
    </message>
    <message>
        <source>Version and workspace</source>
        <translation>Phiên bản và cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Thu phóng</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Spell check on: doubtful words are underlined in red and the check before submitting (F7) lists them.</source>
        <translation>Đã bật kiểm tra chính tả: từ nghi sai được gạch đỏ và mục “Kiểm tra trước khi gửi duyệt” (F7) sẽ liệt kê chúng.</translation>
    </message>
    <message>
        <source>Spell check off: words are not underlined and the check before submitting (F7) does not check spelling.</source>
        <translation>Đã tắt kiểm tra chính tả: không gạch chân từ nghi sai và mục “Kiểm tra trước khi gửi duyệt” (F7) không xét chính tả.</translation>
    </message>
    <message>
        <source>Headline, sapo, body and category are filled in, but check the spelling: %1</source>
        <translation>Đã có tiêu đề, sapo, nội dung và chuyên mục, nhưng cần xem lại chính tả: %1</translation>
    </message>
    <message>
        <source>Headline, sapo, body and category are filled in. Spelling was not checked: spell check is off (Edit menu).</source>
        <translation>Đã có tiêu đề, sapo, nội dung và chuyên mục. Chưa kiểm tra chính tả: chức năng kiểm tra chính tả đang tắt (menu Sửa).</translation>
    </message>
    <message>
        <source>Headline, sapo, body and category are filled in. Spelling was not checked: no Vietnamese dictionary.</source>
        <translation>Đã có tiêu đề, sapo, nội dung và chuyên mục. Chưa kiểm tra chính tả: không có từ điển tiếng Việt.</translation>
    </message>
    <message>
        <source>Headline, sapo, body and category are filled in. The spell check is still running: press F7 again in a moment.</source>
        <translation>Đã có tiêu đề, sapo, nội dung và chuyên mục. Việc kiểm tra chính tả chưa xong: lát nữa hãy bấm F7 lần nữa.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Language, autosave, and the office&apos;s name and house style</source>
        <translation>Ngôn ngữ, tự động lưu, tên cơ quan và quy ước đặt dấu thanh</translation>
    </message>
    <message>
        <source>&amp;Convert legacy encoding…</source>
        <translation>Chuyển &amp;mã…</translation>
    </message>
    <message>
        <source>Convert text or a file typed in TCVN3, VNI or VIQR to Unicode</source>
        <translation>Chuyển văn bản hoặc tệp gõ bằng TCVN3, VNI hay VIQR sang Unicode</translation>
    </message>
    <message>
        <source>&amp;Normalize tone marks…</source>
        <translation>&amp;Chuẩn hóa dấu thanh…</translation>
    </message>
    <message>
        <source>Put the tone marks of the selection or the article in the house style</source>
        <translation>Đặt dấu thanh của đoạn đang chọn hoặc cả bài theo quy ước của cơ quan</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>Settings saved. The new language is used after ToaSoan restarts.</source>
        <translation>Đã lưu cài đặt. Ngôn ngữ mới được dùng sau khi khởi động lại Tòa soạn.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Về &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit ToaSoan is built with</source>
        <translation>Bộ công cụ Qt mà Tòa soạn được xây dựng trên đó</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ToaSoan %1&lt;/h3&gt;&lt;p&gt;Drafting, review and publishing for a district press office.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (The Qt Company Ltd and other contributors).&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tòa soạn %1&lt;/h3&gt;&lt;p&gt;Soạn thảo, biên tập, duyệt và đăng tin bài cho tòa soạn cấp quận, huyện.&lt;/p&gt;&lt;p&gt;Xây dựng trên Qt %2 (The Qt Company Ltd và những người đóng góp khác).&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Close your articles and let someone else log in on this computer</source>
        <translation>Đóng các bài của bạn để người khác đăng nhập trên máy này</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <source>The connection to the database server is back.</source>
        <translation>Đã kết nối lại với máy chủ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Báo cá&amp;o</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxConfirmQuestion</name>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxNotifier</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục soạn</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxRestoreQuestion</name>
    <message>
        <source>Restore revision %1</source>
        <translation>Khôi phục phiên bản %1</translation>
    </message>
    <message>
        <source>Restore revision %1 of “%2”? Its text and details become a new revision; every revision stays in the history, so this can be undone by restoring another one.</source>
        <translation>Khôi phục phiên bản %1 của bài “%2”? Nội dung và thông tin của phiên bản đó được lưu thành một phiên bản mới; mọi phiên bản vẫn còn trong lịch sử, nên có thể quay lại bằng cách khôi phục một phiên bản khác.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxSaveQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>“%1” có thay đổi chưa lưu. Lưu lại trước khi đóng?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxStepQuestion</name>
    <message>
        <source>Do not ask again</source>
        <translation>Không hỏi lại</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MetadataPanel</name>
    <message>
        <source>Article details</source>
        <translation>Thông tin bài viết</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>Tiê&amp;u đề</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>The lead readers see under the headline, in bold.</source>
        <translation>Đoạn dẫn người đọc thấy ngay dưới tiêu đề, in đậm.</translation>
    </message>
    <message>
        <source>&amp;Sapo</source>
        <translation>Sa&amp;po</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>— Choose a category —</source>
        <translation>— Chọn chuyên mục —</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Chuyên &amp;mục</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>T&amp;hẻ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Pen name shown under the article</source>
        <translation>Bút danh hiện dưới bài viết</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>Bút d&amp;anh</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Bút danh</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Nguồn tin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>e.g. NTL</source>
        <translation>ví dụ: NTL</translation>
    </message>
    <message>
        <source>Opens the body in brackets, e.g. “(NTL)”.</source>
        <translation>Đặt trong ngoặc ở đầu nội dung, ví dụ “(NTL)”.</translation>
    </message>
    <message>
        <source>&amp;Dateline prefix</source>
        <translation>&amp;Ký hiệu đầu bài</translation>
    </message>
    <message>
        <source>Dateline prefix</source>
        <translation>Ký hiệu đầu bài</translation>
    </message>
    <message>
        <source>Featured &amp;image</source>
        <translation>&amp;Ảnh đại diện bài viết</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Ảnh đại diện bài viết</translation>
    </message>
    <message>
        <source>Sche&amp;duled publication</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Scheduled publication</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>For the newsroom only; never published.</source>
        <translation>Chỉ dành cho tòa soạn; không bao giờ được đăng.</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <source>Cannot read the categories</source>
        <translation>Không đọc được danh sách chuyên mục</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1/%2 ký tự</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), %1 characters</source>
        <translation>
            <numerusform>%n từ, %1 ký tự</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::OutboxModel</name>
    <message>
        <source>As soon as possible</source>
        <translation>Ngay khi có thể</translation>
    </message>
    <message>
        <source>Queued %1, last change %2</source>
        <translation>Vào hàng chờ lúc %1, thay đổi gần nhất lúc %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Tin bài</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Lần thử tới</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::OutboxView</name>
    <message>
        <source>Publishing queue</source>
        <translation>Hàng chờ đăng</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Đăng &amp;ngay</translation>
    </message>
    <message>
        <source>Send the selected job now instead of waiting</source>
        <translation>Gửi ngay việc đang chọn, không chờ nữa</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Thử &amp;lại</translation>
    </message>
    <message>
        <source>Try the failed job again from the start</source>
        <translation>Thử lại việc bị lỗi từ đầu</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Stop the selected job; the article is not sent</source>
        <translation>Dừng việc đang chọn; bài sẽ không được gửi</translation>
    </message>
    <message>
        <source>Publish as a ne&amp;w post</source>
        <translation>Đăng lại thành bài &amp;mới</translation>
    </message>
    <message>
        <source>The post was deleted on the website: publish the article there again as a new post</source>
        <translation>Bài đã bị xóa trên website: đăng lại bài lên đó thành một bài mới</translation>
    </message>
    <message>
        <source>Cannot read the publishing queue</source>
        <translation>Không đọc được hàng chờ đăng</translation>
    </message>
    <message>
        <source>On the website: %1</source>
        <translation>Trên website: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <source>Offline: the queue is paused and is tried again now and then; it resumes by itself when the network is back.</source>
        <translation>Ngoại tuyến: hàng chờ tạm dừng và thỉnh thoảng thử lại; khi có mạng trở lại, việc gửi tự tiếp tục.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n article(s).</source>
        <translation>
            <numerusform>Đang gửi %n bài.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n việc đang chờ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need your attention.</source>
        <translation>
            <numerusform>%n việc cần bạn xử lý.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been queued for publishing yet.</source>
        <translation>Chưa có bài nào trong hàng chờ đăng.</translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation>Mọi việc trong hàng chờ đã được gửi.</translation>
    </message>
    <message>
        <source>Cannot send the job now</source>
        <translation>Không gửi ngay được</translation>
    </message>
    <message>
        <source>Cannot retry the job</source>
        <translation>Không thử lại được</translation>
    </message>
    <message>
        <source>Cannot publish the article again</source>
        <translation>Không đăng lại được bài</translation>
    </message>
    <message>
        <source>Stop sending &quot;%1&quot; to %2? The request in progress is interrupted; what the website already received stays there.</source>
        <translation>Dừng gửi &quot;%1&quot; lên %2? Yêu cầu đang chạy sẽ bị ngắt; những gì website đã nhận vẫn còn trên đó.</translation>
    </message>
    <message>
        <source>Cancel this job (%1 &quot;%2&quot; on %3)? It stays in the list as cancelled.</source>
        <translation>Hủy việc này (%1 &quot;%2&quot; trên %3)? Việc vẫn nằm trong danh sách với trạng thái đã hủy.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Hủy việc</translation>
    </message>
    <message>
        <source>Cannot cancel the job</source>
        <translation>Không hủy được việc</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>The article as the website will show it</source>
        <translation>Bài viết như sẽ hiện trên trang web</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Không tìm thấy ảnh</translation>
    </message>
    <message>
        <source>Web image: %1</source>
        <translation>Ảnh trên mạng: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PublishActions</name>
    <message>
        <source>&amp;Publish on the websites…</source>
        <translation>Đăng &amp;bài lên website…</translation>
    </message>
    <message>
        <source>Queue the approved article for publishing on the chosen websites</source>
        <translation>Đưa bài đã duyệt vào hàng chờ đăng lên các website đã chọn</translation>
    </message>
    <message>
        <source>&amp;Take off the websites…</source>
        <translation>&amp;Gỡ bài khỏi website…</translation>
    </message>
    <message>
        <source>Take the published article off the chosen websites</source>
        <translation>Gỡ bài đã đăng khỏi các website đã chọn</translation>
    </message>
    <message>
        <source>&amp;Website connections…</source>
        <translation>&amp;Kết nối website…</translation>
    </message>
    <message>
        <source>Add, change or test the websites articles are published on</source>
        <translation>Thêm, sửa hoặc kiểm tra các website dùng để đăng bài</translation>
    </message>
    <message>
        <source>&amp;Categories on the websites…</source>
        <translation>&amp;Chuyên mục trên website…</translation>
    </message>
    <message>
        <source>Choose the website&apos;s category for each category of the office</source>
        <translation>Chọn chuyên mục trên website cho từng chuyên mục của tòa soạn</translation>
    </message>
    <message>
        <source>Publishing queue</source>
        <translation>Hàng chờ đăng</translation>
    </message>
    <message>
        <source>Publishing &amp;queue</source>
        <translation>&amp;Hàng chờ đăng</translation>
    </message>
    <message>
        <source>Show the articles waiting to be published and what happened to them</source>
        <translation>Xem các bài đang chờ đăng và kết quả gửi</translation>
    </message>
    <message>
        <source>P&amp;ublishing</source>
        <translation>X&amp;uất bản</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PublishDialog</name>
    <message>
        <source>Publish on the websites</source>
        <translation>Đăng bài lên website</translation>
    </message>
    <message>
        <source>Take off the websites</source>
        <translation>Gỡ bài khỏi website</translation>
    </message>
    <message>
        <source>Publish &quot;%1&quot; on:</source>
        <translation>Đăng &quot;%1&quot; lên:</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; off:</source>
        <translation>Gỡ &quot;%1&quot; khỏi:</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Các website</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Đăn&amp;g bài</translation>
    </message>
    <message>
        <source>&amp;Take off</source>
        <translation>&amp;Gỡ bài</translation>
    </message>
    <message>
        <source>%1 (already there: it is updated)</source>
        <translation>%1 (đã đăng: bài sẽ được cập nhật)</translation>
    </message>
    <message>
        <source>There is no website connection yet. An administrator adds one under Publishing › Website connections.</source>
        <translation>Chưa có kết nối website nào. Quản trị viên thêm trong Xuất bản › Kết nối website.</translation>
    </message>
    <message>
        <source>The article is not on any website.</source>
        <translation>Bài chưa được đăng lên website nào.</translation>
    </message>
    <message>
        <source>The article is scheduled for %1: the website publishes it at that time.</source>
        <translation>Bài được hẹn giờ đăng lúc %1: website sẽ đăng bài vào giờ đó.</translation>
    </message>
    <message>
        <source>The article has changes that are not saved: the last saved version is sent. Save first to send them too.</source>
        <translation>Bài có thay đổi chưa lưu: bản được gửi là bản đã lưu gần nhất. Hãy lưu trước nếu muốn gửi cả các thay đổi này.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have no description (alt text): readers who cannot see them learn nothing from them. Add it in the editor with Image description (Ctrl+Alt+D), or the featured image&apos;s caption.</source>
        <translation>
            <numerusform>%n ảnh chưa có mô tả (văn bản thay thế): người đọc không xem được ảnh sẽ không biết ảnh nói gì. Hãy thêm trong trình soạn thảo bằng Mô tả ảnh (Ctrl+Alt+D), hoặc chú thích của ảnh đại diện bài viết.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::Publishing</name>
    <message>
        <source>Publishing has not started.</source>
        <translation>Việc đăng bài chưa được khởi động.</translation>
    </message>
    <message>
        <source>Publishing is stopped.</source>
        <translation>Việc đăng bài đã dừng.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ReasonDialog</name>
    <message>
        <source>Return to the author</source>
        <translation>Trả lại tác giả</translation>
    </message>
    <message>
        <source>What should the author change in “%1”? They will see your reason.</source>
        <translation>Tác giả cần sửa gì trong bài “%1”? Tác giả sẽ thấy lý do bạn ghi.</translation>
    </message>
    <message>
        <source>For example: the sapo is too long, and the quote in paragraph 2 needs its source.</source>
        <translation>Ví dụ: sapo quá dài, câu trích dẫn ở đoạn 2 cần ghi nguồn.</translation>
    </message>
    <message>
        <source>Reject the article</source>
        <translation>Từ chối bài viết</translation>
    </message>
    <message>
        <source>Why is “%1” rejected? The author will see your reason (optional).</source>
        <translation>Vì sao từ chối bài “%1”? Tác giả sẽ thấy lý do bạn ghi (không bắt buộc).</translation>
    </message>
    <message>
        <source>For example: the event was cancelled.</source>
        <translation>Ví dụ: sự kiện đã bị hủy.</translation>
    </message>
    <message>
        <source>Take the article off the websites</source>
        <translation>Gỡ bài khỏi trang web</translation>
    </message>
    <message>
        <source>Why is “%1” taken off the websites? (optional)</source>
        <translation>Vì sao gỡ bài “%1” khỏi trang web? (không bắt buộc)</translation>
    </message>
    <message>
        <source>For example: a figure in the article was wrong.</source>
        <translation>Ví dụ: một số liệu trong bài bị sai.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Khôi phục thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>ToaSoan was not closed properly last time. These articles have changes that were kept by autosave but not saved. Restore each one to keep working on it, or skip it to keep the saved version.</source>
        <translation>Lần trước Tòa soạn không được đóng đúng cách. Các bài dưới đây có thay đổi được tự động lưu giữ nhưng chưa được lưu. Hãy khôi phục từng bài để làm tiếp, hoặc bỏ qua để giữ phiên bản đã lưu.</translation>
    </message>
    <message>
        <source>Articles with recovered changes</source>
        <translation>Các bài có thay đổi được khôi phục</translation>
    </message>
    <message>
        <source>What differs from the saved version</source>
        <translation>Điểm khác so với phiên bản đã lưu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Restore the recovered changes of this article</source>
        <translation>Khôi phục các thay đổi của bài này</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>Skip: keep the saved version and discard the recovered changes</source>
        <translation>Bỏ qua: giữ phiên bản đã lưu và bỏ các thay đổi được khôi phục</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Để sau</translation>
    </message>
    <message>
        <source>Close and ask again at the next start</source>
        <translation>Đóng lại và hỏi lại ở lần khởi động sau</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>kept at %1</source>
        <translation>lưu giữ lúc %1</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source>Careful: the article was saved again (version %1) after this copy was kept. Restoring replaces that version&apos;s text with the copy&apos;s when you save.</source>
        <translation>Lưu ý: bài đã được lưu lại (phiên bản %1) sau khi bản này được giữ. Nếu khôi phục, khi lưu nội dung của phiên bản đó sẽ bị thay bằng nội dung của bản này.</translation>
    </message>
    <message>
        <source>Kept by autosave at %1; last saved version: %2.</source>
        <translation>Được tự động lưu giữ lúc %1; phiên bản đã lưu gần nhất: %2.</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Thông tin đã thay đổi</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Only the formatting differs from the saved version.</source>
        <translation>Chỉ khác phiên bản đã lưu ở phần định dạng.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RevisionComparisonView</name>
    <message>
        <source>Comparison of the two revisions</source>
        <translation>So sánh hai phiên bản</translation>
    </message>
    <message>
        <source>Revision %1, saved by %2 on %3</source>
        <translation>Phiên bản %1, do %2 lưu lúc %3</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>So sánh phiên bản %1 với phiên bản %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Từ: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Đến: %1</translation>
    </message>
    <message>
        <source>Marks: %1, %2.</source>
        <translation>Chú thích: %1, %2.</translation>
    </message>
    <message>
        <source>added words</source>
        <translation>chữ được thêm</translation>
    </message>
    <message>
        <source>removed words</source>
        <translation>chữ bị xóa</translation>
    </message>
    <message>
        <source>The two revisions have the same text and details.</source>
        <translation>Hai phiên bản có nội dung và thông tin giống nhau.</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Thông tin đã thay đổi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>The body did not change.</source>
        <translation>Nội dung không thay đổi.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RevisionHistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <source>Saved revisions, newest first</source>
        <translation>Các phiên bản đã lưu, mới nhất ở trên</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Người lưu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Select two revisions to compare them (Ctrl+click), or one to see what it changed.</source>
        <translation>Chọn hai phiên bản để so sánh (Ctrl+nhấp chuột), hoặc một phiên bản để xem nó đã thay đổi những gì.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <source>Compare the selected revisions</source>
        <translation>So sánh các phiên bản đã chọn</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>Restore the selected revision as a new revision</source>
        <translation>Khôi phục phiên bản đã chọn thành một phiên bản mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Select two revisions and press “Compare” to see what changed between them.</source>
        <translation>Chọn hai phiên bản rồi bấm “So sánh” để xem chúng khác nhau những gì.</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>không rõ người dùng</translation>
    </message>
    <message>
        <source>Cannot read the revision history</source>
        <translation>Không đọc được lịch sử phiên bản</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Revisions of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Các phiên bản của bài &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revision history: %1</source>
        <translation>Lịch sử phiên bản: %1</translation>
    </message>
    <message>
        <source>Copy the selected revision&apos;s text and details into a new revision</source>
        <translation>Chép nội dung và thông tin của phiên bản đã chọn thành một phiên bản mới</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (hiện tại)</translation>
    </message>
    <message>
        <source>Cannot compare the revisions</source>
        <translation>Không so sánh được các phiên bản</translation>
    </message>
    <message>
        <source>Cannot restore the revision</source>
        <translation>Không khôi phục được phiên bản</translation>
    </message>
    <message>
        <source>The article has changes that are not saved. Save them or close its tab first, so they are not lost.</source>
        <translation>Bài viết đang có thay đổi chưa lưu. Hãy lưu hoặc đóng thẻ của bài trước, để các thay đổi đó không bị mất.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RichTextEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Chữ đậ&amp;m</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Chữ đậm</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>Chữ ng&amp;hiêng</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Chữ nghiêng</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Gạch chân</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <source>&amp;Normal paragraph</source>
        <translation>Đoạn &amp;thường</translation>
    </message>
    <message>
        <source>Make the paragraph normal text</source>
        <translation>Chuyển đoạn thành văn bản thường</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Tiêu đề mục &amp;1</translation>
    </message>
    <message>
        <source>Make the paragraph a heading</source>
        <translation>Chuyển đoạn thành tiêu đề mục</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Tiêu đề mục &amp;2</translation>
    </message>
    <message>
        <source>Make the paragraph a subheading</source>
        <translation>Chuyển đoạn thành tiêu đề mục con</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>Danh sách &amp;gạch đầu dòng</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <source>N&amp;umbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <source>Block &amp;quote</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <source>Set the paragraph apart as a quotation</source>
        <translation>Tách đoạn thành phần trích dẫn</translation>
    </message>
    <message>
        <source>&amp;Link...</source>
        <translation>&amp;Liên kết...</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>Chèn hoặc sửa liên kết</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <source>Remove the link, keep the text</source>
        <translation>Bỏ liên kết, giữ lại chữ</translation>
    </message>
    <message>
        <source>&amp;Image...</source>
        <translation>&amp;Ảnh...</translation>
    </message>
    <message>
        <source>Insert an image from a file</source>
        <translation>Chèn ảnh từ tệp</translation>
    </message>
    <message>
        <source>Image &amp;caption</source>
        <translation>&amp;Chú thích ảnh</translation>
    </message>
    <message>
        <source>Write the caption under the image</source>
        <translation>Viết chú thích dưới ảnh</translation>
    </message>
    <message>
        <source>Image &amp;left</source>
        <translation>Ảnh bên t&amp;rái</translation>
    </message>
    <message>
        <source>Place the image at the left</source>
        <translation>Đặt ảnh bên trái</translation>
    </message>
    <message>
        <source>Image &amp;centred</source>
        <translation>Ảnh ở &amp;giữa</translation>
    </message>
    <message>
        <source>Centre the image</source>
        <translation>Đặt ảnh ở giữa</translation>
    </message>
    <message>
        <source>Image &amp;right</source>
        <translation>Ảnh bên &amp;phải</translation>
    </message>
    <message>
        <source>Place the image at the right</source>
        <translation>Đặt ảnh bên phải</translation>
    </message>
    <message>
        <source>&amp;Table...</source>
        <translation>&amp;Bảng...</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Thêm &amp;hàng</translation>
    </message>
    <message>
        <source>Add a row below this one</source>
        <translation>Thêm một hàng dưới hàng này</translation>
    </message>
    <message>
        <source>Add co&amp;lumn</source>
        <translation>Thêm &amp;cột</translation>
    </message>
    <message>
        <source>Add a column right of this one</source>
        <translation>Thêm một cột bên phải cột này</translation>
    </message>
    <message>
        <source>Remove r&amp;ow</source>
        <translation>Xóa h&amp;àng</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Xóa hàng này</translation>
    </message>
    <message>
        <source>Remove colu&amp;mn</source>
        <translation>Xóa c&amp;ột</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Xóa cột này</translation>
    </message>
    <message>
        <source>Clear &amp;formatting</source>
        <translation>Xóa đị&amp;nh dạng</translation>
    </message>
    <message>
        <source>Remove bold, italic and underline from the selection</source>
        <translation>Bỏ chữ đậm, nghiêng và gạch chân ở phần đã chọn</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Tìm...</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Tìm trong bài viết</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Tìm và th&amp;ay...</translation>
    </message>
    <message>
        <source>Find and replace in the article</source>
        <translation>Tìm và thay thế trong bài viết</translation>
    </message>
    <message>
        <source>Paste as &amp;plain text</source>
        <translation>Dán dạng văn bản t&amp;huần</translation>
    </message>
    <message>
        <source>Paste without any formatting</source>
        <translation>Dán không kèm định dạng</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Cỡ thật</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Chữ ở cỡ bình thường</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>The image %1 could not be read: %2</source>
        <translation>Không đọc được ảnh %1: %2</translation>
    </message>
    <message>
        <source>Images cannot be inserted here: there is no workspace to keep them in.</source>
        <translation>Không chèn được ảnh ở đây: không có cơ sở dữ liệu để lưu ảnh.</translation>
    </message>
    <message>
        <source>%1 is not an image the site can show.</source>
        <translation>%1 không phải ảnh mà trang web hiển thị được.</translation>
    </message>
    <message>
        <source>pasted-image.png</source>
        <translation>anh-dan.png</translation>
    </message>
    <message>
        <source>The pasted text looks typed in %1, an old Vietnamese encoding. Convert it to Unicode?</source>
        <translation>Đoạn vừa dán có vẻ được gõ bằng %1, một bảng mã tiếng Việt cũ. Chuyển sang Unicode?</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>&amp;Chuyển sang Unicode</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Giữ nguyên</translation>
    </message>
    <message>
        <source>Article body</source>
        <translation>Nội dung bài viết</translation>
    </message>
    <message>
        <source>The text of the article, with formatting</source>
        <translation>Nội dung bài viết, kèm định dạng</translation>
    </message>
    <message>
        <source>Image %1 is missing</source>
        <translation>Thiếu ảnh %1</translation>
    </message>
    <message>
        <source>Web image: %1</source>
        <translation>Ảnh trên mạng: %1</translation>
    </message>
    <message>
        <source>&amp;Spell check</source>
        <translation>&amp;Kiểm tra chính tả</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Gạch chân những từ viết sai chính tả</translation>
    </message>
    <message>
        <source>Spell checking is not available in this editor</source>
        <translation>Ô soạn thảo này không có kiểm tra chính tả</translation>
    </message>
    <message>
        <source>Spell checking needs the Vietnamese dictionary: install the hunspell-vi package and restart ToaSoan</source>
        <translation>Kiểm tra chính tả cần từ điển tiếng Việt: hãy cài gói hunspell-vi rồi khởi động lại Tòa soạn</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Đang tìm gợi ý…</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Thêm vào từ điển</translation>
    </message>
    <message>
        <source>Accept this word in every article of the office</source>
        <translation>Coi từ này là đúng trong mọi bài viết của cơ quan</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Accept this word until ToaSoan is closed</source>
        <translation>Coi từ này là đúng cho đến khi đóng Tòa soạn</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Không có gợi ý</translation>
    </message>
    <message>
        <source>Image &amp;description...</source>
        <translation>&amp;Mô tả ảnh...</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it (alt text), and its caption</source>
        <translation>Mô tả ảnh cho người đọc không xem được ảnh (văn bản thay thế) và chú thích ảnh</translation>
    </message>
    <message>
        <source>Increase list le&amp;vel</source>
        <translation>Tăng mức &amp;danh sách</translation>
    </message>
    <message>
        <source>Make the list item a sub-item of the one before it (also Tab)</source>
        <translation>Biến mục danh sách thành mục con của mục phía trên (hoặc nhấn Tab)</translation>
    </message>
    <message>
        <source>Decre&amp;ase list level</source>
        <translation>G&amp;iảm mức danh sách</translation>
    </message>
    <message>
        <source>Move the list item up one level (also Shift+Tab)</source>
        <translation>Đưa mục danh sách lên một mức (hoặc nhấn Shift+Tab)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RoyaltiesDialog</name>
    <message>
        <source>Monthly royalties</source>
        <translation>Nhuận bút tháng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>Royalties by author</source>
        <translation>Nhuận bút theo tác giả</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Monthly &amp;royalties…</source>
        <translation>&amp;Nhuận bút tháng…</translation>
    </message>
    <message>
        <source>Royalties of a month per author, the office total, closing the month, saving the statement</source>
        <translation>Nhuận bút một tháng theo tác giả, tổng của cơ quan, khóa sổ tháng, lưu bảng kê</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 articles, %2 not scored</source>
        <translation>%1 bài, %2 bài chưa chấm điểm</translation>
    </message>
    <message>
        <source>&amp;Reopen month</source>
        <translation>&amp;Mở lại tháng</translation>
    </message>
    <message>
        <source>Close &amp;month</source>
        <translation>&amp;Khóa sổ tháng</translation>
    </message>
    <message>
        <source>The royalties of %1 are open again.</source>
        <translation>Đã mở lại nhuận bút tháng %1.</translation>
    </message>
    <message>
        <source>The royalties of %1 are closed.</source>
        <translation>Đã khóa sổ nhuận bút tháng %1.</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
    <message>
        <source>The royalty statement could not be written.</source>
        <translation>Không ghi được bảng kê nhuận bút.</translation>
    </message>
    <message>
        <source>Save the royalty statement</source>
        <translation>Lưu bảng kê nhuận bút</translation>
    </message>
    <message>
        <source>PDF statement (*.pdf);;Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng kê PDF (*.pdf);;Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Your total (only your own articles are shown)</source>
        <translation>Tổng của bạn (chỉ hiện bài của chính bạn)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RoyaltyPointsDialog</name>
    <message>
        <source>Royalty of “%1”</source>
        <translation>Nhuận bút của “%1”</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Thể loại</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>&amp;Set royalty</source>
        <translation>&amp;Chấm nhuận bút</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Thể loại:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>Đ&amp;iểm:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Thành tiền:</translation>
    </message>
    <message>
        <source>&amp;Royalty of the article…</source>
        <translation>Chấm &amp;nhuận bút cho bài…</translation>
    </message>
    <message>
        <source>The kind of work and the points of the current article, for the month&apos;s royalties</source>
        <translation>Thể loại và số điểm của bài đang mở, để tính nhuận bút tháng</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RoyaltySchemeDialog</name>
    <message>
        <source>Royalty scheme</source>
        <translation>Khung nhuận bút</translation>
    </message>
    <message>
        <source>Value of one point</source>
        <translation>Giá trị một điểm</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Các thể loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Points from</source>
        <translation>Điểm từ</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Điểm đến</translation>
    </message>
    <message>
        <source>Words from</source>
        <translation>Số từ từ</translation>
    </message>
    <message>
        <source>Words to</source>
        <translation>Số từ đến</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>&amp;Add a kind</source>
        <translation>&amp;Thêm thể loại</translation>
    </message>
    <message>
        <source>&amp;Remove the kind</source>
        <translation>&amp;Xóa thể loại</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Value of one point:</source>
        <translation>&amp;Giá trị một điểm:</translation>
    </message>
    <message>
        <source>The value of one point and the kinds of work with their points</source>
        <translation>Giá trị một điểm và các thể loại cùng khung điểm</translation>
    </message>
    <message>
        <source>This is the example scheme shipped with ToaSoan: set the office&apos;s own figures and save them.</source>
        <translation>Đây là khung nhuận bút mẫu đi kèm Tòa soạn: hãy nhập số liệu của cơ quan rồi lưu lại.</translation>
    </message>
    <message>
        <source>Row %1: points are numbers such as 2 or 2,5.</source>
        <translation>Dòng %1: điểm phải là số, ví dụ 2 hoặc 2,5.</translation>
    </message>
    <message>
        <source>Row %1: a length is a number of words, or empty.</source>
        <translation>Dòng %1: độ dài là một số từ, hoặc để trống.</translation>
    </message>
    <message>
        <source>The royalty scheme was saved.</source>
        <translation>Đã lưu khung nhuận bút.</translation>
    </message>
    <message>
        <source>Ro&amp;yalty scheme…</source>
        <translation>Kh&amp;ung nhuận bút…</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ScheduleField</name>
    <message>
        <source>Publish at</source>
        <translation>Đăng lúc</translation>
    </message>
    <message>
        <source>Schedule the publication</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Publication date and time</source>
        <translation>Ngày giờ đăng</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SchemaUpdateDialog</name>
    <message>
        <source>Updating the workspace</source>
        <translation>Đang nâng cấp dữ liệu làm việc</translation>
    </message>
    <message>
        <source>ToaSoan is updating the workspace for this version. Please wait, and do not turn the computer off.</source>
        <translation>Tòa soạn đang nâng cấp dữ liệu làm việc cho phiên bản này. Xin chờ, và đừng tắt máy tính.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Bước %1/%2: %3…</translation>
    </message>
    <message>
        <source>Compact the workspace?</source>
        <translation>Thu gọn dữ liệu làm việc ngay?</translation>
    </message>
    <message>
        <source>The workspace is up to date. The update left %1 of its %2 unused. Compact it now to give that space back to the disk? It takes about as long as copying the file, and ToaSoan waits meanwhile; you can also do it later with &quot;toasoan compact&quot;.</source>
        <translation>Dữ liệu làm việc đã được nâng cấp. Lần nâng cấp để lại %1 trong tổng số %2 không dùng đến. Thu gọn ngay để trả lại dung lượng đó cho ổ đĩa? Việc này mất khoảng thời gian bằng sao chép tệp, Tòa soạn phải chờ trong lúc đó; bạn cũng có thể làm sau bằng lệnh &quot;toasoan compact&quot;.</translation>
    </message>
    <message>
        <source>Compact now</source>
        <translation>Thu gọn ngay</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Compacting the workspace (%1)…</source>
        <translation>Đang thu gọn dữ liệu làm việc (%1)…</translation>
    </message>
    <message>
        <source>The workspace takes %1, of which %2 is unused. Compact it now to give that space back to the disk? It takes about as long as copying the file, and ToaSoan waits meanwhile.</source>
        <translation>Dữ liệu làm việc chiếm %1, trong đó %2 chưa dùng đến. Thu gọn ngay để trả lại dung lượng đó cho ổ đĩa? Việc này mất khoảng thời gian bằng sao chép tệp, và Tòa soạn phải chờ trong lúc đó.</translation>
    </message>
    <message>
        <source>Co&amp;mpact the workspace…</source>
        <translation>Thu &amp;gọn dữ liệu làm việc…</translation>
    </message>
    <message>
        <source>The office&apos;s shared database reuses its free space by itself</source>
        <translation>Cơ sở dữ liệu dùng chung của cơ quan tự dùng lại dung lượng trống</translation>
    </message>
    <message>
        <source>Give the space left by deleted articles and schema updates back to the disk</source>
        <translation>Trả lại cho ổ đĩa dung lượng còn trống sau khi xóa tin bài và nâng cấp lược đồ</translation>
    </message>
    <message>
        <source>Workspace compacted: %1 before, %2 now.</source>
        <translation>Đã thu gọn dữ liệu làm việc: trước %1, nay %2.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>The new language is used after ToaSoan restarts.</source>
        <translation>Ngôn ngữ mới được dùng sau khi khởi động lại Tòa soạn.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>How often an article being edited is saved in the background</source>
        <translation>Bao lâu thì bài đang soạn được tự động lưu một lần</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> ký tự</translation>
    </message>
    <message>
        <source>Editing on this computer</source>
        <translation>Soạn thảo trên máy tính này</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Tự động lưu sau mỗi:</translation>
    </message>
    <message>
        <source>Warn when the &amp;headline is longer than:</source>
        <translation>Cảnh báo khi &amp;tiêu đề dài quá:</translation>
    </message>
    <message>
        <source>Warn when the &amp;sapo is longer than:</source>
        <translation>Cảnh báo khi &amp;sapo dài quá:</translation>
    </message>
    <message>
        <source>Office (shared by every user)</source>
        <translation>Cơ quan (áp dụng cho mọi người dùng)</translation>
    </message>
    <message>
        <source>House style for tone marks in oa, oe, uy:</source>
        <translation>Kiểu đặt dấu thanh của cơ quan với oa, oe, uy:</translation>
    </message>
    <message>
        <source>The office settings were not saved: %1</source>
        <translation>Chưa lưu được cài đặt của cơ quan: %1</translation>
    </message>
    <message>
        <source>The office settings cannot be read: %1</source>
        <translation>Không đọc được cài đặt của cơ quan: %1</translation>
    </message>
    <message>
        <source>Only an administrator can change the office&apos;s settings.</source>
        <translation>Chỉ quản trị mới được thay đổi cài đặt của cơ quan.</translation>
    </message>
    <message>
        <source>The &quot;Normalize tone marks&quot; command proposes this style.</source>
        <translation>Lệnh &quot;Chuẩn hóa dấu thanh&quot; đề xuất theo kiểu này.</translation>
    </message>
    <message>
        <source>e.g. Culture and Information Centre</source>
        <translation>Ví dụ: Trung tâm Văn hóa - Thông tin</translation>
    </message>
    <message>
        <source>Printed at the top of the approval slip</source>
        <translation>In ở đầu phiếu duyệt bài</translation>
    </message>
    <message>
        <source>e.g. Nam Tu Liem</source>
        <translation>Ví dụ: Nam Từ Liêm</translation>
    </message>
    <message>
        <source>Printed before the date on the approval slip</source>
        <translation>In trước ngày tháng trên phiếu duyệt bài</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Tên &amp;cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The office&apos;s server (PostgreSQL): %1</source>
        <translation>Máy chủ của cơ quan (PostgreSQL): %1</translation>
    </message>
    <message>
        <source>This computer only (SQLite): %1</source>
        <translation>Chỉ máy này (SQLite): %1</translation>
    </message>
    <message>
        <source>Change the &amp;database…</source>
        <translation>Đổ&amp;i cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Choose this computer only or the office&apos;s server, from the next start</source>
        <translation>Chọn chỉ máy này hoặc máy chủ của cơ quan, có hiệu lực từ lần khởi động sau</translation>
    </message>
    <message>
        <source>Only an administrator can change the database.</source>
        <translation>Chỉ quản trị mới được đổi cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Tìm lệnh hoặc phím…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SiteChecks</name>
    <message>
        <source>The connection to %1 does not work: %2</source>
        <translation>Kết nối tới %1 không hoạt động: %2</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>Kết nối tới %1 hoạt động tốt.</translation>
    </message>
    <message>
        <source>The connection to %1 works: %2.</source>
        <translation>Kết nối tới %1 hoạt động tốt: %2.</translation>
    </message>
    <message>
        <source>Account: %1 (may publish: %2; may upload images: %3).</source>
        <translation>Tài khoản: %1 (được đăng bài: %2; được tải ảnh lên: %3).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Time zone of the site: %1.</source>
        <translation>Múi giờ của website: %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Mã trạng thái HTTP: %1</translation>
    </message>
    <message>
        <source>The site&apos;s reply:</source>
        <translation>Nguyên văn trả lời của website:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SiteForm</name>
    <message>
        <source>e.g. District portal</source>
        <translation>ví dụ: Cổng thông tin huyện</translation>
    </message>
    <message>
        <source>Turn the post back into a draft</source>
        <translation>Chuyển bài về bản nháp</translation>
    </message>
    <message>
        <source>Move the post to the website&apos;s trash</source>
        <translation>Chuyển bài vào thùng rác của website</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên kết nối:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Kiểu kết nối:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ website:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên &amp;người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>When &amp;unpublishing:</source>
        <translation>Khi &amp;gỡ bài:</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Đã lưu; để trống để giữ nguyên</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>An application password: create one on the website under Users › Profile › Application Passwords. It is never stored in the workspace.</source>
        <translation>Mật khẩu ứng dụng: tạo trên website trong Người dùng › Hồ sơ › Mật khẩu ứng dụng. Mật khẩu không bao giờ được lưu trong dữ liệu tòa soạn.</translation>
    </message>
    <message>
        <source>The account&apos;s password on the website. It is never stored in the workspace.</source>
        <translation>Mật khẩu của tài khoản trên website. Mật khẩu không bao giờ được lưu trong dữ liệu tòa soạn.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SitesDialog</name>
    <message>
        <source>Website connections</source>
        <translation>Kết nối website</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Lưu kết nối</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kiểm t&amp;ra kết nối</translation>
    </message>
    <message>
        <source>Check the address, the password and the account&apos;s rights on the website</source>
        <translation>Kiểm tra địa chỉ, mật khẩu và quyền của tài khoản trên website</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cannot open the website connections</source>
        <translation>Không mở được phần kết nối website</translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation>Bỏ các thay đổi của kết nối này?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Xóa kết nối</translation>
    </message>
    <message>
        <source>Remove the connection %1? Jobs waiting to be sent there are removed too, and ToaSoan forgets which articles it published there. The posts stay on the website.</source>
        <translation>Xóa kết nối %1? Các việc đang chờ gửi lên trang này cũng bị xóa, và Tòa soạn sẽ không còn nhớ những bài đã đăng lên đó. Các bài vẫn còn trên website.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Enter the website&apos;s address first.</source>
        <translation>Hãy nhập địa chỉ website trước.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Đang kiểm tra kết nối tới %1…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Details of the connection test</source>
        <translation>Chi tiết lần kiểm tra kết nối</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SlugEdit</name>
    <message>
        <source>Made from the headline</source>
        <translation>Tạo từ tiêu đề</translation>
    </message>
    <message>
        <source>Locked: the article is on the website.</source>
        <translation>Đã khóa: bài đã có trên trang web.</translation>
    </message>
    <message>
        <source>The article is already on the website: its link can no longer change.</source>
        <translation>Bài đã có trên trang web: đường dẫn của bài không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>The end of the article&apos;s web address. It follows the headline until you edit it.</source>
        <translation>Phần cuối địa chỉ web của bài. Đường dẫn đi theo tiêu đề cho đến khi bạn tự sửa.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SpellService</name>
    <message>
        <source>Words can only be added to the dictionary of a workspace.</source>
        <translation>Chỉ thêm được từ vào từ điển khi đã mở một cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>Ba tháng gần đây</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Tự chọn ngày</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Chuyên mục:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Tác g&amp;iả:</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Theo tuần</translation>
    </message>
    <message>
        <source>Articles published per week</source>
        <translation>Số bài xuất bản theo tuần</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>Articles published per month</source>
        <translation>Số bài xuất bản theo tháng</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Theo chuyên mục</translation>
    </message>
    <message>
        <source>Articles published by category</source>
        <translation>Số bài xuất bản theo chuyên mục</translation>
    </message>
    <message>
        <source>By author</source>
        <translation>Theo tác giả</translation>
    </message>
    <message>
        <source>Articles published by author</source>
        <translation>Số bài xuất bản theo tác giả</translation>
    </message>
    <message>
        <source>Pipeline now</source>
        <translation>Tiến độ hiện nay</translation>
    </message>
    <message>
        <source>Articles in each state now</source>
        <translation>Số bài ở từng trạng thái hiện nay</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Thời gian duyệt</translation>
    </message>
    <message>
        <source>Review time, from submission to approval (hours)</source>
        <translation>Thời gian duyệt, từ lúc gửi duyệt đến lúc được duyệt (giờ)</translation>
    </message>
    <message>
        <source>Returns and rejections</source>
        <translation>Trả lại và từ chối</translation>
    </message>
    <message>
        <source>Share of review decisions returned and rejected per month</source>
        <translation>Tỷ lệ bài bị trả lại và bị từ chối trong các quyết định duyệt, theo tháng</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Thống kê</translation>
    </message>
    <message>
        <source>What was published, by week, month, category and author, and how review went</source>
        <translation>Số bài đã xuất bản theo tuần, tháng, chuyên mục, tác giả và tình hình duyệt bài</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message>
        <source>Every author</source>
        <translation>Mọi tác giả</translation>
    </message>
    <message>
        <source>Articles published</source>
        <translation>Số bài xuất bản</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Tuần từ ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Nothing was published in this period.</source>
        <translation>Không có bài nào được xuất bản trong kỳ này.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>Waiting longest: “%1”, %2 since %3</source>
        <translation>Chờ lâu nhất: “%1”, %2 từ %3</translation>
    </message>
    <message>
        <source>No article is waiting for review.</source>
        <translation>Không có bài nào đang chờ duyệt.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Lâu nhất</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>No article was approved in this period.</source>
        <translation>Không có bài nào được duyệt trong kỳ này.</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Review decisions in the period (approved, returned or rejected): %1.</source>
        <translation>Số quyết định duyệt trong kỳ (duyệt, trả lại hoặc từ chối): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) in the period; the slowest: “%1”.</source>
        <translation>
            <numerusform>%Ln lượt duyệt trong kỳ; lâu nhất: “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Số cột</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>&amp;Hàng đầu là hàng tiêu đề</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Hàng đầu là hàng tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>Số &amp;hàng:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Số &amp;cột:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::TagField</name>
    <message>
        <source>Add a tag…</source>
        <translation>Thêm thẻ…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <source>Existing tags</source>
        <translation>Các thẻ đã có</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Bỏ thẻ %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Bỏ thẻ “%1”</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::TaxonomyDialog</name>
    <message>
        <source>Categories and tags</source>
        <translation>Chuyên mục và thẻ</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Chuyên mục</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>T&amp;hẻ</translation>
    </message>
    <message>
        <source>Drag a category onto another one to put it there, or use the buttons. A retired category stays on its old articles but cannot be chosen for new ones; only a category no article uses can be deleted.</source>
        <translation>Kéo một chuyên mục thả vào chuyên mục khác để đưa nó vào đó, hoặc dùng các nút. Chuyên mục ngừng dùng vẫn giữ trên các bài cũ nhưng không chọn được cho bài mới; chỉ xóa được chuyên mục không bài nào dùng.</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>Tên chuyên mục mới</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add the category at the top level</source>
        <translation>Thêm chuyên mục ở cấp cao nhất</translation>
    </message>
    <message>
        <source>Add &amp;inside</source>
        <translation>Thêm &amp;mục con</translation>
    </message>
    <message>
        <source>Add the category inside the selected one</source>
        <translation>Thêm chuyên mục vào trong chuyên mục đang chọn</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi tê&amp;n</translation>
    </message>
    <message>
        <source>Edit the name in the tree (F2)</source>
        <translation>Sửa tên ngay trên cây (F2)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <source>Before the category above it</source>
        <translation>Lên trước chuyên mục phía trên</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Xuống</translation>
    </message>
    <message>
        <source>After the category below it</source>
        <translation>Xuống sau chuyên mục phía dưới</translation>
    </message>
    <message>
        <source>In&amp;dent</source>
        <translation>Lùi &amp;vào</translation>
    </message>
    <message>
        <source>Inside the category above it</source>
        <translation>Vào trong chuyên mục phía trên</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Lùi &amp;ra</translation>
    </message>
    <message>
        <source>Out of its parent, after it</source>
        <translation>Ra khỏi chuyên mục cha, đứng sau nó</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>Ngừng &amp;dùng</translation>
    </message>
    <message>
        <source>Keep it on its old articles but do not offer it for new ones</source>
        <translation>Giữ trên các bài cũ nhưng không cho chọn ở bài mới</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Delete a category no article uses</source>
        <translation>Xóa chuyên mục không bài nào dùng</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <source>Give its articles and subcategories to the chosen category, then delete it</source>
        <translation>Chuyển các bài và chuyên mục con sang chuyên mục đã chọn, rồi xóa chuyên mục này</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Gộp vào:</translation>
    </message>
    <message>
        <source>Categories and &amp;tags…</source>
        <translation>Chuyên mục và &amp;thẻ…</translation>
    </message>
    <message>
        <source>Add, rename, move, merge and retire categories; rename and merge tags</source>
        <translation>Thêm, đổi tên, di chuyển, gộp và ngừng dùng chuyên mục; đổi tên và gộp thẻ</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Dùng lại</translation>
    </message>
    <message>
        <source>Offer it again for new articles</source>
        <translation>Cho chọn lại ở bài mới</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; added.</source>
        <translation>Đã thêm chuyên mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Category renamed &quot;%1&quot;.</source>
        <translation>Đã đổi tên chuyên mục thành &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; moved.</source>
        <translation>Đã chuyển chuyên mục &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? Its %n article(s) and its subcategories go to &quot;%2&quot;, and &quot;%1&quot; is deleted.</source>
        <translation>
            <numerusform>Gộp &quot;%1&quot; vào &quot;%2&quot;? %n bài và các chuyên mục con của nó chuyển sang &quot;%2&quot;, rồi &quot;%1&quot; bị xóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; merged into &quot;%2&quot;: %n article(s) moved.</source>
        <translation>
            <numerusform>Đã gộp &quot;%1&quot; vào &quot;%2&quot;: đã chuyển %n bài.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: its articles keep it, new ones cannot have it.</source>
        <translation>Đã ngừng dùng &quot;%1&quot;: các bài đang có vẫn giữ, bài mới không chọn được.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be chosen again.</source>
        <translation>Đã dùng lại &quot;%1&quot;: có thể chọn lại.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; deleted.</source>
        <translation>Đã xóa chuyên mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tags are added with the articles. Double-click a name to correct it on every article; merge two tags that mean the same.</source>
        <translation>Thẻ được thêm cùng bài viết. Nhấp đúp vào tên để sửa trên mọi bài; gộp hai thẻ cùng nghĩa thành một.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>Edit the name in the list (F2)</source>
        <translation>Sửa tên ngay trong danh sách (F2)</translation>
    </message>
    <message>
        <source>Put the chosen tag on its articles instead, then delete it</source>
        <translation>Thay bằng thẻ đã chọn trên các bài, rồi xóa thẻ này</translation>
    </message>
    <message>
        <source>Probably the same tag: %1. Select one and merge it into the other.</source>
        <translation>Có lẽ là cùng một thẻ: %1. Hãy chọn một thẻ rồi gộp vào thẻ kia.</translation>
    </message>
    <message>
        <source>Tag renamed &quot;%1&quot;.</source>
        <translation>Đã đổi tên thẻ thành &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Merge the tag &quot;%1&quot; into &quot;%2&quot;? The articles that have &quot;%1&quot; get &quot;%2&quot;, and &quot;%1&quot; is deleted.</source>
        <translation>Gộp thẻ &quot;%1&quot; vào &quot;%2&quot;? Các bài có &quot;%1&quot; sẽ nhận &quot;%2&quot;, rồi &quot;%1&quot; bị xóa.</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot; merged into &quot;%2&quot; on %n article(s).</source>
        <translation>
            <numerusform>Đã gộp thẻ &quot;%1&quot; vào &quot;%2&quot; trên %n bài.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ToneStyleDialog</name>
    <message>
        <source>Normalize tone marks</source>
        <translation>Chuẩn hóa dấu thanh</translation>
    </message>
    <message>
        <source>Tone mark style</source>
        <translation>Kiểu đặt dấu thanh</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau khi đổi</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>Trong câu</translation>
    </message>
    <message>
        <source>Words to change</source>
        <translation>Các từ cần đổi</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Change ticked words</source>
        <translation>&amp;Đổi các từ đã chọn</translation>
    </message>
    <message>
        <source>This looks like a name: it is changed only if you tick it.</source>
        <translation>Từ này có vẻ là tên riêng: chỉ đổi khi bạn đánh dấu chọn.</translation>
    </message>
    <message>
        <source>Nothing to change: every word already places its tone mark this way.</source>
        <translation>Không có gì cần đổi: mọi từ đều đã đặt dấu thanh theo kiểu này.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) place the tone mark the other way.</source>
        <translation>
            <numerusform>%n từ đặt dấu thanh theo kiểu kia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked to change.</source>
        <translation>
            <numerusform>Đã chọn %n từ để đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) that look like names are not ticked.</source>
        <translation>
            <numerusform>%n từ có vẻ là tên riêng chưa được chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tone mark style:</source>
        <translation>&amp;Kiểu đặt dấu thanh:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::UserManagementDialog</name>
    <message>
        <source>Manage users</source>
        <translation>Quản lý người dùng</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n character(s).</source>
        <translation>
            <numerusform>Tài khoản đã khóa không đăng nhập được; bài viết và lịch sử của họ vẫn được giữ. Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Login of the new user</source>
        <translation>Tên đăng nhập của người dùng mới</translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <source>Full name of the new user</source>
        <translation>Họ và tên của người dùng mới</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Vai trò của người dùng mới</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Mật khẩu của người dùng mới</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>New user&apos;s password again</source>
        <translation>Nhập lại mật khẩu của người dùng mới</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Tài khoản đã chọn</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Vai trò của người dùng đã chọn</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>Đổ&amp;i vai trò</translation>
    </message>
    <message>
        <source>New password of the selected user</source>
        <translation>Mật khẩu mới của người dùng đã chọn</translation>
    </message>
    <message>
        <source>Selected user&apos;s new password again</source>
        <translation>Nhập lại mật khẩu mới của người dùng đã chọn</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Đặt lại mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Vai t&amp;rò:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Mật khẩ&amp;u mới:</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>Nhậ&amp;p lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Manage &amp;users…</source>
        <translation>&amp;Quản lý người dùng…</translation>
    </message>
    <message>
        <source>Create accounts, change roles, reset passwords, deactivate accounts</source>
        <translation>Tạo tài khoản, đổi vai trò, đặt lại mật khẩu, khóa tài khoản</translation>
    </message>
    <message>
        <source>Select a user in the list.</source>
        <translation>Chọn một người dùng trong danh sách.</translation>
    </message>
    <message>
        <source>&amp;Deactivate account</source>
        <translation>Khó&amp;a tài khoản</translation>
    </message>
    <message>
        <source>Re&amp;activate account</source>
        <translation>Kích h&amp;oạt lại tài khoản</translation>
    </message>
    <message>
        <source>The two passwords do not match. Please type the password again.</source>
        <translation>Hai mật khẩu không khớp nhau. Vui lòng nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>Created the account %1 for %2.</source>
        <translation>Đã tạo tài khoản %1 cho %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 giờ có vai trò: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was changed. Tell them the new one in person.</source>
        <translation>Đã đổi mật khẩu của %1. Hãy báo mật khẩu mới trực tiếp cho người đó.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 đã đăng nhập lại được.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 không còn đăng nhập được nữa.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::WorkflowActions</name>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Gửi duyệt</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Rút lại</translation>
    </message>
    <message>
        <source>&amp;Forward for approval</source>
        <translation>&amp;Chuyển duyệt</translation>
    </message>
    <message>
        <source>Re&amp;turn to author…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Từ c&amp;hối…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Gỡ &amp;bài…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <source>Reopen as &amp;draft</source>
        <translation>&amp;Mở lại thành bản nháp</translation>
    </message>
    <message>
        <source>Send the article to the editors for review</source>
        <translation>Gửi bài cho biên tập viên duyệt</translation>
    </message>
    <message>
        <source>Take the article back to work on it again, before anyone starts reviewing it</source>
        <translation>Rút bài về để sửa tiếp, khi chưa ai bắt đầu duyệt</translation>
    </message>
    <message>
        <source>Send the edited article on to the approver</source>
        <translation>Chuyển bài đã biên tập lên lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>Send the article back to its author, saying what to change</source>
        <translation>Trả bài về cho tác giả, kèm điều cần sửa</translation>
    </message>
    <message>
        <source>Approve the article for publishing</source>
        <translation>Duyệt bài để đăng</translation>
    </message>
    <message>
        <source>Refuse the article: it will not be published</source>
        <translation>Từ chối bài: bài sẽ không được đăng</translation>
    </message>
    <message>
        <source>Take the article off the websites</source>
        <translation>Gỡ bài khỏi trang web</translation>
    </message>
    <message>
        <source>Put the article away in the archive</source>
        <translation>Đưa bài vào kho lưu trữ</translation>
    </message>
    <message>
        <source>Make the article a draft again, to work on it</source>
        <translation>Đưa bài trở lại thành bản nháp để viết tiếp</translation>
    </message>
    <message>
        <source>“%1” was submitted for review.</source>
        <translation>Đã gửi duyệt bài “%1”.</translation>
    </message>
    <message>
        <source>“%1” is back with you as a draft.</source>
        <translation>Đã rút bài “%1” về thành bản nháp.</translation>
    </message>
    <message>
        <source>“%1” was forwarded for approval.</source>
        <translation>Đã chuyển bài “%1” lên lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>“%1” was returned to its author.</source>
        <translation>Đã trả lại bài “%1” cho tác giả.</translation>
    </message>
    <message>
        <source>“%1” was approved.</source>
        <translation>Đã duyệt bài “%1”.</translation>
    </message>
    <message>
        <source>“%1” was rejected.</source>
        <translation>Đã từ chối bài “%1”.</translation>
    </message>
    <message>
        <source>“%1” was unpublished.</source>
        <translation>Đã gỡ bài “%1”.</translation>
    </message>
    <message>
        <source>“%1” was archived.</source>
        <translation>Đã lưu trữ bài “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>Bài “%1” đã trở lại thành bản nháp.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::WorkflowBar</name>
    <message>
        <source>Workflow</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Article state</source>
        <translation>Trạng thái bài viết</translation>
    </message>
    <message>
        <source>Take over editing</source>
        <translation>Giành quyền sửa</translation>
    </message>
    <message>
        <source>Edit the article yourself: the other person can no longer save it. This is recorded in the article&apos;s history.</source>
        <translation>Tự sửa bài: người kia sẽ không lưu được nữa. Việc này được ghi vào lịch sử của bài.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Xem phiên bản mới</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::WorkflowController</name>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Quy trình</translation>
    </message>
    <message>
        <source>&amp;Take over editing</source>
        <translation>Giành &amp;quyền sửa</translation>
    </message>
    <message>
        <source>Edit the article someone else has open; this is recorded in its history</source>
        <translation>Sửa bài đang được người khác mở; việc này được ghi vào lịch sử của bài</translation>
    </message>
    <message>
        <source>Editorial comments</source>
        <translation>Ý kiến biên tập</translation>
    </message>
    <message>
        <source>Editorial comments (%1)</source>
        <translation>Ý kiến biên tập (%1)</translation>
    </message>
    <message>
        <source>Some fields need attention before submitting; see the messages.</source>
        <translation>Một số mục cần xem lại trước khi gửi duyệt; hãy xem các thông báo.</translation>
    </message>
    <message>
        <source>Version conflict</source>
        <translation>Xung đột phiên bản</translation>
    </message>
    <message>
        <source>Cannot do “%1”</source>
        <translation>Không thực hiện được “%1”</translation>
    </message>
    <message>
        <source>Submit “%1” for review? You cannot edit it until it is returned or withdrawn.</source>
        <translation>Gửi duyệt bài “%1”? Bạn sẽ không sửa được bài cho đến khi bài bị trả lại hoặc được rút về.</translation>
    </message>
    <message>
        <source>Forward “%1” to the approvers?</source>
        <translation>Chuyển bài “%1” lên lãnh đạo duyệt?</translation>
    </message>
    <message>
        <source>Approve “%1”? It can then be published.</source>
        <translation>Duyệt bài “%1”? Sau đó bài có thể được đăng.</translation>
    </message>
</context>
</TS>
