#pragma once

// The body of a very long article (a pasted annual report) in which "Quận ủy" comes back in every
// paragraph: what made search time grow with the square of a matching article's size (issue 15).

#include <QString>

namespace toasoan::test {

/// About `bytes` bytes of UTF-8 HTML, one paragraph per ~200 bytes, each naming "Quận ủy" once.
inline QString largeReportBody(qsizetype bytes)
{
    QString body;
    body.reserve(bytes);
    qsizetype utf8 = 0;
    for (int n = 1; utf8 < bytes; ++n) {
        const QString paragraph = QStringLiteral("<p>Mục %1: Thường trực Quận ủy chỉ đạo các phường rà soát "
                                                 "chỉ tiêu năm %2, báo cáo kết quả về Văn phòng trước ngày %3.</p>")
                                      .arg(n)
                                      .arg(2000 + n % 25)
                                      .arg(1 + n % 28);
        utf8 += paragraph.toUtf8().size();
        body += paragraph;
    }
    return body;
}

} // namespace toasoan::test
