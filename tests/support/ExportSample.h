// The article every export test writes: a title, a sapo, a dateline, a byline and a body with every
// element of the subset an export keeps (headings, marks, a line break, a link, both kinds of list nested
// three deep, a
// table with a header row, an image of the workspace's media with its alt text and caption).
#pragma once

#include "app/model/Article.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"

#include <QByteArray>
#include <QTest>

namespace toasoan::test {

/// A 40x30 PNG (a colour gradient).
inline QByteArray samplePng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAIz0lEQVR42hXVIc+CUBjFcZIjGJiJ5AgGZrrJEQzMRHIEAzORHMHA"
        "TP/kCAZmuskRDMx0kyMYmInkCAZmIjmCgfkpXt/nC/y2s7PzaJrGQGOoMdIwNcYaE42phtCYacw1FhqexlJjpbHWCDU2GluNnQYa"
        "e42DxlFDapw0zhoXDaVx1bhp3DUqjYfGU+Ol0Wq8NT4aXw1N0xnoDHVGOqbOWGeiM9UROjOduc5Cx9NZ6qx01jqhzkZnq7PTQWev"
        "c9A56kidk85Z56KjdK46N527TqXz0HnqvHRanbfOR+er/2CDgcHQYGRgGowNJgZTA2EwM5gbLAw8g6XBymBtEBpsDLYGOwMM9gYH"
        "g6OBNDgZnA0uBsrganAzuBtUBg+Dp8HLoDV4G3wMvsYPNhmYDE1GJqbJ2GRiMjURJjOTucnCxDNZmqxM1iahycZka7IzwWRvcjA5"
        "mkiTk8nZ5GKiTK4mN5O7SWXyMHmavExak7fJx+Rr/mCLgcXQYmRhWowtJhZTC2Exs5hbLCw8i6XFymJtEVpsLLYWOwss9hYHi6OF"
        "tDhZnC0uFsrianGzuFtUFg+Lp8XLorV4W3wsvtYPthnYDG1GNqbN2GZiM7URNjObuc3CxrNZ2qxs1jahzcZma7OzwWZvc7A52kib"
        "k83Z5mKjbK42N5u7TWXzsHnavGxam7fNx+Zr/2DBQDAUjASmYCyYCKYCIZgJ5oKFwBMsBSvBWhAKNoKtYCdAsBccBEeBFJwEZ8FF"
        "oARXwU1wF1SCh+ApeAlawVvwEXzFD3YYOAwdRg6mw9hh4jB1EA4zh7nDwsFzWDqsHNYOocPGYeuwc8Bh73BwODpIh5PD2eHioByu"
        "DjeHu0Pl8HB4OrwcWoe3w8fh6/xgl4HL0GXkYrqMXSYuUxfhMnOZuyxcPJely8pl7RK6bFy2LjsXXPYuB5eji3Q5uZxdLi7K5epy"
        "c7m7VC4Pl6fLy6V1ebt8XL7uD/YYeAw9Rh6mx9hj4jH1EB4zj7nHwsPzWHqsPNYeocfGY+ux88Bj73HwOHpIj5PH2ePioTyuHjeP"
        "u0fl8fB4erw8Wo+3x8fj6/1gn4HP0GfkY/qMfSY+Ux/hM/OZ+yx8PJ+lz8pn7RP6bHy2PjsffPY+B5+jj/Q5+Zx9Lj7K5+pz87n7"
        "VD4Pn6fPy6f1eft8fL7+Dw4YBAwDRgFmwDhgEjANEAGzgHnAIsALWAasAtYBYcAmYBuwCyBgH3AIOAbIgFPAOeASoAKuAbeAe0AV"
        "8Ah4BrwC2oB3wCfgG/zgkEHIMGQUYoaMQyYh0xARMguZhyxCvJBlyCpkHRKGbEK2IbsQQvYhh5BjiAw5hZxDLiEq5BpyC7mHVCGP"
        "kGfIK6QNeYd8Qr7hD44YRAwjRhFmxDhiEjGNEBGziHnEIsKLWEasItYRYcQmYhuxiyBiH3GIOEbIiFPEOeISoSKuEbeIe0QV8Yh4"
        "Rrwi2oh3xCfiG/3gmEHMMGYUY8aMYyYx0xgRM4uZxyxivJhlzCpmHRPGbGK2MbsYYvYxh5hjjIw5xZxjLjEq5hpzi7nHVDGPmGfM"
        "K6aNecd8Yr7xD4YBDGH0P72MYQLT/21gBnNY/JeXJaxg/Z8uG9jCjv/bwwGOIOEEZ7iAgivc4A4VPOAJL2jhDR/4/j6qljBIGCaM"
        "EsyEccIkYZogEmYJ84RFgpewTFglrBPChE3CNmGXQMI+4ZBwTJAJp4RzwiVBJVwTbgn3hCrhkfBMeCW0Ce+ET8I3+cEpg5RhyijF"
        "TBmnTFKmKSJlljJPWaR4KcuUVco6JUzZpGxTdimk7FMOKccUmXJKOadcUlTKNeWWck+pUh4pz5RXSpvyTvmkfNMfLBlIhpKRxJSM"
        "JRPJVCIkM8lcspB4kqVkJVlLQslGspXs5H++e8lBcpRIyUlyllwkSnKV3CR3SSV5SJ6Sl6SVvCUfyVf+4IxBxjBjlGFmjDMmGdMM"
        "kTHLmGcsMryMZcYqY50RZmwythm7DDL2GYeMY4bMOGWcMy4ZKuOaccu4Z1QZj4xnxiujzXhnfDK+2Q/OGeQMc0Y5Zs44Z5IzzRE5"
        "s5x5ziLHy1nmrHLWOWHOJmebs8shZ59zyDnmyJxTzjnnkqNyrjm3nHtOlfPIeea8ctqcd84n55v/YMVAMVSMFKZirJgopgqhmCnm"
        "ioXCUywVK8VaESo2iq1ip/7ru1ccFEeFVJwUZ8VFoRRXxU1xV1SKh+KpeClaxVvxUXzVDy4YFAwLRgVmwbhgUjAtEAWzgnnBosAr"
        "WBasCtYFYcGmYFuwK6BgX3AoOBbIglPBueBSoAquBbeCe0FV8Ch4FrwK2oJ3wafgW/zgkkHJsGRUYpaMSyYl0xJRMiuZlyxKvJJl"
        "yapkXRKWbEq2JbsSSvYlh5JjiSw5lZxLLiWq5FpyK7mXVCWPkmfJq6QteZd8Sr7lD64YVAwrRhVmxbhiUjGtEBWzinnFosKrWFas"
        "KtYVYcWmYluxq/7XYV9xqDhWyIpTxbniUqEqrhW3intFVfGoeFa8KtqKd8Wn4lv94JpBzbBmVGPWjGsmNdMaUTOrmdcsaryaZc2q"
        "Zl0T1mxqtjW7Gmr2NYeaY42sOdWcay41quZac6u511Q1j5pnzaumrXnXfGq+9Q9uGDQMG0YNZsO4YdIwbRANs4Z5w6LBa1g2rBrW"
        "DWHDpmHbsGugYd9waDg2yIZTw7nh0qAarg23hntD1fBoeDa8GtqGd8On4dv84JZBy7Bl1GK2jFsmLdMW0TJrmbcsWryWZcuqZd0S"
        "tmxati279n989y2HlmOLbDm1nFsuLarl2nJrubdULY+WZ8urpW15t3xavu0P7hh0DDtGHWbHuGPSMe0QHbOOeceiw+tYdqw61h1h"
        "x6Zj27HroGPfceg4dsiOU8e549KhOq4dt457R9Xx6Hh2vDrajnfHp+Pb/eCeQc+wZ9Rj9ox7Jj3THtEz65n3LHq8nmXPqmfdE/Zs"
        "erY9ux569j2HnmOP7Dn1nHsuParn2nPrufdUPY+eZ8+rp+1593x6vj1/D7x3C/BrRMoAAAAASUVORK5CYII=");
}

inline QString sampleBody(qint64 mediaId)
{
    return QStringLiteral(
               "<p>Sáng ngày 9/11, Quận ủy Nam Từ Liêm đã tổ chức <strong>Hội nghị</strong> <em>giao ban</em> "
               "Chương trình <u>số 04</u>; xem <a href=\"https://namtuliem.hanoi.gov.vn/tin-tuc\">trang của "
               "quận</a>.<br>Đại biểu dự họp đông đủ.</p>\n"
               "<h2>Kết quả nổi bật</h2>\n"
               "<ul>\n<li>Trường học đạt chuẩn quốc gia<ol>\n<li>Trường mầm non<ul>\n<li>Phường Mễ Trì</li>\n"
               "</ul></li>\n<li>Trường tiểu học</li>\n</ol></li>\n<li>Y tế cơ sở</li>\n</ul>\n"
               "<h3>Nhiệm vụ cuối năm</h3>\n"
               "<ol>\n<li>Rà soát các chỉ tiêu<ul>\n<li>Dân số</li>\n</ul></li>\n<li>Tăng cường <strong>tuyên "
               "truyền</strong></li>\n</ol>\n"
               "<table>\n<thead>\n<tr><th>Lĩnh vực</th><th>Kết quả</th></tr>\n</thead>\n<tbody>\n"
               "<tr><td>Y tế</td><td>100%</td></tr>\n<tr><td>Giáo dục</td><td>10/10 phường</td></tr>\n</tbody>\n"
               "</table>\n"
               "<figure class=\"aligncenter\"><img src=\"media:%1\" alt=\"Hội trường Quận ủy\">"
               "<figcaption>Quang cảnh hội nghị</figcaption></figure>\n"
               "<p>Kết luận Hội nghị, đồng chí Lâm Quang Thao ghi nhận những kết quả đã đạt được.</p>")
        .arg(mediaId);
}

/// The src of the first image of an article's body ("media:ID").
inline QString bodyImageOf(const Article &article)
{
    const qsizetype at = article.body.indexOf(QStringLiteral("src=\"")) + 5;
    return article.body.mid(at, article.body.indexOf(QLatin1Char('"'), at) - at);
}

/// The sample article, its image stored in the workspace's media (not yet an article row).
inline Article sampleArticle(MediaRepository &media)
{
    Article article;
    article.title = QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình 04-CTr/QU");
    article.sapo = QStringLiteral("Quận ủy Nam Từ Liêm tổng kết 10 tháng thực hiện Chương trình số 04.");
    article.dateline = QStringLiteral("NTL");
    article.byline = QStringLiteral("Trần Hòa");
    auto stored = media.addFromBytes(samplePng(), QStringLiteral("hoi-truong.png"));
    article.body = sampleBody(stored ? stored->id : 0);
    return article;
}

/// An article with what the first exports lost: a quotation of two paragraphs and pictures placed
/// left and right (the sample's image, stored once).
inline Article quoteAndAlignmentArticle(MediaRepository &media)
{
    Article article = sampleArticle(media);
    const QString image = bodyImageOf(article);
    article.body = QStringLiteral("<p>Đồng chí Bí thư Quận ủy phát biểu:</p>\n"
                                  "<blockquote>\n<p>Phải hoàn thành <strong>trước</strong> ngày 20/12.</p>\n"
                                  "<p>Không để chậm tiến độ.</p>\n</blockquote>\n"
                                  "<figure class=\"alignleft\"><img src=\"%1\" alt=\"Hội trường\">"
                                  "<figcaption>Ảnh bên trái</figcaption></figure>\n"
                                  "<p>Giữa hai ảnh.</p>\n"
                                  "<figure class=\"alignright\"><img src=\"%1\" alt=\"Hội trường\"></figure>\n"
                                  "<p>Hội nghị kết thúc.</p>")
                       .arg(image);
    return article;
}

/// The address of the picture on the web in webImageArticle().
inline QString webImageAddress()
{
    return QStringLiteral("https://namtuliem.hanoi.gov.vn/anh/toan-canh-hoi-nghi.jpg");
}

/// The sample article with, besides its media image, a picture on the web (an https address the body
/// may publish) placed on the right with its caption: the exports link it, never fetch it.
inline Article webImageArticle(MediaRepository &media)
{
    Article article = sampleArticle(media);
    article.body.replace(QStringLiteral("\n<p>Kết luận Hội nghị"),
                         QStringLiteral("\n<figure class=\"alignright\"><img src=\"%1\" alt=\"Toàn cảnh hội nghị\">"
                                        "<figcaption>Ảnh: Cổng thông tin quận</figcaption></figure>\n"
                                        "<p>Kết luận Hội nghị")
                             .arg(webImageAddress()));
    return article;
}

/// What an import of the article's export changed of it (title, sapo, byline, dateline, body), one
/// line a field; empty when nothing: import(export(article)) is the article.
/// The round-trip tests' rows (every export format): quotes, a picture on the web, pictures expected.
inline void addRoundTripRows()
{
    QTest::addColumn<bool>("quotes");
    QTest::addColumn<bool>("web");
    QTest::addColumn<int>("images");
    QTest::newRow("nominal: every element") << false << false << 1;
    QTest::newRow("nominal: a quotation, pictures left and right") << true << false << 2;
    QTest::newRow("nominal: a picture on the web, with its caption, on the right") << false << true << 1;
}

inline QString roundTripDifferences(const Article &exported, const Article &imported)
{
    QString out;
    const auto field = [&](const char *name, const QString &before, const QString &after) {
        if (before != after) {
            out += QLatin1String(name) + QStringLiteral(": ") + before + QStringLiteral("\n  became ") + after +
                   QLatin1Char('\n');
        }
    };
    field("title", exported.title, imported.title);
    field("sapo", exported.sapo, imported.sapo);
    field("byline", exported.byline, imported.byline);
    field("dateline", exported.dateline, imported.dateline);
    field("body", exported.body, imported.body);
    return out;
}

} // namespace toasoan::test
